/**
 * Applying events to a town (domain.md §7): `applyEvents(town, events)` returns a new town in
 * which every event has taken effect at its date; the town given is never modified.
 *
 * ## Rules
 *
 * - **Date order.** Events apply in the order given, which must be date order (equal dates
 *   apply in list order). The first event may not be dated before the town's *last change*
 *   ({@link lastChange}): history is append-only, and an event at `t` never changes a period
 *   that ended before `t` (invariant 5).
 * - **Periods.** An event ends a period by setting its `to` (`left`, `end`) to the event's date
 *   and starts one with `from` (`joined`, `start`) on that date; the new period has no end.
 *   Ending and starting on the same date touch and never overlap (domain.md §3).
 * - **One role per project.** `assign` ends the person's active role in the project before
 *   starting the new one (invariant 1). **One initiator.** An `assign` of `initiator`, or a
 *   `launch` with an initiator, is refused when the project already has one, unless
 *   `coInitiation` is on (invariant 2; co-initiators loaded from a file stay as they are).
 * - **Handover** keeps the member set: the old initiator stays in `stepBackTo` (default
 *   cooperator) and the new one leaves their previous role for initiator (invariant 3).
 *   `assign` and `handover` never touch people or ties (invariant 4).
 * - **All or nothing.** The first event that cannot apply throws an {@link EventError} naming
 *   the event, the rule and the field; nothing is returned. The records the events write are
 *   validated by the rules of domain.md §3 at the end (`createTown`), and a problem there is
 *   reported on the event that wrote the record.
 * - **The town's date.** `town.asOf`, when set and earlier than the last event, moves to the
 *   last event's date (so that measures look at the changed town); the `asOf` option sets it.
 *
 * Complexity: O(records) to copy the lookups and to validate the result, plus O(roles and ties
 * of the people involved) per event.
 *
 * Sources: domain.md §7 (events and invariants); Nakayama's circular model for `handover`.
 *
 * @module
 */

import { dayNumber, isIsoDate, isoDate } from "../model/date.js";
import { ROLE_RANK, STRENGTHS, type IsoDate, type RoleName, type Strength, type TieRecord } from "../model/records.js";
import { createTown, type Town } from "../model/town.js";
import { TownValidationError, UsageError } from "../validation/errors.js";
import { jsonLocator } from "../validation/validate.js";
import { TownDraft } from "./draft.js";
import { EventError, type EventRule } from "./errors.js";
import { describeEvent, EVENT_TYPES, type TownEvent } from "./events.js";

/** Options of {@link applyEvents}. */
export interface ApplyEventsOptions {
  /** Allow several initiators per project at once (default `false`: domain.md §7 invariant 2). */
  coInitiation?: boolean;
  /** The new town's `asOf` (default: the old `asOf`, moved to the last event's date when earlier). */
  asOf?: IsoDate;
}

type Rec = Record<string, unknown>;

const START_FIELDS = { people: ["joined"], projects: ["start"], roles: ["from"], ties: ["from"], contributions: ["date"] } as const;
const END_FIELDS = { people: ["left"], projects: ["end"], roles: ["to"], ties: ["to"] } as const;

/**
 * The town's last change: the latest date on which a recorded period starts or ends (`joined`,
 * `left`, `start`, `end`, `from`, `to`) or a contribution is dated. An end after `town.asOf` is a
 * planned end, not a change, and does not count; `tenureEnds` (a forecast) never counts.
 * Undefined when the town records no such date. Events may not be dated before it.
 *
 * Complexity: O(records).
 *
 * @example
 * ```ts
 * import { createTown, lastChange } from "@kankei/core";
 * const town = createTown({
 *   town: { asOf: "2025-04-01" },
 *   people: [{ id: "a", origin: "local", joined: "2020-04-01", left: "2027-03-31", tenureEnds: "2026-03-31" }],
 *   projects: [{ id: "p", start: "2021-06-01" }],
 * });
 * lastChange(town); // "2021-06-01"
 * lastChange(createTown({})); // undefined
 * ```
 */
export function lastChange(town: Town): IsoDate | undefined {
  const asOf = dayNumber(town.info.asOf);
  let latest = -Infinity;
  const see = (value: unknown, isEnd: boolean): void => {
    const d = dayNumber(value);
    if (d === undefined || d <= latest) return;
    if (isEnd && asOf !== undefined && d > asOf) return;
    latest = d;
  };
  for (const [entity, fields] of Object.entries(START_FIELDS)) {
    for (const r of town[entity as keyof typeof START_FIELDS] as readonly Rec[]) for (const f of fields) see(r[f], false);
  }
  for (const [entity, fields] of Object.entries(END_FIELDS)) {
    for (const r of town[entity as keyof typeof END_FIELDS] as readonly Rec[]) for (const f of fields) see(r[f], true);
  }
  return latest === -Infinity ? undefined : isoDate(latest);
}

