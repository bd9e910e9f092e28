//! `graph.dot`: a Graphviz diagram of the graph, and its rendering to SVG or PNG.
//!
//! The diagram is built as a graphviz-rust AST and printed by its printer. Parallel
//! relations are folded into one edge per (source, target, relation) (see
//! [`group_edges`]); nodes are shaped and filled by kind, edges coloured by tone.
//! Every ID and value goes through [`quote`], because the crate's typed helpers
//! print values unquoted and `id!(esc ..)` escapes nothing.

use super::aggregate::{group_edges, group_stances, EdgeGroup, StanceGroup};
use super::style::{kind_style, pen_width, stance_colour, tone_colour, KindStyle, TONES};
use super::wire::{GraphFile, WireNode};
use crate::error::WriteError;
use graphviz_rust::cmd::{CommandArg, Format as GvFormat, Layout};
use graphviz_rust::dot_structures::{
    Attribute, Edge, EdgeTy, Graph, GraphAttributes, Id, Node, NodeId, Stmt, Subgraph, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};
use std::collections::BTreeSet;

/// Above this many nodes `dot`'s layered layout gets slow and tangled; `sfdp` is used.
pub const SFDP_THRESHOLD: usize = 150;

/// The font every label uses; a list so each platform finds one it has.
const FONT: &str = "Helvetica,Arial,sans-serif";

/// Prefix of the legend's node ids. Node ids are slugs, which never hold spaces, so
/// these cannot collide with an actor.
const LEGEND_PREFIX: &str = "stancegraph legend ";

