/**
 * The town summary (町の概要): people present at the date by highest role and origin, ties
 * by strength, the weak-tie reach of the projects' cores (how many people the initiators and
 * cooperators reach within two hops, and how many only through weak ties), and circulation
 * over the five years before the date (new initiators grown from within, initiators who
 * stepped back rather than left, outsiders who reached a core, role changes per person-year).
 *
 * @module
 */

import { ORIGINS, ROLES, TERMS } from "@kankei/core";
import { formatFigure, formatShare, message, roleLabel } from "../i18n/messages.js";
import { h, replaceKeepingFocus } from "./dom.js";
import type { PanelContext } from "./panel-context.js";

/**
 * Rebuilds the summary panel inside `container` for the current view.
 *
 * @example
 * ```ts
 * import { renderSummaryPanel } from "./summary-panel.js";
 * if (typeof document !== "undefined") {
 *   // renderSummaryPanel(panel, { state, analysis, dispatch }): see mount.ts
 *   typeof renderSummaryPanel; // "function"
 * }
 * ```
 */
export function renderSummaryPanel(container: HTMLElement, ctx: PanelContext): void {
  const { state, analysis } = ctx;
  const lang = state.lang;
  const t = state.date;
  const s = analysis.summary(t);
  const reach = analysis.reach(t);
  const circ = analysis.circulation(t);
  const rows = [...ROLES, "none" as const];
  const table = h("table", { class: "kv-table kv-by-role" }, [
    h("caption", { text: message(lang, "peopleByRole") }),
    h("thead", {}, [
      h("tr", {}, [
        h("th", { text: message(lang, "role"), attrs: { scope: "col" } }),
        ...ORIGINS.map((o) => h("th", { text: TERMS[lang].origin[o], attrs: { scope: "col" } })),
        h("th", { text: message(lang, "total"), attrs: { scope: "col" } }),
      ]),
    ]),
    h("tbody", {}, [
      ...rows.map((r) =>
        h("tr", {}, [
          h("th", { text: roleLabel(lang, r === "none" ? null : r), attrs: { scope: "row" } }),
          ...ORIGINS.map((o) => h("td", { text: String(s.people.byRole[r][o]) })),
          h("td", { text: String(s.people.byRole[r].local + s.people.byRole[r].outsider) }),
        ]),
      ),
      h("tr", { class: "kv-total" }, [
        h("th", { text: message(lang, "total"), attrs: { scope: "row" } }),
        ...ORIGINS.map((o) => h("td", { text: String(s.people.byOrigin[o]) })),
        h("td", { text: String(s.people.present) }),
      ]),
    ]),
  ]);
  const pair = (label: string, value: string) => [h("dt", { text: label }), h("dd", { text: value })];
  replaceKeepingFocus(container, [
    h("h2", { text: `${message(lang, "summaryTitle")} (${t})` }),
    table,
    h("h3", { text: message(lang, "tiesTitle") }),
    h("dl", { class: "kv-figures" }, [
      ...pair(TERMS[lang].strength.strong, String(s.ties.byStrength.strong)),
      ...pair(TERMS[lang].strength.weak, String(s.ties.byStrength.weak)),
    ]),
    h("h3", { text: message(lang, "weakReachTitle") }),
    h("dl", { class: "kv-figures", attrs: { "data-figure": "weak-tie-reach" } }, [
      ...pair(message(lang, "weakReachAll"), String(reach.all)),
      ...pair(message(lang, "weakReachStrong"), String(reach.strongOnly)),
      ...pair(message(lang, "weakReachGain"), `${reach.gain} (${formatShare(reach.gainShare)})`),
      ...pair(message(lang, "weakReachOutsiders", { gain: reach.outsiders.gain }), String(reach.outsiders.all)),
    ]),
    h("h3", { text: message(lang, "circulationTitle", { from: circ.from, to: circ.to }) }),
    h("dl", { class: "kv-figures", attrs: { "data-figure": "circulation" } }, [
      ...pair(message(lang, "newInitiators"), String(circ.newInitiators.count)),
      ...pair(message(lang, "grownWithin"), formatShare(circ.newInitiators.shareInTown)),
      ...pair(message(lang, "steppedBack"), formatShare(circ.departingInitiators.shareInTown)),
      ...pair(message(lang, "outsidersToCore"), String(circ.outsidersToCore.people)),
      ...pair(message(lang, "changeRate"), formatFigure(circ.changeRate.perPersonYear)),
    ]),
  ]);
}
