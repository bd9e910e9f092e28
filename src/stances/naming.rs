//! Naming an article's question as an analyst writes it, from the article's own
//! noun phrases, when a lexicon issue is too broad for it.
//!
//! **Tariffs with one target.** `us_tariffs` names any tariffs the US imposes;
//! an article about the duties Washington put on one country's goods is about
//! `us_tariffs_on_india`. The targets are read where the text says whom the
//! tariffs hit: a tariff head word of `issue_heads.tsv` followed by `on` or
//! `against` and a state (`tariffs on Canada`, `a duty on Indian imports`,
//! `levies of up to 15% on American coal`), or `impose ... on` a state in a
//! sentence about tariffs (`the tariffs Washington was due to impose on all
//! Mexican goods`). When every such place in the article names the same state,
//! and that state is not the imposer, the imposer's tariff issue is renamed
//! `{imposer}_tariffs_on_{target}` for the whole article, so that every mention
//! (`the tariffs`, `the American duties`) gathers to it. Two targets (a tariff
//! war: `cut its levies on Chinese imports ... lower its duties on American
//! goods`) or none (`tariffs on steel`) leave the broad issue.

use super::{Doc, Found, IssueMention};
use crate::lexicon::issue_families::{issue_key, slot_slug};
use crate::lexicon::{IssueEntry, Lexicon};
use crate::model::{ActorKind, Polarity, TokenKind};
use crate::syntax::PREPOSITIONS;
use std::collections::BTreeSet;

/// The head group of `issue_heads.tsv` whose words name tariffs.
const TARIFF_GROUP: &str = "tariff";

/// Words that may stand between a tariff word and `on`: a rate (`levies of up
/// to 15 percent on`).
const RATE_WORDS: &[&str] = &[
    "of", "up", "to", "percent", "per", "cent", "%", "as", "much",
];

/// Words before a target that do not change it (`on all Mexican goods`).
const TARGET_DETERMINERS: &[&str] = &["the", "all", "each", "every", "some", "most"];

/// Verbs that put tariffs on their object (`impose ... on Mexico`).
const IMPOSING: &[&str] = &[
    "impose", "imposes", "imposed", "imposing", "slap", "slaps", "slapped", "slapping",
];

/// Is this word a tariff head (`tariffs`, `levies`, `duty`)? Counter-tariffs
/// are the other side's, and say nothing of the first side's target.
fn is_tariff_word(lexicon: &Lexicon, w: &str) -> bool {
    let lower = w.to_ascii_lowercase();
    let head = lexicon
        .issue_head(&lower)
        .or_else(|| lower.strip_suffix('s').and_then(|s| lexicon.issue_head(s)));
    head.is_some_and(|h| h.group == TARIFF_GROUP)
}

/// The state at token `t`: a mention of a state, or a state's adjective
/// (`Indian imports`).
fn state_at(doc: &Doc, lexicon: &Lexicon, t: usize) -> Option<String> {
    if let Some((i, _)) = doc.mention_start.get(t).copied().flatten() {
        let id = &doc.input.mentions[i].actor;
        let is_state = lexicon
            .actor(id)
            .is_some_and(|a| a.kind == ActorKind::State);
        return is_state.then(|| id.clone());
    }
    // The adjective as written: the normalized words are lowercase.
    let toks = doc.input.toks;
    if !toks.starts_upper(t) {
        return None;
    }
    let a = lexicon.adjective(toks.seg.tokens[t].span.slice(toks.text))?;
    let entry = lexicon.actors.get(a)?;
    (entry.kind == ActorKind::State).then(|| entry.id.clone())
}

/// The state after `on`/`against` at token `k` (past `the`, `all`), if any.
fn target_after_on(doc: &Doc, lexicon: &Lexicon, mut k: usize, end: usize) -> Option<String> {
    if k >= end || !matches!(doc.word(k), "on" | "against") {
        return None;
    }
    k += 1;
    while k < end && TARGET_DETERMINERS.contains(&doc.word(k)) {
        k += 1;
    }
    (k < end).then(|| state_at(doc, lexicon, k)).flatten()
}

