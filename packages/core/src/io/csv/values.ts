/**
 * Cell values of the CSV bundle: the text of a cell to a field value and back.
 *
 * - An empty cell, or one holding only white space, is an absent field.
 * - Enumerations (`origin`, `sector`, `relationship`, `lead`, `role`, `strength`, `resource`)
 *   are read in English (any case) or Japanese, with a few aliases, after trimming and NFKC
 *   normalisation (full-width `ＮＰＯ･団体` is `NPO・団体`). An unrecognised value is kept as
 *   written, so that validation reports it with its column.
 * - Dates: ISO `YYYY-MM-DD`, and Excel's `YYYY/M/D` or `YYYY/MM/DD`, normalised to ISO. A text
 *   that is not a real date is kept as written (validation reports it).
 * - `amount`: a decimal number (`1200`, `-3.5`, `1e3`, with thousands separators `1,200`, or
 *   full-width digits); anything else is kept as the text, which validation reports.
 * - Every other field, extra fields included, is text kept exactly as written (no trimming),
 *   except a *typed cell*: one that starts with {@link CSV_TYPED_PREFIX} (`json:`) holds a JSON
 *   value after the prefix (`json:1200`, `json:true`, `json:null`, `json:""`, `json:["a","b"]`).
 *
 * Writing is the reverse: English or canonical Japanese enumeration values, ISO dates, numbers
 * in JavaScript's shortest round-trip form. A value a plain cell cannot carry exactly is written
 * as a typed cell, so that the bundle keeps what the JSON document keeps: an extra field that is
 * not a string (a number, a boolean, `null`, an array, an object), and a text that is empty,
 * only white space (which a plain cell reads back as absent) or itself starts with `json:`.
 *
 * @module
 */

import { isIsoDate } from "../../model/date.js";
import { TERMS } from "../../model/labels.js";
import type { CsvLang } from "./columns.js";
import { normalizeKey } from "./columns.js";
import type { CsvTableName } from "./files.js";

/** The enumerations of the records, by field name. */
export type CsvEnumName = "origin" | "sector" | "relationship" | "lead" | "role" | "strength" | "resource";

/** The canonical Japanese value of every enumeration value (written with `lang: "ja"`). */
export const CSV_JA_VALUES: Readonly<Record<CsvEnumName, Readonly<Record<string, string>>>> = TERMS.ja;

/** Other Japanese values accepted when reading (never written). */
export const CSV_VALUE_ALIASES: Readonly<Record<CsvEnumName, Readonly<Record<string, readonly string[]>>>> = Object.freeze({
  origin: { local: ["地元", "域内"], outsider: ["よそ者", "地域外・よそ者", "域外"] },
  sector: {
    government: ["自治体", "行政"],
    business: ["企業"],
    resident: ["住民"],
    nonprofit: ["NPO", "団体", "NPO/団体"],
    corps: ["協力隊"],
    other: [],
  },
  relationship: { kinship: ["地縁血縁"], exchange: ["参加交流"], work: ["就業就労", "就業", "就労"] },
  lead: { public: ["行政"], private: ["民間"], mixed: ["官民連携", "官民"] },
  role: { initiator: ["仕掛人"] },
  strength: { strong: ["強い", "強い紐帯"], weak: ["弱い", "弱い紐帯"] },
  resource: { people: ["人"], goods: ["物"], money: ["金", "お金"] },
});

const ENUM_FIELDS: Readonly<Record<CsvTableName, Readonly<Record<string, CsvEnumName>>>> = {
  town: {},
  people: { origin: "origin", sector: "sector", relationship: "relationship" },
  projects: { lead: "lead" },
  roles: { role: "role" },
  ties: { strength: "strength" },
  contributions: { resource: "resource" },
};

const DATE_FIELDS: Readonly<Record<CsvTableName, readonly string[]>> = {
  town: ["asOf"],
  people: ["joined", "left", "tenureEnds"],
  projects: ["start", "end"],
  roles: ["from", "to"],
  ties: ["from", "to"],
  contributions: ["date"],
};

const NUMBER_FIELDS: Readonly<Record<CsvTableName, readonly string[]>> = {
  town: [],
  people: [],
  projects: [],
  roles: [],
  ties: [],
  contributions: ["amount"],
};

