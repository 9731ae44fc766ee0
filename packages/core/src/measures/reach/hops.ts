/**
 * The hop limit `k` of the reach measures (domain.md §5): a whole number >= 0, or `Infinity`.
 *
 * @module
 */

import { UsageError } from "../../validation/errors.js";

/** Default hop limit of the reach measures: friends of friends. */
export const DEFAULT_HOPS = 2;

/**
 * Returns the hop limit, or throws a {@link UsageError} naming the option when it is not a
 * whole number >= 0 or `Infinity`.
 *
 * @example
 * ```ts
 * import { checkHops } from "@kankei/core";
 * checkHops(undefined); // 2
 * checkHops(Infinity); // Infinity
 * // checkHops(1.5) throws UsageError
 * ```
 */
export function checkHops(hops: unknown, option = "hops"): number {
  if (hops === undefined) return DEFAULT_HOPS;
  if (typeof hops === "number" && (hops === Infinity || (Number.isInteger(hops) && hops >= 0))) return hops;
  throw new UsageError(`option "${option}" must be a whole number >= 0 or Infinity, not ${String(hops)}`);
}
