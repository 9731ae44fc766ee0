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
 * anyone's overload. Every figure of `successionRisk` is recomputed on that town:
 *   change(p)   = R_after(p) − R_before(p)
 *   orphaned(p) = p is active at t and has no current initiator after the departures
 *   successor(p) = the candidate of an orphaned p with the highest readiness computed after
 *                 the departures (ties to the smaller id), if r ≥ standInThreshold; else null
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
import { formatNumber } from "./departure.js";
import { resolveSuccessionOptions, type RiskLevel, type SuccessionOptions } from "./options.js";
import { countLevels, scoreTown, type UsedSuccessionOptions } from "./risk.js";

/** The stand-in who would take over an orphaned project. */
export interface Successor {
  id: string;
  /** Readiness after the departures. */
  readiness: number;
}

/** What the departures do to one project active at t. */
export interface ProjectDepartureImpact {
  project: string;
  name: string;
  riskBefore: number;
  levelBefore: RiskLevel;
  riskAfter: number;
  levelAfter: RiskLevel;
  /** riskAfter − riskBefore (departures never lower a risk, but for rounding). */
  change: number;
  /** True when the project has no current initiator after the departures. */
  orphaned: boolean;
  /** The stand-in who would take over an orphaned project, or null. */
  successor: Successor | null;
  /** Why this successor, or why none (not orphaned, no candidate left, nobody ready enough). */
  successorReason: string;
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
  /** Every project active at t, in file order. */
  projects: ProjectDepartureImpact[];
  /** Projects per level, before and after. */
  levels: { before: Record<RiskLevel, number>; after: Record<RiskLevel, number> };
  /** Projects (ids, file order) moved from a level below critical to critical. */
  movedToCritical: string[];
}

/**
 * What if `people` leave at `t` (default: the town's date)? Every active project's succession
 * risk before and after, and the successor each orphaned project would get (ORA's "immediate
 * impact"). Throws a {@link UsageError} for an unknown id or a bad option.
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
 *     { person: "kato", project: "fan", role: "initiator", from: "2020-04-01", to: "2022-04-01" },
 *     { person: "kato", project: "fan", role: "cooperator", from: "2022-04-01" },
 *   ],
 * });
 * const impact = departureImpact(town, ["aoki"]);
 * impact.projects[0].orphaned; // true
 * impact.projects[0].successor; // { "id": "kato", "readiness": 0.665 }
 * impact.projects[0].levelAfter; // "moderate"
 * departureImpact(town, ["aoki", "kato", "mori"]).projects[0].successor; // null
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
  const after = scoreTown(town, day, resolved, gone).scored;
  const threshold = resolved.standInThreshold;
  const f = formatNumber;

  const everyone = town.people;
  const projects = after.map((a, k): ProjectDepartureImpact => {
    const b = before[k]!;
    const orphaned = a.initiators.length === 0;
    let successor: Successor | null = null;
    let successorReason: string;
    const best = a.ranked[0];
    if (!orphaned) {
      const ids = a.initiators.map((i) => everyone[i]!.id);
      successorReason = `not orphaned: ${ids.join(", ")} still initiate${ids.length === 1 ? "s" : ""}`;
    } else if (best === undefined) successorReason = "orphaned, and no candidate remains";
    else {
      const id = best.id;
      const readiness = a.readiness[0]!;
      if (readiness >= threshold) {
        successor = { id, readiness };
        const at = `readiness ${f(readiness)}, at least the stand-in threshold ${f(threshold)}`;
        successorReason = `orphaned: ${id} takes over (${at})`;
      } else {
        successorReason =
          `orphaned, and nobody is ready: the readiest candidate ${id} has readiness ${f(readiness)}, ` +
          `below the stand-in threshold ${f(threshold)}`;
      }
    }
    return {
      project: a.project.id,
      name: a.project.name,
      riskBefore: b.risk,
      levelBefore: b.level,
      riskAfter: a.risk,
      levelAfter: a.level,
      change: a.risk - b.risk,
      orphaned,
      successor,
      successorReason,
    };
  });

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
