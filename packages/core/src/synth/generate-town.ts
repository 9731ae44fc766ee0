/**
 * Synthetic towns (合成の町): seeded, valid-by-construction towns of any size, from 10 to
 * 1,000,000 people, shaped by the published figures on relationship population (関係人口)
 * and by Nakayama's circular model (関係人口ネットワークに基づく循環モデル).
 *
 * ## What it generates
 *
 * The records of a town (domain.md §3): people, projects (事業), roles (initiator 仕掛け人,
 * cooperator 協力者, supporter 支援者, participant 参加者) and ties (strong 強い紐帯 / weak
 * 弱い紐帯) over `years` years of history ending at `asOf`, and a town header. No
 * contributions. The same options always give the same records (the generator is seeded); a
 * different seed gives a different town of the same shape.
 *
 * ## The model in words
 *
 * 1. **Communities.** People are split into communities of about `communitySize` (200)
 *    people: a neighbourhood with its projects, about one per `peoplePerProject` (25) people.
 *    Every community is generated on its own; ties between communities come last.
 * 2. **People.** A share `outsiderShare` are outsiders (よそ者); among them `corpsShare` are
 *    members of the regional revitalisation corps (地域おこし協力隊): they move in on the 1st of
 *    a month, serve a `corpsTermYears` (3-year) term (`tenureEnds`), and at its end either
 *    leave (`left = tenureEnds`) or stay on (`corpsStayShare`); a few leave early. The other
 *    outsiders carry an MLIT relationship kind. Locals are municipal officers (`government`),
 *    firms, nonprofits and residents. Officers are posted for 2–3 years at a time
 *    (`rotationYears`; postings change on 1 April, the start of the Japanese fiscal year); every
 *    officer has `tenureEnds`, the end of the current posting.
 * 3. **Projects and their initiators.** Some projects run from the start of the history, the
 *    others are launched later. Officer-led (`public`) projects are initiated by officers: an
 *    officer's initiator role ends with the posting, so it never lasts more than 3 years. At a
 *    rotation the project may be orphaned (chance `orphanShare`), and may then close after a
 *    grace year (`orphanCloseShare`); otherwise it gets a successor: another officer, or, in a `mixed` project, a
 *    local (a firm, a nonprofit, a resident or a corps member who stayed on) who takes it over
 *    for good (`handoverShare`). Private-led projects are started by locals, sometimes by
 *    people who cooperated in an earlier project (`launchedByCooperatorShare`: circulation),
 *    and handed over after `privateTenureYears`. A successor was a cooperator of the project
 *    before (a prepared stand-in 代役, `preparedShare`); the predecessor often stays in a lower
 *    role (`stepBackShare`).
 * 4. **Members.** Every person takes part in projects of the community: locals in 0–3
 *    (`localProjects`), outsiders in one (sometimes two); corps members cooperate in a
 *    municipal project from their arrival (within 60 days). A membership starts in a role (mostly participant,
 *    `localEntry`, `outsiderEntry`), lasts `roleYears`, and is then promoted (`promotion`),
 *    stepped down or ended. This gives the pyramid: one initiator per project, a few
 *    cooperators, more supporters, many participants. Outsiders whose roles have all ended
 *    drift away (`outsiderLapseShare`).
 * 5. **How outsiders come.** An outsider joins 7–120 days before the first role
 *    (`recruitLeadDays`), over a tie that starts that day: a weak tie to a local who is then
 *    active in the project (or any local), the commonest path (`outsiderChannels.local`);
 *    a strong family tie to a local for the `kinship` kind; a weak tie to an outsider friend who
 *    is already involved; or no tie at all (found the town online). Corps members get a weak tie
 *    to an officer (their supervisor) on the day they arrive.
 * 6. **Ties.** Inside a community: the introductions above; the core of every project
 *    (initiators and cooperators who work together) tied strongly (`coreStrongShare`), a weak
 *    tie first that turns strong 2–8 months later (two records); officers who know each other;
 *    each newcomer to a project tied weakly to someone already active in it; then strong
 *    family and friendship ties (mostly between locals: an outsider is half as likely an end as
 *    in a weak tie) until `strongShare` of the community's ties at `asOf` are
 *    strong, and weak neighbourhood ties until the community reaches its share of the mean
 *    degree. Last, `bridgeShare` of the ties join people of different communities (weak ties:
 *    mostly to nearby communities, some anywhere), which makes the town a small world. Some
 *    weak ties fade before `asOf` (`tieFadeShare`); people who left keep their ties in the
 *    history.
 *
 * Validity by construction (domain.md §3): the roles of one person in one project are
 * consecutive segments; every role is cut to its project's life and its person's presence
 * (an end after `asOf` is left open); every pair of people gets at most one tie, or one weak
 * tie followed by a strong tie that starts the day the weak one ends; every tie starts when
 * both people are present and ends (when it has an end) before either leaves.
 *
 * ## Defaults and their sources
 *
 * The figures come from the project's calibration notes (calibration.md) and from the example
 * town 架空町 (Kasora, `examples/town`), which echoes them by hand; "choice" marks a modelling
 * choice that no source fixes.
 *
 * | option | default | source |
 * |---|---|---|
 * | `seed` | 1 | — |
 * | `people` | 1,000 | — |
 * | `years` | 8 | choice (Kasora has 9 fiscal years) |
 * | `asOf` | 2025-04-01 | the first day of a fiscal year, as in Kasora |
 * | `peoplePerProject` | 25 | Kasora: 269 people, 11 projects |
 * | `communitySize` | 200 | choice: 8 projects a community |
 * | `outsiderShare` | 0.6 | Kasora 180 of 269 (0.67); the town programmes register mostly people who live elsewhere (Kashiwazaki's fan club 5,000 in 2 years, Hida 3,035 in 3) |
 * | `corpsShare` | 0.05 of outsiders | Kasora 11 of 180; the corps programme: about 6,000 members active nationwide in 2021 |
 * | `officerShare`, `businessShare`, `nonprofitShare` | 0.13, 0.16, 0.06 of locals (the rest residents) | Kasora: 12, 14 and 5 of 89 locals |
 * | `relationshipWeights` | visit 23.2, leisure 10.5, direct 3; exchange 10.5, work 10.5, kinship 7 | MLIT survey 2020 (simple visits 23.2%, leisure 10.5%, direct contribution about 3%); the other three follow Kasora (exchange and work about as many as leisure, kinship about two thirds of it) |
 * | `publicShare`, `mixedShare` | 0.4, 0.35 (the rest private) | Kasora 4, 4 and 3 of 11; the Hokkaido workation study: officer-led projects are the common case, few towns move to private-led |
 * | `initialProjectShare` | 0.3 | Kasora: 3 of 11 projects run from the first day |
 * | `rotationYears` | [2, 3] | the Hokkaido workation study: an officer is initiator for 2–3 years at most (personnel rotation) |
 * | `orphanShare` | 0.3 | Kasora: 3 of 8 initiators who rotated out or left had no successor; the Hokkaido workation study names rotation as the main threat to a project |
 * | `privateOrphanShare` | 0.1 | choice: locals hand over more reliably |
 * | `orphanCloseShare`, `orphanGraceYears` | 0.6, 1 | Kasora: 2 of 3 orphaned projects closed a year later |
 * | `handoverShare` | 0.5 | Kasora: 3 officer-to-town handovers; the Hokkaido workation study: few towns plan the move from officer-led to private-led |
 * | `preparedShare` | 0.7 | Kasora: 5 of 6 successors cooperated first |
 * | `stepBackShare` | 0.6 | Kasora: most former initiators stay as supporter or cooperator |
 * | `launchedByCooperatorShare` | 0.4 | the Hokkaido workation study's examples of circulation (relationship population become initiators); Kasora's forest school |
 * | `privateTenureYears` | [3, 8] | choice; Kasora's market organiser served 5 years |
 * | `corpsTermYears`, `corpsStayShare`, `corpsEarlyLeaveShare` | 3, 0.5, 0.1 | the corps programme (terms of up to 3 years; many stay on after their term); Kasora 3 of 7 stayed, 1 of 11 left early |
 * | `localProjects` | P(0, 1, 2, 3 projects) = 0.3, 0.4, 0.2, 0.1 | choice |
 * | `officerProjects` | P(0, 1) = 0.5, 0.5 besides their initiator roles | choice; Kasora's officers support other projects |
 * | `outsiderSecondProjectShare` | 0.2 | MLIT survey 2020: about 2 regions per person (a second project here) |
 * | `localEntry`, `outsiderEntry` | cooperator 0.15 / 0.02, supporter 0.3 / 0.2, the rest participant | choice, tuned so that participants outnumber supporters, who outnumber cooperators, as in Kasora's role records (208, 107, 32) |
 * | `roleYears` | cooperator 3, supporter 2.5, participant 2.5 (mean years in a role; each drawn from 0.3 to 1.7 times the mean) | choice |
 * | `promotion`, `stepDownShare` | participant → supporter 0.25, supporter → cooperator 0.15; cooperator → supporter 0.3 | choice; Kasora's visitors who reached the core |
 * | `outsiderChannels` | local 0.75, friend 0.15 (the rest none), for outsiders not of the `kinship` kind | Kasora: 81 of 169 outsiders came over a local's weak tie, most others through corps members or friends, 16 with no tie; set higher here because the Hokkaido workation study recommends building the network through insiders' personal networks (only 9 of about 69 municipalities planned it) |
 * | `recruitLeadDays` | [7, 120] | Kasora: the tie starts less than four months before the first role |
 * | `outsiderLapseShare` | 0.6 | Kasora |
 * | `localJoinShare`, `localLeaveShare` | 0.05, 0.05 | choice |
 * | `meanDegree` | 10 | performance-facts: the measured graphs have mean degree ~10 |
 * | `strongShare` | 0.3 | performance-facts: 30% strong ties |
 * | `bridgeShare` | 0.15 | choice (Granovetter: weak ties bridge groups) |
 * | `coreStrongShare` | 0.85 | Kasora: 20 of 22 cooperators have a strong tie to their initiator; Nakayama: the core needs strong ties |
 * | `tieFadeShare` | 0.1 | choice |
 * | `outsiderTieWeight`, `pastTieWeight` | 0.5, 0.3 | choice: outsiders (living elsewhere) and people who left have fewer neighbourhood ties |
 *
 * MIC survey 2017 (409 of 1,481 local governments ran relationship-population programmes):
 * a synthetic town is one of those that do.
 *
 * ## Complexity
 *
 * O(N + T) time and memory for N people and T tie records (T ≈ `meanDegree`/2 · N · 1.05 with
 * the defaults, since about 80% of the people are present at `asOf` and a quarter of the tie
 * records are history): every step works inside one community with typed arrays and small scratch
 * lists; pairs are checked in a per-community byte matrix (communitySize² bytes, cleared per
 * community) and, between communities, in a hash set. The records take about 600 bytes per
 * person on the heap. Measured on a 2-core machine (`bench/generate-town.mjs`): 1,000,000
 * people, 5.2 million ties and 1.4 million roles in 7–12 s and 580 MiB; `createTown` on them
 * takes far longer (about 3 minutes and 2.6 GiB), so keep the records when you only need them.
 *
 * @module
 */

