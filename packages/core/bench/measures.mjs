#!/usr/bin/env node
// Benchmark: Kankei's measures side by side with NetworkX and igraph on the same graphs.
//
//   cd packages/core && npx tsc -p tsconfig.build.json && node --expose-gc bench/measures.mjs [--sizes 1000,10000,100000] [--reps 5] [--python /usr/bin/python3]
//
// For each size, a seeded synthetic town (generateTownModel) is compiled at its date; the same
// graph (people present, ties active) is written to a temporary JSON file and timed by
// bench/reference.py with Debian's python3-networkx and python3-igraph when they are installed.
// Kankei's timings are medians of --reps runs in this process; town-level functions include
// compiling the typed-array graph. Prints a Markdown table per size, and the headline figure:
// succession risk for every project plus 2-hop weak-tie reach for every person.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir, cpus, totalmem } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import {
  betweenness,
  bridges,
  communities,
  compileTieGraph,
  connectedComponents,
  constraint,
  cutPoints,
  generateTownModel,
  localBridges,
  neighbourhoodSizes,
  pagerank,
  seedReach,
  successionRisk,
  weakTieReach,
} from "@kankei/core";

// Kernels over an already compiled graph, for a like-for-like comparison with NetworkX and igraph
// (whose graphs are built before timing); the town-level functions add the compile step.
import { lowPoints } from "../dist/measures/sna/lowpoints.js";
import { pagerankOf } from "../dist/measures/sna/pagerank.js";
import { constraintOf } from "../dist/measures/sna/constraint.js";
import { effectiveSizeOf } from "../dist/measures/sna/effective-size.js";
import { closenessOf } from "../dist/measures/sna/closeness.js";

