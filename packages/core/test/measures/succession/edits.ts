/**
 * Helpers of the property tests: a date inside the generated histories, valid succession
 * options, and edits that keep a town valid (built anew from `town.toRecords()`).
 */
import { fc } from "@fast-check/vitest";
import { arbitraryTown, arbitraryTownRecords } from "../../../src/testing.js";
import {
  createTown,
  dayNumber,
  ROLES,
  SECTORS,
  isoDate,
  type PersonRecord,
  type ProjectRecord,
  type RoleRecord,
  type SuccessionOptions,
  type TieRecord,
  type Town,
  type TownInfo,
} from "../../../src/index.js";

/** The records of a town, typed and mutable. */
export interface Records {
  town: TownInfo;
  people: PersonRecord[];
  projects: ProjectRecord[];
  roles: RoleRecord[];
  ties: TieRecord[];
  contributions: Record<string, unknown>[];
}

export function recordsOf(town: Town): Records {
  return town.toRecords() as unknown as Records;
}

export function rebuild(records: Records): Town {
  return createTown(records);
}

/** A date inside (or just around) the histories `arbitraryTown()` generates. */
export const arbitraryDate = fc.integer({ min: -100, max: 3800 }).map((n) => isoDate(dayNumber("2015-04-01")! + n));

/**
 * A dense town and a date at which something happens: the date lies inside the period of a
 * role record drawn from the town (an initiator's role when `initiator` is drawn and one
 * exists), so that most draws have active projects with initiators and candidates.
 */
export const arbitraryTownAt = (options: { maxPeople?: number; maxProjects?: number } = {}) =>
  fc
    .tuple(
      arbitraryTown({
        maxPeople: options.maxPeople ?? 9,
        maxProjects: options.maxProjects ?? 4,
        maxRoles: 40,
        maxTies: 40,
        extras: false,
      }),
      fc.nat(),
      fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
      fc.boolean(),
    )
    .map(([town, n, f, initiator]): [Town, string] => {
      const lo = dayNumber("2015-04-01")!;
      const hi = dayNumber("2025-04-01")!;
      const spans = town.roles
        .map((r, i) => ({ r, s: town.roleSpan(i) }))
        .filter(({ s }) => s.from < s.to);
      const preferred = spans.filter(({ r }) => r.role === "initiator");
      const pool = initiator && preferred.length > 0 ? preferred : spans;
      if (pool.length === 0) return [town, "2020-01-01"];
      const { s } = pool[n % pool.length]!;
      const from = Number.isFinite(s.from) ? s.from : Math.min(lo, s.to - 1);
      const to = Number.isFinite(s.to) ? s.to : Math.max(hi, from + 1);
      return [town, isoDate(from + Math.floor(f * (to - from)))];
    });

export const plusDays = (date: string, n: number) => isoDate(dayNumber(date)! + n);

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const sorted = (n: number) => fc.array(unit, { minLength: n, maxLength: n }).map((a) => a.sort((x, y) => y - x));

/** Valid options, every field drawn (the weights in rank order, the levels in order). */
export const arbitraryOptions: fc.Arbitrary<SuccessionOptions> = fc
  .record({
    horizonDays: fc.integer({ min: 0, max: 1500 }),
    hazards: fc.record({
      government: unit,
      corps: unit,
      nonprofit: unit,
      business: unit,
      resident: unit,
      other: unit,
      missing: unit,
    }),
    base: sorted(3),
    ties: sorted(2),
    prior: unit,
    overloadFactor: unit,
    overloadProjects: fc.integer({ min: 1, max: 3 }),
    standInThreshold: unit,
    benchDepth: fc.integer({ min: 1, max: 4 }),
    levels: sorted(3),
  })
  .map((o) => ({
    horizonDays: o.horizonDays,
    hazards: o.hazards,
    readiness: {
      base: { cooperator: o.base[0]!, supporter: o.base[1]!, participant: o.base[2]! },
      strongTie: o.ties[0]!,
      weakTie: o.ties[1]!,
      prior: o.prior,
      overloadFactor: o.overloadFactor,
      overloadProjects: o.overloadProjects,
    },
    standInThreshold: o.standInThreshold,
    benchDepth: o.benchDepth,
    levels: { critical: o.levels[0]!, high: o.levels[1]!, moderate: o.levels[2]! },
  }));

/** Default options most of the time, drawn ones otherwise. */
export const someOptions = fc.oneof({ weight: 2, arbitrary: fc.constant<SuccessionOptions>({}) }, { weight: 1, arbitrary: arbitraryOptions });

/** True when a and b have a tie active at `date`. */
export function tiedAt(town: Town, a: string, b: string, date: string): boolean {
  return town.tiesOf(a, date).some((e) => e.partner === b);
}

/**
 * The people who leave at `date`, as a town: their presence ends at `date`, so do their roles
 * and ties (explicit ends after `date` are brought back to it; periods starting after it go).
 */
