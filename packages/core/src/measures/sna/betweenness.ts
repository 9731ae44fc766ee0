/**
 * Betweenness centrality (媒介中心性): how often a person lies on the shortest paths between
 * two other people.
 *
 * What it means for a town: the people through whom introductions, news and requests must
 * pass when they travel the shortest way, such as a relationship guide (関係案内人) between
 * outsiders and the town's offices. If a high-betweenness person leaves, others drift apart.
 * 日本語: 他の二人を結ぶ最短経路の上にどれだけ位置するか。よそ者と地域をつなぐ関係案内人のような、
 * 情報や紹介の通り道になっている人ほど高い。
 *
 * Formula: `B(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st` over unordered pairs, `σ_st` the number of
 * shortest paths between `s` and `t` and `σ_st(v)` those through `v`; normalised by
 * `2 / ((n - 1)(n - 2))` so that values lie in [0, 1] (no scaling when `n <= 2`), as
 * NetworkX's `betweenness_centrality(normalized=True)`.
 * Path length: with `distance: "none"` (the default) every tie is one step, a hop count. With
 * `distance: "strength"` tie strength is read as a *distance* (a path *length*, not an
 * affinity): a strong tie is a step of `strengthDistance.strong` (default 1), a weak one of
 * `strengthDistance.weak` (default 2), so shortest paths prefer close ties.
 * Defaults: `t` = the date of a measure, `normalized = true`, `distance = "none"`,
 * `strengthDistance = { strong: 1, weak: 2 }`.
 * Complexity: O(n·m) with breadth-first searches, O(n·m + n² log n) with distances
 * (Brandes); computed by graphology-metrics over a graph holding only `strength`, with an
 * explicit edge getter (`null` for hops), never a `weight` attribute.
 *
 * Sources: Freeman, L. C. (1977), "A set of measures of centrality based on betweenness",
 * Sociometry 40(1), 35–41; Brandes, U. (2001), "A faster algorithm for betweenness
 * centrality", Journal of Mathematical Sociology 25(2), 163–177.
 *
 * @module
 */

import betweennessCentrality from "graphology-metrics/centrality/betweenness.js";
import type { Town } from "../../model/town.js";
import { oneOf } from "./check.js";
import { graphologyView, viewKey } from "./graphology-view.js";
import { networkAt, type AtDate, type PersonValues } from "./person-values.js";
import { checkStrengthNumbers, type StrengthNumbers } from "./strength-values.js";

/** How long a path is: hops, or tie strength read as a distance. */
export type PathLength = "none" | "strength";

/** Options of {@link betweenness}. */
export interface BetweennessOptions extends AtDate {
  /** Scale to [0, 1] by `2 / ((n - 1)(n - 2))`; default true. */
  normalized?: boolean;
  /** `"none"` (default): every tie is one step; `"strength"`: tie strength as a distance. */
  distance?: PathLength;
  /** The length of a strong and of a weak tie with `distance: "strength"`; default `{ strong: 1, weak: 2 }`. */
  strengthDistance?: StrengthNumbers;
}

/**
 * Betweenness centrality of every person present at `t`.
 *
 * @param town - the town.
 * @param options - `t`, `normalized` (default true), `distance` (default `"none"`),
 *   `strengthDistance` (default `{ strong: 1, weak: 2 }`, used with `distance: "strength"`).
 * @throws UsageError for an unknown `distance` or a length that is not a positive number.
 *
 * @example
 * ```ts
 * import { betweenness, createTown } from "@kankei/core";
 * // a triangle a–b–c, then a chain c–d–e
 * const town = createTown({
 *   town: { asOf: "2024-04-01" },
 *   people: ["a", "b", "c", "d", "e"].map((id) => ({ id, origin: "local" as const })),
 *   ties: [
 *     { a: "a", b: "b", strength: "strong" },
 *     { a: "a", b: "c", strength: "strong" },
 *     { a: "b", b: "c", strength: "weak" },
 *     { a: "c", b: "d", strength: "weak" },
 *     { a: "d", b: "e", strength: "strong" },
 *   ],
 * });
 * Object.fromEntries(betweenness(town, { normalized: false }).values); // { a: 0, b: 0, c: 4, d: 3, e: 0 }
 * betweenness(town).values.get("c"); // 4 / 6
 * // b–a–c (strong, strong: length 2) is as short as b–c (weak: length 2)
 * betweenness(town, { distance: "strength", normalized: false }).values.get("a"); // 1.5
 * betweenness(town, { distance: "weight" as never }); // throws a UsageError
 * ```
 */
export function betweenness(town: Town, options: BetweennessOptions = {}): PersonValues<BetweennessOptions> {
  const normalized = options.normalized !== false;
  const distance = oneOf("distance", options.distance ?? "none", ["none", "strength"]);
  const strengthDistance = checkStrengthNumbers("strengthDistance", options.strengthDistance ?? { strong: 1, weak: 2 });
  const graph = networkAt(town, options.t);
  const view = graphologyView(graph);
  // graphology-metrics cannot run on a graph with no node (its stack needs a capacity > 0)
  const scores: Record<string, number> = graph.n === 0 ? {} : betweennessCentrality(view, {
    normalized,
    getEdgeWeight:
      distance === "none" ? null : (_edge: string, attributes: { strength: "strong" | "weak" }) => strengthDistance[attributes.strength],
  });
  const values = new Map<string, number>();
  graph.ids.forEach((id, u) => values.set(id, scores[viewKey(u)]!));
  return { date: graph.date, values, options: { t: graph.date, normalized, distance, strengthDistance } };
}