const here = dirname(fileURLToPath(import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg("sizes", "1000,10000,100000").split(",").map(Number);
const reps = Number(arg("reps", "5"));
const python = arg("python", "/usr/bin/python3");

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function time(fn, n = reps) {
  const ts = [];
  let out;
  // warm up the JIT first: the first calls of a function run unoptimised code
  for (let i = 0; i < (n > 1 ? 2 : 1); i++) fn();
  for (let i = 0; i < n; i++) {
    globalThis.gc?.();
    const t0 = performance.now();
    out = fn();
    ts.push(performance.now() - t0);
  }
  return { ms: median(ts), out };
}

function reference(graph, seeds) {
  if (!existsSync(python)) return { skipped: `${python} not found` };
  const edges = [];
  for (let u = 0; u < graph.ids.length; u++) {
    for (let k = graph.offsets[u]; k < graph.offsets[u + 1]; k++) {
      const v = graph.targets[k];
      if (u < v) edges.push([u, v, graph.strong[k]]);
    }
  }
  const file = join(mkdtempSync(join(tmpdir(), "kankei-bench-")), "graph.json");
  writeFileSync(file, JSON.stringify({ n: graph.ids.length, edges, seeds: [...seeds] }));
  try {
    const out = execFileSync(python, [join(here, "reference.py"), file, "--reps", String(Math.min(reps, 3))], {
      encoding: "utf8",
      maxBuffer: 1 << 26,
      timeout: 30 * 60 * 1000,
    });
    return JSON.parse(out);
  } catch (e) {
    return { skipped: `reference run failed: ${e.message.split("\n")[0]}` };
  }
}

const fmt = (ms) => (ms === undefined ? "–" : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`);
const ratio = (theirs, ours) => (theirs === undefined || ours === undefined ? "–" : `${(theirs / ours).toFixed(1)}×`);

console.log(`# Kankei benchmark\n`);
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; reps ${reps} (median)\n`);

for (const n of sizes) {
  const t0 = performance.now();
  const town = generateTownModel({ people: n, seed: 1 });
  const built = performance.now() - t0;
  const compiled = time(() => compileTieGraph(town));
  const graph = compiled.out;
  const strongGraph = compileTieGraph(town, undefined, { strongOnly: true });
  const risk = successionRisk(town);
  const seeds = [];
  for (const p of town.projectsAt()) for (const m of town.membersAt(p.id)) if (m.role === "initiator" || m.role === "cooperator") seeds.push(graph.index.get(m.person));
  const seedSet = [...new Set(seeds)].filter((s) => s !== undefined);

  const ours = {};
  const big = n > 10000;
  ours.twoHopAll = time(() => neighbourhoodSizes(graph, { hops: 2 })).ms;
  ours.twoHopStrong = time(() => neighbourhoodSizes(strongGraph, { hops: 2 })).ms;
  ours.seedReach = time(() => seedReach(graph, seedSet, 2)).ms;
  ours.localBridges = time(() => localBridges(town), big ? 1 : reps).ms;
  ours.components = time(() => connectedComponents(graph)).ms;
  // cut points and bridges come from one depth-first search (lowPoints)
  ours.cutPoints = time(() => lowPoints(graph)).ms;
  ours.bridges = ours.cutPoints;
  ours.pagerank = time(() => pagerankOf(graph, 0.85, 1e-12, 1000)).ms;
  ours.louvain = time(() => communities(town), big ? 1 : reps).ms;
  ours.constraint = time(() => constraintOf(graph, null)).ms;
  ours.effectiveSize = time(() => effectiveSizeOf(graph, null)).ms;
  if (n <= 10000) ours.closeness = time(() => closenessOf(graph, null, true), 1).ms;
  if (n <= 1000) ours.betweenness = time(() => betweenness(town), 1).ms;
  const townLevel = {
    cutPoints: time(() => cutPoints(town)).ms,
    bridges: time(() => bridges(town)).ms,
    pagerank: time(() => pagerank(town), big ? 1 : reps).ms,
    constraint: time(() => constraint(town), big ? 1 : reps).ms,
  };
  const headline = time(() => {
    successionRisk(town);
    return weakTieReach(town, { hops: 2 });
  }, big ? 3 : reps);
  const riskOnly = time(() => successionRisk(town), big ? 3 : reps).ms;
  const reachOnly = time(() => weakTieReach(town, { hops: 2 }), big ? 3 : reps).ms;

  const ref = reference(graph, seedSet);
  console.log(`## ${n.toLocaleString("en")} people\n`);
  console.log(
    `${graph.ids.length.toLocaleString("en")} present at ${graph.date}, ${graph.m.toLocaleString("en")} active ties, ${town.projectsAt().length} active projects; ` +
      `generateTownModel ${fmt(built)}, compile ${fmt(compiled.ms)}; ` +
      `levels ${JSON.stringify(risk.town.levels)}\n`,
  );
  console.log(`**Succession risk for every project + 2-hop weak-tie reach for every person: ${fmt(headline.ms)}** (risk ${fmt(riskOnly)}, reach ${fmt(reachOnly)})\n`);
  console.log(`| measure | Kankei | NetworkX | igraph | vs NetworkX | vs igraph |`);
  console.log(`|---|---|---|---|---|---|`);
  const nx = ref.networkx ?? {};
  const ig = ref.igraph ?? {};
  for (const k of Object.keys(ours)) {
    const a = nx[k] === undefined ? undefined : nx[k] * 1000;
    const b = ig[k] === undefined ? undefined : ig[k] * 1000;
    console.log(`| ${k} | ${fmt(ours[k])} | ${fmt(a)} | ${fmt(b)} | ${ratio(a, ours[k])} | ${ratio(b, ours[k])} |`);
  }
  console.log(`\nTown-level functions (compile the network at t, then run; results keyed by person id): ${Object.entries(townLevel).map(([k, v]) => `${k} ${fmt(v)}`).join(", ")}.`);
  if (ref.skipped && typeof ref.skipped === "string") console.log(`\nreference: ${ref.skipped}`);
  else if (ref.skipped && Object.keys(ref.skipped).length) console.log(`\nnot run in the reference: ${Object.entries(ref.skipped).map(([k, v]) => `${k} (${v})`).join("; ")}`);
  if (ref.versions) console.log(`\nreference versions: ${JSON.stringify(ref.versions)}`);
  if (ref.checks) {
    const twoHop = neighbourhoodSizes(graph, { hops: 2 }).reduce((s, x) => s + x, 0);
    console.log(`\ncheck: sum of 2-hop sizes Kankei ${twoHop}, NetworkX ${ref.checks.twoHopAll ?? "–"}, igraph ${ref.checks["igraph.twoHopAll"] ?? "–"}; seed reach Kankei ${seedReach(graph, seedSet, 2).all}, NetworkX ${ref.checks.seedReach ?? "–"}`);
  }
  console.log("");
}
