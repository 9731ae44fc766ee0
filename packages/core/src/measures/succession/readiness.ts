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
 * Sources: Nakayama Ken'ichirō's circular model and the Hokkaido workation study (roles,
 * stand-ins, strong ties in the core); Granovetter (1973) for strong and weak ties; the
 * successor of the what-if is the readiest candidate, after Carley's ORA ("immediate impact")
 * and Borgatti, "Identifying sets of key players in a social network" (2006).
 *
 * @module
 */

import type { IsoDate, Strength } from "../../model/records.js";
import { formatNumber } from "./departure.js";
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

/** Names and dates the reasons mention. */
export interface ReadinessContext {
  /** The initiator the tie part counts with. */
  tieWith?: string;
  /** The initiator role the prior part counts. */
  priorRole?: { project: string; from?: IsoDate; to?: IsoDate; current: boolean };
  /** The reasons of q(c). */
  departureReasons?: readonly string[];
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

/**
 * A memo of reason texts, for writing the reasons of many candidates with the same weights:
 * the same few texts (a base, a tie to the same initiator, a readiness formula) are then
 * built once and shared. Create one with {@link reasonMemo} per call of a measure.
 */
export interface ReasonMemo {
  base: Map<CandidateRole, string>;
  strong: Map<string | undefined, string>;
  weak: Map<string | undefined, string>;
  prior: Map<ReadinessContext["priorRole"], string>;
  readiness: Map<number, Map<number, string>>;
  overload: Map<number, string>;
}

/**
 * A new, empty {@link ReasonMemo} (valid for one set of weights).
 *
 * @example
 * ```ts
 * import { reasonMemo } from "@kankei/core";
 * reasonMemo().base.size; // 0
 * ```
 */
export function reasonMemo(): ReasonMemo {
  return { base: new Map(), strong: new Map(), weak: new Map(), prior: new Map(), readiness: new Map(), overload: new Map() };
}

function memoText<K>(memo: Map<K, string> | undefined, key: K, make: () => string): string {
  if (memo === undefined) return make();
  let text = memo.get(key);
  if (text === undefined) memo.set(key, (text = make()));
  return text;
}

/**
 * The reasons of r(c) in English, one per part, e.g. `"cooperator: base 0.5"`,
 * `"strong tie to initiator aoki: +0.3"`, `"initiates 2 other active projects: halved"`.
 * With a {@link ReasonMemo} (made for the same weights), equal texts are built once and shared.
 *
 * @example
 * ```ts
 * import { readinessOf, readinessReasons, SUCCESSION_DEFAULTS } from "@kankei/core";
 * const w = SUCCESSION_DEFAULTS.readiness;
 * const input = { role: "cooperator", tie: "strong", prior: false, q: 0.05, otherInitiated: 0 } as const;
 * const { parts } = readinessOf(input, w);
 * readinessReasons(input, parts, w, { tieWith: "aoki" }).slice(0, 2); // ["cooperator: base 0.5", "strong tie to initiator aoki: +0.3"]
 * ```
 */
export function readinessReasons(
  input: ReadinessInput,
  parts: ReadinessParts,
  weights: ReadinessWeights,
  context: ReadinessContext = {},
  memo?: ReasonMemo,
): string[] {
  const f = formatNumber;
  const out = [memoText(memo?.base, input.role, () => `${input.role}: base ${f(parts.base)}`)];
  if (input.tie === null) out.push("no tie to a current initiator: +0");
  else {
    const partner = context.tieWith !== undefined ? ` ${context.tieWith}` : "";
    out.push(memoText(memo?.[input.tie], context.tieWith, () => `${input.tie} tie to initiator${partner}: +${f(parts.tie)}`));
  }
  if (!input.prior) out.push("never initiator before this date: +0");
  else {
    const r = context.priorRole;
    out.push(
      memoText(memo?.prior, r, () => {
        if (r === undefined) return `initiator before: +${f(parts.prior)}`;
        if (r.current) return `is initiator of ${r.project}${r.from !== undefined ? ` since ${r.from}` : ""}: +${f(parts.prior)}`;
        const from = r.from !== undefined ? ` from ${r.from}` : "";
        const to = r.to !== undefined ? ` to ${r.to}` : "";
        return `was initiator of ${r.project}${from}${to}: +${f(parts.prior)}`;
      }),
    );
  }
  const sum = parts.base + parts.tie + parts.prior;
  if (sum > 1) out.push(`sum ${f(sum)} capped at 1`);
  if (context.departureReasons === undefined) out.push(`q = ${f(parts.q)}`);
  else out.push(...context.departureReasons);
  let byQ = memo?.readiness.get(parts.capped);
  if (memo !== undefined && byQ === undefined) memo.readiness.set(parts.capped, (byQ = new Map()));
  const formula = () => `readiness ${f(parts.capped)} × (1 − ${f(parts.q)}) = ${f(parts.capped * (1 - parts.q))}`;
  out.push(memoText(byQ, parts.q, formula));
  if (parts.overloaded) {
    const n = input.otherInitiated;
    out.push(
      memoText(memo?.overload, n, () => {
        const how = weights.overloadFactor === 0.5 ? "halved" : `× ${f(weights.overloadFactor)}`;
        return `initiates ${n} other active project${n === 1 ? "" : "s"}: ${how}`;
      }),
    );
  }
  return out;
}
