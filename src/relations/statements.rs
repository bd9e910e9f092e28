//! The statements of a document indexed by position, for the relation readers
//! that look for the statement around a word (`said.rs`, `anaphora.rs`,
//! `conjunct.rs`).

use crate::model::{Span, Statement};

/// The statements of a document, sorted for lookups by position, so that finding
/// the statement around a word costs a binary search, not a scan.
pub(super) struct StatementIndex<'a> {
    by_content: Vec<&'a Statement>,
    longest_content: usize,
    by_cue: Vec<(Span, &'a Statement)>,
    longest_cue: usize,
}

impl<'a> StatementIndex<'a> {
    /// Index the statements that have a speaker.
    pub(super) fn new(statements: &'a [Statement]) -> StatementIndex<'a> {
        let mut by_content: Vec<&Statement> =
            statements.iter().filter(|s| s.speaker.is_some()).collect();
        by_content.sort_by_key(|s| (s.content.start, s.content.end));
        let longest_content = by_content
            .iter()
            .map(|s| s.content.len())
            .max()
            .unwrap_or(0);
        let mut by_cue: Vec<(Span, &Statement)> = by_content
            .iter()
            .filter_map(|s| s.cue.map(|c| (c, *s)))
            .collect();
        by_cue.sort_by_key(|(c, _)| (c.start, c.end));
        let longest_cue = by_cue.iter().map(|(c, _)| c.len()).max().unwrap_or(0);
        StatementIndex {
            by_content,
            longest_content,
            by_cue,
            longest_cue,
        }
    }

    /// Statements whose text holds `at`, the innermost (latest start) first.
    pub(super) fn containing(&self, at: Span) -> impl Iterator<Item = &'a Statement> + '_ {
        self.overlapping(at).filter(move |s| s.content.contains(at))
    }

    /// The statement whose speech verb overlaps `at`.
    pub(super) fn with_cue(&self, at: Span) -> Option<&'a Statement> {
        let end = self.by_cue.partition_point(|(c, _)| c.start < at.end);
        self.by_cue[..end]
            .iter()
            .rev()
            .take_while(|(c, _)| c.start + self.longest_cue >= at.start)
            .find(|(c, _)| c.overlaps(at))
            .map(|(_, s)| *s)
    }

    /// Statements that start in `from..to`, the latest first.
    pub(super) fn starting_in(
        &self,
        from: usize,
        to: usize,
    ) -> impl Iterator<Item = &'a Statement> + '_ {
        let end = self.by_content.partition_point(|s| s.content.start < to);
        self.by_content[..end]
            .iter()
            .rev()
            .take_while(move |s| s.content.start >= from)
            .copied()
    }

    /// Statements whose text overlaps `span`.
    pub(super) fn overlapping(&self, span: Span) -> impl Iterator<Item = &'a Statement> + '_ {
        let end = self
            .by_content
            .partition_point(|s| s.content.start < span.end);
        self.by_content[..end]
            .iter()
            .rev()
            .take_while(move |s| s.content.start + self.longest_content >= span.start)
            .filter(move |s| s.content.overlaps(span))
            .copied()
    }
}
