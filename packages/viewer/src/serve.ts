#!/usr/bin/env node
/**
 * A small static server for the built viewer (ビューアの配信): serves `dist/app` on
 * 127.0.0.1 only (the town's data never leaves the machine) and prints the URL. Run it with
 * `node dist/lib/serve.js [--port 5173] [--dir <folder>]`, or `npx kankei-viewer`.
 * The end-to-end tests and the benchmark start it in-process with {@link serveStatic}.
 *
 * @module
 */

import { existsSync, realpathSync } from "node:fs";
import { open, realpath, stat } from "node:fs/promises";
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { dirname, extname, join, relative, resolve, isAbsolute } from "node:path";
import { Readable, pipeline } from "node:stream";
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

/**
 * The Content-Security-Policy sent with every response: the app's own `<meta>` policy
 * (packages/viewer/app/index.html: scripts, styles, fonts and connections from this server only;
 * `worker-src blob:` for the ForceAtlas2 worker; `img-src data: blob:` for the exported image)
 * and `frame-ancestors 'none'`, which only a header can carry (no other page may frame the app).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * Headers on every response, refusals included (docs/security.md): the policy above, no MIME
 * sniffing, no referrer, no framing (also for browsers without `frame-ancestors`), and no use of
 * the responses by other origins (`Cross-Origin-Resource-Policy`) or windows
 * (`Cross-Origin-Opener-Policy`). Nothing is cached: the served town is the user's data.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "cross-origin-resource-policy": "same-origin",
  "cross-origin-opener-policy": "same-origin",
  "cache-control": "no-store",
});

/** The address the server listens on: the IPv4 loopback only (nothing leaves the machine). */
export const LOOPBACK = "127.0.0.1";

/** A running static server. */
export interface StaticServer {
  server: Server;
  /** `http://127.0.0.1:<port>/` */
  url: string;
  close(): Promise<void>;
}

/** A route served from memory (the town of `kankei view`, a benchmark's town). */
export interface ServedRoute {
  body: string | Uint8Array;
  type: string;
  headers?: Record<string, string>;
}

