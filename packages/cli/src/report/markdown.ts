/**
 * The coordinator's report as Markdown: headings, short paragraphs and tables, readable as
 * plain text and rendered by any Markdown viewer. Every name and id from the town is escaped
 * (a name cannot break a table or inject HTML into a renderer).
 *
 * @module
 */

import { RISK_LEVELS, ROLES, TERMS, type Lang } from "@kankei/core";
import type { ReportCandidate, ReportHandover, ReportModel, ReportProject } from "./content.js";
import { formatCount, formatScore, formatShare } from "./format.js";
import { circulationRows } from "./circulation-rows.js";
import { REPORT_TEXT } from "./labels.js";

/** Projects explained one by one in the Markdown and HTML reports (the highest risks first). */
export const DETAIL_LIMIT = 30;

/**
 * Escapes a text for Markdown: the characters that start emphasis, code, links, HTML or a
 * table cell are backslash-escaped, and line breaks become spaces, so the text shows as it is.
 *
 * @example
 * ```ts
 * import { escapeMarkdown } from "./markdown.js";
 * escapeMarkdown("a|b <i>"); // "a\\|b \\<i\\>"
 * escapeMarkdown("line\nbreak"); // "line break"
 * ```
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n|\r|\n/g, " ").replace(/[\\`*_{}[\]<>|#!~&]/g, (ch) => `\\${ch}`);
}

/** "= 0.18", or "< 0.001" for a value too small to show. */
function rValue(x: number): string {
  const text = formatScore(x);
  return text.startsWith("<") ? `< ${text.slice(1)}` : `= ${text}`;
}

/** The level cell of a project: 仕掛け人不在 first when it has no initiator, then the level. */
function levelCell(p: Pick<ReportProject, "orphaned" | "level">, lang: Lang): string {
  const T = REPORT_TEXT[lang];
  return p.orphaned ? `**${T.orphaned}**${T.list}${T.level[p.level]}` : T.level[p.level];
}

/** A person or project as shown: the name and, when it differs, the id. */
function who(name: string, id: string): string {
  return name === id ? escapeMarkdown(id) : `${escapeMarkdown(name)} (${escapeMarkdown(id)})`;
}

function table(head: string[], rows: string[][], align?: ("l" | "r")[]): string[] {
  const sep = head.map((_, i) => (align?.[i] === "r" ? "---:" : "---"));
  return [`| ${head.join(" | ")} |`, `| ${sep.join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`), ""];
}

/**
 * Renders a report as Markdown in English or Japanese.
 *
 * @example
 * ```ts
 * import { buildReport } from "./content.js";
 * import { renderMarkdown } from "./markdown.js";
 * import { readTownFile } from "@kankei/core/node";
 * const md = renderMarkdown(buildReport(readTownFile("examples/town/town.json")), "en");
 * md.startsWith("# Relationship-population report: 架空町"); // true
 * md.includes("| 1 | 架空町ファンクラブ (fanclub) | **no initiator**, high |"); // true
 * ```
 */
