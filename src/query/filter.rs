//! Filters over statements and relations, and the `query` that applies them.

use super::names::{closest_names, fold, resolve};
use crate::error::QueryError;
use crate::export::wire::{GraphFile, WireEdge, WireStatement};
use chrono::NaiveDate;
use serde::Serialize;
use std::cmp::Reverse;
use std::collections::{BTreeSet, HashMap};

/// Which items a query returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Kind {
    /// Only statements (who said what about whom).
    Statements,
    /// Only relations (CAMEO-coded edges).
    Relations,
    /// Both, merged newest first.
    #[default]
    Both,
}

/// Conflict or cooperation, for relations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Quad class 3 or 4 (verbal or material conflict).
    Conflict,
    /// Quad class 1 or 2 (verbal or material cooperation).
    Cooperation,
}

impl Tone {
    /// Whether an edge has this tone. The quad class decides; an edge without a
    /// valid quad class falls back to the sign of its Goldstein weight (zero is neither).
    pub fn matches(self, edge: &WireEdge) -> bool {
        let conflict = match edge.quad_class {
            1 | 2 => false,
            3 | 4 => true,
            _ if edge.goldstein < 0.0 => true,
            _ if edge.goldstein > 0.0 => false,
            _ => return false,
        };
        conflict == (self == Tone::Conflict)
    }
}

/// What to look for. Every field left at its default matches everything; set
/// fields combine with "and".
///
/// Actor names (`speaker`, `about`, `source`, `target`) are resolved like
/// [`resolve`](super::resolve): id, label or alias, any case, diacritics ignored.
/// `speaker` and `about` only make sense for statements, and `source`, `target`,
/// `relation`, `cameo` and `tone` only for relations: setting one of them leaves
/// out the other kind, so `speaker` plus `cameo` matches nothing.
///
/// ```
/// use stancegraph::query::{Filter, Kind};
///
/// let filter = Filter::new().speaker("Lavrov").about("Zelenskyy").limit(3);
/// assert_eq!(filter.kind, Kind::Both);
/// assert!(filter.contradiction().is_none());
/// assert!(Filter::new().speaker("lavrov").cameo("12").contradiction().is_some());
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// Statements by this actor.
    pub speaker: Option<String>,
    /// Statements about this actor.
    pub about: Option<String>,
    /// Relations from this actor.
    pub source: Option<String>,
    /// Relations toward this actor.
    pub target: Option<String>,
    /// Relations with this name (`rejects_meeting`) or label (`rules out meeting with`).
    pub relation: Option<String>,
    /// Relations whose CAMEO code starts with this (`12` is every rejection, `125` one code).
    pub cameo: Option<String>,
    /// Only conflict or only cooperation relations.
    pub tone: Option<Tone>,
    /// Items dated on or after this day.
    pub since: Option<NaiveDate>,
    /// Items dated on or before this day.
    pub until: Option<NaiveDate>,
    /// Items from this document id.
    pub doc: Option<String>,
    /// Statements, relations or both.
    pub kind: Kind,
    /// Keep only the newest this many.
    pub limit: Option<usize>,
}

impl Filter {
    /// A filter that matches everything.
    pub fn new() -> Filter {
        Filter::default()
    }

    /// Statements by `name`.
    #[must_use]
    pub fn speaker(mut self, name: &str) -> Filter {
        self.speaker = Some(name.to_string());
        self
    }

    /// Statements about `name`.
    #[must_use]
    pub fn about(mut self, name: &str) -> Filter {
        self.about = Some(name.to_string());
        self
    }

    /// Relations from `name`.
    #[must_use]
    pub fn source(mut self, name: &str) -> Filter {
        self.source = Some(name.to_string());
        self
    }

    /// Relations toward `name`.
    #[must_use]
    pub fn target(mut self, name: &str) -> Filter {
        self.target = Some(name.to_string());
        self
    }

    /// Relations with this name or label.
    #[must_use]
    pub fn relation(mut self, name: &str) -> Filter {
        self.relation = Some(name.to_string());
        self
    }

