/**
 * Closeness centrality (近接中心性): how near a person is to everyone they can reach.
 *
 * What it means for a town: a person of high closeness can get word to the rest of the
 * relationship population in few steps (a good starting point for a call for cooperators);
 * in a town split into separate groups, the Wasserman–Faust correction keeps the members of a
 * small, tight group from looking central to the whole town.
 * 日本語: 到達できる人々までの平均的な近さ。高い人は少ない段階で町の関係人口全体に声を届けられる。
 * 分断されたネットワークでは、到達できる人の割合で補正する（Wasserman–Faust）。
 *
 * Formula (NetworkX's `closeness_centrality` with `wf_improved=True`): for a person `v` who
 * reaches `r(v) - 1` others (`r` counts `v`) at total distance `D(v) = Σ_u d(v, u)`,
 * `C(v) = ((r(v) - 1) / D(v)) · ((r(v) - 1) / (n - 1))`; `C(v) = 0` when `v` reaches nobody.
 * Without the correction (`wfImproved: false`), `C(v) = (r(v) - 1) / D(v)` (Bavelas–Sabidussi,
 * within the component). Distances are hops, or with `distance: "strength"` tie strength read
 * as a *distance* (a path length): strong `strengthDistance.strong` (default 1), weak
 * `strengthDistance.weak` (default 2).
 * Defaults: `t` = the date of a measure, `wfImproved = true`, `distance = "none"`,
 * `strengthDistance = { strong: 1, weak: 2 }`.
 * Complexity: O(n·(n + m)) with breadth-first searches; with distances, Dijkstra's algorithm per
 * person, O(n·(n + m)) with a bucket queue when both lengths are whole numbers up to 64 (Dial
 * 1969; the default 1 and 2), else O(n·m log m) with a binary heap; O(n + m) memory, over the
 * compiled tie graph.
 *
 * Sources: Bavelas, A. (1950), "Communication patterns in task-oriented groups", JASA 22(6);
 * Sabidussi, G. (1966), "The centrality index of a graph", Psychometrika 31(4), 581–603;
 * Freeman, L. C. (1979), "Centrality in social networks: conceptual clarification", Social
 * Networks 1(3); Wasserman, S. & Faust, K. (1994), Social Network Analysis, Cambridge UP,
 * §5.3 (the correction for disconnected graphs).
 *
 * @module
 */

import type { TieGraph } from "../../graph/tie-graph.js";
import type { Town } from "../../model/town.js";
import type { PathLength } from "./betweenness.js";
import { oneOf } from "./check.js";
import { byPerson, networkAt, type AtDate, type PersonValues } from "./person-values.js";
import { checkStrengthNumbers, slotNumbers, type StrengthNumbers } from "./strength-values.js";

/** Options of {@link closeness}. */
export interface ClosenessOptions extends AtDate {
  /** Scale by the share of people reached, `(r - 1) / (n - 1)` (Wasserman–Faust); default true. */
  wfImproved?: boolean;
  /** `"none"` (default): every tie is one step; `"strength"`: tie strength as a distance. */
  distance?: PathLength;
  /** The length of a strong and of a weak tie with `distance: "strength"`; default `{ strong: 1, weak: 2 }`. */
  strengthDistance?: StrengthNumbers;
}

/** @internal Sum of hop distances and number reached (the source included), BFS level by level. */
function hopSums(graph: TieGraph, out: (s: number, total: number, reached: number) => void): void {
  const { n, offsets, targets } = graph;
  const seen = new Int32Array(n).fill(-1); // source of the search that last reached v
  const queue = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    queue[0] = s;
    seen[s] = s;
    let head = 0;
    let tail = 1;
    let level = 0;
    let total = 0;
    while (head < tail) {
      const levelEnd = tail;
      level++;
      for (; head < levelEnd; head++) {
        const u = queue[head]!;
        for (let p = offsets[u]!, end = offsets[u + 1]!; p < end; p++) {
          const v = targets[p]!;
          if (seen[v] !== s) {
            seen[v] = s;
            queue[tail++] = v;
          }
        }
      }
      total += level * (tail - levelEnd);
    }
    out(s, total, tail);
  }
}

/**
 * @internal Sum of distances and number reached by Dial's algorithm: Dijkstra with a bucket
 * queue, for lengths that are small whole numbers (the default strong 1, weak 2). Buckets are
 * kept for distances `D … D + maxLength` in a ring of linked lists; stale entries are skipped.
 */
function integerDistanceSums(
  graph: TieGraph,
  length: Int32Array,
  maxLength: number,
  out: (s: number, total: number, reached: number) => void,
): void {
  const { n, offsets, targets } = graph;
  const ring = maxLength + 1;
  const dist = new Float64Array(n);
  const seen = new Int32Array(n).fill(-1); // source of the search that last set dist[v]
  const done = new Int32Array(n).fill(-1);
  const head = new Int32Array(ring);
  const entryNode = new Int32Array(targets.length + 1);
  const entryNext = new Int32Array(targets.length + 1);
  for (let s = 0; s < n; s++) {
    head.fill(-1);
    let entries = 0;
    let pending = 0;
    seen[s] = s;
    dist[s] = 0;
    entryNode[0] = s;
    entryNext[0] = -1;
    head[0] = 0;
    entries = 1;
    pending = 1;
    let total = 0;
    let reached = 0;
    for (let d = 0; pending > 0; d++) {
      const b = d % ring;
      let e = head[b]!;
      head[b] = -1;
      for (; e !== -1; e = entryNext[e]!) {
        pending--;
        const u = entryNode[e]!;
        if (done[u] === s || dist[u] !== d) continue;
        done[u] = s;
        total += d;
        reached++;
        for (let p = offsets[u]!, end = offsets[u + 1]!; p < end; p++) {
          const v = targets[p]!;
          const nd = d + length[p]!;
          if (seen[v] !== s || nd < dist[v]!) {
            seen[v] = s;
            dist[v] = nd;
            const slot = nd % ring;
            entryNode[entries] = v;
            entryNext[entries] = head[slot]!;
            head[slot] = entries++;
            pending++;
          }
        }
      }
    }
    out(s, total, reached);
  }
}

