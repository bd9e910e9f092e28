//! Reading the stances one issue mention carries: the chain of stance words
//! before it (`urged them to agree a ceasefire`), and the nearest stance word in a
//! statement when no other rule reads it.

use super::cues::{reaches, Cue, Role, CLAUSE_STOPS, GOVERN_GAP};
use super::forms::{agent, citing, first_person_before, possessor, self_verb, threatened};
use super::holders::{genuine, subject_of};
use super::polarity::{
    conditioned, deontic, flip, hypothetical, inverted_after, negated, UNFLIPPABLE,
};
use super::verdict::verdict;
use super::{Doc, Found, IssueMention};
use crate::lexicon::Lexicon;
use crate::model::{Polarity, TokenKind};
use std::ops::Range;

/// The stances one issue mention carries.
pub(super) fn read_stances(
    doc: &Doc,
    lexicon: &Lexicon,
    m: &IssueMention,
    cues: &[Cue],
    all: &[IssueMention],
) -> Vec<Found> {
    let sent = doc.sentence(m.sentence);
    if doc.is_question(m.sentence) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let in_sentence: Vec<&Cue> = cues
        .iter()
        .filter(|c| c.start >= sent.start && c.end <= sent.end)
        .collect();
    // 1. A chain of stance words before the issue.
    // Giving up is for an issue that is itself a giving up: a concession, a
    // release (`hand over the hostages`).
    let label = doc.issue(lexicon, m.issue).label.to_lowercase();
    let concession = label.contains("concession") || label.contains("release");
    if let Some(f) = governed(doc, m, &in_sentence, sent.clone(), concession) {
        out.push(judged_act(doc, m, f, &in_sentence, sent.clone(), all));
    } else if let Some(f) = verdict(doc, m, &in_sentence, sent.clone(), all) {
        out.push(f);
    } else if let Some(f) = self_verb(doc, m, &in_sentence, sent.clone()) {
        out.push(f);
    } else if let Some(f) = threatened(doc, m, &in_sentence, sent.clone()) {
        out.push(f);
    }
    // 2. A possessor with a goal noun: `Ukraine's NATO ambition`.
    if let Some(f) = possessor(doc, m) {
        out.push(f);
    }
    // 3. `citing ISSUE as a pretext`.
    if let Some(f) = citing(doc, m, sent.clone()) {
        out.push(f);
    }
    // 4. `the US-brokered truce`, `a ceasefire backed by Egypt`.
    if let Some(f) = agent(doc, m, cues, sent.clone()) {
        out.push(f);
    }
    // A phrase naming the other side (`reunification` for Taiwan independence).
    if m.inverted {
        for f in &mut out {
            f.polarity = flip(f.polarity);
        }
    }
    out
}

