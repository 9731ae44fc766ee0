/**
 * Communities (コミュニティ) by the Louvain method, and their modularity.
 *
 * What it means for a town: the circles its relationship population falls into by who is
 * tied to whom (a neighbourhood association, the workation regulars, the fan club's online
 * members), found from the ties alone. Comparing them with origin, sector or project
 * membership shows whether projects draw on one circle or several, and which people sit
 * between circles.
 * 日本語: 紐帯だけから見つけた人々のまとまり（ルーヴァン法によるコミュニティ）とそのモジュラリティ。
 * 出身・部門・事業参加と比べると、事業がどの輪に支えられているかがわかる。
 *
 * Formula: Louvain greedily moves each person to the neighbouring group that most raises the
 * modularity `Q` (see `modularity`), then merges each group into one node and repeats until
 * `Q` stops rising. Tie strength is an *affinity*: a strong tie weighs
 * `strengthAffinity.strong` (default 2), a weak one `strengthAffinity.weak` (default 1), so
 * close ties pull people together harder; `{ strong: 1, weak: 1 }` ignores strength. Louvain
 * visits people in a random order: the order comes from a seeded generator (`seed`), so the
 * same town, date and seed always give the same groups. Labels are `0, 1, …` in the order of
 * each group's first person in town order. With no tie, everyone is their own group and the
 * modularity is `NaN`.
 * Defaults: `t` = the date of a measure, `seed = 0`, `resolution = 1`,
 * `strengthAffinity = { strong: 2, weak: 1 }`.
 * Complexity: about O(m) per pass, a few passes in practice (Blondel et al.); run by
 * graphology-communities-louvain with explicit getters over a graph holding only `strength`.
 *
 * Sources: Blondel, V. D., Guillaume, J.-L., Lambiotte, R. & Lefebvre, E. (2008), "Fast
 * unfolding of communities in large networks", J. Stat. Mech. P10008; Newman, M. E. J. (2006),
 * "Modularity and community structure in networks", PNAS 103(23), 8577–8582.
 *
 * @module
 */

import louvain from "graphology-communities-louvain";
import type { Town } from "../../model/town.js";
import { mulberry32 } from "../../random.js";
import { UsageError } from "../../validation/errors.js";
import { positive } from "./check.js";
import { graphologyView, viewIndex, viewKey, type ViewEdge } from "./graphology-view.js";
import { modularityOfView, type ModularityOptions } from "./modularity.js";
import { networkAt, type PersonValues } from "./person-values.js";
import { checkStrengthNumbers } from "./strength-values.js";

/** Options of {@link communities}. */
export interface CommunityOptions extends ModularityOptions {
  /** Seed of the random visiting order; default 0. */
  seed?: number;
}

/** The result of {@link communities}: `values` holds each person's community label. */
export interface CommunitiesResult extends PersonValues<CommunityOptions> {
  /** Number of communities. */
  count: number;
  /** Size of each community, by label. */
  sizes: number[];
  /** Modularity of the partition found; `NaN` when no tie is active. */
  modularity: number;
}

/**
 * Louvain communities of the people present at `t`, with their modularity.
 *
 * @param town - the town.
 * @param options - `t`, `seed` (default 0), `resolution` (default 1),
 *   `strengthAffinity` (default `{ strong: 2, weak: 1 }`).
 * @throws UsageError for a seed that is not a whole number, or a non-positive resolution or affinity.
 *
 * @example
 * ```ts
 * import { communities, createTown } from "@kankei/core";
 * // two strong triangles a–b–c and d–e–f joined by one weak tie c–d, and g on their own
 * const town = createTown({
 *   town: { asOf: "2024-04-01" },
 *   people: ["a", "b", "c", "d", "e", "f", "g"].map((id) => ({ id, origin: "local" as const })),
 *   ties: [
 *     ...[["a", "b"], ["b", "c"], ["a", "c"], ["d", "e"], ["e", "f"], ["d", "f"]].map(([a, b]) => ({ a: a!, b: b!, strength: "strong" as const })),
 *     { a: "c", b: "d", strength: "weak" },
 *   ],
 * });
 * const c = communities(town, { seed: 7 });
 * Object.fromEntries(c.values); // { a: 0, b: 0, c: 0, d: 1, e: 1, f: 1, g: 2 }
 * c.sizes; // [3, 3, 1]
 * c.modularity; // 2 * (6 / 13 - (13 / 26) ** 2)
 * ```
 */
export function communities(town: Town, options: CommunityOptions = {}): CommunitiesResult {
  const seed = options.seed ?? 0;
  if (!Number.isInteger(seed)) throw new UsageError(`seed must be a whole number, got ${String(seed)}`);
  const resolution = positive("resolution", options.resolution ?? 1);
  const strengthAffinity = checkStrengthNumbers("strengthAffinity", options.strengthAffinity ?? { strong: 2, weak: 1 });
  const graph = networkAt(town, options.t);
  const view = graphologyView(graph);
  const found: Record<string, number> =
    view.size === 0
      ? {}
      : louvain(view, {
          getEdgeWeight: (_edge, attributes) => strengthAffinity[(attributes as ViewEdge).strength],
          resolution,
          rng: mulberry32(seed),
        });
  // Canonical labels: in the order of each community's first person in town order.
  const relabel = new Map<number, number>();
  const values = new Map<string, number>();
  const sizes: number[] = [];
  for (let u = 0; u < graph.ids.length; u++) {
    const id = graph.ids[u]!;
    const raw = view.size === 0 ? -1 - values.size : found[viewKey(u)]!;
    let label = relabel.get(raw);
    if (label === undefined) {
      label = sizes.length;
      relabel.set(raw, label);
      sizes.push(0);
    }
    sizes[label]!++;
    values.set(id, label);
  }
  return {
    date: graph.date,
    values,
    count: sizes.length,
    sizes,
    modularity: modularityOfView(view, (key) => values.get(graph.ids[viewIndex(key)]!)!, strengthAffinity, resolution),
    options: { t: graph.date, seed, resolution, strengthAffinity },
  };
}
