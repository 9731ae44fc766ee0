#!/usr/bin/env node
/**
 * A small static server for the built viewer (ビューアの配信): serves `dist/app` on
 * 127.0.0.1 only (the town's data never leaves the machine) and prints the URL. Run it with
 * `node dist/lib/serve.js [--port 5173] [--dir <folder>]`, or `npx kankei-viewer`.
 * The end-to-end tests and the benchmark start it in-process with {@link serveStatic}.
 *
 * @module
 */

import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".csv": "text/csv",
  ".gexf": "application/gexf+xml",
};

/** A running static server. */
export interface StaticServer {
  server: Server;
  /** `http://127.0.0.1:<port>/` */
  url: string;
  close(): Promise<void>;
}

/** Options of {@link serveStatic}. */
export interface ServeOptions {
  /** Port (default 0: any free port). */
  port?: number;
  /** Extra routes: path to content (e.g. a generated town for the benchmark). */
  routes?: Readonly<Record<string, { body: string | Uint8Array; type: string; headers?: Record<string, string> }>>;
}

/**
 * The route that opens a town in the app instead of the example town: the app asks for
 * `served-town.json` on start (see `kankei view`). `source` names the file in the viewer.
 *
 * @example
 * ```ts
 * import { townRoute } from "./serve.js";
 * Object.keys(townRoute('{"format":"kankei-town","version":1}', "my-town.json")); // ["/served-town.json"]
 * ```
 */
export function townRoute(json: string, source: string): Record<string, { body: string; type: string; headers: Record<string, string> }> {
  return { "/served-town.json": { body: json, type: "application/json; charset=utf-8", headers: { "x-kankei-source": encodeURIComponent(source) } } };
}

/**
 * Serves the files of `dir` on 127.0.0.1; `/` serves `index.html`; paths outside `dir` are refused.
 *
 * @example
 * ```ts
 * import { serveStatic } from "./serve.js";
 * const served = await serveStatic(".", { routes: { "/hello.txt": { body: "こんにちは", type: "text/plain; charset=utf-8" } } });
 * const text = await (await fetch(new URL("hello.txt", served.url))).text();
 * text; // "こんにちは"
 * const outside = await fetch(new URL("../../etc/passwd", served.url));
 * outside.status; // 404
 * await served.close();
 * ```
 */
export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const base = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const route = options.routes?.[path];
    if (route) {
      res.writeHead(200, { "content-type": route.type, "cache-control": "no-store", ...route.headers });
      res.end(route.body);
      return;
    }
    const file = normalize(join(base, path.endsWith("/") ? `${path}index.html` : path));
    if ((file !== base && !file.startsWith(base + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      res.end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 0, "127.0.0.1", ok);
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/**
 * The built app's folder, next to this file once built (`dist/lib/serve.js` → `dist/app`).
 *
 * @example
 * ```ts
 * import { appDir } from "./serve.js";
 * appDir().endsWith("app"); // true
 * ```
 */
export function appDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), "../app");
}

async function main(argv: readonly string[]): Promise<void> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const dir = arg("--dir") ?? appDir();
  if (!existsSync(join(dir, "index.html"))) {
    console.error(`[kankei-viewer] no built app in ${dir}: run \`pnpm run build\` first`);
    process.exit(1);
  }
  const port = Number(arg("--port") ?? 5173);
  // the usual port, or any free one when it is taken
  const served = await serveStatic(dir, { port }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "EADDRINUSE") return serveStatic(dir, { port: 0 });
    throw e;
  });
  console.log(`[kankei-viewer] the viewer is at ${served.url}  (Ctrl+C to stop)`);
  console.log(`[kankei-viewer] ビューアはこちら: ${served.url}`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
