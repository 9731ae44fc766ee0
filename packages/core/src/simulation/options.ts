/**
 * Options of the simulation (domain.md §7): every probability and policy, with its default and
 * where the default comes from.
 *
 * What it means for a town: these numbers state how the town's people come and go, how they
 * grow into the core, and how its projects pass from one initiator to the next. Two runs that
 * differ in one policy option (say `handoverAfterYears`) and share the seed compare that policy
 * on the same draws of chance.
 * 町にとっての意味: 人の出入り、中核への成長、事業の引き継ぎ方を表す数値。シードを同じにして
 * 一つの方針（例: `handoverAfterYears`）だけを変えれば、同じ偶然のもとで方針を比べられる。
 *
 * | option | default | source |
 * |---|---|---|
 * | `seed` | 1 | — |
 * | `years` | 10, at most {@link MAX_SIMULATION_YEARS} (50) | the comparison horizon of the issue (ten years of policy); the maximum is a long-range scenario (the horizon of the issue that found the crash: 50 years of the example town) that runs on the example town and a 10,000-person town in seconds to a minute |
 * | `start` | the town's date (`asOf`) | domain.md §3 (the date of a measure) |
 * | `hazards` | government 0.4, corps 0.33, nonprofit 0.15, business 0.1, resident 0.05, other and missing 0.15 | the departure hazards of succession risk (domain.md §4): officers rotate every 2–3 years, corps terms last up to 3; the rest are the project's stated assumptions |
 * | `stayAfterTenure` | corps 0.5, all others 0 | calibration.md: many corps members stay on after their term (Kasora: 3 of 7); an officer whose posting ends is rotated away |
 * | `handoverAfterYears` | 2 | calibration.md and the Hokkaido workation study: an officer stays initiator 2–3 years at most; the circular model: initiators step back and hand over to a prepared stand-in |
 * | `handoverSectors` | null (every initiator) | choice; `["government"]` limits the policy to officers |
 * | `stepBackTo` | cooperator | domain.md §7 (the default of `handover`) |
 * | `successionThreshold` | 0.5 | the stand-in threshold of succession risk (domain.md §4) |
 * | `orphanGraceYears` | 1 | Kasora: 2 of 3 orphaned projects closed a year later; one fiscal year, the budget cycle |
 * | `deepen` | participant → supporter 0.1, supporter → cooperator 0.1 a year | assumption (no published rate); a town's own rate is the diagonal-next cell of `circulation()`'s transition matrix per person-year |
 * | `coreTie` | 0.3 | assumption: core members without a tie who work together meet within about three years |
 * | `strengthen` | 0.25 | Kasora: a core weak tie turns strong 2–8 months later in most projects; slower here because it is a yearly chance for every core pair |
 * | `recruit` | 0.05 | assumption; the circular model: outsiders and locals are drawn in through members' personal networks |
 * | `newcomerPerWeakTie` | 0.05 | assumption (Granovetter: weak ties reach people the town does not know yet); with it the example town keeps about two thirds of its people over ten years, as a shrinking town with an active relationship population might |
 * | `carryingCapacity` | 5,000 people present; `null`: unbounded | newcomers are brought in only while fewer people than this are present, and stop when the step's arrivals reach it (a hard carrying capacity, as in the logistic model of Verhulst, 1838). Without it, newcomers bring newcomers and a town grows exponentially (the example town: 219 to 25,383 people in 40 years). 5,000 is the largest registration of a town programme in calibration.md (柏崎ファンクラブ, 5,000 in 2 years), about eight times the MLIT survey's average of direct contributors per municipality (18.27 million people × about 2 regions × about 3% direct contribution ÷ 1,741 municipalities ≈ 630) |
 * | `maxRolesPerPerson` | 8; `null`: unbounded | assumption: a person's time is limited. Recruitment and launches (the launcher and their team) pass over a person who already holds this many current roles. Without it, recruitment over weak ties eventually puts everyone in every project (a 45-year run of the example town reached 218,000 role records with 5,000 people). 8 is high enough that the ten-year runs of the worked example in docs/rotation.md are unchanged (a lower cap binds on a few hubs there), and bounds current roles by 8 × people present |
 * | `maxTiesPerPerson` | 150; `null`: unbounded | Dunbar, R. I. M. (1992), "Neocortex size as a constraint on group size in primates", Journal of Human Evolution 22(6): about 150 stable relationships a person can keep. Core members tie up pairwise (`coreTie`), which grows as the square of a project's core; a person with this many active ties forms no new core tie |
 * | `newcomerOutsiderShare` | 0.7 | Kasora: 180 of 269 people are outsiders (0.67); MLIT survey 2020: just under 20% of adults are relationship population somewhere |
 * | `corpsPerYear` | 1 | about 6,000 corps members active in 2021 over 1,741 municipalities, with terms of up to 3 years: about 3.4 active, so about one new member a year |
 * | `corpsTermYears` | 3 | the corps programme: terms of up to 3 years |
 * | `officerReplacement` | true | choice: the municipality posts a new officer to the section of one it rotates away |
 * | `officerTermYears` | 3 | calibration.md: postings of 2–3 years |
 * | `launch` | 0.03 | assumption; the Hokkaido workation study's examples of circulation (relationship population become initiators) |
 * | `launchExperienceYears` | 2 | assumption: two years in a project's core |
 * | `launchTeam` | strong 0.5, weak 0.2 | assumption: a new project starts from its initiator's close circle |
 * | `coInitiation` | false | domain.md §7 invariant 2 |
 * | `succession` | `SUCCESSION_DEFAULTS` | domain.md §4: readiness chooses successors; the same options give the yearly risk levels |
 * | `idPrefix` | `"sim-"` | choice: new people are `sim-p2026-001`, new projects `sim-j2026-01` |
 *
 * Validation: every probability in [0, 1], years and counts whole numbers ≥ 0 (terms ≥ 1), no
 * unknown key; a bad option throws a {@link UsageError} that names it.
 *
 * Complexity: O(1).
 *
 * @module
 */

