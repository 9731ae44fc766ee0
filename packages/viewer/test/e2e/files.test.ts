/**
 * Opening files in the viewer app, end to end in Chromium: a CSV bundle in Shift_JIS through
 * the file input (page.setInputFiles), a broken file (the error names file, row and field, and
 * the town on screen stays), a name that looks like HTML (shown as text), and the exports
 * (PNG, JSON, GEXF) through Blob URLs.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseTown } from "@kankei/core/io";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE_DIR, exampleTown } from "../fixtures/example-town.js";
import { openApp, pageErrors, saveScreenshot, settle, startSession, type Session } from "./browser.js";

const town = exampleTown();
const CSV_FILES = ["people.csv", "projects.csv", "roles.csv", "ties.csv", "contributions.csv", "town.csv"];
const file = (name: string, text: string, mimeType = "text/csv") => ({ name, mimeType, buffer: Buffer.from(text, "utf8") });

/** A small town with a name that looks like HTML. */
const TRICKY = JSON.stringify({
  format: "kankei-town",
  version: 1,
  town: { id: "tiny", name: "<b>小さな町</b>", asOf: "2024-04-01" },
  people: [
    { id: "x", name: '<img src=x onerror="window.__pwned=1">', origin: "local", sector: "government" },
    { id: "y", name: "山田 花子", origin: "outsider" },
  ],
  projects: [{ id: "p", name: "<script>alert(1)</script>" }],
  roles: [
    { person: "x", project: "p", role: "initiator" },
    { person: "y", project: "p", role: "cooperator" },
  ],
  ties: [{ a: "x", b: "y", strength: "strong" }],
});

describe("opening files in the viewer app", () => {
  let session: Session;
  let page: Page;
  const status = () => page.locator("[data-role=status]").textContent();

  beforeAll(async () => {
    session = await startSession();
    page = await openApp(session, "ja-JP");
  });

  afterAll(async () => {
    await session?.close();
  });

  it("opens a JSON town whose names look like HTML, and shows them as text", async () => {
    await page.locator("[data-role=open-files]").setInputFiles([file("tiny.json", TRICKY, "application/json")]);
    await page.locator("[data-role=status]").filter({ hasText: "小さな町" }).waitFor();
    await settle(page);
    expect(await status()).toContain("<b>小さな町</b> ・ 2024-04-01 ・ 2 人");
    await expect(page.locator("[data-panel=risk] .kv-project-name").textContent()).resolves.toBe("<script>alert(1)</script>");
    await page.locator("[data-panel=risk] button[data-project=p]").click();
    await settle(page);
    await expect(page.locator("[data-panel] img").count()).resolves.toBe(0);
    await expect(page.locator("[data-panel] script, [data-role=status] b").count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    expect(pageErrors(page)).toEqual([]);
  });

  it("opens the example's CSV bundle in Shift_JIS through the file input", async () => {
    const paths = CSV_FILES.map((name) => join(EXAMPLE_DIR, "csv-sjis", name));
    expect(readFileSync(paths[0]!).includes(Buffer.from("佐藤", "utf8"))).toBe(false); // really not UTF-8
    await page.locator("[data-role=open-files]").setInputFiles(paths);
    await page.locator("[data-role=status]").filter({ hasText: "架空町" }).waitFor();
    await settle(page);
    const text = await status();
    expect(text).toContain(`${town.peopleAt().length} 人`);
    expect(text).toContain("people.csv");
    await page.locator("[data-role=search]").fill("佐藤");
    await expect(page.locator("[data-role=search-results] button[data-person=g01]").textContent()).resolves.toBe("佐藤 健二");
    await page.locator("[data-role=search]").fill("");
    await expect(page.locator("[data-panel=risk] [data-project]").count()).resolves.toBe(town.projectsAt().length);
  });

  it("shows which file, row and field is wrong, and keeps the town on screen", async () => {
    const before = await status();
    const broken = CSV_FILES.map((name) =>
      name === "ties.csv"
        ? file(name, "a,b,strength\ng01,g02,strong\ng01,g03,とても強い\n")
        : { name, mimeType: "text/csv", buffer: readFileSync(join(EXAMPLE_DIR, "csv-sjis", name)) },
    );
    await page.locator("[data-role=open-files]").setInputFiles(broken);
    const errors = page.locator("[data-role=errors]");
    await errors.filter({ hasText: "ties.csv" }).locator("[data-problem]").first().waitFor();
    const text = await errors.textContent();
    expect(text).toContain("を開けませんでした。表示中の町はそのままです。");
    expect(text).toContain("ties.csv の 3 行目");
    expect(text).toContain("項目「strength」");
    expect(text).toContain("使えない値です");
    expect(await status()).toBe(before);
    await saveScreenshot(page, "error");

    // a JSON file that is not JSON: same, and the town still stays
    await page.locator("[data-role=open-files]").setInputFiles([file("town.json", "{ not json", "application/json")]);
    await errors.filter({ hasText: "town.json: $" }).waitFor(); // the files are read asynchronously
    await expect(errors.textContent()).resolves.toContain("JSON");
    expect(await status()).toBe(before);
    await errors.locator("[data-role=dismiss-errors]").click();
    await expect(errors.isHidden()).resolves.toBe(true);
  });

  it("exports the town as JSON and GEXF, and the graph as PNG", async () => {
    const save = async (role: string) => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.locator(`[data-role=${role}]`).click()]);
      const path = await download.path();
      return { name: download.suggestedFilename(), bytes: readFileSync(path) };
    };
    const json = await save("export-json");
    expect(json.name).toBe("kasora-2025-04-01.json");
    const reread = parseTown(json.bytes.toString("utf8"));
    expect(reread.people.length).toBe(town.people.length);
    expect(reread.ties.length).toBe(town.ties.length);
    const gexf = await save("export-gexf");
    expect(gexf.name).toBe("kasora-2025-04-01.gexf");
    expect(gexf.bytes.toString("utf8")).toContain("<gexf");
    const png = await save("export-png");
    expect(png.name).toBe("kasora-2025-04-01.png");
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.length).toBeGreaterThan(10_000);
  });
  it("opens files dropped on the viewer", async () => {
    const dropped = JSON.stringify({
      format: "kankei-town",
      version: 1,
      town: { id: "dropped", name: "落とした町", asOf: "2024-04-01" },
      people: [
        { id: "a", name: "石田 一", origin: "local" },
        { id: "b", name: "Ono", origin: "outsider" },
        { id: "c", name: "森 三", origin: "local" },
      ],
    });
    const dataTransfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], "dropped.json", { type: "application/json" }));
      return dt;
    }, dropped);
    await page.locator("[data-role=graph]").dispatchEvent("dragover", { dataTransfer });
    await page.locator("[data-role=graph]").dispatchEvent("drop", { dataTransfer });
    await page.locator("[data-role=status]").filter({ hasText: "落とした町" }).waitFor();
    expect(await status()).toContain("3 人");
    expect(await status()).toContain("dropped.json");
    expect(pageErrors(page)).toEqual([]);
  });
});
