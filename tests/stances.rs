//! Stances end to end: the seed's stances through the library, and the
//! `stances` command (`--issue`, `--actor`, `--matrix`, `--csv`) on the graph
//! built from `examples/articles`.

mod common;

use predicates::prelude::*;
use stancegraph::lexicon::issue_families::issue_key;
use stancegraph::model::{Polarity, Stance, StanceBasis};
use stancegraph::query::stances;
use stancegraph::{Extraction, GraphFile};
use std::sync::OnceLock;

/// The seed, extracted once.
fn seed() -> &'static Extraction {
    static SEED: OnceLock<Extraction> = OnceLock::new();
    SEED.get_or_init(common::extract_seed)
}

/// The seed's stances of `actor` on `issue`, for failure messages too.
fn seed_stances(actor: &str, issue: &str) -> Vec<&'static Stance> {
    seed()
        .stances
        .iter()
        .filter(|s| s.actor == actor && s.issue == issue)
        .collect()
}

/// The last stance of `actor` on `issue` has `polarity`, and its evidence holds
/// `evidence`.
fn check_seed(actor: &str, issue: &str, polarity: Polarity, evidence: &str) -> &'static Stance {
    let found = seed_stances(actor, issue);
    let last = found.last().unwrap_or_else(|| {
        panic!(
            "no stance of {actor} on {issue}; all: {:#?}",
            seed().stances
        )
    });
    assert_eq!(last.polarity, polarity, "{actor} on {issue}: {last:#?}");
    let text = last.evidence.slice(&seed().doc.text);
    assert!(
        text.contains(evidence),
        "{actor} on {issue}: evidence {text:?}"
    );
    last
}

#[test]
fn seed_zelensky_wants_foreign_troops() {
    check_seed(
        "zelensky",
        "foreign_troops_in_ukraine",
        Polarity::Supports,
        "who wants foreign troops in Ukraine",
    );
}

#[test]
fn seed_russia_would_never_accept_foreign_troops() {
    let s = check_seed(
        "russia",
        "foreign_troops_in_ukraine",
        Polarity::Opposes,
        "would never accept that",
    );
    assert_eq!(s.basis, StanceBasis::Stated);
}

#[test]
fn seed_guarantees_without_russia_are_a_utopia() {
    check_seed(
        "lavrov",
        "security_guarantees_for_ukraine",
        Polarity::Conditional,
        "a utopia, a road to nowhere",
    );
    check_seed(
        "russia",
        "security_guarantees_for_ukraine",
        Polarity::Opposes,
        "cast doubt on any such arrangement",
    );
}

#[test]
fn seed_washington_wants_no_nato_membership_as_lavrov_tells_it() {
    let s = check_seed(
        "usa",
        "nato_membership_for_ukraine",
        Polarity::Opposes,
        "including no NATO membership",
    );
    assert_eq!(s.basis, StanceBasis::Attributed);
    assert_eq!(s.reported_by.as_deref(), Some("lavrov"));
}

#[test]
fn seed_zelensky_said_no_to_everything_as_lavrov_tells_it() {
    // Saying no to "no NATO membership" and to discussing territory.
    let nato = check_seed(
        "zelensky",
        "nato_membership_for_ukraine",
        Polarity::Supports,
        "Zelensky said no to everything",
    );
    assert_eq!(nato.reported_by.as_deref(), Some("lavrov"));
    check_seed(
        "zelensky",
        "territorial_concessions",
        Polarity::Opposes,
        "Zelensky said no to everything",
    );
}

#[test]
fn seed_putin_is_ready_to_meet_once_there_is_an_agenda() {
    let s = check_seed(
        "putin",
        "putin_zelensky_meeting",
        Polarity::Conditional,
        "as soon as an agenda was prepared",
    );
    assert_eq!(s.reported_by.as_deref(), Some("lavrov"));
}

#[test]
fn seed_rutte_says_guarantees_are_needed() {
    check_seed(
        "rutte",
        "security_guarantees_for_ukraine",
        Polarity::Supports,
        "security guarantees were needed",
    );
}

// ---------------------------------------------------------------------------
// Rule families on sentences written for these tests (not taken from any
// article): each would fail without its rule.
// ---------------------------------------------------------------------------

/// The stances of `text` as `actor issue polarity`, the last one per actor and
/// issue, sorted.
fn stances_of(text: &str) -> Vec<String> {
    let mut last = std::collections::BTreeMap::new();
    for s in common::extract_on("2025-06-02", text).stances {
        last.insert((s.actor, s.issue), s.polarity.as_str().to_string());
    }
    last.into_iter()
        .map(|((a, i), p)| format!("{a} {i} {p}"))
        .collect()
}

/// `text` leaves exactly the `expected` stances.
fn check(text: &str, expected: &[&str]) {
    let mut want: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
    want.sort();
    assert_eq!(stances_of(text), want, "text: {text}");
}

