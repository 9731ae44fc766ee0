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
import { attachDocumentExtras, documentExtrasOf } from "./document-extras.js";
import { decodeTownJson } from "./json-text.js";
import { MAX_NESTING, nestedDeeperThan } from "../validation/options.js";

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
 * Reads a town from a JSON document, given as text, as the bytes of a file (decoded strictly by
 * {@link decodeTownJson}: UTF-8, or UTF-16 with a byte-order mark; anything else is an
 * `EncodingError` that says which encoding the bytes look like), or as an already parsed object.
 * Throws a {@link TownValidationError} listing every problem, each with its JSON path.
 *
 * @example
 * ```ts
 * import { parseTown } from "@kankei/core/io";
 * const town = parseTown('{"format":"kankei-town","version":1,"people":[{"id":"a","origin":"local"}]}');
 * town.people.length; // 1
 * ```
 */
export function parseTown(input: string | Uint8Array | ArrayBuffer | object, options: ParseTownOptions = {}): Town {
  const fail = (p: TownProblem): never => {
    throw new TownValidationError([p], options.source);
  };
  let doc: unknown = input;
  // isView / the tag rather than instanceof: bytes may come from another realm (a worker, jsdom).
  const isBytes = ArrayBuffer.isView(input) || Object.prototype.toString.call(input) === "[object ArrayBuffer]";
  const text = isBytes ? decodeTownJson(bytesOf(input as ArrayBufferView | ArrayBuffer), options) : input;
  if (typeof text === "string") {
    try {
      doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
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
  // defineProperty, not `extras[k] =`: a top-level "__proto__" field is an own property of the
  // parsed document and must stay one (assignment would set the prototype and drop it).
  for (const k of Object.keys(d)) {
    if (HEADER_FIELDS.has(k)) continue;
    if (nestedDeeperThan(d[k])) {
      fail(new FormatError({ location: { entity: "document", path: `$[${JSON.stringify(k)}]` }, field: k }, `the value is nested deeper than ${MAX_NESTING} levels of arrays and objects`));
    }
    defineField(extras, k, d[k]);
  }
  return attachDocumentExtras(createTown(records, { source: options.source }), extras);
}

const HEADER_FIELDS = new Set<string>(["format", "version", "town", ...ENTITIES]);

function bytesOf(input: ArrayBufferView | ArrayBuffer): Uint8Array {
  return ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : new Uint8Array(input);
}

function defineField(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
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
  const extras = documentExtrasOf(town);
  for (const k of Object.keys(extras)) defineField(doc, k, extras[k]);
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
