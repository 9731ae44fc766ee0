/**
 * Every label and sentence of the coordinator's report, in English and Japanese. Role, origin
 * and sector names come from the core's `TERMS`; the rest is here. Texts are plain: each
 * renderer escapes them for its own format.
 *
 * @module
 */

import { SUCCESSION_TERMS, type Lang, type RiskLevel } from "@kankei/core";

/** The texts of the report in one language. */
export interface ReportText {
  title: string;
  asOf: (date: string) => string;
  scope: (horizonDays: number, from: string, to: string) => string;
  howToReadTitle: string;
  howToRead: string[];
  level: Record<RiskLevel, string>;
  sections: { risk: string; spof: string; reach: string; circulation: string; summary: string };
  levelsLine: (counts: string) => string;
  loadLine: (concentration: string) => string;
  overloadedLine: (people: string) => string;
  col: {
    rank: string;
    project: string;
    level: string;
    risk: string;
    exposure: string;
    bench: string;
    initiators: string;
    standIns: string;
    candidates: string;
    person: string;
    readiness: string;
    role: string;
    why: string;
    before: string;
    after: string;
    successor: string;
    everyone: string;
    outsiders: string;
    core: string;
    reached: string;
    strongOnly: string;
    weakOnly: string;
    weakShare: string;
    outsidersReached: string;
    outsidersWeakOnly: string;
    date: string;
    from: string;
    figure: string;
    value: string;
    local: string;
    outsider: string;
    total: string;
  };
  none: string;
  orphaned: string;
  noStandIn: (threshold: string) => string;
  readiest: string;
  /** Heading of the possible successors of a project (handover options). */
  handoverTitle: string;
  /** "R after the handover". */
  riskAfterHandover: string;
  ready: string;
  notReady: string;
  detailsTitle: string;
  /** Said when only the highest projects are detailed or charted. */
  onlyHighest: (shown: string, total: string) => string;
  noActiveProjects: string;
  spofIntro: string;
  spofNone: string;
  noSuccessor: string;
  reachIntro: (core: string, hops: string) => string;
  reachRows: { all: string; strongOnly: string; gain: string; gainShare: string };
  largestComponent: (all: string, strong: string) => string;
  reachPerProject: string;
  circulationIntro: (from: string, to: string, years: string) => string;
  circulationRows: {
    newInitiators: string;
    grownInProject: string;
    grownInTown: string;
    departing: string;
    steppedBackInProject: string;
    steppedBackInTown: string;
    endedWithProject: string;
    outsidersToCore: string;
    tenureCompleted: string;
    tenureOngoing: string;
    tenureMean: string;
    tenureMedian: string;
    changesPerPersonYear: string;
  };
  outsidersToCoreTitle: string;
  outsidersToCoreNone: string;
  entered: string;
  newToProject: string;
  peopleLine: (present: string, recorded: string) => string;
  noRole: string;
  projectsLine: (active: string, total: string, orphaned: string) => string;
  tiesLine: (active: string, strong: string, weak: string) => string;
  chartRisk: string;
  chartPeople: string;
  footer: string;
  /** Separator of list items. */
  list: string;
  /** Separator between a label and its value. */
  colon: string;
  /** The end of a sentence. */
  period: string;
}

