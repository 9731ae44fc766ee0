import { describe, expect, it } from "vitest";
import {
  SUCCESSION_DEFAULTS,
  createTown,
  departureImpact,
  departureLikelihood,
  resolveSuccessionOptions,
  successionRisk,
  UsageError,
  type SuccessionOptions,
} from "../../../src/index.js";

const town = createTown({
  town: { asOf: "2024-04-01" },
  people: [
    { id: "aoki", origin: "local", sector: "government" },
    { id: "mori", origin: "local", sector: "resident" },
    { id: "kato", origin: "local", sector: "corps", tenureEnds: "2024-12-31" },
  ],
  projects: [{ id: "p" }],
  roles: [
    { person: "aoki", project: "p", role: "initiator" },
    { person: "mori", project: "p", role: "supporter" },
  ],
  ties: [{ a: "aoki", b: "mori", strength: "weak" }],
});

describe("succession options", () => {
  it("has the documented defaults, frozen", () => {
    expect(SUCCESSION_DEFAULTS).toEqual({
      horizonDays: 365,
      hazards: { government: 0.4, corps: 0.33, nonprofit: 0.15, business: 0.1, resident: 0.05, other: 0.15, missing: 0.15 },
      readiness: {
        base: { cooperator: 0.5, supporter: 0.25, participant: 0.1 },
        strongTie: 0.3,
        weakTie: 0.1,
        prior: 0.2,
        overloadFactor: 0.5,
        overloadProjects: 2,
      },
      standInThreshold: 0.5,
      benchDepth: 3,
      levels: { critical: 0.5, high: 0.25, moderate: 0.1 },
    });
    expect(Object.isFrozen(SUCCESSION_DEFAULTS.readiness.base)).toBe(true);
    expect(resolveSuccessionOptions()).toEqual(SUCCESSION_DEFAULTS);
  });

  it("merges partial overrides at every depth and echoes what it used", () => {
    const options: SuccessionOptions = {
      horizonDays: 730,
      hazards: { government: 0.5 },
      readiness: { base: { supporter: 0.3 }, weakTie: 0.2 },
      standInThreshold: 0.4,
      levels: { moderate: 0.05 },
    };
    const r = successionRisk(town, options);
    expect(r.options).toEqual({
      t: "2024-04-01",
      horizonDays: 730,
      hazards: { ...SUCCESSION_DEFAULTS.hazards, government: 0.5 },
      readiness: { ...SUCCESSION_DEFAULTS.readiness, base: { cooperator: 0.5, supporter: 0.3, participant: 0.1 }, weakTie: 0.2 },
      standInThreshold: 0.4,
      benchDepth: 3,
      levels: { critical: 0.5, high: 0.25, moderate: 0.05 },
    });
    const p = r.projects[0]!;
    // q(aoki) = 1 − 0.5^(730/365) = 0.75; q(mori) = 1 − 0.95² ; r(mori) = (0.3 + 0.2) · 0.95² = 0.45125
    expect(p.initiators[0]!.q).toBeCloseTo(0.75, 12);
    expect(p.candidates[0]!.parts).toMatchObject({ base: 0.3, tie: 0.2 });
    expect(p.candidates[0]!.readiness).toBeCloseTo(0.5 * 0.95 * 0.95, 12);
    expect(p.standIns).toEqual(["mori"]); // 0.45125 >= 0.4
    expect(p.risk).toBeCloseTo(0.75 * (1 - 0.45125), 12);
    // the caller's object is not touched, and the echo is not the defaults object
    expect(options).toEqual({
      horizonDays: 730,
      hazards: { government: 0.5 },
      readiness: { base: { supporter: 0.3 }, weakTie: 0.2 },
      standInThreshold: 0.4,
      levels: { moderate: 0.05 },
    });
    expect(successionRisk(town).options.hazards).not.toBe(SUCCESSION_DEFAULTS.hazards);
    expect(departureImpact(town, [], options).options).toEqual(r.options);
  });

  it("applies the overload options", () => {
    const t = createTown({
      town: { asOf: "2024-04-01" },
      people: [{ id: "a", origin: "local", sector: "resident" }],
      projects: [{ id: "p" }, { id: "q" }],
      roles: [
        { person: "a", project: "p", role: "cooperator" },
        { person: "a", project: "q", role: "initiator", from: "2024-04-01" },
      ],
    });
    const dflt = successionRisk(t).projects[0]!.candidates[0]!;
    expect(dflt.parts.overloaded).toBe(false);
    const one = successionRisk(t, { readiness: { overloadProjects: 1, overloadFactor: 0.3 } }).projects[0]!.candidates[0]!;
    expect(one.parts.overloaded).toBe(true);
    expect(one.readiness).toBeCloseTo(0.5 * 0.95 * 0.3, 12);
    expect(one.basis.overload).toEqual({ projects: ["q"] });
  });

  it.each<[string, SuccessionOptions]>([
    ["horizonDays", { horizonDays: -1 }],
    ["horizonDays", { horizonDays: 1.5 }],
    ["horizonDays", { horizonDays: Infinity }],
    ["hazards.government", { hazards: { government: 1.2 } }],
    ["hazards.missing", { hazards: { missing: Number.NaN } }],
    ["hazards.mayor", { hazards: { mayor: 0.1 } as never }],
    ["readiness.base.cooperator", { readiness: { base: { cooperator: -0.1 } } }],
    ["readiness.base.supporter", { readiness: { base: { supporter: 0.6 } } }],
    ["readiness.base.initiator", { readiness: { base: { initiator: 1 } as never } }],
    ["readiness.strongTie", { readiness: { strongTie: "0.3" as never } }],
    ["readiness.weakTie", { readiness: { weakTie: 0.4 } }],
    ["readiness.prior", { readiness: { prior: 2 } }],
    ["readiness.overloadFactor", { readiness: { overloadFactor: -1 } }],
    ["readiness.overloadProjects", { readiness: { overloadProjects: 0 } }],
    ["standInThreshold", { standInThreshold: 1.01 }],
    ["benchDepth", { benchDepth: 0 }],
    ["benchDepth", { benchDepth: 2.5 }],
    ["levels.critical", { levels: { critical: 2 } }],
    ["levels.high", { levels: { high: 0.6 } }],
    ["levels.moderate", { levels: { moderate: 0.3 } }],
    ["horizon", { horizon: 365 } as never],
    ["hazards", { hazards: 0.4 } as never],
    ["levels", { levels: [0.5] } as never],
  ])("throws a UsageError naming %s", (name, options) => {
    expect(() => resolveSuccessionOptions(options)).toThrow(UsageError);
    expect(() => resolveSuccessionOptions(options)).toThrow(name);
    expect(() => successionRisk(town, options)).toThrow(UsageError);
    expect(() => departureImpact(town, ["aoki"], options)).toThrow(UsageError);
  });

  it("accepts the edges of every range", () => {
    const r = successionRisk(town, {
      horizonDays: 0,
      hazards: { government: 1, resident: 0 },
      readiness: { base: { cooperator: 1, supporter: 1, participant: 1 }, strongTie: 0, weakTie: 0, prior: 1, overloadFactor: 0 },
      standInThreshold: 0,
      levels: { critical: 1, high: 1, moderate: 0 },
    });
    // h = 0: no date falls in (t, t], and 1 − (1 − λ)^0 = 0 even for λ = 1
    expect(r.projects[0]!.exposure).toBe(0);
    expect(r.projects[0]!.risk).toBe(0);
    expect(r.projects[0]!.level).toBe("moderate");
  });
});

