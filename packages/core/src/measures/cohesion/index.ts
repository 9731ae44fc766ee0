/**
 * Core cohesion (中核の結束, domain.md §6): strong-tie density of each project's core and the
 * share of cooperators strongly tied to a current initiator.
 *
 * @module
 */
export {
  coreCohesion,
  type CoreCohesionOptions,
  type CoreCohesionResult,
  type ProjectCohesion,
  type TownCohesion,
} from "./core-cohesion.js";