const EN: ReportText = {
  title: "Relationship-population report",
  asOf: (d) => `as of ${d}`,
  scope: (h, from, to) => `Succession risk looks ${h} days ahead; circulation covers ${from} to ${to}.`,
  howToReadTitle: "How to read this report",
  howToRead: [
    "R (succession risk) is the chance that a project loses its initiators within the horizon and nobody is ready to take over: exposure E (how likely the initiators are to go) times 1 − B (B, bench strength: how likely at least one of the three readiest members is ready).",
    "Levels: critical R ≥ 0.5, high ≥ 0.25, moderate ≥ 0.1, low below. A stand-in is a member with readiness of at least 0.5. A project with no initiator says so before any number.",
    "Weak-tie reach counts the people the core of the projects reaches within a few steps over all ties, and over strong ties only: the difference is what acquaintances add.",
  ],
  level: SUCCESSION_TERMS.en.level,
  sections: {
    risk: "Projects by succession risk",
    spof: "Single points of failure",
    reach: "Weak-tie reach",
    circulation: "Circulation",
    summary: "The town at a glance",
  },
  levelsLine: (c) => `Active projects by level: ${c}.`,
  loadLine: (x) => `Concentration of the initiator load (Herfindahl index, 1 = one person initiates everything): ${x}.`,
  overloadedLine: (p) => `People who initiate two or more active projects: ${p}.`,
  col: {
    rank: "#",
    project: "project",
    level: "level",
    risk: "R",
    exposure: `${SUCCESSION_TERMS.en.exposure} E`,
    bench: `${SUCCESSION_TERMS.en.benchStrength} B`,
    initiators: "initiators (q)",
    standIns: "stand-ins (readiness)",
    candidates: "candidates",
    person: "person",
    readiness: "readiness",
    role: "role",
    why: "why",
    before: "R before",
    after: "R after",
    successor: "successor",
    everyone: "everyone",
    outsiders: "outsiders",
    core: "core",
    reached: "reached",
    strongOnly: "strong ties only",
    weakOnly: "only over weak ties",
    weakShare: "share only over weak ties",
    outsidersReached: "outsiders reached",
    outsidersWeakOnly: "outsiders only over weak ties",
    date: "date",
    from: "before",
    figure: "figure",
    value: "value",
    local: "local",
    outsider: "outsider",
    total: "total",
  },
  none: "none",
  orphaned: SUCCESSION_TERMS.en.orphaned,
  noStandIn: (t) => `No stand-in: nobody reaches readiness ${t}.`,
  readiest: "Readiest candidates (the bench)",
  handoverTitle: "Who could take over (readiest first)",
  riskAfterHandover: "R after the handover",
  ready: SUCCESSION_TERMS.en.ready,
  notReady: SUCCESSION_TERMS.en.notReady,
  detailsTitle: "Why, project by project",
  onlyHighest: (shown, total) => `The ${shown} highest of ${total} projects (the JSON format holds them all).`,
  noActiveProjects: "No project is active at this date.",
  spofIntro: "People whose departure alone would move two or more projects to critical, and what each project would become.",
  spofNone: "Nobody's departure alone would move two or more projects to critical.",
  noSuccessor: "nobody ready",
  reachIntro: (core, hops) => `The core of the active projects (their initiators and cooperators, ${core} people) reaches, within ${hops} steps:`,
  reachRows: {
    all: "over all ties",
    strongOnly: "over strong ties only",
    gain: "only over weak ties",
    gainShare: "share reached only over weak ties",
  },
  largestComponent: (a, s) => `Largest connected group: ${a} people with weak ties, ${s} over strong ties only.`,
  reachPerProject: "Each project's core",
  circulationIntro: (from, to, y) => `Roles that changed from ${from} to ${to} (the ${y} years before the report's date).`,
  circulationRows: {
    newInitiators: "new initiators",
    grownInProject: "grown from within the project",
    grownInTown: "grown from within the town",
    departing: "initiators who stopped (project going on)",
    steppedBackInProject: "stepped back to another role in the project",
    steppedBackInTown: "stayed on in some role in the town",
    endedWithProject: "initiator roles that ended with their project",
    outsidersToCore: "outsiders who reached a project's core",
    tenureCompleted: "completed initiator spells",
    tenureOngoing: "ongoing initiator spells",
    tenureMean: "mean initiator tenure (years)",
    tenureMedian: "median initiator tenure (years)",
    changesPerPersonYear: "role changes per person-year",
  },
  outsidersToCoreTitle: "Outsiders who reached a core",
  outsidersToCoreNone: "No outsider reached a project's core in this period.",
  entered: "entered as",
  newToProject: "new to the project",
  peopleLine: (p, r) => `${p} people present (${r} in the records).`,
  noRole: "(no current role)",
  projectsLine: (a, t, o) => `Projects: ${a} active of ${t}; ${o} without an initiator.`,
  tiesLine: (a, s, w) => `Ties: ${a} active (${s} strong, ${w} weak).`,
  chartRisk: "Succession risk R per project",
  chartPeople: "People by highest current role and origin",
  footer: "Made with Kankei from the town's own data. Nothing was sent anywhere.",
  list: ", ",
  colon: ": ",
  period: ". ",
};

