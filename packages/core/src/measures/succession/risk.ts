/**
 * Succession risk (後継リスク, domain.md §4): for every project active at t, the chance that
 * within the horizon its initiators (仕掛け人) are gone and nobody is ready to take over; and
 * for the town, how many projects stand at each level, how the initiator load is spread,
 * and who the single points of failure are.
 *
 * What it means for a town: the circular model says a project lives only while its web of
 * people keeps producing new initiators, because the typical initiator is a municipal officer
 * rotated away after 2–3 years. A critical project will most likely stall at the next
 * rotation unless someone is prepared now; the reasons say who and why.
 * 町にとっての意味: 循環モデルでは、事業は新しい仕掛け人を生み続ける限りにおいて続く。典型的な仕掛け人は
 * 2〜3年で異動する自治体職員だからである。危機(critical)の事業は、今のうちに代役を育てなければ次の異動で
 * 止まる可能性が高い。理由の欄が、誰がなぜそうなのかを示す。
 *
 * Formula, for a date t, a horizon h and a project p active at t:
 *   q(x)  = 1 if tenureEnds or left ∈ (t, t + h], else 1 − (1 − λ(sector))^(h/365)
 *   E(p)  = Π q(i) over the current initiators; 1 when none (orphaned)
 *   r(c)  = min(1, base + tie + prior) · (1 − q(c)), × overloadFactor when c initiates at least
 *           overloadProjects other active projects; candidates c are the current members whose
 *           current role is not initiator
 *   B(p)  = 1 − Π (1 − r(c)) over the k most ready candidates (k = benchDepth, default 3);
 *           0 with no candidates.    Stand-ins: every candidate with r(c) ≥ standInThreshold
 *   R(p)  = E(p) · (1 − B(p)); critical ≥ 0.5, high ≥ 0.25, moderate ≥ 0.1, low below
 * Town: projects per level; initiator load (active projects initiated, per person) and its
 * concentration H = Σ (load_i / Σ load)² over people who initiate at least one active project
 * (NaN when nobody does); single points of failure (see `spof.ts`).
 *
 * Defaults (see `options.ts`): horizon 365 days; hazards government 0.4 (the 2–3-year
 * personnel rotation of municipal officers), corps 0.33 (the 3-year term of 地域おこし協力隊),
 * nonprofit 0.15, business 0.1, resident 0.05, other and missing 0.15 (documented
 * assumptions); readiness base cooperator 0.5, supporter 0.25, participant 0.1, strong tie
 * 0.3, weak tie 0.1, prior 0.2, overload ×0.5 from 2 other projects, stand-in threshold 0.5,
 * levels 0.5 / 0.25 / 0.1 (documented assumptions).
 *
 * Order: projects come sorted by risk: level (critical first), then orphaned projects before
 * the others of the same level, then R descending, then id ({@link compareByRisk}); candidates
 * by readiness descending, then id. Every figure carries its basis as data (which date or
 * hazard behind q, which tie, earlier role and other projects behind readiness, which
 * candidates make the bench, since when a project is orphaned); `explain.ts` turns it into
 * Japanese and English sentences, the only place where those sentences are written.
 *
 * Complexity: O(P + J + R + T·k + Σ_p n_p log n_p) for P people, J projects, R role records,
 * T tie records (k: active projects initiated by a tie's ends, small) and n_p candidates of
 * project p; single points of failure add O(M + Σ deg) for M memberships (see `spof.ts`).
 * Only the Town's cut periods and indices are read; no graph is traversed. Candidates with
 * equal inputs share one frozen `parts` object and one frozen `basis` (a town of 100,000
 * people has a few thousand distinct ones), which keeps a large result light.
 *
 * Sources: Nakayama Ken'ichirō, 関係人口の創出プロセスの研究 (the circular model) and its
 * application to 69 Hokkaido municipalities in the workation study; Carley's ORA ("immediate
 * impact"); Borgatti, "Identifying sets of key players in a social network" (2006).
 *
 * @module
 */

