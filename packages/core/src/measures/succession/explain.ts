/**
 * The explainer of succession risk (後継リスクの説明): the one place where the figures of
 * `successionRisk`, `departureImpact` and `handoverOptions` become sentences, in Japanese and
 * English, from the basis each figure carries as data. The CLI report, the viewer and the
 * notebooks call these functions and never write a sentence about a figure themselves, so the
 * same project reads the same everywhere.
 *
 * What it means for a town: a coordinator reads why a project is at risk (who may leave and
 * when, who could step in and why), in their own language, with the same words in print and
 * on screen. The terms are those of {@link SUCCESSION_TERMS}, listed in docs/concepts.md.
 * 町にとっての意味: 事業がなぜ危ういのか(誰がいつ離れそうか、誰がなぜ代役になれるか)を、担当者が自分の
 * 言葉で読める。印刷でも画面でも同じ言葉で示す。用語は SUCCESSION_TERMS にまとめ、docs/concepts.md に載せる。
 *
 * Formula: none; numbers are shown with at most three significant digits ({@link formatFigure}).
 *
 * Defaults: names default to ids; pass {@link townNames} to show people's and projects' names
 * (each from its own records: a person is never shown under a project's name).
 *
 * Complexity: O(1) per sentence (O(n) for lists of n names).
 *
 * Sources: the vocabulary of domain.md §2 and §4 (Nakayama's circular model: 仕掛け人, 協力者,
 * 支援者, 参加者, 代役; Granovetter's strong and weak ties).
 *
 * @module
 */

import { TERMS, type Lang } from "../../model/labels.js";
import type { Town } from "../../model/town.js";
import type { DepartureBasis } from "./departure.js";
import type { PathToReady, MissingPart } from "./handover-options.js";
import type { SuccessorBasis } from "./impact.js";
import type { RiskLevel, ResolvedSuccessionOptions } from "./options.js";
import type { ProjectSuccessionRisk, SuccessionCandidate } from "./risk.js";

/** How the explainer shows people and projects: by name, or by id when no names are given. */
export interface ExplainNames {
  person: (id: string) => string;
  project: (id: string) => string;
}

const IDS: ExplainNames = { person: (id) => id, project: (id) => id };

/**
 * The names of a town's people and projects for the explainer: a person by their own `name`
 * (their id when they have none), a project by its own `name`.
 *
 * @example
 * ```ts
 * import { createTown, townNames } from "@kankei/core";
 * const town = createTown({ people: [{ id: "1", origin: "local" }], projects: [{ id: "1", name: "Fan club" }] });
 * townNames(town).person("1"); // "1"
 * townNames(town).project("1"); // "Fan club"
 * ```
 */
export function townNames(town: Town): ExplainNames {
  return {
    person: (id) => town.person(id)?.name ?? id,
    project: (id) => town.project(id)?.name ?? id,
  };
}

/** The words of succession risk in one language: one set of terms for the whole product. */
export interface SuccessionTerms {
  risk: string;
  level: Record<RiskLevel, string>;
  exposure: string;
  benchStrength: string;
  bench: string;
  benchDepth: string;
  readiness: string;
  q: string;
  hazard: string;
  horizon: string;
  standIn: string;
  candidate: string;
  successor: string;
  orphaned: string;
  whatIf: string;
  handover: string;
  ready: string;
  notReady: string;
  part: Record<MissingPart, string>;
}

/**
 * The terms of succession risk in English and Japanese (docs/concepts.md lists them).
 *
 * @example
 * ```ts
 * import { SUCCESSION_TERMS } from "@kankei/core";
 * SUCCESSION_TERMS.ja.orphaned; // "仕掛け人不在"
 * SUCCESSION_TERMS.ja.hazard; // "年間離脱率"
 * SUCCESSION_TERMS.en.level.critical; // "critical"
 * ```
 */
