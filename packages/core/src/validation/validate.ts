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

import { dayNumber } from "../model/date.js";
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
import { MAX_NESTING, nestedDeeperThan } from "./options.js";

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

/**
 * What validation learnt about the records, handed to the {@link Town} so that nothing is
 * computed twice: day numbers of the periods after the cut, and the resolved references.
 * Only meaningful when there is no problem.
 *
 * @internal
 */
export interface RecordIndex {
  personFrom: Float64Array;
  personTo: Float64Array;
  projectFrom: Float64Array;
  projectTo: Float64Array;
  /** Role periods after the cut. */
  roleFrom: Float64Array;
  roleTo: Float64Array;
  rolePerson: Int32Array;
  roleProject: Int32Array;
  /** Tie periods after the cut. */
  tieFrom: Float64Array;
  tieTo: Float64Array;
  tieA: Int32Array;
  tieB: Int32Array;
  personIds: Map<string, number>;
  projectIds: Map<string, number>;
}

/** The outcome of {@link validateRecords}: problems, and the records with `null` fields dropped. */
export interface ValidationResult {
  problems: TownProblem[];
  /** The records as they will be loaded: known fields that are `null` removed, extras untouched. */
  records: Required<Omit<TownRecords, "town">> & { town: Rec };
  /** @internal What the Town is built from when there is no problem. */
  index: RecordIndex;
}