/// The state a tariff word at `t` hits (`tariffs on Canada`, `levies of up to
/// 15% on American coal`).
fn target_of_tariff(doc: &Doc, lexicon: &Lexicon, t: usize, end: usize) -> Option<String> {
    let mut k = t + 1;
    while k < end
        && k <= t + 6
        && (RATE_WORDS.contains(&doc.word(k)) || doc.word(k).chars().any(|c| c.is_ascii_digit()))
    {
        k += 1;
    }
    target_after_on(doc, lexicon, k, end)
}

/// Every state the article's tariffs are said to hit.
fn tariff_targets(doc: &Doc, lexicon: &Lexicon) -> BTreeSet<String> {
    let mut targets = BTreeSet::new();
    for s in &doc.input.toks.seg.sentences {
        let (first, last) = (s.tokens.start, s.tokens.end);
        let mut about_tariffs = false;
        for t in first..last {
            if is_tariff_word(lexicon, doc.word(t)) {
                about_tariffs = true;
                targets.extend(target_of_tariff(doc, lexicon, t, last));
            }
        }
        if !about_tariffs {
            continue;
        }
        for t in first..last {
            if IMPOSING.contains(&doc.word(t)) {
                targets.extend(target_after_on(doc, lexicon, t + 1, last));
            }
        }
    }
    targets
}

/// The imposer word of a tariff issue id (`us` of `us_tariffs`): an id whose
/// content words are one word and `tariff`.
fn tariff_imposer(id: &str) -> Option<String> {
    match issue_key(id).as_slice() {
        [a, b] if b == "tariff" => Some(a.clone()),
        [a, b] if a == "tariff" => Some(b.clone()),
        _ => None,
    }
}

/// Does the imposer word name this state (`us` for `usa`)?
fn imposer_is(lexicon: &Lexicon, imposer: &str, state: &str) -> bool {
    imposer == state
        || lexicon
            .actor(state)
            .is_some_and(|a| slot_slug(a) == imposer)
}

/// Renames the tariff issue of an article whose tariffs hit one state (see the
/// file's header): adds the document issue and moves every mention to it.
pub(super) fn name_tariff_target(doc: &mut Doc, lexicon: &Lexicon, phrases: &mut [IssueMention]) {
    // The article's tariff issue: the one most mentioned (the first on a tie).
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for m in phrases.iter() {
        if tariff_imposer(&doc.issue(lexicon, m.issue).id).is_none() {
            continue;
        }
        match counts.iter_mut().find(|(i, _)| *i == m.issue) {
            Some(c) => c.1 += 1,
            None => counts.push((m.issue, 1)),
        }
    }
    let Some(issue) = counts.iter().rev().max_by_key(|(_, n)| *n).map(|(i, _)| *i) else {
        return;
    };
    let Some(imposer) = tariff_imposer(&doc.issue(lexicon, issue).id) else {
        return;
    };
    // One state hit, and not the imposer: a second target is several targets or,
    // when the imposer is hit too, tariffs both ways, a trade war.
    let mut targets = tariff_targets(doc, lexicon).into_iter();
    let (Some(target), None) = (targets.next(), targets.next()) else {
        return;
    };
    if imposer_is(lexicon, &imposer, &target) {
        return;
    }
    let target_word = lexicon
        .actor(&target)
        .map(slot_slug)
        .unwrap_or_else(|| target.clone());
    let id = format!("{imposer}_tariffs_on_{target_word}");
    let broad = doc.issue(lexicon, issue);
    let (label, wordings) = (broad.label.clone(), broad.phrases.clone());
    let local = lexicon.issues.len() + doc.local_issues.len();
    doc.local_issues.push(IssueEntry {
        id,
        label: format!("{label} on {}", display_name(lexicon, &target)),
        // The broad issue's wordings, so that its anaphors (`the levies`) still
        // find it.
        phrases: wordings,
    });
    for m in phrases.iter_mut().filter(|m| m.issue == issue) {
        m.issue = local;
    }
}