#[test]
fn typographic_apostrophes_match_issue_phrases() {
    check(
        "Norway and Finland pledged to back Ukraine\u{2019}s long-term security.",
        &[
            "finland security_guarantees_for_ukraine supports",
            "norway security_guarantees_for_ukraine supports",
        ],
    );
    check(
        "Moscow questioned Zelensky\u{2019}s legitimacy again on Monday.",
        &["russia zelensky_legitimacy opposes"],
    );
}

#[test]
fn a_condition_set_on_someone_else_is_not_their_stance() {
    // The backstop stands in Sweden's condition: no stance of Washington's.
    check(
        "Sweden said it would contribute troops to a reassurance force in Ukraine, but only if the United States provided a backstop.",
        &["sweden foreign_troops_in_ukraine conditional"],
    );
    // The Kremlin's refusal is the hypothesis of a threat: no stance of Russia's,
    // and none against the truce.
    let found = stances_of(
        "Britain's foreign secretary David Lammy said London would push for new sanctions on Russia if the Kremlin kept rejecting a truce in Ukraine.",
    );
    assert!(
        !found
            .iter()
            .any(|s| s.starts_with("russia ") || s.contains("ceasefire_in_ukraine opposes")),
        "{found:?}"
    );
    check(
        "Hungary said it would back the sanctions on Russia provided that Brussels agreed to exemptions.",
        &["hungary sanctions_on_russia conditional"],
    );
}

#[test]
fn a_person_speaking_for_their_state_holds_it_a_ministry_does_not() {
    check(
        "Keir Starmer said in a video message that Britain was ready to send troops to Ukraine.",
        &[
            "starmer foreign_troops_in_ukraine supports",
            "uk foreign_troops_in_ukraine supports",
        ],
    );
    check(
        "Kenya's foreign ministry said Nairobi backed the truce in Sudan.",
        &["kenya sudan_ceasefire supports"],
    );
}

#[test]
fn issue_wordings_of_soldiers_measures_and_enrichment() {
    check(
        "Poland will not send soldiers to Ukraine, Donald Tusk said.",
        &[
            "poland foreign_troops_in_ukraine opposes",
            "tusk foreign_troops_in_ukraine opposes",
        ],
    );
    check(
        "Brazil said it did not recognise unilateral measures against Russia.",
        &["brazil sanctions_on_russia opposes"],
    );
    check(
        "Tehran said it would never give up its enrichment programme.",
        &["iran iran_nuclear_program supports"],
    );
}

#[test]
fn joining_and_contributing_are_taking_part() {
    check(
        "The Netherlands will contribute troops to a multinational force in Ukraine.",
        &["netherlands foreign_troops_in_ukraine supports"],
    );
    check(
        "Turkey said it was ready to join a peacekeeping operation in Ukraine.",
        &["turkey foreign_troops_in_ukraine supports"],
    );
}

#[test]
fn steps_forward_and_rewards_for_aggression_are_verdicts() {
    check(
        "Ukrainian Prime Minister Yulia Svyrydenko called the minerals deal a first concrete step.",
        &["svyrydenko us_ukraine_minerals_deal supports"],
    );
    check(
        "Australia said the Gaza ceasefire deal was an important step.",
        &["australia gaza_ceasefire supports"],
    );
    check(
        "Lithuania said a Putin-Trump summit in Budapest would reward aggression.",
        &["lithuania putin_trump_summit opposes"],
    );
}

#[test]
fn a_once_clause_is_not_governed_by_the_verb_before_it() {
    check(
        // The ceasefire is the condition of the troops, not something committed to.
        "Spain and Portugal committed to sending troops to Ukraine once a ceasefire holds.",
        &[
            "portugal foreign_troops_in_ukraine conditional",
            "spain foreign_troops_in_ukraine conditional",
        ],
    );
}

#[test]
fn a_definite_noun_names_what_it_named_before() {
    // `the pledge` is the pledge of the second sentence, about troops, not the
    // peace deal named just before it.
    check(
        "Twelve governments pledged to send troops to Ukraine. It was the most concrete pledge so far. Russia condemned the meeting. Talks on a peace deal stalled in Geneva. Mark Carney called the pledge a turning point.",
        &["carney foreign_troops_in_ukraine supports"],
    );
}

#[test]
fn keeping_to_something_is_being_for_it() {
    check(
        "Japan's prime minister defended the decision to maintain sanctions on Russia.",
        &["ishiba sanctions_on_russia supports"],
    );
    // Counter-tariffs name the other side of US tariffs.
    check(
        "Canada said it stood by its counter-tariffs on US steel.",
        &["canada us_tariffs opposes"],
    );
}

