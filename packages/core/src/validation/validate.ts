/**
 * Validation of a town's records: every rule of domain.md §3, all problems reported together.
 *
 * Rules:
 * 1. required fields present; values inside their enumerations; dates real `YYYY-MM-DD` dates;
 * 2. ids unique per entity (each later copy is one problem, naming the first); references resolve;
 * 3. `from <= to`, `start <= end`, `joined <= left` (equal allowed);
 * 4. no tie from a person to themself; no two ties of one pair overlap (after the cut);
 * 5. no two roles of one person in one project overlap (after the cut);
 * 6. a role lies within its project's life and its person's presence, a tie within the presence
 *    of both people: an explicit date outside those bounds is a problem; open ends are cut.
 *
 * A check that needs a malformed or unresolved field is skipped for that record, so one mistake
 * gives one problem. Complexity: O(n + Σ g²) for n records, where g is the number of ties of one
 * pair or roles of one person in one project (small in practice).
 *
 * @module
 */

import { dayNumber, type Span } from "../model/date.js";
import {
  LEADS,
  ORIGINS,
  RELATIONSHIPS,
  RESOURCES,
  ROLES,
  SECTORS,
  STRENGTHS,
  type EntityName,
  type TownRecords,
} from "../model/records.js";
import {
  DuplicateIdError,
  InvalidValueError,
  MalformedDateError,
  MissingFieldError,
  NotARecordError,
  OutOfBoundsError,
  PeriodOrderError,
  RoleOverlapError,
  SelfTieError,
  TieOverlapError,
  UnresolvedReferenceError,
  formatLocation,
  type ProblemDetails,
  type RecordLocation,
  type TownProblem,
} from "./errors.js";

/** Locates record `index` of `entity` in the input, for messages. */
export type Locator = (entity: EntityName | "town", index?: number) => RecordLocation;
/** Names the column (as written in the input) that holds `field` of `entity`, for messages. */
export type ColumnNamer = (entity: EntityName | "town", field: string) => string | undefined;

/** The JSON-path locator: `$.people[3]`, `$.town`. */
export const jsonLocator: Locator = (entity, index) =>
  entity === "town" ? { entity, path: "$.town" } : { entity, index, path: `$.${entity}[${index}]` };

type Rec = Record<string, unknown>;

interface FieldSpec {
  required?: boolean;
  kind: "id" | "string" | "date" | "number" | "enum";
  values?: readonly string[];
}

const SPECS: Record<EntityName | "town", Record<string, FieldSpec>> = {
  town: { id: { kind: "string" }, name: { kind: "string" }, asOf: { kind: "date" } },
  people: {
    id: { required: true, kind: "id" },
    name: { kind: "string" },
    origin: { required: true, kind: "enum", values: ORIGINS },
    sector: { kind: "enum", values: SECTORS },
    relationship: { kind: "enum", values: RELATIONSHIPS },
    joined: { kind: "date" },
    left: { kind: "date" },
    tenureEnds: { kind: "date" },
  },
  projects: {
    id: { required: true, kind: "id" },
    name: { kind: "string" },
    lead: { kind: "enum", values: LEADS },
    start: { kind: "date" },
    end: { kind: "date" },
  },
  roles: {
    person: { required: true, kind: "id" },
    project: { required: true, kind: "id" },
    role: { required: true, kind: "enum", values: ROLES },
    from: { kind: "date" },
    to: { kind: "date" },
  },
  ties: {
    a: { required: true, kind: "id" },
    b: { required: true, kind: "id" },
    strength: { required: true, kind: "enum", values: STRENGTHS },
    from: { kind: "date" },
    to: { kind: "date" },
    kind: { kind: "string" },
  },
  contributions: {
    person: { required: true, kind: "id" },
    project: { required: true, kind: "id" },
    resource: { required: true, kind: "enum", values: RESOURCES },
    date: { kind: "date" },
    amount: { kind: "number" },
    note: { kind: "string" },
  },
};

/** The outcome of {@link validateRecords}: problems, and the records with `null` fields dropped. */
export interface ValidationResult {
  problems: TownProblem[];
  /** The records as they will be loaded: known fields that are `null` removed, extras untouched. */
  records: Required<Omit<TownRecords, "town">> & { town: Rec };
}