import { dayNumber } from "../model/date.js";
import {
  RELATIONSHIPS,
  type ContributionRecord,
  type IsoDate,
  type PersonRecord,
  type ProjectRecord,
  type Relationship,
  type RoleRecord,
  type TieRecord,
  type TownInfo,
} from "../model/records.js";
import { createTown, type Town } from "../model/town.js";
import { UsageError } from "../validation/errors.js";
import { buildSyntheticTown } from "./town-builder.js";

/** Options of {@link generateTown}: every one optional; see {@link SYNTHETIC_TOWN_DEFAULTS}. */
export interface GenerateTownOptions {
  /** Seed of the generator (default 1); its 32-bit integer part is used. Same options and seed, same records. */
  seed?: number;
  /** Number of people, 1 to 10,000,000 (default 1,000). */
  people?: number;
  /** Years of history before `asOf` (default 8). */
  years?: number;
  /** The date the town describes, `town.asOf` (default `"2025-04-01"`). */
  asOf?: IsoDate;
  /** People per project: projects = max(1, round(people / this)), at least one a community (default 25). */
  peoplePerProject?: number;
  /** People per community (neighbourhood with its projects) (default 200). */
  communitySize?: number;
  /** Share of outsiders (地域外・よそ者) (default 0.6). */
  outsiderShare?: number;
  /** Share of corps members (地域おこし協力隊) among outsiders (default 0.05). */
  corpsShare?: number;
  /** Share of municipal officers among locals (default 0.13). */
  officerShare?: number;
  /** Share of local firms among locals (default 0.16). */
  businessShare?: number;
  /** Share of nonprofits among locals (default 0.06); the rest of the locals are residents. */
  nonprofitShare?: number;
  /** Weights of the MLIT relationship kinds of outsiders other than corps members (corps: `work`). */
  relationshipWeights?: Partial<Record<Relationship, number>>;
  /** Share of officer-led projects (`public`) (default 0.4). */
  publicShare?: number;
  /** Share of `mixed` projects (default 0.35); the rest are `private`. */
  mixedShare?: number;
  /** Share of projects running from the first day of the history (default 0.3). */
  initialProjectShare?: number;
  /** Shortest and longest officer posting, in whole years (default [2, 3]). */
  rotationYears?: readonly [number, number];
  /** Shortest and longest tenure of a local initiator, in years (default [3, 8]). */
  privateTenureYears?: readonly [number, number];
  /** Chance that nobody takes over when an officer initiator rotates out (default 0.3). */
  orphanShare?: number;
  /** Chance that nobody takes over from a local initiator (default 0.1). */
  privateOrphanShare?: number;
  /** Chance that an orphaned project closes after `orphanGraceYears` (default 0.6). */
  orphanCloseShare?: number;
  /** Years an orphaned project runs on before it closes (default 1). */
  orphanGraceYears?: number;
  /** Chance that a `mixed` project passes from an officer to a local at a rotation (default 0.5). */
  handoverShare?: number;
  /** Chance that a successor cooperated in the project before taking over (default 0.7). */
  preparedShare?: number;
  /** Chance that a former initiator stays in the project in a lower role (default 0.6). */
  stepBackShare?: number;
  /** Chance that a private project launched later is started by a cooperator of an earlier one (default 0.4). */
  launchedByCooperatorShare?: number;
  /** A corps member's term in years (default 3). */
  corpsTermYears?: number;
  /** Chance that a corps member stays on after the term (default 0.5). */
  corpsStayShare?: number;
  /** Chance that a corps member leaves before the term ends (default 0.1). */
  corpsEarlyLeaveShare?: number;
  /** Chances that a local (not an officer) takes part in 0, 1, 2, … projects (default [0.3, 0.4, 0.2, 0.1]). */
  localProjects?: readonly number[];
  /** Chances that an officer takes part in 0, 1, … projects besides initiating (default [0.5, 0.5]). */
  officerProjects?: readonly number[];
  /** Chance that an outsider takes part in a second project later (default 0.2). */
  outsiderSecondProjectShare?: number;
  /** A local's first role in a project: chances of cooperator and supporter, the rest participant. */
  localEntry?: { cooperator?: number; supporter?: number };
  /** An outsider's first role in a project: chances of cooperator and supporter, the rest participant. */
  outsiderEntry?: { cooperator?: number; supporter?: number };
  /** Mean years in a role before it changes or ends. */
  roleYears?: { cooperator?: number; supporter?: number; participant?: number };
  /** Chances of moving up at the end of a role: participant → supporter, supporter → cooperator. */
  promotion?: { participant?: number; supporter?: number };
  /** Chance that a cooperator steps down to supporter at the end of the role (default 0.3). */
  stepDownShare?: number;
  /** How outsiders (not of the kinship kind) come: over a local's weak tie, or a friend's; the rest with no tie. */
  outsiderChannels?: { local?: number; friend?: number };
  /** Days between an outsider's introduction (and arrival) and the first role (default [7, 120]). */
  recruitLeadDays?: readonly [number, number];
  /** Chance that an outsider whose roles have all ended leaves (default 0.6). */
  outsiderLapseShare?: number;
  /** Share of locals (not officers) who arrive during the history (default 0.05). */
  localJoinShare?: number;
  /** Share of locals (not officers) who leave during the history (default 0.05). */
  localLeaveShare?: number;
  /** Mean degree of the network at `asOf`: ties active then, per person present (default 10). */
  meanDegree?: number;
  /** Share of the ties active at `asOf` that are strong (default 0.3). */
  strongShare?: number;
  /** Share of the ties active at `asOf` that join two communities (default 0.15). */
  bridgeShare?: number;
  /** Chance that two core members who work together grow a strong tie (default 0.85). */
  coreStrongShare?: number;
  /** Chance that a weak neighbourhood tie ends before `asOf` (default 0.1). */
  tieFadeShare?: number;
  /** Weight of an outsider, against 1 for a local, as one end of a neighbourhood tie (default 0.5). */
  outsiderTieWeight?: number;
  /** Weight of someone not present at `asOf`, against 1, as one end of a neighbourhood tie (default 0.3). */
  pastTieWeight?: number;
}

