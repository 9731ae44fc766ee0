import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseTown, serializeTown } from "@kankei/core/io";
import { readTownFile } from "@kankei/core/node";
import { viewTownFile } from "../src/index.js";
import { example, root, run, writeTown } from "./helpers.js";

describe("kankei view", () => {
  it("serves the built viewer with the town beside it, on 127.0.0.1 only", async () => {
    const sjis = join(root, "examples/town/csv-sjis");
    const viewed = await viewTownFile(sjis);
    try {
      expect(viewed.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await (await fetch(viewed.server.url)).text();
      expect(page).toContain("Content-Security-Policy");
      const served = await fetch(new URL("served-town.json", viewed.server.url));
      expect(decodeURIComponent(served.headers.get("x-kankei-source")!)).toBe("csv-sjis");
      expect(serializeTown(parseTown(await served.text()))).toBe(serializeTown(readTownFile(sjis)));
      expect(serializeTown(readTownFile(sjis))).toBe(serializeTown(parseTown(readFileSync(example, "utf8"))));
    } finally {
      await viewed.server.close();
    }
  });

  it("reports an invalid town like validate does (exit 1) and serves nothing", () => {
    const bad = writeTown({ format: "kankei-town", version: 1, people: [{ id: "a", origin: "martian" }] });
    const r = run(["view", bad]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("$.people[0]");
  });

  it("needs a town, takes a port, and has help", () => {
    expect(run(["view"]).code).toBe(2);
    expect(run(["view", example, "--port", "70000"]).code).toBe(2);
    expect(run(["view", "--help"]).out).toContain("127.0.0.1");
  });
});
