/**
 * k-hop neighbourhood sizes: how many people each person reaches within `k` introductions.
 *
 * What it computes: for every person `v` present at `t`, `|N_k(v)|`, the number of *other*
 * people within `k` hops of `v`, over all ties or over strong ties only. Their difference is
 * the per-person weak-tie gain of domain.md §5: the people someone reaches only through
 * acquaintances, the "bridges to other circles" of Granovetter (1973).
 * 日本語: 各人から紐帯を `k` 本以内たどって届く人の数（本人を除く）。全紐帯と強い紐帯だけの差が、
 * その人が弱い紐帯によってはじめて届く範囲になる。
 *
 * Formula: `N_k(v) = { w != v : d(v, w) <= k }`; `k = 0` gives 0, `k = 1` the degree,
 * `k = Infinity` (or `k >= n - 1`) the size of `v`'s component minus one.
 * Defaults: `hops = 2`, `strongOnly = false`.
 * Complexity: one bounded BFS per person, O(Σ_v vol(N_{k-1}(v))) time (the sum of degrees
 * of the people within `k - 1` hops), O(n) extra memory; `k = Infinity` is O(n + m).
 *
 * Sources: Granovetter, M. (1973), "The Strength of Weak Ties", AJS 78(6); Onnela, J.-P. et al.
 * (2007), PNAS 104(18); Nakayama's circular model for the reach of the core's networks.
 *
 * @module
 */

import type { TieGraph } from "../../graph/tie-graph.js";
import { connectedComponents } from "./components.js";

/** Options of {@link neighbourhoodSizes}. */
export interface NeighbourhoodOptions {
  /** The hop limit `k`: a whole number >= 0, or `Infinity` (default 2). */
  hops?: number;
  /** Count over strong ties only (default false). */
  strongOnly?: boolean;
}

/**
 * `|N_k(v)|` for every node `v` of a {@link TieGraph} (indexed by node number).
 *
 * @example
 * ```ts
 * import { compileTieGraph, createTown, neighbourhoodSizes } from "@kankei/core";
 * const town = createTown({
 *   town: { asOf: "2024-04-01" },
 *   people: ["a", "b", "c", "d"].map((id) => ({ id, origin: "local" as const })),
 *   ties: [
 *     { a: "a", b: "b", strength: "strong" },
 *     { a: "b", b: "c", strength: "weak" },
 *     { a: "c", b: "d", strength: "strong" },
 *   ],
 * });
 * const g = compileTieGraph(town);
 * Array.from(neighbourhoodSizes(g)); // [2, 3, 3, 2]
 * Array.from(neighbourhoodSizes(g, { strongOnly: true })); // [1, 1, 1, 1]
 * Array.from(neighbourhoodSizes(g, { hops: Infinity })); // [3, 3, 3, 3]
 * ```
 */
export function neighbourhoodSizes(graph: TieGraph, options: NeighbourhoodOptions = {}): Int32Array {
  const hops = options.hops ?? 2;
  const strongOnly = options.strongOnly === true;
  const { n, offsets, targets, strong } = graph;
  const size = new Int32Array(n);
  if (hops <= 0 || n === 0) return size;

  if (hops >= n - 1) {
    // Every shortest path has at most n - 1 hops: the whole component is within reach.
    const c = connectedComponents(graph, { strongOnly });
    for (let v = 0; v < n; v++) size[v] = c.sizes[c.component[v]!]! - 1;
    return size;
  }

  if (hops === 1) {
    for (let v = 0; v < n; v++) {
      let d = 0;
      for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) if (!strongOnly || strong[p] === 1) d++;
      size[v] = d;
    }
    return size;
  }

  if (hops === 2) {
    // The common case, without a queue: mark the neighbours, then the neighbours' neighbours.
    const seen = new Int32Array(n);
    for (let s = 0; s < n; s++) {
      const stamp = s + 1;
      seen[s] = stamp;
      let count = 0;
      const start = offsets[s]!;
      const end = offsets[s + 1]!;
      for (let p = start; p < end; p++) {
        if (strongOnly && strong[p] === 0) continue;
        const u = targets[p]!;
        if (seen[u] !== stamp) {
          seen[u] = stamp;
          count++;
        }
      }
      for (let p = start; p < end; p++) {
        if (strongOnly && strong[p] === 0) continue;
        const u = targets[p]!;
        for (let q = offsets[u]!, qe = offsets[u + 1]!; q < qe; q++) {
          if (strongOnly && strong[q] === 0) continue;
          const w = targets[q]!;
          if (seen[w] !== stamp) {
            seen[w] = stamp;
            count++;
          }
        }
      }
      size[s] = count;
    }
    return size;
  }

  // One BFS per person, limited to `hops` layers; `seen[w] === v + 1` marks w as found from v.
  const seen = new Int32Array(n);
  const depth = new Int32Array(n);
  const queue = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    const stamp = s + 1;
    seen[s] = stamp;
    depth[s] = 0;
    queue[0] = s;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const u = queue[head]!;
      const d = depth[u]! + 1;
      if (d > hops) break;
      for (let p = offsets[u]!, end = offsets[u + 1]!; p < end; p++) {
        if (strongOnly && strong[p] === 0) continue;
        const w = targets[p]!;
        if (seen[w] !== stamp) {
          seen[w] = stamp;
          depth[w] = d;
          queue[tail++] = w;
        }
      }
    }
    size[s] = tail - 1;
  }
  return size;
}
