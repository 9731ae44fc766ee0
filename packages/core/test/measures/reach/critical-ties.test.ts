import { describe, expect, it } from "vitest";
import { test, fc } from "@fast-check/vitest";
import { compileTieGraph, createTown, criticalWeakTies, type TieRecord } from "../../../src/index.js";
import { adjacency, arbitraryDenseScenario, reachOf } from "./brute.js";

/** A ring of `n` people (weak ties) with a strong chord 0 - n/2. */
function ring(n: number) {
  const people = Array.from({ length: n }, (_, i) => ({ id: `r${i}`, origin: "local" as const }));
  const ties: TieRecord[] = people.map((p, i) => ({ a: p.id, b: `r${(i + 1) % n}`, strength: "weak" }));
  ties.push({ a: "r0", b: `r${n >> 1}`, strength: "strong" });
  return createTown({ town: { asOf: "2024-04-01" }, people, ties });
}

describe("criticalWeakTies", () => {
  it("finds the ties a path depends on, and none on a cycle within reach", () => {
    // ring of 8 with chord r0 = r4; seeds {r0}; k = Infinity: every person has a second route
    const g = compileTieGraph(ring(8));
    expect(criticalWeakTies(g, [0], { hops: Infinity })).toEqual([]);
    // k = 2: r1, r7, r4 at 1 hop; r2, r3, r5, r6 at 2, each with a single parent
    expect(criticalWeakTies(g, [0], { hops: 2 }).map((c) => [g.ids[c.near], g.ids[c.far], c.loss])).toEqual([
      ["r0", "r1", 2], // without r0 - r1, r1 and r2 are 3 hops away (over r4 - r3 - r2)
      ["r0", "r7", 2],
      ["r1", "r2", 1],
      ["r4", "r3", 1],
      ["r4", "r5", 1],
      ["r7", "r6", 1],
    ]);
    // the strong chord is never listed unless asked
    expect(criticalWeakTies(g, [0], { hops: 2, includeStrong: true })[0]).toMatchObject({ near: 0, far: 4, loss: 3 });
  });

  test.prop([arbitraryDenseScenario({ maxPeople: 40, maxTies: 80 }), fc.constantFrom(1, 2, 3, 5, Infinity), fc.boolean()], { numRuns: 60 })(
    "losses equal reach(S, G) - reach(S, G - e) for every tie, strong ones included, on larger graphs",
    ({ town, t, seeds }, hops, includeStrong) => {
      const g = compileTieGraph(town, t);
      const s = (seeds ?? ["p0", "p1"]).filter((id) => g.index.has(id));
      const got = criticalWeakTies(g, s.map((id) => g.index.get(id)!), { hops, includeStrong });
      const base = reachOf(adjacency(town, t), s, hops);
      const expected: { tie: number; loss: number }[] = [];
      for (const i of town.tiesAt(t)) {
        if (!includeStrong && town.ties[i]!.strength === "strong") continue;
        const loss = base - reachOf(adjacency(town, t, false, i), s, hops);
        if (loss > 0) expected.push({ tie: i, loss });
      }
      expected.sort((x, y) => y.loss - x.loss || x.tie - y.tie);
      expect(got.map(({ tie, loss }) => ({ tie, loss }))).toEqual(expected);
    },
  );
});
