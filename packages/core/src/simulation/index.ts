/**
 * The simulation of role rotation (domain.md §7): `simulate`, its options and its yearly series.
 *
 * @module
 */

export {
  MAX_SIMULATION_YEARS,
  SIMULATION_DEFAULTS,
  resolveSimulationOptions,
  type LowerRole,
  type ResolvedSimulationOptions,
  type SimulationOptions,
  type SimulationProgress,
} from "./options.js";
export { simulate, type SimulationResult } from "./simulate.js";
export type { SimulationYear } from "./series.js";
