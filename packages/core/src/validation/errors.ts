/**
 * Errors with stable names. Tests and callers check the class (or `name`), never the message.
 *
 * - {@link KankeiError}: the base of every error this library throws.
 * - {@link TownValidationError}: thrown when an input breaks any rule; it carries *all* the
 *   problems found, each an instance of a {@link TownProblem} subclass that names the record
 *   (file and row, or JSON path), the field and the rule.
 * - {@link UsageError}: the caller asked for something impossible (for example a measure on a
 *   town with no date and no explicit `t`).
 *
 * @module
 */

import type { EntityName } from "../model/records.js";

/** The base class of every error thrown by Kankei. */
export class KankeiError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The caller used the API in a way that cannot work (a bad argument, a missing date). */
export class UsageError extends KankeiError {}

/** Where a record lives in its input: a JSON path, or a file and a row (header = row 1). */
export interface RecordLocation {
  /** The kind of record, or `"town"` for the document header. */
  entity: EntityName | "town" | "document";
  /** Index of the record in its array (0-based), when it is one. */
  index?: number;
  /** JSON path such as `$.people[3]`. */
  path?: string;
  /** File name, for inputs made of several files (the CSV bundle). */
  file?: string;
  /** Row number in the file as a spreadsheet shows it: the header is row 1, the first record row 2. */
  row?: number;
}

/**
 * Formats a location for a message: `people.csv row 4` or `$.people[2]`.
 *
 * @example
 * ```ts
 * import { formatLocation } from "@kankei/core";
 * formatLocation({ entity: "people", file: "people.csv", row: 4 }); // "people.csv row 4"
 * formatLocation({ entity: "people", index: 2, path: "$.people[2]" }); // "$.people[2]"
 * ```
 */
export function formatLocation(location: RecordLocation): string {
  if (location.file !== undefined) {
    return location.row !== undefined ? `${location.file} row ${location.row}` : location.file;
  }
  if (location.path !== undefined) return location.path;
  return location.index !== undefined ? `${location.entity}[${location.index}]` : location.entity;
}

/** Stable codes of the rules of domain.md §3, plus the format-level ones. */
export type ProblemCode =
  | "format"
  | "version"
  | "encoding"
  | "csv-syntax"
  | "missing-file"
  | "not-a-record"
  | "required"
  | "invalid-value"
  | "malformed-date"
  | "duplicate-id"
  | "unresolved-reference"
  | "period-order"
  | "self-tie"
  | "tie-overlap"
  | "role-overlap"
  | "out-of-bounds"
  | "unencodable";

/** What every problem says: where, which field, which rule, and the other record if any. */
export interface ProblemDetails {
  location: RecordLocation;
  /** The field at fault (for CSV the column as written in the file is in `column`). */
  field?: string;
  /** The column header as written in the file, when the input is a CSV bundle. */
  column?: string;
  /** The offending value, when there is one. */
  value?: unknown;
  /** The earlier record the rule compares with (duplicate id, overlap, bounds). */
  related?: RecordLocation;
  /** Rule number of domain.md §3 (1–6); absent for format-level problems. */
  rule?: number;
}

/** One broken rule. Subclasses name the rule; `code` is a stable string for translations. */
export abstract class TownProblem extends KankeiError {
  abstract readonly code: ProblemCode;
  readonly location: RecordLocation;
  readonly field: string | undefined;
  readonly column: string | undefined;
  readonly value: unknown;
  readonly related: RecordLocation | undefined;
  readonly rule: number | undefined;

  constructor(details: ProblemDetails, detail: string) {
    const where = formatLocation(details.location);
    const field = details.column ?? details.field;
    const fieldText = field !== undefined ? `, field "${field}"` : "";
    super(`${where}${fieldText}: ${detail}`);
    this.location = details.location;
    this.field = details.field;
    this.column = details.column;
    this.value = details.value;
    this.related = details.related;
    this.rule = details.rule;
  }
}

