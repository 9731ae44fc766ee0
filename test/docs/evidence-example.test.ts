/**
 * docs/metrics.md, "Calibrating for your own town": every table is what
 * examples/evidence/backtest-simulated.mjs prints (the example town's, and the simulated towns'
 * with the doc's 20 seeds: the full run, about 20 seconds), and the code the doc shows is the
 * example's own.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain JavaScript example, run as it is
import { allTables, exampleTown } from "../../examples/evidence/backtest-simulated.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const doc = readFileSync(join(root, "docs/metrics.md"), "utf8");
const section = doc.slice(doc.indexOf("## Calibrating for your own town"));

function block(name: string): string {
  const m = new RegExp(`<!-- begin: ${name} -->\\n([\\s\\S]*?)\\n<!-- end: ${name} -->`).exec(section);
  if (m === null) throw new Error(`no block "${name}" in docs/metrics.md`);
  return m[1]!;
}

describe("docs/metrics.md, calibrating for your own town", () => {
  it("is the last section of the file", () => {
    expect(section.length).toBeGreaterThan(1000);
    expect(section.slice(3)).not.toMatch(/^## /m);
  });

  it("shows exactly the tables the example prints (20 seeds)", { timeout: 240_000 }, () => {
    const tables = allTables(exampleTown(), 20) as Record<string, string>;
    expect(Object.keys(tables).length).toBe(7);
    for (const [name, text] of Object.entries(tables)) expect(block(name), name).toBe(text);
  });

  it("quotes the example town's failures and warning as the tables say", () => {
    expect(block("exampleBacktest")).toContain("7 failures (base rate 0.121): too few events for any conclusion (fewer than 10).");
  });
});