    /// Relations whose CAMEO code starts with `code`.
    #[must_use]
    pub fn cameo(mut self, code: &str) -> Filter {
        self.cameo = Some(code.to_string());
        self
    }

    /// Only conflict or only cooperation relations.
    #[must_use]
    pub fn tone(mut self, tone: Tone) -> Filter {
        self.tone = Some(tone);
        self
    }

    /// Items dated on or after `day`.
    #[must_use]
    pub fn since(mut self, day: NaiveDate) -> Filter {
        self.since = Some(day);
        self
    }

    /// Items dated on or before `day`.
    #[must_use]
    pub fn until(mut self, day: NaiveDate) -> Filter {
        self.until = Some(day);
        self
    }

    /// Items from document `id`.
    #[must_use]
    pub fn doc(mut self, id: &str) -> Filter {
        self.doc = Some(id.to_string());
        self
    }

    /// Statements, relations or both.
    #[must_use]
    pub fn kind(mut self, kind: Kind) -> Filter {
        self.kind = kind;
        self
    }

    /// Keep only the newest `n` items.
    #[must_use]
    pub fn limit(mut self, n: usize) -> Filter {
        self.limit = Some(n);
        self
    }

    /// Whether some statement-only setting is set (`speaker`, `about`).
    fn wants_statements_only(&self) -> bool {
        self.speaker.is_some() || self.about.is_some()
    }

    /// Whether some relation-only setting is set.
    fn wants_relations_only(&self) -> bool {
        self.source.is_some()
            || self.target.is_some()
            || self.relation.is_some()
            || self.cameo.is_some()
            || self.tone.is_some()
    }

    /// Whether any setting narrows the result.
    pub fn is_active(&self) -> bool {
        *self != Filter::default()
    }

    /// Why this filter can never match anything, when the reason lies in the
    /// filter itself (it mixes statement-only and relation-only settings, or asks
    /// for one kind with settings of the other). Used to explain an empty answer.
    pub fn contradiction(&self) -> Option<&'static str> {
        let statements = self.wants_statements_only();
        let relations = self.wants_relations_only();
        if statements && relations {
            Some("--speaker and --about select statements, while --source, --target, --relation, --cameo, --conflict and --cooperation select relations: together they match nothing")
        } else if statements && self.kind == Kind::Relations {
            Some("--speaker and --about select statements, but --kind asks for relations")
        } else if relations && self.kind == Kind::Statements {
            Some("--source, --target, --relation, --cameo, --conflict and --cooperation select relations, but --kind asks for statements")
        } else {
            None
        }
    }
}

/// One answer: a statement or a relation of the graph.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Hit<'g> {
    /// Someone said something.
    Statement(&'g WireStatement),
    /// A relation between two actors.
    Relation(&'g WireEdge),
}

impl<'g> Hit<'g> {
    /// The item id (`s3`, `e12`).
    pub fn id(&self) -> &'g str {
        match self {
            Hit::Statement(s) => &s.id,
            Hit::Relation(e) => &e.id,
        }
    }

    /// The item's date, if it has a valid one.
    pub fn date(&self) -> Option<NaiveDate> {
        let text = match self {
            Hit::Statement(s) => s.date.as_deref(),
            Hit::Relation(e) => e.date.as_deref(),
        };
        text.and_then(parse_day)
    }

    /// The document id.
    pub fn doc(&self) -> &'g str {
        match self {
            Hit::Statement(s) => &s.doc,
            Hit::Relation(e) => &e.doc,
        }
    }

    /// Where it starts in its document (character offset).
    pub fn start(&self) -> usize {
        match self {
            Hit::Statement(s) => s.start,
            Hit::Relation(e) => e.evidence.start,
        }
    }

    /// The Goldstein weight of a relation; statements carry none.
    pub fn goldstein(&self) -> Option<f64> {
        match self {
            Hit::Statement(_) => None,
            Hit::Relation(e) => Some(e.goldstein),
        }
    }
}

