//! The `stancegraph` command line: parses arguments and calls the library.

mod cli;

// Extraction makes many small allocations (a String per token, small Vecs per
// match); mimalloc serves them in a fraction of the instructions of the system
// allocator (docs/performance.md). Output does not depend on it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Turn news articles into a graph of political actors, statements, relations and stances.
#[derive(Parser)]
#[command(name = "stancegraph", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read articles, extract, and write graph.json, graph.dot (and graph.svg).
    Build(cli::build::BuildArgs),
    /// Score extraction against gold annotations.
    Eval(cli::eval::EvalArgs),
    /// Convert a graph.json into another format.
    Export(cli::export::ExportArgs),
    /// Merge graph.json files built on shards of a corpus into the graph of the whole.
    Merge(cli::merge::MergeArgs),
    /// Who said what about whom, and relations, filtered.
    Query(cli::query::QueryArgs),
    /// The profile of one actor.
    Actor(cli::query::ActorArgs),
    /// Everything between two actors, as a timeline.
    Between(cli::query::BetweenArgs),
    /// Write a filtered sub-graph.
    Subgraph(cli::query::SubgraphArgs),
    /// Where actors stand on issues: --issue, --actor, or the --matrix (and --csv).
    Stances(cli::stances::StancesArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(args) => cli::build::run(args),
        Command::Eval(args) => cli::eval::run(args),
        Command::Export(args) => cli::export::run(args),
        Command::Merge(args) => cli::merge::run(args),
        Command::Query(args) => cli::query::run_query(args),
        Command::Actor(args) => cli::query::run_actor(args),
        Command::Between(args) => cli::query::run_between(args),
        Command::Subgraph(args) => cli::query::run_subgraph(args),
        Command::Stances(args) => cli::stances::run(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("stancegraph: error: {err:#}");
            ExitCode::from(2)
        }
    }
}
