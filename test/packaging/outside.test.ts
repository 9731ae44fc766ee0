/**
 * The packages as a researcher gets them: `pnpm pack` of @kankei/core, @kankei/cli and
 * @kankei/viewer (so `workspace:*` becomes a version), installed with npm into a fresh folder
 * outside the workspace, then used the way docs/notebooks.md ("Running a TypeScript analysis
 * from an empty folder") says. The blocks of that section are run exactly as written, in order:
 * a ```sh block line by line, a block whose info string names a file (```ts analyse.ts) is
 * written to that file. The one change: `npm install` of `@kankei/*` gets the packed tarballs
 * (the registry does not have them yet). Needs the built packages (`pnpm run build`, which
 * `npm test` runs first) and the npm registry for the third-party dependencies.
 *
 * On top of the doc, it checks what a user of the packages relies on: the figures printed by
 * every runtime are the ones the workspace computes; `tsc --strict` without `skipLibCheck`
 * accepts the declarations of every entry of the three packages under `nodenext` and under
 * `bundler`; `deno check --all` accepts them; the Vite bundle holds no Node built-in; and the
 * installed `kankei report --format json` describes the same town.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { successionRisk, summarizeTown, type ProjectSuccessionRisk } from "@kankei/core";
import { readTownFile } from "@kankei/core/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SECTION = "## Running a TypeScript analysis from an empty folder";
const PACKAGES = ["core", "cli", "viewer"] as const;

/** A fenced block of the section: its info string (`sh`, `sh deno`, `ts analyse.ts`, ...) and text. */
interface Block {
  lang: string;
  tag: string | undefined;
  text: string;
}

/** The fenced blocks of the section of docs/notebooks.md that this test runs, in order. */
function sectionBlocks(markdown: string): Block[] {
  const start = markdown.indexOf(SECTION);
  if (start < 0) throw new Error(`docs/notebooks.md has no section "${SECTION}"`);
  const next = markdown.indexOf("\n## ", start + SECTION.length);
  const section = markdown.slice(start, next < 0 ? undefined : next);
  return [...section.matchAll(/^```(\w+)(?:[ \t]+(\S+))?\n([\s\S]*?)\n```$/gm)].map((m) => ({ lang: m[1]!, tag: m[2], text: m[3]! }));
}

const blocks = sectionBlocks(readFileSync(join(root, "docs/notebooks.md"), "utf8"));
const work = mkdtempSync(join(tmpdir(), "kankei-outside-"));
const project = join(work, "my-analysis");
const tarballs = join(work, "tarballs");
const shims = join(work, "bin");
const nodeMajorMinor = process.versions.node.split(".").map(Number) as [number, number];
const nodeStripsTypes = nodeMajorMinor[0] > 22 || (nodeMajorMinor[0] === 22 && nodeMajorMinor[1] >= 6);

/**
 * The environment of a user's shell: none of what `npm test`, pnpm and vitest put into ours
 * (`npm_config_local_prefix` would send npm's installs into the workspace; `NODE_ENV=test`
 * would change what Vite builds). npm reads its own configuration files again.
 */
const env: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^(npm_|pnpm_|VITEST|NODE_ENV$|NODE_PATH$|NODE_OPTIONS$|TEST$|INIT_CWD$)/i.test(k)),
);
Object.assign(env, {
  // nor the workspace's tools (`node_modules/.bin` of the repository and pnpm's folders on the PATH)
  PATH: [shims, ...(process.env.PATH ?? "").split(":").filter((d) => d && !d.includes("node_modules") && !d.startsWith(root))].join(":"),
  npm_config_audit: "false",
  npm_config_fund: "false",
  npm_config_update_notifier: "false",
  npm_config_loglevel: "warn",
  // what npm has in its cache is not asked for again (a fresh machine asks for everything)
  npm_config_prefer_offline: "true",
  DENO_NO_UPDATE_CHECK: "1",
  NO_COLOR: "1",
});

