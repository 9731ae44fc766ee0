/**
 * Weak-tie reach (弱い紐帯の到達範囲): how far the town's core reaches, and how much of that
 * reach only weak ties give.
 *
 * What it computes: the number of people within `k` hops of a seed set `S` (by default the
 * initiators and cooperators of every project active at `t`), once over all ties and once over
 * strong ties only; the difference is what acquaintances add. For a town it tells how far the
 * people who run its projects can draw others in (outsiders, よそ者, above all), and which
 * single acquaintances that depends on. The circular model expects the core to hold together
 * by strong ties and to reach new people by weak ones (Granovetter 1973).
 * 日本語: 町の事業の中核（仕掛け人・協力者）から `k` ホップ以内に何人へ届くか、そのうち弱い紐帯が
 * あってはじめて届く人は何人か（特によそ者）、そしてどの弱い紐帯が一本でその到達を支えているかを示す。
 *
 * Formulas (domain.md §5), with `G_all(t)` the people present at `t` and the ties active at
 * `t`, `G_strong(t)` the same people and the strong ties only:
 * - `reach(S, G, k)` = number of people outside `S` within `k` hops of `S` in `G`;
 * - `all = reach(S, G_all, k)`, `strongOnly = reach(S, G_strong, k)`, `gain = all - strongOnly`,
 *   `gainShare = gain / all` (`NaN` when `all = 0`); `outsiders`: the same, counting only
 *   reached people whose origin is `outsider`;
 * - per person: `gain_k(v) = |N_k(v) in G_all| - |N_k(v) in G_strong|`, `N_k(v)` the people
 *   other than `v` within `k` hops;
 * - per project: the same figures with the project's core at `t` as seeds;
 * - critical weak ties: `loss(e) = reach(S, G_all, k) - reach(S, G_all - e, k) > 0`;
 * - the size of the largest component of `G_all(t)` and of `G_strong(t)`.
 * Defaults: `t` = `town.asOf`, else the latest date in the records; `seeds` = the core of
 * every active project; `hops = 2`; `perPerson = true`; `criticalTies = true`; `people = true`
 * (the ids behind the counts: `reached`, per project too, and `lost` per critical tie, each
 * sorted by id; a tie's ends are written `a < b`). Explicit seeds
 * not present at `t` are ignored and listed; an id that names nobody is a `UsageError`.
 * Complexity: O(P + T) to compile the graph, O(n + m) per seed set (one for the town, one per
 * active project), the per-person figures O(Σ_v vol(N_{k-1}(v))), critical ties O(n + m) plus
 * the repair of each candidate (see `criticalWeakTies`).
 *
 * Sources: Granovetter, M. (1973), "The Strength of Weak Ties", American Journal of Sociology
 * 78(6): 1360–1380; Onnela, J.-P. et al. (2007), "Structure and tie strengths in mobile
 * communication networks", PNAS 104(18): 7332–7336; 中山健一郎, 関係人口ネットワークに基づく
 * 循環モデル (Nakayama's circular model of the relationship population).
 *
 * @module
 */

import { compileTieGraph, type TieGraph } from "../../graph/tie-graph.js";
import { compareIds, tieEnds } from "../../model/ids.js";
import type { IsoDate } from "../../model/records.js";
import type { Town } from "../../model/town.js";
import { UsageError } from "../../validation/errors.js";
import { connectedComponents } from "./components.js";
import { criticalWeakTies } from "./critical-ties.js";
import { checkHops } from "./hops.js";
import { neighbourhoodSizes } from "./neighbourhood-sizes.js";

/** Options of {@link weakTieReach}. */
export interface WeakTieReachOptions {
  /** The date (default: `town.asOf`, else the latest date in the records). */
  t?: IsoDate;
  /** Person ids of the seed set `S` (default: the initiators and cooperators of every active project). */
  seeds?: readonly string[];
  /** The hop limit `k`: a whole number >= 0 or `Infinity` (default 2). */
  hops?: number;
  /** Compute the per-person gain (default true). */
  perPerson?: boolean;
  /** Compute the critical weak ties (default true). */
  criticalTies?: boolean;
  /** List the people behind the counts: who is reached, and who is lost with each critical tie (default true). */
  people?: boolean;
}

/** The options a {@link weakTieReach} result was computed with. */
export interface ResolvedWeakTieReachOptions {
  t: IsoDate;
  /** The explicit seeds as given, or `"core"` for the default (the core of every active project). */
  seeds: readonly string[] | "core";
  hops: number;
  perPerson: boolean;
  criticalTies: boolean;
  people: boolean;
}

