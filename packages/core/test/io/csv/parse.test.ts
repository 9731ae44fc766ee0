import { describe, expect, it } from "vitest";
import { formatCsv, formatCsvCell, parseCsv } from "../../../src/io/csv/index.js";

describe("parseCsv", () => {
  it("splits records and cells with CRLF, LF and lone CR", () => {
    expect(parseCsv("a,b\r\nc,d\ne,f\rg,h").records).toEqual([
      ["a", "b"],
      ["c", "d"],
      ["e", "f"],
      ["g", "h"],
    ]);
  });

  it("reads quoted cells with commas, doubled quotes and line breaks", () => {
    const { records, issues } = parseCsv('id,note\r\na,"x, y"\r\nb,"say ""hi"""\r\nc,"one\r\ntwo\nthree"\r\n');
    expect(issues).toEqual([]);
    expect(records).toEqual([
      ["id", "note"],
      ["a", "x, y"],
      ["b", 'say "hi"'],
      ["c", "one\r\ntwo\nthree"],
    ]);
  });

  it("numbers rows as records: a multi-line cell does not shift later rows, a blank line is a row", () => {
    const { records } = parseCsv('h\n"1\n2\n3"\n\nlast\n');
    expect(records).toEqual([["h"], ["1\n2\n3"], [""], ["last"]]);
    // "last" is spreadsheet row 4 (index 3), although it is on physical line 6.
    expect(records.findIndex((r) => r[0] === "last") + 1).toBe(4);
  });

  it("keeps empty cells, a trailing empty cell, and ignores one final line break", () => {
    expect(parseCsv("a,,c,\n").records).toEqual([["a", "", "c", ""]]);
    expect(parseCsv("").records).toEqual([]);
    expect(parseCsv("\uFEFFid\n").records).toEqual([["id"]]);
  });

  it("keeps a quote inside an unquoted cell (as Excel does)", () => {
    const { records, issues } = parseCsv('5" floppy,x\n');
    expect(issues).toEqual([]);
    expect(records).toEqual([['5" floppy', "x"]]);
  });

  it("reports an unclosed quote at the row where it opens", () => {
    const { records, issues } = parseCsv('h1,h2\na,b\nc,"never closed\nd,e\n');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ row: 3, kind: "unclosed-quote" });
    expect(records).toHaveLength(3);
  });

  it("reports text after a closing quote and keeps it in the cell", () => {
    const { records, issues } = parseCsv('h\n"ab"cd\n');
    expect(issues).toMatchObject([{ row: 2, kind: "text-after-quote" }]);
    expect(records[1]).toEqual(["abcd"]);
  });
});

describe("formatCsv", () => {
  it("quotes only when needed and ends every record with CRLF", () => {
    expect(formatCsvCell("plain")).toBe("plain");
    expect(formatCsvCell("a,b")).toBe('"a,b"');
    expect(formatCsvCell('a"b')).toBe('"a""b"');
    expect(formatCsvCell("a\nb")).toBe('"a\nb"');
    expect(formatCsvCell("a\rb")).toBe('"a\rb"');
    expect(formatCsvCell(" a")).toBe('" a"');
    expect(formatCsvCell("a\u3000")).toBe('"a\u3000"');
    expect(formatCsvCell("")).toBe("");
    expect(formatCsv([["a", "b"], ["c", "d"]])).toBe("a,b\r\nc,d\r\n");
  });

  it("round-trips any table of cells through parseCsv", () => {
    const rows = [
      ["id", "note", "x"],
      ["1", 'he said "no", twice', ""],
      ["2", "line\r\nbreak\rand\nmore", " spaced "],
      ["3", '"', ","],
    ];
    expect(parseCsv(formatCsv(rows))).toEqual({ records: rows, issues: [], delimiter: "," });
    const tabbed = [["only\tcolumn"], ["a\tb"]];
    expect(parseCsv(formatCsv(tabbed)).records).toEqual(tabbed);
  });
});

describe("tab-separated text (Excel's Unicode text)", () => {
  it("detects tabs from the first line and reads the cells", () => {
    const { records, delimiter } = parseCsv('id\tname\tnote\r\na\t"Aoki, Ken"\t"two\nlines"\r\nb\tSato\t\r\n');
    expect(delimiter).toBe("\t");
    expect(records).toEqual([
      ["id", "name", "note"],
      ["a", "Aoki, Ken", "two\nlines"],
      ["b", "Sato", ""],
    ]);
  });

  it("stays with commas when the first line has one, or a tab only inside quotes", () => {
    expect(parseCsv("id,name\r\na\tb,c").records).toEqual([["id", "name"], ["a\tb", "c"]]);
    expect(parseCsv('"a\tb"\r\nx').delimiter).toBe(",");
    expect(parseCsv("a\tb", { delimiter: "," }).records).toEqual([["a\tb"]]);
  });
});
