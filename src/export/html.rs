//! `graph.html`: one self-contained page that draws the graph and lets a reader
//! filter it and read the evidence, offline.
//!
//! The diagram is an SVG laid out here ([`super::layout`]), so the page shows the
//! graph even with scripts off. The data for filters and details travels as JSON in a
//! `<script type="application/json">` block; the page script only ever puts article
//! text into the page with `textContent`. Article text and names reach the page
//! by exactly two roads, both escaped here: [`escape_text`]/[`escape_attr`] for
//! the SVG, and [`script_json`] for the data block. A Content-Security-Policy
//! forbids loading anything from outside the file.

use super::aggregate::{group_edges, group_stances, EdgeGroup, StanceGroup};
use super::layout::{force_layout, Point};
use super::style::{kind_style, pen_width, stance_colour, tone_colour, KINDS, TONES};
use super::wire::{GraphFile, WireNode};
use super::xml::{escape_attr, escape_text};
use crate::error::WriteError;
use serde_json::json;
use std::collections::BTreeMap;
use std::fmt::Write;

const STYLE: &str = include_str!("html/view.css");
const SCRIPT: &str = include_str!("html/view.js");

/// Margin around the drawing, in layout units.
const MARGIN: f64 = 90.0;

/// Serialize a value for a `<script type="application/json">` block: `<`, `>` and
/// `&` become `\u` escapes so no text can close the script element or open a
/// comment, and U+2028/U+2029 are escaped for older JavaScript parsers. Inside JSON
/// these characters can only occur in strings, where the escapes mean the same.
pub fn script_json(value: &serde_json::Value) -> Result<String, WriteError> {
    let text = serde_json::to_string(value).map_err(|e| WriteError::Serialize {
        what: "graph.html".into(),
        message: e.to_string(),
    })?;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    Ok(out)
}

/// The graph with everything the view needs, in drawing order.
struct View<'a> {
    nodes: Vec<&'a WireNode>,
    index: BTreeMap<&'a str, usize>,
    groups: Vec<EdgeGroup>,
    /// Stance lines whose actor and issue are both nodes.
    stances: Vec<StanceGroup>,
    points: Vec<Point>,
}

impl<'a> View<'a> {
    fn new(graph: &'a GraphFile) -> View<'a> {
        let mut nodes: Vec<&WireNode> = graph.nodes.iter().collect();
        nodes.sort_by(|a, b| a.id.cmp(&b.id));
        let index: BTreeMap<&str, usize> = nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.id.as_str(), i))
            .collect();
        let groups = group_edges(graph);
        let stances: Vec<StanceGroup> = group_stances(graph)
            .into_iter()
            .filter(|t| {
                index.contains_key(t.actor.as_str()) && index.contains_key(t.issue.as_str())
            })
            .collect();
        let ends = groups
            .iter()
            .map(|g| (g.source.as_str(), g.target.as_str()))
            .chain(stances.iter().map(|t| (t.actor.as_str(), t.issue.as_str())));
        let pairs: Vec<(usize, usize)> = ends
            .filter_map(|(a, b)| Some((*index.get(a)?, *index.get(b)?)))
            .collect();
        let points = force_layout(nodes.len(), &pairs)
            .into_iter()
            .map(|p| Point {
                x: p.x + MARGIN,
                y: p.y + MARGIN,
            })
            .collect();
        View {
            nodes,
            index,
            groups,
            stances,
            points,
        }
    }

    fn size(&self) -> (f64, f64) {
        let w = self.points.iter().map(|p| p.x).fold(0.0, f64::max) + MARGIN;
        let h = self.points.iter().map(|p| p.y).fold(0.0, f64::max) + MARGIN;
        (w.max(400.0), h.max(300.0))
    }
}

/// A label cut to a length that fits under a node; the full text is in the tooltip
/// and the details panel.
fn short(label: &str) -> String {
    const MAX: usize = 40;
    let one_line = label.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= MAX {
        one_line
    } else {
        one_line.chars().take(MAX - 1).collect::<String>() + "…"
    }
}

/// Radius of a node drawn for an actor with this many mentions.
fn radius(mentions: usize) -> f64 {
    (7.0 + 2.0 * (mentions as f64).sqrt()).min(24.0)
}