export const SUCCESSION_TERMS: Readonly<Record<Lang, SuccessionTerms>> = Object.freeze({
  en: {
    risk: "succession risk",
    level: { critical: "critical", high: "high", moderate: "moderate", low: "low" },
    exposure: "exposure",
    benchStrength: "bench strength",
    bench: "bench",
    benchDepth: "bench depth",
    readiness: "readiness",
    q: "chance of leaving",
    hazard: "annual departure rate",
    horizon: "horizon",
    standIn: "stand-in",
    candidate: "candidate",
    successor: "successor",
    orphaned: "no initiator",
    whatIf: "what if",
    handover: "handover",
    ready: "ready",
    notReady: "not ready",
    part: { strongTie: "a strong tie with the initiator", cooperatorRole: "a cooperator role", prior: "experience as an initiator" },
  },
  ja: {
    risk: "後継リスク",
    level: { critical: "危機", high: "高", moderate: "中", low: "低" },
    exposure: "露出度",
    benchStrength: "控えの厚み",
    bench: "控え",
    benchDepth: "控えの人数",
    readiness: "準備度",
    q: "離脱の見込み",
    hazard: "年間離脱率",
    horizon: "期間",
    standIn: "代役",
    candidate: "後継候補",
    successor: "後継者",
    orphaned: "仕掛け人不在",
    whatIf: "離れたら",
    handover: "引き継ぎ",
    ready: "準備が整っている",
    notReady: "準備が整っていない",
    part: { strongTie: "仕掛け人との強い紐帯", cooperatorRole: "協力者としての役割", prior: "仕掛け人の経験" },
  },
});

const SHOWN = new Map<number, string>();

/**
 * A figure as sentences show it: at most three significant digits, no trailing zeros.
 *
 * @example
 * ```ts
 * import { formatFigure } from "@kankei/core";
 * formatFigure(0.22275); // "0.223"
 * formatFigure(1); // "1"
 * formatFigure(0.0049999); // "0.005"
 * ```
 */
export function formatFigure(x: number): string {
  let text = SHOWN.get(x);
  if (text === undefined) {
    if (SHOWN.size >= 4096) SHOWN.clear();
    SHOWN.set(x, (text = Number.isFinite(x) ? String(Number(x.toPrecision(3))) : String(x)));
  }
  return text;
}

const f = formatFigure;

function list(lang: Lang, items: readonly string[]): string {
  return items.join(lang === "ja" ? "、" : ", ");
}

function sectorLabel(lang: Lang, sector: string | null): string {
  if (sector === null) return lang === "ja" ? "所属未記入" : "no sector recorded";
  return TERMS[lang].sector[sector as keyof typeof TERMS.en.sector];
}

/**
 * Why a person may leave within the horizon, in one sentence: a date inside it, or the annual
 * departure rate of their sector (and any date that was not used, and why).
 *
 * @example
 * ```ts
 * import { explainDeparture } from "@kankei/core";
 * const date = { kind: "date", field: "tenureEnds", date: "2025-03-31" } as const;
 * explainDeparture(date, 1, "en"); // "posting or term ends on 2025-03-31, within the horizon: chance of leaving 1"
 * explainDeparture(date, 1, "ja"); // "任期・異動の予定日 2025-03-31 が期間内：離脱の見込み 1"
 * const rate = { kind: "hazard", sector: "government", hazard: 0.4, horizonDays: 365, ignored: [] } as const;
 * explainDeparture(rate, 0.4, "ja"); // "自治体職員の年間離脱率 0.4、365 日間：離脱の見込み 0.4"
 * ```
 */
export function explainDeparture(basis: DepartureBasis, q: number, lang: Lang): string {
  const T = SUCCESSION_TERMS[lang];
  if (basis.kind === "date") {
    if (lang === "ja") return `${basis.field === "tenureEnds" ? "任期・異動の予定日" : "転出・離脱の予定日"} ${basis.date} が期間内：${T.q} ${f(q)}`;
    return `${basis.field === "tenureEnds" ? "posting or term ends" : "leaves"} on ${basis.date}, within the horizon: ${T.q} ${f(q)}`;
  }
  const notes = basis.ignored.map((d) => {
    if (lang === "ja") {
      const what = d.field === "tenureEnds" ? "任期・異動の予定日" : "転出・離脱の予定日";
      return `${what} ${d.date} は${d.why === "past" ? "基準日以前" : "期間より後"}のため用いない`;
    }
    const what = d.field === "tenureEnds" ? "the posting or term end" : "the leaving date";
    return `${what} ${d.date} is ${d.why === "past" ? "on or before the date" : "after the horizon"}, not used`;
  });
  if (lang === "ja") {
    const text = `${sectorLabel(lang, basis.sector)}の${T.hazard} ${f(basis.hazard)}、${basis.horizonDays} 日間：${T.q} ${f(q)}`;
    return notes.length === 0 ? text : `${text}（${notes.join("、")}）`;
  }
  const text = `${sectorLabel(lang, basis.sector)}: ${T.hazard} ${f(basis.hazard)} over ${basis.horizonDays} days: ${T.q} ${f(q)}`;
  return notes.length === 0 ? text : `${text} (${notes.join("; ")})`;
}

