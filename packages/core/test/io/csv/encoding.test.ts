import { describe, expect, it } from "vitest";
import { UsageError } from "../../../src/index.js";
import { csvEncoding } from "../../../src/io.js";
import { csvInvalidBytes, csvUnencodableChars, decodeCsvBytes, encodeCsvText, encodeShiftJis, shiftJisInvalidOffset, shiftJisUnencodable } from "../../../src/io/csv/index.js";

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).toUpperCase().padStart(2, "0")).join(" ");
const sjis = new TextDecoder("shift_jis", { fatal: true });

describe("Shift_JIS encoder", () => {
  it("encodes 仕掛け人 as the known bytes", () => {
    expect(hex(encodeShiftJis("仕掛け人"))).toBe("8E 64 8A 7C 82 AF 90 6C");
  });

  it("encodes ASCII, half-width katakana and the CP932 extensions so that they decode back", () => {
    const text = "id,name\r\nsato,佐藤 ｻﾄｳ ①Ⅱ㈱ 髙橋 﨑 ～ ∑ ￢\\~";
    expect(sjis.decode(encodeShiftJis(text))).toBe(text);
  });

  it("prefers the first code, but not the NEC-selected IBM rows (0xED, 0xEE)", () => {
    expect(hex(encodeShiftJis("≒"))).toBe("81 E0"); // not NEC's 87 90
    expect(hex(encodeShiftJis("Ⅰ"))).toBe("87 54"); // NEC row 13, not IBM's FA 4A
    expect(hex(encodeShiftJis("髙"))).toBe("FB FC"); // IBM extension, not NEC-selected ED..
  });

  it("round-trips every character that Shift_JIS can decode", () => {
    const chars: string[] = [];
    const two = new Uint8Array(2);
    for (let lead = 0x81; lead <= 0xfc; lead++) {
      if (lead >= 0xa0 && lead <= 0xdf) continue;
      for (let trail = 0x40; trail <= 0xfc; trail++) {
        if (trail === 0x7f) continue;
        two[0] = lead;
        two[1] = trail;
        try {
          chars.push(sjis.decode(two));
        } catch {
          // not a code
        }
      }
    }
    expect(chars.length).toBeGreaterThan(9000);
    const all = chars.join("");
    expect(shiftJisUnencodable(all)).toEqual([]);
    expect(sjis.decode(encodeShiftJis(all))).toBe(all);
  });

  it("names unencodable characters and refuses to encode them", () => {
    expect(shiftJisUnencodable("a🙂b𠮷🙂")).toEqual(["🙂", "𠮷"]);
    expect(shiftJisUnencodable("\uD800x")).toEqual(["\uD800"]);
    expect(() => encodeShiftJis("ok 🙂")).toThrow(RangeError);
    expect(() => encodeShiftJis("ok 🙂")).toThrow(/U\+1F600|U\+1F642/);
  });

  it("finds the first invalid byte of a Shift_JIS text", () => {
    expect(shiftJisInvalidOffset(new Uint8Array([0x41, 0x82, 0xa0]))).toBe(-1);
    expect(shiftJisInvalidOffset(new Uint8Array([0x41, 0xff]))).toBe(1);
    expect(shiftJisInvalidOffset(new Uint8Array([0x41, 0x82]))).toBe(1); // lead byte without trail
  });
});

describe("decodeCsvBytes", () => {
  it("reads UTF-8 with and without BOM", () => {
    const body = new TextEncoder().encode("ID,氏名\n");
    expect(decodeCsvBytes(body)).toEqual({ text: "ID,氏名\n", encoding: "utf-8", bom: false });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...body]);
    expect(decodeCsvBytes(withBom)).toEqual({ text: "ID,氏名\n", encoding: "utf-8", bom: true });
    expect(decodeCsvBytes(withBom.buffer)).toEqual({ text: "ID,氏名\n", encoding: "utf-8", bom: true });
  });

  it("falls back to Shift_JIS, hard-coded bytes included", () => {
    expect(decodeCsvBytes(new Uint8Array([0x8e, 0x64, 0x8a, 0x7c, 0x82, 0xaf, 0x90, 0x6c]))).toEqual({
      text: "仕掛け人",
      encoding: "shift_jis",
      bom: false,
    });
    expect(decodeCsvBytes(encodeShiftJis("ID,氏名\r\nsato,佐藤\r\n"))?.text).toBe("ID,氏名\r\nsato,佐藤\r\n");
  });

  it("reads UTF-16 with a BOM", () => {
    expect(decodeCsvBytes(new Uint8Array([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00]))).toEqual({ text: "id", encoding: "utf-16le", bom: true });
    expect(decodeCsvBytes(new Uint8Array([0xfe, 0xff, 0x00, 0x69, 0x00, 0x64]))).toEqual({ text: "id", encoding: "utf-16be", bom: true });
  });

  it("rejects bytes that are neither, and says where they go wrong", () => {
    const bytes = new Uint8Array([0x61, 0x0a, 0xe3, 0x81, 0x82, 0xff]);
    expect(decodeCsvBytes(bytes)).toBeUndefined();
    expect(csvInvalidBytes(bytes)).toEqual({ offset: 5, encoding: "utf-8" });
    // after a UTF-8 BOM the file must be UTF-8
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x8e, 0x64]))).toBeUndefined();
    expect(csvInvalidBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x8e, 0x64]))).toEqual({ offset: 3, encoding: "utf-8" });
  });
});

