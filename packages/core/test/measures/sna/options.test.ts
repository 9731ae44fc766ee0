// Options, defaults, the date of a measure, errors and edge cases of the SNA measures.
import { describe, expect, it } from "vitest";
import {
  ConvergenceError,
  KankeiError,
  UsageError,
  betweenness,
  bridges,
  closeness,
  communities,
  components,
  constraint,
  createTown,
  cutPoints,
  degree,
  effectiveSize,
  eigenvector,
  modularity,
  pagerank,
  toJSONValue,
  type TieGraph,
} from "../../../src/index.js";
import { lowPoints } from "../../../src/measures/sna/lowpoints.js";

// A triangle a–b–c and a chain c–d–e at 2024-04-01; f is on their own; x left in 2020 (their
// tie to a ended with them); the tie e–f starts only in 2025; b–d ended in 2023.
const town = createTown({
  town: { asOf: "2024-04-01" },
  people: [
    ...["a", "b", "c", "d", "e", "f"].map((id) => ({ id, origin: "local" as const })),
    { id: "x", origin: "outsider" as const, joined: "2018-04-01", left: "2020-04-01" },
  ],
  ties: [
    { a: "a", b: "b", strength: "strong" },
    { a: "a", b: "c", strength: "strong" },
    { a: "b", b: "c", strength: "weak" },
    { a: "c", b: "d", strength: "weak" },
    { a: "d", b: "e", strength: "strong" },
    { a: "x", b: "a", strength: "weak" },
    { a: "e", b: "f", strength: "weak", from: "2025-01-01" },
    { a: "b", b: "d", strength: "weak", from: "2020-01-01", to: "2023-01-01" },
  ],
});

describe("the date of a measure", () => {
  it("defaults to town.asOf and is returned with the options used", () => {
    const r = degree(town);
    expect(r.date).toBe("2024-04-01");
    expect(r.options.t).toBe("2024-04-01");
    expect([...r.values.keys()]).toEqual(["a", "b", "c", "d", "e", "f"]); // x is gone
  });

  it("sees the network of the date asked for", () => {
    expect(Object.fromEntries(degree(town, { t: "2019-01-01" }).values)).toEqual({ a: 3, b: 2, c: 3, d: 2, e: 1, f: 0, x: 1 });
    expect(Object.fromEntries(degree(town, { t: "2022-01-01" }).values)).toEqual({ a: 2, b: 3, c: 3, d: 3, e: 1, f: 0 });
    expect(cutPoints(town, { t: "2022-01-01" }).cutPoints).toEqual(["d"]);
    expect(bridges(town, { t: "2025-06-01" }).bridges.map((b) => b.tie)).toEqual([3, 4, 6]);
  });

  it("a town with no date at all needs an explicit t", () => {
    const undated = createTown({ people: [{ id: "a", origin: "local" }] });
    expect(() => pagerank(undated)).toThrow(UsageError);
    expect(pagerank(undated, { t: "2024-01-01" }).values.get("a")).toBe(1);
    expect(() => degree(town, { t: "2024-02-30" })).toThrow(UsageError);
  });
});

describe("options echo their defaults", () => {
  it("each measure returns the options it used", () => {
    const t = "2024-04-01";
    expect(betweenness(town).options).toEqual({ t, normalized: true, distance: "none", strengthDistance: { strong: 1, weak: 2 } });
    expect(closeness(town).options).toEqual({ t, wfImproved: true, distance: "none", strengthDistance: { strong: 1, weak: 2 } });
    expect(eigenvector(town).options).toEqual({ t, tolerance: 1e-12, maxIterations: 10000 });
    expect(pagerank(town).options).toEqual({ t, damping: 0.85, tolerance: 1e-12, maxIterations: 1000 });
    expect(communities(town).options).toEqual({ t, seed: 0, resolution: 1, strengthAffinity: { strong: 2, weak: 1 } });
    expect(modularity(town, () => 0).options).toEqual({ t, resolution: 1, strengthAffinity: { strong: 2, weak: 1 } });
    expect(components(town).options).toEqual({ t, strongOnly: false });
    expect(cutPoints(town).options).toEqual({ t });
    expect(bridges(town).options).toEqual({ t });
    expect(constraint(town).options).toEqual({ t, strengthInvestment: null });
    expect(effectiveSize(town, { strengthInvestment: { strong: 3, weak: 1 } }).options).toEqual({ t, strengthInvestment: { strong: 3, weak: 1 } });
  });
});

