//! `stances`: who is for and against an issue, one actor's positions, or the
//! actors x issues matrix (also as CSV). Flags in, [`stancegraph::query::stances`]
//! calls out, answers to standard output.

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use stancegraph::export::write_atomic;
use stancegraph::query::stances::{self, matrix_csv, Matrix};
use stancegraph::GraphFile;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `stancegraph stances`.
#[derive(Args, Debug)]
pub struct StancesArgs {
    /// The graph.json to read.
    pub graph: PathBuf,
    /// Who is for and against this issue (id, label, or the start of either:
    /// `nato-membership`).
    #[arg(long, value_name = "ISSUE", conflicts_with_all = ["actor", "matrix"])]
    pub issue: Option<String>,
    /// The positions of this actor (id, label or alias).
    #[arg(long, value_name = "ACTOR", conflicts_with = "matrix")]
    pub actor: Option<String>,
    /// The actors x issues table (the default when no --issue or --actor is given).
    #[arg(long)]
    pub matrix: bool,
    /// Also write the matrix as CSV to this file.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["issue", "actor"])]
    pub csv: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = StanceFormat::Table)]
    pub format: StanceFormat,
    /// Table width in columns.
    #[arg(long, value_name = "COLUMNS", default_value_t = 100)]
    pub width: usize,
}

/// `--format` of `stances`.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum StanceFormat {
    /// Aligned text for people.
    Table,
    /// One JSON document.
    Json,
}

/// Run `stancegraph stances`.
pub fn run(args: StancesArgs) -> Result<ExitCode> {
    let graph = GraphFile::load(&args.graph).context("cannot load the graph")?;
    let width = args.width.max(40);
    let json = args.format == StanceFormat::Json;
    let text = if let Some(name) = &args.issue {
        let answer = stances::on_issue(&graph, name)?;
        if json {
            to_json(&answer)?
        } else {
            stances::issue_table(&graph, &answer, width)
        }
    } else if let Some(name) = &args.actor {
        let answer = stances::of_actor(&graph, name)?;
        if json {
            to_json(&answer)?
        } else {
            stances::actor_table(&graph, &answer, width)
        }
    } else {
        let m = stances::matrix(&graph);
        if let Some(path) = &args.csv {
            write_atomic(path, matrix_csv(&m).as_bytes())
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
        if json {
            to_json(&matrix_records(&m))?
        } else {
            stances::matrix_table(&m, width)
        }
    };
    emit(&text)?;
    Ok(ExitCode::SUCCESS)
}

/// The matrix as records: one per (actor, issue) pair with its trajectory.
fn matrix_records(m: &Matrix) -> Vec<serde_json::Value> {
    m.cells
        .iter()
        .map(|((a, i), t)| {
            serde_json::json!({
                "actor": m.actors[*a].id,
                "issue": m.issues[*i].id,
                "polarity": t.polarity(),
                "trajectory": t.trajectory(),
                "stances": t.stances.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
            })
        })
        .collect()
}

fn to_json(value: &impl serde::Serialize) -> Result<String> {
    let mut text = serde_json::to_string_pretty(value).context("cannot write JSON")?;
    text.push('\n');
    Ok(text)
}

/// Write to standard output; a closed pipe (`| head`) is not an error.
fn emit(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("cannot write to standard output"),
    }
}
