/**
 * The viewer app end to end, in Debian's Chromium: the example town opens and is drawn; a
 * project shows its successors; a what-if changes the risk panel; the date slider changes the
 * graph; the language switches; and the screenshots of the user guide are saved.
 * Needs the built app (`pnpm run build`) and /usr/bin/chromium (`bash .ci/setup`).
 */
import { departureImpact, explainProject, explainSuccessor, successionRisk, SUCCESSION_TERMS, TERMS, townNames } from "@kankei/core";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLE_COLORS } from "../../src/display/palette.js";
import { riskText } from "../../src/ui/risk-panel.js";
import { exampleTown } from "../fixtures/example-town.js";
import { graphShot, openApp, pageErrors, pixelDifference, pixels, saveScreenshot, settle, startSession, type Session } from "./browser.js";

const town = exampleTown();
const risk = successionRisk(town);

describe("the viewer app in Chromium", () => {
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    session = await startSession();
    page = await openApp(session, "ja-JP");
  });

  afterAll(async () => {
    await session?.close();
  });

  it("opens the example town in Japanese and draws the graph (the canvas is not blank)", async () => {
    await expect(page.locator("h1").textContent()).resolves.toBe("関係人口ビューア");
    const status = await page.locator("[data-role=status]").textContent();
    expect(status).toContain("架空町");
    expect(status).toContain(`${town.peopleAt().length} 人`);
    const shot = await graphShot(page);
    const px = await pixels(session, shot, [ROLE_COLORS.initiator, ROLE_COLORS.cooperator, ROLE_COLORS.supporter, ROLE_COLORS.participant]);
    expect(px.ink / (px.width * px.height)).toBeGreaterThan(0.02);
    for (const [color, count] of Object.entries(px.near)) expect(count, `pixels of ${color}`).toBeGreaterThan(20);
    await expect(page.locator("[data-panel=legend]").textContent()).resolves.toContain("仕掛け人");
    expect(pageErrors(page)).toEqual([]);
    await saveScreenshot(page, "overview");
  });

  it("lists every active project with its level, and shows a selected project's ranked successors", async () => {
    await expect(page.locator("[data-panel=risk] [data-project]").count()).resolves.toBe(risk.projects.length);
    const project = [...risk.projects].sort((a, b) => b.standIns.length - a.standIns.length)[0]!;
    const before = await graphShot(page);
    await page.locator(`[data-panel=risk] button[data-project="${project.project}"]`).click();
    await settle(page);
    const detail = page.locator(`[data-detail="${project.project}"]`);
    await detail.waitFor();
    const listed = await detail.locator("[data-candidate]").evaluateAll((els) => els.map((e) => e.getAttribute("data-candidate")));
    expect(listed).toEqual(project.candidates.slice(0, listed.length).map((c) => c.id));
    expect(listed.length).toBeGreaterThan(0);
    const standIns = await detail.locator("[data-standin=true]").evaluateAll((els) => els.map((e) => e.getAttribute("data-candidate")));
    expect(standIns).toEqual(project.standIns.filter((id) => listed.includes(id)));
    const ex = explainProject(project, risk.options, "ja", townNames(town));
    const sentences = await detail.locator(".kv-explanation li").allTextContents();
    expect(sentences).toEqual([ex.risk, ex.exposure, ex.bench, ex.standIns]);
    // the graph dims everyone else
    const after = await graphShot(page);
    expect(await pixelDifference(session, before, after)).toBeGreaterThan(500);
    await saveScreenshot(page, "project");
    await page.locator(`[data-panel=risk] button[data-project="${project.project}"]`).click();
  });

  it("recomputes the risks when the coordinator asks what if an initiator leaves, and shows who takes over", async () => {
    // the market's initiator: leaving orphans it, and a stand-in takes over
    const market = risk.projects.find((p) => p.project === "market")!;
    const leaver = market.initiators[0]!.id;
    const impact = departureImpact(town, [leaver]);
    const after = impact.projects.find((p) => p.project === "market")!;
    expect(after.successor).not.toBeNull();

    await page.locator(`[data-panel=risk] button[data-project="market"]`).click();
    await settle(page);
    const listText = async () => page.locator("[data-panel=risk] .kv-projects").textContent();
    const before = await listText();
    await page.locator(`[data-detail="market"] button[data-whatif="${leaver}"]`).click();
    await settle(page);
    const box = page.locator(".kv-whatif-box");
    await box.waitFor();
    await expect(box.textContent()).resolves.toContain(town.nameOf(leaver));
    const now = await listText();
    expect(now).not.toBe(before);
    await expect(page.locator(`[data-detail="market"] .kv-outcome`).textContent()).resolves.toBe(
      explainSuccessor(after.successorBasis, "ja", townNames(town)),
    );
    // the detail shows the figures after the departure: the successor is the first listed, a stand-in
    const detail = page.locator(`[data-detail="market"]`);
    await expect(detail.getAttribute("data-after")).resolves.toBe("true");
    const listed = await detail.locator("[data-candidate]").evaluateAll((els) => els.map((e) => [e.getAttribute("data-candidate"), e.getAttribute("data-standin")]));
    expect(listed[0]).toEqual([after.successor!.id, "true"]);
    expect(listed.map(([id]) => id)).toEqual(after.after.candidates.slice(0, listed.length).map((c) => c.id));
    for (const p of impact.projects) {
      const item = page.locator(`[data-panel=risk] li:has(> button[data-project="${p.project}"])`);
      await expect(item.getAttribute("data-level")).resolves.toBe(p.levelAfter);
      await expect(item.locator(".kv-num").first().textContent()).resolves.toBe(riskText("ja", p.riskBefore, p.riskAfter));
    }
    await saveScreenshot(page, "what-if");
    await page.locator(".kv-whatif-box button.kv-clear").click();
    await settle(page);
    await expect(page.locator(".kv-whatif-box").count()).resolves.toBe(0);
    expect(await listText()).toBe(before);
    await page.locator(`[data-panel=risk] button[data-project="market"]`).click();
  });

  it("shows 仕掛け人不在 as the first badge of an orphaned project, which comes first", async () => {
    const first = page.locator("[data-panel=risk] .kv-projects > li").first();
    await expect(first.getAttribute("data-orphaned")).resolves.toBe("true");
    await expect(first.locator("button[data-project]").getAttribute("data-project")).resolves.toBe(risk.projects[0]!.project);
    await expect(first.locator("button[data-project] > span").first().textContent()).resolves.toBe(SUCCESSION_TERMS.ja.orphaned);
    expect(risk.projects[0]!.orphaned).toBe(true);
  });

  it("redraws the town at another date when the slider moves, and plays the years", async () => {
    const before = await graphShot(page);
    const slider = page.locator("[data-role=date]");
    await slider.focus();
    await page.keyboard.press("Home");
    await settle(page, 300);
    const date = await page.locator("[data-role=date-label]").textContent();
    expect(date! < "2017-01-01").toBe(true);
    const status = await page.locator("[data-role=status]").textContent();
    expect(status).toContain(`${date} ・ ${town.peopleAt(date!).length} 人`);
    const after = await graphShot(page);
    expect(await pixelDifference(session, before, after)).toBeGreaterThan(2000);
    // a few years on
    for (let i = 0; i < 36; i++) await page.keyboard.press("ArrowRight");
    await settle(page, 300);
    await saveScreenshot(page, "history");
    // play, then pause
    const start = await page.locator("[data-role=date-label]").textContent();
    await page.locator("[data-role=play]").click();
    await page.waitForTimeout(1200);
    await page.locator("[data-role=play]").click();
    const played = await page.locator("[data-role=date-label]").textContent();
    expect(played! > start!).toBe(true);
    await slider.focus();
    await page.keyboard.press("End");
    await settle(page);
    await expect(page.locator("[data-role=date-label]").textContent()).resolves.toBe("2025-04-01");
  });

  it("filters strong ties only, outsiders only, and one project", async () => {
    const full = await graphShot(page);
    await page.locator("[data-role=strong-only]").check();
    await settle(page);
    const strong = await graphShot(page);
    expect(await pixelDifference(session, full, strong)).toBeGreaterThan(500);
    await page.locator("[data-role=strong-only]").uncheck();
    await page.locator("[data-role=outsiders-only]").check();
    await settle(page);
    expect(await pixelDifference(session, full, await graphShot(page))).toBeGreaterThan(500);
    await page.locator("[data-role=outsiders-only]").uncheck();
    await page.locator("[data-role=project-filter]").selectOption("workation");
    await settle(page);
    expect(await pixelDifference(session, full, await graphShot(page))).toBeGreaterThan(500);
    await page.locator("[data-role=project-filter]").selectOption("");
    await settle(page);
  });

  it("finds a person by name and shows their roles, ties and reach", async () => {
    await page.locator("[data-role=search]").fill("佐藤健二");
    const result = page.locator("[data-role=search-results] button[data-person=g01]");
    await expect(result.textContent()).resolves.toBe("佐藤 健二");
    await result.click();
    await settle(page);
    const panel = page.locator("[data-panel=person]");
    await expect(panel.locator("h2").textContent()).resolves.toBe("人物: 佐藤 健二");
    await expect(panel.locator("table tbody tr").count()).resolves.toBe(town.roleHistory("g01").length);
    await expect(panel.locator(".kv-ties > li").count()).resolves.toBe(Math.min(30, town.tiesOf("g01").length));
    await expect(panel.textContent()).resolves.toContain("弱い紐帯でのみ届く");
    await saveScreenshot(page, "person");
    await page.locator("[data-role=search]").fill("");
  });

  it("is keyboard-usable: a project can be chosen with Tab and Enter", async () => {
    const first = page.locator("[data-panel=risk] button[data-project]").first();
    const id = await first.getAttribute("data-project");
    await first.focus();
    await page.keyboard.press("Enter");
    await settle(page);
    await expect(page.locator(`[data-detail="${id}"]`).count()).resolves.toBe(1);
    // the focus stays on the project's button after the panel is rebuilt
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-project"))).resolves.toBe(id);
    await page.keyboard.press("Enter");
    await settle(page);
    await expect(page.locator("[data-detail]").count()).resolves.toBe(0);
  });

  it("runs ForceAtlas2 in its web worker, sizes people by another measure, and returns to the circular model", async () => {
    const circular = await graphShot(page);
    await page.locator("[data-role=layout]").selectOption("forceatlas2");
    await page.waitForTimeout(2500);
    await settle(page);
    const fa2 = await graphShot(page);
    expect(await pixelDifference(session, circular, fa2)).toBeGreaterThan(2000);
    await saveScreenshot(page, "forceatlas2");
    await page.locator("[data-role=layout]").selectOption("circular");
    await settle(page);
    await page.locator("[data-role=size]").selectOption("reach");
    await settle(page);
    expect(await pixelDifference(session, circular, await graphShot(page))).toBeGreaterThan(200);
    await expect(page.locator("[data-panel=legend]").textContent()).resolves.toContain("到達範囲");
    await page.locator("[data-role=size]").selectOption("degree");
    await settle(page);
    expect(pageErrors(page)).toEqual([]);
  });

  it("switches between Japanese and English", async () => {
    await page.locator("[data-role=language]").selectOption("en");
    await settle(page);
    await expect(page.locator("h1").textContent()).resolves.toBe("Kankei viewer");
    await expect(page.locator("[data-panel=risk] h2").textContent()).resolves.toBe("Succession risk");
    await expect(page.locator("[data-panel=legend]").textContent()).resolves.toContain(TERMS.en.role.initiator);
    await expect(page.locator("[data-role=status]").textContent()).resolves.toContain(`${town.peopleAt().length} people`);
    await saveScreenshot(page, "english");
    await page.locator("[data-role=language]").selectOption("ja");
    await settle(page);
    await expect(page.locator("[data-panel=risk] h2").textContent()).resolves.toBe("後継リスク");
  });

  it("starts in English for a browser that is not Japanese", async () => {
    const english = await openApp(session, "en-US");
    await expect(english.locator("h1").textContent()).resolves.toBe("Kankei viewer");
    await english.close();
  });
});
