/**
 * The viewer's view state (表示状態) and its reducer: everything the coordinator has chosen
 * (date, selection, what-if, filters, layout, size measure, language, search), in one small
 * immutable object. Every change is an action; {@link reduceView} returns a new state, or the
 * same object when nothing changed (so the viewer can skip work). The graph's colours and
 * sizes and the panels are all derived from this state and the town; nothing else is stored.
 *
 * @module
 */

import type { IsoDate, Lang } from "@kankei/core";

/** How people are placed. */
export type LayoutName = "circular" | "forceatlas2";
/** The measure that sizes people. */
export type SizeMeasure = "degree" | "betweenness" | "reach";

/** Filters of the graph. */
export interface ViewFilters {
  /** Hide weak ties. */
  strongOnly: boolean;
  /** Hide locals. */
  outsidersOnly: boolean;
  /** Show only the members of this project, or everyone when null. */
  project: string | null;
}

/** The view state. */
export interface ViewState {
  /** The date the viewer shows. */
  date: IsoDate;
  lang: Lang;
  layout: LayoutName;
  sizeBy: SizeMeasure;
  /** The project selected in the risk panel or the handle, or null. */
  selectedProject: string | null;
  /** The person selected in the graph, a panel, the search or the handle, or null. */
  selectedPerson: string | null;
  /** The person under the pointer, or null. */
  hovered: string | null;
  /** The people who leave in the what-if, in the order chosen (empty: no what-if). */
  departed: readonly string[];
  filters: Readonly<ViewFilters>;
  /** The search text (empty: no search). */
  search: string;
  /** True while the date slider plays. */
  playing: boolean;
}

/** What can happen to the view. */
export type ViewAction =
  | { type: "setDate"; date: IsoDate }
  | { type: "setLang"; lang: Lang }
  | { type: "setLayout"; layout: LayoutName }
  | { type: "setSizeBy"; sizeBy: SizeMeasure }
  | { type: "selectProject"; project: string | null }
  | { type: "selectPerson"; person: string | null }
  | { type: "hover"; person: string | null }
  | { type: "toggleDeparture"; person: string }
  | { type: "setDepartures"; people: readonly string[] }
  | { type: "setFilter"; filter: Partial<ViewFilters> }
  | { type: "setSearch"; search: string }
  | { type: "setPlaying"; playing: boolean }
  | { type: "newTown"; date: IsoDate };

/** The filters when nothing is filtered. */
export const NO_FILTERS: Readonly<ViewFilters> = Object.freeze({ strongOnly: false, outsidersOnly: false, project: null });

/**
 * The view state of a freshly opened town.
 *
 * @example
 * ```ts
 * import { initialViewState } from "./view-state.js";
 * const s = initialViewState("2025-04-01", "ja");
 * s.layout; // "circular"
 * s.departed; // []
 * ```
 */
export function initialViewState(date: IsoDate, lang: Lang, options: { layout?: LayoutName; sizeBy?: SizeMeasure } = {}): ViewState {
  return Object.freeze({
    date,
    lang,
    layout: options.layout ?? "circular",
    sizeBy: options.sizeBy ?? "degree",
    selectedProject: null,
    selectedPerson: null,
    hovered: null,
    departed: Object.freeze([]) as readonly string[],
    filters: NO_FILTERS,
    search: "",
    playing: false,
  });
}

function update(state: ViewState, patch: Partial<ViewState>): ViewState {
  for (const k of Object.keys(patch) as (keyof ViewState)[]) {
    if (patch[k] !== state[k]) return Object.freeze({ ...state, ...patch });
  }
  return state;
}

/**
 * The view after an action. Returns the same object when the action changes nothing.
 * A new town keeps the language, layout and size measure and resets the rest.
 *
 * @example
 * ```ts
 * import { initialViewState, reduceView } from "./view-state.js";
 * const s0 = initialViewState("2025-04-01", "en");
 * const s1 = reduceView(s0, { type: "toggleDeparture", person: "g01" });
 * s1.departed; // ["g01"]
 * reduceView(s1, { type: "toggleDeparture", person: "g01" }).departed; // []
 * reduceView(s0, { type: "setDate", date: "2025-04-01" }) === s0; // true
 * reduceView(s0, { type: "setFilter", filter: { strongOnly: true } }).filters.strongOnly; // true
 * ```
 */
export function reduceView(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case "setDate":
      return update(state, { date: action.date });
    case "setLang":
      return update(state, { lang: action.lang });
    case "setLayout":
      return update(state, { layout: action.layout });
    case "setSizeBy":
      return update(state, { sizeBy: action.sizeBy });
    case "selectProject":
      return update(state, { selectedProject: action.project });
    case "selectPerson":
      return update(state, { selectedPerson: action.person });
    case "hover":
      return update(state, { hovered: action.person });
    case "toggleDeparture": {
      const has = state.departed.includes(action.person);
      const departed = has ? state.departed.filter((p) => p !== action.person) : [...state.departed, action.person];
      return update(state, { departed: Object.freeze(departed) });
    }
    case "setDepartures": {
      const departed = [...new Set(action.people)];
      if (departed.length === state.departed.length && departed.every((p, i) => p === state.departed[i])) return state;
      return update(state, { departed: Object.freeze(departed) });
    }
    case "setFilter": {
      const next = { ...state.filters, ...action.filter };
      const same = (Object.keys(next) as (keyof ViewFilters)[]).every((k) => next[k] === state.filters[k]);
      return same ? state : update(state, { filters: Object.freeze(next) });
    }
    case "setSearch":
      return update(state, { search: action.search });
    case "setPlaying":
      return update(state, { playing: action.playing });
    case "newTown":
      return initialViewState(action.date, state.lang, { layout: state.layout, sizeBy: state.sizeBy });
  }
}
