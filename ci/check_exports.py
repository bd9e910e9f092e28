"""Load stancegraph's exports with the real consumers and compare them with graph.json.

Usage: python check_exports.py GRAPH_JSON EXPORT_DIR

GraphML is read by NetworkX and igraph, GEXF and node-link by NetworkX, Cytoscape JSON
and the Neo4j CSV files by the standard library. Node and edge counts and the
attributes users rely on must survive the trip: relation edges, stances (edges from
the actor to the issue, relation `stance`, with polarity and basis) and, in a graph
built with --aggregate, each edge's count, date range and mean Goldstein weight.
Exits non-zero after printing every mismatch found.
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


def stances(graph):
    return graph.get("stances", [])


def aggregated(graph):
    return any(e.get("aggregate") for e in graph["edges"])


def mean_goldstein(edge):
    """The mean weight the exporters write: the sum divided by the count, as Rust does."""
    agg = edge["aggregate"]
    return agg["goldstein_sum"] / max(agg["count"], 1)


def edge_count(graph):
    """Edges every edge-list export holds: one per relation edge, one per stance."""
    return len(graph["edges"]) + len(stances(graph))


def evidence_texts(graph):
    return sorted([e["evidence"]["text"] for e in graph["edges"]] +
                  [t["evidence"]["text"] for t in stances(graph)])


def edges_by_id(g):
    """Map edge id -> (source, target, data). NetworkX returns a simple DiGraph when a
    file has no parallel edges, and then keeps the edge id in the data instead of the key."""
    if g.is_multigraph():
        return {d.get("id", key): (u, v, d) for u, v, key, d in g.edges(keys=True, data=True)}
    return {d.get("id"): (u, v, d) for u, v, d in g.edges(data=True)}


def matched_edges(g, graph, name, items=None):
    """Yield (wire edge, read data, label for messages) for every edge of graph.json
    (or every stance, with items=stances(graph)) found in g with the same ends;
    report the missing and misplaced ones."""
    edges = edges_by_id(g)
    for edge in graph["edges"] if items is None else items:
        where = f"{name}: edge {edge['id']!r}"
        found = edges.get(edge["id"])
        if found is None:
            check(False, f"{where} missing")
            continue
        u, v, d = found
        ends = (edge["source"], edge["target"]) if "source" in edge else (edge["actor"], edge["issue"])
        check((u, v) == ends, f"{where}: ends {(u, v)!r}")
        yield edge, d, where


def check_stance_data(t, d, where):
    """A stance edge read back as a dict of attributes."""
    check(d.get("relation") == "stance", f"{where}: relation {d.get('relation')!r}")
    check(d.get("polarity") == t["polarity"], f"{where}: polarity {d.get('polarity')!r}")
    check(d.get("basis") == t["basis"], f"{where}: basis {d.get('basis')!r}")
    check(d.get("reported_by") == t["reported_by"], f"{where}: reported_by")
    check(d.get("date") == t["date"], f"{where}: date")
    check(d.get("doc") == t["doc"], f"{where}: doc")
    check(d.get("evidence") == t["evidence"]["text"], f"{where}: evidence {d.get('evidence')!r}")


def check_aggregate_data(edge, d, where):
    """An aggregated edge's count, documents, date range and mean weight, read back."""
    agg = edge.get("aggregate")
    if not agg:
        return
    check(d.get("count") == agg["count"], f"{where}: count {d.get('count')!r}, expected {agg['count']}")
    check(d.get("documents") == agg["documents"], f"{where}: documents {d.get('documents')!r}")
    check(d.get("first_date") == agg["first_date"], f"{where}: first_date {d.get('first_date')!r}")
    check(d.get("last_date") == agg["last_date"], f"{where}: last_date {d.get('last_date')!r}")
    check(d.get("goldstein_mean") == mean_goldstein(edge), f"{where}: goldstein_mean {d.get('goldstein_mean')!r}")


