/**
 * The coordinator's report as a language-neutral model: everything `kankei report` shows, in
 * code names and numbers, built once from the core's measures and then rendered as Markdown,
 * HTML or JSON in English or Japanese (`markdown.ts`, `html.ts`, `json.ts`).
 *
 * What it holds, at a date `t` (the town's date unless given):
 * (a) every active project ranked by succession risk R (後継リスク) as the core sorts it (level,
 *     orphaned first, R, id), with its level, exposure, bench strength, initiators (q and why),
 *     stand-ins (代役, readiness and why), the readiest candidates when there is no stand-in,
 *     and who could take over (`handoverOptions`: risk after each handover, what would make
 *     each candidate ready);
 * (b) single points of failure: people whose departure alone moves two or more projects to
 *     critical, with what each project would become (`departureImpact`);
 * (c) weak-tie reach (弱い紐帯の到達範囲) of the projects' core, in the town and per project;
 * (d) circulation (循環) over the `years` before `t` (default: the core's window, 5 years): initiators grown from within,
 *     initiators who stepped back, outsiders who reached a core, initiator tenure;
 * (e) the town at `t`: people by highest role and origin, projects, ties.
 *
 * Numbers are the core's, unrounded: NaN for an undefined share (JSON writes `null`). Every
 * sentence about a figure is the core's explainer's (`explainProject`, `explainReadiness`,
 * `explainDeparture`, `explainSuccessor`, `explainPathToReady`), in both languages; the
 * renderers only lay them out.
 *
 * @module
 */

import {
  DEFAULT_WINDOW_YEARS,
  ROLES,
  circulation,
  departureImpact,
  explainDeparture,
  explainPathToReady,
  explainProject,
  explainReadiness,
  explainSuccessor,
  handoverOptions,
  summarizeTown,
  successionRisk,
  townNames,
  weakTieReach,
  yearsBefore,
  type ExplainNames,
  type HandoverCandidate,
  type InitiatorExposure,
  type IsoDate,
  type Lang,
  type Origin,
  type Orphan,
  type ProjectExplanation,
  type RiskLevel,
  type RoleName,
  type RoleState,
  type Sector,
  type SuccessionCandidate,
  type SuccessorBasis,
  type Town,
  type UsedSuccessionOptions,
} from "@kankei/core";

/** Sentences in both languages, written by the core's explainer. */
export type Both<T> = Record<Lang, T>;

/** A current initiator of a project in the report: the core's figure, the person, and why. */
export interface ReportInitiator extends InitiatorExposure {
  name: string;
  sector: Sector | null;
  origin: Origin;
  /** Why q is what it is (the core's `explainDeparture`). */
  why: Both<string>;
}

/** A candidate successor: the core's candidate, the name, and why (`explainReadiness`). */
export interface ReportCandidate extends SuccessionCandidate {
  name: string;
  why: Both<string[]>;
}

/** One possible successor of a project, from the core's `handoverOptions`. */
export interface ReportHandover extends Pick<HandoverCandidate, "id" | "role" | "readiness" | "ready" | "riskAfter" | "levelAfter" | "toReady"> {
  name: string;
  /** What would make the candidate ready; null when ready (`explainPathToReady`). */
  toReadyText: Both<string | null>;
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
  /** Since when an orphaned project has had no initiator; null when it has one. */
  orphan: Orphan | null;
  /** The core's sentences about the project, orphaned status first (`explainProject`). */
  explanation: Both<ProjectExplanation>;
  initiators: ReportInitiator[];
  /** Candidates with readiness at or above the stand-in threshold, readiest first. */
  standIns: ReportCandidate[];
  /** How many candidates the project has (current members who are not initiators). */
  candidates: number;
  /** The readiest candidates (the bench, at most `benchDepth`) when there is no stand-in; empty otherwise. */
  readiest: ReportCandidate[];
  /** Who could take over, readiest first (at most {@link HANDOVER_LISTED}), with the risk after each handover. */
  handover: ReportHandover[];
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
  /** Why this successor, or none (`explainSuccessor`). */
  successorText: Both<string>;
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
    benchDepth: number;
    thresholds: { critical: number; high: number; moderate: number };
    levels: Record<RiskLevel, number>;
    /** Herfindahl index of the initiator load; NaN when nobody initiates. */
    loadConcentration: number;
    /** People who initiate two or more active projects. */
    overloaded: { id: string; name: string; load: number }[];
    /** Active projects as the core sorts them: level, orphaned first, R descending, id. */
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
  /** Years of circulation before the date (default: the core's `DEFAULT_WINDOW_YEARS`). */
  years?: number;
}