/// Quote and escape any text as a DOT string: `\` and `"` are escaped, `&` becomes
/// `&amp;` (Graphviz decodes entities in every string, so `AT&amp;T` would show as
/// `AT&T` and `&#8238;` as an invisible control), line breaks become `\n` (a
/// centred line break in labels), and other control characters, which Graphviz
/// rejects or prints as garbage, are dropped.
pub fn quote(text: &str) -> Id {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '&' => out.push_str("&amp;"),
            '\r' => {
                // A CRLF pair is one break, not two.
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' | '\u{2028}' | '\u{2029}' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    Id::Escaped(out)
}

fn attr(name: &str, value: &str) -> Attribute {
    Attribute(Id::Plain(name.to_string()), quote(value))
}

fn node_id(id: &str) -> NodeId {
    NodeId(quote(id), None)
}

/// Render the graph as DOT source, ending with a newline.
pub fn render(graph: &GraphFile) -> String {
    let mut ctx = PrinterContext::default();
    let mut text = build(graph).print(&mut ctx);
    text.push('\n');
    text
}

/// The DOT AST of the graph: header attributes, legend, nodes sorted by id, then
/// edge groups sorted by (source, target, relation).
pub fn build(graph: &GraphFile) -> Graph {
    let groups = group_edges(graph);
    let mut stmts = header(graph, &groups);
    // sfdp ignores clusters and would scatter the legend's sample nodes among the
    // actors; big graphs get the key as a line of the title instead.
    if !graph.nodes.is_empty() && layout_for(graph) == Layout::Dot {
        stmts.push(Stmt::Subgraph(legend(graph)));
    }
    let mut nodes: Vec<&WireNode> = graph.nodes.iter().collect();
    nodes.sort_by(|a, b| a.id.cmp(&b.id));
    stmts.extend(nodes.into_iter().map(|n| Stmt::Node(actor_node(n))));
    stmts.extend(groups.iter().map(|g| Stmt::Edge(group_edge(g))));
    // A stance whose actor or issue is not a node would make Graphviz invent one.
    let known: BTreeSet<&str> = graph.nodes.iter().map(|n| n.id.as_str()).collect();
    let stances = group_stances(graph);
    let drawable = stances
        .iter()
        .filter(|s| known.contains(s.actor.as_str()) && known.contains(s.issue.as_str()));
    let drawable: Vec<&StanceGroup> = drawable.collect();
    stmts.extend(drawable.iter().map(|s| Stmt::Edge(stance_edge(s))));
    if layout_for(graph) == Layout::Dot {
        stmts.extend(grid_of_loners(graph, &groups, &drawable));
    }
    Graph::DiGraph {
        id: quote("stancegraph"),
        strict: false,
        stmts,
    }
}

fn header(graph: &GraphFile, groups: &[EdgeGroup]) -> Vec<Stmt> {
    let mut title = format!(
        "stancegraph: {} actors, {} relations ({} mentions)",
        graph.nodes.len(),
        groups.len(),
        groups.iter().map(EdgeGroup::count).sum::<usize>()
    );
    if layout_for(graph) == Layout::Sfdp {
        title.push_str(
            "\nshape and fill: actor kind; green: cooperation, red: conflict, grey: neutral; \
             dashed: reported, intended or hypothetical; dotted: stance on an issue \
             (blue supports, orange opposes)",
        );
    }
    // Big graphs name their engine in the file, so a plain `dot -Tsvg graph.dot`
    // picks sfdp too; spline routing there takes minutes, straight lines are instant.
    let (layout, splines) = match layout_for(graph) {
        Layout::Sfdp => ("sfdp", "false"),
        _ => ("dot", "true"),
    };
    let graph_attrs = vec![
        attr("layout", layout),
        attr("rankdir", "LR"),
        attr("overlap", "false"),
        attr("splines", splines),
        attr("outputorder", "edgesfirst"),
        attr("nodesep", "0.35"),
        attr("ranksep", "0.9"),
        attr("fontname", FONT),
        attr("fontsize", "14"),
        attr("labelloc", "t"),
        attr("label", &title),
    ];
    let node_attrs = vec![
        attr("fontname", FONT),
        attr("fontsize", "11"),
        attr("style", "filled"),
        attr("penwidth", "1.2"),
    ];
    let edge_attrs = vec![
        attr("fontname", FONT),
        attr("fontsize", "9"),
        attr("arrowsize", "0.7"),
    ];
    vec![
        Stmt::GAttribute(GraphAttributes::Graph(graph_attrs)),
        Stmt::GAttribute(GraphAttributes::Node(node_attrs)),
        Stmt::GAttribute(GraphAttributes::Edge(edge_attrs)),
    ]
}

fn kind_attrs(style: &KindStyle) -> Vec<Attribute> {
    vec![
        attr("shape", style.shape),
        attr("fillcolor", style.fill),
        attr("color", style.border),
    ]
}

fn actor_node(node: &WireNode) -> Node {
    let mut attrs = vec![attr("label", &node.label)];
    attrs.extend(kind_attrs(kind_style(&node.kind)));
    let tooltip = format!("{} ({}), {} mentions", node.label, node.kind, node.mentions);
    attrs.push(attr("tooltip", &tooltip));
    Node::new(node_id(&node.id), attrs)
}

fn group_edge(group: &EdgeGroup) -> Edge {
    let colour = tone_colour(group.tone());
    let tooltip = format!(
        "{} (CAMEO {}), {} mention(s), mean Goldstein {:.1}",
        group.relation,
        group.cameo,
        group.count(),
        group.mean_goldstein
    );
    let mut attrs = vec![
        attr("label", &group.display_label()),
        attr("color", colour),
        attr("fontcolor", colour),
        attr("penwidth", &format!("{:.2}", pen_width(group.count()))),
        attr("tooltip", &tooltip),
    ];
    if !group.asserted {
        attrs.push(attr("style", "dashed"));
    }
    Edge {
        ty: EdgeTy::Pair(
            Vertex::N(node_id(&group.source)),
            Vertex::N(node_id(&group.target)),
        ),
        attributes: attrs,
    }
}

/// Actors with no relation and no stance would all land on the first rank, one
/// tall column of them; invisible edges chain them into rows of a compact grid.
fn grid_of_loners(
    graph: &GraphFile,
    groups: &[EdgeGroup],
    stances: &[&StanceGroup],
) -> Option<Stmt> {
    let linked: BTreeSet<&str> = groups
        .iter()
        .flat_map(|g| [g.source.as_str(), g.target.as_str()])
        .chain(
            stances
                .iter()
                .flat_map(|s| [s.actor.as_str(), s.issue.as_str()]),
        )
        .collect();
    let loners: BTreeSet<&str> = graph
        .nodes
        .iter()
        .map(|n| n.id.as_str())
        .filter(|id| !linked.contains(id))
        .collect();
    let loners: Vec<&str> = loners.into_iter().collect();
    if loners.len() < 4 {
        return None;
    }
    let row = ((loners.len() as f64).sqrt().ceil() as usize).max(3);
    let mut stmts = vec![Stmt::GAttribute(GraphAttributes::Edge(vec![attr(
        "style", "invis",
    )]))];
    for chunk in loners.chunks(row).filter(|c| c.len() > 1) {
        let chain = chunk.iter().map(|id| Vertex::N(node_id(id))).collect();
        stmts.push(Stmt::Edge(Edge {
            ty: EdgeTy::Chain(chain),
            attributes: Vec::new(),
        }));
    }
    Some(Stmt::Subgraph(Subgraph {
        id: quote("stancegraph unlinked actors"),
        stmts,
    }))
}

fn stance_edge(group: &StanceGroup) -> Edge {
    let colour = stance_colour(&group.polarity);
    let tooltip = format!("stance: {} ({} time(s))", group.polarity, group.count());
    Edge {
        ty: EdgeTy::Pair(
            Vertex::N(node_id(&group.actor)),
            Vertex::N(node_id(&group.issue)),
        ),
        attributes: vec![
            attr("label", &group.display_label()),
            attr("color", colour),
            attr("fontcolor", colour),
            attr("style", "dotted"),
            attr("arrowhead", "odot"),
            attr(
                "penwidth",
                &format!("{:.2}", pen_width(group.count()) + 0.5),
            ),
            attr("tooltip", &tooltip),
        ],
    }
}

/// The legend: one sample node per kind present, one sample edge per tone, and one
/// dashed edge for relations that are only reported, intended or hypothetical.
fn legend(graph: &GraphFile) -> Subgraph {
    let present: BTreeSet<&str> = graph
        .nodes
        .iter()
        .map(|n| kind_style(&n.kind).kind)
        .collect();
    let mut stmts = vec![
        Stmt::Attribute(attr("label", "Legend")),
        Stmt::Attribute(attr("style", "rounded")),
        Stmt::Attribute(attr("color", "#9e9e9e")),
        Stmt::Attribute(attr("fontsize", "11")),
    ];
    for style in super::style::KINDS
        .iter()
        .filter(|k| present.contains(k.kind))
    {
        let mut attrs = vec![attr("label", style.kind)];
        attrs.extend(kind_attrs(style));
        let id = format!("{LEGEND_PREFIX}{}", style.kind);
        stmts.push(Stmt::Node(Node::new(node_id(&id), attrs)));
    }
    for tone in TONES {
        let label = match tone {
            super::aggregate::Tone::Cooperation => "cooperation (Goldstein > 0)",
            super::aggregate::Tone::Conflict => "conflict (Goldstein < 0)",
            super::aggregate::Tone::Neutral => "neutral",
        };
        stmts.extend(legend_edge(tone.name(), label, tone_colour(tone), "solid"));
    }
    let not_asserted = "reported, intended or hypothetical";
    stmts.extend(legend_edge("modality", not_asserted, "#424242", "dashed"));
    if !graph.stances.is_empty() {
        for polarity in ["supports", "opposes"] {
            let label = format!("stance: {polarity} (issue)");
            stmts.extend(legend_edge(
                polarity,
                &label,
                stance_colour(polarity),
                "dotted",
            ));
        }
    }
    Subgraph {
        id: Id::Plain("cluster_legend".to_string()),
        stmts,
    }
}

/// Two invisible points joined by a sample edge.
fn legend_edge(key: &str, label: &str, colour: &str, style: &str) -> Vec<Stmt> {
    let point = |end: &str| {
        let id = format!("{LEGEND_PREFIX}{key} {end}");
        let attrs = vec![
            attr("shape", "point"),
            attr("style", "invis"),
            attr("label", ""),
        ];
        (id.clone(), Stmt::Node(Node::new(node_id(&id), attrs)))
    };
    let (from, from_node) = point("from");
    let (to, to_node) = point("to");
    let edge = Edge {
        ty: EdgeTy::Pair(Vertex::N(node_id(&from)), Vertex::N(node_id(&to))),
        attributes: vec![
            attr("label", label),
            attr("color", colour),
            attr("fontcolor", colour),
            attr("style", style),
        ],
    };
    vec![from_node, to_node, Stmt::Edge(edge)]
}

/// An image format Graphviz renders to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Image {
    /// Scalable vector graphics.
    Svg,
    /// Portable network graphics.
    Png,
}

