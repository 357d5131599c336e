"""Shared by the networkx and igraph sides of the picture benchmark: read the edge list run.ts wrote."""
import json
import os
import time

import numpy as np


def load(directory):
    with open(os.path.join(directory, "meta.json")) as f:
        meta = json.load(f)
    frm = np.fromfile(os.path.join(directory, "from.i32"), dtype=np.int32)
    to = np.fromfile(os.path.join(directory, "to.i32"), dtype=np.int32)
    weight = np.fromfile(os.path.join(directory, "weight.f64"), dtype=np.float64)
    with open(os.path.join(directory, "sources.json")) as f:
        sources = json.load(f)
    return meta, frm, to, weight, sources


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


def peak_rss_mb():
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
