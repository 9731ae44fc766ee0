/**
 * The CSV bundle (CSV 一式): a town as one CSV file per table, the format spreadsheet users
 * edit in Excel. {@link readCsvBundle} reads one, {@link writeCsvBundle} writes one.
 *
 * - Files (see `files.ts`): `people.csv`, `projects.csv`, `roles.csv` and `ties.csv` are
 *   required; `contributions.csv` and `town.csv` are optional. Japanese names (`人物.csv`, ...)
 *   are aliases; paths and the case of the name do not matter; other files are ignored.
 * - `town.csv` is a one-row table: a header row (`id,name,asOf` and any extra columns) and at
 *   most one data row, the town header of the JSON document. A column headed `$.<name>` holds
 *   the document's top-level extra field `<name>` (beside `format`, `version` and the arrays).
 * - Values that a plain cell cannot carry exactly (an extra field that is a number, a boolean,
 *   `null`, an array or an object; an empty or blank text) are typed cells, `json:<JSON>` (see
 *   `values.ts`), so JSON → CSV → JSON keeps every value and its type.
 * - A required file that is empty (no header row) is an error: an export that failed half-way,
 *   not an empty table. A file with only its header row is an empty table.
 * - Headers and values in English or Japanese, per column (see `columns.ts`, `values.ts`);
 *   encodings detected (see `encoding.ts`); unknown columns are extra fields, kept as text.
 * - Reading is all or nothing: encoding errors, CSV syntax errors, missing files and every
 *   validation problem of domain.md §3 are reported together in one
 *   {@link TownValidationError}, each naming the file, the spreadsheet row (header = row 1) and
 *   the column as written.
 * - Writing is lossless: `readCsvBundle(writeCsvBundle(town))` has the same records, extra
 *   fields and document fields, with the same values and types, in either language and either
 *   encoding (numbers are IEEE doubles, as `JSON.parse` reads them).
 *
 * @module
 */

import { ENTITIES, KNOWN_FIELDS, type EntityName, type TownInfo, type TownRecords } from "../../model/records.js";
import { createTown, type Town } from "../../model/town.js";
import { attachDocumentExtras, documentExtrasOf } from "../document-extras.js";
import {
  CsvSyntaxError,
  EncodingError,
  FormatError,
  MissingFileError,
  TownValidationError,
  UnencodableError,
  UnresolvedReferenceError,
  type RecordLocation,
  type TownProblem,
} from "../../validation/errors.js";
import { validateRecords, type ColumnNamer, type Locator } from "../../validation/validate.js";
import { csvFieldOfHeader, csvHeaderOf, type CsvLang } from "./columns.js";
import { csvEncoding, decodeCsvBytes, encodeCsvText, csvInvalidBytes, csvUnencodableChars, type CsvEncodingName } from "./encoding.js";
import { CSV_FILE_NAMES, CSV_REQUIRED_TABLES, CSV_TABLES, csvTableOfFile, type CsvTableName } from "./files.js";
import { formatCsv } from "./format.js";
import { parseCsv } from "./parse.js";
import { readCsvCell, writeCsvCell } from "./values.js";

/** The content of one file: its bytes (any supported encoding) or its text. */
export type CsvFileContent = Uint8Array | ArrayBuffer | string;

/** The files of a bundle: file name (or path) to content. */
export type CsvBundleFiles = Readonly<Record<string, CsvFileContent>> | ReadonlyMap<string, CsvFileContent>;

/** Options of {@link readCsvBundle}. */
export interface ReadCsvBundleOptions {
  /** The bundle's name (a folder or archive name), repeated in the error. */
  source?: string;
}

