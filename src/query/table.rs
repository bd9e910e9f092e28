//! Aligned tables for people: query results, profiles and timelines.
//!
//! Every function takes the number of columns to fit (the terminal width is the
//! caller's business). Quotes are wrapped under their row; evidence is shortened
//! to one line around the word that triggered the relation.

use super::between::{Direction, Timeline};
use super::filter::{Hit, Matches};
use super::profile::{label_of, Profile};
use super::text::{pad, shorten_around, trigger, truncate, width, wrap};
use crate::export::wire::{GraphFile, WireEdge, WireStatement};
use std::fmt::Write;

/// Where quotes and evidence start under their row (past the date column).
const DETAIL_INDENT: usize = 12;
/// The narrowest text column we wrap to, however small the terminal.
const MIN_TEXT: usize = 24;

/// How a column behaves when the table is too wide, and how it aligns.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fit {
    /// Names and labels: cut (with an ellipsis) to make the table fit.
    Shrink,
    /// Dates, ids, codes: never cut below their natural width.
    Keep,
    /// Numbers: never cut, aligned right.
    Right,
}

/// A column: its title, the most characters a cell may take, and its fit.
struct Column {
    title: &'static str,
    max: usize,
    fit: Fit,
}

/// A column of names, cut first when the table is too wide.
const fn text(title: &'static str, max: usize) -> Column {
    Column {
        title,
        max,
        fit: Fit::Shrink,
    }
}

/// A column of short codes that is never cut.
const fn fixed(title: &'static str, max: usize) -> Column {
    Column {
        title,
        max,
        fit: Fit::Keep,
    }
}

/// A column of numbers, aligned right.
const fn number(title: &'static str, max: usize) -> Column {
    Column {
        title,
        max,
        fit: Fit::Right,
    }
}

/// A row: its cells and the lines printed under it.
struct Row {
    cells: Vec<String>,
    detail: Vec<String>,
}

/// The narrowest a shrinking column gets.
const MIN_SHRUNK: usize = 6;

/// Column widths: each the widest cell or title (up to its `max`), then the
/// widest shrinkable columns narrowed one at a time until a line fits `total`.
fn widths(columns: &[Column], rows: &[Row], indent: usize, total: usize) -> Vec<usize> {
    let mut widths: Vec<usize> = columns
        .iter()
        .enumerate()
        .map(|(i, col)| {
            let widest = rows.iter().map(|r| r.cells.get(i).map_or(0, |c| width(c)));
            widest
                .chain([width(col.title)])
                .max()
                .unwrap_or(0)
                .min(col.max)
        })
        .collect();
    let line = |w: &[usize]| indent + w.iter().sum::<usize>() + 2 * w.len().saturating_sub(1);
    while line(&widths) > total {
        let widest = columns
            .iter()
            .zip(&widths)
            .enumerate()
            .filter(|(_, (col, w))| col.fit == Fit::Shrink && **w > MIN_SHRUNK)
            .max_by_key(|(i, (_, w))| (**w, std::cmp::Reverse(*i)));
        match widest {
            Some((i, _)) => widths[i] -= 1,
            None => break,
        }
    }
    widths
}

/// Lay rows out under their column titles, two spaces apart, each line starting
/// with `indent` spaces and fitting `total` columns when it can; detail lines
/// start `indent + DETAIL_INDENT` in.
fn layout(columns: &[Column], rows: &[Row], indent: usize, total: usize) -> String {
    let widths = widths(columns, rows, indent, total);
    let line = |texts: Vec<&str>| -> String {
        let cells: Vec<String> = texts
            .iter()
            .zip(columns.iter().zip(&widths))
            .map(|(t, (col, w))| {
                let t = truncate(t, *w);
                match col.fit {
                    Fit::Right => format!("{}{t}", " ".repeat(w.saturating_sub(width(&t)))),
                    Fit::Shrink | Fit::Keep => pad(&t, *w),
                }
            })
            .collect();
        format!("{}{}", " ".repeat(indent), cells.join("  ").trim_end())
    };
    let mut out = String::new();
    out.push_str(&line(columns.iter().map(|c| c.title).collect()));
    out.push('\n');
    for row in rows {
        out.push_str(&line(row.cells.iter().map(String::as_str).collect()));
        out.push('\n');
        for detail in &row.detail {
            let _ = writeln!(out, "{}{detail}", " ".repeat(indent + DETAIL_INDENT));
        }
    }
    out
}

