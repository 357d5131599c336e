"""igraph side of the picture benchmark (Debian python3-igraph for /usr/bin/python3).
Usage: /usr/bin/python3 igraph_bench.py <dir> <seed> <repeat> [exact]

Each step is timed `repeat` times and the best time kept (exact betweenness only once).

Same merged graph via simplify(combine_edges="sum"); PageRank (PRPACK), multilevel (Louvain) with
weights, and betweenness from Solmu's sampled sources.
"""
import json
import os
import random
import sys

import array

import igraph as ig

from bench_common import load, peak_rss_mb, timed


def build(n, frm, to, weight):
    g = ig.Graph(n=n, edges=list(zip(frm, to)))
    g.es["weight"] = weight.tolist()
    g.simplify(multiple=True, loops=True, combine_edges="sum")
    return g


def main():
    directory, seed = sys.argv[1], int(sys.argv[2])
    repeat = int(sys.argv[3])
    exact_allowed = len(sys.argv) > 4 and sys.argv[4] == "exact"
    meta, frm, to, weight, sources = load(directory)
    n = meta["n"]
    g, t_build = timed(lambda: build(n, frm, to, weight), repeat)
    _, t_basic = timed(lambda: (g.degree(), g.strength(weights="weight"), g.connected_components()), repeat)
    pr, t_pr = timed(lambda: g.pagerank(damping=0.85, weights="weight", directed=False), repeat)
    with open(os.path.join(directory, "pr-igraph.f64"), "wb") as f:
        array.array("d", pr).tofile(f)
    def multilevel():
        random.seed(seed)  # python-igraph draws its random numbers from Python's random module
        return g.community_multilevel(weights="weight")

    parts, t_louvain = timed(multilevel, repeat)
    modularity = g.modularity(parts.membership, weights="weight")
    betweenness = None
    try:
        _, t_bc = timed(lambda: g.betweenness(directed=False, sources=sources), repeat)
        betweenness = {"sourcesRun": len(sources), "seconds": t_bc, "perSource": t_bc / max(1, len(sources))}
    except TypeError:
        # python-igraph 0.10.2 (Debian) has no sources= subset; on request, time the exact computation
        # (every node a source) and report its cost per source, which is what k sources would cost
        if exact_allowed:
            _, t_bc = timed(lambda: g.betweenness(directed=False))
            betweenness = {"sourcesRun": n, "seconds": t_bc, "perSource": t_bc / n}
    json.dump(
        {
            "version": ig.__version__,
            "edges": g.ecount(),
            "seconds": {"build": t_build, "basic": t_basic, "pagerank": t_pr, "louvain": t_louvain},
            "betweenness": betweenness,
            "louvain": {"modularity": modularity, "communities": len(parts)},
            "peakRssMb": peak_rss_mb(),
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
