/**
 * `kankei view <town>` serves the app with the town beside it (`served-town.json`): the app
 * opens that town instead of the example, end to end in Chromium.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { townRoute } from "../../src/serve.js";
import { APP_DIR, openApp, pageErrors, startSession, type Session } from "./browser.js";

const TOWN = JSON.stringify({
  format: "kankei-town",
  version: 1,
  town: { id: "minato", name: "港町", asOf: "2024-04-01" },
  people: [
    { id: "a", name: "青木 一郎", origin: "local", sector: "government" },
    { id: "b", name: "Becker", origin: "outsider" },
    { id: "c", name: "千葉 花", origin: "local", sector: "resident" },
  ],
  projects: [{ id: "p", name: "港の朝市" }],
  roles: [
    { person: "a", project: "p", role: "initiator" },
    { person: "b", project: "p", role: "participant" },
    { person: "c", project: "p", role: "cooperator" },
  ],
  ties: [{ a: "a", b: "c", strength: "strong" }],
});

describe("the town kankei view serves", () => {
  let session: Session;
  beforeAll(async () => {
    // The same app page with the town carried in the page as data, as a notebook embeds it.
    const index = readFileSync(join(APP_DIR, "index.html"), "utf8");
    const carried = TOWN.replace("港町", "山里").replace(/</g, "\\u003c");
    const embedded = index.replace('<div id="app"></div>', `<div id="app"></div><script type="application/json" id="kankei-town" data-source="notebook">${carried}</script>`);
    session = await startSession({ ...townRoute(TOWN, "港町.json"), "/embedded.html": { body: embedded, type: "text/html; charset=utf-8" } });
  }, 120_000);
  afterAll(async () => session?.close());

  it("is the town the app opens, named by its file", async () => {
    const page = await openApp(session, "ja-JP");
    const status = await page.locator("[data-role=status]").textContent();
    expect(status).toContain("港町");
    expect(status).toContain("3 人");
    expect(status).toContain("港町.json");
    expect(await page.locator("[data-panel=risk]").textContent()).toContain("港の朝市");
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  }, 120_000);

  it("gives way to a town the page itself carries (a notebook's embedded viewer)", async () => {
    const page = await openApp(session, "ja-JP", "embedded.html");
    const status = await page.locator("[data-role=status]").textContent();
    expect(status).toContain("山里");
    expect(status).toContain("notebook");
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  }, 120_000);
});
