/**
 * The document of `kankei backtest`: the backtest of succession risk on a town's own history
 * (the core's `backtest` and `ablation`): what was counted as a failure, the scores of R beside
 * the baselines, R's reliability table, the ablation, and the failures one by one; a warning
 * first when there are too few events for any conclusion. English and Japanese.
 *
 * @module
 */

import type { AblationResult, BacktestResult, Lang } from "@kankei/core";
import type { EvidenceDocument } from "./document.js";

const f3 = (x: number): string => (Number.isNaN(x) ? "–" : x.toFixed(3));
const f2 = (x: number): string => (Number.isNaN(x) ? "–" : x.toFixed(2));

const FORECASTS: Record<Lang, Record<string, string>> = {
  en: {
    risk: "R (succession risk)",
    constant: "constant: the overall failure rate",
    initiators: "the number of initiators alone",
    exposure: "E: the initiators' departure likelihood alone (no bench)",
  },
  ja: {
    risk: "R(後継リスク)",
    constant: "一定: 全体の失敗率",
    initiators: "仕掛け人の数だけ",
    exposure: "E: 仕掛け人の離脱見込みだけ(代役を考えない)",
  },
};

/**
 * The backtest document of a town, with the ablation when given.
 *
 * @example
 * ```ts
 * import { backtest } from "@kankei/core";
 * import { readTownFile } from "@kankei/core/node";
 * import { backtestDocument } from "./backtest-document.js";
 * const town = readTownFile("examples/town/town.json");
 * const doc = backtestDocument(town, backtest(town), null, "en");
 * doc.warning; // "Too few events for any conclusion: 7 failures among 58 cases (at least 10 failures and 10 non-failures are needed)."
 * doc.sections[0].tables[0].rows[0]; // ["R (succession risk)", "0.069", "0.212", "0.96 ± 0.05"]
 * ```
 */
export function backtestDocument(
  town: { name: string; nameOf: (id: string) => string },
  result: BacktestResult,
  ablation: AblationResult | null,
  lang: Lang,
): EvidenceDocument {
  const ja = lang === "ja";
  const n = result.cases.length;
  const first = result.dates[0] ?? "–";
  const last = result.dates.at(-1) ?? "–";
  const scoreRow = (name: string, s: { brier: number; logLoss: number; auc: number; aucStandardError: number }): string[] => [
    FORECASTS[lang][name] ?? name,
    f3(s.brier),
    f3(s.logLoss),
    Number.isNaN(s.aucStandardError) ? f2(s.auc) : `${f2(s.auc)} ± ${f2(s.aucStandardError)}`,
  ];
  const head = ja ? ["予測", "Brier", "対数損失", "AUC(± 標準誤差)"] : ["forecast", "Brier", "log loss", "AUC (± SE)"];
  const risk = result.scores[0]!.scores;
  const reliability = risk.reliability
    .filter((b) => b.count > 0)
    .map((b) => [`${b.from.toFixed(1)}–${b.to.toFixed(1)}`, String(b.count), f3(b.meanForecast), f3(b.observed)]);
  const failures = result.cases
    .filter((c) => c.outcome.failed)
    .map((c) => [
      c.date,
      town.nameOf(c.project),
      c.outcome.reason === "closed" ? (ja ? "終了" : "closed") : ja ? "後継なし" : "no successor in time",
      c.outcome.date ?? "",
      f3(c.risk),
    ]);
  const sections: EvidenceDocument["sections"] = [
    {
      heading: ja ? "予測の成績" : "Scores",
      paragraphs: [
        ja
          ? "Brier スコアと対数損失は低いほど良く(0 が完全)、AUC は高いほど良い(0.5 は偶然、1 は完全な順位づけ)。一定の率と仕掛け人の数は、全事例の結果から求めた値を使うので、基準の方に有利である。"
          : "Brier score and log loss: lower is better (0 is perfect); AUC: higher is better (0.5 is chance, 1 a perfect ranking). The constant rate and the per-count rates are taken from all the cases' outcomes, which favours those baselines.",
      ],
      tables: [{ head, rows: result.scores.map((s) => scoreRow(s.name, s.scores)), numeric: [1, 2] }],
    },
    {
      heading: ja ? "R の信頼性(予測と実際)" : "Reliability of R (forecast against what happened)",
      paragraphs: [ja ? "R の値の区間ごとに、事例の数、R の平均、実際に失敗した割合。" : "For each range of R: the cases, their mean R, and the share that failed."],
      tables: [{ head: ja ? ["R の区間", "事例", "R の平均", "実際の失敗率"] : ["R in", "cases", "mean R", "observed"], rows: reliability, numeric: [1, 2, 3] }],
    },
  ];
  if (ablation !== null) {
    sections.push({
      heading: ja ? "要素を外すと(アブレーション)" : "With parts switched off (ablation)",
      paragraphs: [
        ja
          ? "モデルの要素を一つずつ外して同じ事例で採点する。外して成績が落ちる要素は、この町の歴史でその役割を果たしている。"
          : "One part of the model switched off at a time, scored on the same cases. A part whose removal worsens the scores earns its place on this town's history.",
      ],
      tables: [{ head: [ja ? "変種" : "variant", ...head.slice(1)], rows: ablation.rows.map((r) => [`${r.key}: ${r.label}`, ...scoreRow(r.key, r.scores).slice(1)]), numeric: [1, 2] }],
    });
  }
  sections.push({
    heading: ja ? "失敗した事例" : "The failures",
    paragraphs: [],
    tables: [{ head: ja ? ["時点", "事業", "理由", "日付", "その時点の R"] : ["date", "project", "why", "on", "R then"], rows: failures, numeric: [4] }],
  });
  return {
    lang,
    title: ja ? `後継リスクの事後検証：${town.name}` : `Backtest of succession risk: ${town.name}`,
    notes: [
      ja
        ? `${first} から ${last} までの ${result.dates.length} 時点で、その時点の記録だけから各事業の R を求め(後の離脱日などは読まない)、その後 ${result.horizonDays} 日以内に事業が終了したか、最後の仕掛け人を失って ${result.graceDays} 日以内に後継が立たなかったかと比べた。`
        : `At ${result.dates.length} dates from ${first} to ${last}, R of every active project from the records as they stood then (no later departure dates are read), against whether within ${result.horizonDays} days the project closed, or lost its last initiator with no successor within ${result.graceDays} days.`,
      ja
        ? `事例 ${n} 件(事業 × 時点)、失敗 ${result.events} 件(失敗率 ${f3(result.baseRate)})。同じ事業が複数の時点に現れるので、事例は独立ではない。`
        : `${n} cases (projects × dates), ${result.events} failures (base rate ${f3(result.baseRate)}). The same project appears at several dates, so the cases are not independent.`,
    ],
    warning: result.tooFewEvents
      ? ja
        ? `事象が少なすぎて結論は出せない：事例 ${n} 件中、失敗 ${result.events} 件(失敗と非失敗がそれぞれ ${result.minEvents} 件以上必要)。`
        : `Too few events for any conclusion: ${result.events} failures among ${n} cases (at least ${result.minEvents} failures and ${result.minEvents} non-failures are needed).`
      : null,
    sections,
  };
}
