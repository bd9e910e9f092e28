//! Running the pipeline over a corpus: documents stream in, are extracted in
//! parallel in bounded batches, and are merged into the graph in input order, so
//! the output is the same whatever the number of threads.

use crate::error::ReadError;
use crate::graph::Graph;
use crate::lexicon::Lexicon;
use crate::model::{Document, Extraction};
use crate::pipeline::extract;
use rayon::prelude::*;

/// Documents extracted together; bounds the memory held at once.
pub const BATCH: usize = 256;

/// What happened to the inputs of a run.
#[derive(Debug, Default)]
pub struct RunSummary {
    /// Documents extracted.
    pub processed: usize,
    /// Inputs skipped, with the reason.
    pub skipped: Vec<String>,
}

/// Read, extract and merge every document; errors are passed to `on_error` and the
/// run goes on (unless `on_error` returns `false`, which stops it).
pub fn build_graph(
    inputs: impl Iterator<Item = Result<Document, ReadError>>,
    lexicon: &Lexicon,
    mut on_error: impl FnMut(&ReadError) -> bool,
    mut on_document: impl FnMut(&Extraction),
) -> (Graph, RunSummary) {
    let mut graph = Graph::new();
    let mut summary = RunSummary::default();
    let mut batch: Vec<Document> = Vec::with_capacity(BATCH);
    let mut stop = false;
    let mut flush = |batch: &mut Vec<Document>, graph: &mut Graph, summary: &mut RunSummary| {
        let results: Vec<Extraction> = batch.par_iter().map(|d| extract(d, lexicon)).collect();
        for ex in &results {
            on_document(ex);
            graph.add(ex);
            summary.processed += 1;
        }
        batch.clear();
    };
    for item in inputs {
        match item {
            Ok(doc) => {
                batch.push(doc);
                if batch.len() >= BATCH {
                    flush(&mut batch, &mut graph, &mut summary);
                }
            }
            Err(e) => {
                summary.skipped.push(e.to_string());
                if !on_error(&e) {
                    stop = true;
                    break;
                }
            }
        }
    }
    if !stop {
        flush(&mut batch, &mut graph, &mut summary);
    }
    (graph, summary)
}
