/**
 * The backtest of succession risk (後継リスクの事後検証): at a series of past dates t, the risk R
 * of every active project as it could have been computed then, against what the records say
 * happened next; scored side by side with simple baselines.
 *
 * What it means for a town: before trusting the levels of domain.md §4, a town (or a
 * researcher) can ask whether its own past bears them out: did the projects marked critical
 * lose their drivers more often than those marked low, and did "0.3" mean about three in ten?
 * The baselines say what R adds over guessing from the number of initiators, or from the
 * initiators' departure likelihood alone without the bench.
 * 町にとっての意味: 後継リスクの水準を信じる前に、町自身の過去で確かめられる。危機とされた事業は低とされた
 * 事業より実際に担い手を失ったか、「0.3」は十のうち三だったか。基準の予測と並べると、仕掛け人の数や、代役を
 * 考えない離脱の見込みだけと比べて R が何を加えるかがわかる。
 *
 * Formula: for every date t and project p active at t:
 *   forecast R(p) = successionRisk(town as known at t, { t, horizonDays: h, … }), so nothing
 *                   after t is read (see `outcome.ts`: later `left`, `end`, `to` are removed)
 *   outcome y(p, t) = failed(p, t): closed within (t, t + h], or lost its last initiator within
 *                   (t, t + h] with no successor within the grace g (default 180 days)
 *   baselines, scored the same way ({@link scoreForecasts}):
 *   - `constant`: the share of failures over all cases (in-sample: it knows the overall rate,
 *     which R does not, so it flatters the baseline; its AUC is 0.5);
 *   - `initiators`: the share of failures among cases with the same number of current
 *     initiators (0, 1, 2 or more; in-sample as well) for the Brier score, log loss and
 *     reliability, and the ranking by 1/(1 + n) for the AUC;
 *   - `exposure`: E(p), the initiators' departure likelihood without the bench (R without B).
 *   too few events: fewer than `minEvents` (default 10) failures or fewer than `minEvents`
 *   non-failures. With fewer, the Hanley–McNeil standard error of an AUC near 0.7 exceeds 0.1
 *   and Brier differences between forecasts are noise; 10 events is the usual minimum for
 *   any model of a binary outcome (Peduzzi et al. 1996, ten events per variable). Cases of
 *   consecutive dates share projects and are not independent, so even above the threshold the
 *   figures describe this town's history rather than test a hypothesis.
 *
 * Defaults: dates every whole year back from the latest date whose outcome the records can
 * show (the town's date − h − g) to the first start of an initiator role; h = 365 days
 * (succession risk's); g = 180 days (see `outcome.ts`); 10 reliability bins; `minEvents` 10;
 * succession options: those of `successionRisk`.
 *
 * Complexity: per date, O(P + J + R + T) to rebuild the town as known at t, one scoring of
 * succession risk per option set, and O(J · R_p) for the outcomes; then O(n log n) for n cases.
 *
 * Sources: G. W. Brier (1950), Monthly Weather Review 78; J. A. Hanley and B. J. McNeil (1982),
 * Radiology 143; P. Peduzzi et al. (1996), "A simulation study of the number of events per
 * variable in logistic regression analysis", Journal of Clinical Epidemiology 49; domain.md §4.
 *
 * @module
 */

import { addDays, isIsoDate } from "../../model/date.js";
import type { IsoDate } from "../../model/records.js";
import type { Town } from "../../model/town.js";
import { UsageError } from "../../validation/errors.js";
import { objectOf, wholeNumber } from "../../validation/options.js";
import { yearsBefore } from "../circulation/window.js";
import { resolveSuccessionOptions, type SuccessionOptions } from "../succession/options.js";
import { successionRisk } from "../succession/risk.js";
import { scoreForecasts, type Forecast, type ForecastScores } from "./forecast-scores.js";
import { DEFAULT_GRACE_DAYS, projectOutcome, townAsKnownAt, type ProjectOutcome } from "./outcome.js";

/** A forecast of one's own: the probability that `project` fails, from the town as known at `t`. */
export type Predictor = (known: Town, project: string, t: IsoDate) => number;

/** Options of {@link backtest}. */
export interface BacktestOptions {
  /** The dates t (default: yearly, see the module header). Each needs records up to t + h + g. */
  dates?: readonly IsoDate[];
  /** Options of succession risk for R, without `t` (`horizonDays` is also the backtest's h). */
  succession?: Omit<SuccessionOptions, "t">;
  /** Grace in days for a successor (default 180). */
  graceDays?: number;
  /** Bins of the reliability tables (default 10). */
  bins?: number;
  /** Fewer failures (or non-failures) than this is too few for any conclusion (default 10). */
  minEvents?: number;
  /** Extra forecasts to score beside R and the baselines, by name. */
  predictors?: Record<string, Predictor>;
}

