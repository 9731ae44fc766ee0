import { describe, expect, it } from "vitest";
import { test } from "@fast-check/vitest";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { DOMParser, onErrorStopParsing } from "@xmldom/xmldom";
import { UsageError, addDays, createTown, type Town } from "../../src/index.js";
import { toGexf } from "../../src/io.js";
import { arbitraryTown } from "../../src/testing.js";

/** Parses with a strict XML parser (any error fails; warnings such as "U+FFFD seen" are fine) and returns the document. */
function xml(text: string) {
  return new DOMParser({ onError: onErrorStopParsing }).parseFromString(text, "application/xml");
}

type Doc = ReturnType<typeof xml>;
type El = ReturnType<Doc["getElementsByTagName"]>[number];

function children(parent: El | Doc, tag: string): El[] {
  return Array.from(parent.getElementsByTagName(tag));
}

function byId(doc: Doc, tag: "node" | "edge", id: string): El {
  const found = children(doc, tag).find((e) => e.getAttribute("id") === id);
  if (!found) throw new Error(`no ${tag} ${id}`);
  return found;
}

function spellsOf(el: El): { start: string | null; end: string | null }[] {
  return children(el, "spell").map((s) => ({ start: s.getAttribute("start"), end: s.getAttribute("end") }));
}

function attvaluesOf(el: El, id: string): { value: string | null; start: string | null; end: string | null }[] {
  return children(el, "attvalue")
    .filter((a) => a.getAttribute("for") === id)
    .map((a) => ({ value: a.getAttribute("value"), start: a.getAttribute("start"), end: a.getAttribute("end") }));
}

const read = (text: string) => parseGexf(Graph, text);

// Characters XML 1.0 cannot carry, even as references.
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const town = createTown({
  town: { name: "架空町 <&>", asOf: "2024-04-01" },
  people: [
    // An officer posted 2019–2022: initiator of the fan club, hands over in 2021, stays as supporter.
    { id: "ito", name: "伊藤 <&\"'>", origin: "local", sector: "government", joined: "2019-04-01", left: "2022-04-01", memo: "行1\n行2\tタブ" },
    // A corps member who takes over as initiator.
    { id: "kim", name: "キム", origin: "outsider", sector: "corps", joined: "2020-04-01", relationship: "work" },
    { id: "sato", origin: "local", sector: "resident", role: "extra field named like an attribute" },
    // Never present: joined = left.
    { id: "ghost", origin: "outsider", joined: "2021-01-01", left: "2021-01-01" },
    { id: "a<&\"'>b", name: "制御\u0001文字", origin: "outsider" },
  ],
  projects: [
    { id: "fan", name: "ファンクラブ", start: "2019-04-01" },
    { id: "mk:t", name: "マルシェ", start: "2020-01-01", end: "2023-01-01" },
  ],
  roles: [
    { person: "ito", project: "fan", role: "initiator", to: "2021-04-01" },
    { person: "ito", project: "fan", role: "supporter", from: "2021-04-01" },
    { person: "kim", project: "fan", role: "cooperator", to: "2021-04-01" },
    { person: "kim", project: "fan", role: "initiator", from: "2021-04-01" },
    { person: "kim", project: "mk:t", role: "participant" },
    { person: "sato", project: "fan", role: "participant", from: "2022-01-01" },
  ],
  ties: [
    // The same pair, weak first, then strong: parallel edges.
    { a: "ito", b: "kim", strength: "weak", kind: "同僚", to: "2020-10-01" },
    { a: "ito", b: "kim", strength: "strong", kind: "同僚", from: "2020-10-01", since: 2020 },
    { a: "kim", b: "sato", strength: "weak" },
    { a: "sato", b: "a<&\"'>b", strength: "strong" },
    // Empty after the cut: from = to.
    { a: "kim", b: "sato", strength: "strong", from: "2023-01-01", to: "2023-01-01" },
  ],
});