/// Render the page.
pub fn render(graph: &GraphFile) -> Result<Vec<u8>, WriteError> {
    let view = View::new(graph);
    let data = script_json(&data_json(graph, &view))?;
    let mut page = String::new();
    page.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    page.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n",
    );
    page.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    page.push_str("<title>stancegraph</title>\n<style>\n");
    page.push_str(STYLE);
    page.push_str("</style>\n</head>\n<body>\n");
    page.push_str(CONTROLS);
    page.push_str("<main>\n<div id=\"canvas\">\n");
    page.push_str(&svg(&view));
    page.push_str("</div>\n<aside id=\"details\"><p class=\"hint\">Click an actor or a relation to read the statements and evidence.</p></aside>\n</main>\n");
    page.push_str(&legend());
    let _ = writeln!(
        page,
        "<script type=\"application/json\" id=\"sg-data\">{data}</script>"
    );
    page.push_str("<script>\n");
    page.push_str(SCRIPT);
    page.push_str("</script>\n</body>\n</html>\n");
    Ok(page.into_bytes())
}

const CONTROLS: &str = r#"<header>
<h1>stancegraph</h1>
<label>Actor <select id="f-actor"><option value="">all</option></select></label>
<label>Relation <select id="f-relation"><option value="">all</option></select></label>
<label><input type="checkbox" id="f-cooperation" checked> cooperation</label>
<label><input type="checkbox" id="f-conflict" checked> conflict</label>
<label><input type="checkbox" id="f-neutral" checked> neutral</label>
<label>From <input type="date" id="f-from"></label>
<label>To <input type="date" id="f-to"></label>
<label><input type="checkbox" id="f-labels" checked> edge labels</label>
<button type="button" id="f-reset">Reset</button>
<span id="status"></span>
</header>
"#;

/// The key to kinds and tones, drawn with the same colours as the diagram.
fn legend() -> String {
    let mut out = String::from("<footer id=\"legend\">");
    for k in KINDS {
        let _ = write!(
            out,
            "<span><i style=\"background:{};border-color:{}\"></i>{}</span>",
            k.fill, k.border, k.kind
        );
    }
    for tone in TONES {
        let _ = write!(
            out,
            "<span><b style=\"background:{}\"></b>{}</span>",
            tone_colour(tone),
            tone.name()
        );
    }
    out.push_str("<span><b class=\"dashed\"></b>reported, intended or hypothetical</span>");
    for polarity in ["supports", "opposes"] {
        let _ = write!(
            out,
            "<span><b class=\"dotted\" style=\"color:{}\"></b>{polarity} (stance on an issue)</span>",
            stance_colour(polarity)
        );
    }
    out.push_str("</footer>\n");
    out
}

fn svg(view: &View) -> String {
    let (w, h) = view.size();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<svg id=\"graph\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w:.0} {h:.0}\" \
         width=\"{w:.0}\" height=\"{h:.0}\" role=\"img\" aria-label=\"Graph of actors and relations\">"
    );
    out.push_str("<defs>");
    for tone in TONES {
        let _ = write!(
            out,
            "<marker id=\"arrow-{}\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" \
             markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"{}\"/></marker>",
            tone.name(),
            tone_colour(tone)
        );
    }
    out.push_str("</defs>\n<g id=\"edges\">\n");
    let bends = bends(&view.groups);
    for (i, group) in view.groups.iter().enumerate() {
        out.push_str(&edge_svg(view, i, group, bends[i]));
    }
    out.push_str("</g>\n<g id=\"stances\">\n");
    for (k, stance) in view.stances.iter().enumerate() {
        out.push_str(&stance_svg(view, k, stance));
    }
    out.push_str("</g>\n<g id=\"nodes\">\n");
    for (i, node) in view.nodes.iter().enumerate() {
        out.push_str(&node_svg(i, node, view.points[i]));
    }
    out.push_str("</g>\n</svg>\n");
    out
}

/// How far each edge bends sideways, so parallel relations between the same two
/// actors (in either direction) fan out instead of overlapping.
fn bends(groups: &[EdgeGroup]) -> Vec<f64> {
    let mut by_pair: BTreeMap<(&str, &str), Vec<usize>> = BTreeMap::new();
    for (i, g) in groups.iter().enumerate() {
        let key = if g.source <= g.target {
            (g.source.as_str(), g.target.as_str())
        } else {
            (g.target.as_str(), g.source.as_str())
        };
        by_pair.entry(key).or_default().push(i);
    }
    let mut out = vec![0.0; groups.len()];
    for members in by_pair.values() {
        let m = members.len() as f64;
        for (slot, &i) in members.iter().enumerate() {
            let offset = (slot as f64 - (m - 1.0) / 2.0) * 36.0;
            // Offsets are measured on the pair's canonical direction; flip for the
            // reverse direction so both fan out from the same line.
            let reverse = groups[i].source > groups[i].target;
            out[i] = if reverse { -offset } else { offset };
        }
    }
    out
}

