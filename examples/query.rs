//! Asking a graph questions from Rust instead of the command line.
//!
//! ```text
//! cargo run --example query                       # the test graph
//! cargo run --example query -- output/graph.json lavrov zelensky
//! ```
//!
//! Prints what the first actor said about the second (newest first), how the
//! relations between them add up over time, and with whom the first deals most.

use stancegraph::query::{self, Filter, Hit, Kind};
use stancegraph::GraphFile;
use std::error::Error;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args().skip(1);
    let path = PathBuf::from(
        args.next()
            .unwrap_or_else(|| "tests/data/query/graph.json".into()),
    );
    let a = args.next().unwrap_or_else(|| "lavrov".into());
    let b = args.next().unwrap_or_else(|| "zelensky".into());
    let graph = GraphFile::load(&path)?;

    said_about(&graph, &a, &b)?;
    trend(&graph, &a, &b)?;
    counterparts(&graph, &a)?;
    Ok(())
}

/// Every statement by `a` about `b`, newest first.
fn said_about(graph: &GraphFile, a: &str, b: &str) -> Result<(), Box<dyn Error>> {
    let filter = Filter::new().speaker(a).about(b).kind(Kind::Statements);
    let found = query::query(graph, &filter)?;
    let (who, whom) = (query::resolve(graph, a)?, query::resolve(graph, b)?);
    println!(
        "{} on {}: {} statements",
        who.label, whom.label, found.total
    );
    for s in found.statements() {
        let date = s.date.as_deref().unwrap_or("undated");
        println!("  {date}  {:<4} {:?} ({})", s.id, s.text, s.doc);
    }
    Ok(())
}

/// The relations between `a` and `b` with the running Goldstein sum.
fn trend(graph: &GraphFile, a: &str, b: &str) -> Result<(), Box<dyn Error>> {
    let timeline = query::between(graph, a, b)?;
    println!(
        "\nRelations between them (net {:+.1}):",
        timeline.net_goldstein()
    );
    for entry in &timeline.entries {
        if let Hit::Relation(e) = entry.item {
            let (from, to) = (
                query::label_of(graph, &e.source),
                query::label_of(graph, &e.target),
            );
            let date = e.date.as_deref().unwrap_or("undated");
            // Older graphs may lack the human label; the relation name stands in.
            let what = if e.label.is_empty() {
                &e.relation
            } else {
                &e.label
            };
            println!(
                "  {date}  {from} {what} {to}  {:+.1} -> {:+.1}",
                e.goldstein, entry.running_goldstein
            );
        }
    }
    Ok(())
}

/// The actors `a` deals with most.
fn counterparts(graph: &GraphFile, a: &str) -> Result<(), Box<dyn Error>> {
    let profile = query::profile(graph, a, 0)?;
    println!("\n{} deals most with:", profile.node.label);
    for c in profile.counterparts.iter().take(5) {
        println!(
            "  {:<24} {} out, {} in, net toward {:+.1}",
            c.actor.label, c.addresses, c.addressed_by, c.goldstein_toward
        );
    }
    Ok(())
}
