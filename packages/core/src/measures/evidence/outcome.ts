/**
 * What happened to a project after a date (事業のその後): did it lose its last initiator
 * (仕掛け人) within the horizon with no successor in time, or close? And the town as its records
 * stood at a date, so that a forecast made "at t" reads nothing from after t.
 *
 * What it means for a town: the event that succession risk (domain.md §4) forecasts is a
 * project left without anyone driving it. A handover on the same day, or a new initiator within
 * a few months, is the circular model working; a project still without an initiator half a year
 * on, or closed, is the failure the risk should have seen coming.
 * 町にとっての意味: 後継リスクが予測するのは、事業が担い手を失う事態である。同じ日の引き継ぎや、数か月のうちの
 * 新しい仕掛け人は循環が働いた証拠であり、半年たっても仕掛け人がいない事業や終了した事業が、リスクが
 * 見通すべきだった失敗である。
 *
 * Formula, for a project p active at t, horizon h and grace g (days), with the initiator
 * roles of p (after the cut) merged into covered intervals (touching intervals merge: a
 * handover on the same day leaves no gap):
 *   closed(p)      = end(p) ∈ (t, t + h]
 *   lapse at d     = d is the first day without an initiator after a covered interval, with
 *                    d ∈ (t, t + h] and d < end(p); or d = t when p has no initiator at t
 *   in time        = some initiator role of p is active on a day of (d, d + g]
 *   failed(p, t)   = closed(p), or a lapse with no successor in time
 * The grace g defaults to 180 days: municipalities reassign a project in the spring rotation
 * or at the latest by the autumn supplementary budget, so a project still without an initiator
 * half a year after losing one has missed a fiscal half-year of its work (events, budget
 * requests); a shorter gap is the usual delay of a posting, not a failure. An outcome can only
 * be read when the records reach t + h + g.
 *
 * The town as known at t ({@link townAsKnownAt}): people, projects, roles and ties that start
 * after t are dropped, and every `left`, `end` and `to` after t is removed (at t nobody knew
 * when those would come). `tenureEnds` is kept: a posting's end is known when the posting is
 * made (an assumption: a renewal recorded later is invisible here). Contributions are dropped.
 *
 * Defaults: horizon 365 days (that of succession risk), grace 180 days.
 *
 * Complexity: outcome O(k log k) for the k initiator roles of p (plus O(R) to find them);
 * the town as known at t O(P + J + R + T) and a validation.
 *
 * Sources: domain.md §4 (the horizon) and §7 (a project whose initiator leaves gets a stand-in
 * or is orphaned and closes); Nakayama's circular model and the Hokkaido workation study (the
 * officer's spring rotation, 人事異動, is when projects lose their drivers).
 *
 * @module
 */

import { isoDate } from "../../model/date.js";
import type { IsoDate, PersonRecord, ProjectRecord, RoleRecord, TieRecord } from "../../model/records.js";
import { createTown, type Town } from "../../model/town.js";
import { UsageError } from "../../validation/errors.js";

/** The default grace in days: half a year (see the module header). */
export const DEFAULT_GRACE_DAYS = 180;

/** What happened to a project after t. */
export interface ProjectOutcome {
  /** True when the project closed within (t, t + h], or lost its initiator with no successor in time. */
  failed: boolean;
  /** Why: `"closed"`, `"no-successor"`, or null when it did not fail. */
  reason: "closed" | "no-successor" | null;
  /** The day of the closure, or the first day of the lapse; null when it did not fail. */
  date: IsoDate | null;
}

/**
 * What happened to project `project` after `t` (see the module header): closed within
 * `(t, t + horizonDays]`, or without an initiator for `graceDays` after losing its last one.
 * Throws a {@link UsageError} when the project is unknown or not active at t.
 *
 * @example
 * ```ts
 * import { createTown, projectOutcome } from "@kankei/core";
 * const town = createTown({
 *   people: [{ id: "a", origin: "local" }, { id: "b", origin: "local" }],
 *   projects: [{ id: "p", start: "2020-04-01" }, { id: "q", start: "2020-04-01", end: "2021-06-02" }],
 *   roles: [
 *     { person: "a", project: "p", role: "initiator", to: "2020-10-01" },
 *     { person: "b", project: "p", role: "initiator", from: "2021-06-01" },
 *     { person: "a", project: "q", role: "initiator" },
 *   ],
 * });
 * projectOutcome(town, "p", "2020-06-01"); // { "failed": true, "reason": "no-successor", "date": "2020-10-01" }
 * projectOutcome(town, "p", "2020-06-01", { graceDays: 365 }).failed; // false
 * projectOutcome(town, "q", "2020-06-01"); // { "failed": false, "reason": null, "date": null }
 * projectOutcome(town, "q", "2020-07-01").reason; // "closed"
 * ```
 */
