#!/usr/bin/env node
/**
 * Memory of the local server under concurrent downloads of a large town (サーバのメモリ):
 * the case of issue 11, where twenty concurrent requests for a 52 MB town took the server from
 * 255 MB to 1.1 GB. The server runs in a child process (its resident memory is what is
 * measured) with a town of `--mb` megabytes served as `kankei view` serves one (a route) and as
 * a file; the parent opens `--clients` stalled downloads (they send the request and read
 * nothing), then `--clients` full downloads at once, of each.
 *
 * Usage (after `pnpm run build`): node bench/serve-memory.mjs [--mb 52] [--clients 20]
 * The test packages/viewer/test/serve.test.ts checks the same in-process, smaller.
 */
import { fork } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const MB = 1024 * 1024;

if (process.argv.includes("--child")) {
  const { serveStatic } = await import("../dist/lib/serve.js");
  const dir = process.argv[process.argv.indexOf("--child") + 1];
  const mb = Number(arg("--mb", 52));
  const body = `{"people":"${"人".repeat(Math.floor((mb * MB) / 3))}"}`;
  writeFileSync(join(dir, "town.json"), body);
  const served = await serveStatic(dir, { routes: { "/served-town.json": { body, type: "application/json; charset=utf-8" } } });
  let peak = 0;
  setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20).unref();
  process.on("message", (m) => {
    if (m === "reset") {
      peak = process.memoryUsage().rss;
      process.send({ rss: peak });
    }
    if (m === "stats") process.send({ rss: process.memoryUsage().rss, peak: Math.max(peak, process.memoryUsage().rss) });
    if (m === "stop") served.close().then(() => process.exit(0));
  });
  process.send({ port: Number(new URL(served.url).port), rss: process.memoryUsage().rss });
} else {
  const mb = Number(arg("--mb", 52));
  const clients = Number(arg("--clients", 20));
  const dir = mkdtempSync(join(tmpdir(), "kankei-serve-bench-"));
  const child = fork(fileURLToPath(import.meta.url), ["--child", dir, "--mb", String(mb)], { stdio: "inherit" });
  const next = () => new Promise((ok) => child.once("message", ok));
  const ask = async (m) => (child.send(m), next());
  const { port, rss: ready } = await next();
  const request = (path) => `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`;
  const mbOf = (bytes) => `${(bytes / MB).toFixed(0)} MB`;
  console.log(`server ready with a ${mb} MB town held once: ${mbOf(ready)} resident`);
  for (const path of ["/served-town.json", "/town.json"]) {
    await ask("reset");
    const stalled = await Promise.all(
      Array.from({ length: clients }, () => new Promise((ok) => {
        const s = connect(port, "127.0.0.1", () => s.write(request(path), () => ok(s)));
        s.pause();
      })),
    );
    await new Promise((ok) => setTimeout(ok, 1500));
    const during = await ask("stats");
    for (const s of stalled) s.destroy();
    await ask("reset");
    const t0 = performance.now();
    const sizes = await Promise.all(
      Array.from({ length: clients }, () => new Promise((ok) => {
        let n = 0;
        const s = connect(port, "127.0.0.1", () => s.write(request(path)));
        s.on("data", (d) => (n += d.length));
        s.on("close", () => ok(n));
      })),
    );
    const full = await ask("stats");
    const kind = path === "/town.json" ? "file " : "route";
    console.log(
      `${kind} ${path}: ${clients} stalled downloads: ${mbOf(during.rss)} resident; ${clients} full downloads (${mbOf(sizes.reduce((a, b) => a + b, 0))} sent in ${Math.round(performance.now() - t0)} ms): peak ${mbOf(full.peak)}`,
    );
  }
  await ask("stop").catch(() => undefined);
}
