/**
 * Circulation (循環): how roles move through a town's projects over a time window.
 *
 * What it computes, over a window `[from, to)` (default: the five years before the town's
 * date): the role-transition matrix with entry and exit; the share of new initiators
 * (仕掛け人) grown from within; the share of departing initiators who stepped back into a
 * lower role rather than left; the outsiders (よそ者) who reached a project's core; role
 * changes per person-year; and initiator tenure. For a town it answers the circular model's
 * question: do roles circulate (initiators step back and stay, cooperators, supporters and
 * participants become the next initiators, outsiders are drawn into the core), or does each
 * project stand or fall with one person?
 * 日本語: 期間内に役割がどう巡ったか。参加と離脱を含む役割の遷移行列、内部から育った新しい
 * 仕掛け人の割合、退いた仕掛け人のうち別の役割で残った人の割合、中核に入ったよそ者、
 * 1 人年あたりの役割の変化、仕掛け人の在任期間を示す。
 *
 * Definitions (events as in `role-events.ts`: a change on day `d` is a record ending on `d`
 * followed by one of the same person in the same project starting on `d`; an event belongs to
 * the window when `from <= d < to`):
 * - **transition matrix** `M[x][y]`: the events of the window from state `x` to state `y`
 *   over `none, initiator, cooperator, supporter, participant`; entries are `M[none][role]`,
 *   exits `M[role][none]` (a role cut at the project's end or the person's departure included),
 *   changes off the diagonal, renewals (a record split with the same role) on the diagonal.
 *   Column sums over all `x` count the role records starting in the window; row sums the
 *   records ending in it.
 * - **new initiators**: initiator records starting in the window that are not renewals (an
 *   entry as initiator, or a change into initiator), counted per record, not per person.
 *   *Grown in the project*: the person held a non-initiator role in the same project that
 *   started before; *grown in the town*: a non-initiator role in any project of the town that
 *   started before (the wider reading of "grown from within"; the project figure is the
 *   stricter one). Shares over the new initiators; `NaN` when there are none.
 * - **departing initiators**: initiator records ending in the window that are not renewals and
 *   did not end because the project ended (those are counted apart as `endedWithProject`).
 *   *Stepped back in the project*: the person holds a lower role in the same project starting
 *   within `stepBackDays` of the end (default 0: the same day, a handover); *stepped back in
 *   the town*: holds a non-initiator role in any project on some day of `[e, e + stepBackDays]`.
 *   Shares over the departing initiators; `NaN` when there are none.
 * - **outsiders who reached the core**: events of the window in which a person of origin
 *   `outsider` enters the core of a project (initiator or cooperator) from outside it (from
 *   `none`, supporter or participant); moves inside the core are not counted.
 * - **role changes per person-year**: the changes of the window (events between two different
 *   roles in the same project; entries, exits and renewals are not changes, nor is leaving one
 *   project and joining another) over the person-years present in the window (the days each
 *   person is present in `[from, to)`, summed, / 365.25), and over the member-years (days on
 *   which the person holds at least one role); `NaN` on a zero denominator.
 * - **initiator tenure**: see `initiator-tenure.ts`; person- and member-years: `person-years.ts`.
 * Complexity: O(R log R + P) for R role records and P people.
 *
 * Sources: 中山健一郎, 関係人口ネットワークに基づく循環モデル (roles circulate; stand-ins 代役
 * are grown from the cooperator, supporter and participant layers; outsiders are drawn in over
 * insiders' weak ties); Granovetter, M. (1973), "The Strength of Weak Ties", American Journal
 * of Sociology 78(6): 1360–1380.
 *
 * @module
 */

import { ROLE_RANK, type IsoDate, type RoleName } from "../../model/records.js";
import type { Town } from "../../model/town.js";
import { UsageError } from "../../validation/errors.js";
import { initiatorTenure, type InitiatorTenure } from "./initiator-tenure.js";
import { exposure } from "./person-years.js";
import { ROLE_STATES, roleEvents, roleSequences, type RoleEvent, type RoleState } from "./role-events.js";
import { resolveWindow } from "./window.js";

