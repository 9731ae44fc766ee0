/**
 * The command-line side of `kankei hazards` and `kankei backtest`: their help, flags and
 * output (to the terminal, or to a file with --out, whose extension chooses the format when
 * --format is absent), kept here so that `main.ts` only registers them.
 *
 * @module
 */

import { UsageError, type Lang } from "@kankei/core";
import { flagDate, flagInteger, type ParsedArgs } from "../args.js";
import { renderBacktest } from "../commands/backtest.js";
import { renderHazards } from "../commands/hazards.js";
import { readTown } from "../files.js";
import { emitReport, planReportOutput } from "../output.js";
import type { createProgress } from "../progress.js";

/** Help of `kankei hazards`. */
export const HAZARDS_HELP = `kankei hazards <town> [--format md|html|json] [--out FILE [--force]] [--from DATE] [--to DATE] [--lang ja|en]

Estimates how often people actually left the town (離脱ハザード), from its own records, over a
period (default: the five years before the town's date): per sector, per origin and for
initiators, the people and departures behind each figure, the person-years watched, the annual
hazard λ with its exact 95% interval, and Kaplan–Meier survival at 1, 2, 3 and 5 years. People
still in the town are censored at the end of the period; people who came before it count from
its start. Beside each sector: the λ succession risk assumes by default. The JSON's "hazards"
can be passed to successionRisk as its hazards option (docs/metrics.md, "Calibrating for your
own town").
  --format md|html|json   Markdown (default), one self-contained HTML page, or JSON
  --out FILE              write to FILE; without --format, its extension (.md, .html, .json) chooses the format
  --force                 replace an existing FILE
  --from DATE, --to DATE  the period [from, to)
`;

/** Help of `kankei backtest`. */
export const BACKTEST_HELP = `kankei backtest <town> [--format md|html|json] [--out FILE [--force]] [--grace DAYS] [--lang ja|en]

Checks succession risk (後継リスク) against the town's own history: every year back from the
last date whose outcome the records show, R of every active project from the records as they
stood then, against whether within a year the project closed or lost its last initiator with no
successor within DAYS (default 180). Prints the Brier score, log loss and ROC AUC of R beside
simple baselines (a constant rate, the number of initiators, the initiators' departure
likelihood without the bench), R's reliability table, an ablation (parts of the model switched
off), and the failures; says first when there are too few events for any conclusion.
  --format md|html|json   Markdown (default), one self-contained HTML page, or JSON
  --out FILE              write to FILE; without --format, its extension (.md, .html, .json) chooses the format
  --force                 replace an existing FILE
  --grace DAYS            days without an initiator that count as no successor in time
`;

type ProgressLine = ReturnType<typeof createProgress>;
type IO = { stdout: (text: string) => void };

/**
 * Runs `kankei hazards` (see {@link HAZARDS_HELP}); returns the exit code.
 *
 * @example
 * ```ts
 * import { runHazardsCommand } from "./commands.js";
 * const out: string[] = [];
 * const progress = { phase: () => {}, done: () => {} };
 * runHazardsCommand({ positional: [], flags: {} }, ["examples/town/town.json"], "en", { stdout: (t) => out.push(t) }, progress); // 0
 * out[0].startsWith("# Departure hazards: 架空町"); // true
 * ```
 */
export function runHazardsCommand(p: ParsedArgs, rest: string[], lang: Lang, io: IO, progress: Pick<ProgressLine, "phase" | "done">): number {
  if (rest.length !== 1) throw new UsageError("hazards needs one <town>; try: kankei hazards --help");
  const { out, format } = planReportOutput(p, rest[0]!);
  const from = flagDate(p, "from");
  const to = flagDate(p, "to");
  progress.phase(lang === "ja" ? "読み込み中…" : "reading…");
  const town = readTown(rest[0]!);
  if (to === undefined && town.defaultDate === undefined) throw new UsageError(`${rest[0]} has no date at all (no asOf, no dated record): pass --to DATE`);
  progress.phase(lang === "ja" ? "計算中…" : "estimating…");
  const text = renderHazards(town, { format, lang, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) });
  progress.done();
  return emitReport(text, out, { ja: "離脱ハザード", en: "hazards" }, lang, io);
}

/**
 * Runs `kankei backtest` (see {@link BACKTEST_HELP}); returns the exit code.
 *
 * @example
 * ```ts
 * import { runBacktestCommand } from "./commands.js";
 * const out: string[] = [];
 * const progress = { phase: () => {}, done: () => {} };
 * runBacktestCommand({ positional: [], flags: { grace: "90" } }, ["examples/town/town.json"], "ja", { stdout: (t) => out.push(t) }, progress); // 0
 * out[0].includes("90 日以内に後継が立たなかった"); // true
 * ```
 */
export function runBacktestCommand(p: ParsedArgs, rest: string[], lang: Lang, io: IO, progress: Pick<ProgressLine, "phase" | "done">): number {
  if (rest.length !== 1) throw new UsageError("backtest needs one <town>; try: kankei backtest --help");
  const { out, format } = planReportOutput(p, rest[0]!);
  const graceDays = flagInteger(p, "grace", 0, 3650);
  progress.phase(lang === "ja" ? "読み込み中…" : "reading…");
  const town = readTown(rest[0]!);
  if (town.defaultDate === undefined) throw new UsageError(`${rest[0]} has no date at all (no asOf, no dated record): a backtest needs the town's date`);
  progress.phase(lang === "ja" ? "検証中…" : "backtesting…");
  const text = renderBacktest(town, { format, lang, ...(graceDays !== undefined ? { graceDays } : {}) });
  progress.done();
  return emitReport(text, out, { ja: "事後検証", en: "backtest" }, lang, io);
}
