/**
 * Departure impact (離脱の影響, domain.md §4 item 7): what happens to every project's succession
 * risk if the chosen people leave at t, and who would take over each orphaned project.
 *
 * What it means for a town: before an officer's rotation or the end of a corps member's term,
 * the town can see which projects would be left without an initiator (仕掛け人), whether a
 * stand-in (代役) is ready for each, and which projects would become critical.
 * 町にとっての意味: 職員の異動や協力隊の任期満了の前に、どの事業が仕掛け人を失うか、それぞれに代役がいるか、
 * どの事業が危機に陥るかを確かめられる。
 *
 * Formula: the people leave at t: their roles and ties end, so they are neither initiators
 * nor candidates nor tie partners of anyone, and their initiator roles no longer count for
 * anyone's overload, with one exception (domain.md §4 item 7, revised December 2026): a
 * candidate's tie to a leaving initiator of the same project, as it stood at t, still gives
 * the tie bonus (the person who worked beside the initiator is the one who can step in).
 * Every figure of `successionRisk` is recomputed on that town, with its basis:
 *   change(p)   = R_after(p) − R_before(p)
 *   orphaned(p) = p is active at t and has no current initiator after the departures
 *   successor(p) = the candidate of an orphaned p with the highest readiness computed after
 *                 the departures (ties to the smaller id), if r ≥ standInThreshold; else null
 * and the ranked candidates after the departures, with their readiness parts and basis, so
 * that the successor is always the first of the listed candidates. Projects come sorted by
 * their figures after the departures, as `successionRisk` sorts ({@link compareByRisk}).
 * People not present at t are ignored and listed; an unknown id is a {@link UsageError}.
 *
 * Defaults: those of `successionRisk` (see `options.ts`).
 *
 * Complexity: O(P + J + R + T·k + Σ n_p log n_p), twice (before and after): see `risk.ts`.
 *
 * Sources: Carley's ORA, "immediate impact" (remove an agent and recompute the measures);
 * Borgatti, "Identifying sets of key players in a social network" (2006); Nakayama
 * Ken'ichirō's circular model and the Hokkaido workation study (stand-ins take over).
 *
 * @module
 */

import type { IsoDate } from "../../model/records.js";
import type { Town } from "../../model/town.js";
import { UsageError } from "../../validation/errors.js";
import { resolveSuccessionOptions, type RiskLevel, type SuccessionOptions } from "./options.js";
import {
  compareByRisk,
  countLevels,
  describeMemo,
  describeProject,
  scoreTown,
  type ProjectSuccessionRisk,
  type SuccessionCandidate,
  type UsedSuccessionOptions,
} from "./risk.js";

/**
 * Why a project gets its successor, or none, as data (`explainSuccessor` says it in words):
 * still initiated; orphaned with no candidate left; orphaned and the readiest candidate is
 * ready (takes over); orphaned and the readiest is below the stand-in threshold.
 */
export type SuccessorBasis =
  | { kind: "not-orphaned"; initiators: string[] }
  | { kind: "no-candidate" }
  | { kind: "ready"; id: string; readiness: number; threshold: number }
  | { kind: "not-ready"; id: string; readiness: number; threshold: number };

/** What the departures do to one project active at t. */
export interface ProjectDepartureImpact {
  project: string;
  name: string;
  riskBefore: number;
  levelBefore: RiskLevel;
  riskAfter: number;
  levelAfter: RiskLevel;
  /** riskAfter − riskBefore. */
  change: number;
  /** True when the project has no current initiator after the departures. */
  orphaned: boolean;
  /** Current initiators before the departures, by id. */
  initiatorsBefore: string[];
  /** Current initiators after the departures, by id. */
  initiatorsAfter: string[];
  /** Every figure of the project after the departures: exposure, ranked candidates with parts and basis, bench, stand-ins. */
  after: ProjectSuccessionRisk;
  /** The stand-in who would take over an orphaned project (the first of `after.candidates`), or null. */
  successor: SuccessionCandidate | null;
  /** Why this successor, or why none. */
  successorBasis: SuccessorBasis;
}

/** What {@link departureImpact} returns. */
export interface DepartureImpactResult {
  date: IsoDate;
  /** The options actually used. */
  options: UsedSuccessionOptions;
  /** The people who leave (present at t), in the order given, without repeats. */
  departed: string[];
  /** Ids given but not present at t: ignored. */
  ignored: string[];
  /** Every project active at t, sorted by the figures after the departures ({@link compareByRisk}). */
  projects: ProjectDepartureImpact[];
  /** Projects per level, before and after. */
  levels: { before: Record<RiskLevel, number>; after: Record<RiskLevel, number> };
  /** Projects (ids, in the order of `projects`) moved from a level below critical to critical. */
  movedToCritical: string[];
}

