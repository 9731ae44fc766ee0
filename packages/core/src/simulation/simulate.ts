/**
 * The simulation of role rotation (役割の循環のシミュレーション, domain.md §7): the town run
 * forward year by year.
 *
 * What it means for a town: "if things go on like this, which projects will still be alive in
 * ten years, and would a handover policy change that?" A simulation is not a forecast of
 * particular people; compare policies and read the spread over several seeds.
 *
 * ## A year
 *
 * Steps fall on the same day every year from `start` (1 April for the example town, the start
 * of the fiscal year when officers rotate); a start on 29 February steps on 28 February every
 * year, so that a run resumed from any step keeps the same dates. Every event of a year is dated
 * on its step. A year
 * runs six phases, each on the town the previous one left:
 * 1. **handover** (`phases/handover.ts`): initiators in the role for `handoverAfterYears` hand
 *    over to a ready member and step back;
 * 2. **departures** (`phases/departures.ts`): people leave by tenure and hazard; new officers
 *    replace officers;
 * 3. **succession** (`phases/succession.ts`): orphaned projects get their most ready member if
 *    ready enough, or close after the grace period;
 * 4. **growth** (`phases/growth.ts`): roles deepen, core members get tied and grow close;
 * 5. **arrivals** (`phases/arrivals.ts`): recruitment and newcomers over weak ties, corps members;
 * 6. **launches** (`phases/launches.ts`): experienced cooperators start projects.
 * Phases 1–2 apply together (departures depend on presence and tenure, which handovers do not
 * change), and so do phases 4–6 (they look at the town after succession): three new towns a year.
 *
 * ## Reproducible
 *
 * Every decision draws its own number from the seed, the step's date and what it is about
 * (`draws.ts`), and everything a step needs (tenures, orphaned-since dates, ids) is read from
 * the town. So the same town, options and seed give the same events; replaying the event log on
 * the initial town (`applyEvents(town, events, { asOf: end })`) gives the final town; and a
 * simulation saved after k years (as JSON) and resumed for the rest gives the same result as one
 * run straight through. Two policies with the same seed share their draws.
 *
 * Complexity: per year, a few scorings of succession risk and `createTown` on the changed
 * records: O(people + roles + ties) with small constants.
 *
 * Sources: domain.md §7; Nakayama's circular model; the sources of each option in `options.ts`.
 *
 * @module
 */

import { appendAll } from "../append-all.js";
import { addYears } from "../model/date.js";
import type { IsoDate } from "../model/records.js";
import type { Town } from "../model/town.js";
import { applyEvents, lastChange } from "../rotation/apply-events.js";
import { UsageError } from "../validation/errors.js";
import type { TownEvent } from "../rotation/events.js";
import { NewIds, type StepContext } from "./context.js";
import { stepDraws } from "./draws.js";
import { resolveSimulationOptions, type ResolvedSimulationOptions, type SimulationOptions } from "./options.js";
import { arrivalsPhase } from "./phases/arrivals.js";
import { departuresPhase } from "./phases/departures.js";
import { growthPhase } from "./phases/growth.js";
import { handoverPhase } from "./phases/handover.js";
import { launchesPhase } from "./phases/launches.js";
import { successionPhase } from "./phases/succession.js";
import { yearFigures, type SimulationYear } from "./series.js";

/** What {@link simulate} returns. */
export interface SimulationResult {
  /** The options used, `start` resolved. */
  options: ResolvedSimulationOptions & { start: IsoDate };
  start: IsoDate;
  /** The date of the last step (`start` when `years` is 0). */
  end: IsoDate;
  /** Year 0 (the start) to `years`. */
  years: SimulationYear[];
  /** Every event, in the order applied; each has a `cause`. */
  events: TownEvent[];
  /** The town after the last year, with `asOf` = `end` (the input town itself when `years` is 0). */
  town: Town;
}

/**
 * Runs the town forward `years` years (see the module header). Throws a `UsageError` for a bad
 * option, a town with no date and no `start`, or a `start` before the town's last change (see
 * `lastChange`: a simulation only appends to the history).
 *
 * @example
 * ```ts
 * import { createTown, simulate } from "@kankei/core";
 * const town = createTown({
 *   town: { asOf: "2025-04-01" },
 *   people: [
 *     { id: "aoki", origin: "local", sector: "government", tenureEnds: "2027-03-31" },
 *     { id: "kato", origin: "local", sector: "resident" },
 *   ],
 *   projects: [{ id: "fan", start: "2022-04-01" }],
 *   roles: [
 *     { person: "aoki", project: "fan", role: "initiator", from: "2022-04-01" },
 *     { person: "kato", project: "fan", role: "cooperator", from: "2022-04-01" },
 *   ],
 *   ties: [{ a: "aoki", b: "kato", strength: "strong" }],
 * });
 * const run = simulate(town, { years: 3, seed: 7, corpsPerYear: 0, newcomerPerWeakTie: 0 });
 * run.end; // "2028-04-01"
 * run.events[0]; // { "type": "handover", "date": "2026-04-01", "project": "fan", "to": "kato", "stepBackTo": "cooperator", "cause": "handover policy: initiator for 2+ years" }
 * run.town.initiatorsAt("fan", "2026-04-01"); // ["kato"]
 * run.years.map((y) => y.projects.active); // [1, 1, 1, 1]
 * simulate(town, { years: 3, seed: 7, corpsPerYear: 0, newcomerPerWeakTie: 0 }).events.length === run.events.length; // true
 * ```
 */
export function simulate(town: Town, options: SimulationOptions = {}): SimulationResult {
  const o = resolveSimulationOptions(options);
  const start = o.start ?? town.date();
  const since = lastChange(town);
  if (since !== undefined && since > start) {
    throw new UsageError(
      `simulate: the town's records change on ${since}, after the start ${start}; a simulation starts on or after the town's last change (set option "start", or town.asOf, to ${since} or later)`,
    );
  }
  const resolved = { ...o, start };
  const startDay = town.day(start);
  const years: SimulationYear[] = [yearFigures(town, start, 0, [], 0, o.succession)];
  const events: TownEvent[] = [];
  let current = town;
  let prevDay = startDay;
  let end = start;
  for (let year = 1; year <= o.years; year++) {
    const date = addYears(start.endsWith("-02-29") ? `${start.slice(0, 8)}28` : start, year);
    const day = town.day(date);
    const ctx: StepContext = { town: current, date, day, prevDay, draw: stepDraws(o.seed, day), options: o, ids: new NewIds(current, o.idPrefix, date) };
    const activeAtStart = current.projectsAt(date).length;
    const yearEvents: TownEvent[] = [];
    const run = (phase: (c: StepContext) => TownEvent[], last = false): void => {
      ctx.newRoles = undefined;
      const batch = phase(ctx);
      appendAll(yearEvents, batch);
      ctx.town = applyEvents(ctx.town, batch, { coInitiation: o.coInitiation, ...(last ? { asOf: date } : {}) });
    };
    // Handovers and departures apply together: departures read only presence and tenure, which
    // handovers do not change, and the roles that handovers give (passed along).
    run((c) => {
      const handovers = handoverPhase(c);
      return [...handovers, ...departuresPhase(c, handovers)];
    });
    run(successionPhase);
    run((c) => [...growthPhase(c), ...arrivalsPhase(c), ...launchesPhase(c)], true);
    current = ctx.town;
    appendAll(events, yearEvents);
    years.push(yearFigures(current, date, year, yearEvents, activeAtStart, o.succession));
    options.onProgress?.({ year, years: o.years, date });
    prevDay = day;
    end = date;
  }
  return { options: resolved, start, end, years, events, town: current };
}
