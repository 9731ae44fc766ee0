/**
 * The notebooks in examples/notebooks run headless, cell by cell, in Deno's Jupyter kernel:
 * Debian's `jupyter nbconvert --execute` must exit 0 (it exits non-zero when a cell throws), no
 * output may be an error, and the outputs each notebook is about must be there (the tutorial's
 * risk table names akiya-bank, charts are SVG, ...). Deno must fetch nothing while they run.
 *
 * Needs Jupyter at /usr/bin/jupyter and the Deno kernel registered: `bash .ci/setup-notebooks`.
 * Without them the tests FAIL (they never skip), saying so.
 */
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { viewerEmbedHtml } from "../../examples/notebooks/viewer.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const DIR = join(root, "examples/notebooks");
const JUPYTER = "/usr/bin/jupyter";
const SETUP = "run `bash .ci/setup-notebooks` (after .ci/setup) to install Jupyter and register Deno's kernel";
const NOTEBOOKS = ["tutorial.ipynb", "what-if.ipynb", "simulation.ipynb", "evidence.ipynb"];

interface Output {
  output_type: string;
  name?: string;
  text?: string | string[];
  data?: Record<string, string | string[]>;
  ename?: string;
  evalue?: string;
}
interface Cell {
  cell_type: string;
  source: string | string[];
  outputs?: Output[];
  execution_count?: number | null;
}
interface Notebook {
  cells: Cell[];
  metadata: { kernelspec?: { name?: string } };
}

const join_ = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join("") : (v ?? ""));

