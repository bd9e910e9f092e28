//! Answers for scripts: JSON, JSON Lines and CSV.
//!
//! Statements and relations are written as the `graph.json` contract writes them
//! (same field names and values), so a script that reads `graph.json` reads these
//! too. JSON Lines add a `type` field (`statement` or `relation`) to each line;
//! CSV has one column set for both kinds, empty where a field does not apply.

use super::between::{Direction, Timeline};
use super::filter::Hit;
use super::profile::Profile;
use crate::error::WriteError;
use serde::Serialize;

/// The CSV columns of a hit.
pub const CSV_COLUMNS: &[&str] = &[
    "type",
    "id",
    "date",
    "doc",
    "speaker",
    "about",
    "kind",
    "cue",
    "addressee",
    "source",
    "target",
    "relation",
    "label",
    "cameo",
    "goldstein",
    "quad_class",
    "modality",
    "reported_by",
    "text",
    "start",
    "end",
];

/// Serialize `value` as pretty JSON with a final newline.
fn pretty<T: Serialize + ?Sized>(value: &T, what: &str) -> Result<String, WriteError> {
    let mut text = serde_json::to_string_pretty(value).map_err(|e| WriteError::Serialize {
        what: what.to_string(),
        message: e.to_string(),
    })?;
    text.push('\n');
    Ok(text)
}

/// Serialize `value` as one line of JSON with a final newline.
fn line<T: Serialize + ?Sized>(value: &T, what: &str) -> Result<String, WriteError> {
    let mut text = serde_json::to_string(value).map_err(|e| WriteError::Serialize {
        what: what.to_string(),
        message: e.to_string(),
    })?;
    text.push('\n');
    Ok(text)
}

/// `{"statements": [...], "relations": [...]}`, each list in hit order.
///
/// ```
/// use stancegraph::{GraphFile, query::{query, records, Filter}};
///
/// let graph = GraphFile::load("tests/data/query/graph.json".as_ref())?;
/// let found = query(&graph, &Filter::new().cameo("125"))?;
/// let json: serde_json::Value = serde_json::from_str(&records::hits_json(&found.hits)?)?;
/// assert_eq!(json["relations"][0]["id"], "e30");
/// assert_eq!(json["statements"].as_array().map(Vec::len), Some(0));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn hits_json(hits: &[Hit]) -> Result<String, WriteError> {
    #[derive(Serialize)]
    struct Plain<'a, 'g> {
        statements: Vec<Unwrapped<'a, 'g>>,
        relations: Vec<Unwrapped<'a, 'g>>,
    }
    let (statements, relations): (Vec<&Hit>, Vec<&Hit>) =
        hits.iter().partition(|h| matches!(h, Hit::Statement(_)));
    pretty(
        &Plain {
            statements: statements.into_iter().map(Unwrapped).collect(),
            relations: relations.into_iter().map(Unwrapped).collect(),
        },
        "query answer",
    )
}

/// A hit serialized as its wire object alone, without the `type` tag.
struct Unwrapped<'a, 'g>(&'a Hit<'g>);

impl Serialize for Unwrapped<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Hit::Statement(s) => s.serialize(serializer),
            Hit::Relation(e) => e.serialize(serializer),
        }
    }
}

/// One JSON object per line, each with a `type` field, in hit order.
pub fn hits_jsonl(hits: &[Hit]) -> Result<String, WriteError> {
    let mut out = String::new();
    for hit in hits {
        out.push_str(&line(hit, "query answer")?);
    }
    Ok(out)
}

/// CSV with a header row ([`CSV_COLUMNS`]), one row per hit, in hit order.
/// Fields are quoted as RFC 4180 says (lines end in a plain line feed); lists
/// (`about`) are joined with `|`.
pub fn hits_csv(hits: &[Hit]) -> String {
    let mut out = csv_row(CSV_COLUMNS.iter().map(|c| c.to_string()));
    for hit in hits {
        out.push_str(&csv_row(hit_fields(hit)));
    }
    out
}

/// The CSV fields of a hit, in [`CSV_COLUMNS`] order.
fn hit_fields(hit: &Hit) -> Vec<String> {
    let opt = |v: Option<&str>| v.unwrap_or("").to_string();
    match hit {
        Hit::Statement(s) => vec![
            "statement".into(),
            s.id.clone(),
            opt(s.date.as_deref()),
            s.doc.clone(),
            opt(s.speaker.as_deref()),
            s.about.join("|"),
            s.kind.clone(),
            opt(s.cue.as_deref()),
            opt(s.addressee.as_deref()),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            s.text.clone(),
            s.start.to_string(),
            s.end.to_string(),
        ],
        Hit::Relation(e) => vec![
            "relation".into(),
            e.id.clone(),
            opt(e.date.as_deref()),
            e.doc.clone(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            e.source.clone(),
            e.target.clone(),
            e.relation.clone(),
            e.label.clone(),
            e.cameo.clone(),
            format!("{:?}", e.goldstein),
            e.quad_class.to_string(),
            e.modality.clone(),
            opt(e.reported_by.as_deref()),
            e.evidence.text.clone(),
            e.evidence.start.to_string(),
            e.evidence.end.to_string(),
        ],
    }
}

/// One CSV line: fields quoted when they hold a comma, a quote or a line break.
fn csv_row(fields: impl IntoIterator<Item = String>) -> String {
    let quoted: Vec<String> = fields
        .into_iter()
        .map(|f| {
            if f.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", f.replace('"', "\"\""))
            } else {
                f
            }
        })
        .collect();
    let mut out = quoted.join(",");
    out.push('\n');
    out
}

/// A profile as pretty JSON.
pub fn profile_json(profile: &Profile) -> Result<String, WriteError> {
    pretty(profile, "actor profile")
}

/// A timeline as pretty JSON: `a`, `b` and the `entries` with their running sums.
pub fn timeline_json(timeline: &Timeline) -> Result<String, WriteError> {
    pretty(timeline, "timeline")
}

/// A timeline as JSON Lines: one entry per line, oldest first.
pub fn timeline_jsonl(timeline: &Timeline) -> Result<String, WriteError> {
    let mut out = String::new();
    for entry in &timeline.entries {
        out.push_str(&line(entry, "timeline")?);
    }
    Ok(out)
}

/// A timeline as CSV: `direction` and `running_goldstein`, then the hit columns.
pub fn timeline_csv(timeline: &Timeline) -> String {
    let head = ["direction", "running_goldstein"]
        .into_iter()
        .chain(CSV_COLUMNS.iter().copied())
        .map(str::to_string);
    let mut out = csv_row(head);
    for entry in &timeline.entries {
        let direction = match entry.direction {
            Direction::AToB => "a_to_b",
            Direction::BToA => "b_to_a",
        };
        let mut fields = vec![
            direction.to_string(),
            format!("{:?}", entry.running_goldstein),
        ];
        fields.extend(hit_fields(&entry.item));
        out.push_str(&csv_row(fields));
    }
    out
}
