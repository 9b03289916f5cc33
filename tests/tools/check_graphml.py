"""Reads a GraphML file with networkx as a consumer would and prints, as JSON,
what the tests compare: node and edge counts, and every node's and edge's
attributes with their Python types.

Usage: /usr/bin/python3 tests/tools/check_graphml.py FILE
(Debian's python3-networkx, installed by tools/install-deps.sh.)"""
import json
import sys

import networkx as nx


def typed(attrs):
    return {k: {"value": v, "type": type(v).__name__} for k, v in sorted(attrs.items())}


g = nx.read_graphml(sys.argv[1])
out = {
    "directed": g.is_directed(),
    "nodes": g.number_of_nodes(),
    "edges": g.number_of_edges(),
    "graph": typed(g.graph),
    "node_attrs": {n: typed(d) for n, d in g.nodes(data=True)},
    "edge_attrs": [dict(typed(d), source=s, target=t) for s, t, d in g.edges(data=True)],
}
json.dump(out, sys.stdout, ensure_ascii=False)
