/**
 * A town being changed by events: a working copy of the records with the lookups an event
 * needs (who is present, which role is active, which tie joins two people at a date). Only the
 * records an event touches are copied; the others stay the town's frozen records. Internal to
 * `applyEvents`, which turns the draft into a new, validated `Town` at the end.
 *
 * Records keep their positions: a changed record replaces the old one at the same index and new
 * records are appended, so record `i` of the old town is record `i` of the new one (history is
 * append-only, domain.md §7 invariant 5).
 *
 * Complexity: building the draft is O(records); a lookup is O(roles or ties of one person).
 *
 * @module
 */

import { dayOr } from "../model/date.js";
import { KNOWN_FIELDS, type EntityName, type PersonRecord, type ProjectRecord, type RoleName, type RoleRecord, type TieRecord, type TownInfo } from "../model/records.js";
import type { Town } from "../model/town.js";

type Rec = Record<string, unknown>;

/**
 * A record with its known fields first, in the canonical order of `KNOWN_FIELDS`, then its extra
 * fields in their order: what the CSV bundle reads back, so that every format writes the same.
 */
function canonical(entity: EntityName, rec: Rec): Rec {
  const out: Rec = {};
  for (const f of KNOWN_FIELDS[entity]) if (f in rec) out[f] = rec[f];
  for (const f of Object.keys(rec)) if (!(f in out)) out[f] = rec[f];
  return out;
}

/** The mutable working copy of a town's records. */
export class TownDraft {
  info: TownInfo;
  readonly people: Readonly<PersonRecord>[];
  readonly projects: Readonly<ProjectRecord>[];
  readonly roles: Readonly<RoleRecord>[];
  readonly ties: Readonly<TieRecord>[];
  readonly contributions: readonly unknown[];
  /** Which event first wrote each record: `entity:index` → event position. */
  readonly writtenBy = new Map<string, number>();
  /** The event being applied. */
  event = -1;

  readonly #personIx = new Map<string, number>();
  readonly #projectIx = new Map<string, number>();
  readonly #rolesOfPerson: number[][] = [];
  readonly #rolesOfProject: number[][] = [];
  readonly #tiesOfPerson: number[][] = [];

  constructor(town: Town) {
    this.info = { ...town.info };
    this.people = [...town.people];
    this.projects = [...town.projects];
    this.roles = [...town.roles];
    this.ties = [...town.ties];
    this.contributions = town.contributions;
    this.people.forEach((p, i) => {
      this.#personIx.set(p.id, i);
      this.#rolesOfPerson.push([]);
      this.#tiesOfPerson.push([]);
    });
    this.projects.forEach((p, j) => {
      this.#projectIx.set(p.id, j);
      this.#rolesOfProject.push([]);
    });
    this.roles.forEach((r, k) => {
      this.#rolesOfPerson[this.#personIx.get(r.person)!]!.push(k);
      this.#rolesOfProject[this.#projectIx.get(r.project)!]!.push(k);
    });
    this.ties.forEach((e, k) => {
      this.#tiesOfPerson[this.#personIx.get(e.a)!]!.push(k);
      this.#tiesOfPerson[this.#personIx.get(e.b)!]!.push(k);
    });
  }

