/**
 * Text encodings of CSV files: detection when reading, encoding when writing.
 *
 * Reading needs no hint:
 * 1. a byte-order mark decides: EF BB BF is UTF-8, FF FE UTF-16LE, FE FF UTF-16BE (the bytes
 *    after it must then be valid in that encoding);
 * 2. otherwise each line holding a byte above 0x7F is classified on its own: UTF-8 when it is
 *    valid UTF-8, except a line whose non-ASCII bytes all lie in 0xA1–0xDF (Shift_JIS
 *    half-width katakana, `ﾅｶ ﾐｷ`) and whose UTF-8 reading has a character outside Latin-1
 *    (U+00A0–U+00FF: `é`, `ü` stay UTF-8); Shift_JIS (CP932, what Excel writes in Japan) when
 *    it is valid Shift_JIS and not UTF-8; neither otherwise;
 * 3. the file is in the encoding of its first such line, and every other such line must be in
 *    the same one: a file that mixes encodings (a UTF-8 row pasted into a Shift_JIS file) is
 *    refused, and {@link csvInvalidBytes} names the first line that breaks the rule, instead of
 *    reading `佐藤` as `菴占陸`;
 * 4. a file with a line in neither encoding cannot be read, and {@link csvInvalidBytes} says
 *    where it goes wrong.
 *
 * Real Japanese text in Shift_JIS is practically never valid UTF-8 (half-width katakana is the
 * exception handled in step 2), so step 2 does not mistake one for the other. Writing supports
 * UTF-8 (with or without a BOM) and Shift_JIS.
 *
 * @module
 */

import { UsageError } from "../../validation/errors.js";
import { encodeShiftJis, shiftJisInvalidOffset, shiftJisUnencodable } from "./shift-jis.js";

/** The encodings the CSV bundle writes. */
export type CsvEncoding = "utf-8" | "shift_jis";

/** Names accepted for {@link CsvEncoding}: the canonical names and common aliases. */
export type CsvEncodingName = CsvEncoding | "utf8" | "shift-jis" | "sjis" | "cp932" | "windows-31j";

/** The encodings {@link decodeCsvBytes} recognises. */
export type DetectedCsvEncoding = CsvEncoding | "utf-16le" | "utf-16be";

/** The result of {@link decodeCsvBytes}. */
export interface DecodedCsvText {
  /** The text, without a byte-order mark. */
  text: string;
  encoding: DetectedCsvEncoding;
  /** True when the bytes started with a byte-order mark. */
  bom: boolean;
}

/**
 * The canonical name of an encoding name or alias (`cp932` and `windows-31j` are Shift_JIS);
 * throws a {@link UsageError} for an encoding the bundle cannot write.
 *
 * @example
 * ```ts
 * import { csvEncoding } from "@kankei/core/io";
 * csvEncoding("CP932"); // "shift_jis"
 * csvEncoding("UTF8"); // "utf-8"
 * ```
 */
export function csvEncoding(name: string): CsvEncoding {
  const n = name.trim().toLowerCase().replace(/_/g, "-");
  if (n === "utf-8" || n === "utf8") return "utf-8";
  if (n === "shift-jis" || n === "sjis" || n === "cp932" || n === "windows-31j" || n === "ms932") return "shift_jis";
  throw new UsageError(`cannot write the encoding ${JSON.stringify(name)}: use "utf-8" or "shift_jis"`);
}

function bytesOf(input: Uint8Array | ArrayBuffer): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes the bytes of a text file, detecting UTF-8 (with or without BOM), UTF-16 (with BOM)
 * and Shift_JIS/CP932 (see the module comment); `undefined` when the bytes are none of these.
 *
 * @example
 * ```ts
 * import { decodeCsvBytes } from "./index.js";
 * decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x69, 0x64])); // { text: "id", encoding: "utf-8", bom: true }
 * decodeCsvBytes(new Uint8Array([0x8e, 0x64, 0x8a, 0x7c, 0x82, 0xaf, 0x90, 0x6c])); // { text: "仕掛け人", encoding: "shift_jis", bom: false }
 * decodeCsvBytes(new Uint8Array([0xc5, 0xb6, 0x20, 0xd0, 0xb7])); // { text: "ﾅｶ ﾐｷ", encoding: "shift_jis", bom: false }
 * decodeCsvBytes(new Uint8Array([0xff, 0x41])); // undefined
 * ```
 */
