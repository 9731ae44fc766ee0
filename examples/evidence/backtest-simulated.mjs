#!/usr/bin/env node
/**
 * The figures of docs/metrics.md, "Calibrating for your own town": departure hazards and the
 * backtest of succession risk on the example town 架空町 (Kasora), and the backtest and ablation
 * on towns where the truth is known: Kasora simulated ten years ahead over several seeds
 * (`simulate`, whose mechanism is documented in packages/core/src/simulation).
 *
 *   node examples/evidence/backtest-simulated.mjs            prints the tables (20 seeds)
 *   node examples/evidence/backtest-simulated.mjs --seeds 3  a smaller run
 *
 * A test (test/docs/evidence-example.test.ts) checks that the tables in the docs are exactly
 * what this file prints: the example town's in full, the simulated towns' with the doc's
 * number of seeds (20), so the docs cannot drift from the code.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ablation, addYears, backtest, departureHazards, simulate } from "@kankei/core";
import { parseTown } from "@kankei/core/io";

export function exampleTown() {
  return parseTown(readFileSync(fileURLToPath(new URL("../town/town.json", import.meta.url)), "utf8"));
}

// begin: simulated
/** Kasora run ten years ahead with seeds 1..n; backtest dates: every simulated year whose outcome is known. */
export function simulatedRuns(town, seeds = 20) {
  return Array.from({ length: seeds }, (_, i) => {
    const run = simulate(town, { years: 10, seed: i + 1 });
    const dates = Array.from({ length: 9 }, (_, k) => addYears(run.start, k));
    return { seed: i + 1, run, dates };
  });
}

export function simulatedEvidence(runs) {
  const backtests = runs.map(({ run, dates }) => backtest(run.town, { dates }));
  const ablations = runs.map(({ run, dates }) => ablation(run.town, { dates }));
  const hazards = runs.map(({ run }) => departureHazards(run.town, { from: run.start, to: run.end }));
  return { backtests, ablations, hazards };
}
// end: simulated

const f3 = (x) => (Number.isNaN(x) ? "–" : x.toFixed(3));
const f2 = (x) => (Number.isNaN(x) ? "–" : x.toFixed(2));
const mean = (xs) => {
  const ys = xs.filter((x) => !Number.isNaN(x));
  return ys.length === 0 ? NaN : ys.reduce((a, b) => a + b, 0) / ys.length;
};
const range = (xs, d = f3) => {
  const ys = xs.filter((x) => !Number.isNaN(x));
  if (ys.length === 0) return "–";
  if (ys.length === 1) return d(ys[0]);
  return `${d(mean(ys))} (${d(Math.min(...ys))}–${d(Math.max(...ys))})`;
};

/** The hazards table of one town: one row per group. */
export function hazardsTable(result) {
  const lines = [
    `| group | people | departures | person-years | λ (annual hazard) | 95% interval |`,
    `|---|---:|---:|---:|---:|---|`,
  ];
  for (const g of result.groups) {
    lines.push(
      `| ${g.by === "all" ? "everyone" : `${g.by}: ${g.key}`} | ${g.people} | ${g.departures} | ${g.personYears.toFixed(1)} | ${f3(g.hazard)} | ${f3(g.hazardInterval[0])}–${f3(g.hazardInterval[1])} |`,
    );
  }
  return lines.join("\n");
}

/** The scores of R and the baselines of one backtest. */
export function scoresTable(result) {
  const lines = [
    `| forecast | Brier | log loss | AUC (± SE) |`,
    `|---|---:|---:|---|`,
  ];
  for (const s of result.scores) {
    const x = s.scores;
    lines.push(`| ${s.name} | ${f3(x.brier)} | ${f3(x.logLoss)} | ${f2(x.auc)}${Number.isNaN(x.aucStandardError) ? "" : ` ± ${f2(x.aucStandardError)}`} |`);
  }
  lines.push("");
  lines.push(
    `${result.cases.length} cases (projects × dates ${result.dates[0]} … ${result.dates.at(-1)}), ${result.events} failures (base rate ${f3(result.baseRate)})${result.tooFewEvents ? `: too few events for any conclusion (fewer than ${result.minEvents})` : ""}.`,
  );
  return lines.join("\n");
}

