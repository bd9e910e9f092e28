//! Runs the stages over one document.
use crate::lexicon::Lexicon;
use crate::model::{Document, Extraction};

/// Extract actors, statements and relations from one document.
pub fn extract(doc: &Document, lexicon: &Lexicon) -> Extraction {
    let _ = lexicon;
    Extraction { doc: doc.clone(), actors: vec![], statements: vec![], relations: vec![] }
}
