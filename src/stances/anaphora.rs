//! Issues named again across sentences: pronouns (`would never accept that`),
//! demonstratives (`this topic`, `those missiles`), deal and topic nouns (`the
//! agreement`, `Trump's plan`), and `everything` after a list.

use super::cues::{reaches, reaches_verdict, Cue, Role, GOVERN_GAP, VERDICT_GAP};
use super::{Doc, IssueMention};
use crate::lexicon::patterns::BuildWordHasher;
use crate::lexicon::Lexicon;
use crate::model::TokenKind;
use crate::syntax::PREPOSITIONS;
use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet};
use std::ops::Range;
use std::sync::OnceLock;

/// How many sentences back a pronoun or demonstrative may find its issue.
const ANAPHOR_REACH: usize = 2;

/// Nouns a demonstrative (`this`, `those`, `such`) or `the` may head while standing
/// for an issue named before: any recent issue for the generic ones.
const GENERIC_ANAPHOR_NOUNS: &[&str] = &[
    "topic",
    "issue",
    "question",
    "idea",
    "proposal",
    "step",
    "move",
    "initiative",
    "option",
    "demand",
    "demands",
    "matter",
];

/// Nouns that, definite or possessed, stand for what the document is about (`the
/// measures`, `the decision`, `Trump's plan`).
const TOPIC_NOUNS: &[&str] = &[
    "deal",
    "agreement",
    "accord",
    "framework",
    "pact",
    "plan",
    "proposal",
    "process",
    "treaty",
    "settlement",
    "arrangement",
    "package",
    "measures",
    "decision",
    "move",
    "veto",
    "pledge",
    "listing",
    "initiative",
    "offer",
    "draft",
    "text",
    "document",
    "roadmap",
    "commitment",
    "counterproposal",
    "deployment",
    "mission",
    "truce",
    "ceasefire",
    "idea",
];

/// Topic nouns that name an agreement: they stand only for an issue whose wording
/// holds them.
const DEAL_NOUNS: &[&str] = &[
    "deal",
    "agreement",
    "accord",
    "pact",
    "treaty",
    "truce",
    "ceasefire",
    "arrangement",
];

