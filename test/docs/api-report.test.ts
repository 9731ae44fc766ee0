/**
 * The committed API report (docs/api-report/*.api.md) is what the built declarations export:
 * a change of the public API changes the report, so it shows in review. To accept a change:
 * `KANKEI_UPDATE_API=1 pnpm exec vitest run test/docs/api-report.test.ts` (or
 * `node scripts/api-report.mjs --write`) after `pnpm run build`, and commit the report.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { packageReport, reportPath, REPORTED_PACKAGES, writeReport } from "../../scripts/api-report.mjs";

const UPDATE = process.env.KANKEI_UPDATE_API === "1";

describe("the API report", () => {
  for (const pkg of REPORTED_PACKAGES as string[]) {
    it(`is current for packages/${pkg}`, () => {
      const text: string = packageReport(pkg);
      const path: string = reportPath(pkg);
      if (UPDATE) writeReport(path, text);
      const committed = readFileSync(path, "utf8");
      if (committed !== text) {
        const a = committed.split("\n");
        const b = text.split("\n");
        let i = 0;
        while (i < a.length && a[i] === b[i]) i++;
        expect.fail(
          `${path} is out of date: the public API changed (first difference at line ${i + 1}: ` +
            `committed ${JSON.stringify(a[i])}, now ${JSON.stringify(b[i])}). Review the change, then run ` +
            "KANKEI_UPDATE_API=1 pnpm exec vitest run test/docs/api-report.test.ts and commit the report.",
        );
      }
    });
  }

  it("lists the entries by purpose and keeps the CSV internals out of the main entry", () => {
    const core = readFileSync(reportPath("core"), "utf8");
    const sections = [...core.matchAll(/^## `([^`]+)`$/gm)].map((m) => m[1]);
    expect(sections).toEqual(["@kankei/core", "@kankei/core/io", "@kankei/core/node", "@kankei/core/testing"]);
    const main = core.slice(core.indexOf("## `@kankei/core`"), core.indexOf("## `@kankei/core/io`"));
    const io = core.slice(core.indexOf("## `@kankei/core/io`"), core.indexOf("## `@kankei/core/node`"));
    for (const name of ["successionRisk", "weakTieReach", "createTown", "applyEvents", "simulate", "Town"]) expect(main).toContain(`\n// ${name}: `);
    for (const name of ["parseTown", "serializeTown", "readCsvBundle", "writeCsvBundle", "toGexf", "toGraphML"]) {
      expect(io).toContain(`\n// ${name}: function`);
      expect(main).not.toContain(`\n// ${name}: `);
    }
    for (const internal of ["parseCsv", "formatCsvCell", "encodeShiftJis", "csvHeaderOf", "CSV_JA_HEADERS", "readCsvCell", "guardText", "decodeCsvBytes"]) {
      expect(core).not.toContain(`\n// ${internal}: `);
    }
  });
});
