import { describe, expect, it } from "vitest";
import { positionOf, timeline } from "../../src/state/timeline.js";
import { exampleTown } from "../fixtures/example-town.js";

describe("timeline", () => {
  it("runs monthly from the first recorded date to the town's date", () => {
    const town = exampleTown();
    const dates = timeline(town);
    expect(dates.at(-1)).toBe("2025-04-01");
    expect(dates[0]! <= "2016-04-01").toBe(true);
    for (let i = 1; i < dates.length; i++) expect(dates[i - 1]! < dates[i]!).toBe(true);
    for (const d of dates.slice(1, -1)) expect(d.endsWith("-01")).toBe(true);
  });

  it("finds the position of any date", () => {
    const dates = timeline(exampleTown());
    for (const [i, d] of dates.entries()) expect(positionOf(dates, d)).toBe(i);
    expect(positionOf(dates, "1900-01-01")).toBe(0);
    expect(positionOf(dates, "2099-01-01")).toBe(dates.length - 1);
  });
});
