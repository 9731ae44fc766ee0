/**
 * `@kankei/core` must load from Node, from a bundler (for browsers) and from Deno, and its
 * main and io entries must use no Node-only API. These tests run against the built `dist/`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { build } from "vite";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dist = join(root, "packages/core/dist");

/** Every module reachable from an entry, following relative imports. */
function importGraph(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const src = readFileSync(file, "utf8");
    const specs = [...src.matchAll(/(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map(
      (m) => (m[1] ?? m[2])!,
    );
    seen.set(file, specs);
    for (const s of specs) if (s.startsWith(".")) visit(resolve(dirname(file), s));
  };
  visit(entry);
  return seen;
}

const NODE_BUILTINS = /^(node:|fs$|path$|os$|child_process$|url$|crypto$|stream$|buffer$|util$|zlib$)/;

describe("the main entry runs anywhere", () => {
  it("imports nothing Node-only, directly or indirectly", () => {
    for (const entry of ["index.js", "io.js", "testing.js"]) {
      const graph = importGraph(join(dist, entry));
      const bare = [...graph.values()].flat().filter((s) => !s.startsWith("."));
      expect(bare.filter((s) => NODE_BUILTINS.test(s)), entry).toEqual([]);
      for (const file of graph.keys()) expect(readFileSync(file, "utf8")).not.toMatch(/\bprocess\.|\bBuffer\b|\brequire\(/);
    }
    // and the Node entry does use the file system, so the check can fail
    const nodeGraph = importGraph(join(dist, "node.js"));
    expect([...nodeGraph.values()].flat().some((s) => NODE_BUILTINS.test(s))).toBe(true);
  });

  it("bundles for the browser with vite, without Node built-ins", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kankei-bundle-"));
    const entry = join(root, "test/entry/browser-entry.js");
    const externalised: string[] = [];
    await build({
      root,
      logLevel: "silent",
      configFile: false,
      build: {
        outDir: join(dir, "out"),
        lib: { entry, formats: ["es"], fileName: "bundle" },
        minify: false,
        rollupOptions: {
          onwarn(w) {
            externalised.push(String(w.message));
          },
        },
      },
      plugins: [
        {
          name: "refuse-node-builtins",
          resolveId(id) {
            if (NODE_BUILTINS.test(id)) throw new Error(`the browser bundle imports ${id}`);
            return null;
          },
        },
      ],
    });
    const out = join(dir, "out", "bundle.js");
    expect(existsSync(out)).toBe(true);
    // the library is inside the bundle, not left as an import
    expect(readFileSync(out, "utf8")).not.toMatch(/^import[^\n]*["']@kankei\/core["']/m);
    const mod = await import(out);
    expect(mod.n).toBe(1);
    expect(externalised.filter((m) => /externalized/i.test(m))).toEqual([]);
  });

  it("loads in Deno", () => {
    const deno = join(root, "node_modules/.bin/deno");
    const script = join(root, "test/entry/deno-smoke.ts");
    const out = execFileSync(deno, ["run", "--quiet", "--allow-read", "--allow-env", script], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" },
    });
    expect(JSON.parse(out)).toEqual({ people: 2, initiators: ["a"], weak: 1 });
  });

  it("loads in plain Node from the package name", () => {
    const out = execFileSync(
      process.execPath,
      ["--input-type=module", "-e", `import { TERMS } from "@kankei/core"; import { parseTown } from "@kankei/core/io"; import { readTownFile } from "@kankei/core/node"; console.log(TERMS.ja.role.initiator, typeof parseTown, typeof readTownFile);`],
      { cwd: root, encoding: "utf8" },
    );
    expect(out.trim()).toBe("仕掛け人 function function");
  });
});
