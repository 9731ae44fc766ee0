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
 * Only a current member of p can change R(p) by leaving (domain.md §4 items 4 and 7, revised
 * December 2026). As an initiator, x takes one factor out of the exposure, and nothing else:
 * the candidates keep the tie bonus of their tie to x as it stood at t, and nobody's overload,
 * prior or q depends on x. As a candidate, x changes the bench only when x is among the k most
 * ready (k = benchDepth): the (k+1)-th then moves up. So each (person, project) membership of a
 * project below critical is one exact check over at most k + 1 readiness values, with the same
 * arithmetic as `departureImpact`, so both always agree to the bit.
 *
 * Complexity: O(M · k) for M memberships of active projects (k the bench depth, default 3),
 * after the O(P + J + R + T·k) scoring of the measure.
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
import { benchOf, exposureOf, riskOf, type ScoredProject } from "./score.js";

/** A person whose departure alone moves two or more projects to critical. */
export interface SinglePointOfFailure {
  id: string;
  /** The projects (ids, in file order) that become critical when this person leaves. */
  projects: string[];
}

/**
 * R(p) after one member leaves: `rank` ≥ 0 for a candidate (its rank), −1 for an initiator
 * (`person`). The arithmetic of `scoreProject` on the town without that person.
 */
function riskWithout(s: ScoredProject, person: number, rank: number, benchDepth: number): number {
  if (rank >= 0) {
    const rs: number[] = [];
    for (let j = 0; j < s.readiness.length && rs.length < benchDepth; j++) if (j !== rank) rs.push(s.readiness[j]!);
    return riskOf(s.exposure, benchOf(rs));
  }
  const qs: number[] = [];
  for (let k = 0; k < s.initiators.length; k++) if (s.initiators[k] !== person) qs.push(s.initiatorQ[k]!);
  return riskOf(exposureOf(qs), s.bench);
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
 * singlePointsOfFailure(roster, scored, SUCCESSION_DEFAULTS); // [{ "id": "a", "projects": ["p", "q"] }]
 * ```
 */
export function singlePointsOfFailure(
  roster: Roster,
  scored: readonly ScoredProject[],
  options: ResolvedSuccessionOptions,
): SinglePointOfFailure[] {
  const threshold = options.levels.critical;
  const k = options.benchDepth;
  const people = roster.town.people;
  // Per person, the positions of the projects their departure alone moves to critical.
  const moved = new Map<number, number[]>();
  const check = (person: number, at: number, rank: number) => {
    if (riskWithout(scored[at]!, person, rank, k) < threshold) return;
    const list = moved.get(person);
    if (list) list.push(at);
    else moved.set(person, [at]);
  };
  scored.forEach((s, at) => {
    if (s.level === "critical") return;
    for (const i of s.initiators) check(i, at, -1);
    for (let rank = 0; rank < s.benchCount; rank++) check(s.ranked[rank]!.person, at, rank);
  });
  const out: { id: string; positions: number[] }[] = [];
  for (const [person, positions] of moved) if (positions.length >= 2) out.push({ id: people[person]!.id, positions });
  out.sort((a, b) => b.positions.length - a.positions.length || compareIds(a.id, b.id));
  return out.map(({ id, positions }) => ({ id, projects: positions.sort((a, b) => a - b).map((at) => scored[at]!.project.id) }));
}
