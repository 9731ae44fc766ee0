/**
 * Core cohesion (中核の結束): how strongly the core of each project is tied together.
 *
 * What it computes: for every project active at `t`, its *core* (initiators 仕掛け人 and
 * cooperators 協力者 at `t`), the density of strong ties (強い紐帯) active at `t` among the
 * core, and the share of its cooperators who have a strong tie active at `t` to a current
 * initiator of the same project. For a town it says whether the people who run a project
 * hold together closely enough to carry knowledge and obligation, and which cooperators
 * would have to take over without a close tie to the person they succeed. Nakayama's circular
 * model concludes that the initiator and cooperator layers need strong ties; the weak ties
 * belong further out, where they bring in new people (Granovetter 1973).
 * 日本語: 継続中の各事業について、中核（仕掛け人と協力者）の間の強い紐帯の密度と、同じ事業の
 * 現在の仕掛け人と強い紐帯で結ばれている協力者の割合を示す。仕掛け人層と協力者層には強い紐帯が
 * 必要だという循環モデルの結論を、町のデータで確かめるための指標である。
 *
 * Formulas (domain.md §6), for a project `p` active at `t` with core `K(p)` of `n` people:
 * - `density(p) = s / (n(n−1)/2)`, `s` the number of strong ties active at `t` with both ends in
 *   `K(p)`; `NaN` when `n < 2` (domain.md §3 "Undefined shares");
 * - `tiedShare(p) = |{c ∈ C(p) : c has a strong tie active at t to some i ∈ I(p)}| / |C(p)|`,
 *   `I(p)` the initiators and `C(p)` the cooperators at `t`; `NaN` when `C(p)` is empty. In an
 *   orphaned project (no initiator) every cooperator is untied, so the share is 0, not NaN.
 * - town level, pooled over projects (a person in the core of two projects counts in both):
 *   `density = Σ s / Σ n(n−1)/2` and `tiedShare = Σ tied / Σ |C(p)|`, `NaN` on a zero
 *   denominator; pooling weights each project by its size, unlike a mean of ratios.
 * Defaults: `t` = `town.asOf`, else the latest date in the records (domain.md §3).
 * Complexity: O(P + J + Σ_{x ∈ cores} deg(x)) for P people, J projects: each core member's
 * active ties are read once per project whose core they belong to.
 *
 * Sources: 中山健一郎, 関係人口ネットワークに基づく循環モデル (Nakayama's circular model of the
 * relationship population: the core needs strong ties); Granovetter, M. (1973), "The Strength
 * of Weak Ties", American Journal of Sociology 78(6): 1360–1380; density as in Wasserman &
 * Faust (1994), Social Network Analysis, §4.2.
 *
 * @module
 */

import type { IsoDate } from "../../model/records.js";
import type { Town } from "../../model/town.js";
import { UsageError } from "../../validation/errors.js";

/** Options of {@link coreCohesion}. */
export interface CoreCohesionOptions {
  /** The date (default: `town.asOf`, else the latest date in the records). */
  t?: IsoDate;
}

/** The cohesion of one active project's core at `t`. */
export interface ProjectCohesion {
  project: string;
  /** Current initiators, in town order. */
  initiators: string[];
  /** Current cooperators, in town order. */
  cooperators: string[];
  /** `n`: initiators plus cooperators. */
  coreSize: number;
  /** `n(n−1)/2`: the pairs of core members. */
  pairs: number;
  /** Strong ties active at `t` with both ends in the core. */
  strongTies: number;
  /** `strongTies / pairs`; `NaN` with fewer than two people in the core. */
  density: number;
  /** Cooperators with a strong tie active at `t` to a current initiator, in town order. */
  tiedCooperators: string[];
  /** Cooperators without one: who would take over without a close tie. */
  untiedCooperators: string[];
  /** `tiedCooperators / cooperators`; `NaN` when there are no cooperators. */
  tiedShare: number;
  /** True when the project has no current initiator. */
  orphaned: boolean;
}

/** Town-level figures of {@link coreCohesion}, pooled over the active projects. */
export interface TownCohesion {
  /** Projects active at `t`. */
  projects: number;
  /** Active projects with no current initiator. */
  orphaned: number;
  /** Σ pairs of core members. */
  pairs: number;
  /** Σ strong ties among core members. */
  strongTies: number;
  /** `strongTies / pairs`; `NaN` when there is no pair. */
  density: number;
  /** Σ cooperators (a person cooperating in two projects counts twice). */
  cooperators: number;
  /** Σ cooperators with a strong tie to a current initiator of the same project. */
  tiedCooperators: number;
  /** `tiedCooperators / cooperators`; `NaN` when there are no cooperators. */
  tiedShare: number;
}

