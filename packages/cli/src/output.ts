/**
 * Where a report-like command writes (`report`, `hazards`, `backtest`): to the terminal, or to
 * the file of `--out`, whose extension chooses the format when `--format` is absent. The rules
 * of docs/cli.md hold for all three: an unknown extension is refused naming the known ones, an
 * existing file is replaced only with `--force`, and an output that is also the input is a
 * usage error; the file is written atomically (`writeTextFile`).
 *
 * @module
 */

import { extname } from "node:path";
import { UsageError, type Lang } from "@kankei/core";
import { flagChoice, flagValue, type ParsedArgs } from "./args.js";
import { REPORT_FORMATS, type ReportFormat } from "./commands/report.js";
import { checkOutputs, writeTextFile } from "./files.js";

const BY_EXTENSION = new Map<string, ReportFormat>([
  [".html", "html"],
  [".htm", "html"],
  [".json", "json"],
  [".md", "md"],
  [".markdown", "md"],
]);

/**
 * The output of a report-like command: `--out` (or none) and the format, checked before any
 * work is done. Throws a `UsageError` for an extension it cannot read, an existing file without
 * `--force`, or an output that is the input.
 *
 * @example
 * ```ts
 * import { planReportOutput } from "./output.js";
 * planReportOutput({ positional: [], flags: { format: "json" } }, "town.json"); // { "out": undefined, "format": "json" }
 * planReportOutput({ positional: [], flags: {} }, "town.json").format; // "md"
 * ```
 */
export function planReportOutput(p: ParsedArgs, input: string): { out: string | undefined; format: ReportFormat } {
  const out = flagValue(p, "out");
  const chosen = flagChoice(p, "format", REPORT_FORMATS);
  let format: ReportFormat = chosen ?? "md";
  if (out !== undefined) {
    const byName = BY_EXTENSION.get(extname(out).toLowerCase());
    if (chosen === undefined) {
      if (byName === undefined) throw new UsageError(`cannot tell the format of --out ${out}: end it in ${[...BY_EXTENSION.keys()].join(", ")}, or pass --format md|html|json`);
      format = byName;
    }
    checkOutputs([input], [{ flag: "--out", path: out }], p.flags.force === true);
  }
  return { out, format };
}

/**
 * Writes a report-like text to the terminal, or to `out` (atomically) with a line saying so.
 *
 * @example
 * ```ts
 * import { emitReport } from "./output.js";
 * const seen: string[] = [];
 * emitReport("# r\n", undefined, { ja: "報告書", en: "report" }, "en", { stdout: (t) => seen.push(t) }); // 0
 * seen; // ["# r\n"]
 * ```
 */
export function emitReport(text: string, out: string | undefined, what: Record<Lang, string>, lang: Lang, io: { stdout: (text: string) => void }): number {
  if (out === undefined) io.stdout(text);
  else {
    writeTextFile(out, text);
    io.stdout(lang === "ja" ? `${what.ja}を ${out} に書き出しました\n` : `wrote the ${what.en} to ${out}\n`);
  }
  return 0;
}
