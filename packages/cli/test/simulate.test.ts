import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyEvents, simulate } from "@kankei/core";
import { parseTown, serializeTown } from "@kankei/core/io";
import { readTownFile } from "@kankei/core/node";
import { example, run, tempDir } from "./helpers.js";

describe("kankei simulate", () => {
  const town = parseTown(readFileSync(example, "utf8"));

  it("prints the yearly series of the core's simulation", () => {
    const r = run(["simulate", example, "--years", "3", "--seed", "4", "--lang", "en"]);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split("\n");
    expect(lines[0]!.trim().split(/\s+/)).toEqual(["year", "date", "present", "outsiders", "projects", "orphaned", "closed", "launched", "renewed", "critical", "high", "joined", "left"]);
    const sim = simulate(town, { years: 3, seed: 4 });
    for (const y of sim.years) {
      const cells = lines[1 + y.year]!.trim().split(/\s+/);
      expect(cells.slice(0, 5)).toEqual([String(y.year), y.date, String(y.people.present), String(y.people.byOrigin.outsider), String(y.projects.active)]);
    }
    expect(lines.at(-1)).toBe(`3 years from 2025-04-01 to 2028-04-01, ${sim.events.length} events (seed 4)`);
  });

  it("writes the final town, the events and the series; the events replay to the town", () => {
    const dir = tempDir();
    const out = join(dir, "after.json");
    const events = join(dir, "events.json");
    const series = join(dir, "series.json");
    const r = run(["simulate", example, "--years", "2", "--seed", "9", "--handover-after", "never", "--out", out, "--events", events, "--series", series]);
    expect(r.code).toBe(0);
    const after = readTownFile(out);
    const log = JSON.parse(readFileSync(events, "utf8"));
    expect(serializeTown(applyEvents(town, log, { asOf: "2027-04-01" }))).toBe(serializeTown(after));
    expect(log.some((e: { type: string }) => e.type === "handover")).toBe(false);
    const rows = JSON.parse(readFileSync(series, "utf8"));
    expect(rows.map((y: { year: number }) => y.year)).toEqual([0, 1, 2]);
    expect(rows[0].initiators.renewalShare).toBeNull();
    expect(serializeTown(after)).toBe(serializeTown(simulate(town, { years: 2, seed: 9, handoverAfterYears: null }).town));
  });

  it("writes a CSV bundle in Japanese", () => {
    const dir = join(tempDir(), "bundle");
    expect(run(["simulate", example, "--years", "1", "--seed", "1", "--out", dir, "--lang", "ja"]).code).toBe(0);
    expect(readFileSync(join(dir, "roles.csv"), "utf8")).toContain("仕掛け人");
    expect(serializeTown(readTownFile(dir))).toBe(serializeTown(simulate(town, { years: 1, seed: 1 }).town));
  });

  it("shows progress only on a terminal", () => {
    expect(run(["simulate", example, "--years", "1", "--seed", "1"], {}, true).err).toContain("simulating year 1/1");
    expect(run(["simulate", example, "--years", "1", "--seed", "1"]).err).toBe("");
  });

  it.each([
    [["simulate", example, "--years", "2"], /needs --seed/],
    [["simulate", example, "--seed", "2"], /needs --years/],
    [["simulate", "--years", "2", "--seed", "1"], /needs one <town>/],
    [["simulate", example, "--years", "2", "--seed", "1", "--handover-after", "soon"], /--handover-after/],
    [["simulate", example, "--years", "2", "--seed", "1", "--out", "x.gexf"], /--out takes/],
    [["simulate", example, "--years", "2", "--seed", "1", "--colour", "red"], /colour/],
  ])("exits 2 on wrong usage: %j", (args, message) => {
    const r = run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it("refuses to overwrite without --force", () => {
    const dir = tempDir();
    const out = join(dir, "t.json");
    expect(run(["simulate", example, "--years", "1", "--seed", "1", "--out", out]).code).toBe(0);
    expect(run(["simulate", example, "--years", "1", "--seed", "1", "--out", out]).code).toBe(2);
    expect(run(["simulate", example, "--years", "1", "--seed", "1", "--out", out, "--force"]).code).toBe(0);
  });

  it("has help", () => {
    const r = run(["simulate", "--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("--handover-after");
  });
});