/**
 * Why a candidate is as ready as they are, one sentence per part: the role's base, the tie
 * (to which initiator, and whether that initiator is leaving in a what-if), earlier initiator
 * experience (which project), the cap, the chance of leaving, the product, and overload (which
 * projects).
 *
 * @example
 * ```ts
 * import { explainReadiness, SUCCESSION_DEFAULTS } from "@kankei/core";
 * const c = {
 *   id: "mori", role: "cooperator", readiness: 0.76, onBench: true, standIn: true,
 *   parts: { base: 0.5, tie: 0.3, prior: 0, capped: 0.8, q: 0.05, overloaded: false },
 *   basis: {
 *     tie: { strength: "strong", with: "aoki", leaving: true }, prior: null, overload: null,
 *     departure: { kind: "hazard", sector: "resident", hazard: 0.05, horizonDays: 365, ignored: [] },
 *   },
 * } as const;
 * explainReadiness(c, SUCCESSION_DEFAULTS, "en")[1]; // "strong tie with initiator aoki, who leaves (the tie as it stood counts): +0.3"
 * explainReadiness(c, SUCCESSION_DEFAULTS, "ja")[0]; // "協力者：基礎 0.5"
 * explainReadiness(c, SUCCESSION_DEFAULTS, "ja").at(-1); // "準備度 0.8 ×（1 − 0.05）＝ 0.76"
 * ```
 */
export function explainReadiness(
  c: Pick<SuccessionCandidate, "role" | "readiness" | "parts" | "basis">,
  options: Pick<ResolvedSuccessionOptions, "readiness">,
  lang: Lang,
  names: ExplainNames = IDS,
): string[] {
  const p = c.parts;
  const b = c.basis;
  const ja = lang === "ja";
  const role = TERMS[lang].role[c.role];
  const out = [ja ? `${role}：基礎 ${f(p.base)}` : `${role}: base ${f(p.base)}`];
  if (b.tie === null) out.push(ja ? "仕掛け人との紐帯なし：+0" : "no tie with an initiator: +0");
  else {
    const who = names.person(b.tie.with);
    const strong = b.tie.strength === "strong";
    if (ja) {
      out.push(
        b.tie.leaving
          ? `離れる仕掛け人 ${who} との${strong ? "強い" : "弱い"}紐帯（離れる前の関係を数える）：+${f(p.tie)}`
          : `仕掛け人 ${who} との${strong ? "強い" : "弱い"}紐帯：+${f(p.tie)}`,
      );
    } else {
      out.push(
        `${b.tie.strength} tie with initiator ${who}${b.tie.leaving ? ", who leaves (the tie as it stood counts)" : ""}: +${f(p.tie)}`,
      );
    }
  }
  if (b.prior === null) out.push(ja ? "仕掛け人の経験なし：+0" : "never an initiator before this date: +0");
  else {
    const r = b.prior;
    const project = names.project(r.project);
    if (ja) {
      const span = r.from === undefined && r.to === undefined ? "" : `${r.from ?? ""}〜${r.current ? "" : (r.to ?? "")}`;
      const what = r.current ? `の仕掛け人（現在${span === "" ? "" : `、${span}`}）` : `の仕掛け人の経験${span === "" ? "" : `（${span}）`}`;
      out.push(`${project} ${what}：+${f(p.prior)}`);
    } else {
      const from = r.from !== undefined ? (r.current ? ` since ${r.from}` : ` from ${r.from}`) : "";
      const to = !r.current && r.to !== undefined ? ` to ${r.to}` : "";
      out.push(`${r.current ? "is" : "was"} initiator of ${project}${from}${to}: +${f(p.prior)}`);
    }
  }
  const sum = p.base + p.tie + p.prior;
  if (sum > 1) out.push(ja ? `合計 ${f(sum)} は上限 1 で打ち切り` : `sum ${f(sum)} capped at 1`);
  out.push(explainDeparture(b.departure, p.q, lang));
  const product = p.capped * (1 - p.q);
  out.push(ja ? `${SUCCESSION_TERMS.ja.readiness} ${f(p.capped)} ×（1 − ${f(p.q)}）＝ ${f(product)}` : `readiness ${f(p.capped)} × (1 − ${f(p.q)}) = ${f(product)}`);
  if (p.overloaded) {
    const projects = b.overload?.projects ?? [];
    const shown = list(lang, projects.map(names.project));
    const factor = f(options.readiness.overloadFactor);
    out.push(
      ja
        ? `ほかに ${projects.length} 件の事業（${shown}）の仕掛け人：× ${factor} → ${f(c.readiness)}`
        : `initiates ${projects.length} other active project${projects.length === 1 ? "" : "s"} (${shown}): × ${factor} → ${f(c.readiness)}`,
    );
  }
  return out;
}

