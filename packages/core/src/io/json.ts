/**
 * The JSON document: `{ "format": "kankei-town", "version": 1, "town", "people", "projects",
 * "roles", "ties", "contributions" }` (domain.md §3). The JSON Schema is in
 * `schema/kankei-town.schema.json` of this package (`@kankei/core/schema/kankei-town.schema.json`).
 *
 * Reading is strict (every rule of §3, every problem reported with its JSON path) and
 * lossless: unknown fields, in the header or in any record, are kept and written back.
 *
 * @module
 */

import { ENTITIES, type EntityName, type TownInfo, type TownRecords } from "../model/records.js";
import { createTown, type Town } from "../model/town.js";
import { FormatError, TownValidationError, UnsupportedVersionError, type TownProblem } from "../validation/errors.js";

/** The value of the document's `format` field. */
export const TOWN_FORMAT = "kankei-town";
/** The document versions this library reads. */
export const TOWN_VERSIONS: readonly number[] = Object.freeze([1]);

/** A town document as written by {@link serializeTown}. */
export interface TownDocument {
  format: typeof TOWN_FORMAT;
  version: 1;
  town?: TownInfo;
  people: unknown[];
  projects: unknown[];
  roles: unknown[];
  ties: unknown[];
  contributions: unknown[];
  [extra: string]: unknown;
}

/** Options of {@link parseTown}. */
export interface ParseTownOptions {
  /** The input's name (a file name), repeated in errors. */
  source?: string;
}

/**
 * Reads a town from a JSON document, given as text or as an already parsed object.
 * Throws a {@link TownValidationError} listing every problem, each with its JSON path.
 *
 * @example
 * ```ts
 * import { parseTown } from "@kankei/core/io";
 * const town = parseTown('{"format":"kankei-town","version":1,"people":[{"id":"a","origin":"local"}]}');
 * town.people.length; // 1
 * ```
 */
export function parseTown(input: string | object, options: ParseTownOptions = {}): Town {
  const fail = (p: TownProblem): never => {
    throw new TownValidationError([p], options.source);
  };
  let doc: unknown = input;
  if (typeof input === "string") {
    try {
      doc = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
    } catch (e) {
      fail(new FormatError({ location: { entity: "document", path: "$" } }, `not valid JSON (${(e as Error).message})`));
    }
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
    return fail(new FormatError({ location: { entity: "document", path: "$" } }, "a town document must be a JSON object"));
  }
  const d = doc as Record<string, unknown>;
  if (d.format !== TOWN_FORMAT) {
    fail(
      new FormatError(
        { location: { entity: "document", path: "$.format" }, field: "format", value: d.format },
        `must be "${TOWN_FORMAT}", got ${JSON.stringify(d.format)}: this is not a Kankei town document`,
      ),
    );
  }
  if (!TOWN_VERSIONS.includes(d.version as number)) {
    fail(
      new UnsupportedVersionError(
        { location: { entity: "document", path: "$.version" }, field: "version", value: d.version },
        `version ${JSON.stringify(d.version)} cannot be read; this library reads version ${TOWN_VERSIONS.join(", ")}`,
      ),
    );
  }
  const problems: TownProblem[] = [];
  const records: TownRecords = {};
  if (d.town !== undefined && d.town !== null) records.town = d.town as TownInfo;
  for (const entity of ENTITIES) {
    const v = d[entity];
    if (v === undefined || v === null) continue;
    if (!Array.isArray(v)) {
      problems.push(new FormatError({ location: { entity: "document", path: `$.${entity}` }, field: entity }, "must be an array of records"));
      continue;
    }
    records[entity] = v;
  }
  if (problems.length > 0) throw new TownValidationError(problems, options.source);
  const extras: Record<string, unknown> = {};
  for (const k of Object.keys(d)) if (!HEADER_FIELDS.has(k)) extras[k] = d[k];
  return attachDocumentExtras(createTown(records, { source: options.source }), extras);
}

const HEADER_FIELDS = new Set<string>(["format", "version", "town", ...ENTITIES]);
const documentExtras = new WeakMap<Town, Record<string, unknown>>();

function attachDocumentExtras(town: Town, extras: Record<string, unknown>): Town {
  if (Object.keys(extras).length > 0) documentExtras.set(town, Object.freeze(structuredClone(extras)));
  return town;
}

/**
 * The town as a version-1 document object (records copied; unknown fields kept).
 *
 * @example
 * ```ts
 * import { parseTown, toTownDocument } from "@kankei/core/io";
 * const doc = toTownDocument(parseTown({ format: "kankei-town", version: 1 }));
 * doc.people; // []
 * ```
 */
export function toTownDocument(town: Town): TownDocument {
  const r = town.toRecords();
  const doc = { format: TOWN_FORMAT, version: 1 } as TownDocument;
  if (Object.keys(r.town).length > 0) doc.town = r.town;
  for (const entity of ENTITIES) doc[entity as EntityName] = r[entity] as unknown[];
  const extras = documentExtras.get(town);
  if (extras) Object.assign(doc, structuredClone(extras));
  return doc;
}

/** Options of {@link serializeTown}. */
export interface SerializeTownOptions {
  /** Indentation passed to `JSON.stringify` (default 2; 0 for one line). */
  indent?: number;
}

/**
 * Writes a town as a JSON document; `parseTown(serializeTown(town))` gives the same town.
 *
 * @example
 * ```ts
 * import { parseTown, serializeTown } from "@kankei/core/io";
 * const text = serializeTown(parseTown({ format: "kankei-town", version: 1, people: [{ id: "a", origin: "local", note: "kept" }] }));
 * JSON.parse(text).people[0].note; // "kept"
 * ```
 */
export function serializeTown(town: Town, options: SerializeTownOptions = {}): string {
  return JSON.stringify(toTownDocument(town), null, options.indent ?? 2) + "\n";
}
