//! `nodes.csv`, `relationships.csv` and `load.cypher`: the graph for Neo4j.
//!
//! The CSV headers follow `neo4j-admin database import` (`id:ID`, `:LABEL`,
//! `:START_ID`, `:END_ID`, `:TYPE`, typed columns such as `mentions:int`, arrays
//! `;`-separated); fields are quoted as RFC 4180 says. `load.cypher` loads the same
//! two files into a running database with `LOAD CSV`, for users without admin access.

use super::join_list;
use super::wire::{GraphFile, WireEdge, WireNode};
use std::collections::BTreeSet;

/// Header of `nodes.csv`.
pub const NODE_HEADER: &str =
    "id:ID,label,kind,:LABEL,aliases:string[],mentions:int,affiliation,docs:string[]";

/// Header of `relationships.csv`.
pub const RELATIONSHIP_HEADER: &str = ":START_ID,:END_ID,:TYPE,id,relation,label,cameo,\
goldstein:float,quad_class:int,modality,reported_by,date:date,doc,evidence,\
evidence_start:int,evidence_end:int";

/// Quote a field when it holds a separator, a quote or a line break (RFC 4180).
pub fn field(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) || value.starts_with(' ') || value.ends_with(' ') {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

fn row(fields: &[&str]) -> String {
    let mut line = fields
        .iter()
        .map(|f| field(f))
        .collect::<Vec<_>>()
        .join(",");
    line.push('\n');
    line
}

/// A Neo4j label from a node kind: `organization` → `Organization`; anything but
/// ASCII letters and digits is dropped so the label needs no quoting.
pub fn kind_label(kind: &str) -> String {
    let clean: String = kind.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
    let mut chars = clean.chars();
    match chars.next() {
        Some(first) if first.is_ascii_alphabetic() => {
            first.to_ascii_uppercase().to_string() + chars.as_str()
        }
        _ => "Other".to_string(),
    }
}

/// A Neo4j relationship type from a relation name: `rejects_meeting` → `REJECTS_MEETING`.
pub fn relation_type(relation: &str) -> String {
    let t: String = relation
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect();
    if t.trim_matches('_').is_empty() {
        "RELATED".to_string()
    } else {
        t
    }
}

/// Render `nodes.csv`.
pub fn render_nodes(graph: &GraphFile) -> Vec<u8> {
    let mut out = String::from(NODE_HEADER);
    out.push('\n');
    let mut nodes: Vec<&WireNode> = graph.nodes.iter().collect();
    nodes.sort_by(|a, b| a.id.cmp(&b.id));
    for n in nodes {
        let labels = format!("Actor;{}", kind_label(&n.kind));
        out.push_str(&row(&[
            &n.id,
            &n.label,
            &n.kind,
            &labels,
            &join_list(&n.aliases),
            &n.mentions.to_string(),
            n.affiliation.as_deref().unwrap_or(""),
            &join_list(&n.docs),
        ]));
    }
    out.into_bytes()
}

fn edge_row(e: &WireEdge) -> String {
    row(&[
        &e.source,
        &e.target,
        &relation_type(&e.relation),
        &e.id,
        &e.relation,
        &e.label,
        &e.cameo,
        &e.goldstein.to_string(),
        &e.quad_class.to_string(),
        &e.modality,
        e.reported_by.as_deref().unwrap_or(""),
        e.date.as_deref().unwrap_or(""),
        &e.doc,
        &e.evidence.text,
        &e.evidence.start.to_string(),
        &e.evidence.end.to_string(),
    ])
}

/// Render `relationships.csv`.
pub fn render_relationships(graph: &GraphFile) -> Vec<u8> {
    let mut out = String::from(RELATIONSHIP_HEADER);
    out.push('\n');
    for e in &graph.edges {
        out.push_str(&edge_row(e));
    }
    out.into_bytes()
}

const CYPHER_HEAD: &str = "\
// Load stancegraph's nodes.csv and relationships.csv into Neo4j with LOAD CSV.
// Copy both files into the database's import directory, then run
//   cypher-shell -u neo4j -p PASSWORD -f load.cypher
// (neo4j-admin users can import the same CSV files directly; see docs/exports.md).

CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;

LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
MERGE (a:Actor {id: row.`id:ID`})
SET a.label = row.label,
    a.kind = row.kind,
    a.aliases = CASE WHEN coalesce(row.`aliases:string[]`, '') = '' THEN [] ELSE split(row.`aliases:string[]`, ';') END,
    a.mentions = toInteger(row.`mentions:int`),
    a.affiliation = row.affiliation,
    a.docs = CASE WHEN coalesce(row.`docs:string[]`, '') = '' THEN [] ELSE split(row.`docs:string[]`, ';') END;
";

/// Render `load.cypher`: the same import as `neo4j-admin` would do, in plain Cypher.
/// Labels and relationship types cannot be parameters in Cypher, so there is one
/// statement per kind and per relation type present, all sorted.
pub fn render_cypher(graph: &GraphFile) -> Vec<u8> {
    let mut out = String::from(CYPHER_HEAD);
    let kinds: BTreeSet<(String, &str)> = graph
        .nodes
        .iter()
        .map(|n| (kind_label(&n.kind), n.kind.as_str()))
        .collect();
    for (label, kind) in kinds {
        out.push_str(&format!(
            "\nMATCH (a:Actor) WHERE a.kind = {} SET a:`{label}`;\n",
            cypher_string(kind)
        ));
    }
    let types: BTreeSet<String> = graph
        .edges
        .iter()
        .map(|e| relation_type(&e.relation))
        .collect();
    for t in types {
        out.push_str(&relationship_statement(&t));
    }
    out.into_bytes()
}

fn relationship_statement(t: &str) -> String {
    format!(
        "
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = '{t}'
MATCH (s:Actor {{id: row.`:START_ID`}}), (t:Actor {{id: row.`:END_ID`}})
CREATE (s)-[r:`{t}`]->(t)
SET r.id = row.id,
    r.relation = row.relation,
    r.label = row.label,
    r.cameo = row.cameo,
    r.goldstein = toFloat(row.`goldstein:float`),
    r.quad_class = toInteger(row.`quad_class:int`),
    r.modality = row.modality,
    r.reported_by = row.reported_by,
    r.date = date(row.`date:date`),
    r.doc = row.doc,
    r.evidence = row.evidence,
    r.evidence_start = toInteger(row.`evidence_start:int`),
    r.evidence_end = toInteger(row.`evidence_end:int`);
"
    )
}

/// A Cypher string literal: single-quoted, with `\` and `'` escaped.
fn cypher_string(text: &str) -> String {
    format!("'{}'", text.replace('\\', "\\\\").replace('\'', "\\'"))
}
