import { describe, expect, it } from "vitest";
import { test, fc } from "@fast-check/vitest";
import { UsageError, compileTieGraph, createTown, hopDistances } from "../../src/index.js";
import { adjacency, arbitraryReachScenario, distances, seedsOf } from "../measures/reach/brute.js";

const town = createTown({
  town: { asOf: "2024-04-01" },
  people: [
    { id: "d", origin: "local" },
    { id: "gone", origin: "local", left: "2020-01-01" },
    { id: "a", origin: "local" },
    { id: "c", origin: "outsider" },
    { id: "b", origin: "local", joined: "2023-01-01" },
    { id: "late", origin: "outsider", joined: "2025-01-01" },
  ],
  ties: [
    { a: "c", b: "a", strength: "weak" },
    { a: "gone", b: "a", strength: "strong" },
    { a: "a", b: "d", strength: "strong" },
    { a: "b", b: "a", strength: "strong", to: "2023-06-01" },
    { a: "b", b: "a", strength: "weak", from: "2023-06-01" },
    { a: "b", b: "d", strength: "weak", to: "2024-04-01" },
    { a: "late", b: "d", strength: "strong" },
  ],
});

function row(g: ReturnType<typeof compileTieGraph>, id: string) {
  const u = g.index.get(id)!;
  const slots = Array.from({ length: g.offsets[u + 1]! - g.offsets[u]! }, (_, i) => g.offsets[u]! + i);
  return slots.map((p) => [g.ids[g.targets[p]!], g.strong[p], g.tie[p]]);
}

describe("compileTieGraph", () => {
  it("keeps the people present and the ties active at t, in town order, rows sorted by node", () => {
    const g = compileTieGraph(town);
    expect(g.date).toBe("2024-04-01");
    expect(g.ids).toEqual(["d", "a", "c", "b"]);
    expect([...g.index]).toEqual([["d", 0], ["a", 1], ["c", 2], ["b", 3]]);
    expect(g.n).toBe(4);
    expect(g.m).toBe(3); // c-a, a-d, b-a (weak since 2023-06-01); b-d ended on 2024-04-01
    expect(Array.from(g.offsets)).toEqual([0, 1, 4, 5, 6]);
    expect(row(g, "d")).toEqual([["a", 1, 2]]);
    expect(row(g, "a")).toEqual([["d", 1, 2], ["c", 0, 0], ["b", 0, 4]]);
    expect(row(g, "c")).toEqual([["a", 0, 0]]);
    expect(row(g, "b")).toEqual([["a", 0, 4]]);
  });

  it("resolves the date, and compiles other dates", () => {
    const g = compileTieGraph(town, "2023-03-01");
    expect(g.ids).toEqual(["d", "a", "c", "b"]);
    expect(row(g, "b")).toEqual([["d", 0, 5], ["a", 1, 3]]);
    const early = compileTieGraph(town, "2019-01-01");
    expect(early.ids).toEqual(["d", "gone", "a", "c"]);
    expect(row(early, "a")).toEqual([["d", 1, 2], ["gone", 1, 1], ["c", 0, 0]]);
    expect(() => compileTieGraph(town, "2024-02-30")).toThrow(UsageError);
    const undated = createTown({ people: [{ id: "x", origin: "local" }] });
    expect(() => compileTieGraph(undated)).toThrow(UsageError);
    expect(compileTieGraph(undated, "2020-01-01").ids).toEqual(["x"]);
  });

  it("keeps strong ties only on request", () => {
    const g = compileTieGraph(town, undefined, { strongOnly: true });
    expect(g.m).toBe(1);
    expect(row(g, "a")).toEqual([["d", 1, 2]]);
    expect(row(g, "c")).toEqual([]);
  });

  it("handles an empty town", () => {
    const g = compileTieGraph(createTown({}), "2024-01-01");
    expect([g.n, g.m, Array.from(g.offsets)]).toEqual([0, 0, [0]]);
  });
});

describe("compileTieGraph on generated towns", () => {
  test.prop([arbitraryReachScenario()])("is exactly G_all(t): symmetric, sorted, one slot per active tie end", ({ town, t }) => {
    const g = compileTieGraph(town, t);
    expect(g.ids).toEqual(town.peopleAt(t).map((p) => p.id));
    const active = town.tiesAt(t);
    expect(g.m).toBe(active.length);
    expect(g.offsets.length).toBe(g.n + 1);
    expect(g.offsets[g.n]).toBe(2 * g.m);
    const slots = new Set<string>();
    for (let u = 0; u < g.n; u++) {
      for (let p = g.offsets[u]!; p < g.offsets[u + 1]!; p++) {
        const v = g.targets[p]!;
        if (p > g.offsets[u]!) expect(g.targets[p - 1]!).toBeLessThan(v);
        const e = town.ties[g.tie[p]!]!;
        expect([e.a, e.b].sort()).toEqual([g.ids[u], g.ids[v]].sort());
        expect(g.strong[p]).toBe(e.strength === "strong" ? 1 : 0);
        slots.add(`${g.tie[p]}:${u}`);
      }
    }
    expect(slots.size).toBe(2 * g.m);
    for (const i of active) {
      const e = town.ties[i]!;
      expect(slots.has(`${i}:${g.index.get(e.a)}`) && slots.has(`${i}:${g.index.get(e.b)}`)).toBe(true);
    }
    const strong = compileTieGraph(town, t, { strongOnly: true });
    expect(strong.m).toBe(active.filter((i) => town.ties[i]!.strength === "strong").length);
  });
});

describe("hopDistances", () => {
  it("gives BFS layers from several sources, with a hop limit and over strong ties", () => {
    const g = compileTieGraph(town);
    const of = (d: Int32Array) => Object.fromEntries(g.ids.map((id, v) => [id, d[v]]));
    expect(of(hopDistances(g, [g.index.get("d")!]))).toEqual({ d: 0, a: 1, c: 2, b: 2 });
    expect(of(hopDistances(g, [g.index.get("d")!], { hops: 1 }))).toEqual({ d: 0, a: 1, c: -1, b: -1 });
    expect(of(hopDistances(g, [g.index.get("d")!], { strongOnly: true }))).toEqual({ d: 0, a: 1, c: -1, b: -1 });
    expect(of(hopDistances(g, [0, 2, 2]))).toEqual({ d: 0, a: 1, c: 0, b: 2 });
    expect(of(hopDistances(g, []))).toEqual({ d: -1, a: -1, c: -1, b: -1 });
    expect(of(hopDistances(g, [3], { hops: 0 }))).toEqual({ d: -1, a: -1, c: -1, b: 0 });
  });

  test.prop([arbitraryReachScenario()])("equals a brute-force BFS", ({ town, t, seeds, hops }) => {
    const g = compileTieGraph(town, t);
    const sources = seedsOf({ town, t, seeds, hops });
    for (const strongOnly of [false, true]) {
      const d = hopDistances(g, sources.map((s) => g.index.get(s)!), { hops, strongOnly });
      const ref = distances(adjacency(town, t, strongOnly), sources, hops);
      expect(Object.fromEntries(g.ids.map((id, v) => [id, d[v]]))).toEqual(
        Object.fromEntries(g.ids.map((id) => [id, ref.get(id) ?? -1])),
      );
    }
  });
});
