import { departureImpact, successionRisk } from "@kankei/core";
import { describe, expect, it } from "vitest";
import { TownAnalysis } from "../../src/analysis/town-analysis.js";
import { RANKED_SUCCESSORS, deriveScene } from "../../src/display/derive-scene.js";
import { initialViewState, reduceView } from "../../src/state/view-state.js";
import { exampleTown } from "../fixtures/example-town.js";

describe("deriveScene on the example town", () => {
  const town = exampleTown();
  const analysis = new TownAnalysis(town);
  const s0 = initialViewState(analysis.date, "ja");
  const risk = successionRisk(town);

  it("selects nothing at first", () => {
    const s = deriveScene(s0, analysis, new Map());
    expect(s.projectRoles).toBeNull();
    expect(s.departed.size + s.takeovers.size + s.matches.size + s.neighbours.size).toBe(0);
  });

  it("gives a selected project's members, and its candidates ranked as the core ranks them", () => {
    for (const p of risk.projects) {
      const s = deriveScene(reduceView(s0, { type: "selectProject", project: p.project }), analysis, new Map());
      expect([...s.projectRoles!.keys()].sort()).toEqual(town.membersAt(p.project).map((m) => m.person).sort());
      expect([...s.successorRank.keys()]).toEqual(p.candidates.slice(0, RANKED_SUCCESSORS).map((c) => c.id));
      for (const i of p.initiators) expect(s.projectRoles!.get(i.id)).toBe("initiator");
    }
  });

  it("marks the what-if's leavers and the successors the core names", () => {
    const leaver = risk.projects.flatMap((p) => p.initiators.map((i) => i.id))[0]!;
    const s = deriveScene(reduceView(s0, { type: "toggleDeparture", person: leaver }), analysis, new Map());
    const impact = departureImpact(town, [leaver]);
    expect([...s.departed]).toEqual([leaver]);
    expect([...s.takeovers].sort()).toEqual(impact.projects.flatMap((p) => (p.successor ? [p.successor.id] : [])).sort());
  });

  it("gives a selected person's partners and the search's matches", () => {
    const s = deriveScene({ ...s0, selectedPerson: "g01", search: "佐藤" }, analysis, new Map());
    expect([...s.neighbours].sort()).toEqual(town.tiesOf("g01").map((e) => e.partner).sort());
    expect(s.matches.has("g01")).toBe(true);
  });

  it("lists the members of the filtered project", () => {
    const project = risk.projects[0]!.project;
    const s = deriveScene(reduceView(s0, { type: "setFilter", filter: { project } }), analysis, new Map());
    expect(s.filterMembers!.size).toBe(town.membersAt(project).length);
  });
});
