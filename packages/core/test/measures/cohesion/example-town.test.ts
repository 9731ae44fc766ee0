// The figures docs/metrics.md reports for the example town 架空町 (examples/town).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { coreCohesion } from "../../../src/index.js";
import { parseTown } from "../../../src/io.js";

const town = parseTown(readFileSync(new URL("../../../../../examples/town/town.json", import.meta.url), "utf8"));

describe("core cohesion of the example town at 2025-04-01", () => {
  const r = coreCohesion(town);
  it("20 of the 22 cooperators are strongly tied to a current initiator (as the README says)", () => {
    expect(r.town).toEqual({
      projects: 9,
      orphaned: 1,
      pairs: 46,
      strongTies: 23,
      density: 0.5,
      cooperators: 22,
      tiedCooperators: 20,
      tiedShare: 20 / 22,
    });
    const untied = r.projects.flatMap((p) => p.untiedCooperators.map((c) => `${p.project}:${c}`));
    expect(untied).toEqual(["internship:o002", "forest-school:r038"]);
  });

  it("per project", () => {
    const rows = Object.fromEntries(r.projects.map((p) => [p.project, [p.coreSize, p.strongTies, p.density, p.tiedShare]]));
    expect(rows).toEqual({
      "hometown-tax": [3, 2, 2 / 3, 1],
      market: [5, 6, 0.6, 1],
      fanclub: [0, 0, NaN, NaN],
      workation: [5, 4, 0.4, 1],
      internship: [5, 4, 0.4, 0.75],
      shareholders: [3, 2, 2 / 3, 1],
      "akiya-bank": [2, 1, 1, 1],
      "tourism-lab": [3, 2, 2 / 3, 1],
      "forest-school": [4, 2, 1 / 3, 2 / 3],
    });
    expect(r.projects.find((p) => p.project === "fanclub")!.orphaned).toBe(true);
  });
});
