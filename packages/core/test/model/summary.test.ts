import { describe, expect, it } from "vitest";
import { test } from "@fast-check/vitest";
import { ROLES, TERMS, createTown, summarizeTown } from "../../src/index.js";
import { arbitraryTown } from "../../src/testing.js";

describe("summarizeTown", () => {
  const town = createTown({
    town: { asOf: "2024-04-01" },
    people: [
      { id: "a", origin: "local" },
      { id: "b", origin: "outsider" },
      { id: "c", origin: "outsider" },
      { id: "gone", origin: "local", left: "2020-01-01" },
    ],
    projects: [{ id: "p", lead: "public" }, { id: "q" }, { id: "old", end: "2020-01-01" }],
    roles: [
      { person: "a", project: "p", role: "initiator" },
      { person: "b", project: "p", role: "cooperator" },
      { person: "b", project: "q", role: "participant" },
      { person: "gone", project: "old", role: "initiator" },
    ],
    ties: [{ a: "a", b: "b", strength: "strong" }, { a: "b", b: "c", strength: "weak" }],
  });

  it("counts people by highest role and origin", () => {
    const s = summarizeTown(town);
    expect(s.people.present).toBe(3);
    expect(s.people.recorded).toBe(4);
    expect(s.people.byRole.initiator).toEqual({ local: 1, outsider: 0 });
    expect(s.people.byRole.cooperator).toEqual({ local: 0, outsider: 1 });
    expect(s.people.byRole.participant).toEqual({ local: 0, outsider: 0 });
    expect(s.people.byRole.none).toEqual({ local: 0, outsider: 1 });
  });

  it("lists projects with initiators, orphaned and ended ones included", () => {
    const s = summarizeTown(town);
    expect(s.projects.map((p) => [p.id, p.active, p.initiators])).toEqual([
      ["p", true, ["a"]],
      ["q", true, []],
      ["old", false, []],
    ]);
    expect(s.ties.byStrength).toEqual({ strong: 1, weak: 1 });
    expect(summarizeTown(town, "2019-01-01").projects[2]!.initiators).toEqual(["gone"]);
  });

  test.prop([arbitraryTown()], { numRuns: 100 })("role counts add up to the people present", (t) => {
    if (t.defaultDate === undefined) return;
    const s = summarizeTown(t);
    const sum = [...ROLES, "none" as const].reduce((n, r) => n + s.people.byRole[r].local + s.people.byRole[r].outsider, 0);
    expect(sum).toBe(s.people.present);
    expect(s.ties.byStrength.strong + s.ties.byStrength.weak).toBe(s.ties.active);
  });
});

describe("TERMS", () => {
  it("labels every value in both languages", () => {
    for (const key of Object.keys(TERMS.en) as (keyof typeof TERMS.en)[]) {
      expect(Object.keys(TERMS.ja[key]).sort()).toEqual(Object.keys(TERMS.en[key]).sort());
    }
    expect(TERMS.ja.sector.corps).toBe("地域おこし協力隊");
  });
});
