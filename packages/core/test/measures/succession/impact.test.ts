import { describe, expect, it } from "vitest";
import { createTown, departureImpact, explainSuccessor, successionRisk, UsageError } from "../../../src/index.js";

// t = 2024-04-01
const town = createTown({
  town: { asOf: "2024-04-01" },
  people: [
    { id: "g", origin: "local", sector: "government" }, // q 0.4
    { id: "h", origin: "local", sector: "resident" }, // q 0.05
    { id: "b", origin: "local", sector: "resident" },
    { id: "a", origin: "outsider", sector: "resident" },
    { id: "y", origin: "local", sector: "resident" },
    { id: "gone", origin: "local", joined: "2015-01-01", left: "2020-01-01" },
  ],
  projects: [
    { id: "fan", start: "2016-04-01" },
    { id: "trial", start: "2016-04-01" },
    { id: "event", start: "2016-04-01" },
    { id: "x", start: "2016-04-01" },
  ],
  roles: [
    { person: "g", project: "fan", role: "initiator", from: "2022-04-01" },
    // b and a were initiators of fan before g, and are now cooperators (b's record first)
    { person: "b", project: "fan", role: "initiator", from: "2018-04-01", to: "2020-04-01" },
    { person: "b", project: "fan", role: "cooperator", from: "2020-04-01" },
    { person: "a", project: "fan", role: "initiator", from: "2020-04-01", to: "2022-04-01" },
    { person: "a", project: "fan", role: "cooperator", from: "2022-04-01" },
    { person: "g", project: "trial", role: "initiator" },
    { person: "h", project: "trial", role: "initiator" },
    { person: "g", project: "event", role: "initiator" },
    { person: "y", project: "event", role: "participant" },
    { person: "g", project: "x", role: "initiator" },
    { person: "gone", project: "x", role: "cooperator" },
  ],
  ties: [{ a: "g", b: "b", strength: "strong" }],
});

