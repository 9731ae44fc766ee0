import { describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { backtest, createTown, departureHazards, projectOutcome, successionRisk, townAsKnownAt, type DepartureHazardsResult } from "../../../src/index.js";
import { arbitraryTown } from "../../../src/testing.js";
import { arbitraryDate, recordsOf, rebuild } from "../succession/edits.js";

const towns = arbitraryTown({ maxPeople: 16, maxProjects: 4, maxRoles: 30, maxTies: 10 });
const PERIOD = { from: "2016-01-01", to: "2024-01-01" } as const;

function inUnit(x: number, what: string): void {
  expect(x, what).toBeGreaterThanOrEqual(0);
  expect(x, what).toBeLessThanOrEqual(1);
}

/** The figures of a result, without anything that names a person. */
const figures = (r: DepartureHazardsResult) => r.groups.map((g) => ({ ...g }));

/** A permutation of 0..n−1 drawn from a multiplier. */
const shuffle = (n: number, a: number) =>
  Array.from({ length: n }, (_, i) => i).sort((x, y) => (((x + 1) * a) % 1_000_003) - (((y + 1) * a) % 1_000_003));

describe("departure hazards properties", () => {
  test.prop([towns], { numRuns: 150 })("every estimate, interval and survival is in [0, 1]", (town) => {
    const r = departureHazards(town, PERIOD);
    for (const g of r.groups) {
      for (const x of [g.hazard, ...g.hazardInterval]) inUnit(x, `${g.key} hazard`);
      expect(g.hazardInterval[0]).toBeLessThanOrEqual(g.hazard);
      expect(g.hazard).toBeLessThanOrEqual(g.hazardInterval[1]);
      expect(g.departures).toBeLessThanOrEqual(g.people);
      for (const s of g.survival) inUnit(s.survival, `${g.key} survival`);
    }
    for (const v of Object.values(r.hazards)) inUnit(v, "hazards");
  });

  test.prop([towns, fc.integer({ min: 1, max: 1_000_002 })], { numRuns: 150 })(
    "neither the order of the records nor the ids change any figure",
    (town, a) => {
      const r = recordsOf(town);
      const person = new Map(r.people.map((p, i) => [p.id, `人${shuffle(r.people.length, a)[i]}`]));
      const project = new Map(r.projects.map((p, i) => [p.id, `事業${shuffle(r.projects.length, a + 1)[i]}`]));
      for (const p of r.people) p.id = person.get(p.id)!;
      for (const p of r.projects) p.id = project.get(p.id)!;
      for (const x of r.roles) (x.person = person.get(x.person)!), (x.project = project.get(x.project)!);
      for (const x of r.ties) (x.a = person.get(x.a)!), (x.b = person.get(x.b)!);
      for (const x of r.contributions) (x.person = person.get(x.person as string)!), (x.project = project.get(x.project as string)!);
      const order = shuffle(r.people.length, a + 2);
      r.people = order.map((i) => r.people[i]!);
      r.roles = shuffle(r.roles.length, a + 3).map((i) => r.roles[i]!);
      const before = departureHazards(town, PERIOD);
      const after = departureHazards(rebuild(r), PERIOD);
      expect(figures(after)).toEqual(figures(before));
      expect(after.hazards).toEqual(before.hazards);
    },
  );

  test.prop([towns], { numRuns: 150 })("a town where nobody leaves has hazard 0 and an upper bound above 0", (town) => {
    const r = recordsOf(town);
    for (const p of r.people) delete p.left;
    const result = departureHazards(rebuild(r), PERIOD);
    for (const g of result.groups) {
      expect([g.departures, g.hazard, g.hazardInterval[0], g.survival.length]).toEqual([0, 0, 0, 0]);
      expect(g.hazardInterval[1]).toBeGreaterThan(0);
      expect(g.hazardInterval[1]).toBeLessThanOrEqual(1);
    }
  });
});

describe("the town as known at t", () => {
  test.prop([towns, arbitraryDate], { numRuns: 200 })(
    "is a valid town with the same projects and members at t, and R differs only where a later left or end was read",
    (town, t) => {
      const known = townAsKnownAt(town, t);
      const now = successionRisk(town, { t });
      const then = successionRisk(known, { t });
      expect(then.projects.map((p) => p.project).sort()).toEqual(now.projects.map((p) => p.project).sort());
      // Without any later `left` in the full town, nothing q reads differs: R is the same.
      const r = recordsOf(town);
      const later = r.people.some((p) => p.left !== undefined && p.left > t);
      if (!later) {
        const byId = new Map(now.projects.map((p) => [p.project, p.risk]));
        for (const p of then.projects) expect(p.risk).toBe(byId.get(p.project));
      }
      for (const p of known.people) if (p.left !== undefined) expect(p.left <= t).toBe(true);
    },
  );
});

describe("backtest properties", () => {
  const dates = fc.uniqueArray(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 4 }).map((ys) => ys.map((y) => `${2016 + y}-06-01`));
  test.prop([towns, dates], { numRuns: 80 })("a perfect predictor scores better than every baseline", (generated, ds) => {
    const r = recordsOf(generated);
    const town = createTown({ ...r, town: { ...r.town, asOf: "2030-01-01" } });
    const oracle = (_: unknown, project: string, t: string) => (projectOutcome(town, project, t).failed ? 1 : 0);
    const result = backtest(town, { dates: ds, predictors: { oracle } });
    if (result.cases.length === 0) return;
    const by = Object.fromEntries(result.scores.map((s) => [s.name, s.scores]));
    const best = by.oracle!;
    for (const name of ["risk", "constant", "initiators", "exposure"]) {
      const s = by[name]!;
      expect(best.brier).toBeLessThanOrEqual(s.brier);
      expect(best.logLoss).toBeLessThanOrEqual(s.logLoss);
      if (!Number.isNaN(s.auc)) expect(best.auc).toBeGreaterThanOrEqual(s.auc);
    }
    if (result.events > 0 && result.events < result.cases.length) {
      expect(best.auc).toBe(1);
      for (const name of ["risk", "constant", "exposure"]) expect(best.brier).toBeLessThan(by[name]!.brier);
    }
    for (const c of result.cases) inUnit(c.risk, "risk");
  });
});
