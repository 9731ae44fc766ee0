/**
 * Role rotation (役割の循環, domain.md §7): the events in which a town changes and
 * `applyEvents`, which applies them and returns a new town.
 *
 * @module
 */

export {
  EVENT_TYPES,
  describeEvent,
  type AssignEvent,
  type CloseEvent,
  type EventBase,
  type EventType,
  type HandoverEvent,
  type JoinEvent,
  type LaunchEvent,
  type LeaveEvent,
  type PairEvent,
  type TieEvent,
  type TownEvent,
} from "./events.js";
export { EventError, type EventRule } from "./errors.js";
export { applyEvents, lastChange, type ApplyEventsOptions } from "./apply-events.js";
