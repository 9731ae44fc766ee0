import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import {
  applyEvents,
  createTown,
  handoverOptions,
  lastChange,
  successionRisk,
  UsageError,
  type TownEvent,
} from "../../../src/index.js";
import { pathToReady } from "../../../src/measures/succession/handover-options.js";
import { arbitraryBusyTownAt, someOptions, townsAt } from "./edits.js";

const town = createTown({
  town: { asOf: "2024-04-01" },
  people: [
    { id: "aoki", origin: "local", sector: "government", tenureEnds: "2025-03-31" },
    { id: "mori", origin: "local", sector: "resident" },
    { id: "kato", origin: "local", sector: "resident" },
    { id: "sato", origin: "outsider", sector: "corps" },
  ],
  projects: [{ id: "fan" }],
  roles: [
    { person: "aoki", project: "fan", role: "initiator" },
    { person: "mori", project: "fan", role: "cooperator" },
    { person: "kato", project: "fan", role: "participant" },
    { person: "sato", project: "fan", role: "supporter" },
  ],
  ties: [
    { a: "aoki", b: "mori", strength: "strong" },
    { a: "mori", b: "kato", strength: "weak" },
  ],
});

describe("handoverOptions", () => {
  it("ranks the candidates by readiness, marks who is ready, and never ranks by the lowest risk", () => {
    const h = handoverOptions(town, "fan");
    expect(h.from).toBe("aoki");
    expect(h.candidates.map((c) => c.id)).toEqual(["mori", "sato", "kato"]);
    expect(h.candidates.map((c) => c.ready)).toEqual([true, false, false]);
    // kato, the least ready, leaves a lower risk after a handover than sato (a resident with a
    // low hazard against a corps member): the ranking is by readiness all the same
    const risk = Object.fromEntries(h.candidates.map((c) => [c.id, c.riskAfter]));
    expect(risk.kato!).toBeLessThan(risk.sato!);
  });

  it("says what would make each candidate ready", () => {
    const h = handoverOptions(town, "fan");
    expect(h.candidates[0]!.toReady).toBeNull();
    const kato = h.candidates.find((c) => c.id === "kato")!;
    expect(kato.toReady!.gains.map((g) => g.part)).toEqual(["strongTie", "cooperatorRole", "prior"]);
    // a cooperator role alone gives 0.5 × 0.95 = 0.475: two parts are needed, the readiest pair first
    expect(kato.toReady!.gains.find((g) => g.part === "cooperatorRole")!.readiness).toBeCloseTo(0.475, 12);
    expect(kato.toReady!.smallest).toEqual(["strongTie", "cooperatorRole"]);
    expect(kato.toReady!.readinessWith).toBeCloseTo(0.8 * 0.95, 12);
    // a corps member (annual hazard 0.33): (0.5 + 0.3) × 0.67 = 0.536
    const sato = h.candidates.find((c) => c.id === "sato")!;
    expect(sato.toReady!.smallest).toEqual(["strongTie", "cooperatorRole"]);
    expect(sato.toReady!.limits).toEqual(["leaves"]);
  });

  it("finds no path when leaving within the horizon caps readiness at 0", () => {
    const path = pathToReady("participant", null, false, 1, 0, { readiness: successionRisk(town).options.readiness, standInThreshold: 0.5 });
    expect(path).toEqual({
      gains: [
        { part: "strongTie", readiness: 0 },
        { part: "cooperatorRole", readiness: 0 },
        { part: "prior", readiness: 0 },
      ],
      smallest: null,
      readinessWith: 0,
      limits: ["leaves"],
    });
  });

  it("refuses an unknown project, a project not active, a from who is not an initiator and unknown options", () => {
    expect(() => handoverOptions(town, "nope")).toThrow(UsageError);
    expect(() => handoverOptions(town, "fan", { from: "mori" })).toThrow(/not an initiator/);
    expect(() => handoverOptions(town, "fan", { stepBackTo: "initiator" as never })).toThrow(UsageError);
    expect(() => handoverOptions(town, "fan", { form: "aoki" } as never)).toThrow(/unknown option "form"/);
    const ended = createTown({ projects: [{ id: "p", start: "2020-04-01", end: "2021-04-01" }] });
    expect(() => handoverOptions(ended, "p", { t: "2024-04-01" })).toThrow(/not active/);
  });

  // The risk after each handover is what successionRisk says of the town after the handover
  // event of domain.md §7, applied by the rotation module (an assign when there is no initiator).
  const checked = { count: 0 };
  test.prop([fc.oneof(townsAt(), arbitraryBusyTownAt()), fc.nat(), someOptions, fc.constantFrom("cooperator", "supporter", "participant" as const)], { numRuns: 400 })(
    "the risk after each handover equals the measure on the town after the handover event",
    ([t0, drawn], pj, options, stepBackTo) => {
      const last = lastChange(t0);
      const t = last !== undefined && last > drawn ? last : drawn; // events cannot go back in time
      const before = successionRisk(t0, { ...options, t });
      if (before.projects.length === 0) return;
      const p = before.projects[pj % before.projects.length]!;
      const h = handoverOptions(t0, p.project, { ...options, t, stepBackTo });
      checked.count += h.candidates.length;
      expect(h.candidates.map((c) => c.id)).toEqual(p.candidates.map((c) => c.id));
      for (const c of h.candidates) {
        const event: TownEvent =
          h.from === null
            ? { type: "assign", date: t, person: c.id, project: p.project, role: "initiator" }
            : { type: "handover", date: t, project: p.project, to: c.id, from: h.from, stepBackTo };
        const after = successionRisk(applyEvents(t0, [event]), { ...options, t }).projects.find((x) => x.project === p.project)!;
        expect(c.riskAfter).toBeCloseTo(after.risk, 12);
        expect(c.levelAfter).toBe(after.level);
      }
    },
  );

  it("checked many handovers above (the property is not vacuous)", () => {
    expect(checked.count).toBeGreaterThan(30);
  });
});
