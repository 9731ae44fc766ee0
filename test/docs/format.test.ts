/** The examples in docs/format.md are real, and the JSON Schema accepts the example town. */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parseTown } from "@kankei/core/io";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const schema = JSON.parse(readFileSync(join(root, "packages/core/schema/kankei-town.schema.json"), "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
(addFormats as unknown as (a: unknown) => void)(ajv);
const validate = ajv.compile(schema);

describe("docs/format.md", () => {
  const md = readFileSync(join(root, "docs/format.md"), "utf8");
  const blocks = [...md.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);

  it("has JSON examples that load and that the schema accepts", () => {
    expect(blocks.length).toBeGreaterThan(0);
    for (const b of blocks) {
      const doc = JSON.parse(b);
      expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
      const town = parseTown(doc);
      expect(town.people.length).toBeGreaterThan(0);
    }
    const town = parseTown(blocks[0]!);
    expect(town.initiatorsAt("workation", "2020-03-31")).toEqual(["g01"]);
    expect(town.initiatorsAt("workation", "2020-04-01")).toEqual(["c02"]);
  });

  it("names every error class that exists", async () => {
    const core = await import("@kankei/core");
    const classes = Object.entries(core)
      .filter(([, v]) => typeof v === "function" && (v as { prototype?: unknown }).prototype instanceof core.TownProblem)
      .map(([k]) => k);
    expect(classes.length).toBeGreaterThan(10);
    for (const c of classes) expect(md, c).toContain(c);
  });
});

describe("the JSON Schema", () => {
  it("validates the example town", () => {
    const doc = JSON.parse(readFileSync(join(root, "examples/town/town.json"), "utf8"));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });
});