/// Words before an issue phrase that say when or which one of a series, not
/// what kind: `new sanctions`, `the latest truce` keep the broad name.
const SERIES_WORDS: &[&str] = &[
    "new",
    "latest",
    "fresh",
    "further",
    "additional",
    "more",
    "recent",
    "last",
    "next",
    "previous",
    "current",
    "existing",
    "first",
    "second",
    "third",
    "such",
    "any",
    "other",
    "similar",
    "possible",
    "potential",
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "our",
    "no",
    "and",
    "or",
    "not",
    "all",
    "some",
];

/// The kind word written just before a lexicon issue's mention (`humanitarian`
/// of `a humanitarian truce`, `snapback` of `snapback sanctions`): a lowercase
/// word in the same sentence, not a name, a preposition, a series word, an
/// adverb or a participle.
fn kind_word(doc: &Doc, lexicon: &Lexicon, m: &IssueMention) -> Option<(String, bool)> {
    // A two-word wording of the lexicon that is a kind word and a head (`a
    // humanitarian truce` as written in the lexicon): the word inside.
    let inside = m.tokens.len() == 2
        && lexicon
            .issue_head(singular(doc.word(m.tokens.end - 1)))
            .is_some();
    let t = if inside {
        m.tokens.start
    } else {
        m.tokens.start.checked_sub(1)?
    };
    let sentence = doc.sentence(m.sentence);
    if t < sentence.start || doc.in_mention[t] || doc.input.toks.starts_upper(t) {
        return None;
    }
    let w = doc.word(t);
    let plain = doc.kinds[t] == TokenKind::Word
        && w.len() > 2
        && w.chars().all(|c| c.is_ascii_lowercase())
        && !SERIES_WORDS.contains(&w)
        && !PREPOSITIONS.contains(&w)
        && !w.ends_with("ly")
        && !w.ends_with("ed")
        && !w.ends_with("ing");
    plain.then(|| (w.to_string(), inside))
}

/// A word without its plural `s` (`truces` -> `truce`).
fn singular(w: &str) -> &str {
    w.strip_suffix('s').filter(|s| s.len() > 2).unwrap_or(w)
}

/// Names a lexicon issue as the article names it when a third of its mentions,
/// and at least two, carry the same kind word (`a humanitarian truce ... the
/// humanitarian truce` in an article on Sudan; `an immediate ceasefire`): the
/// article's question is that kind of it, and annotators write the word
/// (`humanitarian_truce`, `immediate_ceasefire_in_ukraine`). The issue is
/// renamed `{word}_{id}` for the whole article, labelled with the article's own
/// words (`humanitarian truce`), and every mention moves to it.
pub(super) fn name_by_kind(doc: &mut Doc, lexicon: &Lexicon, phrases: &mut [IssueMention]) {
    let base = lexicon.issues.len();
    let mut issues: Vec<usize> = phrases
        .iter()
        .filter(|m| m.issue < base && !m.anaphor)
        .map(|m| m.issue)
        .collect();
    issues.sort_unstable();
    issues.dedup();
    for issue in issues {
        let mentions: Vec<&IssueMention> = phrases
            .iter()
            .filter(|m| m.issue == issue && !m.anaphor)
            .collect();
        let id_words = issue_key(&doc.issue(lexicon, issue).id);
        let mut counts: Vec<(String, usize, usize, bool)> = Vec::new();
        for (i, m) in mentions.iter().enumerate() {
            let Some((w, inside)) = kind_word(doc, lexicon, m) else {
                continue;
            };
            // A word the id already says is no kind of it (`peace` of `peace deal`).
            if id_words
                .iter()
                .any(|x| *x == w || w.starts_with(x.as_str()))
            {
                continue;
            }
            match counts.iter_mut().find(|c| c.0 == w) {
                Some(c) => c.1 += 1,
                None => counts.push((w, 1, i, inside)),
            }
        }
        // The most frequent word, the first written on a tie.
        let best = counts
            .into_iter()
            .max_by_key(|c| (c.1, std::cmp::Reverse(c.2)));
        let Some((word, n, first, inside)) = best else {
            continue;
        };
        if n < 2 || 3 * n < mentions.len() {
            continue;
        }
        let written = doc
            .span(mentions[first].tokens.clone())
            .slice(doc.input.toks.text)
            .to_string();
        let broad = doc.issue(lexicon, issue);
        let entry = IssueEntry {
            id: format!("{word}_{}", broad.id),
            label: if inside {
                written
            } else {
                format!("{word} {written}")
            },
            // The broad issue's wordings, so that its anaphors still find it.
            phrases: broad.phrases.clone(),
        };
        let local = base + doc.local_issues.len();
        doc.local_issues.push(entry);
        for m in phrases.iter_mut().filter(|m| m.issue == issue) {
            m.issue = local;
        }
    }
}

