/**
 * Hand-written inline SVG bar charts for the HTML report: no library, no script, nothing
 * fetched. Colours are from the Okabe–Ito palette, safe for colour-blind readers, and never the
 * only cue: every bar carries its number and, for risk, its level in words. Each chart has a
 * `<title>` for screen readers; every text from the town is escaped.
 *
 * @module
 */

import { ROLES, TERMS, type Lang, type RiskLevel } from "@kankei/core";
import { displayWidth } from "../lang.js";
import type { ReportModel, ReportProject } from "./content.js";
import { escapeHtml } from "./escape.js";
import { formatCount, formatScore } from "./format.js";
import { REPORT_TEXT } from "./labels.js";

/** Okabe–Ito colours of the risk levels: vermillion, orange, yellow, bluish green. */
export const LEVEL_COLOURS: Readonly<Record<RiskLevel, string>> = Object.freeze({
  critical: "#D55E00",
  high: "#E69F00",
  moderate: "#F0E442",
  low: "#009E73",
});

/** Okabe–Ito colours of the origins: blue for local, reddish purple for outsider. */
export const ORIGIN_COLOURS = Object.freeze({ local: "#0072B2", outsider: "#CC79A7" });

/**
 * Shortens a label to a display width (East Asian characters count 2), ending it with "…".
 *
 * @example
 * ```ts
 * import { truncateLabel } from "./svg.js";
 * truncateLabel("かそらワーケーション", 12); // "かそらワー…"
 * truncateLabel("Market", 12); // "Market"
 * ```
 */
