import { describe, expect, it } from "vitest";
import { type Table } from "../../src/index.js";
import { tableToCsv, tableToParquet } from "../../src/io.js";

const table: Table = {
  name: "t",
  columns: ["id", "risk", "ok", "note"],
  rows: [
    { id: "fan", risk: 0.1 + 0.2, ok: true, note: "=HYPERLINK(\"x\")" },
    { id: "a,b \"c\"", risk: Infinity, ok: false, note: null },
    { id: "改行\nあり", risk: NaN, ok: null, note: "-5" },
  ],
};

describe("tableToCsv", () => {
  it("quotes, guards formulas, writes NaN and null empty and keeps every digit", () => {
    expect(tableToCsv(table)).toBe(
      'id,risk,ok,note\r\nfan,0.30000000000000004,true,"\'=HYPERLINK(""x"")"\r\n"a,b ""c""",Infinity,false,\r\n"改行\nあり",,,\'-5\r\n',
    );
    expect(tableToCsv(table, { guard: false }).split("\r\n")[1]).toBe('fan,0.30000000000000004,true,"=HYPERLINK(""x"")"');
  });
});

describe("tableToParquet", () => {
  it("writes a Parquet file (magic bytes at both ends)", () => {
    const bytes = tableToParquet(table);
    const magic = (b: Uint8Array) => new TextDecoder().decode(b);
    expect(magic(bytes.subarray(0, 4))).toBe("PAR1");
    expect(magic(bytes.subarray(bytes.length - 4))).toBe("PAR1");
  });
});
