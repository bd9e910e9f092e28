//! Issue mentions: the phrases of `issues.tsv` at word boundaries, and the
//! document context that chooses among the issues a shared phrase names.

use super::{Doc, IssueMention};
use crate::lexicon::patterns::BuildWordHasher;
use crate::lexicon::Lexicon;
use std::collections::{BTreeMap, HashMap};

/// Issue phrases at word boundaries, longest first, ambiguous phrases resolved by
/// the document's context.
pub(super) fn issue_mentions(doc: &Doc, lexicon: &Lexicon) -> Vec<IssueMention> {
    let text = doc.input.toks.text;
    // The lexicon writes `Ukraine's`; news text often has `Ukraine’s`. Match on a
    // copy with straight apostrophes and map the offsets back.
    let straight = straight_apostrophes(text);
    let (matched, to_text): (&str, &dyn Fn(usize) -> usize) = match &straight {
        Some((copy, map)) => (copy.as_str(), &|i: usize| map[i]),
        None => (text, &|i: usize| i),
    };
    let bytes = matched.as_bytes();
    let word_byte = |i: usize| bytes.get(i).is_some_and(|b| b.is_ascii_alphanumeric());
    // (start, end) -> (issue, inverted)
    let mut found: BTreeMap<(usize, usize), Vec<(usize, bool)>> = BTreeMap::new();
    let mut add = |start: usize, end: usize, issue: usize, inverted: bool| {
        if start > 0 && word_byte(start - 1) {
            return;
        }
        let mut end = end;
        if word_byte(end) {
            // A plural: `Tomahawks`, `ceasefires`.
            if bytes[end] == b's' && !word_byte(end + 1) {
                end += 1;
            } else if bytes.get(end..end + 2) == Some(b"es") && !word_byte(end + 2) {
                end += 2;
            } else {
                return;
            }
        }
        let entry = found.entry((to_text(start), to_text(end))).or_default();
        if !entry.iter().any(|(i, _)| *i == issue) {
            entry.push((issue, inverted));
        }
    };
    for m in lexicon.issue_matcher().find_overlapping_iter(matched) {
        let issue = lexicon.issue_of_phrase(m.pattern().as_usize());
        add(m.start(), m.end(), issue, false);
    }
    // Phrases that name the other side are written `!phrase`.
    if let Some(ac) = lexicon.inverted_issue_matcher() {
        for m in ac.find_overlapping_iter(matched) {
            let issue = lexicon.issue_of_inverted_phrase(m.pattern().as_usize());
            add(m.start(), m.end(), issue, true);
        }
    }
    // No phrase: nothing to choose among, so the context, which reads the whole
    // text, is not built.
    if found.is_empty() {
        return Vec::new();
    }
    // Each phrase takes its issue first (a phrase whose issue the document never
    // names drops out, so `immediate ceasefire` of one issue leaves `ceasefire`
    // to another); then the longest wins, with no overlaps.
    let context = Context::new(doc, lexicon);
    let mut spans: Vec<((usize, usize), usize, bool)> = Vec::new();
    for ((start, end), issues) in found {
        let generic = !text[start..end].chars().any(char::is_uppercase);
        let ids: Vec<usize> = issues.iter().map(|(i, _)| *i).collect();
        if let Some(issue) = context.choose(&ids, generic) {
            let inverted = issues.iter().any(|(i, inv)| *i == issue && *inv);
            spans.push(((start, end), issue, inverted));
        }
    }
    spans.sort_by_key(|((s, e), _, _)| (std::cmp::Reverse(e - s), *s));
    let mut kept: Vec<((usize, usize), usize, bool)> = Vec::new();
    for span in spans {
        let (a, b) = span.0;
        if kept.iter().all(|((s, e), _, _)| b <= *s || a >= *e) {
            kept.push(span);
        }
    }
    kept.sort_by_key(|((s, _), _, _)| *s);
    let seg = doc.input.toks.seg;
    let mut out = Vec::new();
    for ((start, end), issue, inverted) in kept {
        let first = seg.token_at_or_after(start);
        let last = seg.token_at_or_after(end);
        if first >= last || first >= seg.tokens.len() {
            continue;
        }
        let Some(sentence) = seg.sentence_of_token(first) else {
            continue;
        };
        out.push(IssueMention {
            tokens: first..last,
            issue,
            sentence,
            anaphor: false,
            inverted,
        });
    }
    out
}

