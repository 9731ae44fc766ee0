import { describe, expect, it } from "vitest";
import {
  createTown,
  explainDeparture,
  explainReadiness,
  successionRisk,
  UsageError,
  type ProjectSuccessionRisk,
} from "../../../src/index.js";

// t = 2024-04-01, h = 365 days: the horizon is (2024-04-01, 2025-04-01].
const town = createTown({
  town: { name: "架空町", asOf: "2024-04-01" },
  people: [
    { id: "aoki", origin: "local", sector: "government", tenureEnds: "2025-03-31" }, // inside: q = 1
    { id: "ueda", origin: "local", sector: "government", tenureEnds: "2023-03-31" }, // stale: q = 0.4
    { id: "kimu", origin: "outsider", sector: "corps", tenureEnds: "2026-03-31" }, // after: q = 0.33
    { id: "mori", origin: "outsider", sector: "resident" }, // 0.05
    { id: "sato", origin: "local", sector: "business" }, // 0.1
    { id: "nakano", origin: "local", sector: "nonprofit" }, // 0.15
    { id: "oda", origin: "local", sector: "other" }, // 0.15
    { id: "noda", origin: "local" }, // no sector: 0.15
    { id: "ito", origin: "local", sector: "resident", left: "2024-10-01" }, // leaves inside: q = 1
    { id: "hara", origin: "local", sector: "resident" }, // 0.05
    { id: "sugi", origin: "local", sector: "resident" }, // 0.05
  ],
  projects: [
    { id: "fan", name: "ファンクラブ", start: "2020-04-01" },
    { id: "trial", name: "お試し移住", start: "2021-04-01" },
    { id: "market", start: "2022-04-01" },
    { id: "x1", start: "2023-04-01" },
    { id: "x2", start: "2023-04-01" },
    { id: "old", start: "2018-04-01", end: "2020-04-01" },
  ],
  roles: [
    { person: "aoki", project: "fan", role: "initiator" },
    { person: "mori", project: "fan", role: "cooperator" },
    { person: "sato", project: "fan", role: "supporter" },
    { person: "noda", project: "fan", role: "participant" },
    { person: "ueda", project: "trial", role: "initiator" },
    { person: "kimu", project: "trial", role: "initiator" },
    { person: "nakano", project: "trial", role: "cooperator" },
    { person: "oda", project: "trial", role: "supporter" },
    { person: "nakano", project: "old", role: "initiator" },
    { person: "ito", project: "market", role: "initiator" },
    { person: "hara", project: "market", role: "cooperator" },
    { person: "sugi", project: "market", role: "cooperator" },
    { person: "hara", project: "x1", role: "initiator" },
    { person: "hara", project: "x2", role: "initiator" },
    { person: "sugi", project: "x2", role: "initiator" },
  ],
  ties: [
    { a: "aoki", b: "mori", strength: "strong" },
    { a: "aoki", b: "sato", strength: "weak" },
    { a: "nakano", b: "ueda", strength: "strong" },
    { a: "nakano", b: "kimu", strength: "strong" },
    { a: "oda", b: "ueda", strength: "weak" },
    { a: "oda", b: "kimu", strength: "strong" },
    { a: "hara", b: "sugi", strength: "strong" }, // between two candidates: no tie part
  ],
});

const result = successionRisk(town);
const project = (id: string): ProjectSuccessionRisk => result.projects.find((p) => p.project === id)!;
const candidate = (p: string, id: string) => project(p).candidates.find((c) => c.id === id)!;

