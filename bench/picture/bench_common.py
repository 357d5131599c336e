"""Shared by the networkx and igraph sides of the picture benchmark: read the edge list run.ts wrote.

Plain `array` rather than numpy: Debian's /usr/bin/python3 (for python3-igraph) has no numpy.
"""
import array
import json
import os
import time


def _read(directory, name, typecode, count):
    values = array.array(typecode)
    with open(os.path.join(directory, name), "rb") as f:
        values.fromfile(f, count)
    return values


def load_edges(directory):
    with open(os.path.join(directory, "meta.json")) as f:
        meta = json.load(f)
    m = meta["m"]
    frm = _read(directory, "from.i32", "i", m)
    to = _read(directory, "to.i32", "i", m)
    weight = _read(directory, "weight.f64", "d", m)
    return meta, frm, to, weight


def load(directory):
    meta, frm, to, weight = load_edges(directory)
    with open(os.path.join(directory, "sources.json")) as f:
        sources = json.load(f)
    return meta, frm, to, weight, sources


def timed(fn, repeat=1):
    """The value of the last run and the best time of `repeat` runs (the machine is shared and noisy)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        value = fn()
        best = min(best, time.perf_counter() - start)
    return value, best


def peak_rss_mb():
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
