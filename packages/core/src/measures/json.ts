/**
 * Measures as JSON (domain.md §3 "Undefined shares"): an undefined share is `NaN` in the API
 * and `null` in JSON, an unbounded value (a hop limit, a span) is `Infinity` in the API and
 * the string `"Infinity"` in JSON. `JSON.stringify` alone would write both as `null`, and
 * would write a `Map` as `{}` and a typed array as an object of indices.
 *
 * @module
 */

/** A JSON value. */
export type MeasureJsonValue = null | boolean | number | string | MeasureJsonValue[] | { [key: string]: MeasureJsonValue };

/**
 * A `JSON.stringify` replacer for measure results: `NaN` → `null`, `Infinity` →
 * `"Infinity"`, `-Infinity` → `"-Infinity"`, a `Map` → an object (keys as strings), a `Set`
 * or typed array → an array.
 *
 * @example
 * ```ts
 * import { measureReplacer } from "@kankei/core";
 * JSON.stringify({ gainShare: NaN, hops: Infinity, sizes: Int32Array.of(3, 1) }, measureReplacer);
 * // '{"gainShare":null,"hops":"Infinity","sizes":[3,1]}'
 * ```
 */
export function measureReplacer(this: unknown, _key: string, value: unknown): unknown {
  if (typeof value === "number") {
    if (Number.isNaN(value)) return null;
    if (value === Infinity) return "Infinity";
    if (value === -Infinity) return "-Infinity";
    return value;
  }
  if (value instanceof Map) {
    const out: Record<string, unknown> = {};
    // defineProperty: an id such as "__proto__" is an ordinary key, not the prototype.
    for (const [k, v] of value) Object.defineProperty(out, String(k), { value: v, enumerable: true, writable: true, configurable: true });
    return out;
  }
  if (value instanceof Set) return [...value];
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return Array.from(value as unknown as ArrayLike<number>);
  }
  return value;
}

/**
 * A measure result as a plain JSON value, with the conventions of {@link measureReplacer}.
 *
 * @example
 * ```ts
 * import { toJSONValue } from "@kankei/core";
 * toJSONValue({ weakShare: NaN, bridges: [{ span: Infinity }] });
 * // { weakShare: null, bridges: [{ span: "Infinity" }] }
 * ```
 */
export function toJSONValue(value: unknown): MeasureJsonValue {
  const text = JSON.stringify(value, measureReplacer);
  return text === undefined ? null : (JSON.parse(text) as MeasureJsonValue);
}
