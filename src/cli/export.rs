//! `export`: convert a graph.json into other formats.

use anyhow::{bail, Context};
use clap::Args;
use stancegraph::export::{self, dot, Aggregation, Format, FORMATS};
use stancegraph::GraphFile;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `stancegraph export`.
#[derive(Args)]
pub struct ExportArgs {
    /// The graph.json to convert.
    pub graph: PathBuf,
    /// Comma-separated formats: json, dot, svg, png, graphml, gexf, nodelink,
    /// cytoscape, csv, html; `all` means every format but json.
    #[arg(long, short, value_delimiter = ',', default_value = "all")]
    pub format: Vec<String>,
    /// Output directory.
    #[arg(long, short, default_value = "output")]
    pub out: PathBuf,
    /// Keep only relations seen at least N times between the same two actors.
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub min_count: usize,
    /// Keep only the N actors with the most relations.
    #[arg(long, value_name = "N")]
    pub top: Option<usize>,
    /// Fold each person into the state or organization they act for.
    #[arg(long)]
    pub collapse_persons: bool,
}

/// What the user asked for: the formats, and whether `all` was among them.
struct Selection {
    formats: Vec<Format>,
    all: bool,
}

fn parse_formats(names: &[String]) -> anyhow::Result<Selection> {
    let mut selection = Selection {
        formats: Vec::new(),
        all: false,
    };
    for name in names.iter().map(|n| n.trim()).filter(|n| !n.is_empty()) {
        if name.eq_ignore_ascii_case("all") {
            selection.all = true;
            let every = FORMATS
                .iter()
                .map(|s| s.format)
                .filter(|f| *f != Format::Json);
            selection.formats.extend(every);
        } else if let Some(format) = Format::from_name(name) {
            selection.formats.push(format);
        } else {
            let known: Vec<&str> = FORMATS.iter().map(|s| s.name).collect();
            bail!("unknown format {name:?} (known: {}, all)", known.join(", "));
        }
    }
    if selection.formats.is_empty() {
        bail!("no format given");
    }
    Ok(selection)
}

/// Refuse to write a json that would replace the graph being read.
fn check_not_overwriting(input: &Path, formats: &[Format], out: &Path) -> anyhow::Result<()> {
    if !formats.contains(&Format::Json) {
        return Ok(());
    }
    let target = out.join(Format::Json.file_name());
    let same = match (input.canonicalize(), target.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same {
        bail!(
            "{}: refusing to overwrite the input with --format json; choose another --out",
            input.display()
        );
    }
    Ok(())
}

/// Run `export`.
pub fn run(args: ExportArgs) -> anyhow::Result<ExitCode> {
    let mut selection = parse_formats(&args.format)?;
    let graph = GraphFile::load(&args.graph)?;
    check_not_overwriting(&args.graph, &selection.formats, &args.out)?;
    if selection.all && !dot::graphviz_available() {
        // `all` is a convenience: leave out what cannot be made here and say so once.
        selection.formats.retain(|f| !f.needs_graphviz());
        eprintln!(
            "note: Graphviz is not installed, skipping svg and png (apt-get install graphviz)"
        );
    }
    let options = Aggregation {
        min_count: args.min_count,
        top: args.top,
        collapse_persons: args.collapse_persons,
    };
    let graph = graph.aggregate(&options);
    let written = export::write_formats(&graph, &selection.formats, &args.out)
        .with_context(|| format!("exporting {}", args.graph.display()))?;
    for path in written {
        println!("{}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}
