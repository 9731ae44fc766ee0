import { describe, expect, it } from "vitest";
import { test } from "@fast-check/vitest";
import { compileTieGraph, connectedComponents, createTown } from "../../../src/index.js";
import { adjacency, arbitraryReachScenario, componentSizes } from "./brute.js";

const town = createTown({
  town: { asOf: "2024-04-01" },
  people: ["a", "b", "c", "d", "e", "f", "g"].map((id) => ({ id, origin: "local" as const })),
  ties: [
    { a: "a", b: "b", strength: "weak" },
    { a: "b", b: "c", strength: "strong" },
    { a: "c", b: "d", strength: "strong" },
    { a: "e", b: "d", strength: "weak" },
    { a: "f", b: "g", strength: "strong" },
    { a: "a", b: "g", strength: "weak", to: "2022-01-01" },
  ],
});

describe("connectedComponents", () => {
  it("labels components in town order, with and without weak ties", () => {
    const all = connectedComponents(town);
    expect(all.ids).toEqual(["a", "b", "c", "d", "e", "f", "g"]);
    expect(Array.from(all.component)).toEqual([0, 0, 0, 0, 0, 1, 1]);
    expect([all.sizes, all.count, all.largest]).toEqual([[5, 2], 2, 5]);
    const strong = connectedComponents(town, { strongOnly: true });
    expect(Array.from(strong.component)).toEqual([0, 1, 1, 1, 2, 3, 3]);
    expect([strong.sizes, strong.count, strong.largest]).toEqual([[1, 3, 1, 2], 4, 3]);
  });

  it("takes a date, or a compiled graph", () => {
    expect(connectedComponents(town, { t: "2021-06-01" }).sizes).toEqual([7]);
    expect(connectedComponents(compileTieGraph(town, "2021-06-01")).sizes).toEqual([7]);
    const empty = connectedComponents(createTown({}), { t: "2024-01-01" });
    expect([empty.count, empty.largest, empty.sizes]).toEqual([0, 0, []]);
  });

  test.prop([arbitraryReachScenario()])("sizes equal a brute-force search; strong components nest in the others", ({ town, t }) => {
    for (const strongOnly of [false, true]) {
      const c = connectedComponents(town, { t, strongOnly });
      expect([...c.sizes].sort((x, y) => y - x)).toEqual(componentSizes(adjacency(town, t, strongOnly)));
      expect(c.sizes.reduce((s, x) => s + x, 0)).toBe(c.ids.length);
    }
    const all = connectedComponents(town, { t });
    const strong = connectedComponents(town, { t, strongOnly: true });
    const parent = new Map<number, number>();
    for (let v = 0; v < all.ids.length; v++) {
      const s = strong.component[v]!;
      if (!parent.has(s)) parent.set(s, all.component[v]!);
      expect(parent.get(s)).toBe(all.component[v]);
    }
    expect(strong.largest).toBeLessThanOrEqual(all.largest);
  });
});
