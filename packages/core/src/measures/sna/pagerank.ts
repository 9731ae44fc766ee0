/**
 * PageRank (ページランク): the share of time a random walker spends with each person, when
 * they follow a random tie with probability `damping` and jump to anyone at random otherwise.
 *
 * What it means for a town: like eigenvector centrality, a person matters when people who
 * matter are tied to them, but each person's standing is shared out among their contacts, so
 * a well-connected person tied to everyone passes on less to each; scores sum to 1 and read as
 * shares of attention in the relationship population.
 * 日本語: ランダムに紐帯をたどる人が各人のもとで過ごす時間の割合（合計 1）。重要な人から
 * 紐帯を受けている人ほど高い。
 *
 * Formula (NetworkX's `pagerank` on an undirected graph, every tie both ways, unweighted):
 * `x_{k+1}(v) = d · Σ_{u ∈ N(v)} x_k(u) / deg(u) + d · Σ_{u : deg(u) = 0} x_k(u) / n + (1 − d) / n`
 * from `x₀ = 1/n`: an isolated person's walker jumps uniformly (NetworkX's dangling rule).
 * Stops when `‖x_{k+1} − x_k‖₁ < n · tolerance`.
 * Defaults: `t` = the date of a measure, `damping = 0.85`, `tolerance = 1e-12` per person,
 * `maxIterations = 1000`. NetworkX's and graphology's default tolerance (1e-6 per person)
 * stops after a handful of iterations with errors of 1–40% at 1k–1M people; 1e-12 converges
 * (about 150 iterations at 0.85). Throws a {@link ConvergenceError} beyond the limit.
 * Complexity: O(k·(n + m)) for k iterations, k ≈ log(tolerance) / log(damping).
 *
 * Sources: Brin, S. & Page, L. (1998), "The anatomy of a large-scale hypertextual Web search
 * engine", Computer Networks and ISDN Systems 30(1–7), 107–117; Page, L., Brin, S., Motwani,
 * R. & Winograd, T. (1999), "The PageRank citation ranking: bringing order to the Web".
 *
 * @module
 */

import type { TieGraph } from "../../graph/tie-graph.js";
import type { Town } from "../../model/town.js";
import { UsageError } from "../../validation/errors.js";
import { ConvergenceError } from "../errors.js";
import { count, positive } from "./check.js";
import type { IterativeValues } from "./eigenvector.js";
import { byPerson, networkAt, type AtDate } from "./person-values.js";

/** Options of {@link pagerank}. */
export interface PageRankOptions extends AtDate {
  /** Probability of following a tie rather than jumping (NetworkX's `alpha`); default 0.85. */
  damping?: number;
  /** Stop when the L1 change is below `n × tolerance`; default 1e-12. */
  tolerance?: number;
  /** Most iterations before a {@link ConvergenceError}; default 1000. */
  maxIterations?: number;
}

/** @internal PageRank by power iteration over a compiled tie graph. */
export function pagerankOf(graph: TieGraph, damping: number, tolerance: number, maxIterations: number): { x: Float64Array; iterations: number } {
  const { n, offsets, targets } = graph;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const share = new Float64Array(n);
  if (n === 0) return { x, iterations: 0 }; // nobody present: nothing to rank
  let change = Infinity;
  for (let k = 1; k <= maxIterations; k++) {
    let dangling = 0;
    for (let u = 0; u < n; u++) {
      const deg = offsets[u + 1]! - offsets[u]!;
      if (deg === 0) dangling += x[u]!;
      else share[u] = x[u]! / deg;
    }
    const base = (damping * dangling + (1 - damping)) / n;
    change = 0;
    for (let v = 0; v < n; v++) {
      let s = 0;
      for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) s += share[targets[p]!]!;
      const value = damping * s + base;
      change += Math.abs(value - x[v]!);
      next[v] = value;
    }
    [x, next] = [next, x];
    if (change < n * tolerance) return { x, iterations: k };
  }
  throw new ConvergenceError("pagerank", maxIterations, tolerance, change);
}

/**
 * PageRank of every person present at `t`, converged to a tight tolerance.
 *
 * @param town - the town.
 * @param options - `t`, `damping` (default 0.85), `tolerance` (default 1e-12 per person),
 *   `maxIterations` (default 1000).
 * @throws ConvergenceError when the iteration limit is reached first; UsageError for a
 *   `damping` outside [0, 1).
 *
 * @example
 * ```ts
 * import { createTown, pagerank } from "@kankei/core";
 * // a star: c in the middle, tied to x, y and z
 * const town = createTown({
 *   town: { asOf: "2024-04-01" },
 *   people: ["c", "x", "y", "z"].map((id) => ({ id, origin: "local" as const })),
 *   ties: ["x", "y", "z"].map((b) => ({ a: "c", b, strength: "weak" as const })),
 * });
 * const r = pagerank(town);
 * r.values.get("c"); // (1 + 3 * 0.85) / (4 * (1 + 0.85))
 * [...r.values.values()].reduce((a, b) => a + b); // 1
 * pagerank(town, { damping: 0 }).values.get("c"); // 0.25
 * pagerank(town, { maxIterations: 2 }); // throws a ConvergenceError
 * ```
 */
export function pagerank(town: Town, options: PageRankOptions = {}): IterativeValues<PageRankOptions> {
  const damping = options.damping ?? 0.85;
  if (typeof damping !== "number" || !(damping >= 0 && damping < 1)) {
    throw new UsageError(`damping must be a number in [0, 1), got ${String(damping)}`);
  }
  const tolerance = positive("tolerance", options.tolerance ?? 1e-12);
  const maxIterations = count("maxIterations", options.maxIterations ?? 1000);
  const graph = networkAt(town, options.t);
  const { x, iterations } = pagerankOf(graph, damping, tolerance, maxIterations);
  return { date: graph.date, values: byPerson(graph, x), iterations, options: { t: graph.date, damping, tolerance, maxIterations } };
}
