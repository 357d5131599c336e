"""igraph side of the communities benchmark (Debian python3-igraph for /usr/bin/python3).
Usage: /usr/bin/python3 communities_igraph.py <dir> <seeds, comma-separated>

The same merged graph as igraph_bench.py; per seed, multilevel (Louvain) and, for reference, igraph's own
Leiden with the modularity objective (two iterations, its default), both weighted. python-igraph draws
its random numbers from Python's random module, so random.seed(seed) seeds each run. One untimed run of
each first, as on Solmu's side.
"""
import json
import random
import sys
import time

import igraph as ig

from bench_common import load_edges, peak_rss_mb
from igraph_bench import build


def multilevel(g):
    return g.community_multilevel(weights="weight")


def leiden(g):
    return g.community_leiden(objective_function="modularity", weights="weight", n_iterations=2)


def measure(g, method, seed):
    random.seed(seed)
    cpu_start = time.process_time()
    start = time.perf_counter()
    parts = method(g)
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "cpuSeconds": time.process_time() - cpu_start,
        "modularity": g.modularity(parts.membership, weights="weight"),
        "communities": len(parts),
    }


def main():
    directory = sys.argv[1]
    seeds = [int(s) for s in sys.argv[2].split(",")]
    meta, frm, to, weight = load_edges(directory)
    g = build(meta["n"], frm, to, weight)
    multilevel(g)
    leiden(g)
    runs = [{"seed": s, "louvain": measure(g, multilevel, s), "leiden": measure(g, leiden, s)} for s in seeds]
    json.dump({"version": ig.__version__, "edges": g.ecount(), "runs": runs, "peakRssMb": peak_rss_mb()}, sys.stdout)


main()
