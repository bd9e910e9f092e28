//! `graph.nodelink.json`: node-link JSON as NetworkX (`node_link_graph`) and D3 read it.
//!
//! Edges are written under both `links` and `edges`: NetworkX is moving its default
//! from the first key to the second, and reading the wrong one silently gives a
//! graph with no edges. Each edge has `key` = its id, so the multigraph keeps
//! parallel mentions apart.

use super::wire::GraphFile;
use crate::error::WriteError;
use serde_json::{json, Map, Value};

fn serialize_error(e: serde_json::Error) -> WriteError {
    WriteError::Serialize {
        what: "graph.nodelink.json".into(),
        message: e.to_string(),
    }
}

/// Render the graph as node-link JSON.
pub fn render(graph: &GraphFile) -> Result<Vec<u8>, WriteError> {
    let mut nodes: Vec<Value> = Vec::with_capacity(graph.nodes.len());
    let mut sorted: Vec<_> = graph.nodes.iter().collect();
    sorted.sort_by(|a, b| a.id.cmp(&b.id));
    for node in sorted {
        nodes.push(serde_json::to_value(node).map_err(serialize_error)?);
    }
    let mut links = Vec::with_capacity(graph.edges.len());
    for edge in &graph.edges {
        let mut value = serde_json::to_value(edge).map_err(serialize_error)?;
        if let Value::Object(map) = &mut value {
            map.insert("key".into(), Value::String(edge.id.clone()));
        }
        links.push(value);
    }
    let mut doc = Map::new();
    doc.insert("directed".into(), Value::Bool(true));
    doc.insert("multigraph".into(), Value::Bool(true));
    doc.insert(
        "graph".into(),
        json!({
            "name": "stancegraph",
            "format": graph.format,
            "version": graph.version,
            "documents": graph.documents,
            "statements": graph.statements,
            "stances": graph.stances,
        }),
    );
    doc.insert("nodes".into(), Value::Array(nodes));
    doc.insert("links".into(), Value::Array(links.clone()));
    doc.insert("edges".into(), Value::Array(links));
    let mut bytes = serde_json::to_vec_pretty(&Value::Object(doc)).map_err(serialize_error)?;
    bytes.push(b'\n');
    Ok(bytes)
}