export function decodeCsvBytes(input: Uint8Array | ArrayBuffer): DecodedCsvText | undefined {
  const bytes = bytesOf(input);
  const [b0, b1, b2] = bytes;
  const withBom = (encoding: DetectedCsvEncoding, label: string): DecodedCsvText | undefined => {
    // The decoders of these labels drop the BOM themselves.
    const text = tryDecode(label, bytes);
    return text === undefined ? undefined : { text, encoding, bom: true };
  };
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return withBom("utf-8", "utf-8");
  if (b0 === 0xff && b1 === 0xfe) return withBom("utf-16le", "utf-16le");
  if (b0 === 0xfe && b1 === 0xff) return withBom("utf-16be", "utf-16be");
  const lines = classifyLines(bytes);
  if (lines.neither >= 0 || lines.mixed >= 0) return undefined;
  if (lines.encoding === "shift_jis") {
    const sjis = tryDecode("shift_jis", bytes);
    return sjis === undefined ? undefined : { text: sjis, encoding: "shift_jis", bom: false };
  }
  const utf8 = tryDecode("utf-8", bytes);
  return utf8 === undefined ? undefined : { text: utf8, encoding: "utf-8", bom: false };
}

type LineEncoding = CsvEncoding | "neither";

/** The encoding of one line that holds a non-ASCII byte (see the module comment, step 2). */
function lineEncoding(line: Uint8Array): LineEncoding {
  const utf8 = utf8InvalidOffset(line) < 0;
  const sjis = shiftJisInvalidOffset(line) < 0;
  if (utf8 && sjis && halfWidthKanaOnly(line)) {
    const text = new TextDecoder("utf-8").decode(line);
    for (const ch of text) if (ch.charCodeAt(0) > 0xff) return "shift_jis";
    return "utf-8";
  }
  if (utf8) return "utf-8";
  return sjis ? "shift_jis" : "neither";
}

function halfWidthKanaOnly(line: Uint8Array): boolean {
  for (const b of line) if (b >= 0x80 && (b < 0xa1 || b > 0xdf)) return false;
  return true;
}

interface LineClasses {
  /** The encoding of the first line holding a non-ASCII byte (UTF-8 for pure ASCII). */
  encoding: CsvEncoding;
  /** Offset of the first line in neither encoding, or -1. */
  neither: number;
  /** Offset of the first line in the other encoding than {@link LineClasses.encoding}, or -1. */
  mixed: number;
}

function classifyLines(bytes: Uint8Array): LineClasses {
  const out: LineClasses = { encoding: "utf-8", neither: -1, mixed: -1 };
  let first: CsvEncoding | undefined;
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    let high = false;
    for (let i = start; i < end; i++) {
      if (bytes[i]! >= 0x80) {
        high = true;
        break;
      }
    }
    if (high) {
      const enc = lineEncoding(bytes.subarray(start, end));
      if (enc === "neither") {
        if (out.neither < 0) out.neither = start;
      } else if (first === undefined) first = enc;
      else if (enc !== first && out.mixed < 0) out.mixed = start;
    }
    start = end + 1;
  }
  out.encoding = first ?? "utf-8";
  return out;
}

/** Where undecodable bytes go wrong: see {@link csvInvalidBytes}. */
export interface CsvInvalidBytes {
  /**
   * The offset of the first invalid byte in the encoding that reads furthest; for a file that
   * mixes encodings, the offset of the start of the first line in the other encoding.
   */
  offset: number;
  /** The encoding that reads furthest, or the file's own (that of its first non-ASCII line). */
  encoding: CsvEncoding;
  /** Set when every line is valid on its own but the lines mix encodings: the other encoding. */
  mixedWith?: CsvEncoding;
}

/**
 * For bytes that {@link decodeCsvBytes} rejects: the first invalid byte, in whichever of UTF-8 and
 * Shift_JIS reads further into the file (after a UTF-8 BOM, UTF-8 only); for a file whose lines
 * are each valid but in different encodings, the first line in the other encoding
 * (`mixedWith`); `undefined` when {@link decodeCsvBytes} accepts the bytes.
 *
 * @example
 * ```ts
 * import { csvInvalidBytes } from "./index.js";
 * csvInvalidBytes(new Uint8Array([0x61, 0x0a, 0xe3, 0x81, 0x82, 0xff])); // { offset: 5, encoding: "utf-8" }
 * // "あ" in UTF-8, then "あ" in Shift_JIS on the next line:
 * csvInvalidBytes(new Uint8Array([0xe3, 0x81, 0x82, 0x0a, 0x82, 0xa0])); // { offset: 4, encoding: "utf-8", mixedWith: "shift_jis" }
 * ```
 */