import { isIsoDate } from "../model/date.js";
import { ROLES, SECTORS, type IsoDate, type RoleName } from "../model/records.js";
import { resolveSuccessionOptions, SUCCESSION_DEFAULTS, type HazardKey, type ResolvedSuccessionOptions, type SuccessionOptions } from "../measures/succession/options.js";
import { UsageError } from "../validation/errors.js";
import { objectOf, probability, wholeNumber } from "../validation/options.js";

/**
 * The most years one simulation runs (`years`): 50. A run of 50 years on the example town and
 * on a 10,000-person generated town completes (`carryingCapacity` keeps the town bounded); for a
 * longer horizon, resume from a saved run.
 */
export const MAX_SIMULATION_YEARS = 50;

/** Where a simulation is after a year: passed to `onProgress`. */
export interface SimulationProgress {
  /** The year just simulated, 1 to `years`. */
  year: number;
  years: number;
  /** The date of that year's step. */
  date: IsoDate;
}

/** The roles below initiator. */
export type LowerRole = Exclude<RoleName, "initiator">;

/** Options of `simulate`: every one optional (see the table in the module header). */
export interface SimulationOptions {
  /** Seed (default 1); its 32-bit integer part is used. */
  seed?: number;
  /** Years to simulate, a whole number from 0 to {@link MAX_SIMULATION_YEARS} = 50 (default 10). */
  years?: number;
  /** The date the simulation starts (default: the town's date). Steps fall on the same day each year. */
  start?: IsoDate;
  /** Annual chance of leaving by sector, `missing` for no sector (default: succession risk's hazards). */
  hazards?: Partial<Record<HazardKey, number>>;
  /** Chance of staying when one's `tenureEnds` passes, by sector (default corps 0.5, others 0). */
  stayAfterTenure?: Partial<Record<HazardKey, number>>;
  /** An initiator hands over after this many years in the role, to the most ready member if ready enough; `null`: never (default 2). */
  handoverAfterYears?: number | null;
  /** The sectors whose initiators follow the handover policy (`missing` for none recorded); `null`: everyone (default). */
  handoverSectors?: readonly HazardKey[] | null;
  /** The role an initiator keeps after a handover (default cooperator). */
  stepBackTo?: LowerRole;
  /** The readiness a successor needs (default 0.5, succession risk's stand-in threshold). */
  successionThreshold?: number;
  /** Whole years an orphaned project runs on before it closes (default 1). */
  orphanGraceYears?: number;
  /** Annual chance that a participant becomes supporter, and a supporter cooperator. */
  deepen?: Partial<Record<"participant" | "supporter", number>>;
  /** Annual chance that two members of a project's core with no tie form a weak one (default 0.3). */
  coreTie?: number;
  /** Annual chance that a weak tie between two members of a project's core turns strong (default 0.25). */
  strengthen?: number;
  /** Annual chance, per weak tie of a member to a present non-member, that the non-member joins as participant (default 0.05). */
  recruit?: number;
  /** Annual chance, per weak tie of a member, that the member brings a newcomer into the project (default 0.05). */
  newcomerPerWeakTie?: number;
  /**
   * The carrying capacity: newcomers arrive through members' weak ties only while fewer people
   * than this are present, and the step's newcomers stop when they reach it; `null`: unbounded
   * (the town may grow exponentially). Default 5,000 (see the module header for the source).
   * Corps members (`corpsPerYear`) are a municipal decision and still arrive.
   */
  carryingCapacity?: number | null;
  /**
   * The most current roles a person takes on: recruitment and launches pass over someone who
   * already holds this many; `null`: unbounded (default 8, an assumption: see the module header).
   */
  maxRolesPerPerson?: number | null;
  /** The most active ties a person has before forming a new core tie; `null`: unbounded (default 150, Dunbar's number). */
  maxTiesPerPerson?: number | null;
  /** Share of newcomers who are outsiders (default 0.7). */
  newcomerOutsiderShare?: number;
  /** Corps members (地域おこし協力隊) recruited a year (default 1). */
  corpsPerYear?: number;
  /** A corps member's term in whole years (default 3). */
  corpsTermYears?: number;
  /** A new officer replaces each officer who leaves, in the leaver's projects (default true). */
  officerReplacement?: boolean;
  /** A new officer's posting in whole years (default 3). */
  officerTermYears?: number;
  /** Annual chance that an experienced cooperator who initiates nothing launches a project (default 0.03). */
  launch?: number;
  /** Years in a project's core that make a cooperator experienced (default 2). */
  launchExperienceYears?: number;
  /** Chance that each strong / weak tie partner joins a new project (as cooperator / participant). */
  launchTeam?: Partial<Record<"strong" | "weak", number>>;
  /** Allow several initiators per project (default false). */
  coInitiation?: boolean;
  /** Succession-risk options: readiness chooses successors; levels give the yearly series. */
  succession?: Omit<SuccessionOptions, "t">;
  /** Prefix of the ids of new people and projects (default `"sim-"`). */
  idPrefix?: string;
  /** Called after every simulated year. */
  onProgress?: (progress: SimulationProgress) => void;
}

