import { describe, expect, it } from "vitest";
import { circularLayout } from "../../src/layout/circular.js";
import { TIE_AFFINITY, runForceAtlas2, tieAffinity } from "../../src/layout/forceatlas2.js";
import { exampleTown } from "../fixtures/example-town.js";

describe("ForceAtlas2 on the example town", () => {
  it("reads tie strength as an affinity through a getter (never a `weight` attribute)", () => {
    expect(tieAffinity("e", { strength: "strong" })).toBe(TIE_AFFINITY.strong);
    expect(tieAffinity("e", { strength: "weak", weight: 99 })).toBe(TIE_AFFINITY.weak);
  });

  it("moves people from the circular layout to finite positions, and pulls strongly tied people closer", () => {
    const town = exampleTown();
    const g = town.snapshot();
    const { positions } = circularLayout(g.mapNodes((id, a) => ({ id, origin: a.origin, role: a.role, roles: a.roles })), town.projectsAt().map((p) => p.id));
    g.updateEachNodeAttributes((id, a) => ({ ...a, ...positions.get(id)!, x: positions.get(id)!.x * 10, y: positions.get(id)!.y * 10 }) as never);
    const before = g.mapNodes((_, a) => [(a as never as { x: number }).x, (a as never as { y: number }).y]);
    runForceAtlas2(g, 300);
    const after = g.mapNodes((_, a) => [(a as never as { x: number }).x, (a as never as { y: number }).y]);
    expect(after.every(([x, y]) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
    expect(after).not.toEqual(before);
    expect(g.hasAttribute("weight")).toBe(false);
    g.forEachEdge((_, a) => expect("weight" in a).toBe(false));
    const mean = (strength: string) => {
      let sum = 0;
      let n = 0;
      g.forEachEdge((_, a, s, t, sa, ta) => {
        if (a.strength !== strength) return;
        const p = sa as never as { x: number; y: number };
        const q = ta as never as { x: number; y: number };
        sum += Math.hypot(p.x - q.x, p.y - q.y);
        n++;
      });
      return sum / n;
    };
    expect(mean("strong")).toBeLessThan(mean("weak"));
  });
});
