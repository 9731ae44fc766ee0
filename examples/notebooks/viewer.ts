/**
 * The viewer (`@kankei/viewer`, packages/viewer) inside a notebook output: an `<iframe srcdoc>`
 * that runs the viewer's built browser app (`packages/viewer/dist/app`, made by
 * `pnpm run build`), inlined, so that nothing is fetched from a server. When the app is not
 * built, the output is a message saying how to build it: this never throws.
 *
 * ビューアをノートブックに埋め込みます。未ビルドのときはビルド方法を表示します（例外は出しません）。
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Town } from "@kankei/core";
import { serializeTown } from "@kankei/core/io";
import { escapeHtml, rich, type Displayable } from "./display.ts";

/** Where the viewer's built app lives, from the repository root. */
export const VIEWER_APP = "packages/viewer/dist/app";

export interface ViewerEmbedOptions {
  /** The town to show (default: the example town bundled into the app). */
  town?: Town;
  /** The repository root (default: two folders above this notebook folder). */
  root?: string;
  /** A project to select once the viewer is up (when its app exposes the handle). */
  project?: string;
  /** Height of the frame in pixels (default 640). */
  height?: number;
}

/** The app's entry script, read from its index.html; undefined when the app is not built. */
function appScript(appDir: string): string | undefined {
  const index = join(appDir, "index.html");
  if (!existsSync(index)) return undefined;
  const src = /<script[^>]*type="module"[^>]*src="([^"]+)"/.exec(readFileSync(index, "utf8"))?.[1];
  if (!src) return undefined;
  const file = resolve(appDir, src);
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}

/** The HTML of the viewer's output (an iframe), or of the message when it is not built. */
export function viewerEmbedHtml(options: ViewerEmbedOptions = {}): { html: string; embedded: boolean } {
  const root = options.root ?? resolve(dirname(fileURLToPath(import.meta.url)), "../..");
  const appDir = join(root, VIEWER_APP);
  let script: string | undefined;
  try {
    script = appScript(appDir);
  } catch {
    script = undefined;
  }
  if (script === undefined) {
    return {
      embedded: false,
      html:
        `<div style="border:1px solid #d0a000;background:#fff8e0;padding:0.6em 1em;border-radius:4px">` +
        `<b>The viewer is not built yet</b> (ビューアはまだビルドされていません): no <code>${escapeHtml(VIEWER_APP)}/index.html</code>. ` +
        `Run <code>pnpm run build</code> at the repository root, then run this cell again.</div>`,
    };
  }
  // After the app is up it exposes its handle as window.kankeiViewer; select a project if asked.
  const select = options.project
    ? `<script type="module">
for (let i = 0; i < 100; i++) {
  const k = window.kankeiViewer;
  if (k && k.viewer) { try { k.viewer.selectProject(${JSON.stringify(options.project)}); } catch {} break; }
  await new Promise((r) => setTimeout(r, 100));
}
</script>`
    : "";
  // The notebook's town travels in the page as data (never run), for the app to open first.
  const town = options.town
    ? `<script type="application/json" id="kankei-town" data-source="notebook">${serializeTown(options.town).replace(/</g, "\\u003c")}</script>`
    : "";
  const doc = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>html,body,#app{height:100%;margin:0}</style></head>
<body><div id="app"></div>${town}<script type="module">${script.replace(/<\/script/gi, "<\\/script")}</script>${select}</body></html>`;
  const height = options.height ?? 640;
  return {
    embedded: true,
    html: `<iframe title="Kankei viewer" style="width:100%;height:${height}px;border:1px solid #ccc" srcdoc="${escapeHtml(doc)}"></iframe>`,
  };
}

/** The viewer as a notebook output (text/html), or the message when it is not built. */
export function embedViewer(options: ViewerEmbedOptions = {}): Displayable {
  const { html, embedded } = viewerEmbedHtml(options);
  return rich({
    "text/html": html,
    "text/plain": embedded ? "[Kankei viewer: open this notebook in Jupyter to see it]" : "The viewer is not built yet: run `pnpm run build` at the repository root.",
  });
}
