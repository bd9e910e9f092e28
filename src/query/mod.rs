//! Asking questions of a built graph: who said what about whom, actor profiles,
//! timelines between two actors, and filtered sub-graphs.
//!
//! Everything here reads only the wire graph ([`GraphFile`], as loaded from a
//! `graph.json`), never the extraction internals, so the answers are the same for
//! a fresh graph and for one a user kept on disk. Answers point back to the
//! evidence: each statement or relation keeps its id, document and offsets.
//!
//! - [`query`] with a [`Filter`]: statements and relations, newest first;
//! - [`profile`]: one actor, its counterparts and latest statements;
//! - [`between`]: both directions between two actors, with the running Goldstein sum;
//! - [`subgraph`]: a smaller [`GraphFile`] to export in any format;
//! - [`resolve`]: names as people write them (`Zelenskyy`, `erdogan`) to nodes;
//! - [`table`] and [`records`]: answers laid out for people or for scripts.
//!
//! ```
//! use stancegraph::GraphFile;
//! use stancegraph::query::{self, Filter};
//!
//! let graph = GraphFile::load("tests/data/query/graph.json".as_ref())?;
//!
//! // What did Lavrov say about Zelensky? Newest first.
//! let found = query::query(&graph, &Filter::new().speaker("Lavrov").about("Zelenskyy"))?;
//! let newest = found.statements().next().map(|s| s.text.as_str());
//! assert_eq!(newest, Some("no meeting"));
//!
//! // How do the two get along? The sum of Goldstein weights, both ways.
//! assert_eq!(query::between(&graph, "lavrov", "zelensky")?.net_goldstein(), -10.0);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! [`GraphFile`]: crate::export::wire::GraphFile

mod between;
mod filter;
pub mod names;
mod profile;
pub mod records;
pub mod stances;
mod subgraph;
pub mod table;
pub mod text;

pub use between::{between, Direction, Entry, Timeline};
pub use filter::{query, Filter, Hit, Kind, Matches, Tone};
pub use names::{fold, resolve};
pub use profile::{label_of, profile, Counterpart, Named, Profile};
pub use subgraph::{subgraph, Ego};

/// Round a sum of Goldstein weights to one decimal, the precision of the
/// codebook, so that `3.4 + 1.9` prints as `5.3` and not `5.300000000000001`.
pub(crate) fn round_tenth(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}
