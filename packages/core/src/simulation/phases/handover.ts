/**
 * Phase 1 of a simulated year, the handover policy (引き継ぎ): an initiator who has held the
 * role for `handoverAfterYears` whole years hands the project over to its most ready member,
 * if that member's readiness reaches `successionThreshold`, and steps back to `stepBackTo`.
 * When nobody is ready the initiator stays on. With `handoverAfterYears: null` nobody hands over.
 *
 * What it means for a town: the circular model's prescription. An officer who will be rotated
 * away passes the project on while still there, so the successor is chosen with the tie to the
 * initiator counted (readiness after a departure loses it, domain.md §4).
 *
 * Formula: hand over in project p when `from(role) + N years <= t` and
 * `max r(c) >= threshold` over the candidates C(p) at t (domain.md §4 item 3; ties to the
 * smaller id). One handover per project per year; several initiators are handled in id order.
 *
 * Complexity: one succession-risk scoring of the town, O(roles + ties).
 *
 * Sources: Nakayama's circular model (initiators step back and take on the next mission);
 * calibration.md (officers initiate 2–3 years at most).
 *
 * @module
 */

import { addYears, isoDate } from "../../model/date.js";
import { scoreTown } from "../../measures/succession/risk.js";
import { compareIds } from "../../measures/succession/roster.js";
import type { HandoverEvent, TownEvent } from "../../rotation/events.js";
import { sectorKey, type StepContext } from "../context.js";

/**
 * The handovers of the step (see the module header).
 *
 * @example
 * ```ts
 * import { handoverPhase } from "./handover.js";
 * import { NewIds } from "../context.js";
 * import { stepDraws } from "../draws.js";
 * import { createTown, dayNumber, resolveSimulationOptions } from "@kankei/core";
 * const town = createTown({
 *   town: { asOf: "2025-04-01" },
 *   people: [{ id: "aoki", origin: "local", sector: "government" }, { id: "kato", origin: "local", sector: "resident" }],
 *   projects: [{ id: "fan", start: "2023-04-01" }],
 *   roles: [{ person: "aoki", project: "fan", role: "initiator" }, { person: "kato", project: "fan", role: "cooperator" }],
 *   ties: [{ a: "aoki", b: "kato", strength: "strong" }],
 * });
 * const date = "2026-04-01";
 * const ctx = { town, date, day: dayNumber(date), prevDay: dayNumber("2025-04-01"), draw: stepDraws(1, 0), options: resolveSimulationOptions(), ids: new NewIds(town, "sim-", date) };
 * handoverPhase(ctx).map((e) => e.to); // ["kato"]
 * ```
 */
export function handoverPhase(ctx: StepContext): TownEvent[] {
  const { town, options, date } = ctx;
  const years = options.handoverAfterYears;
  if (years === null) return [];
  const { scored } = scoreTown(town, ctx.day, options.succession);
  const x = town.periods();
  const events: HandoverEvent[] = [];
  const order = [...scored].sort((a, b) => compareIds(a.project.id, b.project.id));
  for (const s of order) {
    if (s.initiators.length === 0 || s.ranked.length === 0 || s.readiness[0]! < options.successionThreshold) continue;
    const project = s.project.id;
    const initiators = s.initiators.map((i) => town.people[i]!).sort((a, b) => compareIds(a.id, b.id));
    for (const person of initiators) {
      if (options.handoverSectors !== null && !options.handoverSectors.includes(sectorKey(person.sector))) continue;
      const held = town.rolesAt(person.id, date).find((r) => r.project === project)!;
      const from = x.roleFrom[held.index]!;
      if (from !== -Infinity && addYears(isoDate(from), years) > date) continue;
      const event: HandoverEvent = { type: "handover", date, project, to: s.ranked[0]!.id, stepBackTo: options.stepBackTo, cause: `handover policy: initiator for ${years}+ years` };
      if (initiators.length > 1) event.from = person.id;
      events.push(event);
      break;
    }
  }
  return events;
}
