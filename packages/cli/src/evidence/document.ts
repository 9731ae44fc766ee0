/**
 * The printed form of the evidence commands (`kankei hazards`, `kankei backtest`): a small
 * document model (title, notes, sections with paragraphs and tables) rendered as Markdown or
 * as one self-contained HTML page. JSON output is the core's result itself (see the commands).
 * Every text from a town goes through {@link escapeHtml} in HTML and {@link escapeMarkdown} in
 * Markdown tables.
 *
 * @module
 */

import type { Lang } from "@kankei/core";
import { escapeHtml } from "../report/escape.js";
import { escapeMarkdown } from "../report/markdown.js";

/** A table: header cells and rows of cells (already formatted text). */
export interface EvidenceTable {
  head: string[];
  rows: string[][];
  /** Columns that hold numbers (right-aligned), by index. */
  numeric?: number[];
}

/** A section of an evidence document. */
export interface EvidenceSection {
  heading: string;
  paragraphs: string[];
  tables: EvidenceTable[];
}

/** An evidence document, in one language. */
export interface EvidenceDocument {
  lang: Lang;
  title: string;
  /** Lines under the title: the town, the period, what was read. */
  notes: string[];
  /** A warning shown before anything else (too few events), or null. */
  warning: string | null;
  sections: EvidenceSection[];
}

/**
 * The document as Markdown: `#` title, notes, a quoted warning, `##` sections, pipe tables.
 *
 * @example
 * ```ts
 * import { evidenceMarkdown } from "./document.js";
 * const md = evidenceMarkdown({ lang: "en", title: "T", notes: ["n"], warning: null, sections: [
 *   { heading: "S", paragraphs: [], tables: [{ head: ["a", "b"], rows: [["x|y", "1"]], numeric: [1] }] },
 * ] });
 * md; // "# T\n\nn\n\n## S\n\n| a | b |\n|---|---:|\n| x\\|y | 1 |\n"
 * ```
 */
export function evidenceMarkdown(doc: EvidenceDocument): string {
  const out: string[] = [`# ${doc.title}`, ""];
  for (const n of doc.notes) out.push(n, "");
  if (doc.warning !== null) out.push(`> **${doc.warning}**`, "");
  for (const s of doc.sections) {
    out.push(`## ${s.heading}`, "");
    for (const p of s.paragraphs) out.push(p, "");
    for (const t of s.tables) {
      out.push(`| ${t.head.map(escapeMarkdown).join(" | ")} |`);
      out.push(`|${t.head.map((_, i) => (t.numeric?.includes(i) ? "---:" : "---")).join("|")}|`);
      for (const r of t.rows) out.push(`| ${r.map(escapeMarkdown).join(" | ")} |`);
      out.push("");
    }
  }
  return out.join("\n").replace(/\n+$/, "\n");
}

const STYLE = `body{font-family:"IPAGothic","Hiragino Sans","Noto Sans CJK JP",sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:0.5em 0 1.5em}th,td{border:1px solid #bbb;padding:0.25em 0.6em}th{background:#f0f0f0}
td.n{text-align:right;font-variant-numeric:tabular-nums}.warning{border-left:4px solid #c0392b;background:#fdecea;padding:0.5em 1em}
@media print{body{margin:0}}`;

/**
 * The document as one self-contained HTML page (no script, nothing fetched).
 *
 * @example
 * ```ts
 * import { evidenceHtml } from "./document.js";
 * const html = evidenceHtml({ lang: "ja", title: "<T>", notes: [], warning: "few", sections: [] });
 * html.includes("<title>&lt;T&gt;</title>"); // true
 * html.includes('<p class="warning">few</p>'); // true
 * html.startsWith('<!DOCTYPE html>\n<html lang="ja">'); // true
 * ```
 */
export function evidenceHtml(doc: EvidenceDocument): string {
  const e = escapeHtml;
  const out: string[] = [
    "<!DOCTYPE html>",
    `<html lang="${doc.lang}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(doc.title)}</title><style>${STYLE}</style></head>`,
    "<body>",
    `<h1>${e(doc.title)}</h1>`,
  ];
  for (const n of doc.notes) out.push(`<p>${e(n)}</p>`);
  if (doc.warning !== null) out.push(`<p class="warning">${e(doc.warning)}</p>`);
  for (const s of doc.sections) {
    out.push(`<h2>${e(s.heading)}</h2>`);
    for (const p of s.paragraphs) out.push(`<p>${e(p)}</p>`);
    for (const t of s.tables) {
      out.push("<table>", `<tr>${t.head.map((h) => `<th>${e(h)}</th>`).join("")}</tr>`);
      for (const r of t.rows) out.push(`<tr>${r.map((c, i) => `<td${t.numeric?.includes(i) ? ' class="n"' : ""}>${e(c)}</td>`).join("")}</tr>`);
      out.push("</table>");
    }
  }
  out.push("</body>", "</html>");
  return out.join("\n") + "\n";
}
