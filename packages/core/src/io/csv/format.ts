/**
 * Writing CSV text (RFC 4180): CRLF line endings, a CRLF after the last record, and a cell
 * quoted only when it needs to be: when it holds a comma, a quote, a tab (so that a reader never
 * takes the file for tab-separated), a CR or LF, or starts or ends with white space (which a spreadsheet or a reader that trims would otherwise lose).
 * Quotes inside a quoted cell are doubled. {@link parseCsv} reads the result back unchanged.
 *
 * @module
 */

const NEEDS_QUOTES = /[",\t\r\n]|^\s|\s$/;

/**
 * One cell as CSV: quoted when needed (see the module comment).
 *
 * @example
 * ```ts
 * import { formatCsvCell } from "./index.js";
 * formatCsvCell("plain"); // "plain"
 * formatCsvCell('say "hi", then go'); // '"say ""hi"", then go"'
 * formatCsvCell(" padded"); // '" padded"'
 * ```
 */
export function formatCsvCell(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * Records as CSV text, each record ended by CRLF.
 *
 * @example
 * ```ts
 * import { formatCsv, parseCsv } from "./index.js";
 * const text = formatCsv([["id", "note"], ["a", "one,\ntwo"]]);
 * text; // 'id,note\r\na,"one,\ntwo"\r\n'
 * parseCsv(text).records; // [["id", "note"], ["a", "one,\ntwo"]]
 * ```
 */
export function formatCsv(records: readonly (readonly string[])[]): string {
  let out = "";
  for (const record of records) out += record.map(formatCsvCell).join(",") + "\r\n";
  return out;
}
