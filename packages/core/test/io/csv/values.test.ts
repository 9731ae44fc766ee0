import { describe, expect, it } from "vitest";
import { createTown } from "../../../src/index.js";
import { readCsvBundle, serializeTown, writeCsvBundle } from "../../../src/io.js";
import { CSV_JA_VALUES, csvEnumValue, normalizeCsvDate, parseCsvAmount, readCsvCell, writeCsvCell, type CsvEnumName } from "../../../src/io/csv/index.js";

describe("enumeration values", () => {
  it("reads every English and canonical Japanese value", () => {
    for (const [name, values] of Object.entries(CSV_JA_VALUES)) {
      for (const [en, ja] of Object.entries(values as Record<string, string>)) {
        expect(csvEnumValue(name as CsvEnumName, en)).toBe(en);
        expect(csvEnumValue(name as CsvEnumName, ja)).toBe(en);
      }
    }
  });

  it("reads aliases, width variants, case and padding", () => {
    expect(csvEnumValue("origin", "よそ者")).toBe("outsider");
    expect(csvEnumValue("strength", "強い")).toBe("strong");
    expect(csvEnumValue("strength", "弱い")).toBe("weak");
    expect(csvEnumValue("sector", "ＮＰＯ･団体")).toBe("nonprofit");
    expect(csvEnumValue("resource", " ﾋﾄ ")).toBe("people");
    expect(csvEnumValue("role", "Initiator")).toBe("initiator");
    expect(csvEnumValue("lead", "行政主導")).toBe("public");
    expect(csvEnumValue("role", "boss")).toBeUndefined();
  });

  it("keeps an unrecognised value as written", () => {
    expect(readCsvCell("roles", "role", " boss ", true)).toBe(" boss ");
  });

  it("writes values in either language", () => {
    expect(writeCsvCell("people", "sector", "corps", "ja", true)).toBe("地域おこし協力隊");
    expect(writeCsvCell("people", "sector", "corps", "en", true)).toBe("corps");
    expect(writeCsvCell("ties", "strength", "weak", "ja", true)).toBe("弱");
    // an extra column is never translated
    expect(writeCsvCell("ties", "strength2", "weak", "ja", false)).toBe("weak");
  });
});

describe("dates", () => {
  it("accepts ISO and Excel's slashed dates", () => {
    expect(normalizeCsvDate("2024-04-01")).toBe("2024-04-01");
    expect(normalizeCsvDate("2024/4/1")).toBe("2024-04-01");
    expect(normalizeCsvDate("2024/04/01")).toBe("2024-04-01");
    expect(normalizeCsvDate(" 2024/12/31 ")).toBe("2024-12-31");
    expect(normalizeCsvDate("２０２４－０４－０１")).toBe("2024-04-01");
  });

  it("keeps anything else as written, so that validation reports it", () => {
    expect(normalizeCsvDate("2023/2/29")).toBe("2023/2/29");
    expect(normalizeCsvDate("2024-4-1")).toBe("2024-4-1");
    expect(normalizeCsvDate("令和6年4月1日")).toBe("令和6年4月1日");
  });
});

describe("amounts", () => {
  it("parses decimal numbers, thousands separators and full-width digits", () => {
    expect(parseCsvAmount("1200")).toBe(1200);
    expect(parseCsvAmount("1,200,000")).toBe(1200000);
    expect(parseCsvAmount("-3.5")).toBe(-3.5);
    expect(parseCsvAmount("1e3")).toBe(1000);
    expect(parseCsvAmount("１０００")).toBe(1000);
    expect(Object.is(parseCsvAmount("-0"), -0)).toBe(true);
  });

  it("keeps anything else as the text", () => {
    expect(parseCsvAmount("lots")).toBe("lots");
    expect(parseCsvAmount("0x10")).toBe("0x10");
    expect(parseCsvAmount("1,20")).toBe("1,20");
    expect(parseCsvAmount("1e999")).toBe("1e999");
  });

  it("writes numbers that read back exactly", () => {
    for (const n of [0, -0, 1.5, 1e21, 5e-324, 0.1 + 0.2, -123456789.125]) {
      expect(Object.is(parseCsvAmount(writeCsvCell("contributions", "amount", n, "en", true)), n)).toBe(true);
    }
  });
});

