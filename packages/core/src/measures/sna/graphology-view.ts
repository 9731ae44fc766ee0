/**
 * The compiled tie graph as a graphology graph, for the two measures that call graphology's
 * libraries (betweenness through graphology-metrics, Louvain through
 * graphology-communities-louvain). Nodes are the people present at the date, in town order,
 * keyed `n<position>` (see {@link viewKey}), never by the person's id: graphology keeps each
 * node's neighbours, and those libraries their results, in plain objects keyed by node key, where
 * an id such as `__proto__`, `constructor` or `toString` would collide with `Object.prototype`.
 * Nodes have no attributes; edges are keyed `t<index of the tie record>` and carry only
 * `strength`, never `weight`, so a library can read tie strength only through an explicit getter.
 *
 * @module
 */

import Graph from "graphology";
import type { AbstractGraph } from "graphology-types";
import type { TieGraph } from "../../graph/tie-graph.js";
import type { Strength } from "../../model/records.js";

/** Edge attributes of {@link graphologyView}. */
export interface ViewEdge {
  strength: Strength;
}

/** @internal The key of the node at position `u` of the tie graph: `n<u>`, safe as an object key. */
export function viewKey(u: number): string {
  return `n${u}`;
}

/** @internal The position in the tie graph of the node keyed `key` (the reverse of {@link viewKey}). */
export function viewIndex(key: string): number {
  return Number(key.slice(1));
}

/** @internal An undirected simple graphology graph with the same nodes and ties as `graph`. */
export function graphologyView(graph: TieGraph): AbstractGraph<Record<string, never>, ViewEdge> {
  const { n, offsets, targets, strong, tie } = graph;
  const g = new Graph<Record<string, never>, ViewEdge>({ type: "undirected", multi: false, allowSelfLoops: false });
  for (let u = 0; u < n; u++) g.addNode(viewKey(u));
  for (let u = 0; u < n; u++) {
    for (let p = offsets[u]!, end = offsets[u + 1]!; p < end; p++) {
      const v = targets[p]!;
      if (u < v) g.addEdgeWithKey(`t${tie[p]}`, viewKey(u), viewKey(v), { strength: strong[p] === 1 ? "strong" : "weak" });
    }
  }
  return g;
}
