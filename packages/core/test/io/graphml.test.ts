import { describe, expect, it } from "vitest";
import { test } from "@fast-check/vitest";
import Graph from "graphology";
import { parse as parseGraphML } from "graphology-graphml";
import { DOMParser, onErrorStopParsing } from "@xmldom/xmldom";
import { UsageError, createTown, isoDate } from "../../src/index.js";
import { toGraphML } from "../../src/io.js";
import { arbitraryTown } from "../../src/testing.js";

/** Parses with a strict XML parser (any error fails) and returns the document. */
function xml(text: string) {
  return new DOMParser({ onError: onErrorStopParsing }).parseFromString(text, "application/xml");
}

const read = (text: string) => parseGraphML(Graph, text);

// Characters XML 1.0 cannot carry, even as references.
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Decodes a `roles` text into its entries. */
function roleEntries(text: string): { project: string; role: string; from: string; to: string }[] {
  return text.split(";").map((entry) => {
    const [project, role, from, to] = entry.split(":");
    return { project: decodeURIComponent(project!), role: role!, from: from!, to: to! };
  });
}

const town = createTown({
  town: { id: "kaku", name: "架空町 <&>", asOf: "2024-04-01", region: "北海道" },
  people: [
    { id: "ito", name: "伊藤 <&\"'>", origin: "local", sector: "government", joined: "2019-04-01", left: "2022-04-01", tenureEnds: "2022-03-31", memo: "行1\r\n行2\tタブ" },
    { id: "kim", name: "キム", origin: "outsider", sector: "corps", joined: "2020-04-01", relationship: "work", score: 3 },
    { id: "sato", origin: "local", label: "an extra field named label" },
    { id: "ghost", origin: "outsider", joined: "2021-01-01", left: "2021-01-01" },
    { id: "a<&\"'>b", name: "制御\u0001文字", origin: "outsider" },
  ],
  projects: [
    { id: "fan", name: "ファンクラブ", start: "2019-04-01", budget: 100 },
    { id: "mk:t", name: "マルシェ", start: "2020-01-01", end: "2023-01-01" },
  ],
  roles: [
    { person: "ito", project: "fan", role: "initiator", to: "2021-04-01" },
    { person: "ito", project: "fan", role: "supporter", from: "2021-04-01" },
    { person: "kim", project: "fan", role: "cooperator", to: "2021-04-01" },
    { person: "kim", project: "fan", role: "initiator", from: "2021-04-01" },
    { person: "kim", project: "mk:t", role: "participant" },
  ],
  ties: [
    { a: "ito", b: "kim", strength: "weak", kind: "同僚", to: "2020-10-01" },
    { a: "ito", b: "kim", strength: "strong", kind: "同僚", from: "2020-10-01", since: 2020 },
    { a: "kim", b: "sato", strength: "weak" },
    { a: "sato", b: "a<&\"'>b", strength: "strong" },
    { a: "kim", b: "sato", strength: "strong", from: "2023-01-01", to: "2023-01-01" },
  ],
});

