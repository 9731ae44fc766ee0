/**
 * A set of unordered pairs of person numbers, for the generator's ties between communities
 * (no two ties of one pair: domain rule 4). Open addressing with linear probing over a
 * `Float64Array`: a pair `{x, y}` of numbers below `n` is stored as `min·n + max + 1`, which is
 * exact in a double for `n < 2^26`; 0 marks an empty slot.
 *
 * Complexity: O(1) expected per insertion; 16 to 32 bytes per stored pair (the table is kept
 * at most half full).
 *
 * @module
 */

/**
 * A growable hash set of unordered pairs `{x, y}` of integers in `[0, n)`.
 *
 * @example
 * ```ts
 * import { PairSet } from "./pair-set.js";
 * const seen = new PairSet(100, 4);
 * seen.add(3, 7); // true
 * seen.add(7, 3); // false
 * seen.size; // 1
 * ```
 */
export class PairSet {
  private keys: Float64Array;
  private mask: number;
  /** Number of pairs stored. */
  size = 0;

  /**
   * @param n - every number in a pair is below `n` (at most 2^26)
   * @param expected - how many pairs are expected (the table grows when needed)
   */
  constructor(
    private readonly n: number,
    expected: number,
  ) {
    let cap = 16;
    while (cap < 2 * expected + 16) cap *= 2;
    this.keys = new Float64Array(cap);
    this.mask = cap - 1;
  }

  /** Adds the pair `{x, y}`; false when it was already there. */
  add(x: number, y: number): boolean {
    const lo = x < y ? x : y;
    const hi = x < y ? y : x;
    const key = lo * this.n + hi + 1;
    let h = slot(lo, hi) & this.mask;
    const keys = this.keys;
    for (;;) {
      const k = keys[h]!;
      if (k === 0) break;
      if (k === key) return false;
      h = (h + 1) & this.mask;
    }
    keys[h] = key;
    if (++this.size * 2 > keys.length) this.grow();
    return true;
  }

  private grow(): void {
    const old = this.keys;
    this.keys = new Float64Array(old.length * 2);
    this.mask = this.keys.length - 1;
    for (let i = 0; i < old.length; i++) {
      const key = old[i]!;
      if (key === 0) continue;
      const lo = Math.floor((key - 1) / this.n);
      const hi = key - 1 - lo * this.n;
      let h = slot(lo, hi) & this.mask;
      while (this.keys[h] !== 0) h = (h + 1) & this.mask;
      this.keys[h] = key;
    }
  }
}

function slot(lo: number, hi: number): number {
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 13)) >>> 0;
}