/** What is missing to run the notebooks; empty when everything is there. */
function missing(): string[] {
  const problems: string[] = [];
  if (!existsSync(JUPYTER)) return [`${JUPYTER} is missing`];
  let spec: { argv: string[] } | undefined;
  try {
    const list = JSON.parse(execFileSync(JUPYTER, ["kernelspec", "list", "--json"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })) as {
      kernelspecs: Record<string, { spec: { argv: string[] } }>;
    };
    spec = list.kernelspecs.deno?.spec;
  } catch (e) {
    problems.push(`\`jupyter kernelspec list\` failed: ${(e as Error).message}`);
  }
  if (!spec) problems.push("Deno's Jupyter kernel is not registered (no kernelspec \"deno\")");
  else if (!existsSync(spec.argv[0]!)) problems.push(`the Deno kernel points at ${spec.argv[0]}, which does not exist`);
  if (!existsSync(join(root, "packages/core/dist/index.js"))) problems.push("packages/core/dist is missing: run `pnpm run build`");
  if (!existsSync(join(DIR, "node_modules/vega-lite"))) problems.push("examples/notebooks/node_modules is missing: run .ci/setup (pnpm install)");
  return problems;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(cmd, args, { cwd: DIR, env, maxBuffer: 64 * 1024 * 1024, timeout: 600_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** Files under a folder (recursively); none when it does not exist. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/**
 * Executes a notebook with Debian's nbconvert into a temporary folder, with a fresh DENO_DIR so
 * that anything Deno downloads would show. Returns the executed notebook and what happened.
 */
async function execute(path: string) {
  const problems = missing();
  if (problems.length > 0) throw new Error(`cannot run the notebooks: ${problems.join("; ")}. To fix: ${SETUP}.`);
  const out = mkdtempSync(join(tmpdir(), "kankei-nb-"));
  const denoDir = join(out, "deno-dir");
  const packageJson = readFileSync(join(root, "package.json"), "utf8");
  const started = Date.now();
  const result = await run(JUPYTER, ["nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=600", "--output-dir", out, path], {
    ...process.env,
    DENO_DIR: denoDir,
    DENO_NO_UPDATE_CHECK: "1",
    NO_COLOR: "1",
  });
  const seconds = (Date.now() - started) / 1000;
  // Deno rewrites the root package.json when a package fails to resolve near pnpm-workspace.yaml:
  // a notebook run must never touch the repository.
  expect(readFileSync(join(root, "package.json"), "utf8"), "the notebook run changed the root package.json").toBe(packageJson);
  expect(existsSync(join(root, "deno.json")), "the notebook run created a deno.json at the root").toBe(false);
  const executedPath = join(out, path.split("/").at(-1)!);
  const executed = existsSync(executedPath) ? (JSON.parse(readFileSync(executedPath, "utf8")) as Notebook) : undefined;
  return { ...result, seconds, executed, downloaded: [...filesUnder(join(denoDir, "npm")), ...filesUnder(join(denoDir, "remote"))] };
}

/** Every output of a notebook, flattened: its type, MIME types and text. */
function outputs(nb: Notebook) {
  return nb.cells.flatMap((cell, index) =>
    (cell.outputs ?? []).map((o) => ({
      index,
      type: o.output_type,
      mimes: Object.keys(o.data ?? {}),
      text: o.output_type === "stream" ? join_(o.text) : Object.values(o.data ?? {}).map(join_).join("\n"),
      error: o.output_type === "error" ? `${o.ename}: ${o.evalue}` : undefined,
    }))
  );
}

/** Runs a notebook and checks what every notebook must satisfy; returns its outputs. */
async function executeChecked(name: string) {
  const r = await execute(join(DIR, name));
  expect(r.code, `nbconvert failed on ${name}:\n${r.stderr.slice(-4000)}`).toBe(0);
  expect(r.executed, `nbconvert wrote no executed copy of ${name}`).toBeDefined();
  const outs = outputs(r.executed!);
  expect(outs.filter((o) => o.type === "error").map((o) => `cell ${o.index}: ${o.error}`)).toEqual([]);
  expect(r.downloaded, "Deno downloaded something while running the notebook").toEqual([]);
  // every code cell ran, and every cell that shows something kept its outputs
  const code = r.executed!.cells.filter((c) => c.cell_type === "code");
  expect(code.every((c) => typeof c.execution_count === "number")).toBe(true);
  const silent = code.filter((c) => join_(c.source).includes("show(") && (c.outputs ?? []).length === 0);
  expect(silent.map((c) => join_(c.source).slice(0, 80)), `${name}: cells that show something have no output`).toEqual([]);
  console.log(`${name}: executed in ${r.seconds.toFixed(1)} s`);
  return { outs, svgs: outs.filter((o) => o.mimes.includes("image/svg+xml") && o.text.includes("<svg")) };
}

const find = (outs: ReturnType<typeof outputs>, ...needles: string[]) => outs.find((o) => needles.every((n) => o.text.includes(n)));

describe("the notebooks (examples/notebooks)", () => {
  it("have everything they need to run", () => {
    const problems = missing();
    expect(problems, `${problems.join("; ")}. To fix: ${SETUP}.`).toEqual([]);
  });

  it("are committed without outputs, for Deno's kernel", () => {
    for (const name of NOTEBOOKS) {
      const nb = JSON.parse(readFileSync(join(DIR, name), "utf8")) as Notebook;
      expect(nb.metadata.kernelspec?.name, name).toBe("deno");
      for (const cell of nb.cells.filter((c) => c.cell_type === "code")) {
        expect(cell.outputs, `${name}: a cell has outputs`).toEqual([]);
        expect(cell.execution_count ?? null, `${name}: a cell has an execution count`).toBeNull();
      }
    }
  });

  it("fail the run when a cell throws (the check is not vacuous)", { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "kankei-nb-throw-"));
    const path = join(dir, "throws.ipynb");
    const nb = JSON.parse(readFileSync(join(DIR, "tutorial.ipynb"), "utf8")) as Notebook;
    nb.cells = [{ cell_type: "code", source: 'throw new Error("deliberate failure")', outputs: [], execution_count: null, metadata: {} } as Cell];
    writeFileSync(path, JSON.stringify(nb));
    const r = await execute(path);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("deliberate failure");
  });

  it("tutorial.ipynb: loads, validates, succession risk, weak-tie reach, circulation, viewer", { timeout: 300_000 }, async () => {
    const { outs, svgs } = await executeChecked("tutorial.ipynb");
    // load: JSON and the Shift_JIS CSV bundle give the same town
    expect(find(outs, "readCsvBundle gives the JSON town", "readTownFile gives the JSON town")?.text).not.toMatch(/\bno\b/);
    // validation: the broken records, named by JSON path / file, row and column
    expect(find(outs, "$.ties[3]", "strength", "very strong")).toBeDefined();
    expect(find(outs, "ties.csv row 3", "紐帯")).toBeDefined();
    expect(find(outs, "ties.csv row 5", "g99")).toBeDefined();
    // succession risk table: akiya-bank with its level, stand-ins and reasons
    const risk = find(outs, "Succession risk on", "akiya-bank", "stand-ins");
    expect(risk?.mimes).toContain("text/html");
    expect(risk?.text).toMatch(/akiya-bank[^\n]*high/);
    // the core's explainer, orphaned status first
    expect(risk?.text).toContain("仕掛け人不在（2022-04-01 から。最後の仕掛け人は 高橋 翔太）");
    expect(find(outs, "posting or term ends on 2026-04-01, within the horizon")).toBeDefined();
    expect(find(outs, "akiya-bank: who could take over", "never an initiator before this date: +0")).toBeDefined();
    expect(find(outs, "Weak-tie reach on", "reached over strong ties only")).toBeDefined();
    expect(find(outs, "Role transitions", "cooperator (協力者)")).toBeDefined();
    expect(svgs.length).toBeGreaterThanOrEqual(3);
    // the viewer cell: the viewer when built, otherwise the message; never an error
    const viewer = outs.find((o) => o.text.includes("Kankei viewer") || o.text.includes("not built yet"));
    expect(viewer).toBeDefined();
    if (existsSync(join(root, "packages/viewer/dist/app/index.html"))) {
      expect(viewer!.text).toContain("<iframe");
      expect(viewer!.text).toContain("id=&quot;kankei-town&quot;"); // the notebook's own town travels with it
    }
  });

  it("what-if.ipynb: ranks departures, finds the ties that make stand-ins", { timeout: 300_000 }, async () => {
    const { outs, svgs } = await executeChecked("what-if.ipynb");
    const ranking = find(outs, "Departures ranked by harm", "tourism-lab");
    expect(ranking?.mimes).toContain("text/html");
    const trials = find(outs, "One strong tie to the initiator", "akiya-bank");
    expect(trials?.text).toMatch(/r030[^\n]*tie g08–r030 strong[^\n]*yes/);
    expect(find(outs, "Prepare, then pass it on", "hands over")).toBeDefined();
    // who could take over, from the core: readiest first, and what would make each one ready
    expect(find(outs, "handoverOptions: who could take over", "akiya-bank", "would be ready with a strong tie with the initiator")).toBeDefined();
    expect(svgs.length).toBeGreaterThanOrEqual(2);
  });

  it("simulation.ipynb: three policies over ten years, plotted", { timeout: 300_000 }, async () => {
    const { outs, svgs } = await executeChecked("simulation.ipynb");
    expect(find(outs, "Seed 1: A / A′ / B", "2035-04-01")).toBeDefined();
    const summary = find(outs, "A: officers hand over after 2 years", "A′: every initiator hands over after 2 years", "B: no handover", "projects alive in year 10");
    expect(summary?.mimes).toContain("text/html");
    expect(svgs.length).toBeGreaterThanOrEqual(2);
  });

  it("evidence.ipynb: hazards, survival curves, the backtest with its warning, reliability and ablation", { timeout: 300_000 }, async () => {
    const { outs, svgs } = await executeChecked("evidence.ipynb");
    const hazards = find(outs, "Departure hazards of 架空町", "2020-04-01 to 2025-04-01");
    expect(hazards?.mimes).toContain("text/html");
    expect(hazards?.text).toMatch(/everyone \(全員\)\s+260\s+41/);
    expect(find(outs, "Still in the town (Kaplan–Meier)")?.mimes).toContain("image/svg+xml");
    expect(find(outs, "Backtest of 架空町: 58 cases, 7 failures")?.text).toMatch(/risk\s+0\.069\s+0\.212\s+0\.96 ± 0\.05/);
    expect(find(outs, "Too few events for any conclusion: 7 failures among 58 cases")).toBeDefined();
    expect(find(outs, "Reliability of R on 5 simulated towns")?.mimes).toContain("image/svg+xml");
    expect(find(outs, "Ablation, mean over 5 simulated towns", "bench-all")).toBeDefined();
    expect(svgs.length).toBeGreaterThanOrEqual(2);
  });
});

describe("the viewer cell's helper (examples/notebooks/viewer.ts)", () => {
  it("says the viewer is not built, without throwing, when it is absent", () => {
    const r = viewerEmbedHtml({ root: mkdtempSync(join(tmpdir(), "kankei-no-viewer-")) });
    expect(r.embedded).toBe(false);
    expect(r.html).toContain("not built yet");
  });

  it("embeds the built app in an iframe when it is there", () => {
    if (!existsSync(join(root, "packages/viewer/dist/app/index.html"))) return; // built by `pnpm run build`; the notebook test covers both cases
    const r = viewerEmbedHtml({ root, project: "akiya-bank" });
    expect(r.embedded).toBe(true);
    expect(r.html).toMatch(/^<iframe [^>]*srcdoc="/);
    expect(r.html).not.toContain("<script type=\"module\">"); // inside srcdoc, escaped
  });
});
