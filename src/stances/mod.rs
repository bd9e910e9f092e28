//! Stances: where each actor stands on the issues of `issues.tsv` (for, against,
//! conditional, neutral), read from statements, actions and attributions.
//!
//! The stage works clause by clause, with no parser:
//!
//! 1. **Issue mentions.** The phrases of `issues.tsv` at word boundaries (a plural
//!    `s` allowed), longest first. A phrase listed under several issues
//!    (`ceasefire`, `lasting peace`) takes the one whose distinctive words (the
//!    capitalized words of its label and phrases: `Gaza`, `India`, `Ukraine`) the
//!    document uses most. Anaphors stand for a recent issue: pronouns after a
//!    stance word (`would never accept that`, `agreeing to one`), demonstrative
//!    phrases (`this topic`, `those missiles`) and deal words (`welcomed the
//!    agreement`).
//! 2. **Stance words** ([`CUES`]): verbs and nouns before the issue whose subject
//!    holds the stance (`X rejects ISSUE`, `X's support for ISSUE`, chained: `urged
//!    them to agree a ceasefire`); verdicts after it, held by whoever speaks
//!    (`ISSUE was off the table`, `... were needed`); conditions (`only if`, `as
//!    soon as`, `without X`) that make a stance conditional; issue phrases that
//!    are themselves verbs (`would not send troops`); goal nouns after a possessor
//!    (`Ukraine's NATO ambition`); `citing ISSUE as a pretext`.
//! 3. **Polarity.** The product of the chain (`accept limits on enrichment` is
//!    against enrichment), flipped by a negation before it (`would never accept`,
//!    `no sign of agreeing to`), made conditional by a condition in the clause.
//!    Stances inside an `if` clause and in questions are hypothetical: none.
//! 4. **Holder and basis.** The subject of the first stance word (coordinated
//!    subjects all hold it; a first-person subject is the speaker); for a verdict,
//!    the speaker. When the issue stands in someone else's statement the stance is
//!    `attributed` and `reported_by` names the speaker; an action verb outside any
//!    statement (`approved`, `signed`) makes it `action`; else `stated`.

mod anaphora;
mod cues;
mod doc_issues;
mod events;
mod forms;
mod holders;
mod issues;
mod names;
mod naming;
mod phrase;
mod polarity;
mod read;
mod verdict;

use crate::actors::Tokens;
use crate::dates::TimeExpr;
use crate::lexicon::{IssueEntry, Lexicon};
use crate::model::{LocalActor, Mention, Polarity, Relation, Span, Stance, Statement, TokenKind};
use anaphora::anaphors;
use chrono::NaiveDate;
use cues::find_cues;
use doc_issues::document_issues;
use holders::push_stance;
use issues::issue_mentions;
use read::{in_statement, read_stances};
use std::collections::BTreeMap;
use std::ops::Range;

pub use cues::CUES;

/// What the stance stage sees of the document.
pub struct StanceInput<'a> {
    /// Tokens and text.
    pub toks: &'a Tokens<'a>,
    /// Resolved mentions, in text order.
    pub mentions: &'a [Mention],
    /// Statements (speaker and content spans).
    pub statements: &'a [Statement],
    /// Relations.
    pub relations: &'a [Relation],
    /// Time expressions.
    pub times: &'a [TimeExpr],
    /// The document date.
    pub date: Option<NaiveDate>,
    /// The actors of the document.
    pub actors: &'a BTreeMap<String, LocalActor>,
}

/// Parse a polarity name (`supports`, `opposes`, `conditional`, `neutral`).
pub fn parse_polarity(s: &str) -> Option<Polarity> {
    Some(match s {
        "supports" => Polarity::Supports,
        "opposes" => Polarity::Opposes,
        "conditional" => Polarity::Conditional,
        "neutral" => Polarity::Neutral,
        _ => return None,
    })
}

/// An issue named in the text, by a phrase or an anaphor.
#[derive(Debug, Clone)]
struct IssueMention {
    tokens: Range<usize>,
    issue: usize,
    sentence: usize,
    /// True for an anaphor (`that`, `the agreement`).
    anaphor: bool,
    /// True when the phrase names the other side of the issue (`!` in the lexicon).
    inverted: bool,
}

