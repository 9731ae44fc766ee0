/**
 * `kankei backtest <town>`: the backtest of succession risk on the town's own history (the
 * core's `backtest` and `ablation`): R at past dates against what happened, scored beside the
 * baselines, with R's reliability table, the ablation and the failures; a warning first when
 * there are too few events. Markdown (the default), one self-contained HTML page, or JSON.
 *
 * @module
 */

import { ablation, backtest, measureReplacer, type Lang, type Town } from "@kankei/core";
import { backtestDocument } from "../evidence/backtest-document.js";
import { evidenceHtml, evidenceMarkdown } from "../evidence/document.js";
import type { ReportFormat } from "./report.js";

/** Options of {@link renderBacktest}. */
export interface RenderBacktestOptions {
  format?: ReportFormat;
  lang?: Lang;
  /** Days a project may go without an initiator before it counts as failed (default 180). */
  graceDays?: number;
  /** Include the ablation (default true). */
  ablation?: boolean;
}

/**
 * The backtest of a town as text in a format and a language (default Markdown, English).
 *
 * @example
 * ```ts
 * import { readTownFile } from "@kankei/core/node";
 * import { renderBacktest } from "@kankei/cli";
 * const town = readTownFile("examples/town/town.json");
 * renderBacktest(town, { lang: "ja", ablation: false }).startsWith("# 後継リスクの事後検証：架空町"); // true
 * const doc = JSON.parse(renderBacktest(town, { format: "json", ablation: false }));
 * [doc.format, doc.events, doc.tooFewEvents, doc.ablation]; // ["kankei-backtest", 7, true, null]
 * ```
 */
export function renderBacktest(town: Town, options: RenderBacktestOptions = {}): string {
  const lang = options.lang ?? "en";
  const common = options.graceDays !== undefined ? { graceDays: options.graceDays } : {};
  const result = backtest(town, common);
  const ab = options.ablation === false ? null : ablation(town, common);
  switch (options.format ?? "md") {
    case "json":
      return JSON.stringify({ format: "kankei-backtest", version: 1, town: town.name, ...result, ablation: ab }, measureReplacer, 2) + "\n";
    case "html":
      return evidenceHtml(backtestDocument(town, result, ab, lang));
    default:
      return evidenceMarkdown(backtestDocument(town, result, ab, lang));
  }
}
