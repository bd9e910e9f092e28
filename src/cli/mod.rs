//! Argument structs and glue for each subcommand: flags in, library calls out.

pub mod build;
pub mod eval;
pub mod export;
pub mod lexicon_args;
pub mod merge;
pub mod query;
pub mod stances;

/// Parse a `YYYY-MM-DD` flag value.
pub fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("{s:?} is not a date (YYYY-MM-DD)"))
}
