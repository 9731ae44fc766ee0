/**
 * End-to-end helpers: serve the built app (dist/app, from `pnpm run build`), launch Debian's
 * Chromium (/usr/bin/chromium) headless with the flags of docs/build-notes, and read the
 * pixels the graph drew (a screenshot of the graph, decoded by a blank page's canvas).
 */
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { serveStatic, type ServeOptions, type StaticServer } from "../../src/serve.js";

export const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const APP_DIR = join(PACKAGE_DIR, "dist/app");
export const REPO_DIR = resolve(PACKAGE_DIR, "../..");
export const SCREENSHOT_DIR = join(REPO_DIR, "docs/images");
export const CHROMIUM = process.env.KANKEI_CHROMIUM ?? "/usr/bin/chromium";

/** Chromium's flags that work as root on a fresh Debian machine. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Fails with what to do when the app is not built or Chromium is missing. */
export function checkPrerequisites(): void {
  if (!existsSync(join(APP_DIR, "index.html"))) {
    throw new Error(`the viewer app is not built (${APP_DIR}): run \`pnpm run build\` first (the root \`npm test\` does)`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: run \`bash .ci/setup-test\` (apt-get install -y chromium fonts-ipafont-gothic)`);
  }
}

/** A served app and a browser. */
export interface Session {
  served: StaticServer;
  browser: Browser;
  /** A blank page that decodes screenshots. */
  decoder: Page;
  close(): Promise<void>;
}

/** Serves the app (with extra routes) and launches Chromium. */
export async function startSession(routes: ServeOptions["routes"] = {}): Promise<Session> {
  checkPrerequisites();
  const served = await serveStatic(APP_DIR, { routes });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const decoder = await browser.newPage();
  return {
    served,
    browser,
    decoder,
    close: async () => {
      await browser.close();
      await served.close();
    },
  };
}

/** Opens the app in a new page and waits for the first drawing. */
export async function openApp(session: Session, locale = "ja-JP", query = ""): Promise<Page> {
  const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 }, locale });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  (page as Page & { errors?: string[] }).errors = errors;
  await page.goto(session.served.url + query);
  await page.locator("[data-role=status]").filter({ hasText: /\d/ }).waitFor();
  await settle(page);
  return page;
}

/** Waits until sigma has drawn what is pending (two animation frames, and a little more). */
export async function settle(page: Page, ms = 150): Promise<void> {
  await page.evaluate(() => new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok()))));
  await page.waitForTimeout(ms);
}

/** The page errors seen so far. */
export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

/** Pixel statistics of a screenshot. */
export interface Pixels {
  width: number;
  height: number;
  /** Pixels that are not (near) white. */
  ink: number;
  /** Pixels near each of the given colours. */
  near: Record<string, number>;
}

/** A screenshot of the graph area, as PNG bytes. */
export async function graphShot(page: Page): Promise<Buffer> {
  return page.locator("[data-role=graph]").screenshot();
}

/** Decodes PNG bytes in the blank page and counts pixels: not white, and near each colour. */
export async function pixels(session: Session, png: Buffer, colors: readonly string[] = []): Promise<Pixels> {
  return session.decoder.evaluate(
    async ({ b64, colors }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      const rgb = colors.map((c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)));
      const near: Record<string, number> = Object.fromEntries(colors.map((c) => [c, 0]));
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) {
        const r = data[i]!, g = data[i + 1]!, b = data[i + 2]!;
        if (r < 245 || g < 245 || b < 245) ink++;
        rgb.forEach(([cr, cg, cb], k) => {
          if (Math.abs(r - cr!) + Math.abs(g - cg!) + Math.abs(b - cb!) < 40) near[colors[k]!]!++;
        });
      }
      return { width: img.width, height: img.height, ink, near };
    },
    { b64: png.toString("base64"), colors: [...colors] },
  );
}

/** How many pixels differ between two screenshots of the same size. */
export async function pixelDifference(session: Session, a: Buffer, b: Buffer): Promise<number> {
  return session.decoder.evaluate(
    async ({ a, b }) => {
      const load = async (b64: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement("canvas");
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext("2d")!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, img.width, img.height).data;
      };
      const [x, y] = await Promise.all([load(a), load(b)]);
      if (x.length !== y.length) return Infinity;
      let diff = 0;
      for (let i = 0; i < x.length; i += 4) if (Math.abs(x[i]! - y[i]!) + Math.abs(x[i + 1]! - y[i + 1]!) + Math.abs(x[i + 2]! - y[i + 2]!) > 30) diff++;
      return diff;
    },
    { a: a.toString("base64"), b: b.toString("base64") },
  );
}

/**
 * Saves a screenshot of the whole page for the user guide (docs/images/viewer-<name>.png): when
 * it is missing, or always with KANKEI_SCREENSHOTS=1 (to refresh the guide after a change), so
 * that a plain test run leaves the working tree as it was.
 */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  const path = join(SCREENSHOT_DIR, `viewer-${name}.png`);
  if (existsSync(path) && process.env.KANKEI_SCREENSHOTS !== "1") {
    await page.screenshot(); // still taken: the scene must render
    return;
  }
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path });
}
