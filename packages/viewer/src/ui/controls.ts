/**
 * The viewer's controls (操作部): opening files, the language switch and the exports in the
 * toolbar; search, the date slider with play, the layout, the size measure and the filters
 * below it. Built from the view state; rebuilt when the language or the town changes, and
 * otherwise only synchronised (so typing in the search box or dragging the slider is never
 * interrupted). Every control is a native form element or button, reachable by keyboard.
 *
 * @module
 */

import { LANGS, message, type MessageKey } from "../i18n/messages.js";
import { positionOf } from "../state/timeline.js";
import type { LayoutName, SizeMeasure } from "../state/view-state.js";
import { searchPeople } from "../analysis/search.js";
import { h, replaceKeepingFocus } from "./dom.js";
import type { PanelContext } from "./panel-context.js";

/** What the controls ask the viewer to do besides changing the view. */
export interface ControlCallbacks {
  openFiles: (files: readonly File[]) => void;
  exportPng: () => void;
  exportJson: () => void;
  exportGexf: () => void;
  togglePlay: () => void;
  rerunLayout: () => void;
}

/** Search results listed under the search box. */
export const LISTED_MATCHES = 8;

const LAYOUTS: readonly [LayoutName, MessageKey][] = [
  ["circular", "layoutCircular"],
  ["forceatlas2", "layoutForceAtlas2"],
];
const SIZES: readonly [SizeMeasure, MessageKey][] = [
  ["degree", "sizeDegree"],
  ["betweenness", "sizeBetweenness"],
  ["reach", "sizeReach"],
];

/**
 * Rebuilds the toolbar (title, status, open, language, exports) inside `container`.
 *
 * @example
 * ```ts
 * import { renderToolbar } from "./controls.js";
 * if (typeof document !== "undefined") {
 *   // renderToolbar(toolbar, { state, analysis, dispatch }, callbacks, status): see mount.ts
 *   typeof renderToolbar; // "function"
 * }
 * ```
 */
export function renderToolbar(container: HTMLElement, ctx: PanelContext, on: ControlCallbacks, status: HTMLElement): void {
  const lang = ctx.state.lang;
  const input = h("input", {
    key: "open",
    attrs: { type: "file", id: "kv-file-input", multiple: true, accept: ".json,.csv,.txt,.tsv,application/json,text/csv,text/plain,text/tab-separated-values", "data-role": "open-files" },
  });
  input.addEventListener("change", () => {
    const files = Array.from(input.files ?? []);
    input.value = "";
    if (files.length > 0) on.openFiles(files);
  });
  const langSelect = h(
    "select",
    { key: "lang", attrs: { "aria-label": message(lang, "language"), "data-role": "language" } },
    LANGS.map((l) => h("option", { text: l === "ja" ? "日本語" : "English", attrs: { value: l, selected: l === lang } })),
  );
  langSelect.addEventListener("change", () => ctx.dispatch({ type: "setLang", lang: langSelect.value === "ja" ? "ja" : "en" }));
  const exportButton = (key: MessageKey, role: string, run: () => void) =>
    h("button", { key: role, text: message(lang, key), attrs: { type: "button", "data-role": role }, onClick: run });

  replaceKeepingFocus(container, [
    h("h1", { text: message(lang, "appTitle") }),
    status,
    h("span", { class: "kv-group kv-file", attrs: { title: message(lang, "openHint") } }, [
      input,
      h("label", { text: message(lang, "openTown"), attrs: { for: "kv-file-input" } }),
    ]),
    h("span", { class: "kv-group", attrs: { role: "group", "aria-label": message(lang, "exportTitle") } }, [
      h("span", { text: `${message(lang, "exportTitle")}:` }),
      exportButton("exportPng", "export-png", on.exportPng),
      exportButton("exportJson", "export-json", on.exportJson),
      exportButton("exportGexf", "export-gexf", on.exportGexf),
    ]),
    h("label", { class: "kv-group" }, [message(lang, "language"), langSelect]),
  ]);
}

/**
 * Rebuilds the controls below the toolbar (search, date, layout, size, filters) inside `container`.
 *
 * @example
 * ```ts
 * import { renderControls } from "./controls.js";
 * if (typeof document !== "undefined") {
 *   // renderControls(bar, { state, analysis, dispatch }, callbacks): see mount.ts
 *   typeof renderControls; // "function"
 * }
 * ```
 */