/** The options actually used: every field present (`start` resolved against the town). */
export interface ResolvedSimulationOptions {
  seed: number;
  years: number;
  start: IsoDate | undefined;
  hazards: Record<HazardKey, number>;
  stayAfterTenure: Record<HazardKey, number>;
  handoverAfterYears: number | null;
  handoverSectors: readonly HazardKey[] | null;
  stepBackTo: LowerRole;
  successionThreshold: number;
  orphanGraceYears: number;
  deepen: Record<"participant" | "supporter", number>;
  coreTie: number;
  strengthen: number;
  recruit: number;
  newcomerPerWeakTie: number;
  carryingCapacity: number | null;
  maxRolesPerPerson: number | null;
  maxTiesPerPerson: number | null;
  newcomerOutsiderShare: number;
  corpsPerYear: number;
  corpsTermYears: number;
  officerReplacement: boolean;
  officerTermYears: number;
  launch: number;
  launchExperienceYears: number;
  launchTeam: Record<"strong" | "weak", number>;
  coInitiation: boolean;
  succession: ResolvedSuccessionOptions;
  idPrefix: string;
}

const HAZARD_KEYS: readonly HazardKey[] = [...SECTORS, "missing"];

/**
 * The defaults of the simulation (see the module header for their sources). Frozen.
 *
 * @example
 * ```ts
 * import { SIMULATION_DEFAULTS } from "@kankei/core";
 * SIMULATION_DEFAULTS.years; // 10
 * SIMULATION_DEFAULTS.handoverAfterYears; // 2
 * SIMULATION_DEFAULTS.hazards.government; // 0.4
 * SIMULATION_DEFAULTS.stayAfterTenure.corps; // 0.5
 * ```
 */
