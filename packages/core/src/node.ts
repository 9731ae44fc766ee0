/**
 * `@kankei/core/node`: reading and writing towns from the file system (Node only).
 *
 * A town on disk is either a JSON document (`*.json`) or a CSV bundle: a folder holding
 * `people.csv`, `projects.csv`, `roles.csv`, `ties.csv` and optionally `contributions.csv`
 * (or one of those files, which stands for its folder).
 *
 * @module @kankei/core/node
 */

import { readFileSync, readdirSync, statSync, mkdirSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { parseTown, serializeTown } from "./io/json.js";
import { csvTableOfFile, readCsvBundle, writeCsvBundle, type WriteCsvBundleOptions } from "./io/csv/index.js";
import type { Town } from "./model/town.js";
import { UsageError } from "./validation/errors.js";

/** How a town is stored on disk. */
export type TownFileKind = "json" | "csv";

/**
 * Tells whether a path holds a JSON document or a CSV bundle (a folder, or a `.csv` in one).
 *
 * @example
 * ```ts
 * import { townFileKind } from "@kankei/core/node";
 * townFileKind("examples/town/town.json"); // "json"
 * townFileKind("examples/town/csv"); // "csv"
 * ```
 */
export function townFileKind(path: string): TownFileKind {
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    isDir = false;
  }
  if (isDir || extname(path).toLowerCase() === ".csv") return "csv";
  return "json";
}

/**
 * Reads a town from a JSON document or a CSV bundle folder. Problems name the file and the
 * row (or the JSON path); a `TownValidationError` lists them all and nothing is loaded. A JSON
 * document is decoded strictly (UTF-8, or UTF-16 with a byte-order mark; see `decodeTownJson`).
 *
 * @example
 * ```ts
 * import { readTownFile } from "@kankei/core/node";
 * const town = readTownFile("examples/town/town.json");
 * town.people.length > 0; // true
 * ```
 */
export function readTownFile(path: string): Town {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new UsageError(`no such file or folder: ${path}`);
  }
  if (st.isDirectory() || extname(path).toLowerCase() === ".csv") {
    const dir = st.isDirectory() ? path : dirname(path);
    const files: Record<string, Uint8Array> = {};
    for (const name of readdirSync(dir)) {
      if (csvTableOfFile(name) !== undefined) files[name] = readFileSync(join(dir, name));
    }
    return readCsvBundle(files, { source: dir });
  }
  return parseTown(readFileSync(path), { source: basename(path) });
}

/**
 * Writes a town as a JSON document (a path ending in `.json`) or as a CSV bundle folder.
 *
 * @example
 * ```ts
 * import { readTownFile, writeTownFile } from "@kankei/core/node";
 * import { mkdtempSync } from "node:fs";
 * import { join } from "node:path";
 * import { tmpdir } from "node:os";
 * const out = join(mkdtempSync(join(tmpdir(), "kankei-")), "csv");
 * writeTownFile(readTownFile("examples/town/town.json"), out, { lang: "ja", encoding: "shift_jis" });
 * ```
 */
export function writeTownFile(town: Town, path: string, csv: WriteCsvBundleOptions = {}): void {
  if (extname(path).toLowerCase() === ".json") {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, serializeTown(town));
    return;
  }
  mkdirSync(path, { recursive: true });
  for (const [name, bytes] of Object.entries(writeCsvBundle(town, csv))) writeFileSync(join(path, name), bytes);
}
