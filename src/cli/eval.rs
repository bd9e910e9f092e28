//! `eval`: score extraction against gold files, with optional floors for CI.

use super::lexicon_args::LexiconArgs;
use clap::Args;
use stancegraph::eval::{evaluate_dir, Report};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `stancegraph eval`.
#[derive(Args)]
#[command(after_help = ISSUE_IDS_HELP)]
pub struct EvalArgs {
    /// Gold directory with `docs/*.txt` and `gold/*.json`.
    #[arg(long)]
    pub gold: PathBuf,
    /// Print the scores of each document too.
    #[arg(long)]
    pub per_doc: bool,
    /// Print what was missed or spurious in each document.
    #[arg(long)]
    pub errors: bool,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// Fail (exit 1) when relation F1 (CAMEO root) is below this.
    #[arg(long)]
    pub min_relation_f1: Option<f64>,
    /// Fail when statement recall is below this.
    #[arg(long)]
    pub min_statement_recall: Option<f64>,
    /// Fail when attribution accuracy is below this.
    #[arg(long)]
    pub min_attribution: Option<f64>,
    /// Fail when actor F1 is below this.
    #[arg(long)]
    pub min_actor_f1: Option<f64>,
    /// Fail when stance F1 (with polarity) is below this.
    #[arg(long)]
    pub min_stance_f1: Option<f64>,
    #[command(flatten)]
    pub lexicons: LexiconArgs,
}

/// How predicted issue ids meet gold ones, shown by `eval --help`.
const ISSUE_IDS_HELP: &str =
    "Issue ids: a predicted issue matches a gold issue when the ids are equal, \
or when the gold id has the same content words as the predicted id or as the slug of the \
predicted issue's label: function words (for, on, in, of, the, a, an, to, by) are dropped, \
a plural -s is stripped and word order is ignored (sanctions_on_iran = iran_sanctions, \
ceasefire_in_gaza = gaza_ceasefire). No fuzzy similarity. The row 'stances, issue ids as \
written' scores stances without this mapping.";

/// Run `eval`.
pub fn run(args: EvalArgs) -> anyhow::Result<ExitCode> {
    let lexicon = args.lexicons.load()?;
    let report = evaluate_dir(&args.gold, &lexicon);
    for e in &report.errors {
        eprintln!("stancegraph: eval: {e}");
    }
    if report.total.documents == 0 {
        anyhow::bail!("{}: no gold file could be scored", args.gold.display());
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print_report(&report, &args);
    }
    let t = &report.total;
    let checks = [
        ("relation F1", t.relations.f1(), args.min_relation_f1),
        (
            "statement recall",
            t.statements.recall(),
            args.min_statement_recall,
        ),
        (
            "attribution accuracy",
            t.statements.attribution(),
            args.min_attribution,
        ),
        ("actor F1", t.actors.f1(), args.min_actor_f1),
        ("stance F1", t.stances.f1(), args.min_stance_f1),
    ];
    let mut failed = false;
    for (name, value, floor) in checks {
        if let Some(floor) = floor {
            if value < floor {
                eprintln!("stancegraph: eval: {name} {value:.3} is below the floor {floor:.3}");
                failed = true;
            }
        }
    }
    Ok(if failed || !report.errors.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn print_report(report: &Report, args: &EvalArgs) {
    let t = &report.total;
    println!("gold: {} ({} documents)", args.gold.display(), t.documents);
    println!("{:<34} {:>9} {:>9} {:>9}", "", "precision", "recall", "F1");
    let row = |name: &str, p: &stancegraph::eval::Prf| {
        println!(
            "{:<34} {:>9.3} {:>9.3} {:>9.3}   ({}/{} predicted, {}/{} gold)",
            name,
            p.precision(),
            p.recall(),
            p.f1(),
            p.correct_predicted,
            p.predicted,
            p.found_gold,
            p.gold
        )
    };
    row("actors (doc, actor)", &t.actors);
    row("relations (doc, src, tgt, root)", &t.relations);
    row("relations (doc, src, tgt, quad)", &t.relations_quad);
    row("relations (doc, src, tgt)", &t.relations_pair);
    row("stances (doc, actor, issue, pol.)", &t.stances);
    row("stances (doc, actor, issue)", &t.stances_issue);
    row("stances, issue ids as written", &t.stances_exact_ids);
    row("stances, issues by containment", &t.stances_contained_ids);
    row("stances, issues by evidence", &t.stances_evidence_ids);
    let s = &t.statements;
    println!(
        "statements: recall {:.3} ({}/{}), attribution accuracy {:.3} ({}/{}), about-recall {:.3} ({}/{})",
        s.recall(),
        s.found,
        s.gold,
        s.attribution(),
        s.attributed,
        s.found,
        s.about_recall(),
        s.about_found,
        s.about_gold
    );
    if args.per_doc {
        println!(
            "\n{:<36} {:>8} {:>8} {:>8} {:>8}",
            "document", "actorF1", "relF1", "stmtR", "attrib"
        );
        for (name, d) in &report.per_doc {
            println!(
                "{:<36} {:>8.3} {:>8.3} {:>8.3} {:>8.3}",
                name,
                d.actors.f1(),
                d.relations.f1(),
                d.statements.recall(),
                d.statements.attribution()
            );
        }
    }
    if args.errors {
        for d in &report.diagnostics {
            println!("\n== {}", d.doc);
            for (title, items) in [
                ("missed relation", &d.missed_relations),
                ("spurious relation", &d.spurious_relations),
                ("missed statement", &d.missed_statements),
                ("misattributed", &d.misattributed),
                ("missed actor", &d.missed_actors),
                ("spurious actor", &d.spurious_actors),
                ("missed stance", &d.missed_stances),
                ("spurious stance", &d.spurious_stances),
            ] {
                for item in items {
                    println!("  {title}: {item}");
                }
            }
        }
    }
}
