import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { brokerage, createTown, dayNumber, isoDate, personGroup, UsageError, type GroupBy, type Town } from "../../../src/index.js";
import { arbitraryTown } from "../../../src/testing.js";
import { idsOf, renameIds, renameResult } from "../circulation/rename.js";

// At 2024-04-01, v (officer) is tied to a, b, c, d, e, g, h; a and d know each other; e (corps,
// outsider) also knows f (outsider, no sector). The tie b–c ended in 2023, so b and c are an
// open pair again; x left in 2022 and is not in the network.
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
    { a: "x", b: "h", strength: "strong" },
  ],
});

describe("brokerage on a hand-built town", () => {
  it("by sector: all four roles (7 neighbours, 21 pairs, a–d closed)", () => {
    const r = brokerage(town, { groupBy: "sector" });
    expect(r.groups).toEqual(["government", "business", "resident", "nonprofit", "corps", "other", "unknown"]);
    expect(r.people.map((p) => p.id)).toEqual(["v", "a", "b", "c", "d", "e", "f", "g", "h"]);
    // coordinator: c–g; itinerant: h–a, h–d (residents); liaison: three different sectors
    expect(r.people[0]).toEqual({ id: "v", group: "government", coordinator: 1, itinerant: 2, representativeGatekeeper: 10, liaison: 7, total: 20 });
    // e (corps) between v (government) and f (unknown): three groups
    expect(r.people[5]).toEqual({ id: "e", group: "corps", coordinator: 0, itinerant: 0, representativeGatekeeper: 0, liaison: 1, total: 1 });
    for (const p of r.people) if (p.id !== "v" && p.id !== "e") expect(p.total).toBe(0);
    expect(r.totals).toEqual({ coordinator: 1, itinerant: 2, representativeGatekeeper: 10, liaison: 8, total: 21 });
    expect(r.byGroup.corps!.liaison).toBe(1);
    expect(r.byGroup.government!.total).toBe(20);
    expect(r.options).toEqual({ t: "2024-04-01", groupBy: "sector" });
  });

  it("by origin (the default): no liaison with two groups; relationship guides", () => {
    const r = brokerage(town);
    expect(r.groupBy).toBe("origin");
    expect(r.groups).toEqual(["local", "outsider"]);
    // v: six local neighbours (15 pairs, one closed) and one outsider (6 mixed pairs)
    expect(r.people[0]).toEqual({ id: "v", group: "local", coordinator: 14, itinerant: 0, representativeGatekeeper: 6, liaison: 0, total: 20 });
    expect(r.people[5]).toMatchObject({ id: "e", representativeGatekeeper: 1, total: 1 });
    expect(r.guides).toEqual([
      { id: "v", origin: "local", outsiderInsider: 6, itinerant: 0, score: 6, share: 0.3 },
      { id: "e", origin: "outsider", outsiderInsider: 1, itinerant: 0, score: 1, share: 1 },
    ]);
  });

  it("guides are found by origin whatever the grouping; itinerant by origin counts too", () => {
    const t = createTown({
      town: { asOf: "2024-04-01" },
      people: [
        { id: "guide", origin: "local", sector: "nonprofit" },
        { id: "o1", origin: "outsider" },
        { id: "o2", origin: "outsider" },
        { id: "o3", origin: "outsider" },
      ],
      ties: ["o1", "o2", "o3"].map((o) => ({ a: "guide", b: o, strength: "weak" as const })),
    });
    const bySector = brokerage(t, { groupBy: "sector" });
    expect(bySector.people[0]).toMatchObject({ itinerant: 3, total: 3 }); // three unknown-sector pairs
    expect(bySector.guides).toEqual([{ id: "guide", origin: "local", outsiderInsider: 0, itinerant: 3, score: 3, share: 1 }]);
  });

  it("uses the network of the date asked for", () => {
    // 2022-06-01: b–c still tied (one more closed pair); x has left.
    const r = brokerage(town, { t: "2022-06-01", groupBy: "sector" });
    expect(r.people[0]!.total).toBe(19);
    expect(r.people[0]!.representativeGatekeeper).toBe(9);
    // 2021-06-01: x is present and tied to v and h, so h–x is closed and x–others open.
    const early = brokerage(town, { t: "2021-06-01" });
    expect(early.people.find((p) => p.id === "x")!.total).toBe(0);
  });

  it("rejects bad options with a UsageError", () => {
    expect(() => brokerage(town, { groupBy: "role" as never })).toThrow(UsageError);
    expect(() => brokerage(town, { t: "2024-02-30" })).toThrow(UsageError);
    expect(() => brokerage(town, { hops: 1 } as never)).toThrow(UsageError);
    expect(() => brokerage(createTown({}))).toThrow(UsageError);
  });
});

// ---------------------------------------------------------------------------------------------

