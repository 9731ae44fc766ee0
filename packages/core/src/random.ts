/**
 * Seeded pseudo-random numbers: the same seed gives the same sequence in every runtime, so a
 * randomised algorithm (Louvain's visiting order, a simulation) gives the same result twice.
 * 日本語: シード付きの疑似乱数。同じシードなら、どの実行環境でも同じ乱数列（同じ結果）になる。
 *
 * Generator: Mulberry32 (Tommy Ettinger, 2017, public domain), a 32-bit state that advances by
 * a Weyl sequence (adding 0x6D2B79F5) and is scrambled by multiply–xorshift steps; period 2³²,
 * output in [0, 1) with 32 bits of resolution. Enough for choosing orders and coin flips, not
 * for cryptography or for very long Monte Carlo runs.
 *
 * @module
 */

/** A source of numbers uniform in [0, 1), like `Math.random`. */
export type RandomSource = () => number;

/**
 * A seeded Mulberry32 generator: each call returns the next number in [0, 1).
 * The seed is taken as a 32-bit integer (`seed | 0`), so seeds that differ by a multiple of
 * 2³² (or only in their fractional part) give the same sequence.
 *
 * @param seed - any number; default 0.
 *
 * @example
 * ```ts
 * import { mulberry32 } from "./random.js";
 * const a = mulberry32(42);
 * const b = mulberry32(42);
 * a() === b(); // true
 * const x = a();
 * x >= 0 && x < 1; // true
 * mulberry32(1)() === mulberry32(2)(); // false
 * ```
 */
export function mulberry32(seed = 0): RandomSource {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}
