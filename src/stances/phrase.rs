//! Words of issue phrases, shared by document issues (`doc_issues.rs`) and issues
//! that are proper names (`names.rs`): the head entry of a word, the modifiers an
//! id leaves out, determiners, plurals and the slug of an id's words.

use super::Doc;
use crate::lexicon::issue_heads::{HeadUse as Use, IssueHead};
use crate::model::TokenKind;
use std::sync::OnceLock;

/// Words that never go into a document issue's id (see the file's header).
const MODIFIERS: &str = include_str!("../../data/issue_modifiers.tsv");

/// The head entry of a word (from the lexicon's `issue_heads.tsv`), its plural
/// `s` allowed.
pub(super) fn head_of<'a>(doc: &Doc<'a>, w: &str) -> Option<&'a IssueHead> {
    let heads = doc.lexicon;
    heads.issue_head(w).or_else(|| {
        let stem = w.strip_suffix('s')?;
        heads.issue_head(stem).filter(|h| h.usage != Use::Verb)
    })
}

/// Is this a word that never goes into a document issue's id
/// (`issue_modifiers.tsv`: `new`, `latest`, `proposed`)?
pub(super) fn generic(w: &str) -> bool {
    static GENERIC: OnceLock<Vec<&'static str>> = OnceLock::new();
    GENERIC
        .get_or_init(|| rows(MODIFIERS).filter_map(|c| c.first().copied()).collect())
        .contains(&w)
}

/// Words that open a noun phrase before its modifiers.
pub(super) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these",
    "those", "any", "all", "some", "no", "every", "each",
];

/// Is token `t` a word (not punctuation, a number or a symbol)?
pub(super) fn is_word(doc: &Doc, t: usize) -> bool {
    matches!(doc.kinds[t], TokenKind::Word)
}

/// A word without its plural `s` (`accords` -> `accord`).
pub(super) fn singular(w: &str) -> &str {
    w.strip_suffix('s').unwrap_or(w)
}

/// The slug of the id words.
pub(super) fn slug(words: &[String]) -> String {
    let mut out: Vec<String> = Vec::new();
    for w in words {
        let clean: String = w
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .collect();
        for part in clean.split('_').filter(|p| !p.is_empty()) {
            if !out.iter().any(|o| o == part) {
                out.push(part.to_string());
            }
        }
    }
    out.join("_")
}

/// The rows of a data file: no comments, no blank lines, no header.
pub(super) fn rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|l| l.split('\t').map(str::trim).collect())
}
