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
import { dayNumber, dayOr, isoDate, type Span } from "./date.js";
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
import { jsonLocator, validateRecords, type ColumnNamer, type Locator } from "../validation/validate.js";

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
  /** Role per project at the date. */
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
  const { problems, records } = validateRecords(input, options.locate ?? jsonLocator, options.columnOf);
  if (problems.length > 0) throw new TownValidationError(problems, options.source);
  // The town owns its records: copy them so that freezing never touches the caller's objects.
  return new Town(structuredClone(records) as Required<TownRecords>, SECRET);
}

const SECRET = Symbol("kankei.town");

/**
 * An immutable, validated town. Build one with {@link createTown}, `parseTown` or
 * `readCsvBundle`; every date argument is an ISO date and defaults to {@link Town.date}.
 *
 * @example
 * ```ts
 * import { parseTown } from "@kankei/core";
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

  readonly #personIndex = new Map<string, number>();
  readonly #projectIndex = new Map<string, number>();
  readonly #personSpan: Span[];
  readonly #projectSpan: Span[];
  readonly #roleSpan: Span[];
  readonly #tieSpan: Span[];
  readonly #rolesByPerson: number[][];
  readonly #rolesByProject: number[][];
  readonly #tiesByPerson: number[][];
  #latest: number | null | undefined;
  #graph: Graph | undefined;

  /** @internal Use {@link createTown}, `parseTown` or `readCsvBundle`. */
  constructor(records: Required<TownRecords>, secret: symbol) {
    if (secret !== SECRET) throw new UsageError("use createTown(), parseTown() or readCsvBundle() to build a Town");
    this.info = deepFreeze({ ...(records.town ?? {}) }) as TownInfo;
    this.people = deepFreeze(records.people as PersonRecord[]);
    this.projects = deepFreeze(records.projects as ProjectRecord[]);
    this.roles = deepFreeze(records.roles as RoleRecord[]);
    this.ties = deepFreeze(records.ties as TieRecord[]);
    this.contributions = deepFreeze(records.contributions as ContributionRecord[]);

    this.#personSpan = this.people.map((p, i) => {
      this.#personIndex.set(p.id, i);
      return { from: dayOr(p.joined, -Infinity), to: dayOr(p.left, Infinity) };
    });
    this.#projectSpan = this.projects.map((p, i) => {
      this.#projectIndex.set(p.id, i);
      return { from: dayOr(p.start, -Infinity), to: dayOr(p.end, Infinity) };
    });
    this.#rolesByPerson = this.people.map(() => []);
    this.#rolesByProject = this.projects.map(() => []);
    this.#tiesByPerson = this.people.map(() => []);
    const cut = (from: unknown, to: unknown, ...bounds: Span[]): Span => {
      let f = dayOr(from, -Infinity);
      let t = dayOr(to, Infinity);
      for (const b of bounds) {
        f = Math.max(f, b.from);
        t = Math.min(t, b.to);
      }
      return { from: f, to: Math.max(f, t) };
    };
    this.#roleSpan = this.roles.map((r, i) => {
      const pi = this.#personIndex.get(r.person)!;
      const ji = this.#projectIndex.get(r.project)!;
      this.#rolesByPerson[pi]!.push(i);
      this.#rolesByProject[ji]!.push(i);
      return cut(r.from, r.to, this.#personSpan[pi]!, this.#projectSpan[ji]!);
    });
    this.#tieSpan = this.ties.map((e, i) => {
      const ai = this.#personIndex.get(e.a)!;
      const bi = this.#personIndex.get(e.b)!;
      this.#tiesByPerson[ai]!.push(i);
      this.#tiesByPerson[bi]!.push(i);
      return cut(e.from, e.to, this.#personSpan[ai]!, this.#personSpan[bi]!);
    });
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

  /** A person's or project's display name: its `name`, else its id. */
  nameOf(id: string): string {
    return this.person(id)?.name ?? this.project(id)?.name ?? id;
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
    return this.#personSpan[this.#pi(id)]!;
  }

  /** The life of a project as day numbers `[start, end)`. */
  projectSpan(id: string): Span {
    return this.#projectSpan[this.#ji(id)]!;
  }

  /** The period of role record `index` after the cut, as day numbers. */
  roleSpan(index: number): Span {
    const s = this.#roleSpan[index];
    if (!s) throw new UsageError(`no role record has the index ${index}`);
    return s;
  }

  /** The period of tie record `index` after the cut, as day numbers. */
  tieSpan(index: number): Span {
    const s = this.#tieSpan[index];
    if (!s) throw new UsageError(`no tie record has the index ${index}`);
    return s;
  }

  /** True when the person is present at `t`. */
  isPresent(person: string, t?: IsoDate): boolean {
    const s = this.personSpan(person);
    const d = this.day(t);
    return s.from <= d && d < s.to;
  }

  /** True when the project is active at `t`. */
  isActive(project: string, t?: IsoDate): boolean {
    const s = this.projectSpan(project);
    const d = this.day(t);
    return s.from <= d && d < s.to;
  }

  /** People present at `t`, in file order. */
  peopleAt(t?: IsoDate): Readonly<PersonRecord>[] {
    const d = this.day(t);
    return this.people.filter((_, i) => this.#personSpan[i]!.from <= d && d < this.#personSpan[i]!.to);
  }

  /** Projects active at `t`, in file order. */
  projectsAt(t?: IsoDate): Readonly<ProjectRecord>[] {
    const d = this.day(t);
    return this.projects.filter((_, i) => this.#projectSpan[i]!.from <= d && d < this.#projectSpan[i]!.to);
  }

  /** Members of a project at `t` with their roles, highest role first, then by id. */
  membersAt(project: string, t?: IsoDate): Member[] {
    const d = this.day(t);
    const out: Member[] = [];
    for (const i of this.#rolesByProject[this.#ji(project)]!) {
      const s = this.#roleSpan[i]!;
      if (s.from <= d && d < s.to) out.push({ person: this.roles[i]!.person, role: this.roles[i]!.role, index: i });
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
    for (const i of this.#rolesByPerson[this.#pi(person)]!) {
      const s = this.#roleSpan[i]!;
      if (this.roles[i]!.project === project && s.from <= d && d < s.to) return this.roles[i]!.role;
    }
    return undefined;
  }

  /** The roles a person holds at `t`, one per project, highest first. */
  rolesAt(person: string, t?: IsoDate): HeldRole[] {
    const d = this.day(t);
    const out: HeldRole[] = [];
    for (const i of this.#rolesByPerson[this.#pi(person)]!) {
      const s = this.#roleSpan[i]!;
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
    return this.#rolesByPerson[this.#pi(person)]!
      .slice()
      .sort((a, b) => this.#roleSpan[a]!.from - this.#roleSpan[b]!.from || a - b)
      .map((i) => this.roles[i]!);
  }

  /** Every role record of a project over the whole history, by start date. */
  projectHistory(project: string): Readonly<RoleRecord>[] {
    return this.#rolesByProject[this.#ji(project)]!
      .slice()
      .sort((a, b) => this.#roleSpan[a]!.from - this.#roleSpan[b]!.from || a - b)
      .map((i) => this.roles[i]!);
  }

  /** The ties of a person active at `t`, by partner id. */
  tiesOf(person: string, t?: IsoDate): TieEnd[] {
    const d = this.day(t);
    const out: TieEnd[] = [];
    for (const i of this.#tiesByPerson[this.#pi(person)]!) {
      const s = this.#tieSpan[i]!;
      if (s.from <= d && d < s.to) {
        const e = this.ties[i]!;
        out.push({ partner: e.a === person ? e.b : e.a, strength: e.strength, index: i });
      }
    }
    return out.sort((a, b) => (a.partner < b.partner ? -1 : a.partner > b.partner ? 1 : 0));
  }

  /** Every tie record of a person over the whole history. */
  tieHistory(person: string): Readonly<TieRecord>[] {
    return this.#tiesByPerson[this.#pi(person)]!.map((i) => this.ties[i]!);
  }

  /** Indices of the tie records active at `t`. */
  tiesAt(t?: IsoDate): number[] {
    const d = this.day(t);
    const out: number[] = [];
    for (let i = 0; i < this.ties.length; i++) {
      const s = this.#tieSpan[i]!;
      if (s.from <= d && d < s.to) out.push(i);
    }
    return out;
  }

  /**
   * The network at `t` as a new graphology `UndirectedGraph` that the caller owns: every person
   * present at `t` (attributes {@link PersonNode}) and every tie active at `t` ({@link TieEdge}).
   */
  snapshot(t?: IsoDate): Graph<PersonNode, TieEdge> {
    const d = this.day(t);
    const g = new Graph<PersonNode, TieEdge>({ type: "undirected", multi: false, allowSelfLoops: false });
    this.people.forEach((p, i) => {
      const s = this.#personSpan[i]!;
      if (!(s.from <= d && d < s.to)) return;
      const roles: Record<string, RoleName> = {};
      let best: RoleName | null = null;
      for (const ri of this.#rolesByPerson[i]!) {
        const rs = this.#roleSpan[ri]!;
        if (rs.from <= d && d < rs.to) {
          const r = this.roles[ri]!;
          roles[r.project] = r.role;
          if (best === null || ROLE_RANK[r.role] > ROLE_RANK[best]) best = r.role;
        }
      }
      const node: PersonNode = { name: p.name ?? p.id, origin: p.origin, role: best, roles };
      if (p.sector !== undefined) node.sector = p.sector;
      g.addNode(p.id, node);
    });
    for (const i of this.tiesAt(isoDate(d))) {
      const e = this.ties[i]!;
      const attrs: TieEdge = { strength: e.strength, index: i };
      if (e.kind !== undefined) attrs.kind = e.kind;
      g.addEdgeWithKey(`t${i}`, e.a, e.b, attrs);
    }
    return g;
  }

  /**
   * The whole history as a read-only graphology multigraph: every person a node (attributes:
   * the frozen person record), every tie an undirected edge keyed `t<index>` (attributes: the
   * frozen tie record). Built on first use; calling a mutating method throws a UsageError.
   */
  get graph(): Graph<Readonly<PersonRecord>, Readonly<TieRecord>> {
    if (!this.#graph) {
      const g = new Graph({ type: "undirected", multi: true, allowSelfLoops: false });
      for (const p of this.people) g.addNode(p.id, p);
      this.ties.forEach((e, i) => g.addEdgeWithKey(`t${i}`, e.a, e.b, e));
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
    return this.#graph as Graph<Readonly<PersonRecord>, Readonly<TieRecord>>;
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
