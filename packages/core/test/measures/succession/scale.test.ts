/**
 * Scale: single points of failure must not be quadratic, and succession risk of a large town
 * must stay fast. The 100,000-person town runs only with KANKEI_PERF=1 (building the town
 * alone takes seconds on a busy machine); the bounds are loose, to catch a complexity
 * regression rather than to time the machine.
 */
import { describe, expect, it } from "vitest";
import {
  createTown,
  departureImpact,
  successionRisk,
  SECTORS,
  type PersonRecord,
  type RoleRecord,
  type TieRecord,
} from "../../../src/index.js";

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe("succession risk at scale", () => {
  it("checks the single points of failure of two projects sharing 20,000 candidates in linear time", () => {
    const n = 20_000;
    const people: PersonRecord[] = [
      { id: "g1", origin: "local", sector: "government", tenureEnds: "2024-06-30" },
      { id: "g2", origin: "local", sector: "government", tenureEnds: "2024-06-30" },
      ...Array.from({ length: n }, (_, i): PersonRecord => ({ id: `m${i}`, origin: "local", sector: "resident" })),
    ];
    const roles: RoleRecord[] = [
      { person: "g1", project: "a", role: "initiator" },
      { person: "g2", project: "b", role: "initiator" },
    ];
    for (let i = 0; i < n; i++) {
      roles.push({ person: `m${i}`, project: "a", role: "participant" }, { person: `m${i}`, project: "b", role: "supporter" });
    }
    const town = createTown({ town: { asOf: "2024-04-01" }, people, projects: [{ id: "a" }, { id: "b" }], roles });
    // A naive what-if per person would score 2 × 20,000 projects of 20,000 candidates (8e8 steps).
    const t0 = performance.now();
    const r = successionRisk(town);
    const elapsed = performance.now() - t0;
    // a: the 3 most ready of 20,000 participants (0.095 each) make the bench: 0.905³ ≈ 0.741;
    // b: supporters at 0.2375: 0.7625³ ≈ 0.443
    expect(r.projects.map((p) => [p.project, p.level])).toEqual([["a", "critical"], ["b", "high"]]);
    expect(r.town.singlePointsOfFailure).toEqual([]);
    expect(elapsed).toBeLessThan(3000);
    // near the threshold every check is exact, and still agrees with the what-if
    const one = createTown({
      town: { asOf: "2024-04-01" },
      people: people.slice(0, 4),
      projects: [{ id: "a" }, { id: "b" }],
      roles: [
        { person: "m0", project: "a", role: "cooperator" },
        { person: "m1", project: "a", role: "cooperator" },
        { person: "m0", project: "b", role: "cooperator" },
        { person: "m1", project: "b", role: "cooperator" },
      ],
    });
    const exact = successionRisk(one, { levels: { critical: 0.525 } });
    expect(exact.town.singlePointsOfFailure.map((s) => s.id)).toEqual(["m0", "m1"]);
    expect(departureImpact(one, ["m0"], { levels: { critical: 0.525 } }).movedToCritical).toEqual(["a", "b"]);
  });

  it.runIf(process.env.KANKEI_PERF === "1")(
    "measures every project of a 100,000-person town well under two seconds",
    () => {
      const rnd = lcg(7);
      const P = 100_000;
      const J = 2_000;
      const people = Array.from({ length: P }, (_, i): PersonRecord => {
        const p: PersonRecord = { id: `p${i}`, origin: rnd() < 0.3 ? "outsider" : "local" };
        if (rnd() < 0.8) p.sector = SECTORS[Math.floor(rnd() * 6)]!;
        if (rnd() < 0.1) p.tenureEnds = `202${Math.floor(rnd() * 6)}-03-31`;
        return p;
      });
      const roles: RoleRecord[] = [];
      const seen = new Set<string>();
      for (let j = 0; j < J; j++) {
        const size = j < 5 ? 10_000 : 20 + Math.floor(rnd() * 80);
        for (let k = 0; k < size; k++) {
          const person = `p${Math.floor(rnd() * P)}`;
          if (seen.has(`${person} ${j}`)) continue;
          seen.add(`${person} ${j}`);
          const role = k < 2 ? "initiator" : k < 8 ? "cooperator" : k < 20 ? "supporter" : "participant";
          roles.push({ person, project: `j${j}`, role });
        }
      }
      const ties: TieRecord[] = [];
      const pairs = new Set<string>();
      while (ties.length < 300_000) {
        const a = `p${Math.floor(rnd() * P)}`;
        const b = `p${Math.floor(rnd() * P)}`;
        const key = a < b ? `${a} ${b}` : `${b} ${a}`;
        if (a === b || pairs.has(key)) continue;
        pairs.add(key);
        ties.push({ a, b, strength: rnd() < 0.4 ? "strong" : "weak" });
      }
      const projects = Array.from({ length: J }, (_, j) => ({ id: `j${j}`, start: "2020-04-01" }));
      const town = createTown({ town: { asOf: "2024-04-01" }, people, projects, roles, ties });
      successionRisk(town); // warm up (and build the Town's typed indices)
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        const r = successionRisk(town);
        best = Math.min(best, performance.now() - t0);
        expect(r.projects).toHaveLength(J);
      }
      console.log(`successionRisk, 100,000 people, ${roles.length} roles, ${ties.length} ties: ${best.toFixed(0)} ms`);
      expect(best).toBeLessThan(2000);
    },
    120_000,
  );
});
