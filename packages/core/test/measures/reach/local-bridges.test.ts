import { describe, expect, it } from "vitest";
import { test } from "@fast-check/vitest";
import { UsageError, createTown, localBridges } from "../../../src/index.js";
import { adjacency, arbitraryReachScenario, distances } from "./brute.js";

// a square a-b-c-d-a, a triangle c-d-e, a tail e-f, and a separate pair g-h; the tie a-c
// ended in 2020, so at 2024-04-01 a and c have no tie.
const town = createTown({
  town: { asOf: "2024-04-01" },
  people: ["a", "b", "c", "d", "e", "f", "g", "h"].map((id) => ({ id, origin: "local" as const })),
  ties: [
    { a: "a", b: "b", strength: "weak" }, // 0
    { a: "b", b: "c", strength: "strong" }, // 1
    { a: "c", b: "d", strength: "strong" }, // 2
    { a: "d", b: "a", strength: "weak" }, // 3
    { a: "c", b: "e", strength: "strong" }, // 4
    { a: "d", b: "e", strength: "strong" }, // 5
    { a: "e", b: "f", strength: "weak" }, // 6
    { a: "h", b: "g", strength: "strong" }, // 7
    { a: "a", b: "c", strength: "weak", to: "2020-01-01" }, // 8
  ],
});

describe("localBridges", () => {
  it("lists ties whose ends share no neighbour, with their spans and the weak share", () => {
    const r = localBridges(town);
    expect(r.date).toBe("2024-04-01");
    expect(r.bridges).toEqual([
      { tie: 0, a: "a", b: "b", strength: "weak", span: 3 },
      { tie: 1, a: "b", b: "c", strength: "strong", span: 3 },
      // the ends in one order, the smaller id first (the file wrote d–a and h–g)
      { tie: 3, a: "a", b: "d", strength: "weak", span: 3 },
      { tie: 6, a: "e", b: "f", strength: "weak", span: Infinity },
      { tie: 7, a: "g", b: "h", strength: "strong", span: Infinity },
    ]);
    expect(r.count).toBe(5);
    expect(r.weakShare).toBeCloseTo(0.6, 12);
  });

  it("reads the date: in 2019 a - c closes the triangles a-b-c and a-c-d", () => {
    const r = localBridges(town, { t: "2019-01-01" });
    expect(r.bridges.map((b) => b.tie)).toEqual([6, 7]);
    expect(r.weakShare).toBe(0.5);
  });

  it("measures long spans: every tie of a ring of 6 spans 5", () => {
    const ids = ["r0", "r1", "r2", "r3", "r4", "r5"];
    const ring = createTown({
      town: { asOf: "2024-04-01" },
      people: ids.map((id) => ({ id, origin: "local" as const })),
      ties: ids.map((id, i) => ({ a: id, b: ids[(i + 1) % 6]!, strength: i === 0 ? ("strong" as const) : ("weak" as const) })),
    });
    const r = localBridges(ring);
    expect(r.bridges.map((b) => b.span)).toEqual([5, 5, 5, 5, 5, 5]);
    expect(r.weakShare).toBeCloseTo(5 / 6, 12);
  });

  it("gives NaN as the weak share when there is no local bridge", () => {
    const triangle = createTown({
      town: { asOf: "2024-04-01" },
      people: ["a", "b", "c"].map((id) => ({ id, origin: "local" as const })),
      ties: [
        { a: "a", b: "b", strength: "weak" },
        { a: "b", b: "c", strength: "weak" },
        { a: "c", b: "a", strength: "weak" },
      ],
    });
    const r = localBridges(triangle);
    expect([r.count, r.bridges]).toEqual([0, []]);
    expect(r.weakShare).toBeNaN();
    expect(() => localBridges(createTown({}))).toThrow(UsageError);
    expect(localBridges(createTown({}), { t: "2024-01-01" }).count).toBe(0);
  });

  test.prop([arbitraryReachScenario()])("a tie is a local bridge exactly when its ends share no neighbour; spans are BFS distances", ({ town, t }) => {
    const adj = adjacency(town, t);
    const r = localBridges(town, { t });
    const expected = town.tiesAt(t).filter((i) => {
      const e = town.ties[i]!;
      return ![...adj.get(e.a)!].some((x) => adj.get(e.b)!.has(x));
    });
    expect(r.bridges.map((b) => b.tie)).toEqual(expected);
    for (const b of r.bridges) {
      const d = distances(adjacency(town, t, false, b.tie), [b.a], Infinity).get(b.b);
      expect(b.span).toBe(d ?? Infinity);
      expect(b.span).toBeGreaterThanOrEqual(3);
      expect(b.strength).toBe(town.ties[b.tie]!.strength);
    }
    const weak = r.bridges.filter((b) => b.strength === "weak").length;
    if (r.count === 0) expect(r.weakShare).toBeNaN();
    else expect(r.weakShare).toBeCloseTo(weak / r.count, 12);
  });
});
