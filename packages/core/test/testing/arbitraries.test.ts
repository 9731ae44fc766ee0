import { describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { createTown, validateRecords } from "../../src/index.js";
import { arbitraryTownRecords } from "../../src/testing.js";

describe("arbitraryTownRecords", () => {
  test.prop([arbitraryTownRecords({ alphabet: "unicode" })], { numRuns: 300 })("generates only valid towns", (records) => {
    const { problems } = validateRecords(records);
    expect(problems.map((p) => p.message)).toEqual([]);
    expect(createTown(records).people.length).toBe(records.people.length);
  });

  test.prop([arbitraryTownRecords({ maxPeople: 20, maxRoles: 60, maxTies: 60 })], { numRuns: 50 })(
    "uses open and closed periods, roles and ties",
    (records) => {
      createTown(records);
    },
  );

  test("produces roles and ties in a fair share of towns", () => {
    const samples = fc.sample(arbitraryTownRecords(), { numRuns: 200, seed: 1 });
    expect(samples.filter((s) => s.roles.length > 0).length).toBeGreaterThan(60);
    expect(samples.filter((s) => s.ties.length > 1).length).toBeGreaterThan(60);
    expect(samples.some((s) => s.roles.some((r) => r.from === undefined))).toBe(true);
  });
});
