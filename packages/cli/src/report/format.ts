/**
 * How the report writes numbers: scores with at most three decimals, shares as percentages,
 * counts with thousands separators, years with one decimal; an undefined value (NaN) as a
 * dash and an unbounded one as ∞. The same in both languages.
 *
 * @module
 */

const COUNT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/**
 * A score in [0, 1] (risk, exposure, readiness, q): at most three decimals, trailing zeros
 * dropped; a positive value below 0.001 as "<0.001" so it never reads as zero.
 *
 * @example
 * ```ts
 * import { formatScore } from "./format.js";
 * formatScore(0.18049); // "0.18"
 * formatScore(0.0004); // "<0.001"
 * formatScore(1); // "1"
 * formatScore(NaN); // "–"
 * ```
 */
export function formatScore(x: number): string {
  if (Number.isNaN(x)) return "–";
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "−∞";
  if (x > 0 && x < 0.001) return "<0.001";
  return String(Number(x.toFixed(3)));
}

/**
 * A share as a whole percentage ("92%"); NaN (nothing to divide by) as a dash.
 *
 * @example
 * ```ts
 * import { formatShare } from "./format.js";
 * formatShare(0.9215); // "92%"
 * formatShare(NaN); // "–"
 * ```
 */
export function formatShare(x: number): string {
  if (Number.isNaN(x)) return "–";
  return `${Math.round(x * 100)}%`;
}

/**
 * A count with thousands separators.
 *
 * @example
 * ```ts
 * import { formatCount } from "./format.js";
 * formatCount(12345); // "12,345"
 * formatCount(Infinity); // "∞"
 * ```
 */
export function formatCount(n: number): string {
  if (Number.isNaN(n)) return "–";
  if (!Number.isFinite(n)) return "∞";
  return COUNT.format(n);
}

/**
 * A duration in years with one decimal.
 *
 * @example
 * ```ts
 * import { formatYears } from "./format.js";
 * formatYears(2.4966); // "2.5"
 * formatYears(NaN); // "–"
 * ```
 */
export function formatYears(x: number): string {
  if (Number.isNaN(x)) return "–";
  if (!Number.isFinite(x)) return "∞";
  return x.toFixed(1);
}
