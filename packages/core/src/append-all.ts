/**
 * Appending one array to another without an argument spread. `target.push(...items)` passes
 * every item as an argument on the stack and throws `RangeError: Maximum call stack size
 * exceeded` past about 10^5 items in V8 (a 40-year simulation made ~120k events in one year).
 * Internal: not part of the public API; `test/lint/argument-spread.test.ts` keeps such spreads
 * out of every package's source.
 *
 * Complexity: O(k) for k items, amortised.
 *
 * @module
 */

/** @internal Appends `items` to `target` in order, one by one; returns `target`. */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i]!);
  return target;
}
