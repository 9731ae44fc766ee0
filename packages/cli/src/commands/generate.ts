/**
 * `kankei generate`: writes a seeded synthetic town (`generateTown` of the core) to a JSON
 * document or a CSV bundle folder. The same options and seed give byte-identical files. The
 * town is built (validated and indexed) before it is written, so what is written always loads.
 *
 * @module
 */

import { createTown, generateTown, UsageError, type GenerateTownOptions, type IsoDate, type Lang, type Town } from "@kankei/core";
import { csvEncoding, type CsvEncodingName } from "@kankei/core/io";
import { writeTownFile } from "@kankei/core/node";
import { checkOutputs, withPath } from "../files.js";
import { outputKind, refuseForeignFiles } from "./convert.js";

/** Options of {@link generateTownFile}. */
export interface GenerateFileOptions {
  people: number;
  seed: number;
  /** Years of history (default: the core's, 8). */
  years?: number;
  /** The town's date (default: the core's, 2025-04-01). */
  asOf?: IsoDate;
  /** Language of a CSV bundle (default `"en"`). */
  lang?: Lang;
  /** Encoding of a CSV bundle (default `"utf-8"`). */
  encoding?: CsvEncodingName;
  /** Replace an existing output. */
  force?: boolean;
  /** Called before each phase, for a progress line. */
  onPhase?: (phase: "generating" | "validating" | "writing") => void;
}

/**
 * Generates a synthetic town and writes it to `out` (`.json`, or a folder for a CSV bundle).
 * Bad options (out of range, an unknown kind of output, an existing output without `force`)
 * are {@link UsageError}s naming the option or the path.
 *
 * @example
 * ```ts
 * import { generateTownFile } from "@kankei/cli";
 * import { mkdtempSync, readFileSync } from "node:fs";
 * import { join } from "node:path";
 * import { tmpdir } from "node:os";
 * const dir = mkdtempSync(join(tmpdir(), "kankei-"));
 * generateTownFile(join(dir, "a.json"), { people: 50, seed: 3 }).people.length; // 50
 * generateTownFile(join(dir, "b.json"), { people: 50, seed: 3 });
 * readFileSync(join(dir, "a.json"), "utf8") === readFileSync(join(dir, "b.json"), "utf8"); // true
 * ```
 */
export function generateTownFile(out: string, options: GenerateFileOptions): Town {
  const kind = outputKind(out);
  if (kind !== "json" && kind !== "csv") throw new UsageError(`generate writes a .json document or a CSV bundle folder, not ${kind.toUpperCase()} (${out}); use kankei convert afterwards`);
  if (options.encoding !== undefined) csvEncoding(options.encoding);
  if (options.encoding !== undefined && kind !== "csv") throw new UsageError(`--encoding applies to a CSV bundle only, and ${out} is JSON`);
  checkOutputs([], [{ flag: "--out", path: out }], options.force === true);
  if (kind === "csv") refuseForeignFiles(out);
  const gen: GenerateTownOptions = { people: options.people, seed: options.seed };
  if (options.years !== undefined) gen.years = options.years;
  if (options.asOf !== undefined) gen.asOf = options.asOf;
  options.onPhase?.("generating");
  const records = generateTown(gen);
  options.onPhase?.("validating");
  const town = createTown(records);
  options.onPhase?.("writing");
  const csv = { lang: options.lang ?? "en", ...(options.encoding !== undefined ? { encoding: options.encoding } : {}) };
  withPath(out, "write", () => writeTownFile(town, out, csv));
  return town;
}
