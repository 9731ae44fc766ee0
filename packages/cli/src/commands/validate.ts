/**
 * `kankei validate <town>`: reads a town and lists every problem, each naming the record
 * (file and row, or JSON path), the field and the rule. Exit code 1 when invalid.
 *
 * @module
 */

import { TownValidationError, type Lang } from "@kankei/core";
import { readTown } from "../files.js";

/** The outcome of {@link validateTownFile}: a report for the terminal and whether it is valid. */
export interface ValidateOutcome {
  valid: boolean;
  report: string;
}

/**
 * Validates a town file or CSV bundle folder.
 *
 * @example
 * ```ts
 * import { validateTownFile } from "@kankei/cli";
 * validateTownFile("examples/town/town.json", "en").valid; // true
 * ```
 */
export function validateTownFile(path: string, lang: Lang): ValidateOutcome {
  try {
    const town = readTown(path);
    const report =
      lang === "ja"
        ? `${path}: 問題なし（人物 ${town.people.length}、事業 ${town.projects.length}、役割 ${town.roles.length}、紐帯 ${town.ties.length}）\n`
        : `${path}: valid (${town.people.length} people, ${town.projects.length} projects, ${town.roles.length} roles, ${town.ties.length} ties)\n`;
    return { valid: true, report };
  } catch (e) {
    if (!(e instanceof TownValidationError)) throw e;
    const head = lang === "ja" ? `${path}: ${e.problems.length} 件の問題があります` : `${path}: ${e.problems.length} problem${e.problems.length === 1 ? "" : "s"}`;
    const lines = e.problems.map((p) => `  ${p.name}${p.rule !== undefined ? ` (rule ${p.rule})` : ""}: ${p.message}`);
    return { valid: false, report: [head, ...lines].join("\n") + "\n" };
  }
}
