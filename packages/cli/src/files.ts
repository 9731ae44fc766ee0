/**
 * File-system helpers of the commands. A file that cannot be read or written becomes a
 * `FileError` naming the path (exit code 3), a path given wrongly a {@link UsageError} (exit
 * code 2), never a stack trace. Every output is written atomically (a temporary file or folder
 * beside it, renamed into place: `@kankei/core/node`), and the outputs of a command are checked
 * together before anything is read: none may replace an input, two may not be the same path,
 * and none replaces an existing file without `--force`.
 *
 * @module
 */

import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { FileError, UsageError, type Town } from "@kankei/core";
import { readTownFile, writeFileAtomic } from "@kankei/core/node";

function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === "EACCES" || err?.code === "EPERM" || err?.code === "EROFS") return "permission denied";
  if (err?.code === "EISDIR") return "it is a folder";
  if (err?.code === "ENOTDIR" || err?.code === "EEXIST") return "a part of the path is not a folder";
  if (err?.code === "ENOSPC" || err?.code === "EDQUOT") return "the disk is full";
  if (err?.code === "ENOENT") return "no such file or folder";
  return err?.code ?? (err?.message ?? String(e));
}

/**
 * Runs a file-system action, turning a failure of the file system into a `FileError` naming
 * the path and the reason.
 *
 * @example
 * ```ts
 * import { withPath } from "./files.js";
 * withPath("/nonexistent/dir/x", "write", () => { throw Object.assign(new Error("no"), { code: "EACCES" }); }); // throws a FileError
 * withPath("x", "read", () => 42); // 42
 * ```
 */
export function withPath<T>(path: string, verb: string, action: () => T): T {
  try {
    return action();
  } catch (e) {
    if (e instanceof Error && "code" in e && typeof e.code === "string" && !(e instanceof UsageError)) throw new FileError(path, `cannot ${verb} ${path}: ${reason(e)}`);
    throw e;
  }
}

/**
 * Reads a town (`readTownFile` of the core), turning what the file system or the engine cannot
 * do into a `FileError` naming the path: a file that cannot be read, or data nested too deeply
 * to load (the engine's call stack runs out).
 *
 * @example
 * ```ts
 * import { readTown } from "./files.js";
 * readTown("examples/town/town.json").people.length; // 269
 * ```
 */
export function readTown(path: string): Town {
  try {
    return withPath(path, "read", () => readTownFile(path));
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      throw new FileError(path, `cannot load ${path}: a value in it is nested too deeply (thousands of levels of lists or objects inside each other)`);
    }
    throw e;
  }
}

/**
 * Writes a text file atomically, creating its folder when needed: an interrupted write leaves
 * the old file (or none), never a part of the new one.
 *
 * @example
 * ```ts
 * import { writeTextFile } from "./files.js";
 * import { mkdtempSync, readFileSync } from "node:fs";
 * import { join } from "node:path";
 * import { tmpdir } from "node:os";
 * const file = join(mkdtempSync(join(tmpdir(), "kankei-")), "sub", "a.md");
 * writeTextFile(file, "# hi\n");
 * readFileSync(file, "utf8"); // "# hi\n"
 * ```
 */
export function writeTextFile(path: string, text: string): void {
  withPath(path, "write", () => writeFileAtomic(path, text));
}

/**
 * True when something is at the path that writing would replace: a file, or a folder that is
 * not empty.
 *
 * @example
 * ```ts
 * import { wouldOverwrite } from "./files.js";
 * wouldOverwrite("examples/town/town.json"); // true
 * wouldOverwrite("examples/town/nothing-here"); // false
 * ```
 */
export function wouldOverwrite(path: string): boolean {
  if (!existsSync(path)) return false;
  const st = statSync(path);
  return !st.isDirectory() || readdirSync(path).length > 0;
}

/**
 * What a path names on this machine: the file's device and inode when it exists (so that two
 * names of one file, a link or `a/../a`, are the same), else its absolute path with the folder's
 * links resolved. A town path naming a `.csv` file stands for its folder (the bundle).
 */
function identity(path: string, bundleFile = false): string {
  let abs = resolve(path);
  if (bundleFile && extname(abs).toLowerCase() === ".csv") abs = dirname(abs);
  try {
    const st = statSync(abs);
    return `inode:${st.dev}:${st.ino}`;
  } catch {
    try {
      return join(realpathSync(dirname(abs)), basename(abs));
    } catch {
      return abs;
    }
  }
}

/**
 * True when two paths name the same file or folder (or would, once written).
 *
 * @example
 * ```ts
 * import { samePath } from "./files.js";
 * samePath("examples/town/town.json", "examples/town/../town/town.json"); // true
 * samePath("out/a.json", "out/b.json"); // false
 * ```
 */
export function samePath(a: string, b: string): boolean {
  return identity(a) === identity(b);
}

/** One output of a command: the flag (or argument) that names it and its path. */
export interface PlannedOutput {
  /** How the user named it: `--out`, `--events`, `<out>`. */
  flag: string;
  path: string;
}

/**
 * Checks the outputs of a command before anything is read or written: an output that is also
 * an input (even with `force`), two outputs at the same path, or an existing output without
 * `force` is a {@link UsageError} naming them. An input path naming a `.csv` file stands for
 * its bundle folder.
 *
 * @example
 * ```ts
 * import { checkOutputs } from "./files.js";
 * checkOutputs(["examples/town/town.json"], [{ flag: "--out", path: "examples/town/town.json" }], true); // throws a UsageError
 * checkOutputs([], [{ flag: "--out", path: "x.json" }, { flag: "--events", path: "./x.json" }], true); // throws a UsageError
 * checkOutputs(["examples/town/town.json"], [{ flag: "--out", path: "examples/town/new.json" }], false); // undefined
 * ```
 */
export function checkOutputs(inputs: readonly string[], outputs: readonly PlannedOutput[], force: boolean): void {
  const ids = outputs.map((o) => identity(o.path));
  for (let i = 0; i < outputs.length; i++) {
    for (const input of inputs) {
      if (ids[i] === identity(input, true) || ids[i] === identity(input)) {
        throw new UsageError(`${outputs[i]!.flag} ${outputs[i]!.path} is also the input ${input}: write the output somewhere else`);
      }
    }
    for (let j = 0; j < i; j++) {
      if (ids[i] === ids[j]) throw new UsageError(`${outputs[j]!.flag} and ${outputs[i]!.flag} name the same path (${outputs[i]!.path}): give each output its own`);
    }
  }
  if (!force) {
    for (const o of outputs) if (wouldOverwrite(o.path)) throw new UsageError(`${o.path} already exists; add --force to replace it`);
  }
}
