/**
 * Phase 3 of a simulated year, succession (後継): every active project without an initiator
 * gets its most ready member as initiator, if that member's readiness reaches
 * `successionThreshold`; otherwise it stays orphaned, and closes once it has been orphaned for
 * `orphanGraceYears` whole years.
 *
 * What it means for a town: the moment the circular model is about. A project survives its
 * initiator's departure only if the web around it has produced a stand-in (代役).
 *
 * Formula: readiness r(c) as in domain.md §4 item 3, computed on the town after the year's
 * departures (so the departed initiator's ties no longer count); the successor is
 * argmax r(c) (ties to the smaller id) when `max r(c) >= threshold`. A project is orphaned
 * since the latest end of an initiator role in it (its start when it never had one); it closes
 * at the first step t with `since + grace years <= t`.
 *
 * Complexity: one succession-risk scoring, O(roles + ties).
 *
 * Sources: domain.md §7 (a project whose initiator leaves gets the most ready candidate if one
 * reaches the threshold, otherwise it is orphaned and closes after a grace period); §4 (readiness).
 *
 * @module
 */

import { addYears, isoDate } from "../../model/date.js";
import { scoreTown } from "../../measures/succession/risk.js";
import { compareIds } from "../../measures/succession/roster.js";
import type { Town } from "../../model/town.js";
import type { TownEvent } from "../../rotation/events.js";
import type { StepContext } from "../context.js";

/**
 * The day since which each project has had no initiator, judged at day `day`: the latest end of
 * an initiator role in it on or before `day`, else its start (`-Infinity` when it has none).
 * One pass over the roles: O(roles + projects).
 *
 * @example
 * ```ts
 * import { orphanedSince } from "./succession.js";
 * import { createTown, dayNumber, isoDate } from "@kankei/core";
 * const town = createTown({
 *   people: [{ id: "a", origin: "local" }],
 *   projects: [{ id: "p", start: "2020-04-01" }],
 *   roles: [{ person: "a", project: "p", role: "initiator", to: "2023-04-01" }],
 * });
 * isoDate(orphanedSince(town, dayNumber("2025-04-01"))[0]); // "2023-04-01"
 * ```
 */
export function orphanedSince(town: Town, day: number): Float64Array {
  const x = town.periods();
  const since = Float64Array.from(x.projectFrom);
  for (let k = 0; k < town.roles.length; k++) {
    if (town.roles[k]!.role !== "initiator") continue;
    const j = x.roleProject[k]!;
    const to = x.roleTo[k]!;
    if (to <= day && to > since[j]! && x.roleFrom[k]! < to) since[j] = to;
  }
  return since;
}

/**
 * The successions and closures of the step (see the module header).
 *
 * @example
 * ```ts
 * import { successionPhase } from "./succession.js";
 * import { NewIds } from "../context.js";
 * import { stepDraws } from "../draws.js";
 * import { createTown, dayNumber, resolveSimulationOptions } from "@kankei/core";
 * const town = createTown({
 *   town: { asOf: "2026-04-01" },
 *   people: [{ id: "kato", origin: "local", sector: "resident" }, { id: "mori", origin: "outsider", sector: "resident" }],
 *   projects: [{ id: "fan", start: "2020-04-01" }, { id: "cafe", start: "2020-04-01" }],
 *   roles: [
 *     { person: "kato", project: "fan", role: "initiator", from: "2020-04-01", to: "2022-04-01" },
 *     { person: "kato", project: "fan", role: "cooperator", from: "2022-04-01" },
 *     { person: "mori", project: "cafe", role: "participant" },
 *   ],
 * });
 * const date = "2026-04-01";
 * const ctx = { town, date, day: dayNumber(date), prevDay: dayNumber("2025-04-01"), draw: stepDraws(1, 0), options: resolveSimulationOptions(), ids: new NewIds(town, "sim-", date) };
 * successionPhase(ctx).map((e) => [e.type, e.project]); // [["close", "cafe"], ["assign", "fan"]]
 * ```
 */
export function successionPhase(ctx: StepContext): TownEvent[] {
  const { town, date, day, options } = ctx;
  const { scored } = scoreTown(town, day, options.succession);
  const events: TownEvent[] = [];
  const order = [...scored].sort((a, b) => compareIds(a.project.id, b.project.id));
  let sinces: Float64Array | undefined;
  for (const s of order) {
    if (s.initiators.length > 0) continue;
    const project = s.project.id;
    if (s.ranked.length > 0 && s.readiness[0]! >= options.successionThreshold) {
      const r = Math.round(s.readiness[0]! * 1000) / 1000;
      events.push({ type: "assign", date, person: s.ranked[0]!.id, project, role: "initiator", cause: `succession: readiness ${r}` });
      continue;
    }
    sinces ??= orphanedSince(town, day);
    const since = sinces[s.project.index]!;
    if (since === -Infinity || addYears(isoDate(since), options.orphanGraceYears) <= date) {
      events.push({ type: "close", date, project, cause: `orphaned since ${since === -Infinity ? "its start" : isoDate(since)}` });
    }
  }
  return events;
}
