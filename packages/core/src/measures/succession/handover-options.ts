/**
 * Handover options (引き継ぎの選択肢, domain.md §4 items 3–5 and §7): for one project, who could
 * take over as its initiator (仕掛け人), ranked by readiness; who is not ready yet and what would
 * make them ready; and the project's succession risk after each handover.
 *
 * What it means for a town: before an officer's rotation, the coordinator chooses a successor
 * and prepares them. The readiest candidate is the natural choice; a candidate who is not ready
 * can be made ready by a strong working tie with the initiator, a cooperator role, or a spell
 * of initiating (co-initiating) before the rotation. The risk after each handover shows how
 * well the project stands with that person in charge: the successor's own chance of leaving
 * becomes the project's exposure.
 * 町にとっての意味: 職員の異動の前に、後任を選び、準備を整えるための表である。準備度のもっとも高い人が
 * 自然な後任で、まだ準備の整わない人も、仕掛け人との強い紐帯、協力者としての関わり、仕掛け人の経験
 * (共同での仕掛け)があれば準備が整う。引き継ぎ後のリスクは、その人が担ったときの事業の持ちこたえ方を示す。
 *
 * Formula, for project p active at t, the initiator `from` who steps back (to `stepBackTo`,
 * default cooperator; none when p is orphaned) and each candidate c of p:
 *   ready(c)      = r(c) ≥ standInThreshold                         (§4 items 3–4)
 *   R_c(p)        = R(p) on the town where, at t, c becomes initiator of p and `from` steps back
 *                   (the `handover` event of §7; an `assign` when p has no initiator):
 *                   E = Π q over the new initiators; the candidates are the others and `from`,
 *                   with the tie part taken from their ties to the new initiators, `from`'s
 *                   prior counting the initiator role that ends at t (when it began before t)
 *   toReady(c)    = for a candidate not ready: each missing part alone (a strong tie to an
 *                   initiator of p, a cooperator role, earlier initiator experience) with
 *                   r(c) if it were added, and the smallest set of parts that reaches the
 *                   threshold (fewest parts, then the highest readiness); none when even all
 *                   of them fall short, because q(c) or overload caps r(c) (`limits`). A project
 *                   with no initiator offers no tie to gain: there, only the role and experience.
 * Candidates come ranked by readiness (ties to the smaller id); nothing here recommends a
 * successor by the lowest R alone: the lowest R after a handover is often that of the least
 * ready participant with a low hazard, who would not in fact be able to carry the project.
 *
 * Defaults: those of `successionRisk` (`options.ts`); `from` is the project's only initiator,
 * or with several the one most likely to leave (highest q, then the smaller id); `stepBackTo`
 * cooperator (domain.md §7).
 *
 * Complexity: O(P + J + R + T·k) for the roster, plus O(n · (d + n)) for n candidates
 * and the new initiator's d ties: one re-scored bench per candidate.
 *
 * Sources: Nakayama Ken'ichirō's circular model and the Hokkaido workation study (the
 * initiator steps back and a stand-in takes over; the initiator and cooperator layers need
 * strong ties); Carley's ORA and Borgatti (2006) for recomputing a measure after a change.
 *
 * @module
 */

import type { IsoDate, Strength } from "../../model/records.js";
import type { Town } from "../../model/town.js";
import { UsageError } from "../../validation/errors.js";
import { objectOf } from "../../validation/options.js";
import {
  resolveSuccessionOptions,
  riskLevel,
  type CandidateRole,
  type RiskLevel,
  type SuccessionOptions,
} from "./options.js";
import { readinessValue } from "./readiness.js";
import {
  describeMemo,
  describeProject,
  scoreTown,
  type ProjectSuccessionRisk,
  type SuccessionCandidate,
  type UsedSuccessionOptions,
} from "./risk.js";
import { benchOf, exposureOf, riskOf } from "./score.js";

/** A part of readiness a candidate lacks. */
export type MissingPart = "strongTie" | "cooperatorRole" | "prior";

/** What would make a candidate ready (null on a candidate who is ready). */
export interface PathToReady {
  /** Each missing part alone, with the readiness the candidate would have with it. */
  gains: { part: MissingPart; readiness: number }[];
  /** The smallest set of parts that reaches the threshold (fewest, then highest readiness); null when none does. */
  smallest: MissingPart[] | null;
  /** The readiness with `smallest`, or with every missing part when none reaches the threshold. */
  readinessWith: number;
  /** What caps readiness whatever is added: `leaves` (q(c) > 0 scales it down), `overloaded`. */
  limits: ("leaves" | "overloaded")[];
}

