"""igraph side of the picture benchmark (Debian python3-igraph for /usr/bin/python3).
Usage: /usr/bin/python3 igraph_bench.py <dir> <seed>

Same merged graph via simplify(combine_edges="sum"); PageRank (PRPACK), multilevel (Louvain) with
weights, and betweenness from Solmu's sampled sources.
"""
import json
import os
import random
import sys

import igraph as ig
import numpy as np

from bench_common import load, peak_rss_mb, timed


def build(n, frm, to, weight):
    g = ig.Graph(n=n, edges=list(zip(frm.tolist(), to.tolist())))
    g.es["weight"] = weight.tolist()
    g.simplify(multiple=True, loops=True, combine_edges="sum")
    return g


def main():
    directory, seed = sys.argv[1], int(sys.argv[2])
    meta, frm, to, weight, sources = load(directory)
    n = meta["n"]
    g, t_build = timed(lambda: build(n, frm, to, weight))
    _, t_basic = timed(lambda: (g.degree(), g.strength(weights="weight"), g.connected_components()))
    pr, t_pr = timed(lambda: g.pagerank(damping=0.85, weights="weight", directed=False))
    np.array(pr, dtype=np.float64).tofile(os.path.join(directory, "pr-igraph.f64"))
    random.seed(seed)  # python-igraph draws its random numbers from Python's random module
    parts, t_louvain = timed(lambda: g.community_multilevel(weights="weight"))
    modularity = g.modularity(parts.membership, weights="weight")
    try:
        _, t_bc = timed(lambda: g.betweenness(directed=False, sources=sources))
        betweenness = {"sourcesRun": len(sources), "seconds": t_bc, "perSource": t_bc / max(1, len(sources))}
    except TypeError:  # an igraph without subset betweenness
        betweenness = None
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


main()
