import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { detectLang, displayWidth, main } from "../src/index.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const example = join(root, "examples/town/town.json");

function run(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env });
  return { code, out: out.join(""), err: err.join("") };
}

function writeTown(doc: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), "kankei-cli-"));
  const file = join(dir, "town.json");
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

const small = {
  format: "kankei-town",
  version: 1,
  town: { name: "架空町", asOf: "2024-04-01" },
  people: [
    { id: "a", name: "青木", origin: "local", sector: "government" },
    { id: "b", origin: "outsider", sector: "corps" },
  ],
  projects: [{ id: "p", name: "ファンクラブ", lead: "public" }, { id: "q", name: "Market" }],
  roles: [
    { person: "a", project: "p", role: "initiator" },
    { person: "b", project: "p", role: "cooperator" },
  ],
  ties: [{ a: "a", b: "b", strength: "strong" }],
};

describe("kankei summary", () => {
  it("prints people by role, projects with initiators and ties, in English", () => {
    const r = run(["summary", writeTown(small)], { LANG: "en_US.UTF-8" });
    expect(r.code).toBe(0);
    expect(r.out).toContain("架空町 (as of 2024-04-01)");
    expect(r.out).toMatch(/initiator\s+1\s+0\s+1/);
    expect(r.out).toContain("initiators: 青木 (local, municipal officer)");
    expect(r.out).toContain("no initiator (orphaned)");
    expect(r.out).toContain("Ties: 1 active (strong 1, weak 0)");
  });

  it("prints Japanese when the locale is Japanese, and aligns wide characters", () => {
    const r = run(["summary", writeTown(small)], { LANG: "ja_JP.UTF-8" });
    expect(r.out).toContain("仕掛け人: 青木 (地域内, 自治体職員)");
    expect(r.out).toContain("仕掛け人なし（孤立）");
    const rows = r.out.split("\n").filter((l) => /^\s+(仕掛け人|協力者|支援者|参加者)\s/.test(l));
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map(displayWidth)).size).toBe(1);
  });

  it("takes --as-of and --lang", () => {
    const r = run(["summary", writeTown(small), "--as-of", "2000-01-01", "--lang", "en"], { LANG: "ja_JP" });
    expect(r.out).toContain("as of 2000-01-01");
  });

  it("summarises the example town", () => {
    const r = run(["summary", example, "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Projects: \d+ active of \d+/);
  });
});

