/**
 * Every `@example` in the source of every package is run, as a doctest: a top-level line
 * `expression; // value` becomes an assertion that the expression deeply equals the value.
 * So a doc comment's example cannot rot, and a wrong `// value` fails the suite.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

interface Example {
  file: string;
  line: number;
  code: string;
}

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (/\.tsx?$/.test(name) && !name.endsWith(".d.ts")) out.push(p);
  }
  return out;
}

function examplesOf(file: string): Example[] {
  const lines = readFileSync(file, "utf8").split("\n");
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*@example/.test(lines[i]!)) continue;
    let j = i + 1;
    while (j < lines.length && !/^\s*\*\s*```/.test(lines[j]!)) {
      if (/^\s*\*\//.test(lines[j]!) || /^\s*\*\s*@\w/.test(lines[j]!)) break;
      j++;
    }
    if (j >= lines.length || !/^\s*\*\s*```/.test(lines[j]!)) continue;
    const start = j + 1;
    const body: string[] = [];
    for (j = start; j < lines.length && !/^\s*\*\s*```/.test(lines[j]!); j++) body.push(lines[j]!.replace(/^\s*\* ?/, ""));
    out.push({ file, line: start + 1, code: body.join("\n") });
    i = j;
  }
  return out;
}

const VALUE = /^(-?\d|["'`\[{(]|true\b|false\b|null\b|undefined\b|NaN\b|-?Infinity\b)/;

/** Turns top-level `expr; // value` lines into checks. */
function instrument(code: string): { code: string; checks: number } {
  let checks = 0;
  const lines = code.split("\n").map((line, k) => {
    const m = /^(?!\s)(?!(?:const|let|var|import|export|if|for|while|try|return|throw|await\s+import)\b)(.+?);\s*\/\/\s*(.+)$/.exec(line);
    if (!m) return line;
    const expected = m[2]!.trim();
    const thrown = /^throws(?: an? (\w+))?/.exec(expected);
    if (thrown) {
      checks++;
      return `__throws(() => (${m[1]}), ${JSON.stringify(thrown[1] ?? "")}, ${k + 1});`;
    }
    if (!VALUE.test(expected)) return line; // prose, not a value
    try {
      new Function(`return (${expected});`);
    } catch {
      return line; // prose, not a value
    }
    checks++;
    // a number written with d decimals is read as rounded: it matches within half a unit of the last digit
    const decimals = /^-?\d+\.(\d+)$/.exec(expected)?.[1]?.length;
    const tolerance = decimals === undefined ? 0 : 0.5 * 10 ** -decimals + 1e-12;
    return `__check(() => (${m[1]}), () => (${expected}), ${k + 1}, ${tolerance});`;
  });
  return { code: lines.join("\n"), checks };
}

const PRELUDE = `
// Deep equality where numbers match to 1e-9 (relative), as a reader compares rounded values.
function __same(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
    if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  }
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (a instanceof Map) a = Object.fromEntries(a);
  if (a instanceof Set) a = [...a];
  if (ArrayBuffer.isView(a)) a = Array.from(a);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => a[k] !== undefined);
  const kb = Object.keys(b).filter((k) => b[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return kb.every((k) => __same(a[k], b[k]));
}
function __check(actual, expected, line, rounded) {
  let want;
  try { want = expected(); } catch { actual(); return; }
  const got = actual();
  if (rounded > 0 && typeof got === "number" && Math.abs(got - want) <= rounded) return;
  if (!__same(got, want)) throw new Error("example line " + line + ": got " + JSON.stringify(got) + ", the doc says " + JSON.stringify(want));
}
function __throws(f, name, line) {
  try { f(); } catch (e) {
    if (name && e?.name !== name) throw new Error("example line " + line + ": threw " + e?.name + ", the doc says " + name);
    return;
  }
  throw new Error("example line " + line + ": did not throw");
}
`;

const work = join(root, "test/.doc-examples");
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const all = readdirSync(join(root, "packages"))
  .filter((p) => statSync(join(root, "packages", p, "src"), { throwIfNoEntry: false })?.isDirectory())
  .flatMap((p) => sources(join(root, "packages", p, "src")))
  .flatMap(examplesOf);

/**
 * The TypeScript blocks of the README and the docs run too, on the example town: what a block
 * uses without declaring it (`town`, the text of `town.json`, the bytes of the CSV files) is
 * declared in front of it. Blocks that need a browser (`document`) or Deno (`Deno.`) are run
 * by the viewer's end-to-end tests and the notebooks' test instead.
 */