export function withDepartures(town: Town, ids: readonly string[], date: string): Town {
  const r = recordsOf(town);
  const gone = new Set(ids);
  const d = dayNumber(date)!;
  const after = (v: string | undefined) => v !== undefined && dayNumber(v)! > d;
  for (const p of r.people) if (gone.has(p.id)) p.left = date;
  // a period that starts (after the cut) after the date goes; one that runs past it ends at it
  r.roles = r.roles.filter((x, i) => !(gone.has(x.person) && town.roleSpan(i).from > d));
  for (const x of r.roles) if (gone.has(x.person) && after(x.to)) x.to = date;
  r.ties = r.ties.filter((x, i) => !((gone.has(x.a) || gone.has(x.b)) && town.tieSpan(i).from > d));
  for (const x of r.ties) if ((gone.has(x.a) || gone.has(x.b)) && after(x.to)) x.to = date;
  return rebuild(r);
}

/**
 * A generated modification of `arbitraryTown()` that makes succession risk busy: a small town
 * (any content) plus people `d0…`, projects `dp0…`, roles and ties all present or active at the
 * drawn date t: current roles of every rank (some starting exactly at t), past initiator roles
 * (some empty), tenure and leaving dates before, inside and after the horizon, strong and weak
 * ties. Valid by construction: the new part has no dates that reach outside its bounds.
 */
export const arbitraryBusyTownAt = (options: { maxPeople?: number; maxProjects?: number } = {}) =>
  fc
    .record({
      base: arbitraryTownRecords({ maxPeople: 4, maxProjects: 2, maxRoles: 8, maxTies: 8, extras: false }),
      t: arbitraryDate,
      people: fc.array(
        fc.record({
          sector: fc.option(fc.constantFrom(...SECTORS), { nil: undefined }),
          tenure: fc.option(fc.integer({ min: -400, max: 800 }), { nil: undefined, freq: 2 }),
          left: fc.option(fc.integer({ min: 1, max: 800 }), { nil: undefined, freq: 4 }),
        }),
        { minLength: 1, maxLength: options.maxPeople ?? 8 },
      ),
      projects: fc.array(
        fc.record({ start: fc.boolean(), end: fc.option(fc.integer({ min: 1, max: 2000 }), { nil: undefined }) }),
        { minLength: 1, maxLength: options.maxProjects ?? 4 },
      ),
      roles: fc.array(
        fc.record({
          person: fc.nat(),
          project: fc.nat(),
          role: fc.constantFrom(...ROLES, "initiator", "cooperator"),
          since: fc.integer({ min: 0, max: 500 }),
          past: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined, freq: 3 }),
        }),
        { maxLength: 30 },
      ),
      ties: fc.array(fc.record({ a: fc.nat(), b: fc.nat(), strength: fc.constantFrom("strong" as const, "weak" as const) }), {
        maxLength: 30,
      }),
    })
    .map((plan): [Town, string] => {
      const t = plan.t;
      // a copy: fast-check may map the same drawn value again while shrinking
      const r = structuredClone(plan.base) as unknown as Records;
      const people = plan.people.map((p, i) => {
        const x: PersonRecord = { id: `d${i}`, origin: i % 3 === 0 ? "outsider" : "local" };
        if (p.sector !== undefined) x.sector = p.sector;
        if (p.tenure !== undefined) x.tenureEnds = plusDays(t, p.tenure);
        if (p.left !== undefined) x.left = plusDays(t, p.left);
        return x;
      });
      const projects = plan.projects.map((p, j) => {
        const x: ProjectRecord = { id: `dp${j}` };
        if (p.start) x.start = plusDays(t, -1000);
        if (p.end !== undefined) x.end = plusDays(t, p.end);
        return x;
      });
      const seen = new Set<string>();
      for (const q of plan.roles) {
        const person = people[q.person % people.length]!.id;
        const project = projects[q.project % projects.length]!.id;
        if (seen.has(`${person} ${project}`)) continue;
        seen.add(`${person} ${project}`);
        if (q.past !== undefined) {
          r.roles.push({ person, project, role: "initiator", from: plusDays(t, -q.since - q.past), to: plusDays(t, -q.since) });
        }
        r.roles.push({ person, project, role: q.role, from: plusDays(t, -q.since) });
      }
      const paired = new Set<string>();
      for (const e of plan.ties) {
        const a = e.a % people.length;
        const b = e.b % people.length;
        if (a === b || paired.has(`${Math.min(a, b)} ${Math.max(a, b)}`)) continue;
        paired.add(`${Math.min(a, b)} ${Math.max(a, b)}`);
        r.ties.push({ a: people[a]!.id, b: people[b]!.id, strength: e.strength });
      }
      r.people.push(...people);
      r.projects.push(...projects);
      return [rebuild(r), t];
    });

/** Either kind of town, with its date. */
export const townsAt = (options: { maxPeople?: number; maxProjects?: number } = {}) =>
  fc.oneof(arbitraryTownAt(options), arbitraryBusyTownAt(options));