export function renderMarkdown(report: ReportModel, lang: Lang): string {
  const T = REPORT_TEXT[lang];
  const terms = TERMS[lang];
  const s = report.succession;
  const out: string[] = [];
  const sep = T.list;

  out.push(`# ${T.title}${T.colon}${escapeMarkdown(report.town.name)}`, "");
  out.push(`**${T.asOf(report.date)}**${T.period}${T.scope(s.horizonDays, report.circulation.from, report.circulation.to)}`, "");
  out.push(`**${T.howToReadTitle}**`, "", ...T.howToRead.map((line) => `- ${line}`), "");

  // (a) projects by succession risk
  out.push(`## 1. ${T.sections.risk}`, "");
  out.push(T.levelsLine(RISK_LEVELS.map((l) => `${T.level[l]} ${s.levels[l]}`).join(sep)));
  out.push(T.loadLine(formatScore(s.loadConcentration)));
  if (s.overloaded.length > 0) out.push(T.overloadedLine(s.overloaded.map((p) => `${who(p.name, p.id)} ${p.load}`).join(sep)));
  out.push("");
  if (s.projects.length === 0) out.push(T.noActiveProjects, "");
  else {
    const c = T.col;
    out.push(
      ...table(
        [c.rank, c.project, c.level, c.risk, c.exposure, c.bench, c.initiators, c.standIns, c.candidates],
        s.projects.map((p) => [
          String(p.rank),
          who(p.name, p.id),
          levelCell(p, lang),
          formatScore(p.risk),
          formatScore(p.exposure),
          formatScore(p.benchStrength),
          p.orphaned ? T.orphaned : p.initiators.map((i) => `${who(i.name, i.id)}${T.colon}${formatScore(i.q)}`).join(sep),
          p.standIns.length === 0 ? T.none : p.standIns.map((x) => `${who(x.name, x.id)}${T.colon}${formatScore(x.readiness)}`).join(sep),
          formatCount(p.candidates),
        ]),
        ["r", "l", "l", "r", "r", "r", "l", "l", "r"],
      ),
    );
    out.push(`### ${T.detailsTitle}`, "");
    const detailed = s.projects.slice(0, DETAIL_LIMIT);
    if (detailed.length < s.projects.length) out.push(T.onlyHighest(formatCount(detailed.length), formatCount(s.projects.length)), "");
    const why = (lines: readonly string[]) => escapeMarkdown(lines.join(T.list));
    const candidateLine = (x: ReportCandidate) =>
      `  - ${who(x.name, x.id)}${sep}${terms.role[x.role]}${sep}${T.col.readiness} ${formatScore(x.readiness)}${T.colon}${why(x.why[lang])}`;
    const handoverLine = (x: ReportHandover) => {
      const state = x.ready ? T.ready : T.notReady;
      const path = x.toReadyText[lang];
      const after = `${T.riskAfterHandover} ${formatScore(x.riskAfter)} (${T.level[x.levelAfter]})`;
      return `  - ${who(x.name, x.id)}${sep}${terms.role[x.role]}${sep}${T.col.readiness} ${formatScore(x.readiness)}${sep}${state}${sep}${after}${path === null ? "" : `${sep}${escapeMarkdown(path)}`}`;
    };
    for (const p of detailed) {
      const ex = p.explanation[lang];
      out.push(`#### ${p.rank}. ${who(p.name, p.id)}${T.colon}${levelCell(p, lang)}${sep}R ${rValue(p.risk)}`, "");
      if (ex.orphaned !== null) out.push(`- **${escapeMarkdown(ex.orphaned)}**`);
      for (const line of [ex.risk, ex.exposure, ex.bench, ex.standIns]) out.push(`- ${escapeMarkdown(line)}`);
      if (!p.orphaned) {
        out.push(`- ${T.col.initiators}${T.colon.trimEnd()}`);
        for (const i of p.initiators) out.push(`  - ${who(i.name, i.id)}${T.colon}${escapeMarkdown(i.why[lang])}`);
      }
      if (p.standIns.length > 0) {
        out.push(`- ${T.col.standIns}${T.colon.trimEnd()}`);
        for (const x of p.standIns) out.push(candidateLine(x));
      } else if (p.readiest.length > 0) {
        out.push(`- ${T.readiest}${T.colon.trimEnd()}`);
        for (const x of p.readiest) out.push(candidateLine(x));
      }
      if (p.handover.length > 0) {
        out.push(`- ${T.handoverTitle}${T.colon.trimEnd()}`);
        for (const x of p.handover) out.push(handoverLine(x));
      }
      out.push("");
    }
  }

  // (b) single points of failure
  out.push(`## 2. ${T.sections.spof}`, "");
  if (report.singlePointsOfFailure.length === 0) out.push(T.spofNone, "");
  else {
    out.push(T.spofIntro, "");
    const c = T.col;
    const rows = report.singlePointsOfFailure.flatMap((sp) =>
      sp.projects.map((p) => [
        who(sp.name, sp.id),
        who(p.name, p.project),
        `${formatScore(p.riskBefore)} (${T.level[p.levelBefore]})`,
        `${formatScore(p.riskAfter)} (${T.level[p.levelAfter]})`,
        p.successor === null ? T.noSuccessor : `${who(p.successor.name, p.successor.id)} ${formatScore(p.successor.readiness)}`,
      ]),
    );
    out.push(...table([c.person, c.project, c.before, c.after, c.successor], rows));
  }

  // (c) weak-tie reach
  const r = report.reach;
  out.push(`## 3. ${T.sections.reach}`, "");
  out.push(T.reachIntro(formatCount(r.core), formatCount(r.hops)), "");
  out.push(
    ...table(
      ["", T.col.everyone, T.col.outsiders],
      [
        [T.reachRows.all, formatCount(r.all), formatCount(r.outsiders.all)],
        [T.reachRows.strongOnly, formatCount(r.strongOnly), formatCount(r.outsiders.strongOnly)],
        [T.reachRows.gain, formatCount(r.gain), formatCount(r.outsiders.gain)],
        [T.reachRows.gainShare, formatShare(r.gainShare), formatShare(r.outsiders.gainShare)],
      ],
      ["l", "r", "r"],
    ),
  );
  out.push(T.largestComponent(formatCount(r.largestComponent.all), formatCount(r.largestComponent.strongOnly)), "");
  if (r.projects.length > 0) {
    const c = T.col;
    out.push(`### ${T.reachPerProject}`, "");
    out.push(
      ...table(
        [c.project, c.core, c.reached, c.strongOnly, c.weakOnly, c.outsidersReached, c.outsidersWeakOnly],
        r.projects.map((p) => [
          who(p.name, p.project),
          formatCount(p.core),
          formatCount(p.all),
          formatCount(p.strongOnly),
          formatCount(p.gain),
          formatCount(p.outsiders.all),
          formatCount(p.outsiders.gain),
        ]),
        ["l", "r", "r", "r", "r", "r", "r"],
      ),
    );
  }

  // (d) circulation
  const ci = report.circulation;
  const R = T.circulationRows;
  out.push(`## 4. ${T.sections.circulation}`, "");
  out.push(T.circulationIntro(ci.from, ci.to, String(ci.years)), "");
  out.push(
    ...table(
      [T.col.figure, T.col.value],
      circulationRows(ci, R),
      ["l", "r"],
    ),
  );
  out.push(`### ${T.outsidersToCoreTitle}`, "");
  if (ci.outsidersToCore.list.length === 0) out.push(T.outsidersToCoreNone, "");
  else {
    const c = T.col;
    out.push(
      ...table(
        [c.person, c.project, c.date, T.entered, c.from],
        ci.outsidersToCore.list.map((o) => [
          who(o.name, o.id),
          who(o.projectName, o.project),
          o.date,
          terms.role[o.role],
          o.from === "none" ? T.newToProject : terms.role[o.from],
        ]),
      ),
    );
  }

  // (e) the town at a glance
  const sm = report.summary;
  out.push(`## 5. ${T.sections.summary}`, "");
  out.push(T.peopleLine(formatCount(sm.present), formatCount(sm.recorded)), "");
  out.push(
    ...table(
      [T.col.role, T.col.local, T.col.outsider, T.col.total],
      [
        ...[...ROLES, "none" as const].map((role) => {
          const row = sm.byRole[role];
          return [role === "none" ? T.noRole : terms.role[role], formatCount(row.local), formatCount(row.outsider), formatCount(row.local + row.outsider)];
        }),
        [T.col.total, formatCount(sm.byOrigin.local), formatCount(sm.byOrigin.outsider), formatCount(sm.present)],
      ],
      ["l", "r", "r", "r"],
    ),
  );
  out.push(T.projectsLine(formatCount(sm.projects.active), formatCount(sm.projects.total), formatCount(sm.projects.orphaned)));
  out.push(T.tiesLine(formatCount(sm.ties.active), formatCount(sm.ties.strong), formatCount(sm.ties.weak)), "");
  out.push("---", "", `*${T.footer}*`, "");
  return out.join("\n");
}