/** Options of {@link writeCsvBundle}. */
export interface WriteCsvBundleOptions {
  /** Language of headers and enumeration values (default `"en"`). */
  lang?: CsvLang;
  /** Text encoding (default `"utf-8"`); `"shift_jis"` (alias `"cp932"`) is what Excel in Japan reads by default. */
  encoding?: CsvEncodingName;
  /** Start UTF-8 files with a byte-order mark (default true: Excel needs it to read UTF-8). Ignored for Shift_JIS. */
  bom?: boolean;
  /** Language of the file names (default `"en"`, `people.csv`, in both languages; `"ja"` gives `人物.csv`). */
  fileNames?: CsvLang;
}

/** A written bundle: file name to bytes. */
export type CsvBundle = Record<string, Uint8Array>;

type Rec = Record<string, unknown>;

/** One table as read: its records, the spreadsheet row of each, and its columns as written. */
interface Table {
  file: string;
  records: Rec[];
  rows: number[];
  /** Field to header as written (trimmed). */
  columns: Map<string, string>;
}

/** The header prefix of a `town.csv` column that holds a top-level field of the document. */
const DOCUMENT_COLUMN = "$.";

const TABLE_ORDER: Record<string, number> = { document: 0, town: 1, people: 2, projects: 3, roles: 4, ties: 5, contributions: 6 };

function setField(rec: Rec, field: string, value: unknown): void {
  // defineProperty, so that a column named "__proto__" is an ordinary field.
  Object.defineProperty(rec, field, { value, enumerable: true, writable: true, configurable: true });
}

function entriesOf(files: CsvBundleFiles): [string, CsvFileContent][] {
  if (files instanceof Map) return [...(files as ReadonlyMap<string, CsvFileContent>).entries()];
  return Object.entries(files as Record<string, CsvFileContent>);
}

/** Decodes one file; pushes an EncodingError and returns undefined when it cannot be decoded. */
function decodeFile(table: CsvTableName, file: string, content: CsvFileContent, problems: TownProblem[]): string | undefined {
  if (typeof content === "string") return content;
  const bytes = content instanceof Uint8Array ? content : new Uint8Array(content);
  const decoded = decodeCsvBytes(bytes);
  if (decoded) return decoded.text;
  const where = csvInvalidBytes(bytes);
  const location: RecordLocation = { entity: table, file };
  let detail = "cannot be decoded: it is neither UTF-8 nor Shift_JIS (CP932); save it as CSV UTF-8 or CSV (Shift_JIS)";
  if (where) {
    const prefix = new TextDecoder(where.encoding).decode(bytes.subarray(0, where.offset));
    location.row = parseCsv(prefix + "x").records.length;
    const name = (e: string) => (e === "utf-8" ? "UTF-8" : "Shift_JIS (CP932)");
    if (where.mixedWith !== undefined) {
      detail = `the file mixes encodings: this row is in ${name(where.mixedWith)} but the rows before it are in ${name(where.encoding)} (text pasted from another file?), so it would be read as garbled text; save the whole file in one encoding, as CSV UTF-8 or CSV (Shift_JIS)`;
    } else {
      const byte = bytes[where.offset]!.toString(16).toUpperCase().padStart(2, "0");
      detail = `cannot be decoded: byte 0x${byte} in this row is invalid in ${name(where.encoding)}, and the file is neither UTF-8 nor Shift_JIS (CP932); save it as CSV UTF-8 or CSV (Shift_JIS)`;
    }
  }
  problems.push(new EncodingError({ location }, detail));
  return undefined;
}

