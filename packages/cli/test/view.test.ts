import { readFileSync } from "node:fs";
import { request } from "node:http";
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

  it("survives a bad escape and serves only its own Host (issue 11: GET /% ended the server)", async () => {
    const viewed = await viewTownFile(example);
    try {
      const port = new URL(viewed.server.url).port;
      expect((await fetch(`${viewed.server.url}%E0%A4%A`)).status).toBe(400);
      expect((await fetch(`${viewed.server.url}%`)).status).toBe(400);
      const page = await fetch(viewed.server.url);
      expect(page.status).toBe(200);
      expect(page.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      // DNS rebinding: the hostile page's name comes as the Host
      const rebound = await new Promise<number | undefined>((ok) => {
        const req = request({ host: "127.0.0.1", port, path: "/served-town.json", headers: { host: `evil.example:${port}` } }, (res) => {
          res.resume();
          ok(res.statusCode);
        });
        req.on("error", () => ok(undefined));
        req.end();
      });
      expect(rebound).toBe(421);
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
