//! Words of issue phrases, shared by document issues (`doc_issues.rs`) and issues
//! that are proper names (`names.rs`): the head entry of a word, the modifiers an
//! id leaves out, determiners, plurals and the slug of an id's words.

use super::Doc;
use crate::lexicon::issue_heads::{HeadUse as Use, IssueHead};
use crate::model::TokenKind;

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
pub(super) fn generic(doc: &Doc, w: &str) -> bool {
    doc.lexicon.is_issue_modifier(w)
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
