import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { serializeTown } from "@kankei/core/io";
import { readTownFile } from "@kankei/core/node";
import { describe, expect, it } from "vitest";
import { run, tempDir } from "./helpers.js";

describe("kankei generate", () => {
  it("writes the same bytes twice for the same seed, and another town for another seed", () => {
    const dir = tempDir();
    const [a, b, c] = ["a.json", "b.json", "c.json"].map((f) => join(dir, f)) as [string, string, string];
    const first = run(["generate", "--people", "150", "--seed", "7", "--out", a, "--lang", "en"]);
    expect(first.code).toBe(0);
    expect(first.err).toBe("");
    expect(first.out).toMatch(new RegExp(`^wrote ${a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: 150 people, \\d+ projects, [\\d,]+ roles, [\\d,]+ ties \\(seed 7, 8 years to 2025-04-01\\)\\n$`));
    expect(run(["generate", "--people", "150", "--seed", "7", "--out", b]).code).toBe(0);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    expect(run(["generate", "--people", "150", "--seed", "8", "--out", c]).code).toBe(0);
    expect(readFileSync(a).equals(readFileSync(c))).toBe(false);
    const town = readTownFile(a);
    expect(town.people).toHaveLength(150);
    expect(String(town.info.seed)).toBe("7");
    expect(readFileSync(a, "utf8")).toBe(serializeTown(town));
  });

  it("takes --years and --as-of", () => {
    const out = join(tempDir(), "t.json");
    expect(run(["generate", "--people", "80", "--seed", "1", "--years", "3", "--as-of", "2024-04-01", "--out", out]).code).toBe(0);
    const town = readTownFile(out);
    expect(town.info.asOf).toBe("2024-04-01");
    expect(town.info.historyStart).toBe("2021-04-01");
  });

  it("writes a CSV bundle folder, in Japanese when asked, that reads back as the same town", () => {
    const dir = tempDir();
    const r = run(["generate", "--people", "100", "--seed", "5", "--out", join(dir, "csv"), "--lang", "ja", "--encoding", "shift_jis"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("人物 100");
    expect(readdirSync(join(dir, "csv")).sort()).toEqual(["contributions.csv", "people.csv", "projects.csv", "roles.csv", "ties.csv", "town.csv"]);
    expect(new TextDecoder("shift_jis").decode(readFileSync(join(dir, "csv", "people.csv")))).toMatch(/^ID,氏名,出自/);
    expect(run(["generate", "--people", "100", "--seed", "5", "--out", join(dir, "t.json")]).code).toBe(0);
    expect(serializeTown(readTownFile(join(dir, "csv")))).toBe(readFileSync(join(dir, "t.json"), "utf8"));
  });

  it("shows progress phases on stderr only when stderr is a terminal", () => {
    const dir = tempDir();
    const quiet = run(["generate", "--people", "50", "--seed", "2", "--out", join(dir, "q.json")], {}, false);
    expect(quiet.err).toBe("");
    const tty = run(["generate", "--people", "50", "--seed", "2", "--out", join(dir, "t.json"), "--lang", "en"], {}, true);
    expect(tty.code).toBe(0);
    for (const phase of ["\rgenerating 50 people…", "\rvalidating…", "\rwriting…"]) expect(tty.err).toContain(phase);
    expect(tty.err.endsWith("\r")).toBe(true); // the line is cleared before the summary
    expect(tty.out).toContain("wrote");
  });

  it("exits 2 on wrong usage, naming the flag, and writes nothing", () => {
    const dir = tempDir();
    const out = join(dir, "x.json");
    const cases: [string[], RegExp][] = [
      [["generate", "--seed", "1", "--out", out], /generate needs --people/],
      [["generate", "--people", "10", "--out", out], /generate needs --seed/],
      [["generate", "--people", "10", "--seed", "1"], /generate needs --out/],
      [["generate", "--people", "ten", "--seed", "1", "--out", out], /--people must be a whole number, not "ten"/],
      [["generate", "--people", "0", "--seed", "1", "--out", out], /--people must be at least 1, not 0/],
      [["generate", "--people", "10", "--seed", "1.5", "--out", out], /--seed must be a whole number/],
      [["generate", "--people", "10", "--seed", "1", "--years", "0", "--out", out], /--years must be at least 1/],
      [["generate", "--people", "20000000", "--seed", "1", "--out", out], /people/],
      [["generate", "--people", "10", "--seed", "1", "--out", out, "--as-of", "2025-13-01"], /--as-of must be a real date/],
      [["generate", "town.json", "--people", "10", "--seed", "1", "--out", out], /generate takes no <town>/],
      [["generate", "--people", "10", "--seed", "1", "--out", out, "--format", "md"], /unknown option --format for "kankei generate"/],
      [["generate", "--people", "10", "--seed", "1", "--out", join(dir, "x.gexf")], /not GEXF/],
      [["generate", "--people", "10", "--seed", "1", "--out", out, "--encoding", "shift_jis"], /--encoding applies to a CSV bundle only/],
    ];
    for (const [args, message] of cases) {
      const r = run(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.err).toMatch(message);
    }
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("does not overwrite without --force", () => {
    const out = join(tempDir(), "t.json");
    writeFileSync(out, "keep me");
    const r = run(["generate", "--people", "10", "--seed", "1", "--out", out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("already exists; add --force");
    expect(readFileSync(out, "utf8")).toBe("keep me");
    expect(run(["generate", "--people", "10", "--seed", "1", "--out", out, "--force"]).code).toBe(0);
    expect(readTownFile(out).people).toHaveLength(10);
  });

  it("has help", () => {
    const r = run(["generate", "-h"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("kankei generate --people N --seed S --out FILE [--years Y]");
  });
});