/** One candidate of a project as a possible successor. */
export interface HandoverCandidate extends SuccessionCandidate {
  /** r(c) ≥ the stand-in threshold. Same as `standIn`. */
  ready: boolean;
  /** R(p) after this candidate takes over at t. */
  riskAfter: number;
  levelAfter: RiskLevel;
  /** What would make the candidate ready; null when ready. */
  toReady: PathToReady | null;
}

/** Options of {@link handoverOptions}: those of `successionRisk`, plus who steps back and to what. */
export interface HandoverOptionsOptions extends SuccessionOptions {
  /** The initiator who steps back (default: the only one, or the one most likely to leave). */
  from?: string;
  /** The role the initiator steps back to (default cooperator). */
  stepBackTo?: CandidateRole;
}

/** What {@link handoverOptions} returns. */
export interface HandoverOptionsResult {
  date: IsoDate;
  /** The options actually used. */
  options: UsedSuccessionOptions & { from: string | null; stepBackTo: CandidateRole };
  /** The project as it stands, with every figure and its basis. */
  now: ProjectSuccessionRisk;
  /** The initiator who steps back; null for an orphaned project. */
  from: string | null;
  /** Every candidate, ranked by readiness (then id), with the risk after each handover. */
  candidates: HandoverCandidate[];
}

const PARTS: readonly MissingPart[] = ["strongTie", "cooperatorRole", "prior"];

/**
 * The parts a candidate lacks and what each would bring (see the module header);
 * `tieAvailable` false when the project has no initiator to be tied to.
 *
 * @example
 * ```ts
 * import { pathToReady } from "./handover-options.js";
 * import { SUCCESSION_DEFAULTS } from "@kankei/core";
 * const p = pathToReady("participant", null, false, 0.05, 0, SUCCESSION_DEFAULTS);
 * p?.gains.map((g) => g.part); // ["strongTie", "cooperatorRole", "prior"]
 * p?.gains[1]; // { "part": "cooperatorRole", "readiness": 0.475 }
 * p?.smallest; // ["strongTie", "cooperatorRole"]
 * pathToReady("cooperator", "strong", false, 0.05, 0, SUCCESSION_DEFAULTS); // null
 * // with no initiator to be tied to (an orphaned project), only the role and experience count
 * pathToReady("supporter", null, false, 0.05, 0, SUCCESSION_DEFAULTS, false)?.smallest; // ["cooperatorRole", "prior"]
 * ```
 */
export function pathToReady(
  role: CandidateRole,
  tie: Strength | null,
  prior: boolean,
  q: number,
  otherInitiated: number,
  options: Pick<UsedSuccessionOptions, "readiness" | "standInThreshold">,
  tieAvailable = true,
): PathToReady | null {
  const w = options.readiness;
  const threshold = options.standInThreshold;
  const value = (parts: readonly MissingPart[]) =>
    readinessValue(
      parts.includes("cooperatorRole") ? "cooperator" : role,
      parts.includes("strongTie") ? "strong" : tie,
      prior || parts.includes("prior"),
      q,
      otherInitiated,
      w,
    );
  if (value([]) >= threshold) return null;
  const missing = PARTS.filter(
    (p) => (p === "strongTie" && tie !== "strong" && tieAvailable) || (p === "cooperatorRole" && role !== "cooperator") || (p === "prior" && !prior),
  );
  const gains = missing.map((part) => ({ part, readiness: value([part]) }));
  // Every subset of the missing parts, fewest first, then the highest readiness.
  let smallest: MissingPart[] | null = null;
  let best = -1;
  for (let size = 1; size <= missing.length && smallest === null; size++) {
    for (let mask = 1; mask < 1 << missing.length; mask++) {
      const set = missing.filter((_, i) => mask & (1 << i));
      if (set.length !== size) continue;
      const r = value(set);
      if (r >= threshold && r > best) {
        best = r;
        smallest = set;
      }
    }
  }
  const limits: PathToReady["limits"] = [];
  if (q > 0) limits.push("leaves");
  if (otherInitiated >= w.overloadProjects) limits.push("overloaded");
  return { gains, smallest, readinessWith: smallest !== null ? best : value(missing), limits };
}