#[test]
fn turning_down_and_backing_away_are_against() {
    check(
        "The Czech government turned down the proposal to send troops to Ukraine.",
        &["czechia foreign_troops_in_ukraine opposes"],
    );
    check(
        "Germany backed away from its pledge to send Taurus missiles to Kyiv.",
        &["germany military_aid_to_ukraine opposes"],
    );
    check(
        "Hamas rebuffed calls to lay down its weapons.",
        &["hamas hamas_disarmament opposes"],
    );
    check(
        "Slovakia's leader Robert Fico, a critic of the sanctions on Russia, met Putin in Beijing.",
        &["fico sanctions_on_russia opposes"],
    );
}

#[test]
fn making_someone_do_it_is_the_makers_stance_only() {
    check(
        "Moscow wants to force Kyiv to give up the Donbas.",
        &["russia territorial_concessions supports"],
    );
    // Neither the one forced nor the one who warns of it is for the concession.
    check(
        "The plan would force Ukraine to cede the rest of Donetsk, Zelensky warned.",
        &[],
    );
    check(
        "Ukraine would be forced to cede the rest of Donetsk under the plan.",
        &[],
    );
    check(
        "\"We will force Russia to accept a ceasefire in Ukraine,\" Macron said.",
        &["macron ceasefire_in_ukraine supports"],
    );
}

#[test]
fn a_threat_against_a_refusal_is_support() {
    check(
        "Netanyahu said Israel would resume the war if Hamas refused to disarm.",
        &[
            "israel hamas_disarmament supports",
            "netanyahu hamas_disarmament supports",
        ],
    );
    check(
        "\"If Moscow rejects a ceasefire in Ukraine, we will impose tougher sanctions,\" Friedrich Merz said.",
        &[
            "merz ceasefire_in_ukraine supports",
            "merz sanctions_on_russia supports",
        ],
    );
    // What follows an act may be a reward or a punishment: no stance on it.
    check(
        "Israel said it would strike again if Iran resumed uranium enrichment.",
        &[],
    );
}

#[test]
fn pressure_kept_up_until_an_agreement_is_no_agreement() {
    check(
        "Kaja Kallas said the EU would keep up the pressure on Moscow until Russia agreed to a ceasefire in Ukraine.",
        &["eu sanctions_on_russia supports", "kallas sanctions_on_russia supports"],
    );
}

#[test]
fn failing_and_staying_in_place_are_verdicts() {
    check(
        "Viktor Orban said the sanctions on Russia had failed.",
        &["orban sanctions_on_russia opposes"],
    );
    check(
        "The White House said the US tariffs would stay in place.",
        &["usa us_tariffs supports"],
    );
}

#[test]
fn stopping_and_backing_out_are_against() {
    check(
        "Trump said he wanted a deal that would stop Iran from ever building a nuclear bomb.",
        &["trump iran_nuclear_program opposes"],
    );
    check(
        "Trump accused Zelensky of backing out of the rare earths deal.",
        &["zelensky us_ukraine_minerals_deal opposes"],
    );
    // Stopping a refusal is a double negative.
    check(
        "Slovakia said it would stop obstructing the sanctions on Russia.",
        &["slovakia sanctions_on_russia supports"],
    );
}

#[test]
fn a_naming_verb_reaches_over_modifiers() {
    check(
        "India called the 50% US tariff unfair and unjustified.",
        &["india us_tariffs opposes"],
    );
    check(
        "Tehran insists its nuclear programme is peaceful.",
        &["iran iran_nuclear_program supports"],
    );
}

#[test]
fn a_stance_inside_as_long_as_is_no_assertion() {
    check(
        "Mexico will keep its retaliatory duties as long as Washington maintains the US tariffs.",
        // Nothing from inside the clause (no stance of Washington's); the main
        // clause is Mexico's: retaliating against the tariffs opposes them.
        &["mexico us_tariffs opposes"],
    );
    // Lifting sanctions is the price of a promise, not a refusal under a threat.
    check(
        "Iran said it was ready to return to the nuclear deal if Washington lifted sanctions.",
        &["iran iran_nuclear_program conditional"],
    );
}

#[test]
fn pausing_is_a_deed_against() {
    check(
        "The Pentagon paused weapons deliveries to Ukraine last week.",
        &["pentagon military_aid_to_ukraine opposes"],
    );
}

#[test]
fn more_issue_wordings() {
    check(
        "Slovakia refused to send ammunition for Ukraine.",
        &["slovakia military_aid_to_ukraine opposes"],
    );
    check(
        "Zelensky again ruled out land concessions to Russia.",
        &["zelensky territorial_concessions opposes"],
    );
    check(
        "Putin said he was ready to sit down with Zelensky in Moscow.",
        &["putin putin_zelensky_meeting supports"],
    );
    check(
        "Belgium warned against touching Russia\u{2019}s frozen assets.",
        &["belgium frozen_russian_assets opposes"],
    );
}

/// The examples' graph, loaded.
fn examples_graph() -> GraphFile {
    GraphFile::load(&common::built_examples().join("graph.json")).expect("graph.json loads")
}

