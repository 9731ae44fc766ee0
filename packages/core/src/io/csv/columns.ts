/**
 * Column headers of the CSV bundle, in English or Japanese, per column (mixing is allowed).
 *
 * English headers are exactly the field names of the records (`id`, `tenureEnds`, ...).
 * Each field also has one canonical Japanese header, written with `lang: "ja"`, and a few
 * accepted aliases. Headers are compared after trimming surrounding white space and NFKC
 * normalisation, so full-width `ＩＤ` is `ID` and `人物Ａ` is `人物A`. A header that names no
 * known field is an extra column: its (trimmed) text is the name of the extra field.
 *
 * @module
 */

import { KNOWN_FIELDS } from "../../model/records.js";
import type { CsvTableName } from "./files.js";

/** The language of headers and values written by `writeCsvBundle`. */
export type CsvLang = "en" | "ja";

/** The canonical Japanese header of each known field, per table. */
export const CSV_JA_HEADERS: Readonly<Record<CsvTableName, Readonly<Record<string, string>>>> = Object.freeze({
  town: Object.freeze({ id: "ID", name: "町名", asOf: "基準日" }),
  people: Object.freeze({
    id: "ID",
    name: "氏名",
    origin: "出自",
    sector: "所属",
    relationship: "関わり方",
    joined: "参加日",
    left: "離脱日",
    tenureEnds: "任期満了日",
  }),
  projects: Object.freeze({ id: "ID", name: "事業名", lead: "主導", start: "開始日", end: "終了日" }),
  roles: Object.freeze({ person: "人物ID", project: "事業ID", role: "役割", from: "開始日", to: "終了日" }),
  ties: Object.freeze({ a: "人物A", b: "人物B", strength: "紐帯", from: "開始日", to: "終了日", kind: "種類" }),
  contributions: Object.freeze({ person: "人物ID", project: "事業ID", resource: "資源", date: "日付", amount: "数量", note: "備考" }),
});

/** Other headers accepted for a known field when reading, per table (never written). */
export const CSV_HEADER_ALIASES: Readonly<Record<CsvTableName, Readonly<Record<string, readonly string[]>>>> = Object.freeze({
  town: { id: ["Id", "町ID"], name: ["名前", "名称", "自治体名"], asOf: ["時点"] },
  people: {
    id: ["Id", "人物ID"],
    name: ["名前"],
    origin: ["地域内外"],
    sector: ["セクター"],
    relationship: ["関係"],
    joined: ["加入日"],
    left: ["退出日"],
    tenureEnds: ["任期終了日"],
  },
  projects: { id: ["Id", "事業ID"], name: ["名前", "名称"], lead: ["主体"], start: ["開始"], end: ["終了"] },
  roles: { person: ["人物"], project: ["事業"], from: ["開始"], to: ["終了"] },
  ties: { a: ["人物1"], b: ["人物2"], strength: ["強さ"], from: ["開始"], to: ["終了"] },
  contributions: { person: ["人物"], project: ["事業"], amount: ["金額"], note: ["メモ"] },
});

/**
 * NFKC-normalised, trimmed text: how headers and enumeration values are compared.
 *
 * @internal
 * @example
 * ```ts
 * import { normalizeKey } from "./columns.js";
 * normalizeKey("　ＩＤ "); // "ID"
 * ```
 */
export function normalizeKey(text: string): string {
  return text.normalize("NFKC").trim();
}

const LOOKUP: Record<CsvTableName, Map<string, string>> = (() => {
  const out = {} as Record<CsvTableName, Map<string, string>>;
  for (const table of Object.keys(CSV_JA_HEADERS) as CsvTableName[]) {
    const m = new Map<string, string>();
    for (const field of KNOWN_FIELDS[table]) {
      const names = [field, CSV_JA_HEADERS[table][field]!, ...(CSV_HEADER_ALIASES[table][field] ?? [])];
      for (const name of names) m.set(normalizeKey(name), field);
    }
    out[table] = m;
  }
  return out;
})();

/**
 * The known field a header names in a table, or `undefined` for an extra column.
 *
 * @example
 * ```ts
 * import { csvFieldOfHeader } from "./index.js";
 * csvFieldOfHeader("people", "任期満了日"); // "tenureEnds"
 * csvFieldOfHeader("ties", " 人物Ａ "); // "a"
 * csvFieldOfHeader("people", "hobby"); // undefined
 * ```
 */
export function csvFieldOfHeader(table: CsvTableName, header: string): string | undefined {
  return LOOKUP[table].get(normalizeKey(header));
}

/**
 * The header written for a field: the field name in English, the canonical Japanese header
 * in Japanese; an extra field's header is its name in both languages.
 *
 * @example
 * ```ts
 * import { csvHeaderOf } from "./index.js";
 * csvHeaderOf("roles", "person", "ja"); // "人物ID"
 * csvHeaderOf("roles", "person", "en"); // "person"
 * csvHeaderOf("roles", "hours", "ja"); // "hours"
 * ```
 */
export function csvHeaderOf(table: CsvTableName, field: string, lang: CsvLang): string {
  const ja = CSV_JA_HEADERS[table];
  return lang === "ja" && Object.hasOwn(ja, field) ? ja[field]! : field;
}
