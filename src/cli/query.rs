//! `query`, `actor`, `between`, `subgraph`: flags in, [`stancegraph::query`] calls
//! out, answers to standard output.

use anyhow::{anyhow, bail, Context};
use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use stancegraph::export::{self, write_atomic, Format, FORMATS};
use stancegraph::query::{self, records, table, Ego, Filter, Kind, Tone};
use stancegraph::GraphFile;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The width tables are laid out for when standard output is not a terminal.
const DEFAULT_WIDTH: usize = 100;
/// Narrower than this, tables are unreadable anyway.
const MIN_WIDTH: usize = 40;

/// The filters shared by `query` and `subgraph`.
#[derive(Args, Debug, Clone)]
pub struct FilterArgs {
    /// Statements by this actor (id, label or alias; any case, accents optional).
    #[arg(long, value_name = "ACTOR")]
    pub speaker: Option<String>,
    /// Statements about this actor.
    #[arg(long, value_name = "ACTOR")]
    pub about: Option<String>,
    /// Relations from this actor.
    #[arg(long, value_name = "ACTOR")]
    pub source: Option<String>,
    /// Relations toward this actor.
    #[arg(long, value_name = "ACTOR")]
    pub target: Option<String>,
    /// Relations with this name (rejects_meeting) or label ("rules out meeting with").
    #[arg(long, value_name = "NAME")]
    pub relation: Option<String>,
    /// Relations whose CAMEO code is or starts with this (12 = every rejection).
    #[arg(long, value_name = "CODE")]
    pub cameo: Option<String>,
    /// Only conflict relations (quad class 3-4, or a negative Goldstein weight).
    #[arg(long, conflicts_with = "cooperation")]
    pub conflict: bool,
    /// Only cooperation relations (quad class 1-2, or a positive Goldstein weight).
    #[arg(long)]
    pub cooperation: bool,
    /// Items dated on or after this day.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    pub since: Option<NaiveDate>,
    /// Items dated on or before this day.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    pub until: Option<NaiveDate>,
    /// Items from this document id.
    #[arg(long, value_name = "ID")]
    pub doc: Option<String>,
    /// Statements, relations or both.
    #[arg(long, value_enum, default_value_t = KindArg::Both)]
    pub kind: KindArg,
    /// Keep only the newest N items.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
}

/// `--kind`.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum KindArg {
    /// Who said what about whom.
    Statements,
    /// CAMEO-coded relations.
    Relations,
    /// Both.
    Both,
}

/// `--format` of `query` and `between`.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutputFormat {
    /// An aligned table for people.
    Table,
    /// One JSON document.
    Json,
    /// Comma-separated values with a header row.
    Csv,
    /// One JSON object per line.
    Jsonl,
}

/// `--format` of `actor`.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfileFormat {
    /// A readable profile.
    Table,
    /// One JSON document.
    Json,
}

/// Arguments of `stancegraph query`.
#[derive(Args)]
pub struct QueryArgs {
    /// The graph.json to query.
    pub graph: PathBuf,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    pub format: OutputFormat,
    /// Table width in columns (default: the terminal's, or 100).
    #[arg(long, value_name = "COLUMNS")]
    pub width: Option<usize>,
}

/// Arguments of `stancegraph actor`.
#[derive(Args)]
pub struct ActorArgs {
    /// The graph.json to query.
    pub graph: PathBuf,
    /// The actor: id, label or alias.
    pub name: String,
    /// How many counterparts to list.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub top: usize,
    /// How many of its latest statements to show.
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub latest: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ProfileFormat::Table)]
    pub format: ProfileFormat,
    /// Table width in columns (default: the terminal's, or 100).
    #[arg(long, value_name = "COLUMNS")]
    pub width: Option<usize>,
}

/// Arguments of `stancegraph between`.
#[derive(Args)]
pub struct BetweenArgs {
    /// The graph.json to query.
    pub graph: PathBuf,
    /// The first actor.
    pub a: String,
    /// The second actor.
    pub b: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    pub format: OutputFormat,
    /// Table width in columns (default: the terminal's, or 100).
    #[arg(long, value_name = "COLUMNS")]
    pub width: Option<usize>,
}

