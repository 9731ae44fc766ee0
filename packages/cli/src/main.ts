/**
 * The `kankei` command line: commands, their help, and exit codes scripts can rely on:
 * 0 done, 1 the town is invalid (problems on stderr), 2 the command was used wrongly.
 *
 * @module
 */

import { KankeiError, TownValidationError, UsageError } from "@kankei/core";
import { readTownFile } from "@kankei/core/node";
import { formatSummary } from "./commands/summary.js";
import { validateTownFile } from "./commands/validate.js";
import { detectLang } from "./lang.js";

/** Where a command writes; tests pass their own. */
export interface CommandIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
}

const HELP = `kankei: relationship-population networks of Japanese towns (関係人口ネットワーク)

Usage:
  kankei summary <town> [--as-of DATE] [--lang ja|en]   the town at a glance
  kankei validate <town> [--lang ja|en]                 list every problem; exit 1 when invalid
  kankei help [command]                                 this help

<town> is a JSON document (town.json) or a folder holding a CSV bundle
(people.csv, projects.csv, roles.csv, ties.csv, contributions.csv) in UTF-8 or Shift_JIS.

Exit codes: 0 done, 1 invalid town, 2 wrong usage.
`;

const COMMAND_HELP: Record<string, string> = {
  summary: `kankei summary <town> [--as-of DATE] [--lang ja|en]

Prints the town at a date (default: the town's asOf, else its latest date): people present by
highest role and origin, every project with its initiators and members, ties by strength.
The language follows --lang, else KANKEI_LANG, else the locale (LANG=ja_JP.UTF-8 gives Japanese).
`,
  validate: `kankei validate <town> [--lang ja|en]

Reads the town and lists every problem, each naming the record (file and row, or JSON path),
the field and the rule broken. Exit code 0 when valid, 1 when not.
`,
};

interface Parsed {
  positional: string[];
  flags: Record<string, string | true>;
}

function parseArgs(args: string[]): Parsed {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-h") flags.help = true;
    else if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      if (eq > 0) flags[a.slice(2, eq)] = a.slice(eq + 1);
      else if (a === "--help") flags.help = true;
      else if (i + 1 < args.length && !args[i + 1]!.startsWith("--")) flags[a.slice(2)] = args[++i]!;
      else flags[a.slice(2)] = true;
    } else positional.push(a);
  }
  return { positional, flags };
}

function flag(p: Parsed, name: string): string | undefined {
  const v = p.flags[name];
  if (v === true) throw new UsageError(`--${name} needs a value`);
  return v;
}

/**
 * Runs the command line with the given arguments and returns the exit code.
 *
 * @example
 * ```ts
 * import { main } from "@kankei/cli";
 * const out: string[] = [];
 * const code = main(["validate", "examples/town/town.json", "--lang", "en"], {
 *   stdout: (t) => out.push(t), stderr: (t) => out.push(t), env: {},
 * });
 * code; // 0
 * ```
 */
export function main(args: string[], io: CommandIO): number {
  const p = parseArgs(args);
  const [command, ...rest] = p.positional;
  try {
    if (command === undefined || command === "help" || (p.flags.help && command === undefined)) {
      io.stdout(rest[0] && COMMAND_HELP[rest[0]] ? COMMAND_HELP[rest[0]]! : HELP);
      return 0;
    }
    if (p.flags.help) {
      io.stdout(COMMAND_HELP[command] ?? HELP);
      return COMMAND_HELP[command] ? 0 : 2;
    }
    const lang = detectLang(flag(p, "lang"), io.env);
    switch (command) {
      case "summary": {
        if (rest.length !== 1) throw new UsageError("summary needs one <town>");
        io.stdout(formatSummary(readTownFile(rest[0]!), lang, flag(p, "as-of")));
        return 0;
      }
      case "validate": {
        if (rest.length !== 1) throw new UsageError("validate needs one <town>");
        const outcome = validateTownFile(rest[0]!, lang);
        (outcome.valid ? io.stdout : io.stderr)(outcome.report);
        return outcome.valid ? 0 : 1;
      }
      default:
        throw new UsageError(`unknown command "${command}"; try: kankei help`);
    }
  } catch (e) {
    if (e instanceof TownValidationError) {
      io.stderr(e.message + "\n");
      return 1;
    }
    if (e instanceof UsageError) {
      io.stderr(`kankei: ${e.message}\n`);
      return 2;
    }
    if (e instanceof KankeiError) {
      io.stderr(`kankei: ${e.name}: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
