/**
 * Benchmark of synthetic towns: how long `generateTown` takes and how much memory its records
 * use, and the same for `createTown` on those records (validation of every rule + indices),
 * at 10,000, 100,000 and 1,000,000 people. Prints a Markdown table.
 *
 * Each size runs in a fresh child process, so one size's garbage never weighs on the next;
 * memory is read with `process.memoryUsage()` after a full GC (`--expose-gc`).
 *
 * Build first, then run from anywhere:
 *
 *     cd packages/core && npx tsc -p tsconfig.build.json
 *     node packages/core/bench/generate-town.mjs                   # 10k, 100k, 1M
 *     node packages/core/bench/generate-town.mjs 5000 20000        # other sizes
 *     node packages/core/bench/generate-town.mjs --town-max=100000 # createTown only up to 100k
 *     node packages/core/bench/generate-town.mjs --heap=12288      # children's old-space limit (MiB)
 *
 * A child that runs out of memory or time in `createTown` is reported as such; the
 * generation figures of that size are still printed.
 */

import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const SEED = 1;
const MiB = 2 ** 20;

async function child(size, withTown) {
  const { generateTown, createTown } = await import("@kankei/core");
  const gc = globalThis.gc;
  if (typeof gc !== "function") throw new Error("run with --expose-gc");
  gc();
  const base = process.memoryUsage();
  let t = performance.now();
  let records = generateTown({ people: size, seed: SEED });
  const generateMs = performance.now() - t;
  gc();
  const afterGenerate = process.memoryUsage();
  const out = {
    size,
    projects: records.projects.length,
    roles: records.roles.length,
    ties: records.ties.length,
    generateMs,
    recordsHeap: afterGenerate.heapUsed - base.heapUsed,
    generateHeap: afterGenerate.heapUsed,
    generateRss: afterGenerate.rss,
    generatePeakRss: process.resourceUsage().maxRSS * 1024,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
  if (!withTown) return;
  t = performance.now();
  const town = createTown(records);
  const townMs = performance.now() - t;
  records = null; // the Town holds its own copy: measure it alone
  gc();
  const afterTown = process.memoryUsage();
  const townPeakRss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(`${JSON.stringify({ townMs, townHeap: afterTown.heapUsed - base.heapUsed, townPeakRss, people: town.people.length })}\n`);
}

function runChild(size, withTown, heap) {
  return new Promise((resolve) => {
    const args = ["--expose-gc", ...(heap ? [`--max-old-space-size=${heap}`] : []), fileURLToPath(import.meta.url), "--child", String(size), withTown ? "town" : "no-town"];
    const p = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    p.stdout.on("data", (d) => (stdout += d));
    p.stderr.on("data", (d) => (stderr += d));
    p.on("close", (code, signal) => {
      const lines = stdout.split("\n").filter((l) => l.startsWith("{"));
      const result = Object.assign({}, ...lines.map((l) => JSON.parse(l)));
      if (code !== 0) {
        result.failure = /heap out of memory|Allocation failed/i.test(stderr) ? "out of memory" : `exit ${code ?? signal}`;
        process.stderr.write(stderr.split("\n").slice(-5).join("\n"));
      }
      resolve(result);
    });
  });
}

const fmtS = (ms) => (ms === undefined ? "—" : (ms / 1000).toFixed(ms < 10_000 ? 2 : 1));
const fmtM = (b) => (b === undefined ? "—" : (b / MiB).toFixed(0));
const fmtN = (n) => (n === undefined ? "—" : n.toLocaleString("en-US"));

async function main(argv) {
  const sizes = argv.filter((a) => /^\d+$/.test(a)).map(Number);
  const townMax = Number((argv.find((a) => a.startsWith("--town-max=")) ?? "--town-max=Infinity").split("=")[1]);
  const heap = (argv.find((a) => a.startsWith("--heap=")) ?? "").split("=")[1];
  const rows = [];
  for (const size of sizes.length > 0 ? sizes : [10_000, 100_000, 1_000_000]) {
    const r = await runChild(size, size <= townMax, heap);
    rows.push(r);
    process.stderr.write(`done ${size}: ${JSON.stringify(r)}\n`);
  }
  console.log(`generateTown (seed ${SEED}) and createTown on its records; node ${process.version}, ${(await import("node:os")).cpus().length} CPUs${heap ? `, --max-old-space-size=${heap}` : ""}\n`);
  console.log("| people | projects | roles | ties | generateTown (s) | records on the heap (MiB) | bytes per person | peak RSS, generating (MiB) | createTown (s) | the Town on the heap (MiB) | peak RSS, with createTown (MiB) |");
  console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    const town = r.failure ? r.failure : fmtS(r.townMs);
    console.log(
      `| ${fmtN(r.size)} | ${fmtN(r.projects)} | ${fmtN(r.roles)} | ${fmtN(r.ties)} | ${fmtS(r.generateMs)} | ${fmtM(r.recordsHeap)} | ${r.recordsHeap === undefined ? "—" : Math.round(r.recordsHeap / r.size)} | ${fmtM(r.generatePeakRss)} | ${r.townMs === undefined && !r.failure ? "skipped" : town} | ${fmtM(r.townHeap)} | ${fmtM(r.townPeakRss)} |`,
    );
  }
}

const argv = process.argv.slice(2);
if (argv[0] === "--child") await child(Number(argv[1]), argv[2] === "town");
else await main(argv);