class Reject extends Error {
  constructor(
    readonly rule: EventRule,
    readonly detail: string,
    readonly field?: string,
  ) {
    super(detail);
  }
}

const fail = (rule: EventRule, detail: string, field?: string): never => {
  throw new Reject(rule, detail, field);
};

function idField(e: Rec, field: string): string {
  const v = e[field];
  if (typeof v !== "string" || v === "") fail("malformed", `"${field}" must be a non-empty id`, field);
  return v as string;
}

function recordField(e: Rec, field: string): Rec {
  const v = e[field];
  if (typeof v !== "object" || v === null || Array.isArray(v)) fail("malformed", `"${field}" must be a record (an object)`, field);
  return v as Rec;
}

function roleField(e: Rec, field: string, fallback?: RoleName): RoleName {
  const v = e[field] ?? fallback;
  if (typeof v !== "string" || !(v in ROLE_RANK)) {
    fail("malformed", `"${field}" must be one of initiator, cooperator, supporter, participant (got ${JSON.stringify(v)})`, field);
  }
  return v as RoleName;
}

/** One event applied to the draft; `t` and `date` are the event's date. */
class EventApplier {
  constructor(
    readonly draft: TownDraft,
    readonly coInitiation: boolean,
  ) {}

  person(e: Rec, field: string, t: number, date: string): number {
    const id = idField(e, field);
    const i = this.draft.personIndex(id);
    if (i < 0) fail("unknown-person", `no person "${id}" in the town`, field);
    if (!this.draft.isPresent(i, t)) fail("not-present", `"${id}" is not present on ${date}`, field);
    return i;
  }

  project(e: Rec, field: string, t: number, date: string): number {
    const id = idField(e, field);
    const j = this.draft.projectIndex(id);
    if (j < 0) fail("unknown-project", `no project "${id}" in the town`, field);
    if (!this.draft.isActive(j, t)) fail("not-active", `project "${id}" is not active on ${date}`, field);
    return j;
  }

  pair(e: Rec, t: number, date: string): [number, number] {
    const a = this.person(e, "a", t, date);
    const b = this.person(e, "b", t, date);
    if (a === b) fail("self-tie", `a tie needs two people ("${this.draft.people[a]!.id}" twice)`, "b");
    return [a, b];
  }

  /** Refuses a second initiator unless co-initiation is on. */
  checkInitiatorFree(j: number, t: number, field: string): void {
    if (this.coInitiation) return;
    const current = this.draft.initiators(j, t);
    if (current.length > 0) {
      const names = current.map((i) => `"${this.draft.people[i]!.id}"`).join(", ");
      fail("has-initiator", `project "${this.draft.projects[j]!.id}" already has an initiator (${names}); use a handover, or switch co-initiation on`, field);
    }
  }

