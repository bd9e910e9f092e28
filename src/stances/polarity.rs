//! Polarity: negation, duty, inversion after the issue (`sanctions relief`),
//! hypotheses (`if ...`) and conditions (`only if`, `without`, `unless`).

use super::cues::{Cue, Role, CLAUSE_STOPS};
use super::{Doc, IssueMention};
use crate::model::{Polarity, TokenKind};
use std::ops::Range;

/// Stance words that say nothing when negated (`has not confirmed that`).
pub(super) const UNFLIPPABLE: &[&str] = &[
    "confirm",
    "confirms",
    "confirmed",
    "announce",
    "announces",
    "announced",
    "host",
    "hosts",
    "hosted",
    "attend",
    "attends",
    "attended",
    "extend",
    "extends",
    "extended",
    "declare",
    "declares",
    "declared",
    "sign",
    "signs",
    "signed",
];

/// Words that negate a stance word shortly before it in its clause.
const NEGATORS: &[&str] = &[
    "not", "n't", "never", "no", "cannot", "neither", "nor", "stop", "stops", "stopped", "hardly",
];

/// How many words before a stance word a negation reaches.
const NEGATION_WINDOW: usize = 3;

pub(super) fn flip(p: Polarity) -> Polarity {
    match p {
        Polarity::Supports => Polarity::Opposes,
        Polarity::Opposes => Polarity::Supports,
        other => other,
    }
}

/// A negation shortly before `t` in its clause: `would never accept`, `no sign of
/// agreeing to`.
pub(super) fn negated(doc: &Doc, t: usize, floor: usize) -> bool {
    let mut k = t;
    let mut seen = 0;
    while k > floor && seen < NEGATION_WINDOW {
        k -= 1;
        if doc.kinds[k] == TokenKind::Quote {
            continue;
        }
        let w = doc.word(k);
        if doc.kinds[k] == TokenKind::Punct || CLAUSE_STOPS.contains(&w) {
            return false;
        }
        if NEGATORS.contains(&w) {
            return true;
        }
        seen += 1;
    }
    false
}

/// A demand on someone else right before `t`: `must`, `should`, `has to` (`Russia
/// must accept a ceasefire` is the speaker's stance, not Russia's).
pub(super) fn deontic(doc: &Doc, t: usize, floor: usize) -> bool {
    let mut k = t;
    let mut seen = 0;
    while k > floor && seen < 4 {
        k -= 1;
        let w = doc.word(k);
        if doc.kinds[k] == TokenKind::Punct || CLAUSE_STOPS.contains(&w) {
            return false;
        }
        if matches!(w, "must" | "should" | "ought")
            || (w == "to" && k > floor && matches!(doc.word(k - 1), "has" | "have" | "had"))
        {
            return true;
        }
        seen += 1;
    }
    false
}

/// `ISSUE relief`, `ISSUE exemptions`: the words after the issue turn it around.
pub(super) fn inverted_after(doc: &Doc, m: &IssueMention) -> bool {
    matches!(
        doc.word(m.tokens.end),
        "relief" | "exemption" | "exemptions" | "waiver" | "waivers"
    )
}

/// Is the stance word at `t` inside an `if` clause (`if Moscow kept refusing`)?
/// Looks a few words back, not past punctuation. A condition set on someone else
/// (`..., but only if Washington provided a backstop`, `unless Kyiv accepts`,
/// `until Moscow agrees`, `provided that Moscow agrees`, `as long as Washington
/// keeps its levies`) is no stance of its subject either: the stance
/// it conditions is read from the main clause.
pub(super) fn hypothetical(doc: &Doc, t: usize, floor: usize) -> bool {
    let mut k = t;
    let mut seen = 0;
    while k > floor && seen < 6 {
        k -= 1;
        if doc.kinds[k] == TokenKind::Quote {
            continue;
        }
        let w = doc.word(k);
        let provided_that =
            w == "that" && k > floor && matches!(doc.word(k - 1), "provided" | "providing");
        // `as long as Washington maintained its levies`.
        let as_long_as = w == "as"
            && k > floor + 1
            && doc.word(k - 1) == "long"
            && matches!(doc.word(k - 2), "as" | "so");
        if matches!(w, "if" | "whether" | "unless" | "until") || provided_that || as_long_as {
            return true;
        }
        if doc.kinds[k] == TokenKind::Punct || matches!(w, "but" | "then") {
            return false;
        }
        seen += 1;
    }
    false
}

