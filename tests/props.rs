//! Property tests over arbitrary text, bytes, JSON Lines and graphs: nothing panics,
//! every offset is in bounds and on a character boundary, evidence sliced from the
//! body equals the stored text, and every export parses with a strict parser (DOT
//! with graphviz-rust's, XML with quick-xml, JSON with serde_json, CSV as RFC 4180).
//!
//! 256 cases per property; set `PROPTEST_CASES` for more.

#[path = "hostile/check.rs"]
mod check;

use proptest::prelude::*;
use stancegraph::error::ReadError;
use stancegraph::graph::Graph;
use stancegraph::model::Span;
use stancegraph::read::{
    clean_text, normalize_chars, parse_text_document, read_jsonl, read_text_bytes,
};
use stancegraph::{extract, Config, Document, Extraction, GraphFile, Lexicon};
use std::collections::BTreeMap;
use std::io::Cursor;
use std::sync::OnceLock;

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| Lexicon::builtin().expect("built-in lexicon loads"))
}

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(256);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Words the stages react to: names, titles, speech and event verbs, dates.
const WORDS: &[&str] = &[
    "Putin",
    "Vladimir Putin",
    "Zelensky",
    "Zelenskyy",
    "Volodymyr Zelensky",
    "Trump",
    "Donald Trump",
    "Lavrov",
    "Sergei Lavrov",
    "Rutte",
    "Macron",
    "Xi Jinping",
    "Russia",
    "Ukraine",
    "Kyiv",
    "Moscow",
    "the Kremlin",
    "the White House",
    "Washington",
    "NATO",
    "the EU",
    "the Russians",
    "he",
    "she",
    "they",
    "his",
    "her",
    "the two men",
    "the Ukrainian president",
    "the US president",
    "Russian Foreign Minister",
    "NATO chief",
    "said",
    "says",
    "told",
    "told reporters",
    "told NBC",
    "according to",
    "added",
    "who",
    "met",
    "meet",
    "meeting",
    "talks",
    "summit",
    "visited",
    "hosted",
    "accused",
    "criticized",
    "rejected",
    "refused",
    "ruled out a meeting with",
    "no meeting is planned",
    "urged",
    "demanded",
    "threatened",
    "sanctions",
    "attacked",
    "invaded",
    "praised",
    "supports",
    "ready to meet",
    "wants to",
    "plans to",
    "agreed to",
    "signed",
    "not",
    "never",
    "n't",
    "on Friday",
    "on Monday",
    "last week",
    "yesterday",
    "earlier in the week",
    "in 2014",
    "Mr.",
    "U.S.",
    "Gen.",
    "Jan.",
    "D.C.",
    "ceasefire",
    "that",
    "the",
    "and",
    "of",
    "with",
    "in",
    "a",
    "to",
    "oil and vinegar",
];

/// Punctuation, quotation marks and white space.
const MARKS: &[&str] = &[
    " ", " ", " ", " ", ".", ".", ",", ":", ";", "\"", "\"", "“", "”", "'", "’", "‘", "«", "»",
    "„", "(", ")", "—", "-", "\n", "\n\n", "?", "!", "…",
];

/// What scrapers, encodings and people trying to break things leave in text.
const HOSTILE: &[&str] = &[
    "<p>",
    "</p>",
    "<br>",
    "<br/>",
    "<div class=\"x\">",
    "<script>",
    "</script>",
    "<style>",
    "<!--",
    "-->",
    "<b",
    "<a href='",
    "&quot;",
    "&#8220;",
    "&#x201D;",
    "&amp;",
    "&lt;",
    "&gt;",
    "&nbsp;",
    "&#0;",
    "&#xD800;",
    "&#147;",
    "&#1114112;",
    "&rsquo;",
    "&",
    "\r\n",
    "\r",
    "\t",
    "\0",
    "\u{7}",
    "\u{1B}[31m",
    "\u{85}",
    "\u{A0}",
    "\u{200B}",
    "\u{200D}",
    "\u{FEFF}",
    "\u{2028}",
    "\u{2029}",
    "\u{202E}",
    "\u{FFFD}",
    "\u{FFFF}",
    "date 2025-08-22 ",
    "date 2025-13-01\n",
    "\\",
    "{",
    "}",
    "]]>",
    "é",
    "ё",
    "中",
    "🙂",
    "e\u{301}",
    "İ",
    "ß",
    "ﬁ",
    "ǅ",
    "Σ",
    "\u{10FFFF}",
];