const VALUE_LOOKUP: Record<CsvEnumName, Map<string, string>> = (() => {
  const out = {} as Record<CsvEnumName, Map<string, string>>;
  for (const name of Object.keys(CSV_JA_VALUES) as CsvEnumName[]) {
    const m = new Map<string, string>();
    const ja = CSV_JA_VALUES[name] as Record<string, string>;
    const aliases = CSV_VALUE_ALIASES[name];
    for (const value of Object.keys(ja)) {
      for (const text of [value, ja[value]!, ...(aliases[value] ?? [])]) m.set(normalizeKey(text).toLowerCase(), value);
    }
    out[name] = m;
  }
  return out;
})();

/**
 * The prefix of a typed cell: `json:` and then a JSON value. Free-text and extra columns only;
 * enumerations, dates and `amount` are never typed.
 */
export const CSV_TYPED_PREFIX = "json:";

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * The enumeration value an English or Japanese cell names, or `undefined` when it names none.
 *
 * @example
 * ```ts
 * import { csvEnumValue } from "./index.js";
 * csvEnumValue("role", "仕掛け人"); // "initiator"
 * csvEnumValue("origin", " よそ者 "); // "outsider"
 * csvEnumValue("sector", "ＮＰＯ･団体"); // "nonprofit"
 * csvEnumValue("strength", "Strong"); // "strong"
 * csvEnumValue("role", "boss"); // undefined
 * ```
 */
export function csvEnumValue(name: CsvEnumName, cell: string): string | undefined {
  return VALUE_LOOKUP[name].get(normalizeKey(cell).toLowerCase());
}

const EXCEL_DATE = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;

/**
 * A date cell as an ISO date: `YYYY-MM-DD` as is, Excel's `YYYY/M/D` and `YYYY/MM/DD`
 * zero-padded; surrounding white space and full-width digits are accepted. A text that is not
 * a real calendar date is returned as written.
 *
 * @example
 * ```ts
 * import { normalizeCsvDate } from "./index.js";
 * normalizeCsvDate("2024/4/1"); // "2024-04-01"
 * normalizeCsvDate("２０２４/０４/０１"); // "2024-04-01"
 * normalizeCsvDate("2023/2/29"); // "2023/2/29" (not a real date: kept for validation to report)
 * ```
 */
