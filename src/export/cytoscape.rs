//! `graph.cytoscape.json`: Cytoscape.js elements JSON, which Cytoscape desktop also
//! imports (File → Import → Network from File).
//!
//! Every element is `{"data": {...}}` with flat values: Cytoscape desktop turns each
//! data key into a table column and rejects nested objects, so the evidence object
//! is flattened and null values are left out. `name` (nodes) and `interaction`
//! (edges) are the columns Cytoscape desktop shows by default.

use super::json;
use super::wire::{GraphFile, WireEdge, WireNode};
use crate::error::WriteError;
use serde_json::{json, Map, Value};

const WHAT: &str = "graph.cytoscape.json";

/// A serialized wire record as a flat map without nulls.
fn flat(value: Value) -> Map<String, Value> {
    let Value::Object(map) = value else {
        return Map::new();
    };
    let mut out = Map::new();
    for (key, value) in map {
        match value {
            Value::Null => {}
            Value::Object(inner) => {
                for (k, v) in inner.into_iter().filter(|(_, v)| !v.is_null()) {
                    let name = if k == "text" {
                        key.clone()
                    } else {
                        format!("{key}_{k}")
                    };
                    out.insert(name, v);
                }
            }
            v => {
                out.insert(key, v);
            }
        }
    }
    out
}

fn node_data(node: &WireNode) -> Result<Value, WriteError> {
    let mut data = flat(json::value(node, WHAT)?);
    data.insert("name".into(), Value::String(node.label.clone()));
    Ok(json!({ "data": data }))
}

fn edge_data(edge: &WireEdge) -> Result<Value, WriteError> {
    let mut data = flat(json::value(edge, WHAT)?);
    data.insert("interaction".into(), Value::String(edge.relation.clone()));
    let name = format!("{} ({}) {}", edge.source, edge.relation, edge.target);
    data.insert("name".into(), Value::String(name));
    Ok(json!({ "data": data }))
}

/// Render the graph as Cytoscape.js JSON.
pub fn render(graph: &GraphFile) -> Result<Vec<u8>, WriteError> {
    let mut sorted: Vec<&WireNode> = graph.nodes.iter().collect();
    sorted.sort_by(|a, b| a.id.cmp(&b.id));
    let nodes = sorted
        .into_iter()
        .map(node_data)
        .collect::<Result<Vec<_>, _>>()?;
    let edges = graph
        .edges
        .iter()
        .map(edge_data)
        .collect::<Result<Vec<_>, _>>()?;
    let doc = json!({
        "format_version": "1.0",
        "generated_by": "stancegraph",
        "target_cytoscapejs_version": "~3",
        "data": { "name": "stancegraph", "shared_name": "stancegraph" },
        "elements": { "nodes": nodes, "edges": edges },
    });
    json::pretty(&doc, WHAT)
}
