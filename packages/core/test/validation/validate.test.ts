/**
 * One bad input per rule of domain.md §3: each test checks the error class, the record named
 * (JSON path), the field and, for rules between two records, the earlier record.
 */
import { describe, expect, it } from "vitest";
import {
  DuplicateIdError,
  InvalidValueError,
  MalformedDateError,
  MissingFieldError,
  NotARecordError,
  OutOfBoundsError,
  PeriodOrderError,
  RoleOverlapError,
  SelfTieError,
  TieOverlapError,
  TownValidationError,
  UnresolvedReferenceError,
  createTown,
  validateRecords,
  type TownProblem,
  type TownRecords,
} from "../../src/index.js";

const base = (): Required<Omit<TownRecords, "town">> & { people: any[]; projects: any[]; roles: any[]; ties: any[]; contributions: any[] } => ({
  people: [
    { id: "a", origin: "local", joined: "2018-01-01", left: "2024-01-01" },
    { id: "b", origin: "outsider" },
    { id: "c", origin: "local" },
  ],
  projects: [{ id: "p", start: "2019-01-01", end: "2023-01-01" }],
  roles: [],
  ties: [],
  contributions: [],
});

function problems(input: TownRecords): TownProblem[] {
  return validateRecords(input).problems;
}

function only(input: TownRecords): TownProblem {
  const ps = problems(input);
  expect(ps.map((p) => p.message)).toHaveLength(1);
  return ps[0]!;
}

describe("a valid base town", () => {
  it("has no problem", () => {
    expect(problems(base())).toEqual([]);
  });
});

describe("rule 1: required fields, enumerations, dates", () => {
  it("reports a missing required field", () => {
    const t = base();
    delete t.people[1].origin;
    const p = only(t);
    expect(p).toBeInstanceOf(MissingFieldError);
    expect(p.name).toBe("MissingFieldError");
    expect(p.location.path).toBe("$.people[1]");
    expect(p.field).toBe("origin");
    expect(p.rule).toBe(1);
  });

  it("treats null as absent and an empty id as missing", () => {
    const t = base();
    t.people[1].origin = null;
    t.people[2].id = "";
    const ps = problems(t);
    expect(ps.map((p) => [p.constructor, p.location.path, p.field])).toEqual([
      [MissingFieldError, "$.people[1]", "origin"],
      [MissingFieldError, "$.people[2]", "id"],
    ]);
  });

  it("reports a value outside its enumeration, for every enumerated field", () => {
    const t = base();
    t.people[0].origin = "abroad";
    t.people[1].sector = "police";
    t.people[2].relationship = "tourism";
    t.projects[0].lead = "nobody";
    t.roles.push({ person: "a", project: "p", role: "leader" });
    t.ties.push({ a: "a", b: "b", strength: "medium" });
    t.contributions.push({ person: "a", project: "p", resource: "time" });
    const ps = problems(t);
    expect(ps.every((p) => p instanceof InvalidValueError)).toBe(true);
    expect(ps.map((p) => `${p.location.path}.${p.field}`)).toEqual([
      "$.people[0].origin",
      "$.people[1].sector",
      "$.people[2].relationship",
      "$.projects[0].lead",
      "$.roles[0].role",
      "$.ties[0].strength",
      "$.contributions[0].resource",
    ]);
  });

  it("reports malformed and impossible dates, which Date would roll over", () => {
    const t = base();
    t.people[1].joined = "2021-02-30";
    t.people[2].left = "2021/04/01";
    t.projects[0].end = "2023-13-01";
    const ps = problems(t);
    expect(ps.every((p) => p instanceof MalformedDateError)).toBe(true);
    expect(ps.map((p) => `${p.location.path}.${p.field}`)).toEqual(["$.people[1].joined", "$.people[2].left", "$.projects[0].end"]);
  });

  it("accepts 29 February in a leap year only", () => {
    const t = base();
    t.people[1].joined = "2024-02-29";
    expect(problems(t)).toEqual([]);
    t.people[1].joined = "2023-02-29";
    expect(only(t)).toBeInstanceOf(MalformedDateError);
  });

  it("reports an amount that is not a number and an id that is not a text", () => {
    const t = base();
    t.contributions.push({ person: "a", project: "p", resource: "money", amount: "100" });
    t.people[2].id = 7;
    const ps = problems(t);
    expect(ps.map((p) => [p.constructor, p.location.path, p.field])).toEqual([
      [InvalidValueError, "$.people[2]", "id"],
      [InvalidValueError, "$.contributions[0]", "amount"],
    ]);
  });

  it("reports a record that is not an object", () => {
    const t = base() as any;
    t.ties.push("a-b");
    const p = only(t);
    expect(p).toBeInstanceOf(NotARecordError);
    expect(p.location.path).toBe("$.ties[0]");
  });

  it("checks the town header's date", () => {
    const p = only({ ...base(), town: { asOf: "soon" } });
    expect(p).toBeInstanceOf(MalformedDateError);
    expect(p.location.path).toBe("$.town");
    expect(p.field).toBe("asOf");
  });
});

