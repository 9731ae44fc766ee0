/**
 * fast-check's seed for the whole suite: random on a developer's machine (new cases every run),
 * fixed in CI (`CI` set) so that a submission is judged on a reproducible run. `FC_SEED=n`
 * replays a run; a failing property prints its own seed and path as well.
 */
import fc from "fast-check";

const fromEnv = process.env.FC_SEED;
const seed = fromEnv !== undefined ? Number(fromEnv) : process.env.CI ? 20261123 : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });
