/**
 * Fuzzing the readers and event application (issue 11): every input either loads (applies) or
 * throws one of the library's error classes (a `KankeiError`: `TownValidationError`,
 * `EventError`, `UsageError`), never a `TypeError`, a `RangeError` or another crash.
 *
 * A bounded run by default (CI); a long run on request: `KANKEI_FUZZ_RUNS=20000 pnpm exec vitest
 * run packages/core/test/fuzz`. `FC_SEED` replays a run (test/setup/fast-check.ts).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  EVENT_TYPES,
  KankeiError,
  ROLES,
  STRENGTHS,
  applyEvents,
  type Town,
  type TownEvent,
} from "../../src/index.js";
import { parseTown, readCsvBundle, serializeTown, writeCsvBundle } from "../../src/io.js";
import { encodeCsvText } from "../../src/io/csv/index.js";
import { arbitraryTown, arbitraryTownRecords } from "../../src/testing.js";

const RUNS = Number(process.env.KANKEI_FUZZ_RUNS ?? 200);
const TIMEOUT = Math.max(60_000, RUNS * 300);

/** Runs `f`; a thrown error must be a KankeiError. */
function loadsOrKankeiError(f: () => unknown): void {
  try {
    f();
  } catch (e) {
    if (!(e instanceof KankeiError)) {
      throw new Error(`not a library error: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
    }
  }
}

const HOSTILE = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "", " ", "a", "1", "佐藤", "\u0000", "\uD800"];
const hostileString = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 6 }), fc.string({ unit: "binary", maxLength: 6 }));
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { depthSize: "small" },
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom("2024-04-01", "2024-02-30", "2024/4/1", "local", "outsider", "initiator", "strong", "weak"),
  fc.array(hostileString, { maxLength: 3 }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 3 }),
);

/** A valid document with some values replaced by anything, some fields by hostile keys. */
const mutatedDocument = fc
  .tuple(
    arbitraryTownRecords({ maxPeople: 5, maxProjects: 2, maxRoles: 6, maxTies: 6, alphabet: "unicode" }),
    fc.array(fc.tuple(fc.constantFrom("town", "people", "projects", "roles", "ties", "contributions", "document"), fc.nat(6), hostileString, anyValue), { maxLength: 6 }),
  )
  .map(([records, edits]) => {
    const doc: Record<string, unknown> = { format: "kankei-town", version: 1, ...structuredClone(records) };
    for (const [where, index, key, value] of edits) {
      const target =
        where === "document" ? doc : where === "town" ? (doc.town as Record<string, unknown>) : ((doc[where] as Record<string, unknown>[])[index] ?? doc);
      Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return doc;
  });

describe("fuzz: the JSON reader", { timeout: TIMEOUT }, () => {
  it("random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => loadsOrKankeiError(() => parseTown(bytes, { source: "fuzz.json" }))),
      { numRuns: RUNS },
    );
  });

  it("random JSON values and text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.string(), fc.constant('{"format":"kankei-town","version":1,"people":[{"id":"__proto__","origin":"local"}]}')), (v) => {
        loadsOrKankeiError(() => parseTown(typeof v === "string" ? v : JSON.stringify(v) ?? "null"));
        if (typeof v === "object" && v !== null) loadsOrKankeiError(() => parseTown(v));
      }),
      { numRuns: RUNS },
    );
  });

  it("valid documents with values replaced by anything, written and read back when they load", () => {
    fc.assert(
      fc.property(mutatedDocument, (doc) => {
        let town: Town | undefined;
        loadsOrKankeiError(() => (town = parseTown(doc)));
        loadsOrKankeiError(() => (town = parseTown(JSON.stringify(doc))));
        if (town === undefined) return;
        // what loads is written and read again: the same document
        expect(serializeTown(parseTown(serializeTown(town)))).toBe(serializeTown(town));
        loadsOrKankeiError(() => readCsvBundle(writeCsvBundle(town!)));
      }),
      { numRuns: RUNS },
    );
  });

  it("deeply nested extra values", () => {
    for (const depth of [100, 4000]) {
      const text = `{"format":"kankei-town","version":1,"deep":${"[".repeat(depth)}${"]".repeat(depth)}}`;
      loadsOrKankeiError(() => serializeTown(parseTown(text)));
    }
  });
});

const TABLE_FILES = ["people.csv", "projects.csv", "roles.csv", "ties.csv", "contributions.csv", "town.csv", "人物.csv", "people.txt"];
const cell = fc.oneof(hostileString, fc.constantFrom('"', '""', ",", "\n", "\r\n", "\t", "json:1", "json:{", "'=1", "ﾅｶ", "佐藤", "\uFEFF", "$.x"));
const csvText = fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 6 }).map((rows) => rows.map((r) => r.join(",")).join("\r\n"));
const encoded = fc.tuple(csvText, fc.constantFrom("utf-8", "utf-8-nobom", "shift_jis", "utf-16le", "text")).map(([text, enc]): Uint8Array | string => {
  if (enc === "text") return text;
  if (enc === "utf-16le") {
    const out = new Uint8Array(2 + text.length * 2);
    out.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) (out[2 + 2 * i] = text.charCodeAt(i) & 0xff), (out[3 + 2 * i] = text.charCodeAt(i) >> 8);
    return out;
  }
  try {
    return enc === "shift_jis" ? encodeCsvText(text, "shift_jis") : encodeCsvText(text, "utf-8", { bom: enc === "utf-8" });
  } catch {
    return text; // a character the encoding cannot hold: the text itself
  }
});

describe("fuzz: the CSV reader", { timeout: TIMEOUT }, () => {
  it("random bytes in every file", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...TABLE_FILES), fc.uint8Array({ maxLength: 120 })), (files) =>
        loadsOrKankeiError(() => readCsvBundle(files, { source: "fuzz" })),
      ),
      { numRuns: RUNS },
    );
  });

  it("random cells in random encodings", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...TABLE_FILES), encoded), (files) => loadsOrKankeiError(() => readCsvBundle(files))),
      { numRuns: RUNS },
    );
  });

  it("valid bundles with random cells appended", () => {
    fc.assert(
      fc.property(arbitraryTown({ maxPeople: 5, alphabet: "unicode" }), fc.constantFrom("people.csv", "roles.csv", "ties.csv", "town.csv"), csvText, (town, file, extra) => {
        const files: Record<string, Uint8Array | string> = { ...writeCsvBundle(town) };
        files[file] = new TextDecoder().decode(files[file] as Uint8Array) + extra;
        loadsOrKankeiError(() => readCsvBundle(files));
      }),
      { numRuns: RUNS },
    );
  });
});

describe("fuzz: event application", { timeout: TIMEOUT }, () => {
  it("arbitrary events on arbitrary towns apply or throw a library error", () => {
    const ids = (town: Town) => fc.oneof(fc.constantFrom(...town.people.map((p) => p.id), ...town.projects.map((p) => p.id), "x"), hostileString); // bounded-spread: a small generated town's ids
    const event = (town: Town) =>
      fc.oneof(
        fc.record({
          type: fc.oneof(fc.constantFrom(...EVENT_TYPES), hostileString),
          date: fc.oneof(fc.constantFrom(town.defaultDate ?? "2020-04-01", "2030-04-01", "2024-02-30", "x"), hostileString),
          person: fc.oneof(ids(town), fc.record({ id: ids(town), origin: fc.constantFrom("local", "outsider", "x") }), anyValue),
          project: fc.oneof(ids(town), fc.record({ id: ids(town) }), anyValue),
          role: fc.oneof(fc.constantFrom(...ROLES), hostileString),
          a: ids(town),
          b: ids(town),
          to: ids(town),
          from: ids(town),
          strength: fc.oneof(fc.constantFrom(...STRENGTHS), hostileString),
          initiator: ids(town),
        }, { requiredKeys: ["type", "date"] }),
        anyValue,
      );
    fc.assert(
      fc.property(
        arbitraryTown({ maxPeople: 6, maxProjects: 3 }).chain((town) => fc.tuple(fc.constant(town), fc.array(event(town), { maxLength: 5 }))),
        fc.boolean(),
        ([town, events], coInitiation) => loadsOrKankeiError(() => applyEvents(town, events as TownEvent[], { coInitiation })),
      ),
      { numRuns: RUNS },
    );
  });
});