export function projectOutcome(
  town: Town,
  project: string,
  t: IsoDate,
  options: { horizonDays?: number; graceDays?: number } = {},
): ProjectOutcome {
  const h = options.horizonDays ?? 365;
  const g = options.graceDays ?? DEFAULT_GRACE_DAYS;
  const day = town.day(t);
  const j = town.projectIndex(project);
  if (j < 0) throw new UsageError(`no project has the id ${JSON.stringify(project)}`);
  const x = town.periods();
  const start = x.projectFrom[j]!;
  const end = x.projectTo[j]!;
  if (!(start <= day && day < end)) throw new UsageError(`project ${JSON.stringify(project)} is not active on ${t}`);
  if (end <= day + h) return { failed: true, reason: "closed", date: isoDate(end) };

  const spans: [number, number][] = [];
  for (let k = 0; k < town.roles.length; k++) {
    if (x.roleProject[k] !== j || town.roles[k]!.role !== "initiator") continue;
    if (x.roleFrom[k]! < x.roleTo[k]!) spans.push([x.roleFrom[k]!, x.roleTo[k]!]);
  }
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const covered: [number, number][] = [];
  for (const [a, b] of spans) {
    const last = covered[covered.length - 1];
    if (last !== undefined && a <= last[1]) last[1] = Math.max(last[1], b);
    else covered.push([a, b]);
  }
  const startsAfter = (d: number): number => {
    for (const [a] of covered) if (a > d) return a;
    return Infinity;
  };
  const lapse = (d: number): ProjectOutcome | null =>
    startsAfter(d) <= d + g ? null : { failed: true, reason: "no-successor", date: isoDate(d) };

  if (!covered.some(([a, b]) => a <= day && day < b)) {
    const r = lapse(day);
    if (r !== null) return r;
  }
  for (const [, b] of covered) {
    if (b > day && b <= day + h && b < end) {
      const r = lapse(b);
      if (r !== null) return r;
    }
  }
  return { failed: false, reason: null, date: null };
}

function strip<T extends object>(record: T, fields: readonly string[], day: number, town: Town): T {
  let out: Record<string, unknown> | undefined;
  for (const f of fields) {
    const v = (record as Record<string, unknown>)[f];
    if (typeof v === "string" && town.day(v as IsoDate) > day) {
      out ??= { ...(record as Record<string, unknown>) };
      delete out![f];
    }
  }
  return (out ?? record) as T;
}

/**
 * The town as its records stood at `t` (see the module header): what starts after t is
 * dropped, every `left`, `end` and `to` after t removed, `tenureEnds` kept, `asOf` set to t.
 *
 * @example
 * ```ts
 * import { createTown, townAsKnownAt } from "@kankei/core";
 * const town = createTown({
 *   people: [{ id: "a", origin: "local", left: "2022-01-01" }, { id: "b", origin: "local", joined: "2023-01-01" }],
 * });
 * const known = townAsKnownAt(town, "2021-06-01");
 * known.people; // [{ "id": "a", "origin": "local" }]
 * known.info.asOf; // "2021-06-01"
 * ```
 */
export function townAsKnownAt(town: Town, t: IsoDate): Town {
  const day = town.day(t);
  const x = town.periods();
  const people: PersonRecord[] = [];
  const keptPeople = new Uint8Array(town.people.length);
  town.people.forEach((p, i) => {
    if (x.personFrom[i]! > day) return;
    keptPeople[i] = 1;
    people.push(strip(p, ["left"], day, town));
  });
  const projects: ProjectRecord[] = [];
  const keptProjects = new Uint8Array(town.projects.length);
  town.projects.forEach((p, j) => {
    if (x.projectFrom[j]! > day) return;
    keptProjects[j] = 1;
    projects.push(strip(p, ["end"], day, town));
  });
  const roles: RoleRecord[] = [];
  town.roles.forEach((r, k) => {
    if (x.roleFrom[k]! > day || !keptPeople[x.rolePerson[k]!] || !keptProjects[x.roleProject[k]!]) return;
    roles.push(strip(r, ["to"], day, town));
  });
  const ties: TieRecord[] = [];
  town.ties.forEach((e, k) => {
    if (x.tieFrom[k]! > day || !keptPeople[x.tieA[k]!] || !keptPeople[x.tieB[k]!]) return;
    ties.push(strip(e, ["to"], day, town));
  });
  return createTown({ town: { ...town.info, asOf: isoDate(day) }, people, projects, roles, ties });
}