describe("tie strength only through named options", () => {
  it("a distance of 1 for both strengths is the hop count", () => {
    const same = { distance: "strength" as const, strengthDistance: { strong: 1, weak: 1 } };
    expect([...betweenness(town, same).values]).toEqual([...betweenness(town).values]);
    expect([...closeness(town, same).values]).toEqual([...closeness(town).values]);
  });

  it("as a distance, weak ties make paths longer and move betweenness to strong paths", () => {
    const long = betweenness(town, { distance: "strength", strengthDistance: { strong: 1, weak: 10 }, normalized: false }).values;
    expect(long.get("a")).toBe(3); // b reaches c, d, e via a (strong, strong) rather than over the weak b–c
  });

  it("as an affinity, strong ties can change the communities", () => {
    // a 6-cycle of alternating strong and weak ties: strong pairs stick together
    const ring = createTown({
      town: { asOf: "2024-04-01" },
      people: ["p", "q", "r", "s", "u", "v"].map((id) => ({ id, origin: "local" as const })),
      ties: [
        { a: "p", b: "q", strength: "strong" },
        { a: "q", b: "r", strength: "weak" },
        { a: "r", b: "s", strength: "strong" },
        { a: "s", b: "u", strength: "weak" },
        { a: "u", b: "v", strength: "strong" },
        { a: "v", b: "p", strength: "weak" },
      ],
    });
    const c = communities(ring, { strengthAffinity: { strong: 10, weak: 1 } });
    expect(Object.fromEntries(c.values)).toEqual({ p: 0, q: 0, r: 1, s: 1, u: 2, v: 2 });
  });

  it("bad option values are usage errors that name the option", () => {
    expect(() => betweenness(town, { distance: "weight" as never })).toThrow(UsageError);
    expect(() => closeness(town, { distance: "strength", strengthDistance: { strong: 1, weak: 0 } })).toThrow(/strengthDistance\.weak/);
    expect(() => communities(town, { strengthAffinity: { strong: -1, weak: 1 } })).toThrow(/strengthAffinity\.strong/);
    expect(() => communities(town, { seed: 1.5 })).toThrow(UsageError);
    expect(() => communities(town, { resolution: 0 })).toThrow(/resolution/);
    expect(() => constraint(town, { strengthInvestment: { strong: NaN, weak: 1 } })).toThrow(/strengthInvestment/);
    expect(() => pagerank(town, { damping: 1 })).toThrow(/damping/);
    expect(() => pagerank(town, { tolerance: 0 })).toThrow(/tolerance/);
    expect(() => eigenvector(town, { maxIterations: 0 })).toThrow(/maxIterations/);
    expect(() => modularity(town, new Map([["a", 1]]))).toThrow(/"b"/);
  });
});

