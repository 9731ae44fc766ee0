// Properties of the standard SNA measures on generated towns (fast-check): ranges, sums,
// what removing a bridge or a cut point does, NaN exactly for isolated people, invariance
// under renaming, and reproducible Louvain.
import { describe, expect } from "vitest";
import { test, fc } from "@fast-check/vitest";
import {
  betweenness,
  bridges,
  closeness,
  communities,
  components,
  constraint,
  cutPoints,
  degree,
  effectiveSize,
  eigenvector,
  modularity,
  pagerank,
} from "../../../src/index.js";
import { adjacency, arbitraryTownAt, componentCount, hops, renamed } from "./brute.js";

const inUnit = (x: number) => x >= 0 && x <= 1 + 1e-12;
const strengthInvestment = { strong: 2, weak: 1 };

describe("ranges and sums", () => {
  test.prop([arbitraryTownAt()])("normalised betweenness, closeness, eigenvector and PageRank lie in [0, 1]", ({ town, t }) => {
    for (const r of [
      betweenness(town, { t }),
      betweenness(town, { t, distance: "strength" }),
      closeness(town, { t }),
      closeness(town, { t, distance: "strength" }),
      eigenvector(town, { t }),
      pagerank(town, { t }),
    ]) {
      for (const v of r.values.values()) expect(inUnit(v), `${v}`).toBe(true);
    }
    const n = town.peopleAt(t).length;
    if (n >= 2) for (const v of degree(town, { t, normalized: true }).values.values()) expect(inUnit(v)).toBe(true);
  });

  test.prop([arbitraryTownAt()])("PageRank sums to 1 and eigenvector centrality has Euclidean norm 1", ({ town, t }) => {
    if (town.peopleAt(t).length === 0) return;
    const sum = [...pagerank(town, { t }).values.values()].reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 12);
    const squares = [...eigenvector(town, { t }).values.values()].reduce((a, b) => a + b * b, 0);
    expect(squares).toBeCloseTo(1, 12);
  });

  test.prop([arbitraryTownAt()])("degrees sum to twice the active ties; every person present has one entry", ({ town, t }) => {
    const d = degree(town, { t });
    expect([...d.values.keys()]).toEqual(town.peopleAt(t).map((p) => p.id));
    expect([...d.values.values()].reduce((a, b) => a + b, 0)).toBe(2 * town.tiesAt(t).length);
    const strong = town.tiesAt(t).filter((i) => town.ties[i]!.strength === "strong").length;
    expect([...degree(town, { t, strongOnly: true }).values.values()].reduce((a, b) => a + b, 0)).toBe(2 * strong);
  });

  test.prop([arbitraryTownAt()])("closeness equals its definition over brute-force hop distances", ({ town, t }) => {
    const adj = adjacency(town, t);
    const n = adj.size;
    const got = closeness(town, { t }).values;
    for (const v of adj.keys()) {
      const d = hops(adj, v);
      const total = [...d.values()].reduce((a, b) => a + b, 0);
      const want = total > 0 ? ((d.size - 1) / total) * ((d.size - 1) / (n - 1)) : 0;
      expect(got.get(v)).toBeCloseTo(want, 12);
    }
  });

  test.prop([arbitraryTownAt()])("closeness with strength as distance scales with the lengths (bucket queue and heap agree)", ({ town, t }) => {
    const dial = closeness(town, { t, distance: "strength" }).values; // lengths 1 and 2: bucket queue
    for (const k of [1.5, 100]) {
      const heap = closeness(town, { t, distance: "strength", strengthDistance: { strong: k, weak: 2 * k } }).values; // binary heap
      for (const [id, v] of dial) expect(heap.get(id)! * k).toBeCloseTo(v, 12);
    }
  });
});

