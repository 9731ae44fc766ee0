/**
 * docs/rotation.md: the worked example's tables are what examples/rotation/compare-policies.mjs
 * prints, the code shown is the example's own, and every simulation option is in the table.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SIMULATION_DEFAULTS } from "@kankei/core";
// @ts-expect-error: a plain JavaScript example, run as it is
import { exampleTown, runPolicies, seriesTable, summaryTable } from "../../examples/rotation/compare-policies.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const doc = readFileSync(join(root, "docs/rotation.md"), "utf8");
const source = readFileSync(join(root, "examples/rotation/compare-policies.mjs"), "utf8");

function block(text: string, name: string): string {
  const m = new RegExp(`<!-- begin: ${name} -->\\n([\\s\\S]*?)\\n<!-- end: ${name} -->`).exec(text);
  if (m === null) throw new Error(`no block "${name}" in docs/rotation.md`);
  return m[1]!;
}

describe("docs/rotation.md", () => {
  const results = runPolicies(exampleTown());

  it("shows the series the example prints", () => {
    expect(block(doc, "series")).toBe(seriesTable(results));
  });

  it("shows the summary over twenty seeds the example prints", () => {
    expect(block(doc, "summary")).toBe(summaryTable(results));
  });

  it("shows the example's own code for the policies", () => {
    const shown = block(doc, "policies").replace(/^```js\n/, "").replace(/\n```$/, "");
    const code = /\/\/ begin: policies\n([\s\S]*?)\n\/\/ end: policies/.exec(source)![1]!;
    expect(shown).toBe(code);
  });

  it("lists every simulation option in its table", () => {
    for (const key of [...Object.keys(SIMULATION_DEFAULTS), "start", "onProgress"]) {
      expect(doc, key).toContain(`| \`${key}\` |`);
    }
  });

  it("quotes the numbers of the reading from the runs", () => {
    const [a, aPrime, b] = results as { runs: { years: { projects: { active: number } }[]; events: { type: string; project?: string; to?: string }[] }[] }[];
    const alive = (r: typeof a) => r.runs.map((run) => run.years.at(-1)!.projects.active);
    expect(Math.min(...alive(aPrime!))).toBe(6);
    expect(Math.min(...alive(b!))).toBe(0);
    for (const run of a!.runs) {
      const handovers = run.events.filter((e) => e.type === "handover");
      expect(handovers.map((e) => [e.project, e.to])).toEqual([["akiya-bank", "c08"]]);
    }
  });
});
