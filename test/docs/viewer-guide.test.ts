/** docs/viewer.md shows only screenshots that the viewer's end-to-end tests make. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const guide = readFileSync(join(root, "docs/viewer.md"), "utf8");
const e2e = join(root, "packages/viewer/test/e2e");
const made = new Set(
  readdirSync(e2e)
    .filter((f) => f.endsWith(".ts"))
    .flatMap((f) => [...readFileSync(join(e2e, f), "utf8").matchAll(/saveScreenshot\(\w+, "([\w-]+)"/g)].map((m) => `viewer-${m[1]}.png`)),
);

describe("docs/viewer.md", () => {
  const shown = [...guide.matchAll(/\]\(images\/([\w.-]+)\)/g)].map((m) => m[1]!);

  it("shows every screenshot the tests make, and only those", () => {
    expect(shown.length).toBeGreaterThan(5);
    expect([...new Set(shown)].sort()).toEqual([...made].sort());
    for (const image of shown) expect(existsSync(join(root, "docs/images", image)), image).toBe(true);
  });

  it("is written in Japanese and English", () => {
    expect(guide).toContain("ビューアの使い方");
    expect(guide).toContain("Viewer guide");
    expect(guide).toContain("What if this person leaves");
    expect(guide).toContain("もしこの人が離れたら");
  });
});
