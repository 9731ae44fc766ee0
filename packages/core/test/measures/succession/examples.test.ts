/**
 * Runs every `@example` of src/measures/succession (ngraph's way: an example that is run never
 * rots). A line `expression; // value` checks that the expression equals the value (JSON);
 * a number is checked to the decimals it is written with.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as core from "../../../src/index.js";

const dir = fileURLToPath(new URL("../../../src/measures/succession/", import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));

interface Example {
  file: string;
  name: string;
  code: string;
}

/** Each exported function or constant with its doc comment. */
function documented(file: string): { name: string; doc: string }[] {
  const text = readFileSync(join(dir, file), "utf8");
  const out: { name: string; doc: string }[] = [];
  const re = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)?\s*export (?:function|const) (\w+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ name: m[2]!, doc: m[1] ?? "" });
  return out;
}

function examplesOf(file: string): Example[] {
  return documented(file).flatMap(({ name, doc }) => {
    const body = doc
      .split("\n")
      .map((l) => l.replace(/^\s*\*? ?/, ""))
      .join("\n");
    const m = /@example\s*```ts\n([\s\S]*?)```/.exec(body);
    return m ? [{ file, name, code: m[1]! }] : [];
  });
}

function closeTo(actual: unknown, expected: unknown, text: string): void {
  if (typeof expected === "number" && typeof actual === "number") {
    const decimals = (String(expected).split(".")[1] ?? "").length;
    expect(Math.abs(actual - expected), `${text}: ${actual}`).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-12);
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual), text).toBe(true);
    expect((actual as unknown[]).length, text).toBe(expected.length);
    expected.forEach((e, i) => closeTo((actual as unknown[])[i], e, text));
  } else if (typeof expected === "object" && expected !== null) {
    expect(Object.keys(actual as object).sort(), text).toEqual(Object.keys(expected).sort());
    for (const [k, e] of Object.entries(expected)) closeTo((actual as Record<string, unknown>)[k], e, text);
  } else expect(actual, text).toEqual(expected);
}

async function run(example: Example): Promise<number> {
  const modules: Record<string, unknown> = { "@kankei/core": core };
  let checks = 0;
  const lines = example.code.split("\n").map((line) => {
    const imp = /^import \{([^}]*)\} from "([^"]+)";$/.exec(line.trim());
    if (imp) {
      const names = imp[1]!
        .split(",")
        .map((n) => n.trim())
        .filter((n) => n !== "" && !n.startsWith("type "))
        .map((n) => n.replace(/ as /, ": "));
      return `const { ${names.join(", ")} } = __modules[${JSON.stringify(imp[2])}];`;
    }
    const check = /^(?!\s*(?:const|let|import|\/\/))(.+?);\s*\/\/\s*(.+)$/.exec(line);
    if (check) {
      try {
        JSON.parse(check[2]!);
        checks++;
        return `__check(${check[1]}, ${JSON.stringify(check[2])});`;
      } catch {
        return line;
      }
    }
    return line;
  });
  for (const m of example.code.matchAll(/from "(\.\/[^"]+)\.js"/g)) {
    modules[m[0].slice(6, -1)] = await import(/* @vite-ignore */ join(dir, `${m[1]}.ts`));
  }
  const js = ts.transpileModule(lines.join("\n"), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  const check = (actual: unknown, text: string) => closeTo(actual, JSON.parse(text), text);
  new Function("__modules", "__check", js)(modules, check);
  return checks;
}

describe("the examples of succession risk run and say the truth", () => {
  for (const file of files) {
    for (const { name, doc } of documented(file)) {
      it(`${file}: ${name} has a doc comment with an example`, () => {
        expect(doc).toMatch(/@example/);
      });
    }
    for (const example of examplesOf(file)) {
      it(`${file}: ${example.name}`, async () => {
        expect(await run(example)).toBeGreaterThan(0);
      });
    }
  }
});