/** Every option of {@link GenerateTownOptions} resolved to a value. */
export interface ResolvedGenerateTownOptions {
  seed: number;
  people: number;
  years: number;
  asOf: IsoDate;
  peoplePerProject: number;
  communitySize: number;
  outsiderShare: number;
  corpsShare: number;
  officerShare: number;
  businessShare: number;
  nonprofitShare: number;
  relationshipWeights: Readonly<Record<Relationship, number>>;
  publicShare: number;
  mixedShare: number;
  initialProjectShare: number;
  rotationYears: readonly [number, number];
  privateTenureYears: readonly [number, number];
  orphanShare: number;
  privateOrphanShare: number;
  orphanCloseShare: number;
  orphanGraceYears: number;
  handoverShare: number;
  preparedShare: number;
  stepBackShare: number;
  launchedByCooperatorShare: number;
  corpsTermYears: number;
  corpsStayShare: number;
  corpsEarlyLeaveShare: number;
  localProjects: readonly number[];
  officerProjects: readonly number[];
  outsiderSecondProjectShare: number;
  localEntry: Readonly<{ cooperator: number; supporter: number }>;
  outsiderEntry: Readonly<{ cooperator: number; supporter: number }>;
  roleYears: Readonly<{ cooperator: number; supporter: number; participant: number }>;
  promotion: Readonly<{ participant: number; supporter: number }>;
  stepDownShare: number;
  outsiderChannels: Readonly<{ local: number; friend: number }>;
  recruitLeadDays: readonly [number, number];
  outsiderLapseShare: number;
  localJoinShare: number;
  localLeaveShare: number;
  meanDegree: number;
  strongShare: number;
  bridgeShare: number;
  coreStrongShare: number;
  tieFadeShare: number;
  outsiderTieWeight: number;
  pastTieWeight: number;
}

