/**
 * Departure likelihood q(x) (離任・離脱の見込み, domain.md §4 item 1): how likely a person is to
 * leave their post or the town within the horizon.
 *
 * What it means for a town: a project whose initiators all have a high q is about to lose its
 * driver; in Japanese towns this is usually a municipal officer's rotation (人事異動) or the
 * end of a 地域おこし協力隊 term.
 * 町にとっての意味: 仕掛け人の q が高い事業は、近いうちに担い手を失う。多くは自治体職員の人事異動か、
 * 地域おこし協力隊の任期満了による。
 *
 * Formula, for a date t and a horizon of h days:
 *   q(x) = 1                             if tenureEnds(x) or left(x) ∈ (t, t + h]
 *   q(x) = 1 − (1 − λ(sector(x)))^(h/365)  otherwise
 * A date on or before t is ignored (the posting was renewed, or the record is stale); a date
 * after t + h leaves the hazard in charge. λ is an annual hazard, so h/365 turns it into the
 * probability of leaving within h days under a constant rate.
 *
 * Defaults (`SUCCESSION_DEFAULTS.hazards`, see `options.ts`): government 0.4, from the
 * 2–3-year personnel rotation of municipal officers; corps 0.33, from the 3-year term of
 * 地域おこし協力隊; nonprofit 0.15, business 0.1, resident 0.05, other and a missing sector 0.15:
 * documented assumptions of this project, not measured rates.
 *
 * Complexity: O(1) per person.
 *
 * Sources: Nakayama Ken'ichirō's circular model (関係人口ネットワークに基づく循環モデル) and the
 * Hokkaido workation study, which name the officer's rotation as the reason projects stall;
 * the rules of the 地域おこし協力隊 programme (terms of up to three years). q feeds the what-if
 * (`impact.ts`), after Carley's ORA ("immediate impact") and Borgatti, "Identifying sets of key
 * players in a social network" (2006).
 *
 * @module
 */

import { dayNumber, isoDate } from "../../model/date.js";
import type { IsoDate, PersonRecord } from "../../model/records.js";
import type { Town } from "../../model/town.js";
import { UsageError } from "../../validation/errors.js";
import { resolveSuccessionOptions, type HazardKey, type ResolvedSuccessionOptions, type SuccessionOptions } from "./options.js";

/** A person's departure likelihood within the horizon, with the reasons in English. */
export interface Departure {
  /** q(x), in [0, 1]. */
  q: number;
  /** Why: the date inside the horizon, or the sector's hazard (and any date ignored). */
  reasons: string[];
}

/**
 * A number as a reason shows it: at most three significant digits.
 *
 * @example
 * ```ts
 * import { formatNumber } from "./departure.js";
 * formatNumber(0.22275); // "0.223"
 * formatNumber(1); // "1"
 * ```
 */
export function formatNumber(x: number): string {
  let text = SHOWN.get(x);
  if (text === undefined) {
    if (SHOWN.size >= 4096) SHOWN.clear();
    SHOWN.set(x, (text = String(Number(x.toPrecision(3)))));
  }
  return text;
}

// The same few numbers (hazards, weights, q per sector) appear in thousands of reasons.
const SHOWN = new Map<number, string>();

/** The hazard part of q(x) per sector key, computed once per call of a measure. */
export type HazardMemo = Map<HazardKey, Departure>;

function byHazard(key: HazardKey, sector: string | undefined, options: ResolvedSuccessionOptions): Departure {
  const h = options.horizonDays;
  const lambda = options.hazards[key];
  const q = 1 - Math.pow(1 - lambda, h / 365);
  const who = sector === undefined ? "no sector" : `sector ${sector}`;
  return { q, reasons: [`${who}: annual hazard ${formatNumber(lambda)} over ${h} days: q = ${formatNumber(q)}`] };
}

/**
 * q(x) of one person record at day number `day` (see the module header). The building block
 * of {@link departureLikelihood}; options must be resolved. Pass the same `memo` for many
 * people to compute each sector's hazard (and its reason) once.
 *
 * @example
 * ```ts
 * import { departureOf } from "./departure.js";
 * import { SUCCESSION_DEFAULTS, dayNumber } from "@kankei/core";
 * const day = dayNumber("2024-04-01")!;
 * departureOf({ id: "a", origin: "local", sector: "government" }, day, SUCCESSION_DEFAULTS).q; // 0.4
 * departureOf({ id: "b", origin: "local", tenureEnds: "2025-03-31" }, day, SUCCESSION_DEFAULTS).q; // 1
 * ```
 */
export function departureOf(
  person: Readonly<PersonRecord>,
  day: number,
  options: ResolvedSuccessionOptions,
  memo?: HazardMemo,
): Departure {
  const h = options.horizonDays;
  let notes: string[] | undefined;
  for (let field = 0; field < 2; field++) {
    const value = field === 0 ? person.tenureEnds : person.left;
    if (value === undefined || value === null) continue;
    const d = dayNumber(value);
    if (d === undefined) continue;
    const [verb, noun] = field === 0 ? ["tenure ends", "tenure end"] : ["leaves", "leaving date"];
    if (d > day && d <= day + h) return { q: 1, reasons: [`${verb} ${value}, within the horizon: q = 1`] };
    (notes ??= []).push(
      d <= day
        ? `${noun} ${value} is on or before ${isoDate(day)}: ignored`
        : `${verb} ${value}, after the horizon (${isoDate(day + h)})`,
    );
  }
  const key: HazardKey = person.sector ?? "missing";
  let hazard = memo?.get(key);
  if (hazard === undefined) {
    hazard = byHazard(key, person.sector, options);
    memo?.set(key, hazard);
  }
  return notes === undefined ? hazard : { q: hazard.q, reasons: [...notes, ...hazard.reasons] };
}

/**
 * The departure likelihood q(x) of a person within the horizon (default 365 days) from the
 * date `t` (default: the town's date), with its reasons. Throws a {@link UsageError} for an
 * unknown person or a bad option.
 *
 * @example
 * ```ts
 * import { createTown, departureLikelihood } from "@kankei/core";
 * const town = createTown({
 *   town: { asOf: "2024-04-01" },
 *   people: [
 *     { id: "aoki", origin: "local", sector: "government", tenureEnds: "2025-03-31" },
 *     { id: "sato", origin: "local", sector: "resident", tenureEnds: "2023-03-31" },
 *   ],
 * });
 * departureLikelihood(town, "aoki").q; // 1
 * departureLikelihood(town, "aoki").reasons; // ["tenure ends 2025-03-31, within the horizon: q = 1"]
 * departureLikelihood(town, "sato").q; // 0.05
 * departureLikelihood(town, "aoki", { horizonDays: 180 }).q; // 0.2227
 * ```
 */
export function departureLikelihood(town: Town, person: string, options: SuccessionOptions = {}): Departure & { date: IsoDate } {
  const resolved = resolveSuccessionOptions(options);
  const date = town.date(options.t);
  const record = town.person(person);
  if (record === undefined) throw new UsageError(`no person has the id ${JSON.stringify(person)}`);
  return { date, ...departureOf(record, dayNumber(date)!, resolved) };
}
