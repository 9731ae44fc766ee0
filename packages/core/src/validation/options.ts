/**
 * Checks of option objects shared by the measures and the simulation: every check throws a
 * {@link UsageError} that names the option (`hazards.corps`, `deepen.participant`), so that a
 * typo or a value out of range never passes silently.
 *
 * @module
 */

import { UsageError } from "./errors.js";

/**
 * True for a plain object (not null, not an array).
 *
 * @example
 * ```ts
 * import { isPlainObject } from "./options.js";
 * isPlainObject({}); // true
 * isPlainObject([]); // false
 * ```
 */
/** The deepest nesting a value of a record or document may have (arrays and objects), 1,000 levels. */
export const MAX_NESTING = 1000;

/**
 * @internal Whether `value` nests arrays and objects deeper than `limit` levels. Iterative, so
 * that a hostile value nested 100,000 deep cannot overflow the stack here (and is refused before
 * the recursive `JSON.stringify`, `structuredClone` and freezing can).
 */
export function nestedDeeperThan(value: unknown, limit: number = MAX_NESTING): boolean {
  if (typeof value !== "object" || value === null) return false;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (const child of Object.values(v as object)) if (typeof child === "object" && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Checks that `value` is an object with only `known` keys; `undefined` is an empty object.
 *
 * @example
 * ```ts
 * import { objectOf } from "./options.js";
 * objectOf({ a: 1 }, "options", ["a", "b"]); // { "a": 1 }
 * objectOf(undefined, "levels", ["high"]); // {}
 * objectOf({ c: 1 }, "options", ["a"]); // throws a UsageError
 * ```
 */
export function objectOf(value: unknown, name: string, known: readonly string[]): Record<string, unknown> {
  if (value === undefined) return {};
  if (!isPlainObject(value)) throw new UsageError(`option "${name}" must be an object, not ${JSON.stringify(value)}`);
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      const where = name === "options" ? "" : `${name}.`;
      throw new UsageError(`unknown option "${where}${key}" (known: ${known.join(", ")})`);
    }
  }
  return value;
}

/**
 * A probability option: a finite number from 0 to 1, or the fallback when absent.
 *
 * @example
 * ```ts
 * import { probability } from "./options.js";
 * probability(undefined, "p", 0.3); // 0.3
 * probability(2, "p", 0.3); // throws a UsageError
 * ```
 */
export function probability(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new UsageError(`option "${name}" must be a number from 0 to 1, not ${String(value)}`);
  }
  return value;
}

/**
 * A whole-number option of at least `min`, or the fallback when absent.
 *
 * @example
 * ```ts
 * import { wholeNumber } from "./options.js";
 * wholeNumber(3, "years", 10, 0); // 3
 * wholeNumber(-1, "years", 10, 0); // throws a UsageError
 * ```
 */
export function wholeNumber(value: unknown, name: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min) {
    throw new UsageError(`option "${name}" must be a whole number >= ${min}, not ${String(value)}`);
  }
  return value;
}
