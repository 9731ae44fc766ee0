/**
 * The succession-risk panel (後継リスク): the projects active at the date, most at risk first
 * (the core's order: level, 仕掛け人不在 first, risk, id), each row opening with the 仕掛け人不在
 * badge when it has no initiator, then its level, risk and stand-ins; the selected project's
 * explanation, initiators with their chance of leaving, ranked successors with readiness and
 * reasons, and who could take over (the core's `handoverOptions`); and, when the coordinator
 * asks "what if this person leaves", every project's figures *after* the departure (the core's
 * `departureImpact`: the ranked candidates, stand-ins and successor as they would be), so the
 * panel never shows readiness from before next to an outcome from after. Every sentence about
 * a figure comes from the core's explainer; this panel only lays them out, and shows the
 * numbers beside them as the sentences do (the core's `formatFigure`, three significant digits).
 *
 * @module
 */

import {
  compareByRisk,
  explainDeparture,
  explainPathToReady,
  explainProject,
  explainReadiness,
  explainSuccessor,
  formatFigure as coreFigure,
  townNames,
  type DepartureImpactResult,
  type Lang,
  type ProjectDepartureImpact,
  type ProjectSuccessionRisk,
  type RiskLevel,
} from "@kankei/core";
import { formatFigure, message, roleLabel, type MessageKey } from "../i18n/messages.js";
import { LEVEL_COLORS } from "../display/palette.js";
import { h, replaceKeepingFocus } from "./dom.js";
import type { PanelContext } from "./panel-context.js";

/** Projects listed before "… and N more". */
export const LISTED_PROJECTS = 40;
/** Candidates listed for the selected project. */
export const LISTED_CANDIDATES = 8;
/** Possible successors listed under "who could take over". */
export const LISTED_HANDOVERS = 5;

const LEVEL_KEY: Record<RiskLevel, MessageKey> = {
  critical: "levelCritical",
  high: "levelHigh",
  moderate: "levelModerate",
  low: "levelLow",
};

/**
 * The risk of a project as the panel shows it: `リスク 0.18`, and `→ 0.52` after a what-if
 * when the rounded figure changes.
 *
 * @example
 * ```ts
 * import { riskText } from "./risk-panel.js";
 * riskText("ja", 0.18, undefined); // "リスク 0.18"
 * riskText("en", 0.18, 0.5249); // "risk 0.18 → 0.52"
 * riskText("en", 0.001, 0.002); // "risk 0.001 → 0.002"
 * riskText("en", 0.0001, 0.0002); // "risk 0"
 * ```
 */
export function riskText(lang: Lang, before: number, after: number | undefined): string {
  const digits = (x: number) => (x !== 0 && Math.abs(x) < 0.01 ? 3 : 2);
  const b = formatFigure(before, digits(before));
  const a = after === undefined ? b : formatFigure(after, digits(after));
  return `${message(lang, "risk")} ${b}${a !== b ? ` → ${a}` : ""}`;
}

function levelBadge(ctx: PanelContext, level: RiskLevel): HTMLElement {
  return h("span", {
    class: `kv-level kv-level-${level}`,
    text: message(ctx.state.lang, LEVEL_KEY[level]),
    style: { borderColor: LEVEL_COLORS[level] },
  });
}

function personButton(ctx: PanelContext, id: string, key: string): HTMLElement {
  const name = ctx.analysis.town.nameOf(id);
  return h("button", {
    class: "kv-link",
    key,
    text: name,
    attrs: { type: "button", "aria-label": message(ctx.state.lang, "selectPerson", { name }), "data-person": id },
    onClick: () => ctx.dispatch({ type: "selectPerson", person: id }),
  });
}

function whatIfButton(ctx: PanelContext, id: string, key: string): HTMLElement {
  const name = ctx.analysis.town.nameOf(id);
  const leaving = ctx.state.departed.includes(id);
  return h("button", {
    class: "kv-whatif",
    key,
    text: leaving ? message(ctx.state.lang, "whatIfUndo", { name }) : message(ctx.state.lang, "whatIfShort"),
    attrs: {
      type: "button",
      "aria-pressed": leaving ? "true" : "false",
      "aria-label": leaving ? message(ctx.state.lang, "whatIfUndo", { name }) : message(ctx.state.lang, "whatIf", { name }),
      "data-whatif": id,
    },
    onClick: () => ctx.dispatch({ type: "toggleDeparture", person: id }),
  });
}

function outcome(ctx: PanelContext, p: ProjectDepartureImpact): HTMLElement {
  const text = explainSuccessor(p.successorBasis, ctx.state.lang, townNames(ctx.analysis.town));
  return h("div", { class: `kv-outcome${p.orphaned && !p.successor ? " kv-outcome-none" : ""}`, text });
}

