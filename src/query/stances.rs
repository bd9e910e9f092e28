//! Where actors stand on issues, read from a built graph's `stances` list: who is
//! for and against one issue ([`on_issue`]), one actor's positions ([`of_actor`]),
//! and the actors x issues [`matrix`], where a cell whose polarity changed over
//! time says so (`supports->opposes`).
//!
//! A stance is dated; an actor's stances on one issue, oldest first, make a
//! [`Track`]. Its latest polarity is where the actor stands now; its
//! [`Track::trajectory`] is how it got there. Names resolve as in the other
//! queries ([`resolve`](super::resolve)); an issue may also be named by the start
//! of its id or label (`nato-membership`).
//!
//! ```
//! use stancegraph::GraphFile;
//! use stancegraph::query::stances;
//!
//! let graph = GraphFile::load("tests/data/stances/graph.json".as_ref())?;
//! let nato = stances::on_issue(&graph, "nato-membership")?;
//! let against: Vec<&str> = nato.opposed().map(|t| t.other.id).collect();
//! assert_eq!(against, ["russia"]);
//!
//! let m = stances::matrix(&graph);
//! assert_eq!(m.cell("usa", "ceasefire_in_ukraine").map(|t| t.trajectory()).as_deref(),
//!            Some("opposes->supports"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use super::names::{closest_names, fold, resolve};
use super::profile::Named;
use super::text::{pad, truncate, width, wrap};
use crate::error::QueryError;
use crate::export::wire::{GraphFile, WireNode, WireStance};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write;

/// The polarities in the order answers list them.
pub const POLARITIES: [&str; 4] = ["supports", "opposes", "conditional", "neutral"];

/// What can go wrong asking about stances.
#[derive(Debug, thiserror::Error)]
pub enum StanceQueryError {
    /// The name matches no node, or several.
    #[error(transparent)]
    Name(#[from] QueryError),
    /// `--issue` named an actor.
    #[error("{name:?} is an actor ({id}), not an issue; issues in this graph: {}", list(.issues))]
    NotAnIssue {
        /// The name as the user wrote it.
        name: String,
        /// The node it names.
        id: String,
        /// The issue ids of the graph.
        issues: Vec<String>,
    },
    /// No issue has this id or label, and none starts with it.
    #[error("no issue named {name:?} in the graph; closest: {}", list(.closest))]
    UnknownIssue {
        /// The name as the user wrote it.
        name: String,
        /// The closest issue ids, best first.
        closest: Vec<String>,
    },
    /// `--actor` named an issue.
    #[error("{name:?} is an issue ({id}), not an actor: ask with --issue")]
    NotAnActor {
        /// The name as the user wrote it.
        name: String,
        /// The node it names.
        id: String,
    },
}

fn list(ids: &[String]) -> String {
    if ids.is_empty() {
        "none".to_string()
    } else {
        ids.join(", ")
    }
}

/// One actor's stances on one issue, oldest first.
#[derive(Debug, Clone, Serialize)]
pub struct Track<'g> {
    /// The other side of the pair: the actor in an issue's answer, the issue in an
    /// actor's answer, the actor in the matrix.
    pub other: Named<'g>,
    /// The stances, oldest first (by date, then in graph order).
    pub stances: Vec<&'g WireStance>,
}

impl<'g> Track<'g> {
    /// The latest stance.
    pub fn latest(&self) -> Option<&'g WireStance> {
        self.stances.last().copied()
    }

    /// The latest polarity (`supports`, `opposes`, `conditional`, `neutral`).
    pub fn polarity(&self) -> &'g str {
        self.latest().map_or("", |s| s.polarity.as_str())
    }

    /// The polarities over time with repeats collapsed, joined by `->`:
    /// `supports`, or `supports->opposes` when the actor changed its mind.
    pub fn trajectory(&self) -> String {
        let mut steps: Vec<&str> = Vec::new();
        for s in &self.stances {
            if steps.last() != Some(&s.polarity.as_str()) {
                steps.push(&s.polarity);
            }
        }
        steps.join("->")
    }

    /// True when the polarity changed over time.
    pub fn changed(&self) -> bool {
        self.trajectory().contains("->")
    }

    /// Dates of the first and the latest stance (`-` when unknown).
    pub fn span(&self) -> (&'g str, &'g str) {
        let date = |s: Option<&&'g WireStance>| s.and_then(|s| s.date.as_deref()).unwrap_or("-");
        (date(self.stances.first()), date(self.stances.last()))
    }
}

