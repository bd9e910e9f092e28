//! `eval`: score extraction against gold files.

use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `stancegraph eval`.
#[derive(Args)]
pub struct EvalArgs {
    /// Gold directory with `docs/*.txt` and `gold/*.json`.
    #[arg(long)]
    pub gold: PathBuf,
}

/// Run `eval`.
pub fn run(_args: EvalArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}
