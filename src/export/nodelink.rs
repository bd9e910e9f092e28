//! `graph.nodelink.json`: node-link JSON as NetworkX (`node_link_graph`) and D3 read it.
//!
//! Edges are written under both `links` and `edges`: NetworkX is moving its default
//! from the first key to the second, and reading the wrong one silently gives a
//! graph with no edges. Each edge has `key` = its id, so the multigraph keeps
//! parallel mentions apart. An aggregated graph (`build --aggregate`) keeps each
//! edge's `aggregate` block and, in `graph`, how it was bounded (`aggregate`).

use super::json;
use super::wire::GraphFile;
use crate::error::WriteError;
use serde_json::{json, Map, Value};

const WHAT: &str = "graph.nodelink.json";

/// Render the graph as node-link JSON.
pub fn render(graph: &GraphFile) -> Result<Vec<u8>, WriteError> {
    let mut nodes: Vec<Value> = Vec::with_capacity(graph.nodes.len());
    let mut sorted: Vec<_> = graph.nodes.iter().collect();
    sorted.sort_by(|a, b| a.id.cmp(&b.id));
    for node in sorted {
        nodes.push(json::value(node, WHAT)?);
    }
    let mut links = Vec::with_capacity(graph.edges.len());
    for edge in &graph.edges {
        let mut value = json::value(edge, WHAT)?;
        if let Value::Object(map) = &mut value {
            map.insert("key".into(), Value::String(edge.id.clone()));
        }
        links.push(value);
    }
    let mut doc = Map::new();
    doc.insert("directed".into(), Value::Bool(true));
    doc.insert("multigraph".into(), Value::Bool(true));
    let mut about = json!({
        "name": "stancegraph",
        "format": graph.format,
        "version": graph.version,
        "documents": graph.documents,
        "statements": graph.statements,
        "stances": graph.stances,
    });
    if let (Some(info), Value::Object(map)) = (&graph.aggregate, &mut about) {
        map.insert("aggregate".into(), json::value(info, WHAT)?);
    }
    doc.insert("graph".into(), about);
    doc.insert("nodes".into(), Value::Array(nodes));
    doc.insert("links".into(), Value::Array(links.clone()));
    doc.insert("edges".into(), Value::Array(links));
    json::pretty(&Value::Object(doc), WHAT)
}