/**
 * What if `people` leave at `t` (default: the town's date)? Every active project's succession
 * risk before and after, every figure after with its basis, and the successor each orphaned
 * project would get (ORA's "immediate impact"). Throws a {@link UsageError} for an unknown id
 * or a bad option.
 *
 * @example
 * ```ts
 * import { createTown, departureImpact } from "@kankei/core";
 * const town = createTown({
 *   town: { asOf: "2024-04-01" },
 *   people: [
 *     { id: "aoki", origin: "local", sector: "government" },
 *     { id: "mori", origin: "local", sector: "resident" },
 *     { id: "kato", origin: "local", sector: "resident" },
 *   ],
 *   projects: [{ id: "fan" }],
 *   roles: [
 *     { person: "aoki", project: "fan", role: "initiator" },
 *     { person: "mori", project: "fan", role: "cooperator" },
 *     { person: "kato", project: "fan", role: "participant" },
 *   ],
 *   ties: [{ a: "aoki", b: "mori", strength: "strong" }],
 * });
 * const fan = departureImpact(town, ["aoki"]).projects[0];
 * fan.orphaned; // true
 * fan.initiatorsBefore; // ["aoki"]
 * fan.after.candidates.map((c) => [c.id, c.readiness]); // [["mori", 0.76], ["kato", 0.095]]
 * fan.after.candidates[0].basis.tie; // { "strength": "strong", "with": "aoki", "leaving": true }
 * fan.successor?.id; // "mori"
 * fan.successorBasis.kind; // "ready"
 * fan.levelAfter; // "moderate"
 * departureImpact(town, ["aoki", "mori"]).projects[0].successorBasis.kind; // "not-ready"
 * ```
 */
export function departureImpact(town: Town, people: readonly string[], options: SuccessionOptions = {}): DepartureImpactResult {
  const resolved = resolveSuccessionOptions(options);
  const date = town.date(options.t);
  const day = town.day(date);
  if (!Array.isArray(people) || people.some((p) => typeof p !== "string")) {
    throw new UsageError("people must be an array of person ids (strings)");
  }
  const unknown = [...new Set(people.filter((id) => town.person(id) === undefined))];
  if (unknown.length > 0) {
    const ids = unknown.map((id) => JSON.stringify(id)).join(", ");
    throw new UsageError(`no person has the id${unknown.length === 1 ? "" : "s"} ${ids}`);
  }
  const departed: string[] = [];
  const ignored: string[] = [];
  const gone = new Set<number>();
  for (const id of new Set(people)) {
    const s = town.personSpan(id);
    if (s.from <= day && day < s.to) {
      departed.push(id);
      gone.add(town.personIndex(id));
    } else ignored.push(id);
  }

  const before = scoreTown(town, day, resolved).scored;
  const { roster, scored: after, departures } = scoreTown(town, day, resolved, gone);
  const threshold = resolved.standInThreshold;
  const memo = describeMemo();
  const everyone = town.people;

  const projects = after.map((a, k): ProjectDepartureImpact => {
    const b = before[k]!;
    const described = describeProject(roster, a, resolved, departures, memo);
    const orphaned = described.orphaned;
    const best = described.candidates[0];
    let successor: SuccessionCandidate | null = null;
    let successorBasis: SuccessorBasis;
    if (!orphaned) successorBasis = { kind: "not-orphaned", initiators: described.initiators.map((i) => i.id) };
    else if (best === undefined) successorBasis = { kind: "no-candidate" };
    else if (best.readiness >= threshold) {
      successor = best;
      successorBasis = { kind: "ready", id: best.id, readiness: best.readiness, threshold };
    } else successorBasis = { kind: "not-ready", id: best.id, readiness: best.readiness, threshold };
    return {
      project: a.project.id,
      name: a.project.name,
      riskBefore: b.risk,
      levelBefore: b.level,
      riskAfter: a.risk,
      levelAfter: a.level,
      change: a.risk - b.risk,
      orphaned,
      initiatorsBefore: b.initiators.map((i) => everyone[i]!.id),
      initiatorsAfter: described.initiators.map((i) => i.id),
      after: described,
      successor,
      successorBasis,
    };
  });
  projects.sort((x, y) => compareByRisk(x.after, y.after));

  return {
    date,
    options: { t: date, ...resolved },
    departed,
    ignored,
    projects,
    levels: { before: countLevels(before.map((s) => s.level)), after: countLevels(after.map((s) => s.level)) },
    movedToCritical: projects.filter((p) => p.levelBefore !== "critical" && p.levelAfter === "critical").map((p) => p.project),
  };
}