/** The defaults of {@link generateTown}, with their sources in the module doc's table. */
export const SYNTHETIC_TOWN_DEFAULTS: Readonly<ResolvedGenerateTownOptions> = Object.freeze({
  seed: 1,
  people: 1000,
  years: 8,
  asOf: "2025-04-01",
  peoplePerProject: 25,
  communitySize: 200,
  outsiderShare: 0.6,
  corpsShare: 0.05,
  officerShare: 0.13,
  businessShare: 0.16,
  nonprofitShare: 0.06,
  relationshipWeights: Object.freeze({ visit: 23.2, kinship: 7, leisure: 10.5, exchange: 10.5, work: 10.5, direct: 3 }),
  publicShare: 0.4,
  mixedShare: 0.35,
  initialProjectShare: 0.3,
  rotationYears: Object.freeze([2, 3] as const),
  privateTenureYears: Object.freeze([3, 8] as const),
  orphanShare: 0.3,
  privateOrphanShare: 0.1,
  orphanCloseShare: 0.6,
  orphanGraceYears: 1,
  handoverShare: 0.5,
  preparedShare: 0.7,
  stepBackShare: 0.6,
  launchedByCooperatorShare: 0.4,
  corpsTermYears: 3,
  corpsStayShare: 0.5,
  corpsEarlyLeaveShare: 0.1,
  localProjects: Object.freeze([0.3, 0.4, 0.2, 0.1]),
  officerProjects: Object.freeze([0.5, 0.5]),
  outsiderSecondProjectShare: 0.2,
  localEntry: Object.freeze({ cooperator: 0.15, supporter: 0.3 }),
  outsiderEntry: Object.freeze({ cooperator: 0.02, supporter: 0.2 }),
  roleYears: Object.freeze({ cooperator: 3, supporter: 2.5, participant: 2.5 }),
  promotion: Object.freeze({ participant: 0.25, supporter: 0.15 }),
  stepDownShare: 0.3,
  outsiderChannels: Object.freeze({ local: 0.75, friend: 0.15 }),
  recruitLeadDays: Object.freeze([7, 120] as const),
  outsiderLapseShare: 0.6,
  localJoinShare: 0.05,
  localLeaveShare: 0.05,
  meanDegree: 10,
  strongShare: 0.3,
  bridgeShare: 0.15,
  coreStrongShare: 0.85,
  tieFadeShare: 0.1,
  outsiderTieWeight: 0.5,
  pastTieWeight: 0.3,
});