/** The document is not a Kankei town document (wrong `format`, not an object, bad JSON). */
export class FormatError extends TownProblem {
  readonly code = "format" as const;
}
/** The document's `version` is not one this library reads. */
export class UnsupportedVersionError extends TownProblem {
  readonly code = "version" as const;
}
/** A file's bytes could not be decoded as UTF-8 or Shift_JIS. */
export class EncodingError extends TownProblem {
  readonly code = "encoding" as const;
}
/** A CSV file is malformed (an unclosed quote, a header missing). */
export class CsvSyntaxError extends TownProblem {
  readonly code = "csv-syntax" as const;
}
/** A required file of the CSV bundle is missing. */
export class MissingFileError extends TownProblem {
  readonly code = "missing-file" as const;
}
/** An entry of a record array is not an object. */
export class NotARecordError extends TownProblem {
  readonly code = "not-a-record" as const;
}
/** Rule 1: a required field is absent (or `null`, or empty). */
export class MissingFieldError extends TownProblem {
  readonly code = "required" as const;
}
/** Rule 1: a value is outside its enumeration or of the wrong type. */
export class InvalidValueError extends TownProblem {
  readonly code = "invalid-value" as const;
}
/** Rule 1: a date is not a real `YYYY-MM-DD` calendar date. */
export class MalformedDateError extends TownProblem {
  readonly code = "malformed-date" as const;
}
/** Rule 2: a later record repeats an id (each later copy is one problem, naming the first). */
export class DuplicateIdError extends TownProblem {
  readonly code = "duplicate-id" as const;
}
/** Rule 2: a reference to a person or a project that does not exist. */
export class UnresolvedReferenceError extends TownProblem {
  readonly code = "unresolved-reference" as const;
}
/** Rule 3: a period ends before it starts. */
export class PeriodOrderError extends TownProblem {
  readonly code = "period-order" as const;
}
/** Rule 4: a tie from a person to themself. */
export class SelfTieError extends TownProblem {
  readonly code = "self-tie" as const;
}
/** Rule 4: two ties of the same pair of people overlap in time. */
export class TieOverlapError extends TownProblem {
  readonly code = "tie-overlap" as const;
}
/** Rule 5: two roles of the same person in the same project overlap in time. */
export class RoleOverlapError extends TownProblem {
  readonly code = "role-overlap" as const;
}
/** Rule 6: a role or tie reaches outside its project's life or its people's presence. */
export class OutOfBoundsError extends TownProblem {
  readonly code = "out-of-bounds" as const;
}
/** Writing: a value cannot be represented in the chosen encoding (Shift_JIS). */
export class UnencodableError extends TownProblem {
  readonly code = "unencodable" as const;
}

/**
 * Thrown when an input breaks one or more rules. Nothing is loaded: the caller gets no town.
 *
 * @example
 * ```ts
 * import { TownValidationError } from "@kankei/core";
 * import { parseTown } from "@kankei/core/io";
 * try {
 *   parseTown({ format: "kankei-town", version: 1, people: [{ id: "a" }] });
 * } catch (e) {
 *   if (e instanceof TownValidationError) console.log(e.problems.map((p) => p.message));
 *   // ['$.people[0], field "origin": required field is missing']
 * }
 * ```
 */
export class TownValidationError extends KankeiError {
  readonly problems: readonly TownProblem[];
  /** The input's name (a file name), when the caller gave one. */
  readonly source: string | undefined;

  constructor(problems: readonly TownProblem[], source?: string) {
    const head = `${source !== undefined ? `${source}: ` : ""}${problems.length} problem${problems.length === 1 ? "" : "s"} found; nothing was loaded`;
    const shown = problems.slice(0, 20).map((p) => `  - ${p.message}`);
    if (problems.length > 20) shown.push(`  ... and ${problems.length - 20} more`);
    super([head, ...shown].join("\n"));
    this.problems = Object.freeze([...problems]);
    this.source = source;
  }
}

/**
 * A file or folder could not be read or written as asked, though the command was right: no
 * permission, a full disk, a file too large or too deeply nested to load. `path` names it. The
 * command line exits 3 on it (docs/cli.md).
 */
export class FileError extends KankeiError {
  /** The file or folder. */
  readonly path: string;

  constructor(path: string, message: string) {
    super(message);
    this.path = path;
  }
}
