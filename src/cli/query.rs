//! `query`, `actor`, `between`, `subgraph`.

use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `stancegraph query`.
#[derive(Args)]
pub struct QueryArgs {
    /// The graph.json to query.
    pub graph: PathBuf,
}

/// Arguments of `stancegraph actor`.
#[derive(Args)]
pub struct ActorArgs {
    /// The graph.json to query.
    pub graph: PathBuf,
}

/// Arguments of `stancegraph between`.
#[derive(Args)]
pub struct BetweenArgs {
    /// The graph.json to query.
    pub graph: PathBuf,
}

/// Arguments of `stancegraph subgraph`.
#[derive(Args)]
pub struct SubgraphArgs {
    /// The graph.json to query.
    pub graph: PathBuf,
}

/// Run `query`.
pub fn run_query(_args: QueryArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}
/// Run `actor`.
pub fn run_actor(_args: ActorArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}
/// Run `between`.
pub fn run_between(_args: BetweenArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}
/// Run `subgraph`.
pub fn run_subgraph(_args: SubgraphArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}
