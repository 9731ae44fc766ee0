/**
 * Critical weak ties: the acquaintances without which the core would reach fewer people.
 *
 * What it computes: for each weak tie `e` active at `t`, `loss(e)`, the number of people the
 * seed set `S` (by default the core of every active project) no longer reaches within `k` hops
 * once `e` is gone; `e` is critical when `loss(e) > 0`. For a town these are the single
 * acquaintances that carry the core's reach into other circles (Granovetter's bridges, the
 * よそ者 drawn in through one personal contact): lose the tie and those people are out of reach.
 * 日本語: 弱い紐帯を 1 本失ったとき、中核から `k` ホップ以内に届かなくなる人の数（損失）を求める。
 * 損失が正の弱い紐帯は、町の到達範囲を一本で支えている「重要な弱い紐帯」である。
 *
 * Formula: `loss(e) = reach(S, G_all, k) - reach(S, G_all - e, k)`, where `reach(S, G, k)` is
 * the number of people outside `S` within `k` hops of `S` in `G` (domain.md §5).
 *
 * Method (exact, not sampled): one multi-source BFS from `S` gives `dist`. Removing a tie can
 * only lower reach if it changes some distance, and it changes one only if it is the *only*
 * tie from a person `c` to the layer before `c` (a unique parent edge of the BFS DAG): with a
 * second parent every shortest path can be rerouted. So each person has at most one candidate
 * tie. For a candidate, the people whose every shortest path from `S` crosses it (the set
 * `A`: `c`, then every person all of whose parents are in `A`) are the only ones whose
 * distance changes; their new distances come from a BFS inside `A` started from the distances
 * of their neighbours outside `A`, which do not change. `loss(e)` is the number of people of
 * `A` whose new distance exceeds `k`, and they are the people lost (`lost`).
 * Defaults: `hops = 2`. Complexity: O(n + m) for the BFS, plus, per candidate tie, the volume
 * (sum of degrees) of its set `A`: O(n + m) in practice (each person is the child of at most
 * one candidate and sets are usually small), O(n·m) in the worst case (a long path).
 *
 * Sources: Granovetter, M. (1973), "The Strength of Weak Ties", AJS 78(6); Onnela, J.-P. et al.
 * (2007), "Structure and tie strengths in mobile communication networks", PNAS 104(18) (weak
 * ties hold the network together); Nakayama's circular model (outsiders come in through the
 * insiders' weak ties). The repair of BFS distances after an edge deletion follows the idea of
 * Ramalingam & Reps (1996), "An incremental algorithm for a generalization of the
 * shortest-path problem", J. Algorithms 21.
 *
 * @module
 */

import type { TieGraph } from "../../graph/tie-graph.js";
import { hopDistances } from "../../graph/hop-distances.js";
import { checkHops } from "./hops.js";

/** A weak tie whose loss shrinks the reach of the seed set. */
export interface CriticalTie {
  /** Index of the tie record in `town.ties`. */
  tie: number;
  /** Node number of the end nearer to the seeds. */
  near: number;
  /** Node number of the end farther from the seeds (the person cut off first). */
  far: number;
  /** `reach(S, G_all, k) - reach(S, G_all - e, k)`, always > 0. */
  loss: number;
  /** Node numbers of the people the seeds no longer reach without the tie (`loss` of them), ascending. */
  lost: number[];
}

/** Options of {@link criticalWeakTies}. */
export interface CriticalTieOptions {
  /** The hop limit `k`: a whole number >= 0 or `Infinity` (default 2). */
  hops?: number;
  /** Also test strong ties (default false: weak ties only, as domain.md §5 defines). */
  includeStrong?: boolean;
}

/**
 * The ties of a {@link TieGraph} whose removal lowers `reach(S, G, k)`, each with its loss,
 * ordered by loss (largest first), then by tie index. Weak ties only unless `includeStrong`.
 *
 * @param graph - the compiled network `G_all(t)` (see `compileTieGraph`).
 * @param seeds - node numbers of the seed set `S`.
 *
 * @example
 * ```ts
 * import { compileTieGraph, createTown, criticalWeakTies } from "@kankei/core";
 * // seeds {a}: a - b strong, b - c weak, a - d weak, d - e weak; k = 2
 * const town = createTown({
 *   town: { asOf: "2024-04-01" },
 *   people: ["a", "b", "c", "d", "e"].map((id) => ({ id, origin: "local" as const })),
 *   ties: [
 *     { a: "a", b: "b", strength: "strong" },
 *     { a: "b", b: "c", strength: "weak" },
 *     { a: "a", b: "d", strength: "weak" },
 *     { a: "d", b: "e", strength: "weak" },
 *   ],
 * });
 * const g = compileTieGraph(town);
 * criticalWeakTies(g, [g.index.get("a")!]).map((c) => [c.tie, c.loss]); // [[2, 2], [1, 1], [3, 1]]
 * ```
 */
