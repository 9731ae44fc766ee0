/**
 * The invariants of role rotation (domain.md §7), property-tested on generated towns and event
 * sequences. A failing run prints the town's records and the events (see `formatScenario`).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEvents, dayNumber, lastChange, type Town, type TownEvent } from "../../src/index.js";
import { parseTown, serializeTown } from "../../src/io.js";
import { arbitraryScenario, type Scenario } from "../../src/testing.js";

const RUNS = 500;
const scenarios = arbitraryScenario({ maxPeople: 8, maxProjects: 3, maxRoles: 12, maxTies: 10, maxEvents: 24 });

/** Every date on which an event happened. */
const eventDates = (s: Scenario): string[] => [...new Set(s.events.map((e) => e.date))];

/** The period of a record after the cut, from the town's own index. */
function ended(town: Town, entity: "people" | "projects" | "roles" | "ties", k: number): number {
  const x = town.periods();
  return { people: x.personTo, projects: x.projectTo, roles: x.roleTo, ties: x.tieTo }[entity][k]!;
}

describe("invariants of role rotation (domain.md §7)", { timeout: 120_000 }, () => {
  it("generates scenarios with events of every kind", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(scenarios, (s) => {
        for (const e of s.events) seen.add(e.type);
      }),
      { numRuns: RUNS },
    );
    expect([...seen].sort()).toEqual(["assign", "close", "handover", "join", "launch", "leave", "strengthen", "tie", "untie", "weaken"]);
  });

  it("1. a person holds at most one active role per project, and role periods never overlap", () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        const x = s.final.periods();
        const byPair = new Map<string, number[]>();
        s.final.roles.forEach((r, k) => {
          const key = `${r.person}\u0000${r.project}`;
          byPair.set(key, [...(byPair.get(key) ?? []), k]);
        });
        for (const ks of byPair.values()) {
          for (let i = 0; i < ks.length; i++) {
            for (let j = i + 1; j < ks.length; j++) {
              const [a, b] = [ks[i]!, ks[j]!];
              expect(Math.max(x.roleFrom[a]!, x.roleFrom[b]!) < Math.min(x.roleTo[a]!, x.roleTo[b]!)).toBe(false);
            }
          }
        }
        for (const d of eventDates(s)) {
          for (const p of s.final.peopleAt(d)) {
            const projects = s.final.rolesAt(p.id, d).map((r) => r.project);
            expect(new Set(projects).size).toBe(projects.length);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("1. assign switches the role: the person then holds the new role there and no other", () => {
    fc.assert(
      fc.property(scenarios, fc.nat(), fc.nat(), fc.constantFrom("cooperator", "supporter", "participant") as fc.Arbitrary<"cooperator">, (s, i, j, role) => {
        const d = s.events.at(-1)?.date ?? lastChange(s.final) ?? "2020-04-01";
        const people = s.final.peopleAt(d);
        const projects = s.final.projectsAt(d);
        if (people.length === 0 || projects.length === 0) return;
        const person = people[i % people.length]!.id;
        const project = projects[j % projects.length]!.id;
        const held = s.final.roleAt(person, project, d);
        if (held === role) return;
        const next = applyEvents(s.final, [{ type: "assign", date: d, person, project, role }], { coInitiation: s.coInitiation });
        expect(next.roleAt(person, project, d)).toBe(role);
        expect(next.rolesAt(person, d).filter((r) => r.project === project).length).toBe(1);
        if (held !== undefined) expect(next.roleHistory(person).filter((r) => r.project === project && r.to === d).length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it("2. no project gets more initiators than one (or than it was loaded with) without co-initiation", () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        if (s.events.length === 0) return;
        const d0 = s.events[0]!.date;
        for (const d of eventDates(s)) {
          for (const p of s.final.projectsAt(d)) {
            const loaded = s.town.project(p.id) ? s.town.initiatorsAt(p.id, d0).length : 0;
            expect(s.final.initiatorsAt(p.id, d).length).toBeLessThanOrEqual(Math.max(1, loaded));
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("3. handover keeps the member set; the old initiator stays in a lower role", () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        s.events.forEach((e, i) => {
          if (e.type !== "handover") return;
          const before = i === 0 ? s.town : s.towns[i - 1]!;
          const after = s.towns[i]!;
          const members = (t: Town) => t.membersAt(e.project, e.date).map((m) => m.person).sort();
          expect(members(after)).toEqual(members(before));
          const from = e.from ?? before.initiatorsAt(e.project, e.date)[0]!;
          expect(after.roleAt(from, e.project, e.date)).toBe(e.stepBackTo ?? "cooperator");
          expect(after.roleAt(e.to, e.project, e.date)).toBe("initiator");
        });
      }),
      { numRuns: RUNS },
    );
  });

  it("4. rotation events (assign, handover) never change the people or the ties", () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        s.events.forEach((e, i) => {
          if (e.type !== "assign" && e.type !== "handover") return;
          const before = i === 0 ? s.town : s.towns[i - 1]!;
          expect(s.towns[i]!.people).toEqual(before.people);
          expect(s.towns[i]!.ties).toEqual(before.ties);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it("5. history is append-only: an event at t never changes a period that ended before t", () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        s.events.forEach((e, i) => {
          const before = i === 0 ? s.town : s.towns[i - 1]!;
          const after = s.towns[i]!;
          const t = dayNumber(e.date)!;
          for (const entity of ["people", "projects", "roles", "ties"] as const) {
            expect(after[entity].length).toBeGreaterThanOrEqual(before[entity].length);
            before[entity].forEach((rec, k) => {
              if (ended(before, entity, k) <= t) expect(after[entity][k]).toEqual(rec);
            });
          }
        });
      }),
      { numRuns: RUNS },
    );
  });

  it("6. replay: the events in one call give the town the events gave one by one", () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        const once = applyEvents(s.town, s.events, { coInitiation: s.coInitiation });
        expect(serializeTown(once)).toBe(serializeTown(s.final));
      }),
      { numRuns: RUNS },
    );
  });

  it("6. saving to JSON and loading again between any two events changes nothing", () => {
    fc.assert(
      fc.property(scenarios, fc.nat(), (s, cut) => {
        const k = s.events.length === 0 ? 0 : cut % (s.events.length + 1);
        const half = applyEvents(s.town, s.events.slice(0, k), { coInitiation: s.coInitiation });
        const loaded = parseTown(serializeTown(half));
        const rest = applyEvents(loaded, s.events.slice(k), { coInitiation: s.coInitiation });
        expect(serializeTown(rest)).toBe(serializeTown(s.final));
      }),
      { numRuns: RUNS },
    );
  });

  it("an event that cannot apply leaves no trace: applying it with valid ones throws", () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        if (s.events.length === 0) return;
        const last = s.events[s.events.length - 1]!;
        const bad: TownEvent = { type: "leave", date: last.date, person: "\u0000nobody" };
        expect(() => applyEvents(s.town, [...s.events, bad], { coInitiation: s.coInitiation })).toThrow(/event \d+ \(.*\[unknown-person\]/);
      }),
      { numRuns: 50 },
    );
  });
});
