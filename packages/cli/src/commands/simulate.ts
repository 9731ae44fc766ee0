/**
 * `kankei simulate`: runs a town forward year by year (`simulate` of the core, docs/rotation.md)
 * and prints the yearly series as a table; optionally writes the final town (JSON or a CSV
 * bundle), the event log (JSON) and the series (JSON).
 *
 * @module
 */

import { measureReplacer, simulate, UsageError, type Lang, type SimulationOptions, type SimulationResult } from "@kankei/core";
import { writeTownFile } from "@kankei/core/node";
import { extname } from "node:path";
import { checkOutputs, readTown, withPath, writeTextFile, type PlannedOutput } from "../files.js";
import { displayWidth, padDisplayStart } from "../lang.js";
import { outputKind, refuseForeignFiles } from "./convert.js";

/** Options of {@link simulateTownFile}. */
export interface SimulateFileOptions {
  years: number;
  seed: number;
  /** Years after which initiators hand over; `null`: never (default: the core's, 2). */
  handoverAfterYears?: number | null;
  /** Where to write the final town (`.json` or a folder for a CSV bundle). */
  out?: string;
  /** Where to write the event log (JSON). */
  events?: string;
  /** Where to write the yearly series (JSON). */
  series?: string;
  /** Replace existing outputs. */
  force?: boolean;
  /** Language of a CSV bundle written to `out`. */
  lang?: Lang;
  /** Called after every year. */
  onYear?: (year: number, years: number) => void;
}

/**
 * Reads a town, simulates it and writes the outputs asked for; returns the simulation.
 *
 * @example
 * ```ts
 * import { simulateTownFile } from "@kankei/cli";
 * const run = simulateTownFile("examples/town/town.json", { years: 2, seed: 1 });
 * run.years.length; // 3
 * run.end; // "2027-04-01"
 * ```
 */
export function simulateTownFile(input: string, options: SimulateFileOptions): SimulationResult {
  const outputs: PlannedOutput[] = [];
  if (options.out !== undefined) {
    const kind = outputKind(options.out);
    if (kind !== "json" && kind !== "csv") throw new UsageError(`--out takes a .json document or a CSV bundle folder, not ${kind.toUpperCase()} (${options.out})`);
    outputs.push({ flag: "--out", path: options.out });
  }
  for (const [flag, path] of [["--events", options.events], ["--series", options.series]] as const) {
    if (path === undefined) continue;
    if (extname(path).toLowerCase() !== ".json") throw new UsageError(`${flag} writes JSON: its file name must end in .json, not ${JSON.stringify(path)}`);
    outputs.push({ flag, path });
  }
  checkOutputs([input], outputs, options.force === true);
  if (options.out !== undefined && outputKind(options.out) === "csv") refuseForeignFiles(options.out);
  const town = readTown(input);
  const sim: SimulationOptions = { years: options.years, seed: options.seed };
  if (options.handoverAfterYears !== undefined) sim.handoverAfterYears = options.handoverAfterYears;
  if (options.onYear !== undefined) sim.onProgress = (p) => options.onYear!(p.year, p.years);
  const run = simulate(town, sim);
  if (options.out !== undefined) withPath(options.out, "write", () => writeTownFile(run.town, options.out!, { lang: options.lang ?? "en" }));
  if (options.events !== undefined) writeTextFile(options.events, JSON.stringify(run.events, null, 2) + "\n");
  if (options.series !== undefined) writeTextFile(options.series, JSON.stringify(run.years, measureReplacer, 2) + "\n");
  return run;
}

const HEAD = {
  en: ["year", "date", "present", "outsiders", "projects", "orphaned", "closed", "launched", "renewed", "critical", "high", "joined", "left"],
  ja: ["年", "日付", "在籍", "地域外", "事業", "孤立", "終了", "立ち上げ", "交代", "危機的", "高", "参入", "離脱"],
};

/**
 * The yearly series as a plain-text table, one row a year.
 *
 * @example
 * ```ts
 * import { formatSeries, simulateTownFile } from "@kankei/cli";
 * const run = simulateTownFile("examples/town/town.json", { years: 1, seed: 1 });
 * formatSeries(run, "en").split("\n")[0].startsWith("year"); // true
 * ```
 */
export function formatSeries(run: SimulationResult, lang: Lang): string {
  const rows = [HEAD[lang]];
  for (const y of run.years) {
    rows.push(
      [y.year, y.date, y.people.present, y.people.byOrigin.outsider, y.projects.active, y.projects.orphaned, y.projects.closed, y.projects.launched, y.initiators.renewed, y.risk.levels.critical, y.risk.levels.high, y.flows.joined, y.flows.left].map(String),
    );
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c]!))));
  return rows.map((r) => r.map((cell, c) => padDisplayStart(cell, widths[c]!)).join("  ")).join("\n") + "\n";
}
