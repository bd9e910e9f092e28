//! `build`: read articles, extract, write the graph.

use super::lexicon_args::LexiconArgs;
use anyhow::Context;
use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use stancegraph::config::Config;
use stancegraph::corpus::{build_graph, write_jsonl, BuildOptions, Observer};
use stancegraph::error::ReadError;
use stancegraph::export::dot::graphviz_available;
use stancegraph::export::{validate, write_formats, Format};
use stancegraph::graph::{DocRecords, EdgeMode, DEFAULT_SAMPLES};
use stancegraph::read::read_inputs;
use stancegraph::GraphFile;
use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

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
    /// Print nothing but errors (no progress bar, no summary).
    #[arg(long, short)]
    pub quiet: bool,
    /// One edge per (source, target, relation) with counts, date range, Goldstein
    /// sum and a few evidence samples, and a bounded number of statements and
    /// stances: for corpora too big to keep every mention.
    #[arg(long)]
    pub aggregate: bool,
    /// With --aggregate: evidence samples kept per edge, statements per speaker,
    /// stances per (actor, issue, polarity).
    #[arg(long, default_value_t = DEFAULT_SAMPLES, requires = "aggregate")]
    pub samples: usize,
    /// Also stream one JSON line per document, relation, statement and stance to
    /// this file (`-` for standard output) as documents are done, in input order.
    #[arg(long, value_name = "FILE")]
    pub jsonl_out: Option<PathBuf>,
    /// Formats to write, comma-separated (json, dot, svg, png, graphml, gexf,
    /// nodelink, cytoscape, csv, html). Default: json, dot, and svg when Graphviz
    /// is installed.
    #[arg(long, value_delimiter = ',')]
    pub format: Vec<String>,
    #[command(flatten)]
    pub lexicons: LexiconArgs,
}

/// Inputs above this size get a hint about `--aggregate`.
const LARGE_INPUT: u64 = 256 * 1024 * 1024;

