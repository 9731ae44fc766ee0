/**
 * The reasons behind a succession figure (理由), in the coordinator's language. The core gives
 * every figure with its parts (readiness: base, tie, prior, departure likelihood, overload)
 * and English reasons; the viewer rebuilds the reasons from the parts, so that the Japanese
 * interface explains them in Japanese with the same numbers.
 *
 * @module
 */

import {
  TERMS,
  type IsoDate,
  type Lang,
  type PersonRecord,
  type ResolvedSuccessionOptions,
  type SuccessionCandidate,
} from "@kankei/core";
import { formatFigure, message, roleLabel } from "./messages.js";

/**
 * Why a candidate is as ready as they are, one line per part.
 *
 * @example
 * ```ts
 * import { SUCCESSION_DEFAULTS } from "@kankei/core";
 * import { candidateReasons } from "./reasons.js";
 * const candidate = {
 *   id: "b", role: "cooperator" as const, readiness: 0.67,
 *   parts: { base: 0.5, tie: 0.3, prior: 0, capped: 0.8, q: 0.1625, overloaded: false }, reasons: [],
 * };
 * candidateReasons(candidate, SUCCESSION_DEFAULTS, "ja"); // ["協力者: 基礎 0.5", "仕掛け人との強い紐帯: +0.3", "1年以内に離れる可能性 0.16: 準備度 × 0.84"]
 * ```
 */
export function candidateReasons(candidate: SuccessionCandidate, options: ResolvedSuccessionOptions, lang: Lang): string[] {
  const p = candidate.parts;
  const out = [message(lang, "reasonBase", { role: roleLabel(lang, candidate.role), value: formatFigure(p.base) })];
  if (p.tie > 0) {
    const key = p.tie === options.readiness.strongTie ? "reasonStrongTie" : "reasonWeakTie";
    out.push(message(lang, key, { value: formatFigure(p.tie) }));
  } else out.push(message(lang, "reasonNoTie"));
  if (p.prior > 0) out.push(message(lang, "reasonPrior", { value: formatFigure(p.prior) }));
  if (p.q > 0) out.push(message(lang, "reasonLeave", { value: formatFigure(p.q), keep: formatFigure(1 - p.q) }));
  if (p.overloaded) out.push(message(lang, "reasonOverload", { value: formatFigure(options.readiness.overloadFactor) }));
  return out;
}

/**
 * Why a person may leave within the horizon: a posting or term that ends inside it, else the
 * yearly hazard of their sector.
 *
 * @example
 * ```ts
 * import { SUCCESSION_DEFAULTS } from "@kankei/core";
 * import { departureReason } from "./reasons.js";
 * const officer = { id: "g", origin: "local" as const, sector: "government" as const, tenureEnds: "2025-03-31" };
 * departureReason(officer, 1, "2024-04-01", SUCCESSION_DEFAULTS, "en"); // "posting or term ends on 2025-03-31"
 * departureReason({ ...officer, tenureEnds: undefined }, 0.4, "2024-04-01", SUCCESSION_DEFAULTS, "ja"); // "自治体職員の年間離脱率: 0.4"
 * ```
 */
export function departureReason(
  person: Readonly<PersonRecord> | undefined,
  q: number,
  t: IsoDate,
  options: ResolvedSuccessionOptions,
  lang: Lang,
): string {
  if (q === 1 && person !== undefined) {
    for (const d of [person.tenureEnds, person.left]) {
      if (typeof d === "string" && d > t) return message(lang, "reasonTenure", { date: d });
    }
  }
  const sector = person?.sector;
  const label = sector === undefined ? message(lang, "notAvailable") : TERMS[lang].sector[sector];
  return message(lang, "reasonHazard", { sector: label, value: formatFigure(options.hazards[sector ?? "missing"]) });
}
