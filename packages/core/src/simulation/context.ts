/**
 * What every phase of a simulated year sees: the town at the start of the phase, the step's
 * date, the previous step's date, the step's draws, the options, and the ids handed out so far.
 * Internal to the simulation.
 *
 * @module
 */

import type { IsoDate } from "../model/records.js";
import type { Town } from "../model/town.js";
import type { StepDraws } from "./draws.js";
import type { ResolvedSimulationOptions } from "./options.js";

/** The context of one phase of one step. */
export interface StepContext {
  town: Town;
  /** The step's date: every event of the step is dated on it. */
  date: IsoDate;
  /** Its day number. */
  day: number;
  /** The previous step's day number (the start for the first step). */
  prevDay: number;
  draw: StepDraws;
  options: ResolvedSimulationOptions;
  ids: NewIds;
  /** Roles given to existing people so far in the step's last batch (recruits, launch teams), by person id. */
  newRoles?: Map<string, number>;
}

/**
 * Whether a present person may take one more role in this step under `maxRolesPerPerson`,
 * counting the roles the step already gave them; if so, counts the new one.
 */
export function takeRole(ctx: StepContext, person: string): boolean {
  const max = ctx.options.maxRolesPerPerson;
  if (max === null) return true;
  const given = (ctx.newRoles ??= new Map<string, number>());
  const held = ctx.town.rolesAt(person, ctx.date).length + (given.get(person) ?? 0);
  if (held >= max) return false;
  given.set(person, (given.get(person) ?? 0) + 1);
  return true;
}

/**
 * New ids for people and projects: `<prefix>p<year>-<nnn>` and `<prefix>j<year>-<nn>`, the
 * first free number of the step's year. Deterministic from the town, so a resumed run hands
 * out the same ids.
 *
 * @example
 * ```ts
 * import { NewIds } from "./context.js";
 * import { createTown } from "@kankei/core";
 * const ids = new NewIds(createTown({ people: [{ id: "sim-p2026-001", origin: "local" }] }), "sim-", "2026-04-01");
 * ids.person(); // "sim-p2026-002"
 * ids.project(); // "sim-j2026-01"
 * ```
 */
export class NewIds {
  readonly #town: Town;
  readonly #prefix: string;
  readonly #year: string;
  #people = 0;
  #projects = 0;

  constructor(town: Town, prefix: string, date: IsoDate) {
    this.#town = town;
    this.#prefix = prefix;
    this.#year = date.slice(0, 4);
  }

  /** The next free person id. */
  person(): string {
    for (;;) {
      const id = `${this.#prefix}p${this.#year}-${String(++this.#people).padStart(3, "0")}`;
      if (this.#town.personIndex(id) < 0) return id;
    }
  }

  /** The next free project id. */
  project(): string {
    for (;;) {
      const id = `${this.#prefix}j${this.#year}-${String(++this.#projects).padStart(2, "0")}`;
      if (this.#town.projectIndex(id) < 0) return id;
    }
  }
}

/** The hazard key of a person: their sector, or `missing`. */
export const sectorKey = (sector: string | undefined): import("../measures/succession/options.js").HazardKey =>
  (sector ?? "missing") as import("../measures/succession/options.js").HazardKey;
