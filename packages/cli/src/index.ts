/**
 * `@kankei/cli`: the `kankei` command line as a library (for tests and scripts).
 *
 * @module
 */
export { main, type CommandIO } from "./main.js";
export { detectLang, displayWidth, padDisplay, padDisplayStart } from "./lang.js";
export { formatSummary } from "./commands/summary.js";
export { validateTownFile, type ValidateOutcome } from "./commands/validate.js";
