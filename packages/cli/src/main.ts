/**
 * The `kankei` command line: commands, their help, and exit codes scripts can rely on
 * ({@link EXIT_CODES}): 0 done, 1 the town is invalid (problems on stderr), 2 the command was
 * used wrongly, 3 a file could not be read or written, 4 an internal error. A failure is one
 * line on stderr; a line longer than {@link STDERR_LINE_LIMIT} characters is clipped.
 *
 * @module
 */

import { SYNTHETIC_TOWN_DEFAULTS, FileError, KankeiError, TownValidationError, UsageError, type Lang } from "@kankei/core";
import { type CsvEncodingName } from "@kankei/core/io";
import { checkFlags, flagChoice, flagDate, flagInteger, flagValue, parseArgs, type ParsedArgs } from "./args.js";
import { convertTownFile } from "./commands/convert.js";
import { generateTownFile } from "./commands/generate.js";
import { formatSeries, simulateTownFile } from "./commands/simulate.js";
import { viewTownFile } from "./commands/view.js";
import { renderReport } from "./commands/report.js";
import { formatSummary } from "./commands/summary.js";
import { BACKTEST_HELP, HAZARDS_HELP, runBacktestCommand, runHazardsCommand } from "./evidence/commands.js";
import { validateTownFile } from "./commands/validate.js";
import { readTown } from "./files.js";
import { emitReport, planReportOutput } from "./output.js";
import { detectLang } from "./lang.js";
import { formatCount } from "./report/format.js";
import { createProgress } from "./progress.js";

/** Where a command writes; tests pass their own. */
export interface CommandIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** True when stderr is a terminal: long work then shows a progress line there (default false). */
  stderrIsTTY?: boolean;
}

const HELP = `kankei: relationship-population networks of Japanese towns (関係人口ネットワーク)

Usage:
  kankei summary <town> [--as-of DATE] [--lang ja|en]   the town at a glance
  kankei validate <town> [--lang ja|en]                 list every problem; exit 1 when invalid
  kankei report <town> [--format md|html|json] [--out FILE] [--force] [--as-of DATE] [--years N] [--lang ja|en]
                                                        the coordinator's report for a council meeting
  kankei convert <in> <out> [--lang ja|en] [--encoding utf-8|shift_jis] [--force]
                                                        between JSON and a CSV bundle, or to GEXF/GraphML
  kankei generate --people N --seed S --out FILE [--years Y] [--as-of DATE] [--force]
                                                        write a seeded synthetic town
  kankei simulate <town> --years N --seed S [--handover-after Y|never] [--out FILE] [--events FILE] [--series FILE] [--force]
                                                        run the town forward year by year
  kankei view <town> [--port N]                         open the town in the viewer (a local web page)
  kankei hazards <town> [--format md|html|json] [--out FILE] [--from DATE] [--to DATE] [--lang ja|en]
                                                        departure hazards from the town's own records
  kankei backtest <town> [--format md|html|json] [--out FILE] [--grace DAYS] [--lang ja|en]
                                                        does succession risk predict what happened?
  kankei help [command]                                 this help, or a command's (also: --help, -h)

<town> is a JSON document (town.json) or a folder holding a CSV bundle
(people.csv, projects.csv, roles.csv, ties.csv, contributions.csv) in UTF-8 or Shift_JIS.
The language follows --lang, else KANKEI_LANG, else the locale (LANG=ja_JP.UTF-8 gives Japanese).

Exit codes: 0 done, 1 invalid town, 2 wrong usage, 3 a file could not be read or written,
4 internal error (a bug: please report it).
`;

/**
 * The exit codes of `kankei` (docs/cli.md), kept apart so that scripts can tell them apart:
 * `ok` 0; `invalid` 1, the town breaks a rule (every problem on stderr); `usage` 2, the command
 * was used wrongly (a missing or unknown flag, a path that does not exist, an output that exists
 * without `--force` or is also an input); `file` 3, a file or folder could not be read or
 * written (permission, a full disk, too large or too deeply nested to load); `internal` 4, a bug.
 */
export const EXIT_CODES = Object.freeze({ ok: 0, invalid: 1, usage: 2, file: 3, internal: 4 });

/** The longest line `kankei` writes on stderr; the rest of a longer line is cut and counted. */
export const STDERR_LINE_LIMIT = 400;

