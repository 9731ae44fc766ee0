/**
 * The example town 架空町 (Kasora) in examples/town/: the committed files are exactly what the
 * generator produces, they load, the three copies (JSON, CSV UTF-8, CSV Shift_JIS) are the same
 * town, and the storyline the README tells is really in the data.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { addDays, createTown, dayNumber, type RoleName, type RoleRecord, type Town } from "@kankei/core";
import { parseTown, readCsvBundle, serializeTown } from "@kankei/core/io";
import { describe, expect, it } from "vitest";
import { AS_OF, buildExampleTown } from "../../examples/town/build.mjs";

const DIR = new URL("../../examples/town/", import.meta.url);
const JSON_TEXT = readFileSync(new URL("town.json", DIR), "utf8");
const town: Town = parseTown(JSON_TEXT, { source: "examples/town/town.json" });
const T = town.date(); // the town's asOf

const days = (from: string, to: string) => dayNumber(to)! - dayNumber(from)!;
const rank: Record<RoleName, number> = { initiator: 4, cooperator: 3, supporter: 2, participant: 1 };
const sector = (id: string) => town.person(id)?.sector;
const origin = (id: string) => town.person(id)?.origin;
/** True when `a` and `b` have a tie of this strength active at `t`. */
const tiedAt = (a: string, b: string, t: string, strength?: "strong" | "weak") =>
  town.tiesOf(a, t).some((e) => e.partner === b && (strength === undefined || e.strength === strength));
/** Role records of one person in one project, by start. */
const rolesIn = (person: string, project: string): readonly Readonly<RoleRecord>[] =>
  town.roleHistory(person).filter((r) => r.project === project);

/** Readable bytes of every file in a folder of the example. */
function bundle(folder: string): Record<string, Uint8Array> {
  const dir = new URL(`${folder}/`, DIR);
  return Object.fromEntries(readdirSync(dir).map((f) => [f, new Uint8Array(readFileSync(new URL(f, dir)))]));
}

describe("examples/town: the files", () => {
  it("town.json is exactly what build.mjs produces now (it cannot drift)", () => {
    expect(JSON_TEXT).toBe(serializeTown(createTown(buildExampleTown())));
  });

  it("the generator is deterministic", () => {
    expect(JSON.stringify(buildExampleTown())).toBe(JSON.stringify(buildExampleTown()));
  });

  it("loads with parseTown and describes 1 April 2025", () => {
    expect(town.info.asOf).toBe(AS_OF);
    expect(T).toBe("2025-04-01");
    expect(town.name).toBe("架空町");
  });

  it("keeps extra fields on the records", () => {
    expect(town.project("workation")?.budgetYen).toBe("5000000");
    expect(town.project("tourism-lab")?.applicants).toBe("23");
    expect(town.person("c02")?.note).toMatch(/stayed on/i);
    expect(town.person("g01")?.nameEn).toBe("Sato Kenji");
    expect(town.contributions.some((c) => c.micUse === "hometown-tax")).toBe(true);
  });

  const copies = ["csv", "csv-sjis"].filter((d) => existsSync(new URL(`${d}/`, DIR)));

  it("has both CSV copies", () => {
    expect(copies).toEqual(["csv", "csv-sjis"]);
    expect(Object.keys(bundle("csv")).sort()).toEqual(["contributions.csv", "people.csv", "projects.csv", "roles.csv", "ties.csv", "town.csv"]);
  });

  it("csv/ is UTF-8 with a BOM and English headers; csv-sjis/ is Shift_JIS with Japanese headers and values", () => {
    const utf8 = bundle("csv")["roles.csv"]!;
    expect([...utf8.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder("utf-8").decode(utf8)).toMatch(/^person,project,role,from,to\r\n/);
    const sjis = bundle("csv-sjis")["roles.csv"]!;
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(sjis)).toThrow();
    const text = new TextDecoder("shift_jis").decode(sjis);
    expect(text.split("\r\n")[0]).not.toMatch(/^person,/);
    expect(text).toContain("仕掛け人");
    expect(text).not.toContain("initiator");
  });

  it.each(copies)("%s/ is the same town as town.json (readCsvBundle)", (folder) => {
    const fromCsv = readCsvBundle(bundle(folder), { source: `examples/town/${folder}` });
    expect(fromCsv.toRecords()).toEqual(town.toRecords());
  });
});

