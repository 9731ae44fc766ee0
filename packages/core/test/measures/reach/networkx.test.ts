// Reference results nobody here wrote: NetworkX 2.8 (checked against python-igraph) on three
// seeded random graphs, from test/fixtures/make-reach-fixtures.py. Only the JSON is read.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { connectedComponents, createTown, localBridges, weakTieReach, type PersonRecord, type TieRecord } from "../../../src/index.js";

interface Fixture {
  networkx: string;
  asOf: string;
  graphs: {
    name: string;
    people: PersonRecord[];
    ties: [string, string, "s" | "w", (string | null)?, (string | null)?][];
    roles: { person: string; project: string; role: "initiator" | "cooperator" }[];
    seeds: string[];
    reach: Record<string, { all: number; strongOnly: number; outsidersAll: number; outsidersStrongOnly: number }>;
    perPerson2: { all: number[]; strongOnly: number[] };
    localBridges: [string, string, number | "Infinity"][];
    components: { all: number[]; strongOnly: number[] };
    criticalTies: Record<string, [string, string, number][]>;
  }[];
}

const fixture = JSON.parse(readFileSync(new URL("../../fixtures/reach-networkx.json", import.meta.url), "utf8")) as Fixture;
const hopsOf = (label: string) => (label === "Infinity" ? Infinity : Number(label));
const pair = (a: string, b: string) => (a < b ? [a, b] : [b, a]);
const byPair = (x: (string | number)[], y: (string | number)[]) => (x.join("\u0000") < y.join("\u0000") ? -1 : 1);

describe.each(fixture.graphs.map((g) => [g.name, g] as const))("the same results as NetworkX on %s", (_, g) => {
  const ties: TieRecord[] = g.ties.map(([a, b, s, from, to]) => ({
    a,
    b,
    strength: s === "s" ? "strong" : "weak",
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  }));
  const town = createTown({ town: { asOf: fixture.asOf }, people: g.people, projects: [{ id: "main" }], roles: g.roles, ties });

  it("k-hop reach of the seed set, all ties and strong ties, everyone and outsiders", () => {
    for (const [label, ref] of Object.entries(g.reach)) {
      const r = weakTieReach(town, { hops: hopsOf(label), perPerson: false, criticalTies: false });
      expect(new Set(r.seeds)).toEqual(new Set(g.seeds));
      expect([r.all, r.strongOnly, r.outsiders.all, r.outsiders.strongOnly]).toEqual([
        ref.all,
        ref.strongOnly,
        ref.outsidersAll,
        ref.outsidersStrongOnly,
      ]);
      const explicit = weakTieReach(town, { seeds: g.seeds, hops: hopsOf(label), perPerson: false, criticalTies: false });
      expect([explicit.all, explicit.strongOnly]).toEqual([ref.all, ref.strongOnly]);
    }
  });

  it("per-person 2-hop neighbourhood sizes", () => {
    const r = weakTieReach(town, { criticalTies: false });
    expect(r.perPerson!.map((p) => p.all)).toEqual(g.perPerson2.all);
    expect(r.perPerson!.map((p) => p.strongOnly)).toEqual(g.perPerson2.strongOnly);
  });

  it("local bridges with their spans (nx.local_bridges(G, with_span=True))", () => {
    const r = localBridges(town);
    const got = r.bridges.map((b) => [...pair(b.a, b.b), b.span === Infinity ? "Infinity" : b.span]).sort(byPair);
    expect(got).toEqual([...g.localBridges].sort(byPair));
  });

  it("connected component sizes, all ties and strong ties", () => {
    expect(connectedComponents(town).sizes.sort((a, b) => b - a)).toEqual(g.components.all);
    expect(connectedComponents(town, { strongOnly: true }).sizes.sort((a, b) => b - a)).toEqual(g.components.strongOnly);
    const r = weakTieReach(town, { perPerson: false, criticalTies: false });
    expect(r.largestComponent).toEqual({ all: g.components.all[0], strongOnly: g.components.strongOnly[0] });
  });

  it("critical weak ties, by removing each weak tie and recomputing in NetworkX", () => {
    for (const [label, ref] of Object.entries(g.criticalTies)) {
      const r = weakTieReach(town, { hops: hopsOf(label), perPerson: false });
      const got = r.criticalTies!.map((c) => [...pair(c.a, c.b), c.loss]).sort(byPair);
      expect(got).toEqual([...ref].sort(byPair));
    }
  });
});

it("the fixture is NetworkX's", () => {
  expect(fixture.networkx).toMatch(/^\d+\.\d+/);
  expect(fixture.graphs.length).toBe(3);
});
