/**
 * The town: people, projects, roles, ties and contributions over time (domain.md §2–3).
 *
 * A {@link Town} is immutable: its records are frozen, it has no setters, and the graphs it
 * hands out are either fresh copies ({@link Town.snapshot}) or read-only
 * ({@link Town.graph}). Changes come as events that produce a new town.
 *
 * Periods are *cut* on load: a role with no `from` starts when its project starts and its
 * person joins, with no `to` it ends when either ends; ties likewise within the presence of
 * both people. The cut spans answer every "at date t" question in O(degree).
 *
 * @module
 */

import Graph from "graphology";
import type { AbstractGraph } from "graphology-types";
import { dayNumber, isoDate, type Span } from "./date.js";
import { graphKeyOf } from "../graph/graph-key.js";
import {
  ROLE_RANK,
  type ContributionRecord,
  type IsoDate,
  type PersonRecord,
  type ProjectRecord,
  type RoleName,
  type RoleRecord,
  type Strength,
  type TieRecord,
  type TownInfo,
  type TownRecords,
} from "./records.js";
import { TownValidationError, UsageError } from "../validation/errors.js";
import { jsonLocator, validateRecords, type ColumnNamer, type Locator, type RecordIndex } from "../validation/validate.js";

/** A member of a project at a date: who, in which role, and the role record. */
export interface Member {
  person: string;
  role: RoleName;
  /** Index of the role record in {@link Town.roles}. */
  index: number;
}

/** A role a person holds at a date. */
export interface HeldRole {
  project: string;
  role: RoleName;
  /** Index of the role record in {@link Town.roles}. */
  index: number;
}

/** A tie seen from one of its ends. */
export interface TieEnd {
  partner: string;
  strength: Strength;
  /** Index of the tie record in {@link Town.ties}. */
  index: number;
}

/** Node attributes of {@link Town.snapshot}: never sigma's reserved names, never `weight`. */
export interface PersonNode {
  name: string;
  origin: PersonRecord["origin"];
  sector?: PersonRecord["sector"];
  /** Highest role held at the date in any active project, or `null` when none. */
  role: RoleName | null;
  /**
   * Role per project at the date, keyed by project id. A null-prototype object: a project id such
   * as `constructor` or `__proto__` is an ordinary key, and a lookup of a project the person has
   * no role in gives `undefined`.
   */
  roles: Record<string, RoleName>;
}

/** Edge attributes of {@link Town.snapshot}. Tie strength is never stored as `weight`. */
export interface TieEdge {
  strength: Strength;
  kind?: string;
  /** Index of the tie record in {@link Town.ties}. */
  index: number;
}

/** Options of {@link createTown}. */
export interface CreateTownOptions {
  /** Names records in problems (default: JSON paths such as `$.people[3]`). */
  locate?: Locator;
  /** Names the column of a field as written in the input (CSV headers). */
  columnOf?: ColumnNamer;
  /** The input's name (a file name), repeated in the error. */
  source?: string;
}

const MUTATORS = /^(add|drop|set|update|merge|remove|replace|clear|import|upgrade)/;

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

/** True when the value and everything in it is frozen (nothing can change it any more). */
function deepFrozen(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  for (const v of Object.values(value)) if (!deepFrozen(v)) return false;
  return true;
}

/**
 * The town's own frozen copy of a list of records: each record is copied (so that freezing
 * never touches the caller's objects) and any nested value of an extra field is deep-copied.
 * A record that is already frozen all the way down (a record of another town, handed on by
 * `applyEvents`) cannot change and is shared instead of copied.
 */
function ownRecords<T extends object>(list: readonly unknown[]): readonly Readonly<T>[] {
  const out = new Array<Readonly<T>>(list.length);
  for (let i = 0; i < list.length; i++) {
    if (deepFrozen(list[i])) {
      out[i] = list[i] as Readonly<T>;
      continue;
    }
    const copy = { ...(list[i] as T) } as Record<string, unknown>;
    for (const k in copy) {
      const v = copy[k];
      if (typeof v === "object" && v !== null) copy[k] = deepFreeze(structuredClone(v));
    }
    out[i] = Object.freeze(copy) as Readonly<T>;
  }
  return Object.freeze(out);
}