describe("decodeCsvBytes: half-width katakana and mixed encodings", () => {
  const cat = (...parts: Uint8Array[]) => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let k = 0;
    for (const p of parts) (out.set(p, k), (k += p.length));
    return out;
  };
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it("reads Shift_JIS half-width katakana as Shift_JIS, although the bytes are also valid UTF-8", () => {
    const bytes = encodeShiftJis("id,name,origin\r\nnaka,ﾅｶ ﾐｷ,local\r\n");
    // the literal bytes: ﾅ C5, ｶ B6, space, ﾐ D0, ｷ B7; as UTF-8 they read "Ŷ з"
    expect(hex(bytes.subarray(21, 26))).toBe("C5 B6 20 D0 B7");
    expect(new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(21, 26))).toBe("Ŷ з");
    expect(decodeCsvBytes(bytes)).toEqual({ text: "id,name,origin\r\nnaka,ﾅｶ ﾐｷ,local\r\n", encoding: "shift_jis", bom: false });
  });

  it("still reads Latin-1 letters written in UTF-8 as UTF-8 (é is C3 A9, also two half-width kana)", () => {
    expect(decodeCsvBytes(utf8("id,name\ncafe,Café\nzurich,Zürich\n"))?.encoding).toBe("utf-8");
  });

  it("refuses a UTF-8 file with a Shift_JIS row, naming the row", () => {
    const bytes = cat(utf8("id,name,origin\nsato,佐藤,local\n"), encodeShiftJis("mori,森,outsider\n"));
    expect(decodeCsvBytes(bytes)).toBeUndefined();
    expect(csvInvalidBytes(bytes)).toMatchObject({ encoding: "utf-8" });
  });

  it("refuses a Shift_JIS file with a UTF-8 row instead of reading 佐藤 as 菴占陸", () => {
    const bytes = cat(encodeShiftJis("id,name,origin\nmori,森,outsider\n"), utf8("sato,佐藤,local\n"));
    expect(new TextDecoder("shift_jis", { fatal: true }).decode(bytes)).toContain("菴占陸");
    expect(decodeCsvBytes(bytes)).toBeUndefined();
    expect(csvInvalidBytes(bytes)).toEqual({ offset: encodeShiftJis("id,name,origin\nmori,森,outsider\n").length, encoding: "shift_jis", mixedWith: "utf-8" });
  });

  it("refuses a UTF-8 file with a row of Shift_JIS half-width katakana", () => {
    const bytes = cat(utf8("id,name\nsato,佐藤\n"), encodeShiftJis("naka,ﾅｶ ﾐｷ\n"));
    expect(decodeCsvBytes(bytes)).toBeUndefined();
    expect(csvInvalidBytes(bytes)).toEqual({ offset: utf8("id,name\nsato,佐藤\n").length, encoding: "utf-8", mixedWith: "shift_jis" });
  });
});

describe("encodeCsvText", () => {
  it("writes UTF-8 with a BOM by default, without one on request", () => {
    expect(hex(encodeCsvText("id", "utf-8"))).toBe("EF BB BF 69 64");
    expect(hex(encodeCsvText("id", "utf-8", { bom: false }))).toBe("69 64");
  });

  it("writes Shift_JIS (never with a BOM) under its aliases", () => {
    expect(hex(encodeCsvText("強", "shift_jis"))).toBe("8B AD");
    expect(hex(encodeCsvText("強", "cp932", { bom: true }))).toBe("8B AD");
    expect(csvEncoding("Windows-31J")).toBe("shift_jis");
    expect(() => csvEncoding("latin1")).toThrow(UsageError);
  });

  it("refuses lone surrogates in UTF-8 rather than replacing them", () => {
    expect(csvUnencodableChars("a\uDC00", "utf-8")).toEqual(["\uDC00"]);
    expect(csvUnencodableChars("🙂", "utf-8")).toEqual([]);
    expect(() => encodeCsvText("a\uD800", "utf-8")).toThrow(RangeError);
  });
});