/** Turns parsed CSV records into field records; pushes syntax problems (bad headers, long rows). */
function readTable(table: CsvTableName, file: string, text: string, problems: TownProblem[]): Table {
  const parsed = parseCsv(text);
  const unusable = new Set<number>();
  for (const issue of parsed.issues) {
    problems.push(new CsvSyntaxError({ location: { entity: table, file, row: issue.row } }, issue.message));
    if (issue.kind === "unclosed-quote") unusable.add(issue.row);
  }
  const out: Table = { file, records: [], rows: [], columns: new Map() };
  const [header, ...data] = parsed.records;
  if (!header) {
    if ((CSV_REQUIRED_TABLES as readonly string[]).includes(table)) {
      problems.push(new CsvSyntaxError({ location: { entity: table, file } }, "the file is empty: it needs at least its header row (an export that stopped half-way?)"));
    }
    return out;
  }
  if (unusable.has(1)) return out;

  const known = new Set(KNOWN_FIELDS[table]);
  const fields: (string | undefined)[] = [];
  const byField = new Map<string, string>();
  header.forEach((raw, c) => {
    const name = raw.trim();
    if (name === "") {
      const r = data.findIndex((cells) => (cells[c] ?? "").trim() !== "");
      if (r >= 0) {
        problems.push(
          new CsvSyntaxError(
            { location: { entity: table, file, row: 1 } },
            `column ${c + 1} has no header, but holds values (first in row ${r + 2}); give it a header or delete it`,
          ),
        );
      }
      fields.push(undefined);
      return;
    }
    const field = csvFieldOfHeader(table, name) ?? name;
    const earlier = byField.get(field);
    if (earlier !== undefined) {
      problems.push(
        new CsvSyntaxError(
          { location: { entity: table, file, row: 1 }, field, column: name, value: name },
          `the columns ${JSON.stringify(earlier)} and ${JSON.stringify(name)} both give the field ${JSON.stringify(field)}; keep one`,
        ),
      );
      fields.push(undefined);
      return;
    }
    byField.set(field, name);
    fields.push(field);
  });
  out.columns = byField;

  data.forEach((cells, k) => {
    const row = k + 2;
    if (unusable.has(row) || cells.every((cell) => cell.trim() === "")) return;
    if (cells.length > header.length && cells.slice(header.length).some((cell) => cell.trim() !== "")) {
      problems.push(
        new CsvSyntaxError(
          { location: { entity: table, file, row } },
          `this row has ${cells.length} cells but the header has ${header.length} columns; the values beyond the last column have no header`,
        ),
      );
    }
    const rec: Rec = {};
    fields.forEach((field, c) => {
      if (field === undefined) return;
      const value = readCsvCell(table, field, cells[c] ?? "", known.has(field));
      if (value !== undefined) setField(rec, field, value);
    });
    out.records.push(rec);
    out.rows.push(row);
  });
  return out;
}

/**
 * Reads a town from a CSV bundle: file name to bytes or text (see the module comment for the
 * files, headers, values and encodings). Throws a {@link TownValidationError} listing every
 * problem of every file, each naming its file, row and column; nothing is half-loaded.
 *
 * @example
 * ```ts
 * import { readCsvBundle } from "@kankei/core/io";
 * const town = readCsvBundle({
 *   "人物.csv": "ID,氏名,出自,所属\nsato,佐藤,地域内,自治体職員\nmori,森,よそ者,地域おこし協力隊\n",
 *   "projects.csv": "id,name,start\nfan,Fan club,2022/4/1\n",
 *   "roles.csv": "person,project,role\nsato,fan,仕掛け人\nmori,fan,cooperator\n",
 *   "ties.csv": "a,b,strength\nsato,mori,強\n",
 * });
 * town.initiatorsAt("fan", "2024-04-01"); // ["sato"]
 * town.project("fan")?.start; // "2022-04-01"
 * ```
 */
