/**
 * Evidence for the model (モデルの根拠): a town's own departure hazards from its records, and the
 * backtest of succession risk (domain.md §4) against what happened, with baselines and an
 * ablation. Each file's header has its formula, defaults, complexity and sources.
 * 町の記録から離脱ハザードを推定し、後継リスクが実際に起きたことを予測したかを検証する。
 *
 * @module
 */
export { poissonCdf, poissonInterval } from "./poisson-interval.js";
export { kaplanMeier, type KaplanMeierStep, type SurvivalObservation } from "./kaplan-meier.js";
export {
  departureHazards,
  type DepartureHazardsOptions,
  type DepartureHazardsResult,
  type HazardGroup,
  type HazardGrouping,
} from "./departure-hazards.js";
export { LOG_LOSS_EPSILON, scoreForecasts, type Forecast, type ForecastScores, type ReliabilityBin } from "./forecast-scores.js";
export { DEFAULT_GRACE_DAYS, projectOutcome, townAsKnownAt, type ProjectOutcome } from "./outcome.js";
export { backtest, type BacktestCase, type BacktestOptions, type BacktestResult, type BacktestScore, type Predictor } from "./backtest.js";
export { ABLATION_VARIANTS, ablation, type AblationOptions, type AblationResult, type AblationRow, type AblationVariant } from "./ablation.js";
