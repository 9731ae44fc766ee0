// Brute-force references for the SNA property tests: plain maps and sets built from the
// town's own "at date t" queries (peopleAt, tiesAt), never from the compiled tie graph.
import fc from "fast-check";
import { createTown, dayNumber, isoDate, type ContributionRecord, type PersonRecord, type RoleRecord, type TieRecord, type Town } from "../../../src/index.js";
import { arbitraryTown } from "../../../src/testing.js";

export type Adjacency = Map<string, Set<string>>;

/** The network at `t`; `skipTie` leaves out one tie record, `skipPerson` one person. */
export function adjacency(town: Town, t: string, skipTie = -1, skipPerson?: string): Adjacency {
  const adj: Adjacency = new Map(town.peopleAt(t).filter((p) => p.id !== skipPerson).map((p) => [p.id, new Set<string>()]));
  for (const i of town.tiesAt(t)) {
    const e = town.ties[i]!;
    if (i === skipTie || e.a === skipPerson || e.b === skipPerson) continue;
    adj.get(e.a)!.add(e.b);
    adj.get(e.b)!.add(e.a);
  }
  return adj;
}

/** Hop distances from one person. */
export function hops(adj: Adjacency, from: string): Map<string, number> {
  const dist = new Map([[from, 0]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const u = queue[i]!;
    for (const v of adj.get(u)!) {
      if (!dist.has(v)) {
        dist.set(v, dist.get(u)! + 1);
        queue.push(v);
      }
    }
  }
  return dist;
}

/** Number of connected components. */
export function componentCount(adj: Adjacency): number {
  const seen = new Set<string>();
  let count = 0;
  for (const v of adj.keys()) {
    if (seen.has(v)) continue;
    count++;
    for (const w of hops(adj, v).keys()) seen.add(w);
  }
  return count;
}

const FIRST = dayNumber("2015-04-01")!;

/** A generated town and a date: its default date, or a drawn one. */
export function arbitraryTownAt(options: { maxPeople?: number; maxTies?: number } = {}): fc.Arbitrary<{ town: Town; t: string }> {
  return fc
    .record({
      town: arbitraryTown({ maxPeople: options.maxPeople ?? 14, maxTies: options.maxTies ?? 40, extras: false, alphabet: "ascii" }),
      day: fc.option(fc.integer({ min: 0, max: 3650 }), { nil: undefined, freq: 2 }),
    })
    .map(({ town, day }) => ({ town, t: day === undefined ? (town.defaultDate ?? isoDate(FIRST + 1000)) : isoDate(FIRST + day) }));
}

/** The same town with every person id renamed (order kept, lexicographic order scrambled). */
export function renamed(town: Town): { town: Town; rename: (id: string) => string } {
  const map = new Map(town.people.map((p, i) => [p.id, `${(i * 7919) % 1009}~${p.id.length}`]));
  const rename = (id: string) => map.get(id)!;
  const r = town.toRecords();
  return {
    rename,
    town: createTown({
      town: r.town,
      people: (r.people as PersonRecord[]).map((p) => ({ ...p, id: rename(p.id) })),
      projects: r.projects,
      roles: (r.roles as RoleRecord[]).map((x) => ({ ...x, person: rename(x.person) })),
      ties: (r.ties as TieRecord[]).map((x) => ({ ...x, a: rename(x.a), b: rename(x.b) })),
      contributions: (r.contributions as ContributionRecord[]).map((x) => ({ ...x, person: rename(x.person) })),
    }),
  };
}