describe("toGraphML", () => {
  const text = toGraphML(town);

  it("writes well-formed GraphML with typed keys and an undirected graph", () => {
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const doc = xml(text);
    expect(doc.documentElement!.tagName).toBe("graphml");
    expect(doc.documentElement!.namespaceURI).toBe("http://graphml.graphdrawing.org/xmlns");
    expect(doc.getElementsByTagName("graph")[0]!.getAttribute("edgedefault")).toBe("undirected");
    const keys = Array.from(doc.getElementsByTagName("key")).map((k) => `${k.getAttribute("for")}:${k.getAttribute("attr.name")}:${k.getAttribute("attr.type")}`);
    expect(keys).toEqual([
      "graph:id:string",
      "graph:name:string",
      "graph:asOf:string",
      "graph:projects:string",
      "graph:region:string",
      "node:name:string",
      "node:label:string",
      "node:origin:string",
      "node:sector:string",
      "node:relationship:string",
      "node:joined:string",
      "node:left:string",
      "node:tenureEnds:string",
      "node:roles:string",
      "node:memo:string",
      "node:score:string",
      "node:extra.label:string",
      "edge:strength:string",
      "edge:kind:string",
      "edge:from:string",
      "edge:to:string",
      "edge:activeFrom:string",
      "edge:activeTo:string",
      "edge:since:string",
    ]);
    expect(ILLEGAL.test(text)).toBe(false);
  });

  it("loads in graphology-graphml: every person a node, every tie record an edge, parallel edges kept", () => {
    const g = read(text);
    expect(g.order).toBe(5);
    expect(g.size).toBe(5);
    expect(g.multi).toBe(true);
    expect(g.type).toBe("undirected");
    expect(g.edges().sort()).toEqual(["t0", "t1", "t2", "t3", "t4"]);
    expect(g.extremities("t0").sort()).toEqual(["ito", "kim"]);
    expect(g.extremities("t1").sort()).toEqual(["ito", "kim"]);
    expect(g.extremities("t3").sort()).toEqual(["a<&\"'>b", "sato"]);
  });

  it("keeps the graph's data: the town and its projects", () => {
    const g = read(text);
    expect(g.getAttributes()).toMatchObject({ id: "kaku", name: "架空町 <&>", asOf: "2024-04-01", region: "北海道" });
    expect(JSON.parse(g.getAttribute("projects") as string)).toEqual([
      { id: "fan", name: "ファンクラブ", start: "2019-04-01", budget: 100 },
      { id: "mk:t", name: "マルシェ", start: "2020-01-01", end: "2023-01-01" },
    ]);
  });

  it("keeps node data, Japanese names, line breaks and characters that need escaping", () => {
    const g = read(text);
    expect(g.getNodeAttributes("ito")).toEqual({
      name: "伊藤 <&\"'>",
      label: "伊藤 <&\"'>",
      origin: "local",
      sector: "government",
      joined: "2019-04-01",
      left: "2022-04-01",
      tenureEnds: "2022-03-31",
      memo: "行1\r\n行2\tタブ",
      roles: "fan:initiator:2019-04-01:2021-04-01;fan:supporter:2021-04-01:2022-04-01",
    });
    expect(g.getNodeAttributes("kim")).toMatchObject({ name: "キム", relationship: "work", score: "3" });
    expect(g.getNodeAttributes("sato")).toEqual({ name: "sato", label: "sato", origin: "local", "extra.label": "an extra field named label" });
    expect(g.getNodeAttribute("a<&\"'>b", "name")).toBe("制御\uFFFD文字");
    expect(g.hasNode("ghost")).toBe(true);
  });

  it("summarises each person's role history with cut, half-open periods", () => {
    const g = read(text);
    expect(roleEntries(g.getNodeAttribute("kim", "roles") as string)).toEqual([
      { project: "fan", role: "cooperator", from: "2020-04-01", to: "2021-04-01" },
      { project: "mk:t", role: "participant", from: "2020-04-01", to: "2023-01-01" },
      { project: "fan", role: "initiator", from: "2021-04-01", to: "" },
    ]);
    expect(g.hasNodeAttribute("sato", "roles")).toBe(false);
  });

  it("writes each tie's own dates and its period after the cut", () => {
    const g = read(text);
    expect(g.getEdgeAttributes("t0")).toEqual({ strength: "weak", kind: "同僚", to: "2020-10-01", activeFrom: "2020-04-01", activeTo: "2020-10-01" });
    expect(g.getEdgeAttributes("t1")).toEqual({
      strength: "strong",
      kind: "同僚",
      from: "2020-10-01",
      activeFrom: "2020-10-01",
      activeTo: "2022-04-01",
      since: "2020",
    });
    expect(g.getEdgeAttributes("t2")).toEqual({ strength: "weak", activeFrom: "2020-04-01" });
    expect(g.getEdgeAttributes("t3")).toEqual({ strength: "strong" });
    expect(g.getEdgeAttributes("t4")).toMatchObject({ activeFrom: "2023-01-01", activeTo: "2023-01-01" });
    expect(g.hasEdgeAttribute("t1", "weight")).toBe(false);
  });

  it("describes keys in the chosen language only when asked", () => {
    expect(text.includes("<desc>")).toBe(false);
    const ja = xml(toGraphML(town, { lang: "ja" }));
    const desc = (name: string) =>
      Array.from(ja.getElementsByTagName("key"))
        .find((k) => k.getAttribute("attr.name") === name)
        ?.getElementsByTagName("desc")[0]?.textContent;
    expect(desc("origin")).toBe("地域内・地域外");
    expect(desc("strength")).toBe("紐帯の強さ");
    expect(read(toGraphML(town, { lang: "ja" })).getNodeAttribute("ito", "origin")).toBe("local");
  });

  it("writes an empty town", () => {
    const g = read(toGraphML(createTown({})));
    expect(g.order).toBe(0);
    expect(g.getAttribute("projects")).toBe("[]");
  });

  it("refuses ids that become equal once made XML-safe", () => {
    const clash = createTown({ people: [{ id: "a\u0001", origin: "local" }, { id: "a\u0002", origin: "local" }] });
    expect(() => toGraphML(clash)).toThrow(UsageError);
  });
});

describe("toGraphML on generated towns", () => {
  test.prop([arbitraryTown({ alphabet: "unicode" })], { numRuns: 150 })("loads in graphology-graphml with every record", (t) => {
    const text = toGraphML(t);
    expect(ILLEGAL.test(text)).toBe(false);
    xml(text);
    const g = read(text);
    expect(g.order).toBe(t.people.length);
    expect(g.size).toBe(t.ties.length);
    for (const p of t.people) {
      const attrs = g.getNodeAttributes(p.id);
      expect(attrs.name).toBe(p.name ?? p.id);
      expect(attrs.origin).toBe(p.origin);
      for (const [field, value] of Object.entries(p)) {
        if (field === "id" || field === "name") continue;
        expect(attrs[field]).toBe(value);
      }
      const history = t.roleHistory(p.id);
      if (history.length === 0) expect(attrs.roles).toBeUndefined();
      else expect(roleEntries(attrs.roles as string).map((e) => `${e.project}/${e.role}`)).toEqual(history.map((r) => `${r.project}/${r.role}`));
    }
    t.ties.forEach((e, i) => {
      const attrs = g.getEdgeAttributes(`t${i}`);
      expect(g.extremities(`t${i}`).sort()).toEqual([e.a, e.b].sort());
      for (const [field, value] of Object.entries(e)) {
        if (field === "a" || field === "b") continue;
        expect(attrs[field]).toBe(value);
      }
      const span = t.tieSpan(i);
      expect(attrs.activeFrom).toBe(Number.isFinite(span.from) ? isoDate(span.from) : undefined);
      expect(attrs.activeTo).toBe(Number.isFinite(span.to) ? isoDate(span.to) : undefined);
    });
    expect(JSON.parse(g.getAttribute("projects") as string)).toEqual(t.projects);
  });
});
