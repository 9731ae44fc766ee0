/**
 * Person-years and member-years in a window: the exposure that rates of change are divided by.
 *
 * What it computes: over a window `[from, to)`, the days each person is present in the town
 * (`[joined, left)`), summed, and the days on which each person holds at least one role in any
 * project (the union of their role periods, so two roles at once count once), summed; both
 * also in years of 365.25 days. For a town, person-years give a town-wide rate ("how often
 * does anyone change role?"), member-years a rate among the people actually involved.
 * 日本語: 期間内に町にいた延べ年数（人年）と、何らかの役割を持っていた延べ年数。役割の変化の
 * 頻度を割る分母になる。
 *
 * Complexity: O(P + R log R) for P people and R role records.
 *
 * @module
 */

import type { Town } from "../../model/town.js";
import { DAYS_PER_YEAR } from "./initiator-tenure.js";

/** Exposure in a window. */
export interface Exposure {
  /** Σ days present in the window / 365.25. */
  personYears: number;
  /** Σ days holding at least one role in the window / 365.25. */
  memberYears: number;
}

/**
 * Person-years and member-years of a town in `[fromDay, toDay)` (day numbers), given the role
 * records each person holds (`held[i]`: indices into `town.roles` of person `i` in town order).
 * @internal Used by `circulation`.
 */
export function exposure(town: Town, fromDay: number, toDay: number, held: readonly (readonly number[])[]): Exposure {
  let presentDays = 0;
  let memberDays = 0;
  town.people.forEach((p, pi) => {
    const s = town.personSpan(p.id);
    presentDays += Math.max(0, Math.min(s.to, toDay) - Math.max(s.from, fromDay));
    const spans = (held[pi] ?? [])
      .map((i) => town.roleSpan(i))
      .map((r) => [Math.max(r.from, fromDay), Math.min(r.to, toDay)] as const)
      .filter(([a, b]) => a < b)
      .sort((x, y) => x[0] - y[0]);
    let end = -Infinity;
    for (const [a, b] of spans) {
      if (b <= end) continue;
      memberDays += b - Math.max(a, end);
      end = b;
    }
  });
  return { personYears: presentDays / DAYS_PER_YEAR, memberYears: memberDays / DAYS_PER_YEAR };
}
