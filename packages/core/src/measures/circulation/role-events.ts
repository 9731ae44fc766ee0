/**
 * Role events: every entry, change, renewal and exit in a town's role history.
 *
 * What it computes: the role records of one person in one project, in time order, read as a
 * sequence of states `none → role → role → … → none`. For a town it is the raw material of
 * circulation (循環): who came in, who moved up to initiator (仕掛け人), who stepped back,
 * who left. 日本語: 人物と事業の組ごとに役割の記録を時間順に並べ、参加・役割の変化・離脱の
 * 出来事として読み直したもの。循環の指標はすべてここから数える。
 *
 * Rules, on the periods after the cut (domain.md §3) and ignoring empty periods (`from = to`:
 * never active, so never held):
 * - a record ending on day `d` and another of the same person in the same project starting on
 *   day `d` is one event on day `d`: a *change* `role → role'` when the roles differ, a
 *   *renewal* when they are the same (a record split in two: not a change of role);
 * - a record starting on day `d` with no record of the same person and project ending on `d`
 *   is an *entry* `none → role` (after a gap it is a re-entry, still an entry);
 * - a record ending on day `d` with no record of the same person and project starting on `d`
 *   is an *exit* `role → none`, with its reason: `project-ended` when `d` is the project's end,
 *   else `left` when `d` is the day the person left, else `ended`. A role cut at the project's
 *   end or the person's departure is an exit too;
 * - an open start (`-Infinity`) or open end (`Infinity`) is no event.
 * So every non-empty record with a finite start is the target of exactly one entry, change or
 * renewal, and every one with a finite end the source of exactly one change, renewal or exit.
 *
 * Complexity: O(R log R) for R role records (grouping and sorting).
 *
 * Sources: 中山健一郎, 関係人口ネットワークに基づく循環モデル (roles circulate: initiators step
 * back, cooperators, supporters and participants become the next initiators).
 *
 * @module
 */

import { isoDate } from "../../model/date.js";
import type { IsoDate, RoleName } from "../../model/records.js";
import type { Town } from "../../model/town.js";

/** A person's state in a project: a role, or `none` (not a member). */
export type RoleState = RoleName | "none";

/** The states of the transition matrix: `none`, then the roles from the highest rank. */
export const ROLE_STATES: readonly RoleState[] = Object.freeze(["none", "initiator", "cooperator", "supporter", "participant"]);

/** What happened: see the module doc of `role-events.ts`. */
export type RoleEventKind = "entry" | "change" | "renewal" | "exit";

/** Why a role ended without a following role in the same project. */
export type ExitReason = "project-ended" | "left" | "ended";

/** One event of a person in a project. */
export interface RoleEvent {
  /** The day it happens: the first day of the new state. */
  date: IsoDate;
  person: string;
  project: string;
  /** The state before (the role that ends, or `none`). */
  from: RoleState;
  /** The state after (the role that starts, or `none`). */
  to: RoleState;
  kind: RoleEventKind;
  /** Index (in `town.roles`) of the record that ends on this day; -1 for an entry. */
  ended: number;
  /** Index of the record that starts on this day; -1 for an exit. */
  started: number;
  /** For an exit, why the role ended; `null` otherwise. */
  reason: ExitReason | null;
}

/** A {@link RoleEvent} with its day number, as the measures use it. */
export interface DatedRoleEvent extends RoleEvent {
  day: number;
}

/**
 * The non-empty role records of each person in each project, in time order (then by record
 * index): the sequences every circulation figure is read from.
 *
 * @example
 * ```ts
 * import { createTown, roleSequences } from "@kankei/core";
 * const town = createTown({
 *   people: [{ id: "a", origin: "local" }],
 *   projects: [{ id: "p" }],
 *   roles: [
 *     { person: "a", project: "p", role: "initiator", from: "2022-04-01", to: "2023-04-01" },
 *     { person: "a", project: "p", role: "participant", from: "2020-04-01", to: "2021-04-01" },
 *     { person: "a", project: "p", role: "supporter", from: "2021-04-01", to: "2021-04-01" },
 *   ],
 * });
 * roleSequences(town); // [[1, 0]]
 * ```
 */
