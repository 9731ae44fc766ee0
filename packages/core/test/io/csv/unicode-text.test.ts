/**
 * Excel's "Unicode text" (Unicode テキスト) export: tab-separated, UTF-16LE with a byte-order
 * mark. A coordinator who saves the town's sheets that way (it avoids Shift_JIS's missing
 * characters) gets the same town as from the CSV files.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { TownValidationError } from "../../../src/index.js";
import { parseTown, readCsvBundle, serializeTown } from "../../../src/io.js";
import { parseCsv } from "../../../src/io/csv/index.js";
import { readTownFile } from "../../../src/node.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../..");
const sjisDir = join(root, "examples/town/csv-sjis");
const town = parseTown(readFileSync(join(root, "examples/town/town.json"), "utf8"));

/** A CSV file as Excel's Unicode text: the same cells, tab-separated, UTF-16LE with a BOM. */
function asUnicodeText(bytes: Uint8Array): Uint8Array {
  const { records } = parseCsv(new TextDecoder("shift_jis").decode(bytes));
  const cell = (c: string) => (/[\t"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  const text = records.map((r) => r.map(cell).join("\t")).join("\r\n") + "\r\n";
  return new Uint8Array(Buffer.from("\ufeff" + text, "utf16le"));
}

describe("Excel's Unicode text (tab-separated UTF-16)", () => {
  const files = Object.fromEntries(readdirSync(sjisDir).filter((f) => f.endsWith(".csv")).map((f) => [f, asUnicodeText(readFileSync(join(sjisDir, f)))]));

  it("reads as the same town as the Shift_JIS CSV files", () => {
    expect(files["people.csv"]![0]).toBe(0xff);
    expect(serializeTown(readCsvBundle(files))).toBe(serializeTown(town));
  });

  it("names the file, row and column of a problem", () => {
    const ties = new TextDecoder("utf-16le").decode(files["ties.csv"]!).split("\r\n");
    ties[2] = ties[2]!.replace("\t弱\t", "\t中\t");
    const broken = { ...files, "ties.csv": new Uint8Array(Buffer.from("\ufeff" + ties.join("\r\n"), "utf16le")) };
    try {
      readCsvBundle(broken);
      throw new Error("accepted");
    } catch (e) {
      expect(e).toBeInstanceOf(TownValidationError);
      const p = (e as TownValidationError).problems[0]!;
      expect([p.location.file, p.location.row, p.column]).toEqual(["ties.csv", 3, "紐帯"]);
    }
  });

  it("reads a folder of .txt files, as Excel names them (人物.txt, projects.txt...)", () => {
    const dir = mkdtempSync(join(tmpdir(), "kankei-unicode-text-"));
    const ja: Record<string, string> = { "people.csv": "人物.txt", "projects.csv": "事業.txt", "roles.csv": "役割.txt", "ties.csv": "紐帯.txt" };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, ja[name] ?? name.replace(/\.csv$/, ".txt")), bytes);
    writeFileSync(join(dir, "memo.txt"), "not a table");
    expect(serializeTown(readTownFile(dir))).toBe(serializeTown(town));
  });
});
