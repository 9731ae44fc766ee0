/**
 * Single points of failure (単一障害点, domain.md §4 item 6): people whose departure alone (as in
 * `departureImpact`) moves at least two projects from a level below critical to critical.
 *
 * What it means for a town: these are the few people on whom several projects hang at once,
 * typically an officer who initiates two programmes, or a cooperator who is the only stand-in
 * of two; the town should grow a second person around each of them before their rotation.
 * 町にとっての意味: 一人が抜けるだけで複数の事業が危機に陥る、町の要の人物である(例: 二つの事業を仕掛ける
 * 職員や、二つの事業で唯一の代役となる協力者)。異動の前に、その周りに次の担い手を育てる必要がある。
 *
 * Formula: x is a single point of failure when
 *   |{ p : level(R(p)) ≠ critical and R_{−x}(p) ≥ levels.critical }| ≥ 2,
 * where R_{−x} is the risk after x leaves at t (their roles and ties end).
 *
 * Defaults: the critical level 0.5 (`levels.critical`), and every default of the measure
 * (`options.ts`: hazards from the officers' 2–3-year rotation and the corps' 3-year term,
 * the other weights documented assumptions).
 *
 * Only a current member of p can change R(p) by leaving: as a candidate x takes one factor
 * out of the bench; as an initiator x takes one factor out of the exposure and may lower the
 * tie part of the candidates tied to x; nobody else's overload or prior depends on x. So each
 * (person, project) membership of a project below critical is one check. A check first bounds
 * R_{−x}(p) from above with sums of logarithms (O(1), or O(degree) for an initiator, with a
 * rounding margin of 1e-9 and more); only when the bound reaches the threshold is R_{−x}(p)
 * computed exactly, with the same arithmetic as `departureImpact`, so both always agree.
 *
 * Complexity: O(M + Σ deg) for M memberships of active projects, plus O(n log n) for each
 * exact check of a project with n candidates (rare: only near or above the threshold). Never
 * quadratic in the size of the town in practice; the worst case needs many people each of
 * whose departure brings a large project to within a rounding margin of the threshold.
 *
 * Sources: Borgatti (2006), "Identifying sets of key players in a social network" (the key
 * player whose removal fragments the network); Carley's ORA ("immediate impact");
 * Nakayama Ken'ichirō's circular model and the Hokkaido workation study (projects stall when
 * their initiator leaves).
 *
 * @module
 */

import type { ResolvedSuccessionOptions } from "./options.js";
import { compareIds, type Roster } from "./roster.js";
import { benchOf, candidateReadiness, exposureOf, riskOf, type Departures, type ScoredProject } from "./score.js";

/** A person whose departure alone moves two or more projects to critical. */
export interface SinglePointOfFailure {
  id: string;
  /** The projects (ids, in file order) that become critical when this person leaves. */
  projects: string[];
}

const EPS = Number.EPSILON;

/** log Π of non-negative factors: zeros counted apart, the sum of the other logs, Σ |log|. */
interface LogProduct {
  zeros: number;
  sum: number;
  abs: number;
  count: number;
}

function logProduct(values: ArrayLike<number>): LogProduct {
  const lp: LogProduct = { zeros: 0, sum: 0, abs: 0, count: 0 };
  for (let at = 0; at < values.length; at++) add(lp, values[at]!, 1);
  return lp;
}

/** Copies `from` into `to` (scratch products, so that a check allocates nothing). */
function copy(to: LogProduct, from: LogProduct): LogProduct {
  to.zeros = from.zeros;
  to.sum = from.sum;
  to.abs = from.abs;
  to.count = from.count;
  return to;
}

function add(lp: LogProduct, v: number, sign: 1 | -1): void {
  lp.count++;
  if (v === 0) lp.zeros += sign;
  else {
    const l = Math.log(v);
    lp.sum += sign * l;
    lp.abs -= l; // l <= 0 for factors in (0, 1]
  }
}

/** True when the exact risk may reach the threshold: the bound does. */
function mayReach(e: LogProduct, p: LogProduct, threshold: number): boolean {
  if (e.zeros > 0 || p.zeros > 0) return false; // a zero factor makes the risk exactly 0
  const tol = 1e-9 + (4 * (e.count + p.count) + 16) * EPS * (e.abs + p.abs + 1);
  return Math.exp(e.sum + p.sum + tol) + 8 * EPS >= threshold;
}

/**
 * The single points of failure of a scored town (see the module header), by the number of
 * projects they move to critical (most first), then by id.
 *
 * @example
 * ```ts
 * import { buildRoster } from "./roster.js";
 * import { departuresAt, scoreProject } from "./score.js";
 * import { singlePointsOfFailure } from "./spof.js";
 * import { createTown, SUCCESSION_DEFAULTS } from "@kankei/core";
 * const town = createTown({
 *   people: ["a", "b", "c"].map((id) => ({ id, origin: "local" as const, sector: "resident" as const })),
 *   projects: [{ id: "p" }, { id: "q" }],
 *   roles: [
 *     { person: "a", project: "p", role: "cooperator" }, { person: "b", project: "p", role: "cooperator" },
 *     { person: "a", project: "q", role: "cooperator" }, { person: "c", project: "q", role: "cooperator" },
 *   ],
 * });
 * // p and q: no initiator, two candidates at 0.475: R = 0.525² ≈ 0.28 (high); without a, 0.525 (critical)
 * const roster = buildRoster(town, 19000);
 * const departures = departuresAt(town, 19000, SUCCESSION_DEFAULTS);
 * const scored = roster.projects.map((rp) => scoreProject(roster, rp, SUCCESSION_DEFAULTS, departures));
 * singlePointsOfFailure(roster, scored, SUCCESSION_DEFAULTS, departures); // [{ "id": "a", "projects": ["p", "q"] }]
 * ```
 */