function orphanBadge(ctx: PanelContext): HTMLElement {
  return h("span", { class: "kv-level kv-orphaned", text: message(ctx.state.lang, "orphaned") });
}

function whatIfSection(ctx: PanelContext, impact: DepartureImpactResult): HTMLElement {
  const lang = ctx.state.lang;
  const changed = impact.projects.filter((p) => p.change > 1e-12 || p.orphaned);
  return h("section", { class: "kv-whatif-box", attrs: { "aria-label": message(lang, "whatIfTitle", { date: impact.date }) } }, [
    h("h3", { text: message(lang, "whatIfTitle", { date: impact.date }) }),
    h(
      "ul",
      { class: "kv-departed" },
      impact.departed.map((id) => h("li", {}, [personButton(ctx, id, `wi-p-${id}`), " ", whatIfButton(ctx, id, `wi-x-${id}`)])),
    ),
    h("p", { class: "kv-moved", text: message(lang, "movedToCritical", { count: impact.movedToCritical.length }) }),
    changed.length === 0 ? h("p", { text: message(lang, "whatIfNothing") }) : null,
    h("button", {
      key: "wi-clear",
      class: "kv-clear",
      text: message(lang, "whatIfClear"),
      attrs: { type: "button" },
      onClick: () => ctx.dispatch({ type: "setDepartures", people: [] }),
    }),
  ]);
}

function handoverSection(ctx: PanelContext, project: string): HTMLElement | null {
  const lang = ctx.state.lang;
  const options = ctx.analysis.handover(ctx.state.date, project);
  if (options.candidates.length === 0) return null;
  return h("section", { class: "kv-handover", attrs: { "aria-label": message(lang, "handoverTitle") } }, [
    h("h4", { text: message(lang, "handoverTitle") }),
    h(
      "ol",
      { class: "kv-handover-list" },
      options.candidates.slice(0, LISTED_HANDOVERS).map((c) => {
        const path = explainPathToReady(c.toReady, lang);
        return h("li", { attrs: { "data-handover": c.id, "data-ready": c.ready ? "true" : "false" } }, [
          personButton(ctx, c.id, `ho-${project}-${c.id}`),
          " ",
          h("span", { class: "kv-num", text: `${message(lang, "readiness")} ${coreFigure(c.readiness)}` }),
          " ",
          h("span", { class: c.ready ? "kv-ready" : "kv-not-ready", text: message(lang, c.ready ? "ready" : "notReady") }),
          " ",
          h("span", { class: "kv-num", text: `${message(lang, "riskAfterHandover")} ${coreFigure(c.riskAfter)}` }),
          path === null ? null : h("div", { class: "kv-reason", text: path }),
        ]);
      }),
    ),
  ]);
}

/**
 * The selected project: its figures as they stand, or after the what-if's departures when one
 * is active (`after` is then the core's `ProjectDepartureImpact`, whose `after` holds every
 * figure after the departures).
 */
function projectDetail(ctx: PanelContext, before: ProjectSuccessionRisk, after: ProjectDepartureImpact | undefined): HTMLElement {
  const lang = ctx.state.lang;
  const names = townNames(ctx.analysis.town);
  const risk = ctx.analysis.risk(ctx.state.date);
  const p = after?.after ?? before;
  const ex = explainProject(p, risk.options, lang, names);
  const candidates = p.candidates.slice(0, LISTED_CANDIDATES);
  return h("div", { class: "kv-detail", attrs: { "data-detail": p.project, "data-after": after ? "true" : "false" } }, [
    ex.orphaned === null ? null : h("p", { class: "kv-orphan-note", text: ex.orphaned }),
    h("ul", { class: "kv-explanation" }, [ex.risk, ex.exposure, ex.bench, ex.standIns].map((text) => h("li", { text }))),
    after ? outcome(ctx, after) : null,
    h("h4", { text: message(lang, "initiators") }),
    p.initiators.length === 0
      ? h("p", { text: message(lang, "orphaned") })
      : h(
          "ul",
          { class: "kv-initiators" },
          p.initiators.map((i) =>
            h("li", {}, [
              personButton(ctx, i.id, `ini-${p.project}-${i.id}`),
              " ",
              h("span", { class: "kv-num", text: `${message(lang, "leaveChance")} ${coreFigure(i.q)}` }),
              " ",
              whatIfButton(ctx, i.id, `ini-x-${p.project}-${i.id}`),
              h("div", { class: "kv-reason", text: explainDeparture(i.basis, i.q, lang) }),
            ]),
          ),
        ),
    h("h4", { text: message(lang, "candidates") }),
    candidates.length === 0
      ? h("p", { text: message(lang, "noCandidates") })
      : h(
          "ol",
          { class: "kv-successors" },
          candidates.map((c) =>
            h("li", { attrs: { "data-candidate": c.id, "data-standin": c.standIn ? "true" : "false" } }, [
              personButton(ctx, c.id, `cand-${p.project}-${c.id}`),
              " ",
              h("span", { class: "kv-role", text: roleLabel(lang, c.role) }),
              " ",
              h("span", { class: "kv-num", text: `${message(lang, "readiness")} ${coreFigure(c.readiness)}` }),
              c.standIn ? h("span", { class: "kv-standin-mark", text: ` ★ ${message(lang, "standIns")}` }) : null,
              " ",
              whatIfButton(ctx, c.id, `cand-x-${p.project}-${c.id}`),
              h("ul", { class: "kv-reasons", attrs: { "aria-label": message(lang, "reasons") } }, explainReadiness(c, risk.options, lang, names).map((r) => h("li", { text: r }))),
            ]),
          ),
        ),
    after ? null : handoverSection(ctx, p.project),
  ]);
}

