/**
 * The document of `kankei hazards`: a town's departure hazards by sector, origin and for
 * initiators (the core's `departureHazards`), with the default λ of succession risk beside
 * each sector, the Kaplan–Meier survival at 1, 2, 3 and 5 years, and the line to pass the
 * estimates to `successionRisk`. English and Japanese.
 *
 * @module
 */

import { SUCCESSION_DEFAULTS, TERMS, type DepartureHazardsResult, type HazardGroup, type HazardKey, type Lang, type Sector } from "@kankei/core";
import type { EvidenceDocument } from "./document.js";

const f3 = (x: number): string => (Number.isNaN(x) ? "–" : x.toFixed(3));

/** The label of a group in a language. */
function groupLabel(g: HazardGroup, lang: Lang): string {
  const T = TERMS[lang];
  if (g.by === "all") return lang === "ja" ? "全員" : "everyone";
  if (g.by === "initiators") return lang === "ja" ? `${T.role.initiator}(就任後)` : "initiators (from their first initiator day)";
  if (g.by === "origin") return `${lang === "ja" ? "出身" : "origin"}: ${T.origin[g.key as "local" | "outsider"]}`;
  const name = g.key === "missing" ? (lang === "ja" ? "記録なし" : "not recorded") : T.sector[g.key as Sector];
  return `${lang === "ja" ? "部門" : "sector"}: ${name}`;
}

/** S(t) of a Kaplan–Meier curve read at t years: the last step at or before t. */
function survivalAt(g: HazardGroup, years: number): number {
  let s = 1;
  for (const step of g.survival) if (step.time <= years) s = step.survival;
  return s;
}

/**
 * The hazards document of a town.
 *
 * @example
 * ```ts
 * import { departureHazards } from "@kankei/core";
 * import { readTownFile } from "@kankei/core/node";
 * import { hazardsDocument } from "./hazards-document.js";
 * const town = readTownFile("examples/town/town.json");
 * const doc = hazardsDocument(town.name, departureHazards(town), "ja");
 * doc.title; // "離脱ハザード：架空町"
 * doc.sections[0].tables[0].rows[0].slice(0, 3); // ["全員", "260", "41"]
 * ```
 */
export function hazardsDocument(townName: string, result: DepartureHazardsResult, lang: Lang): EvidenceDocument {
  const ja = lang === "ja";
  const { from, to } = result.period;
  const pct = Math.round(result.confidence * 100);
  const rows = result.groups.map((g) => {
    const dflt = g.by === "sector" ? f3(SUCCESSION_DEFAULTS.hazards[g.key as HazardKey]) : "";
    return [groupLabel(g, lang), String(g.people), String(g.departures), g.personYears.toFixed(1), f3(g.hazard), `${f3(g.hazardInterval[0])}–${f3(g.hazardInterval[1])}`, dflt];
  });
  const survivalRows = result.groups.map((g) => [groupLabel(g, lang), ...[1, 2, 3, 5].map((y) => f3(survivalAt(g, y)))]);
  const json = JSON.stringify(result.hazards);
  return {
    lang,
    title: ja ? `離脱ハザード：${townName}` : `Departure hazards: ${townName}`,
    notes: [
      ja
        ? `期間 ${from} から ${to} の前日まで。期間の前から町にいた人は期間の始まりから、途中で来た人は来た日から数え、まだ町にいる人は期間の終わりで打ち切る(右側打ち切り)。`
        : `Period ${from} up to (not including) ${to}. People who were in the town before the period count from its start, newcomers from the day they joined; people still in the town are censored at its end.`,
      ja
        ? `λ は一定の離脱率(離脱 ÷ 人年)を 1 年以内に離れる確率に直したもの(λ = 1 − exp(−率))。${pct}% 区間はポアソン分布の正確な区間(Garwood 1936)。`
        : `λ is the constant rate (departures ÷ person-years) turned into the chance of leaving within a year (λ = 1 − exp(−rate)); the ${pct}% interval is the exact Poisson interval (Garwood 1936).`,
    ],
    warning: null,
    sections: [
      {
        heading: ja ? "年間離脱ハザード" : "Annual departure hazards",
        paragraphs: [
          ja
            ? "「既定の λ」は後継リスクが仮定している値。区間が既定値を含まず、離脱が十分にある(目安として 10 件以上)部門は、町の値に置き換える根拠がある。"
            : "The default λ is what succession risk assumes. Where the interval leaves the default out and the departures are enough (as a rule of thumb, 10 or more), the town's own value has grounds to replace it.",
        ],
        tables: [
          {
            head: ja
              ? ["グループ", "人数", "離脱", "人年", "λ", `${pct}% 区間`, "既定の λ"]
              : ["group", "people", "departures", "person-years", "λ", `${pct}% interval`, "default λ"],
            rows,
            numeric: [1, 2, 3, 4, 6],
          },
        ],
      },
      {
        heading: ja ? "残留率(カプラン・マイヤー)" : "Still in the town (Kaplan–Meier)",
        paragraphs: [
          ja
            ? "期間に入ってから 1・2・3・5 年後に町に残っている割合の推定(Kaplan & Meier 1958)。"
            : "The estimated share still in the town 1, 2, 3 and 5 years after entering the period (Kaplan & Meier 1958).",
        ],
        tables: [{ head: ja ? ["グループ", "1 年", "2 年", "3 年", "5 年"] : ["group", "1 year", "2 years", "3 years", "5 years"], rows: survivalRows, numeric: [1, 2, 3, 4] }],
      },
      {
        heading: ja ? "後継リスクに使うには" : "Using them in succession risk",
        paragraphs: [
          ja
            ? `部門ごとの λ は successionRisk(town, { hazards }) にそのまま渡せる。hazards = ${json}`
            : `The λ of each sector goes straight into successionRisk(town, { hazards }). hazards = ${json}`,
        ],
        tables: [],
      },
    ],
  };
}
