//! The graph: one node per actor across all documents and, on a petgraph
//! `StableDiGraph`, one edge per relation mention (or, with
//! [`EdgeMode::Aggregate`], one edge per source, target and relation carrying
//! counts, a date range, a Goldstein sum and a bounded sample of evidence); plus
//! the documents, statements and stances.
//!
//! Documents come in as [`DocRecords`]: the wire records of one document, made
//! from its [`Extraction`] (in parallel, by [`crate::corpus`]) and then added in
//! input order. The text is dropped once its records are made, so memory grows
//! with the graph, not with the corpus.
//!
//! [`Graph::absorb`] adds a whole `graph.json` built on another shard of the
//! input, so that building on shards and merging gives the same file as one run
//! over all the inputs ([`merge_files`]). That is why the wire form keeps what the
//! merge needs: the input id of a renamed document (`input_id`), affiliations not
//! shown because their actor is not a node (`pending_affiliations`), and exact
//! aggregate sums.
//!
//! The wire form ([`Graph::to_wire`]) is deterministic: nodes sorted by id, edges,
//! statements and stances in document then text order.

use crate::export::wire::{
    GraphFile, WireAggregateInfo, WireDocument, WireEdge, WireEdgeAggregate, WireEvidence,
    WireNode, WireSample, WireStance, WireStatement,
};
use crate::model::{ActorKind, ActorSeen, Extraction, Span};
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// Evidence samples kept per aggregated edge when not told otherwise.
pub const DEFAULT_SAMPLES: usize = 5;

/// How relation mentions become edges.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EdgeMode {
    /// One edge per relation mention, with its evidence (the default).
    #[default]
    PerMention,
    /// One edge per (source, target, relation) with counts, a date range, a
    /// Goldstein sum and the first `samples` mentions as evidence; statements are
    /// kept up to `samples` per speaker and stances up to `samples` per (actor,
    /// issue, polarity). Memory and output stay bounded by the number of actors
    /// and relations, whatever the size of the corpus.
    Aggregate {
        /// Largest number of samples kept.
        samples: usize,
    },
}

/// An actor node.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorNode {
    /// Canonical id.
    pub id: String,
    /// Display name (from the first document that mentions it).
    pub label: String,
    /// Kind.
    pub kind: ActorKind,
    /// The state or organization it acts for (the first one given), whether or
    /// not that actor is a node.
    pub affiliation: Option<String>,
    /// Surface forms seen.
    pub aliases: BTreeSet<String>,
    /// Mentions across all documents.
    pub mentions: usize,
    /// Documents that mention it, as indices into the graph's documents, rising.
    pub docs: Vec<u32>,
    /// Roles held at the documents' dates.
    pub roles: BTreeSet<String>,
}

/// An edge: one relation mention, or one aggregated (source, target, relation).
#[derive(Debug, Clone, PartialEq)]
pub struct EdgeData {
    /// The wire form of the edge (of its first mention when aggregated), without
    /// its id.
    pub edge: WireEdge,
    /// Aggregated Goldstein sum in thousandths, so that sums are exact and do not
    /// depend on the order of additions (merging shards adds them differently).
    goldstein_milli: i64,
    /// Index of the last document that added a mention, to count documents.
    last_doc: u32,
}

/// The wire records of one document, before it joins a graph: made from an
/// [`Extraction`] (character offsets, evidence text), then given its final ids
/// by [`Graph::add_records`].
#[derive(Debug, Clone, PartialEq)]
pub struct DocRecords {
    /// The document; its `id` is the input's until the graph makes it unique.
    pub document: WireDocument,
    /// The actors it mentions.
    pub actors: Vec<ActorSeen>,
    /// Relation mentions, in text order.
    pub edges: Vec<WireEdge>,
    /// Statements, in text order.
    pub statements: Vec<WireStatement>,
    /// Stances, in text order.
    pub stances: Vec<WireStance>,
    /// Bytes of body text the records were made from.
    pub text_bytes: usize,
}

/// Why graphs cannot be merged.
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    /// An aggregated graph cannot be turned back into one edge per mention.
    #[error("{input}: the graph is aggregated; merge it with --aggregate")]
    Aggregated {
        /// Which input.
        input: String,
    },
    /// An aggregated graph kept fewer samples than the merge needs.
    #[error(
        "{input}: the graph keeps {found} samples per edge, fewer than the {wanted} asked for"
    )]
    FewSamples {
        /// Which input.
        input: String,
        /// Samples it keeps.
        found: usize,
        /// Samples the merge keeps.
        wanted: usize,
    },
    /// A record names a document or node the file does not have.
    #[error("{input}: {what} {id:?} is not in the graph")]
    Dangling {
        /// Which input.
        input: String,
        /// What kind of reference (`document`, `node`).
        what: &'static str,
        /// The id referred to.
        id: String,
    },
}

