import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CIRCULAR_DEFAULTS, circularLayout, primaryProject, type CircularPerson } from "../../src/layout/circular.js";
import { ROLE_KEYS } from "../../src/display/palette.js";
import { exampleTown } from "../fixtures/example-town.js";

const ringOf = (p: { x: number; y: number }) => Math.hypot(p.x, p.y);
const { ringRadius, band } = CIRCULAR_DEFAULTS;

const people: fc.Arbitrary<CircularPerson[]> = fc
  .uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 6 }),
      origin: fc.constantFrom("local" as const, "outsider" as const),
      roles: fc.dictionary(fc.constantFrom("p", "q", "r"), fc.constantFrom("initiator" as const, "cooperator" as const, "supporter" as const, "participant" as const)),
    }),
    { selector: (p) => p.id, maxLength: 60 },
  )
  .map((list) =>
    list.map((p) => {
      const ranks = { initiator: 4, cooperator: 3, supporter: 2, participant: 1 } as const;
      const role = Object.values(p.roles).sort((a, b) => ranks[b] - ranks[a])[0] ?? null;
      return { ...p, role };
    }),
  );

describe("circularLayout", () => {
  it("puts each role on its ring (initiators innermost, no role outermost), locals left and outsiders right", () => {
    fc.assert(
      fc.property(people, (list) => {
        const { positions } = circularLayout(list, ["p", "q", "r"]);
        expect(positions.size).toBe(list.length);
        for (const p of list) {
          const pos = positions.get(p.id)!;
          const ring = ROLE_KEYS.indexOf(p.role ?? "none");
          const r = ringOf(pos);
          expect(r).toBeGreaterThanOrEqual(ringRadius * (ring + 1) - 1e-9);
          expect(r).toBeLessThan(ringRadius * (ring + 1) + band * ringRadius + 1e-9);
          if (p.origin === "local") expect(pos.x).toBeLessThan(0);
          else expect(pos.x).toBeGreaterThan(0);
        }
      }),
    );
  });

  it("is deterministic and does not depend on the input order", () => {
    fc.assert(
      fc.property(people, (list) => {
        const a = circularLayout(list, ["p", "q", "r"]).positions;
        const b = circularLayout([...list].reverse(), ["p", "q", "r"]).positions;
        for (const [id, p] of a) expect(b.get(id)).toEqual(p);
      }),
    );
  });

  it("gives each project a sector: sectors tile each half, members sit inside theirs", () => {
    const town = exampleTown();
    const g = town.snapshot();
    const projects = town.projectsAt().map((p) => p.id);
    const list = g.mapNodes((id, a) => ({ id, origin: a.origin, role: a.role, roles: a.roles }));
    const { positions, sectors } = circularLayout(list, projects);
    expect(sectors.map((s) => s.project)).toEqual([...projects, null]);
    expect(sectors[0]!.from).toBe(0);
    expect(sectors.at(-2)!.to).toBeCloseTo(1, 12);
    for (let k = 1; k < projects.length; k++) expect(sectors[k]!.from).toBeCloseTo(sectors[k - 1]!.to, 12);
    const m = CIRCULAR_DEFAULTS.margin;
    for (const person of list) {
      if (person.role === null) continue;
      const s = sectors.find((x) => x.project === primaryProject(person.roles, projects))!;
      const pos = positions.get(person.id)!;
      // f: the position down the half, from the angle
      const theta = Math.atan2(pos.y, Math.abs(pos.x));
      const f = ((Math.PI / 2 - theta) / Math.PI - m) / (1 - 2 * m);
      expect(f).toBeGreaterThanOrEqual(s.from - 1e-9);
      expect(f).toBeLessThanOrEqual(s.to + 1e-9);
    }
  });
});
