import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { coreCohesion, createTown, isoDate, dayNumber, UsageError, type Town } from "../../../src/index.js";
import { arbitraryTown } from "../../../src/testing.js";
import { idsOf, renameIds, renameResult } from "../circulation/rename.js";

// At 2024-04-01:
//   fan:    initiators i1, i2 (co-initiators); cooperators c1, c2, c3; supporter s1
//           strong: i1=c1, c1=c3, i1=i2; weak: i2-c2; c2=s1 strong (s1 is not core)
//   orphan: no initiator (o1's initiator role ended 2023-04-01); cooperator c4 (strong tie to o1)
//   solo:   initiator i3 only
//   old:    ended 2020-04-01 (not active)
// The tie c2=c3 ended 2023-01-01, the tie i2=c3 starts 2025-01-01: neither counts at 2024-04-01.
const town = createTown({
  town: { asOf: "2024-04-01" },
  people: [
    { id: "i1", origin: "local", sector: "government" },
    { id: "i2", origin: "local" },
    { id: "c1", origin: "local" },
    { id: "c2", origin: "outsider" },
    { id: "c3", origin: "outsider" },
    { id: "s1", origin: "local" },
    { id: "o1", origin: "local" },
    { id: "c4", origin: "local" },
    { id: "i3", origin: "local" },
  ],
  projects: [
    { id: "fan", start: "2022-04-01" },
    { id: "orphan", start: "2021-04-01" },
    { id: "old", start: "2018-04-01", end: "2020-04-01" },
    { id: "solo", start: "2023-04-01" },
  ],
  roles: [
    { person: "i1", project: "fan", role: "initiator" },
    { person: "i2", project: "fan", role: "initiator" },
    { person: "c3", project: "fan", role: "cooperator" },
    { person: "c2", project: "fan", role: "cooperator" },
    { person: "c1", project: "fan", role: "cooperator" },
    { person: "s1", project: "fan", role: "supporter" },
    { person: "o1", project: "orphan", role: "initiator", to: "2023-04-01" },
    { person: "c4", project: "orphan", role: "cooperator" },
    { person: "i1", project: "old", role: "initiator" },
    { person: "c4", project: "old", role: "cooperator" },
    { person: "i3", project: "solo", role: "initiator" },
  ],
  ties: [
    { a: "i1", b: "c1", strength: "strong" },
    { a: "c3", b: "c1", strength: "strong" },
    { a: "i2", b: "i1", strength: "strong" },
    { a: "i2", b: "c2", strength: "weak" },
    { a: "c2", b: "s1", strength: "strong" },
    { a: "c4", b: "o1", strength: "strong" },
    { a: "c2", b: "c3", strength: "strong", to: "2023-01-01" },
    { a: "i2", b: "c3", strength: "strong", from: "2025-01-01" },
  ],
});

