//! `nodes.csv`, `relationships.csv` and `load.cypher`: the graph for Neo4j.
//!
//! The CSV headers follow `neo4j-admin database import` (`id:ID`, `:LABEL`,
//! `:START_ID`, `:END_ID`, `:TYPE`, typed columns such as `mentions:int`, arrays
//! `;`-separated); fields are quoted as RFC 4180 says. `load.cypher` loads the same
//! two files into a running database with `LOAD CSV`, for users without admin access.
//!
//! Stances are relationships of type `STANCE` from the actor to the issue, after the
//! relation mentions in `relationships.csv`, with relation `stance`, their polarity
//! as label, and two more columns, `polarity` and `basis`, which the header has only
//! when the graph has stances (a graph without any is written as before).
//!
//! An aggregated graph (`build --aggregate`) adds the columns `count:int`,
//! `documents:int`, `first_date:date`, `last_date:date` and `goldstein_mean:float`.

use super::aggregate::mean_goldstein;
use super::wire::{GraphFile, WireEdge, WireNode, WireStance};
use super::{exported_stances, has_aggregates, join_list, STANCE_RELATION};
use std::collections::BTreeSet;

/// Header of `nodes.csv`.
pub const NODE_HEADER: &str =
    "id:ID,label,kind,:LABEL,aliases:string[],mentions:int,affiliation,docs:string[]";

/// Header of `relationships.csv`.
pub const RELATIONSHIP_HEADER: &str = ":START_ID,:END_ID,:TYPE,id,relation,label,cameo,\
goldstein:float,quad_class:int,modality,reported_by,date:date,doc,evidence,\
evidence_start:int,evidence_end:int";

/// Columns added to [`RELATIONSHIP_HEADER`] when the graph was built with
/// `build --aggregate`: mentions, documents, date range and mean Goldstein weight
/// of each edge (empty on stance rows).
pub const AGGREGATE_COLUMNS: &str =
    "count:int,documents:int,first_date:date,last_date:date,goldstein_mean:float";

/// Columns added to [`RELATIONSHIP_HEADER`] (after [`AGGREGATE_COLUMNS`], if any)
/// when the graph has stances (empty on relation rows).
pub const STANCE_COLUMNS: &str = "polarity,basis";

/// The relationship type of stances.
pub const STANCE_TYPE: &str = "STANCE";

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

/// The optional column sets of `relationships.csv` this graph needs.
#[derive(Clone, Copy)]
struct Columns {
    /// [`AGGREGATE_COLUMNS`]: the graph has aggregated edges.
    aggregates: bool,
    /// [`STANCE_COLUMNS`]: the graph has stances.
    stances: bool,
}

impl Columns {
    fn of(graph: &GraphFile) -> Columns {
        Columns {
            aggregates: has_aggregates(graph),
            stances: !exported_stances(graph).is_empty(),
        }
    }
}

/// Number of fields in [`AGGREGATE_COLUMNS`].
const AGGREGATE_FIELDS: usize = 5;
/// Number of fields in [`STANCE_COLUMNS`].
const STANCE_FIELDS: usize = 2;

fn edge_row(e: &WireEdge, columns: Columns) -> String {
    let goldstein = e.goldstein.to_string();
    let quad_class = e.quad_class.to_string();
    let start = e.evidence.start.to_string();
    let end = e.evidence.end.to_string();
    let relation_type = relation_type(&e.relation);
    let mut fields: Vec<&str> = vec![
        &e.source,
        &e.target,
        &relation_type,
        &e.id,
        &e.relation,
        &e.label,
        &e.cameo,
        &goldstein,
        &quad_class,
        &e.modality,
        e.reported_by.as_deref().unwrap_or(""),
        e.date.as_deref().unwrap_or(""),
        &e.doc,
        &e.evidence.text,
        &start,
        &end,
    ];
    let (count, documents, mean) = match &e.aggregate {
        Some(a) => (
            a.count.to_string(),
            a.documents.to_string(),
            mean_goldstein(e).to_string(),
        ),
        None => Default::default(),
    };
    if columns.aggregates {
        let first = e.aggregate.as_ref().and_then(|a| a.first_date.as_deref());
        let last = e.aggregate.as_ref().and_then(|a| a.last_date.as_deref());
        fields.extend([
            count.as_str(),
            &documents,
            first.unwrap_or(""),
            last.unwrap_or(""),
            &mean,
        ]);
    }
    if columns.stances {
        fields.extend([""; STANCE_FIELDS]);
    }
    row(&fields)
}

/// A stance as a `STANCE` row: no CAMEO code, weight, class or modality.
fn stance_row(t: &WireStance, columns: Columns) -> String {
    let start = t.evidence.start.to_string();
    let end = t.evidence.end.to_string();
    let mut fields: Vec<&str> = vec![
        &t.actor,
        &t.issue,
        STANCE_TYPE,
        &t.id,
        STANCE_RELATION,
        &t.polarity,
        "",
        "",
        "",
        "",
        t.reported_by.as_deref().unwrap_or(""),
        t.date.as_deref().unwrap_or(""),
        &t.doc,
        &t.evidence.text,
        &start,
        &end,
    ];
    if columns.aggregates {
        fields.extend([""; AGGREGATE_FIELDS]);
    }
    fields.extend([t.polarity.as_str(), &t.basis]);
    row(&fields)
}

