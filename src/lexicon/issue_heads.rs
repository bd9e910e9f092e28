//! The head nouns of document issues (`data/issue_heads.tsv`): the words that make
//! a noun phrase an issue the lexicon does not name (`the trade agreement with
//! Mercosur`), the word its id is written with, and the group whose bare
//! mentions name it again (`the text` after `the agreement`).

use super::tsv::{list, Table};
use super::LexiconError;

/// What a head word does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadUse {
    /// A head that makes a document issue.
    Issue,
    /// A head that only names a document issue again (`the text`).
    Anaphor,
    /// A verb that is its own issue (`apologised to Qatar`).
    Verb,
}

/// One head word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssueHead {
    /// The word the issue id is written with (`agreement` -> `deal`).
    pub id_word: String,
    /// Heads of one group name the same issue again.
    pub group: String,
    /// What the word does.
    pub usage: HeadUse,
}

/// Read head rows (`words`, `id_word`, `group`, `use`): one entry per written
/// form; a later file's form replaces an earlier one.
pub(super) fn load_issue_heads(
    files: &[(String, &str)],
) -> Result<Vec<(String, IssueHead)>, LexiconError> {
    let mut out: Vec<(String, IssueHead)> = Vec::new();
    for (name, text) in files {
        let table = Table::parse(name, text, &["words", "id_word", "group", "use"])?;
        for row in &table.rows {
            let c = &row.cells;
            let usage = match c[3] {
                "issue" | "" => HeadUse::Issue,
                "anaphor" => HeadUse::Anaphor,
                "verb" => HeadUse::Verb,
                other => {
                    return Err(table.error(
                        row,
                        3,
                        format!("unknown use {other:?} (issue, anaphor or verb)"),
                    ))
                }
            };
            if c[1].is_empty() {
                return Err(table.error(row, 1, "empty id_word"));
            }
            for w in list(c[0]) {
                let head = IssueHead {
                    id_word: c[1].to_string(),
                    group: if c[2].is_empty() { c[1] } else { c[2] }.to_string(),
                    usage,
                };
                let w = w.to_lowercase();
                match out.iter_mut().find(|(form, _)| *form == w) {
                    Some(slot) => slot.1 = head,
                    None => out.push((w, head)),
                }
            }
        }
    }
    Ok(out)
}
