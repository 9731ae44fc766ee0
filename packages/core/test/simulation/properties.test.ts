/**
 * Properties of the simulation (domain.md §7), on generated towns: zero years change nothing,
 * the same seed gives the same run, the event log replays, a run saved as JSON and resumed is
 * the run straight through, a project whose initiator leaves is orphaned exactly when no
 * candidate reaches the threshold, and no project gets a second initiator.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEvents, generateTownModel, lastChange, simulate, successionRisk, type SimulationOptions, type Town, type TownEvent } from "../../src/index.js";
import { parseTown, serializeTown } from "../../src/io.js";
import { arbitraryTown, formatScenario } from "../../src/testing.js";

interface Case {
  town: Town;
  options: SimulationOptions & { start: string; years: number };
}

/** Small synthetic towns (shaped like real ones) and tiny arbitrary ones (edge cases). */
const towns: fc.Arbitrary<Town> = fc.oneof(
  fc.record({ people: fc.integer({ min: 10, max: 120 }), seed: fc.nat(1000) }).map((o) => generateTownModel({ ...o, years: 4 })),
  arbitraryTown({ maxPeople: 10, maxProjects: 3, maxRoles: 14, maxTies: 12 }),
);

const cases: fc.Arbitrary<Case> = fc
  .record({
    town: towns,
    seed: fc.integer(),
    years: fc.integer({ min: 0, max: 4 }),
    handover: fc.constantFrom<number | null>(2, 1, 3, null),
    grace: fc.integer({ min: 0, max: 2 }),
  })
  .map(({ town, seed, years, handover, grace }) => {
    const c: Case = {
      town,
      options: { start: lastChange(town) ?? town.info.asOf ?? "2020-04-01", years, seed, handoverAfterYears: handover, orphanGraceYears: grace },
    };
    Object.defineProperty(c, fc.toStringMethod, { value: () => `options ${JSON.stringify(c.options)}\n${formatScenario(town, [])}` });
    return c;
  });

const RUNS = 150;

describe("properties of simulate (domain.md §7)", { timeout: 120_000 }, () => {
  it("zero years of simulation change nothing", () => {
    fc.assert(
      fc.property(cases, ({ town, options }) => {
        const run = simulate(town, { ...options, years: 0 });
        expect(run.town).toBe(town);
        expect(run.events).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it("the same town, options and seed give the same run", () => {
    fc.assert(
      fc.property(cases, ({ town, options }) => {
        const a = simulate(town, options);
        const b = simulate(parseTown(serializeTown(town)), options);
        expect(b.events).toEqual(a.events);
        expect(serializeTown(b.town)).toBe(serializeTown(a.town));
      }),
      { numRuns: RUNS },
    );
  });

  it("replaying the event log on the initial town reproduces the final town", () => {
    fc.assert(
      fc.property(cases, ({ town, options }) => {
        const run = simulate(town, options);
        const replayed = options.years === 0 ? town : applyEvents(town, run.events, { asOf: run.end });
        expect(serializeTown(replayed)).toBe(serializeTown(run.town));
      }),
      { numRuns: RUNS },
    );
  });

  it("saving to JSON and loading again in the middle of a simulation changes nothing", () => {
    fc.assert(
      fc.property(cases, fc.nat(), ({ town, options }, cut) => {
        const k = cut % (options.years + 1);
        const full = simulate(town, options);
        const first = simulate(town, { ...options, years: k });
        const saved = parseTown(serializeTown(first.town));
        const second = simulate(saved, { ...options, start: first.end, years: options.years - k });
        expect(second.events).toEqual(full.events.slice(first.events.length));
        expect(serializeTown(second.town)).toBe(serializeTown(full.town));
      }),
      { numRuns: RUNS },
    );
  });

  it("a project whose initiator leaves is orphaned exactly when no candidate reaches the threshold", () => {
    let orphanings = 0;
    let successions = 0;
    fc.assert(
      fc.property(cases, ({ town, options }) => {
        const run = simulate(town, options);
        const threshold = run.options.successionThreshold;
        let current = town;
        for (const year of run.years.slice(1)) {
          const events = run.events.filter((e) => e.date === year.date);
          // The year's events come phase by phase: handovers, then departures and replacements.
          const split = events.findIndex((e) => !(e.type === "handover" || e.type === "leave" || (e.cause ?? "").startsWith("officer replacement")));
          const upTo = split < 0 ? events.length : split;
          const before = applyEvents(current, events.filter((e) => e.type === "handover"));
          const after = applyEvents(current, events.slice(0, upTo));
          const risk = successionRisk(after, { t: year.date, ...run.options.succession });
          for (const p of risk.projects) {
            const lostInitiator = before.initiatorsAt(p.project, year.date).length > 0 && p.orphaned;
            if (!lostInitiator) continue;
            const successor = events.find((e): e is TownEvent & { type: "assign" } => e.type === "assign" && e.project === p.project && e.role === "initiator");
            const best = p.candidates[0];
            if (best !== undefined && best.readiness >= threshold) {
              successions++;
              expect(successor?.person).toBe(best.id);
            } else {
              orphanings++;
              expect(successor).toBeUndefined();
            }
          }
          current = applyEvents(current, events, { asOf: year.date });
        }
      }),
      { numRuns: RUNS },
    );
    if (process.env.KANKEI_STATS) console.log({ orphanings, successions });
    expect(orphanings).toBeGreaterThan(0);
    expect(successions).toBeGreaterThan(0);
  });

  it("never gives a project a second initiator, and every event of the log applies", () => {
    fc.assert(
      fc.property(cases, ({ town, options }) => {
        const run = simulate(town, options);
        for (const year of run.years) {
          for (const p of run.town.projectsAt(year.date)) {
            const loaded = town.project(p.id) !== undefined ? town.initiatorsAt(p.id, options.start).length : 0;
            expect(run.town.initiatorsAt(p.id, year.date).length).toBeLessThanOrEqual(Math.max(1, loaded));
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
