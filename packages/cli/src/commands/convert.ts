/**
 * `kankei convert <in> <out>`: between the JSON document (`.json`), the CSV bundle (a folder),
 * GEXF (`.gexf`, written only) and GraphML (`.graphml`, written only). The kind of the output
 * follows its path; the town is read and validated first, so an invalid town writes nothing.
 * An existing output is replaced only with `force`.
 *
 * @module
 */

import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, extname } from "node:path";
import { UsageError, type Lang, type Town } from "@kankei/core";
import { csvEncoding, csvTableOfFile, toGexf, toGraphML, type CsvEncodingName } from "@kankei/core/io";
import { writeTownFile } from "@kankei/core/node";
import { checkOutputs, readTown, withPath, writeTextFile } from "../files.js";

/** The kinds of output a path can name, for messages. */
const KNOWN_OUTPUTS = ".json, .gexf, .graphml, or a folder name without an extension for a CSV bundle";

/** What a path holds for `kankei convert`. */
export type ConvertKind = "json" | "csv" | "gexf" | "graphml";

/**
 * The kind of a path: an existing folder or a path without an extension is a CSV bundle
 * (so is a `.csv` file, which stands for its folder); otherwise the extension decides. An
 * unknown extension is a {@link UsageError}.
 *
 * @example
 * ```ts
 * import { convertKind } from "@kankei/cli";
 * convertKind("out/town.GEXF"); // "gexf"
 * convertKind("examples/town/csv"); // "csv"
 * convertKind("new-bundle"); // "csv"
 * convertKind("town.xlsx"); // throws a UsageError
 * ```
 */
export function convertKind(path: string): ConvertKind {
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    isDir = false;
  }
  if (isDir) return "csv";
  const ext = extname(path).toLowerCase();
  if (ext === "") return "csv";
  if (ext === ".csv") return "csv";
  if (ext === ".json") return "json";
  if (ext === ".gexf") return "gexf";
  if (ext === ".graphml") return "graphml";
  throw new UsageError(`cannot tell what ${path} is: use ${KNOWN_OUTPUTS}`);
}

/**
 * The kind of an output path ({@link convertKind}), refusing a `.csv` path (a CSV bundle is
 * written as a folder of several files) and a name that is only an extension (`.json` would
 * otherwise be a hidden folder named `.json`).
 *
 * @example
 * ```ts
 * import { outputKind } from "@kankei/cli";
 * outputKind("out/town.json"); // "json"
 * outputKind("out/people.csv"); // throws a UsageError
 * outputKind(".json"); // throws a UsageError
 * ```
 */
export function outputKind(path: string): ConvertKind {
  const name = basename(path);
  if (name.startsWith(".") && !existsSync(path)) {
    throw new UsageError(`${path} names no file, only an extension or a hidden name; use ${KNOWN_OUTPUTS} (e.g. town.json)`);
  }
  const kind = convertKind(path);
  if (kind === "csv" && extname(path).toLowerCase() === ".csv") {
    throw new UsageError(`cannot write ${path}: a CSV bundle is a folder of several files; give a folder path without an extension`);
  }
  return kind;
}

/** Options of {@link convertTownFile}. */
export interface ConvertOptions {
  /** Language of CSV headers and values, and of GEXF/GraphML attribute titles (default `"en"`). */
  lang?: Lang;
  /** Encoding of a CSV bundle (default `"utf-8"`). */
  encoding?: CsvEncodingName;
  /** Replace an existing output. */
  force?: boolean;
  /** Called before each phase (reading, writing), for a progress line. */
  onPhase?: (phase: "reading" | "writing") => void;
}

/** What {@link convertTownFile} did. */
export interface ConvertOutcome {
  from: ConvertKind;
  to: ConvertKind;
  town: Town;
}

/**
 * Converts a town file: reads `input` (a JSON document or a CSV bundle), validates it, and
 * writes `output` in the kind its path names. Reading GEXF or GraphML, an unknown kind, an
 * option that does not apply, or an existing output without `force` is a {@link UsageError};
 * an invalid town a `TownValidationError` (nothing is written).
 *
 * @example
 * ```ts
 * import { convertTownFile } from "@kankei/cli";
 * import { readTownFile } from "@kankei/core/node";
 * import { mkdtempSync } from "node:fs";
 * import { join } from "node:path";
 * import { tmpdir } from "node:os";
 * const dir = mkdtempSync(join(tmpdir(), "kankei-"));
 * convertTownFile("examples/town/town.json", join(dir, "csv"), { lang: "ja", encoding: "shift_jis" }).to; // "csv"
 * readTownFile(join(dir, "csv")).people.length; // 269
 * convertTownFile("examples/town/town.json", join(dir, "csv")); // throws a UsageError
 * ```
 */
export function convertTownFile(input: string, output: string, options: ConvertOptions = {}): ConvertOutcome {
  const from = convertKind(input);
  if (from === "gexf" || from === "graphml") {
    throw new UsageError(`cannot read ${input}: reading ${from === "gexf" ? "GEXF" : "GraphML"} is not supported (convert reads a .json document or a CSV bundle folder)`);
  }
  const to = outputKind(output);
  if (options.encoding !== undefined) csvEncoding(options.encoding);
  if (options.encoding !== undefined && to !== "csv") throw new UsageError(`--encoding applies to a CSV bundle only, and ${output} is ${to.toUpperCase()}`);
  checkOutputs([input], [{ flag: "<out>", path: output }], options.force === true);
  if (to === "csv") refuseForeignFiles(output);
  options.onPhase?.("reading");
  const town = readTown(input);
  options.onPhase?.("writing");
  const lang = options.lang ?? "en";
  switch (to) {
    case "gexf":
      writeTextFile(output, toGexf(town, { lang }));
      break;
    case "graphml":
      writeTextFile(output, toGraphML(town, { lang }));
      break;
    case "json":
      withPath(output, "write", () => writeTownFile(town, output));
      break;
    case "csv": {
      const csv = { lang, ...(options.encoding !== undefined ? { encoding: options.encoding } : {}) };
      withPath(output, "write", () => writeTownFile(town, output, csv));
      break;
    }
  }
  return { from, to, town };
}

/**
 * Refuses to replace a folder that holds anything but table files: a CSV bundle replaces its
 * whole folder (atomically), so other files there would be lost.
 *
 * @example
 * ```ts
 * import { refuseForeignFiles } from "@kankei/cli";
 * refuseForeignFiles("examples/town/csv"); // undefined
 * refuseForeignFiles("examples/town"); // throws a UsageError
 * ```
 */
export function refuseForeignFiles(folder: string): void {
  let names: string[];
  try {
    if (!statSync(folder).isDirectory()) return;
    names = readdirSync(folder);
  } catch {
    return;
  }
  const foreign = names.filter((n) => csvTableOfFile(n) === undefined);
  if (foreign.length > 0) {
    const shown = foreign.slice(0, 3).join(", ") + (foreign.length > 3 ? `, and ${foreign.length - 3} more` : "");
    throw new UsageError(`${folder} holds files that are not CSV tables (${shown}); a CSV bundle replaces its whole folder, so write it to a new or empty folder`);
  }
}
