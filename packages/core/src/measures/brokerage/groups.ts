/**
 * Groups of people for brokerage and the E-I index: by origin (地域内 / 地域外・よそ者) or by
 * sector (自治体職員, 地元企業, 地元住民, NPO・団体, 地域おこし協力隊, その他).
 *
 * What it computes: the group of a person, the a-priori partition that Gould and Fernandez's
 * brokerage roles and Krackhardt and Stern's E-I index are defined on. By origin, the question
 * is who connects outsiders with insiders; by sector, who connects the town hall, firms,
 * residents, associations and the corps. A person with no sector is put in the group
 * `"unknown"` (one group: an assumption that they are alike, stated rather than hidden).
 * 日本語: 仲介の役割と E-I 指数が前提とする集団分け。出自（地域内・よそ者）か所属（セクター）で
 * 分ける。所属の記録がない人は `"unknown"` という一つの集団に入れる。
 *
 * Complexity: O(1) per person.
 *
 * Sources: Gould, R. V. & Fernandez, R. M. (1989), "Structures of mediation: a formal approach
 * to brokerage in transaction networks", Sociological Methodology 19: 89–126; Krackhardt, D. &
 * Stern, R. N. (1988), "Informal networks and organizational crises: an experimental
 * simulation", Social Psychology Quarterly 51(2): 123–140.
 *
 * @module
 */

import { ORIGINS, SECTORS, type PersonRecord } from "../../model/records.js";
import { UsageError } from "../../validation/errors.js";

/** The attribute that defines groups. */
export type GroupBy = "origin" | "sector";

/** The group of people with no recorded sector. */
export const UNKNOWN_SECTOR = "unknown";

/**
 * The group of a person: their `origin`, or their `sector` (`"unknown"` when absent).
 *
 * @example
 * ```ts
 * import { personGroup } from "@kankei/core";
 * personGroup({ id: "c01", origin: "outsider", sector: "corps" }, "origin"); // "outsider"
 * personGroup({ id: "c01", origin: "outsider", sector: "corps" }, "sector"); // "corps"
 * personGroup({ id: "x", origin: "local" }, "sector"); // "unknown"
 * ```
 */
export function personGroup(person: Readonly<PersonRecord>, groupBy: GroupBy): string {
  return groupBy === "origin" ? person.origin : (person.sector ?? UNKNOWN_SECTOR);
}

/**
 * Every group a partition can have, in display order: the origins, or the sectors then
 * `"unknown"`.
 *
 * @example
 * ```ts
 * import { groupsOf } from "@kankei/core";
 * groupsOf("origin"); // ["local", "outsider"]
 * groupsOf("sector").length; // 7
 * ```
 */
export function groupsOf(groupBy: GroupBy): string[] {
  return groupBy === "origin" ? [...ORIGINS] : [...SECTORS, UNKNOWN_SECTOR];
}

/** Validates the `groupBy` option (default `"origin"`). @internal */
export function checkGroupBy(value: unknown): GroupBy {
  if (value === undefined) return "origin";
  if (value !== "origin" && value !== "sector") {
    throw new UsageError(`option "groupBy" must be "origin" or "sector", not ${JSON.stringify(value)}`);
  }
  return value;
}

/** Checks that `options` is an object with only `known` keys. @internal */
export function checkOptionKeys(options: unknown, known: readonly string[]): void {
  if (typeof options !== "object" || options === null || Array.isArray(options)) throw new UsageError(`options must be an object`);
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) throw new UsageError(`unknown option "${key}" (known: ${known.join(", ")})`);
  }
}