/// The knowledge graph.
#[derive(Debug, Clone, Default)]
pub struct Graph {
    mode: EdgeMode,
    graph: StableDiGraph<ActorNode, EdgeData>,
    index: HashMap<String, NodeIndex>,
    documents: Vec<WireDocument>,
    doc_ids: HashSet<String>,
    /// The next suffix to try for each document id given more than once.
    next_suffix: HashMap<String, usize>,
    statements: Vec<WireStatement>,
    stances: Vec<WireStance>,
    /// Aggregate mode: the edge of each (source, target, relation).
    groups: HashMap<(NodeIndex, NodeIndex, String), EdgeIndex>,
    /// Aggregate mode: statements kept per speaker.
    kept_statements: HashMap<Option<String>, usize>,
    /// Aggregate mode: stances kept per (actor, issue, polarity).
    kept_stances: HashMap<(String, String, String), usize>,
    /// Relation mentions added (the edge count, unless aggregated).
    edge_mentions: usize,
    /// Statements added (kept or not).
    statement_total: usize,
    /// Stances added (kept or not).
    stance_total: usize,
}

/// Byte offsets to character offsets in one text, in constant time per lookup:
/// the number of UTF-8 continuation bytes before each 64-byte block is kept, so a
/// lookup counts at most 63 bytes.
struct CharIndex<'a> {
    bytes: &'a [u8],
    /// Continuation bytes before each block.
    before: Vec<u32>,
}

const BLOCK: usize = 64;

impl<'a> CharIndex<'a> {
    fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut before = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut seen = 0u32;
        for block in bytes.chunks(BLOCK) {
            before.push(seen);
            seen += continuation_bytes(block);
        }
        before.push(seen);
        CharIndex { bytes, before }
    }

    /// Characters before byte offset `byte` (which must be on a char boundary).
    fn chars(&self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        let block = byte / BLOCK;
        let partial = continuation_bytes(&self.bytes[block * BLOCK..byte]);
        byte - (self.before[block] + partial) as usize
    }

    fn evidence(&self, text: &str, span: Span) -> WireEvidence {
        WireEvidence {
            text: span.slice(text).to_string(),
            start: self.chars(span.start),
            end: self.chars(span.end),
        }
    }
}

fn continuation_bytes(bytes: &[u8]) -> u32 {
    bytes.iter().filter(|&&b| (b & 0xC0) == 0x80).count() as u32
}

fn date_string(d: Option<chrono::NaiveDate>) -> Option<String> {
    d.map(|d| d.to_string())
}

fn milli(x: f64) -> i64 {
    (x * 1000.0).round() as i64
}

impl From<Extraction> for DocRecords {
    fn from(ex: Extraction) -> Self {
        let text = ex.doc.text.as_str();
        let chars = CharIndex::new(text);
        let edges = ex
            .relations
            .iter()
            .map(|r| WireEdge {
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
                date: date_string(r.date),
                doc: String::new(),
                evidence: chars.evidence(text, r.evidence),
                aggregate: None,
            })
            .collect();
        let statements = ex
            .statements
            .iter()
            .map(|st| WireStatement {
                id: String::new(),
                speaker: st.speaker.clone(),
                text: st.content.slice(text).to_string(),
                kind: st.kind.as_str().to_string(),
                cue: st.cue.map(|c| c.slice(text).to_string()),
                addressee: st.addressee.clone(),
                about: st.about.clone(),
                doc: String::new(),
                date: date_string(st.date),
                start: chars.chars(st.content.start),
                end: chars.chars(st.content.end),
            })
            .collect();
        let stances = ex
            .stances
            .iter()
            .map(|st| WireStance {
                id: String::new(),
                actor: st.actor.clone(),
                issue: st.issue.clone(),
                polarity: st.polarity.as_str().to_string(),
                basis: st.basis.as_str().to_string(),
                reported_by: st.reported_by.clone(),
                doc: String::new(),
                date: date_string(st.date),
                evidence: chars.evidence(text, st.evidence),
            })
            .collect();
        let text_bytes = text.len();
        let doc = ex.doc;
        DocRecords {
            document: WireDocument {
                id: doc.id,
                title: doc.title,
                date: date_string(doc.date),
                source: doc.source,
                url: doc.url,
                input_id: None,
            },
            actors: ex.actors,
            edges,
            statements,
            stances,
            text_bytes,
        }
    }
}