/** Options of {@link circulation}. */
export interface CirculationOptions {
  /** First day of the window (default: five years before `to`, same calendar day). */
  from?: IsoDate;
  /** The day after the window (default: `town.asOf`, else the latest date in the records). */
  to?: IsoDate;
  /** Days after an initiator role ends within which a lower role still counts as stepping back (default 0). */
  stepBackDays?: number;
}

/** The options a {@link circulation} result was computed with. */
export interface ResolvedCirculationOptions {
  from: IsoDate;
  to: IsoDate;
  stepBackDays: number;
}

/** A transition matrix over {@link ROLE_STATES}: `matrix[from][to]` events. */
export type TransitionMatrix = Record<RoleState, Record<RoleState, number>>;

/** A new initiator of the window. */
export interface NewInitiator {
  person: string;
  project: string;
  date: IsoDate;
  /** The state in the project just before: `none` for an entry as initiator. */
  from: RoleState;
  /** Held a non-initiator role in the same project before. */
  grownInProject: boolean;
  /** Held a non-initiator role in any project of the town before. */
  grownInTown: boolean;
  /** Index of the initiator record in `town.roles`. */
  record: number;
}

/** A departing initiator of the window (the project goes on). */
export interface DepartingInitiator {
  person: string;
  project: string;
  /** The day the initiator role ended. */
  date: IsoDate;
  /** The state in the project from that day: a lower role, or `none`. */
  to: RoleState;
  /** True when the person is no longer present in the town on that day. */
  left: boolean;
  steppedBackInProject: boolean;
  steppedBackInTown: boolean;
  /** Index of the initiator record in `town.roles`. */
  record: number;
}

/** An outsider who entered the core of a project in the window. */
export interface OutsiderToCore {
  person: string;
  project: string;
  date: IsoDate;
  /** Initiator or cooperator. */
  role: RoleName;
  /** The state before: `none`, supporter or participant. */
  from: RoleState;
}

/** The result of {@link circulation}. */
export interface CirculationResult {
  from: IsoDate;
  to: IsoDate;
  /** Events of the window by state: entries in row `none`, exits in column `none`. */
  matrix: TransitionMatrix;
  /** Every event of the window, by date, then person and project in town order. */
  events: RoleEvent[];
  counts: {
    entries: number;
    exits: number;
    /** Role → a different role in the same project. */
    changes: number;
    /** Changes to a higher role. */
    upward: number;
    /** Changes to a lower role. */
    downward: number;
    /** Role → the same role (a record split in two). */
    renewals: number;
    /** Entries of a person who held an earlier role in the same project. */
    reentries: number;
  };
  newInitiators: {
    list: NewInitiator[];
    count: number;
    grownInProject: number;
    grownInTown: number;
    /** `grownInProject / count`; `NaN` when no one became initiator. */
    shareInProject: number;
    /** `grownInTown / count`; `NaN` when no one became initiator. */
    shareInTown: number;
  };
  departingInitiators: {
    list: DepartingInitiator[];
    count: number;
    steppedBackInProject: number;
    steppedBackInTown: number;
    /** `steppedBackInProject / count`; `NaN` when no initiator departed. */
    shareInProject: number;
    /** `steppedBackInTown / count`; `NaN` when no initiator departed. */
    shareInTown: number;
    /** Initiator roles that ended because their project ended (not in `count`). */
    endedWithProject: number;
  };
  outsidersToCore: {
    list: OutsiderToCore[];
    /** Distinct people in the list. */
    people: number;
  };
  changeRate: {
    changes: number;
    /** Σ days present in the window / 365.25. */
    personYears: number;
    /** `changes / personYears`; `NaN` when 0 person-years. */
    perPersonYear: number;
    /** Σ days holding at least one role in the window / 365.25. */
    memberYears: number;
    /** `changes / memberYears`; `NaN` when 0 member-years. */
    perMemberYear: number;
  };
  initiatorTenure: InitiatorTenure;
  options: ResolvedCirculationOptions;
}

