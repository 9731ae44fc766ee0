/**
 * The viewer's interface text in Japanese and English (UI 表示文言). The domain's own terms
 * (roles, origins, sectors, strengths) come from the core's `TERMS`; this table holds everything
 * else the viewer says. Both languages have exactly the same keys (a test checks it), and a
 * message may hold `{name}` placeholders filled by {@link message}.
 *
 * @module
 */

import { SUCCESSION_TERMS, TERMS, type Lang, type RoleName } from "@kankei/core";

const EN_TERMS = SUCCESSION_TERMS.en;
const JA_TERMS = SUCCESSION_TERMS.ja;

/** The keys of the viewer's messages. */
export type MessageKey = keyof typeof EN;

const EN = {
  appTitle: "Kankei viewer",
  language: "Language",
  openTown: "Open a town…",
  openHint: "Open a town file (JSON) or the CSV files of a bundle, or drop them here.",
  dropHere: "Drop the town's files here",
  loadedFrom: "Loaded: {source}",
  exampleTown: "the example town",
  loadFailed: "{source} could not be opened; the town on screen stays as it was.",
  problemCount: "{count} problem(s):",
  moreProblems: "… and {count} more",
  dismiss: "Close",
  noTownFile: "No town file among them: choose a .json document, or people.csv, projects.csv, roles.csv and ties.csv (contributions.csv and town.csv are optional).",
  notUtf8: "The file is not readable text (UTF-8).",
  status: "{town} · {date} · {people} people · {ties} ties ({strong} strong)",
  search: "Search by name",
  searchPlaceholder: "Name or id",
  searchNone: "No one matches.",
  searchMore: "{count} more match; type more of the name.",
  date: "Date",
  play: "Play",
  pause: "Pause",
  layout: "Layout",
  layoutCircular: "Circular model",
  layoutForceAtlas2: "ForceAtlas2",
  runLayout: "Run ForceAtlas2 again",
  sizeBy: "Size by",
  sizeDegree: "degree (ties)",
  sizeBetweenness: "betweenness",
  sizeReach: "reach (2 hops)",
  filters: "Filters",
  strongOnly: "Strong ties only",
  outsidersOnly: "Outsiders only",
  projectFilter: "Project",
  allProjects: "All projects",
  exportPng: "Image (PNG)",
  exportJson: "Town (JSON)",
  exportGexf: "Gephi (GEXF)",
  exportTitle: "Export",
  legend: "Legend",
  legendRole: "Highest current role",
  legendNoRole: "no current role",
  legendOrigin: "Origin",
  legendLocal: "local: no border",
  legendOutsider: "outsider: dark border",
  legendTies: "Ties",
  legendStrong: "strong tie: thick",
  legendWeak: "weak tie: thin",
  legendSize: "Size: {measure}",
  legendCircular: "Circular model: initiators at the centre, then cooperators, supporters, participants, no role outermost; locals on the left, outsiders on the right; each project a sector.",
  riskTitle: "Succession risk",
  riskIntro: "Projects active on {date}, most at risk first. Select one to see its members and successors.",
  riskNone: "No project is active on this date.",
  riskLevel: "Level",
  risk: "risk",
  exposure: "Exposure (initiators may leave)",
  benchStrength: "Bench strength",
  standIns: "Stand-ins",
  noStandIn: "no stand-in",
  orphaned: EN_TERMS.orphaned,
  initiators: "Initiators",
  candidates: "Successors, ranked",
  noCandidates: "No candidate: the project has no other members.",
  readiness: "readiness",
  leaveChance: EN_TERMS.q,
  reasons: "Why",
  moreProjects: "… and {count} more projects",
  whatIf: "What if {name} leaves?",
  whatIfShort: "What if they leave",
  whatIfUndo: "Keep {name}",
  whatIfTitle: "What if these people leave on {date}",
  whatIfClear: "Clear the what-if",
  whatIfNothing: "No project changes.",
  takesOver: "{name} takes over (readiness {readiness})",
  nobodyReady: "nobody is ready to take over",
  stillInitiated: "still has an initiator",
  handoverTitle: "Who could take over",
  riskAfterHandover: "R after handing over",
  ready: EN_TERMS.ready,
  notReady: EN_TERMS.notReady,
  noDate: "The town has no date at all (no town.asOf and no dates in its records): add the date the data describes (asOf), then open it again.",
  movedToCritical: "{count} project(s) become critical",
  selectPerson: "Show {name}",
  personTitle: "Person",
  personNone: "Select a person in the graph, in a panel or by searching.",
  personAbsent: "{name} is not in the town on {date}.",
  origin: "Origin",
  sector: "Sector",
  tenureEnds: "Posting or term ends",
  rolesOverTime: "Roles over time",
  project: "Project",
  role: "Role",
  from: "From",
  to: "To",
  open: "open",
  now: "now",
  tiesAt: "Ties on {date}",
  noTies: "No tie on this date.",
  moreTies: "… and {count} more",
  reachTitle: "Reach within 2 hops",
  reachAll: "over all ties",
  reachStrong: "over strong ties only",
  reachGain: "only through weak ties",
  summaryTitle: "Town summary",
  peopleByRole: "People by highest role and origin",
  total: "total",
  tiesTitle: "Ties",
  weakReachTitle: "Weak-tie reach of the projects' cores",
  weakReachAll: "people reached (2 hops)",
  weakReachStrong: "over strong ties only",
  weakReachGain: "only through weak ties",
  weakReachOutsiders: "outsiders reached (only through weak ties: {gain})",
  circulationTitle: "Circulation, {from} to {to}",
  newInitiators: "new initiators",
  grownWithin: "grown from within the town",
  steppedBack: "departing initiators who stayed on in a lower role",
  outsidersToCore: "outsiders who reached a project's core",
  changeRate: "role changes per person-year",
  notAvailable: "–",
  levelCritical: EN_TERMS.level.critical,
  levelHigh: EN_TERMS.level.high,
  levelModerate: EN_TERMS.level.moderate,
  levelLow: EN_TERMS.level.low,
  noRole: "no role",
  labelLeaves: "{name} (leaves)",
  labelTakesOver: "{name} → initiator",
  labelSuccessor: "{rank}. {name}",
  graphLabel: "Network of the town's people: {people} people, {ties} ties",
  rendererFailed: "The graph cannot be drawn in this browser (WebGL is needed): {error}",
  problemWhere: "{where}",
  problemRow: "{file}, row {row}",
  problemField: "field “{field}”",
  problem_format: "not a Kankei town document",
  problem_version: "unsupported version",
  problem_encoding: "the text encoding could not be read",
  "problem_csv-syntax": "the CSV is malformed",
  "problem_missing-file": "a required file is missing",
  "problem_not-a-record": "not a record",
  problem_required: "a required value is missing",
  "problem_invalid-value": "a value is not allowed",
  "problem_malformed-date": "not a real date (YYYY-MM-DD)",
  "problem_duplicate-id": "the id is used twice",
  "problem_unresolved-reference": "refers to something not in the files",
  "problem_period-order": "ends before it starts",
  "problem_self-tie": "a tie from a person to themself",
  "problem_tie-overlap": "two ties of the same pair overlap",
  "problem_role-overlap": "two roles of the same person in the same project overlap",
  "problem_out-of-bounds": "outside the life of its project or person",
  problem_unencodable: "a character cannot be written in this encoding",
  problem_other: "the input could not be read",
};