/** Runs one command line of the doc in the project folder; returns its output or throws with it. */
function run(line: string): string {
  const started = performance.now();
  const r = spawnSync("bash", ["-c", line], { cwd: project, env, encoding: "utf8", timeout: 240_000 });
  timings.push(`${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s  ${line}`);
  if (r.status !== 0) throw new Error(`\`${line}\` exited ${r.status ?? r.signal}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** How long each command took, printed at the end (the test is the slowest of the suite). */
const timings: string[] = [];

/** A line of the doc with `@kankei/*` in an `npm install` replaced by the packed tarballs. */
function withTarballs(line: string): string {
  if (!/^npm install\b/.test(line)) return line;
  const tgz = (p: string) => join(tarballs, readdirSync(tarballs).find((f) => f.startsWith(`kankei-${p}-`) && f.endsWith(".tgz"))!);
  // @kankei/cli depends on @kankei/viewer: npm needs its tarball too, or it asks the registry
  return line.replace(/@kankei\/core\b/, tgz("core")).replace(/@kankei\/cli\b/, `${tgz("cli")} ${tgz("viewer")}`);
}

function commands(block: Block): string[] {
  return block.text.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
}

/** The lines every runtime prints for the example town, computed in the workspace. */
function expectedAnalysis(): string {
  const town = readTownFile(join(root, "examples/town/town.json"));
  const summary = summarizeTown(town);
  const risk = successionRisk(town);
  const byRisk: ProjectSuccessionRisk[] = [...risk.projects].sort((a, b) => b.risk - a.risk);
  const lines = [`${town.name} on ${town.date()}: ${summary.people.present} people, ${risk.projects.length} projects`];
  for (const p of byRisk.slice(0, 3)) lines.push(`${p.name}: ${p.level} (${p.risk.toFixed(2)})`);
  return lines.join("\n") + "\n";
}

const outputs = new Map<string, string>();

beforeAll(() => {
  mkdirSync(project, { recursive: true });
  mkdirSync(tarballs, { recursive: true });
  mkdirSync(shims, { recursive: true });
  // `deno` is the workspace's (a dev dependency); a user installs it as the doc says
  writeFileSync(join(shims, "deno"), `#!/bin/sh\nexec ${JSON.stringify(join(root, "node_modules/.bin/deno"))} "$@"\n`);
  chmodSync(join(shims, "deno"), 0o755);
  const pnpm = join(root, ".ci/.tools/bin/pnpm");
  for (const p of PACKAGES) {
    execFileSync(pnpm, ["pack", "--pack-destination", tarballs], { cwd: join(root, "packages", p), stdio: "pipe" });
  }
}, 120_000);

afterAll(() => {
  console.log(`outside the workspace, command by command:\n${timings.join("\n")}`);
  rmSync(work, { recursive: true, force: true });
});

describe("docs/notebooks.md: a TypeScript analysis from an empty folder, on the packed packages", () => {
  it("the section has the blocks this test runs", () => {
    const files = blocks.filter((b) => b.lang !== "sh").map((b) => b.tag);
    expect(files).toEqual(["analyse.ts", "tsconfig.json", "index.html", "page.ts", "tsconfig.web.json"]);
    expect(blocks.filter((b) => b.lang === "sh").map((b) => b.tag ?? "")).toEqual(["", "", "deno", "node22", "", ""]);
    // the compiler settings shown are strict and do not skip the packages' declarations
    for (const name of ["tsconfig.json", "tsconfig.web.json"]) {
      const config = JSON.parse(blocks.find((b) => b.tag === name)!.text) as { compilerOptions: Record<string, unknown> };
      expect(config.compilerOptions.strict, name).toBe(true);
      expect(config.compilerOptions.skipLibCheck, name).toBeUndefined();
    }
    expect(JSON.parse(blocks.find((b) => b.tag === "tsconfig.json")!.text).compilerOptions.moduleResolution).toBe("nodenext");
    expect(JSON.parse(blocks.find((b) => b.tag === "tsconfig.web.json")!.text).compilerOptions.moduleResolution).toBe("bundler");
  });

  it("runs every block of the section, in order", () => {
    const expected = expectedAnalysis();
    let sh = 0;
    for (const block of blocks) {
      if (block.lang !== "sh") {
        writeFileSync(join(project, block.tag!), block.text + "\n");
        continue;
      }
      sh++;
      if (block.tag === "node22" && !nodeStripsTypes) {
        // what the doc says of Node 20: it cannot run .ts files
        const r = spawnSync("node", ["analyse.ts"], { cwd: project, env, encoding: "utf8" });
        expect(r.status).not.toBe(0);
        expect(r.stderr).toContain("ERR_UNKNOWN_FILE_EXTENSION");
        continue;
      }
      for (const line of commands(block)) {
        const out = run(withTarballs(line));
        outputs.set(line, out);
        if (sh === 1 && line.startsWith("npm install")) {
          // "put your town in the folder": the example town
          copyFileSync(join(root, "examples/town/town.json"), join(project, "town.json"));
        }
      }
      if (block.tag === "deno") {
        // and the packages' declarations too (Deno's skipLibCheck off). Here, before the folder
        // has a tsconfig.json: Deno reads it, and with `"types": ["node"]` its full check also
        // checks @types/node, which clashes with Deno's own lib (not with Kankei's types).
        run("deno check --all analyse.ts");
      }
    }
    // the same figures from Deno, from Node (compiled) and, where it can, Node's type stripping
    expect(outputs.get("deno run --allow-read analyse.ts")).toBe(expected);
    expect(outputs.get("node analyse.js")).toBe(expected);
    if (nodeStripsTypes) expect(outputs.get("node --experimental-strip-types analyse.ts")).toBe(expected);
  }, 600_000);

  it("installed the packed packages, not the workspace's", () => {
    const lock = JSON.parse(readFileSync(join(project, "package-lock.json"), "utf8")) as { packages: Record<string, { resolved?: string; link?: boolean }> };
    for (const p of PACKAGES) {
      const entry = lock.packages[`node_modules/@kankei/${p}`]!;
      expect(entry.link, p).toBeUndefined();
      expect(entry.resolved, p).toMatch(/\.tgz$/);
    }
    const core = JSON.parse(readFileSync(join(project, "node_modules/@kankei/core/package.json"), "utf8")) as { dependencies: Record<string, string> };
    expect(Object.values(core.dependencies).some((v) => v.startsWith("workspace:"))).toBe(false);
  });

  it("the installed kankei reports on the town in JSON", () => {
    const report = JSON.parse(readFileSync(join(project, "report.json"), "utf8")) as { format: string; date: string; town: unknown };
    const town = readTownFile(join(root, "examples/town/town.json"));
    expect(report.format).toBe("kankei-report");
    expect(report.date).toBe(town.date());
    expect(JSON.stringify(report.town)).toContain(town.name);
    // and to the terminal, as `npx kankei report <town> --format json`
    const out = JSON.parse(run("npx kankei report town.json --format json")) as { format: string; date: string };
    expect(out.date).toBe(town.date());
  });

  it("bundles the page with Vite, without any Node built-in", () => {
    const assets = join(project, "dist/assets");
    const scripts = readdirSync(assets).filter((f) => f.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(0);
    for (const f of scripts) {
      const js = readFileSync(join(assets, f), "utf8");
      expect(js, f).not.toMatch(/["'](node:[a-z_/]+|fs|path|os|child_process|url|crypto|stream|buffer|util|zlib)["']/);
      expect(js, f).not.toMatch(/\brequire\(/);
      // the library is inside: no import of a bare specifier is left
      expect(js, f).not.toMatch(/\bimport\s*(?:[\w*{}\s,]+from\s*)?["'](?![./])/);
    }
    expect(readFileSync(join(project, "dist/index.html"), "utf8")).toMatch(/<script type="module"[^>]*src="\.?\/assets\//);
  });

  it("type-checks every entry of the three packages with tsc --strict (no skipLibCheck), nodenext and bundler", () => {
    // fast-check is the optional peer dependency of @kankei/core/testing
    run("npm install --save-dev fast-check@^4");
    writeFileSync(
      join(project, "entries.ts"),
      [
        `import { successionRisk, type Town } from "@kankei/core";`,
        `import { parseTown, readCsvBundle, toGexf, type WriteCsvBundleOptions } from "@kankei/core/io";`,
        `import { readTownFile, writeTownFile } from "@kankei/core/node";`,
        `import { arbitraryTown } from "@kankei/core/testing";`,
        `import { main, renderReport } from "@kankei/cli";`,
        `import { mountViewer, type ViewerOptions } from "@kankei/viewer";`,
        `import { serveStatic } from "@kankei/viewer/serve";`,
        `const town: Town = readTownFile("town.json");`,
        `const options: WriteCsvBundleOptions = { lang: "ja" };`,
        `const viewer: ViewerOptions = { lang: "ja" };`,
        `export const used = [successionRisk(town).projects.length, town.snapshot().order, town.graph.size, parseTown, readCsvBundle, toGexf, writeTownFile, arbitraryTown, main, renderReport, mountViewer, serveStatic, options, viewer];`,
        "",
      ].join("\n"),
    );
    const base = JSON.parse(blocks.find((b) => b.tag === "tsconfig.json")!.text) as { compilerOptions: Record<string, unknown> };
    const web = JSON.parse(blocks.find((b) => b.tag === "tsconfig.web.json")!.text) as { compilerOptions: Record<string, unknown> };
    writeFileSync(join(project, "tsconfig.entries-node.json"), JSON.stringify({ compilerOptions: { ...base.compilerOptions, noEmit: true, lib: ["es2022", "dom"] }, files: ["entries.ts"] }));
    writeFileSync(join(project, "tsconfig.entries-bundler.json"), JSON.stringify({ compilerOptions: { ...web.compilerOptions, types: ["node"] }, files: ["entries.ts"] }));
    run("npx tsc -p tsconfig.entries-node.json");
    run("npx tsc -p tsconfig.entries-bundler.json");
  }, 240_000);
});
