/**
 * Circulation (循環, domain.md §6): role events, the transition matrix with entry and exit,
 * initiators grown from within and stepping back, outsiders reaching the core, role changes
 * per person-year, and initiator tenure, over a time window.
 *
 * @module
 */
export { DEFAULT_WINDOW_YEARS, resolveWindow, yearsBefore, type TimeWindow } from "./window.js";
export {
  ROLE_STATES,
  roleEvents,
  roleSequences,
  type DatedRoleEvent,
  type ExitReason,
  type RoleEvent,
  type RoleEventKind,
  type RoleState,
} from "./role-events.js";
export { DAYS_PER_YEAR, initiatorTenure, type InitiatorSpell, type InitiatorTenure } from "./initiator-tenure.js";
export {
  circulation,
  type CirculationOptions,
  type CirculationResult,
  type DepartingInitiator,
  type NewInitiator,
  type OutsiderToCore,
  type ResolvedCirculationOptions,
  type TransitionMatrix,
} from "./circulation.js";
