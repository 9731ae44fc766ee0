/**
 * Cut points (切断点, articulation points): people whose departure splits the network.
 *
 * What it means for a town: a cut point is the only link between two parts of the
 * relationship population, often a relationship guide or the one officer who knows both the
 * town's groups and the outsiders. When they are rotated away or leave, one part loses its
 * way to the other; `values` says into how many more pieces.
 * 日本語: その人がいなくなるとネットワークが分断される人（切断点）。異動や転出で、ある人々の
 * まとまりが町の他の部分とのつながりを失う。`values` は分断で増える成分の数。
 *
 * Formula: `v` is a cut point when `G − v` has more connected components than `G`;
 * `splits(v) = components(G − v) − components(G)` for a person with ties (an isolated person's
 * departure removes a component; their value is 0). Found in one depth-first search with
 * low points: a non-root `u` cuts off each DFS child `c` with `low(c) >= disc(u)`; a root cuts
 * when it has two or more DFS children.
 * Defaults: `t` = the date of a measure, all ties (`G_all(t)`).
 * Complexity: O(P + T) to compile, O(n + m) for the search (iterative: no recursion depth
 * limit, safe at 100,000 people and more).
 *
 * Sources: Hopcroft, J. & Tarjan, R. (1973), "Algorithm 447: efficient algorithms for graph
 * manipulation", Communications of the ACM 16(6), 372–378; Tarjan, R. (1972), "Depth-first
 * search and linear graph algorithms", SIAM Journal on Computing 1(2), 146–160.
 *
 * @module
 */

import type { Town } from "../../model/town.js";
import { lowPoints } from "./lowpoints.js";
import { byPerson, networkAt, type AtDate, type PersonValues } from "./person-values.js";

/** Options of {@link cutPoints}. */
export interface CutPointOptions extends AtDate {}

/** The result of {@link cutPoints}: `values` holds how many more components each departure leaves. */
export interface CutPointsResult extends PersonValues<CutPointOptions> {
  /** Ids of the cut points (`values > 0`), in town order. */
  cutPoints: string[];
}

/**
 * The cut points of the network at `t`, and for every person how many more components the
 * network would have without them.
 *
 * @param town - the town.
 * @param options - `t`.
 *
 * @example
 * ```ts
 * import { createTown, cutPoints } from "@kankei/core";
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
 * const r = cutPoints(town);
 * r.cutPoints; // ["c", "d"]
 * Object.fromEntries(r.values); // { a: 0, b: 0, c: 1, d: 1, e: 0 }
 * ```
 */
export function cutPoints(town: Town, options: CutPointOptions = {}): CutPointsResult {
  const graph = networkAt(town, options.t);
  const { splits } = lowPoints(graph);
  const ids: string[] = [];
  for (let u = 0; u < graph.n; u++) if (splits[u]! > 0) ids.push(graph.ids[u]!);
  return { date: graph.date, values: byPerson(graph, splits), cutPoints: ids, options: { t: graph.date } };
}
