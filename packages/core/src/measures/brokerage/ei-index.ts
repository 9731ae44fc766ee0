/**
 * The E-I index (Krackhardt & Stern 1988): how much the ties of a town, a group or a person
 * cross group lines.
 *
 * What it computes: with groups by origin (地域内 / よそ者, the default) or sector, and the
 * ties active at `t` (all of them, or strong or weak ones only), `E` the ties between people
 * of different groups (external) and `I` the ties within a group (internal):
 * `EI = (E − I) / (E + I)`, from −1 (every tie inside the group) to +1 (every tie across).
 * For a town by origin it says whether locals and outsiders mix or keep to themselves: the
 * circular model expects outsiders to be drawn in over insiders' ties, so a town whose
 * outsiders have only ties among themselves has not let them in; by strength it shows whether
 * the crossing ties are the weak ones (Granovetter 1973).
 * 日本語: 紐帯が集団（出自または所属）の内と外のどちらに向いているかを、−1（すべて内側）から
 * +1（すべて外側）で表す。出自で見ると、地域内の人とよそ者が交わっているかどうかが分かる。
 *
 * Formulas, over the ties active at `t` that pass the strength filter:
 * - town: `E` = ties whose ends are in different groups, `I` = ties within a group;
 * - group `g` (Krackhardt and Stern's subunit index): `E_g` = ties with exactly one end in `g`,
 *   `I_g` = ties with both ends in `g`;
 * - person `v`: `E_v` = ties to people of another group, `I_v` = ties to people of `v`'s group;
 * - `EI = (E − I) / (E + I)`, `NaN` when there is no tie (domain.md §3 "Undefined shares").
 * Consequences: `E + I` is the number of ties; `Σ_g E_g = 2E`, `Σ_g I_g = I`; `Σ_v E_v = 2E`,
 * `Σ_v I_v = 2I`. The index depends on group sizes (a small group has more room outside than
 * inside); Krackhardt and Stern's rescaled and expected values are not computed here.
 * Defaults: `t` = `town.asOf`, else the latest date in the records; `groupBy = "origin"`;
 * `strength = "all"`. A person with no sector is in the group `"unknown"`.
 * Complexity: O(P + T) for P people and T tie records.
 *
 * Sources: Krackhardt, D. & Stern, R. N. (1988), "Informal networks and organizational crises:
 * an experimental simulation", Social Psychology Quarterly 51(2): 123–140; Granovetter, M.
 * (1973), "The Strength of Weak Ties", American Journal of Sociology 78(6): 1360–1380;
 * 中山健一郎, 関係人口ネットワークに基づく循環モデル.
 *
 * @module
 */

import { compileTieGraph } from "../../graph/tie-graph.js";
import type { IsoDate } from "../../model/records.js";
import type { Town } from "../../model/town.js";
import { UsageError } from "../../validation/errors.js";
import { checkGroupBy, checkOptionKeys, groupsOf, personGroup, type GroupBy } from "./groups.js";

/** Which ties the E-I index counts. */
export type TieFilter = "all" | "strong" | "weak";

/** Options of {@link eiIndex}. */
export interface EiIndexOptions {
  /** The date (default: `town.asOf`, else the latest date in the records). */
  t?: IsoDate;
  /** Groups by `origin` (default) or `sector`. */
  groupBy?: GroupBy;
  /** Count all ties (default), or strong or weak ones only. */
  strength?: TieFilter;
}

/** External and internal ties and the index. */
export interface EiFigures {
  /** Ties across group lines. */
  external: number;
  /** Ties within a group. */
  internal: number;
  /** `(external − internal) / (external + internal)`; `NaN` when there is no tie. */
  ei: number;
}

/** The E-I index of one group. */
export interface GroupEi extends EiFigures {
  group: string;
  /** People of the group present at `t`. */
  size: number;
}

/** The E-I index of one person present at `t`. */
export interface PersonEi extends EiFigures {
  id: string;
  group: string;
}