fn edge_svg(view: &View, i: usize, group: &EdgeGroup, bend: f64) -> String {
    let (Some(&a), Some(&b)) = (
        view.index.get(group.source.as_str()),
        view.index.get(group.target.as_str()),
    ) else {
        return String::new();
    };
    let (p, q) = (view.points[a], view.points[b]);
    let end_gap = radius(view.nodes[b].mentions) + 3.0;
    let (d, mid) = if a == b {
        loop_path(p, radius(view.nodes[a].mentions))
    } else {
        curve_path(p, q, bend, end_gap)
    };
    let tone = group.tone();
    let dash = if group.asserted {
        ""
    } else {
        " stroke-dasharray=\"6 4\""
    };
    let mut out = String::new();
    let _ = write!(
        out,
        "<g class=\"edge\" data-g=\"{i}\" data-tone=\"{}\"><path class=\"hit\" d=\"{d}\"/>\
         <path class=\"line\" d=\"{d}\" stroke=\"{}\" stroke-width=\"{:.2}\"{dash} marker-end=\"url(#arrow-{})\"/>",
        tone.name(),
        tone_colour(tone),
        pen_width(group.count()),
        tone.name()
    );
    let _ = write!(
        out,
        "<text class=\"elabel\" x=\"{:.1}\" y=\"{:.1}\" fill=\"{}\">{}</text>",
        mid.x,
        mid.y,
        tone_colour(tone),
        escape_text(&short(&group.display_label()))
    );
    let _ = writeln!(
        out,
        "<title>{}</title></g>",
        escape_text(&edge_title(view, group))
    );
    out
}

/// A dotted line from an actor to an issue it takes a stance on.
fn stance_svg(view: &View, k: usize, stance: &StanceGroup) -> String {
    let (Some(&a), Some(&b)) = (
        view.index.get(stance.actor.as_str()),
        view.index.get(stance.issue.as_str()),
    ) else {
        return String::new();
    };
    let gap = radius(view.nodes[b].mentions) + 3.0;
    let (d, mid) = curve_path(view.points[a], view.points[b], -9.0, gap);
    let colour = stance_colour(&stance.polarity);
    let title = format!(
        "{} {} {}",
        view.nodes[a].label,
        stance.display_label(),
        view.nodes[b].label
    );
    format!(
        "<g class=\"stance\" data-s=\"{k}\"><path class=\"hit\" d=\"{d}\"/>\
         <path class=\"line\" d=\"{d}\" stroke=\"{colour}\" stroke-width=\"{:.2}\" \
         stroke-dasharray=\"2 3\"/><text class=\"elabel\" x=\"{:.1}\" y=\"{:.1}\" fill=\"{colour}\">{}</text>\
         <title>{}</title></g>\n",
        pen_width(stance.count()) + 0.5,
        mid.x,
        mid.y,
        escape_text(&stance.display_label()),
        escape_text(&title)
    )
}

fn edge_title(view: &View, group: &EdgeGroup) -> String {
    let name = |id: &str| {
        view.index
            .get(id)
            .map(|&i| view.nodes[i].label.clone())
            .unwrap_or_else(|| id.to_string())
    };
    format!(
        "{} → {} → {} (CAMEO {}, {} mention(s))",
        name(&group.source),
        group.display_label(),
        name(&group.target),
        group.cameo,
        group.count()
    )
}

/// A quadratic curve from `p` towards `q`, bent sideways by `bend`, stopping `gap`
/// short of `q` so the arrowhead is not hidden under the node. Returns the path and
/// the curve's midpoint (where the label goes).
fn curve_path(p: Point, q: Point, bend: f64, gap: f64) -> (String, Point) {
    let (dx, dy) = (q.x - p.x, q.y - p.y);
    let len = (dx * dx + dy * dy).sqrt().max(1.0);
    let (nx, ny) = (-dy / len, dx / len);
    let c = Point {
        x: (p.x + q.x) / 2.0 + nx * bend * 2.0,
        y: (p.y + q.y) / 2.0 + ny * bend * 2.0,
    };
    let (ex, ey) = (q.x - c.x, q.y - c.y);
    let elen = (ex * ex + ey * ey).sqrt().max(1.0);
    let end = Point {
        x: q.x - ex / elen * gap,
        y: q.y - ey / elen * gap,
    };
    let mid = Point {
        x: 0.25 * p.x + 0.5 * c.x + 0.25 * end.x,
        y: 0.25 * p.y + 0.5 * c.y + 0.25 * end.y,
    };
    let d = format!(
        "M{:.1},{:.1}Q{:.1},{:.1} {:.1},{:.1}",
        p.x, p.y, c.x, c.y, end.x, end.y
    );
    (d, mid)
}

