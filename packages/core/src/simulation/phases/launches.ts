/**
 * Phase 6 of a simulated year, launches (立ち上げ): experienced cooperators start new projects
 * and bring their close circle.
 *
 * What it means for a town: the last turn of the circle. Someone who grew into a project's core
 * becomes the initiator of the next one: relationship population become initiators.
 *
 * Rules, for every person x present at t (in id order) who is a cooperator of an active project
 * at t, initiates none, and has spent at least `launchExperienceYears` years in the core
 * (initiator or cooperator roles, summed up to t): with chance `launch`, x launches a new project
 * (lead `public` for an officer, `private` otherwise) as its initiator; each of x's strong-tie
 * partners present at t joins it as cooperator with chance `launchTeam.strong`, each weak-tie
 * partner as participant with chance `launchTeam.weak`.
 *
 * Complexity: O(people present + their roles and ties).
 *
 * Sources: domain.md §7 (experienced cooperators launch new projects); the Hokkaido workation
 * study's towns where relationship population become initiators.
 *
 * @module
 */

import { compareIds } from "../../measures/succession/roster.js";
import type { TownEvent } from "../../rotation/events.js";
import { takeRole, type StepContext } from "../context.js";

/** Days each person (by index) has spent in the core (initiator or cooperator roles) up to `day`. */
function coreDays(ctx: StepContext): Float64Array {
  const { town, day } = ctx;
  const x = town.periods();
  const days = new Float64Array(town.people.length);
  for (let k = 0; k < town.roles.length; k++) {
    const role = town.roles[k]!.role;
    if (role !== "initiator" && role !== "cooperator") continue;
    const from = x.roleFrom[k]!;
    const to = Math.min(x.roleTo[k]!, day);
    if (to > from) days[x.rolePerson[k]!]! += to - from;
  }
  return days;
}

/**
 * The launches of the step (see the module header).
 *
 * @example
 * ```ts
 * import { launchesPhase } from "./launches.js";
 * import { NewIds } from "../context.js";
 * import { stepDraws } from "../draws.js";
 * import { createTown, dayNumber, resolveSimulationOptions } from "@kankei/core";
 * const town = createTown({
 *   town: { asOf: "2025-04-01" },
 *   people: [{ id: "kato", origin: "local", sector: "resident" }, { id: "sato", origin: "local" }],
 *   projects: [{ id: "fan", start: "2020-04-01" }],
 *   roles: [{ person: "kato", project: "fan", role: "cooperator", from: "2021-04-01" }],
 *   ties: [{ a: "kato", b: "sato", strength: "strong" }],
 * });
 * const date = "2026-04-01";
 * const options = resolveSimulationOptions({ launch: 1, launchTeam: { strong: 1 } });
 * const ctx = { town, date, day: dayNumber(date), prevDay: dayNumber("2025-04-01"), draw: stepDraws(1, 0), options, ids: new NewIds(town, "sim-", date) };
 * launchesPhase(ctx).map((e) => e.type); // ["launch", "assign"]
 * ```
 */
export function launchesPhase(ctx: StepContext): TownEvent[] {
  const { town, date, draw, options, ids } = ctx;
  const events: TownEvent[] = [];
  const experience = options.launchExperienceYears * 365.2425;
  const present = [...town.peopleAt(date)].sort((a, b) => compareIds(a.id, b.id));
  const core = coreDays(ctx);
  for (const person of present) {
    const roles = town.rolesAt(person.id, date);
    if (!roles.some((r) => r.role === "cooperator") || roles.some((r) => r.role === "initiator")) continue;
    if (core[town.personIndex(person.id)]! < experience) continue;
    if (draw("launch", person.id) >= options.launch) continue;
    if (!takeRole(ctx, person.id)) continue;
    const project = ids.project();
    const cause = `launched by ${person.id}`;
    events.push({ type: "launch", date, project: { id: project, lead: person.sector === "government" ? "public" : "private" }, initiator: person.id, cause });
    const ties = [...town.tiesOf(person.id, date)].sort((a, b) => compareIds(a.partner, b.partner));
    for (const e of ties) {
      const chance = e.strength === "strong" ? options.launchTeam.strong : options.launchTeam.weak;
      if (draw("team", `${person.id}\u0000${e.partner}`) < chance && takeRole(ctx, e.partner)) {
        events.push({ type: "assign", date, person: e.partner, project, role: e.strength === "strong" ? "cooperator" : "participant", cause });
      }
    }
  }
  return events;
}
