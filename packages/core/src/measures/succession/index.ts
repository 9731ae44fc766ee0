/**
 * Succession risk (後継リスク, domain.md §4): the public API of this folder. Which projects will
 * lose their initiator within the horizon with nobody ready to take over, and who would.
 * 期間内に仕掛け人を失い、引き継ぐ人がいない事業はどれか、誰が代役になれるか。
 *
 * The formula, the defaults and their sources are in each file's header (`risk.ts` has the
 * whole of §4); the roster, the per-project score and single points of failure stay internal.
 * `handover-options.ts` ranks who could take over one project; `explain.ts` is the one place
 * where any of these figures becomes a sentence, in Japanese or English.
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
export { departureLikelihood, type Departure, type DepartureBasis, type IgnoredDate } from "./departure.js";
export { readinessOf, type ReadinessBasis, type ReadinessInput, type ReadinessParts } from "./readiness.js";
export {
  successionRisk,
  compareByRisk,
  type Orphan,
  type RiskOrderKey,
  type InitiatorExposure,
  type InitiatorLoad,
  type ProjectSuccessionRisk,
  type SuccessionCandidate,
  type SuccessionRiskResult,
  type TownSuccessionRisk,
  type UsedSuccessionOptions,
} from "./risk.js";
export type { SinglePointOfFailure } from "./spof.js";
export { departureImpact, type DepartureImpactResult, type ProjectDepartureImpact, type SuccessorBasis } from "./impact.js";
export {
  handoverOptions,
  type HandoverCandidate,
  type HandoverOptionsOptions,
  type HandoverOptionsResult,
  type MissingPart,
  type PathToReady,
} from "./handover-options.js";
export {
  SUCCESSION_TERMS,
  explainDeparture,
  explainPathToReady,
  explainProject,
  explainReadiness,
  explainSuccessor,
  formatFigure,
  townNames,
  type ExplainNames,
  type ProjectExplanation,
  type SuccessionTerms,
} from "./explain.js";
