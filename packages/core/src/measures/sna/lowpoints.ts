/**
 * Depth-first search with low points (Hopcroft & Tarjan 1973), shared by cut points and
 * bridges. Iterative, with an explicit stack, so a 100,000-person chain does not overflow the
 * call stack.
 *
 * For each node `v`: `disc(v)` its discovery time, and `low(v)` the earliest discovery time
 * reachable from `v`'s DFS subtree by tree edges down and at most one back edge. A tree edge
 * `(u, c)` is a bridge when `low(c) > disc(u)`; removing `u` cuts `c`'s subtree off when
 * `low(c) >= disc(u)`.
 * Complexity: O(n + m) time, O(n) memory.
 *
 * @module
 */

import type { TieGraph } from "../../graph/tie-graph.js";

/** @internal What the low-point DFS finds. */
export interface LowPoints {
  /**
   * For every node, how many more components the network has without it: the number of
   * DFS children whose subtree it cuts off, minus one for a DFS root (a root with one child,
   * or none, cuts nothing: 0).
   */
  splits: Int32Array;
  /** Slots of the tie graph (parent → child) whose tie is a bridge, in DFS finishing order. */
  bridgeSlots: number[];
}

/** @internal Runs the iterative low-point DFS over the whole graph, roots in node order. */
export function lowPoints(graph: TieGraph): LowPoints {
  const { n, offsets, targets } = graph;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const parentSlot = new Int32Array(n).fill(-1);
  const next = offsets.slice(0, n); // the next slot to explore, per node
  const stack = new Int32Array(n);
  const cutOff = new Int32Array(n); // children whose subtree the node cuts off
  const bridgeSlots: number[] = [];
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    disc[root] = low[root] = time++;
    let top = 0;
    stack[top++] = root;
    while (top > 0) {
      const u = stack[top - 1]!;
      const p = next[u]!;
      if (p < offsets[u + 1]!) {
        next[u] = p + 1;
        const v = targets[p]!;
        if (disc[v] === -1) {
          parent[v] = u;
          parentSlot[v] = p;
          disc[v] = low[v] = time++;
          stack[top++] = v;
        } else if (v !== parent[u] && disc[v]! < low[u]!) {
          // a back edge (the graph is simple, so the parent's only tie is the tree edge)
          low[u] = disc[v]!;
        }
        continue;
      }
      top--;
      const w = parent[u]!;
      if (w === -1) continue;
      if (low[u]! < low[w]!) low[w] = low[u]!;
      if (low[u]! >= disc[w]!) cutOff[w]!++;
      if (low[u]! > disc[w]!) bridgeSlots.push(parentSlot[u]!);
    }
    cutOff[root] = Math.max(0, cutOff[root]! - 1); // the root's children are separate pieces
  }
  return { splits: cutOff, bridgeSlots };
}
