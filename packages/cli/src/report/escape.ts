/**
 * Escaping for HTML: every text from a town (names, ids, dates, extra fields) goes through
 * {@link escapeHtml} before it reaches the report's HTML or SVG, in text and in attributes.
 *
 * @module
 */

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes the five characters that matter in HTML text and quoted attribute values.
 *
 * @example
 * ```ts
 * import { escapeHtml } from "./escape.js";
 * escapeHtml("<script>alert(1)</script>"); // "&lt;script&gt;alert(1)&lt;/script&gt;"
 * escapeHtml(`&"'`); // "&amp;&quot;&#39;"
 * ```
 */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}
