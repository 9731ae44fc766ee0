/**
 * Small display helpers for the notebooks (Deno's Jupyter kernel): HTML tables with a plain-text
 * twin, and rich outputs from any MIME bundle. A value whose `Symbol.for("Jupyter.display")`
 * method returns a MIME bundle is shown by Deno's kernel when it is the last expression of a
 * cell, or with `await Deno.jupyter.display(value)` anywhere in it.
 *
 * Plain TypeScript without Deno or Node APIs: every text from the data is escaped before it goes
 * into HTML (names and ids are user data).
 *
 * ノートブック用の表示ヘルパー：HTML の表（テキスト版つき）と任意の MIME 出力。
 */

/** The symbol Deno's Jupyter kernel looks for on a cell's value. */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for("Jupyter.display") as never;

/** A MIME bundle: `{ "text/html": "...", "text/plain": "..." }`. */
export type MimeBundle = Record<string, string>;

/** Something Deno's Jupyter kernel displays as a rich output. */
export interface Displayable {
  [JUPYTER_DISPLAY](): MimeBundle;
}

/** Wraps a MIME bundle so that the kernel displays it. */
export function rich(bundle: MimeBundle): Displayable {
  return { [JUPYTER_DISPLAY]: () => bundle };
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** How a cell value reads: numbers to at most three decimals, NaN and missing values as "–". */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return "–";
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "–";
    if (!Number.isFinite(value)) return value > 0 ? "∞" : "−∞";
    return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(3)));
  }
  if (Array.isArray(value)) return value.length === 0 ? "–" : value.map(formatCell).join(", ");
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}

/** One column of a table: a header and how to read the cell from a row. */
export interface Column<R> {
  header: string;
  value: (row: R) => unknown;
  /** Right-aligned by default for numbers. */
  align?: "left" | "right";
}

/** Width of a text in a monospace terminal: East Asian wide characters count twice. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
  }
  return w;
}

function pad(text: string, width: number, align: "left" | "right"): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "right" ? fill + text : text + fill;
}

/**
 * A table of rows, shown as HTML in Jupyter and as aligned text elsewhere.
 *
 * @example
 * ```ts
 * table([{ id: "a", n: 1 }], [{ header: "id", value: (r) => r.id }, { header: "n", value: (r) => r.n }]);
 * ```
 */
export function table<R>(rows: readonly R[], columns: readonly Column<R>[], options: { caption?: string } = {}): Displayable {
  const cells = rows.map((row) => columns.map((c) => c.value(row)));
  const aligns = columns.map((c, j) => c.align ?? (cells.length > 0 && cells.every((r) => typeof r[j] === "number") ? "right" : "left"));
  const texts = cells.map((r) => r.map(formatCell));

  const th = columns.map((c, j) => `<th style="text-align:${aligns[j]}">${escapeHtml(c.header)}</th>`).join("");
  const trs = texts.map((r) => `<tr>${r.map((t, j) => `<td style="text-align:${aligns[j]}">${escapeHtml(t)}</td>`).join("")}</tr>`).join("\n");
  const caption = options.caption ? `<caption style="caption-side:top;text-align:left;font-weight:bold">${escapeHtml(options.caption)}</caption>` : "";
  const html = `<table>${caption}<thead><tr>${th}</tr></thead>\n<tbody>\n${trs}\n</tbody></table>`;

  const widths = columns.map((c, j) => Math.max(displayWidth(c.header), ...texts.map((r) => displayWidth(r[j]!))));
  const line = (r: string[]) => r.map((t, j) => pad(t, widths[j]!, aligns[j]!)).join("  ").trimEnd();
  const plain = [
    ...(options.caption ? [options.caption] : []),
    line(columns.map((c) => c.header)),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...texts.map(line),
  ].join("\n");
  return rich({ "text/html": html, "text/plain": plain });
}

/** A list of key–value pairs as a two-column table. */
export function facts(pairs: Readonly<Record<string, unknown>>, caption?: string): Displayable {
  return table(Object.entries(pairs), [
    { header: "measure", value: ([k]) => k, align: "left" },
    { header: "value", value: ([, v]) => v, align: "right" },
  ], { caption });
}

/** How long `show` waits after its outputs: see below. */
export const FLUSH_MS = 60;

/**
 * Shows values as outputs of the current cell, in order: `await show(table(...), chart)`.
 *
 * Why not just leave the value as the cell's last expression? Deno's kernel (2.9) sends a cell's
 * outputs on a separate task and may report the cell finished ("idle") a few milliseconds before
 * they go out. Jupyter Lab and VS Code still show them, but a headless run
 * (`jupyter nbconvert --execute`, the notebooks' test) stops listening at "idle" and loses them.
 * So `show` displays every value and then waits a little, so that the outputs are sent before the
 * cell ends. Outside Deno's kernel it prints the plain-text form.
 */
export async function show(...values: unknown[]): Promise<void> {
  const jupyter = (globalThis as { Deno?: { jupyter?: { display(value: unknown): Promise<void> } } }).Deno?.jupyter;
  for (const value of values) {
    if (jupyter) await jupyter.display(value);
    else console.log(isDisplayable(value) ? value[JUPYTER_DISPLAY]()["text/plain"] ?? "" : value);
  }
  await new Promise((resolve) => setTimeout(resolve, FLUSH_MS));
}

function isDisplayable(value: unknown): value is Displayable {
  return typeof value === "object" && value !== null && typeof (value as Partial<Displayable>)[JUPYTER_DISPLAY] === "function";
}

/** Plain text as an output (for lines that must not be lost in a headless run; see `show`). */
export function text(...lines: string[]): Displayable {
  const body = lines.join("\n");
  return rich({ "text/plain": body, "text/html": `<pre>${escapeHtml(body)}</pre>` });
}