  apply(e: Rec, t: number, date: string): void {
    const d = this.draft;
    switch (e.type as TownEvent["type"]) {
      case "join": {
        const person = recordField(e, "person");
        const id = idField(person, "id");
        if (d.personIndex(id) >= 0) fail("duplicate-id", `a person "${id}" already exists`, "person.id");
        if (person.joined != null && person.joined !== date) fail("malformed", `"person.joined" must be absent or the event's date ${date}`, "person.joined");
        if (person.left != null) fail("malformed", `a join starts an open presence: record the departure with a leave event`, "person.left");
        d.addPerson({ ...(structuredClone(person) as Rec), joined: date } as never);
        return;
      }
      case "leave": {
        const i = this.person(e, "person", t, date);
        for (const k of d.activeRolesOfPerson(i, t)) d.end("roles", k, date);
        for (const k of d.activeTiesOfPerson(i, t)) d.end("ties", k, date);
        d.update("people", i, { left: date });
        return;
      }
      case "assign": {
        const i = this.person(e, "person", t, date);
        const j = this.project(e, "project", t, date);
        const role = roleField(e, "role");
        const held = d.activeRole(i, j, t);
        if (held >= 0 && d.roles[held]!.role === role) fail("same-role", `"${d.people[i]!.id}" is already ${role} of "${d.projects[j]!.id}"`, "role");
        if (role === "initiator") this.checkInitiatorFree(j, t, "role");
        if (held >= 0) d.end("roles", held, date);
        d.addRole(i, j, role, date);
        return;
      }
      case "handover": {
        const j = this.project(e, "project", t, date);
        const project = d.projects[j]!.id;
        const current = d.initiators(j, t);
        let from: number;
        if (e.from != null) {
          from = this.person(e, "from", t, date);
          if (!current.includes(from)) fail("not-initiator", `"${d.people[from]!.id}" does not initiate "${project}" on ${date}`, "from");
        } else {
          if (current.length === 0) fail("no-initiator", `"${project}" has no initiator on ${date} to hand over from; use assign`, "project");
          if (current.length > 1) fail("ambiguous-initiator", `"${project}" has ${current.length} initiators on ${date}: say which one steps back in "from"`, "from");
          from = current[0]!;
        }
        const to = this.person(e, "to", t, date);
        const stepBack = roleField(e, "stepBackTo", "cooperator");
        if (stepBack === "initiator") fail("malformed", `"stepBackTo" must be a role below initiator`, "stepBackTo");
        const toRole = d.activeRole(to, j, t);
        if (toRole < 0) fail("not-a-member", `"${d.people[to]!.id}" holds no role in "${project}" on ${date}`, "to");
        if (d.roles[toRole]!.role === "initiator") fail("already-initiator", `"${d.people[to]!.id}" already initiates "${project}"`, "to");
        const fromRole = d.activeRole(from, j, t);
        d.end("roles", fromRole, date);
        d.addRole(from, j, stepBack, date);
        d.end("roles", toRole, date);
        d.addRole(to, j, "initiator", date);
        return;
      }
      case "launch": {
        const project = recordField(e, "project");
        const id = idField(project, "id");
        if (d.projectIndex(id) >= 0) fail("duplicate-id", `a project "${id}" already exists`, "project.id");
        if (project.start != null && project.start !== date) fail("malformed", `"project.start" must be absent or the event's date ${date}`, "project.start");
        if (project.end != null) fail("malformed", `a launch starts an open project: record its end with a close event`, "project.end");
        const initiator = e.initiator != null ? this.person(e, "initiator", t, date) : -1;
        const j = d.addProject({ ...(structuredClone(project) as Rec), start: date } as never);
        if (initiator >= 0) d.addRole(initiator, j, "initiator", date);
        return;
      }
      case "close": {
        const j = this.project(e, "project", t, date);
        for (const k of d.activeRolesOfProject(j, t)) d.end("roles", k, date);
        d.update("projects", j, { end: date });
        return;
      }
      case "tie": {
        const [a, b] = this.pair(e, t, date);
        const strength = e.strength;
        if (typeof strength !== "string" || !STRENGTHS.includes(strength as Strength)) {
          fail("malformed", `"strength" must be strong or weak (got ${JSON.stringify(strength)})`, "strength");
        }
        if (d.activeTie(a, b, t) >= 0) fail("already-tied", `"${d.people[a]!.id}" and "${d.people[b]!.id}" are already tied on ${date}`, "b");
        const tie: TieRecord = { a: d.people[a]!.id, b: d.people[b]!.id, strength: strength as Strength, from: date };
        if (e.kind != null) tie.kind = e.kind as string;
        d.addTie(tie);
        return;
      }
      case "untie":
      case "strengthen":
      case "weaken": {
        const [a, b] = this.pair(e, t, date);
        const k = d.activeTie(a, b, t);
        if (k < 0) fail("not-tied", `"${d.people[a]!.id}" and "${d.people[b]!.id}" are not tied on ${date}`, "b");
        const old = d.ties[k]!;
        if (e.type === "untie") {
          d.end("ties", k, date);
          return;
        }
        const strength: Strength = e.type === "strengthen" ? "strong" : "weak";
        if (old.strength === strength) fail("same-strength", `the tie of "${old.a}" and "${old.b}" is already ${strength}`, "type");
        d.end("ties", k, date);
        const tie: TieRecord = { a: old.a, b: old.b, strength, from: date };
        if (old.kind !== undefined) tie.kind = old.kind;
        d.addTie(tie);
        return;
      }
      default:
        fail("malformed", `"type" must be one of ${EVENT_TYPES.join(", ")}`, "type");
    }
  }
}

