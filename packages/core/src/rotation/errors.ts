/**
 * The error of a rejected event. `applyEvents` applies a list of events or none of them: the
 * first event that cannot apply throws an {@link EventError} that names the event (its
 * position in the list and a one-line description), the rule it breaks, and the field; the
 * town it was given is unchanged (towns are immutable) and no town is returned.
 *
 * @module
 */

import { KankeiError, type TownProblem } from "../validation/errors.js";
import { describeEvent } from "./events.js";

/** Stable codes of the rules an event can break. Tests and callers check these, not messages. */
export type EventRule =
  /** Not an object, an unknown `type`, a missing or malformed field. */
  | "malformed"
  /** Dated before the town's last change, or before the previous event of the list. */
  | "out-of-order"
  /** A person id that the town does not have. */
  | "unknown-person"
  /** A project id that the town does not have. */
  | "unknown-project"
  /** `join` of an id that exists, `launch` of a project id that exists. */
  | "duplicate-id"
  /** The person is not present at the date. */
  | "not-present"
  /** The project is not active at the date. */
  | "not-active"
  /** `handover` to someone who holds no role in the project at the date. */
  | "not-a-member"
  /** `assign` of the role the person already holds there. */
  | "same-role"
  /** `handover` to someone who already initiates the project. */
  | "already-initiator"
  /** An initiator for a project that has one, with co-initiation off (domain.md §7 invariant 2). */
  | "has-initiator"
  /** `handover` in a project with no current initiator. */
  | "no-initiator"
  /** `handover` without `from` in a project with several initiators. */
  | "ambiguous-initiator"
  /** `handover` with a `from` who does not initiate the project at the date. */
  | "not-initiator"
  /** A tie from a person to themself. */
  | "self-tie"
  /** `tie` between people who are already tied at the date. */
  | "already-tied"
  /** `untie`, `strengthen` or `weaken` of people who are not tied at the date. */
  | "not-tied"
  /** `strengthen` of a strong tie or `weaken` of a weak one. */
  | "same-strength"
  /** A record the event writes breaks a rule of domain.md §3 (see `problems`). */
  | "invalid-record";

/** An event that cannot be applied. */
export class EventError extends KankeiError {
  /** Position of the event in the list given to `applyEvents`. */
  readonly index: number;
  /** The event as given. */
  readonly event: unknown;
  /** The rule it breaks. */
  readonly rule: EventRule;
  /** The field of the event at fault, when one is (`person`, `to`, `date`, `project.id`...). */
  readonly field: string | undefined;
  /** For `invalid-record`: the problems found in the records the event wrote. */
  readonly problems: readonly TownProblem[];

  constructor(index: number, event: unknown, rule: EventRule, detail: string, field?: string, problems: readonly TownProblem[] = []) {
    const shown = problems.slice(0, 10).map((p) => `\n  - ${p.message}`).join("");
    super(`event ${index} (${describeEvent(event)})${field !== undefined ? `, field "${field}"` : ""}: ${detail} [${rule}]${shown}`);
    this.index = index;
    this.event = event;
    this.rule = rule;
    this.field = field;
    this.problems = Object.freeze([...problems]);
  }
}
