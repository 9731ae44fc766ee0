/**
 * Options of succession risk (後継リスク, domain.md §4): every hazard, weight, threshold and the
 * horizon, with their defaults and where each comes from.
 *
 * What it means for a town: the numbers here say how likely a project's drivers are to go
 * within the horizon and how ready its members are to take over; changing them is how a
 * researcher states a different belief about the town.
 * 町にとっての意味: ここの数値は、期間内に事業の担い手が離れる見込みと、残る人が仕掛け人を引き継ぐ
 * 準備の度合いを表す。値を変えることは、その町についての別の想定を明示することである。
 *
 * Formula (the measure itself is in `risk.ts`):
 *   q(x) = 1 when tenureEnds or left ∈ (t, t + h], else 1 − (1 − λ(sector))^(h / 365)
 *   r(c) = min(1, base(role) + tie + prior) · (1 − q(c)), × overloadFactor when overloaded
 *   B(p) = 1 − Π (1 − r(c)) over the k most ready candidates (k = benchDepth)
 *   R(p) = E(p) · (1 − B(p)); levels by thresholds.
 *
 * Defaults and where they come from:
 * - `horizonDays` 365: one fiscal year, the planning cycle of a municipality.
 * - `hazards.government` 0.4: municipal officers are rotated to another post every 2–3 years
 *   (Nakayama's circular model; the Hokkaido workation study), i.e. about 1/2.5 a year.
 * - `hazards.corps` 0.33: a 地域おこし協力隊 member's term lasts up to 3 years (1/3 a year).
 * - `hazards.nonprofit` 0.15, `business` 0.1, `resident` 0.05, `other` 0.15 and `missing`
 *   (no sector recorded) 0.15: documented *assumptions* of this project, not measured rates:
 *   residents and local firms are rooted in the town, nonprofit staff and unknown people sit
 *   in between. Override them with the town's own turnover when it is known.
 * - `readiness.base` cooperator 0.5, supporter 0.25, participant 0.1; `strongTie` 0.3,
 *   `weakTie` 0.1; `prior` 0.2: assumptions that encode the circular model's claims
 *   (cooperators are the natural successor pool; the initiator and cooperator layers need
 *   strong ties; someone who has already initiated steps up more easily).
 * - `readiness.overloadFactor` 0.5 and `overloadProjects` 2: an assumption: someone who
 *   already initiates two other active projects has half the capacity to take on another.
 * - `benchDepth` 3: the bench counts the three most ready candidates (domain.md §4 item 4,
 *   revised December 2026). A crowd of weakly ready members is no bench: under the first
 *   text forty participants at r = 0.085 multiplied into B ≈ 0.97 and an orphaned project
 *   read as low risk. Three is a project team's usual depth of cooperators around an
 *   initiator (the initiator and cooperator layers of the circular model); an assumption.
 * - `standInThreshold` 0.5: a candidate counts as a stand-in (代役) when at least as likely
 *   as not to be ready.
 * - `levels` critical 0.5, high 0.25, moderate 0.1: assumptions, chosen so that "critical"
 *   means the project more likely than not loses its initiator with nobody ready.
 *
 * Validation: every number must be finite and in [0, 1] (the horizon a whole number of days
 * ≥ 0, `overloadProjects` and `benchDepth` whole numbers ≥ 1); the weights must respect the ranks of roles
 * and ties (cooperator ≥ supporter ≥ participant, strong ≥ weak) and the levels their order
 * (critical ≥ high ≥ moderate), or the properties of §4 (more help never raises risk) break.
 * A bad option throws a {@link UsageError} that names it.
 *
 * Complexity: O(1).
 *
 * Sources: Nakayama Ken'ichirō, 関係人口の創出プロセスの研究 (the circular model) and its
 * application to 69 Hokkaido municipalities in the workation study; Carley's ORA
 * ("immediate impact"); Borgatti, "Identifying sets of key players in a social network" (2006).
 *
 * @module
 */

import type { IsoDate, Sector } from "../../model/records.js";
import { SECTORS } from "../../model/records.js";
import { UsageError } from "../../validation/errors.js";
import { objectOf, probability, wholeNumber } from "../../validation/options.js";

/** The roles a candidate can hold: every role but initiator. */
export type CandidateRole = "cooperator" | "supporter" | "participant";

/** The hazard keys: every sector, and `missing` for a person with no sector. */
export type HazardKey = Sector | "missing";

