/**
 * The circulation section of the report as rows of label and formatted value, shared by the
 * Markdown and HTML renderings (each escapes for its own format).
 *
 * @module
 */

import type { ReportModel } from "./content.js";
import { formatCount, formatScore, formatShare, formatYears } from "./format.js";
import type { ReportText } from "./labels.js";

/**
 * The rows of the circulation table: figure and value, in the report's language.
 *
 * @example
 * ```ts
 * import { circulationRows } from "./circulation-rows.js";
 * import { REPORT_TEXT } from "./labels.js";
 * import { buildReport } from "@kankei/cli";
 * import { readTownFile } from "@kankei/core/node";
 * const report = buildReport(readTownFile("examples/town/town.json"));
 * circulationRows(report.circulation, REPORT_TEXT.en.circulationRows)[0][0]; // "new initiators"
 * ```
 */
export function circulationRows(ci: ReportModel["circulation"], R: ReportText["circulationRows"]): [string, string][] {
  const withShare = (k: number, share: number) => `${formatCount(k)} (${formatShare(share)})`;
  return [
    [R.newInitiators, formatCount(ci.newInitiators.count)],
    [R.grownInProject, withShare(ci.newInitiators.grownInProject, ci.newInitiators.shareInProject)],
    [R.grownInTown, withShare(ci.newInitiators.grownInTown, ci.newInitiators.shareInTown)],
    [R.departing, formatCount(ci.departingInitiators.count)],
    [R.steppedBackInProject, withShare(ci.departingInitiators.steppedBackInProject, ci.departingInitiators.shareInProject)],
    [R.steppedBackInTown, withShare(ci.departingInitiators.steppedBackInTown, ci.departingInitiators.shareInTown)],
    [R.endedWithProject, formatCount(ci.departingInitiators.endedWithProject)],
    [R.outsidersToCore, formatCount(ci.outsidersToCore.people)],
    [R.tenureCompleted, formatCount(ci.initiatorTenure.completed)],
    [R.tenureOngoing, formatCount(ci.initiatorTenure.ongoing)],
    [R.tenureMean, formatYears(ci.initiatorTenure.meanYears)],
    [R.tenureMedian, formatYears(ci.initiatorTenure.medianYears)],
    [R.changesPerPersonYear, formatScore(ci.changesPerPersonYear)],
  ];
}
