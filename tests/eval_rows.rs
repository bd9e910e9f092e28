//! The diagnostic rows of `eval` beside the headline figures.

mod common;

/// Scores of one text against gold stances given as (actor, issue, polarity, evidence).
fn score_against(text: &str, gold: &[(&str, &str, &str, &str)]) -> stancegraph::eval::Scores {
    common::score_stances_on("2025-03-14", text, gold)
}

#[test]
fn the_evidence_row_takes_the_issue_from_the_gold_stance_at_the_same_place() {
    let text = "Prime Minister Kishida said on Friday that Japan firmly opposes sanctions on Iran.";
    // A coined id that shares no name with ours: missed by the headline, found
    // by the evidence row because the gold evidence is where our stance is.
    let s = score_against(
        text,
        &[(
            "japan",
            "punitive_measures_against_tehran",
            "opposes",
            "Japan firmly opposes sanctions on Iran",
        )],
    );
    assert_eq!(s.stances.correct_predicted, 0, "{s:?}");
    assert_eq!(s.stances_evidence_ids.correct_predicted, 1, "{s:?}");
}

#[test]
fn the_evidence_row_still_needs_the_actor_the_polarity_and_a_place() {
    let text = "Prime Minister Kishida said on Friday that Japan firmly opposes sanctions on Iran.";
    let wrong_polarity = score_against(
        text,
        &[(
            "japan",
            "punitive_measures_against_tehran",
            "supports",
            "Japan firmly opposes sanctions on Iran",
        )],
    );
    assert_eq!(wrong_polarity.stances_evidence_ids.correct_predicted, 0);
    let other_actor = score_against(
        text,
        &[(
            "iran",
            "punitive_measures_against_tehran",
            "opposes",
            "Japan firmly opposes sanctions on Iran",
        )],
    );
    assert_eq!(other_actor.stances_evidence_ids.correct_predicted, 0);
    let evidence_not_in_text = score_against(
        text,
        &[(
            "japan",
            "punitive_measures_against_tehran",
            "opposes",
            "Tokyo rejects the measures",
        )],
    );
    assert_eq!(
        evidence_not_in_text.stances_evidence_ids.correct_predicted,
        0
    );
}

/// `eval --breakdown` splits the headline counts without losing or inventing any:
/// the per-root rows sum to the relation row, the two actor rows to the actor row,
/// the causes of missed relations to the missed ones, the causes of misattribution
/// to the statements found with a wrong speaker.
#[test]
fn the_breakdown_adds_up_to_the_headline_counts() {
    let out = common::bin()
        .args(["eval", "--gold", "tests/dev/tune", "--json", "--breakdown"])
        .output()
        .expect("eval runs");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    let total = &report["total"];
    let b = &report["breakdown"];
    let n = |v: &serde_json::Value| v.as_u64().expect("a count");
    let sum_roots = |field: &str| {
        b["relations_by_root"]
            .as_object()
            .expect("roots")
            .values()
            .map(|p| n(&p[field]))
            .sum::<u64>()
    };
    for field in ["predicted", "correct_predicted", "gold", "found_gold"] {
        assert_eq!(sum_roots(field), n(&total["relations"][field]), "{field}");
        assert_eq!(
            n(&b["actors_in_lexicon"][field]) + n(&b["actors_outside_lexicon"][field]),
            n(&total["actors"][field]),
            "{field}"
        );
    }
    let rel = &total["relations"];
    let m = &b["missed_relations"];
    let missed = [
        "actors_found",
        "source_missing",
        "target_missing",
        "both_missing",
    ]
    .iter()
    .map(|k| n(&m[*k]))
    .sum::<u64>();
    assert_eq!(missed, n(&rel["gold"]) - n(&rel["found_gold"]));
    let causes = [
        "other_root",
        "reversed",
        "in_statement",
        "both_named",
        "referred",
    ]
    .iter()
    .map(|k| n(&m[*k]))
    .sum::<u64>();
    assert_eq!(causes, n(&m["actors_found"]), "each miss has one cause");
    let confused: u64 = m["root_confusions"]
        .as_object()
        .expect("root confusions")
        .values()
        .map(n)
        .sum();
    assert_eq!(confused, n(&m["other_root"]));
    let st = &total["statements"];
    let (d, i) = (&b["direct_statements"], &b["indirect_statements"]);
    assert_eq!(n(&d["gold"]) + n(&i["gold"]), n(&st["gold"]));
    assert_eq!(n(&d["found"]) + n(&i["found"]), n(&st["found"]));
    let a = &b["misattributed"];
    let wrong = [
        "no_speaker",
        "speaker_not_found",
        "other_speaker",
        "person_for_body",
        "body_for_state",
    ]
    .iter()
    .map(|k| n(&a[*k]))
    .sum::<u64>();
    assert_eq!(wrong, n(&st["found"]) - n(&st["attributed"]));
    assert!(
        missed > 0 && wrong > 0,
        "the tuning set has errors of both kinds"
    );
}
