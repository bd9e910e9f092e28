//! The seed article through the library (`Lexicon::builtin`, `extract`): the facts
//! issue 2 lists under "Done when", one test each, plus the dates and negation
//! the same issue asks for. The seed is the user's own file, read from
//! `tests/data/seed_one_line.txt` (a byte-for-byte copy of `shared/seeds/`).

mod common;

use stancegraph::model::{Modality, StatementKind};
use stancegraph::Extraction;
use std::sync::OnceLock;

/// The seed, extracted once for every test of this file.
fn seed() -> &'static Extraction {
    static SEED: OnceLock<Extraction> = OnceLock::new();
    SEED.get_or_init(common::extract_seed)
}

/// Every relation `source -> target`, as `cameo modality: evidence` lines, for
/// failure messages.
fn relations_between(source: &str, target: &str) -> Vec<String> {
    let ex = seed();
    ex.relations
        .iter()
        .filter(|r| r.source == source && r.target == target)
        .map(|r| {
            format!(
                "{} {}: {}",
                r.cameo,
                r.modality.as_str(),
                r.evidence.slice(&ex.doc.text)
            )
        })
        .collect()
}

/// Assert an asserted relation `source -> target` with a CAMEO code starting with
/// `code`, whose evidence contains `evidence`.
fn check_relation(source: &str, target: &str, code: &str, evidence: &str) {
    let ex = seed();
    let found = ex.relations.iter().any(|r| {
        r.source == source
            && r.target == target
            && r.cameo.starts_with(code)
            && r.modality == Modality::Asserted
            && r.evidence.slice(&ex.doc.text).contains(evidence)
    });
    assert!(
        found,
        "no asserted {source} -> {target} CAMEO {code}.. with evidence {evidence:?}; \
         {source} -> {target} has: {:#?}",
        relations_between(source, target)
    );
}

/// Assert a statement whose text is `quote` (quotation marks excluded), of `kind`,
/// attributed to `speaker`.
fn check_statement(speaker: &str, quote: &str, kind: StatementKind) {
    let ex = seed();
    let matching: Vec<_> = ex
        .statements
        .iter()
        .filter(|s| s.content.slice(&ex.doc.text) == quote)
        .collect();
    assert!(
        !matching.is_empty(),
        "no statement {quote:?}; statements: {:#?}",
        ex.statements
            .iter()
            .map(|s| s.content.slice(&ex.doc.text))
            .collect::<Vec<_>>()
    );
    for s in matching {
        assert_eq!(s.speaker.as_deref(), Some(speaker), "speaker of {quote:?}");
        assert_eq!(s.kind, kind, "kind of {quote:?}");
    }
}

#[test]
fn seed_is_read_in_its_one_line_form() {
    let ex = seed();
    assert_eq!(
        ex.doc.date,
        chrono::NaiveDate::from_ymd_opt(2025, 8, 22),
        "the date on the first line"
    );
    assert!(
        ex.doc.text.starts_with("Russia on Friday ruled out"),
        "the body starts after the date: {:?}",
        &ex.doc.text[..40.min(ex.doc.text.len())]
    );
    assert!(ex
        .doc
        .text
        .ends_with("forced millions to flee their homes."));
}

#[test]
fn russia_rules_out_a_meeting_with_zelensky() {
    check_relation(
        "russia",
        "zelensky",
        "125",
        "ruled out an immediate meeting with Volodymyr Zelensky",
    );
}

#[test]
fn rutte_visits_ukraine() {
    check_relation("rutte", "ukraine", "042", "Mark Rutte visited Kyiv");
}

#[test]
fn zelensky_accuses_russia() {
    check_relation("zelensky", "russia", "112", "accused Russia");
}

#[test]
fn lavrov_questions_zelenskys_legitimacy() {
    // Issue 2 asks for CAMEO 11x (disapprove); the shared gold codes it 111
    // (criticize or denounce).
    check_relation(
        "lavrov",
        "zelensky",
        "11",
        "questioning the Ukrainian president's legitimacy",
    );
}

#[test]
fn lavrov_said_no_meeting() {
    check_statement("lavrov", "no meeting", StatementKind::Direct);
}

#[test]
fn trump_said_oil_and_vinegar() {
    check_statement("trump", "oil and vinegar", StatementKind::Direct);
}

#[test]
fn he_told_reporters_is_trump() {
    // "he told reporters in Washington" follows Trump's sentence: the pronoun
    // resolves to him, not to Putin or Zelensky ("the two men" just before).
    check_statement(
        "trump",
        "They don't get along too well, for obvious reasons,",
        StatementKind::Direct,
    );
}

#[test]
fn no_meeting_planned_is_not_a_meeting() {
    // "There is no meeting planned" and "'no meeting' ... was planned": negated,
    // so no asserted meeting (CAMEO 04x) between Putin and Zelensky.
    let ex = seed();
    let meetings: Vec<String> = ex
        .relations
        .iter()
        .filter(|r| {
            let pair = [r.source.as_str(), r.target.as_str()];
            pair.contains(&"putin")
                && pair.contains(&"zelensky")
                && r.cameo.starts_with("04")
                && r.modality == Modality::Asserted
        })
        .map(|r| r.evidence.slice(&ex.doc.text).to_string())
        .collect();
    assert!(meetings.is_empty(), "asserted meetings from: {meetings:#?}");
}

#[test]
fn on_thursday_is_the_day_before_the_article() {
    // The accusation is dated "On Thursday" in an article of Friday 2025-08-22.
    let ex = seed();
    let accusation = ex
        .relations
        .iter()
        .find(|r| r.source == "zelensky" && r.target == "russia" && r.cameo == "112")
        .expect("Zelensky accuses Russia");
    assert_eq!(
        accusation.date,
        chrono::NaiveDate::from_ymd_opt(2025, 8, 21)
    );
}

/// The (id, label) of every actor a text names.
fn actor_labels(text: &str) -> Vec<(String, String)> {
    common::extract_on("2025-06-10", text)
        .actors
        .into_iter()
        .map(|a| (a.id, a.label))
        .collect()
}

#[test]
fn a_romanized_given_name_keeps_its_second_syllable() {
    let found = actor_labels(
        "Park Ji-won met the visiting delegation in Seoul. Later, Jung Min-ho, the \
         union's treasurer, said the strike would go on.",
    );
    assert!(
        found.contains(&("park_ji_won".into(), "Park Ji-won".into())),
        "{found:?}"
    );
    assert!(
        found.contains(&("jung_min_ho".into(), "Jung Min-ho".into())),
        "{found:?}"
    );
    // A hyphenated word after a name is no part of it.
    let found = actor_labels("The Kremlin-backed candidate and a Seoul-based bank were fined.");
    assert!(
        found
            .iter()
            .all(|(id, _)| !id.contains("backed") && !id.contains("based")),
        "{found:?}"
    );
}
