/**
 * ForceAtlas2 (力学モデル配置) for the town's network: ties pull people together, everyone
 * pushes everyone apart, so groups that work together form clusters and brokers sit between
 * them. Strong ties pull twice as hard as weak ones: tie strength is passed as an explicit
 * *affinity* getter (FA2 reads edge weight as attraction), never stored as `weight`.
 *
 * In the browser the layout runs in graphology's web worker (started from a Blob URL: a strict
 * Content-Security-Policy needs `worker-src blob:`); tests and Node use the synchronous
 * {@link runForceAtlas2}.
 *
 * Complexity: O(n² + m) per iteration, O(n log n + m) with the Barnes–Hut approximation,
 * switched on above 2,000 people.
 *
 * Source: Jacomy, Venturini, Heymann and Bastian (2014), "ForceAtlas2, a continuous graph
 * layout algorithm for handy network visualization designed for the Gephi software",
 * PLoS ONE 9(6): e98679.
 *
 * @module
 */

import type { AbstractGraph } from "graphology-types";
import forceAtlas2, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import type { Attributes } from "graphology-types";

/** The attraction of a tie: strong ties 2, weak ties 1. */
export const TIE_AFFINITY = Object.freeze({ strong: 2, weak: 1 });

/**
 * The affinity of a tie for ForceAtlas2, from its `strength` attribute.
 *
 * @example
 * ```ts
 * import { tieAffinity } from "./forceatlas2.js";
 * tieAffinity("t1", { strength: "strong" }); // 2
 * tieAffinity("t2", { strength: "weak" }); // 1
 * ```
 */
export function tieAffinity(_edge: string, attributes: Attributes): number {
  return attributes.strength === "strong" ? TIE_AFFINITY.strong : TIE_AFFINITY.weak;
}

/**
 * ForceAtlas2 settings for a graph of `order` people: graphology's inferred settings, with
 * Barnes–Hut above 2,000 people and a slower, steadier movement.
 *
 * @example
 * ```ts
 * import { forceAtlas2Settings } from "./forceatlas2.js";
 * forceAtlas2Settings(100).barnesHutOptimize; // false
 * forceAtlas2Settings(10000).barnesHutOptimize; // true
 * ```
 */
export function forceAtlas2Settings(order: number): ForceAtlas2Settings {
  return { ...forceAtlas2.inferSettings(order), barnesHutOptimize: order > 2000, slowDown: 5, adjustSizes: false };
}

/**
 * Runs ForceAtlas2 synchronously for `iterations` steps from the graph's current `x`, `y`
 * and writes the new positions onto it (for tests, Node and small towns).
 *
 * @example
 * ```ts
 * import { createTown } from "@kankei/core";
 * import { runForceAtlas2 } from "./forceatlas2.js";
 * const town = createTown({
 *   people: [{ id: "a", origin: "local" }, { id: "b", origin: "local" }, { id: "c", origin: "outsider" }],
 *   ties: [{ a: "a", b: "b", strength: "strong" }, { a: "b", b: "c", strength: "weak" }],
 * });
 * const g = town.snapshot("2024-04-01");
 * g.updateEachNodeAttributes((id, attrs) => ({ ...attrs, x: id.charCodeAt(0), y: id === "b" ? 1 : 0 }));
 * runForceAtlas2(g, 50);
 * Number.isFinite(g.getNodeAttribute("c", "x")); // true
 * ```
 */
export function runForceAtlas2(graph: AbstractGraph, iterations: number): void {
  forceAtlas2.assign(graph, { iterations, settings: forceAtlas2Settings(graph.order), getEdgeWeight: tieAffinity });
}