/// Conjunctions that open a condition on their own (`if`, `once`), and so also
/// open clauses that set none on the stance word (`..., but warned that if`).
const BARE_CONDITIONS: &[&str] = &["if", "once"];

/// Does a bare `if` or `once` at `k` set a condition on the stance word at
/// `from`: after it, in the same clause (`ready for talks if Moscow stops`), not
/// in a later one (`..., but warned that if Kyiv rejected it`); or, for `once`,
/// before it, opening the sentence with a clause of its own that the stance
/// word's clause follows (`Once the shelling stops, Kyiv will agree to a
/// ceasefire`).
fn bare_if_binds(doc: &Doc, from: usize, k: usize, clause_start: usize) -> bool {
    let no_break = |r: Range<usize>| {
        r.into_iter().all(|t| {
            doc.kinds[t] != TokenKind::Punct && !matches!(doc.word(t), "but" | "that" | "and")
        })
    };
    if k > from {
        return no_break(from..k);
    }
    // A leading `if` is as often a threat as a condition (`If Moscow rejects a
    // ceasefire, we will impose sanctions` is for sanctions): only `once` leads.
    if doc.word(k) != "once" {
        return false;
    }
    // A leading condition: at the start of the sentence (quote marks aside) or of
    // a reported clause (`said that once ...`), then its clause up to one comma,
    // then the stance word's clause without another break.
    let opens = (clause_start..k).all(|t| doc.kinds[t] == TokenKind::Quote)
        || (k > clause_start && doc.word(k - 1) == "that");
    let comma = (k + 1..from).find(|&t| doc.kinds[t] == TokenKind::Punct);
    opens && comma.is_some_and(|c| doc.word(c) == "," && no_break(c + 1..from))
}

/// Support becomes conditional when the clause sets a condition (`only if`, `as
/// soon as`, up to the next report: `, adding`), opposition when its own clause
/// names what is missing (`no guarantees without Russia`, `unless`).
pub(super) fn conditioned(
    doc: &Doc,
    polarity: Polarity,
    from: usize,
    cues: &[&Cue],
    sent: Range<usize>,
) -> Polarity {
    let words = doc.words();
    let condition_end = (from..sent.end)
        .find(|&k| {
            matches!(
                words[k].as_str(),
                ";" | "adding"
                    | "saying"
                    | "said"
                    | "says"
                    | "told"
                    | "while"
                    | "whereas"
                    | "although"
                    | "though"
                    | "because"
            )
        })
        .unwrap_or(sent.end);
    let unless_end = (from..sent.end)
        .find(|&k| {
            let w = words[k].as_str();
            (doc.kinds[k] == TokenKind::Punct && w != "-")
                || (CLAUSE_STOPS.contains(&w) && w != "unless")
        })
        .unwrap_or(sent.end);
    let clause_start = (sent.start..from)
        .rev()
        .find(|&k| matches!(words[k].as_str(), ";" | ":"))
        .map(|k| k + 1)
        .unwrap_or(sent.start);
    let mut out = polarity;
    for c in cues {
        match (c.meaning.role, polarity) {
            (Role::Condition, Polarity::Supports)
                if c.start >= clause_start
                    && c.start < condition_end
                    && (!BARE_CONDITIONS.contains(&words[c.start].as_str())
                        || bare_if_binds(doc, from, c.start, clause_start)) =>
            {
                out = Polarity::Conditional
            }
            // `criticised the strikes as executions without trial`: a `without`
            // in the description after `as` says what the thing is, not on what
            // condition the holder would accept it.
            (Role::Unless, Polarity::Opposes)
                if c.start > from
                    && c.start < unless_end
                    && !(from..c.start).any(|k| words[k] == "as") =>
            {
                out = Polarity::Conditional
            }
            _ => {}
        }
    }
    out
}