/// The header of `relationships.csv` for this graph: [`RELATIONSHIP_HEADER`], then
/// [`AGGREGATE_COLUMNS`] when it has aggregated edges and [`STANCE_COLUMNS`] when
/// it has stances.
pub fn relationship_header(graph: &GraphFile) -> String {
    header_of(Columns::of(graph))
}

fn header_of(columns: Columns) -> String {
    let mut header = RELATIONSHIP_HEADER.to_string();
    if columns.aggregates {
        header = format!("{header},{AGGREGATE_COLUMNS}");
    }
    if columns.stances {
        header = format!("{header},{STANCE_COLUMNS}");
    }
    header
}

/// Render `relationships.csv`: the relation edges, then the stances.
pub fn render_relationships(graph: &GraphFile) -> Vec<u8> {
    let columns = Columns::of(graph);
    let mut out = header_of(columns);
    out.push('\n');
    for e in &graph.edges {
        out.push_str(&edge_row(e, columns));
    }
    for t in exported_stances(graph) {
        out.push_str(&stance_row(t, columns));
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
        out.push_str(&relationship_statement(&t, has_aggregates(graph)));
    }
    if !exported_stances(graph).is_empty() {
        out.push_str(&stance_statement());
    }
    out.into_bytes()
}

/// Properties every relationship gets: (name, Cypher expression on `row`).
const COMMON_PROPERTIES: &[(&str, &str)] = &[
    ("id", "row.id"),
    ("relation", "row.relation"),
    ("label", "row.label"),
];

/// Properties of relation mentions, after [`COMMON_PROPERTIES`].
const RELATION_PROPERTIES: &[(&str, &str)] = &[
    ("cameo", "row.cameo"),
    ("goldstein", "toFloat(row.`goldstein:float`)"),
    ("quad_class", "toInteger(row.`quad_class:int`)"),
    ("modality", "row.modality"),
];

/// Properties of stances, after [`COMMON_PROPERTIES`].
const STANCE_PROPERTIES: &[(&str, &str)] = &[("polarity", "row.polarity"), ("basis", "row.basis")];

/// Where the evidence is, after the kind's own properties.
const EVIDENCE_PROPERTIES: &[(&str, &str)] = &[
    ("reported_by", "row.reported_by"),
    ("date", "date(row.`date:date`)"),
    ("doc", "row.doc"),
    ("evidence", "row.evidence"),
    ("evidence_start", "toInteger(row.`evidence_start:int`)"),
    ("evidence_end", "toInteger(row.`evidence_end:int`)"),
];

/// Properties of aggregated edges, last.
const AGGREGATE_PROPERTIES: &[(&str, &str)] = &[
    ("count", "toInteger(row.`count:int`)"),
    ("documents", "toInteger(row.`documents:int`)"),
    ("first_date", "date(row.`first_date:date`)"),
    ("last_date", "date(row.`last_date:date`)"),
    ("goldstein_mean", "toFloat(row.`goldstein_mean:float`)"),
];

/// The statement that loads the rows of relationship type `t`: relation mentions,
/// with the columns of an aggregated graph when `aggregates`.
fn relationship_statement(t: &str, aggregates: bool) -> String {
    let mut properties = [COMMON_PROPERTIES, RELATION_PROPERTIES, EVIDENCE_PROPERTIES].concat();
    if aggregates {
        properties.extend_from_slice(AGGREGATE_PROPERTIES);
    }
    load_statement(t, &properties)
}

/// The statement that loads the `STANCE` rows.
fn stance_statement() -> String {
    let properties = [COMMON_PROPERTIES, STANCE_PROPERTIES, EVIDENCE_PROPERTIES].concat();
    load_statement(STANCE_TYPE, &properties)
}

/// `LOAD CSV` of the rows of `relationships.csv` with type `t`, creating one
/// relationship each with these properties.
fn load_statement(t: &str, properties: &[(&str, &str)]) -> String {
    let sets: Vec<String> = properties
        .iter()
        .map(|(name, expression)| format!("r.{name} = {expression}"))
        .collect();
    format!(
        "
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = '{t}'
MATCH (s:Actor {{id: row.`:START_ID`}}), (t:Actor {{id: row.`:END_ID`}})
CREATE (s)-[r:`{t}`]->(t)
SET {};
",
        sets.join(",\n    ")
    )
}

/// A Cypher string literal: single-quoted, with `\` and `'` escaped.
fn cypher_string(text: &str) -> String {
    format!("'{}'", text.replace('\\', "\\\\").replace('\'', "\\'"))
}
