/**
 * Writing files so that no crash, kill or full disk leaves a half-written output (原子的な書き出し).
 *
 * A file is written to a temporary name in the same folder (`.<name>.<pid>-<random>.tmp`),
 * flushed to disk, and renamed onto its name: rename within one folder is atomic on POSIX file
 * systems, so a reader sees the old file or the new one, never a part. A folder (a CSV bundle)
 * is written whole as a temporary folder beside it and then renamed into place; an existing
 * folder is first moved aside and removed once the new one is in place (between those two
 * renames, a kill leaves the old folder under its temporary name, not a mix). On any failure
 * the temporary file or folder is removed and the old output is left as it was.
 *
 * Node only (`@kankei/core/node`).
 *
 * @module
 */

import { randomBytes } from "node:crypto";
import { chmodSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** The bytes of a file: all at once, or piece by piece (a serializer may yield as it goes). */
export type FileContent = string | Uint8Array | Iterable<string | Uint8Array>;

/** A temporary name beside `path`, in the same folder (so that renaming it is atomic). */
function temporaryName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(6).toString("hex")}.tmp`);
}

function writeAll(fd: number, part: string | Uint8Array): void {
  const bytes = typeof part === "string" ? Buffer.from(part, "utf8") : part;
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
}

/** Writes `content` to a new file at `path` (which must not exist) and flushes it to disk. */
function writeNew(path: string, content: FileContent, mode?: number): void {
  const fd = openSync(path, "wx", mode ?? 0o666);
  try {
    if (typeof content === "string" || content instanceof Uint8Array) writeAll(fd, content);
    else for (const part of content) writeAll(fd, part);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a file atomically: to a temporary file in the same folder, then renamed onto `path`
 * (its folder is created when needed). A failure at any point, a serializer that throws
 * midway included, leaves `path` as it was and no temporary file. A replaced file keeps its
 * permissions.
 *
 * @example
 * ```ts
 * import { writeFileAtomic } from "@kankei/core/node";
 * import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
 * import { join } from "node:path";
 * import { tmpdir } from "node:os";
 * const dir = mkdtempSync(join(tmpdir(), "kankei-"));
 * writeFileAtomic(join(dir, "a.txt"), "old");
 * writeFileAtomic(join(dir, "a.txt"), (function* () { yield "new "; throw new Error("disk full"); })()); // throws an Error
 * readFileSync(join(dir, "a.txt"), "utf8"); // "old"
 * readdirSync(dir); // ["a.txt"]
 * ```
 */
export function writeFileAtomic(path: string, content: FileContent): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = temporaryName(path);
  let mode: number | undefined;
  try {
    mode = statSync(path).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  try {
    writeNew(temp, content, mode);
    if (mode !== undefined) chmodSync(temp, mode);
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/**
 * Writes a folder of files atomically (a CSV bundle): every file into a temporary folder beside
 * `path`, then that folder renamed to `path`. An existing `path` is moved aside first and
 * removed once the new folder is in place, so its other files go with it: callers refuse a
 * folder that holds anything else (see `kankei convert`). A failure leaves `path` as it was and
 * no temporary folder.
 *
 * @example
 * ```ts
 * import { writeFolderAtomic } from "@kankei/core/node";
 * import { mkdtempSync, readdirSync } from "node:fs";
 * import { join } from "node:path";
 * import { tmpdir } from "node:os";
 * const dir = mkdtempSync(join(tmpdir(), "kankei-"));
 * writeFolderAtomic(join(dir, "bundle"), { "people.csv": "id\n", "ties.csv": "a,b\n" });
 * readdirSync(join(dir, "bundle")); // ["people.csv", "ties.csv"]
 * readdirSync(dir); // ["bundle"]
 * ```
 */
export function writeFolderAtomic(path: string, files: Readonly<Record<string, FileContent>>): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = temporaryName(path);
  mkdirSync(temp);
  try {
    for (const [name, content] of Object.entries(files)) {
      if (name !== basename(name) || name === "." || name === "..") throw new Error(`not a file name: ${JSON.stringify(name)}`);
      writeNew(join(temp, name), content);
    }
    if (!existsSync(path)) {
      renameSync(temp, path);
      return;
    }
    const aside = temporaryName(path);
    renameSync(path, aside);
    try {
      renameSync(temp, path);
    } catch (e) {
      renameSync(aside, path);
      throw e;
    }
    rmSync(aside, { recursive: true, force: true });
  } catch (e) {
    rmSync(temp, { recursive: true, force: true });
    throw e;
  }
}
