/**
 * Every public function of every package entry has a doc comment with an `@example`
 * (which doc-examples.test.ts then runs), and every public class has a doc comment.
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const ENTRIES = [
  "packages/core/src/index.ts",
  "packages/core/src/io.ts",
  "packages/core/src/node.ts",
  "packages/core/src/testing.ts",
  "packages/cli/src/index.ts",
  "packages/viewer/src/index.ts",
  "packages/viewer/src/serve.ts",
];

describe("the public API is documented", () => {
  const program = ts.createProgram(
    ENTRIES.map((e) => join(root, e)),
    { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, noEmit: true, skipLibCheck: true },
  );
  const checker = program.getTypeChecker();

  for (const entry of ENTRIES) {
    it(entry, () => {
      const source = program.getSourceFile(join(root, entry))!;
      const moduleSymbol = checker.getSymbolAtLocation(source)!;
      const missing: string[] = [];
      let functions = 0;
      for (const exported of checker.getExportsOfModule(moduleSymbol)) {
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        const isFunction = (symbol.flags & ts.SymbolFlags.Function) !== 0;
        const isClass = (symbol.flags & ts.SymbolFlags.Class) !== 0;
        if (!isFunction && !isClass) continue;
        const docs = ts.displayPartsToString(symbol.getDocumentationComment(checker));
        if (isFunction) {
          functions++;
          const hasExample = symbol.getJsDocTags(checker).some((t) => t.name === "example");
          if (!docs || !hasExample) missing.push(`${exported.name}: ${!docs ? "no doc comment" : "no @example"}`);
        } else if (!docs) missing.push(`${exported.name}: class without a doc comment`);
      }
      expect(functions).toBeGreaterThan(0);
      expect(missing).toEqual([]);
    });
  }
});
