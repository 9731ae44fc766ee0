/**
 * Initiator tenure (仕掛け人の在任期間): how long people stay initiators of a project.
 *
 * What it computes: every *spell* of a person as initiator of a project that ends or is still
 * running in a window `[from, to)`, with its length. A spell is a maximal run of initiator
 * records of one person in one project joined end to start (a renewal, a record split in two,
 * does not cut a spell). For a town it shows the rhythm of its projects: Nakayama's circular
 * model notes that the typical initiator, a municipal officer, is rotated after 2–3 years, so
 * short completed spells with no grown successor are the warning sign.
 * 日本語: 期間内に終わった、または期間の終わりに続いている仕掛け人の在任（同じ人・同じ事業で
 * 切れ目なく続く仕掛け人の記録）と、その長さ。職員の仕掛け人は 2〜3 年で異動するのが典型である。
 *
 * Rules (events as in `role-events.ts`, the window as in `window.ts`):
 * - a spell is *completed* when it ends on a day `e` with `from <= e < to` (its end is an event
 *   of the window, like the departures of `circulation`), whatever followed (a lower role, an
 *   exit, the project's end); its length is `e − s` days, `s` its first day;
 * - it is *ongoing* when it is still active on the window's last day (`s < to <= e`, window not
 *   empty); its length is the part observed so far, `to − s` days (right-censored);
 * - a spell with no known start (no `from`, project `start` or person `joined`) has length
 *   `Infinity` and is left out of the summary;
 * - years are `days / 365.25`; the summary gives the mean and median of the completed spells
 *   with a known start (`NaN` when there is none).
 *
 * Complexity: O(R log R) for R role records.
 *
 * Sources: 中山健一郎, 関係人口ネットワークに基づく循環モデル (personnel rotation of officers
 * every 2–3 years as the main threat to a project's continuity).
 *
 * @module
 */

import { isoDate } from "../../model/date.js";
import type { IsoDate } from "../../model/records.js";
import type { Town } from "../../model/town.js";
import { roleSequences, type ExitReason, type RoleState } from "./role-events.js";
import { resolveWindow } from "./window.js";

/** Days in a year, for durations in years (the Julian year). */
export const DAYS_PER_YEAR = 365.25;

/** One spell of a person as initiator of a project. */
export interface InitiatorSpell {
  person: string;
  project: string;
  /** The first day, or `null` when the spell has no known start. */
  from: IsoDate | null;
  /** The day it ended, for a completed spell; `null` while ongoing at the window's end. */
  end: IsoDate | null;
  completed: boolean;
  /** Length in days: to the end, or to the window's end while ongoing; `Infinity` with no known start. */
  days: number;
  /** `days / 365.25`. */
  years: number;
  /** For a completed spell, the person's state in the project afterwards (a lower role, or `none`). */
  next: RoleState | null;
  /** For a completed spell that ended in an exit, why; `null` otherwise. */
  reason: ExitReason | null;
}

/** The summary of {@link initiatorTenure}. */
export interface InitiatorTenure {
  /** Completed spells, then ongoing ones; each by start day, then person and project in town order. */
  spells: InitiatorSpell[];
  completed: number;
  ongoing: number;
  /** Completed spells with no known start (left out of the mean and median). */
  unknownStart: number;
  /** Mean length of the completed spells with a known start, in years; `NaN` when none. */
  meanYears: number;
  /** Median length of the same, in years; `NaN` when none. */
  medianYears: number;
}

/**
 * Initiator tenure in a window `[from, to)` (default: the five years before the town's date):
 * the completed and ongoing spells as initiator, and the mean and median length of the
 * completed ones in years.
 *
 * @throws UsageError on a bad date, or when `from` is after `to`.
 *
 * @example
 * ```ts
 * import { createTown, initiatorTenure } from "@kankei/core";
 * const town = createTown({
 *   town: { asOf: "2025-04-01" },
 *   people: [{ id: "ito", origin: "local", sector: "government" }, { id: "mura", origin: "local" }],
 *   projects: [{ id: "gifts", start: "2016-04-01" }],
 *   roles: [
 *     { person: "ito", project: "gifts", role: "initiator", to: "2018-04-01" },
 *     { person: "ito", project: "gifts", role: "supporter", from: "2018-04-01", to: "2020-04-01" },
 *     { person: "mura", project: "gifts", role: "cooperator", to: "2018-04-01" },
 *     { person: "mura", project: "gifts", role: "initiator", from: "2018-04-01" },
 *   ],
 * });
 * const t = initiatorTenure(town, { from: "2018-04-01" });
 * t.spells.map((s) => [s.person, s.completed, s.days]); // [["ito", true, 730], ["mura", false, 2557]]
 * t.spells[0].next; // "supporter"
 * t.meanYears; // 730 / 365.25
 * ```
 */
export function initiatorTenure(town: Town, window: { from?: IsoDate; to?: IsoDate } = {}): InitiatorTenure {
  const { fromDay, toDay } = resolveWindow(town, window);
  type Found = InitiatorSpell & { start: number };
  const completed: Found[] = [];
  const ongoing: Found[] = [];

  for (const seq of roleSequences(town)) {
    for (let k = 0; k < seq.length; k++) {
      if (town.roles[seq[k]!]!.role !== "initiator") continue;
      // A spell: initiator records joined end to start.
      const first = seq[k]!;
      while (
        k + 1 < seq.length &&
        town.roles[seq[k + 1]!]!.role === "initiator" &&
        town.roleSpan(seq[k + 1]!).from === town.roleSpan(seq[k]!).to
      ) {
        k++;
      }
      const last = seq[k]!;
      const s = town.roleSpan(first).from;
      const e = town.roleSpan(last).to;
      const r = town.roles[first]!;
      const base = { person: r.person, project: r.project, from: s === -Infinity ? null : isoDate(s), start: s };
      if (fromDay <= e && e < toDay) {
        const after = k + 1 < seq.length ? seq[k + 1]! : -1;
        const followed = after >= 0 && town.roleSpan(after).from === e;
        const projectEnd = town.projectSpan(r.project).to;
        const personEnd = town.personSpan(r.person).to;
        const days = e - s;
        completed.push({
          ...base,
          end: isoDate(e),
          completed: true,
          days,
          years: days / DAYS_PER_YEAR,
          next: followed ? town.roles[after]!.role : "none",
          reason: followed ? null : e >= projectEnd ? "project-ended" : e >= personEnd ? "left" : "ended",
        });
      } else if (fromDay < toDay && s < toDay && e >= toDay) {
        const days = toDay - s;
        ongoing.push({ ...base, end: null, completed: false, days, years: days / DAYS_PER_YEAR, next: null, reason: null });
      }
    }
  }

  const order = (a: Found, b: Found) =>
    a.start - b.start ||
    town.personIndex(a.person) - town.personIndex(b.person) ||
    town.projectIndex(a.project) - town.projectIndex(b.project);
  completed.sort(order);
  ongoing.sort(order);
  const known = completed.filter((x) => Number.isFinite(x.days)).map((x) => x.years).sort((a, b) => a - b);
  const mid = known.length >> 1;
  const strip = ({ start: _, ...spell }: Found): InitiatorSpell => spell;
  return {
    spells: [...completed, ...ongoing].map(strip),
    completed: completed.length,
    ongoing: ongoing.length,
    unknownStart: completed.length - known.length,
    meanYears: known.length === 0 ? NaN : known.reduce((a, b) => a + b, 0) / known.length,
    medianYears: known.length === 0 ? NaN : known.length % 2 === 1 ? known[mid]! : (known[mid - 1]! + known[mid]!) / 2,
  };
}
