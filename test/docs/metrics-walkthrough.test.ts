/** The numbers quoted in docs/metrics.md's walk-through of the example town. */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { departureImpact, localBridges, successionRisk, weakTieReach } from "@kankei/core";
import { parseTown } from "@kankei/core/io";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const town = parseTown(readFileSync(join(root, "examples/town/town.json"), "utf8"));
const doc = readFileSync(join(root, "docs/metrics.md"), "utf8");

describe("docs/metrics.md walk-through", () => {
  const risk = successionRisk(town);
  const project = (id: string) => risk.projects.find((p) => p.project === id)!;

  it("succession risk", () => {
    expect(risk.date).toBe("2025-04-01");
    expect(risk.projects).toHaveLength(9);
    expect(risk.town.levels).toEqual({ critical: 0, high: 0, moderate: 1, low: 8 });
    expect(risk.town.loadConcentration).toBeCloseTo(0.125, 10);
    expect(risk.town.singlePointsOfFailure).toEqual([]);
    const akiya = project("akiya-bank");
    expect(akiya.level).toBe("moderate");
    expect(akiya.risk).toBeCloseTo(0.18, 2);
    expect(akiya.initiators.map((i) => [i.id, i.q])).toEqual([["g08", 1]]);
    expect(akiya.standIns).toEqual([]);
    expect(akiya.candidates[0]!.readiness).toBeCloseTo(0.2375, 4);
    expect(akiya.benchStrength).toBeCloseTo(0.82, 2);
    const fan = project("fanclub");
    expect(fan.orphaned).toBe(true);
    expect(fan.exposure).toBe(1);
    expect(fan.candidates).toHaveLength(41);
    expect(fan.benchStrength).toBeCloseTo(0.995, 3);
    expect(fan.risk).toBeCloseTo(0.005, 3);
    expect(fan.standIns).toEqual([]);
    const work = project("workation");
    expect(work.risk).toBeCloseTo(0.001, 3);
    expect(work.standIns).toEqual(["b02", "o003"]);
    expect(work.candidates.slice(0, 2).map((c) => [c.id, +c.readiness.toFixed(2)])).toEqual([
      ["b02", 0.72],
      ["o003", 0.68],
    ]);
  });

  it("the what-ifs", () => {
    const c02 = departureImpact(town, ["c02"]).projects.find((p) => p.project === "workation")!;
    expect(c02.orphaned).toBe(true);
    expect(c02.successor).toBeNull();
    expect(c02.successorReason).toContain("b02 has readiness 0.45");
    const n02 = departureImpact(town, ["n02"]).projects.find((p) => p.project === "tourism-lab")!;
    expect(n02.orphaned).toBe(true);
    expect(n02.successorReason).toContain("o117 has readiness 0.425");
  });

  it("weak-tie reach", () => {
    const w = weakTieReach(town);
    expect(w.seeds).toHaveLength(27);
    expect([w.all, w.strongOnly, w.gain]).toEqual([153, 12, 141]);
    expect(Math.round(w.gainShare * 100)).toBe(92);
    expect([w.outsiders.all, w.outsiders.strongOnly]).toEqual([91, 2]);
    expect(Math.round(w.outsiders.gainShare * 100)).toBe(98);
    expect(w.largestComponent).toEqual({ all: 201, strongOnly: 31 });
    expect(w.criticalTies).toHaveLength(99);
    const lb = localBridges(town);
    expect(lb.count).toBe(220);
    expect(lb.weakShare * 100).toBeCloseTo(86.8, 1);
    const work = w.perProject.find((p) => p.project === "workation")!;
    expect(work.seeds).toHaveLength(5);
    expect([work.outsiders.all, work.outsiders.strongOnly]).toEqual([72, 4]);
  });

  it("quotes these numbers", () => {
    for (const text of ["R = 0.18", "153", "over strong ties alone only **12**", "86.8%", "72 outsiders", "0.125", "b02 (0.72)", "0.425"]) {
      expect(doc).toContain(text);
    }
  });
});