/** Possible successors listed per project in the report. */
export const HANDOVER_LISTED = 3;

function both<T>(make: (lang: Lang) => T): Both<T> {
  return { en: make("en"), ja: make("ja") };
}

function candidateOf(c: SuccessionCandidate, options: UsedSuccessionOptions, names: ExplainNames): ReportCandidate {
  return { ...c, name: names.person(c.id), why: both((lang) => explainReadiness(c, options, lang, names)) };
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
 * report.succession.projects[0].id; // "fanclub"
 * report.succession.projects[0].explanation.ja.orphaned; // "仕掛け人不在（2022-04-01 から。最後の仕掛け人は 高橋 翔太）"
 * [report.reach.all, report.reach.strongOnly]; // [153, 12]
 * report.circulation.from; // "2020-04-01"
 * ```
 */
export function buildReport(town: Town, options: ReportOptions = {}): ReportModel {
  const date = town.date(options.asOf);
  const years = options.years ?? DEFAULT_WINDOW_YEARS;
  const risk = successionRisk(town, { t: date });
  const used = risk.options;
  const names = townNames(town);

  const ranked = risk.projects.map((p, k): ReportProject => {
    const standIns = p.candidates.filter((c) => c.standIn);
    const handover = p.candidates.length === 0 ? [] : handoverOptions(town, p.project, { t: date }).candidates.slice(0, HANDOVER_LISTED);
    return {
      rank: k + 1,
      id: p.project,
      name: p.name,
      level: p.level,
      risk: p.risk,
      exposure: p.exposure,
      benchStrength: p.benchStrength,
      orphaned: p.orphaned,
      orphan: p.orphan,
      explanation: both((lang) => explainProject(p, used, lang, names)),
      initiators: p.initiators.map((i) => {
        const person = town.person(i.id)!;
        return {
          ...i,
          name: names.person(i.id),
          sector: person.sector ?? null,
          origin: person.origin,
          why: both((lang) => explainDeparture(i.basis, i.q, lang)),
        };
      }),
      standIns: standIns.map((c) => candidateOf(c, used, names)),
      candidates: p.candidates.length,
      readiest: standIns.length === 0 ? p.candidates.filter((c) => c.onBench).map((c) => candidateOf(c, used, names)) : [],
      handover: handover.map((c) => ({
        id: c.id,
        name: names.person(c.id),
        role: c.role,
        readiness: c.readiness,
        ready: c.ready,
        riskAfter: c.riskAfter,
        levelAfter: c.levelAfter,
        toReady: c.toReady,
        toReadyText: both((lang) => explainPathToReady(c.toReady, lang)),
      })),
    };
  });

  const singlePointsOfFailure = risk.town.singlePointsOfFailure.map((s): ReportSinglePoint => {
    const impact = departureImpact(town, [s.id], { t: date });
    const critical = new Set(s.projects);
    return {
      id: s.id,
      name: names.person(s.id),
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
          successor: p.successor === null ? null : { id: p.successor.id, name: names.person(p.successor.id), readiness: p.successor.readiness },
          successorText: both((lang) => explainSuccessor(p.successorBasis as SuccessorBasis, lang, names)),
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
      benchDepth: used.benchDepth,
      thresholds: { ...used.levels },
      levels: { ...risk.town.levels },
      loadConcentration: risk.town.loadConcentration,
      overloaded: risk.town.initiatorLoad.filter((l) => l.load >= 2).map((l) => ({ id: l.id, name: names.person(l.id), load: l.load })),
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
        name: names.project(p.project),
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
          name: names.person(o.person),
          project: o.project,
          projectName: names.project(o.project),
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
