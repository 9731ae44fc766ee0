import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { createTown, dayNumber, eiIndex, isoDate, UsageError, type GroupBy, type TieFilter } from "../../../src/index.js";
import { arbitraryTown } from "../../../src/testing.js";
import { idsOf, renameIds, renameResult } from "../circulation/rename.js";

// At 2024-04-01: v (officer) is tied to a, b, c, d, e, g, h; a–d; e–f. v–e and e–f are weak,
// the rest strong. e and f are outsiders. b–c ended in 2023; x left in 2022.
const town = createTown({
  town: { asOf: "2024-04-01" },
  people: [
    { id: "v", origin: "local", sector: "government" },
    { id: "a", origin: "local", sector: "resident" },
    { id: "b", origin: "local", sector: "business" },
    { id: "c", origin: "local", sector: "government" },
    { id: "d", origin: "local", sector: "resident" },
    { id: "e", origin: "outsider", sector: "corps" },
    { id: "f", origin: "outsider" },
    { id: "g", origin: "local", sector: "government" },
    { id: "h", origin: "local", sector: "resident" },
    { id: "x", origin: "local", left: "2022-04-01" },
  ],
  ties: [
    { a: "v", b: "a", strength: "strong" },
    { a: "v", b: "b", strength: "strong" },
    { a: "c", b: "v", strength: "strong" },
    { a: "v", b: "d", strength: "strong" },
    { a: "v", b: "e", strength: "weak" },
    { a: "a", b: "d", strength: "strong" },
    { a: "f", b: "e", strength: "weak" },
    { a: "v", b: "g", strength: "strong" },
    { a: "h", b: "v", strength: "strong" },
    { a: "b", b: "c", strength: "weak", to: "2023-01-01" },
    { a: "x", b: "v", strength: "strong" },
  ],
});

describe("eiIndex on a hand-built town", () => {
  it("by origin: town, groups and people", () => {
    const r = eiIndex(town);
    // 9 ties at t: v–e crosses; 8 stay inside an origin.
    expect([r.external, r.internal]).toEqual([1, 8]);
    expect(r.ei).toBeCloseTo(-7 / 9, 12);
    expect(r.groups).toEqual([
      { group: "local", size: 7, external: 1, internal: 7, ei: -0.75 },
      { group: "outsider", size: 2, external: 1, internal: 1, ei: 0 },
    ]);
    const v = r.people[0]!;
    expect([v.id, v.external, v.internal]).toEqual(["v", 1, 6]);
    expect(v.ei).toBeCloseTo(-5 / 7, 12);
    expect(r.people.find((p) => p.id === "f")).toEqual({ id: "f", group: "outsider", external: 0, internal: 1, ei: -1 });
    expect(r.people.map((p) => p.id)).not.toContain("x");
    expect(r.options).toEqual({ t: "2024-04-01", groupBy: "origin", strength: "all" });
  });

  it("by strength: the only tie across origins is weak", () => {
    const weak = eiIndex(town, { strength: "weak" });
    expect([weak.external, weak.internal, weak.ei]).toEqual([1, 1, 0]);
    const strong = eiIndex(town, { strength: "strong" });
    expect([strong.external, strong.internal, strong.ei]).toEqual([0, 7, -1]);
    expect(strong.people.find((p) => p.id === "e")!.ei).toBeNaN(); // no strong tie
  });

  it("by sector: an empty group is NaN, a person with no sector is 'unknown'", () => {
    const r = eiIndex(town, { groupBy: "sector" });
    expect([r.external, r.internal]).toEqual([6, 3]);
    expect(r.ei).toBeCloseTo(1 / 3, 12);
    const byName = Object.fromEntries(r.groups.map((g) => [g.group, [g.size, g.external, g.internal]]));
    expect(byName).toEqual({
      government: [3, 5, 2],
      business: [1, 1, 0],
      resident: [3, 3, 1],
      nonprofit: [0, 0, 0],
      corps: [1, 2, 0],
      other: [0, 0, 0],
      unknown: [1, 1, 0],
    });
    expect(r.groups.find((g) => g.group === "government")!.ei).toBeCloseTo(3 / 7, 12);
    expect(r.groups.find((g) => g.group === "nonprofit")!.ei).toBeNaN();
  });

  it("NaN for a town with no ties; bad options throw a UsageError", () => {
    const lonely = createTown({ town: { asOf: "2024-04-01" }, people: [{ id: "a", origin: "local" }] });
    expect(eiIndex(lonely).ei).toBeNaN();
    expect(eiIndex(lonely).people[0]!.ei).toBeNaN();
    expect(() => eiIndex(town, { strength: "medium" as never })).toThrow(UsageError);
    expect(() => eiIndex(town, { groupBy: "relationship" as never })).toThrow(UsageError);
    expect(() => eiIndex(town, { t: "2024-02-30" })).toThrow(UsageError);
    expect(() => eiIndex(town, { weights: true } as never)).toThrow(UsageError);
  });
});

const towns = arbitraryTown({ maxPeople: 12, maxProjects: 1, maxRoles: 0, maxTies: 40, extras: false });
const D0 = dayNumber("2015-04-01")!;
const dates = fc.integer({ min: -100, max: 3750 }).map((k) => isoDate(D0 + k));
const groupings = fc.constantFrom<GroupBy>("origin", "sector");
const filters = fc.constantFrom<TieFilter>("all", "strong", "weak");
const inRange = (x: number) => Number.isNaN(x) || (x >= -1 && x <= 1);

describe("eiIndex properties", () => {
  test.prop([towns, dates, groupings, filters], { numRuns: 300 })("E-I is in [-1, 1] (or NaN) and the counts agree", (t, date, groupBy, strength) => {
    const r = eiIndex(t, { t: date, groupBy, strength });
    const ties = t.tiesAt(date).filter((i) => strength === "all" || t.ties[i]!.strength === strength).length;
    expect(r.external + r.internal).toBe(ties);
    expect(Number.isNaN(r.ei)).toBe(ties === 0);
    for (const x of [r, ...r.groups, ...r.people]) {
      expect(inRange(x.ei)).toBe(true);
      expect(Number.isInteger(x.external) && Number.isInteger(x.internal)).toBe(true);
    }
    const sum = (xs: { external: number; internal: number }[]) => xs.reduce((s, x) => [s[0]! + x.external, s[1]! + x.internal], [0, 0]);
    expect(sum(r.groups)).toEqual([2 * r.external, r.internal]);
    expect(sum(r.people)).toEqual([2 * r.external, 2 * r.internal]);
    expect(r.groups.reduce((s, g) => s + g.size, 0)).toBe(r.people.length);
  });

  test.prop([towns, dates, groupings, filters], { numRuns: 150 })("renaming ids changes nothing", (t, date, groupBy, strength) => {
    expect(eiIndex(renameIds(t), { t: date, groupBy, strength })).toEqual(renameResult(eiIndex(t, { t: date, groupBy, strength }), idsOf(t)));
  });
});