/** One project at one date: the forecasts and what happened. */
export interface BacktestCase {
  date: IsoDate;
  project: string;
  /** R(p) at t. */
  risk: number;
  /** E(p) at t. */
  exposure: number;
  /** Current initiators at t. */
  initiators: number;
  /** The forecasts of the extra predictors, by name. */
  extra: Record<string, number>;
  outcome: ProjectOutcome;
}

/** A forecast's scores. */
export interface BacktestScore {
  /** `"risk"`, `"constant"`, `"initiators"`, `"exposure"`, or an extra predictor's name. */
  name: string;
  scores: ForecastScores;
}

/** What {@link backtest} returns. */
export interface BacktestResult {
  dates: IsoDate[];
  horizonDays: number;
  graceDays: number;
  cases: BacktestCase[];
  /** Failures among the cases. */
  events: number;
  /** events / cases; NaN with no case. */
  baseRate: number;
  minEvents: number;
  /** True when there are fewer than `minEvents` failures or non-failures: no conclusion. */
  tooFewEvents: boolean;
  /** R first, then the baselines (constant, initiators, exposure), then the extra predictors. */
  scores: BacktestScore[];
}

/** @internal The resolved options, shared with `ablation.ts`. */
export interface ResolvedBacktest {
  dates: IsoDate[];
  horizonDays: number;
  graceDays: number;
  bins: number;
  minEvents: number;
}

/** @internal Resolves dates and numbers; checks that the records reach every t + h + g. */
export function resolveBacktest(town: Town, options: BacktestOptions, known: readonly string[]): ResolvedBacktest {
  const o = objectOf(options, "options", known);
  const succession = resolveSuccessionOptions(o.succession as SuccessionOptions | undefined);
  const horizonDays = succession.horizonDays;
  const graceDays = wholeNumber(o.graceDays, "graceDays", DEFAULT_GRACE_DAYS, 0);
  const bins = wholeNumber(o.bins, "bins", 10, 1);
  const minEvents = wholeNumber(o.minEvents, "minEvents", 10, 1);
  const end = town.date();
  const last = addDays(end, -(horizonDays + graceDays));
  let dates: IsoDate[];
  if (o.dates !== undefined) {
    if (!Array.isArray(o.dates)) throw new UsageError(`option "dates" must be a list of ISO dates`);
    dates = (o.dates as unknown[]).map((d, i) => {
      if (!isIsoDate(d)) throw new UsageError(`option "dates[${i}]" is not a real ISO date (YYYY-MM-DD): ${JSON.stringify(d)}`);
      if (d > last) {
        throw new UsageError(
          `option "dates[${i}]" (${d}) is too late: its outcome needs records up to ${addDays(d, horizonDays + graceDays)}, after the town's date ${end} (the last usable date is ${last})`,
        );
      }
      return d;
    });
    dates = [...new Set(dates)].sort();
  } else {
    const x = town.periods();
    let first = Infinity;
    for (let k = 0; k < town.roles.length; k++) {
      if (town.roles[k]!.role === "initiator" && x.roleFrom[k]! < x.roleTo[k]! && x.roleFrom[k]! < first) first = x.roleFrom[k]!;
    }
    dates = [];
    for (let k = 0; Number.isFinite(first); k++) {
      const d = yearsBefore(last, k);
      if (town.day(d) < first) break;
      dates.unshift(d);
    }
  }
  return { dates, horizonDays, graceDays, bins, minEvents };
}

/** @internal For every date, the town as known then and R under each option set. */
export function runCases(
  town: Town,
  r: ResolvedBacktest,
  variants: readonly Omit<SuccessionOptions, "t">[],
  predictors: Record<string, Predictor> = {},
): { cases: BacktestCase[]; risks: number[][] } {
  const cases: BacktestCase[] = [];
  const risks: number[][] = variants.map(() => []);
  for (const t of r.dates) {
    const known = townAsKnownAt(town, t);
    const results = variants.map((v) => successionRisk(known, { ...v, t }));
    const byProject = results.map((res) => new Map(res.projects.map((p) => [p.project, p])));
    const main = [...results[0]!.projects].sort((a, b) => (a.project < b.project ? -1 : a.project > b.project ? 1 : 0));
    for (const p of main) {
      const extra: Record<string, number> = {};
      for (const [name, f] of Object.entries(predictors)) {
        const v = f(known, p.project, t);
        if (typeof v !== "number" || !(v >= 0 && v <= 1)) throw new UsageError(`predictor "${name}" gave ${String(v)} for ${p.project} on ${t}; a forecast must be a number from 0 to 1`);
        extra[name] = v;
      }
      cases.push({
        date: t,
        project: p.project,
        risk: p.risk,
        exposure: p.exposure,
        initiators: p.initiators.length,
        extra,
        outcome: projectOutcome(town, p.project, t, { horizonDays: r.horizonDays, graceDays: r.graceDays }),
      });
      byProject.forEach((m, v) => risks[v]!.push(m.get(p.project)!.risk));
    }
  }
  return { cases, risks };
}

