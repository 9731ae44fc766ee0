/**
 * A raw HTTP/1.1 client for the server tests: sends exactly the bytes given (a malformed request
 * line, a forged Host, a bad escape that `fetch` would never send) and reads the answer until the
 * server closes the connection.
 */
import { connect, type Socket } from "node:net";

/** What came back: the first response's status and headers, and every byte received. */
export interface RawResponse {
  /** The status of the first response, or undefined when nothing (or no status line) came back. */
  status: number | undefined;
  /** The first response's headers, names in lower case. */
  headers: Map<string, string>;
  /** Everything received, the status line included. */
  raw: Buffer;
  /** True when the server had not closed the connection before the timeout. */
  timedOut: boolean;
}

function parse(raw: Buffer, timedOut: boolean): RawResponse {
  const text = raw.toString("latin1");
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(text);
  const headers = new Map<string, string>();
  const end = text.indexOf("\r\n\r\n");
  for (const line of text.slice(0, end < 0 ? text.length : end).split("\r\n").slice(1)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { status: status ? Number(status[1]) : undefined, headers, raw, timedOut };
}

/**
 * Sends `request` to 127.0.0.1:`port` and resolves with what came back once the server closes
 * the connection (the request asks it to), or after `timeoutMs` (an incomplete request that the
 * server waits on). The client does not half-close, as browsers do not.
 */
export function rawRequest(port: number, request: string | Uint8Array, timeoutMs = 5000): Promise<RawResponse> {
  return new Promise((ok) => {
    const socket = connect(port, "127.0.0.1");
    const parts: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      socket.destroy();
    }, timeoutMs);
    socket.on("data", (d: Buffer) => parts.push(d));
    socket.on("error", () => undefined); // a reset after the answer is fine
    socket.on("close", () => {
      clearTimeout(timer);
      ok(parse(Buffer.concat(parts), timedOut));
    });
    socket.write(typeof request === "string" ? Buffer.from(request, "latin1") : request);
  });
}

/** A GET request for `target` with the given Host (none when undefined). */
export function get(target: string, host: string | undefined, method = "GET"): string {
  return `${method} ${target} HTTP/1.1\r\n${host !== undefined ? `Host: ${host}\r\n` : ""}Connection: close\r\n\r\n`;
}

/** Opens a connection, sends a request and then reads nothing: the client of a stalled download. */
export function stalledRequest(port: number, request: string): Promise<Socket> {
  return new Promise((ok, fail) => {
    const socket = connect(port, "127.0.0.1", () => {
      socket.pause();
      socket.write(request, () => ok(socket));
    });
    socket.on("error", fail);
  });
}
