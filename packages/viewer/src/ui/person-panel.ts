/**
 * The person panel (人物): the selected person's origin, sector and tenure, their roles over
 * time (every role record, with the current ones marked), their ties at the date (partners
 * can be selected in turn), and their reach within two hops over all ties, over strong ties
 * only, and the gain that only weak ties give (弱い紐帯の到達範囲).
 *
 * @module
 */

import { TERMS } from "@kankei/core";
import { message, roleLabel } from "../i18n/messages.js";
import { h, replaceKeepingFocus } from "./dom.js";
import type { PanelContext } from "./panel-context.js";

/** Ties listed before "… and N more". */
export const LISTED_TIES = 30;

/**
 * Rebuilds the person panel inside `container` for the current view.
 *
 * @example
 * ```ts
 * import { renderPersonPanel } from "./person-panel.js";
 * if (typeof document !== "undefined") {
 *   // renderPersonPanel(panel, { state, analysis, dispatch }): see mount.ts
 *   typeof renderPersonPanel; // "function"
 * }
 * ```
 */
export function renderPersonPanel(container: HTMLElement, ctx: PanelContext): void {
  const { state, analysis } = ctx;
  const { town } = analysis;
  const lang = state.lang;
  const id = state.selectedPerson;
  const person = id === null ? undefined : town.person(id);
  if (id === null || person === undefined) {
    replaceKeepingFocus(container, [h("h2", { text: message(lang, "personTitle") }), h("p", { text: message(lang, "personNone") })]);
    return;
  }
  const t = state.date;
  const name = town.personName(id);
  const present = town.isPresent(id, t);
  const leaving = state.departed.includes(id);
  const facts = h("dl", { class: "kv-figures" }, [
    h("dt", { text: message(lang, "origin") }),
    h("dd", { text: TERMS[lang].origin[person.origin] }),
    person.sector ? h("dt", { text: message(lang, "sector") }) : null,
    person.sector ? h("dd", { text: TERMS[lang].sector[person.sector] }) : null,
    person.tenureEnds ? h("dt", { text: message(lang, "tenureEnds") }) : null,
    person.tenureEnds ? h("dd", { text: person.tenureEnds }) : null,
  ]);

  const history = town.roleHistory(id);
  const rolesTable = h("table", { class: "kv-table" }, [
    h("caption", { text: message(lang, "rolesOverTime") }),
    h("thead", {}, [h("tr", {}, [h("th", { text: message(lang, "project"), attrs: { scope: "col" } }), h("th", { text: message(lang, "role"), attrs: { scope: "col" } }), h("th", { text: message(lang, "from"), attrs: { scope: "col" } }), h("th", { text: message(lang, "to"), attrs: { scope: "col" } })])]),
    h(
      "tbody",
      {},
      history.map((r) => {
        const current = town.roleAt(id, r.project, t) === r.role && (r.from ?? "") <= t && (r.to === undefined || t < r.to);
        return h("tr", { class: current ? "kv-current" : "" }, [
          h("td", {}, [
            h("button", {
              class: "kv-link",
              key: `pp-proj-${r.project}-${r.from ?? ""}`,
              text: town.projectName(r.project),
              attrs: { type: "button", "data-project": r.project },
              onClick: () => ctx.dispatch({ type: "selectProject", project: r.project }),
            }),
          ]),
          h("td", { text: roleLabel(lang, r.role) + (current ? ` (${message(lang, "now")})` : "") }),
          h("td", { text: r.from ?? "…" }),
          h("td", { text: r.to ?? message(lang, "open") }),
        ]);
      }),
    ),
  ]);

  const ties = present ? town.tiesOf(id, t) : [];
  const tiesList = h("ul", { class: "kv-ties" }, [
    ...ties.slice(0, LISTED_TIES).map((e) =>
      h("li", {}, [
        h("button", {
          class: "kv-link",
          key: `pp-tie-${e.partner}`,
          text: town.personName(e.partner),
          attrs: { type: "button", "data-person": e.partner },
          onClick: () => ctx.dispatch({ type: "selectPerson", person: e.partner }),
        }),
        " ",
        h("span", { class: `kv-strength kv-strength-${e.strength}`, text: TERMS[lang].strength[e.strength] }),
      ]),
    ),
    ties.length > LISTED_TIES ? h("li", { text: message(lang, "moreTies", { count: ties.length - LISTED_TIES }) }) : null,
  ]);

  const reach = present ? analysis.reach(t).perPerson?.find((p) => p.id === id) : undefined;
  const reachList = reach
    ? h("dl", { class: "kv-figures kv-reach" }, [
        h("dt", { text: message(lang, "reachAll") }),
        h("dd", { text: String(reach.all) }),
        h("dt", { text: message(lang, "reachStrong") }),
        h("dd", { text: String(reach.strongOnly) }),
        h("dt", { text: message(lang, "reachGain") }),
        h("dd", { text: String(reach.gain) }),
      ])
    : null;

  replaceKeepingFocus(container, [
    h("h2", { text: `${message(lang, "personTitle")}: ${name}` }),
    present ? null : h("p", { text: message(lang, "personAbsent", { name, date: t }) }),
    facts,
    present
      ? h("button", {
          class: "kv-whatif",
          key: "pp-whatif",
          text: leaving ? message(lang, "whatIfUndo", { name }) : message(lang, "whatIf", { name }),
          attrs: { type: "button", "aria-pressed": leaving ? "true" : "false", "data-whatif": id },
          onClick: () => ctx.dispatch({ type: "toggleDeparture", person: id }),
        })
      : null,
    rolesTable,
    h("h3", { text: message(lang, "tiesAt", { date: t }) }),
    ties.length === 0 ? h("p", { text: message(lang, "noTies") }) : tiesList,
    reachList ? h("h3", { text: message(lang, "reachTitle") }) : null,
    reachList,
  ]);
}
