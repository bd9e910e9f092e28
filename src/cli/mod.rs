//! Argument structs and glue for each subcommand: flags in, library calls out.

pub mod build;
pub mod eval;
pub mod export;
pub mod query;