export function readCsvBundle(files: CsvBundleFiles, options: ReadCsvBundleOptions = {}): Town {
  const problems: TownProblem[] = [];
  const found = new Map<CsvTableName, [string, CsvFileContent]>();
  for (const [name, content] of entriesOf(files)) {
    const table = csvTableOfFile(name);
    if (table === undefined) continue;
    const first = found.get(table);
    if (first) {
      problems.push(
        new FormatError(
          { location: { entity: table, file: name } },
          `the bundle has two ${table} files, ${JSON.stringify(first[0])} and ${JSON.stringify(name)}; keep one`,
        ),
      );
      continue;
    }
    found.set(table, [name, content]);
  }

  const unavailable = new Set<CsvTableName>();
  for (const table of CSV_REQUIRED_TABLES) {
    if (!found.has(table)) {
      const names = CSV_FILE_NAMES[table];
      problems.push(
        new MissingFileError({ location: { entity: table, file: names.en } }, `the bundle has no ${names.en} (or ${names.ja}); it is required`),
      );
      unavailable.add(table);
    }
  }

  const tables = new Map<CsvTableName, Table>();
  for (const table of CSV_TABLES) {
    const entry = found.get(table);
    if (!entry) continue;
    const [file, content] = entry;
    const text = decodeFile(table, file, content, problems);
    if (text === undefined) {
      unavailable.add(table);
      continue;
    }
    tables.set(table, readTable(table, file, text, problems));
  }

  const records: TownRecords = {};
  for (const entity of ENTITIES) records[entity] = tables.get(entity)?.records ?? [];
  const townTable = tables.get("town");
  const docExtras: Rec = {};
  if (townTable && townTable.records.length > 0) {
    const info: Rec = {};
    const first = townTable.records[0]!;
    for (const k of Object.keys(first)) setField(k.startsWith(DOCUMENT_COLUMN) ? docExtras : info, k.startsWith(DOCUMENT_COLUMN) ? k.slice(DOCUMENT_COLUMN.length) : k, first[k]);
    records.town = info as TownInfo;
    for (const row of townTable.rows.slice(1)) {
      problems.push(
        new CsvSyntaxError(
          { location: { entity: "town", file: townTable.file, row } },
          `${townTable.file} describes one town: it has a header row and one data row, but row ${row} holds another`,
        ),
      );
    }
  }

  const locate: Locator = (entity, index) => {
    const t = tables.get(entity);
    if (!t) return { entity, index };
    if (entity === "town") return { entity, file: t.file, row: t.rows[0] ?? 2 };
    return { entity, index, file: t.file, row: index === undefined ? undefined : t.rows[index] };
  };
  const columnOf: ColumnNamer = (entity, field) => tables.get(entity)?.columns.get(field);

  if (problems.length === 0) return attachDocumentExtras(createTown(records, { locate, columnOf, source: options.source }), docExtras);

  // File-level problems: report them with every validation problem of what could be read,
  // leaving out references into a table that is missing or undecodable (they would all fail).
  const { problems: rest } = validateRecords(records, locate, columnOf);
  const PERSON_REFS = new Set(["person", "a", "b"]);
  const kept = rest.filter(
    (p) =>
      !(
        p instanceof UnresolvedReferenceError &&
        ((unavailable.has("people") && PERSON_REFS.has(p.field ?? "")) || (unavailable.has("projects") && p.field === "project"))
      ),
  );
  const all = [...problems, ...kept];
  const key = (p: TownProblem) => (TABLE_ORDER[p.location.entity] ?? 9) * 1e9 + (p.location.row ?? 0);
  all.sort((p, q) => key(p) - key(q));
  throw new TownValidationError(all, options.source);
}

/**
 * Writes a town as a CSV bundle: file name to bytes. Every table is written, `town.csv` and
 * `contributions.csv` included, each with all its known columns in canonical order and then
 * the extra columns in order of first appearance; CRLF line endings; cells quoted when needed.
 * Throws a {@link TownValidationError} of {@link UnencodableError}s naming file, row and field
 * of every value the encoding cannot represent (or extra field name a header cannot carry).
 *
 * @example
 * ```ts
 * import { parseTown, readCsvBundle, writeCsvBundle } from "@kankei/core/io";
 * const town = parseTown({ format: "kankei-town", version: 1, people: [{ id: "sato", origin: "local", hobby: "fishing" }] });
 * const files = writeCsvBundle(town, { lang: "ja", encoding: "shift_jis" });
 * Object.keys(files); // ["town.csv", "people.csv", "projects.csv", "roles.csv", "ties.csv", "contributions.csv"]
 * new TextDecoder("shift_jis").decode(files["people.csv"]).split("\r\n")[0]; // "ID,氏名,出自,所属,関わり方,参加日,離脱日,任期満了日,hobby"
 * readCsvBundle(files).people[0]; // { id: "sato", origin: "local", hobby: "fishing" }
 * ```
 */
