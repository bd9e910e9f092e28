//! Aggregation for visual exports: parallel edges folded into one drawn edge, and
//! options that shrink a big graph to something a person can read.
//!
//! [`EdgeGroup`] is what diagrams draw: one line per (source, target, relation) with a
//! count, where `graph.json` keeps one edge per mention. [`Aggregation`] filters the
//! wire graph itself (`--min-count`, `--top`, `--collapse-persons`), so every exporter
//! and the CLI share one definition of "the smaller graph".
//!
//! A graph built with `build --aggregate` already has one edge per (source, target,
//! relation), standing for many mentions ([`WireEdge::aggregate`]); groups and
//! degrees count those mentions, not the edges, so both kinds of graph draw alike.

use super::wire::{GraphFile, WireEdge, WireNode, WireStance};
use std::collections::{BTreeMap, BTreeSet};

/// The sign of a relation's mean Goldstein weight, which decides its colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tone {
    /// Mean weight above zero.
    Cooperation,
    /// Mean weight below zero.
    Conflict,
    /// Mean weight of zero (or too close to call).
    Neutral,
}

impl Tone {
    /// The tone of a Goldstein weight.
    pub fn of(goldstein: f64) -> Tone {
        // Weights are given with one decimal in the codebook; anything nearer to zero
        // than that is rounding noise from averaging.
        if goldstein > 0.05 {
            Tone::Cooperation
        } else if goldstein < -0.05 {
            Tone::Conflict
        } else {
            Tone::Neutral
        }
    }

    /// Lower-case name (`cooperation`, `conflict`, `neutral`).
    pub fn name(self) -> &'static str {
        match self {
            Tone::Cooperation => "cooperation",
            Tone::Conflict => "conflict",
            Tone::Neutral => "neutral",
        }
    }
}

/// All mentions of one relation from one actor to another, drawn as one edge.
#[derive(Debug, Clone, PartialEq)]
pub struct EdgeGroup {
    /// Source node id.
    pub source: String,
    /// Target node id.
    pub target: String,
    /// Relation name.
    pub relation: String,
    /// Human label: the first non-empty `label` of the mentions, else the relation name.
    pub label: String,
    /// CAMEO code of the first mention.
    pub cameo: String,
    /// Mean Goldstein weight of the mentions.
    pub mean_goldstein: f64,
    /// True when at least one mention is asserted (not reported, intended or hypothetical).
    pub asserted: bool,
    /// Ids of the edges folded in, in input order: one per mention, or one per
    /// aggregated edge (`build --aggregate`) standing for many.
    pub edge_ids: Vec<String>,
    /// Number of relation mentions: the edges' aggregate counts (1 for a plain edge).
    pub mentions: usize,
    /// Earliest and latest event date of the mentions, if any has a date.
    pub dates: Option<(String, String)>,
}

impl EdgeGroup {
    /// Number of mentions.
    pub fn count(&self) -> usize {
        self.mentions
    }

    /// The drawn label: the human label, with ` ×N` when seen N > 1 times.
    pub fn display_label(&self) -> String {
        if self.count() > 1 {
            format!("{} ×{}", self.label, self.count())
        } else {
            self.label.clone()
        }
    }

    /// Cooperation, conflict or neutral, from the mean weight.
    pub fn tone(&self) -> Tone {
        Tone::of(self.mean_goldstein)
    }
}

/// Fold parallel edges into groups, sorted by (source, target, relation).
pub fn group_edges(graph: &GraphFile) -> Vec<EdgeGroup> {
    let mut groups: BTreeMap<(&str, &str, &str), Vec<&WireEdge>> = BTreeMap::new();
    for edge in &graph.edges {
        groups
            .entry((&edge.source, &edge.target, &edge.relation))
            .or_default()
            .push(edge);
    }
    groups
        .into_iter()
        .map(|((source, target, relation), edges)| make_group(source, target, relation, &edges))
        .collect()
}

fn make_group(source: &str, target: &str, relation: &str, edges: &[&WireEdge]) -> EdgeGroup {
    let label = edges
        .iter()
        .map(|e| e.label.trim())
        .find(|l| !l.is_empty())
        .unwrap_or(relation)
        .to_string();
    let mentions: usize = edges.iter().map(|e| e.mentions()).sum();
    let sum: f64 = edges.iter().map(|e| goldstein_sum(e)).sum();
    let dates: BTreeSet<&str> = edges.iter().flat_map(|e| date_range(e)).collect();
    let dates = match (dates.first(), dates.last()) {
        (Some(a), Some(b)) => Some((a.to_string(), b.to_string())),
        _ => None,
    };
    EdgeGroup {
        source: source.to_string(),
        target: target.to_string(),
        relation: relation.to_string(),
        label,
        cameo: edges.first().map(|e| e.cameo.clone()).unwrap_or_default(),
        mean_goldstein: sum / mentions.max(1) as f64,
        asserted: edges.iter().any(|e| has_asserted(e)),
        edge_ids: edges.iter().map(|e| e.id.clone()).collect(),
        mentions,
        dates,
    }
}

