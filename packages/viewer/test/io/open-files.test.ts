import { TownValidationError } from "@kankei/core";
import { describe, expect, it } from "vitest";
import { NoTownFileError, readTownFiles } from "../../src/io/open-files.js";
import { exampleCsv, exampleTown } from "../fixtures/example-town.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EXAMPLE_DIR } from "../fixtures/example-town.js";

describe("readTownFiles", () => {
  const json = exampleTown();

  for (const folder of ["csv", "csv-sjis"] as const) {
    it(`reads the example's CSV bundle in ${folder === "csv" ? "UTF-8" : "Shift_JIS"} as the same town as its JSON document`, () => {
      const { town, source } = readTownFiles(exampleCsv(folder));
      expect(source).toBe("people.csv, projects.csv, roles.csv, ties.csv, contributions.csv, town.csv");
      expect(town.name).toBe("架空町");
      expect(town.people.map((p) => [p.id, p.name])).toEqual(json.people.map((p) => [p.id, p.name]));
      expect(town.roles.length).toBe(json.roles.length);
      expect(town.ties.length).toBe(json.ties.length);
    });
  }

  it("reads the JSON document when one is given", () => {
    const bytes = new Uint8Array(readFileSync(join(EXAMPLE_DIR, "town.json")));
    const { town, source } = readTownFiles([{ name: "town.json", bytes }, ...exampleCsv("csv")]);
    expect(source).toBe("town.json");
    expect(town.people.length).toBe(json.people.length);
  });

  it("reports a broken file with its file, row and column, and loads nothing", () => {
    const files = exampleCsv("csv").map((f) =>
      f.name === "ties.csv" ? { name: f.name, bytes: new TextEncoder().encode("a,b,strength\ng01,g02,very\n") } : f,
    );
    let error: unknown;
    try {
      readTownFiles(files);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TownValidationError);
    const p = (error as TownValidationError).problems[0]!;
    expect(p.location).toMatchObject({ file: "ties.csv", row: 2 });
    expect(p.column ?? p.field).toBe("strength");
  });

  it("refuses files that are not a town", () => {
    expect(() => readTownFiles([{ name: "photo.png", bytes: new Uint8Array([1, 2]) }])).toThrow(NoTownFileError);
  });
});

describe("readTownFiles decodes a JSON document strictly, with the core's decoder", () => {
  it("refuses a town.json saved in Shift_JIS, saying so and naming the file", async () => {
    const { EncodingError } = await import("@kankei/core");
    // the core's own Shift_JIS encoder (internal to the core: not in its public entries)
    const { encodeShiftJis } = await import("../../../core/src/io/csv/shift-jis.js");
    const text = readFileSync(join(EXAMPLE_DIR, "town.json"), "utf8");
    let error: unknown;
    try {
      readTownFiles([{ name: "town.json", bytes: encodeShiftJis(text) }]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TownValidationError);
    const [p] = (error as TownValidationError).problems;
    expect(p).toBeInstanceOf(EncodingError);
    expect(p!.message).toContain("town.json");
    expect(p!.message).toContain("looks like Shift_JIS");
  });
});