export function writeCsvBundle(town: Town, options: WriteCsvBundleOptions = {}): CsvBundle {
  const lang: CsvLang = options.lang ?? "en";
  const encoding = csvEncoding(options.encoding ?? "utf-8");
  const bom = options.bom ?? true;
  const fileLang: CsvLang = options.fileNames ?? "en";
  const data = town.toRecords();
  const problems: TownProblem[] = [];
  const texts: [string, string][] = [];

  for (const table of CSV_TABLES) {
    const file = CSV_FILE_NAMES[table][fileLang];
    let list: Rec[];
    if (table === "town") {
      const row: Rec = {};
      for (const k of Object.keys(data.town)) setField(row, k, (data.town as Rec)[k]);
      const docExtras = documentExtrasOf(town);
      for (const k of Object.keys(docExtras)) setField(row, DOCUMENT_COLUMN + k, docExtras[k]);
      list = Object.keys(row).length > 0 ? [row] : [];
    } else list = data[table as EntityName] as Rec[];
    const known = KNOWN_FIELDS[table];
    const knownSet = new Set(known);
    const extras: string[] = [];
    const seen = new Set<string>();
    for (const rec of list) {
      for (const k of Object.keys(rec)) {
        if (!knownSet.has(k) && !seen.has(k)) {
          seen.add(k);
          extras.push(k);
        }
      }
    }
    const fields = [...known, ...extras];
    const header = fields.map((f) => csvHeaderOf(table, f, lang));
    const unencodable = (text: string, location: RecordLocation, field: string, column: string, what: string) => {
      const bad = csvUnencodableChars(text, encoding);
      if (bad.length === 0) return;
      const chars = bad.map((ch) => `${JSON.stringify(ch)} (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")})`).join(", ");
      const details = { location, field, value: text, ...(column !== field ? { column } : {}) };
      problems.push(new UnencodableError(details, `${what} cannot be written in ${encoding === "utf-8" ? "UTF-8" : "Shift_JIS"}: ${chars}`));
    };
    for (const name of extras) {
      const location: RecordLocation = { entity: table, file, row: 1 };
      const clash = csvFieldOfHeader(table, name);
      const documentField = table === "town" && name.startsWith(DOCUMENT_COLUMN);
      const townClash = documentField && Object.hasOwn(data.town, name);
      if (name.trim() !== name || name === "" || clash !== undefined || townClash) {
        const why =
          clash !== undefined
            ? `a column headed ${JSON.stringify(name)} would be read back as the field ${JSON.stringify(clash)}`
            : townClash
              ? `a column headed ${JSON.stringify(name)} would be read back as a top-level field of the document`
              : "a header cannot start or end with white space, or be empty";
        problems.push(new UnencodableError({ location, field: name, value: name }, `the extra field cannot be a column of ${file}: ${why}`));
      }
      unencodable(name, location, name, name, "the name of this extra field");
    }
    const rows: string[][] = [header];
    list.forEach((rec, index) => {
      const location: RecordLocation = table === "town" ? { entity: "town", file, row: 2 } : { entity: table, index, file, row: index + 2 };
      rows.push(
        fields.map((field, c) => {
          const cell = writeCsvCell(table, field, Object.hasOwn(rec, field) ? rec[field] : undefined, lang, c < known.length);
          unencodable(cell, location, field, header[c]!, "this value");
          return cell;
        }),
      );
    });
    texts.push([file, formatCsv(rows)]);
  }
  if (problems.length > 0) throw new TownValidationError(problems);
  const out: CsvBundle = {};
  for (const [file, text] of texts) out[file] = encodeCsvText(text, encoding, { bom });
  return out;
}
