/** `pnpm docs` builds the API reference with TypeDoc: every entry point, every public function. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

describe("the API reference (TypeDoc)", () => {
  it("builds without errors and documents the public functions with their examples", () => {
    const out = mkdtempSync(join(tmpdir(), "kankei-api-"));
    const log = execFileSync(join(root, "node_modules/.bin/typedoc"), ["--out", out], { cwd: root, encoding: "utf8" });
    expect(log).toContain("html generated");
    expect(log).not.toMatch(/\[error\]/);
    const pages = readdirSync(join(out, "functions"));
    for (const [module, name] of [
      ["_kankei_core", "successionRisk"],
      ["_kankei_core", "weakTieReach"],
      ["_kankei_core", "applyEvents"],
      ["_kankei_core", "simulate"],
      ["_kankei_core", "generateTown"],
      ["_kankei_core_io", "parseTown"],
      ["_kankei_core_io", "readCsvBundle"],
      ["_kankei_core_node", "readTownFile"],
      ["_kankei_core_testing", "arbitraryScenario"],
      ["_kankei_cli", "main"],
      ["_kankei_viewer", "mountViewer"],
    ]) {
      expect(pages, name).toContain(`${module}.${name}.html`);
    }
    const risk = readFileSync(join(out, "functions", "_kankei_core.successionRisk.html"), "utf8");
    expect(risk).toContain("Succession risk");
    const text = risk.replace(/<[^>]+>/g, "");
    expect(text).toContain("const result = successionRisk(town)");
  }, 300_000);
});
