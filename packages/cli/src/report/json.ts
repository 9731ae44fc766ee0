/**
 * The coordinator's report as JSON: the report model as it is (code names, unrounded numbers)
 * under a small header, with the display labels of the chosen language beside it so that a
 * script can show the same words. The core's conventions hold: an undefined share (NaN) is
 * `null`, an unbounded value is `"Infinity"`.
 *
 * @module
 */

import { RISK_LEVELS, TERMS, measureReplacer, type Lang } from "@kankei/core";
import type { ReportModel } from "./content.js";
import { REPORT_TEXT } from "./labels.js";

/** The `format` of a JSON report. */
export const REPORT_FORMAT = "kankei-report";

/**
 * Renders a report as a JSON text (two-space indentation, a final newline).
 *
 * @example
 * ```ts
 * import { buildReport } from "./content.js";
 * import { renderJson } from "./json.js";
 * import { readTownFile } from "@kankei/core/node";
 * const doc = JSON.parse(renderJson(buildReport(readTownFile("examples/town/town.json")), "ja"));
 * [doc.format, doc.version, doc.lang]; // ["kankei-report", 1, "ja"]
 * doc.labels.level.critical; // "危機"
 * doc.succession.projects[0].id; // "fanclub"
 * ```
 */
export function renderJson(report: ReportModel, lang: Lang): string {
  const T = REPORT_TEXT[lang];
  const doc = {
    format: REPORT_FORMAT,
    version: 1,
    lang,
    ...report,
    labels: {
      title: T.title,
      level: Object.fromEntries(RISK_LEVELS.map((l) => [l, T.level[l]])),
      role: { ...TERMS[lang].role, none: T.noRole },
      origin: { ...TERMS[lang].origin },
      sector: { ...TERMS[lang].sector },
      sections: { ...T.sections },
    },
  };
  return JSON.stringify(doc, measureReplacer, 2) + "\n";
}