#[test]
fn examples_who_is_for_and_against_foreign_troops() {
    let graph = examples_graph();
    let answer = stances::on_issue(&graph, "foreign troops").expect("the issue is in the graph");
    let against: Vec<&str> = answer.opposed().map(|t| t.other.id).collect();
    let for_: Vec<&str> = answer.supporters().map(|t| t.other.id).collect();
    assert!(against.contains(&"russia"), "against: {against:?}");
    assert!(for_.contains(&"zelensky"), "for: {for_:?}");
}

#[test]
fn examples_issue_query_lists_sides_dates_and_evidence() {
    common::bin()
        .arg("stances")
        .arg(common::built_examples().join("graph.json"))
        .args(["--issue", "nato-membership"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "NATO membership for Ukraine (nato_membership_for_ukraine)\n",
        ))
        .stdout(predicate::str::contains("\nFOR\n"))
        .stdout(predicate::str::contains("\nAGAINST\n"))
        .stdout(predicate::str::contains("Russia"))
        .stdout(predicate::str::contains("2025-08-22  seed"))
        .stdout(predicate::str::contains("as Sergei Lavrov tells it"))
        .stdout(predicate::str::contains("including no NATO"));
}

#[test]
fn examples_actor_query_lists_positions() {
    common::bin()
        .arg("stances")
        .arg(common::built_examples().join("graph.json"))
        .args(["--actor", "Zelenskyy"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "Volodymyr Zelensky (zelensky)\n",
        ))
        .stdout(predicate::str::contains(
            "\nForeign troops in Ukraine: supports\n",
        ));
}

#[test]
fn examples_matrix_and_csv_show_changes_over_time() {
    let dir = tempfile::tempdir().expect("temp dir");
    let csv = dir.path().join("matrix.csv");
    common::bin()
        .arg("stances")
        .arg(common::built_examples().join("graph.json"))
        .args(["--matrix", "--width", "400", "--csv"])
        .arg(&csv)
        .assert()
        .success()
        .stdout(predicate::str::starts_with("ACTOR "))
        .stdout(predicate::str::contains("foreign_troops_in_ukraine"));
    let text = std::fs::read_to_string(&csv).expect("the CSV was written");
    let mut lines = text.lines();
    let header = lines.next().expect("a header");
    assert!(header.starts_with("actor,label,"), "{header}");
    assert!(header.contains("nato_membership_for_ukraine"), "{header}");
    let russia = lines
        .clone()
        .find(|l| l.starts_with("russia,"))
        .expect("a row for Russia");
    assert!(russia.contains("opposes"), "{russia}");
    // Some actor changed its position across the examples, and the cell says so.
    assert!(
        text.contains("supports->opposes") || text.contains("opposes->supports"),
        "{text}"
    );
    // The same answer as the library's.
    let graph = examples_graph();
    assert_eq!(text, stances::matrix_csv(&stances::matrix(&graph)));
}

