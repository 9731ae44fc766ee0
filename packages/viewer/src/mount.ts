/**
 * `mountViewer`: the viewer in any element of a page (ビューアの埋め込み). It draws the town's
 * network with sigma.js (WebGL), people coloured by their highest current role and outsiders
 * with a dark border, and builds the panels (succession risk with the what-if, the selected
 * person, the town summary, the legend) and the controls around it.
 *
 * Everything on screen is derived from the view state (`state/view-state.ts`) and the town:
 * an action changes the state, then this module recomputes only what depends on the parts
 * that changed (the network and layout on a new date or layout, the sizes on a new measure,
 * the scene and the panels otherwise) and asks sigma to redraw. Node and edge display come
 * from the pure reducers of `display/`; domain attributes never use sigma's reserved names.
 *
 * @module
 */

import { idOfGraphKey, UsageError, type IsoDate, type Lang, type Town } from "@kankei/core";
import { serializeTown, toGexf } from "@kankei/core/io";
import { downloadAsPNG } from "@sigma/export-image";
import { createNodeBorderProgram } from "@sigma/node-border";
import type { AbstractGraph as Graph } from "graphology-types";
import FA2Layout from "graphology-layout-forceatlas2/worker.js";
import Sigma from "sigma";
import { EdgeLineProgram, EdgeRectangleProgram } from "sigma/rendering";
import { TownAnalysis } from "./analysis/town-analysis.js";
import { deriveScene } from "./display/derive-scene.js";
import { EDGE_PROGRAMS, edgeDisplay } from "./display/edge-reducer.js";
import { NODE_PROGRAM, nodeDisplay } from "./display/node-reducer.js";
import { nodeSizes } from "./display/node-size.js";
import { scene as emptyScene, type Scene, type ViewerEdge, type ViewerNode } from "./display/scene.js";
import { COLORS } from "./display/palette.js";
import { message } from "./i18n/messages.js";
import { describeLoadError } from "./i18n/problems.js";
import { downloadBlob, exportFileName, MEDIA_TYPES } from "./io/download.js";
import { readTownFiles, sourceName, type TownFile } from "./io/open-files.js";
import { circularLayout } from "./layout/circular.js";
import { forceAtlas2Settings, tieAffinity } from "./layout/forceatlas2.js";
import { positionOf } from "./state/timeline.js";
import { initialViewState, NO_FILTERS, reduceView, type LayoutName, type SizeMeasure, type ViewAction, type ViewState } from "./state/view-state.js";
import { renderControls, renderToolbar, type ControlCallbacks } from "./ui/controls.js";
import { h } from "./ui/dom.js";
import { renderLegend } from "./ui/legend.js";
import type { PanelContext } from "./ui/panel-context.js";
import { renderPersonPanel } from "./ui/person-panel.js";
import { renderRiskPanel } from "./ui/risk-panel.js";
import { renderSummaryPanel } from "./ui/summary-panel.js";
import { FONT_FAMILY, VIEWER_CSS } from "./ui/styles.js";

/** Options of {@link mountViewer}. */
export interface ViewerOptions {
  /** Interface language (default: Japanese when `navigator.language` starts with "ja", else English). */
  lang?: Lang;
  /** The date shown first (default: the town's date). */
  date?: IsoDate;
  /** The layout shown first (default `"circular"`). */
  layout?: LayoutName;
  /** The measure that sizes people (default `"degree"`). */
  sizeBy?: SizeMeasure;
  /** What the status line says the town was loaded from (default: nothing). */
  source?: string;
  /** Show the controls to open files (and accept dropped files); default true. */
  allowOpen?: boolean;
  /** Milliseconds between two dates while playing (default 250). */
  playInterval?: number;
  /** How long ForceAtlas2 runs in its worker each time, in milliseconds (default: 1.5 s plus 0.3 ms per person, at most 8 s). */
  layoutDuration?: number;
  /** Called after a town was opened from files, or with the error when it could not be. */
  onOpen?: (result: { town: Town; source: string } | { error: unknown; source: string }) => void;
}

