// Brute-force references for the reach tests: plain maps and sets built from the town's own
// "at date t" queries (peopleAt, tiesAt), never from the compiled tie graph.
import fc from "fast-check";
import {
  createTown,
  dayNumber,
  isoDate,
  type ContributionRecord,
  type PersonRecord,
  type ProjectRecord,
  type RoleRecord,
  type TieRecord,
  type Town,
  type TownInfo,
} from "../../../src/index.js";
import { arbitraryTown } from "../../../src/testing.js";

export type Adjacency = Map<string, Set<string>>;

/** The network at `t` as adjacency sets; `skip` leaves out one tie record. */
export function adjacency(town: Town, t: string, strongOnly = false, skip = -1): Adjacency {
  const adj: Adjacency = new Map(town.peopleAt(t).map((p) => [p.id, new Set<string>()]));
  for (const i of town.tiesAt(t)) {
    const e = town.ties[i]!;
    if (i === skip || (strongOnly && e.strength !== "strong")) continue;
    adj.get(e.a)!.add(e.b);
    adj.get(e.b)!.add(e.a);
  }
  return adj;
}

/** Distances from a set of sources, up to k hops. */
export function distances(adj: Adjacency, sources: Iterable<string>, k: number): Map<string, number> {
  const dist = new Map<string, number>();
  let layer: string[] = [];
  for (const s of sources) {
    if (adj.has(s) && !dist.has(s)) {
      dist.set(s, 0);
      layer.push(s);
    }
  }
  for (let d = 1; d <= k && layer.length > 0; d++) {
    const next: string[] = [];
    for (const u of layer) {
      for (const v of adj.get(u)!) {
        if (!dist.has(v)) {
          dist.set(v, d);
          next.push(v);
        }
      }
    }
    layer = next;
  }
  return dist;
}

/** reach(S, G, k): people outside S within k hops of S. */
export function reachOf(adj: Adjacency, seeds: Iterable<string>, k: number): number {
  return distances(adj, seeds, k).size - new Set([...seeds].filter((s) => adj.has(s))).size;
}

/** Ids of the reached outsiders. */
export function reachedIds(adj: Adjacency, seeds: Iterable<string>, k: number): string[] {
  const s = new Set(seeds);
  return [...distances(adj, seeds, k).keys()].filter((v) => !s.has(v));
}

/** Component sizes, largest first. */
export function componentSizes(adj: Adjacency): number[] {
  const seen = new Set<string>();
  const sizes: number[] = [];
  for (const v of adj.keys()) {
    if (seen.has(v)) continue;
    const d = distances(adj, [v], Infinity);
    for (const w of d.keys()) seen.add(w);
    sizes.push(d.size);
  }
  return sizes.sort((a, b) => b - a);
}

/** A date for a generated town: its default date when it has one, else a drawn one. */
const FIRST = dayNumber("2015-04-01")!;

export interface Scenario {
  town: Town;
  t: string;
  /** Explicit seeds, or undefined for the default (the core of every active project). */
  seeds: string[] | undefined;
  hops: number;
}

/** The seed set of a scenario, present at t, resolved by brute force. */
export function seedsOf({ town, t, seeds }: Scenario): string[] {
  const present = new Set(town.peopleAt(t).map((p) => p.id));
  if (seeds !== undefined) return [...new Set(seeds)].filter((s) => present.has(s));
  const core = new Set<string>();
  for (const p of town.projectsAt(t)) {
    for (const m of town.membersAt(p.id, t)) if (m.role === "initiator" || m.role === "cooperator") core.add(m.person);
  }
  return [...core];
}

/**
 * A generated town with a date, a random seed set drawn from the people present at that date
 * (sometimes with an absent person added) and a hop limit in {0, 1, 2, 3, Infinity}.
 */
export function arbitraryScenario(options: { maxPeople?: number; maxTies?: number } = {}): fc.Arbitrary<Scenario> {
  return fc
    .record({
      town: arbitraryTown({ maxPeople: options.maxPeople ?? 14, maxTies: options.maxTies ?? 40, extras: false, alphabet: "ascii" }),
      day: fc.option(fc.integer({ min: 0, max: 3650 }), { nil: undefined, freq: 2 }),
      picks: fc.array(fc.nat(), { maxLength: 5 }),
      hops: fc.constantFrom(0, 1, 2, 2, 3, Infinity),
    })
    .map(({ town, day, picks, hops }) => {
      const t = day === undefined ? (town.defaultDate ?? isoDate(FIRST + 1000)) : isoDate(FIRST + day);
      const people = town.people.map((p) => p.id);
      const seeds = people.length === 0 ? [] : picks.map((i) => people[i % people.length]!);
      return { town, t, seeds, hops };
    });
}

