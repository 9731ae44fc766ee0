/**
 * Degree (次数): how many people each person has a tie with at a date.
 *
 * What it means for a town: the size of a person's direct circle in the relationship
 * population; a high-degree initiator can call on many people at once, a low-degree outsider
 * hangs on one or two contacts. With `strongOnly`, only close, trusted ties count.
 * 日本語: その日に紐帯でつながっている相手の数。事業に直接声をかけられる人の多さを表す。
 *
 * Formula: `deg(v) = |N(v)|` in `G_all(t)` (or `G_strong(t)`); normalised,
 * `deg(v) / (n - 1)` as NetworkX's `degree_centrality` (NaN when `n < 2`: a share with no
 * denominator, domain.md §3; NetworkX returns 1 for a lone person).
 * Defaults: `t` = the date of a measure, `normalized = false` (counts), `strongOnly = false`.
 * Complexity: O(P + T) to compile the tie graph, then O(n).
 *
 * Sources: Freeman, L. C. (1979), "Centrality in social networks: conceptual clarification",
 * Social Networks 1(3), 215–239.
 *
 * @module
 */

import type { TieGraph } from "../../graph/tie-graph.js";
import type { Town } from "../../model/town.js";
import { byPerson, networkAt, type AtDate, type PersonValues } from "./person-values.js";

/** Options of {@link degree}. */
export interface DegreeOptions extends AtDate {
  /** Divide by `n - 1` (NetworkX's `degree_centrality`); default false: plain counts. */
  normalized?: boolean;
  /** Count strong ties only; default false. */
  strongOnly?: boolean;
}

/** @internal Degree of every node of a compiled tie graph. */
export function degreeOf(graph: TieGraph, normalized: boolean): Float64Array {
  const { n, offsets } = graph;
  const out = new Float64Array(n);
  const scale = normalized ? (n > 1 ? 1 / (n - 1) : NaN) : 1;
  for (let u = 0; u < n; u++) out[u] = (offsets[u + 1]! - offsets[u]!) * scale;
  return out;
}

/**
 * Degree of every person present at `t`: the number of their ties active at `t`.
 *
 * @param town - the town.
 * @param options - `t`, `normalized` (default false), `strongOnly` (default false).
 * @returns one value per person, keyed by id, with the date and the options used.
 *
 * @example
 * ```ts
 * import { createTown, degree } from "@kankei/core";
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
 * Object.fromEntries(degree(town).values); // { a: 2, b: 2, c: 3, d: 2, e: 1 }
 * degree(town, { strongOnly: true }).values.get("c"); // 1
 * degree(town, { normalized: true }).values.get("c"); // 0.75
 * degree(town).options; // { t: "2024-04-01", normalized: false, strongOnly: false }
 * ```
 */
export function degree(town: Town, options: DegreeOptions = {}): PersonValues<DegreeOptions> {
  const normalized = options.normalized === true;
  const strongOnly = options.strongOnly === true;
  const graph = networkAt(town, options.t, strongOnly);
  return {
    date: graph.date,
    values: byPerson(graph, degreeOf(graph, normalized)),
    options: { t: graph.date, normalized, strongOnly },
  };
}