function emptyMatrix(): TransitionMatrix {
  const m = {} as TransitionMatrix;
  for (const x of ROLE_STATES) {
    m[x] = {} as Record<RoleState, number>;
    for (const y of ROLE_STATES) m[x][y] = 0;
  }
  return m;
}

const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);
const isCore = (s: RoleState) => s === "initiator" || s === "cooperator";

/**
 * Circulation over a window `[from, to)` (domain.md §6): the transition matrix with entry and
 * exit, new initiators grown from within, departing initiators who stepped back, outsiders
 * who reached the core, role changes per person-year, and initiator tenure.
 *
 * @throws UsageError on a bad date, when `from` is after `to`, on a bad `stepBackDays`, or on
 * an unknown option.
 *
 * @example
 * ```ts
 * import { circulation, createTown } from "@kankei/core";
 * // A handover on 2023-04-01: the officer steps back to cooperator, the outsider who
 * // cooperated becomes initiator; a participant becomes supporter the same day.
 * const town = createTown({
 *   town: { asOf: "2025-04-01" },
 *   people: [
 *     { id: "aoki", origin: "local", sector: "government" },
 *     { id: "mori", origin: "outsider" },
 *     { id: "sato", origin: "local" },
 *   ],
 *   projects: [{ id: "fan", start: "2021-04-01" }],
 *   roles: [
 *     { person: "aoki", project: "fan", role: "initiator", to: "2023-04-01" },
 *     { person: "aoki", project: "fan", role: "cooperator", from: "2023-04-01" },
 *     { person: "mori", project: "fan", role: "cooperator", to: "2023-04-01" },
 *     { person: "mori", project: "fan", role: "initiator", from: "2023-04-01" },
 *     { person: "sato", project: "fan", role: "participant", to: "2023-04-01" },
 *     { person: "sato", project: "fan", role: "supporter", from: "2023-04-01" },
 *   ],
 * });
 * const c = circulation(town);
 * [c.from, c.to]; // ["2020-04-01", "2025-04-01"]
 * c.matrix.none.cooperator; // 1
 * c.matrix.initiator.cooperator; // 1
 * c.matrix.cooperator.initiator; // 1
 * [c.counts.entries, c.counts.changes, c.counts.upward, c.counts.downward]; // [3, 3, 2, 1]
 * c.newInitiators.list.map((x) => [x.person, x.date, x.grownInProject]); // [["aoki", "2021-04-01", false], ["mori", "2023-04-01", true]]
 * c.newInitiators.shareInProject; // 0.5
 * c.departingInitiators.shareInProject; // 1
 * c.outsidersToCore.list; // [{ person: "mori", project: "fan", date: "2021-04-01", role: "cooperator", from: "none" }]
 * c.changeRate.changes; // 3
 * ```
 */
