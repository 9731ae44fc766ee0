/**
 * Succession risk (後継リスク, domain.md §4): the public API of this folder. Which projects will
 * lose their initiator within the horizon with nobody ready to take over, and who would.
 * 期間内に仕掛け人を失い、引き継ぐ人がいない事業はどれか、誰が代役になれるか。
 *
 * The formula, the defaults and their sources are in each file's header (`risk.ts` has the
 * whole of §4); the roster, the per-project score and single points of failure stay internal.
 *
 * @module
 */

export {
  SUCCESSION_DEFAULTS,
  RISK_LEVELS,
  resolveSuccessionOptions,
  riskLevel,
  type CandidateRole,
  type HazardKey,
  type ReadinessWeights,
  type ResolvedSuccessionOptions,
  type RiskLevel,
  type SuccessionOptions,
} from "./options.js";
export { departureLikelihood, type Departure } from "./departure.js";
export {
  readinessOf,
  readinessReasons,
  reasonMemo,
  type ReadinessContext,
  type ReadinessInput,
  type ReadinessParts,
  type ReasonMemo,
} from "./readiness.js";
export {
  successionRisk,
  type InitiatorExposure,
  type InitiatorLoad,
  type ProjectSuccessionRisk,
  type SuccessionCandidate,
  type SuccessionRiskResult,
  type TownSuccessionRisk,
  type UsedSuccessionOptions,
} from "./risk.js";
export type { SinglePointOfFailure } from "./spof.js";
export { departureImpact, type DepartureImpactResult, type ProjectDepartureImpact, type Successor } from "./impact.js";
