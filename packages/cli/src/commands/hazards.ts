/**
 * `kankei hazards <town>`: the town's departure hazards from its own records (the core's
 * `departureHazards`): per sector, per origin and for initiators, with Kaplan–Meier survival,
 * exact 95% intervals, and the counts behind each; as Markdown (the default), one
 * self-contained HTML page, or JSON (the core's result under a small header).
 *
 * @module
 */

import { departureHazards, measureReplacer, type IsoDate, type Lang, type Town } from "@kankei/core";
import { evidenceHtml, evidenceMarkdown } from "../evidence/document.js";
import { hazardsDocument } from "../evidence/hazards-document.js";
import type { ReportFormat } from "./report.js";

/** Options of {@link renderHazards}. */
export interface RenderHazardsOptions {
  format?: ReportFormat;
  lang?: Lang;
  /** First day of the period (default: five years before `to`). */
  from?: IsoDate;
  /** The day after the period (default: the town's date). */
  to?: IsoDate;
}

/**
 * The hazards of a town as text in a format and a language (default Markdown, English).
 *
 * @example
 * ```ts
 * import { readTownFile } from "@kankei/core/node";
 * import { renderHazards } from "@kankei/cli";
 * const town = readTownFile("examples/town/town.json");
 * renderHazards(town, { lang: "ja" }).startsWith("# 離脱ハザード：架空町"); // true
 * const doc = JSON.parse(renderHazards(town, { format: "json" }));
 * [doc.format, doc.period.from, doc.hazards.corps.toFixed(3)]; // ["kankei-hazards", "2020-04-01", "0.105"]
 * ```
 */
export function renderHazards(town: Town, options: RenderHazardsOptions = {}): string {
  const lang = options.lang ?? "en";
  const result = departureHazards(town, {
    ...(options.from !== undefined ? { from: options.from } : {}),
    ...(options.to !== undefined ? { to: options.to } : {}),
  });
  switch (options.format ?? "md") {
    case "json":
      return JSON.stringify({ format: "kankei-hazards", version: 1, town: town.name, ...result }, measureReplacer, 2) + "\n";
    case "html":
      return evidenceHtml(hazardsDocument(town.name, result, lang));
    default:
      return evidenceMarkdown(hazardsDocument(town.name, result, lang));
  }
}