/// Parse a `YYYY-MM-DD` day.
pub(crate) fn parse_day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// The answers to a query, newest first.
#[derive(Debug, Clone, PartialEq)]
pub struct Matches<'g> {
    /// The items kept, newest first (after `limit`).
    pub hits: Vec<Hit<'g>>,
    /// How many items matched before `limit` cut the list.
    pub total: usize,
}

impl<'g> Matches<'g> {
    /// The statements among the hits, in hit order.
    pub fn statements(&self) -> impl Iterator<Item = &'g WireStatement> + '_ {
        self.hits.iter().filter_map(|h| match h {
            Hit::Statement(s) => Some(*s),
            Hit::Relation(_) => None,
        })
    }

    /// The relations among the hits, in hit order.
    pub fn relations(&self) -> impl Iterator<Item = &'g WireEdge> + '_ {
        self.hits.iter().filter_map(|h| match h {
            Hit::Relation(e) => Some(*e),
            Hit::Statement(_) => None,
        })
    }

    /// Whether nothing matched.
    pub fn is_empty(&self) -> bool {
        self.hits.is_empty()
    }
}

/// A [`Filter`] with its names resolved against one graph.
#[derive(Debug)]
pub(crate) struct Matcher<'g> {
    speaker: Option<&'g str>,
    about: Option<&'g str>,
    source: Option<&'g str>,
    target: Option<&'g str>,
    /// Folded relation name or label.
    relation: Option<String>,
    cameo: Option<String>,
    tone: Option<Tone>,
    since: Option<NaiveDate>,
    until: Option<NaiveDate>,
    doc: Option<&'g str>,
    statements: bool,
    relations: bool,
}

impl<'g> Matcher<'g> {
    /// Resolve the names of `filter` in `graph`; unknown names are errors.
    pub(crate) fn new(graph: &'g GraphFile, filter: &Filter) -> Result<Matcher<'g>, QueryError> {
        let actor = |name: &Option<String>| -> Result<Option<&'g str>, QueryError> {
            name.as_deref()
                .map(|n| resolve(graph, n).map(|node| node.id.as_str()))
                .transpose()
        };
        Ok(Matcher {
            speaker: actor(&filter.speaker)?,
            about: actor(&filter.about)?,
            source: actor(&filter.source)?,
            target: actor(&filter.target)?,
            relation: filter
                .relation
                .as_deref()
                .map(|r| check_relation(graph, r))
                .transpose()?,
            cameo: filter.cameo.as_deref().map(check_cameo).transpose()?,
            tone: filter.tone,
            since: filter.since,
            until: filter.until,
            doc: filter
                .doc
                .as_deref()
                .map(|d| check_doc(graph, d))
                .transpose()?,
            statements: filter.kind != Kind::Relations && !filter.wants_relations_only(),
            relations: filter.kind != Kind::Statements && !filter.wants_statements_only(),
        })
    }

    /// Whether the date and document settings let this item through.
    fn common(&self, date: Option<&str>, doc: &str) -> bool {
        if self.doc.is_some_and(|d| d != doc) {
            return false;
        }
        if self.since.is_none() && self.until.is_none() {
            return true;
        }
        // An undated item cannot be shown to fall inside a period, so it is left out.
        let Some(day) = date.and_then(parse_day) else {
            return false;
        };
        self.since.is_none_or(|s| day >= s) && self.until.is_none_or(|u| day <= u)
    }

    /// Whether a statement matches.
    pub(crate) fn statement(&self, s: &WireStatement) -> bool {
        self.statements
            && self
                .speaker
                .is_none_or(|id| s.speaker.as_deref() == Some(id))
            && self.about.is_none_or(|id| s.about.iter().any(|a| a == id))
            && self.common(s.date.as_deref(), &s.doc)
    }

