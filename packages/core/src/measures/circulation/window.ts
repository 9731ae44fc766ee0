/**
 * The time window of a circulation measure: `[from, to)` as ISO dates and day numbers.
 *
 * What it computes: the window a measure of change looks at. By default it is the five years
 * before the town's date (`to` = `town.asOf`, else the latest date in the records, domain.md
 * §3; `from` = the same calendar day five years earlier, 29 February falling back to
 * 28 February): five years hold two full rotations of a municipal officer (2–3 years each in
 * Nakayama's circular model) and most of a 地域おこし協力隊 member's term.
 * 日本語: 循環の指標が見る期間 `[from, to)`。既定は町の日付までの 5 年間（職員の異動 2 回分）。
 *
 * An *event* (a role starting, changing or ending) belongs to the window when the day it
 * happens, the first day of the new state, satisfies `from <= day < to`.
 *
 * Complexity: O(1).
 *
 * @module
 */

import { dayNumber, daysInMonth } from "../../model/date.js";
import type { IsoDate } from "../../model/records.js";
import type { Town } from "../../model/town.js";
import { UsageError } from "../../validation/errors.js";

/** The default length of a circulation window, in calendar years. */
export const DEFAULT_WINDOW_YEARS = 5;

/** A resolved window `[from, to)`. */
export interface TimeWindow {
  from: IsoDate;
  to: IsoDate;
  /** Day number of `from`. */
  fromDay: number;
  /** Day number of `to`. */
  toDay: number;
}

/**
 * The same calendar day `years` years before `date`; 29 February becomes 28 February in a
 * common year.
 *
 * @example
 * ```ts
 * import { yearsBefore } from "@kankei/core";
 * yearsBefore("2025-04-01", 5); // "2020-04-01"
 * yearsBefore("2024-02-29", 1); // "2023-02-28"
 * ```
 */
export function yearsBefore(date: IsoDate, years: number): IsoDate {
  if (dayNumber(date) === undefined) throw new UsageError(`not a real ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  if (!Number.isInteger(years)) throw new UsageError(`years must be a whole number, not ${String(years)}`);
  const y = Number(date.slice(0, 4)) - years;
  const m = Number(date.slice(5, 7));
  const d = Math.min(Number(date.slice(8, 10)), daysInMonth(y, m));
  if (y < 0 || y > 9999) throw new UsageError(`${years} years before ${date} is outside the years 0000–9999`);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * Resolves a window: `to` defaults to the town's date, `from` to {@link DEFAULT_WINDOW_YEARS}
 * years before `to`. Throws a {@link UsageError} on a date that is not real, on a town with no
 * date when `to` is absent, and when `from` is after `to` (`from = to` is an empty window).
 *
 * @example
 * ```ts
 * import { createTown, resolveWindow } from "@kankei/core";
 * const town = createTown({ town: { asOf: "2025-04-01" } });
 * const w = resolveWindow(town, {});
 * [w.from, w.to]; // ["2020-04-01", "2025-04-01"]
 * resolveWindow(town, { from: "2024-04-01" }).to; // "2025-04-01"
 * resolveWindow(town, { from: "2026-01-01" }); // throws a UsageError
 * ```
 */
export function resolveWindow(town: Town, window: { from?: IsoDate | undefined; to?: IsoDate | undefined }): TimeWindow {
  const to = town.date(window.to);
  if (window.from !== undefined && dayNumber(window.from) === undefined) {
    throw new UsageError(`option "from" is not a real ISO date (YYYY-MM-DD): ${JSON.stringify(window.from)}`);
  }
  const from = window.from ?? yearsBefore(to, DEFAULT_WINDOW_YEARS);
  const fromDay = dayNumber(from)!;
  const toDay = dayNumber(to)!;
  if (fromDay > toDay) throw new UsageError(`option "from" (${from}) must not be after "to" (${to})`);
  return { from, to, fromDay, toDay };
}