/** The sentences about one project, orphaned status first. */
export interface ProjectExplanation {
  /** 仕掛け人不在 and since when, for an orphaned project; null otherwise. Shown before any number. */
  orphaned: string | null;
  /** R and its level. */
  risk: string;
  /** E and where it comes from. */
  exposure: string;
  /** B and which candidates it counts. */
  bench: string;
  /** The stand-ins, or that there is none. */
  standIns: string;
}

/**
 * The sentences about one project of `successionRisk` (or the `after` of a what-if): orphaned
 * status first, then risk, exposure, bench and stand-ins.
 *
 * @example
 * ```ts
 * import { createTown, explainProject, successionRisk, townNames } from "@kankei/core";
 * const town = createTown({
 *   town: { asOf: "2024-04-01" },
 *   people: [{ id: "a", name: "Aoki", origin: "local", sector: "resident" }, { id: "b", origin: "local", sector: "resident" }],
 *   projects: [{ id: "fan", start: "2020-04-01" }],
 *   roles: [
 *     { person: "a", project: "fan", role: "initiator", to: "2022-04-01" },
 *     { person: "b", project: "fan", role: "participant" },
 *   ],
 * });
 * const r = successionRisk(town);
 * const e = explainProject(r.projects[0], r.options, "en", townNames(town));
 * e.orphaned; // "no initiator since 2022-04-01 (the last was Aoki)"
 * e.risk; // "succession risk 0.905: critical"
 * explainProject(r.projects[0], r.options, "ja", townNames(town)).orphaned; // "仕掛け人不在（2022-04-01 から。最後の仕掛け人は Aoki）"
 * ```
 */
export function explainProject(
  p: ProjectSuccessionRisk,
  options: Pick<ResolvedSuccessionOptions, "standInThreshold" | "benchDepth">,
  lang: Lang,
  names: ExplainNames = IDS,
): ProjectExplanation {
  const T = SUCCESSION_TERMS[lang];
  const ja = lang === "ja";
  let orphaned: string | null = null;
  if (p.orphan !== null) {
    const { since, lastInitiator } = p.orphan;
    if (since === null) orphaned = ja ? `${T.orphaned}（これまで仕掛け人がいない）` : "no initiator: it has never had one";
    else {
      const who = lastInitiator === null ? "" : names.person(lastInitiator);
      orphaned = ja ? `${T.orphaned}（${since} から。最後の仕掛け人は ${who}）` : `no initiator since ${since} (the last was ${who})`;
    }
  }
  const risk = ja ? `${T.risk} ${f(p.risk)}：${T.level[p.level]}` : `${T.risk} ${f(p.risk)}: ${T.level[p.level]}`;
  let exposure: string;
  if (p.orphaned) exposure = ja ? `${T.exposure} 1：仕掛け人がいない` : `${T.exposure} 1: there is no initiator`;
  else {
    const each = list(lang, p.initiators.map((i) => `${names.person(i.id)} ${f(i.q)}`));
    exposure = ja
      ? `${T.exposure} ${f(p.exposure)}：仕掛け人の${T.q}の積（${each}）`
      : `${T.exposure} ${f(p.exposure)}: the product of the initiators' chances of leaving (${each})`;
  }
  const n = p.candidates.length;
  const k = p.bench.length;
  let bench: string;
  if (n === 0) bench = ja ? `${T.benchStrength} 0：${T.candidate}がいない` : `${T.benchStrength} 0: there is no candidate`;
  else {
    const who = list(lang, p.bench.map(names.person));
    bench = ja
      ? `${T.benchStrength} ${f(p.benchStrength)}：${T.candidate} ${n} 人のうち準備度の高い ${k} 人（${who}）`
      : `${T.benchStrength} ${f(p.benchStrength)}: the ${k} most ready of ${n} candidate${n === 1 ? "" : "s"} (${who})`;
  }
  const th = f(options.standInThreshold);
  const standIns =
    p.standIns.length === 0
      ? ja
        ? `${T.standIn}なし（${T.readiness} ${th} 以上の人がいない）`
        : `no ${T.standIn} (nobody with ${T.readiness} ${th} or more)`
      : (ja ? `${T.standIn}：` : `${T.standIn}${p.standIns.length === 1 ? "" : "s"}: `) +
        list(
          lang,
          p.standIns.map((id) => `${names.person(id)} ${f(p.candidates.find((c) => c.id === id)!.readiness)}`),
        );
  return { orphaned, risk, exposure, bench, standIns };
}