function isRecord(v: unknown): v is Rec {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isNull(v: unknown): boolean {
  return v === undefined || v === null;
}

/** Removes known fields whose value is `null` ("null is the same as absent"). */
function normalize(entity: EntityName | "town", rec: Rec): Rec {
  const spec = SPECS[entity];
  let out: Rec | undefined;
  for (const k of Object.keys(rec)) {
    if (k in spec && rec[k] === null) {
      out ??= { ...rec };
      delete out[k];
    }
  }
  return out ?? rec;
}

/**
 * Checks records against every rule of domain.md §3 and returns all problems found.
 *
 * @param input - the raw records, as read from a document or a CSV bundle
 * @param locate - names each record in messages (JSON path, or file and row)
 * @param columnOf - names the column of a field as written in the input (CSV headers)
 *
 * @example
 * ```ts
 * import { validateRecords } from "@kankei/core";
 * const { problems } = validateRecords({ people: [{ id: "a", origin: "local" }, { id: "a", origin: "x" }] });
 * problems.map((p) => p.name); // ["InvalidValueError", "DuplicateIdError"]
 * ```
 */
export function validateRecords(
  input: TownRecords,
  locate: Locator = jsonLocator,
  columnOf: ColumnNamer = () => undefined,
): ValidationResult {
  const problems: TownProblem[] = [];
  const bad = new Set<string>(); // `${entity}:${index}:${field}` of malformed or unresolved fields
  const at = (entity: EntityName | "town", index: number | undefined, field: string | undefined, extra: Partial<ProblemDetails> = {}): ProblemDetails => {
    const d: ProblemDetails = { location: locate(entity, index), ...extra };
    if (field !== undefined) {
      d.field = field;
      const c = columnOf(entity, field);
      if (c !== undefined && c !== field) d.column = c;
    }
    return d;
  };

  // --- rule 1, per record ---------------------------------------------------------------
  const checkFields = (entity: EntityName | "town", index: number | undefined, rec: Rec) => {
    const spec = SPECS[entity];
    for (const [field, fs] of Object.entries(spec)) {
      const v = rec[field];
      const key = `${entity}:${index}:${field}`;
      if (isNull(v) || (fs.kind === "id" && v === "")) {
        if (fs.required) {
          problems.push(new MissingFieldError(at(entity, index, field, { rule: 1 }), "required field is missing"));
          bad.add(key);
        }
        continue;
      }
      let ok = true;
      switch (fs.kind) {
        case "id":
        case "string":
          if (typeof v !== "string") {
            problems.push(new InvalidValueError(at(entity, index, field, { rule: 1, value: v }), `must be a text, got ${JSON.stringify(v)}`));
            ok = false;
          }
          break;
        case "number":
          if (typeof v !== "number" || !Number.isFinite(v)) {
            problems.push(new InvalidValueError(at(entity, index, field, { rule: 1, value: v }), `must be a number, got ${JSON.stringify(v)}`));
            ok = false;
          }
          break;
        case "enum":
          if (typeof v !== "string" || !fs.values!.includes(v)) {
            problems.push(
              new InvalidValueError(
                at(entity, index, field, { rule: 1, value: v }),
                `${JSON.stringify(v)} is not one of ${fs.values!.join(", ")}`,
              ),
            );
            ok = false;
          }
          break;
        case "date":
          if (dayNumber(v) === undefined) {
            problems.push(
              new MalformedDateError(at(entity, index, field, { rule: 1, value: v }), `${JSON.stringify(v)} is not a real date written YYYY-MM-DD`),
            );
            ok = false;
          }
          break;
      }
      if (!ok) bad.add(key);
    }
  };

  const town: Rec = isRecord(input.town) ? normalize("town", input.town) : {};
  if (input.town !== undefined && input.town !== null && !isRecord(input.town)) {
    problems.push(new NotARecordError(at("town", undefined, undefined), "the town header must be an object"));
  } else {
    checkFields("town", undefined, town);
  }

  const lists = {} as Record<EntityName, Rec[]>;
  const valid = {} as Record<EntityName, boolean[]>; // record is an object
  for (const entity of ["people", "projects", "roles", "ties", "contributions"] as const) {
    const raw = input[entity] ?? [];
    const arr: Rec[] = [];
    const ok: boolean[] = [];
    raw.forEach((r, i) => {
      if (!isRecord(r)) {
        problems.push(new NotARecordError(at(entity, i, undefined, { value: r }), "each record must be an object"));
        arr.push({});
        ok.push(false);
        return;
      }
      const n = normalize(entity, r);
      arr.push(n);
      ok.push(true);
      checkFields(entity, i, n);
    });
    lists[entity] = arr;
    valid[entity] = ok;
  }
  const good = (entity: EntityName, i: number, ...fields: string[]) =>
    valid[entity][i]! && fields.every((f) => !bad.has(`${entity}:${i}:${f}`));
  const has = (entity: EntityName, i: number, field: string) => !isNull(lists[entity][i]![field]) && good(entity, i, field);

  // --- rule 2: unique ids, references -----------------------------------------------------
  const index = (entity: "people" | "projects") => {
    const first = new Map<string, number>();
    lists[entity].forEach((r, i) => {
      if (!good(entity, i, "id")) return;
      const id = r.id as string;
      const f = first.get(id);
      if (f === undefined) first.set(id, i);
      else
        problems.push(
          new DuplicateIdError(at(entity, i, "id", { rule: 2, value: id, related: locate(entity, f) }), `id ${JSON.stringify(id)} is already used by ${formatLocation(locate(entity, f))}`),
        );
    });
    return first;
  };
  const people = index("people");
  const projects = index("projects");
  const resolve = (entity: EntityName, i: number, field: string, target: Map<string, number>, what: string) => {
    if (!good(entity, i, field)) return;
    const id = lists[entity][i]![field] as string;
    if (!target.has(id)) {
      problems.push(new UnresolvedReferenceError(at(entity, i, field, { rule: 2, value: id }), `no ${what} has the id ${JSON.stringify(id)}`));
      bad.add(`${entity}:${i}:${field}`);
    }
  };
  for (let i = 0; i < lists.roles.length; i++) {
    resolve("roles", i, "person", people, "person");
    resolve("roles", i, "project", projects, "project");
  }
  for (let i = 0; i < lists.ties.length; i++) {
    resolve("ties", i, "a", people, "person");
    resolve("ties", i, "b", people, "person");
  }
  for (let i = 0; i < lists.contributions.length; i++) {
    resolve("contributions", i, "person", people, "person");
    resolve("contributions", i, "project", projects, "project");
  }

  // --- rule 3: periods in order -------------------------------------------------------------
  const inverted = new Set<string>();
  const order = (entity: EntityName, fromField: string, toField: string) => {
    lists[entity].forEach((r, i) => {
      if (!has(entity, i, fromField) || !has(entity, i, toField)) return;
      const a = dayNumber(r[fromField])!;
      const b = dayNumber(r[toField])!;
      if (a > b) {
        problems.push(
          new PeriodOrderError(
            at(entity, i, toField, { rule: 3, value: r[toField] }),
            `${toField} ${r[toField] as string} is before ${fromField} ${r[fromField] as string}`,
          ),
        );
        inverted.add(`${entity}:${i}`);
      }
    });
  };
  order("people", "joined", "left");
  order("projects", "start", "end");
  order("roles", "from", "to");
  order("ties", "from", "to");

  // Own span of a record: explicit dates, open ends infinite; undefined when unusable.
  const own = (entity: EntityName, i: number, f: string, t: string): Span | undefined => {
    if (!good(entity, i, f, t) || inverted.has(`${entity}:${i}`)) return undefined;
    const r = lists[entity][i]!;
    return {
      from: isNull(r[f]) ? -Infinity : dayNumber(r[f])!,
      to: isNull(r[t]) ? Infinity : dayNumber(r[t])!,
    };
  };
  const personSpan = (id: string) => {
    const i = people.get(id);
    return i === undefined ? undefined : own("people", i, "joined", "left");
  };
  const projectSpan = (id: string) => {
    const i = projects.get(id);
    return i === undefined ? undefined : own("projects", i, "start", "end");
  };

  // --- rule 6: within bounds; computes the cut spans used by rules 4 and 5 ------------------
  const bounds = (
    entity: "roles" | "ties",
    i: number,
    self: Span,
    r: Rec,
    bound: Span,
    boundEntity: EntityName,
    boundIndex: number,
    what: string,
  ) => {
    const fromS = r.from as string | undefined;
    const toS = r.to as string | undefined;
    const broken: string[] = [];
    let field: string | undefined;
    if (fromS !== undefined && (self.from < bound.from || self.from > bound.to)) {
      field = "from";
      broken.push(self.from < bound.from ? `from ${fromS} is before the ${what} starts` : `from ${fromS} is after the ${what} ends`);
    }
    if (toS !== undefined && (self.to > bound.to || self.to < bound.from)) {
      field ??= "to";
      broken.push(self.to > bound.to ? `to ${toS} is after the ${what} ends` : `to ${toS} is before the ${what} starts`);
    }
    if (broken.length > 0) {
      const rel = locate(boundEntity, boundIndex);
      problems.push(
        new OutOfBoundsError(
          at(entity, i, field, { rule: 6, value: r[field!], related: rel }),
          `${broken.join(" and ")} (${formatLocation(rel)})`,
        ),
      );
    }
  };
  const cut = (self: Span, ...others: (Span | undefined)[]): Span => {
    let from = self.from;
    let to = self.to;
    for (const o of others) {
      if (!o) continue;
      from = Math.max(from, o.from);
      to = Math.min(to, o.to);
    }
    return { from, to: Math.max(from, to) };
  };

  const roleGroups = new Map<string, { i: number; span: Span }[]>();
  lists.roles.forEach((r, i) => {
    const self = own("roles", i, "from", "to");
    if (!self) return;
    const ps = good("roles", i, "person") ? personSpan(r.person as string) : undefined;
    const js = good("roles", i, "project") ? projectSpan(r.project as string) : undefined;
    if (js) bounds("roles", i, self, r, js, "projects", projects.get(r.project as string)!, `project ${r.project as string}`);
    if (ps) bounds("roles", i, self, r, ps, "people", people.get(r.person as string)!, `presence of person ${r.person as string}`);
    if (!good("roles", i, "person", "project")) return;
    const key = `${r.person as string}\u0000${r.project as string}`;
    let g = roleGroups.get(key);
    if (!g) roleGroups.set(key, (g = []));
    g.push({ i, span: cut(self, ps, js) });
  });

  const tieGroups = new Map<string, { i: number; span: Span }[]>();
  lists.ties.forEach((r, i) => {
    if (good("ties", i, "a", "b") && r.a === r.b) {
      problems.push(new SelfTieError(at("ties", i, "b", { rule: 4, value: r.b }), `a tie from ${JSON.stringify(r.a)} to themself`));
      return;
    }
    const self = own("ties", i, "from", "to");
    if (!self) return;
    const sa = good("ties", i, "a") ? personSpan(r.a as string) : undefined;
    const sb = good("ties", i, "b") ? personSpan(r.b as string) : undefined;
    if (sa) bounds("ties", i, self, r, sa, "people", people.get(r.a as string)!, `presence of person ${r.a as string}`);
    if (sb) bounds("ties", i, self, r, sb, "people", people.get(r.b as string)!, `presence of person ${r.b as string}`);
    if (!good("ties", i, "a", "b")) return;
    const [x, y] = (r.a as string) < (r.b as string) ? [r.a, r.b] : [r.b, r.a];
    const key = `${x as string}\u0000${y as string}`;
    let g = tieGroups.get(key);
    if (!g) tieGroups.set(key, (g = []));
    g.push({ i, span: cut(self, sa, sb) });
  });

  // --- rules 4 and 5: overlaps after the cut -------------------------------------------------
  const overlaps = (groups: Map<string, { i: number; span: Span }[]>, entity: "roles" | "ties") => {
    for (const g of groups.values()) {
      for (let k = 1; k < g.length; k++) {
        for (let j = 0; j < k; j++) {
          const a = g[j]!;
          const b = g[k]!;
          if (Math.max(a.span.from, b.span.from) < Math.min(a.span.to, b.span.to)) {
            const rel = locate(entity, a.i);
            const r = lists[entity][b.i]!;
            const E = entity === "roles" ? RoleOverlapError : TieOverlapError;
            const what =
              entity === "roles"
                ? `person ${r.person as string} already has an overlapping role in project ${r.project as string}`
                : `${r.a as string} and ${r.b as string} already have an overlapping tie`;
            problems.push(new E(at(entity, b.i, "from", { rule: entity === "roles" ? 5 : 4, value: r.from, related: rel }), `${what} (${formatLocation(rel)})`));
          }
        }
      }
    }
  };
  overlaps(tieGroups, "ties");
  overlaps(roleGroups, "roles");

  problems.sort((p, q) => order2(p) - order2(q));
  return {
    problems,
    records: {
      town,
      people: lists.people,
      projects: lists.projects,
      roles: lists.roles,
      ties: lists.ties,
      contributions: lists.contributions,
    },
  };
}

const ENTITY_ORDER: Record<string, number> = { document: 0, town: 1, people: 2, projects: 3, roles: 4, ties: 5, contributions: 6 };
function order2(p: TownProblem): number {
  return (ENTITY_ORDER[p.location.entity] ?? 9) * 1e9 + (p.location.index ?? 0);
}