/** The reliability table: predicted vs observed by bin, pooled over backtests. */
export function reliabilityTable(results) {
  const bins = results[0].scores[0].scores.reliability.map((b) => ({ ...b, count: 0, events: 0, sum: 0 }));
  for (const r of results) {
    r.scores[0].scores.reliability.forEach((b, i) => {
      bins[i].count += b.count;
      bins[i].events += b.events;
      bins[i].sum += b.count === 0 ? 0 : b.meanForecast * b.count;
    });
  }
  const lines = [`| R in | cases | mean R | observed failures |`, `|---|---:|---:|---:|`];
  for (const b of bins) {
    if (b.count === 0) continue;
    lines.push(`| [${b.from.toFixed(1)}, ${b.to.toFixed(1)}${b.to === 1 ? "]" : ")"} | ${b.count} | ${f3(b.sum / b.count)} | ${f3(b.events / b.count)} |`);
  }
  return lines.join("\n");
}

/** Backtests over several towns: mean (lowest–highest) of each score. */
export function simulatedScoresTable(backtests) {
  const names = backtests[0].scores.map((s) => s.name);
  const lines = [`| forecast | Brier | log loss | AUC |`, `|---|---|---|---|`];
  for (const [i, name] of names.entries()) {
    const col = (k) => backtests.map((b) => b.scores[i].scores[k]);
    lines.push(`| ${name} | ${range(col("brier"))} | ${range(col("logLoss"))} | ${range(col("auc"), f2)} |`);
  }
  const cases = backtests.map((b) => b.cases.length);
  const events = backtests.map((b) => b.events);
  const few = backtests.filter((b) => b.tooFewEvents).length;
  lines.push("");
  lines.push(
    `${backtests.length} towns; per town ${range(cases, (x) => x.toFixed(0))} cases and ${range(events, (x) => x.toFixed(0))} failures; ${few} of ${backtests.length} towns have too few events on their own.`,
  );
  return lines.join("\n");
}

/** The ablation over several towns: mean scores per variant. */
export function ablationTable(ablations) {
  const lines = [`| variant | Brier | log loss | AUC |`, `|---|---|---|---|`];
  for (const [i, row] of ablations[0].rows.entries()) {
    const col = (k) => ablations.map((a) => a.rows[i].scores[k]);
    lines.push(`| ${row.key}: ${row.label} | ${range(col("brier"))} | ${range(col("logLoss"))} | ${range(col("auc"), f2)} |`);
  }
  return lines.join("\n");
}

/** Hazards estimated on the simulated years, pooled, against the hazards the simulation draws with. */
export function simulatedHazardsTable(hazards, truth) {
  const keys = ["government", "corps", "nonprofit", "business", "resident", "other", "missing"];
  const lines = [`| sector | simulation's λ | estimated λ, mean (lowest–highest) | towns whose 95% interval holds the simulation's λ |`, `|---|---:|---|---:|`];
  for (const k of keys) {
    const gs = hazards.map((h) => h.groups.find((g) => g.by === "sector" && g.key === k)).filter(Boolean);
    if (gs.length === 0) continue;
    const covered = gs.filter((g) => g.hazardInterval[0] <= truth[k] && truth[k] <= g.hazardInterval[1]).length;
    lines.push(`| ${k} | ${truth[k]} | ${range(gs.map((g) => g.hazard))} | ${covered} of ${gs.length} |`);
  }
  return lines.join("\n");
}

export function allTables(town, seeds = 20) {
  const bt = backtest(town);
  const runs = simulatedRuns(town, seeds);
  const sim = simulatedEvidence(runs);
  return {
    exampleHazards: hazardsTable(departureHazards(town)),
    exampleBacktest: scoresTable(bt),
    exampleAblation: ablationTable([ablation(town)]),
    simulatedHazards: simulatedHazardsTable(sim.hazards, runs[0].run.options.hazards),
    simulatedBacktest: simulatedScoresTable(sim.backtests),
    simulatedReliability: reliabilityTable(sim.backtests),
    simulatedAblation: ablationTable(sim.ablations),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf("--seeds");
  const seeds = i > 0 ? Number(process.argv[i + 1]) : 20;
  const tables = allTables(exampleTown(), seeds);
  for (const [name, text] of Object.entries(tables)) console.log(`<!-- begin: ${name} -->\n${text}\n<!-- end: ${name} -->\n`);
}