describe("kankei validate", () => {
  it("exits 0 on a valid town", () => {
    const r = run(["validate", writeTown(small), "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("valid (2 people");
  });

  it("lists every problem on stderr with its record and exits 1", () => {
    const bad = { ...small, people: [...small.people, { id: "a", origin: "abroad" }], ties: [{ a: "a", b: "zz", strength: "weak" }] };
    const r = run(["validate", writeTown(bad), "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("3 problems");
    expect(r.err).toContain("InvalidValueError (rule 1): $.people[2], field \"origin\"");
    expect(r.err).toContain("DuplicateIdError (rule 2): $.people[2]");
    expect(r.err).toContain("UnresolvedReferenceError (rule 2): $.ties[0], field \"b\"");
  });
});

describe("usage", () => {
  it("prints help and exits 0; an unknown command or a missing file exits 2", () => {
    expect(run(["--help"]).out).toContain("Usage:");
    expect(run(["summary", "--help"]).out).toContain("kankei summary <town>");
    expect(run(["frobnicate"]).code).toBe(2);
    const missing = run(["summary", "/nonexistent/town.json"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("no such file");
  });

  it("rejects an unknown flag on every command, naming it (exit 2)", () => {
    const town = writeTown(small);
    for (const args of [
      ["summary", town, "--colour", "red"],
      ["validate", town, "--as-of", "2024-04-01"],
      ["summary", town, "--force"],
      ["validate", town, "-v"],
    ]) {
      const r = run(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.err).toMatch(/unknown option -{1,2}(colour|as-of|force|v)\b/);
    }
    expect(run(["summary", town, "--lang", "de"]).err).toContain("--lang must be one of ja, en");
    expect(run(["summary", town, "--as-of", "2024-02-30"]).err).toContain("--as-of must be a real date");
  });

  it("lists every command in the help, and each command has its own", () => {
    const help = run(["help"]).out;
    for (const c of ["summary", "validate", "report", "convert", "generate", "simulate", "view"]) {
      expect(help).toContain(`kankei ${c}`);
      const own = run([c, "--help"]);
      expect(own.code).toBe(0);
      expect(own.out.startsWith(`kankei ${c}`)).toBe(true);
    }
  });

  it("docs/cli.md documents every command and every flag of its usage line", () => {
    const doc = readFileSync(join(root, "docs/cli.md"), "utf8");
    for (const c of ["summary", "validate", "report", "convert", "generate", "simulate", "view"]) {
      expect(doc).toContain(`kankei ${c}`);
      const usage = run([c, "--help"]).out.split("\n")[0]!;
      for (const f of usage.match(/--[a-z-]+/g) ?? []) {
        expect(doc, `${c} ${f}`).toContain(f);
      }
    }
  });

  it("detects the language", () => {
    expect(detectLang(undefined, { LC_ALL: "ja_JP.UTF-8", LANG: "en_US" })).toBe("ja");
    expect(detectLang(undefined, {})).toBe("en");
  });
});

describe("failures (issue 11): one line, clipped, with exit codes kept apart", () => {
  const base = JSON.parse(readFileSync(example, "utf8"));

  it("clips a 5 MB bad value to a few hundred characters per line", () => {
    const doc = structuredClone(base);
    doc.people[0].origin = "x".repeat(5_000_000);
    const r = run(["validate", writeTown(doc), "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.err.length).toBeLessThan(2_000);
    expect(r.err).toMatch(/… \(\d+ more characters\)/);
    expect(r.err).toContain("$.people[0]");
  });

  it("reports a value nested 4,000 deep as a problem of the town naming the record (exit 1), not a stack trace", () => {
    const doc = structuredClone(base);
    let v: unknown = "leaf";
    for (let i = 0; i < 4000; i++) v = { a: v };
    doc.people[0].extra = v;
    const file = writeTown(doc);
    for (const command of ["validate", "summary", "report"]) {
      const r = run([command, file]);
      expect(r.code, command).toBe(1);
      expect(r.err, command).toContain("$.people[0]");
      expect(r.err, command).toContain("nested deeper than 1000 levels");
      expect(r.err, command).not.toMatch(/\n\s+at /); // no stack trace
    }
  });

  it("exits 3 when an output cannot be written, naming it on one line", () => {
    const dir = mkdtempSync(join(tmpdir(), "kankei-cli-"));
    const file = join(dir, "not-a-folder");
    writeFileSync(file, "");
    const r = run(["report", example, "--out", join(file, "r.md")]);
    expect(r.code).toBe(3);
    expect(r.err).toBe(`kankei: cannot write ${join(file, "r.md")}: a part of the path is not a folder\n`);
  });

  it("exits 4 on an internal error, on one line (the stack only with KANKEI_DEBUG)", () => {
    const err: string[] = [];
    const code = main(["summary", example], {
      stdout: () => {
        throw new TypeError("boom\nsecond line");
      },
      stderr: (t) => err.push(t),
      env: {},
    });
    expect(code).toBe(4);
    expect(err.join("")).toBe("kankei: internal error (a bug; please report it with the command that caused it): TypeError: boom\\nsecond line\n");
  });

  it("puts a usage error on one line even when the value holds line breaks", () => {
    const r = run(["summary", "no\nsuch\nfile.json"]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });

  it.each(["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"])("treats %s as an unknown command (exit 2)", (name) => {
    const r = run([name, "--people", "10", "--seed", "1", "--out", join(mkdtempSync(join(tmpdir(), "kankei-cli-")), "t.json")]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`kankei: unknown command "${name}"; try: kankei help\n`);
    expect(run([name, "--help"]).code).toBe(2);
    expect(run(["help", name]).out).toContain("Usage:");
  });
});
