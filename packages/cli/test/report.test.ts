import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  RISK_LEVELS,
  SUCCESSION_TERMS,
  TERMS,
  circulation,
  compareByRisk,
  successionRisk,
  summarizeTown,
  weakTieReach,
  yearsBefore,
  type Town,
} from "@kankei/core";
import { readTownFile } from "@kankei/core/node";
import { describe, expect, it } from "vitest";
import { escapeHtml, escapeMarkdown } from "../src/index.js";
import { LEVEL_COLOURS } from "../src/report/svg.js";
import { example, root, run, tempDir, writeTown } from "./helpers.js";

const town: Town = readTownFile(example);
const risk = successionRisk(town);
/** Active projects in the core's order (level, orphaned first, R, id), as the report must rank them. */
const expectedOrder = risk.projects;
/** The level cell of a project's row: 仕掛け人不在 first. */
const levelCell = (p: { orphaned: boolean; level: (typeof RISK_LEVELS)[number] }, lang: "en" | "ja") =>
  p.orphaned ? `**${SUCCESSION_TERMS[lang].orphaned}**${lang === "ja" ? "、" : ", "}${SUCCESSION_TERMS[lang].level[p.level]}` : SUCCESSION_TERMS[lang].level[p.level];

const EVIL = "<script>alert(1)</script>";
const AMP = `&"'<b>bold</b>`;
/** A town whose names and ids try to break out of HTML and Markdown; x is a single point of failure. */
const hostile = {
  format: "kankei-town",
  version: 1,
  town: { id: "evil", name: `Town ${EVIL}`, asOf: "2024-04-01" },
  people: [
    { id: "x", name: EVIL, origin: "local", sector: "resident" },
    { id: "y", name: AMP, origin: "local", sector: "resident" },
    { id: "o<1>", name: "Robert'); DROP TABLE--", origin: "outsider" },
  ],
  projects: [
    { id: "p1", name: AMP },
    { id: "p2", name: "a|b *c* [d](e)" },
    { id: "p3", name: "<img src=x onerror=alert(2)>" },
  ],
  roles: [
    { person: "x", project: "p1", role: "initiator" },
    { person: "x", project: "p2", role: "initiator" },
    { person: "y", project: "p1", role: "participant" },
    { person: "o<1>", project: "p3", role: "participant" },
  ],
  ties: [
    { a: "x", b: "y", strength: "strong" },
    { a: "y", b: "o<1>", strength: "weak" },
  ],
};

function tableRows(md: string, header: string): string[] {
  const lines = md.split("\n");
  const start = lines.findIndex((l) => l.startsWith(`| ${header} |`));
  const rows: string[] = [];
  for (let i = start + 2; i < lines.length && lines[i]!.startsWith("|"); i++) rows.push(lines[i]!);
  return rows;
}

