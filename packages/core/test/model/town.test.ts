import { describe, expect, it } from "vitest";
import { test, fc } from "@fast-check/vitest";
import { UsageError, createTown, dayNumber, isoDate } from "../../src/index.js";
import { arbitraryTown } from "../../src/testing.js";

const town = createTown({
  town: { name: "架空町", asOf: "2022-04-01" },
  people: [
    { id: "ito", name: "伊藤", origin: "local", sector: "government", tenureEnds: "2023-03-31" },
    { id: "kim", origin: "outsider", sector: "corps", joined: "2020-04-01", left: "2023-04-01" },
    { id: "sato", origin: "local", sector: "resident" },
    { id: "gone", origin: "local", joined: "2015-01-01", left: "2019-01-01" },
  ],
  projects: [
    { id: "fan", name: "ファンクラブ", start: "2019-04-01" },
    { id: "old", start: "2016-01-01", end: "2020-01-01" },
  ],
  roles: [
    { person: "ito", project: "fan", role: "initiator", to: "2021-04-01" },
    { person: "ito", project: "fan", role: "supporter", from: "2021-04-01" },
    { person: "kim", project: "fan", role: "cooperator", to: "2021-04-01" },
    { person: "kim", project: "fan", role: "initiator", from: "2021-04-01" },
    { person: "sato", project: "fan", role: "participant" },
    { person: "gone", project: "old", role: "initiator" },
    { person: "sato", project: "old", role: "cooperator" },
  ],
  ties: [
    { a: "ito", b: "kim", strength: "strong" },
    { a: "kim", b: "sato", strength: "weak", from: "2020-06-01" },
    { a: "gone", b: "sato", strength: "strong" },
  ],
});

describe("Town at a date", () => {
  it("answers who is in a project and in which role, before and after a handover", () => {
    expect(town.initiatorsAt("fan", "2020-06-01")).toEqual(["ito"]);
    expect(town.initiatorsAt("fan")).toEqual(["kim"]);
    expect(town.membersAt("fan").map((m) => [m.person, m.role])).toEqual([
      ["kim", "initiator"],
      ["ito", "supporter"],
      ["sato", "participant"],
    ]);
    expect(town.roleAt("ito", "fan", "2021-03-31")).toBe("initiator");
    expect(town.roleAt("ito", "fan", "2021-04-01")).toBe("supporter");
  });

  it("cuts open roles at the project's start and the person's presence", () => {
    // kim's cooperator role has no from: it starts when kim joins (2020-04-01), after the project
    expect(town.roleAt("kim", "fan", "2020-03-31")).toBeUndefined();
    expect(town.roleAt("kim", "fan", "2020-04-01")).toBe("cooperator");
    // sato's role in "old" ends with the project
    expect(town.roleAt("sato", "old", "2019-12-31")).toBe("cooperator");
    expect(town.roleAt("sato", "old", "2020-01-01")).toBeUndefined();
    expect(town.roleSpan(5)).toEqual({ from: dayNumber("2016-01-01"), to: dayNumber("2019-01-01") });
  });

  it("gives a person's roles and ties, and the snapshot of the network", () => {
    expect(town.rolesAt("ito").map((r) => [r.project, r.role])).toEqual([["fan", "supporter"]]);
    expect(town.highestRoleAt("kim")).toBe("initiator");
    expect(town.tiesOf("kim").map((t) => [t.partner, t.strength])).toEqual([
      ["ito", "strong"],
      ["sato", "weak"],
    ]);
    expect(town.tiesOf("sato", "2018-01-01").map((t) => t.partner)).toEqual(["gone"]);
    const g = town.snapshot();
    expect(g.order).toBe(3);
    expect(g.size).toBe(2);
    expect(g.getNodeAttributes("kim")).toMatchObject({ origin: "outsider", role: "initiator", roles: { fan: "initiator" } });
    expect(g.getEdgeAttribute(g.edge("kim", "sato")!, "strength")).toBe("weak");
    expect(g.hasNode("gone")).toBe(false);
    // no sigma-reserved names and no `weight` in the domain attributes
    for (const k of [...Object.keys(g.getNodeAttributes("kim")), ...Object.keys(g.getEdgeAttributes(g.edges()[0]!))]) {
      expect(["type", "size", "color", "label", "hidden", "x", "y", "zIndex", "forceLabel", "highlighted", "weight"]).not.toContain(k);
    }
  });

  it("keeps the whole history, with names defaulting to ids", () => {
    expect(town.roleHistory("kim").map((r) => r.role)).toEqual(["cooperator", "initiator"]);
    expect(town.projectHistory("old").length).toBe(2);
    expect(town.nameOf("kim")).toBe("kim");
    expect(town.nameOf("ito")).toBe("伊藤");
    expect(town.graph.order).toBe(4);
    expect(town.graph.size).toBe(3);
  });

  it("uses town.asOf as the default date, else the latest date anywhere", () => {
    expect(town.date()).toBe("2022-04-01");
    const t2 = createTown({ people: [{ id: "a", origin: "local", tenureEnds: "2030-01-01", joined: "2020-01-01" }] });
    expect(t2.date()).toBe("2030-01-01");
    expect(() => createTown({}).date()).toThrow(UsageError);
    expect(() => town.date("2022-02-30")).toThrow(UsageError);
  });
});

describe("Town is immutable", () => {
  it("freezes records and refuses changes through its graph", () => {
    expect(Object.isFrozen(town.people[0])).toBe(true);
    expect(() => {
      (town.people as any).push({ id: "x" });
    }).toThrow(TypeError);
    expect(() => town.graph.addNode("x")).toThrow(UsageError);
    expect(() => town.graph.setNodeAttribute("kim", "origin", "local")).toThrow(UsageError);
    expect(town.graph.copy().order).toBe(4);
  });

  it("hands out snapshots the caller owns", () => {
    const g = town.snapshot();
    g.dropNode("kim");
    expect(town.snapshot().hasNode("kim")).toBe(true);
  });
});

describe("Town properties", () => {
  test.prop([arbitraryTown(), fc.integer({ min: 0, max: 4000 })], { numRuns: 150 })(
    "the snapshot holds exactly the present people and active ties, and one role per project",
    (t, offset) => {
      const date = isoDate(dayNumber("2014-06-01")! + offset);
      const g = t.snapshot(date);
      expect(g.order).toBe(t.peopleAt(date).length);
      expect(g.size).toBe(t.tiesAt(date).length);
      for (const p of t.projectsAt(date)) {
        const members = t.membersAt(p.id, date).map((m) => m.person);
        expect(new Set(members).size).toBe(members.length);
        for (const m of members) expect(g.hasNode(m)).toBe(true);
      }
    },
  );
});

describe("dates", () => {
  it("round-trips day numbers over four centuries", () => {
    for (let d = -200000; d < 200000; d += 997) expect(dayNumber(isoDate(d))).toBe(d);
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("2000-03-01")! - dayNumber("2000-02-28")!).toBe(2);
    expect(dayNumber("1900-03-01")! - dayNumber("1900-02-28")!).toBe(1);
  });
});