/// A state's label for display (`India`).
fn display_name(lexicon: &Lexicon, id: &str) -> String {
    lexicon
        .actor(id)
        .map(|a| a.label.clone())
        .unwrap_or_else(|| id.to_string())
}

/// Words saying that a measure is now in force, as (verb, next word): `the duty
/// on Indian imports took effect`. Past and present only: `is to take effect
/// next week` is a plan, not a deed.
const IN_FORCE: &[(&str, &str)] = &[
    ("took", "effect"),
    ("takes", "effect"),
    ("came", "into"),
    ("comes", "into"),
    ("went", "into"),
    ("goes", "into"),
    ("entered", "into"),
    ("enters", "into"),
    ("kicked", "in"),
    ("kicks", "in"),
];

/// How far after a tariff mention its `took effect` may stand (`the duty on
/// Indian imports took effect`).
const IN_FORCE_GAP: usize = 5;

/// Tariffs that took effect are the imposer's deed: for each mention of a
/// tariff issue followed, in its clause, by a verb of coming into force, the
/// state that imposes them (the issue's imposer, named in the article) holds
/// it, basis `action`. Returns (mention index, stance).
pub(super) fn tariffs_in_force(
    doc: &Doc,
    lexicon: &Lexicon,
    mentions: &[IssueMention],
) -> Vec<(usize, Found)> {
    let mut out = Vec::new();
    for (i, m) in mentions.iter().enumerate().filter(|(_, m)| !m.anaphor) {
        let id = &doc.issue(lexicon, m.issue).id;
        let Some(imposer) = id
            .split_once("_tariffs_on_")
            .map(|(a, _)| a.to_string())
            .or_else(|| tariff_imposer(id))
        else {
            continue;
        };
        let Some(state) = imposer_in_article(doc, lexicon, &imposer) else {
            continue;
        };
        if let Some(verb) = in_force_after(doc, m.tokens.end, m.sentence) {
            out.push((
                i,
                Found {
                    holders: vec![state],
                    polarity: Polarity::Supports,
                    action: true,
                    anchor: verb,
                    speaker_holds: false,
                },
            ));
        }
    }
    out
}

/// The state of the article an imposer word names (`us` -> usa).
fn imposer_in_article(doc: &Doc, lexicon: &Lexicon, imposer: &str) -> Option<String> {
    doc.input
        .actors
        .keys()
        .find(|id| {
            lexicon
                .actor(id)
                .is_some_and(|a| a.kind == ActorKind::State && slot_slug(a) == imposer)
        })
        .cloned()
}

/// The verb of `took effect` within a few words after `from`, in the same
/// clause (no punctuation between).
fn in_force_after(doc: &Doc, from: usize, sentence: usize) -> Option<usize> {
    let end = doc.sentence(sentence).end;
    let mut k = from;
    while k + 1 < end && k <= from + IN_FORCE_GAP {
        if doc.kinds[k] != TokenKind::Word {
            return None;
        }
        let (w, next) = (doc.word(k), doc.word(k + 1));
        if IN_FORCE.iter().any(|&(a, b)| a == w && b == next) {
            return Some(k);
        }
        k += 1;
    }
    None
}
