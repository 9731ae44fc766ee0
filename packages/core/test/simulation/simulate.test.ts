import { describe, expect, it } from "vitest";
import { createTown, resolveSimulationOptions, simulate, SIMULATION_DEFAULTS, UsageError, type SimulationProgress } from "../../src/index.js";
import { parseTown, serializeTown } from "../../src/io.js";
import { generateTownModel } from "../../src/index.js";

const town = createTown({
  town: { asOf: "2025-04-01" },
  people: [
    { id: "aoki", origin: "local", sector: "government", tenureEnds: "2027-03-31" },
    { id: "kato", origin: "local", sector: "resident" },
    { id: "mori", origin: "outsider", sector: "resident" },
    { id: "sato", origin: "local", sector: "business" },
  ],
  projects: [
    { id: "fan", start: "2022-04-01", lead: "public" },
    { id: "cafe", start: "2024-04-01", lead: "private" },
  ],
  roles: [
    { person: "aoki", project: "fan", role: "initiator", from: "2022-04-01" },
    { person: "kato", project: "fan", role: "cooperator", from: "2022-04-01" },
    { person: "mori", project: "fan", role: "participant", from: "2023-04-01" },
    { person: "sato", project: "cafe", role: "initiator", from: "2024-04-01" },
    { person: "mori", project: "cafe", role: "supporter", from: "2024-04-01" },
  ],
  ties: [
    { a: "aoki", b: "kato", strength: "strong" },
    { a: "mori", b: "kato", strength: "weak" },
  ],
});