/// Arguments of `stancegraph subgraph`.
#[derive(Args)]
pub struct SubgraphArgs {
    /// The graph.json to cut from.
    pub graph: PathBuf,
    /// Keep only the actors within --depth links of this one.
    #[arg(long, value_name = "ACTOR")]
    pub ego: Option<String>,
    /// How far from --ego to reach (0 is the actor alone) [default: 1].
    #[arg(long, value_name = "N", requires = "ego")]
    pub depth: Option<usize>,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Where to write; the extension picks the format (zelensky.dot). Default: standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Export format by name (json, dot, svg, graphml, gexf, html, csv, ...),
    /// overriding the extension. Formats of several files (csv) need --out DIR.
    #[arg(long, value_name = "NAME")]
    pub format: Option<String>,
}

/// Parse a `--since` / `--until` day.
fn parse_day(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("{text:?} is not a date: expected YYYY-MM-DD, like 2025-08-22"))
}

impl FilterArgs {
    /// The library filter these flags describe.
    fn to_filter(&self) -> Filter {
        let tone = match (self.conflict, self.cooperation) {
            (true, _) => Some(Tone::Conflict),
            (_, true) => Some(Tone::Cooperation),
            _ => None,
        };
        Filter {
            speaker: self.speaker.clone(),
            about: self.about.clone(),
            source: self.source.clone(),
            target: self.target.clone(),
            relation: self.relation.clone(),
            cameo: self.cameo.clone(),
            tone,
            since: self.since,
            until: self.until,
            doc: self.doc.clone(),
            kind: match self.kind {
                KindArg::Statements => Kind::Statements,
                KindArg::Relations => Kind::Relations,
                KindArg::Both => Kind::Both,
            },
            limit: self.limit,
        }
    }
}

/// Load the graph, naming the file in the error.
fn load(path: &Path) -> anyhow::Result<GraphFile> {
    GraphFile::load(path).context("cannot load the graph")
}

/// Write to standard output; a closed pipe (`| head`) is not an error.
fn emit(text: &str) -> anyhow::Result<()> {
    emit_bytes(text.as_bytes())
}

/// Write bytes to standard output, as [`emit`].
fn emit_bytes(bytes: &[u8]) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("cannot write to standard output"),
    }
}

/// The columns to lay tables out for: `--width`, else the terminal's, else 100.
fn columns(flag: Option<usize>) -> usize {
    flag.or_else(terminal_width)
        .unwrap_or(DEFAULT_WIDTH)
        .max(MIN_WIDTH)
}

/// The width of the terminal standard output goes to, if it goes to one.
fn terminal_width() -> Option<usize> {
    if !std::io::stdout().is_terminal() {
        return None;
    }
    // Shells export COLUMNS only sometimes; `stty size` asks the terminal itself.
    if let Some(n) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse().ok())
    {
        return Some(n);
    }
    let tty = std::fs::File::open("/dev/tty").ok()?;
    let out = std::process::Command::new("stty")
        .arg("size")
        .stdin(tty)
        .output()
        .ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    text.split_whitespace().nth(1)?.parse().ok()
}

/// Tell that nothing matched: on standard output for people, on standard error
/// for scripts (whose standard output must stay valid JSON or CSV).
fn no_match(message: &str, format: OutputFormat) -> anyhow::Result<()> {
    if format == OutputFormat::Table {
        emit(&format!("{message}\n"))
    } else {
        eprintln!("stancegraph: {message}");
        Ok(())
    }
}

/// Run `query`.
pub fn run_query(args: QueryArgs) -> anyhow::Result<ExitCode> {
    let graph = load(&args.graph)?;
    let filter = args.filter.to_filter();
    let found = query::query(&graph, &filter)?;
    if found.is_empty() {
        let mut message = "no match: no statement or relation fits these filters".to_string();
        if let Some(why) = filter.contradiction() {
            message = format!("{message} ({why})");
        }
        no_match(&message, args.format)?;
        if args.format == OutputFormat::Table {
            return Ok(ExitCode::SUCCESS);
        }
    }
    let text = match args.format {
        OutputFormat::Table => table::matches_table(&graph, &found, columns(args.width)),
        OutputFormat::Json => records::hits_json(&found.hits)?,
        OutputFormat::Csv => records::hits_csv(&found.hits),
        OutputFormat::Jsonl => records::hits_jsonl(&found.hits)?,
    };
    emit(&text)?;
    Ok(ExitCode::SUCCESS)
}

/// Run `actor`.
pub fn run_actor(args: ActorArgs) -> anyhow::Result<ExitCode> {
    let graph = load(&args.graph)?;
    let profile = query::profile(&graph, &args.name, args.latest)?;
    let text = match args.format {
        ProfileFormat::Table => {
            table::profile_table(&graph, &profile, args.top, columns(args.width))
        }
        ProfileFormat::Json => records::profile_json(&profile)?,
    };
    emit(&text)?;
    Ok(ExitCode::SUCCESS)
}

