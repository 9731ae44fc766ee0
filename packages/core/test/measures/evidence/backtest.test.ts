import { describe, expect, it } from "vitest";
import { ablation, backtest, createTown, projectOutcome, successionRisk, townAsKnownAt, UsageError } from "../../../src/index.js";

// Three projects watched from 2020-10-01 (h = 365, grace 180):
// - fan: its officer leaves 2021-04-01 and nobody takes over (fails, "no-successor");
// - cafe: its officer leaves 2021-04-01 and the cooperator takes over the same day (no lapse);
// - late: its initiator steps down 2021-04-01 and a successor starts 2021-12-01, 244 days on
//   (fails: more than 180 days without an initiator);
// - shop: closes 2021-06-01 (fails, "closed").
const town = createTown({
  town: { asOf: "2024-04-01" },
  people: [
    { id: "a", origin: "local", sector: "government", left: "2021-04-01" },
    { id: "b", origin: "local", sector: "government", left: "2021-04-01" },
    { id: "c", origin: "local", sector: "resident" },
    { id: "d", origin: "outsider", sector: "resident" },
    { id: "e", origin: "outsider", sector: "business" },
  ],
  projects: [
    { id: "fan", start: "2020-04-01" },
    { id: "cafe", start: "2020-04-01" },
    { id: "late", start: "2020-04-01" },
    { id: "shop", start: "2020-04-01", end: "2021-06-01" },
  ],
  roles: [
    { person: "a", project: "fan", role: "initiator", from: "2020-04-01" },
    { person: "b", project: "cafe", role: "initiator", from: "2020-04-01" },
    { person: "c", project: "cafe", role: "cooperator", from: "2020-04-01", to: "2021-04-01" },
    { person: "c", project: "cafe", role: "initiator", from: "2021-04-01" },
    { person: "d", project: "late", role: "initiator", from: "2020-04-01", to: "2021-04-01" },
    { person: "e", project: "late", role: "initiator", from: "2021-12-01" },
    { person: "e", project: "shop", role: "initiator", from: "2020-04-01" },
  ],
  ties: [{ a: "b", b: "c", strength: "strong" }],
});

describe("projectOutcome", () => {
  it("reads a lapse, a same-day handover, a late successor and a closure", () => {
    const at = (p: string) => projectOutcome(town, p, "2020-10-01");
    expect(at("fan")).toEqual({ failed: true, reason: "no-successor", date: "2021-04-01" });
    expect(at("cafe")).toEqual({ failed: false, reason: null, date: null });
    expect(at("late")).toEqual({ failed: true, reason: "no-successor", date: "2021-04-01" });
    expect(projectOutcome(town, "late", "2020-10-01", { graceDays: 244 }).failed).toBe(false);
    expect(at("shop")).toEqual({ failed: true, reason: "closed", date: "2021-06-01" });
  });
  it("judges a project orphaned at t from t", () => {
    expect(projectOutcome(town, "late", "2021-05-01")).toEqual({ failed: true, reason: "no-successor", date: "2021-05-01" });
    expect(projectOutcome(town, "late", "2021-07-01").failed).toBe(false);
  });
  it("looks no further than the horizon", () => {
    expect(projectOutcome(town, "fan", "2020-04-01", { horizonDays: 364 }).failed).toBe(false);
    expect(projectOutcome(town, "fan", "2020-04-01", { horizonDays: 365 }).failed).toBe(true);
  });
  it("refuses a project that is not active", () => {
    expect(() => projectOutcome(town, "shop", "2022-01-01")).toThrow(UsageError);
  });
});

