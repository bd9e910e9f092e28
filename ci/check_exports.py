"""Load stancegraph's exports with the real consumers and compare them with graph.json.

Usage: python check_exports.py GRAPH_JSON EXPORT_DIR

GraphML is read by NetworkX and igraph, GEXF and node-link by NetworkX, Cytoscape JSON
and the Neo4j CSV files by the standard library. Node and edge counts and the
attributes users rely on must survive the trip. Exits non-zero on the first class of
failure, after printing every mismatch found.
"""

import csv
import json
import os
import sys
import warnings

import igraph
import networkx as nx

FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)


def split_list(text):
    return [] if not text else text.split(";")


def wire_list(items):
    return [i.replace(";", ",") for i in items]


def edges_by_id(g):
    """Map edge id -> (source, target, data). NetworkX returns a simple DiGraph when a
    file has no parallel edges, and then keeps the edge id in the data instead of the key."""
    if g.is_multigraph():
        return {d.get("id", key): (u, v, d) for u, v, key, d in g.edges(keys=True, data=True)}
    return {d.get("id"): (u, v, d) for u, v, d in g.edges(data=True)}


def matched_edges(g, graph, name):
    """Yield (wire edge, read data, label for messages) for every edge of graph.json
    found in g with the same ends; report the missing and misplaced ones."""
    edges = edges_by_id(g)
    for edge in graph["edges"]:
        where = f"{name}: edge {edge['id']!r}"
        found = edges.get(edge["id"])
        if found is None:
            check(False, f"{where} missing")
            continue
        u, v, d = found
        check((u, v) == (edge["source"], edge["target"]), f"{where}: ends {(u, v)!r}")
        yield edge, d, where


def edge_label(edge):
    return edge["label"] or edge["relation"]


def check_graphml_networkx(graph, path):
    g = nx.read_graphml(path)
    check(g.is_directed(), "graphml/networkx: not directed")
    check(g.number_of_nodes() == len(graph["nodes"]),
          f"graphml/networkx: {g.number_of_nodes()} nodes, expected {len(graph['nodes'])}")
    check(g.number_of_edges() == len(graph["edges"]),
          f"graphml/networkx: {g.number_of_edges()} edges, expected {len(graph['edges'])}")
    for node in graph["nodes"]:
        data = g.nodes.get(node["id"])
        if data is None:
            check(False, f"graphml/networkx: node {node['id']!r} missing")
            continue
        check(data.get("label") == node["label"], f"graphml/networkx: label of {node['id']!r}: {data.get('label')!r}")
        check(data.get("kind") == node["kind"], f"graphml/networkx: kind of {node['id']!r}")
        check(data.get("mentions") == node["mentions"], f"graphml/networkx: mentions of {node['id']!r}")
        check(split_list(data.get("aliases", "")) == wire_list(node["aliases"]),
              f"graphml/networkx: aliases of {node['id']!r}")
        check(data.get("affiliation") == node.get("affiliation"), f"graphml/networkx: affiliation of {node['id']!r}")
    for edge, d, where in matched_edges(g, graph, "graphml/networkx"):
        check(d.get("relation") == edge["relation"], f"{where}: relation")
        check(d.get("label", "") == edge["label"], f"{where}: label {d.get('label')!r}")
        check(d.get("cameo") == edge["cameo"], f"{where}: cameo {d.get('cameo')!r}")
        check(d.get("goldstein") == edge["goldstein"], f"{where}: goldstein")
        check(d.get("quad_class") == edge["quad_class"], f"{where}: quad_class")
        check(d.get("modality") == edge["modality"], f"{where}: modality")
        check(d.get("reported_by") == edge["reported_by"], f"{where}: reported_by")
        check(d.get("date") == edge["date"], f"{where}: date")
        check(d.get("doc") == edge["doc"], f"{where}: doc")
        check(d.get("evidence") == edge["evidence"]["text"], f"{where}: evidence {d.get('evidence')!r}")


