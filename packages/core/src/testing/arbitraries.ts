/**
 * fast-check arbitraries that generate *valid* towns, for property tests here and in
 * researchers' own code (`@kankei/core/testing`).
 *
 * How: fast-check draws a plan of small numbers (indices, fractions, flags), and a pure
 * function turns the plan into records that satisfy every rule of domain.md §3 by
 * construction: roles of one person in one project are consecutive, non-overlapping segments
 * inside both the project's life and the person's presence; ties of one pair likewise inside
 * both people's presence. Because the plan shrinks, a failing property shrinks to a small,
 * readable town.
 *
 * @module
 */

import fc from "fast-check";
import { dayNumber, isoDate } from "../model/date.js";
import {
  LEADS,
  ORIGINS,
  RELATIONSHIPS,
  RESOURCES,
  ROLES,
  SECTORS,
  STRENGTHS,
  type ContributionRecord,
  type PersonRecord,
  type ProjectRecord,
  type RoleRecord,
  type TieRecord,
  type TownInfo,
} from "../model/records.js";
import { createTown, type Town } from "../model/town.js";

/** Which characters generated texts (names, ids, extra values) may use. */
export type TextAlphabet = "ascii" | "shift_jis" | "unicode";

/** Options of {@link arbitraryTownRecords}. */
export interface TownArbitraryOptions {
  /** Most people in a town (default 12). */
  maxPeople?: number;
  /** Most projects (default 4). */
  maxProjects?: number;
  /** Most role records (default 24). */
  maxRoles?: number;
  /** Most tie records (default 24). */
  maxTies?: number;
  /** Most contributions (default 6). */
  maxContributions?: number;
  /** Characters of generated texts (default `"shift_jis"`: encodable in every format). */
  alphabet?: TextAlphabet;
  /** Add extra fields (string values) to some records (default true). */
  extras?: boolean;
  /** First date of the generated history (default `"2015-04-01"`). */
  start?: string;
  /** Length of the history in days (default 3650). */
  days?: number;
  /**
   * The ids of people, projects and the town (default: short texts of `alphabet`). Pass, for
   * example, `fc.constantFrom("__proto__", "constructor", "toString", "1")` to test hostile ids;
   * people and projects may then share ids, as spreadsheets numbering both 1, 2, 3 do.
   */
  ids?: fc.Arbitrary<string>;
}

/** The records of a valid town, ready for `createTown`. */
export interface GeneratedTownRecords {
  town: TownInfo;
  people: PersonRecord[];
  projects: ProjectRecord[];
  roles: RoleRecord[];
  ties: TieRecord[];
  contributions: ContributionRecord[];
}

// Characters every format and encoding can carry (Shift_JIS included), with CSV's specials.
const SJIS_CHARS = [..."abcxyzABC019 -_.,=+@\"'\n山田花子太郎佐藤鈴木町事業協力者仕掛け人あいうえおカキクケコー・（）"];
const ASCII_CHARS = [..."abcdefxyzABC0123456789 -_.,\"'\n;:/"];
const UNICODE_CHARS = [...SJIS_CHARS, "é", "ß", "😀", "한", "ñ", "\u00a0"];
const EXTRA_KEYS = ["memo", "タグ", "x_source", "budgetYen"];

function text(alphabet: TextAlphabet, minLength = 0): fc.Arbitrary<string> {
  const chars = alphabet === "ascii" ? ASCII_CHARS : alphabet === "unicode" ? UNICODE_CHARS : SJIS_CHARS;
  // bounded-spread: a fixed list of constants (at most a few dozen)
  return fc.array(fc.constantFrom(...chars), { minLength, maxLength: 8 }).map((a) => a.join(""));
}

/** An id: a non-empty text that does not start or end with a space (ids are compared as is). */
function id(alphabet: TextAlphabet): fc.Arbitrary<string> {
  return text(alphabet, 1)
    .map((s) => s.replace(/\s/g, "_"))
    .filter((s) => s.length > 0);
}

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });
const fraction = fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000);

function extrasOf(on: boolean, alphabet: TextAlphabet): fc.Arbitrary<Record<string, string>> {
  if (!on) return fc.constant({});
  return fc
    // bounded-spread: a fixed list of constants (at most a few dozen)
    .array(fc.tuple(fc.constantFrom(...EXTRA_KEYS), text(alphabet, 1)), { maxLength: 2 })
    .map((pairs) => Object.fromEntries(pairs.map(([k, v]) => [k, v.trim() === "" ? "x" : v])));
}

/**
 * Records of a valid town: every rule of domain.md §3 holds by construction.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { createTown } from "@kankei/core";
 * import { arbitraryTownRecords } from "@kankei/core/testing";
 * fc.assert(fc.property(arbitraryTownRecords(), (records) => {
 *   createTown(records); // never throws
 * }));
 * ```
 */
