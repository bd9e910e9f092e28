//! Exports: formats picked by name from one table, one module per format.
//!
//! Every exporter reads only the wire graph ([`wire::GraphFile`]), never the
//! extraction internals, so a `graph.json` loaded from disk exports the same way as
//! a freshly built one. A format writes one file or several ([`FormatSpec::files`]);
//! [`write_formats`] renders everything in memory first, then writes each file
//! atomically, so a failed export leaves the previous files in place.
//!
//! Visual exports of big graphs can be shrunk first with [`Aggregation`]
//! (`GraphFile::aggregate`).

pub mod aggregate;
pub mod csv;
pub mod cytoscape;
pub mod dot;
pub mod gexf;
pub mod graphml;
pub mod html;
pub mod json;
pub mod layout;
pub mod nodelink;
pub mod style;
pub mod wire;
pub mod xml;

pub use aggregate::Aggregation;

use crate::error::WriteError;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use wire::{GraphFile, WireStance};

/// The `relation` (and GEXF `kind`, Cytoscape `interaction`) of the actor → issue
/// edges that carry stances in the formats listing them beside relation edges;
/// Neo4j gets the type `STANCE`.
pub const STANCE_RELATION: &str = "stance";

/// True when the graph was built with `build --aggregate` (some edge stands for
/// several mentions): the tabular exports then add the columns of
/// [`wire::WireEdgeAggregate`] (`count`, `documents`, `first_date`, `last_date`,
/// `goldstein_mean`), which a graph of plain mentions does without.
pub fn has_aggregates(graph: &GraphFile) -> bool {
    graph.edges.iter().any(|e| e.aggregate.is_some())
}

/// The stances every export writes as actor → issue edges, in `graph.json` order:
/// those whose actor and issue are both nodes of the graph (a stance pointing
/// elsewhere would make the readers invent a node, or refuse the file).
pub fn exported_stances(graph: &GraphFile) -> Vec<&WireStance> {
    let ids: BTreeSet<&str> = graph.nodes.iter().map(|n| n.id.as_str()).collect();
    graph
        .stances
        .iter()
        .filter(|t| ids.contains(t.actor.as_str()) && ids.contains(t.issue.as_str()))
        .collect()
}

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    /// `graph.json`, the contract.
    Json,
    /// `graph.dot`, Graphviz source.
    Dot,
    /// `graph.svg`, rendered by Graphviz.
    Svg,
    /// `graph.png`, rendered by Graphviz.
    Png,
    /// `graph.graphml`, for NetworkX, igraph, yEd, Gephi.
    Graphml,
    /// `graph.gexf`, GEXF 1.3 with a timeline, for Gephi.
    Gexf,
    /// `graph.nodelink.json`, for NetworkX and D3.
    NodeLink,
    /// `graph.cytoscape.json`, for Cytoscape.js and Cytoscape desktop.
    Cytoscape,
    /// `nodes.csv`, `relationships.csv`, `load.cypher`, for Neo4j.
    Csv,
    /// `graph.html`, a self-contained page to explore the graph offline.
    Html,
}

/// One row of the format table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormatSpec {
    /// The format.
    pub format: Format,
    /// Its name on the command line.
    pub name: &'static str,
    /// The files it writes inside the output directory; the first is the main one.
    pub files: &'static [&'static str],
    /// One line for `--help` and the docs: who reads it.
    pub about: &'static str,
}

const fn spec(
    format: Format,
    name: &'static str,
    files: &'static [&'static str],
    about: &'static str,
) -> FormatSpec {
    FormatSpec {
        format,
        name,
        files,
        about,
    }
}

/// Every format, in the order they are listed and written.
pub const FORMATS: &[FormatSpec] = &[
    spec(
        Format::Json,
        "json",
        &["graph.json"],
        "the contract; jq, Python, any JSON reader",
    ),
    spec(Format::Dot, "dot", &["graph.dot"], "Graphviz source"),
    spec(
        Format::Svg,
        "svg",
        &["graph.svg"],
        "diagram rendered by Graphviz (needs `dot`)",
    ),
    spec(
        Format::Png,
        "png",
        &["graph.png"],
        "diagram rendered by Graphviz (needs `dot`)",
    ),
    spec(
        Format::Graphml,
        "graphml",
        &["graph.graphml"],
        "NetworkX, igraph, yEd, Gephi",
    ),
    spec(
        Format::Gexf,
        "gexf",
        &["graph.gexf"],
        "Gephi (with timeline), NetworkX",
    ),
    spec(
        Format::NodeLink,
        "nodelink",
        &["graph.nodelink.json"],
        "NetworkX node_link_graph, D3",
    ),
    spec(
        Format::Cytoscape,
        "cytoscape",
        &["graph.cytoscape.json"],
        "Cytoscape.js, Cytoscape desktop",
    ),
    spec(
        Format::Csv,
        "csv",
        &["nodes.csv", "relationships.csv", "load.cypher"],
        "Neo4j: neo4j-admin import, or LOAD CSV via load.cypher",
    ),
    spec(
        Format::Html,
        "html",
        &["graph.html"],
        "any web browser, offline: filters and evidence on click",
    ),
];

/// One rendered file: its name inside the output directory and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// File name, e.g. `graph.graphml`.
    pub file_name: &'static str,
    /// Content.
    pub bytes: Vec<u8>,
}

