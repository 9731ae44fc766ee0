/**
 * `kankei view <town>` serves the app with the town beside it (`served-town.json`): the app
 * opens that town instead of the example, end to end in Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { townRoute } from "../../src/serve.js";
import { openApp, pageErrors, startSession, type Session } from "./browser.js";

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
    session = await startSession(townRoute(TOWN, "港町.json"));
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
});