const JA: ReportText = {
  title: "関係人口ネットワーク報告書",
  asOf: (d) => `${d} 時点`,
  scope: (h, from, to) => `後継リスクは今後 ${h} 日間、循環は ${from} から ${to} までを対象とします。`,
  howToReadTitle: "この報告書の読み方",
  howToRead: [
    "後継リスク R は、期間内に事業が仕掛け人を失い、しかも引き継げる人がいない見込みです。露出度 E（仕掛け人が離れる見込み）× (1 − B)（B は控えの厚み：準備度の高い 3 人のうち誰かが引き継げる見込み）で求めます。",
    "水準：危機 R ≥ 0.5、高 ≥ 0.25、中 ≥ 0.1、それ未満は低。代役は準備度 0.5 以上の構成員です。仕掛け人不在の事業は、数字より先にそのことを示します。",
    "弱い紐帯の到達範囲は、事業の中核が数ステップ以内に届く人数を、すべての紐帯で数えた場合と強い紐帯だけの場合で比べたものです。その差が知人（弱い紐帯）のもたらすものです。",
  ],
  level: SUCCESSION_TERMS.ja.level,
  sections: {
    risk: "後継リスクの高い順の事業",
    spof: "単一障害点",
    reach: "弱い紐帯の到達範囲",
    circulation: "循環",
    summary: "町の概要",
  },
  levelsLine: (c) => `実施中の事業の水準別の数：${c}。`,
  loadLine: (x) => `仕掛け人の負担の集中度（ハーフィンダール指数。1 は一人がすべてを担う状態）：${x}。`,
  overloadedLine: (p) => `2 つ以上の事業の仕掛け人を兼ねる人：${p}。`,
  col: {
    rank: "順位",
    project: "事業",
    level: "水準",
    risk: "R",
    exposure: `${SUCCESSION_TERMS.ja.exposure} E`,
    bench: `${SUCCESSION_TERMS.ja.benchStrength} B`,
    initiators: "仕掛け人（q）",
    standIns: "代役（準備度）",
    candidates: "候補者数",
    person: "人物",
    readiness: "準備度",
    role: "役割",
    why: "理由",
    before: "離脱前の R",
    after: "離脱後の R",
    successor: "後継者",
    everyone: "全体",
    outsiders: "地域外",
    core: "中核",
    reached: "到達",
    strongOnly: "強い紐帯のみ",
    weakOnly: "弱い紐帯でのみ到達",
    weakShare: "弱い紐帯でのみ到達する割合",
    outsidersReached: "到達した地域外の人",
    outsidersWeakOnly: "うち弱い紐帯でのみ到達",
    date: "日付",
    from: "以前",
    figure: "指標",
    value: "値",
    local: "地域内",
    outsider: "地域外",
    total: "計",
  },
  none: "なし",
  orphaned: SUCCESSION_TERMS.ja.orphaned,
  noStandIn: (t) => `代役なし：準備度 ${t} に届く人がいません。`,
  readiest: "準備度の高い候補（控え）",
  handoverTitle: "引き継げる人（準備度の高い順）",
  riskAfterHandover: "引き継ぎ後の R",
  ready: SUCCESSION_TERMS.ja.ready,
  notReady: SUCCESSION_TERMS.ja.notReady,
  detailsTitle: "事業ごとの理由",
  onlyHighest: (shown, total) => `${total} 件中、リスクの高い ${shown} 件（JSON 形式にはすべて含まれます）。`,
  noActiveProjects: "この日付に実施中の事業はありません。",
  spofIntro: "その人が一人離れるだけで 2 つ以上の事業が危機になる人と、そのとき各事業がどうなるか。",
  spofNone: "一人が離れるだけで 2 つ以上の事業が危機になる人はいません。",
  noSuccessor: "準備のできた人なし",
  reachIntro: (core, hops) => `実施中の事業の中核（仕掛け人と協力者、${core} 人）が ${hops} ステップ以内に届く人数：`,
  reachRows: {
    all: "すべての紐帯で",
    strongOnly: "強い紐帯だけで",
    gain: "弱い紐帯でのみ到達",
    gainShare: "弱い紐帯でのみ到達する割合",
  },
  largestComponent: (a, s) => `最大のつながり：弱い紐帯を含めて ${a} 人、強い紐帯だけでは ${s} 人。`,
  reachPerProject: "事業ごとの中核",
  circulationIntro: (from, to, y) => `${from} から ${to} まで（報告日までの ${y} 年間）の役割の変化。`,
  circulationRows: {
    newInitiators: "新しい仕掛け人",
    grownInProject: "同じ事業の内部から育った",
    grownInTown: "町の事業の内部から育った",
    departing: "退いた仕掛け人（事業は継続）",
    steppedBackInProject: "同じ事業で別の役割に退いた",
    steppedBackInTown: "町のいずれかの事業に残った",
    endedWithProject: "事業の終了とともに終わった仕掛け人の役割",
    outsidersToCore: "事業の中核に入った地域外の人",
    tenureCompleted: "終了した仕掛け人の在任",
    tenureOngoing: "継続中の仕掛け人の在任",
    tenureMean: "仕掛け人の平均在任年数",
    tenureMedian: "仕掛け人の在任年数の中央値",
    changesPerPersonYear: "1 人年あたりの役割の変化",
  },
  outsidersToCoreTitle: "中核に入った地域外の人",
  outsidersToCoreNone: "この期間に事業の中核に入った地域外の人はいません。",
  entered: "就いた役割",
  newToProject: "新たに参加",
  peopleLine: (p, r) => `在籍 ${p} 人（記録上 ${r} 人）。`,
  noRole: "（役割なし）",
  projectsLine: (a, t, o) => `事業：${t} 件中 ${a} 件が実施中、うち仕掛け人のいない事業 ${o} 件。`,
  tiesLine: (a, s, w) => `紐帯：有効 ${a} 本（強 ${s}、弱 ${w}）。`,
  chartRisk: "事業ごとの後継リスク R",
  chartPeople: "現在の最上位の役割と出自別の人数",
  footer: "Kankei により町のデータから作成しました。データはどこにも送信されていません。",
  list: "、",
  colon: "：",
  period: "。",
};

/**
 * The report's texts in English and Japanese.
 *
 * @example
 * ```ts
 * import { REPORT_TEXT } from "./labels.js";
 * REPORT_TEXT.ja.level.critical; // "危機"
 * REPORT_TEXT.en.asOf("2025-04-01"); // "as of 2025-04-01"
 * ```
 */
export const REPORT_TEXT: Readonly<Record<Lang, ReportText>> = Object.freeze({ en: EN, ja: JA });