/** Options of {@link serveStatic}. */
export interface ServeOptions {
  /** Port (default 0: any free port). */
  port?: number;
  /** Extra routes: path to content (e.g. a generated town for the benchmark). */
  routes?: Readonly<Record<string, ServedRoute>>;
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
 * The `Host` header values the server answers to when it listens on the loopback `port`:
 * `127.0.0.1:<port>` and `localhost:<port>` (and both without the port when it is 80), in
 * lower case. Any other name is refused with 421, which defeats DNS rebinding: a hostile page
 * whose name was rebound to 127.0.0.1 still sends its own name.
 *
 * @example
 * ```ts
 * import { allowedHosts } from "./serve.js";
 * [...allowedHosts(5173)]; // ["127.0.0.1:5173", "localhost:5173"]
 * allowedHosts(80).has("localhost"); // true
 * ```
 */
export function allowedHosts(port: number): Set<string> {
  const hosts = new Set([`${LOOPBACK}:${port}`, `localhost:${port}`]);
  if (port === 80) for (const name of [LOOPBACK, "localhost"]) hosts.add(name);
  return hosts;
}

/**
 * The decoded path of a request target (`req.url`), or `undefined` when it is malformed: not
 * starting with `/` (absolute or authority forms), a bad percent-escape (`/%`, `/%E0%A4%A`), a NUL,
 * a backslash, or a `.` / `..` segment once decoded. The query is dropped.
 *
 * @example
 * ```ts
 * import { requestPath } from "./serve.js";
 * requestPath("/assets/%E7%94%BA.js?x=1"); // "/assets/町.js"
 * requestPath("/%"); // undefined
 * requestPath("/a/%2e%2e/%2e%2e/etc/passwd"); // undefined
 * requestPath("http://evil.example/"); // undefined
 * ```
 */
export function requestPath(target: string | undefined): string | undefined {
  if (target === undefined || !target.startsWith("/")) return undefined;
  const end = target.search(/[?#]/);
  let path: string;
  try {
    path = decodeURIComponent(end < 0 ? target : target.slice(0, end));
  } catch {
    return undefined;
  }
  if (path.includes("\0") || path.includes("\\")) return undefined;
  if (path.split("/").some((segment) => segment === "." || segment === "..")) return undefined;
  return path;
}

/** The bytes of a route, encoded once when the server starts and shared by every response. */
interface Prepared {
  bytes: Buffer;
  type: string;
  headers: Record<string, string>;
}

const CHUNK = 64 * 1024;

/** Views (not copies) of `bytes`, one chunk at a time, so that a slow reader holds back the sender. */
function* chunks(bytes: Buffer): Generator<Buffer> {
  for (let i = 0; i < bytes.length; i += CHUNK) yield bytes.subarray(i, i + CHUNK);
}

function refuse(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  const body = `${status} ${STATUS_CODES[status] ?? ""}: ${text}\n`;
  res.writeHead(status, { ...SECURITY_HEADERS, "content-type": "text/plain; charset=utf-8", "content-length": Buffer.byteLength(body), ...headers });
  res.end(body);
}

function inside(base: string, file: string): boolean {
  const rel = relative(base, file);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}

interface Context {
  base: string;
  routes: Map<string, Prepared>;
  hosts: () => Set<string>;
  origin: () => string;
}

async function handle(req: IncomingMessage, res: ServerResponse, ctx: Context): Promise<void> {
  const host = req.headers.host;
  if (host === undefined) return refuse(res, 400, "no Host header");
  if (!ctx.hosts().has(host.toLowerCase())) return refuse(res, 421, `this server answers only at ${ctx.origin()}`);
  if (req.method !== "GET" && req.method !== "HEAD") return refuse(res, 405, "only GET and HEAD", { allow: "GET, HEAD" });
  const path = requestPath(req.url);
  if (path === undefined) return refuse(res, 400, "malformed request path");
  const head = req.method === "HEAD";
  const route = ctx.routes.get(path);
  if (route !== undefined) {
    res.writeHead(200, { ...SECURITY_HEADERS, ...route.headers, "content-type": route.type, "content-length": route.bytes.length });
    if (head) return void res.end();
    pipeline(Readable.from(chunks(route.bytes)), res, () => undefined);
    return;
  }
  const wanted = join(ctx.base, path.endsWith("/") ? `${path}index.html` : path);
  let file: string;
  try {
    file = await realpath(wanted);
    if (!inside(ctx.base, file) || !(await stat(file)).isFile()) return refuse(res, 404, "not found");
  } catch {
    return refuse(res, 404, "not found");
  }
  const opened = await open(file, "r");
  const size = (await opened.stat()).size;
  res.writeHead(200, { ...SECURITY_HEADERS, "content-type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream", "content-length": size });
  if (head) {
    await opened.close();
    return void res.end();
  }
  // Streamed with backpressure: a file is never read whole into memory, whoever asks for it.
  pipeline(opened.createReadStream({ end: Math.max(0, size - 1), autoClose: true }), res, () => undefined);
}

/** A raw refusal written on the socket, where no response object exists (a parser error, CONNECT, an upgrade). */
function clientErrorResponse(status: number, extra: Record<string, string> = {}): string {
  const body = `${status} ${STATUS_CODES[status] ?? ""}\n`;
  const headers = { ...SECURITY_HEADERS, "content-type": "text/plain; charset=utf-8", "content-length": String(Buffer.byteLength(body)), connection: "close", ...extra };
  return `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ""}\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join("")}\r\n${body}`;
}

/**
 * Serves the files of `dir` on 127.0.0.1; `/` serves `index.html`. Every request is answered
 * and none ends the server: a request whose `Host` is not this server (127.0.0.1 or localhost
 * with its port) gets 421, a method other than GET or HEAD 405, a malformed path (bad escape,
 * `..`, NUL) 400, a path outside `dir` or missing 404, a request the HTTP parser rejects 400
 * (431 for oversized headers). Every response carries {@link SECURITY_HEADERS}; files and
 * routes are streamed with backpressure, never copied per request (docs/security.md).
 *
 * @example
 * ```ts
 * import { serveStatic } from "./serve.js";
 * const served = await serveStatic(".", { routes: { "/hello.txt": { body: "こんにちは", type: "text/plain; charset=utf-8" } } });
 * const hello = await fetch(new URL("hello.txt", served.url));
 * const text = await hello.text();
 * text; // "こんにちは"
 * hello.headers.get("x-content-type-options"); // "nosniff"
 * const outside = await fetch(new URL("../../etc/passwd", served.url));
 * outside.status; // 404
 * const badEscape = await fetch(new URL("%E0%A4%A", served.url));
 * badEscape.status; // 400
 * await served.close();
 * ```
 */
export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  let base = resolve(dir);
  try {
    base = realpathSync(base);
  } catch {
    // a folder that does not exist serves only the routes
  }
  const routes = new Map<string, Prepared>();
  for (const [path, route] of Object.entries(options.routes ?? {})) {
    const bytes = typeof route.body === "string" ? Buffer.from(route.body, "utf8") : Buffer.from(route.body.buffer, route.body.byteOffset, route.body.byteLength);
    routes.set(path, { bytes, type: route.type, headers: { ...(route.headers ?? {}) } });
  }
  let port = 0;
  let hosts = new Set<string>();
  const ctx: Context = { base, routes, hosts: () => hosts, origin: () => `http://${LOOPBACK}:${port}/` };
  // requireHostHeader off: the handler refuses a missing Host itself, with the security headers.
  const server = createServer({ requireHostHeader: false }, (req, res) => {
    handle(req, res, ctx).catch(() => {
      if (!res.headersSent) refuse(res, 500, "the server could not read the file");
      else res.destroy();
    });
  });
  server.on("clientError", (err: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || err.code === "ECONNRESET") return void socket.destroy();
    const status = err.code === "HPE_HEADER_OVERFLOW" ? 431 : err.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
    socket.end(clientErrorResponse(status));
  });
  // CONNECT and protocol upgrades (WebSocket) never reach the handler: refused here, not dropped.
  const foreign = (req: IncomingMessage) => req.headers.host === undefined || !hosts.has(req.headers.host.toLowerCase());
  server.on("connect", (req: IncomingMessage, socket: Socket) => void socket.end(foreign(req) ? clientErrorResponse(421) : clientErrorResponse(405, { allow: "GET, HEAD" })));
  server.on("upgrade", (req: IncomingMessage, socket: Socket) => void socket.end(clientErrorResponse(foreign(req) ? 421 : 400)));
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 0, LOOPBACK, ok);
  });
  port = (server.address() as AddressInfo).port;
  hosts = allowedHosts(port);
  return {
    server,
    url: ctx.origin(),
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
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
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(`[kankei-viewer] ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
