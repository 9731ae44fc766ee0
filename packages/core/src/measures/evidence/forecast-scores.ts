/**
 * Scores of probability forecasts against what happened (予測の評価): the Brier score, the log
 * loss, the area under the ROC curve with its standard error, and a reliability table.
 *
 * What it means for a town: a risk figure is useful if projects with a higher figure fail more
 * often (ranking: the AUC) and if "0.3" means that about three in ten such projects fail
 * (calibration: the reliability table, and the Brier score and log loss, which reward both).
 * 町にとっての意味: リスクの値が役に立つのは、値の高い事業ほど実際によく途絶え(順位づけ: AUC)、
 * 「0.3」の事業が十のうち三ほど途絶えるとき(較正: 信頼性の表)である。Brier スコアと対数損失は両方を評価する。
 *
 * Formula, for forecasts p_i ∈ [0, 1] and outcomes y_i ∈ {0, 1}, i = 1 … n:
 *   Brier    = (1/n) Σ (p_i − y_i)²                                           (Brier 1950)
 *   log loss = −(1/n) Σ [y_i ln p̃_i + (1 − y_i) ln(1 − p̃_i)], p̃ = clip(p, ε, 1 − ε), ε = 1e-6
 *              (a forecast of exactly 0 for an event costs ln 10⁶ ≈ 13.8, not infinity)
 *   AUC      = (Σ_{i: y=1} rank_i − n₁(n₁ + 1)/2) / (n₁ n₀), with mid-ranks, so a tie between
 *              an event and a non-event counts one half (Mann–Whitney U / n₁n₀); NaN unless
 *              both outcomes occur
 *   SE(AUC)  = √[(A(1−A) + (n₁−1)(Q₁−A²) + (n₀−1)(Q₂−A²)) / (n₁ n₀)], Q₁ = A/(2−A),
 *              Q₂ = 2A²/(1+A)                                                 (Hanley & McNeil 1982)
 *   reliability: bins [0, 1/b), [1/b, 2/b), …, [(b−1)/b, 1] (default b = 10): per bin the
 *              number of forecasts, the mean forecast and the observed share of events.
 *
 * Defaults: ε = 1e-6 ({@link LOG_LOSS_EPSILON}); 10 bins.
 *
 * Complexity: O(n log n) (the ranks).
 *
 * Sources: G. W. Brier, "Verification of forecasts expressed in terms of probability", Monthly
 * Weather Review 78 (1950) 1–3; J. A. Hanley and B. J. McNeil, "The meaning and use of the
 * area under a receiver operating characteristic (ROC) curve", Radiology 143 (1982) 29–36;
 * H. B. Mann and D. R. Whitney (1947); reliability diagrams after A. H. Murphy and
 * R. L. Winkler (1977).
 *
 * @module
 */

import { UsageError } from "../../validation/errors.js";

/** ε of the log loss: forecasts are clipped to [ε, 1 − ε]. */
export const LOG_LOSS_EPSILON = 1e-6;

/** One forecast and what happened. */
export interface Forecast {
  /** The forecast probability of the event, in [0, 1]. */
  p: number;
  /** True when the event happened. */
  y: boolean;
}

/** One bin of a reliability table. */
export interface ReliabilityBin {
  /** The bin [from, to) (the last bin includes 1). */
  from: number;
  to: number;
  /** Forecasts in the bin. */
  count: number;
  /** Events among them. */
  events: number;
  /** Mean forecast in the bin; NaN when empty. */
  meanForecast: number;
  /** events / count; NaN when empty. */
  observed: number;
}