/** @internal Sum of distances and number reached by Dijkstra's algorithm with a binary heap. */
function distanceSums(graph: TieGraph, length: Float64Array, out: (s: number, total: number, reached: number) => void): void {
  const { n, offsets, targets } = graph;
  const dist = new Float64Array(n);
  const seen = new Int32Array(n).fill(-1); // source of the search that last set dist[v]
  const done = new Int32Array(n).fill(-1);
  // A min-heap of (key, node) with lazy deletion: at most one entry per slot, plus the source.
  const keys = new Float64Array(targets.length + 1);
  const nodes = new Int32Array(targets.length + 1);
  let size = 0;
  const push = (key: number, node: number) => {
    let i = size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent]! <= key) break;
      keys[i] = keys[parent]!;
      nodes[i] = nodes[parent]!;
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  };
  for (let s = 0; s < n; s++) {
    size = 0;
    seen[s] = s;
    dist[s] = 0;
    push(0, s);
    let total = 0;
    let reached = 0;
    while (size > 0) {
      const key = keys[0]!;
      const u = nodes[0]!;
      // pop: move the last entry down from the root
      const lastKey = keys[--size]!;
      const lastNode = nodes[size]!;
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= size) break;
        if (c + 1 < size && keys[c + 1]! < keys[c]!) c++;
        if (keys[c]! >= lastKey) break;
        keys[i] = keys[c]!;
        nodes[i] = nodes[c]!;
        i = c;
      }
      keys[i] = lastKey;
      nodes[i] = lastNode;
      if (done[u] === s || key > dist[u]!) continue;
      done[u] = s;
      total += key;
      reached++;
      for (let p = offsets[u]!, end = offsets[u + 1]!; p < end; p++) {
        const v = targets[p]!;
        const d = key + length[p]!;
        if (seen[v] !== s || d < dist[v]!) {
          seen[v] = s;
          dist[v] = d;
          push(d, v);
        }
      }
    }
    out(s, total, reached);
  }
}

/** @internal Closeness of every node; `length` per slot, or null for hops. */
export function closenessOf(graph: TieGraph, length: Float64Array | null, wfImproved: boolean): Float64Array {
  const n = graph.n;
  const out = new Float64Array(n);
  const record = (s: number, total: number, reached: number) => {
    if (total > 0 && n > 1) {
      const others = reached - 1;
      out[s] = wfImproved ? (others / total) * (others / (n - 1)) : others / total;
    }
  };
  if (length === null) {
    hopSums(graph, record);
    return out;
  }
  let maxLength = 0;
  let whole = true;
  for (let p = 0; p < length.length; p++) {
    const l = length[p]!;
    if (!Number.isInteger(l) || l > 64) whole = false;
    else if (l > maxLength) maxLength = l;
  }
  if (whole) integerDistanceSums(graph, Int32Array.from(length), maxLength, record);
  else distanceSums(graph, length, record);
  return out;
}

/**
 * Closeness centrality of every person present at `t` (NetworkX's `closeness_centrality`,
 * Wasserman–Faust corrected by default).
 *
 * @param town - the town.
 * @param options - `t`, `wfImproved` (default true), `distance` (default `"none"`),
 *   `strengthDistance` (default `{ strong: 1, weak: 2 }`, used with `distance: "strength"`).
 * @throws UsageError for an unknown `distance` or a length that is not a positive number.
 *
 * @example
 * ```ts
 * import { closeness, createTown } from "@kankei/core";
 * // a triangle a–b–c, a chain c–d–e, and f on their own
 * const town = createTown({
 *   town: { asOf: "2024-04-01" },
 *   people: ["a", "b", "c", "d", "e", "f"].map((id) => ({ id, origin: "local" as const })),
 *   ties: [
 *     { a: "a", b: "b", strength: "strong" },
 *     { a: "a", b: "c", strength: "strong" },
 *     { a: "b", b: "c", strength: "weak" },
 *     { a: "c", b: "d", strength: "weak" },
 *     { a: "d", b: "e", strength: "strong" },
 *   ],
 * });
 * // c reaches 4 people at distances 1 + 1 + 1 + 2 = 5, out of 5 others in town
 * closeness(town).values.get("c"); // (4 / 5) * (4 / 5)
 * closeness(town, { wfImproved: false }).values.get("c"); // 0.8
 * closeness(town).values.get("f"); // 0
 * // with strength as distance, c–d (weak) is 2 long: 1 + 2 + 2 + 3 = 8
 * closeness(town, { distance: "strength", wfImproved: false }).values.get("c"); // 0.5
 * ```
 */
export function closeness(town: Town, options: ClosenessOptions = {}): PersonValues<ClosenessOptions> {
  const wfImproved = options.wfImproved !== false;
  const distance = oneOf("distance", options.distance ?? "none", ["none", "strength"]);
  const strengthDistance = checkStrengthNumbers("strengthDistance", options.strengthDistance ?? { strong: 1, weak: 2 });
  const graph = networkAt(town, options.t);
  const length = distance === "none" ? null : slotNumbers(graph, strengthDistance);
  return {
    date: graph.date,
    values: byPerson(graph, closenessOf(graph, length, wfImproved)),
    options: { t: graph.date, wfImproved, distance, strengthDistance },
  };
}
