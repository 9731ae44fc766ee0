/**
 * The events of role rotation (役割の循環, domain.md §7): the vocabulary in which a town
 * changes. Every change is an event applied at a date, in date order, by `applyEvents`,
 * which returns a new town; the town an event applies to is never modified.
 *
 * | event | 日本語 | what it does |
 * |---|---|---|
 * | `join` | 参入 | a person arrives: a new person record, present from the date |
 * | `leave` | 離脱 | a person leaves: `left` is set, and every active role and tie of the person ends |
 * | `assign` | 役割の付与 | a person starts a role in a project, ending their previous role there |
 * | `handover` | 引き継ぎ | the initiator steps back to a lower role (default cooperator) and a member becomes initiator |
 * | `launch` | 立ち上げ | a new project starts, optionally with its initiator |
 * | `close` | 終了 | a project ends, and every active role in it |
 * | `tie` | 紐帯の形成 | two people become tied (strong or weak) |
 * | `untie` | 紐帯の解消 | their tie ends |
 * | `strengthen` | 紐帯の強化 | a weak tie ends and a strong one starts the same day |
 * | `weaken` | 紐帯の弱化 | a strong tie ends and a weak one starts the same day |
 *
 * `assign` and `handover` are the *rotation* events: they never change the people or the
 * ties. Every event may carry a `cause` (free text: why it happened; the simulation writes
 * one), which `applyEvents` does not read.
 *
 * Sources: Nakayama Ken'ichirō, 関係人口の創出プロセスの研究 (the circular model: initiators
 * step back into other roles, cooperators become the next initiators); Granovetter, "The
 * strength of weak ties" (1973) for the tie vocabulary.
 *
 * @module
 */

import type { IsoDate, PersonRecord, ProjectRecord, RoleName, Strength } from "../model/records.js";

/** The kinds of event, in the order of domain.md §7. */
export type EventType = "join" | "leave" | "assign" | "handover" | "launch" | "close" | "tie" | "untie" | "strengthen" | "weaken";

/** Every event type, in the order of domain.md §7. */
export const EVENT_TYPES: readonly EventType[] = Object.freeze([
  "join",
  "leave",
  "assign",
  "handover",
  "launch",
  "close",
  "tie",
  "untie",
  "strengthen",
  "weaken",
]);

/** What every event has: its type, its date, and optionally why it happened. */
export interface EventBase {
  type: EventType;
  /** The date the change takes effect: periods end and start on it. */
  date: IsoDate;
  /** Why it happened (free text, not read by `applyEvents`). */
  cause?: string;
}

/** A person arrives. `person.joined` is set to the date; `person.left` must be absent. */
export interface JoinEvent extends EventBase {
  type: "join";
  person: PersonRecord;
}

/** A person leaves the town's network: `left` is set, and every active role and tie ends. */
export interface LeaveEvent extends EventBase {
  type: "leave";
  person: string;
}

/** `person` starts `role` in `project`, ending the role they held there. */
export interface AssignEvent extends EventBase {
  type: "assign";
  person: string;
  project: string;
  role: RoleName;
}

/** The initiator `from` steps back to `stepBackTo` and the member `to` becomes initiator. */
export interface HandoverEvent extends EventBase {
  type: "handover";
  project: string;
  /** The member who becomes initiator. */
  to: string;
  /** The initiator who steps back; may be left out when the project has exactly one. */
  from?: string;
  /** The role the old initiator keeps (default `cooperator`). */
  stepBackTo?: Exclude<RoleName, "initiator">;
}

/** A project starts. `project.start` is set to the date; `project.end` must be absent. */
export interface LaunchEvent extends EventBase {
  type: "launch";
  project: ProjectRecord;
  /** Who initiates it, when someone does from the start. */
  initiator?: string;
}

/** A project ends, and every active role in it. */
export interface CloseEvent extends EventBase {
  type: "close";
  project: string;
}

/** `a` and `b` become tied. */
export interface TieEvent extends EventBase {
  type: "tie";
  a: string;
  b: string;
  strength: Strength;
  kind?: string;
}

/** The active tie between `a` and `b` ends (`untie`), or turns strong or weak. */
export interface PairEvent extends EventBase {
  type: "untie" | "strengthen" | "weaken";
  a: string;
  b: string;
}

/** Any event. */
export type TownEvent = JoinEvent | LeaveEvent | AssignEvent | HandoverEvent | LaunchEvent | CloseEvent | TieEvent | PairEvent;

function text(v: unknown): string {
  return typeof v === "string" ? v : JSON.stringify(v) ?? String(v);
}

/**
 * A one-line description of an event, for logs, errors and shrunk counterexamples:
 * the date, the type and who or what it concerns, then the cause in brackets.
 *
 * @example
 * ```ts
 * import { describeEvent } from "@kankei/core";
 * const handover = { type: "handover", date: "2026-04-01", project: "fan", to: "kato" } as const;
 * describeEvent(handover); // "2026-04-01 handover fan to kato (initiator steps back to cooperator)"
 * const tie = { type: "tie", date: "2026-04-01", a: "a", b: "b", strength: "weak", cause: "newcomer" } as const;
 * describeEvent(tie); // "2026-04-01 tie a–b weak [newcomer]"
 * ```
 */
export function describeEvent(event: unknown): string {
  if (typeof event !== "object" || event === null) return `not an event: ${text(event)}`;
  const e = event as Record<string, unknown>;
  let what: string;
  switch (e.type) {
    case "join": {
      const p = (e.person ?? {}) as Record<string, unknown>;
      what = `join ${text(p.id)}${p.origin !== undefined ? ` (${text(p.origin)}${p.sector !== undefined ? `, ${text(p.sector)}` : ""})` : ""}`;
      break;
    }
    case "leave":
      what = `leave ${text(e.person)}`;
      break;
    case "assign":
      what = `assign ${text(e.person)} to ${text(e.project)} as ${text(e.role)}`;
      break;
    case "handover":
      what = `handover ${text(e.project)} ${e.from !== undefined ? `from ${text(e.from)} ` : ""}to ${text(e.to)} (${e.from !== undefined ? text(e.from) : "initiator"} steps back to ${text(e.stepBackTo ?? "cooperator")})`;
      break;
    case "launch": {
      const p = (e.project ?? {}) as Record<string, unknown>;
      what = `launch ${text(p.id)}${e.initiator !== undefined ? ` initiated by ${text(e.initiator)}` : ""}`;
      break;
    }
    case "close":
      what = `close ${text(e.project)}`;
      break;
    case "tie":
      what = `tie ${text(e.a)}–${text(e.b)} ${text(e.strength)}`;
      break;
    case "untie":
    case "strengthen":
    case "weaken":
      what = `${e.type} ${text(e.a)}–${text(e.b)}`;
      break;
    default:
      what = `${text(e.type)} (unknown event type)`;
  }
  return `${text(e.date)} ${what}${e.cause !== undefined ? ` [${text(e.cause)}]` : ""}`;
}
