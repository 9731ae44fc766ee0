import { describe, expect, it } from "vitest";
import { createTown, departureImpact, successionRisk, toTables, weakTieReach, type Table } from "../../src/index.js";

const town = createTown({
  town: { asOf: "2024-04-01" },
  people: [
    { id: "g", origin: "local", sector: "government", tenureEnds: "2025-03-31" },
    { id: "m", origin: "outsider", sector: "resident" },
    { id: "k", origin: "local", sector: "resident" },
  ],
  projects: [{ id: "fan" }, { id: "cafe" }],
  roles: [
    { person: "g", project: "fan", role: "initiator" },
    { person: "m", project: "fan", role: "cooperator" },
    { person: "k", project: "fan", role: "participant" },
    { person: "k", project: "cafe", role: "participant" },
  ],
  ties: [{ a: "m", b: "g", strength: "strong" }, { a: "k", b: "m", strength: "weak" }],
});

const byName = (tables: Table[], name: string) => tables.find((t) => t.name === name)!;

describe("toTables", () => {
  it("gives one table per kind of row, with the keys that join them", () => {
    const r = successionRisk(town);
    const tables = toTables(r);
    const root = byName(tables, "result");
    expect(root.rows).toHaveLength(1);
    expect(root.rows[0]!.date).toBe("2024-04-01");
    expect(root.rows[0]!["options.horizonDays"]).toBe(365);
    expect(root.rows[0]!["town.levels.critical"]).toBe(r.town.levels.critical);
    const projects = byName(tables, "projects");
    expect(projects.rows.map((x) => [x.project, x.risk, x.level, x.bench])).toEqual(r.projects.map((p) => [p.project, p.risk, p.level, p.bench.join(";")]));
    const candidates = byName(tables, "projects.candidates");
    const expected = r.projects.flatMap((p) => p.candidates.map((c) => [p.project, c.id, c.readiness, c.parts.base, c.basis.tie?.with ?? null]));
    expect(candidates.rows.map((x) => [x.project, x.id, x.readiness, x["parts.base"], x["basis.tie.with"]])).toEqual(expected);
    // every row has every column (null when absent), so a data frame needs no filling
    for (const t of tables) for (const row of t.rows) expect(Object.keys(row).sort()).toEqual([...t.columns].sort());
  });

  it("flattens nested results of the what-if, lists of people, and maps", () => {
    const impact = toTables(departureImpact(town, ["g"]));
    const after = byName(impact, "projects.after.candidates");
    expect(after.rows.find((x) => x.id === "m")).toMatchObject({ project: "fan", "basis.tie.leaving": true, standIn: true });
    const reach = toTables(weakTieReach(town));
    expect(byName(reach, "result").rows[0]!["reached.all"]).toBe(weakTieReach(town).reached!.all.join(";"));
    expect(byName(reach, "criticalTies").rows[0]).toMatchObject({ a: "k", b: "m", loss: 1, lost: "k" });
    const map = toTables(new Map([["a", 1], ["b", NaN]]), { name: "degree" });
    expect(map).toEqual([{ name: "degree", columns: ["key", "value"], rows: [{ key: "a", value: 1 }, { key: "b", value: NaN }] }]);
    expect(toTables({ xs: [1, 2] }, { listSeparator: "|" })[0]!.rows[0]!.xs).toBe("1|2");
  });
});
