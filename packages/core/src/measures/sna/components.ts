/**
 * Connected components (連結成分) as a per-person measure: the group each person belongs to.
 *
 * What it means for a town: the separate circles of its relationship population at a date;
 * people in different components cannot reach one another through any chain of
 * acquaintances. With `strongOnly`, the circles held together by close ties alone.
 * 日本語: 紐帯の連鎖でつながった人々のまとまり。別の成分にいる人どうしは、知り合いをたどっても届かない。
 *
 * Formula: `component(v)` = the label of the connected component of `v` in `G_all(t)` (or
 * `G_strong(t)`), labels `0, 1, …` in the order of each component's first person in town
 * order; an isolated person is a component of one.
 * Defaults: `t` = the date of a measure, `strongOnly = false`.
 * Complexity: O(P + T) to compile, O(n + m) to label. The labelling is the weak-tie reach
 * module's `connectedComponents`, reused here and keyed by person.
 *
 * Sources: any graph-theory text (e.g. Wasserman & Faust 1994, §4.3.2); Granovetter, M. (1973),
 * "The Strength of Weak Ties", AJS 78(6), for the strong/weak contrast.
 *
 * @module
 */

import type { Town } from "../../model/town.js";
import { connectedComponents } from "../reach/components.js";
import { byPerson, networkAt, type AtDate, type PersonValues } from "./person-values.js";

/** Options of {@link components}. */
export interface ComponentsOptions extends AtDate {
  /** Follow strong ties only (`G_strong(t)`); default false. */
  strongOnly?: boolean;
}

/** The result of {@link components}: `values` holds each person's component label. */
export interface ComponentsResult extends PersonValues<ComponentsOptions> {
  /** Size of each component, by label. */
  sizes: number[];
  /** Number of components. */
  count: number;
  /** Size of the largest component (0 when nobody is present). */
  largest: number;
}

/**
 * The connected component of every person present at `t`.
 *
 * @param town - the town.
 * @param options - `t`, `strongOnly` (default false).
 *
 * @example
 * ```ts
 * import { components, createTown } from "@kankei/core";
 * const town = createTown({
 *   town: { asOf: "2024-04-01" },
 *   people: ["a", "b", "c", "d"].map((id) => ({ id, origin: "local" as const })),
 *   ties: [
 *     { a: "a", b: "b", strength: "strong" },
 *     { a: "b", b: "c", strength: "weak" },
 *   ],
 * });
 * const c = components(town);
 * Object.fromEntries(c.values); // { a: 0, b: 0, c: 0, d: 1 }
 * c.sizes; // [3, 1]
 * components(town, { strongOnly: true }).count; // 3
 * ```
 */
export function components(town: Town, options: ComponentsOptions = {}): ComponentsResult {
  const strongOnly = options.strongOnly === true;
  const graph = networkAt(town, options.t, strongOnly);
  const c = connectedComponents(graph);
  return {
    date: graph.date,
    values: byPerson(graph, c.component),
    sizes: c.sizes,
    count: c.count,
    largest: c.largest,
    options: { t: graph.date, strongOnly },
  };
}
