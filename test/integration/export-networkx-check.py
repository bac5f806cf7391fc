"""Reads the JSON, GraphML and GEXF exports with NetworkX, the GraphML with igraph and the CSV zip
with Python's csv module, and prints what it found as JSON, for export-networkx.test.ts: counts,
one edge's quote and source, and that edge's fact fields as each reader gives them (None: absent).

usage: python3 export-networkx-check.py <json> <graphml> <gexf> <csv-zip> <edge-source> <edge-target> <edge-id>
"""
import csv
import io
import json
import sys
import warnings
import zipfile

import igraph
import networkx as nx

warnings.simplefilter("error", FutureWarning)  # a reading that is about to change is a failure
# The GraphML repeats each edge id in an `id` key because igraph drops edge element ids; igraph
# says so when it reads that key.
warnings.filterwarnings("ignore", message="Could not add edge ids")

json_path, graphml_path, gexf_path, zip_path, u, v, key = sys.argv[1:8]

FACT_FIELDS = [
    "stance",
    "modality",
    "credibility",
    "credibilityScore",
    "reliability",
    "reliabilityScore",
    "tense",
    "knownFrom",
    "knownTo",
    "possibleFrom",
    "possibleTo",
]

with open(json_path, encoding="utf-8") as f:
    data = json.load(f)
readings = {
    "json": nx.node_link_graph(data, edges="links"),
    "graphml": nx.read_graphml(graphml_path),
    "gexf": nx.read_gexf(gexf_path),
}
out = {}
for name, g in readings.items():
    edge = g.edges[u, v, key]
    out[name] = {
        "class": type(g).__name__,
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "quote": edge["properties"]["quote"] if name == "json" else edge["quote"],
        "source": edge["properties"]["source"] if name == "json" else edge["source"],
        "type": edge["type"],
        "fields": {
            field: (edge["properties"] if name == "json" else edge).get(field) for field in FACT_FIELDS
        },
    }
out["gexf"]["start"] = readings["gexf"].edges[u, v, key].get("start")
out["graphml"]["graph"] = sorted(k for k in readings["graphml"].graph if not k.endswith("_default"))

ig = igraph.Graph.Read_GraphML(graphml_path)
match = [e for e in ig.es if e["id"] == key]
out["igraph"] = {
    "directed": ig.is_directed(),
    "nodes": ig.vcount(),
    "edges": ig.ecount(),
    "quote": match[0]["quote"] if match else None,
    "source": ig.vs[match[0].source]["id"] if match else None,
}
with zipfile.ZipFile(zip_path) as archive:
    tables = {
        name: list(csv.DictReader(io.TextIOWrapper(archive.open(name), encoding="utf-8", newline="")))
        for name in ("nodes.csv", "edges.csv", "sources.csv")
    }
row = [r for r in tables["edges.csv"] if r["Id"] == key]
out["csv"] = {
    "nodes": len(tables["nodes.csv"]),
    "edges": len(tables["edges.csv"]),
    "sources": len(tables["sources.csv"]),
    "quote": row[0]["quote"] if row else None,
    "source": row[0]["sourceDocument"] if row else None,
    "ends": [row[0]["Source"], row[0]["Target"], row[0]["Type"]] if row else None,
    "fields": {field: row[0][field] for field in FACT_FIELDS} if row else None,
}
print(json.dumps(out))