describe("rule 2: unique ids, resolved references", () => {
  it("reports each later duplicate once, naming the first", () => {
    const t = base();
    t.people.push({ id: "a", origin: "local" }, { id: "a", origin: "outsider" });
    const ps = problems(t);
    expect(ps).toHaveLength(2);
    for (const [p, i] of [[ps[0]!, 3], [ps[1]!, 4]] as const) {
      expect(p).toBeInstanceOf(DuplicateIdError);
      expect(p.location.path).toBe(`$.people[${i}]`);
      expect(p.field).toBe("id");
      expect(p.related?.path).toBe("$.people[0]");
    }
  });

  it("keeps ids unique per entity only", () => {
    const t = base();
    t.projects.push({ id: "a" });
    expect(problems(t)).toEqual([]);
  });

  it("reports unresolved references of roles, ties and contributions", () => {
    const t = base();
    t.roles.push({ person: "zz", project: "p", role: "participant" }, { person: "a", project: "qq", role: "participant" });
    t.ties.push({ a: "a", b: "zz", strength: "weak" });
    t.contributions.push({ person: "zz", project: "qq", resource: "money" });
    const ps = problems(t);
    expect(ps.every((p) => p instanceof UnresolvedReferenceError)).toBe(true);
    expect(ps.map((p) => `${p.location.path}.${p.field}`)).toEqual([
      "$.roles[0].person",
      "$.roles[1].project",
      "$.ties[0].b",
      "$.contributions[0].person",
      "$.contributions[0].project",
    ]);
  });
});

describe("rule 3: periods in order", () => {
  it("reports an end before a start in every entity, and allows equal dates", () => {
    const t = base();
    t.people[1].joined = "2020-01-01";
    t.people[1].left = "2019-01-01";
    t.people[2].joined = "2020-01-01";
    t.people[2].left = "2020-01-01";
    t.projects.push({ id: "q", start: "2020-01-01", end: "2019-12-31" });
    t.roles.push({ person: "a", project: "p", role: "participant", from: "2020-06-01", to: "2020-05-01" });
    t.ties.push({ a: "a", b: "c", strength: "weak", from: "2020-06-01", to: "2020-05-01" });
    const ps = problems(t);
    expect(ps.every((p) => p instanceof PeriodOrderError)).toBe(true);
    expect(ps.map((p) => `${p.location.path}.${p.field}`)).toEqual([
      "$.people[1].left",
      "$.projects[1].end",
      "$.roles[0].to",
      "$.ties[0].to",
    ]);
  });
});

describe("rule 4: ties", () => {
  it("reports a tie from a person to themself", () => {
    const t = base();
    t.ties.push({ a: "b", b: "b", strength: "strong" });
    const p = only(t);
    expect(p).toBeInstanceOf(SelfTieError);
    expect(p.location.path).toBe("$.ties[0]");
  });

  it("reports overlapping ties of one pair whatever their strength or order, on the later one", () => {
    const t = base();
    t.ties.push(
      { a: "b", b: "c", strength: "weak", from: "2019-01-01", to: "2021-01-01" },
      { a: "c", b: "b", strength: "strong", from: "2020-01-01" },
    );
    const p = only(t);
    expect(p).toBeInstanceOf(TieOverlapError);
    expect(p.location.path).toBe("$.ties[1]");
    expect(p.field).toBe("from");
    expect(p.related?.path).toBe("$.ties[0]");
  });

  it("lets touching and empty periods be", () => {
    const t = base();
    t.ties.push(
      { a: "b", b: "c", strength: "weak", from: "2019-01-01", to: "2021-01-01" },
      { a: "c", b: "b", strength: "strong", from: "2021-01-01" },
      { a: "c", b: "b", strength: "strong", from: "2020-01-01", to: "2020-01-01" },
    );
    expect(problems(t)).toEqual([]);
  });

  it("compares periods after the cut: two open ties of a pair overlap", () => {
    const t = base();
    t.ties.push({ a: "a", b: "c", strength: "weak", to: "2019-01-01" }, { a: "a", b: "c", strength: "weak", to: "2020-01-01" });
    expect(only(t)).toBeInstanceOf(TieOverlapError);
  });

  it("gives one problem per overlapping pair", () => {
    const t = base();
    t.ties.push({ a: "b", b: "c", strength: "weak" }, { a: "b", b: "c", strength: "weak" }, { a: "b", b: "c", strength: "weak" });
    const ps = problems(t);
    expect(ps.map((p) => [p.location.path, p.related?.path])).toEqual([
      ["$.ties[1]", "$.ties[0]"],
      ["$.ties[2]", "$.ties[0]"],
      ["$.ties[2]", "$.ties[1]"],
    ]);
  });
});

