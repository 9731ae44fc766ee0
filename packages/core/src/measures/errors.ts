/**
 * Errors of the measures, with stable names (tests and callers check the class, never the
 * message). Usage mistakes (a bad option) are the library's {@link UsageError}.
 *
 * @module
 */

import { KankeiError } from "../validation/errors.js";

/**
 * An iterative measure (PageRank, eigenvector centrality) did not reach its tolerance within
 * its iteration limit. The result would be an approximation of unknown quality, so none is
 * returned: raise `maxIterations` or loosen `tolerance` (as NetworkX's
 * `PowerIterationFailedConvergence`).
 *
 * @example
 * ```ts
 * import { ConvergenceError } from "./errors.js";
 * const e = new ConvergenceError("pagerank", 3, 1e-12, 0.01);
 * e.name; // "ConvergenceError"
 * e.iterations; // 3
 * ```
 */
export class ConvergenceError extends KankeiError {
  /**
   * @param measure - the measure's name (`"pagerank"`, `"eigenvector"`).
   * @param iterations - the iteration limit that was reached.
   * @param tolerance - the tolerance asked for (per person).
   * @param change - the last L1 change between iterates.
   */
  constructor(
    readonly measure: string,
    readonly iterations: number,
    readonly tolerance: number,
    readonly change: number,
  ) {
    super(
      `${measure} did not converge in ${iterations} iterations (last L1 change ${change.toExponential(3)}, ` +
        `needed below n × ${tolerance}): raise maxIterations or loosen tolerance`,
    );
  }
}