def edge_label(edge):
    return edge["label"] or edge["relation"]


def checked_nx_nodes(g, graph, fmt):
    """Check a networkx graph's node and edge counts and each node's label,
    kind and mentions against graph.json; return (node, data) for the nodes
    found, for format-specific checks."""
    check(g.number_of_nodes() == len(graph["nodes"]),
          f"{fmt}: {g.number_of_nodes()} nodes, expected {len(graph['nodes'])}")
    check(g.number_of_edges() == edge_count(graph),
          f"{fmt}: {g.number_of_edges()} edges, expected {edge_count(graph)}")
    found = []
    for node in graph["nodes"]:
        data = g.nodes.get(node["id"])
        if data is None:
            check(False, f"{fmt}: node {node['id']!r} missing")
            continue
        check(data.get("label") == node["label"], f"{fmt}: label of {node['id']!r}: {data.get('label')!r}")
        check(data.get("kind") == node["kind"], f"{fmt}: kind of {node['id']!r}")
        check(data.get("mentions") == node["mentions"], f"{fmt}: mentions of {node['id']!r}")
        found.append((node, data))
    return found


def check_graphml_networkx(graph, path):
    g = nx.read_graphml(path)
    check(g.is_directed(), "graphml/networkx: not directed")
    for node, data in checked_nx_nodes(g, graph, "graphml/networkx"):
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
        check_aggregate_data(edge, d, where)
    for t, d, where in matched_edges(g, graph, "graphml/networkx", stances(graph)):
        check_stance_data(t, d, where)
        check(d.get("label") == t["polarity"], f"{where}: label {d.get('label')!r}")
        check("cameo" not in d, f"{where}: a stance with a CAMEO code")


def check_graphml_igraph(graph, path):
    g = igraph.Graph.Read_GraphML(path)
    check(g.is_directed(), "graphml/igraph: not directed")
    check(g.vcount() == len(graph["nodes"]), f"graphml/igraph: {g.vcount()} vertices, expected {len(graph['nodes'])}")
    check(g.ecount() == edge_count(graph), f"graphml/igraph: {g.ecount()} edges, expected {edge_count(graph)}")
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
    if stances(graph):
        for attr in ["polarity", "basis"]:
            check(attr in names, f"graphml/igraph: stance attribute {attr!r} missing ({names})")
    if aggregated(graph):
        check("count" in names, f"graphml/igraph: edge attribute 'count' missing ({names})")
    if "evidence" in names:
        check(sorted(g.es["evidence"]) == evidence_texts(graph), "graphml/igraph: evidence texts differ")
    if "relation" not in names:
        return
    # igraph fills attributes an edge lacks with "" or NaN: compare each kind apart.
    relation_edges = g.es.select(relation_ne="stance")
    stance_edges = g.es.select(relation_eq="stance")
    check(len(stance_edges) == len(stances(graph)),
          f"graphml/igraph: {len(stance_edges)} stance edges, expected {len(stances(graph))}")
    if "goldstein" in names:
        got = sorted(relation_edges["goldstein"])
        want = sorted(float(e["goldstein"]) for e in graph["edges"])
        check(got == want, "graphml/igraph: goldstein weights differ")
    if "polarity" in names:
        got = sorted(stance_edges["polarity"])
        want = sorted(t["polarity"] for t in stances(graph))
        check(got == want, "graphml/igraph: stance polarities differ")
    if "count" in names:
        got = sorted(int(c) for c in relation_edges["count"])
        want = sorted(e["aggregate"]["count"] for e in graph["edges"] if e.get("aggregate"))
        check(got == want, f"graphml/igraph: counts differ: {got} vs {want}")