/// `X rejects ISSUE`, `X urged them to agree a ceasefire`, `X's support for ISSUE`.
fn governed(
    doc: &Doc,
    m: &IssueMention,
    cues: &[&Cue],
    sent: Range<usize>,
    concession: bool,
) -> Option<Found> {
    let is_verb = |c: &&&Cue| matches!(c.meaning.role, Role::Verb | Role::Passive);
    // The nearest stance word that reaches the issue.
    let first = cues.iter().filter(is_verb).rev().find(|c| {
        // `no` only governs what stands right after it: `no NATO membership`.
        let max = if doc.word(c.start) == "no" {
            2
        } else {
            GOVERN_GAP
        };
        c.end <= m.tokens.start && reaches(doc, c.end, m.tokens.start, max)
    })?;
    let mut chain = vec![*first];
    loop {
        let head = chain[chain.len() - 1];
        let Some(prev) = cues
            .iter()
            .filter(is_verb)
            .rev()
            .find(|c| c.end <= head.start && reaches(doc, c.end, head.start, GOVERN_GAP))
        else {
            break;
        };
        chain.push(*prev);
    }
    let outer = chain[chain.len() - 1];
    if hypothetical(doc, outer.start, sent.start) {
        return None;
    }
    let mut polarity = Polarity::Supports;
    let mut neutral = false;
    let mut conditional = false;
    for c in &chain {
        if c.meaning.yields && concession {
            continue;
        }
        match c.meaning.polarity {
            Polarity::Opposes => polarity = flip(polarity),
            Polarity::Neutral => neutral = true,
            Polarity::Conditional => conditional = true,
            Polarity::Supports => {}
        }
    }
    if negated(doc, outer.start, sent.start) {
        // Not confirming or not announcing something is no stance on it.
        if UNFLIPPABLE.contains(&doc.word(outer.start)) {
            return None;
        }
        polarity = flip(polarity);
    }
    if inverted_after(doc, m) {
        polarity = flip(polarity);
    }
    let polarity = if neutral {
        Polarity::Neutral
    } else if conditional {
        Polarity::Conditional
    } else {
        conditioned(doc, polarity, outer.start, cues, sent.clone())
    };
    let speaker_holds = chain.iter().any(|c| c.meaning.role == Role::Passive)
        || deontic(doc, outer.start, sent.start);
    let holders = if speaker_holds {
        Vec::new()
    } else {
        subject_of(doc, outer.start, sent.clone())
    };
    if coercion(doc, outer.start)
        && (passive_before(doc, outer.start, sent.start)
            || (holders.is_empty()
                && !speaker_holds
                && !first_person_before(doc, outer.start, sent.start)))
    {
        // `Ukraine would be forced to cede land` is no stance of Ukraine's, and
        // `the plan would force Kyiv to cede land` none of whoever speaks of it.
        return None;
    }
    if holders.is_empty() && !speaker_holds && reduced_relative(doc, outer.start) {
        // `separatist forces seeking independence`: the seekers hold it, and they
        // are no actor; the speaker does not.
        return None;
    }
    Some(Found {
        holders,
        polarity,
        action: chain.iter().all(|c| c.meaning.action),
        anchor: outer.start,
        speaker_holds,
    })
}

/// A gerund opening its clause is an act the clause judges: `Sending troops to
/// Ukraine would be a grave mistake` is against troops, `Cutting aid would be a
/// gift to Putin` for aid. The verdict after the issue decides, turned by the
/// gerund's own side; it is held as the verdict is (the speaker, a namer).
/// Anything else is read as governed.
fn judged_act(
    doc: &Doc,
    m: &IssueMention,
    f: Found,
    cues: &[&Cue],
    sent: Range<usize>,
    all: &[IssueMention],
) -> Found {
    let t = f.anchor;
    let opens_clause = t == sent.start
        || matches!(doc.kinds[t - 1], TokenKind::Quote)
        || matches!(doc.word(t - 1), "that" | ":" | ";");
    if !f.holders.is_empty() || !opens_clause || !doc.word(t).ends_with("ing") {
        return f;
    }
    let Some(v) = verdict(doc, m, cues, sent, all) else {
        return f;
    };
    let polarity = match (f.polarity, v.polarity) {
        (p, Polarity::Supports) => p,
        (p, Polarity::Opposes) => flip(p),
        (_, other) => other,
    };
    Found { polarity, ..v }
}

/// Verbs that make someone else do something: their subject wants it done.
const COERCION_VERBS: &[&str] = &[
    "force",
    "forces",
    "forced",
    "forcing",
    "compel",
    "compels",
    "compelled",
    "compelling",
    "oblige",
    "obliges",
    "obliged",
    "obliging",
    "require",
    "requires",
    "required",
    "requiring",
];

/// Is the word at `t` a verb of making someone do something?
fn coercion(doc: &Doc, t: usize) -> bool {
    COERCION_VERBS.contains(&doc.word(t))
}

/// Is the word at `t` a passive participle (`be forced`, `was required`)?
fn passive_before(doc: &Doc, t: usize, floor: usize) -> bool {
    t > floor
        && matches!(
            doc.word(t - 1),
            "be" | "been" | "being" | "was" | "were" | "is" | "are" | "am" | "get" | "got"
        )
}

