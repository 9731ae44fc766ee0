import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { GEXF_NAMESPACE, GRAPHML_NAMESPACE, serializeTown } from "@kankei/core/io";
import { readTownFile } from "@kankei/core/node";
import { describe, expect, it } from "vitest";
import { convertKind } from "../src/index.js";
import { example, root, run, tempDir, writeTown } from "./helpers.js";

const town = readTownFile(example);
const original = serializeTown(town);

/** Parses XML strictly: any error or warning fails the test. */
function parseXml(text: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level: string, msg: string) => problems.push(`${level}: ${msg}`) }).parseFromString(text, "text/xml");
  expect(problems).toEqual([]);
  return doc as unknown as Document;
}

describe("kankei convert: round trips", () => {
  it("JSON → CSV (Japanese, Shift_JIS) → JSON is lossless on the example town", () => {
    const dir = tempDir();
    const csv = join(dir, "bundle");
    const back = join(dir, "back.json");
    const a = run(["convert", example, csv, "--lang", "ja", "--encoding", "shift_jis"]);
    expect(a.code).toBe(0);
    expect(a.out).toContain("（CSV 一式）：人物 269、事業 11"); // --lang also sets the language of the message
    // really Japanese headers in Shift_JIS: not valid UTF-8, and decodes as Shift_JIS
    const people = readFileSync(join(csv, "people.csv"));
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(people)).toThrow();
    const header = new TextDecoder("shift_jis").decode(people).split("\r\n")[0]!;
    expect(header.startsWith("ID,氏名,出自,所属")).toBe(true);
    expect(new TextDecoder("shift_jis").decode(readFileSync(join(csv, "roles.csv")))).toContain("仕掛け人");
    const b = run(["convert", csv, back]);
    expect(b.code).toBe(0);
    expect(readFileSync(back, "utf8")).toBe(original);
  });

  it("JSON → CSV (English, UTF-8) → JSON is lossless too, and so is reading the example bundles", () => {
    const dir = tempDir();
    expect(run(["convert", example, join(dir, "csv"), "--lang", "en", "--encoding", "utf-8"]).code).toBe(0);
    const header = readFileSync(join(dir, "csv", "people.csv"), "utf8").replace(/^\uFEFF/, "").split("\r\n")[0]!;
    expect(header.startsWith("id,name,origin")).toBe(true);
    expect(run(["convert", join(dir, "csv"), join(dir, "back.json")]).code).toBe(0);
    expect(readFileSync(join(dir, "back.json"), "utf8")).toBe(original);
    expect(run(["convert", join(root, "examples/town/csv-sjis"), join(dir, "sjis.json")]).code).toBe(0);
    expect(readFileSync(join(dir, "sjis.json"), "utf8")).toBe(original);
  });

  it("JSON → GEXF parses as XML with a node per person and an edge per tie with a period", () => {
    const file = join(tempDir(), "town.gexf");
    const r = run(["convert", example, file, "--lang", "ja"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("（GEXF）");
    const doc = parseXml(readFileSync(file, "utf8"));
    expect(doc.documentElement.namespaceURI).toBe(GEXF_NAMESPACE);
    const nodes = doc.getElementsByTagName("node");
    expect(nodes.length).toBe(town.people.length);
    expect(nodes[0]!.getAttribute("id")).toBe(town.people[0]!.id);
    const withPeriod = town.ties.filter((_, i) => {
      const s = town.tieSpan(i);
      return s.from < s.to;
    }).length;
    expect(doc.getElementsByTagName("edge").length).toBe(withPeriod);
    expect(readFileSync(file, "utf8")).toContain('<attribute id="origin" title="地域内・地域外"'); // --lang ja: Japanese titles
  });

  it("JSON → GraphML parses as XML with a node per person and an edge per tie", () => {
    const file = join(tempDir(), "town.graphml");
    expect(run(["convert", example, file]).code).toBe(0);
    const doc = parseXml(readFileSync(file, "utf8"));
    expect(doc.documentElement.namespaceURI).toBe(GRAPHML_NAMESPACE);
    expect(doc.getElementsByTagName("node").length).toBe(town.people.length);
    expect(doc.getElementsByTagName("edge").length).toBe(town.ties.length);
  });

  it("CSV → GEXF works from a bundle folder", () => {
    const file = join(tempDir(), "from-csv.gexf");
    expect(run(["convert", join(root, "examples/town/csv"), file]).code).toBe(0);
    expect(parseXml(readFileSync(file, "utf8")).getElementsByTagName("node").length).toBe(town.people.length);
  });
});

describe("kankei convert: what it refuses", () => {
  it("cannot read GEXF or GraphML (exit 2)", () => {
    const dir = tempDir();
    const gexf = join(dir, "town.gexf");
    expect(run(["convert", example, gexf]).code).toBe(0);
    const r = run(["convert", gexf, join(dir, "back.json")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`cannot read ${gexf}: reading GEXF is not supported`);
    expect(run(["convert", join(dir, "x.graphml"), join(dir, "y.json")]).err).toContain("reading GraphML is not supported");
    expect(existsSync(join(dir, "back.json"))).toBe(false);
  });

  it("does not overwrite without --force", () => {
    const dir = tempDir();
    const out = join(dir, "town.json");
    writeFileSync(out, "keep me");
    const r = run(["convert", example, out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${out} already exists; add --force to replace it`);
    expect(readFileSync(out, "utf8")).toBe("keep me");
    expect(run(["convert", example, out, "--force"]).code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(original);
    // a non-empty folder is an existing CSV bundle; an empty one is not
    const folder = join(dir, "csv");
    expect(run(["convert", example, folder]).code).toBe(0);
    expect(run(["convert", example, folder]).code).toBe(2);
    mkdirSync(join(dir, "empty"));
    expect(run(["convert", example, join(dir, "empty")]).code).toBe(0);
    expect(readdirSync(join(dir, "empty"))).toContain("people.csv");
  });

  it("replaces a bundle folder whole: table files of another naming go with the old bundle", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "人物.csv"), "ID,氏名,出自\r\n");
    const r = run(["convert", example, dir, "--force", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(readdirSync(dir)).not.toContain("人物.csv");
    expect(serializeTown(readTownFile(dir))).toBe(original);
  });

  it("refuses to replace a folder holding other files, even with --force (they would be lost)", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "notes.txt"), "keep me");
    const r = run(["convert", example, dir, "--force"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("notes.txt");
    expect(readdirSync(dir)).toEqual(["notes.txt"]);
  });

  it("exits 2 on wrong usage, naming the problem", () => {
    const dir = tempDir();
    const cases: [string[], RegExp][] = [
      [["convert", example], /convert needs <in> and <out>/],
      [["convert", example, join(dir, "a.xlsx")], /cannot tell what .*a\.xlsx is/],
      [["convert", example, join(dir, "people.csv")], /a CSV bundle is a folder/],
      [["convert", example, join(dir, "a.json"), "--encoding", "shift_jis"], /--encoding applies to a CSV bundle only/],
      [["convert", example, join(dir, "b"), "--encoding", "latin1"], /cannot write the encoding "latin1"/],
      [["convert", example, join(dir, "c"), "--format", "md"], /unknown option --format for "kankei convert"/],
      [["convert", example, join(dir, "d"), "-x"], /unknown option -x/],
      [["convert", join(dir, "missing.json"), join(dir, "e.json")], /no such file or folder: .*missing\.json/],
    ];
    for (const [args, message] of cases) {
      const r = run(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.err).toMatch(message);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it("exits 1 on an invalid town, naming the record, and writes nothing", () => {
    const bad = writeTown({ format: "kankei-town", version: 1, people: [{ id: "a", origin: "local" }, { id: "a", origin: "abroad" }] });
    const out = join(tempDir(), "out.json");
    const r = run(["convert", bad, out]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("$.people[1]");
    expect(r.err).toContain("origin");
    expect(existsSync(out)).toBe(false);
  });

  it("exits 1 when a value cannot be written in Shift_JIS, naming file, row and field", () => {
    const emoji = writeTown({ format: "kankei-town", version: 1, people: [{ id: "a", origin: "local" }, { id: "b", name: "祭り🎉", origin: "local" }] });
    const r = run(["convert", emoji, join(tempDir(), "csv"), "--encoding", "shift_jis"]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/people\.csv.*row 3/);
    expect(r.err).toContain("name");
  });

  it("tells the kind of a path", () => {
    expect(convertKind("a/b.GraphML")).toBe("graphml");
    expect(convertKind(join(root, "examples/town/csv"))).toBe("csv");
    expect(convertKind("no-extension")).toBe("csv");
  });

  it("has help", () => {
    const r = run(["convert", "--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("kankei convert <in> <out> [--lang ja|en] [--encoding utf-8|shift_jis] [--force]");
    expect(r.out).toContain("Reading GEXF or GraphML is not supported");
  });
});