/// Pronouns and noun phrases that stand for an issue named shortly before, when a
/// stance word governs them.
// Not inlined into `stances`, so that a profile shows what it costs.
#[inline(never)]
pub(super) fn anaphors(
    doc: &Doc,
    phrases: &[IssueMention],
    cues: &[Cue],
    lexicon: &Lexicon,
) -> Vec<IssueMention> {
    let words = doc.words();
    let mut out = Vec::new();
    // Per token, set once: the tokens of an issue phrase, and each token's
    // sentence (`NO_SENTENCE` outside any), rather than a scan of the phrases and
    // a search of the sentences at every token.
    let covered = covered_tokens(phrases, words.len());
    let sentence_at = sentence_of_tokens(doc, words.len());
    for t in 0..words.len() {
        // An object pronoun the resolver took for an actor may still stand for an
        // issue (`Poland backed the package, but Hungary rejected it`).
        let object_pronoun = matches!(words[t].as_str(), "it" | "them" | "that" | "this");
        if covered[t] || (doc.in_mention[t] && !object_pronoun) {
            continue;
        }
        let sentence = sentence_at[t];
        if sentence == NO_SENTENCE {
            continue;
        }
        let sent = doc.sentence(sentence);
        let w = words[t].as_str();
        // `accept that.`, `agreeing to one`, `discussing them without Russia was ...`
        let (tokens, noun) = match w {
            "everything" | "all" => {
                // `Zelensky said no to everything`: every issue of the list before.
                let governed = cues
                    .iter()
                    .any(|c| c.meaning.role == Role::Verb && c.end == t);
                let ends = t + 1 >= sent.end || doc.kinds[t + 1] == TokenKind::Punct;
                if governed && ends {
                    out.extend(listed_before(doc, phrases, t, sentence));
                }
                continue;
            }
            "that" | "it" | "this" | "them" | "one" => {
                if !pronoun_anaphor(doc, t, sent.clone(), cues) {
                    continue;
                }
                (t..t + 1, None)
            }
            _ => {
                // `this topic`, `those missiles`, `such a deal`, `the agreement`,
                // `Trump's plan`.
                if t == 0 || doc.kinds[t] != TokenKind::Word {
                    continue;
                }
                let mut d = t - 1;
                if matches!(words[d].as_str(), "a" | "an") && d > 0 && words[d - 1] == "such" {
                    d -= 1;
                }
                let det = words[d].as_str();
                let demonstrative = matches!(det, "this" | "that" | "these" | "those" | "such");
                let possessive = matches!(det, "'s" | "'")
                    && doc.input.mentions.iter().any(|m| m.tokens.end == d);
                if !(demonstrative || det == "the" || possessive) {
                    continue;
                }
                if possessive {
                    // The possessor belongs to the phrase: `Trump's plan`.
                    let owner = doc.input.mentions.iter().find(|m| m.tokens.end == d);
                    if let Some(o) = owner {
                        d = o.tokens.start;
                    }
                }
                // `the idea of European troops` names its issue right after.
                let names_next = words
                    .get(t + 1)
                    .is_some_and(|n| matches!(n.as_str(), "of" | "for" | "on" | "to"))
                    && phrases
                        .iter()
                        .any(|m| m.tokens.start > t && m.tokens.start <= t + 3);
                if names_next {
                    continue;
                }
                (d..t + 1, Some(w))
            }
        };
        // A stance word must govern it (before) or judge it (after).
        let governed = cues.iter().any(|c| match c.meaning.role {
            Role::Verb | Role::Passive => {
                c.end <= tokens.start && reaches(doc, c.end, tokens.start, GOVERN_GAP)
            }
            Role::Verdict => {
                c.start >= tokens.end
                    && c.start < sent.end
                    && reaches_verdict(doc, tokens.end, c.start)
            }
            _ => false,
        });
        if !governed {
            continue;
        }
        if let Some(issue) = antecedent(doc, cues, phrases, tokens.clone(), noun, sentence, lexicon)
        {
            out.push(IssueMention {
                tokens,
                issue: issue.0,
                sentence,
                anaphor: true,
                inverted: issue.1,
            });
        }
    }
    out
}

/// The token flags of [`anaphors`]: is the token inside an issue phrase?
fn covered_tokens(phrases: &[IssueMention], n: usize) -> Vec<bool> {
    let mut covered = vec![false; n];
    for m in phrases {
        for flag in covered.iter_mut().take(m.tokens.end).skip(m.tokens.start) {
            *flag = true;
        }
    }
    covered
}

/// The sentence of a token outside every sentence.
const NO_SENTENCE: usize = usize::MAX;

/// The sentence of each token (what `sentence_of_token` answers), in one pass.
fn sentence_of_tokens(doc: &Doc, n: usize) -> Vec<usize> {
    let mut at = vec![NO_SENTENCE; n];
    for (i, s) in doc.input.toks.seg.sentences.iter().enumerate() {
        for slot in at.iter_mut().take(s.tokens.end).skip(s.tokens.start) {
            *slot = i;
        }
    }
    at
}

/// Does a stance word govern the issue mention (is it the object of `wants`)?
fn targeted(doc: &Doc, cues: &[Cue], m: &IssueMention) -> bool {
    cues.iter().any(|c| {
        matches!(c.meaning.role, Role::Verb | Role::Passive)
            && c.end <= m.tokens.start
            && reaches(doc, c.end, m.tokens.start, GOVERN_GAP)
    })
}