describe("components, bridges and cut points", () => {
  test.prop([arbitraryTownAt()])("two people share a component exactly when one reaches the other", ({ town, t }) => {
    const adj = adjacency(town, t);
    const c = components(town, { t });
    expect(c.count).toBe(componentCount(adj));
    for (const v of adj.keys()) {
      const reached = hops(adj, v);
      for (const w of adj.keys()) expect(c.values.get(v) === c.values.get(w)).toBe(reached.has(w));
    }
  });

  test.prop([arbitraryTownAt({ maxTies: 30 })])("removing a bridge adds exactly one component; removing any other tie none", ({ town, t }) => {
    const before = componentCount(adjacency(town, t));
    const found = new Set(bridges(town, { t }).bridges.map((b) => b.tie));
    for (const i of town.tiesAt(t)) {
      expect(componentCount(adjacency(town, t, i))).toBe(before + (found.has(i) ? 1 : 0));
    }
  });

  test.prop([arbitraryTownAt({ maxTies: 30 })])("removing a person adds `values` components: more than 0 exactly for cut points", ({ town, t }) => {
    const adj = adjacency(town, t);
    const before = componentCount(adj);
    const r = cutPoints(town, { t });
    for (const v of adj.keys()) {
      const after = componentCount(adjacency(town, t, -1, v));
      const isolated = adj.get(v)!.size === 0;
      expect(after - before).toBe(isolated ? -1 : r.values.get(v));
      expect(r.cutPoints.includes(v)).toBe(after > before);
    }
  });
});

describe("Burt's measures", () => {
  test.prop([arbitraryTownAt()])("constraint and effective size are finite for people with ties and NaN for isolated people", ({ town, t }) => {
    const adj = adjacency(town, t);
    for (const r of [
      constraint(town, { t }),
      effectiveSize(town, { t }),
      constraint(town, { t, strengthInvestment }),
      effectiveSize(town, { t, strengthInvestment }),
    ]) {
      for (const [id, v] of r.values) expect(Number.isFinite(v)).toBe(adj.get(id)!.size > 0);
    }
    // effective size lies between 1 and the number of contacts
    for (const [id, v] of effectiveSize(town, { t }).values) {
      const deg = adj.get(id)!.size;
      if (deg > 0) expect(v >= 1 - 1e-12 && v <= deg + 1e-12).toBe(true);
    }
  });
});

describe("communities", () => {
  test.prop([arbitraryTownAt(), fc.integer()])("the same seed gives the same partition, and its modularity is the partition's", ({ town, t }, seed) => {
    const a = communities(town, { t, seed });
    const b = communities(town, { t, seed });
    expect([...a.values]).toEqual([...b.values]);
    expect(a.sizes.reduce((x, y) => x + y, 0)).toBe(a.values.size);
    if (town.tiesAt(t).length === 0) {
      expect(a.modularity).toBeNaN();
      return;
    }
    expect(a.modularity).toBeCloseTo(modularity(town, a.values, { t }).modularity, 12);
    expect(a.modularity).toBeGreaterThanOrEqual(-1e-12); // at least as good as one single group
  });
});

describe("renaming people changes nothing", () => {
  test.prop([arbitraryTownAt(), fc.integer({ min: 0, max: 100 })])("every measure gives the same values under new ids", ({ town, t }, seed) => {
    const { town: other, rename } = renamed(town);
    const same = (a: Map<string, number>, b: Map<string, number>) => {
      expect([...b.keys()]).toEqual([...a.keys()].map(rename));
      for (const [id, v] of a) {
        const w = b.get(rename(id))!;
        if (Number.isNaN(v)) expect(w).toBeNaN();
        else expect(w).toBeCloseTo(v, 12);
      }
    };
    const measures = [
      (x: typeof town) => degree(x, { t }).values,
      (x: typeof town) => betweenness(x, { t }).values,
      (x: typeof town) => betweenness(x, { t, distance: "strength" }).values,
      (x: typeof town) => closeness(x, { t }).values,
      (x: typeof town) => eigenvector(x, { t }).values,
      (x: typeof town) => pagerank(x, { t }).values,
      (x: typeof town) => components(x, { t }).values,
      (x: typeof town) => cutPoints(x, { t }).values,
      (x: typeof town) => constraint(x, { t }).values,
      (x: typeof town) => effectiveSize(x, { t, strengthInvestment }).values,
      (x: typeof town) => communities(x, { t, seed }).values,
    ];
    for (const m of measures) same(m(town), m(other));
    expect(bridges(other, { t }).bridges.map((b) => b.tie)).toEqual(bridges(town, { t }).bridges.map((b) => b.tie));
    const q = communities(town, { t, seed }).modularity;
    const q2 = communities(other, { t, seed }).modularity;
    if (Number.isNaN(q)) expect(q2).toBeNaN();
    else expect(q2).toBeCloseTo(q, 12);
  });
});
