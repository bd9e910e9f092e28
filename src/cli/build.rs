//! `build`: read articles, extract, write the graph.

use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `stancegraph build`.
#[derive(Args)]
pub struct BuildArgs {
    /// Files, directories, or `-` for standard input.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Output directory.
    #[arg(long, default_value = "output")]
    pub out: PathBuf,
}

/// Run `build`.
pub fn run(_args: BuildArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}