/// The issues listed before `t` in its sentence, each as the anaphor `t` stands
/// for: rejecting `no NATO membership` is supporting NATO membership.
fn listed_before(
    doc: &Doc,
    phrases: &[IssueMention],
    t: usize,
    sentence: usize,
) -> Vec<IssueMention> {
    let mut out: Vec<IssueMention> = Vec::new();
    for m in phrases
        .iter()
        .filter(|m| m.sentence == sentence && m.tokens.end <= t)
    {
        if out.iter().any(|o| o.issue == m.issue) {
            continue;
        }
        let framed_against = m.tokens.start > 0 && doc.word(m.tokens.start - 1) == "no";
        out.push(IssueMention {
            tokens: t..t + 1,
            issue: m.issue,
            sentence,
            anaphor: true,
            inverted: m.inverted != framed_against,
        });
    }
    out
}

/// What an anaphor stands for: (issue, inverted).
///
/// Pronouns and demonstratives (`that`, `such an arrangement`, `those missiles`)
/// take an issue named in the last [`ANAPHOR_REACH`] sentences. A definite or
/// possessed topic noun (`the agreement`, `the measures`, `Trump's plan`) takes a
/// recent issue, else the last deal named anywhere before, else the issue the
/// document names most. Any other noun must be a word of the issue's phrases
/// (`the missiles`).
fn antecedent(
    doc: &Doc,
    cues: &[Cue],
    phrases: &[IssueMention],
    tokens: Range<usize>,
    noun: Option<&str>,
    sentence: usize,
    lexicon: &Lexicon,
) -> Option<(usize, bool)> {
    let words = doc.words();
    let before = |reach: usize| {
        phrases.iter().rev().filter(move |m| {
            m.tokens.end <= tokens.start && m.sentence.saturating_add(reach) >= sentence
        })
    };
    let pick = |m: &IssueMention| (m.issue, m.inverted);
    // The nearest issue of the same sentence; else, of the sentence before, one
    // that was itself the object of a stance word wins over one named in passing
    // (`wants troops in Ukraine after a peace deal. ... never accept that`).
    let recent = || {
        before(0).next().or_else(|| {
            before(1)
                .find(|m| targeted(doc, cues, m))
                .or_else(|| before(ANAPHOR_REACH).next())
        })
    };
    let Some(n) = noun else {
        return recent().map(pick);
    };
    let demonstrative = matches!(
        words[tokens.start].as_str(),
        "this" | "that" | "these" | "those" | "such"
    );
    // `this issue` is an anaphor, `the issue` most often a new topic.
    let topical = TOPIC_NOUNS.contains(&n) || (demonstrative && GENERIC_ANAPHOR_NOUNS.contains(&n));
    if demonstrative && topical {
        return recent().map(pick);
    }
    if !topical {
        // `the missiles`, `those weapons`: the head noun of one of the issue's own
        // phrases (not `the energy` for `sanctions on Russian energy`).
        return before(ANAPHOR_REACH)
            .find(|m| heads_include(doc.issue(lexicon, m.issue), n))
            .map(pick);
    }
    // `the deal`: an issue with that very word among its phrases (`ceasefire
    // deal`), recent first; then any recent issue.
    // Among them, the issue the word is most typical of (`the deal` after a
    // ceasefire and its hostages is the ceasefire deal), the nearest on a tie.
    let typical = |reach: usize| {
        let mut best: Option<(usize, &IssueMention)> = None;
        for m in before(reach) {
            let k = phrases_with(doc.issue(lexicon, m.issue), n);
            if k > 0 && best.is_none_or(|(b, _)| k > b) {
                best = Some((k, m));
            }
        }
        best.map(|(_, m)| pick(m))
    };
    if let Some(found) = typical(ANAPHOR_REACH).or_else(|| typical(usize::MAX)) {
        return Some(found);
    }
    // A deal no issue's wording names (`the deal` in an article on tariffs) is a
    // deal of its own, not the issue it touches.
    if DEAL_NOUNS.contains(&n) {
        return None;
    }
    // `the pledge` names the pledge the text spoke of before (`It was the most
    // concrete pledge yet`), and that pledge the issue next to it.
    if let Some(m) = named_before(doc, phrases, n, tokens.start, sentence) {
        return Some(pick(m));
    }
    if let Some(m) = recent() {
        return Some(pick(m));
    }
    // The document's main issue.
    let mut counts: BTreeMap<usize, usize> = BTreeMap::new();
    for m in phrases {
        *counts.entry(m.issue).or_default() += 1;
    }
    let top = counts
        .iter()
        .max_by_key(|(i, c)| (**c, std::cmp::Reverse(**i)))?;
    let _ = doc;
    Some((*top.0, false))
}

