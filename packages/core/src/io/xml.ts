/**
 * XML text helpers shared by the GEXF and GraphML writers (`gexf.ts`, `graphml.ts`): escaping,
 * the characters XML 1.0 cannot carry, and the few domain conventions both writers share
 * (how extra fields and role histories become text, attribute titles in English and Japanese).
 *
 * The writers build XML as text, with no DOM (no `DOMParser`, no `XMLSerializer`), so that they
 * run unchanged in Node, browsers and Deno. Output is UTF-8 (`<?xml version="1.0"
 * encoding="UTF-8"?>`): Japanese text is written as is, never as character references.
 *
 * **Escaping.** In element text `&`, `<`, `>` are escaped, and a carriage return is written
 * `&#13;` (a parser would otherwise turn `\r\n` into `\n`). In attribute values, which are
 * always double-quoted, `&`, `<`, `>`, `"` are escaped, and tab, line feed and carriage return
 * are written `&#9;`, `&#10;`, `&#13;` (a parser would otherwise normalise them to spaces), so
 * multi-line names survive. **Characters XML 1.0 forbids** (the C0 controls other than tab,
 * line feed and carriage return; U+FFFE, U+FFFF; unpaired surrogates) cannot be written even as
 * character references: they are replaced with U+FFFD (the replacement character), so the
 * loss stays visible. An id that becomes equal to another id by this replacement is refused
 * with a {@link UsageError} rather than silently merged.
 *
 * This module is internal to `@kankei/core`: it is not exported from the package entry.
 *
 * @module
 */

import type { Span } from "../model/date.js";
import { isoDate } from "../model/date.js";
import type { Lang } from "../model/labels.js";
import { UsageError } from "../validation/errors.js";

/** The XML declaration every writer starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

// C0 controls except tab, LF, CR; U+FFFE/U+FFFF; lone high and lone low surrogates.
const ILLEGAL_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Replaces every character that XML 1.0 cannot carry with U+FFFD.
 *
 * @example
 * ```ts
 * import { xmlSafe } from "./xml.js";
 * xmlSafe("a\u0001b"); // "a\uFFFDb"
 * xmlSafe("山田\n花子"); // unchanged
 * ```
 */
export function xmlSafe(text: string): string {
  return text.replace(ILLEGAL_XML_CHARS, "\uFFFD");
}

/**
 * Escapes text for element content (`<description>…</description>`, `<data>…</data>`).
 *
 * @example
 * ```ts
 * import { escapeXmlText } from "./xml.js";
 * escapeXmlText("a < b & c"); // "a &lt; b &amp; c"
 * ```
 */
export function escapeXmlText(text: string): string {
  return xmlSafe(text).replace(/[&<>\r]/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&#13;",
  );
}

const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/**
 * Escapes text for a double-quoted attribute value; tabs and line breaks survive as
 * character references.
 *
 * @example
 * ```ts
 * import { escapeXmlAttribute } from "./xml.js";
 * escapeXmlAttribute('say "hi"\nthen go'); // "say &quot;hi&quot;&#10;then go"
 * ```
 */
export function escapeXmlAttribute(text: string): string {
  return xmlSafe(text).replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

/**
 * Writes `name="value"` pairs for an element's start tag, skipping undefined values. Values
 * are escaped; names are the writer's own and written as they are.
 *
 * @example
 * ```ts
 * import { xmlAttributes } from "./xml.js";
 * xmlAttributes({ id: "a&b", label: undefined }); // ' id="a&amp;b"'
 * ```
 */
export function xmlAttributes(attributes: Record<string, string | number | undefined>): string {
  let out = "";
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) out += ` ${name}="${escapeXmlAttribute(String(value))}"`;
  }
  return out;
}

/**
 * Checks that ids stay distinct once made XML-safe (see {@link xmlSafe}); throws a
 * {@link UsageError} naming the two ids otherwise.
 *
 * @example
 * ```ts
 * import { assertDistinctXmlIds } from "./xml.js";
 * assertDistinctXmlIds(["a", "b"], "person"); // passes
 * assertDistinctXmlIds(["a\u0001", "a\u0002"], "person"); // throws a UsageError
 * ```
 */
export function assertDistinctXmlIds(ids: Iterable<string>, what: string): void {
  const seen = new Map<string, string>();
  for (const id of ids) {
    const safe = xmlSafe(id);
    const earlier = seen.get(safe);
    if (earlier !== undefined && earlier !== id) {
      throw new UsageError(
        `the ${what} ids ${JSON.stringify(earlier)} and ${JSON.stringify(id)} differ only in characters that XML 1.0 cannot carry; rename one of them`,
      );
    }
    seen.set(safe, id);
  }
}

/**
 * Hands out attribute names that are unique within one namespace (the node attributes of a
 * file, say): a name already taken, or the empty name, gets `prefix` in front until it is free.
 * Names are made XML-safe first.
 *
 * @example
 * ```ts
 * import { NameClaims } from "./xml.js";
 * const names = new NameClaims(["label", "role"]);
 * names.claim("memo"); // "memo"
 * names.claim("role"); // "extra.role"
 * ```
 */
