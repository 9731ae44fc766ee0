/**
 * The built `kankei` executable (packages/cli/dist/bin.js), run as a user runs it, on the example
 * town: every command, a report in each format and language, and a convert round trip through a
 * Shift_JIS CSV bundle. The commands' details are tested in packages/cli/test (in-process).
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
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
    expect(kankei("toString").status).toBe(2);
    expect(kankei("validate", join(dir, "missing.json")).status).toBe(2);
  });

  it("ends quietly when the reader closes the pipe (kankei report … | head -1): no stack, exit 0", async () => {
    const child = spawn(process.execPath, [bin, "report", town, "--format", "json"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy(); // the reader is gone before the report is written
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((ok) => child.on("close", ok));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  it("refuses a JSON document over 512 MiB on one line with exit 3, not a stack trace", () => {
    const huge = join(dir, "huge.json");
    writeFileSync(huge, "");
    truncateSync(huge, 600 * 2 ** 20); // sparse: no disk used
    const r = kankei("validate", huge);
    expect(r.status).toBe(3);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("CSV bundle");
  });
});
