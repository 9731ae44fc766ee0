#!/usr/bin/python3
"""Times NetworkX and igraph on the graphs the Kankei benchmark writes, for a side-by-side table.

Usage: /usr/bin/python3 reference.py GRAPH.json [--reps N] [--skip-slow]
GRAPH.json: {"n": int, "edges": [[u, v, strong(0/1)], ...], "seeds": [int, ...], "sizeLabel": str}
Prints one JSON object: {"networkx": {measure: seconds}, "igraph": {...}, "versions": {...}}.
A measure whose reference run would take far too long at this size is left out (null) and
the reason is given under "skipped".

Debian's python3-networkx and python3-igraph provide the libraries; either may be missing.
"""
import json
import statistics
import sys
import time


def timed(fn, reps):
    times = []
    result = None
    for _ in range(reps):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def main():
    path = sys.argv[1]
    reps = int(sys.argv[sys.argv.index("--reps") + 1]) if "--reps" in sys.argv else 3
    doc = json.load(open(path))
    n = doc["n"]
    edges = doc["edges"]
    seeds = doc["seeds"]
    out = {"networkx": {}, "igraph": {}, "skipped": {}, "versions": {}, "checks": {}}

    try:
        import networkx as nx
    except ImportError:
        nx = None
    try:
        import igraph as ig
    except ImportError:
        ig = None

    if nx is not None:
        out["versions"]["networkx"] = nx.__version__
        G = nx.Graph()
        G.add_nodes_from(range(n))
        G.add_edges_from((u, v) for u, v, _ in edges)
        S = nx.Graph()
        S.add_nodes_from(range(n))
        S.add_edges_from((u, v) for u, v, s in edges if s)

        def two_hop(graph):
            return sum(len(nx.single_source_shortest_path_length(graph, v, cutoff=2)) - 1 for v in graph)

        def seed_reach(graph):
            seen = set(seeds)
            frontier = list(seeds)
            for _ in range(2):
                nxt = []
                for u in frontier:
                    for w in graph[u]:
                        if w not in seen:
                            seen.add(w)
                            nxt.append(w)
                frontier = nxt
            return len(seen) - len(set(seeds))

        t, r = timed(lambda: two_hop(G), reps if n <= 10000 else 1)
        out["networkx"]["twoHopAll"] = t
        out["checks"]["twoHopAll"] = r
        t, r = timed(lambda: two_hop(S), reps if n <= 10000 else 1)
        out["networkx"]["twoHopStrong"] = t
        out["checks"]["twoHopStrong"] = r
        t, r = timed(lambda: seed_reach(G), reps)
        out["networkx"]["seedReach"] = t
        out["checks"]["seedReach"] = r
        if n <= 10000:
            t, r = timed(lambda: sum(1 for _ in nx.local_bridges(G, with_span=True)), 1)
            out["networkx"]["localBridges"] = t
            out["checks"]["localBridges"] = r
        else:
            out["skipped"]["networkx.localBridges"] = "67 s at 10k people; minutes above"
        t, r = timed(lambda: max(len(c) for c in nx.connected_components(G)), reps)
        out["networkx"]["components"] = t
        out["checks"]["largestComponent"] = r
        t, r = timed(lambda: sum(1 for _ in nx.articulation_points(G)), reps)
        out["networkx"]["cutPoints"] = t
        out["checks"]["cutPoints"] = r
        t, r = timed(lambda: sum(1 for _ in nx.bridges(G)), reps)
        out["networkx"]["bridges"] = t
        out["checks"]["bridges"] = r
        t, _ = timed(lambda: nx.pagerank(G, alpha=0.85, tol=1e-12 / max(n, 1) * n, max_iter=1000), 1)
        out["networkx"]["pagerank"] = t
        t, _ = timed(lambda: nx.community.louvain_communities(G, seed=1), 1)
        out["networkx"]["louvain"] = t
        if n <= 10000:
            t, _ = timed(lambda: nx.constraint(G), 1)
            out["networkx"]["constraint"] = t
        else:
            out["skipped"]["networkx.constraint"] = "too slow above 10k people"
        if n <= 1000:
            t, _ = timed(lambda: nx.effective_size(G), 1)
            out["networkx"]["effectiveSize"] = t
            t, _ = timed(lambda: nx.closeness_centrality(G), 1)
            out["networkx"]["closeness"] = t
            t, _ = timed(lambda: nx.betweenness_centrality(G), 1)
            out["networkx"]["betweenness"] = t
        else:
            out["skipped"]["networkx.effectiveSize/closeness/betweenness"] = "quadratic or worse: run at 1k only"

    if ig is not None:
        out["versions"]["igraph"] = ig.__version__
        g = ig.Graph(n=n, edges=[(u, v) for u, v, _ in edges])
        gs = ig.Graph(n=n, edges=[(u, v) for u, v, s in edges if s])
        t, r = timed(lambda: sum(g.neighborhood_size(order=2)) - n, reps)
        out["igraph"]["twoHopAll"] = t
        out["checks"]["igraph.twoHopAll"] = r
        t, _ = timed(lambda: sum(gs.neighborhood_size(order=2)) - n, reps)
        out["igraph"]["twoHopStrong"] = t

        def ig_seed_reach():
            reached = set()
            for layer in g.neighborhood(vertices=seeds, order=2):
                reached.update(layer)
            return len(reached - set(seeds))

        t, _ = timed(ig_seed_reach, reps)
        out["igraph"]["seedReach"] = t
        t, _ = timed(lambda: max(g.connected_components().sizes()), reps)
        out["igraph"]["components"] = t
        t, _ = timed(lambda: len(g.articulation_points()), reps)
        out["igraph"]["cutPoints"] = t
        t, _ = timed(lambda: len(g.bridges()), reps)
        out["igraph"]["bridges"] = t
        t, _ = timed(lambda: g.pagerank(damping=0.85), reps)
        out["igraph"]["pagerank"] = t
        t, _ = timed(lambda: g.community_multilevel(), 1)
        out["igraph"]["louvain"] = t
        t, _ = timed(lambda: g.constraint(), 1)
        out["igraph"]["constraint"] = t
        if n <= 10000:
            t, _ = timed(lambda: g.closeness(), 1)
            out["igraph"]["closeness"] = t
        if n <= 1000:
            t, _ = timed(lambda: g.betweenness(), 1)
            out["igraph"]["betweenness"] = t
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