/** The scores of a set of forecasts. */
export interface ForecastScores {
  /** Forecasts scored. */
  count: number;
  /** Events among them. */
  events: number;
  /** Mean squared error of the probabilities (lower is better; 0 is perfect). NaN with no forecast. */
  brier: number;
  /** Mean negative log-likelihood, forecasts clipped to [ε, 1 − ε] (lower is better). NaN with no forecast. */
  logLoss: number;
  /** Area under the ROC curve (0.5 is chance, 1 a perfect ranking); NaN unless both outcomes occur. */
  auc: number;
  /** Hanley–McNeil standard error of the AUC; NaN when the AUC is. */
  aucStandardError: number;
  reliability: ReliabilityBin[];
}

/**
 * The Brier score, log loss, ROC AUC (ties count one half) with its Hanley–McNeil standard
 * error, and the reliability table of a set of forecasts (see the module header).
 *
 * @example
 * ```ts
 * import { scoreForecasts } from "@kankei/core";
 * const s = scoreForecasts([{ p: 0.9, y: true }, { p: 0.2, y: false }, { p: 0.2, y: true }, { p: 0.1, y: false }]);
 * s.brier.toFixed(4); // "0.1750"
 * s.auc; // 0.875
 * s.reliability[2]; // { "from": 0.2, "to": 0.3, "count": 2, "events": 1, "meanForecast": 0.2, "observed": 0.5 }
 * scoreForecasts([{ p: 0.5, y: true }]).auc; // NaN
 * ```
 */
export function scoreForecasts(forecasts: readonly Forecast[], bins = 10): ForecastScores {
  if (!Number.isInteger(bins) || bins < 1) throw new UsageError(`bins must be a whole number ≥ 1, not ${String(bins)}`);
  const n = forecasts.length;
  let brier = 0;
  let logLoss = 0;
  let events = 0;
  const count = new Array<number>(bins).fill(0);
  const hits = new Array<number>(bins).fill(0);
  const sums = new Array<number>(bins).fill(0);
  forecasts.forEach((f, i) => {
    if (typeof f.p !== "number" || !(f.p >= 0 && f.p <= 1)) throw new UsageError(`forecast ${i}: p must be a number from 0 to 1, not ${String(f.p)}`);
    const y = f.y ? 1 : 0;
    events += y;
    brier += (f.p - y) ** 2;
    const p = Math.min(1 - LOG_LOSS_EPSILON, Math.max(LOG_LOSS_EPSILON, f.p));
    logLoss -= y === 1 ? Math.log(p) : Math.log(1 - p);
    const b = Math.min(bins - 1, Math.floor(f.p * bins));
    count[b]!++;
    hits[b]! += y;
    sums[b]! += f.p;
  });

  // Mid-ranks of the forecasts, then Mann–Whitney.
  const order = forecasts.map((f, i) => [f.p, i] as const).sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && order[j]![0] === order[i]![0]) j++;
    const mid = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (forecasts[order[k]![1]]!.y) rankSum += mid;
    i = j;
  }
  const n1 = events;
  const n0 = n - events;
  let auc = NaN;
  let aucStandardError = NaN;
  if (n1 > 0 && n0 > 0) {
    auc = (rankSum - (n1 * (n1 + 1)) / 2) / (n1 * n0);
    const q1 = auc / (2 - auc);
    const q2 = (2 * auc * auc) / (1 + auc);
    aucStandardError = Math.sqrt(Math.max(0, (auc * (1 - auc) + (n1 - 1) * (q1 - auc * auc) + (n0 - 1) * (q2 - auc * auc)) / (n1 * n0)));
  }
  const round = (x: number): number => Math.round(x * 1e12) / 1e12;
  const reliability: ReliabilityBin[] = count.map((c, b) => ({
    from: round(b / bins),
    to: round((b + 1) / bins),
    count: c,
    events: hits[b]!,
    meanForecast: c === 0 ? NaN : sums[b]! / c,
    observed: c === 0 ? NaN : hits[b]! / c,
  }));
  return {
    count: n,
    events,
    brier: n === 0 ? NaN : brier / n,
    logLoss: n === 0 ? NaN : logLoss / n,
    auc,
    aucStandardError,
    reliability,
  };
}
