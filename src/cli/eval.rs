//! `eval`: score extraction against gold files, with optional floors for CI.

use super::lexicon_args::LexiconArgs;
use clap::Args;
use stancegraph::eval::{evaluate_dir, Breakdown, Prf, Report};
use stancegraph::lexicon::Lexicon;
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
    /// Print where the errors lie, in counts only: relations per CAMEO root, missed
    /// relations by whether their actors were found, actors in and outside the
    /// lexicon, direct and indirect statements, misattributions by cause.
    #[arg(long)]
    pub breakdown: bool,
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
        if args.breakdown {
            print_breakdown(&report.breakdown, &lexicon);
        }
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
    print_prf_row("actors (doc, actor)", &t.actors);
    print_prf_row("relations (doc, src, tgt, root)", &t.relations);
    print_prf_row("relations (doc, src, tgt, quad)", &t.relations_quad);
    print_prf_row("relations (doc, src, tgt)", &t.relations_pair);
    print_prf_row("stances (doc, actor, issue, pol.)", &t.stances);
    print_prf_row("stances (doc, actor, issue)", &t.stances_issue);
    print_prf_row("stances, issue ids as written", &t.stances_exact_ids);
    print_prf_row("stances, issues by containment", &t.stances_contained_ids);
    print_prf_row("stances, issues by evidence", &t.stances_evidence_ids);
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

/// One line of scores: name, precision, recall, F1 and the counts behind them.
fn print_prf_row(name: &str, p: &Prf) {
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
    );
}

fn print_breakdown(b: &Breakdown, lexicon: &Lexicon) {
    println!("\nrelations by CAMEO root");
    for (root, prf) in &b.relations_by_root {
        let name = lexicon
            .cameo
            .get(root)
            .map(|e| e.name.to_lowercase())
            .unwrap_or_default();
        let mut label = format!("  {root} {name}");
        if label.len() > 34 {
            let cut = (0..=34)
                .rev()
                .find(|&i| label.is_char_boundary(i))
                .unwrap_or(0);
            label.truncate(cut);
        }
        print_prf_row(&label, prf);
    }
    let m = &b.missed_relations;
    println!(
        "missed relations: {} with both actors found, {} source not found, {} target not found, {} neither",
        m.actors_found, m.source_missing, m.target_missing, m.both_missing
    );
    println!(
        "  with both found: {} pair found with another root, {} pair found reversed, {} in a found statement of the source, {} both named in the evidence, {} an actor only referred to",
        m.other_root, m.reversed, m.in_statement, m.both_named, m.referred
    );
    let mut confusions: Vec<(&String, &usize)> = m.root_confusions.iter().collect();
    confusions.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let shown: Vec<String> = confusions
        .iter()
        .take(12)
        .map(|(pair, n)| format!("{pair} {n}"))
        .collect();
    println!(
        "  gold root -> a root found for the pair: {}",
        shown.join(", ")
    );
    println!();
    print_prf_row("actors in the lexicon", &b.actors_in_lexicon);
    print_prf_row("actors outside the lexicon", &b.actors_outside_lexicon);
    let (d, i) = (&b.direct_statements, &b.indirect_statements);
    println!(
        "statements found: direct {}/{}, indirect {}/{}",
        d.found, d.gold, i.found, i.gold
    );
    let a = &b.misattributed;
    println!(
        "misattributed: {} no speaker, {} gold speaker not found as an actor, {} person for their state or body (or the reverse), {} body for its state (or the reverse: {} the body chosen for the gold's state), {} another actor found in the text",
        a.no_speaker,
        a.speaker_not_found,
        a.person_for_body,
        a.body_for_state,
        a.body_chosen,
        a.other_speaker
    );
}
