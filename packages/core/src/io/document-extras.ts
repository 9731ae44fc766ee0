/**
 * The top-level extra fields of a town document (fields beside `format`, `version`, `town` and
 * the five arrays), kept with the town they were read with, so that every writer gives them
 * back: `serializeTown`, and the CSV bundle (as `$.`-columns of `town.csv`). Internal: not part
 * of the public API.
 *
 * @module
 */

import type { Town } from "../model/town.js";

const documentExtras = new WeakMap<Town, Readonly<Record<string, unknown>>>();

/** @internal Attaches top-level extra fields to a town (frozen copies); returns the town. */
export function attachDocumentExtras(town: Town, extras: Record<string, unknown>): Town {
  if (Object.keys(extras).length > 0) documentExtras.set(town, Object.freeze(structuredClone(extras)));
  return town;
}

/** @internal A copy of the top-level extra fields of a town, or an empty object. */
export function documentExtrasOf(town: Town): Record<string, unknown> {
  const extras = documentExtras.get(town);
  return extras ? structuredClone(extras) : {};
}