def check_graphml_igraph(graph, path):
    g = igraph.Graph.Read_GraphML(path)
    check(g.is_directed(), "graphml/igraph: not directed")
    check(g.vcount() == len(graph["nodes"]), f"graphml/igraph: {g.vcount()} vertices, expected {len(graph['nodes'])}")
    check(g.ecount() == len(graph["edges"]), f"graphml/igraph: {g.ecount()} edges, expected {len(graph['edges'])}")
    if g.vcount() == 0:
        return
    by_id = {v["id"]: v for v in g.vs}
    for node in graph["nodes"]:
        v = by_id.get(node["id"])
        if v is None:
            check(False, f"graphml/igraph: vertex {node['id']!r} missing")
            continue
        check(v["label"] == node["label"], f"graphml/igraph: label of {node['id']!r}: {v['label']!r}")
        check(v["kind"] == node["kind"], f"graphml/igraph: kind of {node['id']!r}")
        check(int(v["mentions"]) == node["mentions"], f"graphml/igraph: mentions of {node['id']!r}")
    if g.ecount() == 0:
        return
    names = g.es.attributes()
    for attr in ["relation", "label", "cameo", "goldstein", "quad_class", "modality", "date", "doc", "evidence"]:
        check(attr in names, f"graphml/igraph: edge attribute {attr!r} missing ({names})")
    if "evidence" in names:
        got = sorted(g.es["evidence"])
        want = sorted(e["evidence"]["text"] for e in graph["edges"])
        check(got == want, "graphml/igraph: evidence texts differ")
    if "goldstein" in names:
        got = sorted(g.es["goldstein"])
        want = sorted(float(e["goldstein"]) for e in graph["edges"])
        check(got == want, "graphml/igraph: goldstein weights differ")


def check_gexf(graph, path):
    g = nx.read_gexf(path)
    check(g.graph.get("mode") == "dynamic", "gexf: not dynamic")
    check(g.number_of_nodes() == len(graph["nodes"]), f"gexf: {g.number_of_nodes()} nodes, expected {len(graph['nodes'])}")
    check(g.number_of_edges() == len(graph["edges"]), f"gexf: {g.number_of_edges()} edges, expected {len(graph['edges'])}")
    for node in graph["nodes"]:
        data = g.nodes.get(node["id"])
        if data is None:
            check(False, f"gexf: node {node['id']!r} missing")
            continue
        check(data.get("label") == node["label"], f"gexf: label of {node['id']!r}: {data.get('label')!r}")
        check(data.get("kind") == node["kind"], f"gexf: kind of {node['id']!r}")
        check(data.get("mentions") == node["mentions"], f"gexf: mentions of {node['id']!r}")
    docs = {d["id"]: d.get("date") for d in graph["documents"]}
    for edge, d, where in matched_edges(g, graph, "gexf"):
        check(d.get("label") == edge_label(edge), f"{where}: label {d.get('label')!r}")
        check(d.get("relation") == edge["relation"], f"{where}: relation")
        check(d.get("cameo") == edge["cameo"], f"{where}: cameo")
        check(d.get("goldstein") == edge["goldstein"], f"{where}: goldstein")
        check(d.get("quad_class") == edge["quad_class"], f"{where}: quad_class")
        check(d.get("evidence") == edge["evidence"]["text"], f"{where}: evidence {d.get('evidence')!r}")
        date = edge["date"] or docs.get(edge["doc"])
        if date:
            check(d.get("start") == date and d.get("end") == date, f"{where}: start/end {d.get('start')!r}")