/// Who stands where on one issue.
#[derive(Debug, Clone, Serialize)]
pub struct IssueStances<'g> {
    /// The issue node.
    pub issue: Named<'g>,
    /// One track per actor, sorted by latest polarity (for, against, conditional,
    /// neutral), then by label.
    pub tracks: Vec<Track<'g>>,
}

impl<'g> IssueStances<'g> {
    /// The tracks whose latest polarity is `polarity`.
    pub fn with<'a>(&'a self, polarity: &'a str) -> impl Iterator<Item = &'a Track<'g>> + 'a {
        self.tracks.iter().filter(move |t| t.polarity() == polarity)
    }

    /// Actors for it now.
    pub fn supporters(&self) -> impl Iterator<Item = &Track<'g>> + '_ {
        self.with("supports")
    }

    /// Actors against it now.
    pub fn opposed(&self) -> impl Iterator<Item = &Track<'g>> + '_ {
        self.with("opposes")
    }
}

/// One actor's positions.
#[derive(Debug, Clone, Serialize)]
pub struct ActorStances<'g> {
    /// The actor node.
    pub actor: Named<'g>,
    /// One track per issue, sorted by issue label.
    pub tracks: Vec<Track<'g>>,
}

/// Actors x issues: the track of every pair that has one.
#[derive(Debug, Clone, Serialize)]
pub struct Matrix<'g> {
    /// Actors with at least one stance, by label.
    pub actors: Vec<Named<'g>>,
    /// Issues with at least one stance, by label.
    pub issues: Vec<Named<'g>>,
    /// `(actor index, issue index)` -> track.
    #[serde(skip)]
    pub cells: BTreeMap<(usize, usize), Track<'g>>,
}

impl<'g> Matrix<'g> {
    /// The track of `actor` on `issue` (ids), if there is one.
    pub fn cell(&self, actor: &str, issue: &str) -> Option<&Track<'g>> {
        let a = self.actors.iter().position(|n| n.id == actor)?;
        let i = self.issues.iter().position(|n| n.id == issue)?;
        self.cells.get(&(a, i))
    }
}

/// The stances in time order: by date (undated ones take their document's date,
/// else come first), then in graph order.
fn in_time_order(graph: &GraphFile) -> Vec<&WireStance> {
    let doc_date: BTreeMap<&str, &str> = graph
        .documents
        .iter()
        .filter_map(|d| d.date.as_deref().map(|date| (d.id.as_str(), date)))
        .collect();
    let mut out: Vec<(usize, &WireStance)> = graph.stances.iter().enumerate().collect();
    out.sort_by_key(|(i, s)| {
        let date = s
            .date
            .as_deref()
            .or_else(|| doc_date.get(s.doc.as_str()).copied())
            .unwrap_or("");
        (date, *i)
    });
    out.into_iter().map(|(_, s)| s).collect()
}

fn is_issue(node: &WireNode) -> bool {
    node.kind == "issue"
}

/// The issue a user means: a node [`resolve`] finds, or else the only issue whose
/// id or label starts with the name (`nato-membership`, `ceasefire`).
fn resolve_issue<'g>(graph: &'g GraphFile, name: &str) -> Result<&'g WireNode, StanceQueryError> {
    let issues = || graph.nodes.iter().filter(|n| is_issue(n));
    let ids = || issues().map(|n| n.id.clone()).collect::<Vec<_>>();
    match resolve(graph, name) {
        Ok(node) if is_issue(node) => Ok(node),
        Ok(node) => Err(StanceQueryError::NotAnIssue {
            name: name.to_string(),
            id: node.id.clone(),
            issues: ids(),
        }),
        Err(QueryError::UnknownActor { .. }) => {
            let wanted = fold(name);
            let starts: Vec<&WireNode> = issues()
                .filter(|n| fold(&n.id).starts_with(&wanted) || fold(&n.label).starts_with(&wanted))
                .collect();
            match starts.as_slice() {
                [one] => Ok(one),
                [] => Err(StanceQueryError::UnknownIssue {
                    name: name.to_string(),
                    closest: closest_names(issues().map(|n| n.id.as_str()), name),
                }),
                many => Err(QueryError::AmbiguousActor {
                    name: name.to_string(),
                    candidates: many.iter().map(|n| n.id.clone()).collect(),
                }
                .into()),
            }
        }
        Err(e) => Err(e.into()),
    }
}

