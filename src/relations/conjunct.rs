//! A verb coordinated with a speech verb past the clause it reports: `Qassem said
//! the group would act as if the decision did not exist and accused the government
//! of serving a foreign agenda`. The reported clause (`the group would act ...`)
//! has a modal, present or progressive verb group, so a bare past verb after its
//! `and` cannot continue it (that would read `would act ... and accuse`): it is the
//! speech verb's conjunct, and its subject is the speaker, not the reported
//! clause's subject.

use super::{Ctx, COORDINATED_VERB_ADVERBS, IRREGULAR_PASTS};
use crate::lexicon::patterns::Match;
use crate::model::{Statement, StatementKind};

/// Verb forms in a reported clause that a bare past verb after `and` cannot be
/// coordinated with: modals and present-tense auxiliaries.
const FINITE_NON_PAST: &[&str] = &[
    "would", "will", "could", "can", "might", "may", "should", "must", "shall", "'ll", "is", "are",
    "am",
];

/// The speaker of the speech verb that the trigger of `m` is coordinated with,
/// past the clause the speech verb reports.
pub(super) fn speech_verb_conjunct<'a>(ctx: &'a Ctx, m: &Match) -> Option<&'a str> {
    let words = ctx.input.toks.words;
    let t = m.trigger_start;
    if !is_simple_past(&words[t]) {
        return None;
    }
    let and_at = conjunction_before(ctx, t)?;
    let tokens = &ctx.input.toks.seg.tokens;
    let said = ctx
        .said
        .containing(tokens[t].span)
        .find(|s| reports_clause_before(s, tokens[and_at].span.start))?;
    let clause_start = tokens.partition_point(|k| k.span.start < said.content.start);
    let clause = clause_start.max(ctx.sent.start)..and_at;
    if clause.is_empty() || !has_non_past_verb_group(words, clause) {
        return None;
    }
    said.speaker.as_deref()
}

/// Is the word a simple past verb form?
pub(super) fn is_simple_past(word: &str) -> bool {
    word.ends_with("ed") || IRREGULAR_PASTS.contains(&word)
}

/// The `and` (after an optional comma) right before the verb at `t`, with only
/// adverbs between them.
fn conjunction_before(ctx: &Ctx, t: usize) -> Option<usize> {
    let words = ctx.input.toks.words;
    let mut k = t;
    while k > ctx.sent.start {
        k -= 1;
        let w = words[k].as_str();
        if w == "and" {
            return Some(k);
        }
        let adverb = COORDINATED_VERB_ADVERBS.contains(&w) || (w.len() > 4 && w.ends_with("ly"));
        if !adverb {
            return None;
        }
    }
    None
}

/// An indirect statement with a speaker whose speech verb and reported clause both
/// begin before `at` (the conjunction).
fn reports_clause_before(said: &Statement, at: usize) -> bool {
    said.kind == StatementKind::Indirect
        && said.speaker.is_some()
        && said.content.start < at
        && said.cue.is_some_and(|c| c.end <= said.content.start)
}

/// Does the clause hold a modal or present verb group, a negated `did`, or a
/// progressive (`was committing`), none of which a bare past verb can continue?
fn has_non_past_verb_group(words: &[String], clause: std::ops::Range<usize>) -> bool {
    clause.clone().any(|k| {
        let w = words[k].as_str();
        let next = words.get(k + 1).filter(|_| k + 1 < clause.end);
        FINITE_NON_PAST.contains(&w)
            // `did not matter and criticised`: a negated past needs a bare verb.
            || (matches!(w, "did" | "does" | "do")
                && next.is_some_and(|n| matches!(n.as_str(), "not" | "n't")))
            || (matches!(w, "was" | "were") && next.is_some_and(|n| n.ends_with("ing")))
    })
}
