/**
 * The viewer's display derivation with ids that are names of `Object.prototype` and ids shared
 * by a person and a project (issue 11, items 6 and 7): the graph it draws, the scene, the node
 * and edge reducers, the circular layout and the panels' names.
 */
import { createTown, idOfGraphKey } from "@kankei/core";
import { describe, expect, it } from "vitest";
import { TownAnalysis } from "../../src/analysis/town-analysis.js";
import { deriveScene } from "../../src/display/derive-scene.js";
import { edgeDisplay } from "../../src/display/edge-reducer.js";
import { nodeDisplay } from "../../src/display/node-reducer.js";
import { circularLayout } from "../../src/layout/circular.js";
import { initialViewState, reduceView } from "../../src/state/view-state.js";

const IDS = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"];

const town = createTown({
  town: { asOf: "2024-04-01" },
  people: [...IDS.map((id, i) => ({ id, origin: i % 2 === 0 ? ("local" as const) : ("outsider" as const) })), { id: "1", origin: "local" as const }],
  projects: [{ id: "__proto__", name: "プロト" }, { id: "constructor" }, { id: "1", name: "ファンクラブ" }],
  roles: [
    { person: "__proto__", project: "__proto__", role: "initiator" as const },
    { person: "constructor", project: "constructor", role: "initiator" as const },
    { person: "toString", project: "__proto__", role: "cooperator" as const },
    { person: "1", project: "1", role: "initiator" as const },
  ],
  ties: [
    { a: "__proto__", b: "constructor", strength: "strong" as const },
    { a: "constructor", b: "toString", strength: "weak" as const },
    { a: "toString", b: "hasOwnProperty", strength: "strong" as const },
    { a: "hasOwnProperty", b: "valueOf", strength: "weak" as const },
    { a: "valueOf", b: "1", strength: "weak" as const },
  ],
});

describe("the viewer with hostile ids", () => {
  const analysis = new TownAnalysis(town);
  const graph = analysis.graph(analysis.date);

  it("draws every person and tie (was: snapshot threw, a blank page)", () => {
    expect(graph.order).toBe(6);
    expect(graph.size).toBe(5);
    expect(graph.nodes().map(idOfGraphKey).sort()).toEqual([...IDS, "1"].sort());
  });

  it("derives a scene, node and edge displays by person id", () => {
    let state = initialViewState(analysis.date, "ja");
    state = reduceView(state, { type: "selectPerson", person: "constructor" });
    state = reduceView(state, { type: "selectProject", project: "__proto__" });
    const scene = deriveScene(state, analysis, new Map());
    expect([...scene.projectRoles!.keys()].sort()).toEqual(["__proto__", "toString"]);
    graph.forEachNode((key, data) => {
      const id = idOfGraphKey(key);
      const d = nodeDisplay(id, data, scene);
      // members of the selected project are labelled by their own id (no name); others are dimmed
      if (id === "__proto__" || id === "toString") expect(d.label).toContain(id);
      expect(typeof d.size).toBe("number");
      expect(d.highlighted).toBe(id === "constructor" || id === "__proto__");
    });
    graph.forEachEdge((edge, data, source, target) => {
      expect(() => edgeDisplay(data, idOfGraphKey(source), idOfGraphKey(target), scene)).not.toThrow();
    });
  });

  it("places everyone in the circular layout", () => {
    const people = graph.mapNodes((id, a) => ({ id, origin: a.origin, role: a.role, roles: a.roles }));
    const { positions } = circularLayout(people, town.projectsAt(analysis.date).map((p) => p.id));
    graph.forEachNode((key) => {
      const p = positions.get(key)!;
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    });
  });

  it("names a person without a name by their id, never by the project with the same id (issue 11, item 6)", () => {
    expect(town.personName("1")).toBe("1");
    expect(graph.getNodeAttribute("1", "name")).toBe("1");
    expect(town.projectName("1")).toBe("ファンクラブ");
    expect(analysis.summary(analysis.date).projects.map((p) => p.name)).toEqual(["プロト", "constructor", "ファンクラブ"]);
  });
});