/** Reach over all ties and over strong ties only. */
export interface ReachFigures {
  /** `reach(S, G_all, k)`. */
  all: number;
  /** `reach(S, G_strong, k)`. */
  strongOnly: number;
  /** `all - strongOnly`: the people reached only through some weak tie. */
  gain: number;
  /** `gain / all`; `NaN` when nobody is reached. */
  gainShare: number;
}

/** The people behind {@link ReachFigures}, each list sorted by id (`compareIds`). */
export interface ReachedPeople {
  /** The people `all` counts. */
  all: string[];
  /** The people `strongOnly` counts. */
  strongOnly: string[];
  /** The people `gain` counts: reached only through some weak tie. */
  gain: string[];
}

/** Reach figures, with the same figures counting outsiders (よそ者) only. */
export interface SeedReach extends ReachFigures {
  /** The same figures counting only reached people whose origin is `outsider`. */
  outsiders: ReachFigures;
  /** Who the figures count (filter by origin for the outsiders); null when `people` is false. */
  reached: ReachedPeople | null;
}

/** The per-person gain of one person. */
export interface PersonReach {
  id: string;
  /** `|N_k(v)|` in `G_all(t)`. */
  all: number;
  /** `|N_k(v)|` in `G_strong(t)`. */
  strongOnly: number;
  /** `all - strongOnly`. */
  gain: number;
}

/** The reach of one active project's core (initiators and cooperators at `t`). */
export interface ProjectReach extends SeedReach {
  project: string;
  /** The project's core at `t`, in town order. */
  seeds: string[];
}

/** A critical weak tie of {@link weakTieReach}. */
export interface CriticalWeakTie {
  /** Index of the tie record in `town.ties`. */
  tie: number;
  /** The end with the smaller id (`tieEnds`: one order everywhere, whatever the file wrote). */
  a: string;
  /** The end with the larger id. */
  b: string;
  /** `reach(S, G_all, k) - reach(S, G_all - e, k)`, > 0. */
  loss: number;
  /** The people lost with the tie (`loss` of them), by id; null when `people` is false. */
  lost: string[] | null;
}

/** The result of {@link weakTieReach}. */
export interface WeakTieReach extends SeedReach {
  date: IsoDate;
  /** The seeds used (present at `t`), in town order for the default, else as given. */
  seeds: string[];
  /** Explicit seeds not present at `t`, as given. */
  ignoredSeeds: string[];
  hops: number;
  /** Per person present at `t`, in town order; `null` when `perPerson` is false. */
  perPerson: PersonReach[] | null;
  /** Per project active at `t`, in town order. */
  perProject: ProjectReach[];
  /** Weak ties with `loss > 0`, largest loss first, then by tie index; `null` when switched off. */
  criticalTies: CriticalWeakTie[] | null;
  /** Size of the largest component of `G_all(t)` and of `G_strong(t)`. */
  largestComponent: { all: number; strongOnly: number };
  options: ResolvedWeakTieReachOptions;
}

function figures(all: number, strongOnly: number): ReachFigures {
  const gain = all - strongOnly;
  return { all, strongOnly, gain, gainShare: all === 0 ? NaN : gain / all };
}

/**
 * Reach of a seed set over a {@link TieGraph}: all ties and strong ties only, for everyone and
 * for outsiders, and with `people` the ids behind the counts. `outsider[v]` is 1 when node `v`
 * is an outsider.
 *
 * @example
 * ```ts
 * import { compileTieGraph, createTown, seedReach } from "@kankei/core";
 * const town = createTown({
 *   town: { asOf: "2024-04-01" },
 *   people: [{ id: "a", origin: "local" }, { id: "b", origin: "local" }, { id: "c", origin: "outsider" }],
 *   ties: [{ a: "a", b: "b", strength: "strong" }, { a: "b", b: "c", strength: "weak" }],
 * });
 * const g = compileTieGraph(town);
 * const r = seedReach(g, [0], 2, Uint8Array.of(0, 0, 1), true);
 * [r.all, r.strongOnly, r.gain, r.outsiders.gain]; // [2, 1, 1, 1]
 * r.reached; // { "all": ["b", "c"], "strongOnly": ["b"], "gain": ["c"] }
 * ```
 */