/** What {@link mountViewer} returns: the viewer, driven from the embedding page. */
export interface ViewerHandle {
  /** Shows another town (the view resets to its date; language, layout and size measure stay). */
  setTown(town: Town, source?: string): void;
  /** Selects a project (its members, initiators and ranked successors light up), or none. */
  selectProject(project: string | null): void;
  /** Selects a person (their roles, ties and reach in the person panel), or none. */
  selectPerson(person: string | null): void;
  /** Shows the town at a date (ISO); throws a UsageError for a date that is not real. */
  setDate(date: IsoDate): void;
  /** "What if these people leave?": recomputes every risk and shows who takes over (empty: none). */
  whatIf(people: readonly string[]): void;
  /** Switches the interface language. */
  setLanguage(lang: Lang): void;
  /** The current view state (read-only). */
  readonly state: ViewState;
  /** The town on screen. */
  readonly town: Town;
  /** The sigma renderer, or null when WebGL is not available. */
  readonly renderer: Sigma<ViewerNode, ViewerEdge> | null;
  /** Removes the viewer from the page and stops its timers and workers. */
  destroy(): void;
}

function defaultLang(): Lang {
  const tag = typeof navigator !== "undefined" ? navigator.language : undefined;
  return typeof tag === "string" && tag.toLowerCase().startsWith("ja") ? "ja" : "en";
}