/** A risk level, from the worst: critical, high, moderate, low. */
export type RiskLevel = "critical" | "high" | "moderate" | "low";

/**
 * The levels, from the worst to the best.
 *
 * @example
 * ```ts
 * import { RISK_LEVELS } from "@kankei/core";
 * RISK_LEVELS; // ["critical", "high", "moderate", "low"]
 * ```
 */
export const RISK_LEVELS: readonly RiskLevel[] = Object.freeze(["critical", "high", "moderate", "low"]);

/** Weights of readiness (domain.md §4 item 3), all resolved. */
export interface ReadinessWeights {
  /** Base readiness by current role. */
  base: Record<CandidateRole, number>;
  /** Added when the candidate has a strong tie active at t to a current initiator. */
  strongTie: number;
  /** Added when the candidate has only weak ties active at t to current initiators. */
  weakTie: number;
  /** Added when the candidate holds or has held an initiator role that started before t. */
  prior: number;
  /** Multiplies readiness when the candidate is overloaded. */
  overloadFactor: number;
  /** Overloaded: initiating at least this many active projects other than the one in question. */
  overloadProjects: number;
}

/** The options actually used by a succession measure: every field present. */
export interface ResolvedSuccessionOptions {
  /** The horizon h in days. */
  horizonDays: number;
  /** Annual departure hazard λ by sector; `missing` for a person with no sector. */
  hazards: Record<HazardKey, number>;
  readiness: ReadinessWeights;
  /** A candidate with readiness at least this is a stand-in (代役). */
  standInThreshold: number;
  /** Bench depth k: bench strength counts the k most ready candidates. */
  benchDepth: number;
  /** Lower bounds of the levels (low is below `moderate`). */
  levels: { critical: number; high: number; moderate: number };
}