/** Groups item indices by an owner index: a compressed list (offsets, items), in item order. */
function groupBy(owners: ArrayLike<number>, nOwners: number): { offsets: Int32Array; items: Int32Array } {
  const offsets = new Int32Array(nOwners + 1);
  for (let i = 0; i < owners.length; i++) offsets[owners[i]! + 1]!++;
  for (let k = 0; k < nOwners; k++) offsets[k + 1]! += offsets[k]!;
  const fill = offsets.slice(0, nOwners);
  const items = new Int32Array(owners.length);
  for (let i = 0; i < owners.length; i++) items[fill[owners[i]!]!++] = i;
  return { offsets, items };
}

/** Like {@link groupBy} for ties, which belong to both their people. */
function groupTies(a: Int32Array, b: Int32Array, nPeople: number): { offsets: Int32Array; items: Int32Array } {
  const offsets = new Int32Array(nPeople + 1);
  for (let i = 0; i < a.length; i++) {
    offsets[a[i]! + 1]!++;
    offsets[b[i]! + 1]!++;
  }
  for (let k = 0; k < nPeople; k++) offsets[k + 1]! += offsets[k]!;
  const fill = offsets.slice(0, nPeople);
  const items = new Int32Array(a.length * 2);
  for (let i = 0; i < a.length; i++) {
    items[fill[a[i]!]!++] = i;
    items[fill[b[i]!]!++] = i;
  }
  return { offsets, items };
}

function cloneDeep<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/**
 * Validates records against every rule of domain.md §3 and builds a {@link Town}.
 * Throws a {@link TownValidationError} listing every problem; nothing is half-built.
 *
 * @example
 * ```ts
 * import { createTown } from "@kankei/core";
 * const town = createTown({
 *   town: { name: "Example", asOf: "2024-04-01" },
 *   people: [{ id: "aoki", origin: "local", sector: "government" }, { id: "mori", origin: "outsider" }],
 *   projects: [{ id: "fan", name: "Fan club", start: "2022-04-01" }],
 *   roles: [{ person: "aoki", project: "fan", role: "initiator" }, { person: "mori", project: "fan", role: "cooperator" }],
 *   ties: [{ a: "aoki", b: "mori", strength: "strong" }],
 * });
 * town.initiatorsAt("fan"); // ["aoki"]
 * ```
 */
export function createTown(input: TownRecords, options: CreateTownOptions = {}): Town {
  const { problems, records, index } = validateRecords(input, options.locate ?? jsonLocator, options.columnOf);
  if (problems.length > 0) throw new TownValidationError(problems, options.source);
  return new Town(records as Required<TownRecords>, index, SECRET);
}

const SECRET = Symbol("kankei.town");

/**
 * An immutable, validated town. Build one with {@link createTown}, `parseTown` or
 * `readCsvBundle`; every date argument is an ISO date and defaults to {@link Town.date}.
 *
 * @example
 * ```ts
 * import { parseTown } from "@kankei/core/io";
 * const town = parseTown({
 *   format: "kankei-town", version: 1, town: { asOf: "2024-04-01" },
 *   people: [{ id: "a", origin: "local" }, { id: "b", origin: "outsider" }],
 *   projects: [{ id: "p" }],
 *   roles: [{ person: "a", project: "p", role: "initiator", from: "2022-04-01" }],
 *   ties: [{ a: "a", b: "b", strength: "weak" }],
 * });
 * town.roleAt("a", "p"); // "initiator"
 * town.roleAt("a", "p", "2021-01-01"); // undefined
 * town.snapshot().order; // 2
 * ```
 */
export class Town {
  readonly info: Readonly<TownInfo>;
  readonly people: readonly Readonly<PersonRecord>[];
  readonly projects: readonly Readonly<ProjectRecord>[];
  readonly roles: readonly Readonly<RoleRecord>[];
  readonly ties: readonly Readonly<TieRecord>[];
  readonly contributions: readonly Readonly<ContributionRecord>[];