describe("townAsKnownAt", () => {
  it("reads nothing after t: R uses the hazard, not the later departure", () => {
    const known = townAsKnownAt(town, "2020-10-01");
    expect(known.person("a")!.left).toBeUndefined();
    expect(known.project("shop")!.end).toBeUndefined();
    expect(known.roles.some((r) => r.person === "e" && r.project === "late")).toBe(false);
    // On the full town a's `left` inside the horizon makes q = 1; as known at t it is λ = 0.4.
    const full = successionRisk(town, { t: "2020-10-01" }).projects.find((p) => p.project === "fan")!;
    const then = successionRisk(known, { t: "2020-10-01" }).projects.find((p) => p.project === "fan")!;
    expect([full.risk, then.risk]).toEqual([1, 0.4]);
  });
});

describe("backtest", () => {
  const r = backtest(town, { dates: ["2020-10-01"] });
  it("scores R and the baselines on the same cases", () => {
    expect(r.cases.map((c) => [c.project, c.outcome.reason])).toEqual([
      ["cafe", null],
      ["fan", "no-successor"],
      ["late", "no-successor"],
      ["shop", "closed"],
    ]);
    expect([r.events, r.baseRate]).toEqual([3, 0.75]);
    const by = Object.fromEntries(r.scores.map((s) => [s.name, s.scores]));
    expect(by.constant!.brier).toBeCloseTo(0.75 * 0.25, 12);
    expect(by.constant!.auc).toBe(0.5);
    // R: cafe 0.4 · (1 − 0.76) = 0.096 (a cooperator with a strong tie), the others E alone.
    expect(r.cases.map((c) => c.risk)).toEqual([expect.closeTo(0.096, 12), 0.4, expect.closeTo(0.05, 12), expect.closeTo(0.1, 12)]);
    expect(by.risk!.auc).toBe(2 / 3);
    expect(by.exposure!.auc).toBe(0.5 / 3);
    expect(r.tooFewEvents).toBe(true);
  });
  it("picks yearly dates back from the last date whose outcome is known", () => {
    const d = backtest(town).dates;
    expect(d.at(-1)).toBe("2022-10-04");
    expect(d).toEqual(["2020-10-04", "2021-10-04", "2022-10-04"]);
  });
  it("refuses a date whose outcome the records cannot show", () => {
    expect(() => backtest(town, { dates: ["2023-01-01"] })).toThrow(UsageError);
    expect(() => backtest(town, { dates: ["2021-02-30"] })).toThrow(UsageError);
    expect(() => backtest(town, { graceDays: -1 })).toThrow(UsageError);
    expect(() => backtest(town, { predictors: { risk: () => 0 } })).toThrow(UsageError);
  });
  it("scores a perfect predictor above every baseline", () => {
    const oracle = (_: unknown, p: string, t: string) => (projectOutcome(town, p, t).failed ? 1 : 0);
    const res = backtest(town, { dates: ["2020-10-01", "2021-05-01"], predictors: { oracle } });
    const best = res.scores.find((s) => s.name === "oracle")!.scores;
    expect([best.brier, best.auc]).toEqual([0, 1]);
    for (const s of res.scores.filter((x) => x.name !== "oracle")) {
      expect(best.brier).toBeLessThan(s.scores.brier);
      expect(best.logLoss).toBeLessThan(s.scores.logLoss);
      expect(best.auc).toBeGreaterThan(s.scores.auc);
    }
  });
  it("refuses a predictor whose forecast is not a probability", () => {
    expect(() => backtest(town, { dates: ["2020-10-01"], predictors: { bad: () => 2 } })).toThrow(UsageError);
  });
});

describe("ablation", () => {
  it("switches the bench off (R = E) on the same cases", () => {
    const a = ablation(town, { dates: ["2020-10-01"] });
    const rows = Object.fromEntries(a.rows.map((row) => [row.key, row.scores]));
    expect(a.cases).toBe(4);
    const bt = backtest(town, { dates: ["2020-10-01"] });
    expect(rows["no-bench"]!.brier).toBe(bt.scores.find((s) => s.name === "exposure")!.scores.brier);
    expect(rows.full!.brier).toBe(bt.scores[0]!.scores.brier);
    expect(rows["no-ties"]!.brier).not.toBe(rows.full!.brier);
  });
});
