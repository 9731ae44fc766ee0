import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  EncodingError,
  TownValidationError,
} from "../../src/index.js";
import { decodeTownJson, guessTextEncoding, parseTown, serializeTown } from "../../src/io.js";
import { encodeShiftJis } from "../../src/io/csv/index.js";
import { readTownFile } from "../../src/node.js";

const DOC = '{"format":"kankei-town","version":1,"town":{"name":"架空町"},"people":[{"id":"a","name":"佐藤 健二","origin":"local"}]}';

function encodingProblem(f: () => unknown): EncodingError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(TownValidationError);
    const problems = (e as TownValidationError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toBeInstanceOf(EncodingError);
    return problems[0] as EncodingError;
  }
  throw new Error("decoded");
}

const utf16 = (text: string, le: boolean, bom: boolean) => {
  const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    out.push(...(le ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]));
  }
  return new Uint8Array(out);
};

describe("decodeTownJson: strict decoding of a town document", () => {
  it("reads UTF-8 with and without a byte-order mark", () => {
    const bytes = new TextEncoder().encode(DOC);
    expect(decodeTownJson(bytes)).toBe(DOC);
    expect(decodeTownJson(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toBe(DOC);
    expect(parseTown(bytes).person("a")?.name).toBe("佐藤 健二");
  });

  it("reads UTF-16LE and UTF-16BE with a byte-order mark", () => {
    expect(parseTown(utf16(DOC, true, true)).person("a")?.name).toBe("佐藤 健二");
    expect(parseTown(utf16(DOC, false, true).buffer).name).toBe("架空町");
  });

  it("refuses a town.json saved in Shift_JIS, naming the file and the encoding (was: valid, every name U+FFFD)", () => {
    const bytes = encodeShiftJis(DOC);
    const p = encodingProblem(() => parseTown(bytes, { source: "town.json" }));
    expect(p.message).toMatch(/^town\.json: /);
    expect(p.message).toContain("looks like Shift_JIS (CP932)");
    expect(p.message).toContain("line 1");
    expect(p.location.file).toBe("town.json");
  });

  it("refuses EUC-JP and UTF-16 without a byte-order mark, naming them", () => {
    // 佐藤 in EUC-JP: BA B4 C6 A3 (literal bytes)
    const euc = new Uint8Array([...new TextEncoder().encode('{"format":"kankei-town","version":1,"town":{"name":"'), 0xba, 0xb4, 0xc6, 0xa3, ...new TextEncoder().encode('"}}')]);
    expect(new TextDecoder("euc-jp").decode(euc)).toContain("佐藤");
    expect(encodingProblem(() => parseTown(euc)).message).toContain("looks like EUC-JP");
    expect(encodingProblem(() => parseTown(utf16(DOC, true, false))).message).toContain("UTF-16LE without a byte-order mark");
    expect(guessTextEncoding(utf16(DOC, false, false))).toBe("UTF-16BE without a byte-order mark");
  });

  it("refuses a truncated UTF-16 file and a stray Latin-1 byte on a later line", () => {
    encodingProblem(() => decodeTownJson(new Uint8Array([0xff, 0xfe, 0x7b])));
    const latin1 = new Uint8Array([...new TextEncoder().encode('{\n"note":"caf'), 0xe9, 0x22, 0x7d]);
    const p = encodingProblem(() => decodeTownJson(latin1));
    expect(p.message).toContain("byte 0xE9 on line 2");
    expect(p.message).toContain("single-byte");
  });

  it("is what readTownFile uses: a Shift_JIS town.json on disk is refused with its file name", () => {
    const dir = mkdtempSync(join(tmpdir(), "kankei-json-"));
    writeFileSync(join(dir, "town.json"), encodeShiftJis(DOC));
    const p = encodingProblem(() => readTownFile(join(dir, "town.json")));
    expect(p.message).toContain("town.json");
    expect(p.message).toContain("Shift_JIS");
    writeFileSync(join(dir, "ok.json"), utf16(DOC, true, true));
    expect(readTownFile(join(dir, "ok.json")).person("a")?.name).toBe("佐藤 健二");
  });
});

describe("parseTown keeps a top-level __proto__ field", () => {
  it("as an extra field, written back by serializeTown (was: dropped)", () => {
    const text = '{"format":"kankei-town","version":1,"__proto__":{"polluted":true},"constructor":1}';
    const out = JSON.parse(serializeTown(parseTown(text)));
    expect(Object.keys(out)).toContain("__proto__");
    expect(Object.getOwnPropertyDescriptor(out, "__proto__")?.value).toEqual({ polluted: true });
    expect(out.constructor).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("parseTown refuses values nested too deep, with a library error (was: RangeError)", () => {
  it("in a record's extra field and at the top of the document", async () => {
    const { InvalidValueError, FormatError } = await import("../../src/index.js");
    const deep = (n: number) => "[".repeat(n) + "]".repeat(n);
    const inRecord = `{"format":"kankei-town","version":1,"people":[{"id":"a","origin":"local","x":${deep(4000)}}]}`;
    let e: unknown;
    try {
      parseTown(inRecord);
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(TownValidationError);
    expect((e as TownValidationError).problems[0]).toBeInstanceOf(InvalidValueError);
    try {
      parseTown(`{"format":"kankei-town","version":1,"deep":${deep(4000)}}`);
    } catch (err) {
      e = err;
    }
    expect((e as TownValidationError).problems[0]).toBeInstanceOf(FormatError);
    // 1,000 levels are fine
    expect(JSON.parse(serializeTown(parseTown(`{"format":"kankei-town","version":1,"deep":${deep(999)}}`))).deep).toBeDefined();
  });
});
