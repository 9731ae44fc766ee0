import { describe, expect, it } from "vitest";
import { circulation, createTown, dayNumber, initiatorTenure, resolveWindow, roleEvents, UsageError, yearsBefore } from "../../../src/index.js";

// Window: the default, [2020-04-01, 2025-04-01).
// fan (2020-): a handover on 2023-04-01: aoki (officer) steps back to cooperator, mori (an
//   outsider: participant 2020 → supporter 2021 → cooperator 2022) becomes initiator; kim
//   participates twice (a re-entry); ueda supports from 2022-10-01.
// orphan (2020-): sato initiates until he leaves the town on 2022-04-01; nobody takes over.
//   kato cooperates throughout (his record is split in two on 2023-04-01: a renewal).
// closed (2019-04-01 → 2022-10-01): ueda initiates until the project ends.
// new (2024-01-01-): ueda initiates (grown in the town, not in the project); lee, a corps
//   member (outsider), enters its core as cooperator.
// hara is present and holds no role.
const town = createTown({
  town: { asOf: "2025-04-01" },
  people: [
    { id: "aoki", origin: "local", sector: "government" },
    { id: "mori", origin: "outsider" },
    { id: "sato", origin: "local", sector: "government", left: "2022-04-01" },
    { id: "kato", origin: "local" },
    { id: "ueda", origin: "local" },
    { id: "lee", origin: "outsider", sector: "corps", joined: "2023-10-01" },
    { id: "kim", origin: "outsider" },
    { id: "hara", origin: "local", joined: "2019-01-01" },
  ],
  projects: [
    { id: "fan", start: "2020-04-01" },
    { id: "orphan", start: "2020-04-01" },
    { id: "closed", start: "2019-04-01", end: "2022-10-01" },
    { id: "new", start: "2024-01-01" },
  ],
  roles: [
    { person: "aoki", project: "fan", role: "initiator", from: "2021-04-01", to: "2023-04-01" }, // 0
    { person: "aoki", project: "fan", role: "cooperator", from: "2023-04-01" }, // 1
    { person: "mori", project: "fan", role: "participant", from: "2020-06-01", to: "2021-04-01" }, // 2
    { person: "mori", project: "fan", role: "supporter", from: "2021-04-01", to: "2022-04-01" }, // 3
    { person: "mori", project: "fan", role: "cooperator", from: "2022-04-01", to: "2023-04-01" }, // 4
    { person: "mori", project: "fan", role: "initiator", from: "2023-04-01" }, // 5
    { person: "sato", project: "orphan", role: "initiator" }, // 6: cut at 2022-04-01
    { person: "kato", project: "orphan", role: "cooperator", to: "2023-04-01" }, // 7
    { person: "kato", project: "orphan", role: "cooperator", from: "2023-04-01" }, // 8
    { person: "ueda", project: "closed", role: "initiator" }, // 9: cut at 2022-10-01
    { person: "ueda", project: "fan", role: "supporter", from: "2022-10-01" }, // 10
    { person: "ueda", project: "new", role: "initiator" }, // 11
    { person: "lee", project: "new", role: "cooperator" }, // 12
    { person: "kim", project: "fan", role: "participant", from: "2021-04-01", to: "2022-01-01" }, // 13
    { person: "kim", project: "fan", role: "participant", from: "2022-06-01", to: "2023-06-01" }, // 14
  ],
});

const WINDOW_DAYS = 1826; // 2020-04-01 → 2025-04-01