export function criticalWeakTies(graph: TieGraph, seeds: ArrayLike<number>, options: CriticalTieOptions = {}): CriticalTie[] {
  const hops = checkHops(options.hops);
  const includeStrong = options.includeStrong === true;
  const { n, offsets, targets, strong, tie } = graph;
  const dist = hopDistances(graph, seeds, { hops });

  // Parents of each reached person: neighbours one layer nearer; remember the slot of the last.
  const parents = new Int32Array(n);
  const parentSlot = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    const dv = dist[v]!;
    if (dv <= 0) continue;
    for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
      if (dist[targets[p]!] === dv - 1) {
        parents[v]!++;
        parentSlot[v] = p;
      }
    }
  }

  // Scratch space, reused across candidates through stamps (no clearing).
  const inA = new Int32Array(n); // === stamp: v is in A
  const remStamp = new Int32Array(n); // === stamp: remaining[v] is valid
  const remaining = new Int32Array(n); // parents of v not (yet) in A
  const done = new Int32Array(n); // === stamp: v's new distance is final
  const newDist = new Int32Array(n);
  const members = new Int32Array(n); // the set A, in discovery order
  const queue = new Int32Array(n);
  const queueDist = new Int32Array(n);
  const limit = Math.min(hops, n); // no shortest path has more than n - 1 hops

  const out: CriticalTie[] = [];
  let stamp = 0;
  for (let c = 0; c < n; c++) {
    if (parents[c] !== 1) continue;
    const slot = parentSlot[c]!;
    if (!includeStrong && strong[slot] === 1) continue;
    const q = targets[slot]!;
    stamp++;

    // 1. A: c, then every person all of whose parents are in A (children are one layer on).
    let size = 0;
    inA[c] = stamp;
    members[size++] = c;
    for (let i = 0; i < size; i++) {
      const y = members[i]!;
      const child = dist[y]! + 1;
      if (child > limit) continue;
      for (let p = offsets[y]!, end = offsets[y + 1]!; p < end; p++) {
        const x = targets[p]!;
        if (dist[x] !== child) continue;
        if (remStamp[x] !== stamp) {
          remStamp[x] = stamp;
          remaining[x] = parents[x]!;
        }
        if (--remaining[x]! === 0) {
          inA[x] = stamp;
          members[size++] = x;
        }
      }
    }

    // 2. Starting distances from neighbours outside A (their distances stand), without e.
    const start: number[] = [];
    for (let i = 0; i < size; i++) {
      const x = members[i]!;
      let best = 0x7fffffff;
      for (let p = offsets[x]!, end = offsets[x + 1]!; p < end; p++) {
        const w = targets[p]!;
        if (inA[w] === stamp || dist[w]! < 0) continue;
        if (x === c && w === q) continue; // the removed tie
        if (dist[w]! + 1 < best) best = dist[w]! + 1;
      }
      newDist[x] = best;
      if (best <= limit) start.push(x);
    }
    start.sort((a, b) => newDist[a]! - newDist[b]!);
    const startDist = start.map((x) => newDist[x]!);

    // 3. BFS inside A from those starting distances: merge the sorted starts with a FIFO queue.
    let reached = 0;
    let si = 0;
    let head = 0;
    let tail = 0;
    while (si < start.length || head < tail) {
      let x: number;
      let d: number;
      if (head < tail && (si >= start.length || queueDist[head]! <= startDist[si]!)) {
        x = queue[head]!;
        d = queueDist[head++]!;
      } else {
        x = start[si]!;
        d = startDist[si++]!;
      }
      if (done[x] === stamp) continue;
      done[x] = stamp;
      reached++;
      if (d + 1 > limit) continue;
      for (let p = offsets[x]!, end = offsets[x + 1]!; p < end; p++) {
        const y = targets[p]!;
        if (inA[y] !== stamp || done[y] === stamp || newDist[y]! <= d + 1) continue;
        newDist[y] = d + 1;
        queue[tail] = y;
        queueDist[tail++] = d + 1;
      }
    }

    const loss = size - reached;
    if (loss > 0) {
      const lost: number[] = [];
      for (let i = 0; i < size; i++) if (done[members[i]!] !== stamp) lost.push(members[i]!);
      out.push({ tie: tie[slot]!, near: q, far: c, loss, lost: lost.sort((a, b) => a - b) });
    }
  }
  return out.sort((a, b) => b.loss - a.loss || a.tie - b.tie);
}
