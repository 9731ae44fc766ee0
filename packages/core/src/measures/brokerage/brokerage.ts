/**
 * Brokerage roles (仲介の役割, Gould & Fernandez 1989) on the undirected network of a town.
 *
 * What it computes: for every person `v` present at `t`, the *open two-paths* through `v`:
 * pairs of people `{a, b}` who are both tied to `v` at `t` but not to each other, so that `v`
 * stands between them. Each pair is classified by the groups (origin or sector) of `a`, `v`
 * and `b`. For a town it shows who mediates between whom; by origin it finds the relationship
 * guides (関係案内人, 中間支援): the people through whom outsiders meet the town, whom the
 * circular model expects to draw outsiders in over insiders' weak ties.
 * 日本語: その日の紐帯で、互いには結ばれていない 2 人の間に立つ人（仲介者）を数え、3 人の集団
 * （出自または所属）の組み合わせで仲介の型に分ける。出自で分けると、よそ者と町をつなぐ
 * 関係案内人が見える。
 *
 * Roles. Gould and Fernandez define five roles on *directed* two-paths `a → v → b`:
 * coordinator (A→A→A), itinerant broker or consultant (A→B→A), representative (A→A→B),
 * gatekeeper (B→A→A) and liaison (A→B→C). Ties here are undirected, so the direction of the
 * flow, the only thing that tells a representative from a gatekeeper, is unknown. The
 * adaptation used here counts each unordered pair `{a, b}` once per broker and reports:
 * - `coordinator`: `a`, `v`, `b` all in one group;
 * - `itinerant`: `a` and `b` in one group, `v` in another (consultant);
 * - `representativeGatekeeper`: one of `a`, `b` in `v`'s group, the other not (the two directed
 *   roles merged, because undirected data cannot tell them apart);
 * - `liaison`: three different groups (impossible with two groups, e.g. by origin).
 * The four add up to `total`, the open two-paths through `v`:
 * `total(v) = deg(v)(deg(v)−1)/2 − T(v)`, `T(v)` the ties among `v`'s neighbours.
 * Relation to R's `sna::brokerage` on the same network written as a symmetric directed graph
 * (every tie both ways, each unordered pair seen in both directions): its `w_I`, `w_O` and
 * `b_O` are twice `coordinator`, `itinerant` and `liaison`, and its `b_IO` and `b_OI` each
 * equal `representativeGatekeeper`. No expected values or z-scores are computed here (sna
 * gives them under a random-group model); the raw counts are what a town reads.
 *
 * Relationship guides: whatever `groupBy` is, each person's open two-paths are also classified
 * by origin; `outsiderInsider` counts the pairs of one outsider and one local (representative
 * or gatekeeper by origin: the broker puts an outsider in touch with an insider), `itinerant`
 * the pairs of two people of the other origin (a local between two outsiders, or an outsider
 * between two locals). Guides are the people with `score = outsiderInsider + itinerant > 0`,
 * highest score first; `share = score / total` tells a specialist broker (share near 1) from a
 * person with many ties of every kind. Raw counts grow with degree, so read both.
 *
 * Defaults: `t` = `town.asOf`, else the latest date in the records; `groupBy = "origin"`.
 * A person with no sector is in the group `"unknown"`.
 * Complexity: O(P + T) to compile the graph, then O(Σ_v Σ_{a ∈ N(v)} deg(a)) = O(Σ_a deg(a)²)
 * to find the ties among each person's neighbours (a stamp array, no hashing).
 *
 * Sources: Gould, R. V. & Fernandez, R. M. (1989), "Structures of mediation: a formal approach
 * to brokerage in transaction networks", Sociological Methodology 19: 89–126; Butts, C. T.,
 * sna: Tools for Social Network Analysis (R package), `brokerage` (read for its definitions,
 * not its code); 中山健一郎, 関係人口ネットワークに基づく循環モデル (relationship guides, outsiders
 * drawn in over insiders' weak ties); Granovetter, M. (1973), "The Strength of Weak Ties",
 * American Journal of Sociology 78(6): 1360–1380.
 *
 * @module
 */

