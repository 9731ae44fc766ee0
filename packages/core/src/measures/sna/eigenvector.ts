/**
 * Eigenvector centrality (固有ベクトル中心性): a person is central when their contacts are
 * central.
 *
 * What it means for a town: high scores go to people tied to other well-tied people, the
 * inner circle of the relationship population; someone with few ties but all of them to key
 * figures outranks someone with many ties at the margin.
 * 日本語: つながりの多い人とつながっている人ほど高い。町の関係人口の「中心の輪」にいる度合い。
 *
 * Formula: the principal eigenvector of the adjacency matrix `A`, `λ x = A x`, found as
 * NetworkX's `eigenvector_centrality` finds it: power iteration on `A + I` (the shift keeps
 * bipartite graphs from oscillating and leaves the eigenvectors unchanged) from the uniform
 * vector `x₀ = 1/n`, `x_{k+1} = (A + I) x_k / ‖(A + I) x_k‖₂`, stopping when
 * `‖x_{k+1} − x_k‖₁ < n · tolerance`. Values lie in [0, 1] with `‖x‖₂ = 1`. In a town split into
 * groups the vector concentrates on the group with the largest eigenvalue (people elsewhere
 * tend to 0), as in NetworkX.
 * Defaults: `t` = the date of a measure, `tolerance = 1e-12` per person (NetworkX: 1e-6),
 * `maxIterations = 10000` (NetworkX: 100). Throws a {@link ConvergenceError} beyond the limit
 * (NetworkX's `PowerIterationFailedConvergence`).
 * Complexity: O(k·(n + m)) for k iterations (k grows as `(1 + λ₂)/(1 + λ₁)` nears 1).
 *
 * Sources: Bonacich, P. (1972), "Factoring and weighting approaches to status scores and
 * clique identification", Journal of Mathematical Sociology 2(1); Bonacich, P. (1987), "Power
 * and centrality: a family of measures", American Journal of Sociology 92(5), 1170–1182.
 *
 * @module
 */

import type { TieGraph } from "../../graph/tie-graph.js";
import type { Town } from "../../model/town.js";
import { ConvergenceError } from "../errors.js";
import { count, positive } from "./check.js";
import { byPerson, networkAt, type AtDate, type PersonValues } from "./person-values.js";

/** Options of {@link eigenvector}. */
export interface EigenvectorOptions extends AtDate {
  /** Stop when the L1 change is below `n × tolerance`; default 1e-12. */
  tolerance?: number;
  /** Most iterations before a {@link ConvergenceError}; default 10000. */
  maxIterations?: number;
}

/** The result of an iterative measure: per-person values and the iterations it took. */
export interface IterativeValues<O extends AtDate> extends PersonValues<O> {
  /** Iterations until the change fell below `n × tolerance`. */
  iterations: number;
}

/** @internal Power iteration on A + I over a compiled tie graph. */
export function eigenvectorOf(graph: TieGraph, tolerance: number, maxIterations: number): { x: Float64Array; iterations: number } {
  const { n, offsets, targets } = graph;
  let x = new Float64Array(n).fill(1 / n);
  let y = new Float64Array(n);
  if (n === 0) return { x, iterations: 0 }; // nobody present: nothing to rank
  let change = Infinity;
  for (let k = 1; k <= maxIterations; k++) {
    let squares = 0;
    for (let v = 0; v < n; v++) {
      let s = x[v]!;
      for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) s += x[targets[p]!]!;
      y[v] = s;
      squares += s * s;
    }
    const norm = Math.sqrt(squares) || 1;
    change = 0;
    for (let v = 0; v < n; v++) {
      const value = y[v]! / norm;
      change += Math.abs(value - x[v]!);
      y[v] = value;
    }
    [x, y] = [y, x];
    if (change < n * tolerance) return { x, iterations: k };
  }
  throw new ConvergenceError("eigenvector", maxIterations, tolerance, change);
}

/**
 * Eigenvector centrality of every person present at `t` (NetworkX's `eigenvector_centrality`,
 * converged to a tight tolerance).
 *
 * @param town - the town.
 * @param options - `t`, `tolerance` (default 1e-12 per person), `maxIterations` (default 10000).
 * @throws ConvergenceError when the iteration limit is reached first.
 *
 * @example
 * ```ts
 * import { createTown, eigenvector } from "@kankei/core";
 * // a star: c in the middle, tied to x, y and z
 * const town = createTown({
 *   town: { asOf: "2024-04-01" },
 *   people: ["c", "x", "y", "z"].map((id) => ({ id, origin: "local" as const })),
 *   ties: ["x", "y", "z"].map((b) => ({ a: "c", b, strength: "weak" as const })),
 * });
 * const e = eigenvector(town);
 * e.values.get("c"); // 1 / Math.sqrt(2)
 * e.values.get("x"); // 1 / Math.sqrt(6)
 * eigenvector(town, { maxIterations: 1 }); // throws a ConvergenceError
 * ```
 */
export function eigenvector(town: Town, options: EigenvectorOptions = {}): IterativeValues<EigenvectorOptions> {
  const tolerance = positive("tolerance", options.tolerance ?? 1e-12);
  const maxIterations = count("maxIterations", options.maxIterations ?? 10000);
  const graph = networkAt(town, options.t);
  const { x, iterations } = eigenvectorOf(graph, tolerance, maxIterations);
  return { date: graph.date, values: byPerson(graph, x), iterations, options: { t: graph.date, tolerance, maxIterations } };
}