/// Run `build`.
pub fn run(args: BuildArgs) -> anyhow::Result<ExitCode> {
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .context("cannot set up the thread pool")?;
    }
    let formats = chosen_formats(&args.format, args.quiet)?;
    let lexicon = args.lexicons.load()?;
    let config = Config {
        default_date: args.date,
        lossy: args.lossy,
        max_doc_bytes: args.max_doc_bytes,
    };
    let options = BuildOptions {
        edges: if args.aggregate {
            EdgeMode::Aggregate {
                samples: args.samples,
            }
        } else {
            EdgeMode::PerMention
        },
        ..BuildOptions::default()
    };
    let size = input_size(&args.inputs);
    if let Some(size) = size.filter(|&s| s > LARGE_INPUT && !args.aggregate && !args.quiet) {
        eprintln!(
            "stancegraph: {} MB of input: every relation mention and statement is kept in memory; --aggregate keeps memory bounded",
            size / 1_000_000
        );
    }
    let jsonl: Option<Box<dyn Write + Send>> = match &args.jsonl_out {
        None => None,
        Some(p) if p.as_os_str() == "-" => Some(Box::new(std::io::stdout())),
        Some(p) => Some(Box::new(
            std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        )),
    };
    let mut observer = CliObserver {
        strict: args.strict,
        reasons: BTreeMap::new(),
        progress: progress_bar(size, args.quiet),
        jsonl: jsonl.map(|w| std::io::BufWriter::with_capacity(1 << 16, w)),
        jsonl_error: None,
        docs: 0,
    };
    let inputs = read_inputs(&args.inputs, &config);
    let (graph, summary) = build_graph(inputs, &lexicon, &options, &mut observer);
    observer.progress.finish_and_clear();
    if let Some(mut w) = observer.jsonl.take() {
        if observer.jsonl_error.is_none() {
            observer.jsonl_error = w.flush().err();
        }
    }
    if let Some(e) = observer.jsonl_error {
        let name = args.jsonl_out.unwrap_or_default();
        return Err(anyhow::Error::new(e).context(format!("cannot write {}", name.display())));
    }
    let why: Vec<String> = observer
        .reasons
        .iter()
        .map(|(r, n)| format!("{n} {r}"))
        .collect();
    if args.strict && !summary.skipped.is_empty() {
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
    let wire = graph.into_wire();
    write_outputs(&wire, &formats, &args.out)?;
    if !args.quiet {
        let mentions = match &wire.aggregate {
            Some(a) => format!(" ({} mentions)", a.edge_mentions),
            None => String::new(),
        };
        eprintln!(
            "stancegraph: {} documents, {} actors, {} relations{}, {} statements -> {}",
            summary.processed,
            wire.nodes.len(),
            wire.edges.len(),
            mentions,
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

/// Write the formats into `dir`. `graph.json` is streamed to its file rather
/// than rendered in memory (the same bytes as `write_formats` gives), after the
/// other formats, which are rendered first so that nothing is written when one
/// of them fails.
fn write_outputs(wire: &GraphFile, formats: &[Format], dir: &Path) -> anyhow::Result<()> {
    let others: Vec<Format> = formats
        .iter()
        .copied()
        .filter(|f| *f != Format::Json)
        .collect();
    if others.len() == formats.len() {
        write_formats(wire, formats, dir)?;
        return Ok(());
    }
    validate(wire)?;
    write_formats(wire, &others, dir)?;
    write_graph_json(wire, &dir.join("graph.json"))
}

/// Stream a graph as pretty-printed JSON (with a final newline) to a temporary
/// file beside `path`, then rename it over `path`: a crash never leaves a
/// truncated file.
pub fn write_graph_json(wire: &GraphFile, path: &Path) -> anyhow::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "graph.json".into());
    let tmp = dir.join(format!(".{name}.tmp{}", std::process::id()));
    let result = (|| -> anyhow::Result<()> {
        let file = std::fs::File::create(&tmp)?;
        let mut out = std::io::BufWriter::with_capacity(1 << 20, file);
        stancegraph::export::json::write_pretty(&mut out, wire)?;
        out.write_all(b"\n")?;
        let file = out.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)?;
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.with_context(|| format!("cannot write {}", path.display()))
}

/// Reports errors, streams JSON Lines, moves the progress bar.
struct CliObserver {
    strict: bool,
    reasons: BTreeMap<&'static str, usize>,
    progress: ProgressBar,
    jsonl: Option<std::io::BufWriter<Box<dyn Write + Send>>>,
    jsonl_error: Option<std::io::Error>,
    docs: u64,
}

impl Observer for CliObserver {
    fn skipped(&mut self, error: &ReadError) -> bool {
        self.progress
            .suspend(|| eprintln!("stancegraph: skipped: {error}"));
        *self.reasons.entry(error.reason()).or_default() += 1;
        !self.strict
    }

    fn document(&mut self, records: &DocRecords) {
        if let Some(w) = self.jsonl.as_mut() {
            if let Err(e) = write_jsonl(records, w) {
                // Stop writing (a closed pipe, a full disk); reported at the end.
                self.jsonl_error = Some(e);
                self.jsonl = None;
            }
        }
        self.docs += 1;
        self.progress.inc(records.text_bytes as u64);
    }

    fn batch_done(&mut self) {
        self.progress
            .set_message(format!("{} documents", self.docs));
        if let Some(w) = self.jsonl.as_mut() {
            if let Err(e) = w.flush() {
                self.jsonl_error = Some(e);
                self.jsonl = None;
            }
        }
    }
}

/// A progress bar on standard error when it is a terminal (hidden otherwise, and
/// with --quiet): documents, bytes of article text done, rate, and the ETA when
/// the input size is known. The total is the size of the input files, which also
/// holds markup (JSON keys, date headers), so the bar ends a little short of full.
fn progress_bar(size: Option<u64>, quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(size, ProgressDrawTarget::stderr());
    let template = if size.is_some() {
        "{spinner} {elapsed_precise} [{bar:20}] {bytes}/{total_bytes} {bytes_per_sec} ETA {eta} {msg}"
    } else {
        "{spinner} {elapsed_precise} {bytes} {bytes_per_sec} {msg}"
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message("0 documents");
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

/// Total size of the inputs in bytes, when it can be known (not for standard
/// input): files as given, and the article files found in directories.
fn input_size(paths: &[PathBuf]) -> Option<u64> {
    let mut total = 0;
    for p in paths {
        if p.as_os_str() == "-" {
            return None;
        }
        total += size_of(p, 0);
    }
    Some(total)
}

fn size_of(path: &Path, depth: usize) -> u64 {
    let Ok(meta) = std::fs::metadata(path) else {
        return 0;
    };
    if !meta.is_dir() {
        return meta.len();
    }
    if depth > 64 {
        return 0;
    }
    let Ok(entries) = std::fs::read_dir(path) else {
        return 0;
    };
    entries
        .flatten()
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| {
            let p = e.path();
            let article = matches!(
                p.extension()
                    .and_then(|x| x.to_str())
                    .map(str::to_ascii_lowercase)
                    .as_deref(),
                Some("txt" | "text" | "md" | "jsonl" | "ndjson")
            );
            if p.is_dir() || article {
                size_of(&p, depth + 1)
            } else {
                0
            }
        })
        .sum()
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
