import { describe, expect, it } from "vitest";
import { applyEvents, createTown, EventError, lastChange, UsageError, type TownEvent } from "../../src/index.js";
import { parseTown, serializeTown } from "../../src/io.js";

const town = createTown({
  town: { id: "t", asOf: "2025-04-01" },
  people: [
    { id: "aoki", origin: "local", sector: "government", joined: "2022-04-01", tenureEnds: "2026-03-31" },
    { id: "kato", origin: "local", sector: "resident", joined: "2020-01-01", note: "kept" },
    { id: "mori", origin: "outsider", joined: "2023-05-01" },
    { id: "sato", origin: "local", joined: "2019-01-01" },
    { id: "gone", origin: "local", joined: "2015-01-01", left: "2020-01-01" },
  ],
  projects: [
    { id: "fan", start: "2022-04-01" },
    { id: "trial", start: "2023-04-01" },
    { id: "old", start: "2016-04-01", end: "2019-04-01" },
  ],
  roles: [
    { person: "aoki", project: "fan", role: "initiator", from: "2022-04-01" },
    { person: "kato", project: "fan", role: "cooperator", from: "2023-04-01" },
    { person: "mori", project: "fan", role: "participant", from: "2023-05-01" },
    { person: "sato", project: "trial", role: "initiator", from: "2023-04-01" },
    { person: "kato", project: "trial", role: "supporter", from: "2024-04-01" },
    { person: "gone", project: "old", role: "initiator" },
  ],
  ties: [
    { a: "aoki", b: "kato", strength: "weak", from: "2023-04-01", kind: "work", since: "x" },
    { a: "kato", b: "sato", strength: "strong", from: "2020-01-01" },
    { a: "mori", b: "kato", strength: "weak", from: "2023-05-01" },
  ],
});

const D = "2026-04-01";

function rejected(t: typeof town, events: unknown[], options = {}): EventError {
  try {
    applyEvents(t, events as TownEvent[], options);
  } catch (err) {
    expect(err).toBeInstanceOf(EventError);
    return err as EventError;
  }
  throw new Error("expected an EventError");
}

describe("lastChange", () => {
  it("is the latest start or end on or before asOf, never tenureEnds", () => {
    expect(lastChange(town)).toBe("2024-04-01");
  });
  it("counts every end when the town has no asOf", () => {
    const t = createTown({ projects: [{ id: "p", start: "2020-01-01", end: "2030-01-01" }] });
    expect(lastChange(t)).toBe("2030-01-01");
  });
});