describe("toGexf", () => {
  const text = toGexf(town);
  const doc = xml(text);

  it("writes well-formed GEXF 1.3 with a dynamic, undirected, date-interval graph", () => {
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const root = doc.documentElement!;
    expect(root.tagName).toBe("gexf");
    expect(root.namespaceURI).toBe("http://gexf.net/1.3");
    expect(root.getAttribute("version")).toBe("1.3");
    const graph = children(doc, "graph")[0]!;
    expect(graph.getAttribute("mode")).toBe("dynamic");
    expect(graph.getAttribute("defaultedgetype")).toBe("undirected");
    expect(graph.getAttribute("timeformat")).toBe("date");
    expect(graph.getAttribute("timerepresentation")).toBe("interval");
    expect(ILLEGAL.test(text)).toBe(false);
  });

  it("loads in graphology-gexf: people present at some time as nodes, ties as parallel edges", () => {
    const g = read(text);
    expect(g.order).toBe(4);
    expect(g.nodes().sort()).toEqual(["a<&\"'>b", "ito", "kim", "sato"]);
    expect(g.hasNode("ghost")).toBe(false);
    expect(g.size).toBe(4);
    expect(g.multi).toBe(true);
    expect(g.type).toBe("undirected");
    expect(g.edges().sort()).toEqual(["t0", "t1", "t2", "t3"]);
    expect(g.extremities("t1").sort()).toEqual(["ito", "kim"]);
    expect(g.getEdgeAttributes("t0")).toMatchObject({ strength: "weak", kind: "同僚", weight: 1 });
    expect(g.getEdgeAttributes("t1")).toMatchObject({ strength: "strong", kind: "同僚", weight: 2, since: "2020" });
    expect(g.extremities("t3").sort()).toEqual(["a<&\"'>b", "sato"]);
  });

  it("keeps node attributes, Japanese names and characters that need escaping", () => {
    const g = read(text);
    expect(g.getNodeAttributes("ito")).toMatchObject({
      label: "伊藤 <&\"'>",
      origin: "local",
      sector: "government",
      joined: "2019-04-01",
      left: "2022-04-01",
      memo: "行1\n行2\tタブ",
    });
    expect(g.getNodeAttributes("kim")).toMatchObject({ label: "キム", origin: "outsider", sector: "corps", relationship: "work" });
    expect(g.getNodeAttribute("sato", "label")).toBe("sato");
    // An extra field that clashes with a written attribute keeps its value under another name.
    expect(g.getNodeAttribute("sato", "extra.role")).toBe("extra field named like an attribute");
    // A control character cannot be written in XML 1.0: it becomes U+FFFD.
    expect(g.getNodeAttribute("a<&\"'>b", "label")).toBe("制御\uFFFD文字");
    expect(g.getAttribute("description")).toContain("架空町 <&>");
    expect(g.getAttribute("description")).toContain("2024-04-01");
    expect(g.getAttribute("description")).toContain("ファンクラブ");
  });

  it("encodes a half-open presence [joined, left) as an inclusive spell ending on the last day present", () => {
    expect(spellsOf(byId(doc, "node", "ito"))).toEqual([{ start: "2019-04-01", end: "2022-03-31" }]);
    expect(spellsOf(byId(doc, "node", "kim"))).toEqual([{ start: "2020-04-01", end: null }]);
    expect(spellsOf(byId(doc, "node", "sato"))).toEqual([]); // present at all times
    // The weak tie ends the day before the strong one starts: touching periods never overlap.
    expect(spellsOf(byId(doc, "edge", "t0"))).toEqual([{ start: "2020-04-01", end: "2020-09-30" }]);
    expect(spellsOf(byId(doc, "edge", "t1"))).toEqual([{ start: "2020-10-01", end: "2022-03-31" }]);
    expect(spellsOf(byId(doc, "edge", "t2"))).toEqual([{ start: "2020-04-01", end: null }]);
    expect(children(doc, "edge").some((e) => e.getAttribute("id") === "t4")).toBe(false);
  });

  it("replays the role rotation as dynamic attributes", () => {
    const ito = byId(doc, "node", "ito");
    expect(attvaluesOf(ito, "role")).toEqual([
      { value: "initiator", start: "2019-04-01", end: "2021-03-31" },
      { value: "supporter", start: "2021-04-01", end: "2022-03-31" },
    ]);
    const kim = byId(doc, "node", "kim");
    expect(attvaluesOf(kim, "role")).toEqual([
      { value: "cooperator", start: "2020-04-01", end: "2021-03-31" },
      { value: "initiator", start: "2021-04-01", end: null },
    ]);
    // The marché ends on 2023-01-01: the project id's ':' is percent-encoded in the text.
    expect(attvaluesOf(kim, "roles")).toEqual([
      { value: "fan:cooperator;mk%3At:participant", start: "2020-04-01", end: "2021-03-31" },
      { value: "fan:initiator;mk%3At:participant", start: "2021-04-01", end: "2022-12-31" },
      { value: "fan:initiator", start: "2023-01-01", end: null },
    ]);
    expect(attvaluesOf(kim, "role:mk:t")).toEqual([{ value: "participant", start: "2020-04-01", end: "2022-12-31" }]);
    expect(attvaluesOf(kim, "role:fan")).toEqual([
      { value: "cooperator", start: "2020-04-01", end: "2021-03-31" },
      { value: "initiator", start: "2021-04-01", end: null },
    ]);
    // Present without a role: "none"; a person with no role at all has no roles text.
    const sato = byId(doc, "node", "sato");
    expect(attvaluesOf(sato, "role")).toEqual([
      { value: "none", start: null, end: "2021-12-31" },
      { value: "participant", start: "2022-01-01", end: null },
    ]);
    expect(attvaluesOf(byId(doc, "node", "a<&\"'>b"), "role")).toEqual([{ value: "none", start: null, end: null }]);
    expect(attvaluesOf(byId(doc, "node", "a<&\"'>b"), "roles")).toEqual([]);
    // graphology-gexf keeps the last value written, which is the latest in time.
    expect(read(text).getNodeAttribute("kim", "role")).toBe("initiator");
  });

  it("gives edge attributes the tie's own period, so that Gephi's merge of parallel edges keeps the history", () => {
    expect(attvaluesOf(byId(doc, "edge", "t1"), "strength")).toEqual([{ value: "strong", start: "2020-10-01", end: "2022-03-31" }]);
    expect(attvaluesOf(byId(doc, "edge", "t2"), "strength")).toEqual([{ value: "weak", start: "2020-04-01", end: null }]);
  });

  it("declares one dynamic attribute block per class, with titles in the chosen language", () => {
    const blocks = (d: Doc) =>
      children(d, "attributes").map((b) => ({
        cls: b.getAttribute("class"),
        mode: b.getAttribute("mode"),
        ids: children(b, "attribute").map((a) => a.getAttribute("id")),
      }));
    expect(blocks(doc)).toEqual([
      {
        cls: "node",
        mode: "dynamic",
        ids: ["origin", "sector", "relationship", "joined", "left", "tenureEnds", "memo", "extra.role", "role", "roles", "role:fan", "role:mk:t"],
      },
      { cls: "edge", mode: "dynamic", ids: ["strength", "kind", "since"] },
    ]);
    const ja = xml(toGexf(town, { lang: "ja" }));
    const title = (d: Doc, id: string) => children(d, "attribute").find((a) => a.getAttribute("id") === id)?.getAttribute("title");
    expect(title(ja, "origin")).toBe("地域内・地域外");
    expect(title(ja, "role:fan")).toBe("役割: ファンクラブ");
    expect(title(doc, "role:fan")).toBe("role in ファンクラブ");
    expect(children(ja, "description")[0]!.textContent).toContain("関係人口ネットワーク");
    // Values stay code names in every language.
    expect(read(toGexf(town, { lang: "ja" })).getNodeAttribute("ito", "origin")).toBe("local");
  });

  it("can leave out weights and per-project roles", () => {
    const g = read(toGexf(town, { weights: false, projectRoles: false }));
    expect(g.hasEdgeAttribute("t1", "weight")).toBe(false);
    expect(g.getEdgeAttribute("t1", "strength")).toBe("strong");
    expect(g.hasNodeAttribute("kim", "role:fan")).toBe(false);
    expect(g.getNodeAttribute("kim", "role")).toBe("initiator");
  });

  it("writes an empty town", () => {
    const empty = toGexf(createTown({}));
    const g = read(empty);
    expect(g.order).toBe(0);
    expect(g.size).toBe(0);
  });

  it("refuses ids that become equal once made XML-safe", () => {
    const clash = createTown({ people: [{ id: "a\u0001", origin: "local" }, { id: "a\u0002", origin: "local" }] });
    expect(() => toGexf(clash)).toThrow(UsageError);
  });
});