export function seedReach(graph: TieGraph, seeds: ArrayLike<number>, hops: number, outsider?: Uint8Array, people = false): SeedReach {
  const k = checkHops(hops);
  const ws = scratchFor(graph);
  const allNodes: number[] | undefined = people ? [] : undefined;
  const strongNodes: number[] | undefined = people ? [] : undefined;
  const [all, outAll] = boundedReach(graph, seeds, k, false, outsider, ws, allNodes);
  const [strong, outStrong] = boundedReach(graph, seeds, k, true, outsider, ws, strongNodes);
  return { ...figures(all, strong), outsiders: figures(outAll, outStrong), reached: people ? reachedPeople(graph, allNodes!, strongNodes!) : null };
}

/** The ids behind the counts, each list sorted by id. */
function reachedPeople(graph: TieGraph, allNodes: number[], strongNodes: number[]): ReachedPeople {
  const ids = graph.ids;
  const inStrong = new Set(strongNodes);
  const byId = (nodes: number[]) => nodes.map((v) => ids[v]!).sort(compareIds);
  return { all: byId(allNodes), strongOnly: byId(strongNodes), gain: byId(allNodes.filter((v) => !inStrong.has(v))) };
}

/** Scratch arrays for repeated bounded searches over one graph, reset by a generation stamp. */
interface Scratch {
  mark: Int32Array;
  dist: Int32Array;
  queue: Int32Array;
  gen: number;
}

const scratches = new WeakMap<TieGraph, Scratch>();

function scratchFor(graph: TieGraph): Scratch {
  let ws = scratches.get(graph);
  if (!ws) {
    ws = { mark: new Int32Array(graph.n), dist: new Int32Array(graph.n), queue: new Int32Array(graph.n), gen: 0 };
    scratches.set(graph, ws);
  }
  return ws;
}

/**
 * Multi-source BFS limited to `k` hops that touches only what it reaches (no O(n) reset, thanks
 * to the generation stamp), so that one search per project costs the size of its neighbourhood.
 * Returns the number of people reached outside the seeds, and how many of them are outsiders.
 */
function boundedReach(
  graph: TieGraph,
  seeds: ArrayLike<number>,
  k: number,
  strongOnly: boolean,
  outsider: Uint8Array | undefined,
  ws: Scratch,
  collect?: number[],
): [number, number] {
  const { offsets, targets, strong } = graph;
  const { mark, dist, queue } = ws;
  const gen = ++ws.gen;
  let tail = 0;
  for (let i = 0; i < seeds.length; i++) {
    const s = seeds[i]!;
    if (mark[s] !== gen) {
      mark[s] = gen;
      dist[s] = 0;
      queue[tail++] = s;
    }
  }
  const nSeeds = tail;
  for (let head = 0; head < tail; head++) {
    const u = queue[head]!;
    const d = dist[u]! + 1;
    if (d > k) break; // BFS order: every later node is at least as far
    for (let p = offsets[u]!, end = offsets[u + 1]!; p < end; p++) {
      if (strongOnly && strong[p] === 0) continue;
      const v = targets[p]!;
      if (mark[v] !== gen) {
        mark[v] = gen;
        dist[v] = d;
        queue[tail++] = v;
      }
    }
  }
  let out = 0;
  if (outsider !== undefined) for (let i = nSeeds; i < tail; i++) out += outsider[queue[i]!]!;
  if (collect !== undefined) for (let i = nSeeds; i < tail; i++) collect.push(queue[i]!);
  return [tail - nSeeds, out];
}

/**
 * Weak-tie reach of a town at a date (domain.md §5): how many people the seed set reaches
 * within `k` hops over all ties and over strong ties only, the gain weak ties give (overall,
 * for outsiders, per person and per project), the critical weak ties, and the largest
 * components.
 *
 * @throws UsageError on a bad date, a bad `hops`, or a seed id that names nobody.
 *
 * @example
 * ```ts
 * import { createTown, weakTieReach } from "@kankei/core";
 * const town = createTown({
 *   town: { asOf: "2024-04-01" },
 *   people: [
 *     { id: "aoki", origin: "local", sector: "government" },
 *     { id: "mori", origin: "local" },
 *     { id: "sato", origin: "local" },
 *     { id: "lee", origin: "outsider" },
 *   ],
 *   projects: [{ id: "fan", start: "2022-04-01" }],
 *   roles: [
 *     { person: "aoki", project: "fan", role: "initiator" },
 *     { person: "mori", project: "fan", role: "cooperator" },
 *   ],
 *   ties: [
 *     { a: "aoki", b: "mori", strength: "strong" },
 *     { a: "mori", b: "sato", strength: "strong" },
 *     { a: "sato", b: "lee", strength: "weak" },
 *   ],
 * });
 * const r = weakTieReach(town);
 * r.seeds; // ["aoki", "mori"]
 * [r.all, r.strongOnly, r.gain, r.gainShare]; // [2, 1, 1, 0.5]
 * r.outsiders.gain; // 1
 * r.reached; // { "all": ["lee", "sato"], "strongOnly": ["sato"], "gain": ["lee"] }
 * r.criticalTies; // [{ tie: 2, a: "lee", b: "sato", loss: 1, lost: ["lee"] }]
 * r.largestComponent; // { all: 4, strongOnly: 3 }
 * ```
 */
