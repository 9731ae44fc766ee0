import { describe, expect, it } from "vitest";
import { test, fc } from "@fast-check/vitest";
import { UsageError, connectedComponents, createTown, weakTieReach, type Town } from "../../../src/index.js";
import { adjacency, arbitraryReachScenario, distances, reachOf, reachedIds, rebuilt, seedsOf, type Scenario } from "./brute.js";

// The core of "fan" is i1 (initiator) and c1 (cooperator). At 2024-04-01:
//   i1 =strong= c1 =strong= l1 =strong= l2        (locals)
//   i1 -weak- o2 =strong= o3                       (outsiders)
//   l1 -weak- o1                                   (outsider)
//   s: isolated supporter of "fan", cooperator of "trial"
// x left in 2020 (its tie to i1 ended with it); l2 - o3 ended in 2020; "old" ended in 2019.
const town = createTown({
  town: { name: "架空町", asOf: "2024-04-01" },
  people: [
    { id: "i1", origin: "local", sector: "government" },
    { id: "c1", origin: "local" },
    { id: "l1", origin: "local" },
    { id: "l2", origin: "local" },
    { id: "o1", origin: "outsider" },
    { id: "o2", origin: "outsider" },
    { id: "o3", origin: "outsider" },
    { id: "s", origin: "local" },
    { id: "x", origin: "local", joined: "2015-01-01", left: "2020-01-01" },
  ],
  projects: [
    { id: "fan", start: "2022-04-01" },
    { id: "old", start: "2016-04-01", end: "2019-04-01" },
    { id: "trial", start: "2023-04-01" },
  ],
  roles: [
    { person: "i1", project: "fan", role: "initiator" },
    { person: "c1", project: "fan", role: "cooperator" },
    { person: "s", project: "fan", role: "supporter" },
    { person: "l2", project: "old", role: "initiator" },
    { person: "s", project: "trial", role: "cooperator" },
    { person: "o1", project: "trial", role: "participant" },
  ],
  ties: [
    { a: "i1", b: "c1", strength: "strong" }, // 0
    { a: "c1", b: "l1", strength: "strong" }, // 1
    { a: "l1", b: "o1", strength: "weak" }, // 2
    { a: "i1", b: "o2", strength: "weak" }, // 3
    { a: "o2", b: "o3", strength: "strong" }, // 4
    { a: "l1", b: "l2", strength: "strong" }, // 5
    { a: "x", b: "i1", strength: "weak" }, // 6: ends when x leaves
    { a: "l2", b: "o3", strength: "weak", from: "2018-01-01", to: "2020-01-01" }, // 7
  ],
});

