/**
 * The exact (Garwood) confidence interval of a Poisson count (ポアソン分布の正確な信頼区間): for
 * `D` events observed, the range of expected counts μ that the data do not rule out.
 *
 * What it means for a town: a town of a few dozen people sees a handful of departures a year;
 * "3 departures in 40 person-years" is compatible with a rate anywhere from about 0.015 to
 * 0.22 a year, and a town where nobody left still has an upper bound above zero. The interval
 * says how much the town's own records can tell.
 * 町にとっての意味: 小さな町では離脱は年に数件しかない。「40 人年で 3 件」は年率 0.015〜0.22 程度の
 * どれとも矛盾しない。誰も離れていない町でも上限は 0 より大きい。区間は、町の記録から何が言えるかを示す。
 *
 * Formula, for D events and confidence 1 − α (Garwood 1936), with χ²_ν(p) the p-quantile of
 * the chi-square distribution with ν degrees of freedom:
 *   μ_lower = χ²_{2D}(α/2) / 2      (0 when D = 0)
 *   μ_upper = χ²_{2D+2}(1 − α/2) / 2
 * computed without a chi-square routine through the identity P(χ²_{2k} ≤ 2μ) = P(Poisson(μ) ≥ k):
 * μ_lower solves P(X ≥ D; μ) = α/2 and μ_upper solves P(X ≤ D; μ) = α/2, by bisection on the
 * Poisson distribution function (summed in log space), to a relative 1e-14.
 *
 * Defaults: confidence 0.95.
 *
 * Complexity: O(D · 200) (each of at most 200 bisection steps sums D + 1 terms).
 *
 * Sources: F. Garwood, "Fiducial limits for the Poisson distribution", Biometrika 28 (1936)
 * 437–442; the identity with the chi-square distribution is standard (e.g. Johnson, Kemp &
 * Kotz, Univariate Discrete Distributions, 3rd ed., §4.7).
 *
 * @module
 */

import { UsageError } from "../../validation/errors.js";

/** ln(k!) for k = 0, 1, …: grown on demand, exact sums of logarithms. */
const LOG_FACTORIAL: number[] = [0];

function logFactorial(k: number): number {
  for (let i = LOG_FACTORIAL.length; i <= k; i++) LOG_FACTORIAL.push(LOG_FACTORIAL[i - 1]! + Math.log(i));
  return LOG_FACTORIAL[k]!;
}

/**
 * P(X ≤ k) for X ~ Poisson(μ): the sum of the terms e^(−μ) μ^i / i!, each taken in log space
 * so that large counts neither overflow nor underflow.
 *
 * @example
 * ```ts
 * import { poissonCdf } from "@kankei/core";
 * poissonCdf(0, 2) === Math.exp(-2); // true
 * poissonCdf(3, 0); // 1
 * Math.abs(poissonCdf(1, 1) - 2 * Math.exp(-1)) < 1e-15; // true
 * ```
 */
export function poissonCdf(k: number, mu: number): number {
  if (!Number.isInteger(k) || k < 0) throw new UsageError(`k must be a whole number ≥ 0, not ${String(k)}`);
  if (!(mu >= 0) || !Number.isFinite(mu)) throw new UsageError(`mu must be a finite number ≥ 0, not ${String(mu)}`);
  if (mu === 0) return 1;
  const logMu = Math.log(mu);
  let sum = 0;
  for (let i = 0; i <= k; i++) sum += Math.exp(-mu + i * logMu - logFactorial(i));
  return Math.min(1, sum);
}

/** The μ at which the decreasing function f(μ) crosses `target`, by bisection. */
function solveDecreasing(f: (mu: number) => number, target: number, start: number): number {
  let lo = 0;
  let hi = Math.max(1, start);
  while (f(hi) > target) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-14 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) > target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * The exact (Garwood) interval for the mean of a Poisson count: `[lower, upper]` for `events`
 * observed, at the given confidence (default 0.95). Divide by the exposure (person-years) to
 * get the interval of a rate.
 *
 * @example
 * ```ts
 * import { poissonInterval } from "@kankei/core";
 * const [lo, hi] = poissonInterval(0);
 * lo; // 0
 * hi.toFixed(4); // "3.6889"
 * poissonInterval(3).map((x) => x.toFixed(4)); // ["0.6187", "8.7673"]
 * ```
 */
export function poissonInterval(events: number, confidence = 0.95): [number, number] {
  if (!Number.isInteger(events) || events < 0) throw new UsageError(`events must be a whole number ≥ 0, not ${String(events)}`);
  if (!(confidence > 0 && confidence < 1)) throw new UsageError(`confidence must be in (0, 1), not ${String(confidence)}`);
  const tail = (1 - confidence) / 2;
  const upper = solveDecreasing((mu) => poissonCdf(events, mu), tail, events + 1);
  const lower = events === 0 ? 0 : solveDecreasing((mu) => poissonCdf(events - 1, mu), 1 - tail, events);
  return [lower, upper];
}