/// Group `stances` into tracks keyed by `key`, named by `name`.
fn tracks<'g>(
    graph: &'g GraphFile,
    stances: impl Iterator<Item = &'g WireStance>,
    key: impl Fn(&'g WireStance) -> &'g str,
) -> Vec<Track<'g>> {
    let mut by: BTreeMap<&'g str, Vec<&'g WireStance>> = BTreeMap::new();
    for s in stances {
        by.entry(key(s)).or_default().push(s);
    }
    by.into_iter()
        .map(|(id, stances)| Track {
            other: Named::new(graph, id),
            stances,
        })
        .collect()
}

fn polarity_rank(p: &str) -> usize {
    POLARITIES
        .iter()
        .position(|x| *x == p)
        .unwrap_or(POLARITIES.len())
}

/// Who is for and against the issue named `name`, with their history.
pub fn on_issue<'g>(
    graph: &'g GraphFile,
    name: &str,
) -> Result<IssueStances<'g>, StanceQueryError> {
    let issue = resolve_issue(graph, name)?;
    let ordered = in_time_order(graph);
    let mut tracks = tracks(
        graph,
        ordered.into_iter().filter(|s| s.issue == issue.id),
        |s| s.actor.as_str(),
    );
    tracks.sort_by(|a, b| {
        (polarity_rank(a.polarity()), fold(a.other.label))
            .cmp(&(polarity_rank(b.polarity()), fold(b.other.label)))
    });
    Ok(IssueStances {
        issue: Named::new(graph, &issue.id),
        tracks,
    })
}

/// The positions of the actor named `name`, one track per issue.
pub fn of_actor<'g>(
    graph: &'g GraphFile,
    name: &str,
) -> Result<ActorStances<'g>, StanceQueryError> {
    let actor = resolve(graph, name)?;
    if is_issue(actor) {
        return Err(StanceQueryError::NotAnActor {
            name: name.to_string(),
            id: actor.id.clone(),
        });
    }
    let ordered = in_time_order(graph);
    let mut tracks = tracks(
        graph,
        ordered.into_iter().filter(|s| s.actor == actor.id),
        |s| s.issue.as_str(),
    );
    tracks.sort_by_key(|t| fold(t.other.label));
    Ok(ActorStances {
        actor: Named::new(graph, &actor.id),
        tracks,
    })
}

/// Every actor's track on every issue.
pub fn matrix(graph: &GraphFile) -> Matrix<'_> {
    let ordered = in_time_order(graph);
    let mut actors: Vec<Named> = Vec::new();
    let mut issues: Vec<Named> = Vec::new();
    for s in &ordered {
        if !actors.iter().any(|n| n.id == s.actor) {
            actors.push(Named::new(graph, &s.actor));
        }
        if !issues.iter().any(|n| n.id == s.issue) {
            issues.push(Named::new(graph, &s.issue));
        }
    }
    actors.sort_by_key(|n| (fold(n.label), n.id));
    issues.sort_by_key(|n| (fold(n.label), n.id));
    let mut cells: BTreeMap<(usize, usize), Track> = BTreeMap::new();
    for s in ordered {
        let (Some(a), Some(i)) = (
            actors.iter().position(|n| n.id == s.actor),
            issues.iter().position(|n| n.id == s.issue),
        ) else {
            continue;
        };
        cells
            .entry((a, i))
            .or_insert_with(|| Track {
                other: actors[a],
                stances: Vec::new(),
            })
            .stances
            .push(s);
    }
    Matrix {
        actors,
        issues,
        cells,
    }
}