/// The issue next to the last earlier use of `noun` in an earlier sentence: the
/// nearest issue phrase in that sentence or the one before it.
fn named_before<'p>(
    doc: &Doc,
    phrases: &'p [IssueMention],
    noun: &str,
    before: usize,
    sentence: usize,
) -> Option<&'p IssueMention> {
    let first = doc.sentence(sentence).start;
    let words = doc.words();
    let p = (0..first.min(before)).rev().find(|&k| words[k] == noun)?;
    let at = doc.input.toks.seg.sentence_of_token(p)?;
    phrases
        .iter()
        .filter(|m| !m.anaphor && m.sentence + 1 >= at && m.sentence <= at)
        .min_by_key(|m| {
            if m.tokens.end <= p {
                p - m.tokens.end
            } else {
                m.tokens.start - p
            }
        })
}

/// Is the pronoun at `t` an anaphor a stance word governs? After the word, at the
/// clause's end (`would never accept that.`, `agreeing to one`), or `them` before a
/// verdict (`discussing them without Russia was "a utopia"`), or `this`/`that`
/// opening a clause before a verdict (`That is unacceptable`).
fn pronoun_anaphor(doc: &Doc, t: usize, sent: Range<usize>, cues: &[Cue]) -> bool {
    let words = doc.words();
    let w = words[t].as_str();
    let next = t + 1;
    let ends = next >= sent.end
        || doc.kinds[next] == TokenKind::Punct
        || matches!(
            words[next].as_str(),
            "as" | "because" | "and" | "but" | "either" | "at" | "without" | "until"
        );
    let governed_before = cues.iter().any(|c| {
        c.meaning.role == Role::Verb && (c.end == t || (c.end + 1 == t && words[c.end] == "to"))
    });
    if ends && governed_before {
        return true;
    }
    let verdict_after = cues.iter().any(|c| {
        c.meaning.role == Role::Verdict
            && c.start > t
            && c.start <= t + VERDICT_GAP
            && c.start < sent.end
    });
    let opens_clause = t == sent.start
        || matches!(doc.kinds[t - 1], TokenKind::Punct | TokenKind::Quote)
            && next < sent.end
            && matches!(
                words[next].as_str(),
                "is" | "was" | "would" | "will" | "remains"
            );
    verdict_after
        && match w {
            "them" => true,
            "this" | "that" => opens_clause,
            _ => false,
        }
}

/// Is `noun` (or its singular) the head of one of the issue's phrases: its last
/// word before a preposition (`sanctions` in `sanctions on Russian energy`,
/// `missiles` in `Tomahawk missiles`)?
fn heads_include(issue: &crate::lexicon::IssueEntry, noun: &str) -> bool {
    let stem = noun.strip_suffix('s').unwrap_or(noun);
    issue.phrases.iter().any(|p| {
        // The words of the phrase read in place, none copied: the head is the
        // word before the first preposition (or the last word).
        let mut head = None;
        each_word(p, |w| {
            if w.is_empty() {
                return false;
            }
            if is_preposition(w) {
                return true;
            }
            head = Some(w);
            false
        });
        head.is_some_and(|h| stem_is(h, stem))
    })
}

/// Is this word, lowercased, one of [`PREPOSITIONS`]? One hashed lookup, not a
/// comparison with each of them (it runs for every word of many wordings).
fn is_preposition(w: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str, BuildWordHasher>> = OnceLock::new();
    let set = SET.get_or_init(|| PREPOSITIONS.iter().copied().collect());
    set.contains(lowercase(w).as_ref())
}