/**
 * Why a project gets its successor in a what-if, or none, in one sentence.
 *
 * @example
 * ```ts
 * import { explainSuccessor } from "@kankei/core";
 * explainSuccessor({ kind: "ready", id: "mori", readiness: 0.76, threshold: 0.5 }, "en"); // "mori takes over (readiness 0.76, at least the stand-in threshold 0.5)"
 * explainSuccessor({ kind: "not-ready", id: "kato", readiness: 0.095, threshold: 0.5 }, "ja"); // "引き継げる人がいない：もっとも準備度の高い kato でも 0.095（代役の基準 0.5 未満）"
 * explainSuccessor({ kind: "not-orphaned", initiators: ["aoki"] }, "ja"); // "仕掛け人は残る（aoki）"
 * ```
 */
export function explainSuccessor(basis: SuccessorBasis, lang: Lang, names: ExplainNames = IDS): string {
  const ja = lang === "ja";
  switch (basis.kind) {
    case "not-orphaned": {
      const who = list(lang, basis.initiators.map(names.person));
      return ja ? `仕掛け人は残る（${who}）` : `still initiated (${who})`;
    }
    case "no-candidate":
      return ja ? "引き継げる人がいない：後継候補が残っていない" : "nobody can take over: no candidate remains";
    case "ready": {
      const who = names.person(basis.id);
      return ja
        ? `${who} が引き継ぐ（準備度 ${f(basis.readiness)}、代役の基準 ${f(basis.threshold)} 以上）`
        : `${who} takes over (readiness ${f(basis.readiness)}, at least the stand-in threshold ${f(basis.threshold)})`;
    }
    case "not-ready": {
      const who = names.person(basis.id);
      return ja
        ? `引き継げる人がいない：もっとも準備度の高い ${who} でも ${f(basis.readiness)}（代役の基準 ${f(basis.threshold)} 未満）`
        : `nobody is ready to take over: the readiest, ${who}, has readiness ${f(basis.readiness)}, below the stand-in threshold ${f(basis.threshold)}`;
    }
  }
}

/**
 * What would make a candidate ready, in one sentence (null for a candidate who is ready).
 *
 * @example
 * ```ts
 * import { explainPathToReady } from "@kankei/core";
 * const path = { gains: [{ part: "cooperatorRole", readiness: 0.475 }], smallest: ["cooperatorRole", "strongTie"], readinessWith: 0.76, limits: ["leaves"] } as const;
 * explainPathToReady({ ...path, gains: [...path.gains], smallest: [...path.smallest], limits: [...path.limits] }, "en"); // "would be ready with a cooperator role and a strong tie with the initiator (readiness 0.76)"
 * explainPathToReady(null, "ja"); // null
 * ```
 */
export function explainPathToReady(path: PathToReady | null, lang: Lang): string | null {
  if (path === null) return null;
  const T = SUCCESSION_TERMS[lang];
  const ja = lang === "ja";
  if (path.smallest !== null) {
    const parts = path.smallest.map((p) => T.part[p]);
    return ja
      ? `${parts.join("と")}があれば準備が整う（準備度 ${f(path.readinessWith)}）`
      : `would be ready with ${parts.join(" and ")} (readiness ${f(path.readinessWith)})`;
  }
  const why = path.limits.map((l) =>
    l === "leaves" ? (ja ? "離れる見込みが高い" : "likely to leave") : ja ? "ほかの事業の仕掛け人を兼ねている" : "initiates other projects",
  );
  return ja
    ? `どの準備を加えても準備度 ${f(path.readinessWith)} にとどまる${why.length > 0 ? `（${why.join("、")}）` : ""}`
    : `cannot become ready: at most readiness ${f(path.readinessWith)}${why.length > 0 ? ` (${why.join(", ")})` : ""}`;
}