export const SIMULATION_DEFAULTS: Readonly<Omit<ResolvedSimulationOptions, "start">> = Object.freeze({
  seed: 1,
  years: 10,
  hazards: Object.freeze({ ...SUCCESSION_DEFAULTS.hazards }),
  stayAfterTenure: Object.freeze(Object.fromEntries(HAZARD_KEYS.map((k) => [k, k === "corps" ? 0.5 : 0])) as Record<HazardKey, number>),
  handoverAfterYears: 2,
  handoverSectors: null,
  stepBackTo: "cooperator",
  successionThreshold: SUCCESSION_DEFAULTS.standInThreshold,
  orphanGraceYears: 1,
  deepen: Object.freeze({ participant: 0.1, supporter: 0.1 }),
  coreTie: 0.3,
  strengthen: 0.25,
  recruit: 0.05,
  newcomerPerWeakTie: 0.05,
  carryingCapacity: 5000,
  maxRolesPerPerson: 8,
  maxTiesPerPerson: 150,
  newcomerOutsiderShare: 0.7,
  corpsPerYear: 1,
  corpsTermYears: 3,
  officerReplacement: true,
  officerTermYears: 3,
  launch: 0.03,
  launchExperienceYears: 2,
  launchTeam: Object.freeze({ strong: 0.5, weak: 0.2 }),
  coInitiation: false,
  succession: SUCCESSION_DEFAULTS,
  idPrefix: "sim-",
});

const KNOWN = [
  "seed",
  "years",
  "start",
  "hazards",
  "stayAfterTenure",
  "handoverAfterYears",
  "handoverSectors",
  "stepBackTo",
  "successionThreshold",
  "orphanGraceYears",
  "deepen",
  "coreTie",
  "strengthen",
  "recruit",
  "newcomerPerWeakTie",
  "carryingCapacity",
  "maxRolesPerPerson",
  "maxTiesPerPerson",
  "newcomerOutsiderShare",
  "corpsPerYear",
  "corpsTermYears",
  "officerReplacement",
  "officerTermYears",
  "launch",
  "launchExperienceYears",
  "launchTeam",
  "coInitiation",
  "succession",
  "idPrefix",
  "onProgress",
];

function bySector(value: unknown, name: string, fallback: Record<HazardKey, number>): Record<HazardKey, number> {
  const o = objectOf(value, name, HAZARD_KEYS);
  return Object.fromEntries(HAZARD_KEYS.map((k) => [k, probability(o[k], `${name}.${k}`, fallback[k])])) as Record<HazardKey, number>;
}

function yearsOption(value: unknown, fallback: number): number {
  const years = wholeNumber(value, "years", fallback, 0);
  if (years > MAX_SIMULATION_YEARS) {
    throw new UsageError(`option "years" must be at most ${MAX_SIMULATION_YEARS}, not ${years}: for a longer horizon, save the run and simulate again from its end`);
  }
  return years;
}

function flag(value: unknown, name: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") throw new UsageError(`option "${name}" must be true or false, not ${String(value)}`);
  return value;
}

/**
 * Validates simulation options and merges them with {@link SIMULATION_DEFAULTS}; throws a
 * {@link UsageError} naming the first bad option. `onProgress` is checked but not kept.
 *
 * @example
 * ```ts
 * import { resolveSimulationOptions } from "@kankei/core";
 * const o = resolveSimulationOptions({ years: 3, hazards: { resident: 0.1 }, handoverAfterYears: null });
 * o.years; // 3
 * o.hazards.resident; // 0.1
 * o.hazards.government; // 0.4
 * o.handoverAfterYears; // null
 * o.carryingCapacity; // 5000
 * resolveSimulationOptions({ years: 101 }); // throws a UsageError
 * resolveSimulationOptions({ deepen: { cooperator: 0.1 } }); // throws a UsageError
 * ```
 */