describe("simulate", { timeout: 60_000 }, () => {
  it("zero years change nothing", () => {
    const run = simulate(town, { years: 0 });
    expect(run.town).toBe(town);
    expect(run.events).toEqual([]);
    expect(run.years.length).toBe(1);
    expect(run.end).toBe("2025-04-01");
  });

  it("reports progress once a year, with the step's date", () => {
    const seen: SimulationProgress[] = [];
    simulate(town, { years: 3, onProgress: (p) => seen.push(p) });
    expect(seen).toEqual([
      { year: 1, years: 3, date: "2026-04-01" },
      { year: 2, years: 3, date: "2027-04-01" },
      { year: 3, years: 3, date: "2028-04-01" },
    ]);
  });

  it("echoes the options used, start resolved", () => {
    const run = simulate(town, { years: 1, hazards: { resident: 0 } });
    expect(run.options.start).toBe("2025-04-01");
    expect(run.options.hazards.resident).toBe(0);
    expect(run.options.hazards.government).toBe(SIMULATION_DEFAULTS.hazards.government);
  });

  it("rejects bad options by name", () => {
    expect(() => simulate(town, { years: -1 })).toThrow(/"years"/);
    expect(() => simulate(town, { deepen: { participant: 2 } })).toThrow(/"deepen.participant"/);
    expect(() => simulate(town, { stepBackTo: "initiator" as never })).toThrow(UsageError);
    expect(() => simulate(town, { handoverSectors: ["army" as never] })).toThrow(/"handoverSectors"/);
    expect(() => simulate(town, { start: "2025-13-01" })).toThrow(/"start"/);
    expect(() => resolveSimulationOptions({ nope: 1 } as never)).toThrow(/unknown option "nope"/);
  });

  it("refuses to start before the town's last change", () => {
    expect(() => simulate(town, { years: 1, start: "2023-01-01" })).toThrow(UsageError);
    expect(() => simulate(town, { years: 1, start: "2023-01-01" })).toThrow(/records change on 2024-04-01, after the start 2023-01-01/);
  });

  it("with no chance at all, only tenure and policy act", () => {
    const still = {
      hazards: { government: 0, corps: 0, nonprofit: 0, business: 0, resident: 0, other: 0, missing: 0 },
      deepen: { participant: 0, supporter: 0 },
      coreTie: 0,
      strengthen: 0,
      recruit: 0,
      newcomerPerWeakTie: 0,
      corpsPerYear: 0,
      launch: 0,
    };
    const run = simulate(town, { years: 3, ...still });
    expect(run.events.map((e) => [e.date, e.type, e.cause])).toEqual([
      ["2026-04-01", "handover", "handover policy: initiator for 2+ years"],
      ["2027-04-01", "leave", "tenure ended 2027-03-31"],
      ["2027-04-01", "join", "officer replacement for aoki"],
      ["2027-04-01", "assign", "officer replacement for aoki"],
    ]);
    // 2028: kato has initiated fan for two years, but nobody is ready (mori 0.2, the new officer
    // 0.3 with no tie): kato stays on. sato's cafe never has a ready member (mori 0.24).
    expect(run.town.initiatorsAt("fan", "2026-04-01")).toEqual(["kato"]);
    expect(run.town.roleAt("aoki", "fan", "2026-04-01")).toBe("cooperator");
    expect(run.years.map((y) => y.initiators.renewed)).toEqual([0, 1, 0, 0]);
    expect(run.town.roleAt(run.events[2]!.type === "join" ? (run.events[2] as { person: { id: string } }).person.id : "", "fan", "2027-04-01")).toBe("cooperator");
  });

  it("without handover, an orphaned project with nobody ready closes after the grace year", () => {
    const lonely = createTown({
      town: { asOf: "2025-04-01" },
      people: [
        { id: "aoki", origin: "local", sector: "government", tenureEnds: "2026-03-31" },
        { id: "mori", origin: "outsider", sector: "resident" },
      ],
      projects: [{ id: "fan", start: "2022-04-01" }],
      roles: [
        { person: "aoki", project: "fan", role: "initiator", from: "2022-04-01" },
        { person: "mori", project: "fan", role: "participant", from: "2023-04-01" },
      ],
    });
    const run = simulate(lonely, { years: 2, handoverAfterYears: null, officerReplacement: false, hazards: { resident: 0 }, deepen: { participant: 0 }, newcomerPerWeakTie: 0, corpsPerYear: 0 });
    expect(run.events.map((e) => [e.date, e.type])).toEqual([
      ["2026-04-01", "leave"],
      ["2027-04-01", "close"],
    ]);
    expect(run.years.map((y) => [y.projects.active, y.projects.orphaned, y.projects.closed])).toEqual([
      [1, 0, 0],
      [1, 1, 0],
      [0, 0, 1],
    ]);
  });

  it("is reproducible from the seed, and another seed differs", () => {
    const big = generateTownModel({ people: 300, seed: 5 });
    const a = simulate(big, { years: 4, seed: 11 });
    const b = simulate(big, { years: 4, seed: 11 });
    const c = simulate(big, { years: 4, seed: 12 });
    expect(serializeTown(b.town)).toBe(serializeTown(a.town));
    expect(b.events).toEqual(a.events);
    expect(c.events).not.toEqual(a.events);
  });

  it("steps from 29 February fall on 28 February, so a resumed run keeps its dates", () => {
    const leap = createTown({ town: { asOf: "2024-02-29" }, people: [{ id: "a", origin: "local" }] });
    const run = simulate(leap, { years: 4, corpsPerYear: 0 });
    expect(run.years.map((y) => y.date)).toEqual(["2024-02-29", "2025-02-28", "2026-02-28", "2027-02-28", "2028-02-28"]);
    const half = simulate(leap, { years: 1, corpsPerYear: 0 });
    const rest = simulate(parseTown(serializeTown(half.town)), { years: 3, corpsPerYear: 0 });
    expect(serializeTown(rest.town)).toBe(serializeTown(run.town));
  });

  it("keeps every figure of the series in range", () => {
    const run = simulate(generateTownModel({ people: 200, seed: 2 }), { years: 5 });
    for (const y of run.years) {
      expect(y.projects.orphaned).toBeLessThanOrEqual(y.projects.active);
      const byLevel = Object.values(y.risk.levels).reduce((a, b) => a + b, 0);
      expect(byLevel).toBe(y.projects.active);
      expect(y.risk.mean).toBeGreaterThanOrEqual(0);
      expect(y.risk.mean).toBeLessThanOrEqual(1);
      expect(y.people.byOrigin.local + y.people.byOrigin.outsider).toBe(y.people.present);
      expect(y.initiators.renewed).toBe(y.initiators.byHandover + y.initiators.bySuccession);
    }
    expect(run.years[5]!.projects.active).toBe(run.town.projectsAt(run.end).length);
  });
});
