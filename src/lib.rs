//! # stancegraph
//!
//! Turns news articles into a knowledge graph of political actors, who said what
//! about whom, CAMEO-coded relations between actors, and their stances on issues.
//!
//! The pipeline runs one way, one module per stage:
//! [`read`] → [`segment`] → [`actors`] → [`resolve`] → [`quotes`] → [`relations`]
//! (with [`dates`]) → [`graph`] → [`export`].
//!
//! ```
//! use stancegraph::{Lexicon, Document, extract};
//!
//! let lexicon = Lexicon::builtin().unwrap();
//! let doc = Document {
//!     id: "demo".into(),
//!     title: None,
//!     date: chrono::NaiveDate::from_ymd_opt(2025, 8, 22),
//!     source: "demo".into(),
//!     url: None,
//!     text: "Russia on Friday ruled out a meeting with Volodymyr Zelensky.".into(),
//! };
//! let found = extract(&doc, &lexicon);
//! assert!(found.relations.iter().any(|r| r.source == "russia" && r.target == "zelensky"));
//! ```
#![deny(missing_docs)]

pub mod actors;
pub mod config;
pub mod corpus;
pub mod dates;
pub mod error;
pub mod eval;
pub mod export;
pub mod graph;
pub mod lexicon;
pub mod model;
pub mod pipeline;
pub mod query;
pub mod quotes;
pub mod read;
pub mod relations;
pub mod resolve;
pub mod segment;
pub mod stances;
pub mod syntax;
pub mod voices;

pub use config::Config;
pub use export::wire::GraphFile;
pub use lexicon::Lexicon;
pub use model::{Document, Extraction, Span};
pub use pipeline::extract;
