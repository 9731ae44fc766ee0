/**
 * Any string is a working id (issue 11, item 7): ids that are names of `Object.prototype`
 * (`__proto__`, `constructor`, `toString`, `hasOwnProperty`, `valueOf`) and ids shared by a
 * person and a project run through the whole public API of @kankei/core: every exported function
 * that takes a town (each measure with its default options), snapshot and the history graph,
 * and the JSON, CSV, GEXF and GraphML writers and readers.
 */
import { DOMParser, onErrorStopParsing } from "@xmldom/xmldom";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as core from "../../src/index.js";
import * as io from "../../src/io.js";
import {
  ConvergenceError,
  KankeiError,
  UsageError,
  createTown,
  graphKeyOf,
  idOfGraphKey,
  summarizeTown,
  type Town,
} from "../../src/index.js";
import { parseTown, readCsvBundle, serializeTown, toGexf, toGraphML, writeCsvBundle } from "../../src/io.js";
import { arbitraryTown } from "../../src/testing.js";

export const HOSTILE_IDS = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"] as const;
const ids = fc.oneof(fc.constantFrom(...HOSTILE_IDS), fc.constantFrom("1", "2", "a", "佐藤", "kankei:x"));

/** Arguments beyond the town, for the exported functions that need them. */
function argsFor(name: string, town: Town): unknown[] | undefined {
  const someone = town.people[0]?.id ?? "nobody";
  const day = town.defaultDate === undefined ? 0 : town.day();
  switch (name) {
    case "modularity":
      return [(id: string) => (id.length % 2 === 0 ? "__proto__" : "constructor")];
    case "departureImpact":
      return [town.people.slice(0, 2).map((p) => p.id)];
    case "departureLikelihood":
      return town.people.length === 0 ? undefined : [someone];
    case "handoverOptions":
    case "projectOutcome": {
      // the first project active at the town's date, whose id may be hostile too
      const active = town.defaultDate === undefined ? [] : town.projectsAt(town.date());
      if (active.length === 0) return undefined;
      return name === "projectOutcome" ? [active[0]!.id, town.date()] : [active[0]!.id];
    }
    case "townAsKnownAt":
      return town.defaultDate === undefined ? undefined : [town.date()];
    case "applyEvents":
    case "formatScenario":
      return [[]];
    case "simulate":
      return [{ years: 1, seed: 1 }];
    case "networkAt":
    case "compileTieGraph":
      return [undefined];
    case "resolveWindow":
      return [{}];
    case "exposure":
      return [day, day + 365, town.people.map(() => [])];
    case "buildRoster":
    case "orphanedSince":
      return [day];
    case "departuresAt":
      return undefined; // internal options object: covered through successionRisk
    case "writeTownFile":
      return undefined; // writes files: the CSV and JSON writers are covered here
    default:
      return [];
  }
}

