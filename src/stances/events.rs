//! Acts named again: `the decision`, `the move`, `the veto`. Such a noun stands
//! for the latest act on an issue read shortly before, and keeps that act's
//! side: `Tbilisi froze the accession talks. Brussels regretted the decision` is
//! Brussels for the talks, since regretting a step against something is being
//! for it; `Budapest vetoed the opening of talks. Kyiv criticised the veto` is
//! Kyiv for the talks.

use super::{Doc, IssueMention};
use crate::model::{Polarity, Stance, StanceBasis};

/// Nouns that name an act rather than the thing acted on.
const EVENT_NOUNS: &[&str] = &["decision", "move", "veto"];

/// Act nouns that say nothing without the act they name: `the veto` with no
/// veto read before is no stance, rather than one on whatever issue is near.
const ACT_ONLY_NOUNS: &[&str] = &["veto"];

/// Is the mention's last word (its head noun) one of `nouns`?
fn head_in(doc: &Doc, m: &IssueMention, nouns: &[&str]) -> bool {
    m.tokens.end > m.tokens.start && nouns.contains(&doc.word(m.tokens.end - 1))
}

/// Does this act noun need its act to mean anything?
pub(super) fn needs_act(doc: &Doc, m: &IssueMention) -> bool {
    head_in(doc, m, ACT_ONLY_NOUNS)
}

/// A stance read before: where, on which issue, which way, and whose.
#[derive(Debug, Clone)]
pub(super) struct Act {
    token: usize,
    sentence: usize,
    issue: usize,
    polarity: Polarity,
    actors: Vec<String>,
}

/// Is this mention an act named again (`the decision`, `Hungary's veto`)?
pub(super) fn is_event_anaphor(doc: &Doc, m: &IssueMention) -> bool {
    m.anaphor && head_in(doc, m, EVENT_NOUNS)
}

/// Keep the stances just read off a mention as one act, when a deed implies them
/// (`approved`, `vetoed`, `froze`) and they agree on a side. What someone only
/// says of an issue (`brushed the package aside`) is no decision others judge.
pub(super) fn record(acts: &mut Vec<Act>, m: &IssueMention, read: &[Stance]) {
    let Some(first) = read.first() else {
        return;
    };
    if read
        .iter()
        .any(|s| s.polarity != first.polarity || s.basis != StanceBasis::Action)
    {
        return;
    }
    acts.push(Act {
        token: m.tokens.start,
        sentence: m.sentence,
        issue: m.issue,
        polarity: first.polarity,
        actors: read.iter().map(|s| s.actor.clone()).collect(),
    });
}

/// The actor a mention's possessor names (`the cabinet's decision`), if any.
fn possessor<'a>(doc: &Doc<'a>, m: &IssueMention) -> Option<&'a str> {
    let noun = m.tokens.end.checked_sub(1)?;
    let mark = noun.checked_sub(1)?;
    if !matches!(doc.word(mark), "'s" | "'") {
        return None;
    }
    doc.input
        .mentions
        .iter()
        .find(|x| x.tokens.end == mark)
        .map(|x| x.actor.as_str())
}

/// The act an act noun stands for: one of its possessor's (`the E3's move`),
/// else a deed of the same or the sentence before, else the first deed of the
/// article, the news the article reports (`welcomed the decision` some
/// paragraphs after the lede, not the earlier block the lede recounts).
pub(super) fn retarget(doc: &Doc, m: &IssueMention, acts: &[Act]) -> Option<IssueMention> {
    let before = || acts.iter().filter(|a| a.token < m.tokens.start);
    let owner = possessor(doc, m);
    let act = owner
        .and_then(|o| before().rev().find(|a| a.actors.iter().any(|x| x == o)))
        .or_else(|| before().rev().find(|a| a.sentence + 1 >= m.sentence))
        .or_else(|| before().next())?;
    let inverted = match act.polarity {
        Polarity::Supports => false,
        Polarity::Opposes => true,
        _ => return None,
    };
    Some(IssueMention {
        issue: act.issue,
        inverted,
        ..m.clone()
    })
}
