/**
 * The records of a town document (domain.md §3): people, projects, roles, ties and
 * contributions, with the enumerations and the Japanese terms that go with them.
 *
 * A record is a plain object. The fields listed here have fixed meanings; any other field
 * is an *extra* field, kept unchanged and written back by every format. Records inside a
 * {@link Town} are frozen.
 *
 * @module
 */

/** An ISO calendar date `YYYY-MM-DD`. Only real dates are accepted (`2021-02-30` is not). */
export type IsoDate = string;

/** Where a person comes from. Origin alone decides whether someone is an outsider (よそ者). */
export type Origin = "local" | "outsider";
/** The person's sector, optional. */
export type Sector = "government" | "business" | "resident" | "nonprofit" | "corps" | "other";
/** MLIT's kinds of relationship with a place, optional. */
export type Relationship = "visit" | "kinship" | "leisure" | "exchange" | "work" | "direct";
/** A role in a project, ranked initiator (4) > cooperator (3) > supporter (2) > participant (1). */
export type RoleName = "initiator" | "cooperator" | "supporter" | "participant";
/** Tie strength (Granovetter 1973). */
export type Strength = "strong" | "weak";
/** Who leads a project. */
export type Lead = "public" | "private" | "mixed";
/** What a contribution brings: ヒト・モノ・カネ・情報. */
export type Resource = "people" | "goods" | "money" | "information";

/** Values of {@link Origin}, in display order. */
export const ORIGINS: readonly Origin[] = Object.freeze(["local", "outsider"]);
/** Values of {@link Sector}, in display order. */
export const SECTORS: readonly Sector[] = Object.freeze([
  "government",
  "business",
  "resident",
  "nonprofit",
  "corps",
  "other",
]);
/** Values of {@link Relationship}, in display order. */
export const RELATIONSHIPS: readonly Relationship[] = Object.freeze([
  "visit",
  "kinship",
  "leisure",
  "exchange",
  "work",
  "direct",
]);
/** Values of {@link RoleName}, from the highest rank to the lowest. */
export const ROLES: readonly RoleName[] = Object.freeze(["initiator", "cooperator", "supporter", "participant"]);
/** Values of {@link Strength}. */
export const STRENGTHS: readonly Strength[] = Object.freeze(["strong", "weak"]);
/** Values of {@link Lead}. */
export const LEADS: readonly Lead[] = Object.freeze(["public", "private", "mixed"]);
/** Values of {@link Resource}. */
export const RESOURCES: readonly Resource[] = Object.freeze(["people", "goods", "money", "information"]);

/** The rank of each role: initiator 4, cooperator 3, supporter 2, participant 1. */
export const ROLE_RANK: Readonly<Record<RoleName, number>> = Object.freeze({
  initiator: 4,
  cooperator: 3,
  supporter: 2,
  participant: 1,
});

/** Extra fields of a record: kept as they are and written back. */
export interface ExtraFields {
  [field: string]: unknown;
}

/** A person (人物). Present at `t` when `[joined, left)` is active at `t`. */
export interface PersonRecord extends ExtraFields {
  id: string;
  /** Display name; defaults to the id. */
  name?: string;
  origin: Origin;
  sector?: Sector;
  relationship?: Relationship;
  joined?: IsoDate;
  left?: IsoDate;
  /** When the current posting or term ends (an officer's rotation, a corps member's term). */
  tenureEnds?: IsoDate;
}

/** A project (事業). Active at `t` when `[start, end)` is active at `t`. */
export interface ProjectRecord extends ExtraFields {
  id: string;
  /** Display name; defaults to the id. */
  name?: string;
  lead?: Lead;
  start?: IsoDate;
  end?: IsoDate;
}

/** A membership: `person` holds `role` in `project` during `[from, to)`. */
export interface RoleRecord extends ExtraFields {
  person: string;
  project: string;
  role: RoleName;
  from?: IsoDate;
  to?: IsoDate;
}

/** An undirected tie between `a` and `b` during `[from, to)`. */
export interface TieRecord extends ExtraFields {
  a: string;
  b: string;
  strength: Strength;
  from?: IsoDate;
  to?: IsoDate;
  /** Free text: how they know each other (family, colleagues, ...). */
  kind?: string;
}

/** What a person brought to a project. */
export interface ContributionRecord extends ExtraFields {
  person: string;
  project: string;
  resource: Resource;
  date?: IsoDate;
  amount?: number;
  note?: string;
}

/** The town the document describes. */
export interface TownInfo extends ExtraFields {
  id?: string;
  name?: string;
  /** The date the data describes; the default date of every measure. */
  asOf?: IsoDate;
}

/** The kinds of record, as named in the JSON document and the CSV bundle. */
export type EntityName = "people" | "projects" | "roles" | "ties" | "contributions";

/** The entities in document order. */
export const ENTITIES: readonly EntityName[] = Object.freeze(["people", "projects", "roles", "ties", "contributions"]);

/** The record type of each entity. */
export interface EntityRecords {
  people: PersonRecord;
  projects: ProjectRecord;
  roles: RoleRecord;
  ties: TieRecord;
  contributions: ContributionRecord;
}

/** The fields with a fixed meaning, per entity, in canonical order. Every other field is extra. */
export const KNOWN_FIELDS: Readonly<Record<EntityName | "town", readonly string[]>> = Object.freeze({
  town: Object.freeze(["id", "name", "asOf"]),
  people: Object.freeze(["id", "name", "origin", "sector", "relationship", "joined", "left", "tenureEnds"]),
  projects: Object.freeze(["id", "name", "lead", "start", "end"]),
  roles: Object.freeze(["person", "project", "role", "from", "to"]),
  ties: Object.freeze(["a", "b", "strength", "from", "to", "kind"]),
  contributions: Object.freeze(["person", "project", "resource", "date", "amount", "note"]),
});

/** The raw content of a town before validation: what a reader hands to `createTown`. */
export interface TownRecords {
  town?: TownInfo;
  people?: readonly unknown[];
  projects?: readonly unknown[];
  roles?: readonly unknown[];
  ties?: readonly unknown[];
  contributions?: readonly unknown[];
}
