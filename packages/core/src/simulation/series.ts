/**
 * The yearly series of a simulation: the town's state after each simulated year (and at the
 * start, year 0), and what happened during the year, counted from the year's events.
 *
 * What it means for a town: the figures a coordinator follows over ten years: how many projects
 * are alive and how many have lost their initiator, how often initiators are renewed and how,
 * how risky the projects are, and who the people are (by role and origin).
 *
 * Figures, at the year's date t:
 * - `projects`: `active` at t; `orphaned`, active with no initiator; `launched` and `closed`
 *   during the year.
 * - `initiators`: `current`, people who initiate an active project; `renewed`, projects that got
 *   a new initiator during the year (`byHandover` + `bySuccession`); `renewalShare`, renewed over
 *   the projects active at the start of the year (`NaN` when none, `null` in JSON).
 * - `risk`: projects per succession-risk level (domain.md §4) and the mean R (`NaN` when no
 *   project is active).
 * - `people`: present at t, by origin, and by highest current role and origin (as
 *   `summarizeTown`).
 * - `flows`: people who joined and left, newcomers, corps members, recruitments, deepened roles,
 *   ties formed and strengthened during the year.
 *
 * Complexity: one succession-risk scoring and one summary, O(people + roles + ties).
 *
 * Sources: domain.md §7 (the outputs of a simulation).
 *
 * @module
 */

import type { IsoDate } from "../model/records.js";
import { summarizeTown, type TownSummary } from "../model/summary.js";
import type { Town } from "../model/town.js";
import { countLevels, scoreTown } from "../measures/succession/risk.js";
import type { RiskLevel, ResolvedSuccessionOptions } from "../measures/succession/options.js";
import type { TownEvent } from "../rotation/events.js";

/** One row of the yearly series. */
export interface SimulationYear {
  /** 0 for the start, then 1 to `years`. */
  year: number;
  date: IsoDate;
  projects: { active: number; orphaned: number; launched: number; closed: number };
  initiators: { current: number; renewed: number; byHandover: number; bySuccession: number; renewalShare: number };
  risk: { levels: Record<RiskLevel, number>; mean: number };
  people: TownSummary["people"];
  flows: { joined: number; left: number; newcomers: number; corps: number; recruited: number; deepened: number; tiesFormed: number; tiesStrengthened: number };
}

/**
 * The row of year `year` for `town` at `date`, with the year's `events` and the number of
 * projects active at the start of the year.
 *
 * @example
 * ```ts
 * import { yearFigures } from "./series.js";
 * import { createTown, SUCCESSION_DEFAULTS } from "@kankei/core";
 * const town = createTown({
 *   people: [{ id: "a", origin: "local", sector: "resident" }],
 *   projects: [{ id: "p" }, { id: "q" }],
 *   roles: [{ person: "a", project: "p", role: "initiator" }],
 * });
 * const row = yearFigures(town, "2026-04-01", 0, [], 2, SUCCESSION_DEFAULTS);
 * row.projects; // { "active": 2, "orphaned": 1, "launched": 0, "closed": 0 }
 * row.risk.levels; // { "critical": 1, "high": 0, "moderate": 0, "low": 1 }
 * ```
 */
export function yearFigures(
  town: Town,
  date: IsoDate,
  year: number,
  events: readonly TownEvent[],
  activeAtStart: number,
  succession: ResolvedSuccessionOptions,
): SimulationYear {
  const { scored } = scoreTown(town, town.day(date), succession);
  const summary = summarizeTown(town, date);
  const current = new Set<string>();
  for (const p of summary.projects) for (const i of p.initiators) current.add(i);
  const count = (test: (e: TownEvent) => boolean): number => events.reduce((n, e) => n + (test(e) ? 1 : 0), 0);
  const cause = (e: TownEvent, prefix: string): boolean => e.cause !== undefined && e.cause.startsWith(prefix);
  const byHandover = count((e) => e.type === "handover");
  const bySuccession = count((e) => e.type === "assign" && e.role === "initiator" && cause(e, "succession"));
  let total = 0;
  for (const s of scored) total += s.risk;
  return {
    year,
    date,
    projects: {
      active: scored.length,
      orphaned: scored.filter((s) => s.initiators.length === 0).length,
      launched: count((e) => e.type === "launch"),
      closed: count((e) => e.type === "close"),
    },
    initiators: {
      current: current.size,
      renewed: byHandover + bySuccession,
      byHandover,
      bySuccession,
      renewalShare: activeAtStart > 0 ? (byHandover + bySuccession) / activeAtStart : NaN,
    },
    risk: { levels: countLevels(scored.map((s) => s.level)), mean: scored.length > 0 ? total / scored.length : NaN },
    people: summary.people,
    flows: {
      joined: count((e) => e.type === "join"),
      left: count((e) => e.type === "leave"),
      newcomers: count((e) => e.type === "join" && cause(e, "newcomer")),
      corps: count((e) => e.type === "join" && cause(e, "corps")),
      recruited: count((e) => e.type === "assign" && cause(e, "recruited")),
      deepened: count((e) => e.type === "assign" && cause(e, "deepening")),
      tiesFormed: count((e) => e.type === "tie"),
      tiesStrengthened: count((e) => e.type === "strengthen"),
    },
  };
}
