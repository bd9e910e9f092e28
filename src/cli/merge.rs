//! `merge`: join graphs built on shards of a corpus into the graph one run over
//! the whole corpus would build.

use clap::Args;
use stancegraph::export::validate;
use stancegraph::graph::{EdgeMode, Graph, DEFAULT_SAMPLES};
use stancegraph::GraphFile;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `stancegraph merge`.
#[derive(Args)]
pub struct MergeArgs {
    /// `graph.json` files built on shards of the input, in the order of the
    /// shards (the documents of the first come first).
    #[arg(required = true)]
    pub graphs: Vec<PathBuf>,
    /// Output file; when it is a directory, `graph.json` inside it.
    #[arg(long)]
    pub out: PathBuf,
    /// Aggregate the result (per-mention inputs are aggregated as a single
    /// `build --aggregate` would). Implied when the first input is aggregated.
    #[arg(long)]
    pub aggregate: bool,
    /// Samples kept per aggregated edge (default: the first aggregated input's,
    /// or 5).
    #[arg(long)]
    pub samples: Option<usize>,
    /// Print nothing but errors.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Run `merge`.
pub fn run(args: MergeArgs) -> anyhow::Result<ExitCode> {
    let mut graph: Option<Graph> = None;
    for path in &args.graphs {
        let file = GraphFile::load(path)?;
        let g = graph.get_or_insert_with(|| {
            let first = file.aggregate.as_ref().map(|a| a.samples);
            let mode = if args.aggregate || first.is_some() || args.samples.is_some() {
                EdgeMode::Aggregate {
                    samples: args.samples.or(first).unwrap_or(DEFAULT_SAMPLES),
                }
            } else {
                EdgeMode::PerMention
            };
            Graph::with_mode(mode)
        });
        g.absorb(file, &path.display().to_string())?;
    }
    let wire = graph.unwrap_or_default().into_wire();
    let out = if args.out.is_dir() {
        args.out.join("graph.json")
    } else {
        args.out.clone()
    };
    validate(&wire)?;
    super::build::write_graph_json(&wire, &out)?;
    if !args.quiet {
        eprintln!(
            "stancegraph: merged {} graphs: {} documents, {} actors, {} relations, {} statements -> {}",
            args.graphs.len(),
            wire.documents.len(),
            wire.nodes.len(),
            wire.edges.len(),
            wire.statements.len(),
            out.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}
