/**
 * Departure hazards from a town's own records (町の記録から推定する離脱ハザード): how often people
 * of each sector, each origin, and initiators (仕掛け人) actually left the town over a period,
 * as a Kaplan–Meier curve and as a constant annual hazard with its 95% confidence interval.
 *
 * What it means for a town: succession risk (domain.md §4) assumes that an officer leaves with
 * an annual hazard of 0.4, a resident with 0.05, and so on. A town can check those numbers
 * against its own people: the `hazards` field of the result goes straight into
 * `successionRisk(town, { hazards })`. The interval and the counts behind each figure say
 * whether there is enough history to replace the default.
 * 町にとっての意味: 後継リスクは、職員の年間離脱ハザードを 0.4、住民を 0.05 などと仮定している。町は自分の
 * 記録でその値を確かめられる。結果の `hazards` はそのまま `successionRisk(town, { hazards })` に渡せる。
 * 区間と件数が、既定値を置き換えるだけの記録があるかを示す。
 *
 * Formula, over a period [from, to) (day numbers), for each person i with presence [joined, left):
 *   entry_i = max(from, joined_i)          (left truncation: who joined before the period
 *                                            enters at its start; no `joined` also means `from`)
 *   exit_i  = min(to, left_i)              (right censoring at the end of the period, or at
 *                                            `left` when they left)
 *   watched when exit_i > entry_i; a departure when left_i < to (so `left` ∈ (entry_i, to))
 *   D = Σ departures, PY = Σ (exit_i − entry_i) / 365.25            (person-years)
 *   rate = D / PY, with the exact Poisson interval [μ_lo, μ_hi] / PY (Garwood 1936)
 *   annual hazard λ = 1 − exp(−rate), interval 1 − exp(−bound)     (the chance of leaving
 *                                            within a year at a constant rate, the λ of §4)
 *   survival: the Kaplan–Meier curve over years since entry (Kaplan & Meier 1958).
 * Groups: everyone; each sector, `missing` for people with no sector (the keys of
 * `successionRisk`'s `hazards`); each origin; and initiators, who enter at the later of
 * entry_i and the start of their first initiator role that overlaps [entry_i, exit_i) (only
 * the time after becoming an initiator counts, to avoid immortal-time bias). A departure is
 * leaving the town (`left`), whatever the reason: a departure on a known `tenureEnds` counts
 * too, so for officers and corps members λ includes the scheduled rotations, which is how q
 * uses λ when a person has no `tenureEnds` recorded. A group nobody is watched in is left out.
 *
 * `hazards`: λ of every sector group (and `missing`) with at least one watched person, ready
 * for `successionRisk`'s `hazards` option; a sector with nobody watched keeps the default.
 *
 * Defaults: the period is the five years before the town's date (`DEFAULT_WINDOW_YEARS`, the
 * window of circulation: two officer rotations; turnover changes with policy, so older years
 * say less about today); confidence 0.95.
 *
 * Complexity: O(P + R + P log P) for P people and R role records.
 *
 * Sources: E. L. Kaplan and P. Meier (1958), "Nonparametric estimation from incomplete
 * observations", JASA 53; F. Garwood (1936), "Fiducial limits for the Poisson distribution",
 * Biometrika 28; person-time rates as in Breslow & Day, Statistical Methods in Cancer Research
 * II (1987), ch. 2.
 *
 * @module
 */

import { isoDate } from "../../model/date.js";
import { ORIGINS, SECTORS, type IsoDate, type Origin } from "../../model/records.js";
import type { Town } from "../../model/town.js";
import { UsageError } from "../../validation/errors.js";
import { objectOf } from "../../validation/options.js";
import { DAYS_PER_YEAR } from "../circulation/initiator-tenure.js";
import { resolveWindow } from "../circulation/window.js";
import type { HazardKey } from "../succession/options.js";
import { kaplanMeier, type KaplanMeierStep } from "./kaplan-meier.js";
import { poissonInterval } from "./poisson-interval.js";

/** Options of {@link departureHazards}. */
export interface DepartureHazardsOptions {
  /** First day of the period (default: five years before `to`). */
  from?: IsoDate;
  /** The day after the period (default: the town's date). */
  to?: IsoDate;
  /** Confidence of the intervals, in (0, 1) (default 0.95). */
  confidence?: number;
}

/** Which grouping a {@link HazardGroup} belongs to. */
export type HazardGrouping = "all" | "sector" | "origin" | "initiators";

/** The estimate for one group of people. */
export interface HazardGroup {
  by: HazardGrouping;
  /** `"all"`, a sector or `"missing"`, an origin, or `"initiators"`. */
  key: string;
  /** People watched for a positive time in the period. */
  people: number;
  /** Departures in the period. */
  departures: number;
  /** Person-years watched (days / 365.25). */
  personYears: number;
  /** departures / personYears, a year⁻¹. */
  rate: number;
  /** Exact Poisson (Garwood) interval of the rate. */
  rateInterval: [number, number];
  /** Annual hazard λ = 1 − exp(−rate), in [0, 1]. */
  hazard: number;
  /** Its interval, from the rate's. */
  hazardInterval: [number, number];
  /** Kaplan–Meier survival over years since entry into the period. */
  survival: KaplanMeierStep[];
}

/** What {@link departureHazards} returns. */
export interface DepartureHazardsResult {
  period: { from: IsoDate; to: IsoDate };
  confidence: number;
  /** Everyone, then sectors (in the order of `SECTORS`, then `missing`), origins, initiators; groups nobody is watched in are left out. */
  groups: HazardGroup[];
  /** λ by sector for `successionRisk`'s `hazards` option (sectors nobody is watched in are absent). */
  hazards: Partial<Record<HazardKey, number>>;
}

