//! Exports: one file per format, picked by name from one table.
//!
//! Every exporter reads only the wire graph ([`wire::GraphFile`]), never the
//! extraction internals, so a `graph.json` loaded from disk exports the same way as
//! a freshly built one.

pub mod aggregate;
pub mod dot;
pub mod json;
pub mod style;
pub mod wire;

use crate::error::WriteError;
use std::path::{Path, PathBuf};
use wire::GraphFile;

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    /// `graph.json`, the contract.
    Json,
    /// `graph.dot`, Graphviz source.
    Dot,
}

/// Every format with its name and output file name.
pub const FORMATS: &[(Format, &str, &str)] = &[
    (Format::Json, "json", "graph.json"),
    (Format::Dot, "dot", "graph.dot"),
];

impl Format {
    /// Look a format up by its name (`json`, `dot`, ...).
    pub fn from_name(name: &str) -> Option<Format> {
        FORMATS
            .iter()
            .find(|(_, n, _)| n.eq_ignore_ascii_case(name))
            .map(|(f, _, _)| *f)
    }

    /// The format's name.
    pub fn name(&self) -> &'static str {
        FORMATS
            .iter()
            .find(|(f, _, _)| f == self)
            .map(|(_, n, _)| *n)
            .unwrap_or("?")
    }

    /// The file name it is written to inside the output directory.
    pub fn file_name(&self) -> &'static str {
        FORMATS
            .iter()
            .find(|(f, _, _)| f == self)
            .map(|(_, _, file)| *file)
            .unwrap_or("graph.out")
    }

    /// Render the graph in this format.
    pub fn render(&self, graph: &GraphFile) -> Result<Vec<u8>, WriteError> {
        match self {
            Format::Json => json::render(graph),
            Format::Dot => Ok(dot::render(graph).into_bytes()),
        }
    }
}

/// Write `bytes` to `path` atomically: to a temporary file in the same directory,
/// then renamed over the target, so a crash never leaves a truncated file and a
/// failed run never destroys the previous good output.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    use std::io::Write;
    let io_err = |source| WriteError::Io {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).map_err(io_err)?;
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".to_string());
    let tmp = dir.join(format!(".{}.tmp{}", file_name, std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(io_err(e));
    }
    Ok(())
}
