#!/usr/bin/env node
/**
 * The worked example of docs/rotation.md: two handover policies on the example town 架空町
 * (Kasora), simulated ten years ahead, over twenty seeds.
 *
 *   node examples/rotation/compare-policies.mjs        prints the tables of docs/rotation.md
 *
 * A test (test/docs/rotation-example.test.ts) runs this file and checks that the tables in the
 * docs are exactly what it prints, so the docs cannot drift from the code.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { simulate } from "@kankei/core";
import { parseTown } from "@kankei/core/io";

// begin: policies
export const POLICIES = [
  { key: "officers", label: "A: officers hand over after 2 years", options: { handoverAfterYears: 2, handoverSectors: ["government"] } },
  { key: "everyone", label: "A′: every initiator hands over after 2 years", options: { handoverAfterYears: 2 } },
  { key: "rotation", label: "B: rotation without handover", options: { handoverAfterYears: null } },
];

export function runPolicies(town, { years = 10, seeds = 20 } = {}) {
  return POLICIES.map((policy) => ({
    policy,
    runs: Array.from({ length: seeds }, (_, i) => simulate(town, { ...policy.options, years, seed: i + 1 })),
  }));
}
// end: policies

const fixed = (x, d) => x.toFixed(d);
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
/** Mean (lowest–highest) of the numbers that are defined; "–" when none is. */
function spread(values, d = 1) {
  const xs = values.filter((x) => !Number.isNaN(x));
  if (xs.length === 0) return "–";
  const note = xs.length < values.length ? ` [${xs.length} runs]` : "";
  const r = d === 1 ? 0 : d;
  return `${fixed(mean(xs), d)} (${fixed(Math.min(...xs), r)}–${fixed(Math.max(...xs), r)})${note}`;
}

/** One run's yearly series, the policies side by side (A / A′ / B). */
export function seriesTable(results, seed = 1) {
  const ys = results.map((r) => r.runs[seed - 1].years);
  const both = (f) => ys.map((y) => f(y)).join(" / ");
  const lines = [
    `| year | date | projects alive | orphaned | initiators renewed | critical or high | people present | outsiders |`,
    `|---:|---|---|---|---|---|---|---|`,
  ];
  for (let i = 0; i < ys[0].length; i++) {
    const at = (f) => both((y) => f(y[i]));
    lines.push(
      `| ${ys[0][i].year} | ${ys[0][i].date} | ${at((y) => y.projects.active)} | ${at((y) => y.projects.orphaned)} | ${at((y) => y.initiators.renewed)} | ${at((y) => y.risk.levels.critical + y.risk.levels.high)} | ${at((y) => y.people.present)} | ${at((y) => y.people.byOrigin.outsider)} |`,
    );
  }
  return lines.join("\n");
}

/** Every policy over all seeds: mean (lowest–highest). */
export function summaryTable(results) {
  const lines = [
    `| policy | projects alive in year 10 | projects closed | orphaned project-years | initiators renewed | by handover | by succession | mean risk R in year 10 | people present in year 10 |`,
    `|---|---|---|---|---|---|---|---|---|`,
  ];
  for (const { policy, runs } of results) {
    const last = runs.map((r) => r.years.at(-1));
    const total = (f) => runs.map((r) => r.years.slice(1).reduce((s, y) => s + f(y), 0));
    lines.push(
      `| ${policy.label} | ${spread(last.map((y) => y.projects.active))} | ${spread(total((y) => y.projects.closed))} | ${spread(total((y) => y.projects.orphaned))} | ${spread(total((y) => y.initiators.renewed))} | ${spread(total((y) => y.initiators.byHandover))} | ${spread(total((y) => y.initiators.bySuccession))} | ${spread(last.map((y) => y.risk.mean), 3)} | ${spread(last.map((y) => y.people.present))} |`,
    );
  }
  return lines.join("\n");
}

export function exampleTown() {
  return parseTown(readFileSync(new URL("../town/town.json", import.meta.url), "utf8"));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = runPolicies(exampleTown());
  console.log("Seed 1, each cell A / A′ / B:\n");
  console.log(seriesTable(results));
  console.log("\nTwenty seeds (1–20), mean (lowest–highest):\n");
  console.log(summaryTable(results));
}
