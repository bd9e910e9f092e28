//! Filtered sub-graphs: one actor's neighbourhood, one period, one kind of relation.

use super::filter::{query, Filter, Hit};
use super::names::resolve;
use crate::error::QueryError;
use crate::export::wire::{GraphFile, WireStatement};
use std::collections::{BTreeSet, HashMap, VecDeque};

/// The centre of an ego sub-graph and how far it reaches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ego {
    /// The actor at the centre (id, label or alias).
    pub name: String,
    /// How many links away a node may be: 0 is the actor alone, 1 adds its
    /// direct counterparts, 2 theirs.
    pub depth: usize,
}

/// The part of `graph` that `filter` matches, optionally cut down to the actors
/// within `ego.depth` links of `ego.name`.
///
/// A link is a matching relation (either direction) or a matching statement (its
/// speaker to each actor it is about). The result holds the nodes reached, every
/// matching relation between two of them, the matching statements whose speaker
/// is kept (or unknown) and that are about a kept node or about nobody, and the
/// documents these come from. A statement's `about` list is cut to the kept
/// nodes, so every id in the result names one of its nodes (except
/// `affiliation` and `reported_by`, which keep pointing to the full graph's actors).
/// Items keep their ids, so they can be traced back to the full graph.
///
/// Without an ego every matching item is kept: with no filter either, the graph
/// comes back whole; with a filter, the nodes are those the matching items name.
///
/// ```
/// use stancegraph::{GraphFile, query::{subgraph, Ego, Filter, Kind}};
///
/// let graph = GraphFile::load("tests/data/query/graph.json".as_ref())?;
/// let ego = Ego { name: "Zelensky".into(), depth: 1 };
/// let sub = subgraph(&graph, &Filter::new().kind(Kind::Relations), Some(&ego))?;
/// let ids: Vec<&str> = sub.nodes.iter().map(|n| n.id.as_str()).collect();
/// assert_eq!(ids, ["erdogan", "eu", "lavrov", "putin", "russia", "rutte", "trump", "usa", "zelensky"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn subgraph(
    graph: &GraphFile,
    filter: &Filter,
    ego: Option<&Ego>,
) -> Result<GraphFile, QueryError> {
    let hits = query(graph, filter)?.hits;
    let keep: BTreeSet<&str> = match ego {
        Some(ego) => {
            let centre = resolve(graph, &ego.name)?;
            reach(&hits, &centre.id, ego.depth)
        }
        None if filter.is_active() => hits.iter().flat_map(named).collect(),
        None => graph.nodes.iter().map(|n| n.id.as_str()).collect(),
    };
    let kept_edges: BTreeSet<&str> = hits
        .iter()
        .filter_map(|h| match h {
            Hit::Relation(e)
                if keep.contains(e.source.as_str()) && keep.contains(e.target.as_str()) =>
            {
                Some(e.id.as_str())
            }
            _ => None,
        })
        .collect();
    let kept_statements: BTreeSet<&str> = hits
        .iter()
        .filter_map(|h| match h {
            // Without an ego every matching statement belongs, even one about nobody.
            Hit::Statement(s) if ego.is_none() || keeps_statement(s, &keep) => Some(s.id.as_str()),
            _ => None,
        })
        .collect();
    let mut out = GraphFile::empty();
    out.format.clone_from(&graph.format);
    out.version = graph.version;
    // Copy in the graph's order, so edges and statements stay in document and text order.
    out.nodes = graph
        .nodes
        .iter()
        .filter(|n| keep.contains(n.id.as_str()))
        .cloned()
        .collect();
    out.edges = graph
        .edges
        .iter()
        .filter(|e| kept_edges.contains(e.id.as_str()))
        .cloned()
        .collect();
    out.statements = graph
        .statements
        .iter()
        .filter(|s| kept_statements.contains(s.id.as_str()))
        .map(|s| {
            let mut s = s.clone();
            s.about.retain(|a| keep.contains(a.as_str()));
            s
        })
        .collect();
    out.documents = documents_used(graph, &out);
    Ok(out)
}

/// The node ids an item names: source and target, or speaker and topics.
fn named<'g>(hit: &Hit<'g>) -> Vec<&'g str> {
    match hit {
        Hit::Relation(e) => vec![e.source.as_str(), e.target.as_str()],
        Hit::Statement(s) => s
            .speaker
            .iter()
            .chain(s.about.iter())
            .map(String::as_str)
            .collect(),
    }
}

/// The links an item makes, as unordered pairs of node ids.
fn links<'g>(hit: &Hit<'g>) -> Vec<(&'g str, &'g str)> {
    match hit {
        Hit::Relation(e) => vec![(e.source.as_str(), e.target.as_str())],
        Hit::Statement(s) => match s.speaker.as_deref() {
            // A statement with no known speaker links nobody to anybody.
            None => Vec::new(),
            Some(speaker) => s.about.iter().map(|a| (speaker, a.as_str())).collect(),
        },
    }
}

/// The nodes within `depth` links of `centre` (breadth-first, links both ways).
fn reach<'g>(hits: &[Hit<'g>], centre: &'g str, depth: usize) -> BTreeSet<&'g str> {
    let mut neighbours: HashMap<&str, Vec<&str>> = HashMap::new();
    for (x, y) in hits.iter().flat_map(links) {
        neighbours.entry(x).or_default().push(y);
        neighbours.entry(y).or_default().push(x);
    }
    let mut seen = BTreeSet::from([centre]);
    let mut frontier = VecDeque::from([(centre, 0)]);
    while let Some((node, distance)) = frontier.pop_front() {
        if distance == depth {
            continue;
        }
        for &next in neighbours.get(node).into_iter().flatten() {
            if seen.insert(next) {
                frontier.push_back((next, distance + 1));
            }
        }
    }
    seen
}

/// Whether a statement belongs in a sub-graph holding the nodes `keep`.
fn keeps_statement(s: &WireStatement, keep: &BTreeSet<&str>) -> bool {
    let speaker_kept = match s.speaker.as_deref() {
        Some(sp) => keep.contains(sp),
        None => true,
    };
    let about_kept = s.about.iter().any(|a| keep.contains(a.as_str()));
    let about_nobody = s.about.is_empty() && s.speaker.is_some();
    speaker_kept && (about_kept || about_nobody)
}

/// The documents of `full` that the items or nodes of `sub` refer to, in order.
fn documents_used(full: &GraphFile, sub: &GraphFile) -> Vec<crate::export::wire::WireDocument> {
    let used: BTreeSet<&str> = sub
        .edges
        .iter()
        .map(|e| e.doc.as_str())
        .chain(sub.statements.iter().map(|s| s.doc.as_str()))
        .chain(
            sub.nodes
                .iter()
                .flat_map(|n| n.docs.iter().map(String::as_str)),
        )
        .collect();
    full.documents
        .iter()
        .filter(|d| used.contains(d.id.as_str()))
        .cloned()
        .collect()
}
