//! `export`: convert a graph.json into other formats.

use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `stancegraph export`.
#[derive(Args)]
pub struct ExportArgs {
    /// The graph.json to convert.
    pub graph: PathBuf,
}

/// Run `export`.
pub fn run(_args: ExportArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}