/** The records of a synthetic town, ready for `createTown` (contributions are always empty). */
export interface SyntheticTownRecords {
  town: TownInfo;
  people: PersonRecord[];
  projects: ProjectRecord[];
  roles: RoleRecord[];
  ties: TieRecord[];
  contributions: ContributionRecord[];
}

/**
 * Generates the records of a synthetic town: seeded, valid by construction (every rule of
 * domain.md §3), shaped by the published figures (see the module doc for the model, every
 * default and its source). Ids are `p000123` for people and `j00012` for projects; every
 * person has the extra field `community` (`n0003`), every project a `name` that says its kind,
 * every tie a `kind`. The header is `{ id, name, asOf, historyStart, seed }`.
 *
 * Throws a `UsageError` that names the option when an option is out of range.
 * Time and memory O(people + ties); a million people take seconds (see the bench).
 *
 * @param options - see {@link GenerateTownOptions}; all optional
 * @returns the records, to pass to `createTown` (or use {@link generateTownModel})
 *
 * @example
 * ```ts
 * import { createTown, generateTown } from "@kankei/core";
 * const records = generateTown({ people: 300, seed: 7 });
 * records.people.length; // 300
 * records.town.asOf; // "2025-04-01"
 * records.people[0].id; // "p000000"
 * JSON.stringify(generateTown({ people: 300, seed: 7 })) === JSON.stringify(records); // true
 * createTown(records).projectsAt().length > 0; // true
 * ```
 */
