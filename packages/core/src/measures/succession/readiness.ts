/**
 * Readiness r(c) (引き継ぎの準備度, domain.md §4 item 3): how ready a current member of a project
 * is to take over as its initiator (仕掛け人) within the horizon.
 *
 * What it means for a town: the circular model says projects survive when cooperators,
 * supporters and participants become the next initiators (代役, stand-ins); readiness ranks
 * who could, and says why.
 * 町にとっての意味: 循環モデルでは、協力者・支援者・参加者が次の仕掛け人(代役)になることで事業が続く。
 * 準備度はその候補を順位づけし、理由を示す。
 *
 * Formula, for a candidate c of project p (a current member whose current role is not
 * initiator):
 *   r(c) = min(1, base(role) + tie + prior) · (1 − q(c)),  then × overloadFactor when c is at t
 *          a current initiator of at least `overloadProjects` active projects other than p
 *   tie   = strongTie if c has a strong tie active at t to a current initiator of p, else weakTie
 *           if a weak one, else 0; counted once however many initiators c is tied to
 *   prior = `prior` if c holds or has held an initiator role in any project (p included)
 *           whose period after the cut is non-empty and starts before t, else 0
 * The cap keeps r(c) ≤ 1 − q(c): a candidate is never readier than they are likely to stay.
 *
 * Defaults (`SUCCESSION_DEFAULTS.readiness`): base cooperator 0.5, supporter 0.25,
 * participant 0.1; strongTie 0.3, weakTie 0.1; prior 0.2; overloadFactor 0.5 from
 * overloadProjects 2. All are documented assumptions of this project that encode the
 * circular model's claims (cooperators are the successor pool, the core needs strong ties,
 * former initiators step up again); override them with the town's own experience.
 *
 * Complexity: O(1) per candidate (the inputs come from `roster.ts`).
 *
 * The basis of each part (which tie, which earlier role, which other projects) comes with the
 * result as data ({@link ReadinessBasis}); `explain.ts` says it in Japanese or English.
 *
 * Sources: Nakayama Ken'ichirō's circular model and the Hokkaido workation study (roles,
 * stand-ins, strong ties in the core); Granovetter (1973) for strong and weak ties; the
 * successor of the what-if is the readiest candidate, after Carley's ORA ("immediate impact")
 * and Borgatti, "Identifying sets of key players in a social network" (2006).
 *
 * @module
 */

import type { IsoDate, Strength } from "../../model/records.js";
import type { DepartureBasis } from "./departure.js";
import type { CandidateRole, ReadinessWeights } from "./options.js";

/** What readiness is computed from. */
export interface ReadinessInput {
  /** The candidate's current role in the project. */
  role: CandidateRole;
  /** The strongest tie active at t to a current initiator of the project, or null. */
  tie: Strength | null;
  /** True when the candidate holds or has held an initiator role whose period (after the cut) is non-empty and starts before t. */
  prior: boolean;
  /** The candidate's departure likelihood q(c). */
  q: number;
  /** Active projects other than this one that the candidate initiates at t. */
  otherInitiated: number;
}

/** The parts of r(c), as the result shows them. */
export interface ReadinessParts {
  /** Base readiness of the role. */
  base: number;
  /** The tie part: strongTie, weakTie or 0. */
  tie: number;
  /** The prior part: prior or 0. */
  prior: number;
  /** min(1, base + tie + prior). */
  capped: number;
  /** The departure likelihood q(c). */
  q: number;
  /** True when the readiness was multiplied by the overload factor. */
  overloaded: boolean;
}

/**
 * Why readiness is what it is, as data: the tie that gives the tie part (its strength, the
 * initiator, and whether that initiator is leaving in a what-if), the initiator role that
 * gives the prior part, the other projects that make the candidate overloaded, and the basis
 * of q(c). `explainReadiness` turns it into sentences in Japanese or English.
 */
export interface ReadinessBasis {
  /** The tie counted: strongest first, then the initiator with the smaller id; null when none. */
  tie: { strength: Strength; with: string; leaving: boolean } | null;
  /** The initiator role counted by the prior part (the earliest); null when none. */
  prior: { project: string; from?: IsoDate; to?: IsoDate; current: boolean } | null;
  /** The other active projects the candidate initiates, when overloaded; null otherwise. */
  overload: { projects: string[] } | null;
  /** Why q(c) is what it is. */
  departure: DepartureBasis;
}

/**
 * r(c) and its parts (see the module header). Pure arithmetic: every caller (the measure, the
 * what-if and single points of failure) computes readiness here, so equal inputs always give
 * bit-identical numbers.
 *
 * @example
 * ```ts
 * import { readinessOf, SUCCESSION_DEFAULTS } from "@kankei/core";
 * const w = SUCCESSION_DEFAULTS.readiness;
 * readinessOf({ role: "cooperator", tie: "strong", prior: false, q: 0.05, otherInitiated: 0 }, w).readiness; // 0.76
 * readinessOf({ role: "supporter", tie: "weak", prior: true, q: 0.4, otherInitiated: 2 }, w).readiness; // 0.165
 * readinessOf({ role: "cooperator", tie: "strong", prior: true, q: 0, otherInitiated: 0 }, w).parts.capped; // 1
 * ```
 */
export function readinessOf(input: ReadinessInput, weights: ReadinessWeights): { readiness: number; parts: ReadinessParts } {
  const { role, tie, prior, q, otherInitiated } = input;
  return {
    readiness: readinessValue(role, tie, prior, q, otherInitiated, weights),
    parts: readinessParts(role, tie, prior, q, otherInitiated, weights),
  };
}

/**
 * r(c) from its inputs, positional (no object built): the one place readiness is computed.
 *
 * @example
 * ```ts
 * import { readinessValue } from "./readiness.js";
 * import { SUCCESSION_DEFAULTS } from "@kankei/core";
 * readinessValue("cooperator", "strong", false, 0.05, 0, SUCCESSION_DEFAULTS.readiness); // 0.76
 * ```
 */
export function readinessValue(
  role: CandidateRole,
  tie: Strength | null,
  prior: boolean,
  q: number,
  otherInitiated: number,
  weights: ReadinessWeights,
): number {
  const t = tie === "strong" ? weights.strongTie : tie === "weak" ? weights.weakTie : 0;
  const capped = Math.min(1, weights.base[role] + t + (prior ? weights.prior : 0));
  const r = capped * (1 - q);
  return otherInitiated >= weights.overloadProjects ? r * weights.overloadFactor : r;
}

/**
 * The parts of r(c) from its inputs, positional.
 *
 * @example
 * ```ts
 * import { readinessParts } from "./readiness.js";
 * import { SUCCESSION_DEFAULTS } from "@kankei/core";
 * readinessParts("supporter", "weak", true, 0.4, 2, SUCCESSION_DEFAULTS.readiness).overloaded; // true
 * ```
 */
export function readinessParts(
  role: CandidateRole,
  tie: Strength | null,
  prior: boolean,
  q: number,
  otherInitiated: number,
  weights: ReadinessWeights,
): ReadinessParts {
  const base = weights.base[role];
  const t = tie === "strong" ? weights.strongTie : tie === "weak" ? weights.weakTie : 0;
  const p = prior ? weights.prior : 0;
  return { base, tie: t, prior: p, capped: Math.min(1, base + t + p), q, overloaded: otherInitiated >= weights.overloadProjects };
}
