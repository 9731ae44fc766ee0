// Published values: Padgett's Florentine families, Zachary's karate club, and the structural
// holes example of Borgatti (1997) used by NetworkX's own tests (test_structuralholes.py,
// values computed with UCINET and igraph and checked by hand there).
import { describe, expect, it } from "vitest";
import {
  betweenness,
  closeness,
  communities,
  compileTieGraph,
  constraint,
  createTown,
  cutPoints,
  effectiveSize,
} from "../../../src/index.js";
import { constraintOf } from "../../../src/measures/sna/constraint.js";
import { effectiveSizeOf } from "../../../src/measures/sna/effective-size.js";
import { fixture, townOf } from "./fixture.js";

const florentine = townOf(fixture.classics.find((g) => g.name === "florentine-families")!).town;
const karate = townOf(fixture.classics.find((g) => g.name === "karate-club")!).town;

describe("Padgett's Florentine families (marriage ties, 15 families)", () => {
  it("the Medici's betweenness is 47.5 pairs, 0.522 normalised (Padgett & Ansell 1993; Wasserman & Faust 1994)", () => {
    expect(betweenness(florentine, { normalized: false }).values.get("Medici")).toBeCloseTo(47.5, 12);
    expect(betweenness(florentine).values.get("Medici")).toBeCloseTo(47.5 / 91, 12);
    const ranked = [...betweenness(florentine).values].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    expect(ranked.slice(0, 3)).toEqual(["Medici", "Guadagni", "Albizzi"]);
  });

  it("the Medici hold the network together: a cut point, cutting off three families' branches", () => {
    const r = cutPoints(florentine);
    expect(r.cutPoints).toEqual(["Medici", "Albizzi", "Salviati", "Guadagni"]);
    expect(r.values.get("Medici")).toBe(2); // Acciaiuoli alone; Salviati with Pazzi
  });
});

describe("Zachary's karate club (34 members, 78 ties)", () => {
  it("betweenness of the instructor (1) and the administrator (34)", () => {
    const b = betweenness(karate);
    expect(b.values.get("0")).toBeCloseTo(0.43763528138528, 10);
    expect(b.values.get("33")).toBeCloseTo(0.30407497594997, 10);
  });

  it("closeness of the instructor: 33 others at total distance 58", () => {
    expect(closeness(karate).values.get("0")).toBeCloseTo(33 / 58, 14);
  });

  it("Louvain modularity within 1e-2 of the proven optimum 0.4198 (Brandes et al. 2008)", () => {
    for (const seed of [0, 1, 2, 3]) {
      const q = communities(karate, { seed, strengthAffinity: { strong: 1, weak: 1 } }).modularity;
      expect(q).toBeGreaterThan(0.4198 - 1e-2);
      expect(q).toBeLessThanOrEqual(0.41979 + 1e-4);
    }
  });
});

describe("Borgatti's structural holes example (NetworkX's test_structuralholes.py)", () => {
  const edges: [string, string, number][] = [
    ["A", "B", 2],
    ["A", "F", 3],
    ["A", "G", 5],
    ["A", "E", 2],
    ["E", "G", 8],
    ["F", "G", 3],
    ["B", "G", 4],
    ["B", "D", 1],
    ["D", "G", 3],
    ["G", "C", 10],
  ];
  const town = createTown({
    town: { asOf: "2024-04-01" },
    people: ["A", "B", "C", "D", "E", "F", "G", "H"].map((id) => ({ id, origin: "local" as const })),
    ties: edges.map(([a, b]) => ({ a, b, strength: "weak" as const })),
  });

  it("unweighted constraint: G 0.400, A 0.595, C 1; an isolated person NaN", () => {
    const c = constraint(town).values;
    expect(c.get("G")).toBeCloseTo(0.4, 3);
    expect(c.get("A")).toBeCloseTo(0.595, 3);
    expect(c.get("C")).toBeCloseTo(1, 3);
    expect(c.get("H")).toBeNaN();
  });

  it("unweighted effective size (Borgatti's formula): G 4.67, A 2.50, C 1; an isolated person NaN", () => {
    const e = effectiveSize(town).values;
    expect(e.get("G")).toBeCloseTo(4.67, 2);
    expect(e.get("A")).toBeCloseTo(2.5, 2);
    expect(e.get("C")).toBeCloseTo(1, 2);
    expect(e.get("H")).toBeNaN();
  });

  it("weighted (the tie's investment): constraint G 0.299, A 0.795, C 1; effective size G 5.47, A 2.47, C 1", () => {
    const graph = compileTieGraph(town);
    const investment = Float64Array.from(graph.tie, (i) => edges[i]![2]);
    const at = (values: Float64Array, id: string) => values[graph.index.get(id)!]!;
    const c = constraintOf(graph, investment);
    expect(at(c, "G")).toBeCloseTo(0.299, 3);
    expect(at(c, "A")).toBeCloseTo(0.795, 3);
    expect(at(c, "C")).toBeCloseTo(1, 3);
    const e = effectiveSizeOf(graph, investment);
    expect(at(e, "G")).toBeCloseTo(5.47, 2);
    expect(at(e, "A")).toBeCloseTo(2.47, 2);
    expect(at(e, "C")).toBeCloseTo(1, 2);
    expect(at(e, "H")).toBeNaN();
  });

  it("with all investments equal, the weighted formulas give the unweighted values", () => {
    const graph = compileTieGraph(town);
    const ones = new Float64Array(graph.tie.length).fill(3);
    const e = effectiveSizeOf(graph, ones);
    const plain = effectiveSizeOf(graph, null);
    const c = constraintOf(graph, ones);
    const cPlain = constraintOf(graph, null);
    for (let u = 0; u < graph.n; u++) {
      if (Number.isNaN(plain[u]!)) continue;
      expect(e[u]).toBeCloseTo(plain[u]!, 12);
      expect(c[u]).toBeCloseTo(cPlain[u]!, 12);
    }
  });
});
