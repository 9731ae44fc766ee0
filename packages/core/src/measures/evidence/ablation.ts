/**
 * The ablation of succession risk (後継リスクの要素の寄与): the backtest of R repeated with one part
 * of the model switched off at a time (the bench, ties, earlier initiator experience, overload,
 * the bench depth), on the same dates and outcomes, so that each part shows whether it earns
 * its place.
 *
 * What it means for a town: the readiness weights of domain.md §4 encode the circular model's
 * claims (cooperators step in; strong ties in the core matter; former initiators step up again).
 * If switching a part off does not worsen the scores on a town's history, that history gives
 * no support to the claim; if it worsens them, the part earns its place there.
 * 町にとっての意味: 準備度の重みは循環モデルの主張(協力者が代役になる、中核の強い紐帯が効く、元仕掛け人は
 * 再び担える)を数値にしたものである。ある要素を外しても成績が落ちなければ、その町の歴史はその主張を支えない。
 *
 * Formula: for each variant v, succession options o_v merged over the caller's options (a
 * variant's `readiness` is merged field by field), R_v(p) at every date of the backtest, scored
 * with {@link scoreForecasts} against the same outcomes. The default variants
 * ({@link ABLATION_VARIANTS}):
 *   full        the options as given
 *   no-bench    every readiness weight 0, so B = 0 and R = E (the `exposure` baseline)
 *   no-ties     strongTie = weakTie = 0
 *   no-prior    prior = 0
 *   no-overload overloadFactor = 1
 *   bench-1     benchDepth = 1 (only the readiest candidate counts)
 *   bench-all   benchDepth = 1000 (every candidate counts: the first text of §4)
 *
 * Defaults: those of `backtest` (dates, h, grace 180 days, bins, minEvents).
 *
 * Complexity: that of `backtest`, with one scoring of succession risk per variant and date.
 *
 * Sources: the ablation study of machine learning (remove one component, measure the loss);
 * domain.md §4; G. W. Brier (1950); J. A. Hanley and B. J. McNeil (1982).
 *
 * @module
 */

import type { Town } from "../../model/town.js";
import type { SuccessionOptions } from "../succession/options.js";
import { resolveBacktest, runCases, scoreOf, type BacktestOptions } from "./backtest.js";
import type { ForecastScores } from "./forecast-scores.js";

/** One variant of the ablation: a name and the succession options it changes. */
export interface AblationVariant {
  key: string;
  /** What is switched off, in English. */
  label: string;
  /** Succession options merged over the caller's. */
  options: Omit<SuccessionOptions, "t">;
}

/** The default variants (see the module header). Frozen. */
export const ABLATION_VARIANTS: readonly AblationVariant[] = Object.freeze([
  { key: "full", label: "the full model", options: {} },
  {
    key: "no-bench",
    label: "no bench (R = E)",
    options: { readiness: { base: { cooperator: 0, supporter: 0, participant: 0 }, strongTie: 0, weakTie: 0, prior: 0 } },
  },
  { key: "no-ties", label: "no tie bonus", options: { readiness: { strongTie: 0, weakTie: 0 } } },
  { key: "no-prior", label: "no prior-initiator bonus", options: { readiness: { prior: 0 } } },
  { key: "no-overload", label: "no overload penalty", options: { readiness: { overloadFactor: 1 } } },
  { key: "bench-1", label: "bench depth 1", options: { benchDepth: 1 } },
  { key: "bench-all", label: "every candidate on the bench", options: { benchDepth: 1000 } },
]);

/** Options of {@link ablation}: those of `backtest` but extra predictors, and the variants. */
export interface AblationOptions extends Omit<BacktestOptions, "predictors"> {
  /** The variants (default {@link ABLATION_VARIANTS}). */
  variants?: readonly AblationVariant[];
}

/** One row of the ablation table. */
export interface AblationRow {
  key: string;
  label: string;
  scores: ForecastScores;
}

/** What {@link ablation} returns. */
export interface AblationResult {
  dates: string[];
  /** Cases scored (the same for every variant). */
  cases: number;
  events: number;
  tooFewEvents: boolean;
  rows: AblationRow[];
}

function merge(base: Omit<SuccessionOptions, "t">, over: Omit<SuccessionOptions, "t">): Omit<SuccessionOptions, "t"> {
  const readiness = base.readiness || over.readiness
    ? { ...base.readiness, ...over.readiness, ...(base.readiness?.base || over.readiness?.base ? { base: { ...base.readiness?.base, ...over.readiness?.base } } : {}) }
    : undefined;
  return { ...base, ...over, ...(readiness ? { readiness } : {}) };
}

/**
 * The backtest of R with parts of the model switched off, one variant per row, on the same
 * dates and outcomes (see the module header).
 *
 * @example
 * ```ts
 * import { ablation, createTown } from "@kankei/core";
 * const town = createTown({
 *   town: { asOf: "2024-04-01" },
 *   people: [
 *     { id: "a", origin: "local", sector: "government", left: "2021-04-01" },
 *     { id: "b", origin: "local", sector: "government", left: "2021-04-01" },
 *     { id: "c", origin: "local", sector: "resident" },
 *   ],
 *   projects: [{ id: "fan", start: "2020-04-01" }, { id: "cafe", start: "2020-04-01" }],
 *   roles: [
 *     { person: "a", project: "fan", role: "initiator", from: "2020-04-01" },
 *     { person: "b", project: "cafe", role: "initiator", from: "2020-04-01", to: "2021-04-01" },
 *     { person: "c", project: "cafe", role: "cooperator", from: "2020-04-01", to: "2021-04-01" },
 *     { person: "c", project: "cafe", role: "initiator", from: "2021-04-01" },
 *   ],
 *   ties: [{ a: "b", b: "c", strength: "strong" }],
 * });
 * const r = ablation(town, { dates: ["2020-10-01"] });
 * r.rows.map((row) => [row.key, row.scores.auc]); // [["full", 1], ["no-bench", 0.5], ["no-ties", 1], ["no-prior", 1], ["no-overload", 1], ["bench-1", 1], ["bench-all", 1]]
 * ```
 */
export function ablation(town: Town, options: AblationOptions = {}): AblationResult {
  const r = resolveBacktest(town, options, ["dates", "succession", "graceDays", "bins", "minEvents", "variants"]);
  const variants = options.variants ?? ABLATION_VARIANTS;
  const base = options.succession ?? {};
  const { cases, risks } = runCases(
    town,
    r,
    variants.map((v) => merge(base, v.options)),
  );
  const events = cases.filter((c) => c.outcome.failed).length;
  return {
    dates: r.dates,
    cases: cases.length,
    events,
    tooFewEvents: events < r.minEvents || cases.length - events < r.minEvents,
    rows: variants.map((v, i) => ({ key: v.key, label: v.label, scores: scoreOf(cases, risks[i]!, r.bins) })),
  };
}