describe("cells", () => {
  it("treats empty and blank cells as absent", () => {
    expect(readCsvCell("people", "name", "", true)).toBeUndefined();
    expect(readCsvCell("people", "hobby", " \u3000", false)).toBeUndefined();
  });

  it("keeps text as written, extra columns included", () => {
    expect(readCsvCell("people", "name", " 佐藤 ", true)).toBe(" 佐藤 ");
    expect(readCsvCell("people", "hobby", "2024/4/1", false)).toBe("2024/4/1");
  });

  it("writes extra values that are not strings, and blank texts, as typed cells", () => {
    expect(writeCsvCell("people", "n", 3, "en", false)).toBe("json:3");
    expect(writeCsvCell("people", "b", true, "en", false)).toBe("json:true");
    expect(writeCsvCell("people", "o", { a: [1] }, "en", false)).toBe('json:{"a":[1]}');
    expect(writeCsvCell("people", "o", null, "en", false)).toBe("json:null");
    expect(writeCsvCell("people", "name", null, "en", true)).toBe("");
    expect(writeCsvCell("people", "e", "", "en", false)).toBe('json:""');
    expect(writeCsvCell("ties", "kind", " ", "en", true)).toBe('json:" "');
    expect(writeCsvCell("people", "e", "json:x", "en", false)).toBe('json:"json:x"');
    expect(writeCsvCell("people", "e", "3", "en", false)).toBe("3");
  });

  it("reads typed cells back; a known text field takes only a string; not-JSON stays text", () => {
    expect(readCsvCell("people", "n", "json:3", false)).toBe(3);
    expect(readCsvCell("people", "n", "json:null", false)).toBeNull();
    expect(readCsvCell("people", "name", 'json:""', true)).toBe("");
    expect(readCsvCell("people", "name", "json:3", true)).toBe("json:3");
    expect(readCsvCell("people", "n", "json:{oops", false)).toBe("json:{oops");
    expect(readCsvCell("people", "n", "3", false)).toBe("3");
  });
});

describe("formula injection guard (CWE-1236)", () => {
  it.each(["=HYPERLINK(\"http://evil\",\"x\")", "+81 90", "-cmd|' /C calc'!A0", "@SUM(A1)", "\tx", "\rx", "'=x", "''-y"])("guards %j and reads it back exactly", (text) => {
    const cell = writeCsvCell("people", "name", text, "ja", true);
    expect(cell.startsWith("'")).toBe(true);
    expect(readCsvCell("people", "name", cell, true)).toBe(text);
    const extra = writeCsvCell("people", "memo", text, "en", false);
    expect(readCsvCell("people", "memo", extra, false)).toBe(text);
  });

  it.each(["山田 花子", "'quoted", "a=b", "2024-04-01"])("leaves %j alone", (text) => {
    expect(writeCsvCell("people", "name", text, "en", true)).toBe(text);
    expect(readCsvCell("people", "name", text, true)).toBe(text);
  });

  it("never guards numbers, dates or enumeration values", () => {
    expect(writeCsvCell("contributions", "amount", -500, "en", true)).toBe("-500");
    expect(writeCsvCell("roles", "from", "2024-04-01", "en", true)).toBe("2024-04-01");
    expect(writeCsvCell("roles", "role", "initiator", "en", true)).toBe("initiator");
  });

  it("keeps a hostile town lossless through a Shift_JIS bundle", () => {
    const town = createTown({
      people: [
        { id: "-p1", name: "=HYPERLINK(\"http://x\")", origin: "local", memo: "@SUM(A1)" },
        { id: "p2", name: "+田中", origin: "outsider" },
      ],
      projects: [{ id: "j", name: "-1+2" }],
      roles: [{ person: "-p1", project: "j", role: "initiator" }],
    });
    const files = writeCsvBundle(town, { lang: "ja", encoding: "shift_jis" });
    const people = new TextDecoder("shift_jis").decode(files["people.csv"]);
    expect(people).toContain(`'-p1`);
    expect(people).toContain(`'=HYPERLINK`);
    expect(people).toContain(`'@SUM(A1)`);
    expect(serializeTown(readCsvBundle(files))).toBe(serializeTown(town));
  });
});
