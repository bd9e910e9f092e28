//! `graph.graphml`: GraphML with every attribute declared as a typed `<key>`, for
//! NetworkX (`read_graphml`), igraph, yEd, Gephi and Cytoscape desktop.
//!
//! One `<edge>` per relation mention (a multigraph: NetworkX reads it as a
//! `MultiDiGraph` keyed by edge id). Lists (aliases, docs) are `;`-joined strings,
//! because GraphML has no list type; a missing optional value has no `<data>`.
//!
//! Stances follow the relation edges as edges from the actor to the issue, with
//! relation `stance`, their polarity as label, and `polarity` and `basis` keys,
//! which are declared only when the graph has stances (a graph without any is
//! written as it was before stances existed).
//!
//! Edges of an aggregated graph (`build --aggregate`) add `count` (mentions),
//! `documents`, `first_date`, `last_date` and `goldstein_mean`, declared only then.

use super::aggregate::mean_goldstein;
use super::wire::{GraphFile, WireEdge, WireNode, WireStance};
use super::xml::XmlOut;
use super::{exported_stances, has_aggregates, join_list, STANCE_RELATION};
use crate::error::WriteError;

/// Who a key is for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum For {
    Node,
    Edge,
}

/// One declared attribute: key id, owner, name, GraphML type.
struct Key {
    id: &'static str,
    owner: For,
    name: &'static str,
    ty: &'static str,
}

const fn key(id: &'static str, owner: For, name: &'static str, ty: &'static str) -> Key {
    Key {
        id,
        owner,
        name,
        ty,
    }
}

/// Every key, in declaration order. Node and edge keys that share a name get
/// distinct ids, which GraphML requires.
const KEYS: &[Key] = &[
    key("n_label", For::Node, "label", "string"),
    key("n_kind", For::Node, "kind", "string"),
    key("n_aliases", For::Node, "aliases", "string"),
    key("n_affiliation", For::Node, "affiliation", "string"),
    key("n_mentions", For::Node, "mentions", "int"),
    key("n_docs", For::Node, "docs", "string"),
    key("n_roles", For::Node, "roles", "string"),
    key("e_relation", For::Edge, "relation", "string"),
    key("e_label", For::Edge, "label", "string"),
    key("e_cameo", For::Edge, "cameo", "string"),
    key("e_goldstein", For::Edge, "goldstein", "double"),
    key("e_quad_class", For::Edge, "quad_class", "int"),
    key("e_modality", For::Edge, "modality", "string"),
    key("e_reported_by", For::Edge, "reported_by", "string"),
    key("e_date", For::Edge, "date", "string"),
    key("e_doc", For::Edge, "doc", "string"),
    key("e_evidence", For::Edge, "evidence", "string"),
    key("e_evidence_start", For::Edge, "evidence_start", "int"),
    key("e_evidence_end", For::Edge, "evidence_end", "int"),
];

/// The keys of aggregated edges, declared after [`KEYS`] in aggregated graphs.
const AGGREGATE_KEYS: &[Key] = &[
    key("e_count", For::Edge, "count", "int"),
    key("e_documents", For::Edge, "documents", "int"),
    key("e_first_date", For::Edge, "first_date", "string"),
    key("e_last_date", For::Edge, "last_date", "string"),
    key("e_goldstein_mean", For::Edge, "goldstein_mean", "double"),
];

/// The keys only stance edges have, declared after [`KEYS`] when there are stances.
const STANCE_KEYS: &[Key] = &[
    key("e_polarity", For::Edge, "polarity", "string"),
    key("e_basis", For::Edge, "basis", "string"),
];

const NS: &str = "http://graphml.graphdrawing.org/xmlns";
const SCHEMA: &str =
    "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