/**
 * Applies events to a town and returns the new town (see the module header for the rules).
 * Throws an {@link EventError} naming the first event that cannot apply, and a `UsageError`
 * for a malformed `asOf` option.
 *
 * @example
 * ```ts
 * import { applyEvents, createTown } from "@kankei/core";
 * const town = createTown({
 *   town: { asOf: "2025-04-01" },
 *   people: [{ id: "aoki", origin: "local", sector: "government" }, { id: "kato", origin: "local" }],
 *   projects: [{ id: "fan", start: "2022-04-01" }],
 *   roles: [
 *     { person: "aoki", project: "fan", role: "initiator", from: "2022-04-01" },
 *     { person: "kato", project: "fan", role: "cooperator", from: "2023-04-01" },
 *   ],
 * });
 * const next = applyEvents(town, [
 *   { type: "handover", date: "2026-04-01", project: "fan", to: "kato" },
 *   { type: "leave", date: "2027-04-01", person: "aoki" },
 * ]);
 * next.initiatorsAt("fan", "2026-06-01"); // ["kato"]
 * next.roleAt("aoki", "fan", "2026-06-01"); // "cooperator"
 * next.isPresent("aoki", "2027-04-01"); // false
 * next.info.asOf; // "2027-04-01"
 * town.initiatorsAt("fan", "2026-06-01"); // ["aoki"]
 * const bad = { type: "handover", date: "2026-04-01", project: "fan", to: "nobody" } as const;
 * applyEvents(town, [bad]); // throws an EventError
 * ```
 */
export function applyEvents(town: Town, events: readonly TownEvent[], options: ApplyEventsOptions = {}): Town {
  if (options.asOf !== undefined && !isIsoDate(options.asOf)) {
    throw new UsageError(`applyEvents: option "asOf" must be an ISO date YYYY-MM-DD (got ${JSON.stringify(options.asOf)})`);
  }
  if (!Array.isArray(events)) throw new UsageError("applyEvents: events must be an array");
  if (events.length === 0 && (options.asOf === undefined || options.asOf === town.info.asOf)) return town;

  const draft = new TownDraft(town);
  const applier = new EventApplier(draft, options.coInitiation === true);
  const since = lastChange(town);
  let clock = since === undefined ? -Infinity : dayNumber(since)!;
  let clockText = since;
  let lastDate: IsoDate | undefined;
  events.forEach((event, index) => {
    draft.event = index;
    try {
      if (typeof event !== "object" || event === null || Array.isArray(event)) fail("malformed", "an event must be an object");
      const e = event as unknown as Rec;
      const t = dayNumber(e.date);
      if (t === undefined) fail("malformed", `"date" must be an ISO date YYYY-MM-DD (got ${JSON.stringify(e.date)})`, "date");
      if (t! < clock) {
        fail(
          "out-of-order",
          index === 0 || clockText === since
            ? `dated before the town's last change ${clockText}: history is append-only (set town.asOf to the date the data describes, so that later ends count as planned)`
            : `dated before the previous event (${clockText}): events apply in date order`,
          "date",
        );
      }
      clock = t!;
      clockText = e.date as string;
      lastDate = clockText;
      applier.apply(e, t!, clockText);
    } catch (err) {
      if (err instanceof Reject) throw new EventError(index, event, err.rule, err.detail, err.field);
      throw err;
    }
  });

  const info = { ...draft.info };
  if (options.asOf !== undefined) info.asOf = options.asOf;
  else if (info.asOf !== undefined && lastDate !== undefined && lastDate > info.asOf) info.asOf = lastDate;

  const locate = (entity: Parameters<typeof jsonLocator>[0], index?: number) => {
    const at = jsonLocator(entity, index);
    const by = draft.writtenBy.get(`${entity}:${index}`);
    return by === undefined ? at : { ...at, path: `${at.path} (written by event ${by}: ${describeEvent(events[by])})` };
  };
  try {
    return createTown(
      { town: info, people: draft.people, projects: draft.projects, roles: draft.roles, ties: draft.ties, contributions: draft.contributions },
      { locate },
    );
  } catch (err) {
    if (!(err instanceof TownValidationError)) throw err;
    let first = events.length - 1;
    for (const p of err.problems) {
      for (const loc of [p.location, p.related]) {
        const by = loc === undefined ? undefined : draft.writtenBy.get(`${loc.entity}:${loc.index}`);
        if (by !== undefined && by < first) first = by;
      }
    }
    throw new EventError(first, events[first], "invalid-record", "the records it writes break the rules of the town document", undefined, err.problems);
  }
}