async function readFiles(files: readonly File[]): Promise<TownFile[]> {
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

/**
 * Mounts the viewer inside `element` with `town` open, and returns its handle.
 *
 * @example
 * ```ts
 * import { parseTown } from "@kankei/core/io";
 * if (typeof document !== "undefined") {
 *   const { mountViewer } = await import("./mount.js");
 *   const town = parseTown(await (await fetch("town.json")).text());
 *   const viewer = mountViewer(document.getElementById("app")!, town, { lang: "ja" });
 *   viewer.selectProject("workation");
 *   viewer.whatIf(["g01"]);
 *   viewer.setDate("2020-04-01");
 * }
 * ```
 */
export function mountViewer(element: HTMLElement, town: Town, options: ViewerOptions = {}): ViewerHandle {
  let analysis = new TownAnalysis(town, options.date);
  let source = options.source;
  let state = initialViewState(analysis.date, options.lang ?? defaultLang(), { layout: options.layout, sizeBy: options.sizeBy });
  let sizes: ReadonlyMap<string, number> = new Map();
  let scene: Scene = emptyScene({ lang: state.lang, sizes, filters: NO_FILTERS });
  let graph: Graph<ViewerNode, ViewerEdge> | null = null;
  let fa2: FA2Layout | null = null;
  let fa2Timer: ReturnType<typeof setTimeout> | undefined;
  let playTimer: ReturnType<typeof setInterval> | undefined;
  const fa2Positions = new Map<string, { x: number; y: number }>();
  let destroyed = false;

  // ---- the page structure
  const style = h("style", { text: VIEWER_CSS });
  const status = h("span", { class: "kv-status", attrs: { "data-role": "status", "aria-live": "polite" } });
  const toolbar = h("header", { class: "kv-toolbar" });
  const controls = h("div", { class: "kv-controls" });
  const errors = h("section", { class: "kv-errors", attrs: { role: "alert", "data-role": "errors", hidden: true } });
  const graphBox = h("div", { class: "kv-graph", attrs: { role: "img", "data-role": "graph" } });
  const legend = h("section", { class: "kv-legend", attrs: { "data-panel": "legend" } });
  const riskPanel = h("section", { class: "kv-risk", attrs: { "data-panel": "risk" } });
  const personPanel = h("section", { class: "kv-person", attrs: { "data-panel": "person" } });
  const summaryPanel = h("section", { class: "kv-summary", attrs: { "data-panel": "summary" } });
  const side = h("aside", { class: "kv-side" }, [riskPanel, personPanel, summaryPanel, legend]);
  const root = h("div", { class: "kv-root", attrs: { lang: state.lang } }, [style, toolbar, controls, errors, h("div", { class: "kv-main" }, [graphBox, side])]);
  element.replaceChildren(root);

  // ---- the renderer
  let renderer: Sigma<ViewerNode, ViewerEdge> | null = null;
  graph = analysis.graph(state.date);
  try {
    renderer = new Sigma<ViewerNode, ViewerEdge>(graph, graphBox, {
      nodeProgramClasses: {
        [NODE_PROGRAM]: createNodeBorderProgram<ViewerNode, ViewerEdge>({
          borders: [
            { size: { attribute: "borderSize", defaultValue: 0 }, color: { attribute: "borderColor" } },
            { size: { fill: true }, color: { attribute: "color" } },
          ],
        }),
      },
      defaultNodeType: NODE_PROGRAM,
      edgeProgramClasses: { [EDGE_PROGRAMS.strong]: EdgeRectangleProgram, [EDGE_PROGRAMS.weak]: EdgeLineProgram },
      zIndex: true,
      labelFont: FONT_FAMILY,
      labelSize: 13,
      labelWeight: "500",
      labelRenderedSizeThreshold: 9,
      renderEdgeLabels: false,
      allowInvalidContainer: true,
      // graph keys are guarded person ids (graphKeyOf): the scene is keyed by the ids themselves
      nodeReducer: (node, data) => nodeDisplay(idOfGraphKey(node), data, scene),
      // `graph` is always the renderer's graph: it is set before every setGraph
      edgeReducer: (edge, data) => edgeDisplay(data, idOfGraphKey(graph!.source(edge)), idOfGraphKey(graph!.target(edge)), scene),
    });
    renderer.on("clickNode", ({ node }) => dispatch({ type: "selectPerson", person: idOfGraphKey(node) }));
    renderer.on("clickStage", () => dispatch({ type: "selectPerson", person: null }));
  } catch (e) {
    graphBox.replaceChildren(h("p", { class: "kv-fallback", text: message(state.lang, "rendererFailed", { error: e instanceof Error ? e.message : String(e) }) }));
  }

  // ---- layout
  function stopLayout(): void {
    if (fa2Timer !== undefined) clearTimeout(fa2Timer);
    fa2Timer = undefined;
    if (fa2) {
      if (graph) graph.forEachNode((id, a) => fa2Positions.set(id, { x: a.x, y: a.y }));
      fa2.kill();
      fa2 = null;
    }
  }

  function startLayout(): void {
    stopLayout();
    if (!graph || graph.order === 0 || typeof Worker === "undefined") return;
    const g = graph;
    fa2 = new FA2Layout(g, { settings: forceAtlas2Settings(g.order), getEdgeWeight: tieAffinity });
    fa2.start();
    const duration = options.layoutDuration ?? Math.min(8000, 1500 + 0.3 * g.order);
    fa2Timer = setTimeout(stopLayout, duration);
  }

  function placeGraph(g: Graph<ViewerNode, ViewerEdge>, layout: LayoutName): void {
    const projects = analysis.town.projectsAt(state.date).map((p) => p.id);
    const people = g.mapNodes((id, a) => ({ id, origin: a.origin, role: a.role, roles: a.roles }));
    const { positions } = circularLayout(people, projects);
    if (layout === "circular") {
      g.updateEachNodeAttributes((id, a) => ({ ...a, ...positions.get(id)! }));
      return;
    }
    // ForceAtlas2 continues from where people were; newcomers start from the circular model's place.
    const scale = fa2Positions.size > 0 ? 1 : 10;
    g.updateEachNodeAttributes((id, a) => {
      const known = fa2Positions.get(id);
      const p = known ?? positions.get(id)!;
      return { ...a, x: known ? p.x : p.x * scale, y: known ? p.y : p.y * scale };
    });
  }

  // ---- updates
  function context(): PanelContext {
    return { state, analysis, dispatch };
  }

  function renderStatus(): void {
    const g = graph;
    let strong = 0;
    g?.forEachEdge((_, a) => void (a.strength === "strong" && strong++));
    const text = message(state.lang, "status", {
      town: analysis.town.name,
      date: state.date,
      people: g?.order ?? 0,
      ties: g?.size ?? 0,
      strong,
    });
    status.textContent = source ? `${text} · ${message(state.lang, "loadedFrom", { source })}` : text;
    graphBox.setAttribute("aria-label", message(state.lang, "graphLabel", { people: g?.order ?? 0, ties: g?.size ?? 0 }));
  }

  const callbacks: ControlCallbacks = {
    openFiles: (files) => void openFiles(files),
    exportPng: () => {
      if (renderer) void downloadAsPNG(renderer as unknown as Sigma, { fileName: exportFileName(analysis.town.id ?? analysis.town.name, state.date, "png").replace(/\.png$/, ""), backgroundColor: COLORS.background });
    },
    exportJson: () => downloadBlob(exportFileName(analysis.town.id ?? analysis.town.name, state.date, "json"), serializeTown(analysis.town), MEDIA_TYPES.json),
    exportGexf: () => downloadBlob(exportFileName(analysis.town.id ?? analysis.town.name, state.date, "gexf"), toGexf(analysis.town), MEDIA_TYPES.gexf),
    togglePlay: () => dispatch({ type: "setPlaying", playing: !state.playing }),
    rerunLayout: () => {
      if (state.layout === "forceatlas2") startLayout();
    },
  };

  function syncPlaying(): void {
    if (state.playing && playTimer === undefined) {
      if (positionOf(analysis.dates, state.date) >= analysis.dates.length - 1) dispatch({ type: "setDate", date: analysis.dates[0]! });
      playTimer = setInterval(() => {
        const next = analysis.dates[positionOf(analysis.dates, state.date) + 1];
        if (next === undefined) dispatch({ type: "setPlaying", playing: false });
        else dispatch({ type: "setDate", date: next });
      }, options.playInterval ?? 250);
    } else if (!state.playing && playTimer !== undefined) {
      clearInterval(playTimer);
      playTimer = undefined;
    }
  }

  function syncDateControls(): void {
    const slider = controls.querySelector<HTMLInputElement>("[data-role=date]");
    if (slider) {
      slider.value = String(positionOf(analysis.dates, state.date));
      slider.setAttribute("aria-valuetext", state.date);
    }
    const label = controls.querySelector("[data-role=date-label]");
    if (label) label.textContent = state.date;
  }

  function update(prev: ViewState | null, next: ViewState): void {
    if (destroyed) return;
    const all = prev === null;
    const changed = <K extends keyof ViewState>(...keys: K[]) => all || keys.some((k) => prev![k] !== next[k]);
    if (changed("date", "layout")) {
      stopLayout();
      graph = analysis.graph(next.date);
      placeGraph(graph, next.layout);
    }
    if (changed("date", "sizeBy")) sizes = nodeSizes(analysis.sizeValues(next.date, next.sizeBy));
    scene = deriveScene(next, analysis, sizes);
    // one redraw: setGraph refreshes by itself
    if (renderer && graph) {
      if (renderer.getGraph() !== graph) renderer.setGraph(graph);
      else renderer.refresh();
    }
    if (changed("layout") && next.layout === "forceatlas2") startLayout();
    else if (next.layout === "forceatlas2" && changed("date") && !next.playing) startLayout();

    const ctx = context();
    if (changed("lang")) root.setAttribute("lang", next.lang);
    if (changed("lang")) renderToolbar(toolbar, ctx, callbacks, status);
    if (changed("lang", "layout", "playing", "filters", "sizeBy")) renderControls(controls, ctx, callbacks);
    else if (changed("date")) syncDateControls();
    if (changed("date", "departed", "selectedProject", "lang")) renderRiskPanel(riskPanel, ctx);
    if (changed("date", "departed", "selectedPerson", "lang")) renderPersonPanel(personPanel, ctx);
    if (changed("date", "lang")) renderSummaryPanel(summaryPanel, ctx);
    if (changed("lang", "sizeBy", "layout")) renderLegend(legend, ctx);
    if (changed("date", "lang")) renderStatus();
    if (changed("playing")) syncPlaying();
  }

  function dispatch(action: ViewAction): void {
    const prev = state;
    state = reduceView(prev, action);
    if (state !== prev) update(prev, state);
  }

  function showErrors(error: unknown, from: string): void {
    const text = describeLoadError(error, state.lang, from);
    const shown = text.problems.slice(0, 50);
    errors.replaceChildren(
      h("h2", { text: text.title }),
      h("p", { text: message(state.lang, "problemCount", { count: text.problems.length }) }),
      h(
        "ul",
        {},
        shown.map((p) =>
          h("li", { attrs: { "data-problem": "" } }, [
            h("strong", { text: p.where }),
            p.field !== null ? `, ${message(state.lang, "problemField", { field: p.field })}` : "",
            `: ${p.rule}`,
            h("div", { class: "kv-error-detail", text: p.detail }),
          ]),
        ),
      ),
      text.problems.length > shown.length ? h("p", { text: message(state.lang, "moreProblems", { count: text.problems.length - shown.length }) }) : "",
      h("button", { text: message(state.lang, "dismiss"), attrs: { type: "button", "data-role": "dismiss-errors" }, onClick: hideErrors }),
    );
    errors.hidden = false;
  }

  function hideErrors(): void {
    errors.hidden = true;
    errors.replaceChildren();
  }

  async function openFiles(files: readonly File[]): Promise<void> {
    const from = sourceName(files.map((f) => f.name));
    try {
      const opened = readTownFiles(await readFiles(files));
      hideErrors();
      setTown(opened.town, opened.source);
      options.onOpen?.(opened);
    } catch (error) {
      showErrors(error, from);
      options.onOpen?.({ error, source: from });
    }
  }

  function setTown(next: Town, from?: string): void {
    const nextAnalysis = new TownAnalysis(next); // throws for a town with no date: nothing changes
    stopLayout();
    fa2Positions.clear();
    analysis = nextAnalysis;
    source = from;
    const prev = state;
    state = reduceView(prev, { type: "newTown", date: analysis.date });
    update(null, state);
    syncPlaying();
  }

  // ---- dropping files anywhere on the viewer
  if (options.allowOpen !== false) {
    root.addEventListener("dragover", (e) => {
      e.preventDefault();
      root.classList.add("kv-drop");
    });
    root.addEventListener("dragleave", () => root.classList.remove("kv-drop"));
    root.addEventListener("drop", (e) => {
      e.preventDefault();
      root.classList.remove("kv-drop");
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (files.length > 0) void openFiles(files);
    });
  } else toolbar.classList.add("kv-no-open");

  update(null, state);

  const checkDate = (date: IsoDate) => {
    analysis.town.date(date);
    return date;
  };
  return {
    setTown: (next, from) => setTown(next, from),
    selectProject: (project) => {
      if (project !== null && analysis.town.project(project) === undefined) throw new UsageError(`no project has the id ${JSON.stringify(project)}`);
      dispatch({ type: "selectProject", project });
    },
    selectPerson: (person) => {
      if (person !== null && analysis.town.person(person) === undefined) throw new UsageError(`no person has the id ${JSON.stringify(person)}`);
      dispatch({ type: "selectPerson", person });
    },
    setDate: (date) => dispatch({ type: "setDate", date: checkDate(date) }),
    whatIf: (people) => {
      const unknown = people.filter((p) => analysis.town.person(p) === undefined);
      if (unknown.length > 0) throw new UsageError(`no person has the id ${JSON.stringify(unknown[0])}`);
      dispatch({ type: "setDepartures", people });
    },
    setLanguage: (lang) => dispatch({ type: "setLang", lang }),
    get state() {
      return state;
    },
    get town() {
      return analysis.town;
    },
    get renderer() {
      return renderer;
    },
    destroy: () => {
      destroyed = true;
      stopLayout();
      if (playTimer !== undefined) clearInterval(playTimer);
      renderer?.kill();
      renderer = null;
      element.replaceChildren();
    },
  };
}