import { isoDate } from "../../model/date.js";
import type { IsoDate } from "../../model/records.js";
import type { Town } from "../../model/town.js";
import type { Departure, DepartureBasis } from "./departure.js";
import {
  resolveSuccessionOptions,
  RISK_LEVELS,
  type CandidateRole,
  type ResolvedSuccessionOptions,
  type RiskLevel,
  type SuccessionOptions,
} from "./options.js";
import { readinessParts, type ReadinessBasis, type ReadinessParts } from "./readiness.js";
import { buildRoster, compareIds, type Roster } from "./roster.js";
import { departuresAt, scoreProject, type Departures, type ScoredProject } from "./score.js";
import { singlePointsOfFailure, type SinglePointOfFailure } from "./spof.js";

/** The options a result was computed with: every field, `t` resolved. */
export type UsedSuccessionOptions = ResolvedSuccessionOptions & { t: IsoDate };

/** A current initiator of a project and the likelihood they leave within the horizon. */
export interface InitiatorExposure {
  id: string;
  /** q(i). */
  q: number;
  /** Why q(i) is what it is (`explainDeparture` says it in words). */
  basis: DepartureBasis;
}

/** A candidate successor of a project. */
export interface SuccessionCandidate {
  id: string;
  /** The candidate's current role in the project. */
  role: CandidateRole;
  /** r(c), in [0, 1]. */
  readiness: number;
  /** The numbers r(c) is made of. Frozen, and shared by candidates whose parts are equal. */
  parts: Readonly<ReadinessParts>;
  /** Why each part is what it is (`explainReadiness` says it in words). Frozen, shared like `parts`. */
  basis: Readonly<ReadinessBasis>;
  /** True when the candidate is among the k most ready, who make bench strength (k = benchDepth). */
  onBench: boolean;
  /** True when r(c) ≥ the stand-in threshold (代役). */
  standIn: boolean;
}

/** Since when an orphaned project has had no initiator. */
export interface Orphan {
  /** The date its last initiator's role ended; null when it never had an initiator before t. */
  since: IsoDate | null;
  /** Who that last initiator was (the smaller id when several ended the same day); null when none. */
  lastInitiator: string | null;
}

/** Succession risk of one project active at t. */
export interface ProjectSuccessionRisk {
  project: string;
  name: string;
  /** True when the project has no current initiator (仕掛け人不在): say so before any number. */
  orphaned: boolean;
  /** For an orphaned project, since when and after whom; null when the project has an initiator. */
  orphan: Orphan | null;
  /** Current initiators, by id. */
  initiators: InitiatorExposure[];
  /** E(p). */
  exposure: number;
  /** Ranked: readiness descending, ties to the smaller id. */
  candidates: SuccessionCandidate[];
  /** B(p), over the k most ready candidates. */
  benchStrength: number;
  /** The candidates B(p) counts (the first k of `candidates`), in rank order. */
  bench: string[];
  /** Candidates with readiness ≥ the stand-in threshold (代役), in rank order, whatever k is. */
  standIns: string[];
  /** R(p). */
  risk: number;
  level: RiskLevel;
}

/** A person's initiator load: the active projects they initiate at t. */
export interface InitiatorLoad {
  id: string;
  /** How many active projects the person initiates. */
  load: number;
  /** Their ids, in file order. */
  projects: string[];
}

/** The town-level figures of succession risk. */
export interface TownSuccessionRisk {
  /** Projects per level. */
  levels: Record<RiskLevel, number>;
  /** People who initiate at least one active project, the heaviest load first, then by id. */
  initiatorLoad: InitiatorLoad[];
  /** Herfindahl index of the initiator load, in (0, 1]; NaN when nobody initiates. */
  loadConcentration: number;
  /** People whose departure alone moves at least two projects to critical. */
  singlePointsOfFailure: SinglePointOfFailure[];
}

/** What {@link successionRisk} returns. */
export interface SuccessionRiskResult {
  date: IsoDate;
  /** The options actually used. */
  options: UsedSuccessionOptions;
  /** Every project active at t, sorted by risk ({@link compareByRisk}). */
  projects: ProjectSuccessionRisk[];
  town: TownSuccessionRisk;
}

/**
 * Counts per level, every level present.
 *
 * @example
 * ```ts
 * import { countLevels } from "./risk.js";
 * countLevels(["low", "critical", "low"]); // { "critical": 1, "high": 0, "moderate": 0, "low": 2 }
 * ```
 */
export function countLevels(levels: Iterable<RiskLevel>): Record<RiskLevel, number> {
  const out = Object.fromEntries(RISK_LEVELS.map((l) => [l, 0])) as Record<RiskLevel, number>;
  for (const l of levels) out[l]++;
  return out;
}

