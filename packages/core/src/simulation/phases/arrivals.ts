/**
 * Phase 5 of a simulated year, arrivals (参入): members draw people into their projects over
 * weak ties, newcomers arrive through members' weak ties, and the municipality recruits corps
 * members (地域おこし協力隊).
 *
 * What it means for a town: how the relationship population grows. Outsiders (よそ者) are
 * drawn in through insiders' personal networks, over weak ties that reach far.
 *
 * Rules, for every project p active at t and every member m of p (people in id order):
 * - **recruitment**: for every weak tie of m to a present person x who holds no role in p, x
 *   joins p as participant with chance `recruit` (once per person and project), unless x already
 *   holds `maxRolesPerPerson` roles (counting the roles the step gave x);
 * - **newcomers**: with chance `1 − (1 − newcomerPerWeakTie)^w`, w the number of m's weak ties
 *   at t, m brings a newcomer: a new person (an outsider with chance `newcomerOutsiderShare`,
 *   relationship `exchange` and sector `other`; else a local resident) who joins, gets a weak
 *   tie to m (kind `introduced`) and joins p as participant; but only while the people present
 *   at t plus the step's newcomers so far are fewer than `carryingCapacity` (the bound on
 *   growth: newcomers bring newcomers, so without it the town grows exponentially);
 * - **corps**: `corpsPerYear` new corps members (outsider, sector `corps`, relationship `work`,
 *   `tenureEnds = t + corpsTermYears`) join a public or mixed project (any active project when
 *   there is none) as cooperators, with a weak tie (kind `supervisor`) to its first initiator.
 *
 * Complexity: O(members + their weak ties), plus O(P) to count the people present.
 *
 * Growth bound: the people present after the step are at most
 * `max(present before, carryingCapacity) + corpsPerYear`.
 *
 * Sources: domain.md §1 and §7 (newcomers arrive through members' weak ties); Granovetter,
 * "The strength of weak ties" (1973); calibration.md (corps members move in for up to 3 years).
 *
 * @module
 */

import { addYears } from "../../model/date.js";
import type { PersonRecord } from "../../model/records.js";
import { compareIds } from "../../measures/succession/roster.js";
import type { TownEvent } from "../../rotation/events.js";
import { takeRole, type StepContext } from "../context.js";

/**
 * The arrivals of the step (see the module header).
 *
 * @example
 * ```ts
 * import { arrivalsPhase } from "./arrivals.js";
 * import { NewIds } from "../context.js";
 * import { stepDraws } from "../draws.js";
 * import { createTown, dayNumber, resolveSimulationOptions } from "@kankei/core";
 * const town = createTown({
 *   town: { asOf: "2025-04-01" },
 *   people: [{ id: "a", origin: "local" }, { id: "x", origin: "outsider" }],
 *   projects: [{ id: "p", lead: "public" }],
 *   roles: [{ person: "a", project: "p", role: "initiator" }],
 *   ties: [{ a: "a", b: "x", strength: "weak" }],
 * });
 * const date = "2026-04-01";
 * const options = resolveSimulationOptions({ recruit: 1, newcomerPerWeakTie: 0, corpsPerYear: 1 });
 * const ctx = { town, date, day: dayNumber(date), prevDay: dayNumber("2025-04-01"), draw: stepDraws(1, 0), options, ids: new NewIds(town, "sim-", date) };
 * arrivalsPhase(ctx).map((e) => e.type); // ["assign", "join", "assign", "tie"]
 * ```
 */
export function arrivalsPhase(ctx: StepContext): TownEvent[] {
  const { town, date, draw, options, ids } = ctx;
  const events: TownEvent[] = [];
  const projects = [...town.projectsAt(date)].sort((a, b) => compareIds(a.id, b.id));
  const capacity = options.carryingCapacity ?? Infinity;
  let present = capacity === Infinity ? 0 : town.peopleAt(date).length;
  for (const project of projects) {
    const members = town.membersAt(project.id, date);
    const inProject = new Set(members.map((m) => m.person));
    for (const person of [...inProject].sort(compareIds)) {
      const weak = town
        .tiesOf(person, date)
        .filter((e) => e.strength === "weak")
        .map((e) => e.partner)
        .sort(compareIds);
      for (const x of weak) {
        if (inProject.has(x)) continue;
        if (draw("recruit", `${project.id}\u0000${person}\u0000${x}`) < options.recruit && takeRole(ctx, x)) {
          inProject.add(x);
          events.push({ type: "assign", date, person: x, project: project.id, role: "participant", cause: `recruited by ${person}` });
        }
      }
      const chance = 1 - (1 - options.newcomerPerWeakTie) ** weak.length;
      if (weak.length > 0 && present < capacity && draw("newcomer", `${project.id}\u0000${person}`) < chance) {
        present++;
        const id = ids.person();
        const outsider = draw("newcomer-origin", id) < options.newcomerOutsiderShare;
        const record: PersonRecord = outsider ? { id, origin: "outsider", sector: "other", relationship: "exchange" } : { id, origin: "local", sector: "resident" };
        const cause = `newcomer via ${person}`;
        events.push({ type: "join", date, person: record, cause });
        events.push({ type: "tie", date, a: person, b: id, strength: "weak", kind: "introduced", cause });
        events.push({ type: "assign", date, person: id, project: project.id, role: "participant", cause });
      }
    }
  }
  const hosts = projects.filter((p) => p.lead === "public" || p.lead === "mixed");
  const pool = hosts.length > 0 ? hosts : projects;
  for (let c = 0; c < options.corpsPerYear && pool.length > 0; c++) {
    const project = pool[Math.floor(draw("corps", String(c)) * pool.length)]!;
    const id = ids.person();
    const cause = `corps recruited to ${project.id}`;
    events.push({
      type: "join",
      date,
      person: { id, origin: "outsider", sector: "corps", relationship: "work", tenureEnds: addYears(date, options.corpsTermYears) },
      cause,
    });
    events.push({ type: "assign", date, person: id, project: project.id, role: "cooperator", cause });
    const supervisor = town.initiatorsAt(project.id, date)[0];
    if (supervisor !== undefined) events.push({ type: "tie", date, a: supervisor, b: id, strength: "weak", kind: "supervisor", cause });
  }
  return events;
}
