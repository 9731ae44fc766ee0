/**
 * The viewer app: the town `kankei view` serves, else the example town (examples/town/town.json,
 * bundled in), open in the viewer,
 * in Japanese when the browser's language is Japanese. The coordinator opens their own town
 * with the file picker or by dropping files; nothing leaves the browser.
 */
import { parseTown } from "@kankei/core/io";
import exampleTown from "../../../examples/town/town.json?raw";
import { languageOf, message, mountViewer } from "../src/index.js";

const lang = languageOf(navigator.language);
const element = document.getElementById("app")!;

/**
 * The town to open first: the one the page carries (`<script type="application/json"
 * id="kankei-town">`, as a notebook embeds it), else the one `kankei view <town>` serves beside
 * the app (same origin, from the coordinator's own machine), else the bundled example town.
 */
async function firstTown(): Promise<{ town: ReturnType<typeof parseTown>; source: string }> {
  // A page that embeds the app (a notebook cell) may carry the town in the page itself, as data.
  const embedded = document.getElementById("kankei-town");
  if (embedded !== null && embedded.getAttribute("type") === "application/json") {
    const source = embedded.getAttribute("data-source") ?? "town.json";
    return { town: parseTown(embedded.textContent ?? "", { source }), source };
  }
  try {
    const served = await fetch("./served-town.json", { cache: "no-store" });
    if (served.ok) {
      const source = decodeURIComponent(served.headers.get("x-kankei-source") ?? "town.json");
      return { town: parseTown(await served.text(), { source }), source };
    }
  } catch {
    // no server beside the app (opened from a file, or a static host): the example town
  }
  return { town: parseTown(exampleTown, { source: "town.json" }), source: message(lang, "exampleTown") };
}

void firstTown().then(({ town, source }) => {
  const viewer = mountViewer(element, town, { lang, source });
  // For the end-to-end tests and the benchmark: the handle and the core's reader.
  (window as unknown as { kankeiViewer: unknown }).kankeiViewer = { viewer, parseTown };
});
