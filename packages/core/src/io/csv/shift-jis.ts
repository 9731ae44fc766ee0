/**
 * A Shift_JIS (CP932, the Windows code page Excel uses in Japan) encoder, built from the
 * platform's decoder: there is no `TextEncoder` for Shift_JIS.
 *
 * On first use, every single byte and every double-byte code (lead bytes 0x81–0x9F and
 * 0xE0–0xFC, trail bytes 0x40–0x7E and 0x80–0xFC) is decoded with
 * `new TextDecoder("shift_jis")`, and the mapping is inverted into a 64 K table (about 0.2 MB,
 * a few milliseconds). A code is valid when it decodes to exactly one character other than
 * U+FFFD (no Shift_JIS code maps to U+FFFD, so this is what the fatal decoder accepts, without
 * its cost of one exception per invalid code).
 *
 * Where several codes decode to the same character, the first code wins (so `≒` is 0x81E0,
 * not NEC's 0x8790), except that the NEC-selected IBM extensions (lead bytes 0xED–0xEE) are used
 * only for characters no other code gives, as the WHATWG and Windows encoders do. Either way
 * `decode(encode(s)) === s` for every encodable `s`. Characters with no code (emoji, most
 * characters outside JIS X 0208 and the CP932 extensions, lone surrogates) are unencodable:
 * there is no silent replacement.
 *
 * @module
 */

let encodeTable: Uint16Array | undefined; // UTF-16 code unit -> Shift_JIS code (0: none, except U+0000)
let validCodes: Uint8Array | undefined; // 1 for each valid single byte b (index b) and double code (index lead << 8 | trail)

function isLead(b: number): boolean {
  return (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc);
}

function isTrail(b: number): boolean {
  return b >= 0x40 && b <= 0xfc && b !== 0x7f;
}

function build(): { table: Uint16Array; valid: Uint8Array } {
  if (encodeTable && validCodes) return { table: encodeTable, valid: validCodes };
  const decoder = new TextDecoder("shift_jis");
  const table = new Uint16Array(0x10000);
  const valid = new Uint8Array(0x10000);
  const one = new Uint8Array(1);
  for (let b = 0; b < 0x100; b++) {
    one[0] = b;
    const s = decoder.decode(one);
    if (s.length !== 1 || s === "\uFFFD") continue;
    valid[b] = 1;
    const u = s.charCodeAt(0);
    if (table[u] === 0) table[u] = b;
  }
  const two = new Uint8Array(2);
  const later: [number, number][] = [];
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (!isLead(lead)) continue;
    two[0] = lead;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      two[1] = trail;
      const s = decoder.decode(two);
      if (s.length !== 1 || s === "\uFFFD") continue;
      const code = (lead << 8) | trail;
      valid[code] = 1;
      const u = s.charCodeAt(0);
      if (lead === 0xed || lead === 0xee) later.push([u, code]);
      else if (table[u] === 0 && u !== 0) table[u] = code;
    }
  }
  for (const [u, code] of later) if (table[u] === 0) table[u] = code;
  encodeTable = table;
  validCodes = valid;
  return { table, valid };
}

/**
 * The characters of `text` that Shift_JIS (CP932) cannot encode, each once, in order of first
 * appearance; empty when the whole text can be encoded.
 *
 * @example
 * ```ts
 * import { shiftJisUnencodable } from "./index.js";
 * shiftJisUnencodable("仕掛け人"); // []
 * shiftJisUnencodable("森鷗外 🙂"); // ["鷗", "🙂"]
 * ```
 */
export function shiftJisUnencodable(text: string): string[] {
  const { table } = build();
  const out: string[] = [];
  for (const ch of text) {
    const u = ch.charCodeAt(0);
    const ok = ch.length === 1 && (u === 0 || table[u] !== 0) && (u < 0xd800 || u > 0xdfff);
    if (!ok && !out.includes(ch)) out.push(ch);
  }
  return out;
}

/**
 * Encodes text as Shift_JIS (CP932). Throws a `RangeError` naming the first character that has
 * no Shift_JIS code; check first with {@link shiftJisUnencodable}.
 *
 * @example
 * ```ts
 * import { encodeShiftJis } from "./index.js";
 * Array.from(encodeShiftJis("仕掛け人"), (b) => b.toString(16)); // ["8e", "64", "8a", "7c", "82", "af", "90", "6c"]
 * new TextDecoder("shift_jis").decode(encodeShiftJis("協力者,ｶﾅ")); // "協力者,ｶﾅ"
 * ```
 */
export function encodeShiftJis(text: string): Uint8Array {
  const { table } = build();
  const out = new Uint8Array(text.length * 2);
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    const code = table[u]!;
    if (code === 0 && u !== 0) {
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      throw new RangeError(
        `cannot encode ${JSON.stringify(ch)} (U+${text.codePointAt(i)!.toString(16).toUpperCase().padStart(4, "0")}) in Shift_JIS`,
      );
    }
    if (code > 0xff) out[k++] = code >> 8;
    out[k++] = code & 0xff;
  }
  return out.slice(0, k);
}

/**
 * The offset of the first byte where `bytes` stops being valid Shift_JIS (CP932), or -1 when
 * all of it is valid. Used to say where an undecodable file goes wrong.
 *
 * @example
 * ```ts
 * import { shiftJisInvalidOffset } from "./index.js";
 * shiftJisInvalidOffset(new Uint8Array([0x41, 0x82, 0xa0])); // -1 ("Aあ")
 * shiftJisInvalidOffset(new Uint8Array([0x41, 0xff])); // 1
 * ```
 */
export function shiftJisInvalidOffset(bytes: Uint8Array): number {
  const { valid } = build();
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (valid[b] === 1 && !isLead(b)) {
      i++;
      continue;
    }
    const t = bytes[i + 1];
    if (isLead(b) && t !== undefined && isTrail(t) && valid[(b << 8) | t] === 1) {
      i += 2;
      continue;
    }
    return i;
  }
  return -1;
}
