/**
 * Phase 4 of a simulated year, growth inside projects (役割の深化と紐帯の強化): members deepen
 * their role, and the people who work together in a project's core get tied and grow close.
 *
 * What it means for a town: how the circular model fills its inner rings. Participants become
 * supporters and supporters cooperators (the successor pool); the initiator and cooperator
 * layers build the strong ties that Nakayama says they need, which is also what makes a
 * cooperator ready to take over (the tie term of readiness, domain.md §4).
 *
 * Rules, for every project active at t and every member in it:
 * - a participant becomes supporter with chance `deepen.participant`, a supporter cooperator
 *   with chance `deepen.supporter` (`assign`); cooperators rise only by succession or launch;
 * - every pair of its core (initiators and cooperators) with no tie forms a weak tie with chance
 *   `coreTie` (`tie`, kind `project`) unless one of the two already has `maxTiesPerPerson`
 *   active ties (counting the step's new ones), and a weak tie turns strong with chance
 *   `strengthen` (`strengthen`); a pair in the core of several projects is considered once.
 *
 * Complexity: O(members + Σ core²).
 *
 * Sources: Nakayama's circular model (roles deepen; the core needs strong ties); domain.md §7
 * (members deepen their role with given probabilities).
 *
 * @module
 */

import type { RoleName } from "../../model/records.js";
import { compareIds } from "../../measures/succession/roster.js";
import type { TownEvent } from "../../rotation/events.js";
import type { StepContext } from "../context.js";

const NEXT: Partial<Record<RoleName, "supporter" | "cooperator">> = { participant: "supporter", supporter: "cooperator" };

/**
 * The deepened roles and the core ties of the step (see the module header).
 *
 * @example
 * ```ts
 * import { growthPhase } from "./growth.js";
 * import { NewIds } from "../context.js";
 * import { stepDraws } from "../draws.js";
 * import { createTown, dayNumber, resolveSimulationOptions } from "@kankei/core";
 * const town = createTown({
 *   town: { asOf: "2025-04-01" },
 *   people: [{ id: "a", origin: "local" }, { id: "b", origin: "local" }, { id: "c", origin: "local" }],
 *   projects: [{ id: "p" }],
 *   roles: [{ person: "a", project: "p", role: "initiator" }, { person: "b", project: "p", role: "cooperator" }, { person: "c", project: "p", role: "participant" }],
 *   ties: [{ a: "a", b: "b", strength: "weak" }],
 * });
 * const date = "2026-04-01";
 * const options = resolveSimulationOptions({ deepen: { participant: 1 }, strengthen: 1 });
 * const ctx = { town, date, day: dayNumber(date), prevDay: dayNumber("2025-04-01"), draw: stepDraws(1, 0), options, ids: new NewIds(town, "sim-", date) };
 * growthPhase(ctx).map((e) => e.type); // ["assign", "strengthen"]
 * ```
 */
export function growthPhase(ctx: StepContext): TownEvent[] {
  const { town, date, draw, options } = ctx;
  const deepened: TownEvent[] = [];
  const ties: TownEvent[] = [];
  const seen = new Set<string>();
  const maxTies = options.maxTiesPerPerson ?? Infinity;
  const degree = new Map<string, number>();
  const degreeOf = (p: string) => {
    let d = degree.get(p);
    if (d === undefined) degree.set(p, (d = town.tiesOf(p, date).length));
    return d;
  };
  const projects = [...town.projectsAt(date)].sort((a, b) => compareIds(a.id, b.id));
  for (const project of projects) {
    const members = town.membersAt(project.id, date);
    for (const m of [...members].sort((a, b) => compareIds(a.person, b.person))) {
      const next = NEXT[m.role];
      if (next === undefined) continue;
      const chance = options.deepen[m.role as "participant" | "supporter"];
      if (draw("deepen", `${project.id}\u0000${m.person}`) < chance) {
        deepened.push({ type: "assign", date, person: m.person, project: project.id, role: next, cause: "deepening" });
      }
    }
    const core = members
      .filter((m) => m.role === "initiator" || m.role === "cooperator")
      .map((m) => m.person)
      .sort(compareIds);
    for (let i = 0; i < core.length; i++) {
      const strengths = new Map(town.tiesOf(core[i]!, date).map((e) => [e.partner, e.strength]));
      for (let j = i + 1; j < core.length; j++) {
        const pair = `${core[i]}\u0000${core[j]}`;
        if (seen.has(pair)) continue;
        seen.add(pair);
        const strength = strengths.get(core[j]!);
        if (strength === undefined) {
          if (draw("core-tie", pair) < options.coreTie && degreeOf(core[i]!) < maxTies && degreeOf(core[j]!) < maxTies) {
            degree.set(core[i]!, degreeOf(core[i]!) + 1);
            degree.set(core[j]!, degreeOf(core[j]!) + 1);
            ties.push({ type: "tie", date, a: core[i]!, b: core[j]!, strength: "weak", kind: "project", cause: `core of ${project.id}` });
          }
        } else if (strength === "weak" && draw("strengthen", pair) < options.strengthen) {
          ties.push({ type: "strengthen", date, a: core[i]!, b: core[j]!, cause: `core of ${project.id}` });
        }
      }
    }
  }
  return [...deepened, ...ties];
}
