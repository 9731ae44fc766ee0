import { describe, expect, it } from "vitest";
import { TIE_WIDTH, edgeDisplay } from "../../src/display/edge-reducer.js";
import { COLORS } from "../../src/display/palette.js";
import { scene } from "../../src/display/scene.js";

const base = scene({ lang: "en", sizes: new Map(), filters: { strongOnly: false, outsidersOnly: false, project: null } });
const strong = Object.freeze({ strength: "strong" as const, index: 0 });
const weak = Object.freeze({ strength: "weak" as const, index: 1 });

describe("edgeDisplay", () => {
  it("draws strong ties heavier and darker than weak ones", () => {
    const s = edgeDisplay(strong, "a", "b", base);
    const w = edgeDisplay(weak, "a", "b", base);
    expect(s.size).toBe(TIE_WIDTH.strong);
    expect(w.size).toBe(TIE_WIDTH.weak);
    expect(s.size).toBeGreaterThan(w.size);
    expect([s.color, w.color]).toEqual([COLORS.strongTie, COLORS.weakTie]);
    expect(s).toMatchObject({ strength: "strong", index: 0, hidden: false });
  });

  it("hides weak ties under 'strong ties only'", () => {
    const s = { ...base, filters: { ...base.filters, strongOnly: true } };
    expect(edgeDisplay(weak, "a", "b", s).hidden).toBe(true);
    expect(edgeDisplay(strong, "a", "b", s).hidden).toBe(false);
  });

  it("fades ties outside the selected project and of leavers, darkens ties of the selected person", () => {
    const project = { ...base, projectRoles: new Map([["a", "initiator" as const], ["b", "cooperator" as const]]) };
    expect(edgeDisplay(strong, "a", "b", project).color).toBe(COLORS.focusTie);
    expect(edgeDisplay(strong, "a", "c", project).color).toBe(COLORS.dimmedTie);
    expect(edgeDisplay(strong, "a", "b", { ...base, departed: new Set(["b"]) }).color).toBe(COLORS.dimmedTie);
    const person = { ...base, selectedPerson: "c" };
    expect(edgeDisplay(weak, "c", "d", person).color).toBe(COLORS.strongTie);
    expect(edgeDisplay(weak, "a", "d", person).color).toBe(COLORS.dimmedTie);
  });
});