impl Graph {
    /// An empty graph with one edge per relation mention.
    pub fn new() -> Self {
        Graph::default()
    }

    /// An empty graph that makes edges as `mode` says.
    pub fn with_mode(mode: EdgeMode) -> Self {
        Graph {
            mode,
            ..Graph::default()
        }
    }

    /// How this graph makes edges.
    pub fn mode(&self) -> EdgeMode {
        self.mode
    }

    /// The petgraph graph.
    pub fn petgraph(&self) -> &StableDiGraph<ActorNode, EdgeData> {
        &self.graph
    }

    /// Number of documents added.
    pub fn document_count(&self) -> usize {
        self.documents.len()
    }

    /// Relation mentions added (equal to the edge count unless aggregated).
    pub fn edge_mentions(&self) -> usize {
        self.edge_mentions
    }

    /// A document id not used yet: the id itself, or with `-2`, `-3`, ... appended.
    /// The next suffix is remembered per id, so a feed where every record has the
    /// same id costs linear time, not quadratic.
    fn unique_doc_id(&mut self, id: &str) -> String {
        let mut candidate = id.to_string();
        if self.doc_ids.contains(&candidate) {
            let n = self.next_suffix.entry(id.to_string()).or_insert(2);
            while self.doc_ids.contains(&candidate) {
                candidate = format!("{id}-{n}");
                *n += 1;
            }
        }
        self.doc_ids.insert(candidate.clone());
        candidate
    }

    /// Add a document; returns its index and final id.
    fn push_document(&mut self, mut document: WireDocument) -> (u32, String) {
        let given = document.input_id.take().unwrap_or(document.id);
        let id = self.unique_doc_id(&given);
        document.input_id = (id != given).then_some(given);
        document.id = id.clone();
        let index = self.documents.len() as u32;
        self.documents.push(document);
        (index, id)
    }

    /// Add one document's extraction.
    pub fn add(&mut self, ex: &Extraction) {
        self.add_records(DocRecords::from(ex.clone()), |_| {});
    }

    /// Add one document's records. Before they are stored, the records get their
    /// final ids (unique document id; `e`, `s` and `t` numbers counting every
    /// mention so far) and are shown to `observe`, in input order: the stream
    /// that `--jsonl-out` writes. Edges whose source or target is not among the
    /// document's actors are dropped.
    pub fn add_records(&mut self, mut rec: DocRecords, observe: impl FnOnce(&DocRecords)) {
        let (doc_index, doc_id) = self.push_document(rec.document.clone());
        rec.document.id = doc_id.clone();
        rec.document.input_id = self.documents[doc_index as usize].input_id.clone();
        let own: HashSet<&str> = rec.actors.iter().map(|a| a.id.as_str()).collect();
        rec.edges
            .retain(|e| own.contains(e.source.as_str()) && own.contains(e.target.as_str()));
        for (k, e) in rec.edges.iter_mut().enumerate() {
            e.id = format!("e{}", self.edge_mentions + k + 1);
            e.doc.clone_from(&doc_id);
        }
        for (k, s) in rec.statements.iter_mut().enumerate() {
            s.id = format!("s{}", self.statement_total + k + 1);
            s.doc.clone_from(&doc_id);
        }
        for (k, s) in rec.stances.iter_mut().enumerate() {
            s.id = format!("t{}", self.stance_total + k + 1);
            s.doc.clone_from(&doc_id);
        }
        observe(&rec);
        for a in rec.actors {
            self.merge_node(
                a.id,
                a.label,
                a.kind,
                a.affiliation,
                a.aliases,
                a.mentions,
                std::iter::once(doc_index),
                a.roles,
            );
        }
        for e in rec.edges {
            self.add_mention(e, doc_index);
        }
        for s in rec.statements {
            self.statement_total += 1;
            self.keep_statement(s);
        }
        for s in rec.stances {
            self.stance_total += 1;
            self.keep_stance(s);
        }
    }

