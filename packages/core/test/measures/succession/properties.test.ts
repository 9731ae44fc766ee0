import { describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import {
  compareByRisk,
  departureImpact,
  ROLES,
  ROLE_RANK,
  successionRisk,
  type RoleName,
  type SuccessionRiskResult,
} from "../../../src/index.js";
import { arbitraryOptions, plusDays, rebuild, recordsOf, someOptions, tiedAt, townsAt } from "./edits.js";
import { referenceRisk, type ReferenceProject } from "./reference.js";

// Rounding: the products are folded in a canonical order, but moving a factor from the bench to
// the exposure (or across the order) may change the last bit; "never raises" is checked up to this.
const ROUNDING = 1e-12;

// Towns of `arbitraryTown()` at a date inside one of their roles, and busier ones (see edits.ts).
const towns = townsAt();
const pick = <T>(xs: readonly T[], n: number): T | undefined => (xs.length === 0 ? undefined : xs[n % xs.length]);

function riskOf(result: SuccessionRiskResult, project: string): number {
  return result.projects.find((p) => p.project === project)!.risk;
}

/** The measure's projects against the reference's, project by project (any order). */
function sameAsReference(
  actual: readonly { project: string; exposure: number; benchStrength: number; risk: number; initiators: { id: string }[]; candidates: { id: string; readiness: number }[] }[],
  expected: readonly ReferenceProject[],
): void {
  expect(actual.map((p) => p.project).sort()).toEqual(expected.map((p) => p.project).sort());
  for (const e of expected) {
    const a = actual.find((p) => p.project === e.project)!;
    expect(a.initiators.map((i) => i.id).sort()).toEqual(e.initiators);
    expect(a.exposure).toBeCloseTo(e.exposure, 12);
    expect(a.benchStrength).toBeCloseTo(e.bench, 12);
    expect(a.risk).toBeCloseTo(e.risk, 12);
    expect(Object.fromEntries(a.candidates.map((c) => [c.id, c.readiness]))).toEqual(
      Object.fromEntries(e.candidates.map((c) => [c.id, expect.closeTo(c.readiness, 12)])),
    );
    a.candidates.forEach((c, j) => expect(c.readiness).toBeCloseTo(e.candidates[j]!.readiness, 12));
  }
}

function inUnit(x: number, what: string): void {
  expect(x, what).toBeGreaterThanOrEqual(0);
  expect(x, what).toBeLessThanOrEqual(1);
}

describe("succession risk properties (domain.md §4)", () => {
  test.prop([towns, someOptions], { numRuns: 300 })("every figure is in [0, 1]", ([town, t], options) => {
    const r = successionRisk(town, { ...options, t });
    for (const p of r.projects) {
      for (const i of p.initiators) inUnit(i.q, "q");
      for (const x of [p.exposure, p.benchStrength, p.risk]) inUnit(x, "E, B, R");
      for (const c of p.candidates) {
        for (const x of [c.readiness, c.parts.base, c.parts.tie, c.parts.prior, c.parts.capped, c.parts.q]) inUnit(x, "readiness parts");
        expect(c.readiness).toBeLessThanOrEqual(1 - c.parts.q + ROUNDING);
      }
      expect(p.orphaned).toBe(p.initiators.length === 0);
    }
    if (r.town.initiatorLoad.length === 0) expect(r.town.loadConcentration).toBeNaN();
    else inUnit(r.town.loadConcentration, "concentration");
    const imp = departureImpact(town, town.peopleAt(t).slice(0, 2).map((p) => p.id), { ...options, t });
    for (const p of imp.projects) {
      inUnit(p.riskBefore, "before");
      inUnit(p.riskAfter, "after");
      expect(p.change).toBeGreaterThanOrEqual(-ROUNDING);
      if (p.successor) inUnit(p.successor.readiness, "successor");
    }
  });

  test.prop([towns, fc.nat(), fc.nat(), fc.constantFrom(...ROLES), someOptions], { numRuns: 300 })(
    "adding a member to p never raises R(p)",
    ([town, t], pj, px, role, options) => {
      const before = successionRisk(town, { ...options, t });
      const p = pick(before.projects, pj);
      if (!p) return;
      const members = new Set(town.membersAt(p.project, t).map((m) => m.person));
      const x = pick(town.peopleAt(t).filter((q) => !members.has(q.id)), px);
      if (!x) return;
      const r = recordsOf(town);
      r.roles.push({ person: x.id, project: p.project, role, from: t, to: plusDays(t, 1) });
      const after = successionRisk(rebuild(r), { ...options, t });
      expect(riskOf(after, p.project)).toBeLessThanOrEqual(p.risk + ROUNDING);
    },
  );

  test.prop([towns, fc.nat(), fc.nat(), fc.nat(), someOptions], { numRuns: 300 })(
    "upgrading a member's role in p never raises R(p)",
    ([town, t], pj, pm, pr, options) => {
      const before = successionRisk(town, { ...options, t });
      const p = pick(before.projects, pj);
      if (!p) return;
      const m = pick(town.membersAt(p.project, t).filter((x) => x.role !== "initiator"), pm);
      if (!m) return;
      const higher = ROLES.filter((role: RoleName) => ROLE_RANK[role] > ROLE_RANK[m.role]);
      const r = recordsOf(town);
      r.roles[m.index]!.role = pick(higher, pr)!;
      const after = successionRisk(rebuild(r), { ...options, t });
      expect(riskOf(after, p.project)).toBeLessThanOrEqual(p.risk + ROUNDING);
    },
  );

  test.prop([towns, fc.nat(), fc.nat(), fc.nat(), fc.constantFrom("strong", "weak"), someOptions], {
    numRuns: 300,
  })("adding a tie between an initiator of p and a member of p never raises R(p)", ([town, t], pj, pi, pm, strength, options) => {
    const before = successionRisk(town, { ...options, t });
    const p = pick(before.projects, pj);
    if (!p) return;
    const i = pick(p.initiators, pi);
    if (!i) return;
    const m = pick(
      town.membersAt(p.project, t).filter((x) => x.person !== i.id && !tiedAt(town, i.id, x.person, t)),
      pm,
    );
    if (!m) return;
    const r = recordsOf(town);
    r.ties.push({ a: i.id, b: m.person, strength, from: t, to: plusDays(t, 1) });
    const after = successionRisk(rebuild(r), { ...options, t });
    expect(riskOf(after, p.project)).toBeLessThanOrEqual(p.risk + ROUNDING);
  });

  test.prop([towns, fc.nat(), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), someOptions], {
    numRuns: 300,
  })("moving an initiator's tenureEnds into (t, t + h] never lowers R of a project it initiates", ([town, t], pj, pi, f, options) => {
    const before = successionRisk(town, { ...options, t });
    const h = before.options.horizonDays;
    if (h === 0) return; // (t, t] is empty
    const p = pick(before.projects, pj);
    const i = p && pick(p.initiators, pi);
    if (!p || !i) return;
    const r = recordsOf(town);
    r.people.find((x) => x.id === i.id)!.tenureEnds = plusDays(t, 1 + Math.floor(f * (h - 1)));
    const after = successionRisk(rebuild(r), { ...options, t });
    for (const q of after.projects) {
      if (q.initiators.some((x) => x.id === i.id)) {
        expect(q.initiators.find((x) => x.id === i.id)!.q).toBe(1);
        expect(q.risk).toBeGreaterThanOrEqual(riskOf(before, q.project) - ROUNDING);
      }
    }
  });

  test.prop([towns, someOptions], { numRuns: 200 })(
    "a project with no initiator and no members has R = 1",
    ([town, t], options) => {
      const r = recordsOf(town);
      r.projects.push({ id: "\u0000empty" });
      const result = successionRisk(rebuild(r), { ...options, t });
      const empty = result.projects.find((p) => p.project === "\u0000empty")!;
      expect(empty).toMatchObject({ exposure: 1, benchStrength: 0, risk: 1, orphaned: true, candidates: [] });
      for (const p of result.projects) if (p.initiators.length === 0 && p.candidates.length === 0) expect(p.risk).toBe(1);
    },
  );

  test.prop([towns, fc.integer({ min: 1, max: 1_000_002 }), someOptions], { numRuns: 200 })(
    "renaming ids (a bijection) changes nothing",
    ([town, t], a, options) => {
      const r = recordsOf(town);
      const shuffle = (n: number) =>
        Array.from({ length: n }, (_, i) => i).sort((x, y) => (((x + 1) * a) % 1_000_003) - (((y + 1) * a) % 1_000_003));
      const personPerm = shuffle(r.people.length);
      const projectPerm = shuffle(r.projects.length);
      const person = new Map(r.people.map((p, i) => [p.id, `人${personPerm[i]}`]));
      const project = new Map(r.projects.map((p, i) => [p.id, `事業${projectPerm[i]}`]));
      for (const p of r.people) p.id = person.get(p.id)!;
      for (const p of r.projects) p.id = project.get(p.id)!;
      for (const x of r.roles) (x.person = person.get(x.person)!), (x.project = project.get(x.project)!);
      for (const x of r.ties) (x.a = person.get(x.a)!), (x.b = person.get(x.b)!);
      for (const x of r.contributions) (x.person = person.get(x.person as string)!), (x.project = project.get(x.project as string)!);
      const renamed = rebuild(r);

      const before = successionRisk(town, { ...options, t });
      const after = successionRisk(renamed, { ...options, t });
      const view = (res: SuccessionRiskResult, p: (id: string) => string, j: (id: string) => string) => ({
        projects: Object.fromEntries(res.projects.map((x) => [j(x.project), {
          exposure: x.exposure,
          bench: x.benchStrength,
          risk: x.risk,
          level: x.level,
          orphaned: x.orphaned,
          initiators: Object.fromEntries(x.initiators.map((i) => [p(i.id), i.q])),
          candidates: Object.fromEntries(x.candidates.map((c) => [p(c.id), [c.role, c.readiness, c.parts]])),
          standIns: x.standIns.map(p).sort(),
        }])),
        levels: res.town.levels,
        load: Object.fromEntries(res.town.initiatorLoad.map((l) => [p(l.id), l.projects.map(j)])),
        concentration: res.town.loadConcentration,
        spof: Object.fromEntries(res.town.singlePointsOfFailure.map((s) => [p(s.id), s.projects.map(j)])),
      });
      const same = (id: string) => id;
      expect(view(after, same, same)).toEqual(view(before, (id) => person.get(id)!, (id) => project.get(id)!));
    },
  );

  test.prop([towns, someOptions], { numRuns: 300 })(
    "the measure equals an independent reading of §4, and comes sorted by level, orphaned, risk, id",
    ([town, t], options) => {
      const r = successionRisk(town, { ...options, t });
      sameAsReference(r.projects, referenceRisk(town, t, options));
      const sorted = [...r.projects].sort(compareByRisk);
      expect(r.projects.map((p) => p.project)).toEqual(sorted.map((p) => p.project));
      for (const p of r.projects) {
        expect(p.orphan !== null).toBe(p.orphaned);
        expect(p.bench).toEqual(p.candidates.slice(0, r.options.benchDepth).map((c) => c.id));
        expect(p.standIns).toEqual(p.candidates.filter((c) => c.readiness >= r.options.standInThreshold).map((c) => c.id));
        // equal readiness goes to the smaller id
        for (let j = 1; j < p.candidates.length; j++) {
          const [a, b] = [p.candidates[j - 1]!, p.candidates[j]!];
          expect(a.readiness > b.readiness || (a.readiness === b.readiness && a.id < b.id)).toBe(true);
        }
      }
    },
  );

  test.prop([towns, fc.array(fc.nat(), { maxLength: 3 }), someOptions], { numRuns: 300 })(
    "the what-if equals an independent reading of §4 item 7 (ties to a leaving initiator keep their bonus)",
    ([town, t], picks, options) => {
      const present = town.peopleAt(t).map((p) => p.id);
      const ids = [...new Set(picks.map((n) => pick(present, n)).filter((x): x is string => x !== undefined))];
      const impact = departureImpact(town, ids, { ...options, t });
      expect(impact.departed).toEqual(ids);
      sameAsReference(impact.projects.map((p) => p.after), referenceRisk(town, t, options, ids));
      for (const p of impact.projects) {
        expect(p.riskAfter).toBe(p.after.risk);
        expect(p.initiatorsAfter).toEqual(p.after.initiators.map((i) => i.id));
        const best = p.after.candidates[0];
        const ready = p.orphaned && best !== undefined && best.readiness >= impact.options.standInThreshold;
        expect(p.successor).toEqual(ready ? best : null);
        if (p.successor) expect(p.successor.standIn).toBe(true);
      }
    },
  );

  test.prop([towns, fc.nat(), fc.nat(), someOptions], { numRuns: 300 })(
    "adding members whose readiness is below the k-th best changes nothing",
    ([town, t], pj, px, options) => {
      const before = successionRisk(town, { ...options, t });
      const p = pick(before.projects, pj);
      if (!p || p.candidates.length < before.options.benchDepth) return;
      const members = new Set(town.membersAt(p.project, t).map((m) => m.person));
      const x = pick(town.peopleAt(t).filter((q) => !members.has(q.id)), px);
      if (!x) return;
      const r = recordsOf(town);
      r.roles.push({ person: x.id, project: p.project, role: "participant", from: t, to: plusDays(t, 1) });
      const after = successionRisk(rebuild(r), { ...options, t }).projects.find((q) => q.project === p.project)!;
      const kth = p.candidates[before.options.benchDepth - 1]!.readiness;
      const added = after.candidates.find((c) => c.id === x.id)!;
      if (!(added.readiness < kth)) return;
      expect(after.risk).toBe(p.risk);
      expect(after.benchStrength).toBe(p.benchStrength);
    },
  );

  test.prop([towns, fc.nat(), someOptions], { numRuns: 300 })(
    "when the only initiator of p leaves, R(p) after is 1 − B(p) before (no candidate leaves, no overload changes)",
    ([town, t], pj, options) => {
      const before = successionRisk(town, { ...options, t });
      const p = pick(before.projects.filter((q) => q.initiators.length === 1), pj);
      if (!p) return;
      const impact = departureImpact(town, [p.initiators[0]!.id], { ...options, t });
      const after = impact.projects.find((q) => q.project === p.project)!;
      const overload = (c: { id: string; parts: { overloaded: boolean } }[]) => c.map((x) => [x.id, x.parts.overloaded]);
      expect(overload(after.after.candidates)).toEqual(overload(p.candidates));
      expect(after.orphaned).toBe(true);
      expect(after.riskAfter).toBe(1 - p.benchStrength);
    },
  );

  test.prop(
    [
      townsAt({ maxProjects: 6 }),
      fc.oneof(fc.constant({}), arbitraryOptions),
    ],
    { numRuns: 200 },
  )("single points of failure are exactly the people whose departure moves two projects to critical", ([town, t], options) => {
    const result = successionRisk(town, { ...options, t });
    const expected: { id: string; projects: string[] }[] = [];
    for (const p of town.peopleAt(t)) {
      const moved = departureImpact(town, [p.id], { ...options, t }).movedToCritical;
      if (moved.length >= 2) expected.push({ id: p.id, projects: moved });
    }
    const byId = (xs: { id: string; projects: string[] }[]) => Object.fromEntries(xs.map((x) => [x.id, [...x.projects].sort()]));

    expect(byId(result.town.singlePointsOfFailure)).toEqual(byId(expected));
    const counts = result.town.singlePointsOfFailure.map((s) => s.projects.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});

