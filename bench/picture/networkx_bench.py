"""networkx side of the picture benchmark. Usage: python3 networkx_bench.py <dir> <seed> <sources>

Builds the same merged graph (parallel relations summed, self-loops dropped), then times PageRank,
Louvain and betweenness from the first <sources> of Solmu's sampled sources (networkx takes seconds per
source at this size; the per-source time is scaled to Solmu's k in run.ts).
"""
import json
import os
import random
import sys

import networkx as nx
import numpy as np

from bench_common import load, peak_rss_mb, timed


class FixedSample(random.Random):
    def __init__(self, nodes):
        super().__init__(0)
        self.nodes = nodes

    def sample(self, population, k, **_):
        return list(self.nodes)


def build(n, frm, to, weight):
    frm = np.frombuffer(frm, dtype=np.int32)
    to = np.frombuffer(to, dtype=np.int32)
    weight = np.frombuffer(weight, dtype=np.float64)
    a = np.minimum(frm, to).astype(np.int64)
    b = np.maximum(frm, to).astype(np.int64)
    keep = a != b
    keys, inverse = np.unique(a[keep] * n + b[keep], return_inverse=True)
    sums = np.bincount(inverse, weights=weight[keep])
    G = nx.Graph()
    G.add_nodes_from(range(n))
    G.add_weighted_edges_from(zip((keys // n).tolist(), (keys % n).tolist(), sums.tolist()))
    return G


def main():
    directory, seed, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    meta, frm, to, weight, sources = load(directory)
    n = meta["n"]
    G, t_build = timed(lambda: build(n, frm, to, weight))
    _, t_basic = timed(lambda: (dict(G.degree()), dict(G.degree(weight="weight")), list(nx.connected_components(G))))
    pr, t_pr = timed(lambda: nx.pagerank(G, alpha=0.85, weight="weight"))
    np.array([pr[i] for i in range(n)], dtype=np.float64).tofile(os.path.join(directory, "pr-networkx.f64"))
    parts, t_louvain = timed(lambda: nx.community.louvain_communities(G, weight="weight", seed=seed))
    modularity = nx.community.modularity(G, parts, weight="weight")
    subset = sources[:count]
    _, t_bc = timed(lambda: nx.betweenness_centrality(G, k=len(subset), normalized=True, seed=FixedSample(subset)))
    json.dump(
        {
            "version": nx.__version__,
            "edges": G.number_of_edges(),
            "seconds": {"build": t_build, "basic": t_basic, "pagerank": t_pr, "louvain": t_louvain},
            "betweenness": {"sourcesRun": len(subset), "seconds": t_bc, "perSource": t_bc / max(1, len(subset))},
            "louvain": {"modularity": modularity, "communities": len(parts)},
            "peakRssMb": peak_rss_mb(),
        },
        sys.stdout,
    )


main()