    /// Merge one actor's data into its node, making the node if it is new.
    #[allow(clippy::too_many_arguments)]
    fn merge_node(
        &mut self,
        id: String,
        label: String,
        kind: ActorKind,
        affiliation: Option<String>,
        aliases: impl IntoIterator<Item = String>,
        mentions: usize,
        docs: impl IntoIterator<Item = u32>,
        roles: impl IntoIterator<Item = String>,
    ) {
        let i = match self.index.get(&id) {
            Some(&i) => i,
            None => {
                let i = self.graph.add_node(ActorNode {
                    id: id.clone(),
                    label,
                    kind,
                    affiliation: None,
                    aliases: BTreeSet::new(),
                    mentions: 0,
                    docs: Vec::new(),
                    roles: BTreeSet::new(),
                });
                self.index.insert(id, i);
                i
            }
        };
        let node = &mut self.graph[i];
        node.aliases.extend(aliases);
        node.mentions += mentions;
        for d in docs {
            if node.docs.last().is_none_or(|&last| last < d) {
                node.docs.push(d);
            }
        }
        node.roles.extend(roles);
        if node.affiliation.is_none() {
            node.affiliation = affiliation;
        }
    }

    /// Add one relation mention (its `doc` already final).
    fn add_mention(&mut self, mut e: WireEdge, doc: u32) {
        let (Some(&s), Some(&t)) = (self.index.get(&e.source), self.index.get(&e.target)) else {
            return;
        };
        self.edge_mentions += 1;
        let samples = match self.mode {
            EdgeMode::PerMention => {
                self.graph.add_edge(
                    s,
                    t,
                    EdgeData {
                        goldstein_milli: milli(e.goldstein),
                        edge: e,
                        last_doc: doc,
                    },
                );
                return;
            }
            EdgeMode::Aggregate { samples } => samples,
        };
        let key = (s, t, e.relation.clone());
        let sample = WireSample {
            doc: e.doc.clone(),
            date: e.date.clone(),
            modality: e.modality.clone(),
            reported_by: e.reported_by.clone(),
            evidence: e.evidence.clone(),
        };
        if let Some(&ei) = self.groups.get(&key) {
            let data = &mut self.graph[ei];
            data.goldstein_milli += milli(e.goldstein);
            let new_doc = data.last_doc != doc;
            data.last_doc = doc;
            if let Some(agg) = data.edge.aggregate.as_mut() {
                agg.count += 1;
                agg.documents += usize::from(new_doc);
                widen(&mut agg.first_date, &mut agg.last_date, e.date.as_ref());
                *agg.modalities.entry(e.modality).or_default() += 1;
                if agg.samples.len() < samples {
                    agg.samples.push(sample);
                }
            }
            return;
        }
        e.aggregate = Some(WireEdgeAggregate {
            count: 1,
            documents: 1,
            first_date: e.date.clone(),
            last_date: e.date.clone(),
            goldstein_sum: 0.0,
            modalities: BTreeMap::from([(e.modality.clone(), 1)]),
            samples: if samples > 0 {
                vec![sample]
            } else {
                Vec::new()
            },
        });
        let ei = self.graph.add_edge(
            s,
            t,
            EdgeData {
                goldstein_milli: milli(e.goldstein),
                edge: e,
                last_doc: doc,
            },
        );
        self.groups.insert(key, ei);
    }

    fn keep_statement(&mut self, s: WireStatement) {
        if let EdgeMode::Aggregate { samples } = self.mode {
            let kept = self.kept_statements.entry(s.speaker.clone()).or_default();
            if *kept >= samples {
                return;
            }
            *kept += 1;
        }
        self.statements.push(s);
    }

    fn keep_stance(&mut self, s: WireStance) {
        if let EdgeMode::Aggregate { samples } = self.mode {
            let key = (s.actor.clone(), s.issue.clone(), s.polarity.clone());
            let kept = self.kept_stances.entry(key).or_default();
            if *kept >= samples {
                return;
            }
            *kept += 1;
        }
        self.stances.push(s);
    }