def check_nodelink(graph, path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    for key in ["links", "edges"]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            g = nx.node_link_graph(data, edges=key)
        check(g.is_multigraph() and g.is_directed(), f"nodelink[{key}]: not a directed multigraph")
        check(g.number_of_nodes() == len(graph["nodes"]), f"nodelink[{key}]: {g.number_of_nodes()} nodes")
        check(g.number_of_edges() == len(graph["edges"]), f"nodelink[{key}]: {g.number_of_edges()} edges")
        for edge in graph["edges"]:
            ok = g.has_edge(edge["source"], edge["target"], key=edge["id"])
            check(ok, f"nodelink[{key}]: edge {edge['id']!r} missing")
            if ok:
                d = g.edges[edge["source"], edge["target"], edge["id"]]
                check(d.get("evidence") == edge["evidence"], f"nodelink[{key}]: evidence of {edge['id']!r}")
        for node in graph["nodes"]:
            check(g.nodes.get(node["id"], {}).get("label") == node["label"], f"nodelink[{key}]: label of {node['id']!r}")


def check_cytoscape(graph, path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    nodes = data["elements"]["nodes"]
    edges = data["elements"]["edges"]
    check(len(nodes) == len(graph["nodes"]), f"cytoscape: {len(nodes)} nodes")
    check(len(edges) == len(graph["edges"]), f"cytoscape: {len(edges)} edges")
    ids = {n["data"]["id"] for n in nodes}
    for e in edges:
        d = e["data"]
        check(d["source"] in ids and d["target"] in ids, f"cytoscape: edge {d.get('id')!r} dangles")
        check(all(not isinstance(v, dict) for v in d.values()), f"cytoscape: nested value in {d.get('id')!r}")
    want = {e["id"]: e["evidence"]["text"] for e in graph["edges"]}
    got = {e["data"]["id"]: e["data"].get("evidence") for e in edges}
    check(want == got, "cytoscape: evidence texts differ")


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def check_csv(graph, export_dir):
    nodes = read_csv(os.path.join(export_dir, "nodes.csv"))
    rels = read_csv(os.path.join(export_dir, "relationships.csv"))
    check(nodes[0][:4] == ["id:ID", "label", "kind", ":LABEL"], f"csv: nodes header {nodes[0]!r}")
    check(rels[0][:3] == [":START_ID", ":END_ID", ":TYPE"], f"csv: relationships header {rels[0]!r}")
    check(len(nodes) - 1 == len(graph["nodes"]), f"csv: {len(nodes) - 1} node rows")
    check(len(rels) - 1 == len(graph["edges"]), f"csv: {len(rels) - 1} relationship rows")
    for table, rows in [("nodes", nodes), ("relationships", rels)]:
        bad = [r for r in rows if len(r) != len(rows[0])]
        check(not bad, f"csv: {table} rows with the wrong column count: {bad[:2]!r}")
    by_id = {r[0]: r for r in nodes[1:]}
    for node in graph["nodes"]:
        row = by_id.get(node["id"])
        check(row is not None and row[1] == node["label"], f"csv: label of {node['id']!r}")
        if row is not None:
            check(split_list(row[4]) == wire_list(node["aliases"]), f"csv: aliases of {node['id']!r}")
    evidence = sorted(r[rels[0].index("evidence")] for r in rels[1:])
    check(evidence == sorted(e["evidence"]["text"] for e in graph["edges"]), "csv: evidence texts differ")
    cypher = open(os.path.join(export_dir, "load.cypher"), encoding="utf-8").read()
    check("LOAD CSV WITH HEADERS FROM 'file:///nodes.csv'" in cypher, "csv: load.cypher does not load nodes.csv")




def main():
    graph_path, export_dir = sys.argv[1], sys.argv[2]
    with open(graph_path, encoding="utf-8") as f:
        graph = json.load(f)
    steps = [
        ("graphml (networkx)", lambda: check_graphml_networkx(graph, os.path.join(export_dir, "graph.graphml"))),
        ("graphml (igraph)", lambda: check_graphml_igraph(graph, os.path.join(export_dir, "graph.graphml"))),
        ("gexf (networkx)", lambda: check_gexf(graph, os.path.join(export_dir, "graph.gexf"))),
        ("nodelink (networkx)", lambda: check_nodelink(graph, os.path.join(export_dir, "graph.nodelink.json"))),
        ("cytoscape (json)", lambda: check_cytoscape(graph, os.path.join(export_dir, "graph.cytoscape.json"))),
        ("csv (csv module)", lambda: check_csv(graph, export_dir)),
    ]
    for name, step in steps:
        before = len(FAILURES)
        try:
            step()
        except Exception as e:  # a consumer refusing the file is a failure, not a crash
            FAILURES.append(f"{name}: {type(e).__name__}: {e}")
        status = "ok" if len(FAILURES) == before else "FAILED"
        print(f"  {name}: {status} ({len(graph['nodes'])} nodes, {len(graph['edges'])} edges)")
    for f in FAILURES:
        print(f"FAIL {f}")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