import { compileTieGraph } from "../../graph/tie-graph.js";
import type { IsoDate, Origin } from "../../model/records.js";
import type { Town } from "../../model/town.js";
import { checkGroupBy, checkOptionKeys, groupsOf, personGroup, type GroupBy } from "./groups.js";

/** Options of {@link brokerage}. */
export interface BrokerageOptions {
  /** The date (default: `town.asOf`, else the latest date in the records). */
  t?: IsoDate;
  /** Groups by `origin` (default) or `sector`. */
  groupBy?: GroupBy;
}

/** Counts of open two-paths by brokerage role (undirected adaptation, see the module doc). */
export interface BrokerageRoles {
  coordinator: number;
  itinerant: number;
  representativeGatekeeper: number;
  liaison: number;
  /** The open two-paths through the person: the sum of the four roles. */
  total: number;
}

/** The brokerage roles of one person present at `t`. */
export interface PersonBrokerage extends BrokerageRoles {
  id: string;
  group: string;
}

/** A relationship guide (関係案内人): a broker between outsiders and insiders. */
export interface RelationshipGuide {
  id: string;
  origin: Origin;
  /** Open two-paths through the person joining an outsider and a local. */
  outsiderInsider: number;
  /** Open two-paths through the person joining two people of the other origin. */
  itinerant: number;
  /** `outsiderInsider + itinerant`. */
  score: number;
  /** `score / total`: the part of the person's open two-paths that cross origin lines, in (0, 1]. */
  share: number;
}

/** The result of {@link brokerage}. */
export interface BrokerageResult {
  date: IsoDate;
  groupBy: GroupBy;
  /** The groups of the partition, in display order (whether or not anyone is in them). */
  groups: string[];
  /** Every person present at `t`, in town order. */
  people: PersonBrokerage[];
  /** Sums over everyone. */
  totals: BrokerageRoles;
  /** Sums by the broker's group. */
  byGroup: Record<string, BrokerageRoles>;
  /** People with a score > 0, highest score first, then most `outsiderInsider`, then town order. */
  guides: RelationshipGuide[];
  options: { t: IsoDate; groupBy: GroupBy };
}

const zero = (): BrokerageRoles => ({ coordinator: 0, itinerant: 0, representativeGatekeeper: 0, liaison: 0, total: 0 });
const pairs = (k: number) => (k < 2 ? 0 : (k * (k - 1)) / 2);

/**
 * Gould–Fernandez brokerage roles at a date, per person, per group and for the town, with the
 * relationship guides (see the module doc for the undirected adaptation).
 *
 * @throws UsageError on a bad date, a bad `groupBy`, or an unknown option.
 *
 * @example
 * ```ts
 * import { brokerage, createTown } from "@kankei/core";
 * // nishi (local) knows two locals and an outsider, none of whom know each other.
 * const town = createTown({
 *   town: { asOf: "2024-04-01" },
 *   people: [
 *     { id: "nishi", origin: "local" },
 *     { id: "aoki", origin: "local" },
 *     { id: "mori", origin: "local" },
 *     { id: "lee", origin: "outsider" },
 *   ],
 *   ties: [
 *     { a: "nishi", b: "aoki", strength: "strong" },
 *     { a: "nishi", b: "mori", strength: "weak" },
 *     { a: "nishi", b: "lee", strength: "weak" },
 *   ],
 * });
 * const r = brokerage(town);
 * r.people[0]; // { id: "nishi", group: "local", coordinator: 1, itinerant: 0, representativeGatekeeper: 2, liaison: 0, total: 3 }
 * r.guides; // [{ id: "nishi", origin: "local", outsiderInsider: 2, itinerant: 0, score: 2, share: 2 / 3 }]
 * r.totals.total; // 3
 * ```
 */