export function truncateLabel(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = "";
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

const n = (x: number) => String(Math.round(x * 10) / 10);

/**
 * A horizontal bar per project: its succession risk R on a 0–1 scale, coloured by level, with
 * dashed lines at the level thresholds and the value and level written beside the bar.
 *
 * @example
 * ```ts
 * import { riskChart } from "./svg.js";
 * const svg = riskChart([{ id: "p", name: "<b>", level: "high", risk: 0.3 }], { critical: 0.5, high: 0.25, moderate: 0.1 }, "en");
 * svg.startsWith("<svg"); // true
 * svg.includes("&lt;b&gt;"); // true
 * svg.includes("#E69F00"); // true
 * ```
 */
export function riskChart(
  projects: readonly Pick<ReportProject, "id" | "name" | "level" | "risk">[],
  thresholds: ReportModel["succession"]["thresholds"],
  lang: Lang,
): string {
  const T = REPORT_TEXT[lang];
  const labelW = 230;
  const barW = 340;
  const rowH = 24;
  const top = 30;
  const width = labelW + barW + 150;
  const height = top + projects.length * rowH + 12;
  const title = escapeHtml(T.chartRisk);
  const out: string[] = [
    `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="chart-risk-title">`,
    `<title id="chart-risk-title">${title}</title>`,
  ];
  // scale and thresholds
  out.push(`<line x1="${labelW}" y1="${top - 6}" x2="${labelW}" y2="${height - 8}" stroke="#333" stroke-width="1"/>`);
  const marks: [number, string][] = [
    [0, "0"],
    [thresholds.moderate, `${formatScore(thresholds.moderate)}`],
    [thresholds.high, `${formatScore(thresholds.high)}`],
    [thresholds.critical, `${formatScore(thresholds.critical)}`],
    [1, "1"],
  ];
  for (const [v, label] of marks) {
    const x = labelW + v * barW;
    if (v > 0) out.push(`<line x1="${n(x)}" y1="${top - 6}" x2="${n(x)}" y2="${height - 8}" stroke="#999" stroke-width="1" stroke-dasharray="3 3"/>`);
    out.push(`<text x="${n(x)}" y="${top - 12}" text-anchor="middle" class="tick">${escapeHtml(label)}</text>`);
  }
  projects.forEach((p, k) => {
    const y = top + k * rowH;
    const w = p.risk > 0 ? Math.max(1.5, p.risk * barW) : 0;
    const full = escapeHtml(p.name === p.id ? p.id : `${p.name} (${p.id})`);
    out.push(`<g><title>${full}: R = ${escapeHtml(formatScore(p.risk))}, ${escapeHtml(T.level[p.level])}</title>`);
    out.push(`<text x="${labelW - 8}" y="${y + 16}" text-anchor="end">${escapeHtml(truncateLabel(p.name, 30))}</text>`);
    out.push(
      `<rect x="${labelW}" y="${y + 4}" width="${n(w)}" height="${rowH - 8}" fill="${LEVEL_COLOURS[p.level]}" stroke="#333" stroke-width="0.5"/>`,
    );
    out.push(`<text x="${n(labelW + w + 6)}" y="${y + 16}">${escapeHtml(`${formatScore(p.risk)} ${T.level[p.level]}`)}</text></g>`);
  });
  out.push("</svg>");
  return out.join("\n");
}

/**
 * Stacked horizontal bars: the people present by highest current role, local and outsider,
 * with the counts written beside each bar and a legend.
 *
 * @example
 * ```ts
 * import { peopleChart } from "./svg.js";
 * const byRole = { initiator: { local: 1, outsider: 0 }, cooperator: { local: 2, outsider: 1 }, supporter: { local: 0, outsider: 3 }, participant: { local: 0, outsider: 0 }, none: { local: 4, outsider: 0 } };
 * const svg = peopleChart(byRole, "ja");
 * svg.includes("仕掛け人"); // true
 * svg.includes("#CC79A7"); // true
 * ```
 */
export function peopleChart(byRole: ReportModel["summary"]["byRole"], lang: Lang): string {
  const T = REPORT_TEXT[lang];
  const terms = TERMS[lang];
  const rows = [...ROLES, "none" as const];
  const labelW = 150;
  const barW = 420;
  const rowH = 26;
  const top = 34;
  const width = labelW + barW + 150;
  const height = top + rows.length * rowH + 10;
  const max = rows.reduce((m, r) => Math.max(m, byRole[r].local + byRole[r].outsider), 1);
  const out: string[] = [
    `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="chart-people-title">`,
    `<title id="chart-people-title">${escapeHtml(T.chartPeople)}</title>`,
    `<rect x="${labelW}" y="6" width="12" height="12" fill="${ORIGIN_COLOURS.local}"/>`,
    `<text x="${labelW + 18}" y="16">${escapeHtml(T.col.local)}</text>`,
    `<rect x="${labelW + 110}" y="6" width="12" height="12" fill="${ORIGIN_COLOURS.outsider}"/>`,
    `<text x="${labelW + 128}" y="16">${escapeHtml(T.col.outsider)}</text>`,
  ];
  rows.forEach((role, k) => {
    const y = top + k * rowH;
    const { local, outsider } = byRole[role];
    const wl = (local / max) * barW;
    const wo = (outsider / max) * barW;
    const label = role === "none" ? T.noRole : terms.role[role];
    out.push(`<text x="${labelW - 8}" y="${y + 17}" text-anchor="end">${escapeHtml(label)}</text>`);
    out.push(`<rect x="${labelW}" y="${y + 4}" width="${n(wl)}" height="${rowH - 8}" fill="${ORIGIN_COLOURS.local}"/>`);
    out.push(`<rect x="${n(labelW + wl)}" y="${y + 4}" width="${n(wo)}" height="${rowH - 8}" fill="${ORIGIN_COLOURS.outsider}"/>`);
    const text = `${formatCount(local)} + ${formatCount(outsider)} = ${formatCount(local + outsider)}`;
    out.push(`<text x="${n(labelW + wl + wo + 6)}" y="${y + 17}">${escapeHtml(text)}</text>`);
  });
  out.push(`<line x1="${labelW}" y1="${top}" x2="${labelW}" y2="${height - 6}" stroke="#333" stroke-width="1"/>`);
  out.push("</svg>");
  return out.join("\n");
}
