//! The profile of one actor: who it is, whom it deals with, what it said last.

use super::filter::{DocOrder, Hit};
use super::names::resolve;
use crate::error::QueryError;
use crate::export::wire::{GraphFile, WireNode, WireStatement};
use serde::Serialize;
use std::collections::BTreeMap;

/// Everything the graph knows about one actor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Profile<'g> {
    /// The node itself (label, kind, aliases, roles, mentions, documents).
    pub node: &'g WireNode,
    /// The state or organization it acts for, if any.
    pub affiliation: Option<Named<'g>>,
    /// The actors that act for it (persons whose affiliation is this node), by id.
    pub members: Vec<Named<'g>>,
    /// Statements it made.
    pub statements_made: usize,
    /// Statements about it, by anyone (or by an unknown speaker).
    pub statements_about: usize,
    /// Relations it is the source of.
    pub relations_out: usize,
    /// Relations it is the target of.
    pub relations_in: usize,
    /// Relations others did that it claims (`reported_by`).
    pub relations_reported: usize,
    /// The actors it deals with, most contacts first.
    pub counterparts: Vec<Counterpart<'g>>,
    /// Its latest statements, newest first.
    pub latest: Vec<&'g WireStatement>,
}

/// A node named by id and display label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Named<'g> {
    /// Node id.
    pub id: &'g str,
    /// Display label (the id when the node is missing from the graph).
    pub label: &'g str,
}

impl<'g> Named<'g> {
    /// Name `id` with its label from `graph`.
    pub fn new(graph: &'g GraphFile, id: &'g str) -> Named<'g> {
        Named {
            id,
            label: label_of(graph, id),
        }
    }
}

/// The display label of a node id, or the id itself when no node has it.
pub fn label_of<'g>(graph: &'g GraphFile, id: &'g str) -> &'g str {
    // Nodes are sorted by id (the contract), so a binary search finds them; a
    // hand-edited graph that is not sorted still gets the slow, sure way.
    graph
        .node(id)
        .or_else(|| graph.nodes.iter().find(|n| n.id == id))
        .map_or(id, |n| n.label.as_str())
}

/// One actor's dealings with another.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Counterpart<'g> {
    /// The other actor.
    pub actor: Named<'g>,
    /// Statements about it plus relations toward it, by the profiled actor.
    pub addresses: usize,
    /// Its statements about the profiled actor plus its relations toward it.
    pub addressed_by: usize,
    /// Sum of the Goldstein weights of the profiled actor's relations toward it.
    pub goldstein_toward: f64,
    /// Sum of the Goldstein weights of its relations toward the profiled actor.
    pub goldstein_from: f64,
}

impl Counterpart<'_> {
    /// All contacts, both ways.
    pub fn contacts(&self) -> usize {
        self.addresses + self.addressed_by
    }
}

/// The profile of the actor named `name` (id, label or alias), with its `latest`
/// statements.
///
/// Counterparts are sorted by the number of contacts both ways, then by id. A
/// statement about several actors counts once for each of them. Every modality
/// counts toward the Goldstein sums (a threatened sanction weighs like one imposed),
/// as GDELT-style tallies do; filter the relations first to weigh otherwise.
///
/// ```
/// use stancegraph::{GraphFile, query::profile};
///
/// let graph = GraphFile::load("tests/data/query/graph.json".as_ref())?;
/// let lavrov = profile(&graph, "Sergei Lavrov", 3)?;
/// assert_eq!(lavrov.node.id, "lavrov");
/// assert_eq!(lavrov.affiliation.map(|a| a.label), Some("Russia"));
/// let top = &lavrov.counterparts[0];
/// assert_eq!(top.actor.id, "zelensky");
/// assert_eq!(top.goldstein_toward, -6.0);
/// assert_eq!(lavrov.latest.len(), 3);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn profile<'g>(
    graph: &'g GraphFile,
    name: &str,
    latest: usize,
) -> Result<Profile<'g>, QueryError> {
    let node = resolve(graph, name)?;
    let id = node.id.as_str();
    let made: Vec<&WireStatement> = graph
        .statements
        .iter()
        .filter(|s| s.speaker.as_deref() == Some(id))
        .collect();
    Ok(Profile {
        node,
        affiliation: node.affiliation.as_deref().map(|a| Named::new(graph, a)),
        members: graph
            .nodes
            .iter()
            .filter(|n| n.affiliation.as_deref() == Some(id))
            .map(|n| Named::new(graph, &n.id))
            .collect(),
        statements_made: made.len(),
        statements_about: graph
            .statements
            .iter()
            .filter(|s| s.about.iter().any(|a| a == id))
            .count(),
        relations_out: graph.edges.iter().filter(|e| e.source == id).count(),
        relations_in: graph.edges.iter().filter(|e| e.target == id).count(),
        relations_reported: graph
            .edges
            .iter()
            .filter(|e| e.reported_by.as_deref() == Some(id))
            .count(),
        counterparts: counterparts(graph, id),
        latest: newest(graph, made, latest),
    })
}

/// The `n` newest of `statements`.
fn newest<'g>(
    graph: &'g GraphFile,
    statements: Vec<&'g WireStatement>,
    n: usize,
) -> Vec<&'g WireStatement> {
    let mut hits: Vec<Hit<'g>> = statements.into_iter().map(Hit::Statement).collect();
    DocOrder::new(graph).sort_newest_first(&mut hits);
    hits.into_iter()
        .take(n)
        .filter_map(|h| match h {
            Hit::Statement(s) => Some(s),
            Hit::Relation(_) => None,
        })
        .collect()
}

/// Tally statements and relations between `id` and every other actor.
fn counterparts<'g>(graph: &'g GraphFile, id: &'g str) -> Vec<Counterpart<'g>> {
    let mut tally: BTreeMap<&'g str, Counterpart<'g>> = BTreeMap::new();
    for s in &graph.statements {
        let speaker = s.speaker.as_deref();
        for about in s.about.iter().map(String::as_str) {
            if speaker == Some(id) && about != id {
                entry(&mut tally, graph, about).addresses += 1;
            } else if about == id {
                if let Some(other) = speaker.filter(|sp| *sp != id) {
                    entry(&mut tally, graph, other).addressed_by += 1;
                }
            }
        }
    }
    for e in &graph.edges {
        if e.source == id && e.target != id {
            let c = entry(&mut tally, graph, &e.target);
            c.addresses += 1;
            c.goldstein_toward = super::round_tenth(c.goldstein_toward + e.goldstein);
        } else if e.target == id && e.source != id {
            let c = entry(&mut tally, graph, &e.source);
            c.addressed_by += 1;
            c.goldstein_from = super::round_tenth(c.goldstein_from + e.goldstein);
        }
    }
    let mut list: Vec<Counterpart<'g>> = tally.into_values().collect();
    // The map gave id order; a stable sort keeps it among equal counts.
    list.sort_by_key(|c| std::cmp::Reverse(c.contacts()));
    list
}

/// The tally of `other`, started at zero on first use.
fn entry<'t, 'g>(
    tally: &'t mut BTreeMap<&'g str, Counterpart<'g>>,
    graph: &'g GraphFile,
    other: &'g str,
) -> &'t mut Counterpart<'g> {
    tally.entry(other).or_insert_with(|| Counterpart {
        actor: Named::new(graph, other),
        addresses: 0,
        addressed_by: 0,
        goldstein_toward: 0.0,
        goldstein_from: 0.0,
    })
}
