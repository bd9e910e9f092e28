//! Flags that add user lexicon files, shared by the commands that extract.

use anyhow::Context;
use clap::Args;
use stancegraph::lexicon::{Lexicon, LexiconKind};
use std::path::PathBuf;

/// User lexicon files added to the built-in ones.
#[derive(Args, Debug, Clone, Default)]
pub struct LexiconArgs {
    /// Extra actors (columns of data/actors.tsv); a row with a known id replaces it.
    #[arg(long = "actors", value_name = "FILE")]
    pub actors: Vec<PathBuf>,
    /// Extra dated roles (columns of data/roles.tsv).
    #[arg(long = "roles", value_name = "FILE")]
    pub roles: Vec<PathBuf>,
    /// Extra titles (columns of data/titles.tsv).
    #[arg(long = "titles", value_name = "FILE")]
    pub titles: Vec<PathBuf>,
    /// Extra relation patterns (columns of data/relations.tsv).
    #[arg(long = "relations", value_name = "FILE")]
    pub relations: Vec<PathBuf>,
    /// Extra speech cues (columns of data/cues.tsv).
    #[arg(long = "cues", value_name = "FILE")]
    pub cues: Vec<PathBuf>,
    /// Extra issues (columns of data/issues.tsv).
    #[arg(long = "issues", value_name = "FILE")]
    pub issues: Vec<PathBuf>,
    /// Extra head words of document issues (columns of data/issue_heads.tsv); a
    /// written form already known takes the new row.
    #[arg(long = "issue-heads", value_name = "FILE")]
    pub issue_heads: Vec<PathBuf>,
    /// Extra given names with the gender they tell (columns of
    /// data/people_given_names.tsv); a name already known takes the new row.
    #[arg(long = "given-names", value_name = "FILE")]
    pub given_names: Vec<PathBuf>,
    /// Extra occupation nouns that introduce people (columns of
    /// data/occupations.tsv); a noun already known takes the new row.
    #[arg(long = "occupations", value_name = "FILE")]
    pub occupations: Vec<PathBuf>,
    /// Extra family names written before the given name (column of
    /// data/family_names.tsv): they open a person's full name.
    #[arg(long = "family-names", value_name = "FILE")]
    pub family_names: Vec<PathBuf>,
    /// Extra words a document issue's id leaves out (column of
    /// data/issue_modifiers.tsv: `new`, `latest`).
    #[arg(long = "issue-modifiers", value_name = "FILE")]
    pub issue_modifiers: Vec<PathBuf>,
    /// Extra verbs whose subject authors the issue they take (column of
    /// data/issue_authors.tsv: `presented`, `unveiled`).
    #[arg(long = "issue-authors", value_name = "FILE")]
    pub issue_authors: Vec<PathBuf>,
}

impl LexiconArgs {
    /// The built-in lexicons plus the user's files.
    pub fn load(&self) -> anyhow::Result<Lexicon> {
        let mut files = Vec::new();
        let groups = [
            (LexiconKind::Actors, &self.actors),
            (LexiconKind::Roles, &self.roles),
            (LexiconKind::Titles, &self.titles),
            (LexiconKind::Relations, &self.relations),
            (LexiconKind::Cues, &self.cues),
            (LexiconKind::Issues, &self.issues),
            (LexiconKind::IssueHeads, &self.issue_heads),
            (LexiconKind::GivenNames, &self.given_names),
            (LexiconKind::Occupations, &self.occupations),
            (LexiconKind::FamilyNames, &self.family_names),
            (LexiconKind::IssueModifiers, &self.issue_modifiers),
            (LexiconKind::IssueAuthors, &self.issue_authors),
        ];
        for (kind, paths) in groups {
            for path in paths {
                let bytes = std::fs::read(path)
                    .with_context(|| format!("{}: cannot read lexicon file", path.display()))?;
                let text = String::from_utf8(bytes).map_err(|e| {
                    let at = e.utf8_error().valid_up_to();
                    let line = 1 + e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count();
                    anyhow::anyhow!("{}:{line}: invalid UTF-8 at byte {at}", path.display())
                })?;
                // A byte-order mark and CRLF line ends (a file saved on Windows)
                // are not errors; documents get the same normalization.
                let text = stancegraph::read::normalize_text(&text);
                files.push((kind, path.display().to_string(), text));
            }
        }
        Ok(Lexicon::with_user_files(&files)?)
    }
}
