import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { backtest, departureHazards } from "@kankei/core";
import { readTownFile } from "@kankei/core/node";
import { example, root, run, tempDir, writeTown } from "./helpers.js";

describe("kankei hazards", () => {
  it("prints the hazards of the example town in Markdown, in Japanese and English", () => {
    const ja = run(["hazards", example, "--lang", "ja"]);
    expect(ja.code).toBe(0);
    expect(ja.out).toContain("# 離脱ハザード：架空町");
    expect(ja.out).toContain("| 部門: 地域おこし協力隊 | 9 | 3 | 27.0 | 0.105 | 0.023–0.277 | 0.330 |");
    const en = run(["hazards", example, "--lang", "en"]);
    expect(en.out).toContain("| sector: revitalisation corps | 9 | 3 | 27.0 | 0.105 | 0.023–0.277 | 0.330 |");
    expect(en.out).toContain("hazards = {");
  });

  it("writes JSON whose hazards are the core's, and respects --from/--to", () => {
    const dir = tempDir();
    const file = join(dir, "h.json");
    const r = run(["hazards", example, "--out", file, "--from", "2018-04-01", "--to", "2024-04-01", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`wrote the hazards to ${file}\n`);
    const doc = JSON.parse(readFileSync(file, "utf8"));
    const core = departureHazards(readTownFile(example), { from: "2018-04-01", to: "2024-04-01" });
    expect(doc.format).toBe("kankei-hazards");
    expect(doc.period).toEqual({ from: "2018-04-01", to: "2024-04-01" });
    expect(doc.hazards).toEqual(core.hazards);
  });

  it("writes one self-contained HTML page that escapes the town's texts", () => {
    const town = writeTown({ format: "kankei-town", version: 1, town: { name: "<b>x</b>", asOf: "2024-01-01" }, people: [{ id: "a", origin: "local", joined: "2020-01-01" }] });
    const r = run(["hazards", town, "--format", "html"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("<title>Departure hazards: &lt;b&gt;x&lt;/b&gt;</title>");
    expect(r.out).not.toMatch(/<script|https?:\/\//);
  });

  it("is used wrongly with exit code 2", () => {
    expect(run(["hazards"]).code).toBe(2);
    expect(run(["hazards", example, "--from", "2021-02-30"]).code).toBe(2);
    expect(run(["hazards", example, "--from", "2030-01-01"]).code).toBe(2);
    expect(run(["hazards", example, "--grace", "3"]).code).toBe(2);
  });
});

describe("docs/cli.md", () => {
  it("documents hazards and backtest with every flag of their usage lines", () => {
    const doc = readFileSync(join(root, "docs/cli.md"), "utf8");
    for (const c of ["hazards", "backtest"]) {
      expect(doc).toContain(`## \`kankei ${c}\``);
      const usage = run([c, "--help"]).out.split("\n")[0]!;
      for (const f of usage.match(/--[a-z-]+/g) ?? []) expect(doc, `${c} ${f}`).toContain(f);
    }
  });
});

describe("kankei backtest", () => {
  it("prints the scores, says there are too few events, and lists the failures", () => {
    const r = run(["backtest", example, "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("> **Too few events for any conclusion: 7 failures among 58 cases");
    expect(r.out).toContain("| R (succession risk) | 0.069 | 0.212 | 0.96 ± 0.05 |");
    expect(r.out).toContain("| no-bench: no bench (R = E) |");
    const ja = run(["backtest", example, "--lang", "ja"]);
    expect(ja.out).toContain("事象が少なすぎて結論は出せない");
    expect(ja.out).toContain("| 架空町ファンクラブ | 後継なし |");
  });

  it("writes JSON with the core's figures and the ablation; --grace changes the outcomes", () => {
    const file = join(tempDir(), "b.json");
    expect(run(["backtest", example, "--out", file]).code).toBe(0);
    const doc = JSON.parse(readFileSync(file, "utf8"));
    const core = backtest(readTownFile(example));
    expect([doc.format, doc.events, doc.cases.length, doc.graceDays]).toEqual(["kankei-backtest", core.events, core.cases.length, 180]);
    expect(doc.ablation.rows.map((r: { key: string }) => r.key)).toContain("no-bench");
    const long = JSON.parse(run(["backtest", example, "--format", "json", "--grace", "400"]).out);
    expect(long.graceDays).toBe(400);
    expect(long.dates.at(-1) < doc.dates.at(-1)).toBe(true);
  });

  it("is used wrongly with exit code 2", () => {
    expect(run(["backtest"]).code).toBe(2);
    expect(run(["backtest", example, "--grace", "-1"]).code).toBe(2);
    expect(run(["backtest", example, "--from", "2020-01-01"]).code).toBe(2);
    expect(run(["help", "backtest"]).out).toContain("--grace DAYS");
  });
});