/** The highest role of a person at an ISO date, as written in the `role` attribute. */
function highest(t: Town, person: string, date: string): string {
  return t.highestRoleAt(person, date) ?? "none";
}

describe("toGexf on generated towns", () => {
  test.prop([arbitraryTown({ alphabet: "unicode" })], { numRuns: 150 })(
    "loads in graphology-gexf and agrees with the town at both ends of every interval",
    (t) => {
      const text = toGexf(t);
      expect(ILLEGAL.test(text)).toBe(false);
      const doc = xml(text);
      const g = read(text);

      const present = t.people.filter((p) => {
        const s = t.personSpan(p.id);
        return s.from < s.to;
      });
      expect(g.order).toBe(present.length);
      for (const p of present) {
        expect(g.getNodeAttribute(p.id, "label")).toBe(p.name ?? p.id);
        expect(g.getNodeAttribute(p.id, "origin")).toBe(p.origin);
      }
      const active = t.ties.map((_, i) => i).filter((i) => t.tieSpan(i).from < t.tieSpan(i).to);
      expect(g.size).toBe(active.length);
      for (const i of active) {
        const e = t.ties[i]!;
        expect(g.extremities(`t${i}`).sort()).toEqual([e.a, e.b].sort());
        expect(g.getEdgeAttribute(`t${i}`, "strength")).toBe(e.strength);
      }

      // Every dynamic `role` value holds on its first and on its last day, and the values
      // of a person never overlap.
      for (const node of children(doc, "node")) {
        const id = node.getAttribute("id")!;
        let previousEnd: string | null | undefined;
        for (const v of attvaluesOf(node, "role")) {
          if (v.start !== null) expect(highest(t, id, v.start)).toBe(v.value);
          if (v.end !== null) expect(highest(t, id, v.end)).toBe(v.value);
          if (previousEnd !== undefined) {
            expect(previousEnd).not.toBeNull();
            expect(v.start).toBe(addDays(previousEnd!, 1));
          }
          previousEnd = v.end;
        }
      }
      // Every node spell starts on the day the person joined and ends the day before they left.
      for (const p of present) {
        const spell = spellsOf(byId(doc, "node", p.id));
        const s = t.personSpan(p.id);
        if (!Number.isFinite(s.from) && !Number.isFinite(s.to)) expect(spell).toEqual([]);
        else expect(spell).toEqual([{ start: p.joined ?? null, end: p.left === undefined ? null : addDays(p.left, -1) }]);
      }
    },
  );
});