// ---------------------------------------------------------------------------
// Layout
// ---------------------------------------------------------------------------

/// Where evidence starts under its row.
const DETAIL_INDENT: usize = 6;
/// The narrowest evidence column.
const MIN_TEXT: usize = 30;

/// `for` / `against` / ... as section titles.
fn heading(polarity: &str) -> &'static str {
    match polarity {
        "supports" => "FOR",
        "opposes" => "AGAINST",
        "conditional" => "CONDITIONAL",
        _ => "NEUTRAL",
    }
}

/// `stated`, `action`, or `as X tells it`.
fn basis(graph: &GraphFile, s: &WireStance) -> String {
    match (s.basis.as_str(), s.reported_by.as_deref()) {
        (_, Some(by)) => format!("as {} tells it", Named::new(graph, by).label),
        ("action", None) => "by action".to_string(),
        _ => "stated".to_string(),
    }
}

/// One line per stance of a track (oldest first), evidence wrapped under it.
fn track_lines(graph: &GraphFile, track: &Track, name_width: usize, columns: usize) -> String {
    let mut out = String::new();
    let text_width = columns.saturating_sub(DETAIL_INDENT).max(MIN_TEXT);
    for (k, s) in track.stances.iter().enumerate() {
        let name = if k == 0 {
            truncate(track.other.label, name_width)
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "  {}  {}  {}  {}  [{}]",
            pad(&name, name_width),
            pad(&s.polarity, 11),
            pad(s.date.as_deref().unwrap_or("-"), 10),
            s.doc,
            basis(graph, s)
        );
        for line in wrap(s.evidence.text.trim(), text_width) {
            let _ = writeln!(out, "{}{line}", " ".repeat(DETAIL_INDENT));
        }
    }
    out
}

fn name_width(tracks: &[Track], columns: usize) -> usize {
    tracks
        .iter()
        .map(|t| width(t.other.label))
        .max()
        .unwrap_or(0)
        .clamp(8, (columns / 3).max(8))
}

/// Who is for and against an issue, for people: a section per latest polarity,
/// each actor with its stances oldest first and their evidence.
pub fn issue_table(graph: &GraphFile, answer: &IssueStances, columns: usize) -> String {
    let mut out = format!("{} ({})\n", answer.issue.label, answer.issue.id);
    if answer.tracks.is_empty() {
        out.push_str("No stances on this issue.\n");
        return out;
    }
    let counts: Vec<String> = POLARITIES
        .iter()
        .map(|p| (p, answer.with(p).count()))
        .filter(|(_, n)| *n > 0)
        .map(|(p, n)| format!("{n} {}", heading(p).to_lowercase()))
        .collect();
    let _ = writeln!(out, "{}", counts.join(", "));
    let w = name_width(&answer.tracks, columns);
    for p in POLARITIES {
        let group: Vec<&Track> = answer.with(p).collect();
        if group.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{}", heading(p));
        for t in group {
            if t.changed() {
                let _ = writeln!(out, "  {} ({})", t.other.label, t.trajectory());
            }
            out.push_str(&track_lines(graph, t, w, columns));
        }
    }
    out
}

/// One actor's positions, for people: a line per issue with its trajectory, the
/// stances oldest first and their evidence.
pub fn actor_table(graph: &GraphFile, answer: &ActorStances, columns: usize) -> String {
    let mut out = format!("{} ({})\n", answer.actor.label, answer.actor.id);
    if answer.tracks.is_empty() {
        out.push_str("No stances recorded for this actor.\n");
        return out;
    }
    let w = name_width(&answer.tracks, columns);
    for t in &answer.tracks {
        let _ = writeln!(out, "\n{}: {}", t.other.label, t.trajectory());
        out.push_str(&track_lines(graph, t, w, columns));
    }
    out
}

/// The short form of a polarity, for matrices too wide for the words.
fn short(polarity: &str) -> &str {
    match polarity {
        "supports" => "for",
        "opposes" => "against",
        "conditional" => "cond",
        "neutral" => "neutral",
        other => other,
    }
}

