import { describe, expect, it } from "vitest";
import { test } from "@fast-check/vitest";
import { FormatError, InvalidValueError, TownValidationError, UnsupportedVersionError, type TownProblem } from "../../src/index.js";
import { parseTown, serializeTown, toTownDocument } from "../../src/io.js";
import { arbitraryTownRecords } from "../../src/testing.js";

function problemsOf(f: () => unknown): TownProblem[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(TownValidationError);
    return [...(e as TownValidationError).problems];
  }
  throw new Error("expected a TownValidationError");
}

describe("parseTown: the header", () => {
  it("rejects another format, naming $.format", () => {
    const [p] = problemsOf(() => parseTown({ format: "gexf", version: 1 }));
    expect(p).toBeInstanceOf(FormatError);
    expect(p!.location.path).toBe("$.format");
  });

  it("rejects another version and says which versions are read", () => {
    const [p] = problemsOf(() => parseTown({ format: "kankei-town", version: 2 }));
    expect(p).toBeInstanceOf(UnsupportedVersionError);
    expect(p!.message).toContain("reads version 1");
  });

  it("rejects text that is not JSON, and a JSON array", () => {
    expect(problemsOf(() => parseTown("{ nope"))[0]).toBeInstanceOf(FormatError);
    expect(problemsOf(() => parseTown("[]"))[0]).toBeInstanceOf(FormatError);
  });

  it("rejects a record list that is not an array", () => {
    const [p] = problemsOf(() => parseTown({ format: "kankei-town", version: 1, people: {} }));
    expect(p).toBeInstanceOf(FormatError);
    expect(p!.location.path).toBe("$.people");
  });

  it("reads a missing array as empty, a UTF-8 BOM, and a missing town header", () => {
    const town = parseTown('\ufeff{"format":"kankei-town","version":1}');
    expect(town.people).toEqual([]);
    expect(town.defaultDate).toBeUndefined();
  });

  it("names the source in the error", () => {
    try {
      parseTown({ format: "kankei-town", version: 1, people: [{ id: "a", origin: "mars" }] }, { source: "town.json" });
    } catch (e) {
      expect((e as Error).message).toMatch(/^town\.json: 1 problem found/);
      expect((e as TownValidationError).problems[0]).toBeInstanceOf(InvalidValueError);
    }
  });
});

describe("serializeTown", () => {
  it("keeps unknown fields of records, of the town header and of the document", () => {
    const doc = {
      format: "kankei-town",
      version: 1,
      generator: { name: "survey-tool" },
      town: { name: "架空町", prefecture: "北海道" },
      people: [{ id: "a", origin: "local", hobby: ["ski"], score: 3 }],
    };
    const out = JSON.parse(serializeTown(parseTown(doc)));
    expect(out.generator).toEqual({ name: "survey-tool" });
    expect(out.town).toEqual({ name: "架空町", prefecture: "北海道" });
    expect(out.people[0]).toEqual({ id: "a", origin: "local", hobby: ["ski"], score: 3 });
  });

  it("drops known fields that are null (null is the same as absent)", () => {
    const out = toTownDocument(parseTown({ format: "kankei-town", version: 1, people: [{ id: "a", origin: "local", sector: null }] }));
    expect(out.people[0]).toEqual({ id: "a", origin: "local" });
  });

  it("does not freeze or change the caller's objects", () => {
    const person = { id: "a", origin: "local" };
    parseTown({ format: "kankei-town", version: 1, people: [person] });
    expect(Object.isFrozen(person)).toBe(false);
  });

  test.prop([arbitraryTownRecords({ alphabet: "unicode" })], { numRuns: 200 })("round trip is lossless", (records) => {
    const town = parseTown({ format: "kankei-town", version: 1, ...records });
    const text = serializeTown(town);
    const again = parseTown(text);
    expect(again.toRecords()).toEqual(town.toRecords());
    expect(serializeTown(again)).toBe(text);
    // and what was read is what was given
    expect(town.toRecords()).toEqual({ ...records, town: records.town });
  });
});
