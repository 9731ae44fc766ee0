// The @example blocks of the CSV modules, run as written.
import { describe, expect, it } from "vitest";
import { csvEncoding, csvTableOfFile, parseTown, readCsvBundle, writeCsvBundle } from "../../../src/io.js";
import { csvEnumValue, csvFieldOfHeader, csvHeaderOf, csvInvalidBytes, csvUnencodableChars, decodeCsvBytes, encodeCsvText, encodeShiftJis, formatCsv, formatCsvCell, normalizeCsvDate, parseCsv, parseCsvAmount, readCsvCell, shiftJisInvalidOffset, shiftJisUnencodable, writeCsvCell } from "../../../src/io/csv/index.js";
import { normalizeKey } from "../../../src/io/csv/columns.js";

describe("doc examples", () => {
  it("files.ts", () => {
    expect(csvTableOfFile("export/People.CSV")).toBe("people");
    expect(csvTableOfFile("紐帯.csv")).toBe("ties");
    expect(csvTableOfFile("notes.txt")).toBeUndefined();
  });

  it("parse.ts and format.ts", () => {
    const { records, issues } = parseCsv('id,name\r\na,"Aoki, Ken"\r\nb,"two\nlines"\r\n');
    expect(records).toEqual([["id", "name"], ["a", "Aoki, Ken"], ["b", "two\nlines"]]);
    expect(issues).toEqual([]);
    expect(formatCsvCell("plain")).toBe("plain");
    expect(formatCsvCell('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(formatCsvCell(" padded")).toBe('" padded"');
    const text = formatCsv([["id", "note"], ["a", "one,\ntwo"]]);
    expect(text).toBe('id,note\r\na,"one,\ntwo"\r\n');
    expect(parseCsv(text).records).toEqual([["id", "note"], ["a", "one,\ntwo"]]);
  });

  it("shift-jis.ts", () => {
    expect(shiftJisUnencodable("仕掛け人")).toEqual([]);
    expect(shiftJisUnencodable("森鷗外 🙂")).toEqual(["鷗", "🙂"]);
    expect(Array.from(encodeShiftJis("仕掛け人"), (b) => b.toString(16))).toEqual(["8e", "64", "8a", "7c", "82", "af", "90", "6c"]);
    expect(new TextDecoder("shift_jis").decode(encodeShiftJis("協力者,ｶﾅ"))).toBe("協力者,ｶﾅ");
    expect(shiftJisInvalidOffset(new Uint8Array([0x41, 0x82, 0xa0]))).toBe(-1);
    expect(shiftJisInvalidOffset(new Uint8Array([0x41, 0xff]))).toBe(1);
  });

  it("encoding.ts", () => {
    expect(csvEncoding("CP932")).toBe("shift_jis");
    expect(csvEncoding("UTF8")).toBe("utf-8");
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x69, 0x64]))).toEqual({ text: "id", encoding: "utf-8", bom: true });
    expect(decodeCsvBytes(new Uint8Array([0x8e, 0x64, 0x8a, 0x7c, 0x82, 0xaf, 0x90, 0x6c]))).toEqual({
      text: "仕掛け人",
      encoding: "shift_jis",
      bom: false,
    });
    expect(decodeCsvBytes(new Uint8Array([0xff, 0x41]))).toBeUndefined();
    expect(csvInvalidBytes(new Uint8Array([0x61, 0x0a, 0xe3, 0x81, 0x82, 0xff]))).toEqual({ offset: 5, encoding: "utf-8" });
    expect(csvUnencodableChars("🙂", "utf-8")).toEqual([]);
    expect(csvUnencodableChars("🙂", "shift_jis")).toEqual(["🙂"]);
    expect(Array.from(encodeCsvText("id", "utf-8"))).toEqual([0xef, 0xbb, 0xbf, 0x69, 0x64]);
    expect(Array.from(encodeCsvText("id", "utf-8", { bom: false }))).toEqual([0x69, 0x64]);
    expect(Array.from(encodeCsvText("強", "shift_jis"))).toEqual([0x8b, 0xad]);
  });

  it("columns.ts", () => {
    expect(normalizeKey("　ＩＤ ")).toBe("ID");
    expect(csvFieldOfHeader("people", "任期満了日")).toBe("tenureEnds");
    expect(csvFieldOfHeader("ties", " 人物Ａ ")).toBe("a");
    expect(csvFieldOfHeader("people", "hobby")).toBeUndefined();
    expect(csvHeaderOf("roles", "person", "ja")).toBe("人物ID");
    expect(csvHeaderOf("roles", "person", "en")).toBe("person");
    expect(csvHeaderOf("roles", "hours", "ja")).toBe("hours");
  });

  it("values.ts", () => {
    expect(csvEnumValue("role", "仕掛け人")).toBe("initiator");
    expect(csvEnumValue("origin", " よそ者 ")).toBe("outsider");
    expect(csvEnumValue("sector", "ＮＰＯ･団体")).toBe("nonprofit");
    expect(csvEnumValue("strength", "Strong")).toBe("strong");
    expect(csvEnumValue("role", "boss")).toBeUndefined();
    expect(normalizeCsvDate("2024/4/1")).toBe("2024-04-01");
    expect(normalizeCsvDate("２０２４/０４/０１")).toBe("2024-04-01");
    expect(normalizeCsvDate("2023/2/29")).toBe("2023/2/29");
    expect(parseCsvAmount("1,200")).toBe(1200);
    expect(parseCsvAmount(" -3.5 ")).toBe(-3.5);
    expect(parseCsvAmount("１０００")).toBe(1000);
    expect(parseCsvAmount("lots")).toBe("lots");
    expect(readCsvCell("people", "origin", "地域外", true)).toBe("outsider");
    expect(readCsvCell("roles", "from", "2024/4/1", true)).toBe("2024-04-01");
    expect(readCsvCell("people", "hobby", " fishing", false)).toBe(" fishing");
    expect(readCsvCell("people", "name", "  ", true)).toBeUndefined();
    expect(writeCsvCell("roles", "role", "initiator", "ja", true)).toBe("仕掛け人");
    expect(writeCsvCell("contributions", "amount", 1200, "en", true)).toBe("1200");
    expect(writeCsvCell("people", "tags", ["a", "b"], "en", false)).toBe('json:["a","b"]');
  });

  it("bundle.ts", () => {
    const town = readCsvBundle({
      "人物.csv": "ID,氏名,出自,所属\nsato,佐藤,地域内,自治体職員\nmori,森,よそ者,地域おこし協力隊\n",
      "projects.csv": "id,name,start\nfan,Fan club,2022/4/1\n",
      "roles.csv": "person,project,role\nsato,fan,仕掛け人\nmori,fan,cooperator\n",
      "ties.csv": "a,b,strength\nsato,mori,強\n",
    });
    expect(town.initiatorsAt("fan", "2024-04-01")).toEqual(["sato"]);
    expect(town.project("fan")?.start).toBe("2022-04-01");

    const t = parseTown({ format: "kankei-town", version: 1, people: [{ id: "sato", origin: "local", hobby: "fishing" }] });
    const files = writeCsvBundle(t, { lang: "ja", encoding: "shift_jis" });
    expect(Object.keys(files)).toEqual(["town.csv", "people.csv", "projects.csv", "roles.csv", "ties.csv", "contributions.csv"]);
    expect(new TextDecoder("shift_jis").decode(files["people.csv"]).split("\r\n")[0]).toBe("ID,氏名,出自,所属,関わり方,参加日,離脱日,任期満了日,hobby");
    expect(readCsvBundle(files).people[0]).toEqual({ id: "sato", origin: "local", hobby: "fishing" });
  });
});