/// A Goldstein sum with its sign (`+3.4`, `-2.0`, `0.0`).
pub fn signed(x: f64) -> String {
    if x == 0.0 {
        "0.0".to_string()
    } else {
        format!("{x:+.1}")
    }
}

/// The date of an item, or a dash.
fn date_cell(date: Option<&str>) -> String {
    date.unwrap_or("-").to_string()
}

/// The labels of `ids`, comma-separated, or a dash for none.
fn labels(graph: &GraphFile, ids: &[String]) -> String {
    if ids.is_empty() {
        return "-".to_string();
    }
    ids.iter()
        .map(|id| label_of(graph, id))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The speaker's label, or `(unknown)` when no speaker was found.
fn speaker(graph: &GraphFile, s: &WireStatement) -> String {
    s.speaker.as_deref().map_or_else(
        || "(unknown)".to_string(),
        |id| label_of(graph, id).to_string(),
    )
}

/// The speech verb, with the addressee when there is one (`told NBC`).
fn cue(graph: &GraphFile, s: &WireStatement) -> String {
    let verb = s.cue.as_deref().unwrap_or("-");
    match s.addressee.as_deref() {
        // `told` and `tell` take their addressee directly; `said` needs a `to`.
        Some(to) if verb.starts_with("told") || verb.starts_with("tell") => {
            format!("{verb} {}", label_of(graph, to))
        }
        Some(to) => format!("{verb} to {}", label_of(graph, to)),
        None => verb.to_string(),
    }
}

/// The quote, in quotation marks when it is direct speech, wrapped.
fn quote_lines(s: &WireStatement, columns: usize) -> Vec<String> {
    let text = if s.kind == "direct" {
        format!("\"{}\"", s.text.trim())
    } else {
        s.text.trim().to_string()
    };
    wrap(&text, columns)
}

/// The relation's human label, or its name with spaces.
fn relation_name(e: &WireEdge) -> String {
    if e.label.is_empty() {
        e.relation.replace('_', " ")
    } else {
        e.label.clone()
    }
}

/// What a non-asserted relation is (`[intended]`, `[reported by X]`), as a
/// prefix of its evidence line; asserted relations have none.
fn modality(graph: &GraphFile, e: &WireEdge) -> Option<String> {
    match (e.modality.as_str(), e.reported_by.as_deref()) {
        ("asserted", None) => None,
        ("reported", Some(by)) => Some(format!("[reported by {}]", label_of(graph, by))),
        // Someone may also claim an intention (`Lavrov said Putin was ready to meet`).
        (m, Some(by)) => Some(format!("[{m}, reported by {}]", label_of(graph, by))),
        (m, None) => Some(format!("[{m}]")),
    }
}

/// The evidence of an edge on one line of `columns`, shortened around its
/// trigger word, after the modality when the relation is not asserted.
fn evidence_line(graph: &GraphFile, e: &WireEdge, columns: usize) -> String {
    let mut names: Vec<&str> = Vec::new();
    for id in [&e.target, &e.source] {
        if let Some(node) = graph.nodes.iter().find(|n| &n.id == id) {
            names.push(&node.label);
            names.extend(node.aliases.iter().map(String::as_str));
        }
    }
    let at = trigger(&e.evidence.text, &[&e.label, &e.relation], &names);
    match modality(graph, e) {
        Some(m) => {
            let room = columns.saturating_sub(width(&m) + 1).max(MIN_TEXT / 2);
            format!("{m} {}", shorten_around(&e.evidence.text, at, room))
        }
        None => shorten_around(&e.evidence.text, at, columns),
    }
}

/// How wide wrapped text under a row may be.
fn text_columns(total: usize, indent: usize) -> usize {
    total.saturating_sub(indent + DETAIL_INDENT).max(MIN_TEXT)
}

/// Statements as a table, each with its quote wrapped under it.
pub fn statements_table(
    graph: &GraphFile,
    statements: &[&WireStatement],
    columns: usize,
    indent: usize,
) -> String {
    let wrap_at = text_columns(columns, indent);
    let rows: Vec<Row> = statements
        .iter()
        .map(|s| Row {
            cells: vec![
                date_cell(s.date.as_deref()),
                s.id.clone(),
                speaker(graph, s),
                cue(graph, s),
                labels(graph, &s.about),
                s.kind.clone(),
                s.doc.clone(),
            ],
            detail: quote_lines(s, wrap_at),
        })
        .collect();
    let head = [
        fixed("DATE", 10),
        fixed("ID", 8),
        text("SPEAKER", 24),
        text("CUE", 16),
        text("ABOUT", 36),
        fixed("KIND", 8),
        text("DOC", 32),
    ];
    layout(&head, &rows, indent, columns)
}

/// Relations as a table, each with its evidence shortened under it (after its
/// modality, unless it is asserted).
pub fn relations_table(
    graph: &GraphFile,
    edges: &[&WireEdge],
    columns: usize,
    indent: usize,
) -> String {
    let wrap_at = text_columns(columns, indent);
    let rows: Vec<Row> = edges
        .iter()
        .map(|e| Row {
            cells: vec![
                date_cell(e.date.as_deref()),
                e.id.clone(),
                label_of(graph, &e.source).to_string(),
                relation_name(e),
                label_of(graph, &e.target).to_string(),
                e.cameo.clone(),
                format!("{:.1}", e.goldstein),
                e.doc.clone(),
            ],
            detail: vec![evidence_line(graph, e, wrap_at)],
        })
        .collect();
    let head = [
        fixed("DATE", 10),
        fixed("ID", 8),
        text("SOURCE", 24),
        text("RELATION", 28),
        text("TARGET", 24),
        fixed("CAMEO", 5),
        number("GOLD", 5),
        text("DOC", 32),
    ];
    layout(&head, &rows, indent, columns)
}

/// The answers of a query: a section of statements, then one of relations,
/// each newest first, and a note when `limit` hid some.
pub fn matches_table(graph: &GraphFile, matches: &Matches, columns: usize) -> String {
    let statements: Vec<&WireStatement> = matches.statements().collect();
    let edges: Vec<&WireEdge> = matches.relations().collect();
    let mut out = String::new();
    if !statements.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            count(statements.len(), "statement", "statements")
        );
        out.push_str(&statements_table(graph, &statements, columns, 0));
    }
    if !edges.is_empty() {
        if !out.is_empty() {
            out.push('\n');
        }
        let _ = writeln!(out, "{}", count(edges.len(), "relation", "relations"));
        out.push_str(&relations_table(graph, &edges, columns, 0));
    }
    if matches.total > matches.hits.len() {
        let _ = writeln!(
            out,
            "\n(the newest {} of {} matches; raise --limit to see more)",
            matches.hits.len(),
            matches.total
        );
    }
    out
}