  readonly #personIndex: Map<string, number>;
  readonly #projectIndex: Map<string, number>;
  readonly #ix: RecordIndex;
  readonly #rolesByPerson: { offsets: Int32Array; items: Int32Array };
  readonly #rolesByProject: { offsets: Int32Array; items: Int32Array };
  readonly #tiesByPerson: { offsets: Int32Array; items: Int32Array };
  #latest: number | null | undefined;
  #graph: AbstractGraph | undefined;

  /** @internal Use {@link createTown}, `parseTown` or `readCsvBundle`. */
  constructor(records: Required<TownRecords>, index: RecordIndex, secret: symbol) {
    if (secret !== SECRET) throw new UsageError("use createTown(), parseTown() or readCsvBundle() to build a Town");
    this.info = deepFreeze(structuredClone({ ...(records.town ?? {}) })) as TownInfo;
    this.people = ownRecords<PersonRecord>(records.people);
    this.projects = ownRecords<ProjectRecord>(records.projects);
    this.roles = ownRecords<RoleRecord>(records.roles);
    this.ties = ownRecords<TieRecord>(records.ties);
    this.contributions = ownRecords<ContributionRecord>(records.contributions);
    this.#ix = index;
    this.#personIndex = index.personIds;
    this.#projectIndex = index.projectIds;
    this.#rolesByPerson = groupBy(index.rolePerson, this.people.length);
    this.#rolesByProject = groupBy(index.roleProject, this.projects.length);
    this.#tiesByPerson = groupTies(index.tieA, index.tieB, this.people.length);
    Object.freeze(this);
  }

  /** The town's id, or undefined. */
  get id(): string | undefined {
    return this.info.id;
  }

  /** The town's display name: `info.name`, else `info.id`, else `"town"`. */
  get name(): string {
    return this.info.name ?? this.info.id ?? "town";
  }

  /**
   * The date a measure uses when none is given: `town.asOf`, else the latest date in any
   * record's dated fields (future dates included); `undefined` when the town has no date.
   */
  get defaultDate(): IsoDate | undefined {
    if (this.info.asOf !== undefined) return this.info.asOf;
    if (this.#latest === undefined) {
      let m = -Infinity;
      const see = (v: unknown) => {
        const d = dayNumber(v);
        if (d !== undefined && d > m) m = d;
      };
      for (const p of this.people) (see(p.joined), see(p.left), see(p.tenureEnds));
      for (const p of this.projects) (see(p.start), see(p.end));
      for (const r of this.roles) (see(r.from), see(r.to));
      for (const e of this.ties) (see(e.from), see(e.to));
      for (const c of this.contributions) see(c.date);
      this.#latest = m === -Infinity ? null : m;
    }
    return this.#latest === null ? undefined : isoDate(this.#latest);
  }

  /**
   * Resolves the date of a question: `t` itself when given, else {@link Town.defaultDate}.
   * Throws a {@link UsageError} when `t` is not a real ISO date, or when the town has no date.
   */
  date(t?: IsoDate): IsoDate {
    if (t !== undefined) {
      if (dayNumber(t) === undefined) throw new UsageError(`not a real ISO date (YYYY-MM-DD): ${JSON.stringify(t)}`);
      return t;
    }
    const d = this.defaultDate;
    if (d === undefined) throw new UsageError("this town has no date at all: pass an explicit date t");
    return d;
  }

  /** The day number of the question's date (see {@link Town.date}). */
  day(t?: IsoDate): number {
    return dayNumber(this.date(t))!;
  }

  /** The person with this id, or undefined. */
  person(id: string): Readonly<PersonRecord> | undefined {
    const i = this.#personIndex.get(id);
    return i === undefined ? undefined : this.people[i];
  }

  /** The project with this id, or undefined. */
  project(id: string): Readonly<ProjectRecord> | undefined {
    const i = this.#projectIndex.get(id);
    return i === undefined ? undefined : this.projects[i];
  }

  /** Index of a person in {@link Town.people}, or -1. */
  personIndex(id: string): number {
    return this.#personIndex.get(id) ?? -1;
  }

  /** Index of a project in {@link Town.projects}, or -1. */
  projectIndex(id: string): number {
    return this.#projectIndex.get(id) ?? -1;
  }

