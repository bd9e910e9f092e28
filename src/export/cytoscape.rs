//! `graph.cytoscape.json`: Cytoscape.js elements JSON, which Cytoscape desktop also
//! imports (File → Import → Network from File).
//!
//! Every element is `{"data": {...}}` with flat values: Cytoscape desktop turns each
//! data key into a table column and rejects nested objects, so the evidence object
//! is flattened and null values are left out. `name` (nodes) and `interaction`
//! (edges) are the columns Cytoscape desktop shows by default.
//!
//! Stances follow the relation edges as edges from the actor to the issue with
//! `interaction` and `relation` `stance`, and their `polarity` and `basis`. Issue
//! nodes get the class `issue` and stance edges the classes `stance` and their
//! polarity (`stance opposes`), so a Cytoscape.js style can draw them apart; a
//! graph without issues or stances is written as before.
//!
//! An aggregated edge (`build --aggregate`) has, instead of the nested block,
//! `count`, `documents`, `first_date`, `last_date`, `goldstein_mean`, `modalities`
//! (`asserted:3`, ...) and `sample_evidence` (the sample sentences).

use super::aggregate::mean_goldstein;
use super::wire::{GraphFile, WireEdge, WireNode, WireStance};
use super::{exported_stances, json, STANCE_RELATION};
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
    if node.kind == "issue" {
        return Ok(json!({ "data": data, "classes": "issue" }));
    }
    Ok(json!({ "data": data }))
}

/// A class name from free text: ASCII letters, digits, `-` and `_` only, so a
/// polarity can never add a second class or break a selector.
fn class_name(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .collect()
}

fn stance_data(stance: &WireStance) -> Result<Value, WriteError> {
    let mut data = flat(json::value(stance, WHAT)?);
    data.remove("actor");
    data.remove("issue");
    data.insert("source".into(), Value::String(stance.actor.clone()));
    data.insert("target".into(), Value::String(stance.issue.clone()));
    data.insert("relation".into(), Value::String(STANCE_RELATION.into()));
    data.insert("interaction".into(), Value::String(STANCE_RELATION.into()));
    data.insert("label".into(), Value::String(stance.polarity.clone()));
    let name = format!("{} ({}) {}", stance.actor, stance.polarity, stance.issue);
    data.insert("name".into(), Value::String(name));
    let classes = format!("{STANCE_RELATION} {}", class_name(&stance.polarity));
    Ok(json!({ "data": data, "classes": classes.trim_end() }))
}

fn edge_data(edge: &WireEdge) -> Result<Value, WriteError> {
    let mut value = json::value(edge, WHAT)?;
    if let Value::Object(map) = &mut value {
        map.remove("aggregate");
    }
    let mut data = flat(value);
    if let Some(agg) = &edge.aggregate {
        data.insert("count".into(), agg.count.into());
        data.insert("documents".into(), agg.documents.into());
        if let Some(first) = &agg.first_date {
            data.insert("first_date".into(), first.as_str().into());
        }
        if let Some(last) = &agg.last_date {
            data.insert("last_date".into(), last.as_str().into());
        }
        data.insert("goldstein_mean".into(), mean_goldstein(edge).into());
        let modalities: Vec<String> = agg
            .modalities
            .iter()
            .map(|(m, n)| format!("{m}:{n}"))
            .collect();
        data.insert("modalities".into(), modalities.into());
        let samples: Vec<&str> = agg
            .samples
            .iter()
            .map(|s| s.evidence.text.as_str())
            .collect();
        data.insert("sample_evidence".into(), samples.into());
    }
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
    let mut edges = graph
        .edges
        .iter()
        .map(edge_data)
        .collect::<Result<Vec<_>, _>>()?;
    for stance in exported_stances(graph) {
        edges.push(stance_data(stance)?);
    }
    let doc = json!({
        "format_version": "1.0",
        "generated_by": "stancegraph",
        "target_cytoscapejs_version": "~3",
        "data": { "name": "stancegraph", "shared_name": "stancegraph" },
        "elements": { "nodes": nodes, "edges": edges },
    });
    json::pretty(&doc, WHAT)
}
