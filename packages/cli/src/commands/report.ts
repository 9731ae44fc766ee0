/**
 * `kankei report <town>`: the coordinator's report for a council meeting, as Markdown (the
 * default), one self-contained HTML page, or JSON, in English or Japanese: projects ranked by
 * succession risk with their reasons, single points of failure, weak-tie reach, circulation
 * over the last years, and the town at a glance (see `../report/content.ts`).
 *
 * @module
 */

import type { IsoDate, Lang, Town } from "@kankei/core";
import { buildReport } from "../report/content.js";
import { renderHtml } from "../report/html.js";
import { renderJson } from "../report/json.js";
import { renderMarkdown } from "../report/markdown.js";

/** The formats of `kankei report`. */
export type ReportFormat = "md" | "html" | "json";

/** The formats of `kankei report`, the default first. */
export const REPORT_FORMATS: readonly ReportFormat[] = Object.freeze(["md", "html", "json"]);

/** Options of {@link renderReport}. */
export interface RenderReportOptions {
  format?: ReportFormat;
  lang?: Lang;
  /** The report's date (default: the town's date). */
  asOf?: IsoDate;
  /** Years of circulation before the date (default: the core's `DEFAULT_WINDOW_YEARS`, 5). */
  years?: number;
}

/**
 * The report of a town as text in a format and a language (default Markdown, English).
 *
 * @example
 * ```ts
 * import { readTownFile } from "@kankei/core/node";
 * import { renderReport } from "@kankei/cli";
 * const town = readTownFile("examples/town/town.json");
 * renderReport(town, { format: "md", lang: "ja" }).startsWith("# 関係人口ネットワーク報告書：架空町"); // true
 * JSON.parse(renderReport(town, { format: "json" })).date; // "2025-04-01"
 * ```
 */
export function renderReport(town: Town, options: RenderReportOptions = {}): string {
  const lang = options.lang ?? "en";
  const report = buildReport(town, { ...(options.asOf !== undefined ? { asOf: options.asOf } : {}), ...(options.years !== undefined ? { years: options.years } : {}) });
  switch (options.format ?? "md") {
    case "html":
      return renderHtml(report, lang);
    case "json":
      return renderJson(report, lang);
    default:
      return renderMarkdown(report, lang);
  }
}
