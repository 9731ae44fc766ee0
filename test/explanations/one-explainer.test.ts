/**
 * One explanation everywhere (issue: succession answers a coordinator can act on): a project's
 * sentences are the core explainer's, and the CLI report (Markdown and HTML) and the viewer (in
 * Chromium) show exactly those sentences, in Japanese and in English. A second derivation
 * anywhere (a re-guessed tie strength, another word for q, another date) fails here.
 * Needs the built viewer app (`pnpm run build`) and Chromium (`bash .ci/setup-test`).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { explainDeparture, explainProject, explainReadiness, successionRisk, townNames, type Lang, type ProjectSuccessionRisk } from "@kankei/core";
import { parseTown } from "@kankei/core/io";
import { buildReport, escapeHtml, escapeMarkdown } from "@kankei/cli";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderHtml } from "../../packages/cli/src/report/html.js";
import { renderMarkdown } from "../../packages/cli/src/report/markdown.js";
import { openApp, REPO_DIR, settle, startSession, type Session } from "../../packages/viewer/test/e2e/browser.js";

const town = parseTown(readFileSync(join(REPO_DIR, "examples/town/town.json"), "utf8"));
const risk = successionRisk(town);
const names = townNames(town);
const report = buildReport(town);

/** Every sentence the core's explainer writes about a project, as the viewer's detail shows it. */
function sentences(p: ProjectSuccessionRisk, lang: Lang): { project: string[]; initiators: string[]; candidates: string[][] } {
  const ex = explainProject(p, risk.options, lang, names);
  return {
    project: [...(ex.orphaned === null ? [] : [ex.orphaned]), ex.risk, ex.exposure, ex.bench, ex.standIns],
    initiators: p.initiators.map((i) => explainDeparture(i.basis, i.q, lang)),
    candidates: p.candidates.slice(0, 8).map((c) => explainReadiness(c, risk.options, lang, names)),
  };
}

// The fan club (orphaned), the forest school (initiator, stand-ins, a cap-free tie) and the
// workation programme (two stand-ins and a supporter with a strong tie).
const PROJECTS = ["fanclub", "forest-school", "workation"];

describe("one explainer: the report and the viewer say the same sentences", () => {
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    session = await startSession();
    page = await openApp(session, "ja-JP");
  });

  afterAll(async () => {
    await session?.close();
  });

  for (const lang of ["ja", "en"] as const) {
    it(`in ${lang}`, async () => {
      const md = renderMarkdown(report, lang);
      const html = renderHtml(report, lang);
      await page.locator("[data-role=language]").selectOption(lang);
      await settle(page);
      for (const id of PROJECTS) {
        const p = risk.projects.find((x) => x.project === id)!;
        const expected = sentences(p, lang);
        // the report (only the candidates it lists: stand-ins, or the bench when there is none)
        const listed = report.succession.projects.find((x) => x.id === id)!;
        const reportCandidates = (listed.standIns.length > 0 ? listed.standIns : listed.readiest).map((c) => c.id);
        const inReport = [
          ...expected.project,
          ...expected.initiators,
          ...p.candidates.filter((c) => reportCandidates.includes(c.id)).flatMap((c) => explainReadiness(c, risk.options, lang, names)),
        ];
        expect(reportCandidates.length).toBeGreaterThan(0);
        for (const sentence of inReport) {
          expect(md, `${id} ${lang} Markdown`).toContain(escapeMarkdown(sentence));
          expect(html, `${id} ${lang} HTML`).toContain(escapeHtml(sentence));
        }
        // the viewer
        const button = page.locator(`[data-panel=risk] button[data-project="${id}"]`);
        await button.click();
        await settle(page);
        const detail = page.locator(`[data-detail="${id}"]`);
        await detail.waitFor();
        const shown = {
          project: [
            ...(await detail.locator(".kv-orphan-note").allTextContents()),
            ...(await detail.locator(".kv-explanation li").allTextContents()),
          ],
          initiators: await detail.locator(".kv-initiators .kv-reason").allTextContents(),
          candidates: await detail.locator(".kv-successors > li").evaluateAll((items) =>
            items.map((li) => [...li.querySelectorAll(".kv-reasons li")].map((x) => x.textContent ?? "")),
          ),
        };
        expect(shown).toEqual(expected);
        await button.click();
        await settle(page);
      }
    });
  }
});
