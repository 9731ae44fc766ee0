/**
 * The tie graph: the network of a town at one date, compiled into flat typed arrays (CSR).
 *
 * What it is: every person present at `t` is a node numbered `0 … n-1` in town order, and every
 * tie active at `t` an undirected edge stored twice, once in each end's neighbour list
 * (compressed sparse rows). It is the shared compiled form of every traversal measure
 * (weak-tie reach, local bridges, components): they never walk graphology objects, which is
 * 10–200× slower than walking these arrays (docs: performance-facts).
 * 日本語: ある日付 `t` の町のネットワーク（その日にいる人と、その日に有効な紐帯）を、探索系の指標が
 * 共有する型付き配列（CSR 形式の隣接リスト）に変換したもの。
 *
 * Layout, for node `u`: its neighbours are `targets[offsets[u] … offsets[u+1]-1]`, sorted by
 * node number (so two lists intersect by a merge); the same slot of `strong` is 1 for a
 * strong tie (強い紐帯) and 0 for a weak one (弱い紐帯), and of `tie` the index of the tie
 * record in `town.ties`. Because no two ties of one pair overlap in time (domain rule 4), the
 * graph is simple: no pair appears twice and no one is tied to themself.
 *
 * Complexity: O(P + T) time for P person records and T tie records (two counting passes,
 * no comparison sort), about 13 bytes per tie; a traversal is O(n + m).
 *
 * Sources: the CSR layout is the standard sparse-matrix form; its use here follows the
 * measurements in the project's performance notes. Tie strength follows Granovetter, M.
 * (1973), "The Strength of Weak Ties", American Journal of Sociology 78(6), and Onnela, J.-P.
 * et al. (2007), "Structure and tie strengths in mobile communication networks", PNAS 104(18);
 * the strong core and weak periphery it separates are those of Nakayama's circular model
 * (関係人口ネットワークに基づく循環モデル).
 *
 * @module
 */

import type { IsoDate } from "../model/records.js";
import type { Town } from "../model/town.js";

/** The network of a town at one date as compressed sparse rows (see the module doc). */
export interface TieGraph {
  /** The date `t` the graph describes. */
  readonly date: IsoDate;
  /** Ids of the people present at `t`, in town order: node `u` is `ids[u]`. */
  readonly ids: readonly string[];
  /** Node number of each person present at `t`. */
  readonly index: ReadonlyMap<string, number>;
  /** `n + 1` offsets: node `u`'s slots are `offsets[u] … offsets[u+1]-1`. */
  readonly offsets: Int32Array;
  /** `2m` neighbour node numbers, sorted within each node's slots. */
  readonly targets: Int32Array;
  /** `2m` flags: 1 when the tie of the slot is strong, 0 when weak. */
  readonly strong: Uint8Array;
  /** `2m` indices of the tie records (into `town.ties`) of each slot. */
  readonly tie: Int32Array;
  /** Number of nodes (people present at `t`). */
  readonly n: number;
  /** Number of edges (ties active at `t`; with `strongOnly`, strong ties only). */
  readonly m: number;
}

/** Options of {@link compileTieGraph}. */
export interface TieGraphOptions {
  /** Keep only strong ties (`G_strong(t)`); default false (`G_all(t)`). */
  strongOnly?: boolean;
}

/**
 * Compiles the network of a town at date `t` (default: the date of a measure, domain.md §3)
 * into a {@link TieGraph}: people present at `t`, ties active at `t` (their periods cut to the
 * presence of both people). O(P + T) the first time; the graph is then kept with the town (the
 * {@link CACHED_GRAPHS} most recently used per town) and shared by every measure, so a second
 * measure at the same date costs only its algorithm. The graph is shared: read it, never write
 * into its arrays.
 *
 * @param town - the town.
 * @param t - the date (ISO); default `town.asOf`, else the latest date in the records.
 * @param options - `strongOnly`: keep strong ties only.
 * @throws UsageError when `t` is not a real date, or the town has no date and `t` is absent.
 *
 * @example
 * ```ts
 * import { compileTieGraph, createTown } from "@kankei/core";
 * const town = createTown({
 *   town: { asOf: "2024-04-01" },
 *   people: [{ id: "a", origin: "local" }, { id: "b", origin: "local" }, { id: "c", origin: "outsider" }],
 *   ties: [{ a: "a", b: "b", strength: "strong" }, { a: "c", b: "a", strength: "weak" }],
 * });
 * const g = compileTieGraph(town);
 * g.n; // 3
 * g.m; // 2
 * const a = g.index.get("a")!;
 * Array.from(g.targets.subarray(g.offsets[a], g.offsets[a + 1])).map((v) => g.ids[v]); // ["b", "c"]
 * Array.from(g.strong.subarray(g.offsets[a], g.offsets[a + 1])); // [1, 0]
 * compileTieGraph(town) === g; // true
 * ```
 */
