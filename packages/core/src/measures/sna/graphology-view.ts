/**
 * The compiled tie graph as a graphology graph, for the two measures that call graphology's
 * libraries (betweenness through graphology-metrics, Louvain through
 * graphology-communities-louvain). Nodes are the people present at the date, in town order,
 * with no attributes; edges are keyed `t<index of the tie record>` and carry only `strength`,
 * never `weight`, so a library can read tie strength only through an explicit getter.
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

/** @internal An undirected simple graphology graph with the same nodes and ties as `graph`. */
export function graphologyView(graph: TieGraph): AbstractGraph<Record<string, never>, ViewEdge> {
  const { n, ids, offsets, targets, strong, tie } = graph;
  const g = new Graph<Record<string, never>, ViewEdge>({ type: "undirected", multi: false, allowSelfLoops: false });
  for (let u = 0; u < n; u++) g.addNode(ids[u]!);
  for (let u = 0; u < n; u++) {
    for (let p = offsets[u]!, end = offsets[u + 1]!; p < end; p++) {
      const v = targets[p]!;
      if (u < v) g.addEdgeWithKey(`t${tie[p]}`, ids[u]!, ids[v]!, { strength: strong[p] === 1 ? "strong" : "weak" });
    }
  }
  return g;
}