// the main entry and the file formats of the io entry
const TOWN_FUNCTIONS = Object.entries({ ...core, ...io }).filter(
  ([, f]) => typeof f === "function" && !/^class\b/.test(String(f)) && /^function\s*\w*\s*\(\s*town\b/.test(String(f)),
) as [string, (...args: unknown[]) => unknown][];

function checkResult(name: string, town: Town, result: unknown): void {
  const present = new Set(town.defaultDate === undefined ? [] : town.peopleAt(town.date()).map((p) => p.id));
  if (result && typeof result === "object" && "values" in result && (result as { values: unknown }).values instanceof Map) {
    const values = (result as { values: Map<string, unknown> }).values;
    for (const [id, v] of values) {
      expect(present.has(id), `${name}: ${JSON.stringify(id)} is a present person`).toBe(true);
      expect(typeof v === "number" || typeof v === "string" || typeof v === "boolean", `${name}: value of ${JSON.stringify(id)}`).toBe(true);
    }
  }
}

function xml(text: string): Document {
  return new DOMParser({ onError: onErrorStopParsing }).parseFromString(text, "application/xml") as unknown as Document;
}

describe("hostile ids through the whole public API", () => {
  it("finds the functions of a town to run", () => {
    const names = TOWN_FUNCTIONS.map(([n]) => n);
    for (const n of ["betweenness", "communities", "successionRisk", "weakTieReach", "circulation", "eiIndex", "brokerage", "coreCohesion", "pagerank", "toGexf", "summarizeTown"]) {
      expect(names).toContain(n);
    }
  });

  it("every function of a town runs without a non-Kankei error, with sensible results", () => {
    fc.assert(
      fc.property(arbitraryTown({ ids, maxPeople: 8, maxProjects: 4, maxTies: 16, maxRoles: 16 }), (town) => {
        for (const [name, f] of TOWN_FUNCTIONS) {
          const args = argsFor(name, town);
          if (args === undefined) continue;
          let result: unknown;
          try {
            result = f(town, ...args);
          } catch (e) {
            // a town with no date at all has no default date for a measure: a UsageError by design
            const allowed =
              (e instanceof UsageError && town.defaultDate === undefined) ||
              // a simulation starts on or after the town's last change (a documented precondition)
              (e instanceof UsageError && name === "simulate" && /last change/.test(e.message)) ||
              (e instanceof ConvergenceError && /eigenvector|pagerank/.test(name));
            if (!allowed) throw new Error(`${name} threw ${(e as Error).name}: ${(e as Error).message}`);
            expect(e).toBeInstanceOf(KankeiError);
            continue;
          }
          checkResult(name, town, result);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("snapshot and the history graph key every person, and give the ids back", () => {
    fc.assert(
      fc.property(arbitraryTown({ ids, maxPeople: 8 }), (town) => {
        const g = town.graph;
        expect(g.order).toBe(town.people.length);
        expect(new Set(g.nodes().map(idOfGraphKey))).toEqual(new Set(town.people.map((p) => p.id)));
        expect(g.size).toBe(town.ties.length);
        if (town.defaultDate === undefined) return;
        const s = town.snapshot();
        expect(s.order).toBe(town.peopleAt(town.date()).length);
        expect(s.size).toBe(town.tiesAt(town.date()).length);
        s.forEachNode((key, a) => {
          const id = idOfGraphKey(key);
          expect(graphKeyOf(id)).toBe(key);
          expect(a.name).toBe(town.personName(id));
          for (const [project, role] of Object.entries(a.roles)) expect(town.roleAt(id, project, town.date())).toBe(role);
        });
      }),
      { numRuns: 60 },
    );
  });

  it("JSON, CSV, GEXF and GraphML carry hostile ids exactly", () => {
    fc.assert(
      fc.property(arbitraryTown({ ids, maxPeople: 8 }), (town) => {
        const records = town.toRecords();
        expect(parseTown(serializeTown(town)).toRecords()).toEqual(records);
        expect(readCsvBundle(writeCsvBundle(town)).toRecords()).toEqual(records);
        expect(readCsvBundle(writeCsvBundle(town, { lang: "ja", encoding: "shift_jis" })).toRecords()).toEqual(records);
        const gexfIds = Array.from(xml(toGexf(town)).getElementsByTagName("node"), (n) => n.getAttribute("id"));
        // GEXF leaves out people never present (joined = left): they have no spell on its timeline
        const everPresent = town.people.filter((p) => !(p.joined !== undefined && p.left !== undefined && p.joined >= p.left));
        expect(gexfIds).toEqual(everPresent.map((p) => p.id));
        const graphmlIds = Array.from(xml(toGraphML(town)).getElementsByTagName("node"), (n) => n.getAttribute("id"));
        expect(graphmlIds.length).toBeLessThanOrEqual(town.people.length);
      }),
      { numRuns: 40 },
    );
  });
});

describe("a person without a name is shown by their own id (issue 11, item 6)", () => {
  const town = createTown({
    town: { asOf: "2024-04-01" },
    people: [{ id: "1", origin: "local" }, { id: "2", name: "佐藤", origin: "outsider" }],
    projects: [{ id: "1", name: "ファンクラブ" }, { id: "2" }],
    roles: [{ person: "1", project: "1", role: "initiator" }, { person: "2", project: "2", role: "initiator" }],
  });

  it("personName and projectName never borrow the other's name; nameOf prefers the person", () => {
    expect(town.personName("1")).toBe("1");
    expect(town.projectName("1")).toBe("ファンクラブ");
    expect(town.projectName("2")).toBe("2");
    expect(town.nameOf("1")).toBe("1");
    expect(town.nameOf("2")).toBe("佐藤");
  });

  it("the summary names projects by their own name and snapshot nodes by the person's", () => {
    const s = summarizeTown(town);
    expect(s.projects.map((p) => p.name)).toEqual(["ファンクラブ", "2"]);
    expect(town.snapshot().getNodeAttribute("1", "name")).toBe("1");
  });

  it("measures and results as JSON keep an id named __proto__", () => {
    const t = createTown({
      town: { asOf: "2024-04-01" },
      people: [{ id: "__proto__", origin: "local" }, { id: "constructor", origin: "outsider" }, { id: "toString", origin: "local" }],
      ties: [{ a: "__proto__", b: "constructor", strength: "strong" }, { a: "constructor", b: "toString", strength: "weak" }],
    });
    const b = core.betweenness(t);
    expect([...b.values.keys()]).toEqual(["__proto__", "constructor", "toString"]);
    expect(b.values.get("constructor")).toBe(1);
    const json = core.toJSONValue(b) as { values: Record<string, number> };
    expect(Object.keys(json.values)).toEqual(["__proto__", "constructor", "toString"]);
    expect(core.communities(t).count).toBeGreaterThan(0);
  });
});