export function csvInvalidBytes(input: Uint8Array | ArrayBuffer): CsvInvalidBytes | undefined {
  const bytes = bytesOf(input);
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const u = utf8InvalidOffset(bytes);
  if (hasBom) return u < 0 ? undefined : { offset: u, encoding: "utf-8" };
  const lines = classifyLines(bytes);
  if (lines.neither < 0 && lines.mixed >= 0) {
    return { offset: lines.mixed, encoding: lines.encoding, mixedWith: lines.encoding === "utf-8" ? "shift_jis" : "utf-8" };
  }
  const s = shiftJisInvalidOffset(bytes);
  if (lines.neither < 0 && (u < 0 || s < 0)) return undefined;
  return u >= s ? { offset: u, encoding: "utf-8" } : { offset: s, encoding: "shift_jis" };
}

/** @internal The offset of the first byte of the first invalid UTF-8 sequence, or -1 (RFC 3629). */
export function utf8InvalidOffset(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  const cont = (j: number, lo = 0x80, hi = 0xbf) => j < n && bytes[j]! >= lo && bytes[j]! <= hi;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) i++;
    else if (b >= 0xc2 && b <= 0xdf && cont(i + 1)) i += 2;
    else if (b === 0xe0 && cont(i + 1, 0xa0) && cont(i + 2)) i += 3;
    else if (((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) && cont(i + 1) && cont(i + 2)) i += 3;
    else if (b === 0xed && cont(i + 1, 0x80, 0x9f) && cont(i + 2)) i += 3;
    else if (b === 0xf0 && cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3)) i += 4;
    else if (b >= 0xf1 && b <= 0xf3 && cont(i + 1) && cont(i + 2) && cont(i + 3)) i += 4;
    else if (b === 0xf4 && cont(i + 1, 0x80, 0x8f) && cont(i + 2) && cont(i + 3)) i += 4;
    else return i;
  }
  return -1;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The characters of `text` that `encoding` cannot represent, each once: for Shift_JIS see
 * `shiftJisUnencodable`; for UTF-8 only lone surrogates (which `TextEncoder` would silently
 * replace with U+FFFD).
 *
 * @example
 * ```ts
 * import { csvUnencodableChars } from "./index.js";
 * csvUnencodableChars("🙂", "utf-8"); // []
 * csvUnencodableChars("🙂", "shift_jis"); // ["🙂"]
 * ```
 */
export function csvUnencodableChars(text: string, encoding: CsvEncoding): string[] {
  if (encoding === "shift_jis") return shiftJisUnencodable(text);
  if (!LONE_SURROGATE.test(text)) return [];
  const out: string[] = [];
  for (const ch of text) if (ch.length === 1 && LONE_SURROGATE.test(ch) && !out.includes(ch)) out.push(ch);
  return out;
}

/** Options of {@link encodeCsvText}. */
export interface EncodeCsvTextOptions {
  /** Start UTF-8 output with a byte-order mark (default true: Excel needs it). Shift_JIS has none. */
  bom?: boolean;
}

/**
 * Encodes text as UTF-8 (with a BOM unless `bom: false`) or Shift_JIS. Throws a `RangeError`
 * for a character the encoding cannot represent (see {@link csvUnencodableChars}).
 *
 * @example
 * ```ts
 * import { encodeCsvText } from "./index.js";
 * [...encodeCsvText("id", "utf-8")]; // [0xef, 0xbb, 0xbf, 0x69, 0x64]
 * [...encodeCsvText("id", "utf-8", { bom: false })]; // [0x69, 0x64]
 * [...encodeCsvText("強", "shift_jis")]; // [0x8b, 0xad]
 * ```
 */
export function encodeCsvText(text: string, encoding: CsvEncodingName, options: EncodeCsvTextOptions = {}): Uint8Array {
  const enc = csvEncoding(encoding);
  if (enc === "shift_jis") return encodeShiftJis(text);
  const bad = csvUnencodableChars(text, "utf-8");
  if (bad.length > 0) throw new RangeError(`cannot encode a lone surrogate (U+${bad[0]!.charCodeAt(0).toString(16).toUpperCase()}) in UTF-8`);
  const body = new TextEncoder().encode(text);
  if (options.bom === false) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
