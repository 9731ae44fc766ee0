import { describe, expect, it } from "vitest";
import { createTown, departureHazards, kaplanMeier, poissonCdf, poissonInterval, successionRisk, UsageError } from "../../../src/index.js";

describe("poissonInterval (Garwood)", () => {
  it("has the closed forms of D = 0 and D = 1", () => {
    // D = 0: upper = −ln(α/2); D = 1: lower = −ln(1 − α/2).
    const [lo0, hi0] = poissonInterval(0, 0.95);
    expect(lo0).toBe(0);
    expect(hi0).toBeCloseTo(-Math.log(0.025), 12);
    expect(poissonInterval(1, 0.9)[0]).toBeCloseTo(-Math.log(0.95), 12);
  });
  it("solves the tail equations that define it", () => {
    for (const d of [1, 4, 20]) {
      const [lo, hi] = poissonInterval(d);
      expect(1 - poissonCdf(d - 1, lo)).toBeCloseTo(0.025, 12);
      expect(poissonCdf(d, hi)).toBeCloseTo(0.025, 12);
    }
  });
  it("refuses a count that is not whole and a confidence outside (0, 1)", () => {
    expect(() => poissonInterval(1.5)).toThrow(UsageError);
    expect(() => poissonInterval(2, 1)).toThrow(UsageError);
  });
});

describe("kaplanMeier", () => {
  it("is the product-limit estimate with Greenwood's error, censored people at risk at a tied time", () => {
    // times 1, 1(censored), 2, 2, 3(censored), 5: S(1) = 5/6, S(2) = 5/6 · 2/4 (n = 4 at 2).
    const steps = kaplanMeier([
      { time: 2, event: true },
      { time: 1, event: true },
      { time: 1, event: false },
      { time: 3, event: false },
      { time: 2, event: true },
      { time: 5, event: true },
    ]);
    expect(steps.map((s) => [s.time, s.atRisk, s.events])).toEqual([
      [1, 6, 1],
      [2, 4, 2],
      [5, 1, 1],
    ]);
    expect(steps[0]!.survival).toBeCloseTo(5 / 6, 15);
    expect(steps[1]!.survival).toBeCloseTo(5 / 12, 15);
    expect(steps[2]!.survival).toBe(0);
    const v = (5 / 12) ** 2 * (1 / (6 * 5) + 2 / (4 * 2));
    expect(steps[1]!.standardError).toBeCloseTo(Math.sqrt(v), 15);
    expect(steps[2]!.standardError).toBe(0);
  });
  it("refuses a negative time", () => {
    expect(() => kaplanMeier([{ time: -1, event: true }])).toThrow(UsageError);
  });
});

describe("departureHazards", () => {
  // Four officers watched over 2020-01-01 .. 2024-01-01 (1461 days):
  // g1 all four years (censored), g2 leaves on 2021-01-01 (366 days), g3 joins 2022-01-01 and
  // leaves 2023-01-01 (365 days), g4 left before the period (not watched); r1 a resident who
  // joins 2023-01-01 (365 days, censored) and initiates from 2023-07-01.
  const town = createTown({
    town: { asOf: "2024-01-01" },
    people: [
      { id: "g1", origin: "local", sector: "government", joined: "2015-01-01" },
      { id: "g2", origin: "local", sector: "government", left: "2021-01-01" },
      { id: "g3", origin: "outsider", sector: "government", joined: "2022-01-01", left: "2023-01-01" },
      { id: "g4", origin: "local", sector: "government", left: "2019-06-01" },
      { id: "r1", origin: "outsider", sector: "resident", joined: "2023-01-01" },
      { id: "n1", origin: "outsider", joined: "2024-01-01" },
    ],
    projects: [{ id: "p", start: "2010-01-01" }],
    roles: [
      { person: "g2", project: "p", role: "initiator", from: "2019-01-01", to: "2021-01-01" },
      { person: "r1", project: "p", role: "initiator", from: "2023-07-01" },
    ],
  });
  const r = departureHazards(town, { from: "2020-01-01" });
  const group = (key: string) => r.groups.find((g) => g.key === key)!;

  it("counts person-years with left truncation and right censoring", () => {
    const gov = group("government");
    expect([gov.people, gov.departures]).toEqual([3, 2]);
    expect(gov.personYears).toBeCloseTo((1461 + 366 + 365) / 365.25, 12);
    expect(gov.rate).toBeCloseTo(2 / ((1461 + 366 + 365) / 365.25), 12);
    expect(gov.hazard).toBeCloseTo(1 - Math.exp(-gov.rate), 12);
    const [lo, hi] = poissonInterval(2);
    expect(gov.rateInterval[0]).toBeCloseTo(lo / gov.personYears, 12);
    expect(gov.rateInterval[1]).toBeCloseTo(hi / gov.personYears, 12);
    expect(r.period).toEqual({ from: "2020-01-01", to: "2024-01-01" });
  });

  it("gives the Kaplan–Meier curve over years since entry", () => {
    // g2 leaves after 366 days, g3 after 365: two steps, at risk 3 then 2.
    expect(group("government").survival.map((s) => [s.time * 365.25, s.atRisk, s.events, s.survival])).toEqual([
      [expect.closeTo(365, 9), 3, 1, expect.closeTo(2 / 3, 15)],
      [expect.closeTo(366, 9), 2, 1, expect.closeTo(1 / 3, 15)],
    ]);
  });

  it("lists groups by origin and initiators from their first initiator day", () => {
    expect(r.groups.map((g) => `${g.by}/${g.key}`)).toEqual([
      "all/all",
      "sector/government",
      "sector/resident",
      "origin/local",
      "origin/outsider",
      "initiators/initiators",
    ]);
    const init = group("initiators");
    expect([init.people, init.departures]).toEqual([2, 1]);
    expect(init.personYears).toBeCloseTo((366 + 184) / 365.25, 12);
  });

  it("gives a hazard of 0 with an upper bound above 0 where nobody left", () => {
    const res = group("resident");
    expect([res.departures, res.hazard, res.hazardInterval[0]]).toEqual([0, 0, 0]);
    expect(res.hazardInterval[1]).toBeCloseTo(1 - Math.exp(-Math.log(40) / (365 / 365.25)), 12);
  });

  it("hands its hazards to successionRisk, keeping the defaults of sectors nobody is watched in", () => {
    expect(Object.keys(r.hazards)).toEqual(["government", "resident"]);
    const used = successionRisk(town, { hazards: r.hazards }).options.hazards;
    expect(used.government).toBe(group("government").hazard);
    expect(used.business).toBe(0.1);
  });

  it("refuses bad options with a UsageError", () => {
    expect(() => departureHazards(town, { confidence: 1 })).toThrow(UsageError);
    expect(() => departureHazards(town, { from: "2025-01-01" })).toThrow(UsageError);
    expect(() => departureHazards(town, { period: 1 } as never)).toThrow(UsageError);
  });
});
