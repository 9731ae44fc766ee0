// The standard SNA measures against reference values nobody here wrote: NetworkX 2.8
// (cross-checked against python-igraph 0.10 when the fixture was made) on three seeded
// generated towns and on two published graphs. See test/fixtures/make-sna-fixtures.py.
import { describe, expect, it } from "vitest";
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
  pagerank,
  type PersonValues,
} from "../../../src/index.js";
import { fixture, townOf, type Reference } from "./fixture.js";

/** Equal to the reference within 1e-9 (relative above 1, absolute below); null is NaN. */
function expectClose(got: PersonValues<object>, want: (number | null)[], ids: string[], tolerance = 1e-9): void {
  expect([...got.values.keys()]).toEqual(ids);
  const bad: string[] = [];
  ids.forEach((id, i) => {
    const a = got.values.get(id)!;
    const b = want[i];
    const ok = b === null || b === undefined ? Number.isNaN(a) : Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(b));
    if (!ok) bad.push(`${id}: ${a} vs ${b}`);
  });
  expect(bad.slice(0, 5)).toEqual([]);
}

const cases = [...fixture.graphs, ...fixture.classics].map((g) => [g.name, g] as const);

describe.each(cases)("the same values as NetworkX on %s", (_, g) => {
  const { town, ids } = townOf(g);
  const ref: Reference = g;
  const tieOf = new Map(town.tiesAt(fixture.asOf).map((i) => [[town.ties[i]!.a, town.ties[i]!.b].sort().join("\u0000"), i]));

  it("builds the same network", () => {
    expect(town.peopleAt().map((p) => p.id)).toEqual(ids);
    expect(town.tiesAt().length).toBe(ref.degree.reduce((a, b) => a + b, 0) / 2);
  });

  it("degree and normalised degree (nx.degree_centrality)", () => {
    expect([...degree(town).values.values()]).toEqual(ref.degree);
    expectClose(degree(town, { normalized: true }), ref.degree.map((d) => d / (ids.length - 1)), ids);
  });

  it("betweenness, normalised, in hops (graphology-metrics with getEdgeWeight null)", () => {
    expectClose(betweenness(town), ref.betweenness, ids);
  });

  it("betweenness with tie strength as a distance (strong 1, weak 2)", () => {
    expect(fixture.distance).toEqual({ strong: 1, weak: 2 });
    expectClose(betweenness(town, { distance: "strength" }), ref.betweennessStrength, ids);
  });

  it("closeness, Wasserman-Faust corrected, in hops and with strength as distance", () => {
    expectClose(closeness(town), ref.closeness, ids);
    expectClose(closeness(town, { distance: "strength" }), ref.closenessStrength, ids);
  });

  it("eigenvector centrality (power iteration on A + I)", () => {
    expectClose(eigenvector(town), ref.eigenvector, ids);
  });

  it("PageRank, damping 0.85, converged", () => {
    expectClose(pagerank(town), ref.pagerank, ids);
  });

  it("connected components, labelled in town order", () => {
    expect([...components(town).values.values()]).toEqual(ref.components);
  });

  it("cut points (nx.articulation_points)", () => {
    expect(cutPoints(town).cutPoints).toEqual(ref.cutPoints.map((i) => ids[i]));
  });

  it("bridges (nx.bridges)", () => {
    const want = ref.bridges.map(([u, v]) => tieOf.get([ids[u]!, ids[v]!].sort().join("\u0000"))).sort((a, b) => a! - b!);
    expect(bridges(town).bridges.map((b) => b.tie)).toEqual(want);
  });

  it("Burt's constraint and effective size, unweighted (NaN for isolated people)", () => {
    expectClose(constraint(town), ref.constraint, ids);
    expectClose(effectiveSize(town), ref.effectiveSize, ids);
  });

  it("Burt's constraint and effective size with strength as investment (strong 2, weak 1)", () => {
    const strengthInvestment = fixture.investment;
    expectClose(constraint(town, { strengthInvestment }), ref.constraintStrength, ids);
    expectClose(effectiveSize(town, { strengthInvestment }), ref.effectiveSizeStrength, ids);
  });

  it("Louvain modularity within 1e-2 of the better of NetworkX's and igraph's (or above)", () => {
    for (const [key, strengthAffinity] of [
      ["affinity", fixture.affinity],
      ["unweighted", { strong: 1, weak: 1 }],
    ] as const) {
      const best = Math.max(ref.modularity[key].networkx, ref.modularity[key].igraph);
      for (const seed of [0, 1, 2]) {
        const q = communities(town, { seed, strengthAffinity }).modularity;
        expect(q).toBeGreaterThanOrEqual(best - 1e-2);
        expect(q).toBeLessThan(1);
      }
    }
  });
});