describe("kankei report: Markdown", () => {
  it("ranks the projects by succession risk, the most at risk first (English)", () => {
    const r = run(["report", example, "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out.startsWith("# Relationship-population report: 架空町")).toBe(true);
    const rows = tableRows(r.out, "#");
    expect(rows).toHaveLength(expectedOrder.length);
    expectedOrder.forEach((p, k) => {
      expect(rows[k]).toContain(`| ${k + 1} | ${p.name} (${p.project}) | ${levelCell(p, "en")} |`);
    });
    // the orphaned fan club comes first (high, like the vacant-house bank, and orphaned), in the whole text too
    const top = expectedOrder[0]!;
    expect(top.project).toBe("fanclub");
    expect(rows[0]).toContain("| 1 | 架空町ファンクラブ (fanclub) | **no initiator**, high |");
    for (const other of expectedOrder.slice(1)) expect(r.out.indexOf(top.name)).toBeLessThan(r.out.indexOf(other.name));
    // the reasons are the core's
    expect(r.out).toContain("posting or term ends on 2026-04-01, within the horizon: chance of leaving 1");
    expect(r.out).toContain("no stand-in (nobody with readiness 0.5 or more)");
    expect(r.out).toContain("- **no initiator since 2022-04-01 (the last was 高橋 翔太)**");
    for (const section of ["## 1. Projects by succession risk", "## 2. Single points of failure", "## 3. Weak-tie reach", "## 4. Circulation", "## 5. The town at a glance"]) {
      expect(r.out).toContain(section);
    }
    expect(r.out).toContain("| over all ties | 153 | 91 |");
    expect(r.out).toContain("| over strong ties only | 12 | 2 |");
    expect(r.out).toContain("Roles that changed from 2020-04-01 to 2025-04-01");
  });

  it("writes Japanese with the core's terms", () => {
    const r = run(["report", example, "--lang", "ja"]);
    expect(r.code).toBe(0);
    expect(r.out.startsWith("# 関係人口ネットワーク報告書：架空町")).toBe(true);
    expect(r.out).toContain("## 1. 後継リスクの高い順の事業");
    const rows = tableRows(r.out, "順位");
    expect(rows[0]).toContain("| 1 | 架空町ファンクラブ (fanclub) | **仕掛け人不在**、高 |");
    expect(rows[1]).toContain("| 2 | 空き家バンク (akiya-bank) | 高 |");
    expect(r.out).toContain("- **仕掛け人不在（2022-04-01 から。最後の仕掛け人は 高橋 翔太）**");
    expect(r.out).toContain("任期・異動の予定日 2026-04-01 が期間内：離脱の見込み 1");
    expect(r.out).toContain(`| ${TERMS.ja.role.initiator} | 6 | 2 | 8 |`);
    expect(r.out).not.toContain("Projects by succession risk");
  });

  it("follows KANKEI_LANG and the locale when --lang is absent", () => {
    expect(run(["report", example], { KANKEI_LANG: "ja" }).out).toContain("後継リスク");
    expect(run(["report", example], { LANG: "ja_JP.UTF-8" }).out).toContain("後継リスク");
    expect(run(["report", example], { LANG: "en_US.UTF-8" }).out).toContain("succession risk");
  });

  it("escapes hostile names so they cannot break a table or inject HTML", () => {
    const r = run(["report", writeTown(hostile), "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain(EVIL);
    expect(r.out).toContain("\\<script\\>alert(1)\\</script\\>");
    expect(r.out).toContain("a\\|b \\*c\\* \\[d\\](e)");
    // every table row keeps its column count
    const rows = tableRows(r.out, "#");
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(11);
    expect(escapeMarkdown("| x |")).toBe("\\| x \\|");
  });
});

describe("kankei report: JSON", () => {
  it("ranks by R descending with the exact values of successionRisk", () => {
    const r = run(["report", example, "--format", "json", "--lang", "en"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect([doc.format, doc.version, doc.lang, doc.date]).toEqual(["kankei-report", 1, "en", "2025-04-01"]);
    const keys = doc.succession.projects.map((p: { id: string; level: "low"; orphaned: boolean; risk: number }) => ({ project: p.id, level: p.level, orphaned: p.orphaned, risk: p.risk }));
    expect([...keys].sort(compareByRisk)).toEqual(keys);
    expect(doc.succession.projects.map((p: { id: string }) => p.id)).toEqual(expectedOrder.map((p) => p.project));
    doc.succession.projects.forEach((p: Record<string, unknown>, k: number) => {
      const core = expectedOrder[k]!;
      expect(p.risk).toBe(core.risk);
      expect(p.exposure).toBe(core.exposure);
      expect(p.benchStrength).toBe(core.benchStrength);
      expect(p.level).toBe(core.level);
      expect(p.orphaned).toBe(core.orphaned);
      expect((p.standIns as { id: string }[]).map((s) => s.id)).toEqual(core.standIns);
      expect((p.initiators as { id: string; q: number }[]).map((i) => [i.id, i.q])).toEqual(core.initiators.map((i) => [i.id, i.q]));
    });
    expect(doc.succession.levels).toEqual(risk.town.levels);
    const reach = weakTieReach(town, { perPerson: false, criticalTies: false });
    expect([doc.reach.all, doc.reach.strongOnly, doc.reach.gain, doc.reach.gainShare]).toEqual([reach.all, reach.strongOnly, reach.gain, reach.gainShare]);
    expect(doc.reach.outsiders).toEqual(reach.outsiders);
    const c = circulation(town, { from: yearsBefore("2025-04-01", 5) });
    expect(doc.circulation.from).toBe("2020-04-01");
    expect(doc.circulation.newInitiators.count).toBe(c.newInitiators.count);
    expect(doc.circulation.departingInitiators.shareInProject).toBe(c.departingInitiators.shareInProject);
    expect(doc.circulation.outsidersToCore.list.map((o: { id: string }) => o.id)).toEqual(c.outsidersToCore.list.map((o) => o.person));
    expect(doc.circulation.initiatorTenure.meanYears).toBe(c.initiatorTenure.meanYears);
    const s = summarizeTown(town);
    expect(doc.summary.byRole).toEqual(s.people.byRole);
    expect(doc.summary.present).toBe(s.people.present);
  });

  it("holds the same data in both languages; only the labels differ", () => {
    const en = JSON.parse(run(["report", example, "--format", "json", "--lang", "en"]).out);
    const ja = JSON.parse(run(["report", example, "--format", "json", "--lang", "ja"]).out);
    expect(ja.labels.level).toEqual({ critical: "危機", high: "高", moderate: "中", low: "低" });
    expect(ja.labels.role.initiator).toBe(TERMS.ja.role.initiator);
    expect(en.labels.role.initiator).toBe("initiator");
    for (const doc of [en, ja]) {
      delete doc.lang;
      delete doc.labels;
    }
    expect(ja).toEqual(en);
  });

  it("writes an undefined share as null, keeps names as they are, and lists single points of failure", () => {
    const file = writeTown(hostile);
    const r = run(["report", file, "--format", "json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.circulation.newInitiators.count).toBe(0);
    expect(doc.circulation.newInitiators.shareInProject).toBeNull();
    expect(r.out).not.toContain("NaN");
    expect(doc.town.name).toBe(`Town ${EVIL}`);
    const core = successionRisk(readTownFile(file)).town.singlePointsOfFailure;
    expect(core).toEqual([{ id: "x", projects: ["p1", "p2"] }]);
    expect(doc.singlePointsOfFailure).toHaveLength(1);
    const spof = doc.singlePointsOfFailure[0];
    expect([spof.id, spof.name]).toEqual(["x", EVIL]);
    // in the what-if's order (the core's: p2 is left with nobody, R = 1)
    expect(spof.projects.map((p: { project: string; levelAfter: string }) => [p.project, p.levelAfter])).toEqual([
      ["p2", "critical"],
      ["p1", "critical"],
    ]);
  });

  it("takes --as-of and --years", () => {
    const r = run(["report", example, "--format", "json", "--as-of", "2021-04-01", "--years", "2"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.date).toBe("2021-04-01");
    expect([doc.circulation.from, doc.circulation.to, doc.circulation.years]).toEqual(["2019-04-01", "2021-04-01", 2]);
    const then = successionRisk(town, { t: "2021-04-01" });
    expect(doc.succession.projects.map((p: { id: string }) => p.id).sort()).toEqual(then.projects.map((p) => p.project).sort());
    expect(doc.succession.projects.map((p: { id: string }) => p.id)).toEqual(then.projects.map((p) => p.project));
  });
});

describe("kankei report: HTML", () => {
  for (const lang of ["en", "ja"] as const) {
    it(`is one self-contained page with charts and print rules (${lang})`, () => {
      const r = run(["report", example, "--format", "html", "--lang", lang]);
      expect(r.code).toBe(0);
      const html = r.out;
      expect(html.startsWith(`<!DOCTYPE html>\n<html lang="${lang}">`)).toBe(true);
      expect(html.match(/<svg/g)).toHaveLength(2);
      // nothing is fetched: no script, no external stylesheet, font or image, no URL at all
      expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
      expect(html).not.toMatch(/(src|href)\s*=/i);
      expect(html).not.toContain("://");
      // print rules for A4
      expect(html).toContain("@media print");
      expect(html).toContain("page-break-inside: avoid");
      expect(html).toContain("size: A4");
      const print = html.slice(html.indexOf("@media print"));
      expect(print).toMatch(/body \{[^}]*background: #fff/);
      // one risk bar per active project, coloured by its level (Okabe–Ito)
      const bars = [...html.matchAll(/<rect x="\d+" y="[\d.]+" width="[\d.]+" height="16" fill="(#[0-9A-F]{6})" stroke/g)].map((m) => m[1]);
      expect(bars).toEqual(expectedOrder.map((p) => LEVEL_COLOURS[p.level]));
      for (const l of RISK_LEVELS) expect(html).toContain(`.level-${l} { background: ${LEVEL_COLOURS[l]}; }`);
      // the orphaned fan club comes first in the table, with the 仕掛け人不在 badge before its level
      const firstRow = html.slice(html.indexOf("<tbody>"), html.indexOf("</tr>", html.indexOf("<tbody>")));
      expect(firstRow).toContain("架空町ファンクラブ");
      expect(firstRow).toContain(`<span class="level orphaned">${SUCCESSION_TERMS[lang].orphaned}</span> <span class="level level-high">`);
      expect(html).toContain(lang === "ja" ? "後継リスクの高い順の事業" : "Projects by succession risk");
    });
  }

  it("escapes every name and id", () => {
    const r = run(["report", writeTown(hostile), "--format", "html", "--lang", "ja"]);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain(EVIL);
    expect(r.out).not.toContain("<b>bold");
    expect(r.out).not.toContain("<img");
    expect(r.out).not.toContain("o<1>");
    expect(r.out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(r.out).toContain("&amp;&quot;&#39;&lt;b&gt;bold&lt;/b&gt;");
    expect(r.out).toContain("o&lt;1&gt;");
    // the single point of failure is shown, escaped
    const spof = r.out.slice(r.out.indexOf('<section id="spof">'), r.out.indexOf('<section id="reach">'));
    expect(spof).toContain('<td>&lt;script&gt;alert(1)&lt;/script&gt; <span class="id">(x)</span></td>');
    expect(spof.match(/<tr>/g)).toHaveLength(3); // the header and the two projects that become critical
    expect(r.out).not.toMatch(/<script/i);
  });

  it("escapeHtml escapes the five HTML characters", () => {
    expect(escapeHtml("<script>alert(1)</script>")).toBe("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(escapeHtml(`&"'`)).toBe("&amp;&quot;&#39;");
    expect(escapeHtml("町 plain")).toBe("町 plain");
  });
});

describe("kankei report: files and usage", () => {
  it("writes --out, choosing the format from the extension", () => {
    const dir = tempDir();
    const file = join(dir, "sub", "report.html");
    const r = run(["report", example, "--out", file, "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`wrote the report to ${file}\n`);
    expect(readFileSync(file, "utf8").startsWith("<!DOCTYPE html>")).toBe(true);
    const md = join(dir, "report.txt");
    expect(run(["report", example, "--out", md, "--format", "md"]).code).toBe(0);
    expect(readFileSync(md, "utf8").startsWith("# ")).toBe(true);
  });

  it("exits 2 on wrong usage, naming the problem", () => {
    const cases: [string[], RegExp][] = [
      [["report"], /report needs one <town>/],
      [["report", example, example], /report needs one <town>/],
      [["report", example, "--format", "pdf"], /--format must be one of md, html, json/],
      [["report", example, "--colour", "red"], /unknown option --colour/],
      [["report", example, "--out", "report.txt"], /cannot tell the format of --out report.txt: end it in .html, .htm, .json, .md, .markdown, or pass --format/],
      [["report", example, "--out", "report"], /cannot tell the format of --out report/],
      [["report", example, "--years", "0"], /--years must be from 1 to 100/],
      [["report", example, "--as-of", "2021-02-30"], /--as-of must be a real date written YYYY-MM-DD, not "2021-02-30"/],
      [["report", example, "--lang", "fr"], /--lang must be one of ja, en/],
      [["report", example, "--out"], /--out needs a value/],
      [["report", "/nonexistent/town.json"], /no such file or folder: \/nonexistent\/town.json/],
    ];
    for (const [args, message] of cases) {
      const r = run(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.out).toBe("");
    }
  });

  it("exits 1 on an invalid town, naming the record, and writes nothing", () => {
    const bad = { ...hostile, roles: [...hostile.roles, { person: "nobody", project: "p1", role: "initiator" }] };
    const out = join(tempDir(), "r.md");
    const r = run(["report", writeTown(bad), "--out", out]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("$.roles[4]");
    expect(existsSync(out)).toBe(false);
  });

  it("reads a CSV bundle as well (the Shift_JIS example gives the same report)", () => {
    const fromCsv = run(["report", join(root, "examples/town/csv-sjis"), "--format", "json"]);
    expect(fromCsv.code).toBe(0);
    expect(fromCsv.out).toBe(run(["report", example, "--format", "json"]).out);
  });

  it("shows progress on stderr only when stderr is a terminal, and clears it", () => {
    expect(run(["report", example, "--lang", "en"], {}, false).err).toBe("");
    const tty = run(["report", example, "--lang", "en"], {}, true);
    expect(tty.err).toContain("\rmeasuring…");
    expect(tty.err.endsWith("\r")).toBe(true);
    expect(tty.out.startsWith("# ")).toBe(true);
  });

  it("asks for --as-of when the town has no date at all", () => {
    const undated = writeTown({ format: "kankei-town", version: 1, people: [{ id: "a", origin: "local" }] });
    const r = run(["report", undated]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("has no date at all (no asOf, no dated record): pass --as-of DATE");
    expect(run(["report", undated, "--as-of", "2024-04-01"]).code).toBe(0);
  });

  it("details and charts only the highest projects of a large town, and says so", () => {
    const file = join(tempDir(), "big.json");
    expect(run(["generate", "--people", "2000", "--seed", "4", "--out", file]).code).toBe(0);
    const projects = successionRisk(readTownFile(file)).projects.length;
    expect(projects).toBeGreaterThan(40);
    const md = run(["report", file, "--lang", "en"]).out;
    expect(tableRows(md, "#")).toHaveLength(projects); // the ranking table has them all
    expect(md.match(/^#### /gm)).toHaveLength(30);
    expect(md).toContain(`The 30 highest of ${projects} projects`);
    const html = run(["report", file, "--format", "html", "--lang", "en"]).out;
    expect(html.match(/height="16" fill="#[0-9A-F]{6}" stroke/g)).toHaveLength(40);
    expect(html).toContain(`The 40 highest of ${projects} projects`);
    expect(JSON.parse(run(["report", file, "--format", "json"]).out).succession.projects).toHaveLength(projects);
  });

  it("has help", () => {
    for (const args of [["report", "--help"], ["report", "-h"], ["help", "report"]]) {
      const r = run(args);
      expect(r.code).toBe(0);
      expect(r.out).toContain("kankei report <town> [--format md|html|json]");
    }
    expect(run(["--help"]).out).toContain("kankei report <town>");
  });
});
