/**
 * Local bridges (局所ブリッジ): ties whose two ends have no acquaintance in common.
 *
 * What it computes: every tie active at `t` whose ends share no neighbour in `G_all(t)`, with
 * its span (how many hops apart the two people would be without it) and the share of such
 * ties that are weak. For a town these are the ties that connect otherwise separate circles:
 * new people and information cross them. Granovetter (1973) argued that a local bridge is
 * almost never a strong tie (strong ties close triangles), so most of them should be weak;
 * Onnela et al. (2007) confirmed the pattern at scale.
 * 日本語: 両端の人に共通の知り合いがいない紐帯（局所ブリッジ）と、それを除いたときの両端の距離（スパン）、
 * そのうち弱い紐帯の割合。異なる人の輪をつなぎ、新しい人や情報が通る経路である。
 *
 * Formula: tie `e = (u, v)` is a local bridge when `N(u) ∩ N(v) = ∅` in `G_all(t)`;
 * `span(e) = d(u, v)` in `G_all(t) - e` (`Infinity` when no other path exists: `e` is then a
 * bridge proper), always >= 3 for a local bridge; `weakShare` = weak local bridges / local
 * bridges (`NaN` when there are none). Defaults: `t` = the date of a measure (domain.md §3).
 * Complexity: O(P + T) to compile; the common-neighbour tests merge the sorted neighbour
 * lists, O(Σ_e (deg u + deg v)); each span is a bidirectional BFS that stops at the first
 * meeting or when the smaller side runs out, O(n + m) per local bridge at worst.
 *
 * Sources: Granovetter, M. (1973), "The Strength of Weak Ties", AJS 78(6) (local bridges of
 * degree n); Onnela, J.-P. et al. (2007), "Structure and tie strengths in mobile
 * communication networks", PNAS 104(18); Nakayama's circular model (outsiders arrive over the
 * insiders' weak ties).
 *
 * @module
 */

import { compileTieGraph, type TieGraph } from "../../graph/tie-graph.js";
import { tieEnds } from "../../model/ids.js";
import type { IsoDate, Strength } from "../../model/records.js";
import type { Town } from "../../model/town.js";

/** Options of {@link localBridges}. */
export interface LocalBridgeOptions {
  /** The date (default: `town.asOf`, else the latest date in the records). */
  t?: IsoDate;
}

/** A local bridge. */
export interface LocalBridge {
  /** Index of the tie record in `town.ties`. */
  tie: number;
  /** The end with the smaller id (`tieEnds`: one order everywhere, whatever the file wrote). */
  a: string;
  /** The end with the larger id. */
  b: string;
  strength: Strength;
  /** Hops between the ends without this tie (>= 3), or `Infinity` when there is no other path. */
  span: number;
}

/** The result of {@link localBridges}. */
export interface LocalBridges {
  date: IsoDate;
  /** The local bridges, by tie index. */
  bridges: LocalBridge[];
  /** Number of local bridges. */
  count: number;
  /** Share of the local bridges that are weak; `NaN` when there is none. */
  weakShare: number;
}

/** True when the sorted neighbour lists of `u` and `v` share no node. */
function noCommonNeighbour(graph: TieGraph, u: number, v: number): boolean {
  const { offsets, targets } = graph;
  let i = offsets[u]!;
  let j = offsets[v]!;
  const iEnd = offsets[u + 1]!;
  const jEnd = offsets[v + 1]!;
  while (i < iEnd && j < jEnd) {
    const x = targets[i]!;
    const y = targets[j]!;
    if (x === y) return false;
    if (x < y) i++;
    else j++;
  }
  return true;
}

/** Scratch space for {@link spanWithout}, reused across calls by stamps. */
interface SpanScratch {
  mark: Int32Array; // stamp*2 for u's side, stamp*2+1 for v's side
  depth: Int32Array;
  qa: Int32Array;
  qb: Int32Array;
  stamp: number;
}

/**
 * Hop distance between `u` and `v` without the tie of slot `skipTie` (a tie record index),
 * by a bidirectional BFS that grows the smaller frontier one layer at a time.
 */
