//! The graph: one node per actor across all documents, one edge per relation
//! mention, on a petgraph `StableDiGraph`; plus the statements, and an aggregated
//! view (per source, target and relation) for diagrams.
//!
//! Documents are added one at a time and their text is dropped after, so memory
//! grows with the graph, not with the corpus. The wire form ([`Graph::to_wire`]) is
//! deterministic: nodes sorted by id, edges and statements in document then text
//! order.

use crate::export::wire::{
    GraphFile, WireDocument, WireEdge, WireEvidence, WireNode, WireStance, WireStatement,
};
use crate::model::{ActorKind, Extraction};
use petgraph::stable_graph::{NodeIndex, StableDiGraph};
use petgraph::visit::IntoEdgeReferences;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// An actor node.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorNode {
    /// Canonical id.
    pub id: String,
    /// Display name.
    pub label: String,
    /// Kind.
    pub kind: ActorKind,
    /// The state or organization it acts for.
    pub affiliation: Option<String>,
    /// Surface forms seen.
    pub aliases: BTreeSet<String>,
    /// Mentions across all documents.
    pub mentions: usize,
    /// Documents that mention it.
    pub docs: BTreeSet<String>,
    /// Roles held at the documents' dates.
    pub roles: BTreeSet<String>,
}

/// A relation mention on an edge, ready for output (character offsets).
#[derive(Debug, Clone, PartialEq)]
pub struct EdgeData {
    /// The wire form of the edge, without its id.
    pub edge: WireEdge,
}

/// One aggregated edge: every mention of (source, target, relation).
#[derive(Debug, Clone, PartialEq)]
pub struct AggregatedEdge {
    /// Source id.
    pub source: String,
    /// Target id.
    pub target: String,
    /// Relation name.
    pub relation: String,
    /// Label.
    pub label: String,
    /// CAMEO code (the most frequent one).
    pub cameo: String,
    /// Number of mentions.
    pub count: usize,
    /// Earliest and latest dates.
    pub dates: (Option<String>, Option<String>),
    /// Mean Goldstein weight.
    pub mean_goldstein: f64,
}

/// The knowledge graph.
#[derive(Debug, Clone, Default)]
pub struct Graph {
    graph: StableDiGraph<ActorNode, EdgeData>,
    index: HashMap<String, NodeIndex>,
    documents: Vec<WireDocument>,
    doc_ids: BTreeSet<String>,
    statements: Vec<WireStatement>,
    stances: Vec<WireStance>,
}

/// Byte offset to character offset, for one text.
struct CharIndex<'a> {
    text: &'a str,
}

impl CharIndex<'_> {
    fn chars(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        self.text
            .get(..byte)
            .map(|s| s.chars().count())
            .unwrap_or(0)
    }
}

impl Graph {
    /// An empty graph.
    pub fn new() -> Self {
        Graph::default()
    }

    /// The petgraph graph.
    pub fn petgraph(&self) -> &StableDiGraph<ActorNode, EdgeData> {
        &self.graph
    }

    /// Number of documents added.
    pub fn document_count(&self) -> usize {
        self.documents.len()
    }

    /// A document id not used yet: the id itself, or with `-2`, `-3`, ... appended.
    fn unique_doc_id(&mut self, id: &str) -> String {
        let mut candidate = id.to_string();
        let mut n = 2;
        while self.doc_ids.contains(&candidate) {
            candidate = format!("{id}-{n}");
            n += 1;
        }
        self.doc_ids.insert(candidate.clone());
        candidate
    }

    fn node(&mut self, id: &str, make: impl FnOnce() -> ActorNode) -> NodeIndex {
        if let Some(&i) = self.index.get(id) {
            return i;
        }
        let i = self.graph.add_node(make());
        self.index.insert(id.to_string(), i);
        i
    }

    /// Add one document's extraction.
    pub fn add(&mut self, ex: &Extraction) {
        let doc_id = self.unique_doc_id(&ex.doc.id);
        let chars = CharIndex { text: &ex.doc.text };
        self.documents.push(WireDocument {
            id: doc_id.clone(),
            title: ex.doc.title.clone(),
            date: ex.doc.date.map(|d| d.to_string()),
            source: ex.doc.source.clone(),
            url: ex.doc.url.clone(),
        });
        for a in &ex.actors {
            let i = self.node(&a.id, || ActorNode {
                id: a.id.clone(),
                label: a.label.clone(),
                kind: a.kind,
                affiliation: a.affiliation.clone(),
                aliases: BTreeSet::new(),
                mentions: 0,
                docs: BTreeSet::new(),
                roles: BTreeSet::new(),
            });
            let node = &mut self.graph[i];
            node.aliases.extend(a.aliases.iter().cloned());
            node.mentions += a.mentions;
            node.docs.insert(doc_id.clone());
            node.roles.extend(a.roles.iter().cloned());
            if node.affiliation.is_none() {
                node.affiliation = a.affiliation.clone();
            }
        }
        for r in &ex.relations {
            let (Some(&s), Some(&t)) = (self.index.get(&r.source), self.index.get(&r.target))
            else {
                continue;
            };
            let evidence = WireEvidence {
                text: r.evidence.slice(&ex.doc.text).to_string(),
                start: chars.chars(r.evidence.start),
                end: chars.chars(r.evidence.end),
            };
            let edge = WireEdge {
                id: String::new(),
                source: r.source.clone(),
                target: r.target.clone(),
                relation: r.relation.clone(),
                label: r.label.clone(),
                cameo: r.cameo.clone(),
                goldstein: r.goldstein,
                quad_class: r.quad_class,
                modality: r.modality.as_str().to_string(),
                reported_by: r.reported_by.clone(),
                date: r.date.map(|d| d.to_string()),
                doc: doc_id.clone(),
                evidence,
            };
            self.graph.add_edge(s, t, EdgeData { edge });
        }
        for st in &ex.statements {
            self.statements.push(WireStatement {
                id: String::new(),
                speaker: st.speaker.clone(),
                text: st.content.slice(&ex.doc.text).to_string(),
                kind: st.kind.as_str().to_string(),
                cue: st.cue.map(|c| c.slice(&ex.doc.text).to_string()),
                addressee: st.addressee.clone(),
                about: st.about.clone(),
                doc: doc_id.clone(),
                date: st.date.map(|d| d.to_string()),
                start: chars.chars(st.content.start),
                end: chars.chars(st.content.end),
            });
        }
        self.add_stances(ex, &doc_id, &chars);
    }