    /// Add a whole graph built on another part of the input, as if its documents
    /// came after the ones already added. Documents are renamed as a single run
    /// would rename them, node data are merged, edges, statements and stances are
    /// appended (or folded into the aggregated edges). `input` names the graph in
    /// errors.
    pub fn absorb(&mut self, file: GraphFile, input: &str) -> Result<(), MergeError> {
        let samples = match (self.mode, &file.aggregate) {
            (EdgeMode::PerMention, Some(_)) => {
                return Err(MergeError::Aggregated {
                    input: input.to_string(),
                })
            }
            (EdgeMode::Aggregate { samples }, Some(info)) if info.samples < samples => {
                return Err(MergeError::FewSamples {
                    input: input.to_string(),
                    found: info.samples,
                    wanted: samples,
                })
            }
            (EdgeMode::Aggregate { samples }, _) => samples,
            (EdgeMode::PerMention, None) => 0,
        };
        let dangling = |what: &'static str, id: &str| MergeError::Dangling {
            input: input.to_string(),
            what,
            id: id.to_string(),
        };
        // Documents: local id -> (index, final id).
        let mut docs: HashMap<String, (u32, String)> = HashMap::new();
        for d in file.documents {
            let local = d.id.clone();
            let placed = self.push_document(d);
            docs.insert(local, placed);
        }
        let doc_of = |id: &str| docs.get(id).ok_or_else(|| dangling("document", id));
        let mut pending = file.pending_affiliations;
        for n in file.nodes {
            let mut indices = n
                .docs
                .iter()
                .map(|d| doc_of(d).map(|p| p.0))
                .collect::<Result<Vec<u32>, _>>()?;
            indices.sort_unstable();
            let affiliation = n.affiliation.or_else(|| pending.remove(&n.id));
            let kind = ActorKind::parse(&n.kind).unwrap_or(ActorKind::Other);
            self.merge_node(
                n.id,
                n.label,
                kind,
                affiliation,
                n.aliases,
                n.mentions,
                indices,
                n.roles,
            );
        }
        for mut e in file.edges {
            let (index, id) = doc_of(&e.doc)?.clone();
            for end in [&e.source, &e.target] {
                if !self.index.contains_key(end) {
                    return Err(dangling("node", end));
                }
            }
            e.doc = id;
            match e.aggregate.take() {
                None => self.add_mention(e, index),
                Some(mut agg) => {
                    for s in &mut agg.samples {
                        s.doc.clone_from(&doc_of(&s.doc)?.1);
                    }
                    self.add_group(e, agg, samples);
                }
            }
        }
        let aggregated = file.aggregate.is_some();
        for mut s in file.statements {
            s.doc.clone_from(&doc_of(&s.doc)?.1);
            self.statement_total += usize::from(!aggregated);
            self.keep_statement(s);
        }
        for mut s in file.stances {
            s.doc.clone_from(&doc_of(&s.doc)?.1);
            self.stance_total += usize::from(!aggregated);
            self.keep_stance(s);
        }
        if let Some(info) = file.aggregate {
            self.statement_total += info.statements;
            self.stance_total += info.stances;
        }
        Ok(())
    }

    /// Fold an aggregated edge of another graph into this (aggregated) one.
    fn add_group(&mut self, mut e: WireEdge, mut agg: WireEdgeAggregate, samples: usize) {
        let (Some(&s), Some(&t)) = (self.index.get(&e.source), self.index.get(&e.target)) else {
            return;
        };
        self.edge_mentions += agg.count;
        let sum = milli(agg.goldstein_sum);
        let key = (s, t, e.relation.clone());
        if let Some(&ei) = self.groups.get(&key) {
            let data = &mut self.graph[ei];
            data.goldstein_milli += sum;
            // Shards hold different documents: the last one is always new.
            data.last_doc = u32::MAX;
            if let Some(mine) = data.edge.aggregate.as_mut() {
                mine.count += agg.count;
                mine.documents += agg.documents;
                widen(
                    &mut mine.first_date,
                    &mut mine.last_date,
                    agg.first_date.as_ref(),
                );
                widen(
                    &mut mine.first_date,
                    &mut mine.last_date,
                    agg.last_date.as_ref(),
                );
                for (m, n) in agg.modalities {
                    *mine.modalities.entry(m).or_default() += n;
                }
                let room = samples.saturating_sub(mine.samples.len());
                mine.samples.extend(agg.samples.into_iter().take(room));
            }
            return;
        }
        agg.samples.truncate(samples);
        e.aggregate = Some(agg);
        let ei = self.graph.add_edge(
            s,
            t,
            EdgeData {
                goldstein_milli: sum,
                edge: e,
                last_doc: u32::MAX,
            },
        );
        self.groups.insert(key, ei);
    }

    /// The wire form: nodes sorted by id, edges, statements and stances in
    /// document then text order, ids `e1..`, `s1..`, `t1..`.
    pub fn to_wire(&self) -> GraphFile {
        let mut pending_affiliations = BTreeMap::new();
        let mut nodes: Vec<WireNode> = self
            .graph
            .node_weights()
            .map(|n| {
                let shown = n
                    .affiliation
                    .clone()
                    .filter(|a| self.index.contains_key(a) && *a != n.id);
                if let (None, Some(raw)) = (&shown, &n.affiliation) {
                    pending_affiliations.insert(n.id.clone(), raw.clone());
                }
                let mut docs: Vec<String> = n
                    .docs
                    .iter()
                    .map(|&d| self.documents[d as usize].id.clone())
                    .collect();
                docs.sort_unstable();
                WireNode {
                    id: n.id.clone(),
                    label: n.label.clone(),
                    kind: n.kind.as_str().to_string(),
                    aliases: n.aliases.iter().cloned().collect(),
                    affiliation: shown,
                    mentions: n.mentions,
                    docs,
                    roles: n.roles.iter().cloned().collect(),
                }
            })
            .collect();
        nodes.sort_by(|a, b| a.id.cmp(&b.id));
        // Edge indices follow insertion order, which is document then text order
        // (for aggregated edges: the order of their first mentions).
        let edges: Vec<WireEdge> = self
            .graph
            .edge_indices()
            .enumerate()
            .map(|(i, ei)| {
                let data = &self.graph[ei];
                let mut e = data.edge.clone();
                e.id = format!("e{}", i + 1);
                if let Some(agg) = e.aggregate.as_mut() {
                    agg.goldstein_sum = data.goldstein_milli as f64 / 1000.0;
                }
                e
            })
            .collect();
        let mut statements = self.statements.clone();
        for (i, s) in statements.iter_mut().enumerate() {
            s.id = format!("s{}", i + 1);
        }
        let mut stances = self.stances.clone();
        for (i, s) in stances.iter_mut().enumerate() {
            s.id = format!("t{}", i + 1);
        }
        let aggregate = match self.mode {
            EdgeMode::PerMention => None,
            EdgeMode::Aggregate { samples } => Some(WireAggregateInfo {
                samples,
                edge_mentions: self.edge_mentions,
                statements: self.statement_total,
                stances: self.stance_total,
            }),
        };
        GraphFile {
            documents: self.documents.clone(),
            nodes,
            edges,
            statements,
            stances,
            aggregate,
            pending_affiliations,
            ..GraphFile::empty()
        }
    }
}

