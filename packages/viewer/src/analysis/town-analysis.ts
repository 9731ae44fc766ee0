/**
 * The measures the viewer shows for one town (町の分析), computed on demand and kept for the
 * dates last asked: the network at a date, succession risk and the what-if, weak-tie reach,
 * the summary and circulation, and the values that size people (degree, betweenness, reach).
 * Every figure comes from `@kankei/core`; this only decides what to compute when, so that
 * moving the slider or toggling a what-if recomputes just what changed.
 *
 * Costs at 10,000 people (see bench/): the network and risk in tens of milliseconds,
 * reach a few more; betweenness (Brandes, O(n·m)) takes seconds and is computed only when
 * chosen as the size measure.
 *
 * @module
 */

import {
  UsageError,
  betweenness,
  circulation,
  degree,
  departureImpact,
  handoverOptions,
  successionRisk,
  summarizeTown,
  weakTieReach,
  type CirculationResult,
  type DepartureImpactResult,
  type HandoverOptionsResult,
  type IsoDate,
  type SuccessionRiskResult,
  type Town,
  type TownSummary,
  type WeakTieReach,
} from "@kankei/core";
import type { AbstractGraph as Graph } from "graphology-types";
import type { ViewerEdge, ViewerNode } from "../display/scene.js";
import type { SizeMeasure } from "../state/view-state.js";
import { timeline } from "../state/timeline.js";

/**
 * A town with no date at all, opened without an explicit date: the viewer refuses it, as the
 * core does (domain.md §3: a town with no date needs an explicit t), instead of using today.
 */
export class NoTownDateError extends UsageError {
  constructor() {
    super("this town has no date at all (no town.asOf and no date in its records): give the date the data describes");
    this.name = "NoTownDateError";
  }
}

/** A small cache: the last `capacity` keys. */
class Recent<V> {
  readonly #map = new Map<string, V>();
  constructor(private readonly capacity: number) {}
  get(key: string, make: () => V): V {
    const hit = this.#map.get(key);
    if (hit !== undefined || this.#map.has(key)) {
      this.#map.delete(key);
      this.#map.set(key, hit as V);
      return hit as V;
    }
    const v = make();
    this.#map.set(key, v);
    if (this.#map.size > this.capacity) this.#map.delete(this.#map.keys().next().value as string);
    return v;
  }
}

/**
 * The measures of one town, computed on demand and cached for recent dates.
 *
 * @example
 * ```ts
 * import { createTown } from "@kankei/core";
 * import { TownAnalysis } from "./town-analysis.js";
 * const town = createTown({
 *   town: { asOf: "2024-04-01" },
 *   people: [{ id: "a", origin: "local", sector: "government" }, { id: "b", origin: "outsider" }],
 *   projects: [{ id: "fan" }],
 *   roles: [
 *     { person: "a", project: "fan", role: "initiator" },
 *     { person: "b", project: "fan", role: "initiator", from: "2020-04-01", to: "2022-04-01" },
 *     { person: "b", project: "fan", role: "cooperator", from: "2022-04-01" },
 *   ],
 *   ties: [{ a: "a", b: "b", strength: "strong" }],
 * });
 * const analysis = new TownAnalysis(town);
 * analysis.date; // "2024-04-01"
 * analysis.graph("2024-04-01").order; // 2
 * analysis.impact("2024-04-01", ["a"])?.projects[0]?.successor?.id; // "b"
 * analysis.sizeValues("2024-04-01", "degree").get("a"); // 1
 * ```
 */
export class TownAnalysis {
  readonly town: Town;
  /** The town's date: the default date of the view. */
  readonly date: IsoDate;
  /** The date slider's positions. */
  readonly dates: readonly IsoDate[];
  readonly #graphs = new Recent<Graph<ViewerNode, ViewerEdge>>(2);
  readonly #risks = new Recent<SuccessionRiskResult>(4);
  readonly #impacts = new Recent<DepartureImpactResult>(4);
  readonly #handovers = new Recent<HandoverOptionsResult>(4);
  readonly #reach = new Recent<WeakTieReach>(3);
  readonly #summaries = new Recent<TownSummary>(3);
  readonly #circulation = new Recent<CirculationResult>(3);
  readonly #sizes = new Recent<Map<string, number>>(6);

  /** Throws a {@link NoTownDateError} for a town with no date at all when no `date` is given. */
  constructor(town: Town, date?: IsoDate) {
    this.town = town;
    if (date === undefined && town.defaultDate === undefined) throw new NoTownDateError();
    this.date = town.date(date);
    this.dates = Object.freeze(timeline(town, this.date));
  }

  /**
   * The network at `t` (people present, ties active), every person at (0, 0): the caller
   * places them. A fresh graph the first time a date is asked; the same one while cached.
   */
  graph(t: IsoDate): Graph<ViewerNode, ViewerEdge> {
    return this.#graphs.get(t, () => {
      const g = this.town.snapshot(t) as unknown as Graph<ViewerNode, ViewerEdge>;
      g.updateEachNodeAttributes((_, a) => ({ ...a, x: 0, y: 0 }));
      return g;
    });
  }

  /** Succession risk of every project active at `t`. */
  risk(t: IsoDate): SuccessionRiskResult {
    return this.#risks.get(t, () => successionRisk(this.town, { t }));
  }

  /** The what-if: `people` leave at `t`; null when nobody leaves. */
  impact(t: IsoDate, people: readonly string[]): DepartureImpactResult | null {
    if (people.length === 0) return null;
    return this.#impacts.get(`${t} ${JSON.stringify(people)}`, () => departureImpact(this.town, people, { t }));
  }

  /** Who could take over `project` at `t`, readiest first, with the risk after each handover. */
  handover(t: IsoDate, project: string): HandoverOptionsResult {
    return this.#handovers.get(`${t} ${project}`, () => handoverOptions(this.town, project, { t }));
  }

  /** Weak-tie reach at `t`, with the per-person 2-hop figures (no critical ties: not shown). */
  reach(t: IsoDate): WeakTieReach {
    return this.#reach.get(t, () => weakTieReach(this.town, { t, criticalTies: false }));
  }

  /** The town's summary at `t`. */
  summary(t: IsoDate): TownSummary {
    return this.#summaries.get(t, () => summarizeTown(this.town, t));
  }

  /** Circulation over the core's default window before `t` (`DEFAULT_WINDOW_YEARS`, as the report). */
  circulation(t: IsoDate): CirculationResult {
    return this.#circulation.get(t, () => circulation(this.town, { to: t }));
  }

  /** The values of a size measure at `t`, per person present. */
  sizeValues(t: IsoDate, measure: SizeMeasure): Map<string, number> {
    return this.#sizes.get(`${t} ${measure}`, () => {
      if (measure === "degree") return degree(this.town, { t }).values;
      if (measure === "betweenness") return betweenness(this.town, { t }).values;
      const out = new Map<string, number>();
      for (const p of this.reach(t).perPerson ?? []) out.set(p.id, p.all);
      return out;
    });
  }
}