/// The layout engine for a graph of this size: `dot` up to [`SFDP_THRESHOLD`] nodes,
/// `sfdp` above.
pub fn layout_for(graph: &GraphFile) -> Layout {
    if graph.nodes.len() > SFDP_THRESHOLD {
        Layout::Sfdp
    } else {
        Layout::Dot
    }
}

/// True when a `dot` executable is on `PATH` (graphviz-rust can only run it from there).
pub fn graphviz_available() -> bool {
    let Some(path) = std::env::var_os("PATH") else {
        return false;
    };
    std::env::split_paths(&path).any(|dir| dir.join("dot").is_file())
}

/// Render the graph to an image with the real Graphviz.
///
/// Returns `Ok(None)` when Graphviz is not installed, so a caller can tell the user
/// to install it and carry on; a Graphviz failure is a [`WriteError::Graphviz`].
pub fn render_image(graph: &GraphFile, image: Image) -> Result<Option<Vec<u8>>, WriteError> {
    if !graphviz_available() {
        return Ok(None);
    }
    let format = match image {
        Image::Svg => GvFormat::Svg,
        Image::Png => GvFormat::Png,
    };
    let args = vec![
        CommandArg::Layout(layout_for(graph)),
        CommandArg::Format(format),
    ];
    match graphviz_rust::exec_dot(render(graph), args) {
        Ok(bytes) => Ok(Some(bytes)),
        // Removed between the PATH check and the run: same as not installed.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(WriteError::Graphviz {
            message: e.to_string(),
        }),
    }
}

/// Render the graph to SVG; `Ok(None)` when Graphviz is not installed.
pub fn render_svg(graph: &GraphFile) -> Result<Option<Vec<u8>>, WriteError> {
    render_image(graph, Image::Svg)
}
