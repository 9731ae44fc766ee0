/**
 * The command line's arguments: positionals and `--flags`, read against the flags each command
 * knows. A flag that takes a value is written `--name value` or `--name=value`; a switch
 * (`--force`, `--help`, `-h`) takes none; `--` ends the flags. An unknown flag, a switch given a
 * value or a value flag given none is a {@link UsageError} naming the flag (exit code 2).
 *
 * @module
 */

import { isIsoDate, UsageError, type IsoDate } from "@kankei/core";

/** The flags a command accepts: those that take a value, and switches. */
export interface FlagSpec {
  values: readonly string[];
  switches: readonly string[];
}

/** Parsed arguments: positionals in order, flags by name (a switch is `true`). */
export interface ParsedArgs {
  positional: string[];
  flags: Record<string, string | true>;
}

/**
 * Splits arguments into positionals and flags. A name in `spec.values` takes the next argument
 * as its value (even one starting with `-`, so `--seed -5` works); a name in `spec.switches`
 * takes none. Names in neither are kept as given, for {@link checkFlags} to reject with the
 * command's own message.
 *
 * @example
 * ```ts
 * import { parseArgs } from "./args.js";
 * const p = parseArgs(["convert", "--force", "a.json", "--lang=ja", "b"], { values: ["lang"], switches: ["force"] });
 * p.positional; // ["convert", "a.json", "b"]
 * p.flags; // { force: true, lang: "ja" }
 * parseArgs(["--seed", "-5"], { values: ["seed"], switches: [] }).flags.seed; // "-5"
 * ```
 */
export function parseArgs(args: readonly string[], spec: FlagSpec): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") {
      for (let j = i + 1; j < args.length; j++) positional.push(args[j]!); // no argument spread: argv can be long
      break;
    }
    if (a === "-h") {
      flags.help = true;
      continue;
    }
    if (!a.startsWith("--") || a.length === 2) {
      if (a.startsWith("-") && a.length > 1 && !/^-\d/.test(a)) throw new UsageError(`unknown option ${a}`);
      positional.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (spec.switches.includes(name)) {
      if (eq > 0) throw new UsageError(`--${name} takes no value`);
      flags[name] = true;
    } else if (eq > 0) flags[name] = a.slice(eq + 1);
    else if (spec.values.includes(name) && i + 1 < args.length && !args[i + 1]!.startsWith("--")) flags[name] = args[++i]!;
    else flags[name] = true;
  }
  return { positional, flags };
}

/**
 * Rejects a flag the command does not know, naming it and the command.
 *
 * @example
 * ```ts
 * import { checkFlags } from "./args.js";
 * checkFlags({ positional: [], flags: { lang: "ja" } }, "summary", ["lang", "as-of"]); // undefined
 * checkFlags({ positional: [], flags: { colour: "red" } }, "summary", ["lang"]); // throws a UsageError
 * ```
 */
export function checkFlags(parsed: ParsedArgs, command: string, known: readonly string[]): void {
  for (const name of Object.keys(parsed.flags)) {
    if (name === "help" || known.includes(name)) continue;
    const list = known.length > 0 ? known.map((k) => `--${k}`).join(", ") : "none";
    throw new UsageError(`unknown option --${name} for "kankei ${command}" (it takes: ${list})`);
  }
}

/**
 * The value of a flag that takes one, or `undefined` when absent; a flag written without its
 * value is a {@link UsageError}.
 *
 * @example
 * ```ts
 * import { flagValue } from "./args.js";
 * flagValue({ positional: [], flags: { lang: "ja" } }, "lang"); // "ja"
 * flagValue({ positional: [], flags: {} }, "lang"); // undefined
 * flagValue({ positional: [], flags: { lang: true } }, "lang"); // throws a UsageError
 * ```
 */
export function flagValue(parsed: ParsedArgs, name: string): string | undefined {
  const v = parsed.flags[name];
  if (v === true) throw new UsageError(`--${name} needs a value`);
  return v;
}

/**
 * The value of a flag that must be one of a few words.
 *
 * @example
 * ```ts
 * import { flagChoice } from "./args.js";
 * flagChoice({ positional: [], flags: { format: "html" } }, "format", ["md", "html", "json"]); // "html"
 * flagChoice({ positional: [], flags: { format: "pdf" } }, "format", ["md", "html", "json"]); // throws a UsageError
 * ```
 */
export function flagChoice<T extends string>(parsed: ParsedArgs, name: string, choices: readonly T[]): T | undefined {
  const v = flagValue(parsed, name);
  if (v === undefined) return undefined;
  if (!(choices as readonly string[]).includes(v)) throw new UsageError(`--${name} must be one of ${choices.join(", ")}, not ${JSON.stringify(v)}`);
  return v as T;
}

/**
 * The value of a flag that must be a whole number within bounds.
 *
 * @example
 * ```ts
 * import { flagInteger } from "./args.js";
 * flagInteger({ positional: [], flags: { people: "300" } }, "people", 1); // 300
 * flagInteger({ positional: [], flags: { people: "3.5" } }, "people", 1); // throws a UsageError
 * ```
 */
export function flagInteger(parsed: ParsedArgs, name: string, min = -Infinity, max = Infinity): number | undefined {
  const v = flagValue(parsed, name);
  if (v === undefined) return undefined;
  const n = /^[+-]?\d+$/.test(v.trim()) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n)) throw new UsageError(`--${name} must be a whole number, not ${JSON.stringify(v)}`);
  if (n < min || n > max) {
    const range = max === Infinity ? `at least ${min}` : `from ${min} to ${max}`;
    throw new UsageError(`--${name} must be ${range}, not ${n}`);
  }
  return n;
}

/**
 * The value of a flag that must be a real calendar date written `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { flagDate } from "./args.js";
 * flagDate({ positional: [], flags: { "as-of": "2024-04-01" } }, "as-of"); // "2024-04-01"
 * flagDate({ positional: [], flags: { "as-of": "2021-02-30" } }, "as-of"); // throws a UsageError
 * ```
 */
export function flagDate(parsed: ParsedArgs, name: string): IsoDate | undefined {
  const v = flagValue(parsed, name);
  if (v !== undefined && !isIsoDate(v)) throw new UsageError(`--${name} must be a real date written YYYY-MM-DD, not ${JSON.stringify(v)}`);
  return v;
}