interface Watch {
  entry: number;
  exit: number;
  event: boolean;
}

function estimate(by: HazardGrouping, key: string, watches: readonly Watch[], confidence: number): HazardGroup | null {
  let days = 0;
  let departures = 0;
  for (const w of watches) {
    days += w.exit - w.entry;
    if (w.event) departures++;
  }
  if (watches.length === 0 || days <= 0) return null;
  const personYears = days / DAYS_PER_YEAR;
  const [lo, hi] = poissonInterval(departures, confidence);
  const rate = departures / personYears;
  const rateInterval: [number, number] = [lo / personYears, hi / personYears];
  const toHazard = (r: number): number => -Math.expm1(-r);
  return {
    by,
    key,
    people: watches.length,
    departures,
    personYears,
    rate,
    rateInterval,
    hazard: toHazard(rate),
    hazardInterval: [toHazard(rateInterval[0]), toHazard(rateInterval[1])],
    survival: kaplanMeier(watches.map((w) => ({ time: (w.exit - w.entry) / DAYS_PER_YEAR, event: w.event }))),
  };
}

/**
 * Annual departure hazards of a town's people over a period, by sector, by origin and for
 * initiators, with Kaplan–Meier curves, exact 95% intervals and the counts behind each (see the
 * module header for the formula). `result.hazards` can be passed to `successionRisk` as is.
 * Throws a {@link UsageError} for a bad option or a town with no date and no `to`.
 *
 * @example
 * ```ts
 * import { createTown, departureHazards, successionRisk } from "@kankei/core";
 * const town = createTown({
 *   town: { asOf: "2024-01-01" },
 *   people: [
 *     { id: "a", origin: "local", sector: "government", joined: "2019-01-01", left: "2021-01-01" },
 *     { id: "b", origin: "local", sector: "government", joined: "2019-01-01" },
 *     { id: "c", origin: "outsider", sector: "resident" },
 *   ],
 * });
 * const r = departureHazards(town, { from: "2020-01-01" });
 * const gov = r.groups.find((g) => g.key === "government")!;
 * [gov.people, gov.departures, gov.personYears.toFixed(3)]; // [2, 1, "5.002"]
 * gov.rate.toFixed(4); // "0.1999"
 * r.hazards.resident; // 0
 * successionRisk(town, { hazards: r.hazards }).options.hazards.resident; // 0
 * ```
 */
export function departureHazards(town: Town, options: DepartureHazardsOptions = {}): DepartureHazardsResult {
  const o = objectOf(options, "options", ["from", "to", "confidence"]);
  const window = resolveWindow(town, { from: o.from as IsoDate | undefined, to: o.to as IsoDate | undefined });
  const confidence = o.confidence === undefined ? 0.95 : (o.confidence as number);
  if (typeof confidence !== "number" || !(confidence > 0 && confidence < 1)) {
    throw new UsageError(`option "confidence" must be a number between 0 and 1 (exclusive), not ${String(o.confidence)}`);
  }
  const x = town.periods();
  const n = town.people.length;
  // The first day each person holds an initiator role, from their entry on.
  const entries = new Float64Array(n);
  const exits = new Float64Array(n);
  const events = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    entries[i] = Math.max(window.fromDay, x.personFrom[i]!);
    exits[i] = Math.min(window.toDay, x.personTo[i]!);
    events[i] = x.personTo[i]! < window.toDay && x.personTo[i]! > entries[i]! ? 1 : 0;
  }
  const firstInitiator = new Float64Array(n).fill(Infinity);
  for (let k = 0; k < town.roles.length; k++) {
    if (town.roles[k]!.role !== "initiator") continue;
    const i = x.rolePerson[k]!;
    const from = Math.max(x.roleFrom[k]!, entries[i]!);
    const to = Math.min(x.roleTo[k]!, exits[i]!);
    if (from < to && from < firstInitiator[i]!) firstInitiator[i] = from;
  }

  const all: Watch[] = [];
  const bySector = new Map<HazardKey, Watch[]>([...SECTORS, "missing" as const].map((k) => [k, []]));
  const byOrigin = new Map<Origin, Watch[]>(ORIGINS.map((k) => [k, []]));
  const initiators: Watch[] = [];
  for (let i = 0; i < n; i++) {
    if (!(exits[i]! > entries[i]!)) continue;
    const w: Watch = { entry: entries[i]!, exit: exits[i]!, event: events[i] === 1 };
    const p = town.people[i]!;
    all.push(w);
    bySector.get(p.sector ?? "missing")!.push(w);
    byOrigin.get(p.origin)!.push(w);
    if (firstInitiator[i]! < Infinity) initiators.push({ ...w, entry: firstInitiator[i]! });
  }

  const groups: HazardGroup[] = [];
  const add = (g: HazardGroup | null): void => {
    if (g !== null) groups.push(g);
  };
  add(estimate("all", "all", all, confidence));
  const hazards: Partial<Record<HazardKey, number>> = {};
  for (const [key, ws] of bySector) {
    const g = estimate("sector", key, ws, confidence);
    add(g);
    if (g !== null) hazards[key] = g.hazard;
  }
  for (const [key, ws] of byOrigin) add(estimate("origin", key, ws, confidence));
  add(estimate("initiators", "initiators", initiators, confidence));
  return { period: { from: isoDate(window.fromDay), to: isoDate(window.toDay) }, confidence, groups, hazards };
}