/** @internal Scores a list of probabilities against the cases' outcomes. */
export function scoreOf(cases: readonly BacktestCase[], ps: readonly number[], bins: number): ForecastScores {
  return scoreForecasts(
    cases.map((c, i): Forecast => ({ p: ps[i]!, y: c.outcome.failed })),
    bins,
  );
}

/**
 * Backtests succession risk on a town's own history (see the module header): R at each date,
 * as it could have been computed then, against whether each project lost its driver within
 * the horizon; Brier score, log loss, ROC AUC and reliability for R and for the baselines
 * (`constant`, `initiators`, `exposure`), and a flag when there are too few events. Throws a
 * {@link UsageError} for a bad option, or a date whose outcome the records cannot show yet.
 *
 * @example
 * ```ts
 * import { backtest, createTown } from "@kankei/core";
 * const town = createTown({
 *   town: { asOf: "2024-04-01" },
 *   people: [
 *     { id: "a", origin: "local", sector: "government", left: "2021-04-01" },
 *     { id: "b", origin: "local", sector: "resident" },
 *     { id: "c", origin: "local", sector: "resident" },
 *   ],
 *   projects: [{ id: "fan", start: "2020-04-01" }, { id: "cafe", start: "2020-04-01" }],
 *   roles: [
 *     { person: "a", project: "fan", role: "initiator", from: "2020-04-01" },
 *     { person: "b", project: "cafe", role: "initiator", from: "2020-04-01" },
 *     { person: "c", project: "cafe", role: "cooperator", from: "2020-04-01" },
 *   ],
 * });
 * const r = backtest(town, { dates: ["2020-10-01"] });
 * r.cases.map((c) => [c.project, c.outcome.failed]); // [["cafe", false], ["fan", true]]
 * r.scores.map((s) => s.name); // ["risk", "constant", "initiators", "exposure"]
 * r.scores[0].scores.auc; // 1
 * r.tooFewEvents; // true
 * ```
 */
export function backtest(town: Town, options: BacktestOptions = {}): BacktestResult {
  const r = resolveBacktest(town, options, ["dates", "succession", "graceDays", "bins", "minEvents", "predictors"]);
  const predictors = objectOf(options.predictors, "predictors", Object.keys(options.predictors ?? {})) as Record<string, Predictor>;
  for (const [name, f] of Object.entries(predictors)) {
    if (typeof f !== "function") throw new UsageError(`option "predictors.${name}" must be a function`);
    if (["risk", "constant", "initiators", "exposure"].includes(name)) throw new UsageError(`option "predictors.${name}": the name is taken by a built-in forecast`);
  }
  const { cases } = runCases(town, r, [options.succession ?? {}], predictors);
  const events = cases.filter((c) => c.outcome.failed).length;
  const baseRate = cases.length === 0 ? NaN : events / cases.length;

  // The initiators baseline: the in-sample rate per count (0, 1, 2+), ranked by 1/(1 + n).
  const bucket = (n: number): number => Math.min(n, 2);
  const perCount = [0, 0, 0];
  const failedPerCount = [0, 0, 0];
  for (const c of cases) {
    perCount[bucket(c.initiators)]!++;
    if (c.outcome.failed) failedPerCount[bucket(c.initiators)]!++;
  }
  const byCount = scoreOf(
    cases,
    cases.map((c) => failedPerCount[bucket(c.initiators)]! / perCount[bucket(c.initiators)]!),
    r.bins,
  );
  const ranked = scoreOf(
    cases,
    cases.map((c) => 1 / (1 + c.initiators)),
    r.bins,
  );
  const scores: BacktestScore[] = [
    { name: "risk", scores: scoreOf(cases, cases.map((c) => c.risk), r.bins) },
    { name: "constant", scores: scoreOf(cases, cases.map(() => baseRate), r.bins) },
    { name: "initiators", scores: { ...byCount, auc: ranked.auc, aucStandardError: ranked.aucStandardError } },
    { name: "exposure", scores: scoreOf(cases, cases.map((c) => c.exposure), r.bins) },
    ...Object.keys(predictors).map((name) => ({ name, scores: scoreOf(cases, cases.map((c) => c.extra[name]!), r.bins) })),
  ];
  return {
    dates: r.dates,
    horizonDays: r.horizonDays,
    graceDays: r.graceDays,
    cases,
    events,
    baseRate,
    minEvents: r.minEvents,
    tooFewEvents: events < r.minEvents || cases.length - events < r.minEvents,
    scores,
  };
}