/// The Goldstein weights of the mentions an edge stands for, added up.
pub fn goldstein_sum(edge: &WireEdge) -> f64 {
    edge.aggregate
        .as_ref()
        .map_or(edge.goldstein, |a| a.goldstein_sum)
}

/// Mean Goldstein weight of the mentions an edge stands for.
pub fn mean_goldstein(edge: &WireEdge) -> f64 {
    goldstein_sum(edge) / edge.mentions().max(1) as f64
}

/// The earliest and the latest event date of the mentions an edge stands for (the
/// same date twice for a plain edge); empty when undated.
pub fn date_range(edge: &WireEdge) -> Vec<&str> {
    match &edge.aggregate {
        Some(a) => [a.first_date.as_deref(), a.last_date.as_deref()]
            .into_iter()
            .flatten()
            .collect(),
        None => edge.date.as_deref().into_iter().collect(),
    }
}

/// True when at least one mention the edge stands for is asserted.
fn has_asserted(edge: &WireEdge) -> bool {
    match &edge.aggregate {
        Some(a) => a.modalities.get("asserted").is_some_and(|&n| n > 0),
        None => edge.modality == "asserted",
    }
}

/// Options that shrink a graph for drawing. The default changes nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Aggregation {
    /// Keep only relations seen at least this many times between the same two actors.
    pub min_count: usize,
    /// Keep only the N actors with the highest degree (ties broken by id).
    pub top: Option<usize>,
    /// Fold every person that has an affiliation into that state or organization.
    pub collapse_persons: bool,
}

impl Aggregation {
    /// True when applying it would change nothing.
    pub fn is_identity(&self) -> bool {
        self.min_count <= 1 && self.top.is_none() && !self.collapse_persons
    }

    /// The smaller graph: persons collapsed first, then the top actors kept, then
    /// rare relations dropped. Actors left without any edge by the last two steps
    /// are dropped too (actors that never had one stay).
    pub fn apply(&self, graph: &GraphFile) -> GraphFile {
        let mut out = graph.clone();
        if self.collapse_persons {
            out = collapse_persons(&out);
        }
        if let Some(n) = self.top {
            out = keep_top(&out, n);
        }
        if self.min_count > 1 {
            out = drop_rare(&out, self.min_count);
        }
        out
    }
}

/// Map from a folded person to the node that absorbs it.
fn collapse_map(graph: &GraphFile) -> BTreeMap<String, String> {
    let ids: BTreeSet<&str> = graph.nodes.iter().map(|n| n.id.as_str()).collect();
    graph
        .nodes
        .iter()
        .filter(|n| n.kind == "person")
        .filter_map(|n| {
            let aff = n.affiliation.as_deref()?;
            // Only fold into a node that exists and is not itself a folded person,
            // so the mapping is one step and never dangles.
            let target_is_person = graph.node(aff).is_some_and(|t| t.kind == "person");
            (ids.contains(aff) && aff != n.id && !target_is_person)
                .then(|| (n.id.clone(), aff.to_string()))
        })
        .collect()
}

fn collapse_persons(graph: &GraphFile) -> GraphFile {
    let map = collapse_map(graph);
    let remap = |id: &str| map.get(id).cloned().unwrap_or_else(|| id.to_string());
    let mut nodes: BTreeMap<String, WireNode> = graph
        .nodes
        .iter()
        .filter(|n| !map.contains_key(&n.id))
        .map(|n| (n.id.clone(), n.clone()))
        .collect();
    for person in graph.nodes.iter().filter(|n| map.contains_key(&n.id)) {
        if let Some(host) = nodes.get_mut(&remap(&person.id)) {
            absorb(host, person);
        }
    }
    let edges = graph
        .edges
        .iter()
        .map(|e| WireEdge {
            source: remap(&e.source),
            target: remap(&e.target),
            reported_by: e.reported_by.as_deref().map(remap),
            ..e.clone()
        })
        // `Lavrov criticizes Russia` folded is Russia criticizing itself: noise.
        .filter(|e| e.source != e.target)
        .collect();
    let mut out = graph.clone();
    out.nodes = nodes.into_values().collect();
    out.edges = edges;
    for s in &mut out.statements {
        s.speaker = s.speaker.as_deref().map(remap);
        s.about = dedup_sorted(s.about.iter().map(|a| remap(a)));
    }
    for t in &mut out.stances {
        t.actor = remap(&t.actor);
        t.reported_by = t.reported_by.as_deref().map(remap);
    }
    out
}

