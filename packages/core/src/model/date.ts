/**
 * Calendar dates as day numbers, and periods `[from, to)` over them (domain.md §3).
 *
 * Dates are stored in records as ISO strings `YYYY-MM-DD` and compared as *day numbers*
 * (days since 1970-01-01 in the proleptic Gregorian calendar), computed without `Date`, which
 * would silently roll `2021-02-30` over to March. A period is `[from, to)`: active at `t`
 * when `from <= t < to`; an absent end is `-Infinity`/`Infinity`. Two periods overlap when
 * `max(from) < min(to)`, so touching periods do not overlap and an empty period overlaps
 * nothing.
 *
 * Algorithm: Howard Hinnant's `days_from_civil` (public domain, 2013), O(1).
 *
 * @module
 */

import type { IsoDate } from "./records.js";

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/**
 * Days in month `m` (1–12) of year `y`, leap years included.
 *
 * @example
 * ```ts
 * import { daysInMonth } from "@kankei/core";
 * daysInMonth(2024, 2); // 29
 * daysInMonth(1900, 2); // 28
 * ```
 */
export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The day number of an ISO date, or `undefined` when the text is not a real calendar date.
 *
 * @example
 * ```ts
 * import { dayNumber } from "@kankei/core";
 * dayNumber("1970-01-02"); // 1
 * dayNumber("2021-02-30"); // undefined
 * ```
 */
export function dayNumber(text: unknown): number | undefined {
  if (typeof text !== "string") return undefined;
  // A town repeats a few dates many times (1 April of every year): parse each text once.
  const known = DAYS.get(text);
  if (known !== undefined || DAYS.has(text)) return known;
  const m = ISO.exec(text);
  let day: number | undefined;
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)) day = daysFromCivil(y, mo, d);
  }
  if (DAYS.size >= 65536) DAYS.clear();
  DAYS.set(text, day);
  return day;
}

const DAYS = new Map<string, number | undefined>();

/**
 * True when `text` is a real calendar date written `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { isIsoDate } from "@kankei/core";
 * isIsoDate("2024-02-29"); // true
 * isIsoDate("2023-02-29"); // false
 * ```
 */
export function isIsoDate(text: unknown): text is IsoDate {
  return dayNumber(text) !== undefined;
}

/**
 * The ISO date of a day number (the inverse of {@link dayNumber}).
 *
 * @example
 * ```ts
 * import { isoDate } from "@kankei/core";
 * isoDate(19000); // "2022-01-08"
 * ```
 */
export function isoDate(day: number): IsoDate {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * Adds `days` to an ISO date.
 *
 * @example
 * ```ts
 * import { addDays } from "@kankei/core";
 * addDays("2024-02-28", 2); // "2024-03-01"
 * ```
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const n = dayNumber(date);
  if (n === undefined) throw new RangeError(`not an ISO date: ${String(date)}`);
  return isoDate(n + days);
}

/**
 * Adds whole calendar years to an ISO date: the same month and day, `years` later (or earlier
 * when negative). 29 February becomes 28 February in a common year. Yearly steps of a
 * simulation use it, so that a step stays on the same day of the fiscal year (1 April).
 *
 * @example
 * ```ts
 * import { addYears } from "@kankei/core";
 * addYears("2025-04-01", 2); // "2027-04-01"
 * addYears("2024-02-29", 1); // "2025-02-28"
 * ```
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  if (dayNumber(date) === undefined) throw new RangeError(`not an ISO date: ${String(date)}`);
  if (!Number.isInteger(years)) throw new RangeError(`not a whole number of years: ${String(years)}`);
  const y = Number(date.slice(0, 4)) + years;
  const m = Number(date.slice(5, 7));
  const d = Math.min(Number(date.slice(8, 10)), daysInMonth(y, m));
  if (y < 0 || y > 9999) throw new RangeError(`year out of range: ${y}`);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** A period `[from, to)` as day numbers; an open end is `-Infinity` or `Infinity`. */
export interface Span {
  readonly from: number;
  readonly to: number;
}

/**
 * True when the span is active at day `t`: `from <= t < to`.
 *
 * @example
 * ```ts
 * import { spanActive } from "@kankei/core";
 * spanActive({ from: 10, to: 20 }, 19); // true
 * spanActive({ from: 10, to: 20 }, 20); // false
 * ```
 */
export function spanActive(span: Span, t: number): boolean {
  return span.from <= t && t < span.to;
}

/**
 * True when some day is active in both spans. Touching spans and empty spans never overlap.
 *
 * @example
 * ```ts
 * import { spansOverlap } from "@kankei/core";
 * spansOverlap({ from: 0, to: 10 }, { from: 9, to: Infinity }); // true
 * spansOverlap({ from: 0, to: 10 }, { from: 10, to: 20 }); // false
 * spansOverlap({ from: 5, to: 5 }, { from: 0, to: 10 }); // false
 * ```
 */
export function spansOverlap(a: Span, b: Span): boolean {
  return Math.max(a.from, b.from) < Math.min(a.to, b.to);
}

/**
 * The day number of an optional date field: the given default when absent (or malformed).
 *
 * @example
 * ```ts
 * import { dayOr } from "@kankei/core";
 * dayOr(undefined, -Infinity); // -Infinity
 * dayOr("1970-01-11", 0); // 10
 * ```
 */
export function dayOr(text: unknown, absent: number): number {
  if (text === undefined || text === null) return absent;
  const n = dayNumber(text);
  return n === undefined ? absent : n;
}
