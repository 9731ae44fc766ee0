/**
 * Option checks shared by the SNA measures: a bad option is a {@link UsageError} that names it.
 *
 * @module
 */

import { UsageError } from "../../validation/errors.js";

/** @internal A positive finite number. */
export function positive(option: string, value: number): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new UsageError(`${option} must be a finite number above 0, got ${String(value)}`);
  }
  return value;
}

/** @internal A whole number >= 1. */
export function count(option: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`${option} must be a whole number >= 1, got ${String(value)}`);
  return value;
}

/** @internal One of the allowed strings. */
export function oneOf<T extends string>(option: string, value: T, allowed: readonly T[]): T {
  if (!allowed.includes(value)) {
    throw new UsageError(`${option} must be ${allowed.map((a) => JSON.stringify(a)).join(" or ")}, got ${JSON.stringify(value)}`);
  }
  return value;
}