/// The word in lowercase, borrowed when it already is (most wordings are
/// lowercase ASCII, and these run for every word of many of them).
pub(super) fn lowercase(w: &str) -> Cow<'_, str> {
    if w.bytes().any(|b| !b.is_ascii() || b.is_ascii_uppercase()) {
        Cow::Owned(w.to_lowercase())
    } else {
        Cow::Borrowed(w)
    }
}

/// Calls `f` on the pieces of `p` between characters that are not letters or
/// digits, as `p.split(|c: char| !c.is_alphanumeric())` gives them (empty pieces
/// included), until `f` returns true; returns whether it did. An ASCII wording
/// is split on its bytes, without decoding characters.
pub(super) fn each_word<'p>(p: &'p str, mut f: impl FnMut(&'p str) -> bool) -> bool {
    if !p.is_ascii() {
        return p.split(|c: char| !c.is_alphanumeric()).any(f);
    }
    let mut start = 0;
    for (i, b) in p.bytes().enumerate() {
        if !b.is_ascii_alphanumeric() {
            if f(&p[start..i]) {
                return true;
            }
            start = i + 1;
        }
    }
    f(&p[start..])
}

/// Is `stem` the word lowercased, less one final `s`? Compared in place for ASCII
/// words (no lowercase copy: this runs for every word of many wordings).
pub(super) fn stem_is(word: &str, stem: &str) -> bool {
    if !word.is_ascii() {
        let lower = word.to_lowercase();
        return lower.strip_suffix('s').unwrap_or(&lower) == stem;
    }
    let b = word.as_bytes();
    let b = match b.last() {
        Some(b's' | b'S') => &b[..b.len() - 1],
        _ => b,
    };
    b.len() == stem.len()
        && b.iter()
            .zip(stem.bytes())
            .all(|(x, y)| x.to_ascii_lowercase() == y)
}

/// How many of the issue's phrases hold `noun` (or its singular).
fn phrases_with(issue: &crate::lexicon::IssueEntry, noun: &str) -> usize {
    let stem = noun.strip_suffix('s').unwrap_or(noun);
    issue
        .phrases
        .iter()
        .filter(|p| each_word(p, |w| stem_is(w, stem)))
        .count()
}

#[cfg(test)]
mod word_tests {
    use super::{each_word, stem_is};

    /// The pieces `each_word` gives, as `split` gives them.
    fn pieces(p: &str) -> Vec<&str> {
        let mut out = Vec::new();
        each_word(p, |w| {
            out.push(w);
            false
        });
        out
    }

    #[test]
    fn each_word_splits_as_split_does() {
        for p in [
            "",
            "sanctions on Russian energy",
            "  the EU-Mercosur deal, ",
            "Trump's 20-point plan",
            "a--b",
            "Zürich talks on Iran’s programme",
            "ceasefire",
        ] {
            let expected: Vec<&str> = p.split(|c: char| !c.is_alphanumeric()).collect();
            assert_eq!(pieces(p), expected, "{p:?}");
        }
    }

    #[test]
    fn each_word_stops_when_asked() {
        let mut seen = 0;
        assert!(each_word("the grain deal with Ukraine", |w| {
            seen += 1;
            w == "deal"
        }));
        assert_eq!(seen, 3);
        assert!(!each_word("the grain deal", |w| w == "truce"));
    }

    #[test]
    fn stem_is_compares_the_lowercase_singular() {
        for (word, stem) in [
            ("Sanctions", "sanction"),
            ("sanctions", "sanctions"),
            ("DEAL", "deal"),
            ("deals", "deal"),
            ("Tariffs", "tariff"),
            ("Öl", "öl"),
            ("Ölsanktions", "ölsanktion"),
            ("s", ""),
            ("", ""),
            ("missile", "missiles"),
        ] {
            let lower = word.to_lowercase();
            let expected = lower.strip_suffix('s').unwrap_or(&lower) == stem;
            assert_eq!(stem_is(word, stem), expected, "{word:?} {stem:?}");
        }
    }
}
