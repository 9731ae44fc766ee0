/**
 * Node sizes (人物の大きさ) from a measure: the area of a person grows with the measure, so the
 * radius grows with its square root, between a smallest and a largest size.
 *
 * Formula: size(v) = min + (max − min) · sqrt(value(v) / max_u value(u)); everyone gets `min`
 * when every value is 0 or not a number. Complexity: O(n).
 *
 * @module
 */

/** Options of {@link nodeSizes}. */
export interface NodeSizeOptions {
  /** Smallest size in pixels (default 3). */
  min?: number;
  /** Largest size in pixels (default 14). */
  max?: number;
}

/**
 * Sizes for a measure's values, keyed like the values.
 *
 * @example
 * ```ts
 * import { nodeSizes } from "./node-size.js";
 * const sizes = nodeSizes(new Map([["a", 0], ["b", 4], ["c", 16]]), { min: 2, max: 10 });
 * [sizes.get("a"), sizes.get("b"), sizes.get("c")]; // [2, 6, 10]
 * nodeSizes(new Map([["a", NaN]])).get("a"); // 3
 * ```
 */
export function nodeSizes(values: ReadonlyMap<string, number>, options: NodeSizeOptions = {}): Map<string, number> {
  const min = options.min ?? 3;
  const max = options.max ?? 14;
  let top = 0;
  for (const v of values.values()) if (v > top) top = v;
  const out = new Map<string, number>();
  for (const [id, v] of values) out.set(id, top > 0 && v > 0 ? min + (max - min) * Math.sqrt(v / top) : min);
  return out;
}