/// Add a folded person's mentions, names and documents to the node that absorbs it.
fn absorb(host: &mut WireNode, person: &WireNode) {
    host.mentions += person.mentions;
    host.aliases = dedup_sorted(
        host.aliases
            .iter()
            .chain(&person.aliases)
            .chain(std::iter::once(&person.label))
            .cloned(),
    );
    host.docs = dedup_sorted(host.docs.iter().chain(&person.docs).cloned());
}

fn dedup_sorted(items: impl Iterator<Item = String>) -> Vec<String> {
    items.collect::<BTreeSet<_>>().into_iter().collect()
}

/// Degree of every node, counting each relation mention (an aggregated edge counts
/// as many mentions as it stands for; self-loops count twice).
pub fn degrees(graph: &GraphFile) -> BTreeMap<&str, usize> {
    let mut deg: BTreeMap<&str, usize> = graph.nodes.iter().map(|n| (n.id.as_str(), 0)).collect();
    for e in &graph.edges {
        for end in [&e.source, &e.target] {
            if let Some(d) = deg.get_mut(end.as_str()) {
                *d += e.mentions();
            }
        }
    }
    deg
}

fn keep_top(graph: &GraphFile, n: usize) -> GraphFile {
    let mut ranked: Vec<(&str, usize)> = degrees(graph).into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let kept: BTreeSet<String> = ranked
        .iter()
        .take(n)
        .map(|(id, _)| id.to_string())
        .collect();
    restrict(graph, &kept, |e| {
        kept.contains(&e.source) && kept.contains(&e.target)
    })
}

fn drop_rare(graph: &GraphFile, min_count: usize) -> GraphFile {
    let frequent: BTreeSet<(String, String, String)> = group_edges(graph)
        .into_iter()
        .filter(|g| g.count() >= min_count)
        .map(|g| (g.source, g.target, g.relation))
        .collect();
    let had_edges = touched(graph.edges.iter());
    let keep_edge =
        |e: &WireEdge| frequent.contains(&(e.source.clone(), e.target.clone(), e.relation.clone()));
    let still = touched(graph.edges.iter().filter(|e| keep_edge(e)));
    let kept: BTreeSet<String> = graph
        .nodes
        .iter()
        .filter(|n| still.contains(&n.id) || !had_edges.contains(&n.id))
        .map(|n| n.id.clone())
        .collect();
    restrict(graph, &kept, keep_edge)
}

/// Ids of the nodes at either end of these edges.
fn touched<'a>(edges: impl Iterator<Item = &'a WireEdge>) -> BTreeSet<String> {
    edges
        .flat_map(|e| [e.source.clone(), e.target.clone()])
        .collect()
}

/// The graph with only these nodes and the edges `keep_edge` accepts; statements whose
/// speaker is gone are dropped, and `about` lists lose the removed nodes.
fn restrict(
    graph: &GraphFile,
    kept: &BTreeSet<String>,
    keep_edge: impl Fn(&WireEdge) -> bool,
) -> GraphFile {
    let mut out = graph.clone();
    out.nodes.retain(|n| kept.contains(&n.id));
    out.edges
        .retain(|e| keep_edge(e) && kept.contains(&e.source) && kept.contains(&e.target));
    out.statements
        .retain(|s| s.speaker.as_ref().is_none_or(|sp| kept.contains(sp)));
    for s in &mut out.statements {
        s.about.retain(|a| kept.contains(a));
    }
    out.stances
        .retain(|t| kept.contains(&t.actor) && kept.contains(&t.issue));
    out
}

/// All stances of one actor with one polarity on one issue, drawn as one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StanceGroup {
    /// Actor node id.
    pub actor: String,
    /// Issue node id.
    pub issue: String,
    /// `supports`, `opposes`, `conditional` or `neutral`.
    pub polarity: String,
    /// Ids of the stances, in input order.
    pub stance_ids: Vec<String>,
}

impl StanceGroup {
    /// Number of stances.
    pub fn count(&self) -> usize {
        self.stance_ids.len()
    }

    /// The drawn label: the polarity, with ` ×N` when seen N > 1 times.
    pub fn display_label(&self) -> String {
        if self.count() > 1 {
            format!("{} ×{}", self.polarity, self.count())
        } else {
            self.polarity.clone()
        }
    }
}

/// Fold stances into groups, sorted by (actor, issue, polarity).
pub fn group_stances(graph: &GraphFile) -> Vec<StanceGroup> {
    let mut groups: BTreeMap<(&str, &str, &str), Vec<&WireStance>> = BTreeMap::new();
    for t in &graph.stances {
        groups
            .entry((&t.actor, &t.issue, &t.polarity))
            .or_default()
            .push(t);
    }
    groups
        .into_iter()
        .map(|((actor, issue, polarity), list)| StanceGroup {
            actor: actor.to_string(),
            issue: issue.to_string(),
            polarity: polarity.to_string(),
            stance_ids: list.iter().map(|t| t.id.clone()).collect(),
        })
        .collect()
}
