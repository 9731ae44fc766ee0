/**
 * Fuzzing the local server's request handling (src/serve.ts, docs/security.md): random methods,
 * paths made of escapes, dot segments and odd bytes, and Host values, sent raw over TCP. Every
 * request gets a status with the security headers, nothing outside the served folder is ever
 * sent, only this server's own Host is served, and the server keeps running.
 *
 * A bounded run by default (200 requests per property); a long run on request:
 * `KANKEI_FUZZ_RUNS=100000 pnpm exec vitest run packages/viewer/test/serve.fuzz.test.ts`.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestPath, SECURITY_HEADERS, serveStatic, type StaticServer } from "../src/serve.js";
import { get, rawRequest } from "./raw-http.js";

const RUNS = Number(process.env.KANKEI_FUZZ_RUNS ?? 200);
const CANARY = "CANARY-OUTSIDE";
const TOWN = '{"town":"港町"}';

/** Pieces of a request path: names that exist, dot segments, escapes good and bad, odd characters. */
const piece = fc.oneof(
  fc.constantFrom("/", "//", "index.html", "assets", "app.js", "served-town.json", "secret.txt", "link.txt", "inner", "町.txt"),
  fc.constantFrom("..", ".", "%2e", "%2E%2e", "%2f", "%2F", "%5c", "%00", "%", "%2", "%zz", "%E0%A4%A", "%C0%AF", "%ED%A0%80", "%FF", "%E7%94%BA", "?", "?a=%", "#", ";", "~", "*"),
  fc.string({ maxLength: 6 }).map((s) => s.replace(/[\r\n ]/g, "")),
  fc.string({ unit: "binary", maxLength: 4 }).map((s) => encodeURIComponent(s)),
);
const target = fc.oneof(
  { weight: 8, arbitrary: fc.array(piece, { maxLength: 8 }).map((parts) => "/" + parts.join("")) },
  { weight: 1, arbitrary: fc.constantFrom("*", "http://127.0.0.1/", "//evil.example/x", "", "..", "http://evil.example/served-town.json") },
);
const method = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("GET", "HEAD") },
  { weight: 3, arbitrary: fc.constantFrom("POST", "PUT", "DELETE", "OPTIONS", "TRACE", "PATCH", "CONNECT", "get", "PROPFIND") },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z]{1,8}$/) },
);
type HostChoice = { kind: "own" | "localhost" | "wrong-port" | "other" | "none" | "random"; value?: string };
const hostChoice: fc.Arbitrary<HostChoice> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom<HostChoice>({ kind: "own" }, { kind: "localhost" }) },
  { weight: 1, arbitrary: fc.constant<HostChoice>({ kind: "wrong-port" }) },
  { weight: 2, arbitrary: fc.constantFrom<HostChoice>(...["evil.example", "127.0.0.1", "[::1]", "0.0.0.0", "localhost.", "127.1", "2130706433", "attacker.localhost"].map((value) => ({ kind: "other" as const, value }))) },
  { weight: 1, arbitrary: fc.constant<HostChoice>({ kind: "none" }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }).map((value) => ({ kind: "random" as const, value: value.replace(/[\r\n]/g, "") })) },
);

describe("the server's request handling, fuzzed", () => {
  let served: StaticServer;
  let port: number;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), "kankei-fuzz-"));
    const www = join(root, "www");
    mkdirSync(join(www, "assets", "inner"), { recursive: true });
    writeFileSync(join(www, "index.html"), "<!doctype html><title>app</title>");
    writeFileSync(join(www, "assets", "app.js"), "export {};");
    writeFileSync(join(www, "町.txt"), "town");
    writeFileSync(join(root, "secret.txt"), CANARY);
    symlinkSync(join(root, "secret.txt"), join(www, "link.txt"));
    served = await serveStatic(www, { routes: { "/served-town.json": { body: TOWN, type: "application/json; charset=utf-8" } } });
    port = Number(new URL(served.url).port);
  });
  afterAll(() => served?.close());

  function hostValue(h: HostChoice): string | undefined {
    if (h.kind === "own") return `127.0.0.1:${port}`;
    if (h.kind === "localhost") return `localhost:${port}`;
    if (h.kind === "wrong-port") return `127.0.0.1:${port === 65535 ? 1 : port + 1}`;
    if (h.kind === "none") return undefined;
    return h.value;
  }

  it("answers every request with a status and the security headers, and serves only its own Host", async () => {
    await fc.assert(
      fc.asyncProperty(method, target, hostChoice, async (m, t, h) => {
        const host = hostValue(h);
        const r = await rawRequest(port, get(t, host, m));
        expect(r.timedOut, "no answer").toBe(false);
        expect(r.status, "a status line").toBeDefined();
        expect(r.status).toBeGreaterThanOrEqual(200);
        expect(r.status).toBeLessThan(500);
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(r.headers.get(name)).toBe(value);
        expect(r.raw.toString("latin1")).not.toContain(CANARY);
        if (r.status === 200) {
          expect(["own", "localhost"]).toContain(h.kind);
          expect(["GET", "HEAD"]).toContain(m);
        }
        if ((h.kind === "other" || h.kind === "wrong-port") && r.status !== 400) expect(r.status).toBe(421);
      }),
      { numRuns: RUNS },
    );
    expect((await rawRequest(port, get("/served-town.json", `127.0.0.1:${port}`))).raw.toString()).toContain("港町");
  });

  it("survives arbitrary bytes on the wire and still serves the next request", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.string({ maxLength: 120 }).map((s) => Buffer.from(s + "\r\n\r\n"))), async (bytes) => {
        const r = await rawRequest(port, bytes, 300);
        if (r.status !== undefined) expect(r.status).toBeLessThan(500);
      }),
      { numRuns: Math.max(20, Math.floor(RUNS / 4)) },
    );
    const after = await rawRequest(port, get("/", `127.0.0.1:${port}`));
    expect(after.status).toBe(200);
  });

  it("requestPath never throws, and what it accepts has no dot segment, NUL or backslash", () => {
    fc.assert(
      fc.property(fc.oneof(target, fc.string(), fc.string({ unit: "binary" })), (t) => {
        const path = requestPath(t);
        if (path === undefined) return;
        expect(path.startsWith("/")).toBe(true);
        expect(path.split("/")).not.toContain("..");
        expect(path.split("/")).not.toContain(".");
        expect(path).not.toMatch(/[\0\\]/);
      }),
      { numRuns: RUNS * 10 },
    );
  });
});
