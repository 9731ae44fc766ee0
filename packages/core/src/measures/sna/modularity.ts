/**
 * Modularity (モジュラリティ): how much more densely people are tied within given groups than
 * chance would predict.
 *
 * What it means for a town: split the relationship population into groups (by Louvain
 * communities, by origin 地域内/地域外, by sector) and ask whether ties stay inside the groups.
 * Near 0: the groups mix as if at random; toward 1: separate circles. A high modularity by
 * origin says outsiders and locals live in separate worlds, the gap a relationship guide
 * (関係案内人) bridges.
 * 日本語: 与えたグループ（コミュニティ、地域内／地域外、部門など）の内側に紐帯がどれだけ偏っているか。
 * 0 に近ければ偶然並み、1 に近いほど別々の輪に分かれている。
 *
 * Formula: `Q = Σ_c [ W_c / W − γ · (S_c / 2W)² ]`, where `W` is the total affinity of the
 * ties, `W_c` that of the ties inside group `c`, `S_c` the sum of the affinity-weighted
 * degrees of `c`'s members, and `γ` the resolution. Tie strength is an *affinity*: a strong
 * tie counts `strengthAffinity.strong` (default 2), a weak one `strengthAffinity.weak`
 * (default 1); `{ strong: 1, weak: 1 }` gives the unweighted modularity. `NaN` when there is
 * no tie (W = 0: undefined, domain.md §3). Computed by graphology-metrics with explicit getters.
 * Defaults: `t` = the date of a measure, `resolution = 1`,
 * `strengthAffinity = { strong: 2, weak: 1 }`.
 * Complexity: O(n + m).
 *
 * Sources: Newman, M. E. J. & Girvan, M. (2004), "Finding and evaluating community structure
 * in networks", Physical Review E 69, 026113; Newman, M. E. J. (2006), "Modularity and
 * community structure in networks", PNAS 103(23), 8577–8582; Reichardt, J. & Bornholdt, S.
 * (2006) for the resolution γ.
 *
 * @module
 */

import type { AbstractGraph } from "graphology-types";
import modularityMetric from "graphology-metrics/graph/modularity.js";
import type { IsoDate } from "../../model/records.js";
import type { Town } from "../../model/town.js";
import { UsageError } from "../../validation/errors.js";
import { positive } from "./check.js";
import type { ViewEdge } from "./graphology-view.js";
import { graphologyView, viewIndex } from "./graphology-view.js";
import { networkAt, type AtDate, type Resolved } from "./person-values.js";
import { checkStrengthNumbers, type StrengthNumbers } from "./strength-values.js";

/** Options of {@link modularity} (and of `communities`). */
export interface ModularityOptions extends AtDate {
  /** The resolution γ; default 1. */
  resolution?: number;
  /** The affinity of a strong and of a weak tie; default `{ strong: 2, weak: 1 }`. */
  strengthAffinity?: StrengthNumbers;
}

/** A grouping of people: a map from person id to group, or a function of the id. */
export type Partition = ReadonlyMap<string, string | number> | ((person: string) => string | number);

/** The result of {@link modularity}. */
export interface ModularityResult {
  date: IsoDate;
  /** The modularity Q; `NaN` when no tie is active. */
  modularity: number;
  /** Number of groups among the people present. */
  count: number;
  /** The options used. */
  options: Resolved<ModularityOptions>;
}

/** @internal Modularity of a graphology view under a labelling, tie strength as affinity. */
export function modularityOfView(
  view: AbstractGraph<Record<string, never>, ViewEdge>,
  group: (id: string) => string | number,
  affinity: StrengthNumbers,
  resolution: number,
): number {
  if (view.size === 0) return NaN;
  return modularityMetric(view, {
    getNodeCommunity: (node: string) => group(node),
    getEdgeWeight: (_edge: string, attributes: ViewEdge) => affinity[attributes.strength],
    resolution,
  });
}

/**
 * The modularity of a grouping of the people present at `t`.
 *
 * @param town - the town.
 * @param partition - each person's group: a `Map` from id, or a function of the id.
 * @param options - `t`, `resolution` (default 1), `strengthAffinity` (default `{ strong: 2, weak: 1 }`).
 * @throws UsageError when the partition has no group for a person present at `t`.
 *
 * @example
 * ```ts
 * import { createTown, modularity } from "@kankei/core";
 * // two strong triangles, locals a–b–c and outsiders d–e–f, joined by one weak tie c–d
 * const town = createTown({
 *   town: { asOf: "2024-04-01" },
 *   people: [
 *     ...["a", "b", "c"].map((id) => ({ id, origin: "local" as const })),
 *     ...["d", "e", "f"].map((id) => ({ id, origin: "outsider" as const })),
 *   ],
 *   ties: [
 *     ...[["a", "b"], ["b", "c"], ["a", "c"], ["d", "e"], ["e", "f"], ["d", "f"]].map(([a, b]) => ({ a: a!, b: b!, strength: "strong" as const })),
 *     { a: "c", b: "d", strength: "weak" },
 *   ],
 * });
 * const byOrigin = (id: string) => town.person(id)!.origin;
 * // W = 6 · 2 + 1 = 13; each group: 6 inside, degree sum 13
 * modularity(town, byOrigin).modularity; // 2 * (6 / 13 - (13 / 26) ** 2)
 * modularity(town, byOrigin, { strengthAffinity: { strong: 1, weak: 1 } }).modularity; // 2 * (3 / 7 - (7 / 14) ** 2)
 * modularity(town, new Map([["a", 0]])); // throws a UsageError
 * ```
 */
export function modularity(town: Town, partition: Partition, options: ModularityOptions = {}): ModularityResult {
  const resolution = positive("resolution", options.resolution ?? 1);
  const strengthAffinity = checkStrengthNumbers("strengthAffinity", options.strengthAffinity ?? { strong: 2, weak: 1 });
  const graph = networkAt(town, options.t);
  const groupOf = typeof partition === "function" ? partition : (id: string) => partition.get(id);
  const labels = new Map<string, string | number>();
  for (const id of graph.ids) {
    const g = groupOf(id);
    if (g === undefined || g === null) throw new UsageError(`the partition has no group for the person ${JSON.stringify(id)}`);
    labels.set(id, g);
  }
  const view = graphologyView(graph);
  // Groups as dense numbers: graphology-metrics keys its sums by group, in plain objects, where a
  // group named "__proto__" or "constructor" would collide with Object.prototype.
  const dense = new Map<string | number, number>();
  for (const g of labels.values()) if (!dense.has(g)) dense.set(g, dense.size);
  return {
    date: graph.date,
    modularity: modularityOfView(view, (key) => dense.get(labels.get(graph.ids[viewIndex(key)]!)!)!, strengthAffinity, resolution),
    count: new Set(labels.values()).size,
    options: { t: graph.date, resolution, strengthAffinity },
  };
}
