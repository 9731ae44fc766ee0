/**
 * Problems of a file that could not be opened, in the coordinator's language: which file,
 * which row, which field, which rule (読み込みエラーの説明). The core's `TownValidationError`
 * lists every problem with its location; this turns each into one line of text, with the
 * core's own English detail kept after it (it names the values and the other record).
 *
 * @module
 */

import { TownValidationError, type Lang, type TownProblem } from "@kankei/core";
import { MESSAGES, message, type MessageKey } from "./messages.js";

/** One problem, ready for display. */
export interface ProblemLine {
  /** Where: `people.csv の 4 行目` / `town.json, $.people[3]`. */
  where: string;
  /** The field at fault, as written in the input, or null. */
  field: string | null;
  /** The rule broken, in the chosen language. */
  rule: string;
  /** The core's own message (English): values, related records. */
  detail: string;
}

/** What {@link describeLoadError} returns. */
export interface LoadErrorText {
  /** The headline: which input could not be opened. */
  title: string;
  /** Every problem, one line each (the caller may show only the first ones). */
  problems: ProblemLine[];
}

/**
 * One problem of a `TownValidationError`, described in a language.
 *
 * @example
 * ```ts
 * import { TownValidationError } from "@kankei/core";
 * import { readCsvBundle } from "@kankei/core/io";
 * import { describeProblem } from "./problems.js";
 * let line;
 * try {
 *   readCsvBundle({
 *     "people.csv": "id,origin\na,local\nb,somewhere\n",
 *     "projects.csv": "id\n", "roles.csv": "person,project,role\n", "ties.csv": "a,b,strength\n",
 *   });
 * } catch (e) {
 *   line = describeProblem((e as TownValidationError).problems[0], "ja");
 * }
 * line?.where; // "people.csv の 3 行目"
 * line?.field; // "origin"
 * line?.rule; // "使えない値です"
 * ```
 */
export function describeProblem(problem: TownProblem, lang: Lang, source?: string): ProblemLine {
  const loc = problem.location;
  let where: string;
  if (loc.file !== undefined && loc.row !== undefined) where = message(lang, "problemRow", { file: loc.file, row: loc.row });
  else if (loc.file !== undefined) where = loc.file;
  else {
    const path = loc.path ?? (loc.index !== undefined ? `${loc.entity}[${loc.index}]` : loc.entity);
    where = source !== undefined ? `${source}: ${path}` : path;
  }
  const key = `problem_${problem.code}` as MessageKey;
  const rule = Object.hasOwn(MESSAGES.en, key) ? message(lang, key) : message(lang, "problem_other");
  return { where, field: problem.column ?? problem.field ?? null, rule, detail: problem.message };
}

/**
 * Any error thrown while opening files, described in a language: a `TownValidationError`
 * gives one line per problem; another error gives one line with its message.
 *
 * @example
 * ```ts
 * import { parseTown } from "@kankei/core/io";
 * import { describeLoadError } from "./problems.js";
 * let text;
 * try { parseTown('{"format":"kankei-town","version":1,"people":[{"id":"a"}]}', { source: "town.json" }); }
 * catch (e) { text = describeLoadError(e, "en", "town.json"); }
 * text?.title; // "town.json could not be opened; the town on screen stays as it was."
 * text?.problems[0]?.where; // "town.json: $.people[0]"
 * text?.problems[0]?.field; // "origin"
 * ```
 */
export function describeLoadError(error: unknown, lang: Lang, source: string): LoadErrorText {
  const title = message(lang, "loadFailed", { source });
  if (error instanceof TownValidationError) {
    return { title, problems: error.problems.map((p) => describeProblem(p, lang, error.source ?? source)) };
  }
  const detail = error instanceof Error ? error.message : String(error);
  const name = error instanceof Error ? error.name : "";
  const rule = name === "NoTownFileError" ? message(lang, "noTownFile") : name === "NoTownDateError" ? message(lang, "noDate") : message(lang, "problem_other");
  return { title, problems: [{ where: source, field: null, rule, detail }] };
}
