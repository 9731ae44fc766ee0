/**
 * The dates of the viewer's date slider (時間軸): the first day of every month from the
 * earliest date in the town's records to the town's date, and the town's date itself last.
 * Playing the slider replays the years (`town.snapshot` at each date).
 *
 * Complexity: O(P + J + R + T) over the cut periods to find the earliest date, then one entry
 * per month.
 *
 * @module
 */

import { isoDate, type IsoDate, type Town } from "@kankei/core";

/**
 * The slider's dates for a town: monthly from the earliest recorded date to `end` (default:
 * the town's date), `end` last. A town with no earlier date gives `[end]`.
 *
 * @example
 * ```ts
 * import { createTown } from "@kankei/core";
 * import { timeline } from "./timeline.js";
 * const town = createTown({
 *   town: { asOf: "2024-03-15" },
 *   people: [{ id: "a", origin: "local", joined: "2023-12-20" }],
 * });
 * timeline(town); // ["2023-12-20", "2024-01-01", "2024-02-01", "2024-03-01", "2024-03-15"]
 * ```
 */
export function timeline(town: Town, end: IsoDate = town.date()): IsoDate[] {
  const endDay = town.day(end);
  const p = town.periods();
  let first = Infinity;
  for (const list of [p.personFrom, p.projectFrom, p.roleFrom, p.tieFrom, p.personTo, p.projectTo, p.roleTo, p.tieTo]) {
    for (let i = 0; i < list.length; i++) {
      const d = list[i]!;
      if (Number.isFinite(d) && d < first) first = d;
    }
  }
  if (!(first < endDay)) return [isoDate(endDay)];
  const out: IsoDate[] = [isoDate(first)];
  const start = isoDate(first);
  let y = Number(start.slice(0, 4));
  let m = Number(start.slice(5, 7));
  for (;;) {
    m++;
    if (m > 12) (m = 1), y++;
    const d = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-01`;
    if (town.day(d) >= endDay) break;
    out.push(d);
  }
  out.push(isoDate(endDay));
  return out;
}

/**
 * The index of the slider position for a date: the last position on or before it (0 when the
 * date comes before every position).
 *
 * @example
 * ```ts
 * import { positionOf } from "./timeline.js";
 * positionOf(["2024-01-01", "2024-02-01", "2024-03-01"], "2024-02-14"); // 1
 * positionOf(["2024-01-01", "2024-02-01"], "2023-05-01"); // 0
 * ```
 */
export function positionOf(dates: readonly IsoDate[], date: IsoDate): number {
  let lo = 0;
  let hi = dates.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid]! <= date) (best = mid), (lo = mid + 1);
    else hi = mid - 1;
  }
  return best;
}
