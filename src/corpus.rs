//! Running the pipeline over a corpus of any size.
//!
//! Documents stream in from a lazy iterator and are cut into bounded batches (at
//! most [`BuildOptions::batch_docs`] documents or [`BuildOptions::batch_bytes`]
//! bytes of text). The documents of one batch are extracted in parallel (rayon)
//! and turned into their wire records ([`DocRecords`]); meanwhile one task beside
//! the extraction adds the records of the batch before to the graph, in input
//! order, and reads the next batch. The text of a document is dropped once its records are
//! made, so memory holds two batches and the graph, never the corpus.
//!
//! Because records are added in input order, the graph and every output are the
//! same whatever the number of threads.

use crate::error::ReadError;
use crate::graph::{DocRecords, EdgeMode, Graph};
use crate::lexicon::Lexicon;
use crate::model::Document;
use crate::pipeline::extract;
use rayon::prelude::*;
use serde::Serialize;
use std::io::Write;

/// Largest number of documents extracted together.
pub const BATCH: usize = 256;

/// Largest number of bytes of text extracted together (a batch closes when it
/// reaches either bound).
pub const BATCH_BYTES: usize = 8 * 1024 * 1024;

/// How to run over a corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuildOptions {
    /// One edge per mention, or aggregated edges.
    pub edges: EdgeMode,
    /// Largest number of documents in a batch.
    pub batch_docs: usize,
    /// Largest number of bytes of text in a batch.
    pub batch_bytes: usize,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions {
            edges: EdgeMode::PerMention,
            batch_docs: BATCH,
            batch_bytes: BATCH_BYTES,
        }
    }
}

/// What happened to the inputs of a run.
#[derive(Debug, Default)]
pub struct RunSummary {
    /// Documents extracted.
    pub processed: usize,
    /// Inputs skipped, with the reason.
    pub skipped: Vec<String>,
    /// Bytes of document text extracted.
    pub text_bytes: u64,
}

/// Told about a run as it goes: bad inputs when they are read, documents when
/// their records join the graph (in input order, with their final ids).
///
/// `()` is an observer that goes on after every error and ignores documents.
pub trait Observer: Send {
    /// An input could not be read. Return `false` to stop the run.
    fn skipped(&mut self, error: &ReadError) -> bool {
        let _ = error;
        true
    }

    /// A document's records, with final ids, just before they join the graph.
    fn document(&mut self, records: &DocRecords) {
        let _ = records;
    }

    /// A batch of documents has joined the graph.
    fn batch_done(&mut self) {}
}

impl Observer for () {}

/// Read, extract and add every document to a graph; see the module docs.
pub fn build_graph<I, O>(
    inputs: I,
    lexicon: &Lexicon,
    options: &BuildOptions,
    observer: &mut O,
) -> (Graph, RunSummary)
where
    I: Iterator<Item = Result<Document, ReadError>> + Send,
    O: Observer,
{
    let mut graph = Graph::with_mode(options.edges);
    let mut summary = RunSummary::default();
    let mut inputs = inputs.fuse();
    let mut ready: Vec<DocRecords> = Vec::new();
    // `None`: stopped by the observer; what is not in the graph yet stays out.
    let mut next = next_batch(&mut inputs, options, observer, &mut summary);
    while let Some(batch) = next {
        if batch.is_empty() && ready.is_empty() {
            break;
        }
        let to_add = std::mem::take(&mut ready);
        // One task extracts this batch in parallel; beside it, another adds
        // the batch before to the graph, in order, then reads the next one.
        let (extracted, read) = rayon::join(
            || {
                batch
                    .into_par_iter()
                    .map(|doc| DocRecords::from(extract(&doc, lexicon)))
                    .collect::<Vec<DocRecords>>()
            },
            || {
                if !to_add.is_empty() {
                    for rec in to_add {
                        summary.processed += 1;
                        summary.text_bytes += rec.text_bytes as u64;
                        graph.add_records(rec, |r| observer.document(r));
                    }
                    observer.batch_done();
                }
                next_batch(&mut inputs, options, observer, &mut summary)
            },
        );
        ready = extracted;
        next = read;
    }
    (graph, summary)
}

/// The next batch of documents; `None` when the observer stopped the run.
fn next_batch<O: Observer>(
    inputs: &mut impl Iterator<Item = Result<Document, ReadError>>,
    options: &BuildOptions,
    observer: &mut O,
    summary: &mut RunSummary,
) -> Option<Vec<Document>> {
    let mut batch = Vec::new();
    let mut bytes = 0;
    while batch.len() < options.batch_docs.max(1) && bytes < options.batch_bytes {
        match inputs.next() {
            None => break,
            Some(Ok(doc)) => {
                bytes += doc.text.len();
                batch.push(doc);
            }
            Some(Err(e)) => {
                summary.skipped.push(e.to_string());
                if !observer.skipped(&e) {
                    return None;
                }
            }
        }
    }
    Some(batch)
}

/// One line of the `--jsonl-out` stream.
#[derive(Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
enum Line<'a> {
    Document(&'a crate::export::wire::WireDocument),
    Relation(&'a crate::export::wire::WireEdge),
    Statement(&'a crate::export::wire::WireStatement),
    Stance(&'a crate::export::wire::WireStance),
}

/// Write one document's records as JSON Lines: a `document` line, then one
/// `relation` line per relation mention, one `statement` line per statement and
/// one `stance` line per stance, each the `graph.json` record with a `type`
/// field added (ids count mentions, as in a graph built without `--aggregate`).
pub fn write_jsonl(records: &DocRecords, out: &mut impl Write) -> std::io::Result<()> {
    let mut line = |l: Line| -> std::io::Result<()> {
        serde_json::to_writer(&mut *out, &l)?;
        out.write_all(b"\n")
    };
    line(Line::Document(&records.document))?;
    for e in &records.edges {
        line(Line::Relation(e))?;
    }
    for s in &records.statements {
        line(Line::Statement(s))?;
    }
    for s in &records.stances {
        line(Line::Stance(s))?;
    }
    Ok(())
}
