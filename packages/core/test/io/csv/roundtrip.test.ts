import { describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { TownValidationError, UnencodableError, createTown, type TownRecords } from "../../../src/index.js";
import { readCsvBundle, writeCsvBundle, type CsvBundle } from "../../../src/io.js";
import { formatCsv, parseCsv, parseCsvAmount, shiftJisUnencodable, writeCsvCell } from "../../../src/io/csv/index.js";
import { arbitraryTownRecords, type GeneratedTownRecords } from "../../../src/testing.js";

/**
 * What a bundle carries of generated records: everything. A text that is empty or only white
 * space is a typed cell (`json:" "`), not an empty cell, so it no longer reads back as absent.
 */
function csvCanonical(records: GeneratedTownRecords): Required<TownRecords> {
  return records;
}

const sameBytes = (a: CsvBundle, b: CsvBundle) => {
  expect(Object.keys(b)).toEqual(Object.keys(a));
  for (const k of Object.keys(a)) expect(Array.from(b[k]!)).toEqual(Array.from(a[k]!));
};

const COMBOS = [
  { lang: "en", encoding: "utf-8" },
  { lang: "ja", encoding: "utf-8" },
  { lang: "en", encoding: "shift_jis" },
  { lang: "ja", encoding: "shift_jis" },
] as const;

describe("CSV bundle round trip", () => {
  for (const opts of COMBOS) {
    test.prop([arbitraryTownRecords({ alphabet: "shift_jis" })], { numRuns: 60 })(
      `CSV -> town -> CSV -> town keeps every record (${opts.lang}, ${opts.encoding})`,
      (records) => {
        const first = writeCsvBundle(createTown(records), opts);
        const town = readCsvBundle(first);
        // the first pass keeps everything a cell can carry, extra fields included
        expect(town.toRecords()).toEqual(csvCanonical(records));
        // and from then on, nothing changes: same records, same bytes (the first write may hold
        // white-space-only texts, which read back as absent fields, so compare from the second)
        const second = writeCsvBundle(town, opts);
        const again = readCsvBundle(second);
        expect(again.toRecords()).toEqual(town.toRecords());
        sameBytes(second, writeCsvBundle(again, opts));
      },
    );
  }

  test.prop([arbitraryTownRecords({ alphabet: "unicode" }), fc.constantFrom("en", "ja")], { numRuns: 60 })(
    "any Unicode text round-trips in UTF-8",
    (records, lang) => {
      const town = readCsvBundle(writeCsvBundle(createTown(records), { lang }));
      expect(town.toRecords()).toEqual(csvCanonical(records));
    },
  );

  test.prop([arbitraryTownRecords({ alphabet: "unicode" })], { numRuns: 60 })(
    "Shift_JIS either round-trips or names every value it cannot encode",
    (records) => {
      const town = createTown(records);
      let files: CsvBundle;
      try {
        files = writeCsvBundle(town, { encoding: "shift_jis" });
      } catch (e) {
        expect(e).toBeInstanceOf(TownValidationError);
        const problems = (e as TownValidationError).problems;
        expect(problems.length).toBeGreaterThan(0);
        for (const p of problems) {
          expect(p).toBeInstanceOf(UnencodableError);
          expect(p.location.file).toMatch(/\.csv$/);
          expect(p.location.row).toBeGreaterThanOrEqual(1);
          expect(shiftJisUnencodable(String(p.value))).not.toEqual([]);
        }
        return;
      }
      expect(readCsvBundle(files).toRecords()).toEqual(csvCanonical(records));
    },
  );

  test.prop([arbitraryTownRecords()], { numRuns: 40 })("the language of the bundle does not change the town", (records) => {
    const town = createTown(records);
    expect(readCsvBundle(writeCsvBundle(town, { lang: "ja" })).toRecords()).toEqual(
      readCsvBundle(writeCsvBundle(town, { lang: "en" })).toRecords(),
    );
  });
});

describe("CSV text round trip", () => {
  const unit = fc.oneof(
    fc.constantFrom(",", '"', "\t", "\r", "\n", "\r\n", " ", "\u3000", "a", "仕"),
    fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  );
  const cell = fc.string({ unit, maxLength: 6 });
  const table = fc
    .array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 5 })
    .filter((rows) => !rows[0]?.[0]?.startsWith("\uFEFF"));

  test.prop([table])("parseCsv(formatCsv(rows)) gives the rows back", (rows) => {
    expect(parseCsv(formatCsv(rows))).toEqual({ records: rows, issues: [], delimiter: "," });
  });

  test.prop([fc.double({ noNaN: true, noDefaultInfinity: true })])("amounts read back exactly", (n) => {
    expect(Object.is(parseCsvAmount(writeCsvCell("contributions", "amount", n, "en", true)), n)).toBe(true);
  });
});
