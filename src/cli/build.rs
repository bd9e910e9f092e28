//! `build`: read articles, extract, write the graph.

use super::lexicon_args::LexiconArgs;
use anyhow::Context;
use clap::Args;
use stancegraph::config::Config;
use stancegraph::corpus::build_graph;
use stancegraph::export::{write_atomic, Format};
use stancegraph::read::read_inputs;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `stancegraph build`.
#[derive(Args)]
pub struct BuildArgs {
    /// Article files, directories (read recursively, in sorted order), or `-` for
    /// standard input. `.jsonl` files hold one article per line.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Output directory.
    #[arg(long, default_value = "output")]
    pub out: PathBuf,
    /// Date (YYYY-MM-DD) for documents that have none.
    #[arg(long, value_parser = super::parse_date)]
    pub date: Option<chrono::NaiveDate>,
    /// Replace invalid UTF-8 instead of skipping the file.
    #[arg(long)]
    pub lossy: bool,
    /// Stop at the first bad input instead of skipping it.
    #[arg(long)]
    pub strict: bool,
    /// Largest document accepted, in bytes.
    #[arg(long, default_value_t = 16 * 1024 * 1024)]
    pub max_doc_bytes: u64,
    /// Worker threads (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Print nothing but errors.
    #[arg(long, short)]
    pub quiet: bool,
    #[command(flatten)]
    pub lexicons: LexiconArgs,
}

/// Run `build`.
pub fn run(args: BuildArgs) -> anyhow::Result<ExitCode> {
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .context("cannot set up the thread pool")?;
    }
    let lexicon = args.lexicons.load()?;
    let config = Config {
        default_date: args.date,
        lossy: args.lossy,
        max_doc_bytes: args.max_doc_bytes,
    };
    let strict = args.strict;
    let inputs = read_inputs(&args.inputs, &config);
    let (graph, summary) = build_graph(
        inputs,
        &lexicon,
        |e| {
            eprintln!("stancegraph: skipped: {e}");
            !strict
        },
        |_| {},
    );
    if strict && !summary.skipped.is_empty() {
        eprintln!("stancegraph: stopped at the first error (--strict); nothing written");
        return Ok(ExitCode::from(1));
    }
    let wire = graph.to_wire();
    for format in [Format::Json, Format::Dot] {
        let path = args.out.join(format.file_name());
        let bytes = format.render(&wire)?;
        write_atomic(&path, &bytes)?;
    }
    if !args.quiet {
        eprintln!(
            "stancegraph: {} documents, {} actors, {} relations, {} statements -> {}",
            summary.processed,
            wire.nodes.len(),
            wire.edges.len(),
            wire.statements.len(),
            args.out.display()
        );
    }
    if !summary.skipped.is_empty() {
        eprintln!(
            "stancegraph: {} processed, {} skipped",
            summary.processed,
            summary.skipped.len()
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