/**
 * A line clipped to `limit` characters, saying how many were cut (a 5 MB bad value prints a
 * few hundred characters, not 5 MB). A surrogate pair is never split.
 *
 * @example
 * ```ts
 * import { clipLine } from "@kankei/cli";
 * clipLine("x".repeat(1000), 10); // "xxxxxxxxxx… (990 more characters)"
 * clipLine("short", 10); // "short"
 * ```
 */
export function clipLine(line: string, limit: number = STDERR_LINE_LIMIT): string {
  if (line.length <= limit) return line;
  let end = limit;
  const last = line.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${line.slice(0, end)}… (${line.length - end} more characters)`;
}

/** Every line of `text` clipped ({@link clipLine}). */
function clipLines(text: string): string {
  return text.length <= STDERR_LINE_LIMIT ? text : text.split("\n").map((l) => clipLine(l)).join("\n");
}

/** A message on one line: line breaks and other control characters shown as escapes. */
function oneLine(message: string): string {
  // eslint-disable-next-line no-control-regex
  return message.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "\t" ? " " : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
}

const COMMAND_HELP_TEXT: Record<string, string> = {
  hazards: HAZARDS_HELP,
  backtest: BACKTEST_HELP,
  summary: `kankei summary <town> [--as-of DATE] [--lang ja|en]

Prints the town at a date (default: the town's asOf, else its latest date): people present by
highest role and origin, every project with its initiators and members, ties by strength.
The language follows --lang, else KANKEI_LANG, else the locale (LANG=ja_JP.UTF-8 gives Japanese).
`,
  validate: `kankei validate <town> [--lang ja|en]

Reads the town and lists every problem, each naming the record (file and row, or JSON path),
the field and the rule broken. Exit code 0 when valid, 1 when not.
`,
  report: `kankei report <town> [--format md|html|json] [--out FILE] [--force] [--as-of DATE] [--years N] [--lang ja|en]

Writes the coordinator's report for a council meeting (報告書), at a date (default: the town's
asOf, else its latest date):
  1. projects ranked by succession risk (後継リスク): level, R, exposure, bench strength,
     initiators, stand-ins (代役) with their readiness, and the reasons;
  2. single points of failure: people whose departure alone makes two or more projects critical;
  3. weak-tie reach (弱い紐帯の到達範囲) of the projects' core, for everyone and for outsiders;
  4. circulation (循環) over the N years before the date (default 5, the core's window): initiators grown from
     within, initiators who stepped back, outsiders who reached a core, initiator tenure;
  5. the town at a glance: people by role and origin, projects, ties.

Without --format, the extension of --out chooses the format (.md, .markdown, .html, .htm, .json;
any other is an error). --force replaces an existing FILE, never the <town> itself.
  --format md     Markdown, headings and tables (the default)
  --format html   one self-contained page with charts, nothing fetched from anywhere; prints on A4
  --format json   the same content for scripts (NaN as null, Infinity as "Infinity")
  --out FILE      write to FILE instead of the terminal; without --format, a FILE ending in
                  .html or .json chooses that format
  --years N       years of circulation before the date (default 5)
`,
  convert: `kankei convert <in> <out> [--lang ja|en] [--encoding utf-8|shift_jis] [--force]

Reads <in> (a JSON document, or a folder holding a CSV bundle), checks it, and writes <out>
in the kind its path names:
  *.json          the JSON document
  *.gexf          GEXF 1.3 for Gephi, with time spells (write only)
  *.graphml       GraphML (write only)
  a folder, or a path without an extension: a CSV bundle
Reading GEXF or GraphML is not supported. An existing <out> is replaced only with --force.
  --lang ja|en          CSV headers and values (役割: 仕掛け人…), GEXF/GraphML attribute titles
  --encoding utf-8|shift_jis   the CSV bundle's encoding (default utf-8; Excel in Japan reads Shift_JIS)
`,
  generate: `kankei generate --people N --seed S --out FILE [--years Y] [--as-of DATE] [--force]

Writes a synthetic town (合成の町): N people over Y years of history (default 8) up to DATE
(default 2025-04-01), shaped by the published figures on relationship population and by the
circular model. The same options and seed give byte-identical files. FILE ends in .json, or
is a folder for a CSV bundle (then --lang ja|en and --encoding utf-8|shift_jis apply). An
existing FILE is replaced only with --force. Prints one line saying what was written.
`,
  simulate: `kankei simulate <town> --years N --seed S [--handover-after Y|never] [--out FILE] [--events FILE] [--series FILE] [--force] [--lang ja|en]

Runs the town forward N years from its date (docs/rotation.md): each year initiators in the
role for Y years hand over to a ready member (default 2; "never" for rotation without handover),
people leave by tenure and hazard, orphaned projects get a ready successor or close, roles
deepen, newcomers arrive over weak ties, experienced cooperators launch projects. The same town
and seed give the same run. Prints the yearly series; --out writes the final town (.json or a
CSV bundle folder), --events the event log and --series the series (JSON). Existing files are
replaced only with --force.
`,
  view: `kankei view <town> [--port N] [--lang ja|en]

Serves the viewer on this computer (http://127.0.0.1:N/, default 5173, any free port when it is
taken) with the town open, and prints the address to open in a browser. The town is checked
first: an invalid town lists its problems and exits 1. Nothing leaves the machine. Ctrl+C stops it.
`,
};

/** Each command's help; a Map, so that `constructor` or `toString` is no command. */
const COMMAND_HELP: ReadonlyMap<string, string> = new Map(Object.entries(COMMAND_HELP_TEXT));

/** The flags each command accepts (besides --help); a Map, as above. */
const COMMAND_FLAGS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ["summary", ["lang", "as-of"]],
  ["validate", ["lang"]],
  ["report", ["format", "out", "as-of", "years", "lang", "force"]],
  ["convert", ["lang", "encoding", "force"]],
  ["generate", ["people", "seed", "out", "years", "as-of", "lang", "encoding", "force"]],
  ["simulate", ["years", "seed", "handover-after", "out", "events", "series", "force", "lang"]],
  ["view", ["port", "lang"]],
  ["hazards", ["format", "out", "from", "to", "lang", "force"]],
  ["backtest", ["format", "out", "grace", "lang", "force"]],
]);

const SPEC = {
  values: ["lang", "as-of", "format", "out", "years", "encoding", "people", "seed", "handover-after", "events", "series", "port", "from", "to", "grace"],
  switches: ["force", "help"],
};

function required<T>(value: T | undefined, name: string, command: string): T {
  if (value === undefined) throw new UsageError(`${command} needs --${name}; try: kankei ${command} --help`);
  return value;
}

function langOf(p: ParsedArgs, io: CommandIO): Lang {
  return detectLang(flagChoice(p, "lang", ["ja", "en"] as const), io.env);
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
  const stderr = io.stderr;
  io = { ...io, stderr: (text) => stderr(clipLines(text)) };
  try {
    const p = parseArgs(args, SPEC);
    const [command, ...rest] = p.positional;
    if (command === undefined || command === "help") {
      io.stdout((rest[0] !== undefined ? COMMAND_HELP.get(rest[0]) : undefined) ?? HELP);
      return 0;
    }
    if (p.flags.help) {
      io.stdout(COMMAND_HELP.get(command) ?? HELP);
      return COMMAND_HELP.has(command) ? 0 : 2;
    }
    const known = COMMAND_FLAGS.get(command);
    if (known === undefined) throw new UsageError(`unknown command "${command}"; try: kankei help`);
    checkFlags(p, command, known);
    const lang = langOf(p, io);
    const progress = createProgress(io.stderr, io.stderrIsTTY === true);
    switch (command) {
      case "summary": {
        if (rest.length !== 1) throw new UsageError("summary needs one <town>");
        io.stdout(formatSummary(readTown(rest[0]!), lang, flagDate(p, "as-of")));
        return 0;
      }
      case "validate": {
        if (rest.length !== 1) throw new UsageError("validate needs one <town>");
        const outcome = validateTownFile(rest[0]!, lang);
        (outcome.valid ? io.stdout : io.stderr)(outcome.report);
        return outcome.valid ? 0 : 1;
      }
      case "report":
        return report(p, rest, lang, io, progress);
      case "convert":
        return convert(p, rest, lang, io, progress);
      case "simulate":
        return simulateCommand(p, rest, lang, io, progress);
      case "view":
        return viewCommand(p, rest, lang, io);
      case "hazards":
        return runHazardsCommand(p, rest, lang, io, progress);
      case "backtest":
        return runBacktestCommand(p, rest, lang, io, progress);
      default:
        return generate(p, rest, lang, io, progress);
    }
  } catch (e) {
    return failure(e, io);
  }
}

/** Reports a failure on stderr (one line, but for the problems of an invalid town) and returns its exit code. */
function failure(e: unknown, io: CommandIO): number {
  if (e instanceof TownValidationError) {
    io.stderr(e.message + "\n");
    return EXIT_CODES.invalid;
  }
  if (e instanceof UsageError) {
    io.stderr(`kankei: ${oneLine(e.message)}\n`);
    return EXIT_CODES.usage;
  }
  if (e instanceof FileError) {
    io.stderr(`kankei: ${oneLine(e.message)}\n`);
    return EXIT_CODES.file;
  }
  if (e instanceof KankeiError) {
    io.stderr(`kankei: ${e.name}: ${oneLine(e.message)}\n`);
    return EXIT_CODES.invalid;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  io.stderr(`kankei: internal error (a bug; please report it with the command that caused it): ${err.name}: ${oneLine(err.message)}\n`);
  if (io.env.KANKEI_DEBUG) io.stderr(`${err.stack ?? ""}\n`);
  return EXIT_CODES.internal;
}

type ProgressLine = ReturnType<typeof createProgress>;

function report(p: ParsedArgs, rest: string[], lang: Lang, io: CommandIO, progress: ProgressLine): number {
  if (rest.length !== 1) throw new UsageError("report needs one <town>");
  const { out, format } = planReportOutput(p, rest[0]!);
  const years = flagInteger(p, "years", 1, 100);
  const asOf = flagDate(p, "as-of");
  progress.phase(lang === "ja" ? "読み込み中…" : "reading…");
  const town = readTown(rest[0]!);
  if (asOf === undefined && town.defaultDate === undefined) throw new UsageError(`${rest[0]} has no date at all (no asOf, no dated record): pass --as-of DATE`);
  progress.phase(lang === "ja" ? "計算中…" : "measuring…");
  const text = renderReport(town, { format, lang, ...(asOf !== undefined ? { asOf } : {}), ...(years !== undefined ? { years } : {}) });
  progress.done();
  return emitReport(text, out, { ja: "報告書", en: "report" }, lang, io);
}

function convert(p: ParsedArgs, rest: string[], lang: Lang, io: CommandIO, progress: ProgressLine): number {
  if (rest.length !== 2) throw new UsageError("convert needs <in> and <out>; try: kankei convert --help");
  const [input, output] = rest as [string, string];
  const encoding = flagValue(p, "encoding");
  const phases = { reading: lang === "ja" ? "読み込み中…" : "reading…", writing: lang === "ja" ? "書き出し中…" : "writing…" };
  const outcome = convertTownFile(input, output, {
    lang,
    ...(encoding !== undefined ? { encoding: encoding as CsvEncodingName } : {}),
    force: p.flags.force === true,
    onPhase: (phase) => progress.phase(phases[phase]),
  });
  progress.done();
  const t = outcome.town;
  const kinds = { json: "JSON", csv: lang === "ja" ? "CSV 一式" : "CSV bundle", gexf: "GEXF", graphml: "GraphML" };
  io.stdout(
    lang === "ja"
      ? `${input} → ${output}（${kinds[outcome.to]}）：人物 ${formatCount(t.people.length)}、事業 ${formatCount(t.projects.length)}、役割 ${formatCount(t.roles.length)}、紐帯 ${formatCount(t.ties.length)}\n`
      : `${input} → ${output} (${kinds[outcome.to]}): ${formatCount(t.people.length)} people, ${formatCount(t.projects.length)} projects, ${formatCount(t.roles.length)} roles, ${formatCount(t.ties.length)} ties\n`,
  );
  return 0;
}

function generate(p: ParsedArgs, rest: string[], lang: Lang, io: CommandIO, progress: ProgressLine): number {
  if (rest.length !== 0) throw new UsageError(`generate takes no <town>, only flags (got ${JSON.stringify(rest[0])}); try: kankei generate --help`);
  const people = required(flagInteger(p, "people", 1), "people", "generate");
  const seed = required(flagInteger(p, "seed"), "seed", "generate");
  const out = required(flagValue(p, "out"), "out", "generate");
  const years = flagInteger(p, "years", 1);
  const asOf = flagDate(p, "as-of");
  const encoding = flagValue(p, "encoding");
  const phases = {
    generating: lang === "ja" ? `生成中（${formatCount(people)} 人）…` : `generating ${formatCount(people)} people…`,
    validating: lang === "ja" ? "検査中…" : "validating…",
    writing: lang === "ja" ? "書き出し中…" : "writing…",
  };
  const town = generateTownFile(out, {
    people,
    seed,
    lang,
    ...(years !== undefined ? { years } : {}),
    ...(asOf !== undefined ? { asOf } : {}),
    ...(encoding !== undefined ? { encoding: encoding as CsvEncodingName } : {}),
    force: p.flags.force === true,
    onPhase: (phase) => progress.phase(phases[phase]),
  });
  progress.done();
  const y = years ?? SYNTHETIC_TOWN_DEFAULTS.years;
  const date = town.date();
  io.stdout(
    lang === "ja"
      ? `${out} に書き出しました：人物 ${formatCount(town.people.length)}、事業 ${formatCount(town.projects.length)}、役割 ${formatCount(town.roles.length)}、紐帯 ${formatCount(town.ties.length)}（シード ${seed}、${date} までの ${y} 年間）\n`
      : `wrote ${out}: ${formatCount(town.people.length)} people, ${formatCount(town.projects.length)} projects, ${formatCount(town.roles.length)} roles, ${formatCount(town.ties.length)} ties (seed ${seed}, ${y} years to ${date})\n`,
  );
  return 0;
}

function simulateCommand(p: ParsedArgs, rest: string[], lang: Lang, io: CommandIO, progress: ProgressLine): number {
  if (rest.length !== 1) throw new UsageError("simulate needs one <town>; try: kankei simulate --help");
  const years = required(flagInteger(p, "years", 0, 200), "years", "simulate");
  const seed = required(flagInteger(p, "seed"), "seed", "simulate");
  const handover = flagValue(p, "handover-after");
  let handoverAfterYears: number | null | undefined;
  if (handover === "never") handoverAfterYears = null;
  else if (handover !== undefined) {
    if (!/^[1-9]\d*$/.test(handover)) throw new UsageError(`--handover-after must be a whole number of years >= 1 or "never", not ${JSON.stringify(handover)}`);
    handoverAfterYears = Number(handover);
  }
  const outputs = { out: flagValue(p, "out"), events: flagValue(p, "events"), series: flagValue(p, "series") };
  const run = simulateTownFile(rest[0]!, {
    years,
    seed,
    lang,
    force: p.flags.force === true,
    ...(handoverAfterYears !== undefined ? { handoverAfterYears } : {}),
    ...(outputs.out !== undefined ? { out: outputs.out } : {}),
    ...(outputs.events !== undefined ? { events: outputs.events } : {}),
    ...(outputs.series !== undefined ? { series: outputs.series } : {}),
    onYear: (year, total) => progress.phase(lang === "ja" ? `シミュレーション中 ${year}/${total} 年…` : `simulating year ${year}/${total}…`),
  });
  progress.done();
  io.stdout(formatSeries(run, lang));
  const written = Object.values(outputs).filter((x): x is string => x !== undefined);
  io.stdout(
    lang === "ja"
      ? `${run.start} から ${run.end} まで ${years} 年、出来事 ${formatCount(run.events.length)} 件（シード ${seed}）${written.length > 0 ? `。書き出し: ${written.join("、")}` : ""}\n`
      : `${years} years from ${run.start} to ${run.end}, ${formatCount(run.events.length)} events (seed ${seed})${written.length > 0 ? `; wrote ${written.join(", ")}` : ""}\n`,
  );
  return 0;
}

function viewCommand(p: ParsedArgs, rest: string[], lang: Lang, io: CommandIO): number {
  if (rest.length !== 1) throw new UsageError("view needs one <town>; try: kankei view --help");
  const port = flagInteger(p, "port", 0, 65535) ?? 5173;
  // Reading and validating happen before the promise: an invalid town throws here (exit 1).
  const viewing = viewTownFile(rest[0]!, { port });
  viewing.then(
    ({ town, server }) =>
      io.stdout(
        lang === "ja"
          ? `${town.name}（${rest[0]}）をビューアで開いています: ${server.url}\nブラウザでこのアドレスを開いてください。終了は Ctrl+C。\n`
          : `${town.name} (${rest[0]}) is open in the viewer at ${server.url}\nOpen this address in a browser. Ctrl+C stops it.\n`,
      ),
    (e: unknown) => {
      // the server could not listen (a port below 1024, no free port): a failure of the machine, not of the town
      io.stderr(`kankei: cannot serve the viewer: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
      process.exitCode = EXIT_CODES.file;
    },
  );
  return 0;
}
