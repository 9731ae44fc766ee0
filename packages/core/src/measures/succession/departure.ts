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

import { dayNumber } from "../../model/date.js";
import type { IsoDate, PersonRecord, Sector } from "../../model/records.js";
import type { Town } from "../../model/town.js";
import { UsageError } from "../../validation/errors.js";
import { resolveSuccessionOptions, type HazardKey, type ResolvedSuccessionOptions, type SuccessionOptions } from "./options.js";

/** A `tenureEnds` or `left` date that q(x) did not use, and why. */
export interface IgnoredDate {
  field: "tenureEnds" | "left";
  date: IsoDate;
  /** `"past"`: on or before t (renewed, or a stale record); `"after-horizon"`: after t + h. */
  why: "past" | "after-horizon";
}

/**
 * Why q(x) is what it is, as data (domain.md §4 item 1): a date inside the horizon, or the
 * sector's annual hazard (with the dates that were not used). `explainDeparture` turns it into
 * a sentence in Japanese or English.
 */
export type DepartureBasis =
  | { kind: "date"; field: "tenureEnds" | "left"; date: IsoDate }
  | { kind: "hazard"; sector: Sector | null; hazard: number; horizonDays: number; ignored: IgnoredDate[] };

/** A person's departure likelihood within the horizon, with its basis. */
export interface Departure {
  /** q(x), in [0, 1]. */
  q: number;
  /** Why: the date inside the horizon, or the sector's hazard (and any date not used). */
  basis: DepartureBasis;
}

/** The hazard part of q(x) per sector key, computed once per call of a measure. */
export type HazardMemo = Map<HazardKey, Departure>;

const NO_DATES: IgnoredDate[] = [];

function byHazard(key: HazardKey, sector: Sector | undefined, options: ResolvedSuccessionOptions): Departure {
  const h = options.horizonDays;
  const lambda = options.hazards[key];
  const q = 1 - Math.pow(1 - lambda, h / 365);
  return { q, basis: { kind: "hazard", sector: sector ?? null, hazard: lambda, horizonDays: h, ignored: NO_DATES } };
}

/**
 * q(x) of one person record at day number `day` (see the module header). The building block
 * of {@link departureLikelihood}; options must be resolved. Pass the same `memo` for many
 * people to compute each sector's hazard once.
 *
 * @example
 * ```ts
 * import { departureOf } from "./departure.js";
 * import { SUCCESSION_DEFAULTS, dayNumber } from "@kankei/core";
 * const day = dayNumber("2024-04-01")!;
 * departureOf({ id: "a", origin: "local", sector: "government" }, day, SUCCESSION_DEFAULTS).q; // 0.4
 * departureOf({ id: "b", origin: "local", tenureEnds: "2025-03-31" }, day, SUCCESSION_DEFAULTS).basis; // { "kind": "date", "field": "tenureEnds", "date": "2025-03-31" }
 * ```
 */
export function departureOf(
  person: Readonly<PersonRecord>,
  day: number,
  options: ResolvedSuccessionOptions,
  memo?: HazardMemo,
): Departure {
  const h = options.horizonDays;
  let ignored: IgnoredDate[] | undefined;
  for (let f = 0; f < 2; f++) {
    const field = f === 0 ? "tenureEnds" : "left";
    const value = person[field];
    if (value === undefined || value === null) continue;
    const d = dayNumber(value);
    if (d === undefined) continue;
    if (d > day && d <= day + h) return { q: 1, basis: { kind: "date", field, date: value } };
    (ignored ??= []).push({ field, date: value, why: d <= day ? "past" : "after-horizon" });
  }
  const key: HazardKey = person.sector ?? "missing";
  let hazard = memo?.get(key);
  if (hazard === undefined) {
    hazard = byHazard(key, person.sector, options);
    memo?.set(key, hazard);
  }
  if (ignored === undefined) return hazard;
  return { q: hazard.q, basis: { ...(hazard.basis as Extract<DepartureBasis, { kind: "hazard" }>), ignored } };
}

/**
 * The departure likelihood q(x) of a person within the horizon (default 365 days) from the
 * date `t` (default: the town's date), with its basis (`explainDeparture` says it in words).
 * Throws a {@link UsageError} for an unknown person or a bad option.
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
 * departureLikelihood(town, "aoki").basis; // { "kind": "date", "field": "tenureEnds", "date": "2025-03-31" }
 * departureLikelihood(town, "sato").q; // 0.05
 * departureLikelihood(town, "sato").basis.kind; // "hazard"
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
