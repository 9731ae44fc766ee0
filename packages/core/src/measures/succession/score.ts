/**
 * The score of one project (事業ごとの後継リスク, domain.md §4 items 2, 4, 5): exposure, the
 * ranked candidates, bench strength and risk.
 *
 * What it means for a town: a project is at risk when its initiators are likely to go
 * (exposure) and nobody is ready to take over (a weak bench); risk is the chance of both.
 * 町にとっての意味: 仕掛け人が離れる見込みが高く(露出)、引き継げる人がいない(層が薄い)とき、事業は
 * 危うい。リスクはその両方が起きる見込みである。
 *
 * Formula, for a project p active at t:
 *   E(p) = Π q(i) over the current initiators of p; 1 when there is none (orphaned)
 *   B(p) = 1 − Π (1 − r(c)) over the k most ready candidates of p (k = benchDepth, default 3);
 *          0 when there is none
 *   R(p) = E(p) · (1 − B(p)); level: critical R ≥ 0.5, high ≥ 0.25, moderate ≥ 0.1, low below
 *   stand-ins (代役): candidates with r(c) ≥ standInThreshold (0.5)
 * Candidates are ranked by readiness, the highest first, ties to the smaller id; the bench is
 * the first k of that ranking (domain.md §4 item 4, revised December 2026: forty participants
 * at r = 0.085 are no bench, and count as three).
 *
 * Floating point: each product is folded in a canonical order (q ascending, r descending),
 * so the numbers depend only on the multisets of q and r: renaming people never changes a
 * bit, and equal inputs in the measure, the what-if and single points of failure give equal bits.
 *
 * Defaults: see `options.ts` (levels 0.5 / 0.25 / 0.1 and the stand-in threshold 0.5 are
 * documented assumptions).
 *
 * Candidates are kept as parallel typed arrays by rank, so that scoring a town of 100,000
 * people allocates almost nothing; `describeProject` (risk.ts) builds the public objects.
 *
 * Complexity: O(k + n log n) for k initiators and n candidates.
 *
 * Sources: Nakayama Ken'ichirō's circular model and the Hokkaido workation study (the
 * officer's rotation and the need for stand-ins); Carley's ORA ("immediate impact");
 * Borgatti (2006), "Identifying sets of key players in a social network".
 *
 * @module
 */

import type { Town } from "../../model/town.js";
import { departureOf, type Departure, type HazardMemo } from "./departure.js";
import { riskLevel, type ResolvedSuccessionOptions, type RiskLevel } from "./options.js";
import { readinessValue } from "./readiness.js";
import { compareIds, type Roster, type RosterCandidate, type RosterProject } from "./roster.js";

/**
 * E(p): the product of the initiators' departure likelihoods, folded in ascending order;
 * 1 when there is no initiator.
 *
 * @example
 * ```ts
 * import { exposureOf } from "./score.js";
 * exposureOf([0.4, 0.5]); // 0.2
 * exposureOf([]); // 1
 * ```
 */
export function exposureOf(qs: ArrayLike<number>): number {
  const sorted = new Float64Array(qs).sort();
  let e = 1;
  for (let i = 0; i < sorted.length; i++) e *= sorted[i]!;
  return e;
}

/**
 * B(p) = 1 − Π (1 − r): the chance that at least one candidate is ready, the product folded
 * with readiness in descending order; 0 with no candidate.
 *
 * @example
 * ```ts
 * import { benchOf } from "./score.js";
 * benchOf([0.5, 0.5]); // 0.75
 * benchOf([]); // 0
 * ```
 */
export function benchOf(readiness: ArrayLike<number>): number {
  const sorted = new Float64Array(readiness).sort();
  let p = 1;
  for (let i = sorted.length - 1; i >= 0; i--) p *= 1 - sorted[i]!;
  return 1 - p;
}

/**
 * R(p) = E(p) · (1 − B(p)).
 *
 * @example
 * ```ts
 * import { riskOf } from "./score.js";
 * riskOf(1, 0.75); // 0.25
 * ```
 */
export function riskOf(exposure: number, bench: number): number {
  return exposure * (1 - bench);
}

/** The departure likelihood of people by index, computed once each. */
export type Departures = (person: number) => Departure;

/**
 * A memo of q(x) per person index at the roster's date.
 *
 * @example
 * ```ts
 * import { departuresAt } from "./score.js";
 * import { createTown, SUCCESSION_DEFAULTS } from "@kankei/core";
 * const town = createTown({ people: [{ id: "a", origin: "local", sector: "resident" }] });
 * departuresAt(town, 19000, SUCCESSION_DEFAULTS)(0).q; // 0.05
 * ```
 */
export function departuresAt(town: Town, day: number, options: ResolvedSuccessionOptions): Departures {
  const memo = new Array<Departure | undefined>(town.people.length).fill(undefined);
  const hazards: HazardMemo = new Map();
  return (person) => memo[person] ?? (memo[person] = departureOf(town.people[person]!, day, options, hazards));
}

/** The initiator with the smallest id among `people`; -1 when none. */
function smallestId(town: Town, people: readonly number[]): number {
  let best = -1;
  for (let at = 0; at < people.length; at++) {
    const i = people[at]!;
    if (best < 0 || compareIds(town.people[i]!.id, town.people[best]!.id) < 0) best = i;
  }
  return best;
}

