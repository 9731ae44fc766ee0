/**
 * Arbitraries of event scenarios, for property tests of role rotation (domain.md §7): a valid
 * town and a sequence of events that apply to it one after the other, with every town in
 * between. Counterexamples print as the town's records and the events, one per line.
 *
 * An event sequence is generated as *intents* (which kind of event, which of the people present
 * or projects active, how many days later) and realised against the town as it changes: an
 * intent that would be rejected (say, a handover in a project with no member) is dropped, so
 * the events kept are valid and shrinking keeps them short and readable.
 *
 * @module
 */

import fc from "fast-check";
import { addDays } from "../model/date.js";
import { ROLES, STRENGTHS, type IsoDate } from "../model/records.js";
import type { Town } from "../model/town.js";
import { applyEvents, lastChange } from "../rotation/apply-events.js";
import { EventError } from "../rotation/errors.js";
import { describeEvent, EVENT_TYPES, type EventType, type TownEvent } from "../rotation/events.js";
import { arbitraryTown, type TownArbitraryOptions } from "./arbitraries.js";

/** Options of {@link arbitraryScenario}. */
export interface ScenarioArbitraryOptions extends TownArbitraryOptions {
  /** Most event intents (default 20); fewer events are kept when some do not apply. */
  maxEvents?: number;
  /** Let `assign` add a second initiator (default false). */
  coInitiation?: boolean;
}

/** A town, the events applied to it one by one, and the town after each. */
export interface Scenario {
  town: Town;
  events: TownEvent[];
  /** `towns[i]` is the town after `events[i]`; `towns[-1]` would be `town`. */
  towns: Town[];
  /** The town after every event. */
  final: Town;
  coInitiation: boolean;
}

interface Intent {
  type: EventType;
  gap: number;
  a: number;
  b: number;
  c: number;
  role: number;
  strength: number;
}

function pick<T>(list: readonly T[], n: number): T | undefined {
  return list.length === 0 ? undefined : list[n % list.length];
}

/** Turns an intent into an event against `town` at `date`, or undefined when it names nobody. */
function realise(town: Town, date: IsoDate, intent: Intent, serial: number): TownEvent | undefined {
  const people = town.peopleAt(date).map((p) => p.id);
  const projects = town.projectsAt(date).map((p) => p.id);
  const a = pick(people, intent.a);
  const b = pick(people, intent.b);
  const project = pick(projects, intent.c);
  const role = ROLES[intent.role % ROLES.length]!;
  switch (intent.type) {
    case "join":
      return { type: "join", date, person: { id: `n${serial}`, origin: intent.role % 2 === 0 ? "local" : "outsider" } };
    case "leave":
      return a === undefined ? undefined : { type: "leave", date, person: a };
    case "assign":
      return a === undefined || project === undefined ? undefined : { type: "assign", date, person: a, project, role };
    case "handover": {
      // A project that has an initiator and another member, when there is one.
      const ready = projects.filter((p) => town.initiatorsAt(p, date).length > 0 && town.membersAt(p, date).length > 1);
      const project = pick(ready, intent.c);
      if (project === undefined) return undefined;
      const members = town.membersAt(project, date).filter((m) => m.role !== "initiator");
      const to = pick(members, intent.a)?.person;
      const from = town.initiatorsAt(project, date);
      if (to === undefined) return undefined;
      const e: TownEvent = { type: "handover", date, project, to, stepBackTo: ROLES[1 + (intent.role % 3)] as "cooperator" };
      if (from.length > 1) e.from = pick(from, intent.b);
      return e;
    }
    case "launch":
      return { type: "launch", date, project: { id: `j${serial}` }, ...(a !== undefined && intent.role % 4 !== 0 ? { initiator: a } : {}) };
    case "close":
      return project === undefined ? undefined : { type: "close", date, project };
    case "tie":
      return a === undefined || b === undefined ? undefined : { type: "tie", date, a, b, strength: STRENGTHS[intent.strength % 2]! };
    default: {
      // Someone with a tie that the event can act on (a weak one to strengthen, a strong one to weaken).
      const wanted = intent.type === "strengthen" ? "weak" : intent.type === "weaken" ? "strong" : undefined;
      const fits = (id: string) => town.tiesOf(id, date).filter((e) => wanted === undefined || e.strength === wanted);
      const a = pick(people.filter((id) => fits(id).length > 0), intent.a);
      if (a === undefined) return undefined;
      const partner = pick(fits(a), intent.b)?.partner;
      return partner === undefined ? undefined : { type: intent.type, date, a, b: partner };
    }
  }
}

/**
 * Text of a scenario for a failing property: the town's records (one per line, as JSON) and
 * the events (one per line, described and as JSON).
 *
 * @example
 * ```ts
 * import { formatScenario } from "@kankei/core/testing";
 * import { createTown } from "@kankei/core";
 * const town = createTown({ people: [{ id: "a", origin: "local" }] });
 * formatScenario(town, [{ type: "leave", date: "2025-01-01", person: "a" }]).split("\n").length; // 8
 * ```
 */
export function formatScenario(town: Town, events: readonly TownEvent[]): string {
  const r = town.toRecords();
  const lines = [`town ${JSON.stringify(r.town)}`];
  for (const entity of ["people", "projects", "roles", "ties"] as const) {
    lines.push(`${entity}:`);
    for (const rec of r[entity]) lines.push(`  ${JSON.stringify(rec)}`);
  }
  lines.push("events:");
  events.forEach((e, i) => lines.push(`  ${i}. ${describeEvent(e)}   ${JSON.stringify(e)}`));
  return lines.join("\n");
}

/**
 * Valid towns with a sequence of valid events (see the module header). Events start at the
 * town's last change and move on by 0–400 days each (often 0: several events on one date).
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { arbitraryScenario } from "@kankei/core/testing";
 * fc.assert(fc.property(arbitraryScenario({ maxPeople: 6, maxEvents: 5 }), (s) => s.towns.length === s.events.length), { numRuns: 20 });
 * ```
 */
export function arbitraryScenario(options: ScenarioArbitraryOptions = {}): fc.Arbitrary<Scenario> {
  const coInitiation = options.coInitiation ?? false;
  const intent = fc.record({
    // Weighted towards the events that build up a town, so that the others find something to act on.
    // bounded-spread: the event types, a fixed list of constants
    type: fc.constantFrom<EventType>(...EVENT_TYPES, "join", "join", "assign", "assign", "assign", "handover", "handover", "handover", "handover", "tie", "tie"),
    gap: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 400 })),
    a: fc.nat(50),
    b: fc.nat(50),
    c: fc.nat(50),
    role: fc.nat(11),
    strength: fc.nat(1),
  });
  return fc.tuple(arbitraryTown(options), fc.array(intent, { maxLength: options.maxEvents ?? 20, size: "max" })).map(([town, intents]) => {
    let date = lastChange(town) ?? town.info.asOf ?? "2020-04-01";
    let current = town;
    const events: TownEvent[] = [];
    const towns: Town[] = [];
    intents.forEach((it, serial) => {
      date = addDays(date, it.gap);
      const event = realise(current, date, it, serial);
      if (event === undefined) return;
      try {
        current = applyEvents(current, [event], { coInitiation });
      } catch (err) {
        if (err instanceof EventError) return;
        throw err;
      }
      events.push(event);
      towns.push(current);
    });
    const scenario: Scenario = { town, events, towns, final: current, coInitiation };
    Object.defineProperty(scenario, fc.toStringMethod, { value: () => `\n${formatScenario(town, events)}\n`, enumerable: false });
    return scenario;
  });
}
