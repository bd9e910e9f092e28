//! `graph.json`: the wire graph serialized with stable key order and a final newline.

use super::wire::GraphFile;
use crate::error::WriteError;

/// Serialize the graph as pretty-printed JSON.
pub fn render(graph: &GraphFile) -> Result<Vec<u8>, WriteError> {
    pretty(graph, "graph.json")
}

/// Any value as pretty-printed JSON with a final newline; `what` names the file in
/// errors. Shared by the JSON-based exports.
pub fn pretty(value: &impl serde::Serialize, what: &str) -> Result<Vec<u8>, WriteError> {
    let mut bytes = serde_json::to_vec_pretty(value).map_err(|e| WriteError::Serialize {
        what: what.into(),
        message: e.to_string(),
    })?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// Any value as a JSON tree; `what` names the file in errors.
pub fn value(value: &impl serde::Serialize, what: &str) -> Result<serde_json::Value, WriteError> {
    serde_json::to_value(value).map_err(|e| WriteError::Serialize {
        what: what.into(),
        message: e.to_string(),
    })
}
