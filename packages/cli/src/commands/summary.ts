/**
 * `kankei summary <town>`: the town at a glance, in English or Japanese: people by highest
 * role and origin, projects with their initiators, ties by strength.
 *
 * @module
 */

import { ROLES, TERMS, summarizeTown, type IsoDate, type Lang, type Town } from "@kankei/core";
import { padDisplay, padDisplayStart } from "../lang.js";

const TEXT = {
  en: {
    asOf: "as of",
    people: "People",
    present: "present",
    recorded: "in the records",
    role: "highest current role",
    none: "(no current role)",
    total: "total",
    projects: "Projects",
    active: "active",
    of: "of",
    orphaned: "no initiator (orphaned)",
    initiators: "initiators",
    members: "members",
    ended: "ended",
    notStarted: "not started",
    ties: "Ties",
    activeTies: "active",
  },
  ja: {
    asOf: "時点",
    people: "人物",
    present: "在籍",
    recorded: "記録",
    role: "現在の最上位の役割",
    none: "（役割なし）",
    total: "計",
    projects: "事業",
    active: "実施中",
    of: "/",
    orphaned: "仕掛け人なし（孤立）",
    initiators: "仕掛け人",
    members: "構成",
    ended: "終了",
    notStarted: "未開始",
    ties: "紐帯",
    activeTies: "有効",
  },
} as const;

/**
 * Formats the summary of a town as plain text for a terminal.
 *
 * @example
 * ```ts
 * import { createTown } from "@kankei/core";
 * import { formatSummary } from "@kankei/cli";
 * const town = createTown({ town: { name: "Demo", asOf: "2024-04-01" }, people: [{ id: "a", origin: "local" }] });
 * formatSummary(town, "en").startsWith("Demo"); // true
 * ```
 */
export function formatSummary(town: Town, lang: Lang, t?: IsoDate): string {
  const s = summarizeTown(town, t);
  const L = TEXT[lang];
  const T = TERMS[lang];
  const out: string[] = [];
  const title = lang === "ja" ? `${town.name}（${s.date} ${L.asOf}）` : `${town.name} (${L.asOf} ${s.date})`;
  out.push(title, "=".repeat(Math.min(60, title.length * (lang === "ja" ? 2 : 1))), "");

  out.push(`${L.people}: ${s.people.present} ${L.present} (${s.people.recorded} ${L.recorded})`);
  const w = 22;
  const cols = [T.origin.local, T.origin.outsider, L.total];
  out.push(`  ${padDisplay(L.role, w)}${cols.map((c) => padDisplayStart(c, 10)).join("")}`);
  for (const r of [...ROLES, "none"] as const) {
    const row = s.people.byRole[r];
    const label = r === "none" ? L.none : T.role[r];
    out.push(
      `  ${padDisplay(label, w)}${[row.local, row.outsider, row.local + row.outsider].map((n) => padDisplayStart(String(n), 10)).join("")}`,
    );
  }
  out.push(
    `  ${padDisplay(L.total, w)}${[s.people.byOrigin.local, s.people.byOrigin.outsider, s.people.present]
      .map((n) => padDisplayStart(String(n), 10))
      .join("")}`,
  );
  out.push("");

  const active = s.projects.filter((p) => p.active).length;
  out.push(`${L.projects}: ${active} ${L.active} ${L.of} ${s.projects.length}`);
  for (const p of s.projects) {
    const lead = p.lead ? ` [${T.lead[p.lead as keyof typeof T.lead] ?? p.lead}]` : "";
    const period = `${p.start ?? ""}–${p.end ?? ""}`;
    out.push(`  ${p.name}${lead} ${period}`);
    if (!p.active) {
      const ended = p.end !== undefined && p.end <= s.date;
      out.push(`      ${ended ? L.ended : L.notStarted}`);
      continue;
    }
    const who = p.initiators.map((id) => {
      const person = town.person(id)!;
      const sector = person.sector ? `, ${T.sector[person.sector]}` : "";
      return `${town.personName(id)} (${T.origin[person.origin]}${sector})`;
    });
    out.push(`      ${L.initiators}: ${who.length > 0 ? who.join(lang === "ja" ? "、" : ", ") : L.orphaned}`);
    out.push(`      ${L.members}: ${ROLES.map((r) => `${T.role[r]} ${p.members[r]}`).join(", ")}`);
  }
  out.push("");
  out.push(
    `${L.ties}: ${s.ties.active} ${L.activeTies} (${T.strength.strong} ${s.ties.byStrength.strong}, ${T.strength.weak} ${s.ties.byStrength.weak})`,
  );
  return out.join("\n") + "\n";
}
