/** The numbers quoted in docs/metrics.md's walk-through of the example town. */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { departureImpact, explainPathToReady, handoverOptions, localBridges, successionRisk, weakTieReach } from "@kankei/core";
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
    expect(risk.town.levels).toEqual({ critical: 0, high: 2, moderate: 0, low: 7 });
    expect(risk.town.loadConcentration).toBeCloseTo(0.125, 10);
    expect(risk.town.singlePointsOfFailure).toEqual([]);
    // the orphaned fan club comes first: high, and orphaned
    expect(risk.projects.slice(0, 2).map((p) => p.project)).toEqual(["fanclub", "akiya-bank"]);
    const fan = project("fanclub");
    expect(fan.orphaned).toBe(true);
    expect(fan.orphan).toEqual({ since: "2022-04-01", lastInitiator: "g03" });
    expect(town.person("g03")!.name).toBe("高橋 翔太");
    expect(fan.exposure).toBe(1);
    expect(fan.candidates).toHaveLength(41);
    expect(fan.bench.map((id) => fan.candidates.find((c) => c.id === id)!.readiness)).toEqual([0.2375, 0.2375, 0.2375]);
    expect(fan.benchStrength).toBeCloseTo(1 - 0.7625 ** 3, 12);
    expect(fan.risk).toBeCloseTo(0.7625 ** 3, 12);
    expect(fan.level).toBe("high");
    expect(fan.standIns).toEqual([]);
    const akiya = project("akiya-bank");
    expect(akiya.level).toBe("high");
    expect(akiya.risk).toBeCloseTo(0.443, 3);
    expect(akiya.initiators.map((i) => [i.id, i.q])).toEqual([["g08", 1]]);
    expect(akiya.standIns).toEqual([]);
    expect(akiya.candidates[0]!.readiness).toBeCloseTo(0.2375, 4);
    const akiyaHandover = handoverOptions(town, "akiya-bank").candidates[0]!;
    expect(explainPathToReady(akiyaHandover.toReady, "en")).toBe("would be ready with a strong tie with the initiator (readiness 0.522)");
    const work = project("workation");
    expect(work.risk).toBeCloseTo(0.016, 3);
    expect(work.standIns).toEqual(["b02", "o003"]);
    expect(work.candidates.slice(0, 2).map((c) => [c.id, +c.readiness.toFixed(2)])).toEqual([
      ["b02", 0.72],
      ["o003", 0.68],
    ]);
  });

  it("the what-ifs and the handover options", () => {
    const c02 = departureImpact(town, ["c02"]).projects.find((p) => p.project === "workation")!;
    expect(c02.orphaned).toBe(true);
    expect(c02.successor!.id).toBe("b02");
    expect(c02.successor!.readiness).toBeCloseTo(0.72, 12);
    expect(c02.successor!.basis.tie).toEqual({ strength: "strong", with: "c02", leaving: true });
    expect([+c02.riskBefore.toFixed(3), +c02.riskAfter.toFixed(3)]).toEqual([0.016, 0.049]);
    expect(c02.levelAfter).toBe("low");
    const n02 = departureImpact(town, ["n02"]).projects.find((p) => p.project === "tourism-lab")!;
    expect(n02.orphaned).toBe(true);
    expect(n02.after.candidates.slice(0, 2).map((c) => [c.id, c.readiness])).toEqual([
      ["o117", 0.68],
      ["o118", 0.68],
    ]);
    expect(n02.successor!.id).toBe("o117");
    // もりのがっこう: the cooperator who worked beside c03 takes over, the first of the listed candidates
    const c03 = departureImpact(town, ["c03"]).projects.find((p) => p.project === "forest-school")!;
    expect(c03.successor).toBe(c03.after.candidates[0]);
    expect([c03.successor!.id, c03.successor!.standIn, c03.after.standIns]).toEqual(["r005", true, ["r005", "c10"]]);
    const h = handoverOptions(town, "workation").candidates;
    expect(h.slice(0, 3).map((c) => [c.id, c.ready, +c.riskAfter.toFixed(4)])).toEqual([
      ["b02", true, 0.0104],
      ["o003", true, 0.0199],
      ["g01", false, 0.0213],
    ]);
    expect(explainPathToReady(h[2]!.toReady, "en")).toBe("would be ready with a cooperator role (readiness 0.6)");
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
    for (const text of [
      "仕掛け人不在 since 2022-04-01, high, R = 0.443",
      "2 projects high, 7 low",
      "`R = 0.7625³ = 0.443`",
      "R 0.016 → 0.049",
      "o117, the smaller id, takes over",
      "would be ready with a strong tie with the initiator (readiness 0.522)",
      "would be ready with a cooperator role (readiness 0.6)",
      "b02 (R after the handover 0.0104), o003 (0.0199)",
      "153",
      "over strong ties alone only **12**",
      "86.8%",
      "72 outsiders",
      "0.125",
      "b02 (0.72)",
    ]) {
      expect(doc.replace(/\s+/g, " ")).toContain(text); // line breaks of the page read as spaces
    }
  });
});