describe("circulation on a hand-built town", () => {
  const c = circulation(town);

  it("uses the five years before the town's date by default", () => {
    expect([c.from, c.to]).toEqual(["2020-04-01", "2025-04-01"]);
    expect(c.options).toEqual({ from: "2020-04-01", to: "2025-04-01", stepBackDays: 0 });
  });

  it("lists the events of the window", () => {
    expect(c.events.map((e) => [e.date, e.person, e.project, e.kind, e.from, e.to])).toEqual([
      ["2020-04-01", "sato", "orphan", "entry", "none", "initiator"],
      ["2020-04-01", "kato", "orphan", "entry", "none", "cooperator"],
      ["2020-06-01", "mori", "fan", "entry", "none", "participant"],
      ["2021-04-01", "aoki", "fan", "entry", "none", "initiator"],
      ["2021-04-01", "mori", "fan", "change", "participant", "supporter"],
      ["2021-04-01", "kim", "fan", "entry", "none", "participant"],
      ["2022-01-01", "kim", "fan", "exit", "participant", "none"],
      ["2022-04-01", "mori", "fan", "change", "supporter", "cooperator"],
      ["2022-04-01", "sato", "orphan", "exit", "initiator", "none"],
      ["2022-06-01", "kim", "fan", "entry", "none", "participant"],
      ["2022-10-01", "ueda", "fan", "entry", "none", "supporter"],
      ["2022-10-01", "ueda", "closed", "exit", "initiator", "none"],
      ["2023-04-01", "aoki", "fan", "change", "initiator", "cooperator"],
      ["2023-04-01", "mori", "fan", "change", "cooperator", "initiator"],
      ["2023-04-01", "kato", "orphan", "renewal", "cooperator", "cooperator"],
      ["2023-06-01", "kim", "fan", "exit", "participant", "none"],
      ["2024-01-01", "ueda", "new", "entry", "none", "initiator"],
      ["2024-01-01", "lee", "new", "entry", "none", "cooperator"],
    ]);
    const reasons = c.events.filter((e) => e.kind === "exit").map((e) => [e.person, e.reason]);
    expect(reasons).toEqual([["kim", "ended"], ["sato", "left"], ["ueda", "project-ended"], ["kim", "ended"]]);
    const handover = c.events.find((e) => e.person === "aoki" && e.kind === "change")!;
    expect([handover.ended, handover.started]).toEqual([0, 1]);
  });

  it("builds the transition matrix with entry and exit", () => {
    expect(c.matrix).toEqual({
      none: { none: 0, initiator: 3, cooperator: 2, supporter: 1, participant: 3 },
      initiator: { none: 2, initiator: 0, cooperator: 1, supporter: 0, participant: 0 },
      cooperator: { none: 0, initiator: 1, cooperator: 1, supporter: 0, participant: 0 },
      supporter: { none: 0, initiator: 0, cooperator: 1, supporter: 0, participant: 0 },
      participant: { none: 2, initiator: 0, cooperator: 0, supporter: 1, participant: 0 },
    });
    expect(c.counts).toEqual({ entries: 9, exits: 4, changes: 4, upward: 3, downward: 1, renewals: 1, reentries: 1 });
  });

  it("finds the new initiators and who grew from within", () => {
    expect(c.newInitiators.list.map((x) => [x.person, x.project, x.date, x.from, x.grownInProject, x.grownInTown])).toEqual([
      ["sato", "orphan", "2020-04-01", "none", false, false],
      ["aoki", "fan", "2021-04-01", "none", false, false],
      ["mori", "fan", "2023-04-01", "cooperator", true, true],
      ["ueda", "new", "2024-01-01", "none", false, true], // supported "fan" since 2022
    ]);
    expect(c.newInitiators.list[2]!.record).toBe(5);
    const { count, grownInProject, grownInTown, shareInProject, shareInTown } = c.newInitiators;
    expect([count, grownInProject, grownInTown, shareInProject, shareInTown]).toEqual([4, 1, 2, 0.25, 0.5]);
  });

  it("finds the departing initiators and who stepped back (the project's end is not a departure)", () => {
    expect(c.departingInitiators.list).toEqual([
      { person: "sato", project: "orphan", date: "2022-04-01", to: "none", left: true, steppedBackInProject: false, steppedBackInTown: false, record: 6 },
      { person: "aoki", project: "fan", date: "2023-04-01", to: "cooperator", left: false, steppedBackInProject: true, steppedBackInTown: true, record: 0 },
    ]);
    const d = c.departingInitiators;
    expect([d.count, d.steppedBackInProject, d.steppedBackInTown, d.shareInProject, d.shareInTown, d.endedWithProject]).toEqual([
      2, 1, 1, 0.5, 0.5, 1,
    ]);
  });

  it("finds the outsiders who reached a core (moves inside the core do not count)", () => {
    expect(c.outsidersToCore.list).toEqual([
      { person: "mori", project: "fan", date: "2022-04-01", role: "cooperator", from: "supporter" },
      { person: "lee", project: "new", date: "2024-01-01", role: "cooperator", from: "none" },
    ]);
    expect(c.outsidersToCore.people).toBe(2);
  });

  it("counts role changes per person-year and per member-year", () => {
    // present: six people all window long, sato 730 days (left), lee 548 days (joined 2023-10-01)
    const presentDays = 6 * WINDOW_DAYS + 730 + 548;
    // holding a role: aoki 1461, mori 1765, sato 730, kato 1826, ueda 1826 (closed, then fan),
    // lee 456, kim 275 + 365, hara 0
    const memberDays = 1461 + 1765 + 730 + 1826 + 1826 + 456 + 275 + 365;
    expect(c.changeRate.changes).toBe(4);
    expect(c.changeRate.personYears).toBeCloseTo(presentDays / 365.25, 12);
    expect(c.changeRate.memberYears).toBeCloseTo(memberDays / 365.25, 12);
    expect(c.changeRate.perPersonYear).toBeCloseTo((4 * 365.25) / presentDays, 12);
    expect(c.changeRate.perMemberYear).toBeCloseTo((4 * 365.25) / memberDays, 12);
  });

  it("measures initiator tenure: completed (whatever the reason) and ongoing spells", () => {
    const t = c.initiatorTenure;
    expect(t.spells.map((s) => [s.person, s.project, s.from, s.end, s.completed, s.days, s.next, s.reason])).toEqual([
      ["ueda", "closed", "2019-04-01", "2022-10-01", true, 1279, "none", "project-ended"],
      ["sato", "orphan", "2020-04-01", "2022-04-01", true, 730, "none", "left"],
      ["aoki", "fan", "2021-04-01", "2023-04-01", true, 730, "cooperator", null],
      ["mori", "fan", "2023-04-01", null, false, 731, null, null],
      ["ueda", "new", "2024-01-01", null, false, 456, null, null],
    ]);
    expect([t.completed, t.ongoing, t.unknownStart]).toEqual([3, 2, 0]);
    expect(t.meanYears).toBeCloseTo((1279 + 730 + 730) / 3 / 365.25, 12);
    expect(t.medianYears).toBeCloseTo(730 / 365.25, 12);
    expect(initiatorTenure(town)).toEqual(t);
  });
});

