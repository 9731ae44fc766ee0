// The NetworkX/igraph reference fixture (test/fixtures/sna-networkx.json, written once by
// make-sna-fixtures.py) and the towns rebuilt from it. Only the JSON is read.
import { readFileSync } from "node:fs";
import { createTown, type PersonRecord, type TieRecord, type Town } from "../../../src/index.js";

type Num = number | null;

export interface Reference {
  name: string;
  description: string;
  degree: number[];
  betweenness: Num[];
  betweennessStrength: Num[];
  closeness: Num[];
  closenessStrength: Num[];
  eigenvector: Num[];
  pagerank: Num[];
  components: number[];
  cutPoints: number[];
  bridges: [number, number][];
  constraint: Num[];
  effectiveSize: Num[];
  constraintStrength: Num[];
  effectiveSizeStrength: Num[];
  modularity: Record<"affinity" | "unweighted", { networkx: number; igraph: number }>;
}

export interface GeneratedGraph extends Reference {
  n: number;
  absent: PersonRecord[];
  ties: [string, string, "s" | "w", (string | null)?, (string | null)?][];
}

export interface ClassicGraph extends Reference {
  ids: string[];
  ties: [string, string][];
}

export interface Fixture {
  networkx: string;
  igraph: string;
  asOf: string;
  distance: { strong: number; weak: number };
  investment: { strong: number; weak: number };
  affinity: { strong: number; weak: number };
  graphs: GeneratedGraph[];
  classics: ClassicGraph[];
}

export const fixture = JSON.parse(readFileSync(new URL("../../fixtures/sna-networkx.json", import.meta.url), "utf8")) as Fixture;

/** A fixture graph as a town, with its present people's ids in node order. */
export function townOf(g: GeneratedGraph | ClassicGraph): { town: Town; ids: string[] } {
  if ("ids" in g) {
    const town = createTown({
      town: { asOf: fixture.asOf },
      people: g.ids.map((id) => ({ id, origin: "local" })),
      ties: g.ties.map(([a, b]) => ({ a, b, strength: "weak" })),
    });
    return { town, ids: g.ids };
  }
  const ids = Array.from({ length: g.n }, (_, i) => `p${String(i).padStart(3, "0")}`);
  const ties: TieRecord[] = g.ties.map(([a, b, s, from, to]) => ({
    a,
    b,
    strength: s === "s" ? "strong" : "weak",
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  }));
  const people: PersonRecord[] = [...ids.map((id) => ({ id, origin: "local" as const })), ...g.absent];
  return { town: createTown({ town: { asOf: fixture.asOf }, people, ties }), ids };
}