/**
 * Rebuilds the risk panel inside `container` for the current view.
 *
 * @example
 * ```ts
 * import { renderRiskPanel } from "./risk-panel.js";
 * if (typeof document !== "undefined") {
 *   // renderRiskPanel(panel, { state, analysis, dispatch }): see mount.ts
 *   typeof renderRiskPanel; // "function"
 * }
 * ```
 */
export function renderRiskPanel(container: HTMLElement, ctx: PanelContext): void {
  const { state, analysis } = ctx;
  const lang = state.lang;
  const risk = analysis.risk(state.date);
  const impact = analysis.impact(state.date, state.departed);
  const after = new Map((impact?.projects ?? []).map((p) => [p.project, p]));
  // The core's order (level, orphaned first, risk, id), of the figures after a what-if when one is active.
  const shownFigures = (p: ProjectSuccessionRisk) => after.get(p.project)?.after ?? p;
  const ranked = impact === null ? risk.projects : [...risk.projects].sort((a, b) => compareByRisk(shownFigures(a), shownFigures(b)));
  const shown = ranked.slice(0, LISTED_PROJECTS);
  const selected = ranked.find((p) => p.project === state.selectedProject);
  if (selected && !shown.includes(selected)) shown.push(selected);

  const items = shown.map((p) => {
    const a = after.get(p.project);
    const isSelected = p.project === state.selectedProject;
    const changed = a !== undefined && a.levelAfter !== a.levelBefore;
    const button = h(
      "button",
      {
        class: "kv-project",
        key: `proj-${p.project}`,
        attrs: { type: "button", "aria-pressed": isSelected ? "true" : "false", "aria-expanded": isSelected ? "true" : "false", "data-project": p.project },
        onClick: () => ctx.dispatch({ type: "selectProject", project: isSelected ? null : p.project }),
      },
      [
        shownFigures(p).orphaned ? orphanBadge(ctx) : null,
        shownFigures(p).orphaned ? " " : null,
        h("span", { class: "kv-project-name", text: p.name }),
        " ",
        levelBadge(ctx, p.level),
        changed ? h("span", { class: "kv-arrow", text: " → " }) : null,
        changed ? levelBadge(ctx, a.levelAfter) : null,
        " ",
        h("span", { class: "kv-num", text: riskText(lang, p.risk, a?.riskAfter) }),
        " ",
        h("span", { class: "kv-standin-count", text: `${message(lang, "standIns")} ${shownFigures(p).standIns.length}` }),
      ],
    );
    const orphaned = shownFigures(p).orphaned;
    return h("li", { class: `kv-project-item${isSelected ? " kv-selected" : ""}${changed ? " kv-changed" : ""}`, attrs: { "data-level": a?.levelAfter ?? p.level, "data-orphaned": orphaned ? "true" : "false" } }, [
      button,
      a && a.orphaned && !isSelected ? outcome(ctx, a) : null,
      isSelected ? projectDetail(ctx, p, a) : null,
    ]);
  });

  replaceKeepingFocus(container, [
    h("h2", { text: message(lang, "riskTitle") }),
    impact ? whatIfSection(ctx, impact) : null,
    h("p", { class: "kv-intro", text: message(lang, "riskIntro", { date: state.date }) }),
    risk.projects.length === 0 ? h("p", { text: message(lang, "riskNone") }) : h("ol", { class: "kv-projects" }, items),
    ranked.length > shown.length ? h("p", { text: message(lang, "moreProjects", { count: ranked.length - shown.length }) }) : null,
  ]);
}