/// Actors and event phrases for whole sentences, so relations are found too.
const ACTORS: &[&str] = &[
    "Putin",
    "Zelensky",
    "Trump",
    "Lavrov",
    "Russia",
    "Ukraine",
    "Moscow",
    "Kyiv",
    "the Kremlin",
    "NATO",
    "Rutte",
    "Macron",
    "China",
    "the EU",
    "he",
    "they",
];
const EVENTS: &[&str] = &[
    "met",
    "accused",
    "rejected a meeting with",
    "ruled out a meeting with",
    "visited",
    "praised",
    "threatened",
    "imposed sanctions on",
    "urged",
    "criticized",
    "is ready to meet",
    "signed an agreement with",
    "attacked",
    "did not meet",
    "hosted",
    "called on",
];
const WHEN: &[&str] = &[
    "",
    " on Friday",
    " last week",
    " yesterday",
    " in 2014",
    " on Monday",
];

/// A sentence `Actor event Actor when.`, or a quote with its speaker.
fn sentence() -> impl Strategy<Value = String> {
    let pick = |list: &'static [&'static str]| prop::sample::select(list);
    prop_oneof![
        (pick(ACTORS), pick(EVENTS), pick(ACTORS), pick(WHEN))
            .prop_map(|(a, e, b, w)| format!("{a} {e} {b}{w}. ")),
        (pick(ACTORS), pick(EVENTS), pick(ACTORS), pick(ACTORS))
            .prop_map(|(a, e, b, s)| format!("\"{a} {e} {b},\" {s} said. ")),
        (pick(ACTORS), pick(ACTORS), pick(EVENTS), pick(ACTORS))
            .prop_map(|(s, a, e, b)| format!("{s} said {a} had {e} {b}. ")),
    ]
}

fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => sentence(),
        6 => prop::sample::select(WORDS).prop_map(String::from),
        4 => prop::sample::select(MARKS).prop_map(String::from),
        2 => prop::sample::select(HOSTILE).prop_map(String::from),
        1 => any::<char>().prop_map(String::from),
        1 => "\\PC{1,6}",
    ]
}

/// Text made of the fragments above: news-like enough to produce actors, quotes
/// and relations, broken enough to reach the corners.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..90).prop_map(|v| v.concat())
}

fn in_text(text: &str, span: Span, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} out of bounds ({} bytes)",
        text.len()
    );
    prop_assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} not on character boundaries"
    );
    Ok(())
}

/// Every span an extraction holds lies in the body, on character boundaries.
fn check_spans(ex: &Extraction) -> Result<(), TestCaseError> {
    let text = &ex.doc.text;
    for s in &ex.statements {
        in_text(text, s.content, "statement")?;
        if let Some(cue) = s.cue {
            in_text(text, cue, "cue")?;
        }
    }
    for r in &ex.relations {
        in_text(text, r.evidence, "evidence")?;
        in_text(text, r.trigger, "trigger")?;
    }
    for s in &ex.stances {
        in_text(text, s.evidence, "stance evidence")?;
    }
    Ok(())
}

