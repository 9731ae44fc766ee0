/**
 * The simulation's chance: one uniform number in [0, 1) per decision, keyed by the seed, the
 * step's date, the phase and what the decision is about (a person's id, a pair, a project).
 *
 * Keying every draw instead of drawing from one stream has three consequences the simulation
 * relies on:
 * - **Replay and resume.** A step depends only on the town at its start, the seed and the date,
 *   so a simulation saved after year 4 and resumed gives the same years 5–10.
 * - **Common random numbers.** Two runs with the same seed and a different policy draw the same
 *   number for the same decision (does `aoki` leave in 2027?), so a difference between their
 *   series comes from the policy, not from luck (Law & Kelton, *Simulation Modeling and
 *   Analysis*, on common random numbers for comparing systems).
 * - **No order effects.** The iteration order of a phase never changes a decision.
 *
 * Key hashing: FNV-1a (32 bits) of the key text, mixed with the seed and the day number and
 * scrambled by one Mulberry32 step (see `random.ts`).
 *
 * Complexity: O(length of the key) per draw.
 *
 * @module
 */

import { mulberry32 } from "../random.js";

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Draws for one step: `draw(phase, key)` is the same number every time it is asked. */
export type StepDraws = (phase: string, key: string) => number;

/**
 * The draws of the step on day number `day` of a simulation seeded with `seed`.
 *
 * @example
 * ```ts
 * import { stepDraws } from "./draws.js";
 * const draw = stepDraws(1, 20544);
 * draw("leave", "aoki") === stepDraws(1, 20544)("leave", "aoki"); // true
 * draw("leave", "aoki") === stepDraws(2, 20544)("leave", "aoki"); // false
 * draw("leave", "aoki") === draw("leave", "kato"); // false
 * ```
 */
export function stepDraws(seed: number, day: number): StepDraws {
  const base = Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(day | 0, 0x85ebca77);
  return (phase, key) => mulberry32(base ^ fnv1a(`${phase}\u0000${key}`))();
}
