//! `graph.gexf`: GEXF 1.3 in dynamic mode, for Gephi (whose timeline then plays how
//! relations appear over time) and NetworkX (`read_gexf`).
//!
//! Time is given as intervals only (GEXF forbids mixing intervals and timestamps):
//! an edge lives from its event date to the same date, a node from the first to the
//! last date it is seen on (its documents, edges and statements). Parallel edges
//! carry their relation as GEXF `kind`, which is what lets Gephi keep them apart.
//!
//! Stances follow the relation edges as edges from the actor to the issue, of
//! `kind` and relation `stance`, living on the stance's date, drawn dotted in the
//! stance colours; their `polarity` and `basis` attributes are declared only when
//! the graph has stances, so a graph without any is written as before.
//!
//! An aggregated edge (`build --aggregate`) lives from the first to the last date
//! of its mentions, weighs its mention count (GEXF `weight`, Gephi's thickness),
//! and adds the attributes `count`, `documents`, `first_date`, `last_date` and
//! `goldstein_mean`, declared only in aggregated graphs.

use super::aggregate::mean_goldstein;
use super::style::{kind_style, rgb, stance_colour};
use super::wire::{GraphFile, WireEdge, WireNode, WireStance};
use super::xml::XmlOut;
use super::{exported_stances, has_aggregates, join_list, STANCE_RELATION};
use crate::error::WriteError;
use std::collections::{BTreeMap, BTreeSet};

/// Attribute declarations: id (also its title), GEXF type.
const NODE_ATTRS: &[(&str, &str)] = &[
    ("kind", "string"),
    ("aliases", "string"),
    ("affiliation", "string"),
    ("mentions", "integer"),
    ("docs", "string"),
];

/// Edge attributes; `label` is not among them because GEXF has a `label` XML
/// attribute of its own, which NetworkX reads under the same name.
const EDGE_ATTRS: &[(&str, &str)] = &[
    ("relation", "string"),
    ("cameo", "string"),
    ("goldstein", "double"),
    ("quad_class", "integer"),
    ("modality", "string"),
    ("reported_by", "string"),
    ("date", "string"),
    ("doc", "string"),
    ("evidence", "string"),
];

/// Edge attributes of aggregated graphs, declared after [`EDGE_ATTRS`].
const AGGREGATE_ATTRS: &[(&str, &str)] = &[
    ("count", "integer"),
    ("documents", "integer"),
    ("first_date", "string"),
    ("last_date", "string"),
    ("goldstein_mean", "double"),
];

/// Edge attributes only stances have, declared after [`EDGE_ATTRS`] when there are
/// stances.
const STANCE_ATTRS: &[(&str, &str)] = &[("polarity", "string"), ("basis", "string")];

