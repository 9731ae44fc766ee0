// Renaming every person and project id (a bijection that keeps the order of the records): no
// measure of this folder may change, except for the ids it reports.
import {
  createTown,
  type ContributionRecord,
  type PersonRecord,
  type ProjectRecord,
  type RoleRecord,
  type TieRecord,
  type Town,
} from "../../../src/index.js";

/** A bijection on ids that changes their sort order. */
export const renamed = (id: string) => `~${[...id].reverse().join("")}#`;

/** The same town with every person and project id renamed by {@link renamed}. */
export function renameIds(town: Town): Town {
  const r = town.toRecords() as unknown as {
    people: PersonRecord[];
    projects: ProjectRecord[];
    roles: RoleRecord[];
    ties: TieRecord[];
    contributions: ContributionRecord[];
  };
  for (const p of r.people) p.id = renamed(p.id);
  for (const p of r.projects) p.id = renamed(p.id);
  for (const x of r.roles) (x.person = renamed(x.person)), (x.project = renamed(x.project));
  for (const x of r.ties) (x.a = renamed(x.a)), (x.b = renamed(x.b));
  for (const x of r.contributions) (x.person = renamed(x.person)), (x.project = renamed(x.project));
  return createTown(r);
}

/** Renames the ids inside a result: every string value that is an id of the town. */
export function renameResult<T>(value: T, ids: ReadonlySet<string>): T {
  if (typeof value === "string") return (ids.has(value) ? renamed(value) : value) as T;
  if (Array.isArray(value)) return value.map((v) => renameResult(v, ids)) as T;
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renameResult(v, ids)])) as T;
  }
  return value;
}

/** Every person and project id of a town. */
export function idsOf(town: Town): Set<string> {
  return new Set([...town.people.map((p) => p.id), ...town.projects.map((p) => p.id)]);
}
