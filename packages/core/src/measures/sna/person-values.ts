/**
 * The result convention of the standard SNA measures (標準的なネットワーク分析指標).
 *
 * Every per-person measure returns a {@link PersonValues}: the date of the network, a
 * `Map` from person id to number with one entry per person present at that date (in town
 * order, isolated people included), and the options used with every default filled in. A
 * `Map` rather than a plain object, because a person id is any non-empty string (`"__proto__"`
 * and `"constructor"` included) and a `Map` keeps the town's order; `measureReplacer` and
 * `toJSONValue` write it as a JSON object (and an undefined value, `NaN`, as `null`).
 * 日本語: 各指標は、その日にいる人ごとの値を人の ID をキーとする `Map` で返し、使った日付と
 * オプション（既定値を補ったもの）を添える。
 *
 * @module
 */

import { compileTieGraph, type TieGraph } from "../../graph/tie-graph.js";
import type { IsoDate } from "../../model/records.js";
import type { Town } from "../../model/town.js";

/** The option every measure takes: the date of the network. */
export interface AtDate {
  /** The date (ISO): default `town.asOf`, else the latest date in the town's records. */
  t?: IsoDate;
}

/** Options as used: every default filled in, `t` the date of the network. */
export type Resolved<O extends AtDate> = Required<O> & { t: IsoDate };

/** Per-person results: one number per person present at `date`, keyed by person id. */
export interface PersonValues<O extends AtDate> {
  /** The date of the network. */
  date: IsoDate;
  /** One value per person present at `date`, in town order, keyed by person id. */
  values: Map<string, number>;
  /** The options used, defaults filled in (`t` is `date`). */
  options: Resolved<O>;
}

/** @internal The network of the town at the options' date, compiled. */
export function networkAt(town: Town, t: IsoDate | undefined, strongOnly = false): TieGraph {
  return compileTieGraph(town, t, { strongOnly });
}

/** @internal A Map from person id to value, in node order. */
export function byPerson(graph: TieGraph, values: ArrayLike<number>): Map<string, number> {
  const out = new Map<string, number>();
  for (let u = 0; u < graph.n; u++) out.set(graph.ids[u]!, values[u]!);
  return out;
}