/** Options of `successionRisk` and `departureImpact`: every field optional, merged with {@link SUCCESSION_DEFAULTS}. */
export interface SuccessionOptions {
  /** The date of the measure (default: the town's date, see `Town.date`). */
  t?: IsoDate;
  horizonDays?: number;
  hazards?: Partial<Record<HazardKey, number>>;
  readiness?: Partial<Omit<ReadinessWeights, "base">> & { base?: Partial<Record<CandidateRole, number>> };
  standInThreshold?: number;
  benchDepth?: number;
  levels?: Partial<ResolvedSuccessionOptions["levels"]>;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const v of Object.values(value as object)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * The defaults of succession risk (domain.md §4); see the module header for where each
 * comes from. Frozen.
 *
 * @example
 * ```ts
 * import { SUCCESSION_DEFAULTS } from "@kankei/core";
 * SUCCESSION_DEFAULTS.hazards.government; // 0.4
 * SUCCESSION_DEFAULTS.readiness.base.cooperator; // 0.5
 * SUCCESSION_DEFAULTS.levels.critical; // 0.5
 * SUCCESSION_DEFAULTS.benchDepth; // 3
 * ```
 */
export const SUCCESSION_DEFAULTS: Readonly<ResolvedSuccessionOptions> = deepFreeze({
  horizonDays: 365,
  hazards: {
    government: 0.4,
    corps: 0.33,
    nonprofit: 0.15,
    business: 0.1,
    resident: 0.05,
    other: 0.15,
    missing: 0.15,
  },
  readiness: {
    base: { cooperator: 0.5, supporter: 0.25, participant: 0.1 },
    strongTie: 0.3,
    weakTie: 0.1,
    prior: 0.2,
    overloadFactor: 0.5,
    overloadProjects: 2,
  },
  standInThreshold: 0.5,
  benchDepth: 3,
  levels: { critical: 0.5, high: 0.25, moderate: 0.1 },
});

const HAZARD_KEYS: readonly HazardKey[] = [...SECTORS, "missing"];
const CANDIDATE_ROLES: readonly CandidateRole[] = ["cooperator", "supporter", "participant"];

function ordered(values: [string, number][]): void {
  for (let i = 1; i < values.length; i++) {
    const [hi, a] = values[i - 1]!;
    const [lo, b] = values[i]!;
    if (a < b) throw new UsageError(`option "${lo}" (${b}) must not exceed "${hi}" (${a})`);
  }
}

/**
 * Validates succession options and merges them with {@link SUCCESSION_DEFAULTS} (partial
 * overrides of `hazards`, `readiness`, `readiness.base` and `levels` keep the other defaults).
 * Throws a {@link UsageError} naming the first bad option: an unknown key, a number outside
 * its range, or weights that break the order of roles, ties or levels. `t` is not resolved
 * here (it needs the town: see `Town.date`).
 *
 * @example
 * ```ts
 * import { resolveSuccessionOptions } from "@kankei/core";
 * const o = resolveSuccessionOptions({ hazards: { government: 0.5 }, readiness: { base: { cooperator: 0.6 } } });
 * o.hazards.government; // 0.5
 * o.hazards.corps; // 0.33
 * o.readiness.base.cooperator; // 0.6
 * o.readiness.base.supporter; // 0.25
 * // resolveSuccessionOptions({ horizonDays: -1 }) throws a UsageError naming "horizonDays"
 * ```
 */
export function resolveSuccessionOptions(options: SuccessionOptions = {}): ResolvedSuccessionOptions {
  const d = SUCCESSION_DEFAULTS;
  const o = objectOf(options, "options", ["t", "horizonDays", "hazards", "readiness", "standInThreshold", "benchDepth", "levels"]);
  const hz = objectOf(o.hazards, "hazards", HAZARD_KEYS);
  const rd = objectOf(o.readiness, "readiness", ["base", "strongTie", "weakTie", "prior", "overloadFactor", "overloadProjects"]);
  const base = objectOf(rd.base, "readiness.base", CANDIDATE_ROLES);
  const lv = objectOf(o.levels, "levels", ["critical", "high", "moderate"]);

  const hazards = Object.fromEntries(HAZARD_KEYS.map((k) => [k, probability(hz[k], `hazards.${k}`, d.hazards[k])])) as Record<
    HazardKey,
    number
  >;
  const resolved: ResolvedSuccessionOptions = {
    horizonDays: wholeNumber(o.horizonDays, "horizonDays", d.horizonDays, 0),
    hazards,
    readiness: {
      base: Object.fromEntries(
        CANDIDATE_ROLES.map((r) => [r, probability(base[r], `readiness.base.${r}`, d.readiness.base[r])]),
      ) as Record<CandidateRole, number>,
      strongTie: probability(rd.strongTie, "readiness.strongTie", d.readiness.strongTie),
      weakTie: probability(rd.weakTie, "readiness.weakTie", d.readiness.weakTie),
      prior: probability(rd.prior, "readiness.prior", d.readiness.prior),
      overloadFactor: probability(rd.overloadFactor, "readiness.overloadFactor", d.readiness.overloadFactor),
      overloadProjects: wholeNumber(rd.overloadProjects, "readiness.overloadProjects", d.readiness.overloadProjects, 1),
    },
    standInThreshold: probability(o.standInThreshold, "standInThreshold", d.standInThreshold),
    benchDepth: wholeNumber(o.benchDepth, "benchDepth", d.benchDepth, 1),
    levels: {
      critical: probability(lv.critical, "levels.critical", d.levels.critical),
      high: probability(lv.high, "levels.high", d.levels.high),
      moderate: probability(lv.moderate, "levels.moderate", d.levels.moderate),
    },
  };
  const w = resolved.readiness;
  ordered([
    ["readiness.base.cooperator", w.base.cooperator],
    ["readiness.base.supporter", w.base.supporter],
    ["readiness.base.participant", w.base.participant],
  ]);
  ordered([
    ["readiness.strongTie", w.strongTie],
    ["readiness.weakTie", w.weakTie],
  ]);
  ordered([
    ["levels.critical", resolved.levels.critical],
    ["levels.high", resolved.levels.high],
    ["levels.moderate", resolved.levels.moderate],
  ]);
  return resolved;
}

/**
 * The level of a risk: critical when `risk >= levels.critical`, else high when
 * `>= levels.high`, else moderate when `>= levels.moderate`, else low. The number is compared
 * with the thresholds as is (no rounding).
 *
 * @example
 * ```ts
 * import { riskLevel, SUCCESSION_DEFAULTS } from "@kankei/core";
 * riskLevel(0.5, SUCCESSION_DEFAULTS.levels); // "critical"
 * riskLevel(0.49, SUCCESSION_DEFAULTS.levels); // "high"
 * riskLevel(0.05, SUCCESSION_DEFAULTS.levels); // "low"
 * ```
 */
export function riskLevel(risk: number, levels: ResolvedSuccessionOptions["levels"]): RiskLevel {
  if (risk >= levels.critical) return "critical";
  if (risk >= levels.high) return "high";
  if (risk >= levels.moderate) return "moderate";
  return "low";
}