describe("successionRisk on a hand-built town", () => {
  it("covers every project active at t, sorted by level, orphaned, risk and id, at the town's date", () => {
    expect(result.date).toBe("2024-04-01");
    expect(result.projects.map((p) => p.project)).toEqual(["market", "fan", "x1", "trial", "x2"]);
    expect(project("fan").name).toBe("ファンクラブ");
    expect(project("market").name).toBe("market");
  });

  it("gives q = 1 for a tenure end or a leaving date inside the horizon", () => {
    expect(project("fan").initiators).toEqual([{ id: "aoki", q: 1, basis: { kind: "date", field: "tenureEnds", date: "2025-03-31" } }]);
    expect(project("market").initiators[0]).toMatchObject({ id: "ito", q: 1 });
    expect(project("market").initiators[0]!.basis).toEqual({ kind: "date", field: "left", date: "2024-10-01" });
    expect(explainDeparture(project("market").initiators[0]!.basis, 1, "en")).toBe("leaves on 2024-10-01, within the horizon: chance of leaving 1");
  });

  it("ignores a stale tenure date before t, and uses the hazard when the date is after the horizon", () => {
    const [kimu, ueda] = project("trial").initiators;
    expect(ueda!.id).toBe("ueda");
    expect(ueda!.q).toBeCloseTo(0.4, 12);
    expect(ueda!.basis).toEqual({
      kind: "hazard",
      sector: "government",
      hazard: 0.4,
      horizonDays: 365,
      ignored: [{ field: "tenureEnds", date: "2023-03-31", why: "past" }],
    });
    expect(explainDeparture(ueda!.basis, ueda!.q, "en")).toBe(
      "municipal officer: annual departure rate 0.4 over 365 days: chance of leaving 0.4 (the posting or term end 2023-03-31 is on or before the date, not used)",
    );
    expect(kimu!.id).toBe("kimu");
    expect(kimu!.q).toBeCloseTo(0.33, 12);
    expect(kimu!.basis).toMatchObject({ kind: "hazard", sector: "corps", ignored: [{ field: "tenureEnds", date: "2026-03-31", why: "after-horizon" }] });
    expect(project("trial").exposure).toBeCloseTo(0.4 * 0.33, 12);
  });

  it("uses the hazard of each sector (and 0.15 without one)", () => {
    expect(candidate("fan", "mori").parts.q).toBeCloseTo(0.05, 12);
    expect(candidate("fan", "sato").parts.q).toBeCloseTo(0.1, 12);
    expect(candidate("fan", "noda").parts.q).toBeCloseTo(0.15, 12);
    expect(candidate("fan", "noda").basis.departure).toEqual({ kind: "hazard", sector: null, hazard: 0.15, horizonDays: 365, ignored: [] });
    expect(explainDeparture(candidate("fan", "noda").basis.departure, 0.15, "ja")).toBe("所属未記入の年間離脱率 0.15、365 日間：離脱の見込み 0.15");
    expect(candidate("trial", "nakano").parts.q).toBeCloseTo(0.15, 12);
    expect(candidate("trial", "oda").parts.q).toBeCloseTo(0.15, 12);
  });

  it("computes readiness from base, tie, prior and q (fan)", () => {
    const fan = project("fan");
    expect(fan.exposure).toBe(1);
    expect(fan.orphaned).toBe(false);
    expect(fan.candidates.map((c) => c.id)).toEqual(["mori", "sato", "noda"]);
    const mori = candidate("fan", "mori");
    expect(mori.role).toBe("cooperator");
    expect(mori.parts).toEqual({ base: 0.5, tie: 0.3, prior: 0, capped: 0.8, q: mori.parts.q, overloaded: false });
    expect(mori.readiness).toBeCloseTo(0.8 * 0.95, 12);
    expect(mori.basis.tie).toEqual({ strength: "strong", with: "aoki", leaving: false });
    expect(explainReadiness(mori, result.options, "en")).toEqual([
      "cooperator: base 0.5",
      "strong tie with initiator aoki: +0.3",
      "never an initiator before this date: +0",
      "resident: annual departure rate 0.05 over 365 days: chance of leaving 0.05",
      "readiness 0.8 × (1 − 0.05) = 0.76",
    ]);
    expect(mori.onBench && mori.standIn).toBe(true);
    const sato = candidate("fan", "sato");
    expect(sato.parts.tie).toBe(0.1);
    expect(sato.basis.tie).toEqual({ strength: "weak", with: "aoki", leaving: false });
    expect(sato.readiness).toBeCloseTo(0.35 * 0.9, 12);
    const noda = candidate("fan", "noda");
    expect(noda.parts.tie).toBe(0);
    expect(noda.basis.tie).toBeNull();
    expect(noda.readiness).toBeCloseTo(0.1 * 0.85, 12);
    const rest = (1 - 0.76) * (1 - 0.315) * (1 - 0.085);
    expect(fan.benchStrength).toBeCloseTo(1 - rest, 12);
    expect(fan.risk).toBeCloseTo(rest, 12); // 0.150426
    expect(fan.level).toBe("moderate");
    expect(fan.standIns).toEqual(["mori"]);
  });

  it("counts the tie once, strong beating weak, and caps base + tie + prior at 1 (trial)", () => {
    const nakano = candidate("trial", "nakano");
    // strong ties to both co-initiators: +0.3 once; initiator of "old" 2018–2020: +0.2; 1.0 capped
    expect(nakano.parts).toMatchObject({ base: 0.5, tie: 0.3, prior: 0.2, capped: 1 });
    expect(nakano.readiness).toBeCloseTo(0.85, 12);
    expect(nakano.basis.tie).toEqual({ strength: "strong", with: "kimu", leaving: false });
    expect(nakano.basis.prior).toEqual({ project: "old", from: "2018-04-01", to: "2020-04-01", current: false });
    expect(explainReadiness(nakano, result.options, "en")).toContain("was initiator of old from 2018-04-01 to 2020-04-01: +0.2");
    const oda = candidate("trial", "oda");
    // weak tie to ueda, strong tie to kimu: strong wins
    expect(oda.parts).toMatchObject({ base: 0.25, tie: 0.3, prior: 0 });
    expect(oda.readiness).toBeCloseTo(0.55 * 0.85, 12);
    const trial = project("trial");
    const rest = 0.15 * (1 - 0.4675);
    expect(trial.benchStrength).toBeCloseTo(1 - rest, 12);
    expect(trial.risk).toBeCloseTo(0.132 * rest, 12); // 0.0105435
    expect(trial.level).toBe("low");
  });

  it("halves the readiness of someone initiating two other active projects, not one (market)", () => {
    const hara = candidate("market", "hara");
    expect(hara.parts).toMatchObject({ base: 0.5, tie: 0, prior: 0.2, capped: 0.7, overloaded: true });
    expect(hara.readiness).toBeCloseTo(0.7 * 0.95 * 0.5, 12);
    expect(hara.basis.overload).toEqual({ projects: ["x1", "x2"] });
    expect(explainReadiness(hara, result.options, "en")).toContain("initiates 2 other active projects (x1, x2): × 0.5 → 0.332");
    expect(explainReadiness(hara, result.options, "ja")).toContain("ほかに 2 件の事業（x1、x2）の仕掛け人：× 0.5 → 0.332");
    expect(explainReadiness(hara, result.options, "en")).toContain("is initiator of x1 since 2023-04-01: +0.2");
    const sugi = candidate("market", "sugi");
    expect(sugi.parts).toMatchObject({ prior: 0.2, overloaded: false });
    expect(sugi.readiness).toBeCloseTo(0.665, 12);
    const market = project("market");
    expect(market.candidates.map((c) => c.id)).toEqual(["sugi", "hara"]);
    expect(market.standIns).toEqual(["sugi"]);
    expect(market.risk).toBeCloseTo(0.335 * 0.6675, 12);
    expect(market.level).toBe("moderate");
  });

  it("gives the town's levels, initiator load and its concentration", () => {
    expect(project("x1").risk).toBeCloseTo(0.05, 12);
    expect(project("x2").exposure).toBeCloseTo(0.0025, 12);
    expect(result.town.levels).toEqual({ critical: 0, high: 0, moderate: 2, low: 3 });
    expect(result.town.initiatorLoad).toEqual([
      { id: "hara", load: 2, projects: ["x1", "x2"] },
      { id: "aoki", load: 1, projects: ["fan"] },
      { id: "ito", load: 1, projects: ["market"] },
      { id: "kimu", load: 1, projects: ["trial"] },
      { id: "sugi", load: 1, projects: ["x2"] },
      { id: "ueda", load: 1, projects: ["trial"] },
    ]);
    // Σ load = 7: (2/7)² + 5 (1/7)² = 9/49
    expect(result.town.loadConcentration).toBeCloseTo(9 / 49, 12);
    expect(result.town.singlePointsOfFailure).toEqual([]);
  });

  it("echoes the options it used, with t", () => {
    expect(result.options.t).toBe("2024-04-01");
    expect(result.options.horizonDays).toBe(365);
    expect(result.options.hazards.government).toBe(0.4);
    expect(result.options.readiness.base).toEqual({ cooperator: 0.5, supporter: 0.25, participant: 0.1 });
  });

  it("measures at another date: before a tenure date it counts, after it is stale", () => {
    const earlier = successionRisk(town, { t: "2023-01-01" });
    expect(earlier.date).toBe("2023-01-01");
    // ueda's tenure end 2023-03-31 is now inside the horizon
    expect(earlier.projects.find((p) => p.project === "trial")!.initiators.find((i) => i.id === "ueda")!.q).toBe(1);
    // x1 and x2 have not started yet
    expect(earlier.projects.map((p) => p.project).sort()).toEqual(["fan", "market", "trial"]);
  });
});