function spanWithout(graph: TieGraph, u: number, v: number, skipTie: number, s: SpanScratch): number {
  const { offsets, targets, tie } = graph;
  const { mark, depth, qa, qb } = s;
  s.stamp++;
  const sideA = s.stamp * 2;
  const sideB = sideA + 1;
  mark[u] = sideA;
  depth[u] = 0;
  mark[v] = sideB;
  depth[v] = 0;
  qa[0] = u;
  qb[0] = v;
  // Frontier of each side: [start, end) in its queue; `da`, `db` its depth.
  let aStart = 0;
  let aEnd = 1;
  let bStart = 0;
  let bEnd = 1;
  let da = 0;
  let db = 0;
  while (aStart < aEnd && bStart < bEnd) {
    const growA = aEnd - aStart <= bEnd - bStart;
    const q = growA ? qa : qb;
    const own = growA ? sideA : sideB;
    const other = growA ? sideB : sideA;
    const start = growA ? aStart : bStart;
    const end = growA ? aEnd : bEnd;
    let tail = end;
    const d = (growA ? da : db) + 1;
    let best = Infinity;
    for (let i = start; i < end; i++) {
      const x = q[i]!;
      for (let p = offsets[x]!, pEnd = offsets[x + 1]!; p < pEnd; p++) {
        if (tie[p] === skipTie) continue;
        const y = targets[p]!;
        if (mark[y] === other) {
          const total = d + depth[y]!;
          if (total < best) best = total;
        } else if (mark[y] !== own) {
          mark[y] = own;
          depth[y] = d;
          q[tail++] = y;
        }
      }
    }
    if (best !== Infinity) return best;
    if (growA) {
      aStart = end;
      aEnd = tail;
      da = d;
    } else {
      bStart = end;
      bEnd = tail;
      db = d;
    }
  }
  return Infinity;
}

/**
 * The local bridges of the network at a date, their spans and the share that is weak
 * (Granovetter 1973). A tie is a local bridge exactly when its ends share no neighbour.
 *
 * @example
 * ```ts
 * import { createTown, localBridges } from "@kankei/core";
 * // a triangle a-b-c (strong) and a tail c-d (weak): only c-d is a local bridge
 * const town = createTown({
 *   town: { asOf: "2024-04-01" },
 *   people: ["a", "b", "c", "d"].map((id) => ({ id, origin: "local" as const })),
 *   ties: [
 *     { a: "a", b: "b", strength: "strong" },
 *     { a: "b", b: "c", strength: "strong" },
 *     { a: "c", b: "a", strength: "strong" },
 *     { a: "c", b: "d", strength: "weak" },
 *   ],
 * });
 * const r = localBridges(town);
 * r.bridges; // [{ tie: 3, a: "c", b: "d", strength: "weak", span: Infinity }]
 * r.weakShare; // 1
 * ```
 */
export function localBridges(town: Town, options: LocalBridgeOptions = {}): LocalBridges {
  const graph = compileTieGraph(town, options.t);
  const { n, offsets, targets, tie } = graph;
  const scratch: SpanScratch = {
    mark: new Int32Array(n),
    depth: new Int32Array(n),
    qa: new Int32Array(n),
    qb: new Int32Array(n),
    stamp: 0,
  };
  const bridges: LocalBridge[] = [];
  let weak = 0;
  for (let u = 0; u < n; u++) {
    for (let p = offsets[u]!, end = offsets[u + 1]!; p < end; p++) {
      const v = targets[p]!;
      if (v < u || !noCommonNeighbour(graph, u, v)) continue;
      const i = tie[p]!;
      const e = town.ties[i]!;
      if (e.strength === "weak") weak++;
      bridges.push({ tie: i, ...tieEnds(e), strength: e.strength, span: spanWithout(graph, u, v, i, scratch) });
    }
  }
  bridges.sort((x, y) => x.tie - y.tie);
  return { date: graph.date, bridges, count: bridges.length, weakShare: bridges.length === 0 ? NaN : weak / bridges.length };
}
