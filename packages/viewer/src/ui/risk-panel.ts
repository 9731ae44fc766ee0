/**
 * The succession-risk panel (後継リスク): the projects active at the date, most at risk first,
 * each with its level, risk and stand-ins; the selected project's initiators with their chance
 * of leaving, and its ranked successors with readiness and reasons; and, when the coordinator
 * asks "what if this person leaves", every project's level before and after and who would take
 * over (the core's `departureImpact`), recomputed at once.
 *
 * @module
 */

import type { Lang, DepartureImpactResult, ProjectDepartureImpact, ProjectSuccessionRisk, RiskLevel } from "@kankei/core";
import { formatFigure, message, roleLabel, type MessageKey } from "../i18n/messages.js";
import { candidateReasons, departureReason } from "../i18n/reasons.js";
import { LEVEL_COLORS } from "../display/palette.js";
import { h, replaceKeepingFocus } from "./dom.js";
import type { PanelContext } from "./panel-context.js";

/** Projects listed before "… and N more". */
export const LISTED_PROJECTS = 40;
/** Candidates listed for the selected project. */
export const LISTED_CANDIDATES = 8;

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
  const lang = ctx.state.lang;
  let text: string;
  if (!p.orphaned) text = message(lang, "stillInitiated");
  else if (p.successor) text = message(lang, "takesOver", { name: ctx.analysis.town.nameOf(p.successor.id), readiness: formatFigure(p.successor.readiness) });
  else text = message(lang, "nobodyReady");
  return h("div", { class: `kv-outcome${p.orphaned && !p.successor ? " kv-outcome-none" : ""}`, text });
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

function projectDetail(ctx: PanelContext, p: ProjectSuccessionRisk, after: ProjectDepartureImpact | undefined): HTMLElement {
  const lang = ctx.state.lang;
  const { town } = ctx.analysis;
  const risk = ctx.analysis.risk(ctx.state.date);
  const t = ctx.state.date;
  const candidates = p.candidates.filter((c) => !ctx.state.departed.includes(c.id)).slice(0, LISTED_CANDIDATES);
  return h("div", { class: "kv-detail", attrs: { "data-detail": p.project } }, [
    h("dl", { class: "kv-figures" }, [
      h("dt", { text: message(lang, "exposure") }),
      h("dd", { text: p.orphaned ? message(lang, "orphaned") : formatFigure(p.exposure) }),
      h("dt", { text: message(lang, "benchStrength") }),
      h("dd", { text: formatFigure(p.benchStrength) }),
      h("dt", { text: message(lang, "standIns") }),
      h("dd", { class: "kv-standins", text: p.standIns.length === 0 ? message(lang, "noStandIn") : p.standIns.map((id) => town.nameOf(id)).join("、") }),
    ]),
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
              h("span", { class: "kv-num", text: `${message(lang, "leaveChance")} ${formatFigure(i.q)}` }),
              " ",
              whatIfButton(ctx, i.id, `ini-x-${p.project}-${i.id}`),
              h("div", { class: "kv-reason", text: departureReason(town.person(i.id), i.q, t, risk.options, lang) }),
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
            h("li", { attrs: { "data-candidate": c.id, "data-standin": p.standIns.includes(c.id) ? "true" : "false" } }, [
              personButton(ctx, c.id, `cand-${p.project}-${c.id}`),
              " ",
              h("span", { class: "kv-role", text: roleLabel(lang, c.role) }),
              " ",
              h("span", { class: "kv-num", text: `${message(lang, "readiness")} ${formatFigure(c.readiness)}` }),
              p.standIns.includes(c.id) ? h("span", { class: "kv-standin-mark", text: ` ★ ${message(lang, "standIns")}` }) : null,
              " ",
              whatIfButton(ctx, c.id, `cand-x-${p.project}-${c.id}`),
              h("ul", { class: "kv-reasons", attrs: { "aria-label": message(lang, "reasons") } }, candidateReasons(c, risk.options, lang).map((r) => h("li", { text: r }))),
            ]),
          ),
        ),
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
  const score = (p: ProjectSuccessionRisk) => after.get(p.project)?.riskAfter ?? p.risk;
  const ranked = [...risk.projects].sort((a, b) => score(b) - score(a) || b.risk - a.risk || (a.name < b.name ? -1 : 1));
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
        h("span", { class: "kv-project-name", text: p.name }),
        " ",
        levelBadge(ctx, p.level),
        changed ? h("span", { class: "kv-arrow", text: " → " }) : null,
        changed ? levelBadge(ctx, a.levelAfter) : null,
        " ",
        h("span", { class: "kv-num", text: riskText(lang, p.risk, a?.riskAfter) }),
        " ",
        h("span", { class: "kv-standin-count", text: `${message(lang, "standIns")} ${p.standIns.length}` }),
      ],
    );
    return h("li", { class: `kv-project-item${isSelected ? " kv-selected" : ""}${changed ? " kv-changed" : ""}`, attrs: { "data-level": a?.levelAfter ?? p.level } }, [
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