def check_gexf(graph, path):
    g = nx.read_gexf(path)
    check(g.graph.get("mode") == "dynamic", "gexf: not dynamic")
    checked_nx_nodes(g, graph, "gexf")
    docs = {d["id"]: d.get("date") for d in graph["documents"]}
    for edge, d, where in matched_edges(g, graph, "gexf"):
        check(d.get("label") == edge_label(edge), f"{where}: label {d.get('label')!r}")
        check(d.get("relation") == edge["relation"], f"{where}: relation")
        check(d.get("cameo") == edge["cameo"], f"{where}: cameo")
        check(d.get("goldstein") == edge["goldstein"], f"{where}: goldstein")
        check(d.get("quad_class") == edge["quad_class"], f"{where}: quad_class")
        check(d.get("evidence") == edge["evidence"]["text"], f"{where}: evidence {d.get('evidence')!r}")
        date = edge["date"] or docs.get(edge["doc"])
        agg = edge.get("aggregate")
        first, last = (agg["first_date"], agg["last_date"]) if agg and agg["first_date"] else (date, date)
        if first:
            check((d.get("start"), d.get("end")) == (first, last), f"{where}: start/end {d.get('start')!r} {d.get('end')!r}")
        check_aggregate_data(edge, d, where)
        if agg:
            check(d.get("weight") == agg["count"], f"{where}: weight {d.get('weight')!r}")
    for t, d, where in matched_edges(g, graph, "gexf", stances(graph)):
        check_stance_data(t, d, where)
        check(d.get("label") == t["polarity"], f"{where}: label {d.get('label')!r}")
        date = t["date"] or docs.get(t["doc"])
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
                check(d.get("aggregate") == edge.get("aggregate"), f"nodelink[{key}]: aggregate of {edge['id']!r}")
        check(g.graph.get("stances", []) == stances(graph), f"nodelink[{key}]: stances differ from graph.json")
        for node in graph["nodes"]:
            check(g.nodes.get(node["id"], {}).get("label") == node["label"], f"nodelink[{key}]: label of {node['id']!r}")