/// Extract every document into one graph; check spans, offsets and every format.
fn check_documents(docs: &[Document]) -> Result<GraphFile, TestCaseError> {
    let mut graph = Graph::new();
    for doc in docs {
        let ex = extract(doc, lexicon());
        check_spans(&ex)?;
        graph.add(&ex);
    }
    let wire = graph.to_wire();
    // Documents keep input order; ids may have been made unique.
    let bodies: BTreeMap<String, String> = wire
        .documents
        .iter()
        .zip(docs)
        .map(|(w, d)| (w.id.clone(), d.text.clone()))
        .collect();
    check::check_offsets(&wire, &bodies).map_err(TestCaseError::fail)?;
    check::check_all_formats(&wire).map_err(TestCaseError::fail)?;
    Ok(wire)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_text_extracts_with_sound_offsets_and_valid_exports(text in text()) {
        let config = Config {
            default_date: chrono::NaiveDate::from_ymd_opt(2025, 8, 22),
            ..Config::default()
        };
        match parse_text_document("doc", "doc.txt", &text, &config) {
            Ok(doc) => {
                prop_assert!(!doc.text.is_empty());
                prop_assert_eq!(doc.text.trim(), doc.text.as_str());
                check_documents(&[doc])?;
            }
            Err(ReadError::Empty { .. } | ReadError::Date { .. }) => {}
            Err(other) => prop_assert!(false, "unexpected error {other}"),
        }
    }

    #[test]
    fn arbitrary_bytes_read_or_fail_with_a_located_error(
        bytes in prop::collection::vec(any::<u8>(), 0..600),
        lossy in any::<bool>(),
    ) {
        let config = Config { lossy, ..Config::default() };
        match read_text_bytes(bytes.clone(), "b", "b.txt", &config) {
            Ok(doc) => {
                prop_assert!(!doc.text.is_empty());
                let bad = |c: char| (c.is_control() && c != '\n' && c != '\t')
                    || matches!(c, '\u{A0}' | '\u{200B}' | '\u{FEFF}' | '\u{202E}');
                prop_assert!(!doc.text.chars().any(bad), "{:?}", doc.text);
                check_documents(&[doc])?;
            }
            Err(ReadError::Utf8 { offset, line, .. }) => {
                prop_assert!(!lossy);
                let valid = match std::str::from_utf8(&bytes) {
                    Ok(_) => None,
                    Err(e) => Some(e.valid_up_to()),
                };
                prop_assert_eq!(Some(offset), valid);
                let lines = bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
                prop_assert_eq!(line, lines);
            }
            Err(ReadError::Empty { .. } | ReadError::Date { .. }) => {}
            Err(other) => prop_assert!(false, "unexpected error {other}"),
        }
    }

    #[test]
    fn cleaning_leaves_plain_text_alone_and_removes_what_it_promises(text in text()) {
        let cleaned = clean_text(&text);
        let bad = |c: char| c == '\r' || (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{A0}' | '\u{200B}' | '\u{200D}' | '\u{FEFF}' | '\u{202E}' | '\u{2028}' | '\u{2029}');
        prop_assert!(!cleaned.chars().any(bad), "{:?}", cleaned);
        // Without markup, cleaning is only the character normalization...
        if !text.contains(['<', '&']) {
            prop_assert_eq!(&cleaned, &normalize_chars(&text));
        }
        // ...and plain text is left exactly as it was.
        let plain = text.chars().all(|c| c == '\n' || c == '\t' || (!c.is_control()
            && !c.is_whitespace() && !matches!(c, '<' | '&' | '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')) || c == ' ');
        if plain {
            prop_assert_eq!(&cleaned, &text);
        }
    }
}

/// One line of a JSON Lines stream: a good record, a record with bad fields, a
/// truncated record, random bytes without a line break, or a blank line.
fn jsonl_line() -> impl Strategy<Value = Vec<u8>> {
    let date = prop_oneof![
        Just(serde_json::Value::Null),
        Just(serde_json::json!("2025-08-22")),
        Just(serde_json::json!("2025-08-22T10:00:00Z")),
        Just(serde_json::json!("22/08/2025")),
        Just(serde_json::json!(20250822)),
        "\\PC{0,12}".prop_map(serde_json::Value::from),
    ];
    let id = prop_oneof![
        Just(serde_json::Value::Null),
        "\\PC{0,12}".prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        Just(serde_json::json!(["x"])),
        Just(serde_json::json!("../../etc/passwd")),
    ];
    let record = (id, date, text(), text(), any::<bool>())
        .prop_map(|(id, date, text, title, has_text)| {
            let mut r = serde_json::json!({"id": id, "date": date, "title": title});
            if has_text {
                r["text"] = serde_json::Value::from(text);
            }
            r.to_string().into_bytes()
        })
        .boxed();
    prop_oneof![
        6 => record.clone(),
        1 => (record, any::<prop::sample::Index>()).prop_map(|(r, i)| r[..i.index(r.len() + 1)].to_vec()),
        1 => prop::collection::vec(any::<u8>().prop_filter("no line break", |b| *b != b'\n'), 0..40),
        1 => Just(Vec::new()),
        1 => Just(b"[1, 2]".to_vec()),
    ]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_json_lines_give_one_item_per_line_named_by_its_number(
        lines in prop::collection::vec(jsonl_line(), 0..12),
        crlf in any::<bool>(),
        lossy in any::<bool>(),
    ) {
        let sep: &[u8] = if crlf { b"\r\n" } else { b"\n" };
        let stream = lines.join(sep);
        let config = Config { lossy, ..Config::default() };
        let items: Vec<Result<Document, ReadError>> =
            read_jsonl(Cursor::new(stream), "in.jsonl", &config).collect();
        let expected: Vec<usize> = lines
            .iter()
            .enumerate()
            .filter(|(_, l)| !l.iter().all(|b| b.is_ascii_whitespace()))
            .map(|(i, _)| i + 1)
            .collect();
        prop_assert_eq!(items.len(), expected.len());
        let mut docs = Vec::new();
        for (item, line) in items.into_iter().zip(expected) {
            match item {
                Ok(doc) => {
                    prop_assert_eq!(&doc.source, &format!("in.jsonl:{line}"));
                    prop_assert!(!doc.text.is_empty());
                    docs.push(doc);
                }
                Err(e) => {
                    let message = e.to_string();
                    prop_assert!(message.starts_with(&format!("in.jsonl:{line}:")), "{}", message);
                }
            }
        }
        check_documents(&docs)?;
    }
}

// ---- graphs with arbitrary strings everywhere -------------------------------

/// Any string, weighted towards what breaks formats.
fn nasty() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::collection::vec(prop_oneof![
            prop::sample::select(HOSTILE).prop_map(String::from),
            prop::sample::select(MARKS).prop_map(String::from),
            prop::sample::select(&["node", "edge", "graph", "digraph", "subgraph", "strict",
                "->", "--", "[", "]", "=", ";", "\"", "'", "`", "%", "$", "=cmd", "@", "+"][..])
                .prop_map(String::from),
            any::<char>().prop_map(String::from),
        ], 0..8).prop_map(|v| v.concat()),
        1 => any::<String>(),
        1 => Just(String::new()),
    ]
}

