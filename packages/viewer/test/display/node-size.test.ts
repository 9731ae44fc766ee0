import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nodeSizes } from "../../src/display/node-size.js";

describe("nodeSizes", () => {
  it("stays within [min, max], keeps every key and grows with the value", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }), (values) => {
        const m = new Map(values.map((v, i) => [`p${i}`, v]));
        const sizes = nodeSizes(m, { min: 2, max: 12 });
        expect(sizes.size).toBe(m.size);
        for (const [id, v] of m) {
          const s = sizes.get(id)!;
          expect(s).toBeGreaterThanOrEqual(2);
          expect(s).toBeLessThanOrEqual(12 + 1e-9);
          for (const [id2, v2] of m) if (v2 > v) expect(sizes.get(id2)!).toBeGreaterThanOrEqual(s);
        }
      }),
    );
  });
});