/** The result of {@link eiIndex}. */
export interface EiIndexResult extends EiFigures {
  date: IsoDate;
  groupBy: GroupBy;
  /** Every group of the partition, in display order (an empty group has `NaN`). */
  groups: GroupEi[];
  /** Every person present at `t`, in town order. */
  people: PersonEi[];
  options: { t: IsoDate; groupBy: GroupBy; strength: TieFilter };
}

const figures = (external: number, internal: number): EiFigures => ({
  external,
  internal,
  ei: external + internal === 0 ? NaN : (external - internal) / (external + internal),
});

/**
 * Krackhardt and Stern's E-I index at a date, for the town, per group and per person.
 *
 * @throws UsageError on a bad date, a bad `groupBy` or `strength`, or an unknown option.
 *
 * @example
 * ```ts
 * import { createTown, eiIndex } from "@kankei/core";
 * const town = createTown({
 *   town: { asOf: "2024-04-01" },
 *   people: [
 *     { id: "aoki", origin: "local" },
 *     { id: "mori", origin: "local" },
 *     { id: "lee", origin: "outsider" },
 *   ],
 *   ties: [
 *     { a: "aoki", b: "mori", strength: "strong" },
 *     { a: "aoki", b: "lee", strength: "weak" },
 *     { a: "mori", b: "lee", strength: "weak" },
 *   ],
 * });
 * const r = eiIndex(town);
 * [r.external, r.internal, r.ei]; // [2, 1, 1 / 3]
 * r.groups.map((g) => [g.group, g.ei]); // [["local", 1 / 3], ["outsider", 1]]
 * r.people[0].ei; // 0
 * eiIndex(town, { strength: "strong" }).ei; // -1
 * ```
 */
export function eiIndex(town: Town, options: EiIndexOptions = {}): EiIndexResult {
  checkOptionKeys(options, ["t", "groupBy", "strength"]);
  const groupBy = checkGroupBy(options.groupBy);
  const strength = options.strength ?? "all";
  if (strength !== "all" && strength !== "strong" && strength !== "weak") {
    throw new UsageError(`option "strength" must be "all", "strong" or "weak", not ${JSON.stringify(strength)}`);
  }
  const date = town.date(options.t);
  const g = compileTieGraph(town, date);
  const { n, ids, offsets, targets } = g;

  const names = groupsOf(groupBy);
  const groupNumber = new Map(names.map((name, k) => [name, k]));
  const gid = new Int32Array(n);
  const size = new Int32Array(names.length);
  for (let v = 0; v < n; v++) {
    gid[v] = groupNumber.get(personGroup(town.person(ids[v]!)!, groupBy))!;
    size[gid[v]!]!++;
  }

  const ge = new Int32Array(names.length);
  const gi = new Int32Array(names.length);
  let external = 0;
  let internal = 0;
  const people: PersonEi[] = [];
  for (let v = 0; v < n; v++) {
    let e = 0;
    let i = 0;
    for (let p = offsets[v]!, end = offsets[v + 1]!; p < end; p++) {
      if (strength !== "all" && (g.strong[p] === 1) !== (strength === "strong")) continue;
      if (gid[targets[p]!] === gid[v]) i++;
      else e++;
    }
    people.push({ id: ids[v]!, group: names[gid[v]!]!, ...figures(e, i) });
    // Each tie is seen from both ends: a crossing tie counts once for each end's group and
    // once (halved) for the town; an internal tie once for its group and the town.
    ge[gid[v]!]! += e;
    gi[gid[v]!]! += i;
    external += e;
    internal += i;
  }
  return {
    date,
    groupBy,
    ...figures(external / 2, internal / 2),
    groups: names.map((group, k) => ({ group, size: size[k]!, ...figures(ge[k]!, gi[k]! / 2) })),
    people,
    options: { t: date, groupBy, strength },
  };
}