export function generateTown(options: GenerateTownOptions = {}): SyntheticTownRecords {
  return buildSyntheticTown(resolveOptions(options));
}

/**
 * Generates a synthetic town and builds it: `createTown(generateTown(options))`. Building
 * validates every record again and indexes it, which takes longer and needs more memory than
 * generating (the bench measures both); use {@link generateTown} to get the records alone.
 *
 * @example
 * ```ts
 * import { generateTownModel } from "@kankei/core";
 * const town = generateTownModel({ people: 200, seed: 3 });
 * town.people.length; // 200
 * town.date(); // "2025-04-01"
 * ```
 */
export function generateTownModel(options: GenerateTownOptions = {}): Town {
  return createTown(generateTown(options));
}

// ---------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------

function resolveOptions(options: GenerateTownOptions): ResolvedGenerateTownOptions {
  const d = SYNTHETIC_TOWN_DEFAULTS;
  const o: ResolvedGenerateTownOptions = {
    ...d,
    ...dropUndefined(options),
    relationshipWeights: { ...d.relationshipWeights, ...dropUndefined(options.relationshipWeights ?? {}) },
    localEntry: { ...d.localEntry, ...dropUndefined(options.localEntry ?? {}) },
    outsiderEntry: { ...d.outsiderEntry, ...dropUndefined(options.outsiderEntry ?? {}) },
    roleYears: { ...d.roleYears, ...dropUndefined(options.roleYears ?? {}) },
    promotion: { ...d.promotion, ...dropUndefined(options.promotion ?? {}) },
    outsiderChannels: { ...d.outsiderChannels, ...dropUndefined(options.outsiderChannels ?? {}) },
  };
  const bad = (name: string, what: string): never => {
    throw new UsageError(`generateTown: option ${name} ${what}`);
  };
  const integer = (name: string, v: number, lo: number, hi: number) => {
    if (!Number.isInteger(v) || v < lo || v > hi) bad(name, `must be a whole number from ${lo} to ${hi}, got ${String(v)}`);
  };
  const positive = (name: string, v: number) => {
    if (typeof v !== "number" || !Number.isFinite(v) || v <= 0) bad(name, `must be a positive number, got ${String(v)}`);
  };
  const share = (name: string, v: number) => {
    if (typeof v !== "number" || !(v >= 0 && v <= 1)) bad(name, `must be a number from 0 to 1, got ${String(v)}`);
  };
  const span = (name: string, v: readonly [number, number], integerYears = false) => {
    if (!Array.isArray(v) || v.length !== 2 || !(v[0] > 0) || !(v[1] >= v[0]) || !Number.isFinite(v[1])) {
      bad(name, `must be [lowest, highest] with 0 < lowest <= highest, got ${JSON.stringify(v)}`);
    }
    if (integerYears && !(Number.isInteger(v[0]) && Number.isInteger(v[1]))) bad(name, `must be whole years, got ${JSON.stringify(v)}`);
  };
  if (typeof o.seed !== "number" || !Number.isFinite(o.seed)) bad("seed", `must be a finite number, got ${String(o.seed)}`);
  integer("people", o.people, 1, 10_000_000);
  integer("years", o.years, 1, 100);
  if (dayNumber(o.asOf) === undefined) bad("asOf", `must be a real date written YYYY-MM-DD, got ${JSON.stringify(o.asOf)}`);
  positive("peoplePerProject", o.peoplePerProject);
  integer("communitySize", o.communitySize, 2, 100_000);
  for (const k of [
    "outsiderShare",
    "corpsShare",
    "officerShare",
    "businessShare",
    "nonprofitShare",
    "publicShare",
    "mixedShare",
    "initialProjectShare",
    "orphanShare",
    "privateOrphanShare",
    "orphanCloseShare",
    "handoverShare",
    "preparedShare",
    "stepBackShare",
    "launchedByCooperatorShare",
    "corpsStayShare",
    "corpsEarlyLeaveShare",
    "outsiderSecondProjectShare",
    "stepDownShare",
    "outsiderLapseShare",
    "localJoinShare",
    "localLeaveShare",
    "strongShare",
    "bridgeShare",
    "coreStrongShare",
    "tieFadeShare",
    "outsiderTieWeight",
    "pastTieWeight",
  ] as const) {
    share(k, o[k]);
  }
  if (o.officerShare + o.businessShare + o.nonprofitShare > 1) bad("officerShare", "+ businessShare + nonprofitShare must be at most 1");
  if (o.publicShare + o.mixedShare > 1) bad("publicShare", "+ mixedShare must be at most 1");
  for (const [name, v] of [
    ["localEntry", o.localEntry],
    ["outsiderEntry", o.outsiderEntry],
  ] as const) {
    share(`${name}.cooperator`, v.cooperator);
    share(`${name}.supporter`, v.supporter);
    if (v.cooperator + v.supporter > 1) bad(name, "cooperator + supporter must be at most 1");
  }
  share("promotion.participant", o.promotion.participant);
  share("promotion.supporter", o.promotion.supporter);
  share("outsiderChannels.local", o.outsiderChannels.local);
  share("outsiderChannels.friend", o.outsiderChannels.friend);
  if (o.outsiderChannels.local + o.outsiderChannels.friend > 1) bad("outsiderChannels", "local + friend must be at most 1");
  for (const r of ["cooperator", "supporter", "participant"] as const) positive(`roleYears.${r}`, o.roleYears[r]);
  span("rotationYears", o.rotationYears, true);
  span("privateTenureYears", o.privateTenureYears);
  span("recruitLeadDays", o.recruitLeadDays, true);
  positive("orphanGraceYears", o.orphanGraceYears);
  integer("corpsTermYears", o.corpsTermYears, 1, 20);
  for (const [name, v] of [
    ["localProjects", o.localProjects],
    ["officerProjects", o.officerProjects],
  ] as const) {
    if (!Array.isArray(v) || v.length === 0 || v.some((p) => !(p >= 0)) || !(v.reduce((a, b) => a + b, 0) > 0)) {
      bad(name, `must be a non-empty list of chances, got ${JSON.stringify(v)}`);
    }
  }
  for (const r of RELATIONSHIPS) {
    const w = o.relationshipWeights[r];
    if (typeof w !== "number" || !(w >= 0) || !Number.isFinite(w)) bad(`relationshipWeights.${r}`, `must be a weight >= 0, got ${String(w)}`);
  }
  if (!(RELATIONSHIPS.reduce((s, r) => s + o.relationshipWeights[r], 0) > 0)) bad("relationshipWeights", "must not all be 0");
  if (typeof o.meanDegree !== "number" || !(o.meanDegree >= 0) || !Number.isFinite(o.meanDegree)) {
    bad("meanDegree", `must be a number >= 0, got ${String(o.meanDegree)}`);
  }
  return o;
}

function dropUndefined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
