// The figures docs/metrics.md reports for the example town 架空町 (examples/town).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { circulation } from "../../../src/index.js";
import { parseTown } from "../../../src/io.js";

const town = parseTown(readFileSync(new URL("../../../../../examples/town/town.json", import.meta.url), "utf8"));

describe("circulation in the example town", () => {
  it("over the default window [2020-04-01, 2025-04-01)", () => {
    const c = circulation(town);
    expect([c.from, c.to]).toEqual(["2020-04-01", "2025-04-01"]);
    expect(c.matrix).toEqual({
      none: { none: 0, initiator: 4, cooperator: 13, supporter: 29, participant: 112 },
      initiator: { none: 3, initiator: 0, cooperator: 1, supporter: 2, participant: 0 },
      cooperator: { none: 4, initiator: 3, cooperator: 0, supporter: 1, participant: 0 },
      supporter: { none: 25, initiator: 0, cooperator: 4, supporter: 0, participant: 0 },
      participant: { none: 72, initiator: 0, cooperator: 2, supporter: 24, participant: 0 },
    });
    expect(c.counts).toEqual({ entries: 158, exits: 104, changes: 37, upward: 33, downward: 4, renewals: 0, reentries: 1 });
    const n = c.newInitiators;
    expect([n.count, n.grownInProject, n.grownInTown]).toEqual([7, 3, 4]);
    expect(n.list.filter((x) => x.grownInProject).map((x) => x.person)).toEqual(["c02", "r002", "n02"]);
    const d = c.departingInitiators;
    expect([d.count, d.steppedBackInProject, d.steppedBackInTown, d.endedWithProject]).toEqual([6, 3, 3, 0]);
    expect(d.list.filter((x) => !x.steppedBackInTown).map((x) => `${x.person}:${x.project}`)).toEqual([
      "g04:trial-stay",
      "g03:fanclub",
      "g09:akiya-bank",
    ]);
    expect(c.outsidersToCore.list.length).toBe(12);
    expect(c.outsidersToCore.people).toBe(11);
    expect(c.changeRate.perPersonYear).toBeCloseTo(0.0374, 4);
    expect(c.changeRate.perMemberYear).toBeCloseTo(0.0561, 4);
    const t = c.initiatorTenure;
    expect([t.completed, t.ongoing]).toEqual([6, 8]);
    expect(t.meanYears).toBeCloseTo(3.31, 2);
    expect(t.medianYears).toBeCloseTo(3.0, 2);
  });

  it("over the whole history [2016-04-01, 2025-04-01)", () => {
    const c = circulation(town, { from: "2016-04-01" });
    expect([c.newInitiators.count, c.newInitiators.grownInProject, c.newInitiators.grownInTown]).toEqual([17, 5, 7]);
    expect([c.departingInitiators.count, c.departingInitiators.steppedBackInProject]).toEqual([9, 5]);
    expect(c.initiatorTenure.meanYears).toBeCloseTo(2.98, 2);
    expect(c.outsidersToCore.people).toBe(15);
  });
});
