/**
 * The reasons of the report, in the reader's language. In English they are the core's own
 * reasons, as `successionRisk` gives them; in Japanese they are written from the same parts
 * (the date or sector behind q, the role, tie and prior behind readiness), so both languages
 * say the same thing.
 *
 * @module
 */

import { TERMS, type Lang } from "@kankei/core";
import type { ReportCandidate, ReportInitiator } from "./content.js";
import { formatScore } from "./format.js";

/**
 * Why an initiator may leave within the horizon.
 *
 * @example
 * ```ts
 * import { initiatorReason } from "./reasons.js";
 * const i = {
 *   id: "g08", name: "中村", sector: "government", origin: "local", q: 1,
 *   basis: { kind: "date", field: "tenureEnds", date: "2026-04-01" },
 *   reasons: ["tenure ends 2026-04-01, within the horizon: q = 1"],
 * } as const;
 * initiatorReason({ ...i, reasons: [...i.reasons] }, "en"); // "tenure ends 2026-04-01, within the horizon: q = 1"
 * initiatorReason({ ...i, reasons: [...i.reasons] }, "ja"); // "任期満了 2026-04-01（期間内）：q = 1"
 * ```
 */
export function initiatorReason(i: ReportInitiator, lang: Lang): string {
  if (lang === "en") return i.reasons.join("; ");
  const b = i.basis;
  if (b.kind === "date") return `${b.field === "tenureEnds" ? "任期満了" : "離脱予定"} ${b.date}（期間内）：q = ${formatScore(i.q)}`;
  const who = b.sector === null ? "所属未記入" : TERMS.ja.sector[b.sector];
  return `${who}の年間離任率 ${formatScore(b.hazard)}、${b.horizonDays} 日間：q = ${formatScore(i.q)}`;
}

/**
 * Why a candidate is as ready as they are.
 *
 * @example
 * ```ts
 * import { candidateReason } from "./reasons.js";
 * const c = {
 *   id: "b02", name: "遠藤", role: "cooperator", readiness: 0.72, base: 0.5, tie: "strong", tieBonus: 0.3,
 *   prior: false, priorBonus: 0, capped: 0.8, q: 0.1, overloaded: false,
 *   reasons: ["cooperator: base 0.5", "strong tie to initiator c02: +0.3"],
 * } as const;
 * candidateReason({ ...c, reasons: [...c.reasons] }, "en"); // "cooperator: base 0.5; strong tie to initiator c02: +0.3"
 * candidateReason({ ...c, reasons: [...c.reasons] }, "ja"); // "協力者 0.5 ＋ 仕掛け人との強い紐帯 0.3 → 0.8 × (1 − q 0.1) = 0.72"
 * ```
 */
export function candidateReason(c: ReportCandidate, lang: Lang): string {
  if (lang === "en") return c.reasons.join("; ");
  const parts = [`${TERMS.ja.role[c.role]} ${formatScore(c.base)}`];
  parts.push(c.tie === null ? "仕掛け人との紐帯なし 0" : `仕掛け人との${c.tie === "strong" ? "強い" : "弱い"}紐帯 ${formatScore(c.tieBonus)}`);
  if (c.prior) parts.push(`仕掛け人の経験 ${formatScore(c.priorBonus)}`);
  let text = `${parts.join(" ＋ ")} → ${formatScore(c.capped)} × (1 − q ${formatScore(c.q)}) = `;
  if (c.overloaded) text += `${formatScore(c.capped * (1 - c.q))}、ほかに 2 件以上の事業の仕掛け人のため減じて ${formatScore(c.readiness)}`;
  else text += formatScore(c.readiness);
  return text;
}