describe("iterative measures", () => {
  it("throw a ConvergenceError (a KankeiError) when the limit comes first", () => {
    for (const run of [() => pagerank(town, { maxIterations: 3 }), () => eigenvector(town, { maxIterations: 3 })]) {
      let caught: unknown;
      try {
        run();
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(ConvergenceError);
      expect(caught).toBeInstanceOf(KankeiError);
      expect((caught as ConvergenceError).name).toBe("ConvergenceError");
      expect((caught as ConvergenceError).iterations).toBe(3);
    }
  });

  it("report the iterations used, and a looser tolerance takes fewer", () => {
    const tight = pagerank(town);
    const loose = pagerank(town, { tolerance: 1e-6 });
    expect(loose.iterations).toBeLessThan(tight.iterations);
    expect(tight.iterations).toBeLessThanOrEqual(1000);
  });

  it("an isolated person's PageRank walker jumps uniformly (NetworkX's dangling rule)", () => {
    const pair = createTown({
      town: { asOf: "2024-04-01" },
      people: ["a", "b", "c"].map((id) => ({ id, origin: "local" as const })),
      ties: [{ a: "a", b: "b", strength: "weak" }],
    });
    // c = 0.15/3 + 0.85 · c/3  ⇒  c = 0.05 / (1 − 0.85/3)
    expect(pagerank(pair).values.get("c")).toBeCloseTo(0.05 / (1 - 0.85 / 3), 12);
  });
});

describe("undefined values", () => {
  it("NaN in the API, null in JSON", () => {
    const empty = createTown({ town: { asOf: "2024-04-01" }, people: [{ id: "a", origin: "local" }, { id: "b", origin: "local" }] });
    expect(communities(empty).modularity).toBeNaN();
    expect(modularity(empty, () => 1).modularity).toBeNaN();
    expect(bridges(empty).weakShare).toBeNaN();
    expect(toJSONValue(constraint(town).values)).toMatchObject({ f: null, e: 1 });
    expect(toJSONValue(bridges(empty))).toMatchObject({ count: 0, weakShare: null });
    const one = createTown({ town: { asOf: "2024-04-01" }, people: [{ id: "a", origin: "local" }] });
    expect(degree(one, { normalized: true }).values.get("a")).toBeNaN();
  });

  it("a town with nobody present gives empty results", () => {
    const nobody = createTown({ town: { asOf: "2024-04-01" } });
    for (const r of [degree(nobody), betweenness(nobody), closeness(nobody), eigenvector(nobody), pagerank(nobody), communities(nobody), components(nobody), cutPoints(nobody), constraint(nobody), effectiveSize(nobody)]) {
      expect(r.values.size).toBe(0);
    }
    expect(bridges(nobody).count).toBe(0);
  });
});

/** A path 0–1–…–(n−1) as a compiled tie graph, built directly. */
function path(n: number): TieGraph {
  const offsets = new Int32Array(n + 1);
  const targets: number[] = [];
  for (let u = 0; u < n; u++) {
    if (u > 0) targets.push(u - 1);
    if (u < n - 1) targets.push(u + 1);
    offsets[u + 1] = targets.length;
  }
  const ids = Array.from({ length: n }, (_, i) => `p${i}`);
  return {
    date: "2024-04-01",
    ids,
    index: new Map(ids.map((id, i) => [id, i])),
    offsets,
    targets: Int32Array.from(targets),
    strong: new Uint8Array(targets.length),
    tie: new Int32Array(targets.length), // not read by the low-point search
    n,
    m: n - 1,
  };
}

describe("cut points and bridges are found without recursion", () => {
  it("on a chain of 300,000 people: every inner person is a cut point and every tie a bridge", () => {
    const n = 300_000;
    const { splits, bridgeSlots } = lowPoints(path(n));
    expect(bridgeSlots.length).toBe(n - 1);
    let cut = 0;
    for (let u = 0; u < n; u++) cut += splits[u]! > 0 ? 1 : 0;
    expect(cut).toBe(n - 2);
    expect(splits[0]).toBe(0);
    expect(splits[n - 1]).toBe(0);
  });

  it("on a 20,000-person chain town", () => {
    const n = 20_000;
    const ids = Array.from({ length: n }, (_, i) => `p${i}`);
    const chain = createTown({
      town: { asOf: "2024-04-01" },
      people: ids.map((id) => ({ id, origin: "local" as const })),
      ties: ids.slice(1).map((id, i) => ({ a: ids[i]!, b: id, strength: "weak" as const })),
    });
    expect(bridges(chain).count).toBe(n - 1);
    expect(cutPoints(chain).cutPoints.length).toBe(n - 2);
  });
});
