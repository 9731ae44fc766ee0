/**
 * The scene (描画の前提): what the node and edge reducers need to know besides a person's or a
 * tie's own attributes, derived once per change of the view from the view state and the town's
 * measures. Sets, not graph look-ups, so that each reducer call is O(1).
 *
 * @module
 */

import type { Lang, RoleName } from "@kankei/core";
import type { ViewFilters } from "../state/view-state.js";

/** Node attributes of the viewer's graph: the core's `PersonNode` and a position. */
export interface ViewerNode {
  name: string;
  origin: "local" | "outsider";
  sector?: string;
  role: RoleName | null;
  roles: Record<string, RoleName>;
  x: number;
  y: number;
}

/** Edge attributes of the viewer's graph: the core's `TieEdge`. */
export interface ViewerEdge {
  strength: "strong" | "weak";
  kind?: string;
  index: number;
}

/** Everything the reducers read besides the item's own attributes. */
export interface Scene {
  lang: Lang;
  /** Display size per person (pixels at zoom 1). */
  sizes: ReadonlyMap<string, number>;
  filters: Readonly<ViewFilters>;
  /** Members of `filters.project` at the date, when that filter is on. */
  filterMembers: ReadonlySet<string> | null;
  /** Members of the selected project with their roles, or null when none is selected. */
  projectRoles: ReadonlyMap<string, RoleName> | null;
  /** Ranked successors of the selected project (1 = readiest), shown with their rank. */
  successorRank: ReadonlyMap<string, number>;
  /** People who leave in the what-if. */
  departed: ReadonlySet<string>;
  /** People who would take over an orphaned project in the what-if. */
  takeovers: ReadonlySet<string>;
  selectedPerson: string | null;
  /** The selected person's partners at the date. */
  neighbours: ReadonlySet<string>;
  /** People matching the search. */
  matches: ReadonlySet<string>;
  hovered: string | null;
}

/** The parts of a {@link Scene} that have defaults. */
const EMPTY: Omit<Scene, "lang" | "sizes" | "filters"> = Object.freeze({
  filterMembers: null,
  projectRoles: null,
  successorRank: new Map<string, number>(),
  departed: new Set<string>(),
  takeovers: new Set<string>(),
  selectedPerson: null,
  neighbours: new Set<string>(),
  matches: new Set<string>(),
  hovered: null,
});

/**
 * A scene with nothing selected, filtered, searched or departed; `parts` override any field.
 *
 * @example
 * ```ts
 * import { scene } from "./scene.js";
 * const s = scene({ lang: "ja", sizes: new Map([["a", 5]]), filters: { strongOnly: false, outsidersOnly: false, project: null } });
 * s.projectRoles; // null
 * s.departed.size; // 0
 * ```
 */
export function scene(parts: Pick<Scene, "lang" | "sizes" | "filters"> & Partial<Scene>): Scene {
  return { ...EMPTY, ...parts };
}

/**
 * Whether a person is in the focus of the scene: with a project selected, its members; with a
 * person selected, that person and their partners; a search match always; with nothing
 * selected, everyone.
 *
 * @example
 * ```ts
 * import { scene, inFocus } from "./scene.js";
 * const base = { lang: "en" as const, sizes: new Map(), filters: { strongOnly: false, outsidersOnly: false, project: null } };
 * inFocus(scene(base), "a"); // true
 * inFocus(scene({ ...base, projectRoles: new Map([["b", "initiator"]]) }), "a"); // false
 * inFocus(scene({ ...base, selectedPerson: "b", neighbours: new Set(["a"]) }), "a"); // true
 * ```
 */
export function inFocus(s: Scene, id: string): boolean {
  if (s.matches.has(id)) return true;
  if (s.projectRoles !== null) return s.projectRoles.has(id);
  if (s.selectedPerson !== null) return id === s.selectedPerson || s.neighbours.has(id);
  return true;
}
