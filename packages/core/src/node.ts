/**
 * `@kankei/core/node`: reading and writing towns from the file system (Node only).
 *
 * A town on disk is either a JSON document (`*.json`) or a CSV bundle: a folder holding
 * `people.csv`, `projects.csv`, `roles.csv`, `ties.csv` and optionally `contributions.csv`
 * (or one of those files, which stands for its folder).
 *
 * @module @kankei/core/node
 */

import { readFileSync, readdirSync, statSync } from "node:fs";
import { constants as bufferConstants } from "node:buffer";
import { basename, dirname, extname, join } from "node:path";
import { parseTown, serializeTown } from "./io/json.js";
import { csvTableOfFile, readCsvBundle, writeCsvBundle, type WriteCsvBundleOptions } from "./io/csv/index.js";
import type { Town } from "./model/town.js";
import { FileError, UsageError } from "./validation/errors.js";
import { writeFileAtomic, writeFolderAtomic } from "./node/atomic-write.js";

export { writeFileAtomic, writeFolderAtomic, type FileContent } from "./node/atomic-write.js";

/**
 * The largest JSON document that can be read, in bytes: V8's longest string
 * (`buffer.constants.MAX_STRING_LENGTH`, about 512 MiB). A larger town is a CSV bundle.
 */
export const MAX_JSON_BYTES: number = bufferConstants.MAX_STRING_LENGTH;

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
 * row (or the JSON path); a `TownValidationError` lists them all and nothing is loaded.
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
  if (st.size > MAX_JSON_BYTES) {
    throw new FileError(path, `cannot read ${path}: it is ${Math.round(st.size / 2 ** 20)} MiB, and a JSON document can be at most ${Math.round(MAX_JSON_BYTES / 2 ** 20)} MiB; store a town this large as a CSV bundle`);
  }
  return parseTown(readFileSync(path, "utf8"), { source: basename(path) });
}

/**
 * Writes a town as a JSON document (a path ending in `.json`) or as a CSV bundle folder, each
 * atomically ({@link writeFileAtomic}, {@link writeFolderAtomic}): an interrupted or failed write
 * leaves what was there before. Replacing a bundle folder replaces the whole folder.
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
    writeFileAtomic(path, serializeTown(town));
    return;
  }
  writeFolderAtomic(path, writeCsvBundle(town, csv));
}