/** What {@link compareByRisk} reads of a project. */
export interface RiskOrderKey {
  project: string;
  level: RiskLevel;
  orphaned: boolean;
  risk: number;
}

/**
 * The one order of projects by risk, used by every result, the report and the viewer: level
 * (critical first), then orphaned projects first within a level, then R descending, then id.
 *
 * @example
 * ```ts
 * import { compareByRisk } from "@kankei/core";
 * const a = { project: "a", level: "high", orphaned: false, risk: 0.4 } as const;
 * const b = { project: "b", level: "high", orphaned: true, risk: 0.3 } as const;
 * const c = { project: "c", level: "critical", orphaned: false, risk: 0.6 } as const;
 * [a, b, c].sort(compareByRisk).map((p) => p.project); // ["c", "b", "a"]
 * ```
 */
export function compareByRisk(a: RiskOrderKey, b: RiskOrderKey): number {
  return (
    RISK_LEVELS.indexOf(a.level) - RISK_LEVELS.indexOf(b.level) ||
    Number(b.orphaned) - Number(a.orphaned) ||
    b.risk - a.risk ||
    compareIds(a.project, b.project)
  );
}

/** Memos shared by the descriptions of one result. */
export interface DescribeMemo {
  /** The prior part's role, per role record index. */
  priors: Map<number, NonNullable<ReadinessBasis["prior"]>>;
  /**
   * Parts and basis of candidates, by their departure, then by (role, tie, overload), then by
   * (tie partner, prior role): equal inputs share one frozen pair.
   */
  explained: Map<Departure, Map<number, Map<number, Explained>>>;
  /** Since when each project is orphaned (by project index), computed at the first need. */
  orphans?: Map<number, Orphan>;
}

/** The parts and basis of a readiness, frozen, shared by every candidate with the same inputs. */
interface Explained {
  parts: Readonly<ReadinessParts>;
  basis: Readonly<ReadinessBasis>;
}

/**
 * A new, empty {@link DescribeMemo} (valid for one roster and one set of options).
 *
 * @example
 * ```ts
 * import { describeMemo } from "./risk.js";
 * describeMemo().priors.size; // 0
 * ```
 */
export function describeMemo(): DescribeMemo {
  return { priors: new Map(), explained: new Map() };
}

const STRENGTH = [null, "weak", "strong"] as const;
const ROLE_CODE: Record<CandidateRole, number> = { cooperator: 0, supporter: 1, participant: 2 };

/** The role the prior part counts. */
function priorBasis(roster: Roster, person: number, memo: DescribeMemo): ReadinessBasis["prior"] {
  const ri = roster.priorRole[person]!;
  if (ri < 0) return null;
  let role = memo.priors.get(ri);
  if (role === undefined) {
    const town = roster.town;
    const s = town.roleSpan(ri);
    role = { project: town.roles[ri]!.project, current: s.from <= roster.day && roster.day < s.to };
    if (Number.isFinite(s.from)) role.from = isoDate(s.from);
    if (Number.isFinite(s.to)) role.to = isoDate(s.to);
    Object.freeze(role);
    memo.priors.set(ri, role);
  }
  return role;
}

/**
 * Since when each active project without an initiator at the roster's date has had none: the
 * latest end, on or before t, of an initiator role in it (after the cut); in a what-if, t for a
 * project whose initiators all leave. One pass over the roles.
 */
function orphansOf(roster: Roster): Map<number, Orphan> {
  const town = roster.town;
  const x = town.periods();
  const out = new Map<number, Orphan>();
  const wanted = new Map<number, { end: number; person: string | null }>();
  for (const rp of roster.projects) {
    if (rp.initiators.length > 0) continue;
    if (rp.leaving.length > 0) out.set(rp.index, { since: isoDate(roster.day), lastInitiator: town.people[rp.leaving[0]!]!.id });
    else wanted.set(rp.index, { end: -Infinity, person: null });
  }
  if (wanted.size === 0) return out;
  for (let i = 0; i < town.roles.length; i++) {
    const role = town.roles[i]!;
    if (role.role !== "initiator") continue;
    const w = wanted.get(x.roleProject[i]!);
    if (w === undefined) continue;
    const from = x.roleFrom[i]!;
    const to = x.roleTo[i]!;
    if (!(from < to && to <= roster.day)) continue;
    if (to > w.end || (to === w.end && compareIds(role.person, w.person!) < 0)) {
      w.end = to;
      w.person = role.person;
    }
  }
  for (const [j, w] of wanted) out.set(j, { since: w.person === null ? null : isoDate(w.end), lastInitiator: w.person });
  return out;
}

