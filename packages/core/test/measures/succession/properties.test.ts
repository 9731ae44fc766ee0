import { describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import {
  departureImpact,
  ROLES,
  ROLE_RANK,
  successionRisk,
  type RoleName,
  type SuccessionRiskResult,
} from "../../../src/index.js";
import { arbitraryOptions, plusDays, rebuild, recordsOf, someOptions, tiedAt, townsAt, withDepartures } from "./edits.js";

// Rounding: the products are folded in a canonical order, but moving a factor from the bench to
// the exposure (or across the order) may change the last bit; "never raises" is checked up to this.
const ROUNDING = 1e-12;

// Towns of `arbitraryTown()` at a date inside one of their roles, and busier ones (see edits.ts).
const towns = townsAt();
const pick = <T>(xs: readonly T[], n: number): T | undefined => (xs.length === 0 ? undefined : xs[n % xs.length]);

function riskOf(result: SuccessionRiskResult, project: string): number {
  return result.projects.find((p) => p.project === project)!.risk;
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
        projects: res.projects.map((x) => ({
          project: j(x.project),
          exposure: x.exposure,
          bench: x.benchStrength,
          risk: x.risk,
          level: x.level,
          orphaned: x.orphaned,
          initiators: Object.fromEntries(x.initiators.map((i) => [p(i.id), i.q])),
          candidates: Object.fromEntries(x.candidates.map((c) => [p(c.id), [c.role, c.readiness, c.parts]])),
          standIns: x.standIns.map(p).sort(),
        })),
        levels: res.town.levels,
        load: Object.fromEntries(res.town.initiatorLoad.map((l) => [p(l.id), l.projects.map(j)])),
        concentration: res.town.loadConcentration,
        spof: Object.fromEntries(res.town.singlePointsOfFailure.map((s) => [p(s.id), s.projects.map(j)])),
      });
      const same = (id: string) => id;
      expect(view(after, same, same)).toEqual(view(before, (id) => person.get(id)!, (id) => project.get(id)!));
    },
  );

  test.prop([towns, fc.array(fc.nat(), { maxLength: 3 }), someOptions], { numRuns: 200 })(
    "the what-if equals the measure on the town where the people left at t",
    ([town, t], picks, options) => {
      const present = town.peopleAt(t).map((p) => p.id);
      const ids = [...new Set(picks.map((n) => pick(present, n)).filter((x): x is string => x !== undefined))];
      const impact = departureImpact(town, ids, { ...options, t });
      const rebuilt = successionRisk(withDepartures(town, ids, t), { ...options, t });
      expect(impact.departed).toEqual(ids);
      impact.projects.forEach((p, k) => {
        const q = rebuilt.projects[k]!;
        expect(p.project).toBe(q.project);
        expect(p.riskAfter).toBe(q.risk);
        expect(p.levelAfter).toBe(q.level);
        expect(p.orphaned).toBe(q.orphaned);
        const best = q.candidates[0];
        const expected = q.orphaned && best && best.readiness >= impact.options.standInThreshold ? { id: best.id, readiness: best.readiness } : null;
        expect(p.successor).toEqual(expected);
      });
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
    const byId = (xs: { id: string; projects: string[] }[]) => Object.fromEntries(xs.map((x) => [x.id, x.projects]));
    expect(byId(result.town.singlePointsOfFailure)).toEqual(byId(expected));
    const counts = result.town.singlePointsOfFailure.map((s) => s.projects.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});