/// `1 statement`, `3 statements`.
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A `name  value` line of a profile, the value wrapped with a hanging indent.
fn field(out: &mut String, name: &str, value: &str, columns: usize) {
    const NAME: usize = 13;
    let lines = wrap(value, columns.saturating_sub(NAME + 2).max(MIN_TEXT));
    for (i, line) in lines.iter().enumerate() {
        let label = if i == 0 { name } else { "" };
        let _ = writeln!(out, "  {}{line}", pad(label, NAME));
    }
}

/// An actor's profile: identity, counts, top `top` counterparts, latest statements.
pub fn profile_table(graph: &GraphFile, p: &Profile, top: usize, columns: usize) -> String {
    let node = p.node;
    let mut out = format!("{} ({}, {})\n", node.label, node.id, node.kind);
    field(&mut out, "aliases", &node.aliases.join(", "), columns);
    if let Some(a) = p.affiliation {
        field(
            &mut out,
            "affiliation",
            &format!("{} ({})", a.label, a.id),
            columns,
        );
    }
    if !node.roles.is_empty() {
        field(&mut out, "roles", &node.roles.join(", "), columns);
    }
    if !p.members.is_empty() {
        let names: Vec<&str> = p.members.iter().map(|m| m.label).collect();
        field(&mut out, "members", &names.join(", "), columns);
    }
    let mentions = format!(
        "{} in {}",
        node.mentions,
        count(node.docs.len(), "document", "documents")
    );
    field(&mut out, "mentions", &mentions, columns);
    let said = format!(
        "{} made, {} about {}",
        p.statements_made, p.statements_about, node.label
    );
    field(&mut out, "statements", &said, columns);
    let did = format!(
        "{} as source, {} as target, {} reported by {}",
        p.relations_out, p.relations_in, p.relations_reported, node.label
    );
    field(&mut out, "relations", &did, columns);
    out.push_str(&counterparts_table(p, top, columns));
    if !p.latest.is_empty() {
        let _ = writeln!(out, "\nLatest statements");
        out.push_str(&statements_table(graph, &p.latest, columns, 2));
    }
    out
}

