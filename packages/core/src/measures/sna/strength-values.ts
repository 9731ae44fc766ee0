/**
 * Tie strength as a number, always by an explicit mapping named for what the number means:
 * an *affinity* (community detection: a strong tie pulls two people into one group harder),
 * a *distance* (shortest paths: a strong tie is a shorter step), or an *investment* (Burt's
 * constraint: the share of a person's time and energy a tie takes). Tie strength is never read
 * from an ambiguous `weight` (domain.md §6; graphology reads `weight` as a distance in
 * betweenness and as an affinity in Louvain).
 * 日本語: 紐帯の強さを数値にするときは、その意味（親和度・距離・投資）を名前で明示した対応表を使う。
 *
 * @module
 */

import type { TieGraph } from "../../graph/tie-graph.js";
import { UsageError } from "../../validation/errors.js";

/** A number for each tie strength (強い紐帯 / 弱い紐帯). */
export interface StrengthNumbers {
  strong: number;
  weak: number;
}

/** @internal Checks that both numbers are finite and positive; throws a UsageError naming the option. */
export function checkStrengthNumbers(option: string, values: StrengthNumbers): StrengthNumbers {
  for (const key of ["strong", "weak"] as const) {
    const v = values?.[key];
    if (typeof v !== "number" || !Number.isFinite(v) || v <= 0) {
      throw new UsageError(`${option}.${key} must be a finite number above 0, got ${String(v)}`);
    }
  }
  return { strong: values.strong, weak: values.weak };
}

/** @internal One number per slot of the tie graph: `values.strong` or `values.weak`. */
export function slotNumbers(graph: TieGraph, values: StrengthNumbers): Float64Array {
  const out = new Float64Array(graph.strong.length);
  for (let p = 0; p < out.length; p++) out[p] = graph.strong[p] === 1 ? values.strong : values.weak;
  return out;
}