describe("successionRisk edge cases", () => {
  it("gives R = 1 to a project with no initiator and no member, and NaN concentration when nobody initiates", () => {
    const t = createTown({ town: { asOf: "2024-04-01" }, projects: [{ id: "empty" }] });
    const r = successionRisk(t);
    expect(r.projects[0]).toMatchObject({
      initiators: [],
      exposure: 1,
      orphaned: true,
      candidates: [],
      benchStrength: 0,
      standIns: [],
      risk: 1,
      level: "critical",
    });
    expect(r.town.loadConcentration).toBeNaN();
    expect(r.town.initiatorLoad).toEqual([]);
  });

  it("compares with the thresholds as is: R = 0.5 exactly is critical, 0.25 high, 0.1 moderate", () => {
    const at = (lambda: number) =>
      successionRisk(
        createTown({
          town: { asOf: "2024-04-01" },
          people: [{ id: "a", origin: "local", sector: "resident" }],
          projects: [{ id: "p" }],
          roles: [{ person: "a", project: "p", role: "initiator" }],
        }),
        { hazards: { resident: lambda } },
      ).projects[0]!;
    expect(at(0.5)).toMatchObject({ risk: 0.5, level: "critical" });
    expect(at(0.25)).toMatchObject({ risk: 0.25, level: "high" });
    expect(at(0.125)).toMatchObject({ risk: 0.125, level: "moderate" });
    expect(at(0.0999).level).toBe("low");
    // as is, no rounding: 1 − (1 − 0.1) computes to 0.09999999999999998, below 0.1
    expect(at(0.1).risk).toBe(1 - (1 - 0.1));
    expect(at(0.1).level).toBe("low");
  });

  it("counts prior only for an initiator period that is non-empty and starts before t", () => {
    const t = createTown({
      town: { asOf: "2024-04-01" },
      people: ["a", "empty", "now", "later", "past", "here"].map((id) => ({ id, origin: "local" as const, sector: "resident" as const })),
      projects: [{ id: "p" }, { id: "q" }, { id: "short", start: "2022-01-01", end: "2022-01-01" }],
      roles: [
        { person: "a", project: "p", role: "initiator" },
        // an empty initiator period (from = to) does not count
        { person: "empty", project: "q", role: "initiator", from: "2023-01-01", to: "2023-01-01" },
        { person: "empty", project: "p", role: "participant" },
        // an initiator role in a project that never lives (empty after the cut) does not count
        { person: "empty", project: "short", role: "initiator" },
        // an initiator role starting at t does not count (nor one starting later)
        { person: "now", project: "q", role: "initiator", from: "2024-04-01" },
        { person: "now", project: "p", role: "participant" },
        { person: "later", project: "q", role: "initiator", from: "2024-05-01" },
        { person: "later", project: "p", role: "participant" },
        // a past initiator role counts, in p itself too
        { person: "past", project: "p", role: "initiator", from: "2020-01-01", to: "2021-01-01" },
        { person: "past", project: "p", role: "participant", from: "2021-01-01" },
        // a current initiator role elsewhere counts
        { person: "here", project: "q", role: "initiator", from: "2024-03-31" },
        { person: "here", project: "p", role: "participant" },
      ],
    });
    const p = successionRisk(t).projects.find((x) => x.project === "p")!;
    const prior = Object.fromEntries(p.candidates.map((c) => [c.id, c.parts.prior]));
    expect(prior).toEqual({ empty: 0, now: 0, later: 0, past: 0.2, here: 0.2 });
    expect(p.candidates.find((c) => c.id === "past")!.basis.prior).toEqual({ project: "p", from: "2020-01-01", to: "2021-01-01", current: false });
    expect(p.candidates.find((c) => c.id === "here")!.basis.prior).toEqual({ project: "q", from: "2024-03-31", current: true });
  });

  it("counts only the k most ready candidates on the bench: forty weakly ready participants are no bench", () => {
    const people = Array.from({ length: 40 }, (_, i) => ({ id: `p${String(i).padStart(2, "0")}`, origin: "local" as const, sector: "resident" as const }));
    const t = createTown({
      town: { asOf: "2024-04-01" },
      people,
      projects: [{ id: "fan", start: "2018-04-01" }],
      roles: people.map((p) => ({ person: p.id, project: "fan", role: "participant" as const })),
    });
    const fan = successionRisk(t).projects[0]!;
    expect(fan.orphaned).toBe(true);
    expect(fan.orphan).toEqual({ since: null, lastInitiator: null });
    expect(fan.bench).toEqual(["p00", "p01", "p02"]);
    expect(fan.candidates.filter((c) => c.onBench)).toHaveLength(3);
    expect(fan.benchStrength).toBeCloseTo(1 - 0.905 ** 3, 12);
    expect(fan.risk).toBeCloseTo(0.905 ** 3, 12); // 0.741: critical, where all forty made it 0.018
    expect(fan.level).toBe("critical");
    const deep = successionRisk(t, { benchDepth: 40 }).projects[0]!;
    expect(deep.risk).toBeCloseTo(0.905 ** 40, 12);
    expect(deep.level).toBe("low");
  });

  it("ranks equally ready candidates by the smaller id", () => {
    const t = createTown({
      town: { asOf: "2024-04-01" },
      people: ["b", "a", "c"].map((id) => ({ id, origin: "local" as const })),
      projects: [{ id: "p" }],
      roles: ["c", "b", "a"].map((person) => ({ person, project: "p", role: "cooperator" as const })),
    });
    expect(successionRisk(t).projects[0]!.candidates.map((c) => c.id)).toEqual(["a", "b", "c"]);
  });

  it("needs a date", () => {
    const t = createTown({ projects: [{ id: "p" }] });
    expect(() => successionRisk(t)).toThrow(UsageError);
    expect(successionRisk(t, { t: "2024-04-01" }).projects).toHaveLength(1);
    expect(() => successionRisk(t, { t: "2024-02-30" })).toThrow(UsageError);
  });
});
