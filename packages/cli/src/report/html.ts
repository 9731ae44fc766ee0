/**
 * The coordinator's report as one self-contained HTML file: inline CSS, inline SVG charts, no
 * script, no font, image or stylesheet fetched from anywhere (a Content-Security-Policy says
 * so to the browser too), `<html lang>` set to the report's language, and print rules for A4
 * (white background, tables and charts kept whole on a page). Every text from the town is
 * escaped with {@link escapeHtml}.
 *
 * @module
 */

import { RISK_LEVELS, ROLES, TERMS, type Lang, type RiskLevel } from "@kankei/core";
import type { ReportCandidate, ReportHandover, ReportModel, ReportProject } from "./content.js";
import { escapeHtml } from "./escape.js";
import { formatCount, formatScore, formatShare } from "./format.js";
import { circulationRows } from "./circulation-rows.js";
import { REPORT_TEXT } from "./labels.js";
import { DETAIL_LIMIT } from "./markdown.js";
import { LEVEL_COLOURS, peopleChart, riskChart } from "./svg.js";

/** Projects in the risk chart (the highest risks first). */
const CHART_LIMIT = 40;

const CSS = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic", Meiryo, sans-serif;
  color: #1a1a1a; background: #fff; max-width: 62rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.55; }
h1 { font-size: 1.6rem; border-bottom: 3px solid #0072B2; padding-bottom: .3rem; margin-bottom: .3rem; }
h2 { font-size: 1.3rem; margin-top: 2.2rem; border-bottom: 1px solid #bbb; padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin-top: 1.6rem; }
h4 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
.meta { color: #444; margin-top: 0; }
.how { border-left: 4px solid #56B4E9; background: #f4f8fb; padding: .4rem 1rem; margin: 1rem 0; }
.how h2 { border: none; margin-top: .4rem; font-size: 1.05rem; }
table { border-collapse: collapse; margin: .8rem 0 1.2rem; font-size: .92rem; }
th, td { border: 1px solid #bbb; padding: .25rem .5rem; vertical-align: top; text-align: left; }
th { background: #eef0f2; font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.orphaned { background: #fff; border-width: 2px; font-weight: bold; }
.level { display: inline-block; padding: 0 .45em; border: 1px solid #333; border-radius: 3px; color: #000; white-space: nowrap; }
${RISK_LEVELS.map((l) => `.level-${l} { background: ${LEVEL_COLOURS[l]}; }`).join("\n")}
figure { margin: 1rem 0; }
figcaption { font-size: .9rem; color: #444; }
svg.chart { max-width: 100%; height: auto; font-size: 13px; }
svg.chart text { fill: #1a1a1a; }
svg.chart .tick { fill: #555; font-size: 11px; }
.project { border-top: 1px solid #ddd; padding-top: .2rem; }
.project ul { margin: .2rem 0 .6rem; padding-left: 1.3rem; }
.reason { color: #333; font-size: .88rem; }
footer { margin-top: 3rem; color: #555; font-size: .85rem; border-top: 1px solid #bbb; padding-top: .5rem; }
@page { size: A4; margin: 15mm 12mm; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; color: #000; background: #fff; }
  .how { background: #fff; border-left-color: #000; }
  th { background: #eee; }
  table, figure, .project, tr, svg { page-break-inside: avoid; break-inside: avoid; }
  h2, h3, h4 { page-break-after: avoid; break-after: avoid; }
  footer { position: static; }
}
`;

const e = escapeHtml;

function who(name: string, id: string): string {
  return name === id ? e(id) : `${e(name)} <span class="id">(${e(id)})</span>`;
}

function level(l: RiskLevel, lang: Lang): string {
  return `<span class="level level-${l}">${e(REPORT_TEXT[lang].level[l])}</span>`;
}

/** The badges of a project: 仕掛け人不在 first when it has no initiator, then the level. */
function badges(p: Pick<ReportProject, "orphaned" | "level">, lang: Lang): string {
  const orphan = p.orphaned ? `<span class="level orphaned">${e(REPORT_TEXT[lang].orphaned)}</span> ` : "";
  return orphan + level(p.level, lang);
}

/** A table; cells are HTML already escaped; `num` marks right-aligned columns. */
function table(head: string[], rows: string[][], num: boolean[] = []): string {
  const cls = (i: number) => (num[i] ? ' class="num"' : "");
  return [
    "<table>",
    `<thead><tr>${head.map((h, i) => `<th scope="col"${cls(i)}>${h}</th>`).join("")}</tr></thead>`,
    "<tbody>",
    ...rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${c}</td>`).join("")}</tr>`),
    "</tbody>",
    "</table>",
  ].join("\n");
}

/**
 * Renders a report as a self-contained HTML page in English or Japanese.
 *
 * @example
 * ```ts
 * import { buildReport } from "./content.js";
 * import { renderHtml } from "./html.js";
 * import { readTownFile } from "@kankei/core/node";
 * const html = renderHtml(buildReport(readTownFile("examples/town/town.json")), "ja");
 * html.startsWith('<!DOCTYPE html>\n<html lang="ja">'); // true
 * html.includes("<svg"); // true
 * html.includes("<script"); // false
 * ```
 */
export function renderHtml(report: ReportModel, lang: Lang): string {
  const T = REPORT_TEXT[lang];
  const terms = TERMS[lang];
  const s = report.succession;
  const c = T.col;
  const sep = e(T.list);
  const body: string[] = [];

  body.push(`<header><h1>${e(T.title)}${e(T.colon)}${e(report.town.name)}</h1>`);
  body.push(`<p class="meta"><strong>${e(T.asOf(report.date))}</strong>${e(T.period)}${e(T.scope(s.horizonDays, report.circulation.from, report.circulation.to))}</p></header>`);
  body.push(`<section class="how"><h2>${e(T.howToReadTitle)}</h2><ul>${T.howToRead.map((l) => `<li>${e(l)}</li>`).join("")}</ul></section>`);

  // (a) projects by succession risk
  body.push(`<section id="risk"><h2>1. ${e(T.sections.risk)}</h2>`);
  body.push(`<p>${e(T.levelsLine(RISK_LEVELS.map((l) => `${T.level[l]} ${s.levels[l]}`).join(T.list)))}<br>${e(T.loadLine(formatScore(s.loadConcentration)))}`);
  if (s.overloaded.length > 0) body.push(`<br>${e(T.overloadedLine(s.overloaded.map((p) => (p.name === p.id ? p.id : `${p.name} (${p.id})`) + ` ${p.load}`).join(T.list)))}`);
  body.push("</p>");
  if (s.projects.length === 0) body.push(`<p>${e(T.noActiveProjects)}</p>`);
  else {
    const charted = s.projects.slice(0, CHART_LIMIT);
    const chartNote = charted.length < s.projects.length ? ` ${e(T.onlyHighest(formatCount(charted.length), formatCount(s.projects.length)))}` : "";
    body.push(`<figure>${riskChart(charted, s.thresholds, lang)}<figcaption>${e(T.chartRisk)}${chartNote}</figcaption></figure>`);
    body.push(
      table(
        [c.rank, c.project, c.level, c.risk, c.exposure, c.bench, c.initiators, c.standIns, c.candidates].map(e),
        s.projects.map((p) => [
          String(p.rank),
          who(p.name, p.id),
          badges(p, lang),
          e(formatScore(p.risk)),
          e(formatScore(p.exposure)),
          e(formatScore(p.benchStrength)),
          p.orphaned ? e(T.orphaned) : p.initiators.map((i) => `${who(i.name, i.id)}${e(T.colon)}${e(formatScore(i.q))}`).join(sep),
          p.standIns.length === 0 ? e(T.none) : p.standIns.map((x) => `${who(x.name, x.id)}${e(T.colon)}${e(formatScore(x.readiness))}`).join(sep),
          e(formatCount(p.candidates)),
        ]),
        [true, false, false, true, true, true, false, false, true],
      ),
    );
    body.push(`<h3>${e(T.detailsTitle)}</h3>`);
    const detailed = s.projects.slice(0, DETAIL_LIMIT);
    if (detailed.length < s.projects.length) body.push(`<p>${e(T.onlyHighest(formatCount(detailed.length), formatCount(s.projects.length)))}</p>`);
    const why = (lines: readonly string[]) => lines.map((l) => `<span class="reason">${e(l)}</span>`).join("<br>");
    const candidate = (x: ReportCandidate) =>
      `<li>${who(x.name, x.id)}${sep}${e(terms.role[x.role])}${sep}${e(c.readiness)} ${e(formatScore(x.readiness))}<br>${why(x.why[lang])}</li>`;
    const handover = (x: ReportHandover) => {
      const path = x.toReadyText[lang];
      const after = `${e(T.riskAfterHandover)} ${e(formatScore(x.riskAfter))} ${level(x.levelAfter, lang)}`;
      return `<li>${who(x.name, x.id)}${sep}${e(terms.role[x.role])}${sep}${e(c.readiness)} ${e(formatScore(x.readiness))}${sep}${e(x.ready ? T.ready : T.notReady)}${sep}${after}${path === null ? "" : `<br><span class="reason">${e(path)}</span>`}</li>`;
    };
    for (const p of detailed) {
      const ex = p.explanation[lang];
      body.push(`<div class="project"><h4>${p.rank}. ${who(p.name, p.id)} ${badges(p, lang)} R ${e(formatScore(p.risk).startsWith("<") ? formatScore(p.risk).replace("<", "< ") : `= ${formatScore(p.risk)}`)}</h4>`);
      body.push("<ul class=\"explanation\">");
      if (ex.orphaned !== null) body.push(`<li><strong>${e(ex.orphaned)}</strong></li>`);
      for (const line of [ex.risk, ex.exposure, ex.bench, ex.standIns]) body.push(`<li>${e(line)}</li>`);
      body.push("</ul>");
      if (!p.orphaned) {
        body.push(`<p>${e(c.initiators)}${e(T.colon.trimEnd())}</p><ul>`);
        for (const i of p.initiators) body.push(`<li>${who(i.name, i.id)}<br><span class="reason">${e(i.why[lang])}</span></li>`);
        body.push("</ul>");
      }
      if (p.standIns.length > 0) body.push(`<p>${e(c.standIns)}${e(T.colon.trimEnd())}</p><ul>${p.standIns.map(candidate).join("")}</ul>`);
      else if (p.readiest.length > 0) body.push(`<p>${e(T.readiest)}${e(T.colon.trimEnd())}</p><ul>${p.readiest.map(candidate).join("")}</ul>`);
      if (p.handover.length > 0) body.push(`<p>${e(T.handoverTitle)}${e(T.colon.trimEnd())}</p><ul>${p.handover.map(handover).join("")}</ul>`);
      body.push("</div>");
    }
  }
  body.push("</section>");

  // (b) single points of failure
  body.push(`<section id="spof"><h2>2. ${e(T.sections.spof)}</h2>`);
  if (report.singlePointsOfFailure.length === 0) body.push(`<p>${e(T.spofNone)}</p>`);
  else {
    body.push(`<p>${e(T.spofIntro)}</p>`);
    body.push(
      table(
        [c.person, c.project, c.before, c.after, c.successor].map(e),
        report.singlePointsOfFailure.flatMap((sp) =>
          sp.projects.map((p) => [
            who(sp.name, sp.id),
            who(p.name, p.project),
            `${e(formatScore(p.riskBefore))} ${level(p.levelBefore, lang)}`,
            `${e(formatScore(p.riskAfter))} ${level(p.levelAfter, lang)}`,
            p.successor === null ? e(T.noSuccessor) : `${who(p.successor.name, p.successor.id)} ${e(formatScore(p.successor.readiness))}`,
          ]),
        ),
      ),
    );
  }
  body.push("</section>");

  // (c) weak-tie reach
  const r = report.reach;
  body.push(`<section id="reach"><h2>3. ${e(T.sections.reach)}</h2>`);
  body.push(`<p>${e(T.reachIntro(formatCount(r.core), formatCount(r.hops)))}</p>`);
  body.push(
    table(
      ["", e(c.everyone), e(c.outsiders)],
      [
        [e(T.reachRows.all), e(formatCount(r.all)), e(formatCount(r.outsiders.all))],
        [e(T.reachRows.strongOnly), e(formatCount(r.strongOnly)), e(formatCount(r.outsiders.strongOnly))],
        [e(T.reachRows.gain), e(formatCount(r.gain)), e(formatCount(r.outsiders.gain))],
        [e(T.reachRows.gainShare), e(formatShare(r.gainShare)), e(formatShare(r.outsiders.gainShare))],
      ],
      [false, true, true],
    ),
  );
  body.push(`<p>${e(T.largestComponent(formatCount(r.largestComponent.all), formatCount(r.largestComponent.strongOnly)))}</p>`);
  if (r.projects.length > 0) {
    body.push(`<h3>${e(T.reachPerProject)}</h3>`);
    body.push(
      table(
        [c.project, c.core, c.reached, c.strongOnly, c.weakOnly, c.outsidersReached, c.outsidersWeakOnly].map(e),
        r.projects.map((p) => [
          who(p.name, p.project),
          ...[p.core, p.all, p.strongOnly, p.gain, p.outsiders.all, p.outsiders.gain].map((x) => e(formatCount(x))),
        ]),
        [false, true, true, true, true, true, true],
      ),
    );
  }
  body.push("</section>");

  // (d) circulation
  const ci = report.circulation;
  const R = T.circulationRows;
  body.push(`<section id="circulation"><h2>4. ${e(T.sections.circulation)}</h2>`);
  body.push(`<p>${e(T.circulationIntro(ci.from, ci.to, String(ci.years)))}</p>`);
  body.push(
    table(
      [e(c.figure), e(c.value)],
      circulationRows(ci, R).map(([a, b]) => [e(a), e(b)]),
      [false, true],
    ),
  );
  body.push(`<h3>${e(T.outsidersToCoreTitle)}</h3>`);
  if (ci.outsidersToCore.list.length === 0) body.push(`<p>${e(T.outsidersToCoreNone)}</p>`);
  else {
    body.push(
      table(
        [c.person, c.project, c.date, T.entered, c.from].map(e),
        ci.outsidersToCore.list.map((o) => [
          who(o.name, o.id),
          who(o.projectName, o.project),
          e(o.date),
          e(terms.role[o.role]),
          e(o.from === "none" ? T.newToProject : terms.role[o.from]),
        ]),
      ),
    );
  }
  body.push("</section>");

  // (e) the town at a glance
  const sm = report.summary;
  body.push(`<section id="summary"><h2>5. ${e(T.sections.summary)}</h2>`);
  body.push(`<p>${e(T.peopleLine(formatCount(sm.present), formatCount(sm.recorded)))}</p>`);
  body.push(`<figure>${peopleChart(sm.byRole, lang)}<figcaption>${e(T.chartPeople)}</figcaption></figure>`);
  body.push(
    table(
      [c.role, c.local, c.outsider, c.total].map(e),
      [
        ...[...ROLES, "none" as const].map((role) => {
          const row = sm.byRole[role];
          return [e(role === "none" ? T.noRole : terms.role[role]), ...[row.local, row.outsider, row.local + row.outsider].map((x) => e(formatCount(x)))];
        }),
        [e(c.total), ...[sm.byOrigin.local, sm.byOrigin.outsider, sm.present].map((x) => e(formatCount(x)))],
      ],
      [false, true, true, true],
    ),
  );
  body.push(`<p>${e(T.projectsLine(formatCount(sm.projects.active), formatCount(sm.projects.total), formatCount(sm.projects.orphaned)))}<br>`);
  body.push(`${e(T.tiesLine(formatCount(sm.ties.active), formatCount(sm.ties.strong), formatCount(sm.ties.weak)))}</p>`);
  body.push("</section>");
  body.push(`<footer>${e(T.footer)}</footer>`);

  return [
    "<!DOCTYPE html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(T.title)}${e(T.colon)}${e(report.town.name)} (${e(report.date)})</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    ...body,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