describe("departureImpact", () => {
  const impact = departureImpact(town, ["g", "gone"]);
  const project = (id: string) => impact.projects.find((p) => p.project === id)!;

  it("lists who leaves and who is ignored (not present at t)", () => {
    expect(impact.date).toBe("2024-04-01");
    expect(impact.departed).toEqual(["g"]);
    expect(impact.ignored).toEqual(["gone"]);
    // sorted by the figures after: critical first (both orphaned, higher risk first), then the
    // low ones, the orphaned fan before trial
    expect(impact.projects.map((p) => p.project)).toEqual(["x", "event", "fan", "trial"]);
  });

  it("keeps the tie bonus of a tie to the leaving initiator: the one who worked beside g takes over", () => {
    const fan = project("fan");
    // before: b = min(1, 0.5 + 0.3 + 0.2) · 0.95 = 0.95, a = 0.7 · 0.95 = 0.665; R = 0.4 · 0.05 · 0.335
    expect(fan.riskBefore).toBeCloseTo(0.4 * 0.05 * 0.335, 12);
    expect(fan.levelBefore).toBe("low");
    expect(fan.initiatorsBefore).toEqual(["g"]);
    expect(fan.initiatorsAfter).toEqual([]);
    // after: b's strong tie to g counts as it stood at t (domain.md §4 item 7): b takes over
    expect(fan.orphaned).toBe(true);
    expect(fan.after.orphan).toEqual({ since: "2024-04-01", lastInitiator: "g" });
    expect(fan.after.candidates.map((c) => [c.id, c.basis.tie])).toEqual([
      ["b", { strength: "strong", with: "g", leaving: true }],
      ["a", null],
    ]);
    expect(fan.successor!.id).toBe("b");
    expect(fan.successor!.readiness).toBeCloseTo(0.95, 12);
    expect(fan.successor).toBe(fan.after.candidates[0]);
    expect(fan.successorBasis).toEqual({ kind: "ready", id: "b", readiness: fan.successor!.readiness, threshold: 0.5 });
    expect(explainSuccessor(fan.successorBasis, "en")).toBe("b takes over (readiness 0.95, at least the stand-in threshold 0.5)");
    expect(fan.riskAfter).toBeCloseTo(0.05 * 0.335, 12);
    expect(fan.levelAfter).toBe("low");
    expect(fan.change).toBeCloseTo(fan.riskAfter - fan.riskBefore, 15);
  });

  it("breaks ties between equally ready successors to the smaller id", () => {
    const t = createTown({
      town: { asOf: "2024-04-01" },
      people: ["g", "c2", "c1"].map((id) => ({ id, origin: "local" as const, sector: "resident" as const })),
      projects: [{ id: "p" }],
      roles: [
        { person: "g", project: "p", role: "initiator" },
        { person: "c2", project: "p", role: "cooperator" },
        { person: "c1", project: "p", role: "cooperator" },
      ],
      ties: [{ a: "g", b: "c2", strength: "strong" }, { a: "g", b: "c1", strength: "strong" }],
    });
    const p = departureImpact(t, ["g"]).projects[0]!;
    expect(p.after.candidates.map((c) => c.id)).toEqual(["c1", "c2"]);
    expect(p.successor!.id).toBe("c1");
  });

  it("says why there is no successor", () => {
    const trial = project("trial");
    expect(trial.orphaned).toBe(false);
    expect(trial.successor).toBeNull();
    expect(trial.successorBasis).toEqual({ kind: "not-orphaned", initiators: ["h"] });
    expect(explainSuccessor(trial.successorBasis, "ja")).toBe("仕掛け人は残る（h）");
    expect(trial.riskBefore).toBeCloseTo(0.02, 12);
    expect(trial.riskAfter).toBeCloseTo(0.05, 12);

    const event = project("event");
    expect(event.orphaned).toBe(true);
    expect(event.successor).toBeNull();
    expect(event.successorBasis).toEqual({ kind: "not-ready", id: "y", readiness: 0.1 * 0.95, threshold: 0.5 });
    expect(explainSuccessor(event.successorBasis, "en")).toBe(
      "nobody is ready to take over: the readiest, y, has readiness 0.095, below the stand-in threshold 0.5",
    );
    const x = project("x");
    expect(x.orphaned).toBe(true);
    expect(x.successor).toBeNull();
    expect(x.successorBasis).toEqual({ kind: "no-candidate" });
  });

  it("counts levels before and after and lists the projects moved to critical", () => {
    expect(project("event")).toMatchObject({ levelBefore: "high", levelAfter: "critical" });
    expect(project("event").riskAfter).toBeCloseTo(0.905, 12);
    expect(project("x")).toMatchObject({ riskBefore: 0.4, levelBefore: "high", riskAfter: 1, levelAfter: "critical" });
    expect(impact.movedToCritical).toEqual(["x", "event"]);
    expect(impact.levels.before).toEqual({ critical: 0, high: 2, moderate: 0, low: 2 });
    expect(impact.levels.after).toEqual({ critical: 2, high: 0, moderate: 0, low: 2 });
  });

  it("takes candidates out of the bench and uses the stand-in threshold option", () => {
    const i = departureImpact(town, ["a"]);
    const fan = i.projects.find((p) => p.project === "fan")!;
    expect(fan.orphaned).toBe(false);
    expect(fan.riskAfter).toBeCloseTo(0.4 * 0.05, 12);
    const low = departureImpact(town, ["g"], { standInThreshold: 0.05 });
    expect(low.projects.find((p) => p.project === "event")!.successor).toMatchObject({ id: "y", readiness: 0.1 * 0.95, standIn: true });
  });

  it("changes nothing when nobody (present) leaves", () => {
    const none = departureImpact(town, ["gone", "gone"]);
    expect(none.departed).toEqual([]);
    expect(none.ignored).toEqual(["gone"]);
    const risk = successionRisk(town);
    none.projects.forEach((p, k) => {
      expect(p.project).toBe(risk.projects[k]!.project);
      expect(p.riskBefore).toBe(risk.projects[k]!.risk);
      expect(p.riskAfter).toBe(p.riskBefore);
      expect(p.change).toBe(0);
    });
    expect(none.movedToCritical).toEqual([]);
  });

  it("throws a UsageError for unknown ids or a bad argument", () => {
    expect(() => departureImpact(town, ["g", "nobody", "ghost"])).toThrow(UsageError);
    expect(() => departureImpact(town, ["g", "nobody", "ghost"])).toThrow(/"nobody", "ghost"/);
    expect(() => departureImpact(town, "g" as never)).toThrow(UsageError);
    expect(() => departureImpact(town, [1] as never)).toThrow(UsageError);
  });
});
