//! Stances: where each actor stands on the issues of `issues.tsv` (for, against,
//! conditional, neutral), read from statements, actions and attributions.

use crate::actors::Tokens;
use crate::dates::TimeExpr;
use crate::lexicon::Lexicon;
use crate::model::{LocalActor, Mention, Relation, Stance, Statement};
use chrono::NaiveDate;
use std::collections::BTreeMap;

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

/// Every stance of the document, in text order.
pub fn stances(input: &StanceInput, lexicon: &Lexicon) -> Vec<Stance> {
    let _ = (input, lexicon);
    Vec::new()
}