describe("departureLikelihood", () => {
  it("gives q(x) with its reasons", () => {
    expect(departureLikelihood(town, "aoki")).toEqual({
      date: "2024-04-01",
      q: 0.4,
      basis: { kind: "hazard", sector: "government", hazard: 0.4, horizonDays: 365, ignored: [] },
    });
    // corps, tenure ends inside the horizon
    expect(departureLikelihood(town, "kato").q).toBe(1);
    // … but not inside a 90-day horizon: 1 − 0.67^(90/365)
    expect(departureLikelihood(town, "kato", { horizonDays: 90 }).q).toBeCloseTo(1 - Math.pow(0.67, 90 / 365), 12);
    // after the tenure end, the date is stale
    const later = departureLikelihood(town, "kato", { t: "2025-01-01" });
    expect(later.q).toBeCloseTo(0.33, 12);
    expect(later.basis).toMatchObject({ kind: "hazard", ignored: [{ field: "tenureEnds", date: "2024-12-31", why: "past" }] });
    // a tenure end exactly at t + h is inside; one day later is not
    expect(departureLikelihood(town, "kato", { t: "2023-12-31", horizonDays: 366 }).q).toBe(1);
    expect(departureLikelihood(town, "kato", { t: "2023-12-31", horizonDays: 365 }).q).toBeCloseTo(0.33, 12);
    // a tenure end exactly at t is ignored
    expect(departureLikelihood(town, "kato", { t: "2024-12-31" }).q).toBeCloseTo(0.33, 12);
  });

  it("throws a UsageError for an unknown person", () => {
    expect(() => departureLikelihood(town, "nobody")).toThrow(UsageError);
  });
});