export function brokerage(town: Town, options: BrokerageOptions = {}): BrokerageResult {
  checkOptionKeys(options, ["t", "groupBy"]);
  const groupBy = checkGroupBy(options.groupBy);
  const date = town.date(options.t);
  const g = compileTieGraph(town, date);
  const { n, ids, offsets, targets } = g;

  const groups = groupsOf(groupBy);
  const groupNumber = new Map(groups.map((name, k) => [name, k]));
  const gid = new Int32Array(n);
  const out = new Uint8Array(n); // 1 for an outsider
  for (let v = 0; v < n; v++) {
    const p = town.person(ids[v]!)!;
    gid[v] = groupNumber.get(personGroup(p, groupBy))!;
    out[v] = p.origin === "outsider" ? 1 : 0;
  }

  const stamp = new Int32Array(n).fill(-1);
  const count = new Int32Array(groups.length);
  const people: PersonBrokerage[] = [];
  const guides: RelationshipGuide[] = [];
  const totals = zero();
  const byGroup: Record<string, BrokerageRoles> = Object.fromEntries(groups.map((name) => [name, zero()]));

  for (let v = 0; v < n; v++) {
    const start = offsets[v]!;
    const end = offsets[v + 1]!;
    const deg = end - start;
    const gv = gid[v]!;
    const ov = out[v]!;
    let sameOrigin = 0;
    for (let p = start; p < end; p++) {
      const a = targets[p]!;
      stamp[a] = v;
      count[gid[a]!]!++;
      if (out[a] === ov) sameOrigin++;
    }

    // Every pair of neighbours, by groups...
    let coordinator = pairs(count[gv]!);
    let itinerant = 0;
    for (let k = 0; k < groups.length; k++) if (k !== gv) itinerant += pairs(count[k]!);
    let representativeGatekeeper = count[gv]! * (deg - count[gv]!);
    // ... and by origin, for the guides.
    let originItinerant = pairs(deg - sameOrigin);
    let originMixed = sameOrigin * (deg - sameOrigin);

    // ... minus the closed pairs (neighbours tied to each other), each seen once from its smaller end.
    let closed = 0;
    for (let p = start; p < end; p++) {
      const a = targets[p]!;
      for (let q = offsets[a]!, qe = offsets[a + 1]!; q < qe; q++) {
        const c = targets[q]!;
        if (c <= a || stamp[c] !== v) continue;
        closed++;
        const ga = gid[a]!;
        const gc = gid[c]!;
        if (ga === gc) {
          if (ga === gv) coordinator--;
          else itinerant--;
        } else if (ga === gv || gc === gv) representativeGatekeeper--;
        const oa = out[a]!;
        const oc = out[c]!;
        if (oa !== oc) originMixed--;
        else if (oa !== ov) originItinerant--;
      }
    }
    for (let p = start; p < end; p++) count[gid[targets[p]!]!]!--;

    const total = pairs(deg) - closed;
    const liaison = total - coordinator - itinerant - representativeGatekeeper;
    const roles: BrokerageRoles = { coordinator, itinerant, representativeGatekeeper, liaison, total };
    people.push({ id: ids[v]!, group: groups[gv]!, ...roles });
    for (const sum of [totals, byGroup[groups[gv]!]!]) {
      sum.coordinator += coordinator;
      sum.itinerant += itinerant;
      sum.representativeGatekeeper += representativeGatekeeper;
      sum.liaison += liaison;
      sum.total += total;
    }
    if (originMixed + originItinerant > 0) {
      guides.push({
        id: ids[v]!,
        origin: ov === 1 ? "outsider" : "local",
        outsiderInsider: originMixed,
        itinerant: originItinerant,
        score: originMixed + originItinerant,
        share: (originMixed + originItinerant) / total,
      });
    }
  }
  // Stable sort: equal guides stay in town order.
  guides.sort((a, b) => b.score - a.score || b.outsiderInsider - a.outsiderInsider);

  return { date, groupBy, groups, people, totals, byGroup, guides, options: { t: date, groupBy } };
}
