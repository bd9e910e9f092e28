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
    #[error("{path}: invalid UTF-8 at byte {offset} (use --lossy to replace bad bytes)")]
    Utf8 {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first bad byte.
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
    /// A document is larger than the configured limit.
    #[error(
        "{path}: document of {size} bytes is over the limit of {limit} bytes (see --max-doc-bytes)"
    )]
    TooLarge {
        /// The file (or `file:line`).
        path: String,
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
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