/** The result of {@link coreCohesion}. */
export interface CoreCohesionResult {
  date: IsoDate;
  /** Per project active at `t`, in town order. */
  projects: ProjectCohesion[];
  town: TownCohesion;
  options: { t: IsoDate };
}

/**
 * Core cohesion at a date (domain.md §6): per project active at `t`, the density of strong
 * ties among its core (initiators and cooperators) and the share of its cooperators strongly
 * tied to a current initiator; and the same figures pooled over the town.
 *
 * @throws UsageError on a bad date, on a town with no date and no `t`, or on an unknown option.
 *
 * @example
 * ```ts
 * import { coreCohesion, createTown } from "@kankei/core";
 * const town = createTown({
 *   town: { asOf: "2024-04-01" },
 *   people: [
 *     { id: "aoki", origin: "local", sector: "government" },
 *     { id: "mori", origin: "local" },
 *     { id: "lee", origin: "outsider" },
 *   ],
 *   projects: [{ id: "fan", start: "2022-04-01" }],
 *   roles: [
 *     { person: "aoki", project: "fan", role: "initiator" },
 *     { person: "mori", project: "fan", role: "cooperator" },
 *     { person: "lee", project: "fan", role: "cooperator" },
 *   ],
 *   ties: [
 *     { a: "aoki", b: "mori", strength: "strong" },
 *     { a: "aoki", b: "lee", strength: "weak" },
 *   ],
 * });
 * const fan = coreCohesion(town).projects[0];
 * [fan.coreSize, fan.pairs, fan.strongTies]; // [3, 3, 1]
 * fan.density; // 1 / 3
 * fan.tiedCooperators; // ["mori"]
 * fan.untiedCooperators; // ["lee"]
 * fan.tiedShare; // 0.5
 * ```
 */
export function coreCohesion(town: Town, options: CoreCohesionOptions = {}): CoreCohesionResult {
  if (typeof options !== "object" || options === null) throw new UsageError(`options must be an object`);
  for (const key of Object.keys(options)) {
    if (key !== "t") throw new UsageError(`unknown option "${key}" (known: t)`);
  }
  const date = town.date(options.t);
  const byTownOrder = (a: string, b: string) => town.personIndex(a) - town.personIndex(b);

  const projects: ProjectCohesion[] = town.projectsAt(date).map((p) => {
    const members = town.membersAt(p.id, date);
    const initiators = members.filter((m) => m.role === "initiator").map((m) => m.person).sort(byTownOrder);
    const cooperators = members.filter((m) => m.role === "cooperator").map((m) => m.person).sort(byTownOrder);
    const isInitiator = new Set(initiators);
    const core = new Set([...initiators, ...cooperators]);
    const n = core.size;

    // Each strong tie inside the core is seen from both ends: count it from the end whose
    // town index is smaller.
    let strongTies = 0;
    const tied = new Set<string>();
    for (const x of core) {
      for (const e of town.tiesOf(x, date)) {
        if (e.strength !== "strong" || !core.has(e.partner)) continue;
        if (town.personIndex(x) < town.personIndex(e.partner)) strongTies++;
        if (!isInitiator.has(x) && isInitiator.has(e.partner)) tied.add(x);
      }
    }
    const pairs = n < 2 ? 0 : (n * (n - 1)) / 2;
    const tiedCooperators = cooperators.filter((c) => tied.has(c));
    return {
      project: p.id,
      initiators,
      cooperators,
      coreSize: n,
      pairs,
      strongTies,
      density: n < 2 ? NaN : strongTies / pairs,
      tiedCooperators,
      untiedCooperators: cooperators.filter((c) => !tied.has(c)),
      tiedShare: cooperators.length === 0 ? NaN : tiedCooperators.length / cooperators.length,
      orphaned: initiators.length === 0,
    };
  });

  let pairs = 0;
  let strongTies = 0;
  let cooperators = 0;
  let tiedCooperators = 0;
  for (const p of projects) {
    pairs += p.pairs;
    strongTies += p.strongTies;
    cooperators += p.cooperators.length;
    tiedCooperators += p.tiedCooperators.length;
  }
  return {
    date,
    projects,
    town: {
      projects: projects.length,
      orphaned: projects.filter((p) => p.orphaned).length,
      pairs,
      strongTies,
      density: pairs === 0 ? NaN : strongTies / pairs,
      cooperators,
      tiedCooperators,
      tiedShare: cooperators === 0 ? NaN : tiedCooperators / cooperators,
    },
    options: { t: date },
  };
}
