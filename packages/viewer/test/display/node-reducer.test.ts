import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_NODE_SIZE, NODE_PROGRAM, OUTSIDER_BORDER, nodeDisplay } from "../../src/display/node-reducer.js";
import { COLORS, ROLE_COLORS } from "../../src/display/palette.js";
import { scene, type ViewerNode } from "../../src/display/scene.js";

const base = scene({ lang: "en", sizes: new Map([["a", 9]]), filters: { strongOnly: false, outsidersOnly: false, project: null } });
const node = (over: Partial<ViewerNode> = {}): ViewerNode => ({ name: "Aoki", origin: "local", role: "cooperator", roles: { p: "cooperator" }, x: 1, y: 2, ...over });
const role = fc.constantFrom("initiator" as const, "cooperator" as const, "supporter" as const, "participant" as const, null);

describe("nodeDisplay", () => {
  it("colours by highest role, borders outsiders only, and keeps the domain attributes", () => {
    fc.assert(
      fc.property(role, fc.constantFrom("local" as const, "outsider" as const), (r, origin) => {
        const n = node({ role: r, origin });
        const d = nodeDisplay("a", n, base);
        expect(d.color).toBe(ROLE_COLORS[r ?? "none"]);
        expect(d.borderSize).toBe(origin === "outsider" ? OUTSIDER_BORDER : 0);
        if (origin === "outsider") expect(d.borderColor).toBe(COLORS.outsiderBorder);
        expect(d).toMatchObject({ name: "Aoki", origin, role: r, x: 1, y: 2, type: NODE_PROGRAM, size: 9, hidden: false, label: "Aoki" });
      }),
    );
  });

  it("never changes its input and gives a default size", () => {
    const n = Object.freeze(node());
    const d = nodeDisplay("zz", n, base);
    expect(d).not.toBe(n);
    expect(d.size).toBe(DEFAULT_NODE_SIZE);
  });

  it("hides locals under 'outsiders only' and non-members under a project filter", () => {
    const outsidersOnly = { ...base, filters: { ...base.filters, outsidersOnly: true } };
    expect(nodeDisplay("a", node(), outsidersOnly).hidden).toBe(true);
    expect(nodeDisplay("a", node({ origin: "outsider" }), outsidersOnly).hidden).toBe(false);
    const oneProject = { ...base, filterMembers: new Set(["b"]) };
    expect(nodeDisplay("a", node(), oneProject).hidden).toBe(true);
    expect(nodeDisplay("b", node(), oneProject).hidden).toBe(false);
  });

  it("with a project selected: dims non-members, labels the initiator and the ranked successors", () => {
    const s = { ...base, projectRoles: new Map([["i", "initiator" as const], ["c", "cooperator" as const]]), successorRank: new Map([["c", 1]]) };
    const outside = nodeDisplay("x", node(), s);
    expect(outside).toMatchObject({ color: COLORS.dimmed, label: "", zIndex: 0 });
    expect(nodeDisplay("i", node({ role: "initiator" }), s)).toMatchObject({ highlighted: true, forceLabel: true, color: ROLE_COLORS.initiator });
    expect(nodeDisplay("c", node(), s)).toMatchObject({ label: "1. Aoki", forceLabel: true, color: ROLE_COLORS.cooperator });
  });

  it("shows the what-if's leavers and successors", () => {
    const s = { ...base, lang: "ja" as const, departed: new Set(["a"]), takeovers: new Set(["b"]) };
    expect(nodeDisplay("a", node(), s)).toMatchObject({ color: COLORS.departedFill, borderColor: COLORS.departedBorder, label: "Aoki（離脱）" });
    expect(nodeDisplay("b", node(), s)).toMatchObject({ label: "Aoki → 仕掛け人", highlighted: true });
  });

  it("focuses the selected person and their partners, and highlights search matches", () => {
    const s = { ...base, selectedPerson: "a", neighbours: new Set(["b"]), matches: new Set(["m"]) };
    expect(nodeDisplay("a", node(), s)).toMatchObject({ highlighted: true, forceLabel: true });
    expect(nodeDisplay("b", node(), s).color).toBe(ROLE_COLORS.cooperator);
    expect(nodeDisplay("c", node(), s).color).toBe(COLORS.dimmed);
    expect(nodeDisplay("m", node(), s)).toMatchObject({ highlighted: true, color: ROLE_COLORS.cooperator });
  });
});
