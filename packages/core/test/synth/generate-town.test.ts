import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { dayNumber } from "../../src/model/date.js";
import type { PersonRecord, TieRecord } from "../../src/model/records.js";
import { createTown, type Town } from "../../src/model/town.js";
import { UsageError } from "../../src/validation/errors.js";
import { validateRecords } from "../../src/validation/validate.js";
import {
  SYNTHETIC_TOWN_DEFAULTS,
  generateTown,
  generateTownModel,
  type SyntheticTownRecords,
} from "../../src/synth/generate-town.js";

const day = (d: string | undefined, absent: number) => (d === undefined ? absent : dayNumber(d)!);

/** People present and ties active at `asOf`, straight from the records (no Town needed). */
function networkAt(records: SyntheticTownRecords) {
  const t = dayNumber(records.town.asOf)!;
  const people = new Map<string, PersonRecord>(records.people.map((p) => [p.id, p]));
  const present = (p: PersonRecord) => day(p.joined, -Infinity) <= t && t < day(p.left, Infinity);
  const active = (e: TieRecord) => {
    const a = people.get(e.a)!;
    const b = people.get(e.b)!;
    const from = Math.max(day(e.from, -Infinity), day(a.joined, -Infinity), day(b.joined, -Infinity));
    const to = Math.min(day(e.to, Infinity), day(a.left, Infinity), day(b.left, Infinity));
    return from <= t && t < to;
  };
  return { t, people, present: records.people.filter(present), ties: records.ties.filter(active) };
}

// One mid-sized town shared by the shape checks (generated and built once).
const N = 5000;
const records = generateTown({ people: N, seed: 1 });
let built: Town | undefined;
const town = () => (built ??= createTown(records));