export function circulation(town: Town, options: CirculationOptions = {}): CirculationResult {
  if (typeof options !== "object" || options === null) throw new UsageError(`options must be an object`);
  for (const key of Object.keys(options)) {
    if (!["from", "to", "stepBackDays"].includes(key)) throw new UsageError(`unknown option "${key}" (known: from, to, stepBackDays)`);
  }
  const stepBackDays = options.stepBackDays ?? 0;
  if (typeof stepBackDays !== "number" || !Number.isInteger(stepBackDays) || stepBackDays < 0) {
    throw new UsageError(`option "stepBackDays" must be a whole number >= 0, not ${String(stepBackDays)}`);
  }
  const window = resolveWindow(town, options);
  const { fromDay, toDay } = window;
  const inWindow = (d: number) => fromDay <= d && d < toDay;

  // Where each record sits in its person×project sequence, and the earliest start of a
  // non-initiator role per person (any project).
  const sequences = roleSequences(town);
  const place = new Map<number, { seq: number[]; pos: number }>();
  for (const seq of sequences) seq.forEach((i, pos) => place.set(i, { seq, pos }));
  const held: number[][] = town.people.map(() => []);
  for (const [i] of place) held[town.personIndex(town.roles[i]!.person)]!.push(i);
  const lowerRoles = held.map((rs) => rs.filter((i) => town.roles[i]!.role !== "initiator"));
  const firstLowerStart = lowerRoles.map((rs) => rs.reduce((m, i) => Math.min(m, town.roleSpan(i).from), Infinity));

  const events = roleEvents(town).filter((e) => inWindow(e.day));
  const matrix = emptyMatrix();
  const counts = { entries: 0, exits: 0, changes: 0, upward: 0, downward: 0, renewals: 0, reentries: 0 };
  const newInitiators: NewInitiator[] = [];
  const departing: DepartingInitiator[] = [];
  let endedWithProject = 0;
  const outsiders: OutsiderToCore[] = [];

  for (const e of events) {
    matrix[e.from][e.to]++;
    if (e.kind === "entry") {
      counts.entries++;
      if (place.get(e.started)!.pos > 0) counts.reentries++;
    } else if (e.kind === "exit") counts.exits++;
    else if (e.kind === "renewal") counts.renewals++;
    else {
      counts.changes++;
      if (ROLE_RANK[e.to as RoleName] > ROLE_RANK[e.from as RoleName]) counts.upward++;
      else counts.downward++;
    }

    if (e.to === "initiator" && e.from !== "initiator") {
      const { seq, pos } = place.get(e.started)!;
      const grownInProject = seq.slice(0, pos).some((i) => town.roles[i]!.role !== "initiator");
      const grownInTown = firstLowerStart[town.personIndex(e.person)]! < e.day;
      newInitiators.push({ person: e.person, project: e.project, date: e.date, from: e.from, grownInProject, grownInTown, record: e.started });
    }

    if (e.from === "initiator" && e.to !== "initiator") {
      if (e.reason === "project-ended") endedWithProject++;
      else {
        const { seq, pos } = place.get(e.ended)!;
        const limit = e.day + stepBackDays;
        const steppedBackInProject = seq
          .slice(pos + 1)
          .some((i) => town.roles[i]!.role !== "initiator" && town.roleSpan(i).from <= limit);
        const steppedBackInTown = lowerRoles[town.personIndex(e.person)]!.some((i) => {
          const s = town.roleSpan(i);
          return s.from <= limit && s.to > e.day;
        });
        departing.push({
          person: e.person,
          project: e.project,
          date: e.date,
          to: e.to,
          left: town.personSpan(e.person).to <= e.day,
          steppedBackInProject,
          steppedBackInTown,
          record: e.ended,
        });
      }
    }

    if (isCore(e.to) && !isCore(e.from) && town.person(e.person)!.origin === "outsider") {
      outsiders.push({ person: e.person, project: e.project, date: e.date, role: e.to as RoleName, from: e.from });
    }
  }

  const { personYears, memberYears } = exposure(town, fromDay, toDay, held);

  const grownInProject = newInitiators.filter((x) => x.grownInProject).length;
  const grownInTown = newInitiators.filter((x) => x.grownInTown).length;
  const backInProject = departing.filter((x) => x.steppedBackInProject).length;
  const backInTown = departing.filter((x) => x.steppedBackInTown).length;
  return {
    from: window.from,
    to: window.to,
    matrix,
    events: events.map(({ day: _, ...e }) => e),
    counts,
    newInitiators: {
      list: newInitiators,
      count: newInitiators.length,
      grownInProject,
      grownInTown,
      shareInProject: ratio(grownInProject, newInitiators.length),
      shareInTown: ratio(grownInTown, newInitiators.length),
    },
    departingInitiators: {
      list: departing,
      count: departing.length,
      steppedBackInProject: backInProject,
      steppedBackInTown: backInTown,
      shareInProject: ratio(backInProject, departing.length),
      shareInTown: ratio(backInTown, departing.length),
      endedWithProject,
    },
    outsidersToCore: { list: outsiders, people: new Set(outsiders.map((x) => x.person)).size },
    changeRate: {
      changes: counts.changes,
      personYears,
      perPersonYear: ratio(counts.changes, personYears),
      memberYears,
      perMemberYear: ratio(counts.changes, memberYears),
    },
    initiatorTenure: initiatorTenure(town, { from: window.from, to: window.to }),
    options: { from: window.from, to: window.to, stepBackDays },
  };
}