/**
 * The public view of a scored project, with the basis of every figure. Pass the same `memo`
 * for every project of a result to share equal parts and bases.
 *
 * @example
 * ```ts
 * import { describeProject, scoreTown } from "./risk.js";
 * import { createTown, SUCCESSION_DEFAULTS } from "@kankei/core";
 * const town = createTown({
 *   people: [{ id: "a", origin: "local", sector: "resident" }],
 *   projects: [{ id: "p" }],
 *   roles: [{ person: "a", project: "p", role: "supporter" }],
 * });
 * const { roster, scored, departures } = scoreTown(town, 19000, SUCCESSION_DEFAULTS);
 * const p = describeProject(roster, scored[0], SUCCESSION_DEFAULTS, departures);
 * p.orphan; // { "since": null, "lastInitiator": null }
 * p.candidates[0].parts.base; // 0.25
 * p.bench; // ["a"]
 * ```
 */
export function describeProject(
  roster: Roster,
  s: ScoredProject,
  options: ResolvedSuccessionOptions,
  departures: Departures,
  memo: DescribeMemo = describeMemo(),
): ProjectSuccessionRisk {
  const town = roster.town;
  const people = town.people;
  const w = options.readiness;
  const candidates = new Array<SuccessionCandidate>(s.ranked.length);
  const standIns: string[] = [];
  const bench: string[] = [];
  const R1 = town.roles.length + 1;
  for (let j = 0; j < s.ranked.length; j++) {
    const c = s.ranked[j]!;
    const departure = departures(c.person);
    const tie = s.tie[j]!;
    const other = s.otherInitiated[j]!;
    const tieWith = s.tieWith[j]!;
    const prior = roster.priorRole[c.person]!;
    const overloaded = other >= w.overloadProjects;
    let explained: Explained | undefined;
    // Everything the parts and basis depend on, as keys (the weights are fixed); an overloaded
    // candidate's basis names their own projects, so it is not shared.
    let byKey2: Map<number, Explained> | undefined;
    const key2 = (tieWith + 1) * R1 + (prior + 1);
    if (!overloaded) {
      const key1 = ROLE_CODE[c.role] + 3 * tie;
      let byKey1 = memo.explained.get(departure);
      if (byKey1 === undefined) memo.explained.set(departure, (byKey1 = new Map()));
      byKey2 = byKey1.get(key1);
      if (byKey2 === undefined) byKey1.set(key1, (byKey2 = new Map()));
      explained = byKey2.get(key2);
    }
    if (explained === undefined) {
      const strength = STRENGTH[tie]!;
      const parts = Object.freeze(readinessParts(c.role, strength, prior >= 0, departure.q, other, w));
      const basis: ReadinessBasis = Object.freeze({
        tie: strength === null ? null : Object.freeze({ strength, with: people[tieWith]!.id, leaving: roster.departed.has(tieWith) }),
        prior: priorBasis(roster, c.person, memo),
        overload: overloaded
          ? Object.freeze({ projects: (roster.initiates.get(c.person) ?? []).map((k) => roster.projects[k]!.id) })
          : null,
        departure: departure.basis,
      });
      explained = { parts, basis };
      byKey2?.set(key2, explained);
    }
    const readiness = s.readiness[j]!;
    const standIn = readiness >= options.standInThreshold;
    const onBench = j < s.benchCount;
    candidates[j] = { id: c.id, role: c.role, readiness, parts: explained.parts, basis: explained.basis, onBench, standIn };
    if (standIn) standIns.push(c.id);
    if (onBench) bench.push(c.id);
  }
  const orphaned = s.initiators.length === 0;
  let orphan: Orphan | null = null;
  if (orphaned) orphan = (memo.orphans ??= orphansOf(roster)).get(s.project.index)!;
  return {
    project: s.project.id,
    name: s.project.name,
    orphaned,
    orphan,
    initiators: s.initiators.map((i, k) => ({ id: people[i]!.id, q: s.initiatorQ[k]!, basis: departures(i).basis })),
    exposure: s.exposure,
    candidates,
    benchStrength: s.bench,
    bench,
    standIns,
    risk: s.risk,
    level: s.level,
  };
}