export function weakTieReach(town: Town, options: WeakTieReachOptions = {}): WeakTieReach {
  const date = town.date(options.t);
  const hops = checkHops(options.hops);
  const perPersonOn = options.perPerson ?? true;
  const criticalOn = options.criticalTies ?? true;
  const peopleOn = options.people ?? true;
  const graph = compileTieGraph(town, date);
  const { n, ids, index } = graph;

  const outsider = new Uint8Array(n);
  for (let v = 0; v < n; v++) outsider[v] = town.person(ids[v]!)!.origin === "outsider" ? 1 : 0;

  // The core (initiators and cooperators at t) of each active project, as sorted node numbers.
  const projects = town.projectsAt(date);
  const cores = projects.map((p) => {
    const nodes = town
      .membersAt(p.id, date)
      .filter((m) => m.role === "initiator" || m.role === "cooperator")
      .map((m) => index.get(m.person))
      .filter((v): v is number => v !== undefined); // a current role implies presence; kept as a guard
    return [...new Set(nodes)].sort((a, b) => a - b);
  });

  let seedNodes: number[];
  const ignoredSeeds: string[] = [];
  if (options.seeds === undefined) {
    const all = new Set<number>();
    for (const core of cores) for (const v of core) all.add(v);
    seedNodes = [...all].sort((a, b) => a - b);
  } else {
    if (!Array.isArray(options.seeds)) throw new UsageError(`option "seeds" must be an array of person ids`);
    seedNodes = [];
    const seen = new Set<string>();
    for (const id of options.seeds as unknown[]) {
      if (typeof id !== "string" || town.person(id) === undefined) {
        throw new UsageError(`option "seeds": no person has the id ${JSON.stringify(id)}`);
      }
      if (seen.has(id)) continue;
      seen.add(id);
      const v = index.get(id);
      if (v === undefined) ignoredSeeds.push(id);
      else seedNodes.push(v);
    }
  }

  const reach = seedReach(graph, seedNodes, hops, outsider, peopleOn);

  let perPerson: PersonReach[] | null = null;
  if (perPersonOn) {
    const all = neighbourhoodSizes(graph, { hops });
    const strong = neighbourhoodSizes(graph, { hops, strongOnly: true });
    perPerson = ids.map((id, v) => ({ id, all: all[v]!, strongOnly: strong[v]!, gain: all[v]! - strong[v]! }));
  }

  const perProject: ProjectReach[] = projects.map((p, j) => {
    const core = cores[j]!;
    return { project: p.id, seeds: core.map((v) => ids[v]!), ...seedReach(graph, core, hops, outsider, peopleOn) };
  });

  let criticalTies: CriticalWeakTie[] | null = null;
  if (criticalOn) {
    criticalTies = criticalWeakTies(graph, seedNodes, { hops }).map(({ tie, loss, lost }) => ({
      tie,
      ...tieEnds(town.ties[tie]!),
      loss,
      lost: peopleOn ? lost.map((v) => ids[v]!).sort(compareIds) : null,
    }));
  }

  return {
    date,
    seeds: seedNodes.map((v) => ids[v]!),
    ignoredSeeds,
    hops,
    ...reach,
    perPerson,
    perProject,
    criticalTies,
    largestComponent: {
      all: connectedComponents(graph).largest,
      strongOnly: connectedComponents(graph, { strongOnly: true }).largest,
    },
    options: {
      t: date,
      seeds: options.seeds === undefined ? "core" : [...options.seeds],
      hops,
      perPerson: perPersonOn,
      criticalTies: criticalOn,
      people: peopleOn,
    },
  };
}
