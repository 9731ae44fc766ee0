/**
 * The legend (凡例): the colour of each highest current role, how outsiders are told apart
 * (a dark border), how strong and weak ties are drawn, what sizes people, and, in the
 * circular-model layout, how the rings and sides read.
 *
 * @module
 */

import { message, roleLabel, type MessageKey } from "../i18n/messages.js";
import { COLORS, ROLE_COLORS, ROLE_KEYS } from "../display/palette.js";
import { TIE_WIDTH } from "../display/edge-reducer.js";
import { h, replaceKeepingFocus } from "./dom.js";
import type { PanelContext } from "./panel-context.js";

const SIZE_KEY = { degree: "sizeDegree", betweenness: "sizeBetweenness", reach: "sizeReach" } as const satisfies Record<string, MessageKey>;

/**
 * Rebuilds the legend inside `container` for the current view.
 *
 * @example
 * ```ts
 * import { renderLegend } from "./legend.js";
 * if (typeof document !== "undefined") {
 *   // renderLegend(panel, { state, analysis, dispatch }): see mount.ts
 *   typeof renderLegend; // "function"
 * }
 * ```
 */
export function renderLegend(container: HTMLElement, ctx: PanelContext): void {
  const lang = ctx.state.lang;
  const dot = (fill: string, border: string, width: number) =>
    h("span", { class: "kv-swatch", attrs: { "aria-hidden": "true" }, style: { background: fill, boxShadow: `inset 0 0 0 ${width}px ${border}` } });
  const line = (color: string, width: number) =>
    h("span", { class: "kv-line", attrs: { "aria-hidden": "true" }, style: { borderTop: `${Math.max(1, width * 1.5)}px solid ${color}` } });
  replaceKeepingFocus(container, [
    h("h2", { text: message(lang, "legend") }),
    h("h3", { text: message(lang, "legendRole") }),
    h(
      "ul",
      { class: "kv-legend-list" },
      ROLE_KEYS.map((r) => h("li", {}, [dot(ROLE_COLORS[r], ROLE_COLORS[r], 0), " ", r === "none" ? message(lang, "legendNoRole") : roleLabel(lang, r)])),
    ),
    h("h3", { text: message(lang, "legendOrigin") }),
    h("ul", { class: "kv-legend-list" }, [
      h("li", {}, [dot("#FFFFFF", "#B8B8B8", 1), " ", message(lang, "legendLocal")]),
      h("li", {}, [dot("#FFFFFF", COLORS.outsiderBorder, 4), " ", message(lang, "legendOutsider")]),
    ]),
    h("h3", { text: message(lang, "legendTies") }),
    h("ul", { class: "kv-legend-list" }, [
      h("li", {}, [line(COLORS.strongTie, TIE_WIDTH.strong), " ", message(lang, "legendStrong")]),
      h("li", {}, [line(COLORS.weakTie, TIE_WIDTH.weak), " ", message(lang, "legendWeak")]),
    ]),
    h("p", { text: message(lang, "legendSize", { measure: message(lang, SIZE_KEY[ctx.state.sizeBy]) }) }),
    ctx.state.layout === "circular" ? h("p", { class: "kv-note", text: message(lang, "legendCircular") }) : null,
  ]);
}
