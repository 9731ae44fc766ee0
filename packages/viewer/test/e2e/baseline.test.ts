/**
 * Screenshot baselines, where the picture is stable: the circular-model layout is computed from
 * the data (no randomness), so the example town's graph at its date draws the same pixels every
 * time in the same Chromium. A change of more than 0.5% of the pixels fails; set
 * KANKEI_UPDATE_BASELINES=1 to write new baselines after a change you meant (and look at them).
 * The force-directed layout is not compared (it settles differently as timing varies).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphShot, openApp, pixelDifference, pixels, PACKAGE_DIR, settle, startSession, type Session } from "./browser.js";

const BASELINES = join(PACKAGE_DIR, "test/e2e/baselines");
const update = process.env.KANKEI_UPDATE_BASELINES === "1";

describe("screenshot baselines", () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession();
  }, 120_000);
  afterAll(async () => session?.close());

  it.each([
    ["circular-example", "ja-JP", ""],
    ["circular-project", "en-US", "akiya-bank"],
  ])("%s matches its baseline", async (name, locale, project) => {
    const page = await openApp(session, locale);
    if (project !== "") {
      await page.evaluate((id) => (window as unknown as { kankeiViewer: { viewer: { selectProject(id: string): void } } }).kankeiViewer.viewer.selectProject(id), project);
      await settle(page, 400);
    }
    const shot = await graphShot(page);
    const file = join(BASELINES, `${name}.png`);
    if (update || !existsSync(file)) {
      writeFileSync(file, shot);
      if (!update) throw new Error(`no baseline ${file}: written now; look at it, commit it, and run again`);
      return;
    }
    const { width, height } = await pixels(session, shot);
    const diff = await pixelDifference(session, shot, readFileSync(file));
    expect(diff / (width * height)).toBeLessThan(0.005);
    await page.close();
  }, 120_000);
});