export function arbitraryTownRecords(options: TownArbitraryOptions = {}): fc.Arbitrary<GeneratedTownRecords> {
  const alphabet = options.alphabet ?? "shift_jis";
  const idArb = options.ids ?? id(alphabet);
  const extras = options.extras ?? true;
  const d0 = dayNumber(options.start ?? "2015-04-01")!;
  const span = options.days ?? 3650;
  const day = (f: number) => d0 + Math.round(f * span);

  const personPlan = fc.record({
    id: idArb,
    name: optional(text(alphabet, 1)),
    // bounded-spread: a fixed list of constants (at most a few dozen)
    origin: fc.constantFrom(...ORIGINS),
    // bounded-spread: a fixed list of constants (at most a few dozen)
    sector: optional(fc.constantFrom(...SECTORS)),
    // bounded-spread: a fixed list of constants (at most a few dozen)
    relationship: optional(fc.constantFrom(...RELATIONSHIPS)),
    joined: optional(fraction),
    stay: optional(fraction),
    tenureEnds: optional(fraction),
    extra: extrasOf(extras, alphabet),
  });
  const projectPlan = fc.record({
    id: idArb,
    name: optional(text(alphabet, 1)),
    // bounded-spread: a fixed list of constants (at most a few dozen)
    lead: optional(fc.constantFrom(...LEADS)),
    start: optional(fraction),
    life: optional(fraction),
    extra: extrasOf(extras, alphabet),
  });
  const rolePlan = fc.record({
    person: fc.nat(),
    project: fc.nat(),
    // bounded-spread: a fixed list of constants (at most a few dozen)
    roles: fc.array(fc.constantFrom(...ROLES), { minLength: 1, maxLength: 3 }),
    cuts: fc.array(fraction, { minLength: 4, maxLength: 4 }),
    openFrom: fc.boolean(),
    openTo: fc.boolean(),
    extra: extrasOf(extras, alphabet),
  });
  const tiePlan = fc.record({
    a: fc.nat(),
    b: fc.nat(),
    // bounded-spread: a fixed list of constants (at most a few dozen)
    strengths: fc.array(fc.constantFrom(...STRENGTHS), { minLength: 1, maxLength: 2 }),
    cuts: fc.array(fraction, { minLength: 3, maxLength: 3 }),
    openFrom: fc.boolean(),
    openTo: fc.boolean(),
    kind: optional(text(alphabet, 1)),
    extra: extrasOf(extras, alphabet),
  });
  const contributionPlan = fc.record({
    person: fc.nat(),
    project: fc.nat(),
    // bounded-spread: a fixed list of constants (at most a few dozen)
    resource: fc.constantFrom(...RESOURCES),
    date: optional(fraction),
    amount: optional(fc.integer({ min: 0, max: 1_000_000 })),
    note: optional(text(alphabet, 1)),
  });
  const infoPlan = fc.record({
    name: optional(text(alphabet, 1)),
    id: optional(idArb),
    asOf: optional(fraction),
  });

  return fc
    .record({
      info: infoPlan,
      people: fc.uniqueArray(personPlan, { maxLength: options.maxPeople ?? 12, selector: (p) => p.id }),
      projects: fc.uniqueArray(projectPlan, { maxLength: options.maxProjects ?? 4, selector: (p) => p.id }),
      roles: fc.array(rolePlan, { maxLength: options.maxRoles ?? 24 }),
      ties: fc.array(tiePlan, { maxLength: options.maxTies ?? 24 }),
      contributions: fc.array(contributionPlan, { maxLength: options.maxContributions ?? 6 }),
    })
    .map((plan) => {
      const town: TownInfo = {};
      if (plan.info.id !== undefined) town.id = plan.info.id;
      if (plan.info.name !== undefined) town.name = plan.info.name;
      if (plan.info.asOf !== undefined) town.asOf = isoDate(day(plan.info.asOf));

      const pSpan: [number, number][] = [];
      const people: PersonRecord[] = plan.people.map((p) => {
        const r: PersonRecord = { id: p.id, origin: p.origin };
        if (p.name !== undefined) r.name = p.name;
        if (p.sector !== undefined) r.sector = p.sector;
        if (p.relationship !== undefined) r.relationship = p.relationship;
        let from = -Infinity;
        let to = Infinity;
        if (p.joined !== undefined) r.joined = isoDate((from = day(p.joined * 0.6)));
        if (p.stay !== undefined) r.left = isoDate((to = Math.max(from === -Infinity ? d0 : from, day(p.stay))));
        if (p.tenureEnds !== undefined) r.tenureEnds = isoDate(day(p.tenureEnds));
        pSpan.push([from, to]);
        return Object.assign(r, p.extra);
      });
      const jSpan: [number, number][] = [];
      const projects: ProjectRecord[] = plan.projects.map((p) => {
        const r: ProjectRecord = { id: p.id };
        if (p.name !== undefined) r.name = p.name;
        if (p.lead !== undefined) r.lead = p.lead;
        let from = -Infinity;
        let to = Infinity;
        if (p.start !== undefined) r.start = isoDate((from = day(p.start * 0.5)));
        if (p.life !== undefined) r.end = isoDate((to = Math.max(from === -Infinity ? d0 : from, day(p.life))));
        jSpan.push([from, to]);
        return Object.assign(r, p.extra);
      });

      // Consecutive segments inside [lo, hi): explicit dates stay inside the bounds.
      const segments = (lo: number, hi: number, cuts: number[], k: number) => {
        const a = lo === -Infinity ? d0 : lo;
        const b = hi === Infinity ? d0 + span : hi;
        const pts = cuts
          .slice(0, k + 1)
          .map((f) => a + Math.round(f * Math.max(0, b - a)))
          .sort((x, y) => x - y);
        return pts.slice(0, k).map((p, i) => [p, pts[i + 1]!] as [number, number]);
      };

      const roles: RoleRecord[] = [];
      const seenRole = new Set<string>();
      if (people.length > 0 && projects.length > 0) {
        for (const rp of plan.roles) {
          const pi = rp.person % people.length;
          const ji = rp.project % projects.length;
          const key = `${pi}:${ji}`;
          if (seenRole.has(key)) continue;
          seenRole.add(key);
          const lo = Math.max(pSpan[pi]![0], jSpan[ji]![0]);
          const hi = Math.min(pSpan[pi]![1], jSpan[ji]![1]);
          if (lo > hi) continue; // the person left before the project started, or the reverse
          const segs = segments(lo, hi, rp.cuts, rp.roles.length);
          segs.forEach(([f, t], i) => {
            const r: RoleRecord = { person: people[pi]!.id, project: projects[ji]!.id, role: rp.roles[i]! };
            if (!(i === 0 && rp.openFrom)) r.from = isoDate(f);
            if (!(i === segs.length - 1 && rp.openTo)) r.to = isoDate(t);
            roles.push(Object.assign(r, i === 0 ? rp.extra : {}));
          });
        }
      }

      const ties: TieRecord[] = [];
      const seenTie = new Set<string>();
      if (people.length > 1) {
        for (const tp of plan.ties) {
          const ai = tp.a % people.length;
          let bi = tp.b % people.length;
          if (bi === ai) bi = (bi + 1) % people.length;
          const key = ai < bi ? `${ai}:${bi}` : `${bi}:${ai}`;
          if (seenTie.has(key)) continue;
          seenTie.add(key);
          const lo = Math.max(pSpan[ai]![0], pSpan[bi]![0]);
          const hi = Math.min(pSpan[ai]![1], pSpan[bi]![1]);
          if (lo > hi) continue; // never present at the same time
          const segs = segments(lo, hi, tp.cuts, tp.strengths.length);
          segs.forEach(([f, t], i) => {
            const r: TieRecord = { a: people[ai]!.id, b: people[bi]!.id, strength: tp.strengths[i]! };
            if (!(i === 0 && tp.openFrom)) r.from = isoDate(f);
            if (!(i === segs.length - 1 && tp.openTo)) r.to = isoDate(t);
            if (tp.kind !== undefined) r.kind = tp.kind;
            ties.push(Object.assign(r, i === 0 ? tp.extra : {}));
          });
        }
      }

      const contributions: ContributionRecord[] = [];
      if (people.length > 0 && projects.length > 0) {
        for (const cp of plan.contributions) {
          const r: ContributionRecord = {
            person: people[cp.person % people.length]!.id,
            project: projects[cp.project % projects.length]!.id,
            resource: cp.resource,
          };
          if (cp.date !== undefined) r.date = isoDate(day(cp.date));
          if (cp.amount !== undefined) r.amount = cp.amount;
          if (cp.note !== undefined) r.note = cp.note;
          contributions.push(r);
        }
      }
      return { town, people, projects, roles, ties, contributions };
    });
}

/**
 * A valid {@link Town}, built from {@link arbitraryTownRecords}.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbitraryTown } from "@kankei/core/testing";
 * fc.assert(fc.property(arbitraryTown({ maxPeople: 5 }), (town) => town.people.length <= 5));
 * ```
 */
export function arbitraryTown(options: TownArbitraryOptions = {}): fc.Arbitrary<Town> {
  return arbitraryTownRecords(options).map((records) => createTown(records));
}
