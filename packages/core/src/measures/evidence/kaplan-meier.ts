/**
 * The Kaplan–Meier estimate of survival (カプラン・マイヤー推定): the share of a group still in the
 * town after a given time, from records where some people have not left yet (right-censored).
 *
 * What it means for a town: "of the officers we had, how many were still here after two years?"
 * without throwing away the people who are still here: each person counts for as long as they
 * are watched. The curve falls at each departure; a flat curve means nobody left.
 * 町にとっての意味: 「職員のうち 2 年後も町にいた人はどれだけか」を、まだ在籍中の人も捨てずに推定する。
 * 人はそれぞれ観察できた期間だけ数えられる。曲線は離脱のたびに下がり、平らなら誰も離れていない。
 *
 * Formula, for observations (time t_i ≥ 0, event e_i ∈ {0, 1}) and the distinct event times
 * τ_1 < τ_2 < …, with n_j people still watched at τ_j (t_i ≥ τ_j) and d_j events at τ_j:
 *   S(τ_j) = Π_{l ≤ j} (1 − d_l / n_l)
 *   Var S(τ_j) = S(τ_j)² Σ_{l ≤ j} d_l / (n_l (n_l − d_l))        (Greenwood's formula)
 * An event and a censoring at the same time: the censored person still counts at risk then
 * (the usual convention). The standard error is 0 once S reaches 0 (NaN would say nothing more).
 *
 * Defaults: none.
 *
 * Complexity: O(n log n) for n observations (one sort).
 *
 * Sources: E. L. Kaplan and P. Meier, "Nonparametric estimation from incomplete observations",
 * Journal of the American Statistical Association 53 (1958) 457–481; M. Greenwood, "The
 * natural duration of cancer", Reports on Public Health and Medical Subjects 33 (1926).
 *
 * @module
 */

import { UsageError } from "../../validation/errors.js";

/** One observation: watched for `time` (any unit), ending in an event (`true`) or censored. */
export interface SurvivalObservation {
  time: number;
  event: boolean;
}

/** The survival curve at one event time. */
export interface KaplanMeierStep {
  /** The event time τ_j (the unit of the observations). */
  time: number;
  /** n_j: observations with time ≥ τ_j. */
  atRisk: number;
  /** d_j: events at τ_j. */
  events: number;
  /** S(τ_j), in [0, 1]. */
  survival: number;
  /** Greenwood's standard error of S(τ_j). */
  standardError: number;
}

/**
 * The Kaplan–Meier curve of a set of observations: one step per distinct event time, in time
 * order (S is 1 before the first step and stays at the last step's value after it).
 *
 * @example
 * ```ts
 * import { kaplanMeier } from "@kankei/core";
 * const steps = kaplanMeier([
 *   { time: 1, event: true }, { time: 2, event: false }, { time: 3, event: true }, { time: 4, event: false },
 * ]);
 * steps.map((s) => [s.time, s.atRisk, s.survival]); // [[1, 4, 0.75], [3, 2, 0.375]]
 * kaplanMeier([{ time: 5, event: false }]); // []
 * ```
 */
export function kaplanMeier(observations: readonly SurvivalObservation[]): KaplanMeierStep[] {
  const obs = observations.map((o, i) => {
    if (!(o.time >= 0) || !Number.isFinite(o.time)) throw new UsageError(`observation ${i}: time must be a finite number ≥ 0, not ${String(o.time)}`);
    return { time: o.time, event: o.event === true };
  });
  obs.sort((a, b) => a.time - b.time);
  const steps: KaplanMeierStep[] = [];
  let survival = 1;
  let greenwood = 0;
  let i = 0;
  while (i < obs.length) {
    const time = obs[i]!.time;
    const atRisk = obs.length - i;
    let events = 0;
    while (i < obs.length && obs[i]!.time === time) {
      if (obs[i]!.event) events++;
      i++;
    }
    if (events === 0) continue;
    survival *= 1 - events / atRisk;
    if (atRisk > events) greenwood += events / (atRisk * (atRisk - events));
    const standardError = survival === 0 ? 0 : survival * Math.sqrt(greenwood);
    steps.push({ time, atRisk, events, survival, standardError });
  }
  return steps;
}