/// Every stance of the document, in text order.
pub fn stances(input: &StanceInput, lexicon: &Lexicon) -> Vec<Stance> {
    let mut doc = Doc::new(input, lexicon);
    let mut phrases = issue_mentions(&doc, lexicon);
    let cues = find_cues(&doc);
    // Issues the lexicon does not know, read from the text's own phrases.
    let found = document_issues(&doc, lexicon, &cues, &phrases);
    doc.local_issues = found.issues;
    let proper_names = found.proper_names;
    phrases.extend(found.mentions);
    // A broad lexicon issue the article narrows (tariffs on one state).
    naming::name_tariff_target(&mut doc, lexicon, &mut phrases);
    // A lexicon issue the article names as one kind of it (`a humanitarian truce`).
    naming::name_by_kind(&mut doc, lexicon, &mut phrases);
    if phrases.is_empty() {
        return Vec::new();
    }
    phrases.sort_by_key(|m| (m.tokens.start, m.tokens.end));
    // Pronouns and topic nouns stand for the issues argued, not for a name
    // cited in passing.
    let argued: Vec<IssueMention> = phrases
        .iter()
        .filter(|m| !proper_names.contains(&m.issue))
        .cloned()
        .collect();
    let anaphors = anaphors(&doc, &argued, &cues, lexicon);
    let mut all: Vec<IssueMention> = phrases.into_iter().chain(anaphors).collect();
    all.sort_by_key(|m| (m.tokens.start, m.tokens.end));
    let mut out: Vec<Stance> = Vec::new();
    let mut acts = Vec::new();
    for m in &all {
        // An act named again (`the decision`) stands for the act read before it,
        // with that act's side: it is read once the acts before it are known.
        let retargeted;
        let m = if events::is_event_anaphor(&doc, m) {
            match events::retarget(&doc, m, &acts) {
                Some(r) => {
                    retargeted = r;
                    &retargeted
                }
                None if events::needs_act(&doc, m) => continue,
                None => m,
            }
        } else {
            m
        };
        let before = out.len();
        for found in read_stances(&doc, lexicon, m, &cues, &all) {
            push_stance(&doc, lexicon, m, found, &mut out);
        }
        events::record(&mut acts, m, &out[before..]);
    }
    // Tariffs that took effect: the imposer's deed.
    for (i, found) in naming::tariffs_in_force(&doc, lexicon, &all) {
        push_stance(&doc, lexicon, &all[i], found, &mut out);
    }
    // An issue in someone's statement that no rule read: the nearest stance word
    // of its clause says where the speaker stands.
    for m in all
        .iter()
        .filter(|m| !m.anaphor && !proper_names.contains(&m.issue))
    {
        let id = &doc.issue(lexicon, m.issue).id;
        if out
            .iter()
            .any(|s| s.sentence == m.sentence && &s.issue == id)
        {
            continue;
        }
        if let Some(found) = in_statement(&doc, lexicon, m, &cues) {
            push_stance(&doc, lexicon, m, found, &mut out);
        }
    }
    out.sort_by_key(|s| (s.sentence, s.evidence.start));
    out
}

/// The document as the stage reads it.
struct Doc<'a> {
    input: &'a StanceInput<'a>,
    lexicon: &'a Lexicon,
    kinds: Vec<TokenKind>,
    /// Mention index by first token.
    mention_start: Vec<Option<(usize, usize)>>,
    in_mention: Vec<bool>,
    /// The bits [`cues::reaches`] reads, per token.
    reach_flags: Vec<u8>,
    /// The document's own issues, numbered after the lexicon's.
    local_issues: Vec<IssueEntry>,
}

impl<'a> Doc<'a> {
    fn new(input: &'a StanceInput<'a>, lexicon: &'a Lexicon) -> Doc<'a> {
        let n = input.toks.words.len();
        let kinds = input.toks.seg.tokens.iter().map(|t| t.kind).collect();
        let mut mention_start = vec![None; n];
        let mut in_mention = vec![false; n];
        for (i, m) in input.mentions.iter().enumerate() {
            if m.tokens.start < n {
                mention_start[m.tokens.start] = Some((i, m.tokens.end));
            }
            for t in m.tokens.clone() {
                if t < n {
                    in_mention[t] = true;
                }
            }
        }
        Doc {
            input,
            lexicon,
            kinds,
            mention_start,
            in_mention,
            reach_flags: cues::reach_flags(input.toks.words),
            local_issues: Vec::new(),
        }
    }

    /// Issue `i` of the document's table: the lexicon's, then its own.
    fn issue<'l>(&'l self, lexicon: &'l Lexicon, i: usize) -> &'l IssueEntry {
        let base = lexicon.issues.len();
        if i < base {
            &lexicon.issues[i]
        } else {
            &self.local_issues[i - base]
        }
    }

    fn words(&self) -> &[String] {
        self.input.toks.words
    }

    fn word(&self, t: usize) -> &str {
        self.input
            .toks
            .words
            .get(t)
            .map(String::as_str)
            .unwrap_or("")
    }

    fn sentence(&self, i: usize) -> Range<usize> {
        self.input.toks.seg.sentences[i].tokens.clone()
    }

    fn span(&self, r: Range<usize>) -> Span {
        let toks = &self.input.toks.seg.tokens;
        let end = r.end.max(r.start + 1).min(toks.len());
        Span::new(toks[r.start].span.start, toks[end - 1].span.end)
    }

    fn is_question(&self, sentence: usize) -> bool {
        let r = self.sentence(sentence);
        (r.start..r.end)
            .rev()
            .find(|&t| self.kinds[t] != TokenKind::Quote)
            .is_some_and(|t| self.word(t) == "?")
    }
}

/// A stance read off one issue mention, before it is tied to the document.
#[derive(Debug, Clone)]
struct Found {
    holders: Vec<String>,
    polarity: Polarity,
    action: bool,
    /// The token the stance hangs on (for the date and the statement).
    anchor: usize,
    /// True when the holder is whoever speaks (a verdict, a passive).
    speaker_holds: bool,
}

#[cfg(test)]
mod tests;
