/**
 * A progress line on stderr for long work: one line rewritten in place with `\r`, shown only
 * when stderr is a terminal (never in pipes, files or tests), cleared when the work is done.
 *
 * @module
 */

/** Reports the phase of long work; does nothing when stderr is not a terminal. */
export interface Progress {
  /** Shows the current phase, e.g. "generating 10,000 people…". */
  phase(text: string): void;
  /** Clears the line. */
  done(): void;
}

/**
 * A progress reporter writing to `stderr` when `tty` is true, a silent one otherwise.
 *
 * @example
 * ```ts
 * import { createProgress } from "./progress.js";
 * const seen: string[] = [];
 * const p = createProgress((t) => seen.push(t), true);
 * p.phase("writing");
 * p.done();
 * seen[0]; // "\rwriting"
 * createProgress((t) => seen.push(t), false).phase("quiet");
 * seen.length; // 2
 * ```
 */
export function createProgress(stderr: (text: string) => void, tty: boolean): Progress {
  if (!tty) return { phase() {}, done() {} };
  let width = 0;
  return {
    phase(text: string) {
      const pad = Math.max(0, width - text.length);
      stderr(`\r${text}${" ".repeat(pad)}`);
      width = text.length;
    },
    done() {
      if (width > 0) stderr(`\r${" ".repeat(width)}\r`);
      width = 0;
    },
  };
}
