/**
 * An RFC 4180 CSV tokenizer: text in, records of cells out, with the spreadsheet row of each.
 *
 * - Cells are separated by commas, or by tabs: Excel's "Unicode text" (Unicode テキスト) export
 *   is tab-separated UTF-16. The separator is detected from the first line (a tab and no comma
 *   outside quotes: tabs), or given. Records are separated by CRLF, LF or a lone CR (old Mac
 *   Excel).
 * - A cell that starts with `"` is quoted: it runs to the next lone `"`, and `""` inside it is
 *   one quote. Commas and line breaks inside a quoted cell are kept as written.
 * - Record `i` (0-based) of the result is spreadsheet row `i + 1`: a blank line is a record (an
 *   empty row) and a quoted multi-line cell does not shift later rows, as in Excel. A line
 *   break at the very end of the text does not start another record.
 * - A leading byte-order mark (U+FEFF) is dropped.
 * - Lenient where Excel is: a `"` inside an unquoted cell is kept as a character.
 * - Two syntax errors are reported with their row: a quote that is never closed (the rest of
 *   the text is read into that cell), and text after the closing quote of a cell (kept,
 *   appended to the cell).
 *
 * Complexity: O(n) in the length of the text.
 *
 * @module
 */

/** A syntax error of a CSV text, at a spreadsheet row (the first record is row 1). */
export interface CsvSyntaxIssue {
  /** The spreadsheet row of the record at fault (record index + 1). */
  row: number;
  /** `unclosed-quote`: the record is unusable; `text-after-quote`: the cell is kept as read. */
  kind: "unclosed-quote" | "text-after-quote";
  message: string;
}

/** The result of {@link parseCsv}. */
export interface ParsedCsv {
  /** The records; `records[i]` is spreadsheet row `i + 1`. A blank line is `[""]`. */
  records: string[][];
  /** Syntax errors, in row order; empty for a well-formed text. */
  issues: CsvSyntaxIssue[];
  /** The separator of the cells: `","`, or `"\t"` for a tab-separated text. */
  delimiter: CsvDelimiter;
}

/** The separators of cells that are read: comma (CSV) and tab (Excel's "Unicode text"). */
export type CsvDelimiter = "," | "\t";

/** Options of {@link parseCsv}. */
export interface ParseCsvOptions {
  /** The separator of the cells (default: detected from the first line). */
  delimiter?: CsvDelimiter;
}

/**
 * The separator of a text: a tab when its first line has a tab and no comma outside quotes,
 * else a comma.
 *
 * @example
 * ```ts
 * import { detectCsvDelimiter } from "./index.js";
 * detectCsvDelimiter("id\tname\r\na\tAoki, Ken"); // "\t"
 * detectCsvDelimiter('id,name\r\na,"x\ty"'); // ","
 * ```
 */
export function detectCsvDelimiter(text: string): CsvDelimiter {
  let tab = false;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 0x2c) return ",";
    else if (c === 0x09) tab = true;
    else if (c === 0x0a || c === 0x0d) break;
  }
  return tab ? "\t" : ",";
}

/**
 * Splits a CSV text into records of cells (RFC 4180, see the module comment).
 *
 * @example
 * ```ts
 * import { parseCsv } from "./index.js";
 * const { records, issues } = parseCsv('id,name\r\na,"Aoki, Ken"\r\nb,"two\nlines"\r\n');
 * records; // [["id", "name"], ["a", "Aoki, Ken"], ["b", "two\nlines"]]
 * issues; // []
 * ```
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): ParsedCsv {
  const records: string[][] = [];
  const issues: CsvSyntaxIssue[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const delimiter = options.delimiter ?? detectCsvDelimiter(text.slice(i));
  const sep = delimiter.charCodeAt(0);
  if (i >= n) return { records, issues, delimiter };
  let record: string[] = [];
  for (;;) {
    let cell: string;
    if (text.charCodeAt(i) === 0x22 /* " */) {
      cell = "";
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          issues.push({
            row: records.length + 1,
            kind: "unclosed-quote",
            message: "a quoted cell starts in this row and is never closed; the rest of the file was read into it",
          });
          record.push(cell + text.slice(i));
          records.push(record);
          return { records, issues, delimiter };
        }
        cell += text.slice(i, q);
        i = q + 1;
        if (text.charCodeAt(i) === 0x22) {
          cell += '"';
          i++;
          continue;
        }
        break;
      }
      const stop = nextDelimiter(text, i, sep);
      if (stop > i) {
        issues.push({
          row: records.length + 1,
          kind: "text-after-quote",
          message: `text after the closing quote of a cell (${JSON.stringify(text.slice(i, Math.min(stop, i + 20)))}); quote the whole cell and double the quotes inside it`,
        });
        cell += text.slice(i, stop);
        i = stop;
      }
    } else {
      const stop = nextDelimiter(text, i, sep);
      cell = text.slice(i, stop);
      i = stop;
    }
    record.push(cell);
    if (i >= n) {
      records.push(record);
      break;
    }
    const c = text.charCodeAt(i);
    i++;
    if (c === sep) continue;
    if (c === 0x0d && text.charCodeAt(i) === 0x0a) i++;
    records.push(record);
    record = [];
    if (i >= n) break;
  }
  return { records, issues, delimiter };
}

/** The index of the next separator `sep`, CR or LF at or after `i`, or the length of the text. */
function nextDelimiter(text: string, i: number, sep: number): number {
  const n = text.length;
  for (let j = i; j < n; j++) {
    const c = text.charCodeAt(j);
    if (c === sep || c === 0x0a || c === 0x0d) return j;
  }
  return n;
}