describe("applyEvents", () => {
  it("returns the same town for no events", () => {
    expect(applyEvents(town, [])).toBe(town);
  });

  it("handover: the initiator steps back, the member steps up, the member set is kept", () => {
    const next = applyEvents(town, [{ type: "handover", date: D, project: "fan", to: "kato" }]);
    expect(next.initiatorsAt("fan", D)).toEqual(["kato"]);
    expect(next.roleAt("aoki", "fan", D)).toBe("cooperator");
    expect(next.membersAt("fan", D).map((m) => m.person).sort()).toEqual(town.membersAt("fan", D).map((m) => m.person).sort());
    expect(next.roleAt("kato", "fan", "2026-03-31")).toBe("cooperator");
    expect(next.roles.length).toBe(town.roles.length + 2);
    expect(next.ties).toEqual(town.ties);
    expect(next.people).toEqual(town.people);
  });

  it("handover with stepBackTo and from", () => {
    const next = applyEvents(town, [{ type: "handover", date: D, project: "fan", from: "aoki", to: "mori", stepBackTo: "supporter" }]);
    expect(next.roleAt("aoki", "fan", D)).toBe("supporter");
    expect(next.initiatorsAt("fan", D)).toEqual(["mori"]);
  });

  it("leave ends every active role and tie and sets left; earlier records stay", () => {
    const next = applyEvents(town, [{ type: "leave", date: D, person: "kato" }]);
    expect(next.person("kato")).toEqual({ id: "kato", origin: "local", sector: "resident", joined: "2020-01-01", note: "kept", left: D });
    expect(next.rolesAt("kato", D)).toEqual([]);
    expect(next.tiesOf("kato", D)).toEqual([]);
    expect(next.roles[1]).toEqual({ ...town.roles[1], to: D });
    expect(next.ties[0]).toEqual({ ...town.ties[0], to: D });
    expect(next.roles[5]).toEqual(town.roles[5]);
    expect(next.tiesOf("kato", "2026-03-31").length).toBe(3);
  });

  it("assign ends the previous role in the project", () => {
    const next = applyEvents(town, [{ type: "assign", date: D, person: "mori", project: "fan", role: "cooperator" }]);
    expect(next.roleAt("mori", "fan", D)).toBe("cooperator");
    expect(next.roleHistory("mori").map((r) => [r.role, r.from, r.to])).toEqual([
      ["participant", "2023-05-01", D],
      ["cooperator", D, undefined],
    ]);
  });

  it("assign into a new project, join, launch, tie, strengthen, weaken, untie, close", () => {
    const events: TownEvent[] = [
      { type: "join", date: D, person: { id: "new", origin: "outsider", relationship: "exchange", hobby: ["surf"] } },
      { type: "tie", date: D, a: "new", b: "mori", strength: "weak", kind: "friends" },
      { type: "launch", date: D, project: { id: "cafe", name: "カフェ", lead: "private" }, initiator: "mori" },
      { type: "assign", date: D, person: "new", project: "cafe", role: "participant" },
      { type: "strengthen", date: "2026-10-01", a: "mori", b: "new" },
      { type: "weaken", date: "2027-01-01", a: "new", b: "mori" },
      { type: "untie", date: "2027-02-01", a: "new", b: "mori" },
      { type: "close", date: "2027-04-01", project: "cafe" },
    ];
    const next = applyEvents(town, events);
    expect(next.person("new")).toEqual({ id: "new", origin: "outsider", relationship: "exchange", hobby: ["surf"], joined: D });
    expect(next.project("cafe")).toEqual({ id: "cafe", name: "カフェ", lead: "private", start: D, end: "2027-04-01" });
    expect(next.initiatorsAt("cafe", D)).toEqual(["mori"]);
    expect(next.tieHistory("new").map((e) => [e.strength, e.from, e.to, e.kind])).toEqual([
      ["weak", D, "2026-10-01", "friends"],
      ["strong", "2026-10-01", "2027-01-01", "friends"],
      ["weak", "2027-01-01", "2027-02-01", "friends"],
    ]);
    expect(next.rolesAt("mori", "2027-04-01").map((r) => r.project)).toEqual(["fan"]);
    expect(next.projectHistory("cafe").every((r) => r.to === "2027-04-01")).toBe(true);
    expect(next.info.asOf).toBe("2027-04-01");
  });

  it("keeps the result lossless through JSON", () => {
    const next = applyEvents(town, [
      { type: "handover", date: D, project: "fan", to: "kato" },
      { type: "join", date: D, person: { id: "x", origin: "local", extra: { a: 1 } } },
    ]);
    expect(serializeTown(parseTown(serializeTown(next)))).toBe(serializeTown(next));
  });

  it("sets asOf from the option", () => {
    expect(applyEvents(town, [], { asOf: "2030-01-01" }).info.asOf).toBe("2030-01-01");
    expect(() => applyEvents(town, [], { asOf: "2030-02-30" })).toThrow(UsageError);
  });

  it("does not move asOf back, and does not set one the town lacks", () => {
    const noAsOf = createTown({ people: [{ id: "a", origin: "local", joined: "2020-01-01" }] });
    expect(applyEvents(noAsOf, [{ type: "leave", date: "2021-01-01", person: "a" }]).info.asOf).toBeUndefined();
  });

  it.each([
    [[{ type: "handover", date: D, project: "fan", to: "sato" }], "not-a-member", "to", 0],
    [[{ type: "handover", date: D, project: "fan", to: "nobody" }], "unknown-person", "to", 0],
    [[{ type: "handover", date: D, project: "fan", to: "aoki" }], "already-initiator", "to", 0],
    [[{ type: "handover", date: D, project: "fan", from: "kato", to: "mori" }], "not-initiator", "from", 0],
    [[{ type: "leave", date: "2024-01-01", person: "kato" }], "out-of-order", "date", 0],
    [[{ type: "leave", date: D, person: "kato" }, { type: "leave", date: "2026-01-01", person: "mori" }], "out-of-order", "date", 1],
    [[{ type: "leave", date: D, person: "gone" }], "not-present", "person", 0],
    [[{ type: "leave", date: D, person: "kato" }, { type: "leave", date: D, person: "kato" }], "not-present", "person", 1],
    [[{ type: "assign", date: D, person: "kato", project: "old", role: "participant" }], "not-active", "project", 0],
    [[{ type: "assign", date: D, person: "kato", project: "nope", role: "participant" }], "unknown-project", "project", 0],
    [[{ type: "assign", date: D, person: "kato", project: "fan", role: "cooperator" }], "same-role", "role", 0],
    [[{ type: "assign", date: D, person: "kato", project: "fan", role: "boss" }], "malformed", "role", 0],
    [[{ type: "assign", date: D, person: "kato", project: "fan", role: "initiator" }], "has-initiator", "role", 0],
    [[{ type: "join", date: D, person: { id: "kato", origin: "local" } }], "duplicate-id", "person.id", 0],
    [[{ type: "join", date: D, person: { id: "z", origin: "local", left: "2027-01-01" } }], "malformed", "person.left", 0],
    [[{ type: "launch", date: D, project: { id: "fan" } }], "duplicate-id", "project.id", 0],
    [[{ type: "launch", date: D, project: { id: "z", end: "2030-01-01" } }], "malformed", "project.end", 0],
    [[{ type: "tie", date: D, a: "kato", b: "kato", strength: "weak" }], "self-tie", "b", 0],
    [[{ type: "tie", date: D, a: "kato", b: "aoki", strength: "weak" }], "already-tied", "b", 0],
    [[{ type: "tie", date: D, a: "mori", b: "aoki", strength: "medium" }], "malformed", "strength", 0],
    [[{ type: "untie", date: D, a: "mori", b: "aoki" }], "not-tied", "b", 0],
    [[{ type: "strengthen", date: D, a: "kato", b: "sato" }], "same-strength", "type", 0],
    [[{ type: "weaken", date: D, a: "kato", b: "aoki" }], "same-strength", "type", 0],
    [[{ type: "promote", date: D }], "malformed", "type", 0],
    [[{ type: "leave", date: "2026-02-30", person: "kato" }], "malformed", "date", 0],
    [[null], "malformed", undefined, 0],
  ])("rejects %j as %s", (events, rule, field, index) => {
    const err = rejected(town, events);
    expect(err.rule).toBe(rule);
    expect(err.field).toBe(field);
    expect(err.index).toBe(index);
    expect(err.message).toContain(`event ${index} (`);
  });

  it("names the event in the message", () => {
    const err = rejected(town, [{ type: "handover", date: D, project: "fan", to: "sato" }]);
    expect(err.message).toBe(
      'event 0 (2026-04-01 handover fan to sato (initiator steps back to cooperator)), field "to": "sato" holds no role in "fan" on 2026-04-01 [not-a-member]',
    );
  });

  it("reports a record that breaks a rule of the document on the event that wrote it", () => {
    const err = rejected(town, [
      { type: "leave", date: D, person: "mori" },
      { type: "join", date: D, person: { id: "z", origin: "martian" } },
    ]);
    expect(err.rule).toBe("invalid-record");
    expect(err.index).toBe(1);
    expect(err.problems[0]!.code).toBe("invalid-value");
    expect(err.problems[0]!.message).toContain("$.people[5] (written by event 1: 2026-04-01 join z (martian))");
  });

  it("allows a second initiator with co-initiation", () => {
    const next = applyEvents(town, [{ type: "assign", date: D, person: "kato", project: "fan", role: "initiator" }], { coInitiation: true });
    expect(next.initiatorsAt("fan", D)).toEqual(["aoki", "kato"]);
    const err = rejected(next, [{ type: "handover", date: D, project: "fan", to: "mori" }]);
    expect(err.rule).toBe("ambiguous-initiator");
  });

  it("refuses a handover in an orphaned project", () => {
    const orphan = applyEvents(town, [{ type: "leave", date: D, person: "aoki" }]);
    expect(rejected(orphan, [{ type: "handover", date: D, project: "fan", to: "kato" }]).rule).toBe("no-initiator");
    expect(applyEvents(orphan, [{ type: "assign", date: D, person: "kato", project: "fan", role: "initiator" }]).initiatorsAt("fan", D)).toEqual([
      "kato",
    ]);
  });

  it("leaves the town as it was when an event is rejected", () => {
    const before = serializeTown(town);
    rejected(town, [
      { type: "handover", date: D, project: "fan", to: "kato" },
      { type: "handover", date: D, project: "fan", to: "nobody" },
    ]);
    expect(serializeTown(town)).toBe(before);
  });
});
