/**
 * Opening a town from the files a coordinator picks or drops (ファイルを開く): one JSON town
 * document, or the CSV files of a bundle (people.csv, projects.csv, roles.csv, ties.csv, and
 * optionally contributions.csv and town.csv, with English or Japanese file names and headers,
 * in UTF-8 or Shift_JIS: the core's `readCsvBundle` decides from the bytes). Everything happens
 * in memory: nothing leaves the browser.
 *
 * @module
 */

import { type Town } from "@kankei/core";
import { csvTableOfFile, parseTown, readCsvBundle } from "@kankei/core/io";

/** A file as picked or dropped: its name and bytes. */
export interface TownFile {
  name: string;
  bytes: Uint8Array;
}

/** What {@link readTownFiles} returns. */
export interface OpenedTown {
  town: Town;
  /** The file names it was read from, for display. */
  source: string;
}

/** None of the files is a town document or a file of a CSV bundle. */
export class NoTownFileError extends Error {
  readonly files: readonly string[];
  constructor(files: readonly string[]) {
    super(`none of these files is a town document (.json) or a file of a CSV bundle: ${files.join(", ") || "(no file)"}`);
    this.name = "NoTownFileError";
    this.files = files;
  }
}

/**
 * The name of a set of files for messages: the JSON file's name, or the CSV files' names.
 *
 * @example
 * ```ts
 * import { sourceName } from "./open-files.js";
 * sourceName(["town.json"]); // "town.json"
 * sourceName(["people.csv", "ties.csv"]); // "people.csv, ties.csv"
 * ```
 */
export function sourceName(names: readonly string[]): string {
  return names.join(", ");
}

/**
 * Reads a town from files: the first `.json` file if there is one, else every file that belongs
 * to a CSV bundle. Throws the core's `TownValidationError` (every problem with its file, row
 * and field) or a {@link NoTownFileError}; never returns half a town.
 *
 * @example
 * ```ts
 * import { readTownFiles } from "./open-files.js";
 * const bytes = (text: string) => new TextEncoder().encode(text);
 * const { town, source } = readTownFiles([
 *   { name: "people.csv", bytes: bytes("ID,氏名,出自\nsato,佐藤,地域内\n") },
 *   { name: "projects.csv", bytes: bytes("id\nfan\n") },
 *   { name: "roles.csv", bytes: bytes("person,project,role\nsato,fan,仕掛け人\n") },
 *   { name: "ties.csv", bytes: bytes("a,b,strength\n") },
 *   { name: "notes.txt", bytes: bytes("ignored") },
 * ]);
 * town.nameOf("sato"); // "佐藤"
 * source; // "people.csv, projects.csv, roles.csv, ties.csv"
 * readTownFiles([{ name: "notes.txt", bytes: bytes("") }]); // throws a NoTownFileError
 * ```
 */
export function readTownFiles(files: readonly TownFile[]): OpenedTown {
  const json = files.find((f) => /\.json$/i.test(f.name));
  if (json !== undefined) {
    // The core decodes strictly (UTF-8, or UTF-16 with a byte-order mark) and names the
    // encoding a file in anything else looks like; never a town full of U+FFFD.
    return { town: parseTown(json.bytes, { source: json.name }), source: json.name };
  }
  const csv = files.filter((f) => csvTableOfFile(f.name) !== undefined);
  if (csv.length === 0) throw new NoTownFileError(files.map((f) => f.name));
  const source = sourceName(csv.map((f) => f.name));
  const town = readCsvBundle(new Map(csv.map((f) => [f.name, f.bytes])), { source });
  return { town, source };
}
