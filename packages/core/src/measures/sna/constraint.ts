/**
 * Burt's constraint (制約度): how much a person's ties lead back into one closed circle.
 *
 * What it means for a town: a person whose contacts all know one another (a tight group of
 * old friends) is *constrained*: their ties bring the same news and the same obligations. A
 * person whose contacts are strangers to one another spans *structural holes* and can broker
 * between groups (the relationship guide, 関係案内人). Low constraint = brokerage opportunity.
 * 日本語: その人の紐帯が、互いに知り合いの閉じた輪にどれだけ集中しているか（バートの制約度）。
 * 低いほど構造的空隙をまたぎ、集団のあいだを仲介できる立場にある。
 *
 * Formula (Burt 1992, ch. 2; NetworkX's `constraint` / `local_constraint`):
 * `c(i) = Σ_{j ∈ N(i)} ℓ(i, j)`, `ℓ(i, j) = (p_ij + Σ_{q ∈ N(i) ∩ N(j)} p_iq · p_qj)²`, where
 * `p_ij = a_ij / Σ_{k ∈ N(i)} a_ik` is the share of `i`'s network time and energy invested in
 * `j` and `a_ij` the investment in the tie. By default every tie invests 1 (unweighted, as
 * NetworkX with `weight=None`, so `p_ij = 1 / deg(i)`); with `strengthInvestment` a tie invests
 * `strengthInvestment.strong` or `.weak` (e.g. `{ strong: 2, weak: 1 }`: a close tie takes
 * twice the time), as NetworkX with a `weight` attribute. `NaN` for an isolated person
 * (undefined, as NetworkX). A person with a single tie has constraint 1.
 * Defaults: `t` = the date of a measure, `strengthInvestment = null` (unweighted).
 * Complexity: O(P + T) to compile, O(Σ_v deg(v)²) over the tie graph (each tie's two
 * neighbour lists are scanned against a marker array); NetworkX's version is far slower.
 *
 * Sources: Burt, R. S. (1992), Structural Holes: The Social Structure of Competition, Harvard
 * University Press; Burt, R. S. (2004), "Structural holes and good ideas", American Journal of
 * Sociology 110(2), 349–399.
 *
 * @module
 */

import type { TieGraph } from "../../graph/tie-graph.js";
import type { Town } from "../../model/town.js";
import { byPerson, networkAt, type AtDate, type PersonValues } from "./person-values.js";
import { checkStrengthNumbers, slotNumbers, type StrengthNumbers } from "./strength-values.js";

/** Options of {@link constraint} and `effectiveSize`. */
export interface StructuralHoleOptions extends AtDate {
  /**
   * The investment `a_ij` of a strong and of a weak tie; default `null`: every tie invests 1
   * (unweighted, as NetworkX's default).
   */
  strengthInvestment?: StrengthNumbers | null;
}

/** @internal Investment per slot, or null for "every tie invests 1". */
export function investmentOf(graph: TieGraph, option: StrengthNumbers | null): Float64Array | null {
  return option === null ? null : slotNumbers(graph, checkStrengthNumbers("strengthInvestment", option));
}

/**
 * @internal Burt's constraint of every node; `investment` per slot (symmetric), or null for
 * an unweighted graph.
 */
export function constraintOf(graph: TieGraph, investment: Float64Array | null): Float64Array {
  const { n, offsets, targets } = graph;
  const a = (p: number) => (investment === null ? 1 : investment[p]!);
  const total = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    let s = 0;
    for (let p = offsets[u]!, end = offsets[u + 1]!; p < end; p++) s += a(p);
    total[u] = s;
  }
  const share = new Float64Array(n); // p_uw of the current u, for w in N(u)
  const mark = new Int32Array(n).fill(-1); // mark[w] === u when w is in N(u)
  const out = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const start = offsets[u]!;
    const end = offsets[u + 1]!;
    if (start === end) {
      out[u] = NaN;
      continue;
    }
    for (let p = start; p < end; p++) {
      const w = targets[p]!;
      mark[w] = u;
      share[w] = a(p) / total[u]!;
    }
    let c = 0;
    for (let p = start; p < end; p++) {
      const v = targets[p]!;
      let indirect = 0;
      for (let q = offsets[v]!, qEnd = offsets[v + 1]!; q < qEnd; q++) {
        const w = targets[q]!;
        if (mark[w] === u) indirect += share[w]! * (a(q) / total[w]!);
      }
      const local = share[v]! + indirect;
      c += local * local;
    }
    out[u] = c;
  }
  return out;
}

/**
 * Burt's constraint of every person present at `t` (`NaN` for people with no tie).
 *
 * @param town - the town.
 * @param options - `t`, `strengthInvestment` (default `null`: every tie invests 1).
 * @throws UsageError when an investment is not a positive number.
 *
 * @example
 * ```ts
 * import { constraint, createTown } from "@kankei/core";
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
 * const c = constraint(town);
 * // c: (1/3 + 1/3 · 1/2)² for a, the same for b, (1/3)² for d
 * c.values.get("c"); // 11 / 18
 * c.values.get("e"); // 1
 * c.values.get("f"); // NaN
 * // a strong tie invests 2, a weak one 1
 * constraint(town, { strengthInvestment: { strong: 2, weak: 1 } }).values.get("c"); // 109 / 144
 * ```
 */
export function constraint(town: Town, options: StructuralHoleOptions = {}): PersonValues<StructuralHoleOptions> {
  const graph = networkAt(town, options.t);
  const strengthInvestment = options.strengthInvestment ?? null;
  const investment = investmentOf(graph, strengthInvestment);
  return {
    date: graph.date,
    values: byPerson(graph, constraintOf(graph, investment)),
    options: { t: graph.date, strengthInvestment: strengthInvestment === null ? null : { ...strengthInvestment } },
  };
}
