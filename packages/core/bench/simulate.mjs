#!/usr/bin/env node
/**
 * Times `simulate` (ten years, default options, seed 1) on the example town and on synthetic
 * towns of 1,000, 10,000 and 100,000 people, and `applyEvents` replaying the event log.
 *
 *   node packages/core/bench/simulate.mjs [--sizes=1000,10000]
 *
 * Prints a Markdown table for docs/performance.md.
 */
import { readFileSync } from "node:fs";
import { applyEvents, generateTownModel, simulate } from "@kankei/core";
import { parseTown } from "@kankei/core/io";

const arg = process.argv.find((a) => a.startsWith("--sizes="));
const sizes = arg ? arg.slice(8).split(",").map(Number) : [1000, 10000, 100000];
const towns = [["example town (269 people)", parseTown(readFileSync(new URL("../../../examples/town/town.json", import.meta.url), "utf8"))]];
for (const n of sizes) towns.push([`synthetic, ${n.toLocaleString("en")} people`, generateTownModel({ people: n, seed: 1 })]);

console.log("| town | people present at the start → after 10 years | events | simulate, 10 years | per year | replay with applyEvents |");
console.log("|---|---:|---:|---:|---:|---:|");
for (const [name, town] of towns) {
  const t0 = performance.now();
  const run = simulate(town, { years: 10, seed: 1 });
  const t1 = performance.now();
  applyEvents(town, run.events, { asOf: run.end });
  const t2 = performance.now();
  const s = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
  console.log(`| ${name} | ${run.years[0].people.present.toLocaleString("en")} → ${run.years[10].people.present.toLocaleString("en")} | ${run.events.length.toLocaleString("en")} | ${s(t1 - t0)} | ${s((t1 - t0) / 10)} | ${s(t2 - t1)} |`);
}