describe("rule 5: roles of one person in one project", () => {
  it("reports overlapping roles whatever the role", () => {
    const t = base();
    t.roles.push(
      { person: "b", project: "p", role: "participant", from: "2019-01-01", to: "2021-01-01" },
      { person: "b", project: "p", role: "initiator", from: "2020-01-01" },
    );
    const p = only(t);
    expect(p).toBeInstanceOf(RoleOverlapError);
    expect(p.location.path).toBe("$.roles[1]");
    expect(p.field).toBe("from");
    expect(p.related?.path).toBe("$.roles[0]");
  });

  it("allows consecutive roles (a handover) and roles in different projects", () => {
    const t = base();
    t.projects.push({ id: "q" });
    t.roles.push(
      { person: "b", project: "p", role: "cooperator", to: "2021-01-01" },
      { person: "b", project: "p", role: "initiator", from: "2021-01-01" },
      { person: "b", project: "q", role: "initiator" },
    );
    expect(problems(t)).toEqual([]);
  });

  it("compares after the cut: a role with no from starts at the project's start", () => {
    const t = base();
    t.roles.push(
      { person: "b", project: "p", role: "cooperator", from: "2019-01-01", to: "2019-06-01" },
      { person: "b", project: "p", role: "participant", to: "2019-03-01" },
    );
    expect(only(t)).toBeInstanceOf(RoleOverlapError);
  });
});

describe("rule 6: within the project's life and the person's presence", () => {
  it("reports a role starting before its project starts, naming the project", () => {
    const t = base();
    t.roles.push({ person: "b", project: "p", role: "participant", from: "2018-06-01" });
    const p = only(t);
    expect(p).toBeInstanceOf(OutOfBoundsError);
    expect(p.location.path).toBe("$.roles[0]");
    expect(p.field).toBe("from");
    expect(p.related?.path).toBe("$.projects[0]");
  });

  it("reports a role ending after its project ends, and one starting after it ends", () => {
    const t = base();
    t.roles.push({ person: "b", project: "p", role: "participant", to: "2023-06-01" });
    t.roles.push({ person: "c", project: "p", role: "participant", from: "2023-06-01" });
    const ps = problems(t);
    expect(ps.map((p) => [p.constructor, p.location.path, p.field])).toEqual([
      [OutOfBoundsError, "$.roles[0]", "to"],
      [OutOfBoundsError, "$.roles[1]", "from"],
    ]);
  });

  it("reports one problem per pair of records: against the project and against the person", () => {
    const t = base();
    t.people[0].joined = "2020-01-01";
    t.roles.push({ person: "a", project: "p", role: "participant", from: "2018-06-01" });
    const ps = problems(t);
    expect(ps.map((p) => p.related?.path)).toEqual(["$.projects[0]", "$.people[0]"]);
  });

  it("reports a tie outside the presence of either person", () => {
    const t = base();
    t.ties.push({ a: "b", b: "a", strength: "weak", from: "2017-01-01" });
    t.ties.push({ a: "a", b: "c", strength: "weak", to: "2025-01-01" });
    const ps = problems(t);
    expect(ps.map((p) => [p.constructor, p.location.path, p.field, p.related?.path])).toEqual([
      [OutOfBoundsError, "$.ties[0]", "from", "$.people[0]"],
      [OutOfBoundsError, "$.ties[1]", "to", "$.people[0]"],
    ]);
  });

  it("cuts open ends instead of reporting them", () => {
    const t = base();
    t.roles.push({ person: "a", project: "p", role: "initiator" });
    t.ties.push({ a: "a", b: "b", strength: "strong" });
    expect(problems(t)).toEqual([]);
  });
});

describe("several problems", () => {
  it("reports all of them together and loads nothing", () => {
    const t = base();
    t.people.push({ id: "a", origin: "local" });
    t.roles.push({ person: "zz", project: "p", role: "participant" });
    t.ties.push({ a: "b", b: "b", strength: "strong" }, { a: "a", b: "c", strength: "weak", from: "2020-01-01", to: "2019-01-01" });
    let error: unknown;
    try {
      createTown(t);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TownValidationError);
    const ps = (error as TownValidationError).problems;
    expect(ps.map((p) => p.name)).toEqual(["DuplicateIdError", "UnresolvedReferenceError", "SelfTieError", "PeriodOrderError"]);
    expect((error as Error).message).toContain("4 problems");
  });

  it("skips checks that need a malformed or unresolved field", () => {
    const t = base();
    t.roles.push({ person: "zz", project: "p", role: "participant", from: "2010-01-01" });
    t.ties.push({ a: "a", b: "c", strength: "weak", from: "bad" }, { a: "a", b: "c", strength: "weak" });
    const ps = problems(t);
    // the tie with a malformed date is not compared with the other tie of the pair;
    // the role's bound against the (existing) project is still checked, nothing against the unknown person
    expect(ps.map((p) => [p.name, p.location.path, p.related?.path])).toEqual([
      ["UnresolvedReferenceError", "$.roles[0]", undefined],
      ["OutOfBoundsError", "$.roles[0]", "$.projects[0]"],
      ["MalformedDateError", "$.ties[0]", undefined],
    ]);
  });
});
