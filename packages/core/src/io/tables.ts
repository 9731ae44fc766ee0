/**
 * Writing flat tables (表の書き出し): a {@link Table} of `toTables` as CSV text or as an Apache
 * Parquet file, for pandas, Polars, R, DuckDB or a spreadsheet.
 *
 * What it means for a town: a researcher's results leave Kankei in the formats their tools
 * read, with the types kept (numbers stay numbers in Parquet) and nothing to install beyond
 * this package; the files stay on the researcher's machine.
 * 町にとっての意味: 分析結果を研究者の道具が読む形式（CSV、Parquet）で、型を保ったまま書き出せる。
 * ファイルは手元のコンピュータに残る。
 *
 * Format choices:
 * - CSV (RFC 4180): a header of the columns, `\r\n` line ends, cells quoted when they hold a
 *   comma, a quote or a line break; null and NaN are empty cells, ±Infinity is written
 *   `Infinity` / `-Infinity` (pandas and DuckDB read both), booleans `true`/`false`. A text that
 *   a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return first) gets a
 *   leading apostrophe, as the town's own CSV files do (CWE-1236); `guard: false` turns it off
 *   for data tools only.
 * - Parquet, written by `hyparquet-writer` (MIT, pure JavaScript, one dependency, maintained
 *   by the authors of the `hyparquet` reader; it runs in Node, browsers and Deno, which Apache
 *   Arrow's writer does too but at twenty times the size, and `parquet-wasm` only with a
 *   WebAssembly binary): a column whose cells are all numbers (or null) is `DOUBLE` (NaN kept),
 *   all booleans `BOOLEAN`, anything else `STRING` (UTF-8); null stays null.
 *
 * Defaults: `guard` true. Complexity: O(cells).
 *
 * Sources: RFC 4180 (CSV); the Apache Parquet format specification; OWASP, "CSV Injection"
 * (CWE-1236).
 *
 * @module
 */

import { parquetWriteBuffer } from "hyparquet-writer";
import type { Cell, Table } from "../tables/to-tables.js";
import { guardText } from "./csv/values.js";

/** Options of {@link tableToCsv}. */
export interface TableCsvOptions {
  /** Guard texts a spreadsheet would run as formulas with a leading apostrophe (default true). */
  guard?: boolean;
}

function csvCell(cell: Cell, guard: boolean): string {
  if (cell === null) return "";
  if (typeof cell === "number") return Number.isNaN(cell) ? "" : String(cell);
  if (typeof cell === "boolean") return cell ? "true" : "false";
  const text = guard ? guardText(cell) : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A table as CSV text (see the module header for the format).
 *
 * @example
 * ```ts
 * import { tableToCsv } from "@kankei/core/io";
 * const table = { name: "t", columns: ["id", "risk", "note"], rows: [{ id: "fan", risk: 0.5, note: "=1+1" }, { id: "a,b", risk: NaN, note: null }] };
 * tableToCsv(table); // "id,risk,note\r\nfan,0.5,'=1+1\r\n\"a,b\",,\r\n"
 * tableToCsv(table, { guard: false }).split("\r\n")[1]; // "fan,0.5,=1+1"
 * ```
 */
export function tableToCsv(table: Table, options: TableCsvOptions = {}): string {
  const guard = options.guard ?? true;
  const lines = [table.columns.map((c) => csvCell(c, guard)).join(",")];
  for (const row of table.rows) lines.push(table.columns.map((c) => csvCell(row[c] ?? null, guard)).join(","));
  return lines.join("\r\n") + "\r\n";
}

/** The Parquet type of a column: DOUBLE, BOOLEAN or STRING (see the module header). */
function columnType(table: Table, column: string): "DOUBLE" | "BOOLEAN" | "STRING" {
  let numbers = 0;
  let booleans = 0;
  let others = 0;
  for (const row of table.rows) {
    const v = row[column];
    if (v === null || v === undefined) continue;
    if (typeof v === "number") numbers++;
    else if (typeof v === "boolean") booleans++;
    else others++;
  }
  if (others === 0 && booleans === 0 && numbers > 0) return "DOUBLE";
  if (others === 0 && numbers === 0 && booleans > 0) return "BOOLEAN";
  return "STRING";
}

/**
 * A table as the bytes of an Apache Parquet file (see the module header for the types).
 *
 * @example
 * ```ts
 * import { tableToParquet } from "@kankei/core/io";
 * const bytes = tableToParquet({ name: "t", columns: ["id", "risk"], rows: [{ id: "fan", risk: 0.5 }] });
 * new TextDecoder().decode(bytes.subarray(0, 4)); // "PAR1"
 * ```
 */
export function tableToParquet(table: Table): Uint8Array {
  const columnData = table.columns.map((name) => {
    const type = columnType(table, name);
    const data = table.rows.map((row) => {
      const v = row[name] ?? null;
      if (v === null) return null;
      return type === "STRING" ? String(v) : v;
    });
    return { name, data, type };
  });
  return new Uint8Array(parquetWriteBuffer({ columnData }));
}
