/**
 * The edge reducer (紐帯の表示): how one tie is drawn. Strong ties (強い紐帯) thick and dark,
 * weak ties (弱い紐帯) thin and light (1-pixel lines, cheap to draw even at 50,000 ties); hidden by the "strong ties only" filter; ties of a
 * leaver in the what-if faded (they end); inside the focus (the selected project's members,
 * the selected person's ties) drawn darker, outside it faded. Pure: returns a new object.
 * Ties whose ends are hidden are hidden by sigma itself.
 *
 * Complexity: O(1) per tie.
 *
 * @module
 */

import { COLORS } from "./palette.js";
import type { Scene, ViewerEdge } from "./scene.js";

/** Width of a strong and of a weak tie, in pixels at zoom 1. */
export const TIE_WIDTH = Object.freeze({ strong: 2.2, weak: 0.6 });

/** The programs that draw ties: strong ties as thick quads, weak ties as 1-pixel lines. */
export const EDGE_PROGRAMS = Object.freeze({ strong: "line", weak: "thin" } as const);

/** What sigma draws for a tie. */
export interface EdgeDisplay extends ViewerEdge {
  type: (typeof EDGE_PROGRAMS)[keyof typeof EDGE_PROGRAMS];
  size: number;
  color: string;
  hidden: boolean;
  zIndex: number;
}

/**
 * The display of one tie between `source` and `target` in a scene.
 *
 * @example
 * ```ts
 * import { edgeDisplay } from "./edge-reducer.js";
 * import { scene } from "./scene.js";
 * const s = scene({ lang: "en", sizes: new Map(), filters: { strongOnly: true, outsidersOnly: false, project: null } });
 * edgeDisplay({ strength: "strong", index: 0 }, "a", "b", s).size; // 2.2
 * edgeDisplay({ strength: "weak", index: 1 }, "a", "b", s).hidden; // true
 * edgeDisplay({ strength: "strong", index: 0 }, "a", "b", { ...s, departed: new Set(["a"]) }).color; // "#F0F0F0"
 * ```
 */
export function edgeDisplay(edge: ViewerEdge, source: string, target: string, s: Scene): EdgeDisplay {
  const strong = edge.strength === "strong";
  let color: string = strong ? COLORS.strongTie : COLORS.weakTie;
  let size: number = strong ? TIE_WIDTH.strong : TIE_WIDTH.weak;
  let zIndex = strong ? 1 : 0;
  const hidden = s.filters.strongOnly && !strong;
  if (s.departed.has(source) || s.departed.has(target)) {
    color = COLORS.dimmedTie;
    zIndex = 0;
  } else if (s.projectRoles !== null) {
    if (s.projectRoles.has(source) && s.projectRoles.has(target)) {
      color = strong ? COLORS.focusTie : COLORS.strongTie;
      zIndex = 2;
    } else color = COLORS.dimmedTie;
  } else if (s.selectedPerson !== null) {
    if (source === s.selectedPerson || target === s.selectedPerson) {
      color = strong ? COLORS.focusTie : COLORS.strongTie;
      size = Math.max(size, 1.2);
      zIndex = 2;
    } else color = COLORS.dimmedTie;
  }
  return { ...edge, type: EDGE_PROGRAMS[edge.strength], size, color, hidden, zIndex };
}
