//! Lexicons: actors, roles, titles, relation patterns, speech cues, issues, CAMEO.
use crate::error::LexiconError;

/// All lexicons, compiled once per run.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {}

impl Lexicon {
    /// The lexicons embedded in the binary.
    pub fn builtin() -> Result<Lexicon, LexiconError> {
        Ok(Lexicon {})
    }
}