// Tie codes of ScoredProject.tie.
const NO_TIE = 0;
const WEAK_TIE = 1;
const STRONG_TIE = 2;
const STRENGTH = [null, "weak", "strong"] as const;

/**
 * One project scored. Candidates are kept as parallel arrays by rank (readiness descending,
 * ties to the smaller id), so that scoring a large town allocates almost nothing; the public
 * view (`describeProject`) builds the objects.
 */
export interface ScoredProject {
  project: RosterProject;
  /** Current initiators (indices in `town.people`), by id; `project.initiators`. */
  initiators: readonly number[];
  /** How many of the ranked candidates make the bench: min(k, candidates). */
  benchCount: number;
  /** q of each initiator, aligned with `initiators`. */
  initiatorQ: number[];
  /** Candidates by rank. */
  ranked: RosterCandidate[];
  /** r(c) by rank. */
  readiness: Float64Array;
  /** Tie code by rank: 0 none, 1 weak, 2 strong. */
  tie: Uint8Array;
  /** The initiator the tie counts with, by rank; -1 when none. */
  tieWith: Int32Array;
  /** Active projects other than this one that the candidate initiates, by rank. */
  otherInitiated: Int32Array;
  exposure: number;
  bench: number;
  risk: number;
  level: RiskLevel;
}

/** The readiness inputs of a candidate, written into `into` at `at`; returns r(c). */
function scoreInto(
  roster: Roster,
  rp: RosterProject,
  c: RosterCandidate,
  options: ResolvedSuccessionOptions,
  departures: Departures,
  into: { tie: Uint8Array; tieWith: Int32Array; otherInitiated: Int32Array } | undefined,
  at: number,
): number {
  const town = roster.town;
  let tie: number = STRONG_TIE;
  let tieWith = smallestId(town, c.strongWith);
  if (tieWith < 0) {
    tie = WEAK_TIE;
    tieWith = smallestId(town, c.weakWith);
    if (tieWith < 0) tie = NO_TIE;
  }
  // A candidate of rp is not one of its initiators: every project it initiates is another one.
  const otherInitiated = roster.initiateCount[c.person]!;
  if (into !== undefined) {
    into.tie[at] = tie;
    into.tieWith[at] = tieWith;
    into.otherInitiated[at] = otherInitiated;
  }
  const prior = roster.priorRole[c.person]! >= 0;
  return readinessValue(c.role, STRENGTH[tie]!, prior, departures(c.person).q, otherInitiated, options.readiness);
}

/**
 * Scores project `rp` of a roster (see the module header).
 *
 * @example
 * ```ts
 * import { buildRoster } from "./roster.js";
 * import { departuresAt, scoreProject } from "./score.js";
 * import { createTown, SUCCESSION_DEFAULTS } from "@kankei/core";
 * const town = createTown({
 *   people: [{ id: "a", origin: "local", sector: "government" }, { id: "b", origin: "local", sector: "resident" }],
 *   projects: [{ id: "p" }],
 *   roles: [{ person: "a", project: "p", role: "initiator" }, { person: "b", project: "p", role: "cooperator" }],
 *   ties: [{ a: "a", b: "b", strength: "strong" }],
 * });
 * const roster = buildRoster(town, 19000);
 * const s = scoreProject(roster, roster.projects[0], SUCCESSION_DEFAULTS, departuresAt(town, 19000, SUCCESSION_DEFAULTS));
 * s.exposure; // 0.4
 * s.readiness[0]; // 0.76
 * s.risk; // 0.096
 * s.level; // "low"
 * ```
 */
export function scoreProject(
  roster: Roster,
  rp: RosterProject,
  options: ResolvedSuccessionOptions,
  departures: Departures,
): ScoredProject {
  const n = rp.candidates.length;
  const initiatorQ = rp.initiators.map((person) => departures(person).q);
  const scratch = { tie: new Uint8Array(n), tieWith: new Int32Array(n), otherInitiated: new Int32Array(n) };
  const r = new Float64Array(n);
  for (let j = 0; j < n; j++) r[j] = scoreInto(roster, rp, rp.candidates[j]!, options, departures, scratch, j);
  const order = new Array<number>(n);
  for (let j = 0; j < n; j++) order[j] = j;
  if (n > 1) {
    const cs = rp.candidates;
    order.sort((a, b) => r[b]! - r[a]! || compareIds(cs[a]!.id, cs[b]!.id));
  }
  const s: ScoredProject = {
    project: rp,
    initiators: rp.initiators,
    initiatorQ,
    benchCount: Math.min(n, options.benchDepth),
    ranked: new Array<RosterCandidate>(n),
    readiness: new Float64Array(n),
    tie: new Uint8Array(n),
    tieWith: new Int32Array(n),
    otherInitiated: new Int32Array(n),
    exposure: exposureOf(initiatorQ),
    bench: 0,
    risk: 0,
    level: "low",
  };
  for (let rank = 0; rank < n; rank++) {
    const j = order[rank]!;
    s.ranked[rank] = rp.candidates[j]!;
    s.readiness[rank] = r[j]!;
    s.tie[rank] = scratch.tie[j]!;
    s.tieWith[rank] = scratch.tieWith[j]!;
    s.otherInitiated[rank] = scratch.otherInitiated[j]!;
  }
  s.bench = benchOf(s.readiness.subarray(0, s.benchCount));
  s.risk = riskOf(s.exposure, s.bench);
  s.level = riskLevel(s.risk, options.levels);
  return s;
}
