/**
 * The built `kankei` executable (packages/cli/dist/bin.js), run as a user runs it, on the example
 * town: every command, a report in each format and language, and a convert round trip through a
 * Shift_JIS CSV bundle. The commands' details are tested in packages/cli/test (in-process).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const bin = join(root, "packages/cli/dist/bin.js");
const town = join(root, "examples/town/town.json");

function kankei(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8", env: { ...process.env, LANG: "C", KANKEI_LANG: "" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("the kankei executable on the example town", { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "kankei-bin-"));

  it("summary and validate", () => {
    expect(kankei("summary", town, "--lang", "ja").stdout).toContain("架空町");
    const v = kankei("validate", join(root, "examples/town/csv-sjis"), "--lang", "en");
    expect(v.status).toBe(0);
  });

  it.each([
    ["md", "ja", "# "],
    ["md", "en", "# "],
    ["html", "ja", "<!doctype html>"],
    ["html", "en", "<!doctype html>"],
    ["json", "en", "{"],
  ])("report --format %s --lang %s", (format, lang, start) => {
    const out = join(dir, `report-${lang}.${format}`);
    const r = kankei("report", town, "--format", format, "--lang", lang, "--out", out);
    expect(r.status, r.stderr).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text.toLowerCase().startsWith(start.toLowerCase())).toBe(true);
    expect(text).toContain(lang === "ja" && format !== "json" ? "空き家バンク" : "akiya-bank");
  });

  it("convert round trip: JSON → Shift_JIS CSV (Japanese) → JSON, byte for byte", () => {
    expect(kankei("convert", town, join(dir, "csv"), "--lang", "ja", "--encoding", "shift_jis").status).toBe(0);
    expect(kankei("convert", join(dir, "csv"), join(dir, "back.json")).status).toBe(0);
    expect(readFileSync(join(dir, "back.json"), "utf8")).toBe(readFileSync(town, "utf8"));
    expect(kankei("convert", town, join(dir, "town.gexf")).status).toBe(0);
    expect(kankei("convert", town, join(dir, "town.graphml")).status).toBe(0);
  });

  it("simulate and generate", () => {
    const s = kankei("simulate", town, "--years", "3", "--seed", "1", "--out", join(dir, "after.json"));
    expect(s.status, s.stderr).toBe(0);
    expect(s.stdout.trim().split("\n")).toHaveLength(6); // header, years 0–3, the closing line
    const g = kankei("generate", "--people", "300", "--seed", "2", "--out", join(dir, "synthetic.json"));
    expect(g.status, g.stderr).toBe(0);
    expect(kankei("validate", join(dir, "synthetic.json")).status).toBe(0);
  });

  it("exit codes scripts can rely on", () => {
    expect(kankei("report").status).toBe(2);
    expect(kankei("nonsense").status).toBe(2);
    expect(kankei("validate", join(dir, "missing.json")).status).not.toBe(0);
  });
});
