/**
 * Derives the {@link Scene} from the view state and the town's measures: the members and
 * ranked successors of the selected project, the what-if's leavers and successors, the
 * selected person's partners, the search matches and the filter's members. Recomputed once per
 * change of the view, never per node.
 *
 * Complexity: O(members + candidates + degree + n) (the search scans everyone present).
 *
 * @module
 */

import type { RoleName } from "@kankei/core";
import type { TownAnalysis } from "../analysis/town-analysis.js";
import { searchPeople } from "../analysis/search.js";
import type { ViewState } from "../state/view-state.js";
import { scene, type Scene } from "./scene.js";

/** How many ranked successors of the selected project carry their rank in the graph. */
export const RANKED_SUCCESSORS = 5;

/**
 * The scene of a view state.
 *
 * @example
 * ```ts
 * import { createTown } from "@kankei/core";
 * import { TownAnalysis } from "../analysis/town-analysis.js";
 * import { initialViewState } from "../state/view-state.js";
 * import { deriveScene } from "./derive-scene.js";
 * const town = createTown({
 *   town: { asOf: "2024-04-01" },
 *   people: [{ id: "a", origin: "local", sector: "government" }, { id: "b", origin: "outsider" }],
 *   projects: [{ id: "fan" }],
 *   roles: [
 *     { person: "a", project: "fan", role: "initiator" },
 *     { person: "b", project: "fan", role: "initiator", from: "2020-04-01", to: "2022-04-01" },
 *     { person: "b", project: "fan", role: "cooperator", from: "2022-04-01" },
 *   ],
 *   ties: [{ a: "a", b: "b", strength: "strong" }],
 * });
 * const state = { ...initialViewState("2024-04-01", "en"), selectedProject: "fan", departed: ["a"] };
 * const s = deriveScene(state, new TownAnalysis(town), new Map());
 * s.projectRoles?.get("a"); // "initiator"
 * s.successorRank.get("b"); // 1
 * [...s.takeovers]; // ["b"]
 * ```
 */
export function deriveScene(state: ViewState, analysis: TownAnalysis, sizes: ReadonlyMap<string, number>): Scene {
  const { town } = analysis;
  const t = state.date;
  const membersOf = (project: string): Map<string, RoleName> | null =>
    town.project(project) === undefined ? null : new Map(town.membersAt(project, t).map((m) => [m.person, m.role]));

  const departed = new Set(state.departed);
  const projectRoles = state.selectedProject === null ? null : membersOf(state.selectedProject);
  const successorRank = new Map<string, number>();
  if (projectRoles !== null) {
    const risk = analysis.risk(t).projects.find((p) => p.project === state.selectedProject);
    for (const c of risk?.candidates ?? []) {
      if (departed.has(c.id)) continue;
      successorRank.set(c.id, successorRank.size + 1);
      if (successorRank.size >= RANKED_SUCCESSORS) break;
    }
  }
  const takeovers = new Set<string>();
  const impact = analysis.impact(t, state.departed);
  for (const p of impact?.projects ?? []) if (p.successor) takeovers.add(p.successor.id);

  const filterProject = state.filters.project;
  const filterMembers = filterProject === null ? null : new Set(membersOf(filterProject)?.keys() ?? []);
  const person = state.selectedPerson;
  const present = person !== null && town.person(person) !== undefined && town.isPresent(person, t);
  const neighbours = new Set(present ? town.tiesOf(person, t).map((e) => e.partner) : []);

  return scene({
    lang: state.lang,
    sizes,
    filters: state.filters,
    filterMembers,
    projectRoles,
    successorRank,
    departed,
    takeovers,
    selectedPerson: person,
    neighbours,
    matches: new Set(searchPeople(town, state.search, t)),
    hovered: state.hovered,
  });
}