/** The records of a town, typed for editing in tests. */
export interface EditableRecords {
  town: TownInfo;
  people: PersonRecord[];
  projects: ProjectRecord[];
  roles: RoleRecord[];
  ties: TieRecord[];
  contributions: ContributionRecord[];
}

/** A new town from the records of `town`, changed by `change`. */
export function rebuilt(town: Town, change: (records: EditableRecords) => void): Town {
  const records = town.toRecords() as unknown as EditableRecords;
  change(records);
  return createTown(records);
}

/**
 * A denser network than `arbitraryTown` gives at one date: up to `maxPeople` people, a few of
 * them gone by `t`, random unique pairs tied strong or weak, some of those ties already ended,
 * and one or two projects whose core is the default seed set.
 */
export function arbitraryDenseScenario(options: { maxPeople?: number; maxTies?: number } = {}): fc.Arbitrary<Scenario> {
  const maxPeople = options.maxPeople ?? 16;
  return fc
    .record({
      people: fc.array(fc.record({ outsider: fc.boolean(), gone: fc.integer({ min: 0, max: 9 }).map((x) => x < 2) }), {
        minLength: 1,
        maxLength: maxPeople,
        size: "max",
      }),
      ties: fc.uniqueArray(
        fc.record({ a: fc.nat(maxPeople - 1), b: fc.nat(maxPeople - 1), strong: fc.boolean(), ended: fc.integer({ min: 0, max: 9 }) }),
        { maxLength: options.maxTies ?? 40, size: "max", selector: (e) => (e.a < e.b ? `${e.a}:${e.b}` : `${e.b}:${e.a}`) },
      ),
      roles: fc.array(fc.record({ person: fc.nat(), project: fc.nat(1), role: fc.constantFrom("initiator", "cooperator", "supporter") }), {
        maxLength: 6,
      }),
      picks: fc.array(fc.nat(), { maxLength: 5 }),
      useDefaultSeeds: fc.boolean(),
      hops: fc.constantFrom(0, 1, 2, 2, 3, Infinity),
    })
    .map((plan) => {
      const n = plan.people.length;
      const roles: RoleRecord[] = [];
      const ties: TieRecord[] = [];
      const records = {
        town: { asOf: "2024-04-01" },
        people: plan.people.map((p, i) => ({
          id: `p${i}`,
          origin: p.outsider ? ("outsider" as const) : ("local" as const),
          ...(p.gone ? { left: "2020-01-01" } : {}),
        })),
        projects: [{ id: "fan" }, { id: "trial", start: "2021-01-01" }],
        roles,
        ties,
      };
      const seenRole = new Set<string>();
      for (const r of plan.roles) {
        const key = `${r.person % n}:${r.project}`;
        if (seenRole.has(key)) continue;
        seenRole.add(key);
        roles.push({ person: `p${r.person % n}`, project: r.project === 0 ? "fan" : "trial", role: r.role as "initiator" });
      }
      for (const e of plan.ties) {
        const a = e.a % n;
        const b = e.b % n;
        if (a === b) continue;
        if (ties.some((x) => (x.a === `p${a}` && x.b === `p${b}`) || (x.a === `p${b}` && x.b === `p${a}`))) continue;
        ties.push({
          a: `p${a}`,
          b: `p${b}`,
          strength: e.strong ? "strong" : "weak",
          ...(e.ended === 0 ? { to: "2019-06-01" } : {}),
        });
      }
      const town = createTown(records);
      const seeds = plan.useDefaultSeeds ? undefined : plan.picks.map((i) => `p${i % n}`);
      return { town, t: "2024-04-01", seeds, hops: plan.hops };
    });
}

/** Generated towns of both kinds. */
export function arbitraryReachScenario(): fc.Arbitrary<Scenario> {
  return fc.oneof(arbitraryScenario(), arbitraryDenseScenario());
}
