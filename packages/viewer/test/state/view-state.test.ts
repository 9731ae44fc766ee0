import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { initialViewState, reduceView, type ViewAction } from "../../src/state/view-state.js";

const person = fc.constantFrom("a", "b", "c", "d");
const action: fc.Arbitrary<ViewAction> = fc.oneof(
  fc.record({ type: fc.constant("setDate" as const), date: fc.constantFrom("2020-01-01", "2025-04-01") }),
  fc.record({ type: fc.constant("setLang" as const), lang: fc.constantFrom("ja" as const, "en" as const) }),
  fc.record({ type: fc.constant("setLayout" as const), layout: fc.constantFrom("circular" as const, "forceatlas2" as const) }),
  fc.record({ type: fc.constant("setSizeBy" as const), sizeBy: fc.constantFrom("degree" as const, "betweenness" as const, "reach" as const) }),
  fc.record({ type: fc.constant("selectProject" as const), project: fc.option(fc.constantFrom("p", "q"), { nil: null }) }),
  fc.record({ type: fc.constant("selectPerson" as const), person: fc.option(person, { nil: null }) }),
  fc.record({ type: fc.constant("toggleDeparture" as const), person }),
  fc.record({ type: fc.constant("setDepartures" as const), people: fc.array(person) }),
  fc.record({ type: fc.constant("setFilter" as const), filter: fc.record({ strongOnly: fc.boolean(), outsidersOnly: fc.boolean() }, { requiredKeys: [] }) }),
  fc.record({ type: fc.constant("setSearch" as const), search: fc.string({ maxLength: 3 }) }),
  fc.record({ type: fc.constant("setPlaying" as const), playing: fc.boolean() }),
);

describe("reduceView", () => {
  it("returns the same object when an action changes nothing, and a frozen new one otherwise", () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 12 }), action, (history, a) => {
        const s = history.reduce(reduceView, initialViewState("2025-04-01", "ja"));
        const next = reduceView(s, a);
        const again = reduceView(next, a);
        if (a.type !== "toggleDeparture") expect(again).toBe(next); // every other action is idempotent
        expect(Object.isFrozen(next)).toBe(true);
        if (next !== s) expect(next).not.toEqual(s);
      }),
    );
  });

  it("never lists a leaver twice, and toggling twice restores the what-if", () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 12 }), person, (history, p) => {
        const s = history.reduce(reduceView, initialViewState("2025-04-01", "en"));
        expect(new Set(s.departed).size).toBe(s.departed.length);
        const twice = reduceView(reduceView(s, { type: "toggleDeparture", person: p }), { type: "toggleDeparture", person: p });
        expect([...twice.departed].sort()).toEqual([...s.departed].sort());
      }),
    );
  });

  it("keeps the language, layout and size measure for a new town, and resets the rest", () => {
    let s = initialViewState("2025-04-01", "en");
    for (const a of [
      { type: "setLang", lang: "ja" },
      { type: "setLayout", layout: "forceatlas2" },
      { type: "setSizeBy", sizeBy: "reach" },
      { type: "selectProject", project: "p" },
      { type: "toggleDeparture", person: "a" },
      { type: "setFilter", filter: { strongOnly: true } },
    ] as ViewAction[])
      s = reduceView(s, a);
    const n = reduceView(s, { type: "newTown", date: "2019-04-01" });
    expect(n).toMatchObject({ date: "2019-04-01", lang: "ja", layout: "forceatlas2", sizeBy: "reach", selectedProject: null, departed: [] });
    expect(n.filters).toEqual({ strongOnly: false, outsidersOnly: false, project: null });
  });
});
