/**
 * The text of a JSON town document, decoded strictly from its bytes.
 *
 * RFC 8259 §8.1: JSON exchanged between systems is UTF-8. A town document is read as
 * - UTF-8 (a leading byte-order mark EF BB BF is allowed and dropped), with a *fatal* decoder:
 *   an invalid byte is an error, never a silent U+FFFD;
 * - UTF-16LE or UTF-16BE when, and only when, the bytes start with its byte-order mark
 *   (FF FE or FE FF): what Windows tools write when told "Unicode".
 *
 * Anything else is refused with an {@link EncodingError} that names the file, the line of the
 * first byte that is not UTF-8, and the encoding the bytes look like, so that a coordinator
 * knows what to do ("looks like Shift_JIS (CP932): save it as UTF-8"). The guess compares the
 * readings in Shift_JIS (CP932, Excel and Notepad in Japan), EUC-JP and UTF-16 without a
 * byte-order mark, and picks the one with the largest share of Japanese characters (kana, kanji,
 * full-width forms); otherwise the bytes are named as a single-byte Western encoding.
 *
 * Complexity: O(n) in the number of bytes; the guess runs only on a failure.
 *
 * @module
 */

import { EncodingError, TownValidationError } from "../validation/errors.js";
import { utf8InvalidOffset } from "./csv/encoding.js";
import { shiftJisInvalidOffset } from "./csv/shift-jis.js";

/** The encodings {@link guessTextEncoding} can name. */
export type GuessedEncoding = "Shift_JIS (CP932)" | "EUC-JP" | "UTF-16LE without a byte-order mark" | "UTF-16BE without a byte-order mark" | "a single-byte encoding (Windows-1252 or ISO-8859-1)";

function fatal(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Share of the characters of `text` above U+007F that are Japanese (kana, kanji, full-width). */
function japaneseShare(text: string): number {
  let high = 0;
  let ja = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    high++;
    if ((c >= 0x3000 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff01 && c <= 0xff5e)) ja++;
  }
  return high === 0 ? 0 : ja / high;
}

/**
 * The encoding bytes that are not UTF-8 most likely are in (see the module comment).
 *
 * @example
 * ```ts
 * import { guessTextEncoding } from "@kankei/core/io";
 * import { encodeShiftJis } from "./csv/shift-jis.js";
 * guessTextEncoding(encodeShiftJis('{"name":"佐藤"}')); // "Shift_JIS (CP932)"
 * guessTextEncoding(new Uint8Array([0x7b, 0x00, 0x7d, 0x00])); // "UTF-16LE without a byte-order mark"
 * guessTextEncoding(new Uint8Array([0x63, 0x61, 0x66, 0xe9])); // "a single-byte encoding (Windows-1252 or ISO-8859-1)"
 * ```
 */
export function guessTextEncoding(bytes: Uint8Array): GuessedEncoding {
  const n = Math.min(bytes.length, 1 << 16);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) (i % 2 === 0 ? evenNul++ : oddNul++);
  if (oddNul > n / 8 && oddNul > 4 * evenNul) return "UTF-16LE without a byte-order mark";
  if (evenNul > n / 8 && evenNul > 4 * oddNul) return "UTF-16BE without a byte-order mark";
  const candidates: [GuessedEncoding, number][] = [];
  if (shiftJisInvalidOffset(bytes) < 0) candidates.push(["Shift_JIS (CP932)", japaneseShare(new TextDecoder("shift_jis").decode(bytes))]);
  const euc = fatal("euc-jp", bytes);
  if (euc !== undefined) candidates.push(["EUC-JP", japaneseShare(euc)]);
  let best: [GuessedEncoding, number] | undefined;
  for (const c of candidates) if (c[1] > 0 && (best === undefined || c[1] > best[1])) best = c;
  return best?.[0] ?? "a single-byte encoding (Windows-1252 or ISO-8859-1)";
}

/** Options of {@link decodeTownJson}. */
export interface DecodeTownJsonOptions {
  /** The input's name (a file name), repeated in the error. */
  source?: string;
}

/**
 * The text of a JSON town document from its bytes: UTF-8 (with or without a byte-order mark) or
 * UTF-16 with a byte-order mark, decoded strictly. Anything else throws a
 * {@link TownValidationError} holding one {@link EncodingError} that names the file, the line of
 * the first byte that is not UTF-8 and the encoding the bytes look like.
 *
 * @example
 * ```ts
 * import { decodeTownJson } from "@kankei/core/io";
 * import { encodeShiftJis } from "./csv/shift-jis.js";
 * decodeTownJson(new TextEncoder().encode('{"a":"佐藤"}')); // '{"a":"佐藤"}'
 * decodeTownJson(new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])); // "{}"
 * decodeTownJson(encodeShiftJis('{"a":"佐藤"}'), { source: "town.json" }); // throws a TownValidationError (looks like Shift_JIS)
 * ```
 */
export function decodeTownJson(input: Uint8Array | ArrayBuffer, options: DecodeTownJsonOptions = {}): string {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const [b0, b1, b2] = bytes;
  let label = "utf-8";
  let body = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) body = bytes.subarray(3);
  else if (b0 === 0xff && b1 === 0xfe) (label = "utf-16le"), (body = bytes.subarray(2));
  else if (b0 === 0xfe && b1 === 0xff) (label = "utf-16be"), (body = bytes.subarray(2));
  const text = fatal(label, body);
  if (text !== undefined) return text;
  const file = options.source;
  const location = { entity: "document" as const, path: "$", ...(file !== undefined ? { file } : {}) };
  let detail: string;
  if (label !== "utf-8") {
    detail = `cannot be decoded: it starts with a ${label === "utf-16le" ? "UTF-16LE" : "UTF-16BE"} byte-order mark but is not valid ${label === "utf-16le" ? "UTF-16LE" : "UTF-16BE"} (truncated, or a lone surrogate); save it again as UTF-8`;
  } else {
    const offset = utf8InvalidOffset(body) + (body === bytes ? 0 : 3);
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    const byte = bytes[offset]?.toString(16).toUpperCase().padStart(2, "0") ?? "??";
    detail = `cannot be decoded: a town document must be UTF-8 (or UTF-16 with a byte-order mark), but byte 0x${byte} on line ${line} is not UTF-8; the file looks like ${guessTextEncoding(bytes)}. Save it as UTF-8 (文字コードを UTF-8 にして保存してください)`;
  }
  throw new TownValidationError([new EncodingError({ location }, detail)], file);
}