describe("generateTown: determinism", () => {
  it("gives the same records for the same options", () => {
    const a = generateTown({ people: 800, seed: 42 });
    const b = generateTown({ people: 800, seed: 42 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a).toEqual(b);
  });

  it("gives a different town for a different seed, with the same shape", () => {
    const a = generateTown({ people: 800, seed: 1 });
    const b = generateTown({ people: 800, seed: 2 });
    expect(JSON.stringify(a.ties)).not.toBe(JSON.stringify(b.ties));
    expect(JSON.stringify(a.roles)).not.toBe(JSON.stringify(b.roles));
    expect(a.people.length).toBe(b.people.length);
    expect(a.projects.length).toBe(b.projects.length);
  });

  it("defaults to seed 1 and the documented defaults", () => {
    expect(SYNTHETIC_TOWN_DEFAULTS.seed).toBe(1);
    expect(SYNTHETIC_TOWN_DEFAULTS.years).toBe(8);
    expect(JSON.stringify(generateTown({ people: 120 }))).toBe(JSON.stringify(generateTown({ people: 120, seed: 1 })));
  });
});

describe("generateTown: valid by construction", () => {
  for (const size of [10, 100, 1000]) {
    it(`${size} people`, () => {
      const r = generateTown({ people: size, seed: size });
      expect(validateRecords(r).problems.map((p) => p.message)).toEqual([]);
      expect(createTown(r).people.length).toBe(size);
    });
  }

  it(`${N} people`, () => {
    expect(town().people.length).toBe(N);
    expect(town().date()).toBe("2025-04-01");
  });

  test.prop(
    [
      fc.record({
        seed: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
        people: fc.integer({ min: 1, max: 160 }),
        years: fc.integer({ min: 1, max: 12 }),
        communitySize: fc.integer({ min: 2, max: 120 }),
        peoplePerProject: fc.integer({ min: 3, max: 60 }),
        asOf: fc.constantFrom("2025-04-01", "2020-02-29", "2031-12-31"),
      }),
    ],
    { numRuns: 40 },
  )("over seeds, sizes and shapes", (options) => {
    const r = generateTown(options);
    expect(validateRecords(r).problems.map((p) => p.message)).toEqual([]);
    expect(r.people.length).toBe(options.people);
    expect(new Set(r.people.map((p) => p.id)).size).toBe(options.people);
  });

  it("rejects options out of range with a UsageError", () => {
    expect(() => generateTown({ people: 0 })).toThrow(UsageError);
    expect(() => generateTown({ people: 2.5 })).toThrow(UsageError);
    expect(() => generateTown({ years: 0 })).toThrow(UsageError);
    expect(() => generateTown({ asOf: "2021-02-30" })).toThrow(UsageError);
    expect(() => generateTown({ strongShare: 1.5 })).toThrow(UsageError);
    expect(() => generateTown({ rotationYears: [3, 2] })).toThrow(UsageError);
    expect(() => generateTown({ localEntry: { cooperator: 0.8, supporter: 0.5 } })).toThrow(UsageError);
  });

  it("builds the Town directly with generateTownModel", () => {
    const t = generateTownModel({ people: 150, seed: 9 });
    expect(t.people.length).toBe(150);
    expect(t.toRecords().ties).toEqual(generateTown({ people: 150, seed: 9 }).ties);
  });
});

describe("generateTown: the shape of the town", () => {
  const { t, people, present, ties } = networkAt(records);
  const A = records.town.asOf!;

  it("has about one project per 25 people and a header with asOf", () => {
    expect(records.projects.length).toBe(N / 25);
    expect(records.town).toMatchObject({ asOf: "2025-04-01", historyStart: "2017-04-01" });
  });

  it("has a pyramid of roles at asOf: few initiators, more cooperators, many supporters and participants", () => {
    const count = { initiator: 0, cooperator: 0, supporter: 0, participant: 0 };
    for (const p of town().projectsAt(A)) for (const m of town().membersAt(p.id, A)) count[m.role]++;
    expect(count.initiator).toBeGreaterThan(0);
    expect(count.initiator).toBeLessThan(count.cooperator);
    expect(count.cooperator).toBeLessThan(count.supporter);
    expect(count.supporter).toBeLessThan(count.participant);
    expect(count.initiator).toBeLessThanOrEqual(town().projectsAt(A).length);
  });

  it("has mean degree ~10 at asOf, ~30% of ties strong", () => {
    const degree = (2 * ties.length) / present.length;
    expect(degree).toBeGreaterThan(9);
    expect(degree).toBeLessThan(11);
    const strong = ties.filter((e) => e.strength === "strong").length / ties.length;
    expect(strong).toBeGreaterThan(0.25);
    expect(strong).toBeLessThan(0.35);
  });

  it("concentrates strong ties in project cores", () => {
    const core = new Map<string, Set<string>>();
    for (const p of town().projectsAt(A)) {
      for (const m of town().membersAt(p.id, A)) {
        if (m.role !== "initiator" && m.role !== "cooperator") continue;
        if (!core.has(m.person)) core.set(m.person, new Set());
        core.get(m.person)!.add(p.id);
      }
    }
    const coreTies = ties.filter((e) => [...(core.get(e.a) ?? [])].some((j) => core.get(e.b)?.has(j)));
    expect(coreTies.length).toBeGreaterThan(100);
    const share = coreTies.filter((e) => e.strength === "strong").length / coreTies.length;
    expect(share).toBeGreaterThan(0.5);
  });

  it("keeps ties mostly within communities", () => {
    const within = ties.filter((e) => people.get(e.a)!.community === people.get(e.b)!.community).length;
    expect(within / ties.length).toBeGreaterThan(0.8);
    expect(within / ties.length).toBeLessThan(0.9);
  });

  it("rotates officers: an officer's initiator role lasts at most 3 years; officers in post have tenureEnds", () => {
    let officerRoles = 0;
    records.roles.forEach((r, i) => {
      if (r.role !== "initiator" || people.get(r.person)!.sector !== "government") return;
      officerRoles++;
      const span = town().roleSpan(i);
      expect(Math.min(span.to, t) - span.from).toBeLessThanOrEqual(1096);
    });
    expect(officerRoles).toBeGreaterThan(50);
    const officers = records.people.filter((p) => p.sector === "government");
    expect(officers.length).toBeGreaterThan(0);
    for (const p of officers) expect(day(p.tenureEnds, -Infinity)).toBeGreaterThan(t);
    // some projects were handed over, some orphaned
    const initiatorsPerProject = new Map<string, Set<string>>();
    for (const r of records.roles) if (r.role === "initiator") initiatorsPerProject.set(r.project, (initiatorsPerProject.get(r.project) ?? new Set()).add(r.person));
    expect([...initiatorsPerProject.values()].filter((s) => s.size >= 3).length).toBeGreaterThan(10);
    expect(town().projectsAt(A).filter((p) => town().initiatorsAt(p.id, A).length === 0).length).toBeGreaterThan(0);
    expect(records.projects.filter((p) => p.end !== undefined).length).toBeGreaterThan(0);
  });

  it("gives corps members 3-year terms; some leave at the end, some stay on", () => {
    const corps = records.people.filter((p) => p.sector === "corps");
    expect(corps.length).toBeGreaterThan(50);
    for (const p of corps) {
      expect(p.origin).toBe("outsider");
      expect(p.tenureEnds).toBe(`${Number(p.joined!.slice(0, 4)) + 3}${p.joined!.slice(4)}`);
      if (p.left !== undefined) expect(p.left <= p.tenureEnds!).toBe(true);
    }
    expect(corps.filter((p) => p.left === p.tenureEnds).length).toBeGreaterThan(5);
    expect(corps.filter((p) => p.left === undefined && p.tenureEnds! <= A).length).toBeGreaterThan(5);
  });

  it("brings outsiders in over a local's weak tie that starts shortly before their first role", () => {
    const outsiders = records.people.filter((p) => p.origin === "outsider");
    expect(outsiders.length / N).toBeGreaterThan(0.5);
    const first = new Map<string, number>();
    for (const r of records.roles) {
      const f = day(r.from, -Infinity);
      if (!(first.get(r.person)! <= f)) first.set(r.person, f);
    }
    const tiesOf = new Map<string, TieRecord[]>();
    for (const e of records.ties) for (const x of [e.a, e.b]) tiesOf.set(x, [...(tiesOf.get(x) ?? []), e]);
    let withRole = 0;
    let introduced = 0;
    for (const p of outsiders) {
      const f = first.get(p.id);
      if (f === undefined) continue;
      withRole++;
      const ok = (tiesOf.get(p.id) ?? []).some((e) => {
        const other = people.get(e.a === p.id ? e.b : e.a)!;
        const from = day(e.from, -Infinity);
        return e.strength === "weak" && other.origin === "local" && from < f && from >= f - 120;
      });
      if (ok) introduced++;
    }
    expect(withRole / outsiders.length).toBeGreaterThan(0.95);
    expect(introduced / withRole).toBeGreaterThan(0.5);
  });

  it("covers several years of history, ending at asOf", () => {
    const years = new Set(records.roles.map((r) => r.from!.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(7);
    const start = dayNumber(records.town.historyStart as string)!;
    for (const p of records.projects) expect(day(p.start, -Infinity)).toBeGreaterThanOrEqual(start);
    const dated = [...records.roles.flatMap((r) => [r.from, r.to]), ...records.ties.flatMap((e) => [e.from, e.to])];
    expect(dated.filter((d) => d !== undefined && d > A)).toEqual([]);
  });

  it("follows its options: years, asOf and mean degree", () => {
    const r = generateTown({ people: 1500, seed: 5, years: 3, asOf: "2020-10-01", meanDegree: 6, strongShare: 0.2 });
    expect(r.town.historyStart).toBe("2017-10-01");
    for (const p of r.projects) expect(p.start! >= "2017-10-01" && p.start! <= "2020-10-01").toBe(true);
    const net = networkAt(r);
    const degree = (2 * net.ties.length) / net.present.length;
    expect(degree).toBeGreaterThan(5.4);
    expect(degree).toBeLessThan(6.6);
    const strong = net.ties.filter((e) => e.strength === "strong").length / net.ties.length;
    expect(strong).toBeGreaterThan(0.15);
    expect(strong).toBeLessThan(0.25);
  });
});
