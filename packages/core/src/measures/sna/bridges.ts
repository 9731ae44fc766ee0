/**
 * Bridges (橋): ties whose loss splits the network.
 *
 * What it means for a town: a bridge is the only chain between two parts of the relationship
 * population. Granovetter argued that bridges are weak ties (a strong tie closes triangles,
 * so it is rarely the only way across); a strong bridge is a single point of failure worth
 * knowing about. Every bridge is a local bridge of infinite span (see `localBridges`).
 * 日本語: それが切れるとネットワークが分断される紐帯（橋）。グラノヴェッターは橋の多くが弱い紐帯だと論じた。
 *
 * Formula: tie `e` is a bridge when `G − e` has more connected components than `G`
 * (exactly one more). Found in one depth-first search with low points: tree edge
 * `(u, c)` is a bridge when `low(c) > disc(u)`. `weakShare` = weak bridges / bridges
 * (`NaN` when there is none).
 * Defaults: `t` = the date of a measure, all ties (`G_all(t)`).
 * Complexity: O(P + T) to compile, O(n + m) for the search (iterative: no recursion depth
 * limit, safe at 100,000 people and more).
 *
 * Sources: Hopcroft, J. & Tarjan, R. (1973), "Algorithm 447: efficient algorithms for graph
 * manipulation", Communications of the ACM 16(6), 372–378; Tarjan, R. (1974), "A note on
 * finding the bridges of a graph", Information Processing Letters 2(6), 160–161; Granovetter,
 * M. (1973), "The Strength of Weak Ties", AJS 78(6).
 *
 * @module
 */

import { tieEnds } from "../../model/ids.js";
import type { IsoDate, Strength } from "../../model/records.js";
import type { Town } from "../../model/town.js";
import { lowPoints } from "./lowpoints.js";
import { networkAt, type AtDate, type Resolved } from "./person-values.js";

/** Options of {@link bridges}. */
export interface BridgeOptions extends AtDate {}

/** A bridge: a tie active at the date whose loss splits the network. */
export interface Bridge {
  /** Index of the tie record in `town.ties`. */
  tie: number;
  /** The end with the smaller id (`tieEnds`: one order everywhere, whatever the file wrote). */
  a: string;
  /** The end with the larger id. */
  b: string;
  strength: Strength;
}

/** The result of {@link bridges}. */
export interface BridgesResult {
  date: IsoDate;
  /** The bridges, by tie index. */
  bridges: Bridge[];
  /** Number of bridges. */
  count: number;
  /** Share of the bridges that are weak; `NaN` when there is none. */
  weakShare: number;
  /** The options used. */
  options: Resolved<BridgeOptions>;
}

/**
 * The bridges of the network at `t`.
 *
 * @param town - the town.
 * @param options - `t`.
 *
 * @example
 * ```ts
 * import { bridges, createTown } from "@kankei/core";
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
 * const r = bridges(town);
 * r.bridges.map((b) => `${b.a}–${b.b}`); // ["c–d", "d–e"]
 * r.weakShare; // 0.5
 * ```
 */
export function bridges(town: Town, options: BridgeOptions = {}): BridgesResult {
  const graph = networkAt(town, options.t);
  const { bridgeSlots } = lowPoints(graph);
  const found: Bridge[] = bridgeSlots
    .map((p) => graph.tie[p]!)
    .sort((x, y) => x - y)
    .map((i) => {
      const e = town.ties[i]!;
      return { tie: i, ...tieEnds(e), strength: e.strength };
    });
  const weak = found.filter((b) => b.strength === "weak").length;
  return {
    date: graph.date,
    bridges: found,
    count: found.length,
    weakShare: found.length === 0 ? NaN : weak / found.length,
    options: { t: graph.date },
  };
}
