/**
 * Brokerage (仲介, domain.md §6): Gould–Fernandez brokerage roles on the undirected network with
 * groups by origin or sector, relationship guides (関係案内人), and Krackhardt and Stern's E-I
 * index.
 *
 * @module
 */
export { groupsOf, personGroup, UNKNOWN_SECTOR, type GroupBy } from "./groups.js";
export {
  brokerage,
  type BrokerageOptions,
  type BrokerageResult,
  type BrokerageRoles,
  type PersonBrokerage,
  type RelationshipGuide,
} from "./brokerage.js";
export { eiIndex, type EiFigures, type EiIndexOptions, type EiIndexResult, type GroupEi, type PersonEi, type TieFilter } from "./ei-index.js";
