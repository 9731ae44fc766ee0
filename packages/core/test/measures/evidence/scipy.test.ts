// The statsmodels/SciPy reference fixture (test/fixtures/evidence-scipy.json, written by
// test/fixtures/make-evidence-fixtures.py): departure hazards, Kaplan–Meier with Greenwood's
// error, Garwood intervals and forecast scores, each computed there by an independent library.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createTown, departureHazards, poissonInterval, scoreForecasts, type TownRecords } from "../../../src/index.js";

interface Group {
  people: number;
  departures: number;
  personYears: number;
  rate: number;
  rateInterval: [number, number];
  hazard: number;
  hazardInterval: [number, number];
  survival: { time: number; atRisk: number; events: number; survival: number; standardError: number }[];
}
interface Fixture {
  poisson: { events: number; confidence: number; interval: [number, number] }[];
  hazards: { seed: number; from: string; to: string; town: TownRecords; groups: Record<string, Group> }[];
  forecasts: { seed: number; forecasts: { p: number; y: boolean }[]; brier: number; logLoss: number; auc: number }[];
}
const fixture = JSON.parse(readFileSync(new URL("../../fixtures/evidence-scipy.json", import.meta.url), "utf8")) as Fixture;

const close = (actual: number, expected: number, rel = 1e-9): void => {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(expected)));
};

describe("evidence measures against statsmodels and SciPy", () => {
  it("Garwood intervals equal scipy.stats.chi2 quantiles", () => {
    expect(fixture.poisson.length).toBe(27);
    for (const c of fixture.poisson) {
      const [lo, hi] = poissonInterval(c.events, c.confidence);
      close(lo, c.interval[0]);
      close(hi, c.interval[1]);
    }
  });

  for (const c of fixture.hazards) {
    it(`departure hazards of town ${c.seed} (${c.town.people!.length} people) equal the reference`, () => {
      const r = departureHazards(createTown(c.town), { from: c.from, to: c.to });
      const got = Object.fromEntries(r.groups.map((g) => [`${g.by}/${g.key}`, g]));
      expect(Object.keys(got).sort()).toEqual(Object.keys(c.groups).sort());
      for (const [key, e] of Object.entries(c.groups)) {
        const g = got[key]!;
        expect([g.people, g.departures], key).toEqual([e.people, e.departures]);
        close(g.personYears, e.personYears);
        close(g.rate, e.rate);
        close(g.rateInterval[0], e.rateInterval[0]);
        close(g.rateInterval[1], e.rateInterval[1]);
        close(g.hazard, e.hazard);
        close(g.hazardInterval[0], e.hazardInterval[0]);
        close(g.hazardInterval[1], e.hazardInterval[1]);
        expect(g.survival.length, key).toBe(e.survival.length);
        g.survival.forEach((s, i) => {
          const x = e.survival[i]!;
          close(s.time, x.time);
          expect([s.atRisk, s.events], key).toEqual([x.atRisk, x.events]);
          close(s.survival, x.survival);
          close(s.standardError, x.standardError, 1e-8);
        });
      }
      // The fixture exercises what it is meant to: departures, censoring, several groups.
      expect(c.groups["all/all"]!.departures).toBeGreaterThan(3);
      expect(c.groups["initiators/initiators"]).toBeDefined();
    });
  }

  for (const c of fixture.forecasts) {
    it(`forecast scores of set ${c.seed} (${c.forecasts.length} forecasts) equal numpy and scipy.stats.mannwhitneyu`, () => {
      const s = scoreForecasts(c.forecasts);
      close(s.brier, c.brier);
      close(s.logLoss, c.logLoss);
      close(s.auc, c.auc);
    });
  }
});
