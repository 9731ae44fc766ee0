/**
 * Phase 2 of a simulated year, departures (離脱): people leave by their tenure and by their
 * sector's hazard, and a new officer takes the place of each officer who leaves.
 *
 * What it means for a town: the personnel rotation that the Hokkaido workation study names as
 * the main threat to a project, and the everyday turnover of everyone else.
 *
 * Rules, for every person present at the step's date t (previous step t₀):
 * - `tenureEnds` in (t₀, t]: the posting or term ends; the person stays with chance
 *   `stayAfterTenure[sector]` (corps members who settle), else leaves (cause `tenure`).
 * - `tenureEnds` after t: the posting is known to last; the person stays.
 * - otherwise: leaves with chance `hazards[sector]` (the annual hazard λ of domain.md §4).
 * - `officerReplacement`: for each officer (`government`) who leaves, a new local officer joins
 *   with `tenureEnds = t + officerTermYears` and takes the leaver's place in every active
 *   project, in the same role but never above cooperator (a newcomer to the section does not
 *   drive the project on arrival).
 *
 * Complexity: O(people present + their roles).
 *
 * Sources: domain.md §4 (hazards), §7 (people leave by their hazard and tenure); calibration.md
 * (officers rotated every 2–3 years; many corps members stay on after their term).
 *
 * @module
 */

import { addYears, dayNumber } from "../../model/date.js";
import type { RoleName } from "../../model/records.js";
import { compareIds } from "../../measures/succession/roster.js";
import type { TownEvent } from "../../rotation/events.js";
import { sectorKey, type StepContext } from "../context.js";

const CAP: Record<RoleName, RoleName> = { initiator: "cooperator", cooperator: "cooperator", supporter: "supporter", participant: "participant" };

/**
 * The departures of the step and the officers who replace them (see the module header). The
 * step's `handovers`, when given, are applied in the same batch: a replacement takes the role
 * the leaver holds after them.
 *
 * @example
 * ```ts
 * import { departuresPhase } from "./departures.js";
 * import { NewIds } from "../context.js";
 * import { stepDraws } from "../draws.js";
 * import { createTown, dayNumber, resolveSimulationOptions } from "@kankei/core";
 * const town = createTown({
 *   town: { asOf: "2025-04-01" },
 *   people: [{ id: "aoki", origin: "local", sector: "government", tenureEnds: "2026-03-31" }],
 *   projects: [{ id: "fan" }],
 *   roles: [{ person: "aoki", project: "fan", role: "initiator" }],
 * });
 * const date = "2026-04-01";
 * const ctx = { town, date, day: dayNumber(date), prevDay: dayNumber("2025-04-01"), draw: stepDraws(1, 0), options: resolveSimulationOptions(), ids: new NewIds(town, "sim-", date) };
 * departuresPhase(ctx).map((e) => e.type); // ["leave", "join", "assign"]
 * ```
 */
export function departuresPhase(ctx: StepContext, handovers: readonly TownEvent[] = []): TownEvent[] {
  const { town, date, day, prevDay, draw, options } = ctx;
  // The roles the year's handovers (applied together with these departures) give people.
  const handed = new Map<string, RoleName>();
  for (const e of handovers) {
    if (e.type !== "handover") continue;
    const from = e.from ?? town.initiatorsAt(e.project, date)[0]!;
    handed.set(`${from}\u0000${e.project}`, e.stepBackTo ?? "cooperator");
    handed.set(`${e.to}\u0000${e.project}`, "initiator");
  }
  const leaves: TownEvent[] = [];
  const replacements: TownEvent[] = [];
  const present = [...town.peopleAt(date)].sort((a, b) => compareIds(a.id, b.id));
  for (const person of present) {
    const key = sectorKey(person.sector);
    const ends = dayNumber(person.tenureEnds);
    let cause: string | undefined;
    if (ends !== undefined && ends > prevDay && ends <= day) {
      if (draw("stay", person.id) >= options.stayAfterTenure[key]) cause = `tenure ended ${person.tenureEnds}`;
    } else if (ends === undefined || ends <= prevDay) {
      if (draw("leave", person.id) < options.hazards[key]) cause = `hazard ${options.hazards[key]} (${key})`;
    }
    if (cause === undefined) continue;
    leaves.push({ type: "leave", date, person: person.id, cause });
    if (!options.officerReplacement || person.sector !== "government") continue;
    const id = ctx.ids.person();
    replacements.push({
      type: "join",
      date,
      person: { id, origin: "local", sector: "government", tenureEnds: addYears(date, options.officerTermYears) },
      cause: `officer replacement for ${person.id}`,
    });
    const held = town.rolesAt(person.id, date).sort((a, b) => compareIds(a.project, b.project));
    for (const r of held) {
      const role = handed.get(`${person.id}\u0000${r.project}`) ?? r.role;
      replacements.push({ type: "assign", date, person: id, project: r.project, role: CAP[role], cause: `officer replacement for ${person.id}` });
    }
  }
  return [...leaves, ...replacements];
}
