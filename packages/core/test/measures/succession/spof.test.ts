import { describe, expect, it } from "vitest";
import { createTown, departureImpact, successionRisk } from "../../../src/index.js";

// t = 2024-04-01; g1 and g2 are officers rotated within the horizon (q = 1).
const town = createTown({
  town: { asOf: "2024-04-01" },
  people: [
    { id: "g1", origin: "local", sector: "government", tenureEnds: "2024-09-30" },
    { id: "g2", origin: "local", sector: "government", tenureEnds: "2024-09-30" },
    { id: "g3", origin: "local", sector: "resident" },
    { id: "a", origin: "local", sector: "resident" },
    { id: "d", origin: "local", sector: "resident" },
    { id: "e", origin: "local", sector: "resident" },
    { id: "f", origin: "local", sector: "resident" },
    { id: "k", origin: "local", sector: "resident" },
  ],
  projects: ["P", "Q", "W", "X", "Y", "Z"].map((id) => ({ id })),
  roles: [
    { person: "g1", project: "P", role: "initiator" },
    { person: "a", project: "P", role: "cooperator" },
    { person: "f", project: "P", role: "supporter" },
    { person: "g2", project: "Q", role: "initiator" },
    { person: "a", project: "Q", role: "cooperator" },
    { person: "g2", project: "W", role: "initiator" },
    { person: "k", project: "W", role: "cooperator" },
    { person: "g3", project: "X", role: "initiator" },
    { person: "d", project: "X", role: "participant" },
    { person: "g3", project: "Y", role: "initiator" },
    { person: "e", project: "Y", role: "participant" },
    { person: "g1", project: "Z", role: "initiator" },
    { person: "f", project: "Z", role: "participant" },
  ],
  ties: [
    { a: "g1", b: "a", strength: "strong" },
    { a: "g2", b: "a", strength: "strong" },
    { a: "g2", b: "k", strength: "strong" },
    { a: "g3", b: "d", strength: "strong" },
    { a: "g3", b: "e", strength: "strong" },
  ],
});

describe("single points of failure", () => {
  const result = successionRisk(town);

  it("has the hand-computed levels before any departure", () => {
    const level = Object.fromEntries(result.projects.map((p) => [p.project, [p.level, Number(p.risk.toFixed(6))]]));
    expect(level).toEqual({
      P: ["moderate", Number((0.24 * 0.7625).toFixed(6))],
      Q: ["moderate", 0.24],
      W: ["moderate", 0.24],
      X: ["low", Number((0.05 * 0.62).toFixed(6))],
      Y: ["low", Number((0.05 * 0.62).toFixed(6))],
      Z: ["critical", 1 - 0.1 * 0.95],
    });
  });

  it("finds candidates, initiators, and both, that move two projects from below critical to critical", () => {
    // a: the only ready candidate of P and Q; g3: initiator of X and Y, whose participants are
    // not ready (0.38, with the strong tie to g3 kept as it stood). g2, initiator of Q and W, is
    // not: a and k keep the bonus of their strong ties to g2 (domain.md §4 item 7) and stay ready
    // (R = 0.24). g1 (P stays moderate, Z was already critical), k (only W) and f are not.
    expect(result.town.singlePointsOfFailure).toEqual([
      { id: "a", projects: ["P", "Q"] },
      { id: "g3", projects: ["X", "Y"] },
    ]);
  });

  it("agrees with departureImpact for every person", () => {
    const spof = new Map(result.town.singlePointsOfFailure.map((s) => [s.id, s.projects]));
    for (const p of town.people) {
      const moved = departureImpact(town, [p.id]).movedToCritical;
      expect(spof.get(p.id) ?? [], p.id).toEqual(moved.length >= 2 ? [...moved].sort() : []);
    }
    expect(departureImpact(town, ["k"]).movedToCritical).toEqual(["W"]);
    expect(departureImpact(town, ["g2"]).movedToCritical).toEqual([]);
    expect(departureImpact(town, ["g1"]).projects.find((x) => x.project === "P")).toMatchObject({ levelAfter: "moderate", orphaned: true });
  });

  it("ranks people who move more projects first", () => {
    const bigger = createTown({
      town: { asOf: "2024-04-01" },
      people: [
        { id: "b", origin: "local", sector: "resident" },
        { id: "z", origin: "local", sector: "resident" },
      ],
      projects: ["p1", "p2", "p3", "p4", "p5"].map((id) => ({ id })),
      roles: [
        ...["p1", "p2"].map((project) => ({ person: "b", project, role: "cooperator" as const })),
        ...["p3", "p4", "p5"].map((project) => ({ person: "z", project, role: "cooperator" as const })),
      ],
    });
    // every project is orphaned (E = 1) with one candidate at 0.475: R = 0.525, already critical
    expect(successionRisk(bigger).town.singlePointsOfFailure).toEqual([]);
    // with a lower readiness of 0.5 · 0.95 against a critical threshold of 0.6, leaving moves them
    const r = successionRisk(bigger, { levels: { critical: 0.6 } });
    expect(r.town.singlePointsOfFailure).toEqual([
      { id: "z", projects: ["p3", "p4", "p5"] },
      { id: "b", projects: ["p1", "p2"] },
    ]);
  });
});
