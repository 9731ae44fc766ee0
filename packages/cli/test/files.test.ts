/**
 * The commands' outputs (src/files.ts, issue 11): no output replaces an input or another output,
 * none replaces an existing file without --force, a name that is only an extension is refused,
 * and every write is atomic.
 */
import { existsSync, linkSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "@kankei/core";
import { checkOutputs, samePath } from "../src/index.js";
import { example, run, tempDir } from "./helpers.js";

describe("samePath and checkOutputs", () => {
  it("tell two names of one file apart from two files", () => {
    const dir = tempDir();
    const a = join(dir, "a.json");
    writeFileSync(a, "{}");
    linkSync(a, join(dir, "hard.json"));
    expect(samePath(a, join(dir, "..", dir.split("/").pop()!, "a.json"))).toBe(true);
    expect(samePath(a, join(dir, "hard.json"))).toBe(true);
    expect(samePath(join(dir, "new.json"), join(dir, ".", "new.json"))).toBe(true);
    expect(samePath(a, join(dir, "b.json"))).toBe(false);
  });

  it("refuse an output that is an input even with force, and a CSV file standing for its bundle", () => {
    expect(() => checkOutputs([example], [{ flag: "--out", path: example }], true)).toThrow(UsageError);
    const dir = tempDir();
    writeFileSync(join(dir, "people.csv"), "id\n");
    expect(() => checkOutputs([join(dir, "people.csv")], [{ flag: "<out>", path: dir }], true)).toThrow(/also the input/);
  });
});

describe("the commands' outputs", () => {
  it("report --out never replaces its own town, and replaces a file only with --force", () => {
    const dir = tempDir();
    const town = join(dir, "t.json");
    writeFileSync(town, readFileSync(example));
    for (const args of [["report", town, "--out", town], ["report", town, "--out", town, "--force", "--format", "json"]]) {
      const r = run(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.err).toContain("is also the input");
    }
    expect(readFileSync(town, "utf8")).toBe(readFileSync(example, "utf8"));
    const out = join(dir, "r.md");
    writeFileSync(out, "keep me");
    const refused = run(["report", town, "--out", out]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("already exists; add --force");
    expect(readFileSync(out, "utf8")).toBe("keep me");
    expect(run(["report", town, "--out", out, "--force"]).code).toBe(0);
    expect(readFileSync(out, "utf8").startsWith("# ")).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["r.md", "t.json"]);
  });

  it("simulate refuses two outputs at one path, and an output that is its input", () => {
    const dir = tempDir();
    const x = join(dir, "x.json");
    const cases: [string[], RegExp][] = [
      [["simulate", example, "--years", "1", "--seed", "1", "--out", x, "--events", x], /--out and --events name the same path/],
      [["simulate", example, "--years", "1", "--seed", "1", "--events", x, "--series", join(dir, ".", "x.json")], /--events and --series name the same path/],
      [["simulate", example, "--years", "1", "--seed", "1", "--out", example, "--force"], /is also the input/],
      [["simulate", example, "--years", "1", "--seed", "1", "--events", join(dir, "events")], /--events writes JSON: its file name must end in \.json/],
    ];
    for (const [args, message] of cases) {
      const r = run(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.err).toMatch(message);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it("convert refuses an output named only by an extension (it made a folder named .json), listing the known ones", () => {
    const dir = tempDir();
    for (const name of [".json", ".gexf", ".csv", ".hidden"]) {
      const r = run(["convert", example, join(dir, name)]);
      expect(r.code, name).toBe(2);
      expect(r.err).toContain(".json, .gexf, .graphml, or a folder name without an extension");
    }
    const unknown = run(["convert", example, join(dir, "town.txt")]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain(".json, .gexf, .graphml");
    expect(readdirSync(dir)).toEqual([]);
    expect(run(["generate", "--people", "10", "--seed", "1", "--out", join(dir, ".json")]).code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("convert refuses to write the bundle it reads", () => {
    const dir = tempDir();
    expect(run(["convert", example, join(dir, "csv")]).code).toBe(0);
    const r = run(["convert", join(dir, "csv"), join(dir, "csv"), "--force"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("is also the input");
    expect(existsSync(join(dir, "csv", "people.csv"))).toBe(true);
  });
});
