/**
 * The coordinator's report as a language-neutral model: everything `kankei report` shows, in
 * code names and numbers, built once from the core's measures and then rendered as Markdown,
 * HTML or JSON in English or Japanese (`markdown.ts`, `html.ts`, `json.ts`).
 *
 * What it holds, at a date `t` (the town's date unless given):
 * (a) every active project ranked by succession risk R (後継リスク), highest first, with its
 *     level, exposure, bench strength, initiators (q and why), stand-ins (代役, readiness and
 *     why), and the readiest candidates when there is no stand-in;
 * (b) single points of failure: people whose departure alone moves two or more projects to
 *     critical, with what each project would become (`departureImpact`);
 * (c) weak-tie reach (弱い紐帯の到達範囲) of the projects' core, in the town and per project;
 * (d) circulation (循環) over the `years` before `t` (default 3): initiators grown from within,
 *     initiators who stepped back, outsiders who reached a core, initiator tenure;
 * (e) the town at `t`: people by highest role and origin, projects, ties.
 *
 * Numbers are the core's, unrounded: NaN for an undefined share (JSON writes `null`).
 *
 * @module
 */

import {
  ROLES,
  circulation,
  dayNumber,
  departureImpact,
  summarizeTown,
  successionRisk,
  weakTieReach,
  yearsBefore,
  type CandidateRole,
  type IsoDate,
  type Origin,
  type RiskLevel,
  type RoleName,
  type RoleState,
  type Sector,
  type SuccessionCandidate,
  type Town,
  type UsedSuccessionOptions,
} from "@kankei/core";

/** Why an initiator may leave within the horizon: a date inside it, or the sector's hazard. */
export type DepartureBasis =
  | { kind: "date"; field: "tenureEnds" | "left"; date: IsoDate }
  | { kind: "hazard"; sector: Sector | null; hazard: number; horizonDays: number };

/** A current initiator of a project in the report. */
export interface ReportInitiator {
  id: string;
  name: string;
  sector: Sector | null;
  origin: Origin;
  /** Departure likelihood q within the horizon. */
  q: number;
  basis: DepartureBasis;
  /** The core's reasons, in English. */
  reasons: string[];
}

/** A candidate successor (a stand-in, or one of the readiest when there is none). */
export interface ReportCandidate {
  id: string;
  name: string;
  role: CandidateRole;
  readiness: number;
  /** The parts of the readiness, as named by the core. */
  base: number;
  tie: "strong" | "weak" | null;
  tieBonus: number;
  prior: boolean;
  priorBonus: number;
  capped: number;
  q: number;
  overloaded: boolean;
  /** The core's reasons, in English. */
  reasons: string[];
}

/** One active project in the ranking. */
export interface ReportProject {
  /** 1 for the highest risk. */
  rank: number;
  id: string;
  name: string;
  level: RiskLevel;
  risk: number;
  exposure: number;
  benchStrength: number;
  orphaned: boolean;
  initiators: ReportInitiator[];
  /** Candidates with readiness at or above the stand-in threshold, readiest first. */
  standIns: ReportCandidate[];
  /** How many candidates the project has (current members who are not initiators). */
  candidates: number;
  /** The readiest candidates (at most three) when there is no stand-in; empty otherwise. */
  readiest: ReportCandidate[];
}

/** What one project becomes when a single point of failure leaves. */
export interface ReportImpact {
  project: string;
  name: string;
  riskBefore: number;
  levelBefore: RiskLevel;
  riskAfter: number;
  levelAfter: RiskLevel;
  orphaned: boolean;
  successor: { id: string; name: string; readiness: number } | null;
}

/** A person whose departure alone moves two or more projects to critical. */
export interface ReportSinglePoint {
  id: string;
  name: string;
  /** The projects that become critical. */
  projects: ReportImpact[];
}

/** Reach figures: all ties, strong only, and what weak ties add. */
export interface ReportReachFigures {
  all: number;
  strongOnly: number;
  gain: number;
  gainShare: number;
}

/** The reach of one project's core. */
export interface ReportProjectReach extends ReportReachFigures {
  project: string;
  name: string;
  core: number;
  outsiders: ReportReachFigures;
}

/** An outsider who reached the core of a project in the window. */
export interface ReportOutsiderToCore {
  id: string;
  name: string;
  project: string;
  projectName: string;
  date: IsoDate;
  role: RoleName;
  from: RoleState;
}