/**
 * Who could take over project `project` at `t` (default: the town's date), ranked by
 * readiness, with what would make each one ready and the project's risk after each handover
 * (see the module header). Throws a {@link UsageError} for an unknown project, a project not
 * active at `t`, a `from` who is not its initiator, or a bad option.
 *
 * @example
 * ```ts
 * import { createTown, handoverOptions } from "@kankei/core";
 * const town = createTown({
 *   town: { asOf: "2024-04-01" },
 *   people: [
 *     { id: "aoki", origin: "local", sector: "government" },
 *     { id: "mori", origin: "local", sector: "resident" },
 *     { id: "kato", origin: "local", sector: "resident" },
 *   ],
 *   projects: [{ id: "fan" }],
 *   roles: [
 *     { person: "aoki", project: "fan", role: "initiator" },
 *     { person: "mori", project: "fan", role: "cooperator" },
 *     { person: "kato", project: "fan", role: "participant" },
 *   ],
 *   ties: [{ a: "aoki", b: "mori", strength: "strong" }, { a: "mori", b: "kato", strength: "weak" }],
 * });
 * const h = handoverOptions(town, "fan");
 * h.from; // "aoki"
 * h.candidates.map((c) => [c.id, c.ready]); // [["mori", true], ["kato", false]]
 * // mori takes over (q 0.05); aoki steps back to cooperator, strongly tied to mori and a former
 * // initiator: (0.5 + 0.3 + 0.2) × 0.6 = 0.6; kato, weakly tied to mori: 0.2 × 0.95 = 0.19
 * h.candidates[0].riskAfter; // 0.0162
 * h.candidates[1].toReady?.smallest; // ["strongTie", "cooperatorRole"]
 * ```
 */
export function handoverOptions(town: Town, project: string, options: HandoverOptionsOptions = {}): HandoverOptionsResult {
  const { from: fromOption, stepBackTo: stepOption, ...rest } = objectOf(options, "options", [
    "t", "horizonDays", "hazards", "readiness", "standInThreshold", "benchDepth", "levels", "from", "stepBackTo",
  ]) as HandoverOptionsOptions;
  const resolved = resolveSuccessionOptions(rest);
  const date = town.date(options.t);
  const day = town.day(date);
  if (town.project(project) === undefined) throw new UsageError(`no project has the id ${JSON.stringify(project)}`);
  const stepBackTo: CandidateRole = stepOption ?? "cooperator";
  if (!["cooperator", "supporter", "participant"].includes(stepBackTo)) {
    throw new UsageError(`option "stepBackTo" must be cooperator, supporter or participant, not ${JSON.stringify(stepBackTo)}`);
  }
  const { roster, scored, departures } = scoreTown(town, day, resolved);
  const s = scored.find((x) => x.project.id === project);
  if (s === undefined) throw new UsageError(`project ${JSON.stringify(project)} is not active at ${date}`);
  const now = describeProject(roster, s, resolved, departures, describeMemo());
  const people = town.people;

  // Who steps back.
  let from = -1;
  if (fromOption !== undefined) {
    from = s.initiators.find((i) => people[i]!.id === fromOption) ?? -1;
    if (from < 0) throw new UsageError(`option "from": ${JSON.stringify(fromOption)} is not an initiator of ${project} at ${date}`);
  } else {
    for (let k = 0; k < s.initiators.length; k++) {
      if (from < 0 || s.initiatorQ[k]! > departures(from).q) from = s.initiators[k]!; // initiators come by id
    }
  }
  const stayers = s.initiators.filter((i) => i !== from);
  const w = resolved.readiness;

  const candidates = now.candidates.map((c, rank): HandoverCandidate => {
    const person = s.ranked[rank]!.person;
    // Ties of the new initiators (the candidate and the co-initiators who stay) active at t.
    const tieTo = new Map<string, Strength>();
    for (const i of [person, ...stayers]) {
      for (const e of town.tiesOf(people[i]!.id, date)) {
        if (e.strength === "strong" || !tieTo.has(e.partner)) tieTo.set(e.partner, e.strength);
      }
    }
    const readiness: number[] = [];
    for (let j = 0; j < s.ranked.length; j++) {
      if (j === rank) continue;
      const d = s.ranked[j]!;
      const prior = roster.priorRole[d.person]! >= 0;
      readiness.push(readinessValue(d.role, tieTo.get(d.id) ?? null, prior, departures(d.person).q, s.otherInitiated[j]!, w));
    }
    if (from >= 0) {
      const prior = roster.priorRole[from]! >= 0;
      const other = roster.initiateCount[from]! - 1;
      readiness.push(readinessValue(stepBackTo, tieTo.get(people[from]!.id) ?? null, prior, departures(from).q, other, w));
    }
    readiness.sort((a, b) => b - a);
    const qs = [...stayers.map((i) => departures(i).q), departures(person).q];
    const riskAfter = riskOf(exposureOf(qs), benchOf(readiness.slice(0, resolved.benchDepth)));
    const tie = c.basis.tie?.strength ?? null;
    return {
      ...c,
      ready: c.standIn,
      riskAfter,
      levelAfter: riskLevel(riskAfter, resolved.levels),
      toReady: pathToReady(c.role, tie, c.basis.prior !== null, c.parts.q, s.otherInitiated[rank]!, resolved, s.initiators.length > 0),
    };
  });
  const fromId = from >= 0 ? people[from]!.id : null;
  return { date, options: { t: date, ...resolved, from: fromId, stepBackTo }, now, from: fromId, candidates };
}