#[test]
fn examples_json_answers_parse() {
    let out = common::bin()
        .arg("stances")
        .arg(common::built_examples().join("graph.json"))
        .args(["--issue", "foreign_troops_in_ukraine", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let value: serde_json::Value = serde_json::from_slice(&out).expect("JSON");
    assert_eq!(value["issue"]["id"], "foreign_troops_in_ukraine");
    assert!(value["tracks"].as_array().is_some_and(|t| !t.is_empty()));
}

#[test]
fn unknown_and_wrong_names_are_explained() {
    let graph = common::built_examples().join("graph.json");
    common::bin()
        .arg("stances")
        .arg(&graph)
        .args(["--issue", "nato-membershp"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no issue named \"nato-membershp\"",
        ))
        .stderr(predicate::str::contains("nato_membership_for_ukraine"));
    common::bin()
        .arg("stances")
        .arg(&graph)
        .args(["--issue", "Russia"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "is an actor (russia), not an issue",
        ));
}

// ---------------------------------------------------------------------------
// Issue families (`data/issue_families.tsv`): one issue per state or group.

#[test]
fn family_names_membership_bids_of_any_state() {
    check(
        "Maia Sandu said on Sunday that she strongly supported Moldova's EU membership.",
        &["sandu eu_membership_for_moldova supports"],
    );
    check(
        "The Kremlin has repeatedly warned against Georgia joining NATO.",
        &["russia nato_membership_for_georgia opposes"],
    );
}

#[test]
fn family_phrase_reads_the_seat_and_the_other_side() {
    // `Caracas` is Venezuela's seat; lifting sanctions is the other side.
    check(
        "The opposition leader urged Washington to maintain sanctions against Caracas.",
        &["usa sanctions_on_venezuela supports"],
    );
    check(
        "Lukashenko demanded the lifting of sanctions on Belarus before any talks.",
        &["lukashenko sanctions_on_belarus opposes"],
    );
}

#[test]
fn family_names_an_armed_group_disarmament() {
    check(
        "Iraq's prime minister said the government backed a plan to disarm the PKK.",
        &[
            "al_sudani pkk_disarmament supports",
            "iraq pkk_disarmament supports",
        ],
    );
}

#[test]
fn family_generic_phrase_follows_the_named_instance() {
    // The second sentence says only `the truce`: the document named the
    // ceasefire in Yemen, so that is the truce it means.
    check(
        "The Houthis welcomed talks on a ceasefire in Yemen. The Saudi government later rejected the truce.",
        &[
            "houthis ceasefire_in_yemen supports",
            "saudi_arabia ceasefire_in_yemen opposes",
        ],
    );
}

#[test]
fn family_keeps_the_fixed_ids_and_skips_possessors() {
    // The fixed row's id, not a duplicate instance.
    check(
        "Poland's president said he supported Ukraine joining NATO.",
        &["duda nato_membership_for_ukraine supports"],
    );
    // `recognise Russia's claims` is not about recognising Russia.
    let found = stances_of("Armenia refused to recognise Azerbaijan's claims over the corridor.");
    assert!(
        found
            .iter()
            .all(|s| !s.contains("recognition_of_azerbaijan")),
        "{found:?}"
    );
}

#[test]
fn a_coordinated_name_gives_both_issues() {
    check(
        "Slovakia's prime minister, Robert Fico, said he opposed Ukraine joining NATO or the European Union.",
        &[
            "fico eu_membership_for_ukraine opposes",
            "fico nato_membership_for_ukraine opposes",
        ],
    );
}

/// Scores of one text against gold stances given as (actor, issue, polarity).
fn score_against(text: &str, gold: &[(&str, &str, &str)]) -> stancegraph::eval::Scores {
    let gold: Vec<(&str, &str, &str, &str)> = gold.iter().map(|&(a, i, p)| (a, i, p, "")).collect();
    common::score_stances_on("2025-06-02", text, &gold)
}

#[test]
fn eval_maps_issue_ids_by_their_content_words() {
    let text = "Lukashenko demanded the lifting of sanctions on Belarus before any talks.";
    // Same content words in another order: found, but not when ids are compared
    // as written.
    let s = score_against(text, &[("lukashenko", "belarus_sanctions", "opposes")]);
    assert_eq!(s.stances.correct_predicted, 1, "{s:?}");
    assert_eq!(s.stances_exact_ids.correct_predicted, 0, "{s:?}");
    // Other content words: no match, however close.
    let s = score_against(
        text,
        &[("lukashenko", "sanctions_on_belarusian_oil", "opposes")],
    );
    assert_eq!(s.stances.correct_predicted, 0, "{s:?}");
}

#[test]
fn eval_reports_a_looser_issue_match_by_containment_on_its_own_row() {
    let text = "Lukashenko demanded the lifting of sanctions on Belarus before any talks.";
    // The gold id adds a word: not the headline match, but the containment row's.
    let s = score_against(
        text,
        &[("lukashenko", "sanctions_on_belarusian_oil", "opposes")],
    );
    assert_eq!(s.stances.correct_predicted, 0, "{s:?}");
    // `belarusian` is not `belarus`: two shared words are still needed.
    assert_eq!(s.stances_contained_ids.correct_predicted, 0, "{s:?}");
    let s = score_against(
        text,
        &[("lukashenko", "eu_sanctions_on_belarus", "opposes")],
    );
    assert_eq!(s.stances.correct_predicted, 0, "{s:?}");
    assert_eq!(s.stances_contained_ids.correct_predicted, 1, "{s:?}");
    // One shared word is not enough.
    let s = score_against(text, &[("lukashenko", "belarus_elections", "opposes")]);
    assert_eq!(s.stances_contained_ids.correct_predicted, 0, "{s:?}");
}

#[test]
fn disarm_in_an_article_naming_a_group_is_that_group_disarmament() {
    // No slot phrase (`the group`, a bare `disarm`): the group the text names.
    check(
        "The Houthis said they would never accept a plan to disarm the group.",
        &["houthis houthis_disarmament opposes"],
    );
    check(
        "Turkish officials said on Tuesday that the PKK would soon disarm, but the group denied it.",
        &["pkk pkk_disarmament supports"],
    );
}

#[test]
fn a_source_speaking_on_condition_of_anonymity_sets_no_condition() {
    // The terms a source sets with the reporter are not a condition on the issue.
    check(
        "A Hezbollah official, speaking on condition of anonymity, rejected any disarmament of the group.",
        &["hezbollah hezbollah_disarmament opposes"],
    );
    check(
        "An Iraqi diplomat, who spoke on condition that he not be named, said Baghdad supported the snapback of UN sanctions on Iran.",
        &["iraq sanctions_on_iran supports"],
    );
    // A real condition still makes the stance conditional.
    check(
        "Hezbollah said it would accept disarmament only on condition that Israel withdrew from the south.",
        &["hezbollah hezbollah_disarmament conditional"],
    );
}

#[test]
fn a_user_issue_heads_file_adds_heads_of_document_issues() {
    let text =
        "Norway's environment minister said the government opposed Iceland's cull of whales.";
    let ids = |lex: &stancegraph::Lexicon| -> Vec<String> {
        stancegraph::extract(&common::article("2025-06-02", text), lex)
            .stances
            .iter()
            .map(|s| format!("{} {} {}", s.actor, s.issue, s.polarity.as_str()))
            .collect()
    };
    // `cull` heads no issue in the built-in file.
    assert!(
        ids(common::lexicon()).iter().all(|s| !s.contains("cull")),
        "{:?}",
        ids(common::lexicon())
    );
    let user = vec![(
        stancegraph::lexicon::LexiconKind::IssueHeads,
        "heads.tsv".to_string(),
        "words\tid_word\tgroup\tuse\ncull\tcull\tcull\tissue\n".to_string(),
    )];
    let lex = stancegraph::Lexicon::with_user_files(&user).expect("user heads load");
    let found = ids(&lex);
    assert!(
        found
            .iter()
            .any(|s| s.contains("cull") && s.ends_with("opposes")),
        "{found:?}"
    );
    // A bad use names its file and line.
    let bad = vec![(
        stancegraph::lexicon::LexiconKind::IssueHeads,
        "heads.tsv".to_string(),
        "words\tid_word\tgroup\tuse\nmoratorium\tmoratorium\t\tnoun\n".to_string(),
    )];
    let err = match stancegraph::Lexicon::with_user_files(&bad) {
        Ok(_) => panic!("an unknown use is an error"),
        Err(e) => e.to_string(),
    };
    assert!(err.contains("heads.tsv") && err.contains('2'), "{err}");
}

/// The stances of an article as `actor issue polarity`.
fn stance_ids(date: &str, text: &str) -> Vec<String> {
    stancegraph::extract(&common::article(date, text), common::lexicon())
        .stances
        .iter()
        .map(|s| format!("{} {} {}", s.actor, s.issue, s.polarity.as_str()))
        .collect()
}

#[test]
fn a_phrase_without_a_name_needs_the_place_its_issue_label_names() {
    // `end the war` in a Yemen story that names Trump is not the Gaza ceasefire
    // (Trump is a word of that issue's story, Gaza is its subject).
    let yemen = "ADEN, March 3 (wire) - Yemen's foreign minister said on Tuesday that his \
                 government wanted to end the war with the Houthis, days after US President \
                 Donald Trump spoke with Saudi leaders about the Red Sea.";
    let found = stance_ids("2025-03-03", yemen);
    assert!(
        found
            .iter()
            .all(|s| !s.contains("gaza_ceasefire") && !s.contains("peace_deal_ukraine")),
        "{found:?}"
    );
    // Where the label's place is named, the same phrase keeps its issue.
    let gaza = "CAIRO, March 3 (wire) - Egypt's foreign minister said on Tuesday that Cairo \
                wanted to end the war in Gaza quickly, days after US President Donald Trump \
                spoke with Israeli leaders. Egypt also wanted to end the war, he said.";
    let found = stance_ids("2025-03-03", gaza);
    assert!(
        found.iter().any(|s| s.contains("gaza_ceasefire supports")),
        "{found:?}"
    );
}

#[test]
fn an_act_named_again_keeps_the_side_of_the_act() {
    // Criticising a veto of sanctions is being for the sanctions.
    let veto = "VIENNA, May 5 (wire) - Austria vetoed new sanctions on Iran at a meeting of \
                ministers on Monday. The Dutch foreign minister, Caspar Veldkamp, sharply \
                criticised the veto and said work on the package would go on.";
    let found = stance_ids("2025-05-05", veto);
    assert!(
        found
            .iter()
            .any(|s| s == "austria sanctions_on_iran opposes"),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|s| s.ends_with("sanctions_on_iran supports") && !s.starts_with("austria")),
        "{found:?}"
    );
    // A veto with no veto read before says nothing.
    let bare = "OSLO, May 5 (wire) - Norway said sanctions on Iran should stay. Hours later, \
                Denmark criticised the veto.";
    let found = stance_ids("2025-05-05", bare);
    assert!(found.iter().all(|s| !s.starts_with("denmark")), "{found:?}");
}

#[test]
fn the_decision_is_the_news_the_article_reports() {
    // `condemned the decision` paragraphs after the lede is the lede's block,
    // not the earlier approval the article recounts in between: condemning a
    // block of aid is being for the aid.
    let text = "OTTAWA, Feb 2 (wire) - Hungary blocked new military aid to Ukraine on \
                Sunday, citing its own security.\n\nNATO allies had approved military aid \
                to Ukraine in December after weeks of talks.\n\nBudapest later said its \
                demands had not been met.\n\nIn a short speech, several ministers spoke of \
                the long winter ahead.\n\nPolish Foreign Minister Radoslaw Sikorski \
                condemned the decision as short-sighted.";
    let found = stance_ids("2025-02-02", text);
    assert!(
        found
            .iter()
            .any(|s| s == "sikorski military_aid_to_ukraine supports"),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .all(|s| s != "sikorski military_aid_to_ukraine opposes"),
        "{found:?}"
    );
}

#[test]
fn ending_freezing_or_revoking_something_is_a_deed_against_it() {
    let text = "SEOUL, March 3 (wire) - South Korea froze sanctions on Iran on Monday, a \
                government spokesman said.\n\nCanada revoked its sanctions on Venezuela last \
                week, and Australia terminated sanctions on Belarus in January.";
    let found = stance_ids("2025-03-03", text);
    for want in [
        "south_korea sanctions_on_iran opposes",
        "canada sanctions_on_venezuela opposes",
        "australia sanctions_on_belarus opposes",
    ] {
        assert!(found.iter().any(|s| s == want), "{want}: {found:?}");
    }
}

#[test]
fn a_phrase_naming_another_party_needs_the_label_subject_in_the_article() {
    // `join the EU` is one of the phrases of `EU membership for Ukraine`; an
    // article on another candidate that never names Ukraine is not about it.
    let text = "CHISINAU, March 3 — Moldova's president, Maia Sandu, said on Monday \
                that her country would join the EU before the end of the decade. \
                \"There is no other road for us,\" she told a rally in the capital.";
    let found = stances_of(text);
    assert!(
        !found
            .iter()
            .any(|s| s.contains("eu_membership_for_ukraine")),
        "{found:?}"
    );
    // The same words in an article that names Ukraine still read as its bid.
    check(
        "KYIV — Ukraine's prime minister said on Friday that the country would \
         press on with its push to join the EU despite Hungary's objections.",
        &[
            "shmyhal eu_membership_for_ukraine supports",
            "ukraine eu_membership_for_ukraine supports",
        ],
    );
}

// ---------------------------------------------------------------------------
// A deal the article names is written with both its parties and its type word,
// as annotators write it (`us_vietnam_trade_deal`).
// ---------------------------------------------------------------------------

#[test]
fn a_deal_is_named_by_its_two_parties_and_its_type() {
    // The subject that makes the deal is its other party (a person for a state).
    check(
        "President Donald Trump announced a trade agreement with Vietnam. Vietnamese Prime Minister Pham Minh Chinh welcomed the deal.",
        &[
            "pham_minh_chinh us_vietnam_trade_deal supports",
            "trump us_vietnam_trade_deal supports",
        ],
    );
    // Two parties as the subject, no partner phrase; the place is not the deal's.
    check(
        "Kenya and the United Kingdom signed a trade deal in Nairobi. Kenyan President William Ruto welcomed the deal.",
        &[
            "kenya uk_kenya_trade_deal supports",
            "ruto uk_kenya_trade_deal supports",
            "uk uk_kenya_trade_deal supports",
        ],
    );
    // Parties named by their capitals in a `between` phrase.
    check(
        "William Ruto praised the trade deal between Nairobi and London.",
        &["ruto uk_kenya_trade_deal supports"],
    );
}

#[test]
fn an_opponent_of_a_deal_is_not_its_party() {
    // Poland takes a side on the bloc's deal; only the signing bloc is a party.
    check(
        "Poland opposes a trade agreement with Mercosur. The European Union signed a trade agreement with Mercosur.",
        &[
            "eu eu_mercosur_trade_deal supports",
            "poland eu_mercosur_trade_deal opposes",
        ],
    );
}

#[test]
fn tariffs_on_one_state_are_named_with_their_target() {
    // Every tariff of the article hits Brazil: the question is the US tariffs on
    // Brazil, and the bare `the levies` gathers to it.
    check(
        "Washington slapped new tariffs on Brazilian coffee and beef last week. Lula rejected the levies.",
        &[
            "lula us_tariffs_on_brazil opposes",
            "usa us_tariffs_on_brazil supports",
        ],
    );
    check(
        "The US raised its tariffs against Vietnam to 46 percent. Hanoi opposed the tariffs.",
        &["vietnam us_tariffs_on_vietnam opposes"],
    );
}

#[test]
fn tariffs_both_ways_keep_the_broad_issue() {
    // A tariff war: the US hits China and China hits the US, no one target.
    let text = "Washington cut its tariffs on Chinese goods and Beijing lowered its duties on American farm products. Canada opposed the tariffs.";
    let issues: std::collections::BTreeSet<String> = common::extract_on("2025-06-02", text)
        .stances
        .into_iter()
        .map(|s| s.issue)
        .collect();
    assert_eq!(
        issues.into_iter().collect::<Vec<_>>(),
        vec!["us_tariffs".to_string()],
        "text: {text}"
    );
    // Tariffs on goods, not on a state: no target to name.
    check(
        "Ottawa condemned the US tariffs on steel and aluminium.",
        &["canada us_tariffs opposes"],
    );
}

#[test]
fn tariffs_that_took_effect_are_the_imposers_deed() {
    check(
        "A 20 percent US duty on Swiss watches took effect on Friday. Switzerland condemned the tariffs.",
        &[
            "switzerland us_tariffs_on_switzerland opposes",
            "usa us_tariffs_on_switzerland supports",
        ],
    );
    // A measure still to come is a plan, not a deed of the imposer.
    check(
        "The US tariffs on Swiss watches will take effect next month, Swiss officials said.",
        &[],
    );
}

#[test]
fn the_headline_names_the_articles_question() {
    // The headline's strikes and the lead's are one agent's: one issue, named
    // as the headline writes it, gathers `the raids`.
    check(
        "US raids on smuggling ships anger Caracas\n\nThe latest US Navy raids on ships off Venezuela killed six people on Monday. Brazil condemned the raids.",
        &["brazil us_attack_on_smuggling_ships opposes"],
    );
    // A headline about something else leaves the lead's naming.
    check(
        "Markets slide in Asia\n\nThe latest US Navy raids on ships off Venezuela killed six people on Monday. Brazil condemned the raids.",
        &["brazil us_navy_attack_on_venezuela opposes"],
    );
}

#[test]
fn strikes_keep_their_word_and_hedges_are_dropped() {
    // `strikes` is written as such in the id; `alleged` says nothing of which
    // boats.
    check(
        "Peru condemned the US strikes on alleged smuggling boats.",
        &["peru us_strike_on_smuggling_boats opposes"],
    );
    check(
        "US strikes on alleged smuggling boats\n\nPeru condemned the strikes on Monday.",
        &["peru us_strike_on_smuggling_boats opposes"],
    );
}

#[test]
fn without_in_a_description_is_no_condition() {
    // `as a measure without any effect` says what the sanctions are.
    check(
        "Hungary criticised the sanctions on Russia as a measure without any effect.",
        &["hungary sanctions_on_russia opposes"],
    );
    // A missing party is still a condition.
    check(
        "Russia rejected any security guarantees for Ukraine without Moscow at the table.",
        &["russia security_guarantees_for_ukraine conditional"],
    );
}

/// Does a stance's issue id meet a census head: `=slug`, the same content words
/// as the slug (the mapping `stancegraph eval` applies to issue ids); else the
/// id contains the head word.
fn issue_matches(issue: &str, head: &str) -> bool {
    match head.strip_prefix('=') {
        Some(slug) => issue_key(issue) == issue_key(slug),
        None => issue.contains(head),
    }
}

/// The stance census (`tests/census/stances.tsv`): probe texts of the ways news
/// states a position, written from English news grammar and not from any article
/// we score on. Each probe passes when its actor has a stance of its polarity on
/// an issue whose id contains its head word. The floor is the count measured when
/// the census was last changed; a change to the stage must not lower it.
#[test]
fn stance_census() {
    const FLOOR: usize = 126;
    let table =
        std::fs::read_to_string(common::repo("tests/census/stances.tsv")).expect("census readable");
    let mut census = common::Census::default();
    for line in table.lines().skip_while(|l| l.starts_with('#')).skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let (class, actor, polarity, head, text, reporter) = match cols[..] {
            [c, a, p, h, t] => (c, a, p, h, t, None),
            [c, a, p, h, t, r] => (c, a, p, h, t, Some(r)),
            _ => panic!("census row needs 5 or 6 columns: {line:?}"),
        };
        let ex = common::extract_on("2025-06-01", text);
        // `!opposes`: a negative probe, passing when no such stance is found.
        let (wanted, polarity) = match polarity.strip_prefix('!') {
            Some(p) => (false, p),
            None => (true, polarity),
        };
        let found = ex.stances.iter().any(|s| {
            s.actor.contains(actor)
                && s.polarity.as_str() == polarity
                && issue_matches(&s.issue, head)
                && reporter.is_none_or(|r| s.reported_by.as_deref().is_some_and(|b| b.contains(r)))
        });
        let pass = found == wanted;
        census.record(class, pass, || {
            let found: Vec<String> = ex
                .stances
                .iter()
                .map(|s| {
                    let by = s.reported_by.as_deref().unwrap_or("-");
                    format!("{} {} {} (by {by})", s.actor, s.polarity.as_str(), s.issue)
                })
                .collect();
            format!("[{class}] {actor} {polarity} *{head}*: {text}\n    found: {found:?}")
        });
    }
    census.assert_floor("stance", FLOOR);
}
