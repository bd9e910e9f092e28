//! The wire types of `graph.json`: the public contract users' scripts depend on.
//!
//! These structs are kept apart from the internal model on purpose: the model can
//! change freely, the wire format only by bumping [`FORMAT_VERSION`]. Fields may be
//! added; none may be renamed or dropped without a version bump.

use serde::{Deserialize, Serialize};

/// The value of the `format` field.
pub const FORMAT_NAME: &str = "stancegraph";
/// The value of the `version` field.
pub const FORMAT_VERSION: u32 = 1;

/// A whole `graph.json` file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GraphFile {
    /// Always `"stancegraph"`.
    pub format: String,
    /// The contract version.
    pub version: u32,
    /// The documents the graph was built from, in input order.
    pub documents: Vec<WireDocument>,
    /// One node per actor (and per issue), sorted by id.
    pub nodes: Vec<WireNode>,
    /// One edge per relation mention, in document then text order.
    pub edges: Vec<WireEdge>,
    /// Who said what, about whom.
    pub statements: Vec<WireStatement>,
    /// Where actors stand on issues (added in version 1; absent in older files).
    #[serde(default)]
    pub stances: Vec<WireStance>,
    /// Present when the graph was built with `--aggregate`: one edge per (source,
    /// target, relation) with an [`WireEdge::aggregate`] block, and statements and
    /// stances kept up to a bound (added in version 1; optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aggregate: Option<WireAggregateInfo>,
    /// Affiliations not shown on their node because the affiliated actor is not a
    /// node of this graph (or is the node itself), by node id. Kept so that
    /// `stancegraph merge` of graphs built on shards gives the graph a single run
    /// would build (added in version 1; optional, omitted when empty).
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub pending_affiliations: std::collections::BTreeMap<String, String>,
}

/// How an aggregated graph was bounded, and what it counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WireAggregateInfo {
    /// Largest number of mentions kept as evidence per edge (the edge's own and
    /// its samples), of statements kept per speaker, of stances per (actor,
    /// issue, polarity) and of document ids per node.
    pub samples: usize,
    /// Relation mentions counted into the edges.
    pub edge_mentions: usize,
    /// Statements found (the `statements` list keeps a bounded share).
    pub statements: usize,
    /// Stances found (the `stances` list keeps a bounded share).
    pub stances: usize,
}

/// What an aggregated edge adds up: every mention of its (source, target,
/// relation). The edge's own fields are those of the first mention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WireEdgeAggregate {
    /// Number of mentions.
    pub count: usize,
    /// Number of documents with at least one mention.
    pub documents: usize,
    /// Earliest event date among the mentions.
    pub first_date: Option<String>,
    /// Latest event date among the mentions.
    pub last_date: Option<String>,
    /// Sum of the Goldstein weights of the mentions (mean: `goldstein_sum / count`).
    pub goldstein_sum: f64,
    /// Mentions per modality (`asserted`, `reported`, ...).
    pub modalities: std::collections::BTreeMap<String, usize>,
    /// More mentions after the first (which is the edge itself), in input order,
    /// so that the edge and its samples hold at most [`WireAggregateInfo::samples`]
    /// mentions.
    pub samples: Vec<WireSample>,
}

/// One mention kept as a sample of an aggregated edge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WireSample {
    /// Document id.
    pub doc: String,
    /// Resolved event date.
    pub date: Option<String>,
    /// Modality of this mention.
    pub modality: String,
    /// Who claims it, for a reported mention.
    pub reported_by: Option<String>,
    /// The evidence.
    pub evidence: WireEvidence,
}

/// One stance: an actor for or against an issue, with its evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WireStance {
    /// `t1`, `t2`, ... in output order.
    pub id: String,
    /// Actor node id.
    pub actor: String,
    /// Issue node id (a node of kind `issue`).
    pub issue: String,
    /// `supports`, `opposes`, `conditional` or `neutral`.
    pub polarity: String,
    /// `stated`, `action` (implied by what the actor did) or `attributed` (someone
    /// else says so).
    pub basis: String,
    /// Node id of whoever attributes the stance.
    pub reported_by: Option<String>,
    /// Document id.
    pub doc: String,
    /// Date of the stance.
    pub date: Option<String>,
    /// The evidence.
    pub evidence: WireEvidence,
}

/// One input document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WireDocument {
    /// Unique id.
    pub id: String,
    /// Headline, if any.
    pub title: Option<String>,
    /// Publication date `YYYY-MM-DD`, if known.
    pub date: Option<String>,
    /// Where it was read from.
    pub source: String,
    /// URL, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The id the input gave, when `id` had to be changed to be unique (a second
    /// `report` becomes `report-2`); kept so that merging shards renames the same
    /// way a single run does (added in version 1; optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input_id: Option<String>,
}

