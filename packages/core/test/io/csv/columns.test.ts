import { describe, expect, it } from "vitest";
import { KNOWN_FIELDS } from "../../../src/index.js";
import { csvTableOfFile } from "../../../src/io.js";
import { CSV_JA_HEADERS, csvFieldOfHeader, csvHeaderOf } from "../../../src/io/csv/index.js";

describe("headers", () => {
  it("reads the English field names exactly", () => {
    for (const [table, fields] of Object.entries(KNOWN_FIELDS)) {
      for (const f of fields) expect(csvFieldOfHeader(table as keyof typeof KNOWN_FIELDS, f)).toBe(f);
    }
    expect(csvFieldOfHeader("people", "hobby")).toBeUndefined();
  });

  it("reads the canonical Japanese headers and their aliases", () => {
    for (const [table, headers] of Object.entries(CSV_JA_HEADERS)) {
      for (const [field, ja] of Object.entries(headers)) expect(csvFieldOfHeader(table as keyof typeof CSV_JA_HEADERS, ja)).toBe(field);
    }
    expect(csvFieldOfHeader("people", "名前")).toBe("name");
    expect(csvFieldOfHeader("contributions", "金額")).toBe("amount");
    expect(csvFieldOfHeader("roles", "人物")).toBe("person");
  });

  it("trims and normalises width (NFKC)", () => {
    expect(csvFieldOfHeader("people", "ＩＤ")).toBe("id");
    expect(csvFieldOfHeader("people", " id ")).toBe("id");
    expect(csvFieldOfHeader("ties", "人物Ａ")).toBe("a");
    expect(csvFieldOfHeader("ties", "\u3000紐帯\u3000")).toBe("strength");
  });

  it("writes English field names or the canonical Japanese headers; extras keep their name", () => {
    expect(KNOWN_FIELDS.people.map((f) => csvHeaderOf("people", f, "ja"))).toEqual([
      "ID",
      "氏名",
      "出自",
      "所属",
      "関わり方",
      "参加日",
      "離脱日",
      "任期満了日",
    ]);
    expect(csvHeaderOf("ties", "a", "en")).toBe("a");
    expect(csvHeaderOf("ties", "memo", "ja")).toBe("memo");
    expect(csvHeaderOf("ties", "__proto__", "ja")).toBe("__proto__");
  });
});

describe("file names", () => {
  it("recognises English and Japanese names, paths and case", () => {
    expect(csvTableOfFile("people.csv")).toBe("people");
    expect(csvTableOfFile("dir/sub/People.CSV")).toBe("people");
    expect(csvTableOfFile("C:\\data\\ties.csv")).toBe("ties");
    expect(csvTableOfFile("人物.csv")).toBe("people");
    expect(csvTableOfFile("事業.CSV")).toBe("projects");
    expect(csvTableOfFile("役割.csv")).toBe("roles");
    expect(csvTableOfFile("紐帯.csv")).toBe("ties");
    expect(csvTableOfFile("貢献.csv")).toBe("contributions");
    expect(csvTableOfFile("x/町.csv")).toBe("town");
    expect(csvTableOfFile("people.txt")).toBe("people"); // Excel's "Unicode text"
    expect(csvTableOfFile("紐帯.tsv")).toBe("ties");
    expect(csvTableOfFile("people.xlsx")).toBeUndefined();
    expect(csvTableOfFile("README.md")).toBeUndefined();
  });
});