/// The `top` counterparts of a profile, most contacts first.
fn counterparts_table(p: &Profile, top: usize, columns: usize) -> String {
    if p.counterparts.is_empty() {
        return "\nNo statements or relations with other actors.\n".to_string();
    }
    let rows: Vec<Row> = p
        .counterparts
        .iter()
        .take(top)
        .map(|c| Row {
            cells: vec![
                c.actor.label.to_string(),
                c.addresses.to_string(),
                c.addressed_by.to_string(),
                signed(c.goldstein_toward),
                signed(c.goldstein_from),
            ],
            detail: Vec::new(),
        })
        .collect();
    let head = [
        text("COUNTERPART", 32),
        number("ADDRESSES", 9),
        number("ADDRESSED BY", 12),
        number("NET TOWARD", 10),
        number("NET FROM", 8),
    ];
    let shown = if p.counterparts.len() > top {
        format!(" (top {top} of {})", p.counterparts.len())
    } else {
        String::new()
    };
    format!(
        "\nCounterparts, most contacts first{shown}\n{}",
        layout(&head, &rows, 2, columns)
    )
}

/// A timeline, oldest first, with the running Goldstein sum on every row.
pub fn timeline_table(graph: &GraphFile, t: &Timeline, columns: usize) -> String {
    let wrap_at = text_columns(columns, 0);
    let mut out = format!(
        "{} and {}: {}, {}, net Goldstein {}\n",
        t.a.label,
        t.b.label,
        count(t.relations(), "relation", "relations"),
        count(t.entries.len() - t.relations(), "statement", "statements"),
        signed(t.net_goldstein()),
    );
    let _ = writeln!(
        out,
        "-> is {} toward {}, <- the other way\n",
        t.a.label, t.b.label
    );
    let rows: Vec<Row> = t
        .entries
        .iter()
        .map(|entry| {
            let arrow = match entry.direction {
                Direction::AToB => "->",
                Direction::BToA => "<-",
            };
            let (what, cameo, gold, date, doc, detail) = match entry.item {
                Hit::Relation(e) => (
                    relation_name(e),
                    e.cameo.clone(),
                    format!("{:.1}", e.goldstein),
                    e.date.as_deref(),
                    &e.doc,
                    vec![evidence_line(graph, e, wrap_at)],
                ),
                Hit::Statement(s) => (
                    format!("{} ({})", cue(graph, s), s.kind),
                    String::new(),
                    String::new(),
                    s.date.as_deref(),
                    &s.doc,
                    quote_lines(s, wrap_at),
                ),
            };
            Row {
                cells: vec![
                    date_cell(date),
                    arrow.to_string(),
                    entry.item.id().to_string(),
                    what,
                    cameo,
                    gold,
                    signed(entry.running_goldstein),
                    doc.clone(),
                ],
                detail,
            }
        })
        .collect();
    let head = [
        fixed("DATE", 10),
        fixed("DIR", 3),
        fixed("ID", 8),
        text("WHAT", 28),
        fixed("CAMEO", 5),
        number("GOLD", 5),
        number("SUM", 7),
        text("DOC", 32),
    ];
    out.push_str(&layout(&head, &rows, 0, columns));
    out
}
