// The figures docs/metrics.md reports for the example town 架空町 (examples/town).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { brokerage, eiIndex } from "../../../src/index.js";
import { parseTown } from "../../../src/io.js";

const town = parseTown(readFileSync(new URL("../../../../../examples/town/town.json", import.meta.url), "utf8"));

describe("brokerage and E-I in the example town at 2025-04-01", () => {
  it("brokerage by origin and by sector", () => {
    const r = brokerage(town);
    expect(r.totals).toEqual({ coordinator: 973, itinerant: 380, representativeGatekeeper: 811, liaison: 0, total: 2164 });
    expect(r.guides.length).toBe(57);
    expect(r.guides.slice(0, 3).map((g) => [g.id, g.outsiderInsider, g.itinerant])).toEqual([
      ["g02", 123, 119],
      ["b02", 37, 78],
      ["c03", 66, 16],
    ]);
    // the relationship guide of the storyline: every open two-path through her crosses origin lines
    const n03 = r.guides.findIndex((g) => g.id === "n03");
    expect(n03).toBe(12);
    expect(r.guides[n03]).toEqual({ id: "n03", origin: "local", outsiderInsider: 8, itinerant: 28, score: 36, share: 1 });
    const s = brokerage(town, { groupBy: "sector" });
    expect(s.totals).toEqual({ coordinator: 495, itinerant: 329, representativeGatekeeper: 909, liaison: 431, total: 2164 });
  });

  it("E-I by origin, by strength and over time", () => {
    const r = eiIndex(town);
    expect([r.external, r.internal]).toEqual([116, 253]);
    expect(r.ei).toBeCloseTo(-0.371, 3);
    expect(r.groups.map((g) => [g.group, g.size, g.external, g.internal])).toEqual([
      ["local", 88, 116, 210],
      ["outsider", 131, 116, 43],
    ]);
    expect(eiIndex(town, { strength: "weak" }).ei).toBeCloseTo(-0.397, 3);
    expect(eiIndex(town, { strength: "strong" }).ei).toBeCloseTo(-0.287, 3);
    expect(eiIndex(town, { t: "2018-04-01" }).ei).toBeCloseTo(-0.733, 3);
    expect(eiIndex(town, { t: "2021-04-01" }).ei).toBeCloseTo(-0.462, 3);
    expect(eiIndex(town, { groupBy: "sector" }).ei).toBeCloseTo(-0.019, 3);
  });
});
