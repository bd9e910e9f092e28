//! Library error types. Every error names where it happened (file, line, column).

use std::path::PathBuf;
use thiserror::Error;

/// An error reading input documents.
#[derive(Debug, Error)]
pub enum ReadError {
    /// The file could not be opened or read.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The bytes are not UTF-8.
    #[error("{path}:{line}: invalid UTF-8 at byte {offset} (use --lossy to replace bad bytes)")]
    Utf8 {
        /// The file.
        path: PathBuf,
        /// 1-based line of the first bad byte.
        line: usize,
        /// Byte offset of the first bad byte, from the start of the file.
        offset: usize,
    },
    /// The document has no text.
    #[error("{path}: empty document")]
    Empty {
        /// The file (or `file:line` for JSON Lines).
        path: String,
    },
    /// A JSON Lines record is malformed.
    #[error("{path}:{line}: bad JSON Lines record: {message}")]
    Json {
        /// The file.
        path: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A date cannot be parsed.
    #[error("{path}:{line}: bad date {value:?} (expected YYYY-MM-DD)")]
    Date {
        /// The file.
        path: String,
        /// 1-based line number.
        line: usize,
        /// The text that is not a date.
        value: String,
    },
    /// A document is larger than the configured limit; it was not read whole.
    #[error(
        "{path}: document of {} is over the limit of {limit} bytes (see --max-doc-bytes)",
        size_text(*.size, *.limit)
    )]
    TooLarge {
        /// The file (or `file:line`).
        path: String,
        /// Its size, when known (a stream is not read to its end to learn it).
        size: Option<u64>,
        /// The limit.
        limit: u64,
    },
}

impl ReadError {
    /// A short name of what went wrong, for the end-of-run summary
    /// (`invalid UTF-8`, `bad JSON Lines record`, ...).
    pub fn reason(&self) -> &'static str {
        match self {
            ReadError::Io { .. } => "unreadable",
            ReadError::Utf8 { .. } => "invalid UTF-8",
            ReadError::Empty { .. } => "empty",
            ReadError::Json { .. } => "bad JSON Lines record",
            ReadError::Date { .. } => "bad date",
            ReadError::TooLarge { .. } => "too large",
        }
    }
}

/// `1234 bytes`, or `more than 1000 bytes` when the size is unknown.
fn size_text(size: Option<u64>, limit: u64) -> String {
    match size {
        Some(n) => format!("{n} bytes"),
        None => format!("more than {limit} bytes"),
    }
}

/// An error loading a lexicon file.
#[derive(Debug, Error)]
#[error("{file}:{line}:{column}: {message}")]
pub struct LexiconError {
    /// The lexicon file (`actors.tsv` for a built-in one).
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column (tab-separated field number).
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

/// An error writing output.
#[derive(Debug, Error)]
pub enum WriteError {
    /// The file could not be written.
    #[error("{path}: cannot write: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A graph could not be serialized.
    #[error("cannot serialize {what}: {message}")]
    Serialize {
        /// What was being written.
        what: String,
        /// Why it failed.
        message: String,
    },
    /// Graphviz ran but failed.
    #[error("graphviz failed: {message}")]
    Graphviz {
        /// Graphviz's own message.
        message: String,
    },
    /// An image format was asked for but Graphviz's `dot` is not on PATH.
    #[error("cannot write {format}: Graphviz is not installed (apt-get install graphviz)")]
    GraphvizMissing {
        /// The format that needs it (`svg`, `png`).
        format: String,
    },
    /// The graph refers to something it does not contain.
    #[error("invalid graph: {message}")]
    Invalid {
        /// What is wrong.
        message: String,
    },
}

/// An error loading a `graph.json`.
#[derive(Debug, Error)]
pub enum LoadError {
    /// The file could not be read.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The file is not a stancegraph graph.
    #[error("{path}:{line}:{column}: not a stancegraph graph.json: {message}")]
    Format {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        message: String,
    },
}

// ---- query ---------------------------------------------------------------

/// An error asking a question of a graph (`query`, `actor`, `between`, `subgraph`).
#[derive(Debug, Error)]
pub enum QueryError {
    /// No actor has this id, label or alias.
    #[error("no actor named {name:?} in the graph{}", closest_list(.closest))]
    UnknownActor {
        /// The name as the user wrote it.
        name: String,
        /// The closest actors, as `id (Label)`, best first.
        closest: Vec<String>,
    },
    /// Several actors share this label or alias.
    #[error("{name:?} could be any of {}: use the id", .candidates.join(", "))]
    AmbiguousActor {
        /// The name as the user wrote it.
        name: String,
        /// The actors it names, as `id (Label)`.
        candidates: Vec<String>,
    },
    /// No edge carries this relation name or label.
    #[error("no relation named {name:?} in the graph{}", closest_list(.closest))]
    UnknownRelation {
        /// The name as the user wrote it.
        name: String,
        /// The closest relation names in the graph.
        closest: Vec<String>,
    },
    /// No document has this id.
    #[error("no document with id {id:?} in the graph{}", closest_list(.closest))]
    UnknownDocument {
        /// The id as the user wrote it.
        id: String,
        /// The closest document ids.
        closest: Vec<String>,
    },
    /// A CAMEO filter that is not 2 to 4 digits.
    #[error(
        "bad CAMEO code {value:?}: expected a code or root prefix of 2 to 4 digits, like 12 or 125"
    )]
    BadCameo {
        /// The value given.
        value: String,
    },
    /// `between` was asked about one actor twice.
    #[error("{name:?} and {other:?} are the same actor ({id})")]
    SameActor {
        /// The first name.
        name: String,
        /// The second name.
        other: String,
        /// The id both resolve to.
        id: String,
    },
}

/// `; closest: a, b, c` or nothing, for the error messages above.
fn closest_list(closest: &[String]) -> String {
    if closest.is_empty() {
        String::new()
    } else {
        format!("; closest: {}", closest.join(", "))
    }
}
