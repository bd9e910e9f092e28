//! Issues that are proper names: `the Pacific Maritime Treaty`, `the Digital
//! Markets Act`, `the Belt and Road Initiative`, `the Treaty of Asuncion`.
//!
//! An annotator writes such an issue as its name (`indus_waters_treaty`,
//! `paris_agreement`), with the head as written: a named treaty is not folded
//! into `deal` the way a deal between parties is, and a place in the name is the
//! place (`the Cairo Agreement` is not Egypt's deal). The name's head is a word of
//! the deal, plan or law groups of `issue_heads.tsv`, or one of [`NAME_HEADS`],
//! words that make an issue only at the end of a name (`act`, `charter`). The
//! bare head after `the` later (`the treaty`, `the charter`) names it again; a
//! head of another wording does not (`no treaty`, `a binding agreement`).

use super::phrase::{generic, head_of, is_word, singular, slug, DETERMINERS};
use super::Doc;
use crate::lexicon::issue_heads::HeadUse;

/// Heads that make an issue only as the last word of a proper name: `the
/// Digital Markets Act`, not `an act of war`.
const NAME_HEADS: &[&str] = &[
    "act",
    "charter",
    "declaration",
    "protocol",
    "convention",
    "accords",
    "compact",
    "framework",
];

/// Groups of `issue_heads.tsv` whose heads end names of questions (treaties,
/// plans and laws), unlike `the Red Sea Mission` or `the Peace Prize`.
const NAME_GROUPS: &[&str] = &["deal", "plan", "law"];

/// A proper name that is an issue.
pub(super) struct NameIssue {
    /// The id: the slug of the name as written.
    pub id: String,
    /// First and one-past-last token.
    pub start: usize,
    pub end: usize,
    /// The head as written, singular: `the treaty` names the issue again.
    pub head: String,
}

/// Is this word the head of a name: a word of [`NAME_HEADS`] or a head of a
/// naming group of the lexicon?
fn name_head(doc: &Doc, w: &str) -> bool {
    NAME_HEADS.contains(&w)
        || head_of(doc, w)
            .is_some_and(|h| h.usage != HeadUse::Verb && NAME_GROUPS.contains(&h.group.as_str()))
}

/// Is the sentence written in title case (a headline: `Fiji Welcomes New Pacific
/// Treaty`)? Its capitals tell no name apart.
fn title_case(doc: &Doc, first: usize, last: usize) -> bool {
    let words: Vec<usize> = (first..last).filter(|&k| is_word(doc, k)).collect();
    let upper = words
        .iter()
        .filter(|&&k| doc.input.toks.starts_upper(k))
        .count();
    words.len() >= 4 && upper * 3 > words.len() * 2
}

/// The capitalized words of a name before its head at `h` (`Pacific Maritime`,
/// `Belt and Road`, `US-Ukraine Minerals`), stopping at a determiner, a
/// possessive, a lowercase word, a stance word or a grading word (`New`).
fn name_before(doc: &Doc, h: usize, first: usize, cue_tokens: &[bool]) -> (Vec<String>, usize) {
    let mut words = Vec::new();
    let mut k = h;
    while k > first {
        let p = k - 1;
        let w = doc.word(p);
        let capital = is_word(doc, p) && doc.input.toks.starts_upper(p);
        let joins = matches!(w, "and" | "-")
            && !words.is_empty()
            && p > first
            && doc.input.toks.starts_upper(p - 1);
        if capital && !DETERMINERS.contains(&w) && !cue_tokens[p] && !generic(doc, w) {
            words.push(w.to_string());
        } else if joins {
            if w == "and" {
                words.push(w.to_string());
            }
        } else {
            break;
        }
        k = p;
    }
    // A name does not end on a joining word: `Kenya and Uganda Treaty` is fine,
    // `and Treaty` is not.
    while words.last().is_some_and(|w| w == "and") {
        words.pop();
        k += 1;
    }
    words.reverse();
    (words, k)
}

/// `the Treaty of Asuncion`: the capitalized words after `of`.
fn name_after(doc: &Doc, h: usize, last: usize) -> (Vec<String>, usize) {
    let mut words = Vec::new();
    if h + 2 >= last || doc.word(h + 1) != "of" {
        return (words, h + 1);
    }
    let mut j = h + 2;
    while j < last
        && is_word(doc, j)
        && doc.input.toks.starts_upper(j)
        && !generic(doc, doc.word(j))
    {
        words.push(doc.word(j).to_string());
        j += 1;
    }
    if words.is_empty() {
        return (words, h + 1);
    }
    words.insert(0, "of".to_string());
    (words, j)
}

/// The proper name whose head is the token `h`, if it is an issue's.
pub(super) fn proper_name(
    doc: &Doc,
    h: usize,
    (first, last): (usize, usize),
    covered: &[bool],
    cue_tokens: &[bool],
) -> Option<NameIssue> {
    let w = doc.word(h);
    if !is_word(doc, h) || !doc.input.toks.starts_upper(h) || doc.in_mention[h] || covered[h] {
        return None;
    }
    if !name_head(doc, w) {
        return None;
    }
    let (before, start) = name_before(doc, h, first, cue_tokens);
    let (after, end) = name_after(doc, h, last);
    if before.is_empty() && after.is_empty() {
        return None;
    }
    // A lexicon issue's wording inside the name is that issue (`the US-Ukraine
    // Minerals Agreement`), and a headline's capitals are no name.
    if (start..end).any(|k| covered[k]) || title_case(doc, first, last) {
        return None;
    }
    let mut words = before;
    words.push(w.to_string());
    words.extend(after);
    Some(NameIssue {
        id: slug(&words),
        start,
        end,
        head: singular(w).to_string(),
    })
}