/// Render the graph as GEXF 1.3.
pub fn render(graph: &GraphFile) -> Result<Vec<u8>, WriteError> {
    let mut x = XmlOut::new("graph.gexf")?;
    x.start(
        "gexf",
        &[
            ("xmlns", "http://gexf.net/1.3"),
            ("xmlns:viz", "http://gexf.net/1.3/viz"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            (
                "xsi:schemaLocation",
                "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
            ),
            ("version", "1.3"),
        ],
    )?;
    x.start("meta", &[])?;
    x.text_element("creator", &[], "stancegraph")?;
    x.text_element(
        "description",
        &[],
        "Political actors and CAMEO-coded relations",
    )?;
    x.end("meta")?;
    let graph_attrs = [
        ("mode", "dynamic"),
        ("defaultedgetype", "directed"),
        ("timeformat", "date"),
        ("timerepresentation", "interval"),
    ];
    x.start("graph", &graph_attrs)?;
    let stances = exported_stances(graph);
    declare(&mut x, "node", NODE_ATTRS)?;
    let mut edge_attrs = EDGE_ATTRS.to_vec();
    if has_aggregates(graph) {
        edge_attrs.extend_from_slice(AGGREGATE_ATTRS);
    }
    if !stances.is_empty() {
        edge_attrs.extend_from_slice(STANCE_ATTRS);
    }
    declare(&mut x, "edge", &edge_attrs)?;
    let doc_dates = doc_dates(graph);
    write_nodes(&mut x, graph, &stances, &doc_dates)?;
    write_edges(&mut x, graph, &stances, &doc_dates)?;
    x.end("graph")?;
    x.end("gexf")?;
    Ok(x.finish())
}

fn declare(x: &mut XmlOut, class: &str, attrs: &[(&str, &str)]) -> Result<(), WriteError> {
    x.start("attributes", &[("class", class), ("mode", "static")])?;
    for (id, ty) in attrs {
        x.empty("attribute", &[("id", id), ("title", id), ("type", ty)])?;
    }
    x.end("attributes")
}

/// Document id → publication date, for the documents that have one.
fn doc_dates(graph: &GraphFile) -> BTreeMap<&str, &str> {
    graph
        .documents
        .iter()
        .filter_map(|d| Some((d.id.as_str(), d.date.as_deref()?)))
        .collect()
}

/// Earliest and latest date each node is seen on.
fn node_spans<'a>(
    graph: &'a GraphFile,
    stances: &[&'a WireStance],
    doc_dates: &BTreeMap<&str, &'a str>,
) -> BTreeMap<&'a str, (&'a str, &'a str)> {
    let mut seen: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for node in &graph.nodes {
        let dates = node
            .docs
            .iter()
            .filter_map(|d| doc_dates.get(d.as_str()).copied());
        seen.entry(&node.id).or_default().extend(dates);
    }
    for edge in &graph.edges {
        if let Some((first, last)) = edge_span(edge, doc_dates) {
            for end in [&edge.source, &edge.target] {
                seen.entry(end).or_default().extend([first, last]);
            }
        }
    }
    for s in &graph.statements {
        if let (Some(speaker), Some(date)) = (&s.speaker, &s.date) {
            seen.entry(speaker).or_default().insert(date);
        }
    }
    for stance in stances {
        if let Some(date) = stance_date(stance, doc_dates) {
            for end in [&stance.actor, &stance.issue] {
                seen.entry(end).or_default().insert(date);
            }
        }
    }
    seen.into_iter()
        .filter_map(|(id, dates)| Some((id, (*dates.first()?, *dates.last()?))))
        .collect()
}

/// When an edge lives: from the first to the last date of its mentions for an
/// aggregated edge, else its event date; failing both, the date of its document.
fn edge_span<'a>(
    edge: &'a WireEdge,
    doc_dates: &BTreeMap<&str, &'a str>,
) -> Option<(&'a str, &'a str)> {
    if let Some(agg) = &edge.aggregate {
        let (first, last) = (agg.first_date.as_deref(), agg.last_date.as_deref());
        if let (Some(first), Some(last)) = (first.or(last), last.or(first)) {
            return Some((first, last));
        }
    }
    let date = edge
        .date
        .as_deref()
        .or_else(|| doc_dates.get(edge.doc.as_str()).copied())?;
    Some((date, date))
}

/// The stance's date, else the date of its document.
fn stance_date<'a>(stance: &'a WireStance, doc_dates: &BTreeMap<&str, &'a str>) -> Option<&'a str> {
    stance
        .date
        .as_deref()
        .or_else(|| doc_dates.get(stance.doc.as_str()).copied())
}

fn write_nodes(
    x: &mut XmlOut,
    graph: &GraphFile,
    stances: &[&WireStance],
    doc_dates: &BTreeMap<&str, &str>,
) -> Result<(), WriteError> {
    let spans = node_spans(graph, stances, doc_dates);
    let mut nodes: Vec<&WireNode> = graph.nodes.iter().collect();
    nodes.sort_by(|a, b| a.id.cmp(&b.id));
    x.start("nodes", &[])?;
    for node in nodes {
        let mut attrs = vec![("id", node.id.as_str()), ("label", node.label.as_str())];
        if let Some((start, end)) = spans.get(node.id.as_str()) {
            attrs.extend([("start", *start), ("end", *end)]);
        }
        x.start("node", &attrs)?;
        let mentions = node.mentions.to_string();
        let values = [
            ("kind", node.kind.as_str()),
            ("aliases", &join_list(&node.aliases)),
            ("affiliation", node.affiliation.as_deref().unwrap_or("")),
            ("mentions", &mentions),
            ("docs", &join_list(&node.docs)),
        ];
        attvalues(x, &values)?;
        node_colour(x, &node.kind)?;
        x.end("node")?;
    }
    x.end("nodes")
}

/// The node's fill colour, so Gephi shows kinds as the other exports do.
fn node_colour(x: &mut XmlOut, kind: &str) -> Result<(), WriteError> {
    let (r, g, b) = rgb(kind_style(kind).fill);
    let (r, g, b) = (r.to_string(), g.to_string(), b.to_string());
    x.empty("viz:color", &[("r", &r), ("g", &g), ("b", &b)])
}

