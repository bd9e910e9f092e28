//! Configuration: the options the stages read, built once from the command line.

use chrono::NaiveDate;

/// Options for reading and extraction.
#[derive(Debug, Clone)]
pub struct Config {
    /// Date to assume for documents that have none.
    pub default_date: Option<NaiveDate>,
    /// Replace invalid UTF-8 instead of refusing the file.
    pub lossy: bool,
    /// Largest document accepted, in bytes.
    pub max_doc_bytes: u64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            default_date: None,
            lossy: false,
            max_doc_bytes: 16 * 1024 * 1024,
        }
    }
}
