/**
 * No argument spread of a possibly large array anywhere in packages/*\/src (issue 11, item 5):
 * `push(...xs)`, `Math.max(...xs)`, `fn(...xs)` and `new C(...xs)` pass every element as an
 * argument on the stack, and V8 throws `RangeError: Maximum call stack size exceeded` past about
 * 10^5 elements (`kankei simulate --years 50` crashed so with ~120k events in one year).
 *
 * The scan parses every source file with the TypeScript compiler and finds each spread element
 * that is an argument of a call or `new`. Allowed: spreading an array literal, and a spread whose
 * line (or the line above) carries the comment `bounded-spread:` followed by the reason the array
 * is small (a fixed list of constants, the rows of a small table).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");

/** Folders left out of the scan, with the reason: none. */
const EXEMPT: string[] = [];

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sources(path)); // bounded-spread: a folder's own files, in the tens
    else if (/\.(ts|mts|tsx)$/.test(name) && !name.endsWith(".d.ts")) out.push(path);
  }
  return out;
}

/** Every argument spread in a source text that is neither an array literal nor marked bounded. */
export function unboundedArgumentSpreads(text: string, file = "source.ts"): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lines = text.split("\n");
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isSpreadElement(node) && (ts.isCallExpression(node.parent) || ts.isNewExpression(node.parent))) {
      const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const marked = /bounded-spread:\s*\S/.test(lines[line] ?? "") || /bounded-spread:\s*\S/.test(lines[line - 1] ?? "");
      if (!ts.isArrayLiteralExpression(node.expression) && !marked) found.push(`${file}:${line + 1}: ${lines[line]!.trim()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe("argument spreads of large arrays", () => {
  it("the scan finds the patterns that crash and allows the bounded ones", () => {
    expect(unboundedArgumentSpreads("events.push(...batch);")).toHaveLength(1);
    expect(unboundedArgumentSpreads("const m = Math.max(...xs);")).toHaveLength(1);
    expect(unboundedArgumentSpreads("f(a, ...rest);\nnew Set(...x);")).toHaveLength(2);
    expect(unboundedArgumentSpreads("xs.push(...[1, 2]);\nconst a = [...xs];\nconst o = { ...p };")).toHaveLength(0);
    expect(unboundedArgumentSpreads("// bounded-spread: four constants\nfc.constantFrom(...ORIGINS);")).toHaveLength(0);
  });

  it("packages/*/src has none", () => {
    const found: string[] = [];
    for (const pkg of readdirSync(join(ROOT, "packages"))) {
      const src = join(ROOT, "packages", pkg, "src");
      try {
        statSync(src);
      } catch {
        continue;
      }
      for (const file of sources(src)) if (!EXEMPT.some((dir) => relative(ROOT, file).startsWith(dir))) found.push(...unboundedArgumentSpreads(readFileSync(file, "utf8"), relative(ROOT, file))); // bounded-spread: one file's findings
    }
    expect(found).toEqual([]);
  });
});