/// Widen a date range to cover `date`.
fn widen(first: &mut Option<String>, last: &mut Option<String>, date: Option<&String>) {
    let Some(d) = date else { return };
    if first.as_ref().is_none_or(|f| d < f) {
        *first = Some(d.clone());
    }
    if last.as_ref().is_none_or(|l| d > l) {
        *last = Some(d.clone());
    }
}

/// Merge graphs built on shards of one input, given in input order, into the
/// graph a single run over all of them builds. `mode` is the mode of the result:
/// per-mention inputs can be merged into an aggregated graph, not the reverse.
pub fn merge_files(
    files: impl IntoIterator<Item = (String, GraphFile)>,
    mode: EdgeMode,
) -> Result<GraphFile, MergeError> {
    let mut graph = Graph::with_mode(mode);
    for (name, file) in files {
        graph.absorb(file, &name)?;
    }
    Ok(graph.to_wire())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_index_counts_characters_across_blocks() {
        let text = "é".repeat(100) + "abc" + &"—".repeat(40);
        let index = CharIndex::new(&text);
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(index.chars(byte), chars, "at byte {byte}");
        }
        assert_eq!(index.chars(text.len()), text.chars().count());
    }

    #[test]
    fn date_ranges_widen_both_ways() {
        let (mut first, mut last) = (None, None);
        for d in ["2025-03-01", "2025-01-05", "2025-07-09"] {
            widen(&mut first, &mut last, Some(&d.to_string()));
        }
        assert_eq!(first.as_deref(), Some("2025-01-05"));
        assert_eq!(last.as_deref(), Some("2025-07-09"));
    }

    #[test]
    fn goldstein_sums_are_exact_in_any_order() {
        let w = [-5.0, 3.4, 0.1, 0.2, -9.9, 7.0];
        let forward: i64 = w.iter().map(|&x| milli(x)).sum();
        let backward: i64 = w.iter().rev().map(|&x| milli(x)).sum();
        assert_eq!(forward, backward);
        assert_eq!(forward as f64 / 1000.0, -4.2);
    }
}