  /** A person's display name: their `name`, else their own id (never another record's name). */
  personName(id: string): string {
    return this.person(id)?.name ?? id;
  }

  /** A project's display name: its `name`, else its own id (never another record's name). */
  projectName(id: string): string {
    return this.project(id)?.name ?? id;
  }

  /**
   * The display name of an id: when a person has this id, the person's name or else the id
   * (a person without a name is never shown under the name of a project with the same id, as
   * in spreadsheets numbering both 1, 2, 3); otherwise the project's name, else the id. Prefer
   * {@link Town.personName} and {@link Town.projectName}, which say which one is meant.
   */
  nameOf(id: string): string {
    return this.person(id) !== undefined ? this.personName(id) : this.projectName(id);
  }

  #members(group: { offsets: Int32Array; items: Int32Array }, owner: number): number[] {
    return Array.from(group.items.subarray(group.offsets[owner]!, group.offsets[owner + 1]!));
  }

  #pi(id: string): number {
    const i = this.#personIndex.get(id);
    if (i === undefined) throw new UsageError(`no person has the id ${JSON.stringify(id)}`);
    return i;
  }

  #ji(id: string): number {
    const i = this.#projectIndex.get(id);
    if (i === undefined) throw new UsageError(`no project has the id ${JSON.stringify(id)}`);
    return i;
  }

  /** The presence of a person as day numbers `[joined, left)`. */
  personSpan(id: string): Span {
    const i = this.#pi(id);
    return { from: this.#ix.personFrom[i]!, to: this.#ix.personTo[i]! };
  }

  /** The life of a project as day numbers `[start, end)`. */
  projectSpan(id: string): Span {
    const i = this.#ji(id);
    return { from: this.#ix.projectFrom[i]!, to: this.#ix.projectTo[i]! };
  }

  /** The period of role record `index` after the cut, as day numbers. */
  roleSpan(index: number): Span {
    if (!(index >= 0 && index < this.roles.length)) throw new UsageError(`no role record has the index ${index}`);
    return { from: this.#ix.roleFrom[index]!, to: this.#ix.roleTo[index]! };
  }

  /** The period of tie record `index` after the cut, as day numbers. */
  tieSpan(index: number): Span {
    if (!(index >= 0 && index < this.ties.length)) throw new UsageError(`no tie record has the index ${index}`);
    return { from: this.#ix.tieFrom[index]!, to: this.#ix.tieTo[index]! };
  }

  /**
   * The cut periods of every record as day numbers, in typed arrays indexed like the record
   * lists (`people`, `projects`, `roles`, `ties`), with the resolved person and project index
   * of every role and tie. Read-only by contract: for measures that scan whole towns fast.
   *
   * @example
   * ```ts
   * import { createTown, dayNumber } from "@kankei/core";
   * const town = createTown({ people: [{ id: "a", origin: "local", joined: "2020-01-01" }] });
   * town.periods().personFrom[0] === dayNumber("2020-01-01"); // true
   * ```
   */
  periods(): Readonly<RecordIndex> {
    return this.#ix;
  }

  /** True when the person is present at `t`. */
  isPresent(person: string, t?: IsoDate): boolean {
    const i = this.#pi(person);
    const d = this.day(t);
    return this.#ix.personFrom[i]! <= d && d < this.#ix.personTo[i]!;
  }

  /** True when the project is active at `t`. */
  isActive(project: string, t?: IsoDate): boolean {
    const i = this.#ji(project);
    const d = this.day(t);
    return this.#ix.projectFrom[i]! <= d && d < this.#ix.projectTo[i]!;
  }

  /** People present at `t`, in file order. */
  peopleAt(t?: IsoDate): Readonly<PersonRecord>[] {
    const d = this.day(t);
    const { personFrom, personTo } = this.#ix;
    return this.people.filter((_, i) => personFrom[i]! <= d && d < personTo[i]!);
  }

  /** Projects active at `t`, in file order. */
  projectsAt(t?: IsoDate): Readonly<ProjectRecord>[] {
    const d = this.day(t);
    const { projectFrom, projectTo } = this.#ix;
    return this.projects.filter((_, i) => projectFrom[i]! <= d && d < projectTo[i]!);
  }

  /** Members of a project at `t` with their roles, highest role first, then by id. */
  membersAt(project: string, t?: IsoDate): Member[] {
    const d = this.day(t);
    const out: Member[] = [];
    const { offsets, items } = this.#rolesByProject;
    const { roleFrom, roleTo } = this.#ix;
    const j = this.#ji(project);
    for (let k = offsets[j]!; k < offsets[j + 1]!; k++) {
      const i = items[k]!;
      if (roleFrom[i]! <= d && d < roleTo[i]!) out.push({ person: this.roles[i]!.person, role: this.roles[i]!.role, index: i });
    }
    return out.sort((a, b) => ROLE_RANK[b.role] - ROLE_RANK[a.role] || (a.person < b.person ? -1 : a.person > b.person ? 1 : 0));
  }

  /** The initiators (仕掛け人) of a project at `t`, sorted by id. */
  initiatorsAt(project: string, t?: IsoDate): string[] {
    return this.membersAt(project, t)
      .filter((m) => m.role === "initiator")
      .map((m) => m.person);
  }

  /** The role a person holds in a project at `t`, or undefined. */
  roleAt(person: string, project: string, t?: IsoDate): RoleName | undefined {
    const d = this.day(t);
    for (const i of this.#members(this.#rolesByPerson, this.#pi(person))) {
      const s = { from: this.#ix.roleFrom[i]!, to: this.#ix.roleTo[i]! };
      if (this.roles[i]!.project === project && s.from <= d && d < s.to) return this.roles[i]!.role;
    }
    return undefined;
  }

  /** The roles a person holds at `t`, one per project, highest first. */
  rolesAt(person: string, t?: IsoDate): HeldRole[] {
    const d = this.day(t);
    const out: HeldRole[] = [];
    for (const i of this.#members(this.#rolesByPerson, this.#pi(person))) {
      const s = { from: this.#ix.roleFrom[i]!, to: this.#ix.roleTo[i]! };
      if (s.from <= d && d < s.to) out.push({ project: this.roles[i]!.project, role: this.roles[i]!.role, index: i });
    }
    return out.sort((a, b) => ROLE_RANK[b.role] - ROLE_RANK[a.role] || (a.project < b.project ? -1 : 1));
  }

  /** A person's highest role at `t` in any project, or undefined. */
  highestRoleAt(person: string, t?: IsoDate): RoleName | undefined {
    return this.rolesAt(person, t)[0]?.role;
  }

  /** Every role record of a person over the whole history, by start date. */
  roleHistory(person: string): Readonly<RoleRecord>[] {
    return this.#members(this.#rolesByPerson, this.#pi(person))
      .slice()
      .sort((a, b) => this.#ix.roleFrom[a]! - this.#ix.roleFrom[b]! || a - b)
      .map((i) => this.roles[i]!);
  }

  /** Every role record of a project over the whole history, by start date. */
  projectHistory(project: string): Readonly<RoleRecord>[] {
    return this.#members(this.#rolesByProject, this.#ji(project))
      .slice()
      .sort((a, b) => this.#ix.roleFrom[a]! - this.#ix.roleFrom[b]! || a - b)
      .map((i) => this.roles[i]!);
  }

  /** The ties of a person active at `t`, by partner id. */
  tiesOf(person: string, t?: IsoDate): TieEnd[] {
    const d = this.day(t);
    const out: TieEnd[] = [];
    for (const i of this.#members(this.#tiesByPerson, this.#pi(person))) {
      const s = { from: this.#ix.tieFrom[i]!, to: this.#ix.tieTo[i]! };
      if (s.from <= d && d < s.to) {
        const e = this.ties[i]!;
        out.push({ partner: e.a === person ? e.b : e.a, strength: e.strength, index: i });
      }
    }
    return out.sort((a, b) => (a.partner < b.partner ? -1 : a.partner > b.partner ? 1 : 0));
  }

  /** Every tie record of a person over the whole history. */
  tieHistory(person: string): Readonly<TieRecord>[] {
    return this.#members(this.#tiesByPerson, this.#pi(person)).map((i) => this.ties[i]!);
  }

  /** Indices of the tie records active at `t`. */
  tiesAt(t?: IsoDate): number[] {
    const d = this.day(t);
    const out: number[] = [];
    for (let i = 0; i < this.ties.length; i++) {
      const s = { from: this.#ix.tieFrom[i]!, to: this.#ix.tieTo[i]! };
      if (s.from <= d && d < s.to) out.push(i);
    }
    return out;
  }

  /**
   * The network at `t` as a new graphology `UndirectedGraph` that the caller owns: every person
   * present at `t` (attributes {@link PersonNode}) and every tie active at `t` ({@link TieEdge}).
   * A node's key is its person's id, guarded by `graphKeyOf` (an id such as `__proto__` or
   * `constructor` is keyed `kankei:__proto__`; `idOfGraphKey` gives the id back).
   */
  snapshot(t?: IsoDate): AbstractGraph<PersonNode, TieEdge> {
    const d = this.day(t);
    const g = new Graph<PersonNode, TieEdge>({ type: "undirected", multi: false, allowSelfLoops: false });
    this.people.forEach((p, i) => {
      const s = { from: this.#ix.personFrom[i]!, to: this.#ix.personTo[i]! };
      if (!(s.from <= d && d < s.to)) return;
      const roles = Object.create(null) as Record<string, RoleName>;
      let best: RoleName | null = null;
      for (const ri of this.#members(this.#rolesByPerson, i)) {
        const rs = { from: this.#ix.roleFrom[ri]!, to: this.#ix.roleTo[ri]! };
        if (rs.from <= d && d < rs.to) {
          const r = this.roles[ri]!;
          roles[r.project] = r.role;
          if (best === null || ROLE_RANK[r.role] > ROLE_RANK[best]) best = r.role;
        }
      }
      const node: PersonNode = { name: p.name ?? p.id, origin: p.origin, role: best, roles };
      if (p.sector !== undefined) node.sector = p.sector;
      g.addNode(graphKeyOf(p.id), node);
    });
    for (const i of this.tiesAt(isoDate(d))) {
      const e = this.ties[i]!;
      const attrs: TieEdge = { strength: e.strength, index: i };
      if (e.kind !== undefined) attrs.kind = e.kind;
      g.addEdgeWithKey(`t${i}`, graphKeyOf(e.a), graphKeyOf(e.b), attrs);
    }
    return g;
  }

  /**
   * The whole history as a read-only graphology multigraph: every person a node (attributes:
   * the frozen person record), every tie an undirected edge keyed `t<index>` (attributes: the
   * frozen tie record). Built on first use; calling a mutating method throws a UsageError.
   * Node keys are guarded as in {@link Town.snapshot} (`graphKeyOf`).
   */
  get graph(): AbstractGraph<Readonly<PersonRecord>, Readonly<TieRecord>> {
    if (!this.#graph) {
      const g = new Graph({ type: "undirected", multi: true, allowSelfLoops: false });
      for (const p of this.people) g.addNode(graphKeyOf(p.id), p);
      this.ties.forEach((e, i) => g.addEdgeWithKey(`t${i}`, graphKeyOf(e.a), graphKeyOf(e.b), e));
      this.#graph = new Proxy(g, {
        get(target, prop, receiver) {
          if (typeof prop === "string" && MUTATORS.test(prop)) {
            return () => {
              throw new UsageError(`a Town's graph is read-only (${prop}); copy it with graph.copy() or use town.snapshot()`);
            };
          }
          const v = Reflect.get(target, prop, receiver);
          return typeof v === "function" ? v.bind(target) : v;
        },
      });
    }
    return this.#graph as AbstractGraph<Readonly<PersonRecord>, Readonly<TieRecord>>;
  }

  /** A deep, mutable copy of the records (for writers and events). */
  toRecords(): Required<TownRecords> & { town: TownInfo } {
    return {
      town: cloneDeep({ ...this.info }),
      people: cloneDeep(this.people as PersonRecord[]),
      projects: cloneDeep(this.projects as ProjectRecord[]),
      roles: cloneDeep(this.roles as RoleRecord[]),
      ties: cloneDeep(this.ties as TieRecord[]),
      contributions: cloneDeep(this.contributions as ContributionRecord[]),
    };
  }
}