/// One actor (or issue) node.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WireNode {
    /// Stable slug.
    pub id: String,
    /// Display name.
    pub label: String,
    /// `person`, `state`, `organization`, `group`, `media`, `issue` or `other`.
    pub kind: String,
    /// Surface forms seen, sorted.
    pub aliases: Vec<String>,
    /// Node id of the state or organization a person acts for.
    #[serde(default)]
    pub affiliation: Option<String>,
    /// Number of mentions across all documents.
    pub mentions: usize,
    /// Ids of the documents that mention it, sorted (in an aggregated graph: the
    /// first ones in input order, up to [`WireAggregateInfo::samples`]).
    pub docs: Vec<String>,
    /// In aggregated graphs: the number of documents that mention it (added in
    /// version 1; optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_count: Option<usize>,
    /// Roles the actor held at the dates of the documents (`president of ukraine`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
}

/// Evidence of an edge: a stretch of the document body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WireEvidence {
    /// The text, equal to the body sliced at `start..end` (character offsets).
    pub text: String,
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
}

/// One relation mention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WireEdge {
    /// `e1`, `e2`, ... in output order.
    pub id: String,
    /// Source node id.
    pub source: String,
    /// Target node id.
    pub target: String,
    /// Relation name (`rejects_meeting`).
    pub relation: String,
    /// Human label (`rules out meeting with`).
    #[serde(default)]
    pub label: String,
    /// CAMEO code as a string.
    pub cameo: String,
    /// Goldstein weight.
    pub goldstein: f64,
    /// Quad class 1 to 4.
    pub quad_class: u8,
    /// `asserted`, `reported`, `intended` or `hypothetical`.
    pub modality: String,
    /// Node id of whoever claims a reported relation.
    pub reported_by: Option<String>,
    /// Resolved event date.
    pub date: Option<String>,
    /// Document id.
    pub doc: String,
    /// The evidence sentence.
    pub evidence: WireEvidence,
    /// Present in aggregated graphs (`--aggregate`): the counts, dates, weights
    /// and evidence samples of every mention of this (source, target, relation)
    /// (added in version 1; optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aggregate: Option<WireEdgeAggregate>,
}

impl WireEdge {
    /// How many relation mentions the edge stands for: its aggregate count, or 1.
    pub fn mentions(&self) -> usize {
        self.aggregate.as_ref().map_or(1, |a| a.count)
    }
}

/// One statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WireStatement {
    /// `s1`, `s2`, ... in output order.
    pub id: String,
    /// Speaker node id, null when no speaker was found.
    pub speaker: Option<String>,
    /// The quoted or reported text.
    pub text: String,
    /// `direct` or `indirect`.
    pub kind: String,
    /// The speech verb or phrase.
    pub cue: Option<String>,
    /// Node id of the addressee (`told NBC`).
    #[serde(default)]
    pub addressee: Option<String>,
    /// Node ids the statement is about.
    pub about: Vec<String>,
    /// Document id.
    pub doc: String,
    /// Date of the utterance.
    pub date: Option<String>,
    /// First character of `text` in the body.
    pub start: usize,
    /// One past its last character.
    pub end: usize,
}

impl GraphFile {
    /// An empty graph with the format header set.
    pub fn empty() -> Self {
        GraphFile {
            format: FORMAT_NAME.to_string(),
            version: FORMAT_VERSION,
            documents: Vec::new(),
            nodes: Vec::new(),
            edges: Vec::new(),
            statements: Vec::new(),
            stances: Vec::new(),
            aggregate: None,
            pending_affiliations: std::collections::BTreeMap::new(),
        }
    }

    /// The node with this id.
    pub fn node(&self, id: &str) -> Option<&WireNode> {
        self.nodes
            .binary_search_by(|n| n.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.nodes[i])
    }
}

impl GraphFile {
    /// Parse a `graph.json` from its text; `path` is only used in error messages.
    pub fn from_json(
        text: &str,
        path: &std::path::Path,
    ) -> Result<GraphFile, crate::error::LoadError> {
        let graph: GraphFile =
            serde_json::from_str(text).map_err(|e| crate::error::LoadError::Format {
                path: path.to_path_buf(),
                line: e.line(),
                column: e.column(),
                message: e.to_string(),
            })?;
        if graph.format != FORMAT_NAME {
            return Err(crate::error::LoadError::Format {
                path: path.to_path_buf(),
                line: 1,
                column: 1,
                message: format!("format is {:?}, expected {FORMAT_NAME:?}", graph.format),
            });
        }
        Ok(graph)
    }

    /// Read and parse a `graph.json` file.
    pub fn load(path: &std::path::Path) -> Result<GraphFile, crate::error::LoadError> {
        let text = std::fs::read_to_string(path).map_err(|source| crate::error::LoadError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        GraphFile::from_json(&text, path)
    }
}

/// Helpers for the exporters (see `export/aggregate.rs`).
impl GraphFile {
    /// The graph shrunk for drawing: persons folded into their affiliation, only the
    /// top actors by degree, only relations seen often enough (see
    /// [`super::Aggregation`]).
    pub fn aggregate(&self, options: &super::Aggregation) -> GraphFile {
        options.apply(self)
    }
}