def check_cytoscape(graph, path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    nodes = data["elements"]["nodes"]
    edges = data["elements"]["edges"]
    check(len(nodes) == len(graph["nodes"]), f"cytoscape: {len(nodes)} nodes")
    check(len(edges) == edge_count(graph), f"cytoscape: {len(edges)} edges, expected {edge_count(graph)}")
    ids = {n["data"]["id"] for n in nodes}
    for e in edges:
        d = e["data"]
        check(d["source"] in ids and d["target"] in ids, f"cytoscape: edge {d.get('id')!r} dangles")
        check(all(not isinstance(v, dict) for v in d.values()), f"cytoscape: nested value in {d.get('id')!r}")
    for n in nodes:
        is_issue = n["data"].get("kind") == "issue"
        check(("issue" in n.get("classes", "").split()) == is_issue,
              f"cytoscape: node {n['data']['id']!r} classes {n.get('classes')!r}")
    want = {e["id"]: e["evidence"]["text"] for e in graph["edges"]}
    want.update({t["id"]: t["evidence"]["text"] for t in stances(graph)})
    got = {e["data"]["id"]: e["data"].get("evidence") for e in edges}
    check(want == got, "cytoscape: evidence texts differ")
    by_id = {e["data"]["id"]: e for e in edges}
    for t in stances(graph):
        e = by_id.get(t["id"])
        where = f"cytoscape: stance {t['id']!r}"
        if e is None:
            check(False, f"{where} missing")
            continue
        d = e["data"]
        check((d["source"], d["target"]) == (t["actor"], t["issue"]), f"{where}: ends")
        check(d.get("interaction") == "stance", f"{where}: interaction {d.get('interaction')!r}")
        check(e.get("classes", "").split()[:1] == ["stance"], f"{where}: classes {e.get('classes')!r}")
        check_stance_data(t, d, where)
    for edge in graph["edges"]:
        e = by_id.get(edge["id"])
        if e is not None:
            check_aggregate_data(edge, e["data"], f"cytoscape: edge {edge['id']!r}")


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def check_csv(graph, export_dir):
    nodes = read_csv(os.path.join(export_dir, "nodes.csv"))
    rels = read_csv(os.path.join(export_dir, "relationships.csv"))
    check(nodes[0][:4] == ["id:ID", "label", "kind", ":LABEL"], f"csv: nodes header {nodes[0]!r}")
    check(rels[0][:3] == [":START_ID", ":END_ID", ":TYPE"], f"csv: relationships header {rels[0]!r}")
    check(len(nodes) - 1 == len(graph["nodes"]), f"csv: {len(nodes) - 1} node rows")
    check(len(rels) - 1 == edge_count(graph), f"csv: {len(rels) - 1} relationship rows, expected {edge_count(graph)}")
    for table, rows in [("nodes", nodes), ("relationships", rels)]:
        bad = [r for r in rows if len(r) != len(rows[0])]
        check(not bad, f"csv: {table} rows with the wrong column count: {bad[:2]!r}")
    by_id = {r[0]: r for r in nodes[1:]}
    for node in graph["nodes"]:
        row = by_id.get(node["id"])
        check(row is not None and row[1] == node["label"], f"csv: label of {node['id']!r}")
        if row is not None:
            check(split_list(row[4]) == wire_list(node["aliases"]), f"csv: aliases of {node['id']!r}")
    header = rels[0]
    records = [dict(zip(header, r)) for r in rels[1:]]
    evidence = sorted(r["evidence"] for r in records)
    check(evidence == evidence_texts(graph), "csv: evidence texts differ")
    check(("polarity" in header) == bool(stances(graph)), f"csv: stance columns {header!r}")
    check(("count:int" in header) == aggregated(graph), f"csv: aggregate columns {header!r}")
    rows = {r["id"]: r for r in records}
    stance_rows = [r for r in records if r[":TYPE"] == "STANCE"]
    check(len(stance_rows) == len(stances(graph)), f"csv: {len(stance_rows)} STANCE rows, expected {len(stances(graph))}")
    for t in stances(graph):
        r = rows.get(t["id"])
        where = f"csv: stance {t['id']!r}"
        if r is None:
            check(False, f"{where} missing")
            continue
        check((r[":START_ID"], r[":END_ID"], r[":TYPE"]) == (t["actor"], t["issue"], "STANCE"), f"{where}: ends or type")
        check((r["polarity"], r["basis"]) == (t["polarity"], t["basis"]), f"{where}: polarity or basis")
        check(r["evidence"] == t["evidence"]["text"] and r["date:date"] == (t["date"] or ""), f"{where}: evidence or date")
    for edge in graph["edges"]:
        agg, r = edge.get("aggregate"), rows.get(edge["id"])
        if agg and r is not None:
            read = {"count": int(r["count:int"]), "documents": int(r["documents:int"]),
                    "first_date": r["first_date:date"] or None, "last_date": r["last_date:date"] or None,
                    "goldstein_mean": float(r["goldstein_mean:float"])}
            check_aggregate_data(edge, read, f"csv: edge {edge['id']!r}")
    cypher = open(os.path.join(export_dir, "load.cypher"), encoding="utf-8").read()
    check("LOAD CSV WITH HEADERS FROM 'file:///nodes.csv'" in cypher, "csv: load.cypher does not load nodes.csv")
    check(("CREATE (s)-[r:`STANCE`]->(t)" in cypher) == bool(stances(graph)), "csv: load.cypher and STANCE rows disagree")
    check(("r.count = toInteger" in cypher) == aggregated(graph), "csv: load.cypher and count column disagree")


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
        print(f"  {name}: {status} ({len(graph['nodes'])} nodes, {len(graph['edges'])} edges, "
              f"{len(stances(graph))} stances{', aggregated' if aggregated(graph) else ''})")
    for f in FAILURES:
        print(f"FAIL {f}")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
