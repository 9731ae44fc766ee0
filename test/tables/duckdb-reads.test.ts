/**
 * A reader Kankei did not write finds the same figures: the example town's succession risk,
 * turned into flat tables (`toTables`) and written as Parquet (`tableToParquet`) and CSV
 * (`tableToCsv`), is read back by DuckDB (the npm package `@duckdb/node-api`, its own C++
 * Parquet and CSV readers) and compared with the core's numbers, bit for bit.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { departureImpact, successionRisk, toTables, weakTieReach } from "@kankei/core";
import { tableToCsv, tableToParquet } from "@kankei/core/io";
import { readTownFile } from "@kankei/core/node";
import { describe, expect, it } from "vitest";

const town = readTownFile(join(import.meta.dirname, "../../examples/town/town.json"));
const risk = successionRisk(town);

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(":memory:");
  const con = await db.connect();
  try {
    return (await con.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    con.closeSync();
  }
}

describe("DuckDB reads Kankei's result tables", () => {
  const dir = mkdtempSync(join(tmpdir(), "kankei-tables-"));
  const tables = toTables(risk);
  for (const t of tables) {
    writeFileSync(join(dir, `${t.name}.parquet`), tableToParquet(t));
    writeFileSync(join(dir, `${t.name}.csv`), tableToCsv(t, { guard: false }));
  }
  const path = (name: string) => join(dir, name).replace(/'/g, "''");

  for (const format of ["parquet", "csv"] as const) {
    const read = format === "parquet" ? "read_parquet" : "read_csv_auto";
    it(`finds the same succession figures in ${format}`, async () => {
      const projects = await query(`select project, level, risk, exposure, benchStrength, orphaned from ${read}('${path(`projects.${format}`)}') order by risk desc, project`);
      const expected = [...risk.projects]
        .sort((a, b) => b.risk - a.risk || (a.project < b.project ? -1 : 1))
        .map((p) => ({ project: p.project, level: p.level, risk: p.risk, exposure: p.exposure, benchStrength: p.benchStrength, orphaned: p.orphaned }));
      expect(projects).toEqual(expected);
      // the candidates join their projects on the key the tables carry
      const bench = await query(
        `select p.project, count(*) as n, sum(c.readiness) as total from ${read}('${path(`projects.${format}`)}') p join ${read}('${path(`projects.candidates.${format}`)}') c on c.project = p.project where c.onBench group by p.project order by p.project`,
      );
      const fromCore = risk.projects
        .filter((p) => p.bench.length > 0)
        .map((p) => ({ project: p.project, n: BigInt(p.bench.length), total: p.candidates.filter((c) => c.onBench).reduce((s, c) => s + c.readiness, 0) }))
        .sort((a, b) => (a.project < b.project ? -1 : 1));
      expect(bench.map((r) => ({ ...r, total: Number(r.total) }))).toEqual(fromCore.map((r) => ({ ...r, total: expect.closeTo(r.total, 12) })));
    });
  }

  it("reads the what-if and the people behind weak-tie reach", async () => {
    const impact = toTables(departureImpact(town, ["c02"]));
    const t = impact.find((x) => x.name === "projects")!;
    writeFileSync(join(dir, "impact.parquet"), tableToParquet(t));
    const rows = await query(`select project, "successor.id" as successor, riskAfter from read_parquet('${path("impact.parquet")}') where project = 'workation'`);
    const core = departureImpact(town, ["c02"]).projects.find((p) => p.project === "workation")!;
    expect(rows).toEqual([{ project: "workation", successor: core.successor!.id, riskAfter: core.riskAfter }]);
    const reach = toTables(weakTieReach(town)).find((x) => x.name === "criticalTies")!;
    writeFileSync(join(dir, "critical.csv"), tableToCsv(reach));
    const lost = await query(`select sum(loss) as loss, sum(len(string_split(lost, ';'))) as people from read_csv_auto('${path("critical.csv")}')`);
    expect(Number(lost[0]!.loss)).toBe(Number(lost[0]!.people));
  });
});