/// Write the values that are not empty (an absent value reads back as missing).
fn attvalues(x: &mut XmlOut, values: &[(&str, &str)]) -> Result<(), WriteError> {
    x.start("attvalues", &[])?;
    for (key, value) in values.iter().filter(|(_, v)| !v.is_empty()) {
        x.empty("attvalue", &[("for", key), ("value", value)])?;
    }
    x.end("attvalues")
}

fn write_edges(
    x: &mut XmlOut,
    graph: &GraphFile,
    stances: &[&WireStance],
    doc_dates: &BTreeMap<&str, &str>,
) -> Result<(), WriteError> {
    x.start("edges", &[])?;
    for edge in &graph.edges {
        let label = if edge.label.is_empty() {
            &edge.relation
        } else {
            &edge.label
        };
        let mut attrs = vec![
            ("id", edge.id.as_str()),
            ("source", edge.source.as_str()),
            ("target", edge.target.as_str()),
            ("label", label.as_str()),
            ("kind", edge.relation.as_str()),
        ];
        if let Some((first, last)) = edge_span(edge, doc_dates) {
            attrs.extend([("start", first), ("end", last)]);
        }
        let weight = edge.aggregate.as_ref().map(|a| a.count.to_string());
        if let Some(weight) = &weight {
            attrs.push(("weight", weight));
        }
        x.start("edge", &attrs)?;
        edge_values(x, edge)?;
        x.end("edge")?;
    }
    for stance in stances {
        write_stance(x, stance, doc_dates)?;
    }
    x.end("edges")
}

fn edge_values(x: &mut XmlOut, edge: &WireEdge) -> Result<(), WriteError> {
    let goldstein = edge.goldstein.to_string();
    let quad = edge.quad_class.to_string();
    let values = [
        ("relation", edge.relation.as_str()),
        ("cameo", edge.cameo.as_str()),
        ("goldstein", &goldstein),
        ("quad_class", &quad),
        ("modality", edge.modality.as_str()),
        ("reported_by", edge.reported_by.as_deref().unwrap_or("")),
        ("date", edge.date.as_deref().unwrap_or("")),
        ("doc", edge.doc.as_str()),
        ("evidence", edge.evidence.text.as_str()),
    ];
    let Some(agg) = &edge.aggregate else {
        return attvalues(x, &values);
    };
    let count = agg.count.to_string();
    let documents = agg.documents.to_string();
    let mean = mean_goldstein(edge).to_string();
    let aggregated = [
        ("count", count.as_str()),
        ("documents", &documents),
        ("first_date", agg.first_date.as_deref().unwrap_or("")),
        ("last_date", agg.last_date.as_deref().unwrap_or("")),
        ("goldstein_mean", &mean),
    ];
    let all: Vec<(&str, &str)> = values.iter().chain(&aggregated).copied().collect();
    attvalues(x, &all)
}

/// A stance as an edge from the actor to the issue, labelled with its polarity.
fn write_stance(
    x: &mut XmlOut,
    stance: &WireStance,
    doc_dates: &BTreeMap<&str, &str>,
) -> Result<(), WriteError> {
    let mut attrs = vec![
        ("id", stance.id.as_str()),
        ("source", stance.actor.as_str()),
        ("target", stance.issue.as_str()),
        ("label", stance.polarity.as_str()),
        ("kind", STANCE_RELATION),
    ];
    if let Some(date) = stance_date(stance, doc_dates) {
        attrs.extend([("start", date), ("end", date)]);
    }
    x.start("edge", &attrs)?;
    let values = [
        ("relation", STANCE_RELATION),
        ("reported_by", stance.reported_by.as_deref().unwrap_or("")),
        ("date", stance.date.as_deref().unwrap_or("")),
        ("doc", stance.doc.as_str()),
        ("evidence", stance.evidence.text.as_str()),
        ("polarity", stance.polarity.as_str()),
        ("basis", stance.basis.as_str()),
    ];
    attvalues(x, &values)?;
    let (r, g, b) = rgb(stance_colour(&stance.polarity));
    let (r, g, b) = (r.to_string(), g.to_string(), b.to_string());
    x.empty("viz:color", &[("r", &r), ("g", &g), ("b", &b)])?;
    x.empty("viz:shape", &[("value", "dotted")])?;
    x.end("edge")
}