const JA: Record<MessageKey, string> = {
  appTitle: "関係人口ビューア",
  language: "言語",
  openTown: "町のデータを開く…",
  openHint: "町のファイル（JSON）または CSV 一式を開くか、ここにドロップしてください。",
  dropHere: "ここに町のファイルをドロップ",
  loadedFrom: "読み込み元: {source}",
  exampleTown: "サンプルの町",
  loadFailed: "{source} を開けませんでした。表示中の町はそのままです。",
  problemCount: "問題が {count} 件あります:",
  moreProblems: "… ほか {count} 件",
  dismiss: "閉じる",
  noTownFile: "町のファイルが見つかりません。JSON ファイル、または people.csv・projects.csv・roles.csv・ties.csv（人物・事業・役割・紐帯）を選んでください（contributions.csv と town.csv は任意）。",
  notUtf8: "ファイルを文字として読めません（UTF-8 ではありません）。",
  status: "{town} ・ {date} ・ {people} 人 ・ 紐帯 {ties} 本（強 {strong}）",
  search: "名前で検索",
  searchPlaceholder: "名前または ID",
  searchNone: "該当する人はいません。",
  searchMore: "ほかに {count} 人が該当します。名前をもう少し入力してください。",
  date: "日付",
  play: "再生",
  pause: "一時停止",
  layout: "配置",
  layoutCircular: "循環モデル",
  layoutForceAtlas2: "ForceAtlas2",
  runLayout: "ForceAtlas2 をもう一度",
  sizeBy: "大きさ",
  sizeDegree: "次数（紐帯の数）",
  sizeBetweenness: "媒介中心性",
  sizeReach: "到達範囲（2 ステップ）",
  filters: "絞り込み",
  strongOnly: "強い紐帯のみ",
  outsidersOnly: "地域外の人のみ",
  projectFilter: "事業",
  allProjects: "すべての事業",
  exportPng: "画像（PNG）",
  exportJson: "町のデータ（JSON）",
  exportGexf: "Gephi 用（GEXF）",
  exportTitle: "書き出し",
  legend: "凡例",
  legendRole: "現在の最上位の役割",
  legendNoRole: "役割なし",
  legendOrigin: "出自",
  legendLocal: "地域内: 枠なし",
  legendOutsider: "地域外（よそ者）: 濃い枠",
  legendTies: "紐帯",
  legendStrong: "強い紐帯: 太線",
  legendWeak: "弱い紐帯: 細線",
  legendSize: "大きさ: {measure}",
  legendCircular: "循環モデル配置: 中心に仕掛け人、外へ協力者・支援者・参加者、いちばん外に役割のない人。左に地域内、右に地域外。事業ごとに扇形に分けて配置。",
  riskTitle: "後継リスク",
  riskIntro: "{date} に実施中の事業（リスクの高い順）。選ぶとメンバーと後継候補を表示します。",
  riskNone: "この日に実施中の事業はありません。",
  riskLevel: "水準",
  risk: "リスク",
  exposure: "露出度（仕掛け人が離れる可能性）",
  benchStrength: JA_TERMS.benchStrength,
  standIns: JA_TERMS.standIn,
  noStandIn: "代役なし",
  orphaned: JA_TERMS.orphaned,
  initiators: "仕掛け人",
  candidates: "後継候補（順位）",
  noCandidates: "候補者がいません（ほかのメンバーがいない事業です）。",
  readiness: JA_TERMS.readiness,
  leaveChance: JA_TERMS.q,
  reasons: "理由",
  moreProjects: "… ほか {count} 事業",
  whatIf: "{name} さんが離れたら？",
  whatIfShort: "離れたら？",
  whatIfUndo: "{name} さんを戻す",
  whatIfTitle: "{date} にこの人たちが離れたら",
  whatIfClear: "仮定を解除",
  whatIfNothing: "変わる事業はありません。",
  takesOver: "{name} さんが引き継ぐ（準備度 {readiness}）",
  nobodyReady: "引き継げる人がいない",
  stillInitiated: "仕掛け人は残る",
  handoverTitle: "引き継げる人",
  riskAfterHandover: "引き継ぎ後の R",
  ready: JA_TERMS.ready,
  notReady: JA_TERMS.notReady,
  noDate: "この町のデータには日付がまったくありません（town.asOf も記録の日付もない）。データの基準日（asOf）を記入してから開き直してください。",
  movedToCritical: "{count} 事業が危機に",
  selectPerson: "{name} さんを表示",
  personTitle: "人物",
  personNone: "グラフ、パネル、または検索で人を選んでください。",
  personAbsent: "{name} さんは {date} には町にいません。",
  origin: "出自",
  sector: "所属",
  tenureEnds: "任期・異動の予定日",
  rolesOverTime: "役割の移り変わり",
  project: "事業",
  role: "役割",
  from: "開始",
  to: "終了",
  open: "未定",
  now: "現在",
  tiesAt: "{date} の紐帯",
  noTies: "この日の紐帯はありません。",
  moreTies: "… ほか {count} 本",
  reachTitle: "2 ステップ以内の到達範囲",
  reachAll: "すべての紐帯で",
  reachStrong: "強い紐帯だけで",
  reachGain: "弱い紐帯でのみ届く",
  summaryTitle: "町の概要",
  peopleByRole: "最上位の役割と出自ごとの人数",
  total: "計",
  tiesTitle: "紐帯",
  weakReachTitle: "事業の中核からの弱い紐帯の到達範囲",
  weakReachAll: "届く人（2 ステップ）",
  weakReachStrong: "強い紐帯だけで",
  weakReachGain: "弱い紐帯でのみ届く",
  weakReachOutsiders: "届く地域外の人（弱い紐帯でのみ: {gain}）",
  circulationTitle: "循環（{from} 〜 {to}）",
  newInitiators: "新しい仕掛け人",
  grownWithin: "町の中から育った割合",
  steppedBack: "退いた仕掛け人のうち別の役割で残った割合",
  outsidersToCore: "事業の中核に入った地域外の人",
  changeRate: "1 人年あたりの役割の変化",
  notAvailable: "–",
  levelCritical: JA_TERMS.level.critical,
  levelHigh: JA_TERMS.level.high,
  levelModerate: JA_TERMS.level.moderate,
  levelLow: JA_TERMS.level.low,
  noRole: "役割なし",
  labelLeaves: "{name}（離脱）",
  labelTakesOver: "{name} → 仕掛け人",
  labelSuccessor: "{rank}. {name}",
  graphLabel: "町の人々のネットワーク: {people} 人、紐帯 {ties} 本",
  rendererFailed: "このブラウザではグラフを描けません（WebGL が必要です）: {error}",
  problemWhere: "{where}",
  problemRow: "{file} の {row} 行目",
  problemField: "項目「{field}」",
  problem_format: "関係人口の町のデータ形式ではありません",
  problem_version: "対応していない版です",
  problem_encoding: "文字コードを判別できません",
  "problem_csv-syntax": "CSV の書式が正しくありません",
  "problem_missing-file": "必要なファイルがありません",
  "problem_not-a-record": "記録になっていません",
  problem_required: "必須の値がありません",
  "problem_invalid-value": "使えない値です",
  "problem_malformed-date": "正しい日付ではありません（YYYY-MM-DD）",
  "problem_duplicate-id": "ID が重複しています",
  "problem_unresolved-reference": "ファイルにないものを参照しています",
  "problem_period-order": "終了が開始より前です",
  "problem_self-tie": "自分自身への紐帯です",
  "problem_tie-overlap": "同じ二人の紐帯の期間が重なっています",
  "problem_role-overlap": "同じ人の同じ事業での役割の期間が重なっています",
  "problem_out-of-bounds": "事業または人物の期間の外です",
  problem_unencodable: "この文字コードで書けない文字があります",
  problem_other: "読み込めませんでした",
};