const DOC_GIVENS: [RegExp, string][] = [
  [/\btown\b/, `const town = (await import("@kankei/core/node")).readTownFile("examples/town/town.json");`],
  [/\btext\b/, `const text = (await import("node:fs")).readFileSync("examples/town/town.json", "utf8");`],
  ...["people", "projects", "roles", "ties"].map((t): [RegExp, string] => [
    new RegExp(`\\b${t}Bytes\\b`),
    `const ${t}Bytes = (await import("node:fs")).readFileSync("examples/town/csv-sjis/${t}.csv");`,
  ]),
];

function docBlocks(file: string): Example[] {
  const text = readFileSync(file, "utf8");
  const out: Example[] = [];
  for (const m of text.matchAll(/```ts\n([\s\S]*?)\n```/g)) {
    let code = m[1]!;
    if (/\bdocument\.|\bDeno\./.test(code)) continue;
    const imports = code.split("\n").filter((l) => /^import\b/.test(l));
    const rest = code.split("\n").filter((l) => !/^import\b/.test(l));
    const givens = DOC_GIVENS.filter(([use, decl]) => use.test(rest.join("\n")) && !new RegExp(`(const|let)\\s+(\\{[^}]*)?\\b${/const (\w+)/.exec(decl)![1]}\\b(?!\\s*:)`).test(code)).map(([, decl]) => decl);
    code = [...imports, ...givens, ...rest].join("\n");
    out.push({ file, line: text.slice(0, m.index).split("\n").length + 1, code });
  }
  return out;
}

const docs = [
  join(root, "README.md"),
  ...readdirSync(join(root, "docs")).filter((f) => f.endsWith(".md")).map((f) => join(root, "docs", f)),
  // the packages' READMEs, as npm shows them
  ...readdirSync(join(root, "packages")).map((p) => join(root, "packages", p, "README.md")).filter((f) => statSync(f, { throwIfNoEntry: false })?.isFile()),
].flatMap(docBlocks);
all.push(...docs);

describe("doc examples", () => {
  it("exist across the packages", () => {
    expect(all.length).toBeGreaterThan(40);
  });

  it("include the TypeScript of the README and the docs", () => {
    expect(docs.length).toBeGreaterThan(10);
  });

  for (const [n, ex] of all.entries()) {
    const where = `${relative(root, ex.file)}:${ex.line}`;
    it(`runs ${where}`, async () => {
      // relative imports in an example resolve against the file the example documents
      const code = ex.code.replace(/from\s+["'](\.{1,2}\/[^"']+)["']/g, (_, spec: string) => {
        const target = resolve(dirname(ex.file), spec).replace(/\.js$/, ".ts");
        return `from ${JSON.stringify(pathToFileURL(target).href)}`;
      });
      const { code: body } = instrument(code);
      const file = join(work, `example-${n}.ts`);
      writeFileSync(file, PRELUDE + body + "\nexport {};\n");
      const cwd = process.cwd();
      process.chdir(root);
      try {
        await import(pathToFileURL(file).href);
      } finally {
        process.chdir(cwd);
      }
    });
  }
});

describe("the doctest itself", () => {
  it("turns value comments into checks and leaves prose alone", () => {
    expect(instrument('f(1); // 2\nconst x = 1; // 1\ng(); // never throws\nh(); // Uint8Array [1]\nk(); // throws a UsageError').checks).toBe(2);
  });

  it("fails on a wrong value", async () => {
    const file = join(work, "wrong.ts");
    writeFileSync(file, PRELUDE + instrument("Math.max(1, 2); // 3").code + "\nexport {};\n");
    await expect(import(pathToFileURL(file).href)).rejects.toThrow(/got 2, the doc says 3/);
    const file3 = join(work, "rounded.ts");
    writeFileSync(file3, PRELUDE + instrument("Math.PI; // 3.1416\nMath.PI; // 3.14").code + "\nexport {};\n");
    await import(pathToFileURL(file3).href);
    const file4 = join(work, "rounded-wrong.ts");
    writeFileSync(file4, PRELUDE + instrument("Math.PI; // 3.1415").code + "\nexport {};\n");
    await expect(import(pathToFileURL(file4).href)).rejects.toThrow(/the doc says 3.1415/);
    const file2 = join(work, "wrong2.ts");
    writeFileSync(file2, PRELUDE + instrument("Math.max(1, 2); // throws a RangeError").code + "\nexport {};\n");
    await expect(import(pathToFileURL(file2).href)).rejects.toThrow(/did not throw/);
  });
});
