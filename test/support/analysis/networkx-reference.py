"""Reference values from networkx for the analysis tests.

Reads one JSON request on stdin, writes one JSON answer on stdout. The graph is built with the same
conventions as Solmu's CSR graph, independently: undirected, parallel relations summed, self-loops dropped.

Request: {"nodes": n, "edges": [[u, v, w], ...]} or {"named": "karate"}, plus optional
"sources" (sampled betweenness with exactly these sources), "partition" (modularity of it) and
"louvainSeed" (modularity of networkx's own Louvain partition).
"""
import json
import random
import sys

import networkx as nx


class FixedSample(random.Random):
    """A random source whose sample() returns the given nodes, so networkx scales our sampled sources."""

    def __init__(self, nodes):
        super().__init__(0)
        self.nodes = nodes

    def sample(self, population, k, **_):
        assert k == len(self.nodes)
        return list(self.nodes)


def build(request):
    if request.get("named") == "karate":
        karate = nx.karate_club_graph()
        edges = [[u, v, float(d.get("weight", 1))] for u, v, d in karate.edges(data=True)]
        return len(karate), edges
    return request["nodes"], request["edges"]


def ordered(values, nodes):
    return [values[u] for u in nodes]


def main():
    request = json.load(sys.stdin)
    n, edges = build(request)
    G = nx.Graph()
    G.add_nodes_from(range(n))
    for u, v, w in edges:
        if u == v:
            continue
        if G.has_edge(u, v):
            G[u][v]["weight"] += w
        else:
            G.add_edge(u, v, weight=w)
    nodes = list(range(n))
    answer = {
        "nodes": n,
        "edges": edges,
        "edgeCount": G.number_of_edges(),
        "degree": [G.degree(u) for u in nodes],
        "weightedDegree": [G.degree(u, weight="weight") for u in nodes],
        "density": nx.density(G),
        "components": sorted(sorted(c) for c in nx.connected_components(G)),
        "pagerank": ordered(nx.pagerank(G, alpha=0.85, weight="weight"), nodes) if n else [],
        "betweenness": ordered(nx.betweenness_centrality(G, normalized=True), nodes),
    }
    if "sources" in request:
        b = nx.betweenness_centrality(
            G, k=len(request["sources"]), normalized=True, seed=FixedSample(request["sources"])
        )
        answer["sampledBetweenness"] = ordered(b, nodes)
    if "partition" in request:
        groups = {}
        for u, c in enumerate(request["partition"]):
            groups.setdefault(c, set()).add(u)
        answer["modularity"] = nx.community.modularity(G, list(groups.values()), weight="weight")
    if "louvainSeed" in request:
        parts = nx.community.louvain_communities(G, weight="weight", seed=request["louvainSeed"])
        answer["louvainModularity"] = nx.community.modularity(G, parts, weight="weight")
    json.dump(answer, sys.stdout)


main()
