/** Shared helpers of the CLI tests: run a command in-process, make temp dirs and towns. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../src/index.js";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const example = join(root, "examples/town/town.json");

export interface RunResult {
  code: number;
  out: string;
  err: string;
}

/** Runs `kankei <args>` in-process; stderr is not a terminal unless `tty`. */
export function run(args: string[], env: Record<string, string> = {}, tty = false): RunResult {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env, stderrIsTTY: tty });
  return { code, out: out.join(""), err: err.join("") };
}

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "kankei-cli-"));
}

/** Writes a town document to a fresh temp folder and returns its path. */
export function writeTown(doc: unknown, name = "town.json"): string {
  const file = join(tempDir(), name);
  writeFileSync(file, JSON.stringify(doc));
  return file;
}