/**
 * The roster and scores of every project active at day number `day`, without the `departed`
 * people (indices) when given: what {@link successionRisk} and the what-if share.
 *
 * @example
 * ```ts
 * import { scoreTown } from "./risk.js";
 * import { createTown, SUCCESSION_DEFAULTS } from "@kankei/core";
 * const town = createTown({ projects: [{ id: "p" }] });
 * scoreTown(town, 19000, SUCCESSION_DEFAULTS).scored[0].risk; // 1
 * ```
 */
export function scoreTown(
  town: Town,
  day: number,
  options: ResolvedSuccessionOptions,
  departed?: ReadonlySet<number>,
): { roster: Roster; scored: ScoredProject[]; departures: Departures } {
  const roster = buildRoster(town, day, departed);
  const departures = departuresAt(town, day, options);
  const scored = roster.projects.map((rp) => scoreProject(roster, rp, options, departures));
  return { roster, scored, departures };
}

/**
 * Succession risk (後継リスク) of every project active at `t` (default: the town's date), with
 * the basis of every figure, sorted by risk ({@link compareByRisk}), and the town-level figures
 * (domain.md §4). Options override any default (partial objects are merged); the options used
 * are echoed in the result. Throws a {@link UsageError} for a bad option or a town with no date
 * and no `t`. `explainProject` and its siblings say every figure in Japanese or English.
 *
 * @example
 * ```ts
 * import { createTown, successionRisk } from "@kankei/core";
 * const town = createTown({
 *   town: { asOf: "2024-04-01" },
 *   people: [
 *     { id: "aoki", origin: "local", sector: "government", tenureEnds: "2025-03-31" },
 *     { id: "mori", origin: "outsider", sector: "resident" },
 *     { id: "kato", origin: "local", sector: "resident" },
 *   ],
 *   projects: [{ id: "fan", name: "Fan club", start: "2022-04-01" }],
 *   roles: [
 *     { person: "aoki", project: "fan", role: "initiator" },
 *     { person: "mori", project: "fan", role: "cooperator" },
 *     { person: "kato", project: "fan", role: "participant" },
 *   ],
 *   ties: [{ a: "aoki", b: "mori", strength: "strong" }],
 * });
 * const result = successionRisk(town);
 * const fan = result.projects[0];
 * fan.exposure; // 1
 * fan.candidates.map((c) => [c.id, c.readiness]); // [["mori", 0.76], ["kato", 0.095]]
 * fan.candidates[0].basis.tie; // { "strength": "strong", "with": "aoki", "leaving": false }
 * fan.standIns; // ["mori"]
 * fan.risk; // 0.2172
 * fan.level; // "moderate"
 * result.town.levels; // { "critical": 0, "high": 0, "moderate": 1, "low": 0 }
 * successionRisk(town, { levels: { high: 0.2 } }).projects[0].level; // "high"
 * ```
 */
export function successionRisk(town: Town, options: SuccessionOptions = {}): SuccessionRiskResult {
  const resolved = resolveSuccessionOptions(options);
  const date = town.date(options.t);
  const day = town.day(date);
  const { roster, scored, departures } = scoreTown(town, day, resolved);
  const memo = describeMemo();
  const projects = scored.map((s) => describeProject(roster, s, resolved, departures, memo)).sort(compareByRisk);

  const initiatorLoad: InitiatorLoad[] = [];
  let total = 0;
  for (const [person, positions] of roster.initiates) {
    const sorted = [...positions].sort((a, b) => a - b);
    initiatorLoad.push({ id: town.people[person]!.id, load: sorted.length, projects: sorted.map((k) => roster.projects[k]!.id) });
    total += sorted.length;
  }
  initiatorLoad.sort((a, b) => b.load - a.load || compareIds(a.id, b.id));
  let loadConcentration = NaN;
  if (total > 0) {
    loadConcentration = 0;
    for (const l of initiatorLoad) loadConcentration += (l.load / total) ** 2;
  }

  return {
    date,
    options: { t: date, ...resolved },
    projects,
    town: {
      levels: countLevels(scored.map((s) => s.level)),
      initiatorLoad,
      loadConcentration,
      singlePointsOfFailure: singlePointsOfFailure(roster, scored, resolved),
    },
  };
}
