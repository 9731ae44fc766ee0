#!/usr/bin/env node
/**
 * Benchmark of the viewer in headless Chromium (ビューアの速度): a generated town of 10,000
 * people (about 50,000 ties active at its date) opened in the built app, timing
 *   - time to first render: parse the JSON document, build the analysis, lay out, index and
 *     draw (until two animation frames have passed);
 *   - the cost of a frame: a full refresh (every node and edge reducer, then a draw), and a
 *     plain redraw (camera moved, nothing re-reduced);
 *   - the cost of a what-if: `whatIf([initiator])` until drawn (departureImpact, the scene,
 *     the panels, a refresh);
 *   - moving the date one year back (the network at that date, the layout, the measures).
 *
 * Usage (after `pnpm run build`):
 *   node bench/viewer.mjs [--people 10000] [--mean-degree 12.5] [--reps 5] [--json out.json]
 *
 * The numbers depend on the machine: Chromium draws with SwiftShader (software WebGL) when
 * there is no GPU, as on CI machines.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateTownModel } from "@kankei/core";
import { serializeTown } from "@kankei/core/io";
import { chromium } from "playwright-core";
import { serveStatic } from "../dist/lib/serve.js";

const here = dirname(fileURLToPath(import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const people = Number(arg("--people", 10_000));
const meanDegree = Number(arg("--mean-degree", 12.5));
const reps = Number(arg("--reps", 5));
const out = arg("--json", undefined);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`;

console.error(`[bench] generating a town of ${people} people (mean degree ${meanDegree}) …`);
const t0 = performance.now();
const town = generateTownModel({ people, seed: 1, meanDegree });
const text = serializeTown(town);
const present = town.peopleAt().length;
const ties = town.tiesAt().length;
const projects = town.projectsAt().length;
console.error(`[bench] ${present} people present, ${ties} ties and ${projects} projects active at ${town.date()} (${ms(performance.now() - t0)}; ${(text.length / 1e6).toFixed(1)} MB of JSON)`);

const served = await serveStatic(join(here, "../dist/app"), { routes: { "/bench-town.json": { body: text, type: "application/json; charset=utf-8" } } });
const browser = await chromium.launch({
  executablePath: process.env.KANKEI_CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: "ja-JP" });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(served.url);
  await page.waitForFunction(() => window.kankeiViewer !== undefined);

  const result = await page.evaluate(
    async ({ reps }) => {
      const { viewer, parseTown } = window.kankeiViewer;
      const frames = () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
      const median = (xs) => {
        const s = [...xs].sort((a, b) => a - b);
        return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
      };
      const text = await (await fetch("bench-town.json")).text();

      // time to first render
      const a = performance.now();
      const town = parseTown(text);
      const b = performance.now();
      viewer.setTown(town, "bench");
      const c = performance.now();
      await frames();
      const d = performance.now();
      const firstRender = { total: d - a, parse: b - a, setTown: c - b, draw: d - c };

      // a frame: full refresh (reducers + draw), and a plain redraw
      const renderer = viewer.renderer;
      const refresh = [];
      const redraw = [];
      for (let i = 0; i < reps + 1; i++) {
        let t = performance.now();
        renderer.refresh();
        refresh.push(performance.now() - t);
        t = performance.now();
        renderer.render();
        redraw.push(performance.now() - t);
      }
      refresh.shift();
      redraw.shift();

      // what-if: the initiators of the riskiest projects leave, one at a time
      const listed = [...document.querySelectorAll("[data-panel=risk] button[data-project]")].map((b) => b.getAttribute("data-project"));
      const risk = listed.slice(0, reps);
      const initiators = listed.map((p) => town.initiatorsAt(p, viewer.state.date)[0]).filter((x) => x !== undefined).slice(0, reps);
      const whatIf = [];
      const whatIfSync = [];
      for (const id of initiators) {
        const t = performance.now();
        viewer.whatIf([id]);
        whatIfSync.push(performance.now() - t);
        await frames();
        whatIf.push(performance.now() - t);
        viewer.whatIf([]);
        await frames();
      }
      // selecting a project (scene + panels + refresh)
      const select = [];
      for (const p of risk) {
        const t = performance.now();
        viewer.selectProject(p);
        await frames();
        select.push(performance.now() - t);
      }
      viewer.selectProject(null);

      // moving the date one year back and forth
      const dateMove = [];
      const end = viewer.state.date;
      const year = Number(end.slice(0, 4));
      for (let i = 0; i < Math.min(reps, 3); i++) {
        const t = performance.now();
        viewer.setDate(`${year - 1 - i}${end.slice(4)}`);
        await frames();
        dateMove.push(performance.now() - t);
      }
      viewer.setDate(end);
      await frames();
      const graph = renderer.getGraph();
      return {
        nodes: graph.order,
        edges: graph.size,
        firstRender,
        frame: { refresh: median(refresh), redraw: median(redraw) },
        whatIf: { median: median(whatIf), sync: median(whatIfSync), runs: whatIf.length },
        selectProject: median(select),
        dateMove: median(dateMove),
        userAgent: navigator.userAgent,
      };
    },
    { reps },
  );
  if (errors.length > 0) throw new Error(`page errors: ${errors.join("; ")}`);
  const rows = [
    ["town", `${people} people: ${result.nodes} present, ${result.edges} ties drawn, ${projects} active projects`],
    ["time to first render", `${ms(result.firstRender.total)} (parse ${ms(result.firstRender.parse)}, setTown ${ms(result.firstRender.setTown)}, first draw ${ms(result.firstRender.draw)})`],
    ["frame: full refresh (reducers + draw)", ms(result.frame.refresh)],
    ["frame: redraw only", ms(result.frame.redraw)],
    ["what-if (one initiator leaves): risks, scene, panels, refresh (JavaScript)", `${ms(result.whatIf.sync)} (median of ${result.whatIf.runs})`],
    ["what-if, until drawn", ms(result.whatIf.median)],
    ["select a project (until drawn)", ms(result.selectProject)],
    ["move the date one year (until drawn)", ms(result.dateMove)],
  ];
  console.log("| measure | time |\n|---|---|");
  for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
  console.log(`\n${result.userAgent}`);
  if (out) writeFileSync(out, JSON.stringify({ people, meanDegree, present, ties, projects, ...result }, null, 2));
} finally {
  await browser.close();
  await served.close();
}