/// A loop above the node for an actor related to itself.
fn loop_path(p: Point, r: f64) -> (String, Point) {
    let top = p.y - r;
    let d = format!(
        "M{:.1},{:.1}C{:.1},{:.1} {:.1},{:.1} {:.1},{:.1}",
        p.x - r * 0.6,
        top,
        p.x - 40.0,
        top - 55.0,
        p.x + 40.0,
        top - 55.0,
        p.x + r * 0.6,
        top
    );
    (
        d,
        Point {
            x: p.x,
            y: top - 45.0,
        },
    )
}

fn node_svg(i: usize, node: &WireNode, p: Point) -> String {
    let style = kind_style(&node.kind);
    let r = radius(node.mentions);
    let shape = match style.shape {
        "box" | "component" | "note" => format!(
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"{}\"/>",
            -r,
            -r,
            2.0 * r,
            2.0 * r,
            if style.shape == "box" { 1 } else { 5 }
        ),
        "diamond" => format!(
            "<path d=\"M0,{:.1}L{r:.1},0L0,{r:.1}L{:.1},0z\"/>",
            -r * 1.2,
            -r * 1.2
        ),
        "hexagon" | "octagon" => format!(
            "<path d=\"M{:.1},0L{:.1},{:.1}L{:.1},{:.1}L{r:.1},0L{:.1},{r:.1}L{:.1},{r:.1}z\"/>",
            -r,
            -r / 2.0,
            -r,
            r / 2.0,
            -r,
            r / 2.0,
            -r / 2.0
        ),
        _ => format!("<circle r=\"{r:.1}\"/>"),
    };
    format!(
        "<g class=\"node\" data-n=\"{i}\" data-kind=\"{}\" transform=\"translate({:.1},{:.1})\" \
         fill=\"{}\" stroke=\"{}\">{shape}<text y=\"{:.1}\">{}</text><title>{}</title></g>\n",
        escape_attr(style.kind),
        p.x,
        p.y,
        style.fill,
        style.border,
        r + 13.0,
        escape_text(&short(&node.label)),
        escape_text(&format!(
            "{} ({}), {} mentions",
            node.label, node.kind, node.mentions
        )),
    )
}

/// Position of each id in a list; the first wins when ids repeat.
fn first_index<'a>(
    ids: impl DoubleEndedIterator<Item = &'a str> + ExactSizeIterator,
) -> BTreeMap<&'a str, usize> {
    ids.enumerate().rev().map(|(i, id)| (id, i)).collect()
}

/// The data block: nodes and groups in drawing order (indices match `data-n` and
/// `data-g`), mention edges, statements and documents as in `graph.json`.
fn data_json(graph: &GraphFile, view: &View) -> serde_json::Value {
    let edge_index = first_index(graph.edges.iter().map(|e| e.id.as_str()));
    let groups: Vec<serde_json::Value> = view
        .groups
        .iter()
        .map(|g| {
            let edges: Vec<usize> = g
                .edge_ids
                .iter()
                .filter_map(|id| edge_index.get(id.as_str()).copied())
                .collect();
            json!({
                "source": view.index.get(g.source.as_str()),
                "target": view.index.get(g.target.as_str()),
                "relation": g.relation,
                "label": g.label,
                "cameo": g.cameo,
                "tone": g.tone().name(),
                "mean_goldstein": (g.mean_goldstein * 100.0).round() / 100.0,
                "mentions": g.count(),
                "edges": edges,
            })
        })
        .collect();
    let stance_index = first_index(graph.stances.iter().map(|t| t.id.as_str()));
    let stance_groups: Vec<serde_json::Value> = view
        .stances
        .iter()
        .map(|t| {
            let members: Vec<usize> = t
                .stance_ids
                .iter()
                .filter_map(|id| stance_index.get(id.as_str()).copied())
                .collect();
            json!({
                "actor": view.index.get(t.actor.as_str()),
                "issue": view.index.get(t.issue.as_str()),
                "polarity": t.polarity,
                "stances": members,
            })
        })
        .collect();
    json!({
        "nodes": view.nodes,
        "groups": groups,
        "stance_groups": stance_groups,
        "stances": graph.stances,
        "edges": graph.edges,
        "statements": graph.statements,
        "documents": graph.documents,
    })
}