impl Format {
    /// Look a format up by its name (`json`, `dot`, ...), ignoring case.
    /// `node-link` is accepted for `nodelink`.
    pub fn from_name(name: &str) -> Option<Format> {
        let name = if name.eq_ignore_ascii_case("node-link") {
            "nodelink"
        } else {
            name
        };
        FORMATS
            .iter()
            .find(|s| s.name.eq_ignore_ascii_case(name))
            .map(|s| s.format)
    }

    /// The format's row in [`FORMATS`].
    pub fn spec(&self) -> &'static FormatSpec {
        // Every variant has a row; the fallback is only there to avoid a panic path.
        FORMATS
            .iter()
            .find(|s| s.format == *self)
            .unwrap_or(&FORMATS[0])
    }

    /// The format's name.
    pub fn name(&self) -> &'static str {
        self.spec().name
    }

    /// The main file it is written to inside the output directory.
    pub fn file_name(&self) -> &'static str {
        self.spec().files.first().copied().unwrap_or("graph.out")
    }

    /// Every file it writes.
    pub fn files(&self) -> &'static [&'static str] {
        self.spec().files
    }

    /// True for the formats that need Graphviz's `dot` to be installed.
    pub fn needs_graphviz(&self) -> bool {
        matches!(self, Format::Svg | Format::Png)
    }

    /// Render the graph into every file of this format. SVG and PNG give
    /// [`WriteError::GraphvizMissing`] when `dot` is not on PATH.
    pub fn outputs(&self, graph: &GraphFile) -> Result<Vec<Output>, WriteError> {
        let files = self.files();
        let contents: Vec<Vec<u8>> = match self {
            Format::Json => vec![json::render(graph)?],
            Format::Dot => vec![dot::render(graph).into_bytes()],
            Format::Svg => vec![self.image(graph, dot::Image::Svg)?],
            Format::Png => vec![self.image(graph, dot::Image::Png)?],
            Format::Graphml => vec![graphml::render(graph)?],
            Format::Gexf => vec![gexf::render(graph)?],
            Format::NodeLink => vec![nodelink::render(graph)?],
            Format::Cytoscape => vec![cytoscape::render(graph)?],
            Format::Csv => vec![
                csv::render_nodes(graph),
                csv::render_relationships(graph),
                csv::render_cypher(graph),
            ],
            Format::Html => vec![html::render(graph)?],
        };
        Ok(files
            .iter()
            .zip(contents)
            .map(|(file_name, bytes)| Output { file_name, bytes })
            .collect())
    }

    fn image(&self, graph: &GraphFile, image: dot::Image) -> Result<Vec<u8>, WriteError> {
        dot::render_image(graph, image)?.ok_or_else(|| WriteError::GraphvizMissing {
            format: self.name().to_string(),
        })
    }

    /// Render the graph's main file in this format. For formats that write several
    /// files (`csv`) use [`Format::outputs`]; this returns only the first.
    pub fn render(&self, graph: &GraphFile) -> Result<Vec<u8>, WriteError> {
        let mut outputs = self.outputs(graph)?;
        if outputs.is_empty() {
            return Ok(Vec::new());
        }
        Ok(outputs.swap_remove(0).bytes)
    }
}

/// Check what every exporter relies on: node ids are unique and every edge's ends
/// are nodes of the graph.
pub fn validate(graph: &GraphFile) -> Result<(), WriteError> {
    let mut ids = BTreeSet::new();
    for node in &graph.nodes {
        if !ids.insert(node.id.as_str()) {
            return Err(WriteError::Invalid {
                message: format!("node id {:?} appears twice", node.id),
            });
        }
    }
    for edge in &graph.edges {
        for end in [&edge.source, &edge.target] {
            if !ids.contains(end.as_str()) {
                return Err(WriteError::Invalid {
                    message: format!("edge {:?} refers to unknown node {end:?}", edge.id),
                });
            }
        }
    }
    Ok(())
}

/// Render every format into `dir`, then write each file atomically; returns the
/// paths written, in format order. Nothing is written if any format fails to
/// render (an invalid graph, or SVG asked for without Graphviz).
pub fn write_formats(
    graph: &GraphFile,
    formats: &[Format],
    dir: &Path,
) -> Result<Vec<PathBuf>, WriteError> {
    validate(graph)?;
    let unique: BTreeSet<Format> = formats.iter().copied().collect();
    let mut rendered: BTreeMap<&'static str, Vec<u8>> = BTreeMap::new();
    let mut order = Vec::new();
    for format in unique {
        for out in format.outputs(graph)? {
            order.push(out.file_name);
            rendered.insert(out.file_name, out.bytes);
        }
    }
    let mut written = Vec::with_capacity(order.len());
    for name in order {
        let path = dir.join(name);
        write_atomic(&path, &rendered[name])?;
        written.push(path);
    }
    Ok(written)
}

/// Join list items with `;` (Neo4j's array separator, and readable in a table cell);
/// a `;` inside an item becomes `,` so the list splits back into the same items.
pub fn join_list(items: &[String]) -> String {
    items
        .iter()
        .map(|i| i.replace(';', ","))
        .collect::<Vec<_>>()
        .join(";")
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