export function renderControls(container: HTMLElement, ctx: PanelContext, on: ControlCallbacks): void {
  const { state, analysis } = ctx;
  const lang = state.lang;
  const dates = analysis.dates;

  // search
  const results = h("ul", { class: "kv-search-results", attrs: { "data-role": "search-results" } });
  const search = h("input", {
    key: "search",
    attrs: { type: "search", placeholder: message(lang, "searchPlaceholder"), "aria-label": message(lang, "search"), value: state.search, "data-role": "search" },
  });
  search.value = state.search;
  const showResults = () => {
    const ids = searchPeople(analysis.town, search.value, ctx.state.date);
    const items = ids.slice(0, LISTED_MATCHES).map((id, k) =>
      h("li", {}, [
        h("button", {
          class: "kv-link",
          key: `match-${k}`,
          text: analysis.town.personName(id),
          attrs: { type: "button", "data-person": id },
          onClick: () => ctx.dispatch({ type: "selectPerson", person: id }),
        }),
      ]),
    );
    if (search.value.trim() !== "" && ids.length === 0) items.push(h("li", { text: message(lang, "searchNone") }));
    if (ids.length > LISTED_MATCHES) items.push(h("li", { text: message(lang, "searchMore", { count: ids.length - LISTED_MATCHES }) }));
    replaceKeepingFocus(results, items);
  };
  search.addEventListener("input", () => {
    ctx.dispatch({ type: "setSearch", search: search.value });
    showResults();
  });
  search.addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      const first = searchPeople(analysis.town, search.value, ctx.state.date)[0];
      if (first !== undefined) ctx.dispatch({ type: "selectPerson", person: first });
    } else if (e.key === "Escape") {
      search.value = "";
      ctx.dispatch({ type: "setSearch", search: "" });
      showResults();
    }
  });
  if (state.search !== "") showResults();

  // date
  const slider = h("input", {
    key: "date",
    class: "kv-date-slider",
    attrs: {
      type: "range",
      min: 0,
      max: Math.max(0, dates.length - 1),
      step: 1,
      value: positionOf(dates, state.date),
      "aria-label": message(lang, "date"),
      "aria-valuetext": state.date,
      "data-role": "date",
    },
  });
  slider.addEventListener("input", () => {
    const d = dates[Number(slider.value)];
    if (d !== undefined) ctx.dispatch({ type: "setDate", date: d });
  });
  const play = h("button", {
    key: "play",
    text: message(lang, state.playing ? "pause" : "play"),
    attrs: { type: "button", "aria-pressed": state.playing ? "true" : "false", "data-role": "play" },
    onClick: on.togglePlay,
  });

  const select = <T extends string>(key: string, label: MessageKey, options: readonly [T, string][], value: T, change: (v: T) => void) => {
    const el = h(
      "select",
      { key, attrs: { "data-role": key } },
      options.map(([v, text]) => h("option", { text, attrs: { value: v, selected: v === value } })),
    );
    el.value = value;
    el.addEventListener("change", () => change(el.value as T));
    return h("label", { class: "kv-group" }, [message(lang, label), el]);
  };
  const check = (key: string, label: MessageKey, checked: boolean, change: (v: boolean) => void) => {
    const el = h("input", { key, attrs: { type: "checkbox", checked, "data-role": key } });
    el.checked = checked;
    el.addEventListener("change", () => change(el.checked));
    return h("label", { class: "kv-group" }, [el, message(lang, label)]);
  };
  const projects = analysis.town.projects.map((p) => [p.id, p.name ?? p.id] as [string, string]);

  replaceKeepingFocus(container, [
    h("span", { class: "kv-group kv-search" }, [h("label", { text: message(lang, "search"), attrs: { for: "kv-search" } }), search, results]),
    h("span", { class: "kv-group", attrs: { role: "group", "aria-label": message(lang, "date") } }, [
      h("span", { text: message(lang, "date") }),
      slider,
      h("output", { class: "kv-date-label", text: state.date, attrs: { "data-role": "date-label", "aria-live": "polite" } }),
      play,
    ]),
    select("layout", "layout", LAYOUTS.map(([v, k]) => [v, message(lang, k)] as [LayoutName, string]), state.layout, (layout) => ctx.dispatch({ type: "setLayout", layout })),
    state.layout === "forceatlas2"
      ? h("button", { key: "rerun", text: message(lang, "runLayout"), attrs: { type: "button", "data-role": "rerun-layout" }, onClick: on.rerunLayout })
      : null,
    select("size", "sizeBy", SIZES.map(([v, k]) => [v, message(lang, k)] as [SizeMeasure, string]), state.sizeBy, (sizeBy) => ctx.dispatch({ type: "setSizeBy", sizeBy })),
    h("span", { class: "kv-group", attrs: { role: "group", "aria-label": message(lang, "filters") } }, [
      h("span", { text: `${message(lang, "filters")}:` }),
      check("strong-only", "strongOnly", state.filters.strongOnly, (v) => ctx.dispatch({ type: "setFilter", filter: { strongOnly: v } })),
      check("outsiders-only", "outsidersOnly", state.filters.outsidersOnly, (v) => ctx.dispatch({ type: "setFilter", filter: { outsidersOnly: v } })),
      select<string>("project-filter", "projectFilter", [["", message(lang, "allProjects")], ...projects], state.filters.project ?? "", (v) =>
        ctx.dispatch({ type: "setFilter", filter: { project: v === "" ? null : v } }),
      ),
    ]),
  ]);
  search.id = "kv-search";
}