export class NameClaims {
  readonly #taken = new Set<string>([""]);

  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.#taken.add(name);
  }

  /** Claims `name`, or the first free `prefix + … + name`, and returns the name claimed. */
  claim(name: string, prefix = "extra."): string {
    let n = xmlSafe(name);
    while (this.#taken.has(n)) n = prefix + n;
    this.#taken.add(n);
    return n;
  }
}

/**
 * The extra fields of some records (every field not in `known`), in order of first appearance.
 *
 * @example
 * ```ts
 * import { extraFieldNames } from "./xml.js";
 * extraFieldNames([{ id: "a", memo: 1 }, { id: "b", tag: 2, memo: 3 }], ["id"]); // ["memo", "tag"]
 * ```
 */
export function extraFieldNames(records: readonly object[], known: readonly string[]): string[] {
  const out = new Set<string>();
  for (const r of records) {
    for (const [k, v] of Object.entries(r)) if (!known.includes(k) && v !== undefined && v !== null) out.add(k);
  }
  return [...out];
}

/**
 * The text of an extra field's value: a string as it is, any other value as JSON; `undefined`
 * for an absent or `null` value (null is the same as absent, domain.md §3).
 *
 * @example
 * ```ts
 * import { extraText } from "./xml.js";
 * extraText("memo"); // "memo"
 * extraText(3); // "3"
 * extraText({ a: [1] }); // '{"a":[1]}'
 * extraText(null); // undefined
 * ```
 */
export function extraText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * Percent-encodes the three characters that structure a role text (`%`, `:`, `;`) in an id,
 * so that `decodeURIComponent` restores it.
 *
 * @example
 * ```ts
 * import { roleTextToken } from "./xml.js";
 * roleTextToken("fan:2024;a"); // "fan%3A2024%3Ba"
 * decodeURIComponent(roleTextToken("50%")); // "50%"
 * ```
 */
export function roleTextToken(id: string): string {
  return id.replace(/[%:;]/g, (c) => (c === "%" ? "%25" : c === ":" ? "%3A" : "%3B"));
}

/**
 * The ISO date of a day number, or `undefined` for an open end (`±Infinity`).
 *
 * @example
 * ```ts
 * import { dateOrUndefined } from "./xml.js";
 * dateOrUndefined(0); // "1970-01-01"
 * dateOrUndefined(Infinity); // undefined
 * ```
 */
export function dateOrUndefined(day: number): string | undefined {
  return Number.isFinite(day) ? isoDate(day) : undefined;
}

/**
 * A half-open span `[from, to)` of whole days as the *inclusive* `start`/`end` pair of GEXF 1.3:
 * `start` is the first day, `end` the last day (`to - 1`); open ends are `undefined`. The span
 * must not be empty.
 *
 * @example
 * ```ts
 * import { dayNumber } from "@kankei/core";
 * import { inclusiveDates } from "./xml.js";
 * inclusiveDates({ from: dayNumber("2019-04-01")!, to: dayNumber("2022-04-01")! });
 * // { start: "2019-04-01", end: "2022-03-31" }
 * ```
 */
export function inclusiveDates(span: Span): { start: string | undefined; end: string | undefined } {
  return { start: dateOrUndefined(span.from), end: Number.isFinite(span.to) ? isoDate(span.to - 1) : undefined };
}

/** Titles of the attributes the writers declare, per language (values stay code names). */
export const ATTRIBUTE_TITLES: Readonly<Record<Lang, Readonly<Record<string, string>>>> = Object.freeze({
  en: Object.freeze({
    name: "name",
    label: "label",
    origin: "origin",
    sector: "sector",
    relationship: "relationship",
    joined: "joined",
    left: "left",
    tenureEnds: "tenure ends",
    role: "highest role",
    roles: "roles",
    projectRole: "role in ",
    strength: "tie strength",
    kind: "kind of tie",
    from: "from",
    to: "to",
    activeFrom: "active from (after the cut)",
    activeTo: "active until, exclusive (after the cut)",
    townId: "town id",
    townName: "town",
    asOf: "as of",
    projects: "projects (JSON)",
  }),
  ja: Object.freeze({
    name: "名前",
    label: "表示名",
    origin: "地域内・地域外",
    sector: "所属",
    relationship: "関わり方",
    joined: "参加日",
    left: "離脱日",
    tenureEnds: "任期満了日",
    role: "最上位の役割",
    roles: "役割",
    projectRole: "役割: ",
    strength: "紐帯の強さ",
    kind: "関係の種類",
    from: "開始日",
    to: "終了日",
    activeFrom: "有効期間の開始(補正後)",
    activeTo: "有効期間の終了・含まない(補正後)",
    townId: "自治体ID",
    townName: "町名",
    asOf: "基準日",
    projects: "事業(JSON)",
  }),
});