  #mark(entity: EntityName, index: number): void {
    const key = `${entity}:${index}`;
    if (!this.writtenBy.has(key)) this.writtenBy.set(key, this.event);
  }

  personIndex(id: string): number {
    return this.#personIx.get(id) ?? -1;
  }

  projectIndex(id: string): number {
    return this.#projectIx.get(id) ?? -1;
  }

  /** True when person `i` is present at day `t`. */
  isPresent(i: number, t: number): boolean {
    const p = this.people[i]!;
    return dayOr(p.joined, -Infinity) <= t && t < dayOr(p.left, Infinity);
  }

  /** True when project `j` is active at day `t`. */
  isActive(j: number, t: number): boolean {
    const p = this.projects[j]!;
    return dayOr(p.start, -Infinity) <= t && t < dayOr(p.end, Infinity);
  }

  /** True when role record `k` is active at day `t`, after the cut (domain.md §3). */
  roleActive(k: number, t: number): boolean {
    const r = this.roles[k]!;
    const p = this.people[this.#personIx.get(r.person)!]!;
    const j = this.projects[this.#projectIx.get(r.project)!]!;
    const from = Math.max(dayOr(r.from, -Infinity), dayOr(p.joined, -Infinity), dayOr(j.start, -Infinity));
    const to = Math.min(dayOr(r.to, Infinity), dayOr(p.left, Infinity), dayOr(j.end, Infinity));
    return from <= t && t < to;
  }

  /** True when tie record `k` is active at day `t`, after the cut. */
  tieActive(k: number, t: number): boolean {
    const e = this.ties[k]!;
    const a = this.people[this.#personIx.get(e.a)!]!;
    const b = this.people[this.#personIx.get(e.b)!]!;
    const from = Math.max(dayOr(e.from, -Infinity), dayOr(a.joined, -Infinity), dayOr(b.joined, -Infinity));
    const to = Math.min(dayOr(e.to, Infinity), dayOr(a.left, Infinity), dayOr(b.left, Infinity));
    return from <= t && t < to;
  }

  /** The role record person `i` holds in project `j` at day `t`, or -1. */
  activeRole(i: number, j: number, t: number): number {
    const project = this.projects[j]!.id;
    for (const k of this.#rolesOfPerson[i]!) if (this.roles[k]!.project === project && this.roleActive(k, t)) return k;
    return -1;
  }

  /** Role records active at `t` of person `i`. */
  activeRolesOfPerson(i: number, t: number): number[] {
    return this.#rolesOfPerson[i]!.filter((k) => this.roleActive(k, t));
  }

  /** Role records active at `t` in project `j`. */
  activeRolesOfProject(j: number, t: number): number[] {
    return this.#rolesOfProject[j]!.filter((k) => this.roleActive(k, t));
  }

  /** The people who initiate project `j` at day `t` (person indices). */
  initiators(j: number, t: number): number[] {
    return this.activeRolesOfProject(j, t)
      .filter((k) => this.roles[k]!.role === "initiator")
      .map((k) => this.#personIx.get(this.roles[k]!.person)!);
  }

  /** Tie records active at `t` of person `i`. */
  activeTiesOfPerson(i: number, t: number): number[] {
    return this.#tiesOfPerson[i]!.filter((k) => this.tieActive(k, t));
  }

  /** The tie record joining persons `i` and `k` active at `t`, or -1. */
  activeTie(i: number, other: number, t: number): number {
    const id = this.people[other]!.id;
    for (const k of this.#tiesOfPerson[i]!) {
      const e = this.ties[k]!;
      if ((e.a === id || e.b === id) && this.tieActive(k, t)) return k;
    }
    return -1;
  }

  /** Replaces fields of record `index` of `entity` (a fresh copy; the old record is untouched). */
  update(entity: "people" | "projects" | "roles" | "ties", index: number, fields: Rec): void {
    const list = this[entity] as Rec[];
    list[index] = canonical(entity, { ...list[index]!, ...fields });
    this.#mark(entity, index);
  }

  /** Ends role or tie record `index` at `date` (sets `to`). */
  end(entity: "roles" | "ties", index: number, date: string): void {
    this.update(entity, index, { to: date });
  }

  addPerson(person: PersonRecord): number {
    const i = this.people.length;
    this.people.push(canonical("people", person as Rec) as PersonRecord);
    this.#personIx.set(person.id, i);
    this.#rolesOfPerson.push([]);
    this.#tiesOfPerson.push([]);
    this.#mark("people", i);
    return i;
  }

  addProject(project: ProjectRecord): number {
    const j = this.projects.length;
    this.projects.push(canonical("projects", project as Rec) as ProjectRecord);
    this.#projectIx.set(project.id, j);
    this.#rolesOfProject.push([]);
    this.#mark("projects", j);
    return j;
  }

  addRole(person: number, project: number, role: RoleName, from: string): number {
    const k = this.roles.length;
    this.roles.push({ person: this.people[person]!.id, project: this.projects[project]!.id, role, from });
    this.#rolesOfPerson[person]!.push(k);
    this.#rolesOfProject[project]!.push(k);
    this.#mark("roles", k);
    return k;
  }

  addTie(tie: TieRecord): number {
    const k = this.ties.length;
    this.ties.push(tie);
    this.#tiesOfPerson[this.#personIx.get(tie.a)!]!.push(k);
    this.#tiesOfPerson[this.#personIx.get(tie.b)!]!.push(k);
    this.#mark("ties", k);
    return k;
  }
}
