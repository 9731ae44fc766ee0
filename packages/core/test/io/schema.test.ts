import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { test } from "@fast-check/vitest";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parseTown, serializeTown } from "../../src/io.js";
import { arbitraryTownRecords } from "../../src/testing.js";

const schema = JSON.parse(readFileSync(fileURLToPath(new URL("../../schema/kankei-town.schema.json", import.meta.url)), "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
(addFormats as unknown as (a: unknown) => void)(ajv);
const validate = ajv.compile(schema);

describe("the JSON Schema", () => {
  test.prop([arbitraryTownRecords({ alphabet: "unicode" })], { numRuns: 100 })("accepts every document serializeTown writes", (records) => {
    const doc = JSON.parse(serializeTown(parseTown({ format: "kankei-town", version: 1, ...records })));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it("rejects what parseTown rejects field by field", () => {
    const bad = [
      { format: "kankei-town", version: 2 },
      { format: "kankei-town", version: 1, people: [{ id: "a" }] },
      { format: "kankei-town", version: 1, people: [{ id: "a", origin: "abroad" }] },
      { format: "kankei-town", version: 1, people: [{ id: "a", origin: "local", joined: "2021-02-30" }] },
      { format: "kankei-town", version: 1, ties: [{ a: "a", b: "b", strength: "medium" }] },
      { format: "kankei-town", version: 1, roles: [{ person: "", project: "p", role: "initiator" }] },
      { format: "kankei-town", version: 1, contributions: [{ person: "a", project: "p", resource: "money", amount: "5" }] },
    ];
    for (const doc of bad) {
      expect(validate(doc), JSON.stringify(doc)).toBe(false);
      expect(() => parseTown(doc)).toThrow();
    }
  });
});
