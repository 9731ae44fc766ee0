import { describe, expect, it } from "vitest";
import { createTown, localBridges, measureReplacer, toJSONValue, weakTieReach } from "../../src/index.js";

describe("measures as JSON", () => {
  it("writes NaN as null and Infinity as \"Infinity\", maps as objects and typed arrays as arrays", () => {
    expect(JSON.stringify({ gainShare: NaN, hops: Infinity, low: -Infinity, n: 0.5 }, measureReplacer)).toBe(
      '{"gainShare":null,"hops":"Infinity","low":"-Infinity","n":0.5}',
    );
    expect(JSON.stringify({ sizes: Int32Array.of(3, 1), shares: Float64Array.of(NaN, 1) }, measureReplacer)).toBe(
      '{"sizes":[3,1],"shares":[null,1]}',
    );
    expect(toJSONValue(new Map([["a", { span: Infinity }]]))).toEqual({ a: { span: "Infinity" } });
    expect(toJSONValue(new Set([1, NaN]))).toEqual([1, null]);
    expect(toJSONValue([Infinity, "x", null, true])).toEqual(["Infinity", "x", null, true]);
    expect(toJSONValue(undefined)).toBeNull();
  });

  it("turns whole measure results into plain JSON", () => {
    const town = createTown({
      town: { asOf: "2024-04-01" },
      people: [{ id: "a", origin: "local" }, { id: "b", origin: "outsider" }],
      ties: [{ a: "a", b: "b", strength: "weak" }],
    });
    const reach = toJSONValue(weakTieReach(town, { hops: Infinity })) as Record<string, unknown>;
    expect(reach.gainShare).toBeNull(); // no project, no seed: nothing reached
    expect(reach.hops).toBe("Infinity");
    expect(reach.options).toEqual({ t: "2024-04-01", seeds: "core", hops: "Infinity", perPerson: true, criticalTies: true, people: true });
    expect(toJSONValue(localBridges(town))).toEqual({
      date: "2024-04-01",
      bridges: [{ tie: 0, a: "a", b: "b", strength: "weak", span: "Infinity" }],
      count: 1,
      weakShare: 1,
    });
  });
});