describe("examples/town: the shape of the town", () => {
  it("has 150-300 people, 8-12 projects and at least 8 years of history", () => {
    expect(town.people.length).toBeGreaterThanOrEqual(150);
    expect(town.people.length).toBeLessThanOrEqual(300);
    expect(town.projects.length).toBeGreaterThanOrEqual(8);
    expect(town.projects.length).toBeLessThanOrEqual(12);
    const first = town.projects.map((p) => p.start!).sort()[0]!;
    expect(first).toBe("2016-04-01");
    expect(days(first, T)).toBeGreaterThanOrEqual(8 * 365);
  });

  it("has a pyramid of roles and a majority of weak ties", () => {
    const n = (role: RoleName) => town.roles.filter((r) => r.role === role).length;
    expect(n("initiator")).toBeLessThan(n("cooperator"));
    expect(n("cooperator")).toBeLessThan(n("supporter"));
    expect(n("supporter")).toBeLessThan(n("participant"));
    const strong = town.ties.filter((e) => e.strength === "strong").length;
    expect(town.ties.length - strong).toBeGreaterThan(strong);
  });

  it("ties its project cores strongly (most cooperators have a strong tie to a current initiator)", () => {
    let cooperators = 0;
    let tied = 0;
    for (const p of town.projectsAt(T)) {
      const members = town.membersAt(p.id, T);
      const initiators = town.initiatorsAt(p.id, T);
      for (const m of members.filter((x) => x.role === "cooperator")) {
        cooperators++;
        if (initiators.some((i) => tiedAt(m.person, i, T, "strong"))) tied++;
      }
    }
    expect(cooperators).toBeGreaterThan(10);
    expect(tied / cooperators).toBeGreaterThanOrEqual(0.7);
  });

  it("gives outsiders MLIT relationship kinds with simple visits the largest share", () => {
    const outsiders = town.people.filter((p) => p.origin === "outsider");
    expect(outsiders.every((p) => p.relationship !== undefined)).toBe(true);
    const count = (k: string) => outsiders.filter((p) => p.relationship === k).length;
    const kinds = ["visit", "kinship", "leisure", "exchange", "work", "direct"];
    for (const k of kinds) expect(count(k)).toBeGreaterThan(0);
    for (const k of kinds.filter((x) => x !== "visit")) expect(count("visit")).toBeGreaterThan(count(k));
    expect(count("leisure")).toBeLessThan(count("visit"));
    expect(count("direct")).toBeLessThan(count("leisure"));
    expect(count("direct") / outsiders.length).toBeLessThanOrEqual(0.05);
  });

  it("records contributions of every resource kind", () => {
    for (const r of ["people", "goods", "money", "information"]) {
      expect(town.contributions.some((c) => c.resource === r)).toBe(true);
    }
  });
});