/** The whole report. */
export interface ReportModel {
  town: { id: string | null; name: string };
  /** The date of every measure. */
  date: IsoDate;
  succession: {
    horizonDays: number;
    standInThreshold: number;
    thresholds: { critical: number; high: number; moderate: number };
    levels: Record<RiskLevel, number>;
    /** Herfindahl index of the initiator load; NaN when nobody initiates. */
    loadConcentration: number;
    /** People who initiate two or more active projects. */
    overloaded: { id: string; name: string; load: number }[];
    /** Active projects by R descending (equal R: file order). */
    projects: ReportProject[];
  };
  singlePointsOfFailure: ReportSinglePoint[];
  reach: ReportReachFigures & {
    hops: number;
    /** People in the core of some active project (the seeds). */
    core: number;
    outsiders: ReportReachFigures;
    largestComponent: { all: number; strongOnly: number };
    projects: ReportProjectReach[];
  };
  circulation: {
    from: IsoDate;
    to: IsoDate;
    years: number;
    newInitiators: { count: number; grownInProject: number; grownInTown: number; shareInProject: number; shareInTown: number };
    departingInitiators: {
      count: number;
      steppedBackInProject: number;
      steppedBackInTown: number;
      shareInProject: number;
      shareInTown: number;
      endedWithProject: number;
    };
    outsidersToCore: { people: number; list: ReportOutsiderToCore[] };
    initiatorTenure: { completed: number; ongoing: number; meanYears: number; medianYears: number };
    changesPerPersonYear: number;
  };
  summary: {
    present: number;
    recorded: number;
    byOrigin: Record<Origin, number>;
    byRole: Record<RoleName | "none", Record<Origin, number>>;
    projects: { active: number; total: number; orphaned: number };
    ties: { active: number; strong: number; weak: number };
  };
}

/** Options of {@link buildReport}. */
export interface ReportOptions {
  /** The date of the report (default: the town's date). */
  asOf?: IsoDate;
  /** Years of circulation before the date (default 3). */
  years?: number;
}

/** The default circulation window of the report, in years. */
export const REPORT_WINDOW_YEARS = 3;

/**
 * Why q is what it is, from the person record and the options, as the core decides it
 * (domain.md §4 item 1): a `tenureEnds` or `left` inside `(t, t + h]`, else the sector's hazard.
 *
 * @example
 * ```ts
 * import { departureBasis } from "./content.js";
 * import { SUCCESSION_DEFAULTS } from "@kankei/core";
 * const options = { ...SUCCESSION_DEFAULTS, t: "2025-04-01" };
 * departureBasis({ id: "g", origin: "local", sector: "government", tenureEnds: "2026-04-01" }, options); // { kind: "date", field: "tenureEnds", date: "2026-04-01" }
 * departureBasis({ id: "r", origin: "local", sector: "resident" }, options).kind; // "hazard"
 * ```
 */
export function departureBasis(
  person: { sector?: Sector | null | undefined; tenureEnds?: IsoDate | null | undefined; left?: IsoDate | null | undefined },
  options: UsedSuccessionOptions,
): DepartureBasis {
  const day = dayNumber(options.t)!;
  const h = options.horizonDays;
  for (const field of ["tenureEnds", "left"] as const) {
    const value = person[field];
    const d = value === undefined || value === null ? undefined : dayNumber(value);
    if (d !== undefined && d > day && d <= day + h) return { kind: "date", field, date: value! };
  }
  const sector = person.sector ?? null;
  return { kind: "hazard", sector, hazard: options.hazards[sector ?? "missing"], horizonDays: h };
}

function candidateOf(town: Town, c: SuccessionCandidate, options: UsedSuccessionOptions): ReportCandidate {
  const w = options.readiness;
  const tie = c.parts.tie === 0 ? null : c.parts.tie >= w.strongTie ? "strong" : "weak";
  return {
    id: c.id,
    name: personName(town, c.id),
    role: c.role,
    readiness: c.readiness,
    base: c.parts.base,
    tie,
    tieBonus: c.parts.tie,
    prior: c.parts.prior > 0,
    priorBonus: c.parts.prior,
    capped: c.parts.capped,
    q: c.parts.q,
    overloaded: c.parts.overloaded,
    reasons: [...c.reasons],
  };
}

function personName(town: Town, id: string): string {
  return town.person(id)?.name ?? id;
}

function projectName(town: Town, id: string): string {
  return town.project(id)?.name ?? id;
}

/**
 * Builds the report of a town at a date: succession risk, single points of failure, weak-tie
 * reach, circulation and the town summary (see the module documentation).
 *
 * @example
 * ```ts
 * import { buildReport } from "./content.js";
 * import { readTownFile } from "@kankei/core/node";
 * const report = buildReport(readTownFile("examples/town/town.json"));
 * report.date; // "2025-04-01"
 * report.succession.projects[0].id; // "akiya-bank"
 * report.succession.projects[0].level; // "moderate"
 * [report.reach.all, report.reach.strongOnly]; // [153, 12]
 * report.circulation.from; // "2022-04-01"
 * ```
 */
