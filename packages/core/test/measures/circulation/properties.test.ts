import { describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { circulation, dayNumber, isoDate, ROLE_STATES, ROLES, type Town } from "../../../src/index.js";
import { arbitraryTown } from "../../../src/testing.js";
import { idsOf, renameIds, renameResult } from "./rename.js";

const towns = arbitraryTown({ maxPeople: 8, maxProjects: 3, maxRoles: 30, maxTies: 4, extras: false });
const D0 = dayNumber("2015-04-01")!;
const day = fc.integer({ min: -200, max: 3800 });
const windows = fc.tuple(day, day).map(([a, b]) => ({ from: isoDate(D0 + Math.min(a, b)), to: isoDate(D0 + Math.max(a, b)) }));
const options = fc.record({ stepBackDays: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }) });

const inUnitOrNaN = (x: number) => Number.isNaN(x) || (x >= 0 && x <= 1);

/** Non-empty role records, as [index, from, to] day numbers. */
function held(town: Town): [number, number, number][] {
  return town.roles.flatMap((_, i) => {
    const s = town.roleSpan(i);
    return s.from < s.to ? [[i, s.from, s.to] as [number, number, number]] : [];
  });
}

describe("circulation properties", () => {
  test.prop([towns, windows, options], { numRuns: 300 })(
    "every role record starting in the window is counted once, as an entry or as a transition target",
    (town, w, o) => {
      const c = circulation(town, { ...w, ...o });
      const from = dayNumber(w.from)!;
      const to = dayNumber(w.to)!;
      const starting = held(town).filter(([, f]) => from <= f && f < to).map(([i]) => i).sort((a, b) => a - b);
      const ending = held(town).filter(([, , e]) => from <= e && e < to).map(([i]) => i).sort((a, b) => a - b);
      expect(c.events.filter((e) => e.started >= 0).map((e) => e.started).sort((a, b) => a - b)).toEqual(starting);
      expect(c.events.filter((e) => e.ended >= 0).map((e) => e.ended).sort((a, b) => a - b)).toEqual(ending);
      // The matrix: column sums are the records starting with that role, row sums those ending.
      for (const role of ROLES) {
        const col = ROLE_STATES.reduce((s, x) => s + c.matrix[x][role], 0);
        const row = ROLE_STATES.reduce((s, y) => s + c.matrix[role][y], 0);
        expect(col).toBe(starting.filter((i) => town.roles[i]!.role === role).length);
        expect(row).toBe(ending.filter((i) => town.roles[i]!.role === role).length);
      }
      expect(c.matrix.none.none).toBe(0);
      const total = ROLE_STATES.reduce((s, x) => s + ROLE_STATES.reduce((t, y) => t + c.matrix[x][y], 0), 0);
      const k = c.counts;
      expect(total).toBe(c.events.length);
      expect(k.entries + k.exits + k.changes + k.renewals).toBe(total);
      expect(k.upward + k.downward).toBe(k.changes);
      expect(k.renewals).toBe(ROLES.reduce((s, r) => s + c.matrix[r][r], 0));
      expect(k.entries).toBe(ROLES.reduce((s, r) => s + c.matrix.none[r], 0));
      expect(k.exits).toBe(ROLES.reduce((s, r) => s + c.matrix[r].none, 0));
    },
  );

  test.prop([towns, windows, options], { numRuns: 300 })("shares are in [0, 1] or NaN, and the figures agree", (town, w, o) => {
    const c = circulation(town, { ...w, ...o });
    const n = c.newInitiators;
    const d = c.departingInitiators;
    for (const x of [n.shareInProject, n.shareInTown, d.shareInProject, d.shareInTown]) expect(inUnitOrNaN(x)).toBe(true);
    expect(Number.isNaN(n.shareInTown)).toBe(n.count === 0);
    expect(Number.isNaN(d.shareInTown)).toBe(d.count === 0);
    for (const x of n.list) if (x.grownInProject) expect(x.grownInTown).toBe(true);
    for (const x of d.list) if (x.steppedBackInProject) expect(x.steppedBackInTown).toBe(true);
    for (const x of d.list) if (x.left) expect(x.steppedBackInTown).toBe(false);
    expect(n.grownInProject).toBeLessThanOrEqual(n.grownInTown);
    expect(d.steppedBackInProject).toBeLessThanOrEqual(d.steppedBackInTown);
    expect(n.count).toBe(ROLE_STATES.filter((x) => x !== "initiator").reduce((s, x) => s + c.matrix[x].initiator, 0));
    expect(d.count + d.endedWithProject).toBe(ROLE_STATES.filter((y) => y !== "initiator").reduce((s, y) => s + c.matrix.initiator[y], 0));
    for (const x of c.outsidersToCore.list) expect(town.person(x.person)!.origin).toBe("outsider");
    const r = c.changeRate;
    expect(r.memberYears).toBeLessThanOrEqual(r.personYears + 1e-9);
    expect(Number.isNaN(r.perPersonYear) || r.perPersonYear >= 0).toBe(true);
    expect(Number.isNaN(r.perPersonYear)).toBe(r.personYears === 0);
    // Tenure: completed spells end in the window; ongoing ones are the initiator records active
    // on the window's last day.
    const t = c.initiatorTenure;
    const from = dayNumber(w.from)!;
    const to = dayNumber(w.to)!;
    for (const s of t.spells.filter((x) => x.completed)) {
      expect(from <= dayNumber(s.end!)! && dayNumber(s.end!)! < to).toBe(true);
      expect(s.days).toBeGreaterThan(0);
    }
    const active = from < to ? held(town).filter(([i, f, e]) => town.roles[i]!.role === "initiator" && f <= to - 1 && to - 1 < e).length : 0;
    expect(t.ongoing).toBe(active);
    expect(t.completed + t.ongoing).toBe(t.spells.length);
    if (t.completed - t.unknownStart === 0) expect(t.meanYears).toBeNaN();
    else expect(t.medianYears).toBeGreaterThan(0);
  });

  test.prop([towns, windows, options], { numRuns: 200 })("renaming ids changes nothing", (town, w, o) => {
    expect(circulation(renameIds(town), { ...w, ...o })).toEqual(renameResult(circulation(town, { ...w, ...o }), idsOf(town)));
  });
});