    /// Whether a relation matches.
    pub(crate) fn edge(&self, e: &WireEdge) -> bool {
        self.relations
            && self.source.is_none_or(|id| e.source == id)
            && self.target.is_none_or(|id| e.target == id)
            && self
                .relation
                .as_deref()
                .is_none_or(|r| fold(&e.relation) == r || fold(&e.label) == r)
            && self.cameo.as_deref().is_none_or(|c| e.cameo.starts_with(c))
            && self.tone.is_none_or(|t| t.matches(e))
            && self.common(e.date.as_deref(), &e.doc)
    }
}

/// The folded relation name, if some edge has it as name or label.
fn check_relation(graph: &GraphFile, name: &str) -> Result<String, QueryError> {
    let wanted = fold(name);
    if graph
        .edges
        .iter()
        .any(|e| fold(&e.relation) == wanted || fold(&e.label) == wanted)
    {
        return Ok(wanted);
    }
    let names: BTreeSet<&str> = graph.edges.iter().map(|e| e.relation.as_str()).collect();
    Err(QueryError::UnknownRelation {
        name: name.to_string(),
        closest: closest_names(names, name),
    })
}

/// The CAMEO prefix, if it is 2 to 4 ASCII digits (roots have two).
fn check_cameo(code: &str) -> Result<String, QueryError> {
    let code = code.trim();
    if (2..=4).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_digit()) {
        Ok(code.to_string())
    } else {
        Err(QueryError::BadCameo {
            value: code.to_string(),
        })
    }
}

/// The document id as stored, found by exact or folded match.
fn check_doc<'g>(graph: &'g GraphFile, id: &str) -> Result<&'g str, QueryError> {
    let found = graph
        .documents
        .iter()
        .find(|d| d.id == id)
        .or_else(|| graph.documents.iter().find(|d| fold(&d.id) == fold(id)));
    match found {
        Some(d) => Ok(d.id.as_str()),
        None => Err(QueryError::UnknownDocument {
            id: id.to_string(),
            closest: closest_names(graph.documents.iter().map(|d| d.id.as_str()), id),
        }),
    }
}

/// Everything in `graph` that `filter` matches, newest first.
///
/// Ties on the date are broken by document (in the graph's order) and then by
/// position in the text, so one article's items read in order; undated items come
/// last. `limit` keeps the first items of that order.
///
/// ```
/// use stancegraph::{GraphFile, query::{query, Filter}};
///
/// let graph = GraphFile::load("tests/data/query/graph.json".as_ref())?;
/// let found = query(&graph, &Filter::new().speaker("lavrov").about("Zelenskyy"))?;
/// let ids: Vec<&str> = found.hits.iter().map(|h| h.id()).collect();
/// assert_eq!(ids, ["s23", "s27", "s28", "s37", "s44", "s5", "s11"]);
///
/// // Every rejection (CAMEO root 12), newest first.
/// let rejections = query(&graph, &Filter::new().cameo("12"))?;
/// assert!(rejections.relations().all(|e| e.cameo.starts_with("12")));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn query<'g>(graph: &'g GraphFile, filter: &Filter) -> Result<Matches<'g>, QueryError> {
    let matcher = Matcher::new(graph, filter)?;
    let statements = graph
        .statements
        .iter()
        .filter(|s| matcher.statement(s))
        .map(Hit::Statement);
    let edges = graph
        .edges
        .iter()
        .filter(|e| matcher.edge(e))
        .map(Hit::Relation);
    let mut hits: Vec<Hit<'g>> = statements.chain(edges).collect();
    DocOrder::new(graph).sort_newest_first(&mut hits);
    let total = hits.len();
    if let Some(limit) = filter.limit {
        hits.truncate(limit);
    }
    Ok(Matches { hits, total })
}

/// Orders items by date, then by document position in the graph, then by offset.
pub(crate) struct DocOrder<'g> {
    docs: HashMap<&'g str, usize>,
}

/// The sort key of an item: undated last, the date (reversed for newest first),
/// document position, offset, statements before relations, then the id by number.
type SortKey<'g> = (
    bool,
    Reverse<Option<NaiveDate>>,
    Option<NaiveDate>,
    usize,
    usize,
    bool,
    IdKey<'g>,
);

