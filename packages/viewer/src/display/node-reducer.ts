/**
 * The node reducer (人物の表示): how one person is drawn, derived from their attributes and the
 * {@link Scene}. Pure: it returns a new object `{ ...attributes, ...display }` and never writes
 * to the graph. The domain attributes (`name`, `origin`, `role`, `roles`) keep their names;
 * the display attributes use sigma's (`color`, `size`, `label`, `hidden`, `type`, …) and the
 * node-border program's (`borderColor`, `borderSize`).
 *
 * Rules, in order: hidden by the filters (outsiders only, one project); fill by highest
 * current role (Okabe–Ito), a dark border for outsiders; the what-if's leavers white with a
 * reddish-purple border; dimmed outside the focus (selected project or person); labels and
 * highlights for the selected person, the project's initiators and ranked successors, the
 * what-if's successors, search matches and the hovered person.
 *
 * Complexity: O(1) per person.
 *
 * @module
 */

import { message } from "../i18n/messages.js";
import { COLORS, roleColor } from "./palette.js";
import { inFocus, type Scene, type ViewerNode } from "./scene.js";

/** The program that draws people (from `@sigma/node-border`). */
export const NODE_PROGRAM = "bordered";

/** Size of a person when the scene gives none. */
export const DEFAULT_NODE_SIZE = 4;

/** Border width of an outsider, relative to the node's size. */
export const OUTSIDER_BORDER = 0.35;

/** What sigma draws for a person: the attributes and the display fields. */
export interface NodeDisplay extends ViewerNode {
  type: typeof NODE_PROGRAM;
  size: number;
  color: string;
  label: string;
  hidden: boolean;
  borderColor: string;
  borderSize: number;
  zIndex: number;
  highlighted: boolean;
  forceLabel: boolean;
}

/**
 * The display of one person in a scene.
 *
 * @example
 * ```ts
 * import { nodeDisplay } from "./node-reducer.js";
 * import { scene } from "./scene.js";
 * const s = scene({ lang: "en", sizes: new Map([["a", 7]]), filters: { strongOnly: false, outsidersOnly: true, project: null } });
 * const a = { name: "Aoki", origin: "outsider" as const, role: "initiator" as const, roles: {}, x: 0, y: 0 };
 * nodeDisplay("a", a, s).color; // "#D55E00"
 * nodeDisplay("a", a, s).borderColor; // "#1A1A1A"
 * nodeDisplay("a", a, s).size; // 7
 * nodeDisplay("a", { ...a, origin: "local" }, s).hidden; // true
 * ```
 */
export function nodeDisplay(id: string, node: ViewerNode, s: Scene): NodeDisplay {
  const outsider = node.origin === "outsider";
  const hidden =
    (s.filters.outsidersOnly && !outsider) || (s.filterMembers !== null && !s.filterMembers.has(id));
  let color = roleColor(node.role);
  let borderColor = outsider ? COLORS.outsiderBorder : color;
  let borderSize = outsider ? OUTSIDER_BORDER : 0;
  let label = node.name;
  let zIndex = 1;
  let highlighted = false;
  let forceLabel = false;

  if (s.departed.has(id)) {
    color = COLORS.departedFill;
    borderColor = COLORS.departedBorder;
    borderSize = 0.45;
    label = message(s.lang, "labelLeaves", { name: node.name });
    forceLabel = true;
    zIndex = 3;
  } else if (!inFocus(s, id)) {
    color = COLORS.dimmed;
    borderColor = outsider ? COLORS.dimmedBorder : COLORS.dimmed;
    label = "";
    zIndex = 0;
  } else if (s.projectRoles !== null) {
    zIndex = 2;
    const rank = s.successorRank.get(id);
    if (s.projectRoles.get(id) === "initiator") (highlighted = true), (forceLabel = true), (zIndex = 4);
    else if (rank !== undefined) {
      label = message(s.lang, "labelSuccessor", { rank, name: node.name });
      forceLabel = true;
      zIndex = 3;
    }
  }
  if (s.takeovers.has(id)) {
    label = message(s.lang, "labelTakesOver", { name: node.name });
    forceLabel = true;
    highlighted = true;
    zIndex = 4;
  }
  if (id === s.selectedPerson || id === s.hovered || s.matches.has(id)) {
    highlighted = true;
    forceLabel = true;
    zIndex = 5;
  }
  return {
    ...node,
    type: NODE_PROGRAM,
    size: s.sizes.get(id) ?? DEFAULT_NODE_SIZE,
    color,
    label,
    hidden,
    borderColor,
    borderSize,
    zIndex,
    highlighted,
    forceLabel,
  };
}
