/**
 * `@kankei/cli`: the `kankei` command line as a library (for tests and scripts).
 *
 * @module @kankei/cli
 */
export { clipLine, EXIT_CODES, main, STDERR_LINE_LIMIT, type CommandIO } from "./main.js";
export { checkOutputs, readTown, samePath, type PlannedOutput } from "./files.js";
export { detectLang, displayWidth, padDisplay, padDisplayStart } from "./lang.js";
export { formatSummary } from "./commands/summary.js";
export { validateTownFile, type ValidateOutcome } from "./commands/validate.js";
export { renderHazards, type RenderHazardsOptions } from "./commands/hazards.js";
export { renderBacktest, type RenderBacktestOptions } from "./commands/backtest.js";
export { renderReport, REPORT_FORMATS, type RenderReportOptions, type ReportFormat } from "./commands/report.js";
export {
  convertKind,
  convertTownFile,
  outputKind,
  refuseForeignFiles,
  type ConvertKind,
  type ConvertOptions,
  type ConvertOutcome,
} from "./commands/convert.js";
export { generateTownFile, type GenerateFileOptions } from "./commands/generate.js";
export { formatSeries, simulateTownFile, type SimulateFileOptions } from "./commands/simulate.js";
export { viewTownFile, type ViewedTown } from "./commands/view.js";
export { buildReport, HANDOVER_LISTED, type ReportModel, type ReportOptions, type ReportProject } from "./report/content.js";
export { renderMarkdown, escapeMarkdown } from "./report/markdown.js";
export { renderHtml } from "./report/html.js";
export { renderJson, REPORT_FORMAT } from "./report/json.js";
export { escapeHtml } from "./report/escape.js";