/// Word counts of the document, to choose among the issues an ambiguous phrase
/// names.
struct Context<'l> {
    /// Counts of the issues' distinctive words only: [`Context::choose`] reads no
    /// other word, so counting every word of the text would be wasted.
    counts: HashMap<&'l str, usize, BuildWordHasher>,
    lexicon: &'l Lexicon,
}

impl<'l> Context<'l> {
    /// Counts the distinctive words of the issues in the text, and for a word that
    /// names an actor (`Ukraine`), adds the mentions of that actor and of the
    /// people acting for it (`Kyiv`, `Zelensky`).
    fn new(doc: &'l Doc, lexicon: &'l Lexicon) -> Context<'l> {
        let text = doc.input.toks.text;
        // The distinctive words at zero, and the first bytes they start with: most
        // words of a text (lowercase ones) then cost one table test, not a lookup.
        let mut counts: HashMap<&str, usize, BuildWordHasher> = HashMap::default();
        let mut first_bytes = [false; 256];
        for i in 0..lexicon.issues.len() {
            for w in lexicon.issue_distinctive_words(i) {
                counts.entry(w.as_str()).or_insert(0);
                if let Some(&b) = w.as_bytes().first() {
                    first_bytes[usize::from(b)] = true;
                }
            }
        }
        for w in text.split(|c: char| !c.is_alphanumeric()) {
            if !w
                .as_bytes()
                .first()
                .is_some_and(|&b| first_bytes[usize::from(b)])
            {
                continue;
            }
            if let Some(n) = counts.get_mut(w) {
                *n += 1;
            }
        }
        let mut by_actor: HashMap<&str, usize> = HashMap::new();
        for m in doc.input.mentions {
            *by_actor.entry(m.actor.as_str()).or_default() += 1;
            if let Some(aff) = doc
                .input
                .actors
                .get(&m.actor)
                .and_then(|a| a.affiliation.as_deref())
            {
                *by_actor.entry(aff).or_default() += 1;
            }
        }
        let mut extra: Vec<(&'l str, usize)> = Vec::new();
        for i in 0..lexicon.issues.len() {
            for w in lexicon
                .issue_distinctive_words(i)
                .iter()
                .map(String::as_str)
            {
                let named = lexicon.actor_named(w);
                if let Some(a) = named {
                    let n = by_actor.get(a.id.as_str()).copied().unwrap_or(0);
                    let seen = counts.get(w).copied().unwrap_or(0);
                    // The name itself is counted once, as a word.
                    extra.push((w, n.saturating_sub(seen)));
                }
            }
        }
        for (w, n) in extra {
            *counts.entry(w).or_default() += n;
        }
        Context { counts, lexicon }
    }

    /// The issue whose distinctive words the document uses most; the first listed
    /// on a tie. A phrase without a capital (`ceasefire`, `humanitarian aid`) needs
    /// its issue's context: none when the document never names it.
    fn choose(&self, issues: &[usize], generic: bool) -> Option<usize> {
        let words: Vec<Vec<&str>> = issues
            .iter()
            .map(|&i| {
                self.lexicon
                    .issue_distinctive_words(i)
                    .iter()
                    .map(String::as_str)
                    .collect()
            })
            .collect();
        let mut best: Option<(usize, usize)> = None;
        for (k, &issue) in issues.iter().enumerate() {
            let count = |w: &&str| self.counts.get(w).copied().unwrap_or(0);
            let present: usize = words[k].iter().map(count).sum();
            if generic && present == 0 && !words[k].is_empty() {
                continue;
            }
            let score: usize = words[k]
                .iter()
                .filter(|w| !words.iter().all(|other| other.contains(w)))
                .map(count)
                .sum();
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, issue));
            }
        }
        best.map(|(_, i)| i)
    }
}

/// Is `c` a typographic apostrophe (`’`, `‘`, `ʼ`)?
fn curly_apostrophe(c: char) -> bool {
    matches!(c, '\u{2019}' | '\u{2018}' | '\u{02BC}')
}

/// The text with typographic apostrophes made straight, and for each byte offset
/// of that copy (and its end) the offset in the text; `None` when the text has
/// none.
fn straight_apostrophes(text: &str) -> Option<(String, Vec<usize>)> {
    if !text.chars().any(curly_apostrophe) {
        return None;
    }
    let mut copy = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        let c = if curly_apostrophe(c) { '\'' } else { c };
        for k in 0..c.len_utf8() {
            map.push(i + k);
        }
        copy.push(c);
    }
    map.push(text.len());
    Some((copy, map))
}