export function compileTieGraph(town: Town, t?: IsoDate, options: TieGraphOptions = {}): TieGraph {
  const date = town.date(t);
  const strongOnly = options.strongOnly === true;
  const key = `${strongOnly ? "s" : "a"}${date}`;
  let cached = COMPILED.get(town);
  if (cached === undefined) COMPILED.set(town, (cached = new Map()));
  const hit = cached.get(key);
  if (hit !== undefined) {
    // most recently used last
    cached.delete(key);
    cached.set(key, hit);
    return hit;
  }
  const graph = buildTieGraph(town, date, strongOnly);
  cached.set(key, graph);
  if (cached.size > CACHED_GRAPHS) cached.delete(cached.keys().next().value as string);
  return graph;
}

/**
 * How many compiled graphs a town keeps (the most recently used): a few dates and both kinds,
 * enough for a report or a viewer moving between two dates, without holding a graph for every
 * date a timeline visits.
 */
export const CACHED_GRAPHS = 6;

// A Town never changes, so its graph at a date never does: one compilation per town, date and
// kind, shared by every measure (weak-tie reach, components, SNA, brokerage) of the same call
// or of the next. Held weakly: a town no longer used takes its graphs with it.
const COMPILED = new WeakMap<Town, Map<string, TieGraph>>();

function buildTieGraph(town: Town, date: IsoDate, strongOnly: boolean): TieGraph {
  const day = town.day(date);

  // Node numbers: people present at t, in town order.
  const people = town.people;
  const node = new Int32Array(people.length).fill(-1);
  const ids: string[] = [];
  const index = new Map<string, number>();
  for (let i = 0; i < people.length; i++) {
    const id = people[i]!.id;
    const s = town.personSpan(id);
    if (s.from <= day && day < s.to) {
      node[i] = ids.length;
      index.set(id, ids.length);
      ids.push(id);
    }
  }
  const n = ids.length;

  // Active ties as pairs of node numbers (a tie is active only while both people are present).
  // Each record is read once: its fields are copied into typed arrays for the passes below.
  const ties = town.ties;
  const ea = new Int32Array(ties.length);
  const eb = new Int32Array(ties.length);
  const ei = new Int32Array(ties.length);
  const es = new Uint8Array(ties.length);
  const degree = new Int32Array(n + 1);
  let m = 0;
  for (let i = 0; i < ties.length; i++) {
    const s = town.tieSpan(i);
    if (!(s.from <= day && day < s.to)) continue;
    const e = ties[i]!;
    const isStrong = e.strength === "strong";
    if (strongOnly && !isStrong) continue;
    const u = node[town.personIndex(e.a)]!;
    const v = node[town.personIndex(e.b)]!;
    if (u < 0 || v < 0) continue; // cannot happen for a valid town; kept as a guard
    ea[m] = u;
    eb[m] = v;
    ei[m] = i;
    es[m] = isStrong ? 1 : 0;
    m++;
    degree[u]!++;
    degree[v]!++;
  }

  const offsets = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) offsets[u + 1] = offsets[u]! + degree[u]!;

  // Pass 1: slots in tie order (unsorted rows), recording for each slot its edge number.
  const fill = offsets.slice(0, n);
  const rawTarget = new Int32Array(2 * m);
  const rawEdge = new Int32Array(2 * m);
  for (let k = 0; k < m; k++) {
    const u = ea[k]!;
    const v = eb[k]!;
    let p = fill[u]!++;
    rawTarget[p] = v;
    rawEdge[p] = k;
    p = fill[v]!++;
    rawTarget[p] = u;
    rawEdge[p] = k;
  }

  // Pass 2: a counting sort by the symmetry of the graph. Visiting rows v = 0, 1, … and
  // appending v to the row of each neighbour u fills every row in increasing order.
  fill.set(offsets.subarray(0, n));
  const targets = new Int32Array(2 * m);
  const strong = new Uint8Array(2 * m);
  const tie = new Int32Array(2 * m);
  for (let v = 0; v < n; v++) {
    for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
      const u = rawTarget[p]!;
      const k = rawEdge[p]!;
      const q = fill[u]!++;
      targets[q] = v;
      tie[q] = ei[k]!;
      strong[q] = es[k]!;
    }
  }

  return Object.freeze({ date, ids: Object.freeze(ids), index, offsets, targets, strong, tie, n, m });
}
