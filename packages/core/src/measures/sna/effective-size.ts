/**
 * Effective size (実効規模): how many non-redundant contacts a person has.
 *
 * What it means for a town: a person with ten contacts who all know one another has about one
 * contact's worth of distinct reach; ten contacts who are strangers to one another are ten
 * separate doors. For the relationship population, high effective size marks people who can
 * bring new people and information into a project (Granovetter's weak ties, Burt's brokers).
 * 日本語: 冗長でない（互いに知り合いでない）接触相手の実質的な数。高い人は新しい人や情報を
 * 事業に持ち込める。
 *
 * Formula (Burt 1992; NetworkX's `effective_size`):
 * `e(i) = Σ_{j ∈ N(i)} (1 − Σ_{q ∈ N(i) ∩ N(j)} p_iq · m_jq)`, where `p_iq` is the share of
 * `i`'s investment in `q` (see `constraint`) and `m_jq = a_jq / max_k a_jk` the strength of
 * `j`'s tie to `q` relative to `j`'s strongest. Unweighted (the default) this is Borgatti's
 * `e(i) = n_i − 2 t_i / n_i`, `n_i` the number of contacts and `t_i` the ties among them,
 * computed by that formula as NetworkX does; with `strengthInvestment` a tie's investment is
 * `strengthInvestment.strong` or `.weak`. `NaN` for an isolated person (as NetworkX).
 * Efficiency (Burt) is `e(i) / n_i`.
 * Defaults: `t` = the date of a measure, `strengthInvestment = null` (unweighted).
 * Complexity: O(P + T) to compile, O(Σ_v deg(v)²) over the tie graph; NetworkX's version
 * copies an ego network per person (quadratic).
 *
 * Sources: Burt, R. S. (1992), Structural Holes: The Social Structure of Competition, Harvard
 * University Press; Borgatti, S. P. (1997), "Structural holes: unpacking Burt's redundancy
 * measures", Connections 20(1), 35–38.
 *
 * @module
 */

import type { TieGraph } from "../../graph/tie-graph.js";
import type { Town } from "../../model/town.js";
import { investmentOf, type StructuralHoleOptions } from "./constraint.js";
import { byPerson, networkAt, type PersonValues } from "./person-values.js";

/**
 * @internal Effective size of every node; `investment` per slot (symmetric), or null for an
 * unweighted graph (Borgatti's formula).
 */
export function effectiveSizeOf(graph: TieGraph, investment: Float64Array | null): Float64Array {
  const { n, offsets, targets } = graph;
  const mark = new Int32Array(n).fill(-1);
  const out = new Float64Array(n);
  if (investment === null) {
    for (let u = 0; u < n; u++) {
      const start = offsets[u]!;
      const end = offsets[u + 1]!;
      const deg = end - start;
      if (deg === 0) {
        out[u] = NaN;
        continue;
      }
      for (let p = start; p < end; p++) mark[targets[p]!] = u;
      let twiceTies = 0; // each tie among the contacts is seen from both its ends
      for (let p = start; p < end; p++) {
        const v = targets[p]!;
        for (let q = offsets[v]!, qEnd = offsets[v + 1]!; q < qEnd; q++) if (mark[targets[q]!] === u) twiceTies++;
      }
      out[u] = deg - twiceTies / deg;
    }
    return out;
  }
  const strongest = new Float64Array(n);
  const share = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    let s = 0;
    for (let p = offsets[u]!, end = offsets[u + 1]!; p < end; p++) s = Math.max(s, investment[p]!);
    strongest[u] = s;
  }
  for (let u = 0; u < n; u++) {
    const start = offsets[u]!;
    const end = offsets[u + 1]!;
    if (start === end) {
      out[u] = NaN;
      continue;
    }
    let total = 0;
    for (let p = start; p < end; p++) total += investment[p]!;
    for (let p = start; p < end; p++) {
      mark[targets[p]!] = u;
      share[targets[p]!] = investment[p]! / total;
    }
    let e = 0;
    for (let p = start; p < end; p++) {
      const v = targets[p]!;
      let redundancy = 0;
      for (let q = offsets[v]!, qEnd = offsets[v + 1]!; q < qEnd; q++) {
        const w = targets[q]!;
        if (mark[w] === u) redundancy += share[w]! * (investment[q]! / strongest[v]!);
      }
      e += 1 - redundancy;
    }
    out[u] = e;
  }
  return out;
}

/**
 * Burt's effective size of every person present at `t` (`NaN` for people with no tie).
 *
 * @param town - the town.
 * @param options - `t`, `strengthInvestment` (default `null`: every tie invests 1).
 * @throws UsageError when an investment is not a positive number.
 *
 * @example
 * ```ts
 * import { createTown, effectiveSize } from "@kankei/core";
 * // a triangle a–b–c, then a chain c–d–e, and f on their own
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
 * const e = effectiveSize(town);
 * // c has 3 contacts with 1 tie among them (a–b): 3 − 2 · 1 / 3
 * e.values.get("c"); // 7 / 3
 * e.values.get("a"); // 1
 * e.values.get("f"); // NaN
 * ```
 */
export function effectiveSize(town: Town, options: StructuralHoleOptions = {}): PersonValues<StructuralHoleOptions> {
  const graph = networkAt(town, options.t);
  const strengthInvestment = options.strengthInvestment ?? null;
  const investment = investmentOf(graph, strengthInvestment);
  return {
    date: graph.date,
    values: byPerson(graph, effectiveSizeOf(graph, investment)),
    options: { t: graph.date, strengthInvestment: strengthInvestment === null ? null : { ...strengthInvestment } },
  };
}
