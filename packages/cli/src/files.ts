/**
 * File-system helpers of the commands: every failure becomes a {@link UsageError} that names
 * the path (exit code 2), never a stack trace.
 *
 * @module
 */

import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { UsageError } from "@kankei/core";

function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === "EACCES" || err?.code === "EPERM") return "permission denied";
  if (err?.code === "EISDIR") return "it is a folder";
  if (err?.code === "ENOTDIR") return "a part of the path is not a folder";
  return err?.message ?? String(e);
}

/**
 * Runs a file-system action, turning a failure into a {@link UsageError} naming the path.
 *
 * @example
 * ```ts
 * import { withPath } from "./files.js";
 * withPath("/nonexistent/dir/x", "write", () => { throw Object.assign(new Error("no"), { code: "EACCES" }); }); // throws a UsageError
 * withPath("x", "read", () => 42); // 42
 * ```
 */
export function withPath<T>(path: string, verb: string, action: () => T): T {
  try {
    return action();
  } catch (e) {
    if (e instanceof UsageError) throw e;
    if (e instanceof Error && "code" in e) throw new UsageError(`cannot ${verb} ${path}: ${reason(e)}`);
    throw e;
  }
}

/**
 * Writes a text file, creating its folder when needed.
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
  withPath(path, "write", () => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  });
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