/// Render the graph as GraphML.
pub fn render(graph: &GraphFile) -> Result<Vec<u8>, WriteError> {
    let mut x = XmlOut::new("graph.graphml")?;
    x.start(
        "graphml",
        &[
            ("xmlns", NS),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation", SCHEMA),
        ],
    )?;
    let stances = exported_stances(graph);
    let stance_keys = if stances.is_empty() {
        &[][..]
    } else {
        STANCE_KEYS
    };
    let aggregate_keys = if has_aggregates(graph) {
        AGGREGATE_KEYS
    } else {
        &[][..]
    };
    for k in KEYS.iter().chain(aggregate_keys).chain(stance_keys) {
        let owner = match k.owner {
            For::Node => "node",
            For::Edge => "edge",
        };
        let attrs = [
            ("id", k.id),
            ("for", owner),
            ("attr.name", k.name),
            ("attr.type", k.ty),
        ];
        x.empty("key", &attrs)?;
    }
    x.start(
        "graph",
        &[("id", "stancegraph"), ("edgedefault", "directed")],
    )?;
    let mut nodes: Vec<&WireNode> = graph.nodes.iter().collect();
    nodes.sort_by(|a, b| a.id.cmp(&b.id));
    for node in nodes {
        write_node(&mut x, node)?;
    }
    for edge in &graph.edges {
        write_edge(&mut x, edge)?;
    }
    for stance in stances {
        write_stance(&mut x, stance)?;
    }
    x.end("graph")?;
    x.end("graphml")?;
    Ok(x.finish())
}

fn data(x: &mut XmlOut, key: &str, value: &str) -> Result<(), WriteError> {
    x.text_element("data", &[("key", key)], value)
}

fn write_node(x: &mut XmlOut, node: &WireNode) -> Result<(), WriteError> {
    x.start("node", &[("id", &node.id)])?;
    data(x, "n_label", &node.label)?;
    data(x, "n_kind", &node.kind)?;
    data(x, "n_aliases", &join_list(&node.aliases))?;
    if let Some(aff) = &node.affiliation {
        data(x, "n_affiliation", aff)?;
    }
    data(x, "n_mentions", &node.mentions.to_string())?;
    data(x, "n_docs", &join_list(&node.docs))?;
    if !node.roles.is_empty() {
        data(x, "n_roles", &join_list(&node.roles))?;
    }
    x.end("node")
}

fn write_edge(x: &mut XmlOut, edge: &WireEdge) -> Result<(), WriteError> {
    let attrs = [
        ("id", edge.id.as_str()),
        ("source", edge.source.as_str()),
        ("target", edge.target.as_str()),
    ];
    x.start("edge", &attrs)?;
    data(x, "e_relation", &edge.relation)?;
    data(x, "e_label", &edge.label)?;
    data(x, "e_cameo", &edge.cameo)?;
    data(x, "e_goldstein", &edge.goldstein.to_string())?;
    data(x, "e_quad_class", &edge.quad_class.to_string())?;
    data(x, "e_modality", &edge.modality)?;
    if let Some(by) = &edge.reported_by {
        data(x, "e_reported_by", by)?;
    }
    if let Some(date) = &edge.date {
        data(x, "e_date", date)?;
    }
    data(x, "e_doc", &edge.doc)?;
    data(x, "e_evidence", &edge.evidence.text)?;
    data(x, "e_evidence_start", &edge.evidence.start.to_string())?;
    data(x, "e_evidence_end", &edge.evidence.end.to_string())?;
    if let Some(agg) = &edge.aggregate {
        data(x, "e_count", &agg.count.to_string())?;
        data(x, "e_documents", &agg.documents.to_string())?;
        if let Some(first) = &agg.first_date {
            data(x, "e_first_date", first)?;
        }
        if let Some(last) = &agg.last_date {
            data(x, "e_last_date", last)?;
        }
        data(x, "e_goldstein_mean", &mean_goldstein(edge).to_string())?;
    }
    x.end("edge")
}

/// A stance as an edge from the actor to the issue.
fn write_stance(x: &mut XmlOut, stance: &WireStance) -> Result<(), WriteError> {
    let attrs = [
        ("id", stance.id.as_str()),
        ("source", stance.actor.as_str()),
        ("target", stance.issue.as_str()),
    ];
    x.start("edge", &attrs)?;
    data(x, "e_relation", STANCE_RELATION)?;
    data(x, "e_label", &stance.polarity)?;
    if let Some(by) = &stance.reported_by {
        data(x, "e_reported_by", by)?;
    }
    if let Some(date) = &stance.date {
        data(x, "e_date", date)?;
    }
    data(x, "e_doc", &stance.doc)?;
    data(x, "e_evidence", &stance.evidence.text)?;
    data(x, "e_evidence_start", &stance.evidence.start.to_string())?;
    data(x, "e_evidence_end", &stance.evidence.end.to_string())?;
    data(x, "e_polarity", &stance.polarity)?;
    data(x, "e_basis", &stance.basis)?;
    x.end("edge")
}
