/**
 * `kankei view <town>`: serves the viewer (`@kankei/viewer`) on 127.0.0.1 with the town open.
 * The town is read and validated here (an invalid town is reported like `validate` does and
 * nothing is served); the app asks for it on start, from the same local server. Nothing leaves
 * the machine.
 *
 * @module
 */

import { type Town } from "@kankei/core";
import { serializeTown } from "@kankei/core/io";
import { readTown } from "../files.js";
import { appDir, serveStatic, townRoute, type StaticServer } from "@kankei/viewer/serve";
import { basename } from "node:path";

/** A served town. */
export interface ViewedTown {
  town: Town;
  server: StaticServer;
}

/**
 * Reads the town at `path` and serves the viewer on it; resolves when the server listens. The
 * town is read before anything is served, so an unreadable or invalid town throws at once
 * (a `TownValidationError` naming every problem), not through the promise.
 * Port 0 (the default) takes any free port; a port in use falls back to any free one.
 *
 * @example
 * ```ts
 * import { viewTownFile } from "@kankei/cli";
 * const viewed = await viewTownFile("examples/town/csv-sjis");
 * const served = await (await fetch(new URL("served-town.json", viewed.server.url))).json();
 * served.town.name; // "架空町"
 * await viewed.server.close();
 * ```
 */
export function viewTownFile(path: string, options: { port?: number } = {}): Promise<ViewedTown> {
  const town = readTown(path);
  const routes = townRoute(serializeTown(town), basename(path));
  return serveStatic(appDir(), { port: options.port ?? 0, routes })
    .catch((e: NodeJS.ErrnoException) => {
      if (e.code === "EADDRINUSE") return serveStatic(appDir(), { port: 0, routes });
      throw e;
    })
    .then((server) => ({ town, server }));
}