function isRecord(v: unknown): v is Rec {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

interface CompiledField {
  name: string;
  bit: number;
  spec: FieldSpec;
}

const FIELDS = Object.fromEntries(
  Object.entries(SPECS).map(([entity, spec]) => [entity, Object.entries(spec).map(([name, fs], i) => ({ name, bit: 1 << i, spec: fs }))]),
) as Record<EntityName | "town", CompiledField[]>;
const BIT = Object.fromEntries(
  Object.entries(FIELDS).map(([entity, fields]) => [entity, Object.fromEntries(fields.map((f) => [f.name, f.bit]))]),
) as Record<EntityName | "town", Record<string, number>>;

/** Removes known fields whose value is `null` ("null is the same as absent"). */
function normalize(entity: EntityName | "town", rec: Rec): Rec {
  const spec = SPECS[entity];
  let out: Rec | undefined;
  for (const k in rec) {
    if (rec[k] === null && Object.hasOwn(spec, k) && Object.hasOwn(rec, k)) {
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
  const at = (entity: EntityName | "town", index: number | undefined, field: string | undefined, extra: Partial<ProblemDetails> = {}): ProblemDetails => {
    const d: ProblemDetails = { location: locate(entity, index), ...extra };
    if (field !== undefined) {
      d.field = field;
      const c = columnOf(entity, field);
      if (c !== undefined && c !== field) d.column = c;
    }
    return d;
  };

  // Day numbers of date fields, per entity and field: NaN when absent or malformed.
  const days = {} as Record<EntityName | "town", Record<string, Float64Array>>;

  // --- rule 1, per record: returns the bitmask of malformed or missing fields ------------
  const checkFields = (entity: EntityName | "town", index: number, rec: Rec): number => {
    let bad = 0;
    const fields = FIELDS[entity];
    const problemIndex = entity === "town" ? undefined : index;
    const tooDeep = new Set<string>();
    for (const key of Object.keys(rec)) {
      if (nestedDeeperThan(rec[key])) {
        tooDeep.add(key);
        problems.push(new InvalidValueError(at(entity, problemIndex, key, { rule: 1 }), `the value is nested deeper than ${MAX_NESTING} levels of arrays and objects`));
      }
    }
    for (let f = 0; f < fields.length; f++) {
      const { name: field, bit, spec: fs } = fields[f]!;
      if (tooDeep.has(field)) {
        bad |= bit;
        continue;
      }
      const v = rec[field];
      if (v === undefined || v === null || (fs.kind === "id" && v === "")) {
        if (fs.required) {
          problems.push(new MissingFieldError(at(entity, problemIndex, field, { rule: 1 }), "required field is missing"));
          bad |= bit;
        }
        continue;
      }
      let message: string | undefined;
      let E: typeof InvalidValueError | typeof MalformedDateError = InvalidValueError;
      switch (fs.kind) {
        case "id":
        case "string":
          if (typeof v !== "string") message = `must be a text, got ${JSON.stringify(v)}`;
          break;
        case "number":
          if (typeof v !== "number" || !Number.isFinite(v)) message = `must be a number, got ${JSON.stringify(v)}`;
          break;
        case "enum":
          if (typeof v !== "string" || !fs.values!.includes(v)) message = `${JSON.stringify(v)} is not one of ${fs.values!.join(", ")}`;
          break;
        case "date": {
          const d = dayNumber(v);
          if (d === undefined) {
            message = `${JSON.stringify(v)} is not a real date written YYYY-MM-DD`;
            E = MalformedDateError;
          } else days[entity][field]![index] = d;
          break;
        }
      }
      if (message !== undefined) {
        problems.push(new E(at(entity, problemIndex, field, { rule: 1, value: v }), message));
        bad |= bit;
      }
    }
    return bad;
  };
  const dateArrays = (entity: EntityName | "town", n: number) => {
    days[entity] = {};
    for (const f of FIELDS[entity]) if (f.spec.kind === "date") days[entity][f.name] = new Float64Array(n).fill(NaN);
  };

  const town: Rec = isRecord(input.town) ? normalize("town", input.town) : {};
  dateArrays("town", 1);
  if (input.town !== undefined && input.town !== null && !isRecord(input.town)) {
    problems.push(new NotARecordError(at("town", undefined, undefined), "the town header must be an object"));
  } else {
    checkFields("town", 0, town);
  }

  const lists = {} as Record<EntityName, Rec[]>;
  // Per record: bit 0x8000 = not an object; other bits = malformed or missing fields.
  const bad = {} as Record<EntityName, Uint16Array>;
  const NOT_A_RECORD = 0x8000;
  for (const entity of ["people", "projects", "roles", "ties", "contributions"] as const) {
    const raw = input[entity] ?? [];
    const n = raw.length;
    const arr: Rec[] = new Array(n);
    const flags = new Uint16Array(n);
    dateArrays(entity, n);
    for (let i = 0; i < n; i++) {
      const r = raw[i];
      if (!isRecord(r)) {
        problems.push(new NotARecordError(at(entity, i, undefined, { value: r }), "each record must be an object"));
        arr[i] = {};
        flags[i] = NOT_A_RECORD;
        continue;
      }
      const rec = normalize(entity, r);
      arr[i] = rec;
      flags[i] = checkFields(entity, i, rec);
    }
    lists[entity] = arr;
    bad[entity] = flags;
  }
  const good = (entity: EntityName, i: number, mask: number) => (bad[entity][i]! & (mask | NOT_A_RECORD)) === 0;

  // --- rule 2: unique ids, references -----------------------------------------------------
  const index = (entity: "people" | "projects") => {
    const first = new Map<string, number>();
    const idBit = BIT[entity].id!;
    const list = lists[entity];
    for (let i = 0; i < list.length; i++) {
      if (!good(entity, i, idBit)) continue;
      const id = list[i]!.id as string;
      const f = first.get(id);
      if (f === undefined) first.set(id, i);
      else
        problems.push(
          new DuplicateIdError(
            at(entity, i, "id", { rule: 2, value: id, related: locate(entity, f) }),
            `id ${JSON.stringify(id)} is already used by ${formatLocation(locate(entity, f))}`,
          ),
        );
    }
    return first;
  };
  const people = index("people");
  const projects = index("projects");
  const resolve = (entity: EntityName, field: string, target: Map<string, number>, what: string): Int32Array => {
    const list = lists[entity];
    const out = new Int32Array(list.length).fill(-1);
    const bit = BIT[entity][field]!;
    for (let i = 0; i < list.length; i++) {
      if (!good(entity, i, bit)) continue;
      const id = list[i]![field] as string;
      const j = target.get(id);
      if (j === undefined) {
        problems.push(new UnresolvedReferenceError(at(entity, i, field, { rule: 2, value: id }), `no ${what} has the id ${JSON.stringify(id)}`));
        bad[entity][i]! |= bit;
      } else out[i] = j;
    }
    return out;
  };
  const rolePerson = resolve("roles", "person", people, "person");
  const roleProject = resolve("roles", "project", projects, "project");
  const tieA = resolve("ties", "a", people, "person");
  const tieB = resolve("ties", "b", people, "person");
  // contributions: both references must resolve; their indices are not needed later
  resolve("contributions", "person", people, "person");
  resolve("contributions", "project", projects, "project");

  // --- rule 3: periods in order -------------------------------------------------------------
  // inverted[i] = 1 when the record's own period is inverted: its overlap checks are skipped
  const inverted = {} as Record<EntityName, Uint8Array>;
  const order = (entity: EntityName, fromField: string, toField: string) => {
    const list = lists[entity];
    const inv = (inverted[entity] = new Uint8Array(list.length));
    const from = days[entity][fromField]!;
    const to = days[entity][toField]!;
    for (let i = 0; i < list.length; i++) {
      const a = from[i]!;
      const b = to[i]!;
      if (a > b) {
        const r = list[i]!;
        problems.push(
          new PeriodOrderError(
            at(entity, i, toField, { rule: 3, value: r[toField] }),
            `${toField} ${r[toField] as string} is before ${fromField} ${r[fromField] as string}`,
          ),
        );
        inv[i] = 1;
      }
    }
  };
  order("people", "joined", "left");
  order("projects", "start", "end");
  order("roles", "from", "to");
  order("ties", "from", "to");

  // Own spans: explicit dates, open ends infinite. `usable` = no malformed date, not inverted.
  const spans = (entity: EntityName, f: string, t: string) => {
    const n = lists[entity].length;
    const from = new Float64Array(n);
    const to = new Float64Array(n);
    const usable = new Uint8Array(n);
    const df = days[entity][f]!;
    const dt = days[entity][t]!;
    const mask = BIT[entity][f]! | BIT[entity][t]!;
    for (let i = 0; i < n; i++) {
      const a = df[i]!;
      const b = dt[i]!;
      from[i] = Number.isNaN(a) ? -Infinity : a;
      to[i] = Number.isNaN(b) ? Infinity : b;
      usable[i] = good(entity, i, mask) && inverted[entity]![i] === 0 ? 1 : 0;
    }
    return { from, to, usable };
  };
  const P = spans("people", "joined", "left");
  const J = spans("projects", "start", "end");
  const R = spans("roles", "from", "to");
  const T = spans("ties", "from", "to");

  // --- rule 6: within bounds; cut spans used by rules 4 and 5 ------------------------------
  const bounds = (
    entity: "roles" | "ties",
    i: number,
    selfFrom: number,
    selfTo: number,
    r: Rec,
    boundFrom: number,
    boundTo: number,
    boundEntity: EntityName,
    boundIndex: number,
    what: string,
  ) => {
    const fromS = r.from as string | undefined;
    const toS = r.to as string | undefined;
    const fromOut = fromS !== undefined && (selfFrom < boundFrom || selfFrom > boundTo);
    const toOut = toS !== undefined && (selfTo > boundTo || selfTo < boundFrom);
    if (!fromOut && !toOut) return;
    const broken: string[] = [];
    if (fromOut) broken.push(selfFrom < boundFrom ? `from ${fromS} is before the ${what} starts` : `from ${fromS} is after the ${what} ends`);
    if (toOut) broken.push(selfTo > boundTo ? `to ${toS} is after the ${what} ends` : `to ${toS} is before the ${what} starts`);
    const field = fromOut ? "from" : "to";
    const rel = locate(boundEntity, boundIndex);
    problems.push(
      new OutOfBoundsError(at(entity, i, field, { rule: 6, value: r[field], related: rel }), `${broken.join(" and ")} (${formatLocation(rel)})`),
    );
  };

  const nRoles = lists.roles.length;
  const roleFrom = new Float64Array(nRoles);
  const roleTo = new Float64Array(nRoles);
  const roleOk = new Uint8Array(nRoles); // takes part in the overlap check
  for (let i = 0; i < nRoles; i++) {
    if (!R.usable[i]) continue;
    const r = lists.roles[i]!;
    let f = R.from[i]!;
    let t = R.to[i]!;
    const pi = rolePerson[i]!;
    const ji = roleProject[i]!;
    if (ji >= 0 && J.usable[ji]) {
      bounds("roles", i, R.from[i]!, R.to[i]!, r, J.from[ji]!, J.to[ji]!, "projects", ji, `project ${r.project as string}`);
      if (J.from[ji]! > f) f = J.from[ji]!;
      if (J.to[ji]! < t) t = J.to[ji]!;
    }
    if (pi >= 0 && P.usable[pi]) {
      bounds("roles", i, R.from[i]!, R.to[i]!, r, P.from[pi]!, P.to[pi]!, "people", pi, `presence of person ${r.person as string}`);
      if (P.from[pi]! > f) f = P.from[pi]!;
      if (P.to[pi]! < t) t = P.to[pi]!;
    }
    roleFrom[i] = f;
    roleTo[i] = t < f ? f : t;
    roleOk[i] = pi >= 0 && ji >= 0 ? 1 : 0;
  }

  const nTies = lists.ties.length;
  const tieFrom = new Float64Array(nTies);
  const tieTo = new Float64Array(nTies);
  const tieOk = new Uint8Array(nTies);
  for (let i = 0; i < nTies; i++) {
    const r = lists.ties[i]!;
    const ai = tieA[i]!;
    const bi = tieB[i]!;
    if (ai >= 0 && bi >= 0 && ai === bi) {
      problems.push(new SelfTieError(at("ties", i, "b", { rule: 4, value: r.b }), `a tie from ${JSON.stringify(r.a)} to themself`));
      continue;
    }
    if (!T.usable[i]) continue;
    let f = T.from[i]!;
    let t = T.to[i]!;
    if (ai >= 0 && P.usable[ai]) {
      bounds("ties", i, T.from[i]!, T.to[i]!, r, P.from[ai]!, P.to[ai]!, "people", ai, `presence of person ${r.a as string}`);
      if (P.from[ai]! > f) f = P.from[ai]!;
      if (P.to[ai]! < t) t = P.to[ai]!;
    }
    if (bi >= 0 && P.usable[bi]) {
      bounds("ties", i, T.from[i]!, T.to[i]!, r, P.from[bi]!, P.to[bi]!, "people", bi, `presence of person ${r.b as string}`);
      if (P.from[bi]! > f) f = P.from[bi]!;
      if (P.to[bi]! < t) t = P.to[bi]!;
    }
    tieFrom[i] = f;
    tieTo[i] = t < f ? f : t;
    tieOk[i] = ai >= 0 && bi >= 0 ? 1 : 0;
  }

  // --- rules 4 and 5: overlaps after the cut -------------------------------------------------
  // Records are bucketed by an owner (a person) with a counting sort, and inside a bucket a
  // stamp array finds the records that share the other key (the other person, the project).
  // Only those few groups are compared pairwise: O(n) with typed arrays, no string keys.
  const overlaps = (
    entity: "roles" | "ties",
    ok: Uint8Array,
    owner: (i: number) => number,
    nOwners: number,
    other: (i: number) => number,
    nOthers: number,
    from: Float64Array,
    to: Float64Array,
  ) => {
    const n = ok.length;
    const offsets = new Int32Array(nOwners + 1);
    for (let i = 0; i < n; i++) if (ok[i]) offsets[owner(i) + 1]!++;
    for (let k = 0; k < nOwners; k++) offsets[k + 1]! += offsets[k]!;
    const fill = offsets.slice(0, nOwners);
    const items = new Int32Array(offsets[nOwners]!);
    for (let i = 0; i < n; i++) if (ok[i]) items[fill[owner(i)]!++] = i;
    const stamp = new Int32Array(nOthers).fill(-1);
    const head = new Int32Array(nOthers);
    for (let o = 0; o < nOwners; o++) {
      let groups: Map<number, number[]> | undefined;
      for (let k = offsets[o]!; k < offsets[o + 1]!; k++) {
        const i = items[k]!;
        const j = other(i);
        if (stamp[j] !== o) {
          stamp[j] = o;
          head[j] = i;
          continue;
        }
        groups ??= new Map();
        let g = groups.get(j);
        if (!g) groups.set(j, (g = [head[j]!]));
        g.push(i);
      }
      if (!groups) continue;
      for (const g of groups.values()) {
        for (let k = 1; k < g.length; k++) {
          for (let q = 0; q < k; q++) {
            const a = g[q]!;
            const b = g[k]!;
            if (Math.max(from[a]!, from[b]!) < Math.min(to[a]!, to[b]!)) {
              const rel = locate(entity, a);
              const r = lists[entity][b]!;
              const E = entity === "roles" ? RoleOverlapError : TieOverlapError;
              const what =
                entity === "roles"
                  ? `person ${r.person as string} already has an overlapping role in project ${r.project as string}`
                  : `${r.a as string} and ${r.b as string} already have an overlapping tie`;
              problems.push(new E(at(entity, b, "from", { rule: entity === "roles" ? 5 : 4, value: r.from, related: rel }), `${what} (${formatLocation(rel)})`));
            }
          }
        }
      }
    }
  };
  const nPeople = lists.people.length;
  const nProjects = lists.projects.length;
  overlaps("ties", tieOk, (i) => Math.min(tieA[i]!, tieB[i]!), nPeople, (i) => Math.max(tieA[i]!, tieB[i]!), nPeople, tieFrom, tieTo);
  overlaps("roles", roleOk, (i) => rolePerson[i]!, nPeople, (i) => roleProject[i]!, nProjects, roleFrom, roleTo);

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
    index: {
      personFrom: P.from,
      personTo: P.to,
      projectFrom: J.from,
      projectTo: J.to,
      roleFrom,
      roleTo,
      rolePerson,
      roleProject,
      tieFrom,
      tieTo,
      tieA,
      tieB,
      personIds: people,
      projectIds: projects,
    },
  };
}

const ENTITY_ORDER: Record<string, number> = { document: 0, town: 1, people: 2, projects: 3, roles: 4, ties: 5, contributions: 6 };
function order2(p: TownProblem): number {
  return (ENTITY_ORDER[p.location.entity] ?? 9) * 1e9 + (p.location.index ?? 0);
}