const towns = arbitraryTown({ maxPeople: 12, maxProjects: 1, maxRoles: 0, maxTies: 40, extras: false });
const D0 = dayNumber("2015-04-01")!;
const dates = fc.integer({ min: -100, max: 3750 }).map((k) => isoDate(D0 + k));
const groupings = fc.constantFrom<GroupBy>("origin", "sector");

/** Brute force over neighbour pairs, and the five directed roles of sna::brokerage on the symmetric graph. */
function bruteForce(t: Town, date: string, groupBy: GroupBy) {
  const present = t.peopleAt(date).map((p) => p.id);
  const nbrs = new Map(present.map((id) => [id, new Set(t.tiesOf(id, date).map((e) => e.partner))]));
  const group = (id: string) => personGroup(t.person(id)!, groupBy);
  return present.map((v) => {
    const n = [...nbrs.get(v)!];
    const undirected = { coordinator: 0, itinerant: 0, representativeGatekeeper: 0, liaison: 0, total: 0 };
    const directed = { wI: 0, wO: 0, bIO: 0, bOI: 0, bO: 0 };
    for (const a of n) {
      for (const b of n) {
        if (a === b || nbrs.get(a)!.has(b)) continue;
        // directed a → v → b, as sna reads a symmetric graph
        const [ga, gv, gb] = [group(a), group(v), group(b)];
        if (ga === gv && gv === gb) directed.wI++;
        else if (ga === gb) directed.wO++;
        else if (ga === gv) directed.bIO++;
        else if (gb === gv) directed.bOI++;
        else directed.bO++;
        if (a > b) continue; // each unordered pair once
        undirected.total++;
        if (ga === gv && gv === gb) undirected.coordinator++;
        else if (ga === gb) undirected.itinerant++;
        else if (ga === gv || gb === gv) undirected.representativeGatekeeper++;
        else undirected.liaison++;
      }
    }
    return { id: v, undirected, directed };
  });
}

describe("brokerage properties", () => {
  test.prop([towns, dates, groupings], { numRuns: 300 })(
    "roles add up to the open two-paths through each person, as brute force and sna's directed roles say",
    (t, date, groupBy) => {
      const r = brokerage(t, { t: date, groupBy });
      const brute = bruteForce(t, date, groupBy);
      expect(r.people.map((p) => p.id)).toEqual(brute.map((b) => b.id));
      r.people.forEach((p, k) => {
        const { undirected, directed } = brute[k]!;
        expect(p.coordinator + p.itinerant + p.representativeGatekeeper + p.liaison).toBe(p.total);
        const { id: _, group: __, ...roles } = p;
        expect(roles).toEqual(undirected);
        expect(directed).toEqual({
          wI: 2 * p.coordinator,
          wO: 2 * p.itinerant,
          bIO: p.representativeGatekeeper,
          bOI: p.representativeGatekeeper,
          bO: 2 * p.liaison,
        });
        if (groupBy === "origin") expect(p.liaison).toBe(0);
      });
      const sum = (key: "total" | "liaison") => r.people.reduce((s, p) => s + p[key], 0);
      expect(r.totals.total).toBe(sum("total"));
      expect(r.totals.liaison).toBe(sum("liaison"));
      expect(Object.values(r.byGroup).reduce((s, g) => s + g.total, 0)).toBe(r.totals.total);
    },
  );

  test.prop([towns, dates, groupings], { numRuns: 200 })("guides are the brokers across origin lines", (t, date, groupBy) => {
    const r = brokerage(t, { t: date, groupBy });
    const byOrigin = brokerage(t, { t: date, groupBy: "origin" });
    const expected = byOrigin.people
      .filter((p) => p.itinerant + p.representativeGatekeeper > 0)
      .map((p) => ({ id: p.id, outsiderInsider: p.representativeGatekeeper, itinerant: p.itinerant }));
    const got = r.guides.map((g) => ({ id: g.id, outsiderInsider: g.outsiderInsider, itinerant: g.itinerant }));
    expect(new Set(got.map((g) => JSON.stringify(g)))).toEqual(new Set(expected.map((g) => JSON.stringify(g))));
    for (let k = 0; k < r.guides.length; k++) {
      const g = r.guides[k]!;
      expect(g.score).toBe(g.outsiderInsider + g.itinerant);
      expect(g.share > 0 && g.share <= 1).toBe(true);
      if (k > 0) expect(r.guides[k - 1]!.score).toBeGreaterThanOrEqual(g.score);
    }
  });

  test.prop([towns, dates, groupings], { numRuns: 150 })("renaming ids changes nothing", (t, date, groupBy) => {
    expect(brokerage(renameIds(t), { t: date, groupBy })).toEqual(renameResult(brokerage(t, { t: date, groupBy }), idsOf(t)));
  });
});