describe("examples/town: the storyline", () => {
  const officers = town.people.filter((p) => p.sector === "government");

  it("municipal officers initiate projects and rotate out after 2-3 years, staying in the records", () => {
    expect(officers.length).toBeGreaterThanOrEqual(8);
    expect(officers.every((p) => p.origin === "local")).toBe(true);
    const ended = town.roles.filter((r) => r.role === "initiator" && sector(r.person) === "government" && r.to !== undefined);
    expect(ended.length).toBeGreaterThanOrEqual(6);
    for (const r of ended) {
      expect(days(r.from!, r.to!), `${r.person} in ${r.project}`).toBeGreaterThanOrEqual(2 * 365);
      expect(days(r.from!, r.to!), `${r.person} in ${r.project}`).toBeLessThanOrEqual(3 * 366);
      expect(town.isPresent(r.person, T)).toBe(true);
    }
  });

  it("officers in post carry tenureEnds, some within a year of asOf", () => {
    const core = officers.filter((p) => town.rolesAt(p.id, T).some((r) => rank[r.role] >= 3));
    expect(core.length).toBeGreaterThanOrEqual(3);
    for (const p of core) expect(p.tenureEnds, p.id).toBeDefined();
    const soon = officers.filter((p) => p.tenureEnds !== undefined && p.tenureEnds > T && p.tenureEnds <= addDays(T, 365));
    expect(soon.length).toBeGreaterThanOrEqual(2);
  });

  /** Every initiator change inside a project: the old initiator's role ends the day the new one's starts. */
  const handovers = town.projects.flatMap((p) => {
    const inits = town.projectHistory(p.id).filter((r) => r.role === "initiator");
    return inits.flatMap((old) =>
      inits
        .filter((next) => old.to !== undefined && next.from === old.to && next.person !== old.person)
        .map((next) => ({ project: p.id, from: old.person, to: next.person, date: old.to! })),
    );
  });
  /** A prepared successor: held a lower role in the project before, with a strong tie to the old initiator. */
  const prepared = handovers.filter(
    (h) =>
      rolesIn(h.to, h.project).some((r) => r.role !== "initiator" && r.from! < h.date) &&
      tiedAt(h.from, h.to, addDays(h.date, -1), "strong"),
  );

  it("hands projects over to prepared successors when officers rotate out", () => {
    expect(prepared.map((h) => `${h.project}:${h.from}>${h.to}`)).toEqual(
      expect.arrayContaining(["hometown-tax:g05>b01", "workation:g01>c02", "tourism-lab:g07>n02"]),
    );
    for (const h of prepared.filter((x) => sector(x.from) === "government")) {
      // the old officer steps back into a lower role rather than leaving the project at once
      const after = town.roleAt(h.from, h.project, h.date);
      expect(after === undefined || rank[after] < rank.initiator).toBe(true);
    }
    expect(prepared.some((h) => town.roleAt(h.from, h.project, h.date) === "supporter")).toBe(true);
    // and the successors are not officers: the lead moves from the town hall to the town
    expect(prepared.filter((h) => sector(h.from) === "government" && sector(h.to) !== "government").length).toBeGreaterThanOrEqual(3);
  });

  it("also replaces an officer by an unprepared officer (akiya-bank)", () => {
    const h = handovers.find((x) => x.project === "akiya-bank");
    expect(h).toMatchObject({ from: "g09", to: "g08", date: "2023-04-01" });
    expect(prepared.some((x) => x.project === "akiya-bank")).toBe(false);
  });

  it("orphans projects whose initiator leaves with nobody taking over", () => {
    const orphaned = town.projects.filter((p) => {
      const inits = town.projectHistory(p.id).filter((r) => r.role === "initiator");
      if (inits.length === 0) return false;
      const last = inits.map((r) => town.roleSpan(town.roles.indexOf(r)).to).reduce((a, b) => Math.max(a, b));
      const end = town.projectSpan(p.id).to;
      return last < end; // the project lived on without an initiator
    });
    const ids = orphaned.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(["fanclub", "english-camp", "trial-stay"]));
    // the fan club is still active, with members, and no initiator
    expect(town.isActive("fanclub", T)).toBe(true);
    expect(town.initiatorsAt("fanclub", T)).toEqual([]);
    expect(town.membersAt("fanclub", T).length).toBeGreaterThan(20);
    // the English camp and the trial stays closed after their initiators left
    for (const id of ["english-camp", "trial-stay"]) {
      const p = town.project(id)!;
      expect(p.end).toBeDefined();
      expect(town.isActive(id, T)).toBe(false);
      expect(town.initiatorsAt(id, addDays(p.end!, -1))).toEqual([]);
    }
    // the English camp's initiator was a corps member who left at the end of his term
    expect(town.person("c01")).toMatchObject({ sector: "corps", left: "2019-10-01", tenureEnds: "2019-10-01" });
  });

  it("brings 地域おこし協力隊 members for 3-year terms; some leave, some stay and lead", () => {
    const corps = town.people.filter((p) => p.sector === "corps");
    expect(corps.length).toBeGreaterThanOrEqual(8);
    for (const p of corps) {
      expect(p.origin).toBe("outsider");
      expect(p.joined).toBeDefined();
      expect(p.tenureEnds, p.id).toBe(`${Number(p.joined!.slice(0, 4)) + 3}${p.joined!.slice(4)}`);
      if (p.left !== undefined) expect(p.left <= p.tenureEnds!).toBe(true);
    }
    const leftAtTermEnd = corps.filter((p) => p.left !== undefined && p.left === p.tenureEnds);
    const stayed = corps.filter((p) => p.left === undefined && p.tenureEnds! <= T);
    const serving = corps.filter((p) => p.left === undefined && p.tenureEnds! > T);
    expect(leftAtTermEnd.length).toBeGreaterThanOrEqual(2);
    expect(stayed.length).toBeGreaterThanOrEqual(2);
    expect(serving.length).toBeGreaterThanOrEqual(2);
    for (const p of stayed) expect(town.isPresent(p.id, T)).toBe(true);
    // stayers hold core roles after their term, and at least one initiates a project
    const coreAfterTerm = (id: string, role: RoleName) =>
      town.roleHistory(id).some((r) => r.role === role && town.roleSpan(town.roles.indexOf(r)).to > dayNumber(town.person(id)!.tenureEnds!)!);
    expect(stayed.filter((p) => coreAfterTerm(p.id, "initiator")).length).toBeGreaterThanOrEqual(2);
    expect(stayed.every((p) => coreAfterTerm(p.id, "initiator") || coreAfterTerm(p.id, "cooperator"))).toBe(true);
  });

  it("draws outsiders in over insiders' weak ties that start shortly before their first role", () => {
    const outsiders = town.people.filter((p) => p.origin === "outsider" && p.sector !== "corps");
    const joinedOverWeakTie = outsiders.filter((p) => {
      const first = town.roleHistory(p.id)[0];
      if (!first?.from) return false;
      return town.tieHistory(p.id).some((e) => {
        const partner = e.a === p.id ? e.b : e.a;
        return (
          e.strength === "weak" &&
          origin(partner) === "local" &&
          e.from !== undefined &&
          e.from <= first.from! &&
          days(e.from, first.from!) <= 120 &&
          tiedAt(p.id, partner, first.from!, "weak")
        );
      });
    });
    expect(joinedOverWeakTie.length).toBeGreaterThanOrEqual(40);
    expect(joinedOverWeakTie.length / outsiders.length).toBeGreaterThanOrEqual(0.3);
    // and some came in two hops: over a weak tie to another outsider who was already involved
    const viaOutsider = outsiders.filter((p) => {
      const first = town.roleHistory(p.id)[0];
      return (
        first?.from !== undefined &&
        town.tiesOf(p.id, first.from).some((e) => e.strength === "weak" && origin(e.partner) === "outsider" && town.rolesAt(e.partner, first.from).length > 0)
      );
    });
    expect(viaOutsider.length).toBeGreaterThanOrEqual(3);
  });

  it("lets an outsider who came as a visitor reach the core of the resident-run market", () => {
    expect(rolesIn("o001", "market").map((r) => r.role)).toEqual(["participant", "supporter", "cooperator"]);
    expect(town.roleAt("o001", "market", T)).toBe("cooperator");
    expect(tiedAt("o001", "r001", T, "strong")).toBe(true);
  });

  it("has a resident-led project that grows its own initiators (participant > cooperator > initiator)", () => {
    const grown = town.projects
      .filter((p) => p.lead === "private")
      .flatMap((p) =>
        town.projectHistory(p.id)
          .filter((r) => r.role === "initiator" && sector(r.person) === "resident")
          .filter((init) => {
            const before = rolesIn(init.person, p.id).filter((r) => r.from! < init.from!);
            return before.some((r) => r.role === "participant") && before.some((r) => r.role === "cooperator");
          })
          .map((init) => `${p.id}:${init.person}`),
      );
    expect(grown).toContain("market:r002");
    // its founder, also a resident, stepped back to cooperator and is still in the project
    expect(rolesIn("r001", "market").map((r) => r.role)).toEqual(["initiator", "cooperator"]);
    expect(town.initiatorsAt("market", T)).toEqual(["r002"]);
    expect(town.roleAt("r001", "market", T)).toBe("cooperator");
    // and the next stand-in is on the way: another resident who started as a participant
    expect(rolesIn("r003", "market").map((r) => r.role)).toEqual(["participant", "supporter", "cooperator"]);
  });

  it("circulates roles: a corps alumnus steps back in one project to launch another", () => {
    expect(rolesIn("c03", "market").map((r) => r.role)).toEqual(["participant", "cooperator", "supporter"]);
    expect(town.projectHistory("forest-school").find((r) => r.role === "initiator")).toMatchObject({ person: "c03", from: "2021-04-01" });
  });
});