/// The matrix as text: actors down, issues across, each cell the trajectory of
/// the pair (`supports->opposes`). When that is wider than `columns`, issues are
/// numbered in a legend and polarities shortened (`for->against`).
pub fn matrix_table(m: &Matrix, columns: usize) -> String {
    let wide = matrix_layout(m, false);
    if wide.lines().all(|l| width(l) <= columns) {
        return wide;
    }
    matrix_layout(m, true)
}

fn matrix_layout(m: &Matrix, compact: bool) -> String {
    if m.cells.is_empty() {
        return "No stances in this graph.\n".to_string();
    }
    let cell = |a: usize, i: usize| {
        m.cells.get(&(a, i)).map_or(String::new(), |t| {
            if compact {
                t.trajectory()
                    .split("->")
                    .map(short)
                    .collect::<Vec<_>>()
                    .join("->")
            } else {
                t.trajectory()
            }
        })
    };
    let actor_w = m
        .actors
        .iter()
        .map(|n| width(n.label))
        .max()
        .unwrap_or(5)
        .clamp(5, 28);
    let col_w: Vec<usize> = (0..m.issues.len())
        .map(|i| {
            (0..m.actors.len())
                .map(|a| width(&cell(a, i)))
                .max()
                .unwrap_or(0)
                .max(3)
        })
        .collect();
    let numbered = compact;
    let title = |i: usize| {
        if numbered {
            format!("[{}]", i + 1)
        } else {
            m.issues[i].id.to_string()
        }
    };
    let widths: Vec<usize> = col_w
        .iter()
        .enumerate()
        .map(|(i, w)| (*w).max(width(&title(i))))
        .collect();
    let mut out = String::new();
    let mut head = pad("ACTOR", actor_w);
    for (i, w) in widths.iter().enumerate() {
        head.push_str("  ");
        head.push_str(&pad(&title(i), *w));
    }
    let _ = writeln!(out, "{}", head.trim_end());
    for (a, actor) in m.actors.iter().enumerate() {
        let mut line = pad(&truncate(actor.label, actor_w), actor_w);
        for (i, w) in widths.iter().enumerate() {
            line.push_str("  ");
            let c = cell(a, i);
            line.push_str(&pad(if c.is_empty() { "." } else { &c }, *w));
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }
    if numbered {
        out.push('\n');
        for (i, n) in m.issues.iter().enumerate() {
            let _ = writeln!(out, "[{}] {} ({})", i + 1, n.label, n.id);
        }
    }
    out
}

/// The matrix as CSV: a header `actor,label,<issue ids...>`, then one row per
/// actor; a cell is the pair's trajectory (`supports->opposes`) or empty.
pub fn matrix_csv(m: &Matrix) -> String {
    let mut out = String::new();
    let head: Vec<String> = ["actor", "label"]
        .into_iter()
        .map(str::to_string)
        .chain(m.issues.iter().map(|n| n.id.to_string()))
        .collect();
    out.push_str(&csv_row(&head));
    for (a, actor) in m.actors.iter().enumerate() {
        let mut row = vec![actor.id.to_string(), actor.label.to_string()];
        row.extend((0..m.issues.len()).map(|i| {
            m.cells
                .get(&(a, i))
                .map_or(String::new(), Track::trajectory)
        }));
        out.push_str(&csv_row(&row));
    }
    out
}

/// One CSV line: fields quoted when they hold a comma, a quote or a line break.
fn csv_row(fields: &[String]) -> String {
    let cells: Vec<String> = fields
        .iter()
        .map(|f| {
            if f.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", f.replace('"', "\"\""))
            } else {
                f.clone()
            }
        })
        .collect();
    format!("{}\n", cells.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::wire::{WireDocument, WireEvidence};

    fn node(id: &str, label: &str, kind: &str) -> WireNode {
        serde_json::from_value(serde_json::json!({
            "id": id, "label": label, "kind": kind, "aliases": [], "mentions": 1, "docs": ["d1"]
        }))
        .expect("a minimal node")
    }

    fn stance(actor: &str, issue: &str, polarity: &str, doc: &str, date: &str) -> WireStance {
        WireStance {
            id: String::new(),
            actor: actor.into(),
            issue: issue.into(),
            polarity: polarity.into(),
            basis: "stated".into(),
            reported_by: None,
            doc: doc.into(),
            date: Some(date.into()),
            evidence: WireEvidence {
                text: format!("{actor} {polarity} {issue}"),
                start: 0,
                end: 1,
            },
        }
    }

    fn graph() -> GraphFile {
        let mut g = GraphFile::empty();
        g.documents = vec![WireDocument {
            id: "d1".into(),
            title: None,
            date: Some("2025-08-01".into()),
            source: "-".into(),
            url: None,
            input_id: None,
        }];
        g.nodes = vec![
            node("ceasefire_in_ukraine", "Ceasefire in Ukraine", "issue"),
            node(
                "nato_membership_for_ukraine",
                "NATO membership for Ukraine",
                "issue",
            ),
            node("russia", "Russia", "state"),
            node("ukraine", "Ukraine", "state"),
            node("usa", "United States", "state"),
        ];
        // Listed out of time order on purpose: the later one first.
        g.stances = vec![
            stance(
                "usa",
                "ceasefire_in_ukraine",
                "supports",
                "d2",
                "2025-08-20",
            ),
            stance("usa", "ceasefire_in_ukraine", "opposes", "d1", "2025-08-01"),
            stance(
                "russia",
                "nato_membership_for_ukraine",
                "opposes",
                "d1",
                "2025-08-01",
            ),
            stance(
                "ukraine",
                "nato_membership_for_ukraine",
                "supports",
                "d1",
                "2025-08-01",
            ),
            stance(
                "ukraine",
                "ceasefire_in_ukraine",
                "conditional",
                "d1",
                "2025-08-01",
            ),
        ];
        g
    }

    #[test]
    fn an_issue_lists_who_is_for_and_against() {
        let g = graph();
        let a = on_issue(&g, "nato-membership").expect("prefix of the id");
        let rows: Vec<(&str, &str)> = a
            .tracks
            .iter()
            .map(|t| (t.other.id, t.polarity()))
            .collect();
        assert_eq!(rows, [("ukraine", "supports"), ("russia", "opposes")]);
        let table = issue_table(&g, &a, 80);
        assert!(
            table.starts_with(
                "NATO membership for Ukraine (nato_membership_for_ukraine)\n1 for, 1 against\n"
            ),
            "{table}"
        );
    }

    #[test]
    fn a_track_is_in_time_order_and_says_when_it_changed() {
        let g = graph();
        let m = matrix(&g);
        let usa = m.cell("usa", "ceasefire_in_ukraine").expect("a cell");
        assert_eq!(usa.trajectory(), "opposes->supports");
        assert!(usa.changed());
        assert_eq!(usa.span(), ("2025-08-01", "2025-08-20"));
        let csv = matrix_csv(&m);
        assert_eq!(
            csv,
            "actor,label,ceasefire_in_ukraine,nato_membership_for_ukraine\n\
             russia,Russia,,opposes\n\
             ukraine,Ukraine,conditional,supports\n\
             usa,United States,opposes->supports,\n"
        );
        let table = matrix_table(&m, 200);
        assert!(table.contains("opposes->supports"), "{table}");
    }

    #[test]
    fn names_of_the_wrong_kind_are_refused() {
        let g = graph();
        let e = on_issue(&g, "Russia").unwrap_err();
        assert!(
            e.to_string().contains("is an actor (russia), not an issue"),
            "{e}"
        );
        let e = of_actor(&g, "ceasefire_in_ukraine").unwrap_err();
        assert!(e.to_string().contains("is an issue"), "{e}");
        let e = on_issue(&g, "sanctions").unwrap_err();
        assert!(
            e.to_string().contains("no issue named \"sanctions\""),
            "{e}"
        );
        let usa = of_actor(&g, "united states").expect("by label");
        assert_eq!(usa.tracks.len(), 1);
        assert_eq!(usa.tracks[0].trajectory(), "opposes->supports");
    }
}
