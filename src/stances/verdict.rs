//! Verdicts after an issue (`ISSUE was off the table`, `... must hold`), held by
//! the speaker, the one who names (`called the listing unjust`) or the one it is
//! for (`For Moscow, ISSUE is a red line`).

use super::cues::{reaches_verdict, Cue, Role, CLAUSE_STOPS};
use super::holders::{members, subject_of};
use super::polarity::{conditioned, flip, hypothetical, inverted_after, negated};
use super::{Doc, Found, IssueMention};
use crate::model::{Polarity, TokenKind};
use crate::syntax::PREPOSITIONS;
use std::ops::Range;

/// Verbs that name what something is (`called the listing unjust`): their subject
/// holds the verdict that follows.
const NAMING_VERBS: &[&str] = &[
    "call",
    "calls",
    "called",
    "calling",
    "describe",
    "describes",
    "described",
    "brand",
    "brands",
    "branded",
    "label",
    "labels",
    "labelled",
    "labeled",
    "deem",
    "deems",
    "deemed",
    "term",
    "terms",
    "termed",
    "consider",
    "considers",
    "considered",
    "see",
    "sees",
    "saw",
    "view",
    "views",
    "viewed",
    "find",
    "finds",
    "found",
];

/// Modal words of duty: as a verdict they stand right after the issue they judge.
const DUTY_WORDS: &[&str] = &[
    "must", "should", "had", "has", "have", "needs", "need", "ought",
];

/// `ISSUE was off the table`, `discussing them without Russia was "a utopia"`.
pub(super) fn verdict(
    doc: &Doc,
    m: &IssueMention,
    cues: &[&Cue],
    sent: Range<usize>,
    all: &[IssueMention],
) -> Option<Found> {
    let v = cues.iter().find(|c| {
        c.meaning.role == Role::Verdict
            && c.start >= m.tokens.end
            && reaches_verdict(doc, m.tokens.end, c.start)
    })?;
    // The verdict judges the nearest issue before it.
    if all
        .iter()
        .any(|o| o.tokens.start >= m.tokens.end && o.tokens.end <= v.start)
    {
        return None;
    }
    if hypothetical(doc, v.start, sent.start) {
        return None;
    }
    let mut polarity = v.meaning.polarity;
    if DUTY_WORDS.contains(&doc.word(v.start)) {
        // A duty judges the issue it follows directly (`aid had to enter`), and a
        // verb of ending right after it turns it around (`sanctions must be lifted`).
        if v.start > m.tokens.end + 1 {
            return None;
        }
        let ending = cues.iter().any(|c| {
            c.meaning.role == Role::Verb
                && c.meaning.polarity == Polarity::Opposes
                && c.start >= v.end
                && c.start <= v.end + 2
        });
        if ending {
            polarity = flip(polarity);
        }
    }
    // `... was not needed`; `does not think a ceasefire is necessary`.
    if negated(doc, v.start, m.tokens.end) || negated(doc, m.tokens.start, sent.start) {
        polarity = flip(polarity);
    }
    if inverted_after(doc, m) {
        polarity = flip(polarity);
    }
    let without = (m.tokens.end..v.start).any(|k| doc.word(k) == "without");
    let polarity = if without && polarity == Polarity::Opposes {
        Polarity::Conditional
    } else {
        conditioned(doc, polarity, m.tokens.start, cues, sent.clone())
    };
    // `X called the listing unjust`: the one who calls holds it; `For Moscow,
    // ISSUE is a red line`: the one it is for.
    if let Some(k) = namer(doc, m.tokens.start, sent.start) {
        return Some(Found {
            holders: subject_of(doc, k, sent.clone()),
            polarity,
            action: false,
            anchor: k,
            speaker_holds: false,
        });
    }
    let words = doc.words();
    let for_whom = (words.get(sent.start).map(String::as_str) == Some("for"))
        .then(|| {
            doc.input.mentions.iter().find(|x| {
                x.tokens.start == sent.start + 1
                    && words.get(x.tokens.end).map(String::as_str) == Some(",")
            })
        })
        .flatten();
    Some(Found {
        holders: for_whom.map(members).unwrap_or_default(),
        polarity,
        action: false,
        anchor: v.start,
        speaker_holds: for_whom.is_none(),
    })
}

/// The naming verb right before the noun phrase an issue heads (`called the
/// listing unjust`, `called the 50% tariff unfair`): only modifiers between.
fn namer(doc: &Doc, start: usize, floor: usize) -> Option<usize> {
    for k in (floor.max(start.saturating_sub(5))..start).rev() {
        let w = doc.word(k);
        if NAMING_VERBS.contains(&w) {
            return Some(k);
        }
        let modifier = match doc.kinds[k] {
            TokenKind::Punct => matches!(w, "%" | "-"),
            TokenKind::Quote => false,
            _ => !doc.in_mention[k] && !PREPOSITIONS.contains(&w) && !CLAUSE_STOPS.contains(&w),
        };
        if !modifier {
            return None;
        }
    }
    None
}
