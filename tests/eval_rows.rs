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
