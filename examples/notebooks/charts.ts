/**
 * Charts for the notebooks: a Vega-Lite specification compiled with `vega-lite` and rendered to
 * an SVG string by `vega` without a browser, a DOM or a canvas (`renderer: "none"`, then
 * `view.toSVG()`). The data must be inline (`data.values`): nothing is loaded from anywhere.
 *
 * ノートブックのグラフ：Vega-Lite の仕様を SVG 文字列に描きます（ブラウザも通信も不要）。
 */
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { rich, type Displayable } from "./display.ts";

/** Fonts that have Japanese glyphs on common systems, then the generic family. */
const FONT = '"Hiragino Sans", "Yu Gothic", "Noto Sans CJK JP", "IPAGothic", sans-serif';

/** Look shared by every chart of the notebooks. */
const CONFIG = {
  font: FONT,
  view: { stroke: "#ddd" },
  axis: { labelFontSize: 11, titleFontSize: 12, gridColor: "#eee", labelLimit: 400 },
  legend: { labelFontSize: 11, titleFontSize: 12, labelLimit: 400, titleLimit: 400 },
  title: { fontSize: 14, anchor: "start" as const },
};

/** A Vega loader that refuses every file and URL: charts take their data inline. */
const OFFLINE = vega.loader();
OFFLINE.sanitize = (uri: string) => Promise.reject(new Error(`charts.ts loads nothing (asked for ${uri}): give the data inline as data.values`));

/** Renders a Vega-Lite specification to an SVG document (a string). */
export async function vegaLiteSvg(spec: TopLevelSpec): Promise<string> {
  const { spec: compiled } = compile({ ...spec, config: { ...CONFIG, ...(spec.config ?? {}) } } as TopLevelSpec);
  const view = new vega.View(vega.parse(compiled), { renderer: "none", loader: OFFLINE });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/**
 * A chart as a notebook output (`image/svg+xml`, with a line of text for viewers that show no
 * images).
 */
export async function chart(spec: TopLevelSpec): Promise<Displayable> {
  const svg = await vegaLiteSvg(spec);
  const title = typeof spec.title === "string" ? spec.title : Array.isArray(spec.title) ? spec.title.join(" ") : (spec.title?.text ?? "chart");
  return rich({ "image/svg+xml": svg, "text/plain": `[SVG chart: ${Array.isArray(title) ? title.join(" ") : title}]` });
}