export function roleSequences(town: Town): number[][] {
  const groups = new Map<string, number[]>();
  town.roles.forEach((r, i) => {
    const s = town.roleSpan(i);
    if (!(s.from < s.to)) return; // empty: never held
    const key = `${town.personIndex(r.person)}:${town.projectIndex(r.project)}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(i);
  });
  const out = [...groups.values()];
  for (const g of out) g.sort((a, b) => town.roleSpan(a).from - town.roleSpan(b).from || a - b);
  // In town order of the person, then of the project, then of the first record.
  return out.sort((a, b) => {
    const ra = town.roles[a[0]!]!;
    const rb = town.roles[b[0]!]!;
    return (
      town.personIndex(ra.person) - town.personIndex(rb.person) ||
      town.projectIndex(ra.project) - town.projectIndex(rb.project) ||
      a[0]! - b[0]!
    );
  });
}

/**
 * Every role event of the town's whole history (entries, changes, renewals and exits; see the
 * module doc), sorted by day, then by person and project in town order.
 *
 * @example
 * ```ts
 * import { createTown, roleEvents } from "@kankei/core";
 * const town = createTown({
 *   people: [{ id: "a", origin: "local" }],
 *   projects: [{ id: "p", start: "2020-04-01", end: "2024-04-01" }],
 *   roles: [
 *     { person: "a", project: "p", role: "participant", to: "2021-04-01" },
 *     { person: "a", project: "p", role: "cooperator", from: "2021-04-01" },
 *   ],
 * });
 * const events = roleEvents(town);
 * events.map((e) => e.kind); // ["entry", "change", "exit"]
 * events.map((e) => e.date); // ["2020-04-01", "2021-04-01", "2024-04-01"]
 * [events[1].from, events[1].to]; // ["participant", "cooperator"]
 * events[2].reason; // "project-ended"
 * ```
 */
export function roleEvents(town: Town): DatedRoleEvent[] {
  const out: DatedRoleEvent[] = [];
  const push = (day: number, ended: number, started: number, kind: RoleEventKind, reason: ExitReason | null) => {
    const r = town.roles[started >= 0 ? started : ended]!;
    out.push({
      date: isoDate(day),
      day,
      person: r.person,
      project: r.project,
      from: ended >= 0 ? town.roles[ended]!.role : "none",
      to: started >= 0 ? town.roles[started]!.role : "none",
      kind,
      ended,
      started,
      reason,
    });
  };
  for (const seq of roleSequences(town)) {
    const first = town.roles[seq[0]!]!;
    const projectEnd = town.projectSpan(first.project).to;
    const personEnd = town.personSpan(first.person).to;
    const exitReason = (d: number): ExitReason => (d >= projectEnd ? "project-ended" : d >= personEnd ? "left" : "ended");
    for (let k = 0; k < seq.length; k++) {
      const i = seq[k]!;
      const s = town.roleSpan(i);
      const prev = k > 0 ? seq[k - 1]! : -1;
      if (prev >= 0 && town.roleSpan(prev).to === s.from) {
        const kind = town.roles[prev]!.role === town.roles[i]!.role ? "renewal" : "change";
        push(s.from, prev, i, kind, null);
      } else if (s.from !== -Infinity) {
        push(s.from, -1, i, "entry", null);
      }
      const next = k + 1 < seq.length ? seq[k + 1]! : -1;
      if (s.to !== Infinity && !(next >= 0 && town.roleSpan(next).from === s.to)) {
        push(s.to, i, -1, "exit", exitReason(s.to));
      }
    }
  }
  return out.sort(
    (a, b) =>
      a.day - b.day ||
      town.personIndex(a.person) - town.personIndex(b.person) ||
      town.projectIndex(a.project) - town.projectIndex(b.project) ||
      Math.max(a.ended, a.started) - Math.max(b.ended, b.started),
  );
}