describe("weakTieReach on a hand-built town", () => {
  it("counts reach over all ties and strong ties, for everyone and for outsiders (k = 2)", () => {
    const r = weakTieReach(town);
    expect(r.date).toBe("2024-04-01");
    expect(r.seeds).toEqual(["i1", "c1", "s"]); // the cores of "fan" and "trial"; "old" has ended
    expect(r.ignoredSeeds).toEqual([]);
    expect(r.hops).toBe(2);
    // all: l1, o2 (1 hop), o1, o3, l2 (2 hops); strong: l1, l2
    expect([r.all, r.strongOnly, r.gain, r.gainShare]).toEqual([5, 2, 3, 0.6]);
    expect(r.outsiders).toEqual({ all: 3, strongOnly: 0, gain: 3, gainShare: 1 });
    expect(r.largestComponent).toEqual({ all: 7, strongOnly: 4 });
    expect(r.options).toEqual({ t: "2024-04-01", seeds: "core", hops: 2, perPerson: true, criticalTies: true, people: true });
    expect(weakTieReach(town, { people: false }).reached).toBeNull();
  });

  it("finds the critical weak ties and their losses", () => {
    // i1 - o2 is the only way to o2 and o3; l1 - o1 the only way to o1
    expect(weakTieReach(town).criticalTies).toEqual([
      { tie: 3, a: "i1", b: "o2", loss: 2, lost: ["o2", "o3"] },
      { tie: 2, a: "l1", b: "o1", loss: 1, lost: ["o1"] },
    ]);
    expect(weakTieReach(town, { hops: 1 }).criticalTies).toEqual([{ tie: 3, a: "i1", b: "o2", loss: 1, lost: ["o2"] }]);
    expect(weakTieReach(town, { people: false }).criticalTies!.map((c) => c.lost)).toEqual([null, null]);
    expect(weakTieReach(town, { criticalTies: false }).criticalTies).toBeNull();
  });

  it("gives the per-person gain", () => {
    const per = new Map(weakTieReach(town).perPerson!.map((p) => [p.id, p]));
    expect([...per.keys()]).toEqual(["i1", "c1", "l1", "l2", "o1", "o2", "o3", "s"]);
    expect(per.get("i1")).toEqual({ id: "i1", all: 4, strongOnly: 2, gain: 2 }); // c1, o2, l1, o3 | c1, l1
    expect(per.get("o1")).toEqual({ id: "o1", all: 3, strongOnly: 0, gain: 3 }); // l1, c1, l2
    expect(per.get("l1")).toEqual({ id: "l1", all: 4, strongOnly: 3, gain: 1 }); // c1, o1, l2, i1 | c1, l2, i1
    expect(per.get("o3")).toEqual({ id: "o3", all: 2, strongOnly: 1, gain: 1 }); // o2, i1 | o2
    expect(per.get("s")).toEqual({ id: "s", all: 0, strongOnly: 0, gain: 0 });
    expect(weakTieReach(town, { perPerson: false }).perPerson).toBeNull();
  });

  it("gives the reach of each active project's core, NaN when nothing is reached", () => {
    const r = weakTieReach(town);
    expect(r.perProject.map((p) => p.project)).toEqual(["fan", "trial"]);
    expect(r.perProject[0]).toMatchObject({ seeds: ["i1", "c1"], all: 5, strongOnly: 2, gain: 3, gainShare: 0.6 });
    const trial = r.perProject[1]!;
    expect(trial.seeds).toEqual(["s"]);
    expect([trial.all, trial.strongOnly, trial.gain]).toEqual([0, 0, 0]);
    expect(trial.gainShare).toBeNaN();
    expect(trial.outsiders.gainShare).toBeNaN();
  });

  it("follows the hop limit", () => {
    const one = weakTieReach(town, { hops: 1 });
    expect([one.all, one.strongOnly, one.gain, one.gainShare]).toEqual([2, 1, 1, 0.5]);
    const inf = weakTieReach(town, { hops: Infinity });
    expect([inf.all, inf.strongOnly]).toEqual([5, 2]);
    expect(inf.perPerson!.find((p) => p.id === "o1")).toEqual({ id: "o1", all: 6, strongOnly: 0, gain: 6 });
    const zero = weakTieReach(town, { hops: 0 });
    expect([zero.all, zero.strongOnly, zero.criticalTies]).toEqual([0, 0, []]);
  });

  it("takes explicit seeds, ignoring and listing those absent at t", () => {
    const r = weakTieReach(town, { seeds: ["o1", "x", "o1"] });
    expect(r.seeds).toEqual(["o1"]);
    expect(r.ignoredSeeds).toEqual(["x"]);
    expect([r.all, r.strongOnly]).toEqual([3, 0]); // l1, c1, l2
    expect(r.options.seeds).toEqual(["o1", "x", "o1"]);
    const none = weakTieReach(town, { seeds: [] });
    expect([none.all, none.seeds, none.criticalTies]).toEqual([0, [], []]);
    expect(none.gainShare).toBeNaN();
  });

  it("reads another date: x and the tie l2 - o3 were there in 2019, 'old' was active in 2018", () => {
    const r = weakTieReach(town, { t: "2018-06-01" });
    expect(r.seeds).toEqual(["l2"]); // only "old" is active
    // strong: l2 - l1 - c1; with weak ties also l2 - o3 - o2 and l1 - o1
    expect([r.all, r.strongOnly]).toEqual([5, 2]);
  });

  it("rejects a bad date, a bad hop limit and unknown seeds", () => {
    expect(() => weakTieReach(town, { t: "2024-13-01" })).toThrow(UsageError);
    expect(() => weakTieReach(town, { hops: -1 })).toThrow(UsageError);
    expect(() => weakTieReach(town, { hops: 1.5 })).toThrow(UsageError);
    expect(() => weakTieReach(town, { hops: NaN })).toThrow(UsageError);
    expect(() => weakTieReach(town, { seeds: ["nobody"] })).toThrow(UsageError);
    expect(() => weakTieReach(createTown({ people: [{ id: "a", origin: "local" }] }))).toThrow(UsageError);
  });
});

function reachFigures(town: Town, t: string, seeds: string[], hops: number) {
  const all = adjacency(town, t);
  const strong = adjacency(town, t, true);
  const outsider = (id: string) => town.person(id)!.origin === "outsider";
  return {
    all: reachOf(all, seeds, hops),
    strongOnly: reachOf(strong, seeds, hops),
    outsidersAll: reachedIds(all, seeds, hops).filter(outsider).length,
    outsidersStrong: reachedIds(strong, seeds, hops).filter(outsider).length,
  };
}