/// An id split for natural order: `e9` before `e10`.
type IdKey<'g> = (&'g str, Option<u64>, &'g str);

impl<'g> DocOrder<'g> {
    /// The document order of `graph`.
    pub(crate) fn new(graph: &'g GraphFile) -> DocOrder<'g> {
        DocOrder {
            docs: graph
                .documents
                .iter()
                .enumerate()
                .map(|(i, d)| (d.id.as_str(), i))
                .collect(),
        }
    }

    /// The key of `hit`, newest first or oldest first.
    fn key(&self, hit: &Hit<'g>, newest_first: bool) -> SortKey<'g> {
        let date = hit.date();
        // Only one of the two date slots is used; the other stays `None` everywhere.
        let (newest, oldest) = if newest_first {
            (date, None)
        } else {
            (None, date)
        };
        (
            date.is_none(),
            Reverse(newest),
            oldest,
            // Unknown documents go last.
            self.docs.get(hit.doc()).copied().unwrap_or(usize::MAX),
            hit.start(),
            matches!(hit, Hit::Relation(_)),
            natural(hit.id()),
        )
    }

    /// Sort newest date first, undated last, then in text order.
    pub(crate) fn sort_newest_first(&self, hits: &mut [Hit<'g>]) {
        hits.sort_by_cached_key(|h| self.key(h, true));
    }

    /// Sort oldest date first, undated last, then in text order.
    pub(crate) fn sort_oldest_first<T>(&self, items: &mut [T], hit: impl Fn(&T) -> Hit<'g>) {
        items.sort_by_cached_key(|item| self.key(&hit(item), false));
    }
}

/// An id split into its prefix and number, so `e9` sorts before `e10`.
fn natural(id: &str) -> IdKey<'_> {
    let prefix_len = id.len() - id.trim_start_matches(|c: char| !c.is_ascii_digit()).len();
    let (prefix, number) = id.split_at(prefix_len);
    (prefix, number.parse::<u64>().ok(), id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edge(quad_class: u8, goldstein: f64) -> WireEdge {
        WireEdge {
            id: "e1".into(),
            source: "a".into(),
            target: "b".into(),
            relation: "r".into(),
            label: String::new(),
            cameo: "010".into(),
            goldstein,
            quad_class,
            modality: "asserted".into(),
            reported_by: None,
            date: None,
            doc: "d".into(),
            evidence: crate::export::wire::WireEvidence {
                text: String::new(),
                start: 0,
                end: 0,
            },
            aggregate: None,
        }
    }

    #[test]
    fn tone_uses_quad_class_then_goldstein_sign() {
        for (quad, gold, conflict, cooperation) in [
            (1, 3.4, false, true),
            (2, 7.0, false, true),
            (3, -2.0, true, false),
            (4, -10.0, true, false),
            // Quad class wins over the sign (cameo 011 is -0.1 in class 1).
            (1, -0.1, false, true),
            (0, -4.0, true, false),
            (0, 4.0, false, true),
            (0, 0.0, false, false),
        ] {
            let e = edge(quad, gold);
            assert_eq!(Tone::Conflict.matches(&e), conflict, "{quad} {gold}");
            assert_eq!(Tone::Cooperation.matches(&e), cooperation, "{quad} {gold}");
        }
    }

    #[test]
    fn cameo_prefix_must_be_digits() {
        assert_eq!(check_cameo("12").ok().as_deref(), Some("12"));
        assert_eq!(check_cameo(" 1211 ").ok().as_deref(), Some("1211"));
        for bad in ["1", "12345", "1a", "", "rej"] {
            assert!(check_cameo(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn natural_order_of_ids() {
        let mut ids = vec!["e10", "e9", "s2", "e1", "x"];
        ids.sort_by_key(|id| natural(id));
        assert_eq!(ids, ["e1", "e9", "e10", "s2", "x"]);
    }
}