export function normalizeCsvDate(cell: string): string {
  const t = normalizeKey(cell);
  if (isIsoDate(t)) return t;
  const m = EXCEL_DATE.exec(t);
  if (m) {
    const iso = `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
    if (isIsoDate(iso)) return iso;
  }
  return cell;
}

const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * An amount cell as a number, or the cell as written when it is not a finite decimal number.
 *
 * @example
 * ```ts
 * import { parseCsvAmount } from "./index.js";
 * parseCsvAmount("1,200"); // 1200
 * parseCsvAmount(" -3.5 "); // -3.5
 * parseCsvAmount("１０００"); // 1000
 * parseCsvAmount("lots"); // "lots"
 * ```
 */
export function parseCsvAmount(cell: string): number | string {
  let t = normalizeKey(cell);
  if (THOUSANDS.test(t)) t = t.replace(/,/g, "");
  if (!DECIMAL.test(t)) return cell;
  const n = Number(t);
  return Number.isFinite(n) ? n : cell;
}

/**
 * The value of a cell for a field of a table: `undefined` (absent) for an empty cell, an
 * enumeration value, an ISO date, a number for `amount`, else the text as written. `known` is
 * false for an extra column, whose cells are always text.
 *
 * @example
 * ```ts
 * import { readCsvCell } from "./index.js";
 * readCsvCell("people", "origin", "地域外", true); // "outsider"
 * readCsvCell("roles", "from", "2024/4/1", true); // "2024-04-01"
 * readCsvCell("people", "hobby", " fishing", false); // " fishing"
 * readCsvCell("people", "name", "  ", true); // undefined
 * readCsvCell("people", "budget", "json:1200", false); // 1200
 * readCsvCell("people", "name", 'json:""', true); // 
 * ```
 */
export function readCsvCell(table: CsvTableName, field: string, cell: string, known: boolean): unknown {
  if (cell.trim() === "") return undefined;
  if (!known) return readTextCell(cell, false);
  const e = own(ENUM_FIELDS[table], field);
  if (e !== undefined) return csvEnumValue(e, cell) ?? cell;
  if (DATE_FIELDS[table].includes(field)) return normalizeCsvDate(cell);
  if (NUMBER_FIELDS[table].includes(field)) return parseCsvAmount(cell);
  return readTextCell(cell, true);
}

/** A free-text or extra cell: a typed cell's JSON value (a string only for a known field), else the text. */
function readTextCell(cell: string, stringOnly: boolean): unknown {
  if (cell.startsWith(CSV_TYPED_PREFIX)) {
    try {
      const value: unknown = JSON.parse(cell.slice(CSV_TYPED_PREFIX.length));
      if (!stringOnly || typeof value === "string") return value;
    } catch {
      // not JSON after the prefix: the text as written
    }
    return cell;
  }
  return unguardText(cell);
}

// A text a spreadsheet would run as a formula: it starts with = + - @, a tab or a carriage
// return, possibly after apostrophes (so that the guard itself round-trips).
const FORMULA_START = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/**
 * Guards a free text against formula injection (CWE-1236): a text that Excel or another
 * spreadsheet would run as a formula (`=HYPERLINK(...)`, `+1`, `-x`, `@SUM`) is written with an
 * apostrophe in front, so that the spreadsheet shows it as text. Data about real people often
 * comes from web forms; a name typed as a formula must not run on the coordinator's computer.
 * {@link unguardText} removes the apostrophe on reading, so the round trip is exact for every
 * text (one that starts with apostrophes and then such a character gets one more).
 *
 * @example
 * ```ts
 * import { guardText } from "./index.js";
 * guardText("=HYPERLINK(\"http://x\")"); // "'=HYPERLINK(\"http://x\")"
 * guardText("-5 degrees"); // "'-5 degrees"
 * guardText("山田 花子"); // "山田 花子"
 * guardText("'=x"); // "''=x"
 * ```
 */
export function guardText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * The text a guarded cell stands for: the reverse of {@link guardText}.
 *
 * @example
 * ```ts
 * import { unguardText } from "./index.js";
 * unguardText("'=SUM(A1:A9)"); // "=SUM(A1:A9)"
 * unguardText("''=x"); // "'=x"
 * unguardText("'quoted"); // "'quoted"
 * ```
 */
export function unguardText(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}

/** A number as text that `Number()` reads back exactly (`-0` included). */
function numberText(n: number): string {
  return Object.is(n, -0) ? "-0" : String(n);
}

/**
 * The text of a cell for a field value: the reverse of {@link readCsvCell}. Absent values and
 * texts of only white space give an empty cell; enumeration values are translated with
 * `lang: "ja"`; free texts that a spreadsheet would run as a formula are guarded
 * ({@link guardText}); an extra field that is not a string, and a text that is blank or starts
 * with `json:`, is written as a typed cell (`json:` and its JSON).
 *
 * @example
 * ```ts
 * import { writeCsvCell } from "./index.js";
 * writeCsvCell("roles", "role", "initiator", "ja", true); // "仕掛け人"
 * writeCsvCell("contributions", "amount", 1200, "en", true); // "1200"
 * writeCsvCell("people", "tags", ["a", "b"], "en", false); // 'json:["a","b"]'
 * writeCsvCell("people", "budget", 1200, "en", false); // "json:1200"
 * writeCsvCell("people", "name", "", "en", true); // 'json:""'
 * ```
 */
export function writeCsvCell(table: CsvTableName, field: string, value: unknown, lang: CsvLang, known: boolean): string {
  if (value === undefined || (value === null && known)) return "";
  const typed = () => CSV_TYPED_PREFIX + (JSON.stringify(value) ?? "null");
  if (typeof value === "string") {
    const e = known ? own(ENUM_FIELDS[table], field) : undefined;
    if (e !== undefined) return lang === "ja" ? (own(CSV_JA_VALUES[e] as Record<string, string>, value) ?? value) : value;
    if (known && (DATE_FIELDS[table].includes(field) || NUMBER_FIELDS[table].includes(field))) return value.trim() === "" ? "" : value;
    if (value.trim() === "" || value.startsWith(CSV_TYPED_PREFIX)) return typed();
    return guardText(value);
  }
  if (typeof value === "number" && known) return numberText(value);
  return typed();
}
