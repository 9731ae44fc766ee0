/** Code shown in docs/notebooks.md is code that the notebooks run (test/notebooks executes them). */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const doc = readFileSync(join(root, "docs/notebooks.md"), "utf8");
const folder = join(root, "examples/notebooks");
const cells = readdirSync(folder)
  .filter((f) => f.endsWith(".ipynb"))
  .flatMap((f) => (JSON.parse(readFileSync(join(folder, f), "utf8")) as { cells: { cell_type: string; source: string[] | string }[] }).cells)
  .filter((c) => c.cell_type === "code")
  .map((c) => (Array.isArray(c.source) ? c.source.join("") : c.source));

describe("docs/notebooks.md", () => {
  it("shows TypeScript that is in a notebook cell, verbatim", () => {
    const blocks = [...doc.matchAll(/```ts\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(cells.some((c) => c.includes(block)), block).toBe(true);
  });

  it("names every notebook there is", () => {
    for (const f of readdirSync(folder).filter((f) => f.endsWith(".ipynb"))) expect(doc).toContain(f);
  });
});