const run = (s: Scenario, more: { hops?: number; criticalTies?: boolean; perPerson?: boolean } = {}) =>
  weakTieReach(s.town, { t: s.t, hops: s.hops, criticalTies: false, perPerson: false, ...(s.seeds ? { seeds: s.seeds } : {}), ...more });

describe("weakTieReach properties (domain.md §5)", () => {
  test.prop([arbitraryReachScenario()])("equals the brute-force definition, overall, for outsiders and per project", (s) => {
    const r = run(s);
    const seeds = seedsOf(s);
    expect(new Set(r.seeds)).toEqual(new Set(seeds));
    const ref = reachFigures(s.town, s.t, seeds, s.hops);
    expect([r.all, r.strongOnly, r.gain]).toEqual([ref.all, ref.strongOnly, ref.all - ref.strongOnly]);
    expect([r.outsiders.all, r.outsiders.strongOnly]).toEqual([ref.outsidersAll, ref.outsidersStrong]);
    if (r.all === 0) expect(r.gainShare).toBeNaN();
    else expect(r.gainShare).toBeCloseTo(r.gain / r.all, 12);
    // the people behind the counts
    const all = reachedIds(adjacency(s.town, s.t), seeds, s.hops).sort();
    const strong = reachedIds(adjacency(s.town, s.t, true), seeds, s.hops).sort();
    expect(r.reached).toEqual({ all, strongOnly: strong, gain: all.filter((v) => !strong.includes(v)) });
    for (const p of r.perProject) {
      const core = s.town.membersAt(p.project, s.t).filter((m) => m.role === "initiator" || m.role === "cooperator");
      expect(p.all).toBe(reachOf(adjacency(s.town, s.t), core.map((m) => m.person), s.hops));
      expect(p.reached!.all).toEqual(reachedIds(adjacency(s.town, s.t), core.map((m) => m.person), s.hops).sort());
    }
    const present = new Set(s.town.peopleAt(s.t).map((p) => p.id));
    expect(r.ignoredSeeds).toEqual(s.seeds === undefined ? [] : [...new Set(s.seeds.filter((x) => !present.has(x)))]);
  });

  test.prop([arbitraryReachScenario()])("strongOnly <= all, and the gain is never negative", (s) => {
    const r = run(s);
    expect(r.strongOnly).toBeLessThanOrEqual(r.all);
    expect(r.outsiders.strongOnly).toBeLessThanOrEqual(r.outsiders.all);
    expect(r.outsiders.all).toBeLessThanOrEqual(r.all);
  });

  test.prop([arbitraryReachScenario()])("reach never falls when k grows", (s) => {
    const ks = [0, 1, 2, 3, 4, Infinity];
    const rs = ks.map((hops) => run(s, { hops }));
    for (let i = 1; i < rs.length; i++) {
      expect(rs[i]!.all).toBeGreaterThanOrEqual(rs[i - 1]!.all);
      expect(rs[i]!.strongOnly).toBeGreaterThanOrEqual(rs[i - 1]!.strongOnly);
    }
  });

  test.prop([arbitraryReachScenario(), fc.nat(), fc.nat(), fc.boolean()])(
    "reach never falls when a tie is added",
    (s, i, j, strong) => {
      const present = s.town.peopleAt(s.t).map((p) => p.id);
      if (present.length < 2) return;
      const a = present[i % present.length]!;
      const b = present[(i + 1 + (j % (present.length - 1))) % present.length]!;
      if (s.town.tiesOf(a, s.t).some((e) => e.partner === b)) return; // already tied at t
      // [t, t+1 day) overlaps no other tie of the pair: none is active at t
      const next = rebuilt(s.town, (rec) => {
        rec.ties.push({ a, b, strength: strong ? "strong" : "weak", from: s.t, to: nextDay(s.t) });
      });
      const before = run(s);
      const after = run({ ...s, town: next });
      expect(after.all).toBeGreaterThanOrEqual(before.all);
      expect(after.strongOnly).toBeGreaterThanOrEqual(before.strongOnly);
    },
  );

  test.prop([arbitraryReachScenario(), fc.nat()])("turning a weak tie strong never changes all and never lowers strongOnly", (s, pick) => {
    const weak = s.town.tiesAt(s.t).filter((i) => s.town.ties[i]!.strength === "weak");
    if (weak.length === 0) return;
    const i = weak[pick % weak.length]!;
    const next = rebuilt(s.town, (rec) => {
      rec.ties[i]!.strength = "strong";
    });
    const before = run(s);
    const after = run({ ...s, town: next });
    expect(after.all).toBe(before.all);
    expect(after.strongOnly).toBeGreaterThanOrEqual(before.strongOnly);
  });

  test.prop([arbitraryReachScenario()])("with no weak ties the gain is 0", (s) => {
    const strong = rebuilt(s.town, (rec) => {
      for (const e of rec.ties) e.strength = "strong";
    });
    const r = run({ ...s, town: strong }, { perPerson: true });
    expect(r.gain).toBe(0);
    expect(r.outsiders.gain).toBe(0);
    expect(r.perPerson!.every((p) => p.gain === 0)).toBe(true);
    for (const p of r.perProject) expect(p.gain).toBe(0);
    expect(r.largestComponent.all).toBe(r.largestComponent.strongOnly);
  });

  test.prop([arbitraryReachScenario()])("with k = Infinity, all = size of the components touching S - |S|", (s) => {
    const r = run(s, { hops: Infinity });
    const c = connectedComponents(s.town, { t: s.t });
    const touched = new Set(r.seeds.map((id) => c.component[c.ids.indexOf(id)]!));
    const size = [...touched].reduce((sum, label) => sum + c.sizes[label]!, 0);
    expect(r.all).toBe(size - r.seeds.length);
  });

  test.prop([arbitraryReachScenario()])("per-person gain equals a brute-force BFS", (s) => {
    const r = run(s, { perPerson: true });
    const all = adjacency(s.town, s.t);
    const strong = adjacency(s.town, s.t, true);
    expect(r.perPerson!.map((p) => p.id)).toEqual([...all.keys()]);
    for (const p of r.perPerson!) {
      const a = distances(all, [p.id], s.hops).size - 1;
      const b = distances(strong, [p.id], s.hops).size - 1;
      expect([p.all, p.strongOnly, p.gain]).toEqual([a, b, a - b]);
    }
  });

  test.prop([arbitraryReachScenario()])("critical-tie losses equal the brute-force definition (recompute without the tie)", (s) => {
    const r = run(s, { criticalTies: true });
    const expected: { tie: number; loss: number }[] = [];
    for (const i of s.town.tiesAt(s.t)) {
      if (s.town.ties[i]!.strength !== "weak") continue;
      const without = rebuilt(s.town, (rec) => {
        rec.ties.splice(i, 1);
      });
      const loss = r.all - run({ ...s, town: without, seeds: r.seeds }).all;
      expect(loss).toBeGreaterThanOrEqual(0);
      if (loss > 0) expected.push({ tie: i, loss });
    }
    expected.sort((x, y) => y.loss - x.loss || x.tie - y.tie);
    expect(r.criticalTies!.map(({ tie, loss }) => ({ tie, loss }))).toEqual(expected);
    for (const c of r.criticalTies!) {
      // one order for a tie's ends: the smaller id first, whatever the file wrote
      const e = s.town.ties[c.tie]!;
      expect([c.a, c.b]).toEqual([e.a, e.b].sort());
      // the people lost are exactly those reached with the tie and not without it
      const without = rebuilt(s.town, (rec) => {
        rec.ties.splice(c.tie, 1);
      });
      const still = new Set(reachedIds(adjacency(without, s.t), r.seeds, s.hops));
      expect(c.lost).toEqual(reachedIds(adjacency(s.town, s.t), r.seeds, s.hops).filter((v) => !still.has(v)).sort());
      expect(c.lost).toHaveLength(c.loss);
    }
  });

  test.prop([arbitraryReachScenario()])("renaming ids and reordering records changes no figure", (s) => {
    const renamed = rebuilt(s.town, (rec) => {
      const name = (id: string) => `z-${id}`;
      for (const p of rec.people) p.id = name(p.id);
      for (const r of rec.roles) r.person = name(r.person);
      for (const e of rec.ties) [e.a, e.b] = [name(e.b), name(e.a)];
      for (const c of rec.contributions) c.person = name(c.person);
      rec.people.reverse();
    });
    const a = run(s, { criticalTies: true });
    const b = run({ ...s, town: renamed, seeds: s.seeds?.map((id) => `z-${id}`) }, { criticalTies: true });
    expect([b.all, b.strongOnly, b.outsiders, b.largestComponent]).toEqual([a.all, a.strongOnly, a.outsiders, a.largestComponent]);
    expect(b.criticalTies!.map((c) => [c.tie, c.loss])).toEqual(a.criticalTies!.map((c) => [c.tie, c.loss]));
  });
});

function nextDay(t: string): string {
  const d = new Date(`${t}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