    fn add_stances(&mut self, ex: &Extraction, doc_id: &str, chars: &CharIndex) {
        for st in &ex.stances {
            self.stances.push(WireStance {
                id: String::new(),
                actor: st.actor.clone(),
                issue: st.issue.clone(),
                polarity: st.polarity.as_str().to_string(),
                basis: st.basis.as_str().to_string(),
                reported_by: st.reported_by.clone(),
                doc: doc_id.to_string(),
                date: st.date.map(|d| d.to_string()),
                evidence: WireEvidence {
                    text: st.evidence.slice(&ex.doc.text).to_string(),
                    start: chars.chars(st.evidence.start),
                    end: chars.chars(st.evidence.end),
                },
            });
        }
    }

    /// Per (source, target, relation): count, date range, mean Goldstein weight.
    pub fn aggregated(&self) -> Vec<AggregatedEdge> {
        let mut groups: BTreeMap<(String, String, String), Vec<&WireEdge>> = BTreeMap::new();
        for e in (&self.graph).edge_references() {
            let w = &e.weight().edge;
            groups
                .entry((w.source.clone(), w.target.clone(), w.relation.clone()))
                .or_default()
                .push(w);
        }
        groups
            .into_iter()
            .map(|((source, target, relation), edges)| {
                let mut codes: BTreeMap<&str, usize> = BTreeMap::new();
                for e in &edges {
                    *codes.entry(e.cameo.as_str()).or_default() += 1;
                }
                let cameo = codes
                    .iter()
                    .max_by_key(|(c, n)| (**n, std::cmp::Reverse(**c)))
                    .map(|(c, _)| c.to_string())
                    .unwrap_or_default();
                let dates: BTreeSet<&String> =
                    edges.iter().filter_map(|e| e.date.as_ref()).collect();
                AggregatedEdge {
                    label: edges[0].label.clone(),
                    count: edges.len(),
                    dates: (
                        dates.first().map(|d| d.to_string()),
                        dates.last().map(|d| d.to_string()),
                    ),
                    mean_goldstein: edges.iter().map(|e| e.goldstein).sum::<f64>()
                        / edges.len() as f64,
                    source,
                    target,
                    relation,
                    cameo,
                }
            })
            .collect()
    }

    /// The wire form: nodes sorted by id, edges and statements in document then
    /// text order, ids `e1..`, `s1..`.
    pub fn to_wire(&self) -> GraphFile {
        let mut nodes: Vec<WireNode> = self
            .graph
            .node_weights()
            .map(|n| WireNode {
                id: n.id.clone(),
                label: n.label.clone(),
                kind: n.kind.as_str().to_string(),
                aliases: n.aliases.iter().cloned().collect(),
                affiliation: n
                    .affiliation
                    .clone()
                    .filter(|a| self.index.contains_key(a) && *a != n.id),
                mentions: n.mentions,
                docs: n.docs.iter().cloned().collect(),
                roles: n.roles.iter().cloned().collect(),
            })
            .collect();
        nodes.sort_by(|a, b| a.id.cmp(&b.id));
        let mut edges: Vec<WireEdge> = self
            .graph
            .edge_indices()
            .map(|e| self.graph[e].edge.clone())
            .collect();
        // Edge indices follow insertion order, which is document then text order.
        for (i, e) in edges.iter_mut().enumerate() {
            e.id = format!("e{}", i + 1);
        }
        let mut statements = self.statements.clone();
        for (i, s) in statements.iter_mut().enumerate() {
            s.id = format!("s{}", i + 1);
        }
        let mut stances = self.stances.clone();
        for (i, s) in stances.iter_mut().enumerate() {
            s.id = format!("t{}", i + 1);
        }
        GraphFile {
            documents: self.documents.clone(),
            nodes,
            edges,
            statements,
            stances,
            ..GraphFile::empty()
        }
    }
}