export function buildReport(town: Town, options: ReportOptions = {}): ReportModel {
  const date = town.date(options.asOf);
  const years = options.years ?? REPORT_WINDOW_YEARS;
  const risk = successionRisk(town, { t: date });
  const used = risk.options;

  const ranked = risk.projects
    .map((p, i) => ({ p, i }))
    .sort((x, y) => y.p.risk - x.p.risk || x.i - y.i)
    .map(({ p }, k): ReportProject => {
      const standIns = p.candidates.filter((c) => c.readiness >= used.standInThreshold);
      return {
        rank: k + 1,
        id: p.project,
        name: p.name,
        level: p.level,
        risk: p.risk,
        exposure: p.exposure,
        benchStrength: p.benchStrength,
        orphaned: p.orphaned,
        initiators: p.initiators.map((i) => {
          const person = town.person(i.id)!;
          return {
            id: i.id,
            name: personName(town, i.id),
            sector: person.sector ?? null,
            origin: person.origin,
            q: i.q,
            basis: departureBasis(person, used),
            reasons: [...i.reasons],
          };
        }),
        standIns: standIns.map((c) => candidateOf(town, c, used)),
        candidates: p.candidates.length,
        readiest: standIns.length === 0 ? p.candidates.slice(0, 3).map((c) => candidateOf(town, c, used)) : [],
      };
    });

  const singlePointsOfFailure = risk.town.singlePointsOfFailure.map((s): ReportSinglePoint => {
    const impact = departureImpact(town, [s.id], { t: date });
    const critical = new Set(s.projects);
    return {
      id: s.id,
      name: personName(town, s.id),
      projects: impact.projects
        .filter((p) => critical.has(p.project))
        .map((p) => ({
          project: p.project,
          name: p.name,
          riskBefore: p.riskBefore,
          levelBefore: p.levelBefore,
          riskAfter: p.riskAfter,
          levelAfter: p.levelAfter,
          orphaned: p.orphaned,
          successor: p.successor === null ? null : { id: p.successor.id, name: personName(town, p.successor.id), readiness: p.successor.readiness },
        })),
    };
  });

  const reach = weakTieReach(town, { t: date, perPerson: false, criticalTies: false });
  const figures = (r: ReportReachFigures): ReportReachFigures => ({ all: r.all, strongOnly: r.strongOnly, gain: r.gain, gainShare: r.gainShare });

  const from = yearsBefore(date, years);
  const c = circulation(town, { from, to: date });

  const s = summarizeTown(town, date);
  const activeProjects = s.projects.filter((p) => p.active);

  return {
    town: { id: town.id ?? null, name: town.name },
    date,
    succession: {
      horizonDays: used.horizonDays,
      standInThreshold: used.standInThreshold,
      thresholds: { ...used.levels },
      levels: { ...risk.town.levels },
      loadConcentration: risk.town.loadConcentration,
      overloaded: risk.town.initiatorLoad.filter((l) => l.load >= 2).map((l) => ({ id: l.id, name: personName(town, l.id), load: l.load })),
      projects: ranked,
    },
    singlePointsOfFailure,
    reach: {
      hops: reach.hops,
      core: reach.seeds.length,
      ...figures(reach),
      outsiders: figures(reach.outsiders),
      largestComponent: { ...reach.largestComponent },
      projects: reach.perProject.map((p) => ({
        project: p.project,
        name: projectName(town, p.project),
        core: p.seeds.length,
        ...figures(p),
        outsiders: figures(p.outsiders),
      })),
    },
    circulation: {
      from: c.from,
      to: c.to,
      years,
      newInitiators: {
        count: c.newInitiators.count,
        grownInProject: c.newInitiators.grownInProject,
        grownInTown: c.newInitiators.grownInTown,
        shareInProject: c.newInitiators.shareInProject,
        shareInTown: c.newInitiators.shareInTown,
      },
      departingInitiators: {
        count: c.departingInitiators.count,
        steppedBackInProject: c.departingInitiators.steppedBackInProject,
        steppedBackInTown: c.departingInitiators.steppedBackInTown,
        shareInProject: c.departingInitiators.shareInProject,
        shareInTown: c.departingInitiators.shareInTown,
        endedWithProject: c.departingInitiators.endedWithProject,
      },
      outsidersToCore: {
        people: c.outsidersToCore.people,
        list: c.outsidersToCore.list.map((o) => ({
          id: o.person,
          name: personName(town, o.person),
          project: o.project,
          projectName: projectName(town, o.project),
          date: o.date,
          role: o.role,
          from: o.from,
        })),
      },
      initiatorTenure: {
        completed: c.initiatorTenure.completed,
        ongoing: c.initiatorTenure.ongoing,
        meanYears: c.initiatorTenure.meanYears,
        medianYears: c.initiatorTenure.medianYears,
      },
      changesPerPersonYear: c.changeRate.perPersonYear,
    },
    summary: {
      present: s.people.present,
      recorded: s.people.recorded,
      byOrigin: { ...s.people.byOrigin },
      byRole: Object.fromEntries([...ROLES, "none"].map((r) => [r, { ...s.people.byRole[r as RoleName | "none"] }])) as ReportModel["summary"]["byRole"],
      projects: { active: activeProjects.length, total: s.projects.length, orphaned: activeProjects.filter((p) => p.initiators.length === 0).length },
      ties: { active: s.ties.active, strong: s.ties.byStrength.strong, weak: s.ties.byStrength.weak },
    },
  };
}