export function singlePointsOfFailure(
  roster: Roster,
  scored: readonly ScoredProject[],
  options: ResolvedSuccessionOptions,
  departures: Departures,
): SinglePointOfFailure[] {
  const threshold = options.levels.critical;
  const people = roster.town.people;

  // Memberships of the projects below critical, of people with at least two of them, as
  // flat arrays per person: project positions, and candidate ranks (-1 for an initiator).
  const count = new Int32Array(people.length);
  scored.forEach((s) => {
    if (s.level === "critical") return;
    for (const i of s.initiators) count[i]!++;
    for (let rank = 0; rank < s.ranked.length; rank++) count[s.ranked[rank]!.person]!++;
  });
  const start = new Int32Array(people.length + 1);
  for (let x = 0; x < people.length; x++) start[x + 1] = start[x]! + (count[x]! >= 2 ? count[x]! : 0);
  const fill = start.slice(0, people.length);
  const where = new Int32Array(start[people.length]!);
  const rankAt = new Int32Array(start[people.length]!);
  const join = (person: number, k: number, rank: number) => {
    if (count[person]! < 2) return;
    const at = fill[person]!++;
    where[at] = k;
    rankAt[at] = rank;
  };
  scored.forEach((s, k) => {
    if (s.level === "critical") return;
    for (const i of s.initiators) join(i, k, -1);
    s.ranked.forEach((c, rank) => join(c.person, k, rank));
  });

  // Per project, lazily: the log products of exposure and bench, and candidates by initiator tied.
  const cache = new Map<number, { e: LogProduct; p: LogProduct; tied: Map<number, number[]> }>();
  const prepared = (k: number) => {
    let c = cache.get(k);
    if (c === undefined) {
      const s = scored[k]!;
      const tied = new Map<number, number[]>();
      const tie = (i: number, rank: number) => {
        const list = tied.get(i);
        if (list) list.push(rank);
        else tied.set(i, [rank]);
      };
      s.ranked.forEach((cand, rank) => {
        // (index loops: a for-of iterator per candidate costs more than the work)
        for (let at = 0; at < cand.strongWith.length; at++) tie(cand.strongWith[at]!, rank);
        for (let at = 0; at < cand.weakWith.length; at++) tie(cand.weakWith[at]!, rank);
      });
      c = { e: logProduct(s.initiatorQ), p: logProduct(s.readiness.map((r) => 1 - r)), tied };
      cache.set(k, c);
    }
    return c;
  };

  const eb: LogProduct = { zeros: 0, sum: 0, abs: 0, count: 0 };
  const pb: LogProduct = { zeros: 0, sum: 0, abs: 0, count: 0 };
  const movesToCritical = (person: number, k: number, rank: number): boolean => {
    const s = scored[k]!;
    const { e, p, tied } = prepared(k);
    if (rank >= 0) {
      // A candidate leaves: one factor fewer on the bench.
      add(copy(pb, p), 1 - s.readiness[rank]!, -1);
      if (!mayReach(e, pb, threshold)) return false;
      const rs = s.readiness.filter((_, j) => j !== rank);
      return riskOf(s.exposure, benchOf(rs)) >= threshold;
    }
    // An initiator leaves: one factor fewer in the exposure, and weaker ties for the candidates tied to them.
    add(copy(eb, e), departures(person).q, -1);
    copy(pb, p);
    const changed = new Map<number, number>();
    for (const rank of tied.get(person) ?? []) {
      const r = candidateReadiness(roster, s.project, s.ranked[rank]!, options, departures, person);
      changed.set(rank, r);
      add(pb, 1 - s.readiness[rank]!, -1);
      add(pb, 1 - r, 1);
    }
    if (!mayReach(eb, pb, threshold)) return false;
    const qs = s.initiatorQ.filter((_, k) => s.initiators[k] !== person);
    const rs = s.readiness.map((r, j) => changed.get(j) ?? r);
    return riskOf(exposureOf(qs), benchOf(rs)) >= threshold;
  };

  const out: { id: string; positions: number[] }[] = [];
  for (let person = 0; person < people.length; person++) {
    if (start[person + 1] === start[person]) continue;
    const positions: number[] = [];
    for (let at = start[person]!; at < start[person + 1]!; at++) {
      if (movesToCritical(person, where[at]!, rankAt[at]!)) positions.push(where[at]!);
    }
    if (positions.length >= 2) out.push({ id: people[person]!.id, positions });
  }
  out.sort((a, b) => b.positions.length - a.positions.length || compareIds(a.id, b.id));
  return out.map(({ id, positions }) => ({ id, projects: positions.sort((a, b) => a - b).map((k) => scored[k]!.project.id) }));
}