/// Run `between`.
pub fn run_between(args: BetweenArgs) -> anyhow::Result<ExitCode> {
    let graph = load(&args.graph)?;
    let timeline = query::between(&graph, &args.a, &args.b)?;
    if timeline.entries.is_empty() {
        let message = format!(
            "no match: no statement or relation between {} and {}",
            timeline.a.label, timeline.b.label
        );
        no_match(&message, args.format)?;
        if args.format == OutputFormat::Table {
            return Ok(ExitCode::SUCCESS);
        }
    }
    let text = match args.format {
        OutputFormat::Table => table::timeline_table(&graph, &timeline, columns(args.width)),
        OutputFormat::Json => records::timeline_json(&timeline)?,
        OutputFormat::Csv => records::timeline_csv(&timeline),
        OutputFormat::Jsonl => records::timeline_jsonl(&timeline)?,
    };
    emit(&text)?;
    Ok(ExitCode::SUCCESS)
}

/// Run `subgraph`.
pub fn run_subgraph(args: SubgraphArgs) -> anyhow::Result<ExitCode> {
    let graph = load(&args.graph)?;
    let format = export_format(args.format.as_deref(), args.out.as_deref())?;
    let ego = args.ego.as_ref().map(|name| Ego {
        name: name.clone(),
        depth: args.depth.unwrap_or(1),
    });
    let sub = query::subgraph(&graph, &args.filter.to_filter(), ego.as_ref())?;
    export::validate(&sub)?;
    let summary = format!(
        "{} nodes, {} relations, {} statements",
        sub.nodes.len(),
        sub.edges.len(),
        sub.statements.len()
    );
    match (&args.out, format.files()) {
        // Formats of several files (csv for Neo4j) go into a directory.
        (Some(dir), files) if files.len() > 1 => {
            export::write_formats(&sub, &[format], dir)?;
            eprintln!(
                "stancegraph: wrote {} in {} ({summary})",
                files.join(", "),
                dir.display()
            );
        }
        (Some(path), _) => {
            write_atomic(path, &format.render(&sub)?)?;
            eprintln!("stancegraph: wrote {} ({summary})", path.display());
        }
        (None, files) if files.len() > 1 => bail!(
            "the {} format writes several files ({}): give a directory with --out",
            format.name(),
            files.join(", ")
        ),
        (None, _) => emit_bytes(&format.render(&sub)?)?,
    }
    if sub.edges.is_empty() && sub.statements.is_empty() {
        eprintln!("stancegraph: no match: the sub-graph has no statement or relation ({summary})");
    }
    Ok(ExitCode::SUCCESS)
}

/// The known export format names, for error messages.
fn format_names() -> String {
    FORMATS
        .iter()
        .map(|s| s.name)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The export format: `--format` by name, else the `--out` file name's ending
/// (`.dot`, `.graphml`, `.nodelink.json`, ...), else JSON.
fn export_format(name: Option<&str>, out: Option<&Path>) -> anyhow::Result<Format> {
    if let Some(name) = name {
        return Format::from_name(name)
            .ok_or_else(|| anyhow!("unknown format {name:?}; known formats: {}", format_names()));
    }
    let Some(file) = out.and_then(|p| p.file_name()).and_then(|f| f.to_str()) else {
        return Ok(Format::Json);
    };
    if !file.contains('.') {
        return Ok(Format::Json);
    }
    let file = file.to_ascii_lowercase();
    // A format answers to the ending of its main file from the first dot on
    // (`graph.nodelink.json` gives `.nodelink.json`); the longest ending wins, so
    // `x.nodelink.json` is node-link and `x.json` the contract.
    let by_ending = FORMATS
        .iter()
        .filter_map(|spec| {
            let main = spec.files.first()?;
            let ending = &main[main.find('.')?..];
            file.ends_with(ending)
                .then_some((ending.len(), spec.format))
        })
        .max_by_key(|(len, _)| *len)
        .map(|(_, format)| format);
    let ext = file.rsplit('.').next().unwrap_or_default();
    by_ending.or_else(|| Format::from_name(ext)).ok_or_else(|| {
        anyhow!(
            "cannot tell the format from the extension {ext:?}; use --format with one of: {}",
            format_names()
        )
    })
}