export function resolveSimulationOptions(options: SimulationOptions = {}): ResolvedSimulationOptions {
  const d = SIMULATION_DEFAULTS;
  const o = objectOf(options, "options", KNOWN);
  if (o.start !== undefined && !isIsoDate(o.start)) throw new UsageError(`option "start" must be an ISO date YYYY-MM-DD, not ${JSON.stringify(o.start)}`);
  if (o.onProgress !== undefined && typeof o.onProgress !== "function") throw new UsageError(`option "onProgress" must be a function`);
  let seed = d.seed;
  if (o.seed !== undefined) {
    if (typeof o.seed !== "number" || !Number.isFinite(o.seed)) throw new UsageError(`option "seed" must be a finite number, not ${String(o.seed)}`);
    seed = o.seed | 0;
  }
  const handoverAfterYears = o.handoverAfterYears === null ? null : wholeNumber(o.handoverAfterYears, "handoverAfterYears", d.handoverAfterYears!, 1);
  let handoverSectors: readonly HazardKey[] | null = null;
  if (o.handoverSectors !== undefined && o.handoverSectors !== null) {
    if (!Array.isArray(o.handoverSectors) || o.handoverSectors.some((s) => !HAZARD_KEYS.includes(s as HazardKey))) {
      throw new UsageError(`option "handoverSectors" must be null or a list of ${HAZARD_KEYS.join(", ")}`);
    }
    handoverSectors = Object.freeze([...(o.handoverSectors as HazardKey[])]);
  }
  const stepBackTo = (o.stepBackTo ?? d.stepBackTo) as LowerRole;
  if (!ROLES.includes(stepBackTo) || stepBackTo === ("initiator" as string)) {
    throw new UsageError(`option "stepBackTo" must be cooperator, supporter or participant, not ${String(o.stepBackTo)}`);
  }
  const deepen = objectOf(o.deepen, "deepen", ["participant", "supporter"]);
  const team = objectOf(o.launchTeam, "launchTeam", ["strong", "weak"]);
  if (o.idPrefix !== undefined && (typeof o.idPrefix !== "string" || o.idPrefix === "")) {
    throw new UsageError(`option "idPrefix" must be a non-empty string`);
  }
  return {
    seed,
    years: yearsOption(o.years, d.years),
    start: o.start as IsoDate | undefined,
    hazards: bySector(o.hazards, "hazards", d.hazards),
    stayAfterTenure: bySector(o.stayAfterTenure, "stayAfterTenure", d.stayAfterTenure),
    handoverAfterYears,
    handoverSectors,
    stepBackTo,
    successionThreshold: probability(o.successionThreshold, "successionThreshold", d.successionThreshold),
    orphanGraceYears: wholeNumber(o.orphanGraceYears, "orphanGraceYears", d.orphanGraceYears, 0),
    deepen: {
      participant: probability(deepen.participant, "deepen.participant", d.deepen.participant),
      supporter: probability(deepen.supporter, "deepen.supporter", d.deepen.supporter),
    },
    coreTie: probability(o.coreTie, "coreTie", d.coreTie),
    strengthen: probability(o.strengthen, "strengthen", d.strengthen),
    recruit: probability(o.recruit, "recruit", d.recruit),
    newcomerPerWeakTie: probability(o.newcomerPerWeakTie, "newcomerPerWeakTie", d.newcomerPerWeakTie),
    carryingCapacity: o.carryingCapacity === null ? null : wholeNumber(o.carryingCapacity, "carryingCapacity", d.carryingCapacity!, 1),
    maxRolesPerPerson: o.maxRolesPerPerson === null ? null : wholeNumber(o.maxRolesPerPerson, "maxRolesPerPerson", d.maxRolesPerPerson!, 1),
    maxTiesPerPerson: o.maxTiesPerPerson === null ? null : wholeNumber(o.maxTiesPerPerson, "maxTiesPerPerson", d.maxTiesPerPerson!, 1),
    newcomerOutsiderShare: probability(o.newcomerOutsiderShare, "newcomerOutsiderShare", d.newcomerOutsiderShare),
    corpsPerYear: wholeNumber(o.corpsPerYear, "corpsPerYear", d.corpsPerYear, 0),
    corpsTermYears: wholeNumber(o.corpsTermYears, "corpsTermYears", d.corpsTermYears, 1),
    officerReplacement: flag(o.officerReplacement, "officerReplacement", d.officerReplacement),
    officerTermYears: wholeNumber(o.officerTermYears, "officerTermYears", d.officerTermYears, 1),
    launch: probability(o.launch, "launch", d.launch),
    launchExperienceYears: wholeNumber(o.launchExperienceYears, "launchExperienceYears", d.launchExperienceYears, 0),
    launchTeam: {
      strong: probability(team.strong, "launchTeam.strong", d.launchTeam.strong),
      weak: probability(team.weak, "launchTeam.weak", d.launchTeam.weak),
    },
    coInitiation: flag(o.coInitiation, "coInitiation", d.coInitiation),
    succession: resolveSuccessionOptions((o.succession ?? {}) as SuccessionOptions),
    idPrefix: (o.idPrefix as string | undefined) ?? d.idPrefix,
  };
}