describe("coreCohesion on a hand-built town", () => {
  const r = coreCohesion(town);
  const fan = r.projects.find((p) => p.project === "fan")!;
  const orphan = r.projects.find((p) => p.project === "orphan")!;
  const solo = r.projects.find((p) => p.project === "solo")!;

  it("covers the projects active at t, in town order", () => {
    expect(r.date).toBe("2024-04-01");
    expect(r.projects.map((p) => p.project)).toEqual(["fan", "orphan", "solo"]);
    expect(r.options).toEqual({ t: "2024-04-01" });
  });

  it("counts strong ties among the core of a project with co-initiators", () => {
    expect(fan.initiators).toEqual(["i1", "i2"]);
    expect(fan.cooperators).toEqual(["c1", "c2", "c3"]); // town order, not record order
    // core of 5: 10 pairs; strong ties inside: i1=c1, c3=c1, i1=i2 (c2=s1: s1 is a supporter)
    expect([fan.coreSize, fan.pairs, fan.strongTies]).toEqual([5, 10, 3]);
    expect(fan.density).toBeCloseTo(0.3, 12);
    // c1 is strongly tied to i1; c2 only weakly to i2; c3 only to c1 (a cooperator)
    expect(fan.tiedCooperators).toEqual(["c1"]);
    expect(fan.untiedCooperators).toEqual(["c2", "c3"]);
    expect(fan.tiedShare).toBeCloseTo(1 / 3, 12);
    expect(fan.orphaned).toBe(false);
  });

  it("an orphaned project: density NaN with one person, no cooperator tied (share 0, not NaN)", () => {
    expect(orphan.initiators).toEqual([]);
    expect(orphan.cooperators).toEqual(["c4"]);
    expect([orphan.coreSize, orphan.pairs, orphan.strongTies]).toEqual([1, 0, 0]);
    expect(orphan.density).toBeNaN();
    expect(orphan.tiedShare).toBe(0); // the strong tie to o1 no longer counts: o1 is not initiator
    expect(orphan.orphaned).toBe(true);
  });

  it("a project with no cooperator has an undefined share", () => {
    expect(solo.coreSize).toBe(1);
    expect(solo.density).toBeNaN();
    expect(solo.tiedShare).toBeNaN();
  });

  it("pools the town figures", () => {
    expect(r.town).toEqual({
      projects: 3,
      orphaned: 1,
      pairs: 10,
      strongTies: 3,
      density: 0.3,
      cooperators: 4,
      tiedCooperators: 1,
      tiedShare: 0.25,
    });
  });

  it("uses the ties and roles of the date asked for", () => {
    // 2022-06-01: o1 still initiates "orphan"; c2=c3 still strong; i2=c3 not yet.
    const earlier = coreCohesion(town, { t: "2022-06-01" });
    const o = earlier.projects.find((p) => p.project === "orphan")!;
    expect(o.initiators).toEqual(["o1"]);
    expect([o.density, o.tiedShare]).toEqual([1, 1]);
    expect(earlier.projects.find((p) => p.project === "fan")!.strongTies).toBe(4);
    // 2025-02-01: i2=c3 strong: c3 is now tied to an initiator.
    const later = coreCohesion(town, { t: "2025-02-01" }).projects.find((p) => p.project === "fan")!;
    expect(later.tiedCooperators).toEqual(["c1", "c3"]);
  });

  it("rejects a bad date, a town without a date and unknown options", () => {
    expect(() => coreCohesion(town, { t: "2024-02-30" })).toThrow(UsageError);
    expect(() => coreCohesion(createTown({}))).toThrow(UsageError);
    expect(() => coreCohesion(town, { hops: 2 } as never)).toThrow(UsageError);
  });
});

// ---------------------------------------------------------------------------------------------

const towns = arbitraryTown({ maxPeople: 10, maxProjects: 4, maxRoles: 30, maxTies: 30, extras: false });
const D0 = dayNumber("2015-04-01")!;
const dates = fc.integer({ min: -100, max: 3750 }).map((k) => isoDate(D0 + k));

/** Brute force: density and tied share from the definitions, pair by pair. */
function brute(t: Town, date: string, project: string) {
  const members = t.membersAt(project, date);
  const I = members.filter((m) => m.role === "initiator").map((m) => m.person);
  const C = members.filter((m) => m.role === "cooperator").map((m) => m.person);
  const core = [...I, ...C];
  const strong = (a: string, b: string) => t.tiesOf(a, date).some((e) => e.partner === b && e.strength === "strong");
  let s = 0;
  for (let x = 0; x < core.length; x++) for (let y = x + 1; y < core.length; y++) if (strong(core[x]!, core[y]!)) s++;
  const n = core.length;
  const tied = C.filter((c) => I.some((i) => strong(c, i))).length;
  return { density: n < 2 ? NaN : s / ((n * (n - 1)) / 2), tiedShare: C.length === 0 ? NaN : tied / C.length };
}

describe("coreCohesion properties", () => {
  test.prop([towns, dates], { numRuns: 300 })("matches the definitions; shares in [0, 1] or NaN", (t, date) => {
    const r = coreCohesion(t, { t: date });
    expect(r.projects.map((p) => p.project)).toEqual(t.projectsAt(date).map((p) => p.id));
    for (const p of r.projects) {
      const b = brute(t, date, p.project);
      for (const [x, y] of [[p.density, b.density], [p.tiedShare, b.tiedShare]] as const) {
        if (Number.isNaN(y)) expect(x).toBeNaN();
        else expect(x).toBeCloseTo(y, 12);
      }
      for (const x of [p.density, p.tiedShare]) if (!Number.isNaN(x)) expect(x >= 0 && x <= 1).toBe(true);
      expect(p.tiedCooperators.length + p.untiedCooperators.length).toBe(p.cooperators.length);
    }
    for (const x of [r.town.density, r.town.tiedShare]) if (!Number.isNaN(x)) expect(x >= 0 && x <= 1).toBe(true);
  });

  test.prop([towns, dates], { numRuns: 150 })("renaming ids changes nothing", (t, date) => {
    expect(coreCohesion(renameIds(t), { t: date })).toEqual(renameResult(coreCohesion(t, { t: date }), idsOf(t)));
  });
});