fn date() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        Just(Some("2025-08-22".to_string())),
        Just(Some("1999-12-31".to_string())),
        nasty().prop_map(Some),
    ]
}

prop_compose! {
    fn node()(id in nasty(), label in nasty(), kind in prop_oneof![
        prop::sample::select(&["person", "state", "organization", "group", "media", "issue", "other"][..]).prop_map(String::from),
        nasty(),
    ], aliases in prop::collection::vec(nasty(), 0..3), roles in prop::collection::vec(nasty(), 0..2),
       mentions in 0usize..50) -> serde_json::Value {
        serde_json::json!({"id": id, "label": label, "kind": kind, "aliases": aliases,
            "affiliation": null, "mentions": mentions, "docs": ["d"], "roles": roles})
    }
}

prop_compose! {
    fn graph()(nodes in prop::collection::vec(node(), 0..6),
               edges in prop::collection::vec((any::<prop::sample::Index>(), any::<prop::sample::Index>(),
                   nasty(), nasty(), nasty(), (-100i32..=100).prop_map(|g| f64::from(g) / 10.0), nasty(), date(), nasty()), 0..8),
               statements in prop::collection::vec((nasty(), any::<prop::sample::Index>(), date()), 0..4),
               doc_id in nasty(), title in proptest::option::of(nasty()), url in proptest::option::of(nasty()))
        -> Option<GraphFile> {
        let mut seen = std::collections::BTreeSet::new();
        let mut nodes: Vec<serde_json::Value> = nodes
            .into_iter()
            .filter(|n| seen.insert(n["id"].as_str().unwrap_or("").to_string()))
            .collect();
        nodes.sort_by(|a, b| a["id"].as_str().cmp(&b["id"].as_str()));
        let ids: Vec<String> = nodes.iter().map(|n| n["id"].as_str().unwrap_or("").to_string()).collect();
        let edges: Vec<serde_json::Value> = if ids.is_empty() { Vec::new() } else {
            edges.into_iter().enumerate().map(|(i, (s, t, relation, label, cameo, goldstein, modality, date, evidence))| {
                let n = evidence.chars().count();
                serde_json::json!({
                    "id": format!("e{}", i + 1), "source": s.get(&ids), "target": t.get(&ids),
                    "relation": relation, "label": label, "cameo": cameo, "goldstein": goldstein,
                    "quad_class": 1 + (i % 4) as u8, "modality": modality, "reported_by": null,
                    "date": date, "doc": doc_id, "evidence": {"text": evidence, "start": 0, "end": n},
                })
            }).collect()
        };
        let statements: Vec<serde_json::Value> = statements.into_iter().enumerate().map(|(i, (text, speaker, date))| {
            let n = text.chars().count();
            serde_json::json!({
                "id": format!("s{}", i + 1), "speaker": (!ids.is_empty()).then(|| speaker.get(&ids).clone()),
                "text": text, "kind": "direct", "cue": "said", "addressee": null, "about": ids.iter().take(1).collect::<Vec<_>>(),
                "doc": doc_id, "date": date, "start": 0, "end": n,
            })
        }).collect();
        let file = serde_json::json!({
            "format": "stancegraph", "version": 1,
            "documents": [{"id": doc_id, "title": title, "date": "2025-08-22", "source": "x", "url": url}],
            "nodes": nodes, "edges": edges, "statements": statements, "stances": [],
        });
        serde_json::from_value(file).ok()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_strings_in_a_graph_give_valid_files_in_every_format(graph in graph()) {
        let graph = graph.expect("the generated graph matches the wire types");
        check::check_all_formats(&graph).map_err(TestCaseError::fail)?;
    }
}