/// The stance of the speaker of the statement an issue stands in, read off the
/// stance word nearest to it in its clause (either side): `Peskov said the new
/// sanctions, like the ones before, would not work`.
pub(super) fn in_statement(
    doc: &Doc,
    lexicon: &Lexicon,
    m: &IssueMention,
    cues: &[Cue],
) -> Option<Found> {
    let sent = doc.sentence(m.sentence);
    if doc.is_question(m.sentence) {
        return None;
    }
    let issue_span = doc.span(m.tokens.clone());
    let statement = doc
        .input
        .statements
        .iter()
        .filter(|s| genuine(doc, s) && s.content.contains(issue_span))
        .min_by_key(|s| s.content.len());
    statement?;
    let seg = doc.input.toks.seg;
    let content = statement.map_or(sent.clone(), |s| {
        seg.token_at_or_after(s.content.start)..seg.token_at_or_after(s.content.end)
    });
    let bound = |k: usize| {
        let w = doc.word(k);
        (doc.kinds[k] == TokenKind::Punct && !matches!(w, "-" | "%"))
            || (CLAUSE_STOPS.contains(&w) && w != "and")
    };
    let from = (sent.start.max(content.start)..m.tokens.start)
        .rev()
        .find(|&k| bound(k))
        .map_or(sent.start.max(content.start), |k| k + 1);
    let to = (m.tokens.end..sent.end.min(content.end))
        .find(|&k| bound(k))
        .unwrap_or(sent.end.min(content.end));
    let near = cues
        .iter()
        .filter(|c| matches!(c.meaning.role, Role::Verb | Role::Verdict))
        .filter(|c| c.start >= from && c.end <= to)
        // A stance word before the issue; a verdict after it, or before it when it
        // opens an infinitive (`it would be a mistake to lift sanctions`), not
        // another noun (`not done a good job by Greenland` judges no Greenland).
        .filter(|c| match c.meaning.role {
            Role::Verb => c.end <= m.tokens.start,
            _ => {
                c.start >= m.tokens.end
                    || (c.end <= m.tokens.start && matches!(doc.word(c.end), "to" | "that"))
            }
        })
        .min_by_key(|c| {
            if c.end <= m.tokens.start {
                m.tokens.start - c.end
            } else {
                c.start - m.tokens.end
            }
        })?;
    // The clause bound stops at `if`, so the hypothesis is looked for from the
    // start of the statement: `... new sanctions if Moscow kept refusing a truce`.
    if hypothetical(doc, near.start, sent.start.max(content.start)) {
        return None;
    }
    // What someone is made to do (`would force Kyiv to cede land`) is not where
    // the speaker stands.
    if near.meaning.role == Role::Verb && (from..near.start).any(|k| coercion(doc, k)) {
        return None;
    }
    let label = doc.issue(lexicon, m.issue).label.to_lowercase();
    let mut polarity = near.meaning.polarity;
    if near.meaning.yields && (label.contains("concession") || label.contains("release")) {
        polarity = Polarity::Supports;
    }
    if negated(doc, near.start, from) {
        polarity = flip(polarity);
    }
    if m.inverted {
        polarity = flip(polarity);
    }
    let in_clause: Vec<&Cue> = cues
        .iter()
        .filter(|c| c.start >= from && c.end <= to)
        .collect();
    let polarity = conditioned(doc, polarity, from, &in_clause, sent);
    Some(Found {
        holders: Vec::new(),
        polarity,
        action: false,
        anchor: near.start,
        speaker_holds: true,
    })
}

/// Is the `-ing` stance word at `t` a participle after a plural noun that is no
/// actor (`forces seeking`, `countries backing`), so that noun holds it?
fn reduced_relative(doc: &Doc, t: usize) -> bool {
    if t == 0 || !doc.word(t).ends_with("ing") {
        return false;
    }
    let p = t - 1;
    let w = doc.word(p);
    doc.kinds[p] == TokenKind::Word
        && !doc.in_mention[p]
        && w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !matches!(
            w,
            "was"
                | "is"
                | "has"
                | "does"
                | "its"
                | "keeps"
                | "stops"
                | "continues"
                | "begins"
                | "starts"
                | "avoids"
                | "considers"
                | "risks"
                | "means"
                | "resumes"
                | "ends"
        )
}