describe("circulation: windows and options", () => {
  it("counts an event on `from` and not one on `to`", () => {
    const c = circulation(town, { from: "2021-04-01", to: "2023-04-01" });
    expect(c.events[0]!.date).toBe("2021-04-01");
    expect(c.events.some((e) => e.date === "2023-04-01")).toBe(false);
    expect(c.departingInitiators.count).toBe(1); // sato; aoki's handover is on `to`
    expect(c.initiatorTenure.spells.map((s) => [s.person, s.completed])).toEqual([
      ["ueda", true],
      ["sato", true],
      ["aoki", false], // still initiator on the window's last day
    ]);
  });

  it("an empty window counts nothing and its shares are undefined", () => {
    const c = circulation(town, { from: "2023-04-01", to: "2023-04-01" });
    expect(c.events).toEqual([]);
    expect(c.newInitiators.shareInTown).toBeNaN();
    expect(c.departingInitiators.shareInProject).toBeNaN();
    expect(c.changeRate.perPersonYear).toBeNaN();
    expect(c.initiatorTenure.spells).toEqual([]);
    expect(c.initiatorTenure.meanYears).toBeNaN();
  });

  it("stepBackDays: a lower role taken up within the grace counts as stepping back", () => {
    const t = createTown({
      town: { asOf: "2025-04-01" },
      people: [{ id: "a", origin: "local" }, { id: "b", origin: "local" }],
      projects: [{ id: "p", start: "2020-04-01" }, { id: "q", start: "2020-04-01" }],
      roles: [
        { person: "a", project: "p", role: "initiator", to: "2023-04-01" },
        { person: "a", project: "p", role: "supporter", from: "2023-04-20" },
        { person: "b", project: "p", role: "initiator", to: "2024-04-01" },
        { person: "b", project: "q", role: "participant", from: "2022-04-01" },
      ],
    });
    const strict = circulation(t).departingInitiators.list;
    expect(strict.map((d) => [d.person, d.to, d.steppedBackInProject, d.steppedBackInTown])).toEqual([
      ["a", "none", false, false],
      ["b", "none", false, true], // b stays on as a participant of q
    ]);
    const lenient = circulation(t, { stepBackDays: 30 });
    expect(lenient.departingInitiators.list.map((d) => [d.steppedBackInProject, d.steppedBackInTown])).toEqual([
      [true, true],
      [false, true],
    ]);
    expect(lenient.options.stepBackDays).toBe(30);
    // 19 days is not enough for a (2023-04-01 → 2023-04-20)
    expect(circulation(t, { stepBackDays: 18 }).departingInitiators.steppedBackInProject).toBe(0);
    expect(circulation(t, { stepBackDays: 19 }).departingInitiators.steppedBackInProject).toBe(1);
  });

  it("rejects bad windows and options with a UsageError", () => {
    expect(() => circulation(town, { from: "2025-01-01", to: "2024-01-01" })).toThrow(UsageError);
    expect(() => circulation(town, { from: "2026-01-01" })).toThrow(UsageError); // after the default `to`
    expect(() => circulation(town, { from: "2024-13-01" })).toThrow(UsageError);
    expect(() => circulation(town, { to: "2024-02-30" })).toThrow(UsageError);
    expect(() => circulation(town, { stepBackDays: -1 })).toThrow(UsageError);
    expect(() => circulation(town, { stepBackDays: 1.5 })).toThrow(UsageError);
    expect(() => circulation(town, { t: "2024-01-01" } as never)).toThrow(UsageError);
    expect(() => circulation(createTown({}))).toThrow(UsageError); // no date at all
    expect(circulation(createTown({}), { from: "2020-01-01", to: "2021-01-01" }).counts.entries).toBe(0);
  });

  it("window helpers", () => {
    expect(yearsBefore("2024-02-29", 5)).toBe("2019-02-28");
    expect(yearsBefore("2025-04-01", 5)).toBe("2020-04-01");
    const w = resolveWindow(town, { to: "2021-03-31" });
    expect([w.from, w.to, w.toDay - w.fromDay]).toEqual(["2016-03-31", "2021-03-31", 1826]);
    expect(dayNumber(w.from)).toBe(w.fromDay);
  });

  it("roleEvents reads the whole history, outside any window", () => {
    const all = roleEvents(town);
    expect(all[0]).toMatchObject({ date: "2019-04-01", person: "ueda", project: "closed", kind: "entry" });
    expect(all.length).toBe(19); // the 18 of the default window and ueda's entry in 2019
  });
});
