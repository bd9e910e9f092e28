//! `graph.json`: the wire graph serialized with stable key order and a final newline.

use super::wire::GraphFile;
use crate::error::WriteError;

/// Serialize the graph as pretty-printed JSON.
pub fn render(graph: &GraphFile) -> Result<Vec<u8>, WriteError> {
    let mut bytes = serde_json::to_vec_pretty(graph).map_err(|e| WriteError::Serialize {
        what: "graph.json".into(),
        message: e.to_string(),
    })?;
    bytes.push(b'\n');
    Ok(bytes)
}
