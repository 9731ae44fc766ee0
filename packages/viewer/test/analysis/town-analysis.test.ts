import { createTown, UsageError, weakTieReach } from "@kankei/core";
import { describe, expect, it } from "vitest";
import { NoTownDateError, TownAnalysis } from "../../src/analysis/town-analysis.js";
import { describeLoadError } from "../../src/i18n/problems.js";
import { exampleTown } from "../fixtures/example-town.js";

describe("TownAnalysis", () => {
  const town = exampleTown();
  const a = new TownAnalysis(town);

  it("shows the town's date first, and keeps results for a date", () => {
    expect(a.date).toBe("2025-04-01");
    expect(a.risk(a.date)).toBe(a.risk(a.date));
    expect(a.graph(a.date)).toBe(a.graph(a.date));
    expect(a.impact(a.date, [])).toBeNull();
  });

  it("refuses a town with no date, as the core does, instead of using today", () => {
    const undated = createTown({ projects: [{ id: "p" }] });
    expect(() => new TownAnalysis(undated)).toThrow(NoTownDateError);
    expect(() => new TownAnalysis(undated)).toThrow(UsageError);
    expect(new TownAnalysis(undated, "2024-04-01").date).toBe("2024-04-01");
    try {
      new TownAnalysis(undated);
    } catch (e) {
      expect(describeLoadError(e, "ja", "town.json").problems[0]!.rule).toContain("日付がまったくありません");
    }
  });

  it("gives who could take over a project, cached per date", () => {
    const h = a.handover(a.date, "workation");
    expect(h).toBe(a.handover(a.date, "workation"));
    expect(h.candidates[0]!.ready).toBe(true);
  });

  it("gives a network at each date with sigma-free attribute names", () => {
    const g = a.graph("2019-04-01");
    expect(g.order).toBe(town.peopleAt("2019-04-01").length);
    g.forEachNode((_, attrs) => {
      for (const reserved of ["type", "size", "color", "label", "hidden", "weight"]) expect(reserved in attrs).toBe(false);
    });
    g.forEachEdge((_, attrs) => {
      for (const reserved of ["type", "size", "color", "label", "hidden", "weight"]) expect(reserved in attrs).toBe(false);
    });
  });

  it("sizes by degree, betweenness or the 2-hop reach of every person present", () => {
    const present = town.peopleAt(a.date).length;
    for (const m of ["degree", "betweenness", "reach"] as const) expect(a.sizeValues(a.date, m).size).toBe(present);
    const reach = weakTieReach(town).perPerson!;
    expect(a.sizeValues(a.date, "reach").get(reach[0]!.id)).toBe(reach[0]!.all);
  });
});
