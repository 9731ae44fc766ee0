// The @example blocks of the tie graph and the reach modules, run as written.
import { describe, expect, it } from "vitest";
import {
  checkHops,
  compileTieGraph,
  connectedComponents,
  createTown,
  criticalWeakTies,
  hopDistances,
  localBridges,
  neighbourhoodSizes,
  seedReach,
  UsageError,
  weakTieReach,
} from "../../../src/index.js";

const chain = () =>
  createTown({
    town: { asOf: "2024-04-01" },
    people: ["a", "b", "c", "d"].map((id) => ({ id, origin: "local" as const })),
    ties: [
      { a: "a", b: "b", strength: "strong" },
      { a: "b", b: "c", strength: "weak" },
      { a: "c", b: "d", strength: "strong" },
    ],
  });

describe("doc examples", () => {
  it("tie-graph.ts", () => {
    const town = createTown({
      town: { asOf: "2024-04-01" },
      people: [{ id: "a", origin: "local" }, { id: "b", origin: "local" }, { id: "c", origin: "outsider" }],
      ties: [{ a: "a", b: "b", strength: "strong" }, { a: "c", b: "a", strength: "weak" }],
    });
    const g = compileTieGraph(town);
    expect(g.n).toBe(3);
    expect(g.m).toBe(2);
    const a = g.index.get("a")!;
    expect(Array.from(g.targets.subarray(g.offsets[a], g.offsets[a + 1])).map((v) => g.ids[v])).toEqual(["b", "c"]);
    expect(Array.from(g.strong.subarray(g.offsets[a], g.offsets[a + 1]))).toEqual([1, 0]);
  });

  it("hop-distances.ts", () => {
    const g = compileTieGraph(chain());
    expect(Array.from(hopDistances(g, [g.index.get("a")!]))).toEqual([0, 1, 2, 3]);
    expect(Array.from(hopDistances(g, [0], { hops: 2 }))).toEqual([0, 1, 2, -1]);
    expect(Array.from(hopDistances(g, [0], { strongOnly: true }))).toEqual([0, 1, -1, -1]);
  });

  it("hops.ts", () => {
    expect(checkHops(undefined)).toBe(2);
    expect(checkHops(Infinity)).toBe(Infinity);
    expect(() => checkHops(1.5)).toThrow(UsageError);
    expect(() => checkHops("2")).toThrow(UsageError);
  });

  it("components.ts", () => {
    const town = createTown({
      town: { asOf: "2024-04-01" },
      people: ["a", "b", "c", "d"].map((id) => ({ id, origin: "local" as const })),
      ties: [
        { a: "a", b: "b", strength: "strong" },
        { a: "b", b: "c", strength: "weak" },
      ],
    });
    expect(connectedComponents(town).sizes).toEqual([3, 1]);
    expect(connectedComponents(town, { strongOnly: true }).sizes).toEqual([2, 1, 1]);
    expect(connectedComponents(town).largest).toBe(3);
  });

  it("neighbourhood-sizes.ts", () => {
    const g = compileTieGraph(chain());
    expect(Array.from(neighbourhoodSizes(g))).toEqual([2, 3, 3, 2]);
    expect(Array.from(neighbourhoodSizes(g, { strongOnly: true }))).toEqual([1, 1, 1, 1]);
    expect(Array.from(neighbourhoodSizes(g, { hops: Infinity }))).toEqual([3, 3, 3, 3]);
  });

  it("critical-ties.ts", () => {
    const town = createTown({
      town: { asOf: "2024-04-01" },
      people: ["a", "b", "c", "d", "e"].map((id) => ({ id, origin: "local" as const })),
      ties: [
        { a: "a", b: "b", strength: "strong" },
        { a: "b", b: "c", strength: "weak" },
        { a: "a", b: "d", strength: "weak" },
        { a: "d", b: "e", strength: "weak" },
      ],
    });
    const g = compileTieGraph(town);
    expect(criticalWeakTies(g, [g.index.get("a")!]).map((c) => [c.tie, c.loss])).toEqual([
      [2, 2],
      [1, 1],
      [3, 1],
    ]);
  });

  it("weak-tie-reach.ts: seedReach", () => {
    const town = createTown({
      town: { asOf: "2024-04-01" },
      people: [{ id: "a", origin: "local" }, { id: "b", origin: "local" }, { id: "c", origin: "outsider" }],
      ties: [{ a: "a", b: "b", strength: "strong" }, { a: "b", b: "c", strength: "weak" }],
    });
    const g = compileTieGraph(town);
    const r = seedReach(g, [0], 2, Uint8Array.of(0, 0, 1));
    expect([r.all, r.strongOnly, r.gain, r.outsiders.gain]).toEqual([2, 1, 1, 1]);
  });

  it("weak-tie-reach.ts: weakTieReach", () => {
    const town = createTown({
      town: { asOf: "2024-04-01" },
      people: [
        { id: "aoki", origin: "local", sector: "government" },
        { id: "mori", origin: "local" },
        { id: "sato", origin: "local" },
        { id: "lee", origin: "outsider" },
      ],
      projects: [{ id: "fan", start: "2022-04-01" }],
      roles: [
        { person: "aoki", project: "fan", role: "initiator" },
        { person: "mori", project: "fan", role: "cooperator" },
      ],
      ties: [
        { a: "aoki", b: "mori", strength: "strong" },
        { a: "mori", b: "sato", strength: "strong" },
        { a: "sato", b: "lee", strength: "weak" },
      ],
    });
    const r = weakTieReach(town);
    expect(r.seeds).toEqual(["aoki", "mori"]);
    expect([r.all, r.strongOnly, r.gain, r.gainShare]).toEqual([2, 1, 1, 0.5]);
    expect(r.outsiders.gain).toBe(1);
    expect(r.reached).toEqual({ all: ["lee", "sato"], strongOnly: ["sato"], gain: ["lee"] });
    expect(r.criticalTies).toEqual([{ tie: 2, a: "lee", b: "sato", loss: 1, lost: ["lee"] }]);
    expect(r.largestComponent).toEqual({ all: 4, strongOnly: 3 });
  });

  it("local-bridges.ts", () => {
    const town = createTown({
      town: { asOf: "2024-04-01" },
      people: ["a", "b", "c", "d"].map((id) => ({ id, origin: "local" as const })),
      ties: [
        { a: "a", b: "b", strength: "strong" },
        { a: "b", b: "c", strength: "strong" },
        { a: "c", b: "a", strength: "strong" },
        { a: "c", b: "d", strength: "weak" },
      ],
    });
    const r = localBridges(town);
    expect(r.bridges).toEqual([{ tie: 3, a: "c", b: "d", strength: "weak", span: Infinity }]);
    expect(r.weakShare).toBe(1);
  });
});
