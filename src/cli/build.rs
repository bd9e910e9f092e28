//! `build`: read articles, extract, write the graph.

use super::lexicon_args::LexiconArgs;
use anyhow::Context;
use clap::Args;
use stancegraph::config::Config;
use stancegraph::corpus::build_graph;
use stancegraph::export::dot::graphviz_available;
use stancegraph::export::{write_formats, Format};
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
    /// Formats to write, comma-separated (json, dot, svg, png, graphml, gexf,
    /// nodelink, cytoscape, csv, html). Default: json, dot, and svg when Graphviz
    /// is installed.
    #[arg(long, value_delimiter = ',')]
    pub format: Vec<String>,
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
    let mut reasons: std::collections::BTreeMap<&'static str, usize> = Default::default();
    let (graph, summary) = build_graph(
        inputs,
        &lexicon,
        |e| {
            eprintln!("stancegraph: skipped: {e}");
            *reasons.entry(e.reason()).or_default() += 1;
            !strict
        },
        |_| {},
    );
    let why: Vec<String> = reasons.iter().map(|(r, n)| format!("{n} {r}")).collect();
    if strict && !summary.skipped.is_empty() {
        eprintln!("stancegraph: stopped at the first error (--strict); nothing written");
        return Ok(ExitCode::from(1));
    }
    if summary.processed == 0 && !summary.skipped.is_empty() {
        // A run that read nothing must not replace a previous good output.
        eprintln!(
            "stancegraph: 0 processed, {} skipped ({}); nothing written",
            summary.skipped.len(),
            why.join(", ")
        );
        return Ok(ExitCode::from(1));
    }
    let wire = graph.to_wire();
    let formats = chosen_formats(&args.format, args.quiet)?;
    write_formats(&wire, &formats, &args.out)?;
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
            "stancegraph: {} processed, {} skipped ({})",
            summary.processed,
            summary.skipped.len(),
            why.join(", ")
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// The formats asked for, or the default set: json, dot, and svg when Graphviz's
/// `dot` is installed (else one line saying how to get it).
fn chosen_formats(names: &[String], quiet: bool) -> anyhow::Result<Vec<Format>> {
    if names.is_empty() {
        let mut formats = vec![Format::Json, Format::Dot];
        if graphviz_available() {
            formats.push(Format::Svg);
        } else if !quiet {
            eprintln!("stancegraph: Graphviz `dot` not found, graph.svg not written (install it: apt-get install graphviz)");
        }
        return Ok(formats);
    }
    names
        .iter()
        .map(|n| {
            Format::from_name(n.trim()).ok_or_else(|| {
                let known: Vec<&str> = stancegraph::export::FORMATS
                    .iter()
                    .map(|f| f.name)
                    .collect();
                anyhow::anyhow!("unknown format {n:?} (known: {})", known.join(", "))
            })
        })
        .collect()
}