/** Every message of the viewer, per language. */
export const MESSAGES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = Object.freeze({
  en: Object.freeze(EN),
  ja: Object.freeze(JA),
});

/** The languages the viewer speaks, in the order of its switch. */
export const LANGS: readonly Lang[] = Object.freeze(["ja", "en"]);

/**
 * A message in a language, with its `{placeholders}` filled in (an unknown placeholder is kept).
 *
 * @example
 * ```ts
 * import { message } from "./messages.js";
 * message("ja", "whatIf", { name: "佐藤 健二" }); // "佐藤 健二 さんが離れたら？"
 * message("en", "moreProjects", { count: 3 }); // "… and 3 more projects"
 * ```
 */
export function message(lang: Lang, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  const text = MESSAGES[lang][key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * The viewer's language for a browser language tag: Japanese when it starts with `ja`, else English.
 *
 * @example
 * ```ts
 * import { languageOf } from "./messages.js";
 * languageOf("ja-JP"); // "ja"
 * languageOf("en-GB"); // "en"
 * languageOf(undefined); // "en"
 * ```
 */
export function languageOf(tag: string | undefined | null): Lang {
  return typeof tag === "string" && tag.toLowerCase().startsWith("ja") ? "ja" : "en";
}

/**
 * The display name of a role in a language, `null` giving "no role".
 *
 * @example
 * ```ts
 * import { roleLabel } from "./messages.js";
 * roleLabel("ja", "initiator"); // "仕掛け人"
 * roleLabel("en", null); // "no role"
 * ```
 */
export function roleLabel(lang: Lang, role: RoleName | null): string {
  return role === null ? MESSAGES[lang].noRole : TERMS[lang].role[role];
}

/**
 * A number for display: at most `digits` decimals (default 2), no trailing zeros; NaN shows as "–".
 *
 * @example
 * ```ts
 * import { formatFigure } from "./messages.js";
 * formatFigure(0.6650); // "0.67"
 * formatFigure(0.5); // "0.5"
 * formatFigure(NaN); // "–"
 * ```
 */
export function formatFigure(x: number, digits = 2): string {
  if (Number.isNaN(x)) return "–";
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "-∞";
  return String(Number(x.toFixed(digits)));
}

/**
 * A share in [0, 1] as a whole percentage; NaN shows as "–".
 *
 * @example
 * ```ts
 * import { formatShare } from "./messages.js";
 * formatShare(0.256); // "26%"
 * formatShare(NaN); // "–"
 * ```
 */
export function formatShare(x: number): string {
  return Number.isNaN(x) ? "–" : `${Math.round(x * 100)}%`;
}
