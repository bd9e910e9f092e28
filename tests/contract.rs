//! `graph.json` and `graph.dot` of the example articles checked against the output
//! contract (`shared/OUTPUT_CONTRACT.md`) field by field: required fields and their
//! types, kinds and modalities from the allowed sets, every id a reference points
//! to exists, offsets are character offsets that give back the quoted text, and the
//! output is deterministic. The DOT goes through graphviz-rust's parser and, where
//! Graphviz is installed, through `dot` itself.

mod common;

use common::{bin, body, built_examples, char_slice, is_ymd, load_json, repo, root};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

const NODE_KINDS: &[&str] = &[
    "person",
    "state",
    "organization",
    "group",
    "media",
    "issue",
    "other",
];
const MODALITIES: &[&str] = &["asserted", "reported", "intended", "hypothetical"];
const STATEMENT_KINDS: &[&str] = &["direct", "indirect"];
const POLARITIES: &[&str] = &["supports", "opposes", "conditional", "neutral"];

/// One CAMEO code of the codebook: Goldstein weight (when published), quad class.
type Codebook = HashMap<String, (Option<f64>, u64)>;

/// The codebook the contract names (`shared/cameo/cameo_codes.tsv`), or the crate's
/// copy of it when the shared folder is absent.
fn codebook() -> Codebook {
    let shared = root().join("../shared/cameo/cameo_codes.tsv");
    let path = if shared.is_file() {
        shared
    } else {
        repo("data/cameo.tsv")
    };
    let text = std::fs::read_to_string(&path).expect("codebook readable");
    let mut header: Option<Vec<&str>> = None;
    let mut codes = Codebook::new();
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        let Some(columns) = &header else {
            header = Some(cells);
            continue;
        };
        let cell = |name: &str| {
            let i = columns.iter().position(|c| *c == name);
            i.and_then(|i| cells.get(i)).map(|c| c.trim()).unwrap_or("")
        };
        let goldstein = cell("goldstein").parse::<f64>().ok();
        let quad = cell("quad_class").parse::<u64>().expect("quad class");
        codes.insert(cell("code").to_string(), (goldstein, quad));
    }
    assert!(codes.len() > 200, "{}: too few codes", path.display());
    codes
}

/// Collects every violation with its place, so one run lists all of them.
struct Checker {
    problems: Vec<String>,
}

impl Checker {
    fn fail(&mut self, at: &str, what: impl std::fmt::Display) {
        self.problems.push(format!("{at}: {what}"));
    }

    fn check(&mut self, ok: bool, at: &str, what: impl std::fmt::Display) {
        if !ok {
            self.fail(at, what);
        }
    }

    fn object<'v>(&mut self, v: &'v Value, at: &str) -> Option<&'v Map<String, Value>> {
        let o = v.as_object();
        self.check(o.is_some(), at, "not an object");
        o
    }

    fn string<'v>(&mut self, o: &'v Map<String, Value>, key: &str, at: &str) -> &'v str {
        match o.get(key) {
            Some(Value::String(s)) => s,
            Some(other) => {
                self.fail(&format!("{at}.{key}"), format!("not a string: {other}"));
                ""
            }
            None => {
                self.fail(&format!("{at}.{key}"), "missing");
                ""
            }
        }
    }

    /// A required field that may be null.
    fn nullable_string<'v>(
        &mut self,
        o: &'v Map<String, Value>,
        key: &str,
        at: &str,
    ) -> Option<&'v str> {
        match o.get(key) {
            Some(Value::String(s)) => Some(s),
            Some(Value::Null) => None,
            Some(other) => {
                self.fail(
                    &format!("{at}.{key}"),
                    format!("not a string or null: {other}"),
                );
                None
            }
            None => {
                self.fail(
                    &format!("{at}.{key}"),
                    "missing (null is allowed, absent is not)",
                );
                None
            }
        }
    }

    fn count(&mut self, o: &Map<String, Value>, key: &str, at: &str) -> usize {
        match o.get(key).and_then(Value::as_u64) {
            Some(n) => n as usize,
            None => {
                self.fail(&format!("{at}.{key}"), "missing or not a whole number");
                0
            }
        }
    }

    fn strings<'v>(&mut self, o: &'v Map<String, Value>, key: &str, at: &str) -> Vec<&'v str> {
        match o.get(key).and_then(Value::as_array) {
            Some(items) => items
                .iter()
                .filter_map(|v| {
                    let s = v.as_str();
                    self.check(s.is_some(), &format!("{at}.{key}"), "holds a non-string");
                    s
                })
                .collect(),
            None => {
                self.fail(&format!("{at}.{key}"), "missing or not an array");
                Vec::new()
            }
        }
    }

    fn one_of(&mut self, value: &str, allowed: &[&str], at: &str) {
        self.check(
            allowed.contains(&value),
            at,
            format!("{value:?} is not one of {allowed:?}"),
        );
    }

    fn date(&mut self, value: Option<&str>, at: &str) {
        if let Some(d) = value {
            self.check(is_ymd(d), at, format!("{d:?} is not YYYY-MM-DD"));
        }
    }

    /// `start`/`end` are character offsets into `body` that give back `text`.
    fn span(&mut self, body: Option<&str>, o: &Map<String, Value>, text: &str, at: &str) {
        let (start, end) = (self.count(o, "start", at), self.count(o, "end", at));
        let Some(body) = body else { return };
        match char_slice(body, start, end) {
            Some(piece) if piece == text => {}
            Some(piece) => self.fail(
                at,
                format!("body[{start}..{end}] (characters) is {piece:?}, not {text:?}"),
            ),
            None => self.fail(at, format!("{start}..{end} is not a span of the body")),
        }
    }
}

/// Checks that the items of one list come in document then text order: each
/// item's (document's place in `documents`, `start`) is not before the last one's.
struct TextOrder<'a> {
    documents: &'a [String],
    list: &'static str,
    last: Option<(usize, usize)>,
}

impl<'a> TextOrder<'a> {
    fn new(documents: &'a [String], list: &'static str) -> Self {
        TextOrder {
            documents,
            list,
            last: None,
        }
    }

    fn check(&mut self, c: &mut Checker, doc: &str, item: &Map<String, Value>, at: &str) {
        let place = self
            .documents
            .iter()
            .position(|d| d == doc)
            .unwrap_or(usize::MAX);
        let start = item.get("start").and_then(Value::as_u64).unwrap_or(0) as usize;
        let here = (place, start);
        if let Some(prev) = self.last {
            c.check(
                prev <= here,
                at,
                format!("{} are not in document then text order", self.list),
            );
        }
        self.last = Some(here);
    }
}

/// Assert that a graph meets the contract, listing every violation.
fn assert_contract(graph: &Value, what: &str) {
    let problems = contract_problems(graph);
    assert!(
        problems.is_empty(),
        "{what} breaks the contract in {} places:\n  {}",
        problems.len(),
        problems.join("\n  ")
    );
}

/// Every way a whole `graph.json` breaks the contract. Document bodies are read
/// from each document's `source`, relative to the repository root.
fn contract_problems(graph: &Value) -> Vec<String> {
    let codes = codebook();
    let mut c = Checker {
        problems: Vec::new(),
    };
    let Some(top) = c.object(graph, "graph") else {
        return c.problems;
    };
    c.check(
        top.get("format") == Some(&Value::from("stancegraph")),
        "format",
        "is not \"stancegraph\"",
    );
    c.check(
        top.get("version") == Some(&Value::from(1)),
        "version",
        "is not 1",
    );
    for key in ["documents", "nodes", "edges", "statements"] {
        c.check(
            top.get(key).is_some_and(Value::is_array),
            key,
            "missing or not an array",
        );
    }
    let list = |key: &str| graph[key].as_array().cloned().unwrap_or_default();

    // Documents: unique ids; bodies read from their source files.
    let mut bodies: BTreeMap<String, Option<String>> = BTreeMap::new();
    let mut doc_order: Vec<String> = Vec::new();
    for (i, d) in list("documents").iter().enumerate() {
        let at = format!("documents[{i}]");
        let Some(d) = c.object(d, &at) else { continue };
        let id = c.string(d, "id", &at).to_string();
        c.check(!id.is_empty(), &at, "empty id");
        c.nullable_string(d, "title", &at);
        let date = c.nullable_string(d, "date", &at);
        c.date(date, &format!("{at}.date"));
        let source = c.string(d, "source", &at);
        let text = std::fs::read_to_string(root().join(source));
        c.check(
            text.is_ok(),
            &at,
            format!("source {source:?} cannot be read"),
        );
        let b = text.ok().map(|t| body(&t));
        c.check(
            bodies.insert(id.clone(), b).is_none(),
            &at,
            format!("document id {id:?} is not unique"),
        );
        doc_order.push(id);
    }
    let docs: BTreeSet<&str> = bodies.keys().map(String::as_str).collect();

    // Nodes: sorted unique slugs, allowed kinds, documents that exist.
    let nodes = list("nodes");
    let mut ids: Vec<String> = Vec::new();
    for (i, n) in nodes.iter().enumerate() {
        let at = format!("nodes[{i}]");
        let Some(n) = c.object(n, &at) else { continue };
        let id = c.string(n, "id", &at);
        let slug = !id.is_empty()
            && id
                .chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_');
        c.check(slug, &at, format!("id {id:?} is not a lowercase slug"));
        ids.push(id.to_string());
        let label = c.string(n, "label", &at);
        c.check(!label.is_empty(), &at, "empty label");
        let kind = c.string(n, "kind", &at);
        c.one_of(kind, NODE_KINDS, &format!("{at}.kind"));
        c.strings(n, "aliases", &at);
        let mentions = c.count(n, "mentions", &at);
        c.check(mentions > 0, &at, "mentions is 0");
        for d in c.strings(n, "docs", &at) {
            c.check(
                docs.contains(d),
                &at,
                format!("docs names unknown document {d:?}"),
            );
        }
    }
    let sorted = ids.windows(2).all(|w| w[0] < w[1]);
    c.check(sorted, "nodes", "not sorted by id, or ids repeat");
    let node_ids: BTreeSet<&str> = ids.iter().map(String::as_str).collect();
    for (i, n) in nodes.iter().enumerate() {
        if let Some(a) = n.get("affiliation").and_then(Value::as_str) {
            let at = format!("nodes[{i}].affiliation");
            c.check(node_ids.contains(a), &at, format!("{a:?} is not a node id"));
        }
    }

    // Edges: unique ids, endpoints are nodes, codes from the codebook, evidence
    // slices back out of the body; document then text order.
    let mut edge_ids = BTreeSet::new();
    let mut order = TextOrder::new(&doc_order, "edges");
    for (i, e) in list("edges").iter().enumerate() {
        let at = format!("edges[{i}]");
        let Some(e) = c.object(e, &at) else { continue };
        let id = c.string(e, "id", &at);
        c.check(
            edge_ids.insert(id.to_string()),
            &at,
            format!("edge id {id:?} repeats"),
        );
        for key in ["source", "target"] {
            let v = c.string(e, key, &at);
            c.check(
                node_ids.contains(v),
                &at,
                format!("{key} {v:?} is not a node id"),
            );
        }
        let relation = c.string(e, "relation", &at);
        c.check(!relation.is_empty(), &at, "empty relation");
        let cameo = c.string(e, "cameo", &at);
        let goldstein = e.get("goldstein").and_then(Value::as_f64);
        let quad = e.get("quad_class").and_then(Value::as_u64);
        match codes.get(cameo) {
            None => c.fail(&at, format!("CAMEO code {cameo:?} is not in the codebook")),
            Some((weight, quad_class)) => {
                c.check(
                    quad == Some(*quad_class),
                    &at,
                    format!("quad_class {quad:?} is not the codebook's {quad_class} for {cameo}"),
                );
                match (goldstein, weight) {
                    (None, _) => c.fail(&at, "goldstein missing or not a number"),
                    (Some(g), Some(w)) => c.check(
                        (g - w).abs() < 1e-9,
                        &at,
                        format!("goldstein {g} is not the codebook's {w} for {cameo}"),
                    ),
                    (Some(g), None) => c.check(
                        (-10.0..=10.0).contains(&g),
                        &at,
                        format!("goldstein {g} is outside -10..10"),
                    ),
                }
            }
        }
        let modality = c.string(e, "modality", &at);
        c.one_of(modality, MODALITIES, &format!("{at}.modality"));
        let reported_by = c.nullable_string(e, "reported_by", &at);
        if let Some(r) = reported_by {
            c.check(
                node_ids.contains(r),
                &at,
                format!("reported_by {r:?} is not a node id"),
            );
        }
        if modality == "reported" {
            c.check(
                reported_by.is_some(),
                &at,
                "a reported relation without reported_by",
            );
        }
        let date = c.nullable_string(e, "date", &at);
        c.date(date, &format!("{at}.date"));
        let doc = c.string(e, "doc", &at);
        c.check(
            docs.contains(doc),
            &at,
            format!("doc {doc:?} is not a document"),
        );
        match e.get("evidence").and_then(Value::as_object) {
            Some(ev) => {
                let text = c.string(ev, "text", &format!("{at}.evidence"));
                c.check(!text.is_empty(), &at, "empty evidence");
                let b = bodies.get(doc).cloned().flatten();
                c.span(b.as_deref(), ev, text, &format!("{at}.evidence"));
                order.check(&mut c, doc, ev, &at);
            }
            None => c.fail(&format!("{at}.evidence"), "missing or not an object"),
        }
    }

    // Statements: speaker and about are nodes, text slices back out of the body.
    let mut statement_ids = BTreeSet::new();
    let mut order = TextOrder::new(&doc_order, "statements");
    for (i, s) in list("statements").iter().enumerate() {
        let at = format!("statements[{i}]");
        let Some(s) = c.object(s, &at) else { continue };
        let id = c.string(s, "id", &at);
        c.check(
            statement_ids.insert(id.to_string()),
            &at,
            format!("statement id {id:?} repeats"),
        );
        if let Some(sp) = c.nullable_string(s, "speaker", &at) {
            c.check(
                node_ids.contains(sp),
                &at,
                format!("speaker {sp:?} is not a node id"),
            );
        }
        let kind = c.string(s, "kind", &at);
        c.one_of(kind, STATEMENT_KINDS, &format!("{at}.kind"));
        c.nullable_string(s, "cue", &at);
        for a in c.strings(s, "about", &at) {
            c.check(
                node_ids.contains(a),
                &at,
                format!("about {a:?} is not a node id"),
            );
        }
        let doc = c.string(s, "doc", &at);
        c.check(
            docs.contains(doc),
            &at,
            format!("doc {doc:?} is not a document"),
        );
        let date = c.nullable_string(s, "date", &at);
        c.date(date, &format!("{at}.date"));
        let text = c.string(s, "text", &at);
        c.check(!text.is_empty(), &at, "empty text");
        let b = bodies.get(doc).cloned().flatten();
        c.span(b.as_deref(), s, text, &at);
        order.check(&mut c, doc, s, &at);
    }

    // Stances are an addition to the contract; when present they must refer to
    // nodes and documents that exist and quote the body.
    for (i, t) in list("stances").iter().enumerate() {
        let at = format!("stances[{i}]");
        let Some(t) = c.object(t, &at) else { continue };
        for key in ["actor", "issue"] {
            let v = c.string(t, key, &at);
            c.check(
                node_ids.contains(v),
                &at,
                format!("{key} {v:?} is not a node id"),
            );
        }
        let polarity = c.string(t, "polarity", &at);
        c.one_of(polarity, POLARITIES, &format!("{at}.polarity"));
        let doc = c.string(t, "doc", &at);
        c.check(
            docs.contains(doc),
            &at,
            format!("doc {doc:?} is not a document"),
        );
        if let Some(ev) = t.get("evidence").and_then(Value::as_object) {
            let text = c.string(ev, "text", &format!("{at}.evidence"));
            let b = bodies.get(doc).cloned().flatten();
            c.span(b.as_deref(), ev, text, &format!("{at}.evidence"));
        }
    }
    c.problems
}

#[test]
fn fresh_graph_of_the_examples_meets_the_contract() {
    let graph = load_json(&built_examples().join("graph.json"));
    assert_contract(&graph, "a fresh build of examples/articles");
}

#[test]
fn committed_output_graph_meets_the_contract() {
    let graph = load_json(&repo("output/graph.json"));
    assert_contract(&graph, "output/graph.json");
}

#[test]
fn the_contract_check_catches_broken_graphs() {
    // The check must be able to fail: spoil a good graph in each way it guards
    // against and expect the right complaint.
    let good = load_json(&built_examples().join("graph.json"));
    assert!(
        contract_problems(&good).is_empty(),
        "the examples must pass first"
    );
    type Spoil = fn(&mut Value);
    let cases: [(&str, Spoil); 10] = [
        ("is not one of", |g| g["nodes"][0]["kind"] = "planet".into()),
        ("target \"nobody\" is not a node id", |g| {
            g["edges"][0]["target"] = "nobody".into()
        }),
        ("(characters) is", |g| {
            let s = g["statements"].as_array_mut().expect("statements");
            let last = s.last_mut().expect("a statement");
            let end = last["end"].as_u64().expect("end");
            last["end"] = (end - 1).into();
        }),
        ("\"rumoured\" is not one of", |g| {
            g["edges"][0]["modality"] = "rumoured".into()
        }),
        ("goldstein 42", |g| g["edges"][0]["goldstein"] = 42.0.into()),
        ("cue: missing", |g| {
            g["statements"][0]
                .as_object_mut()
                .expect("object")
                .remove("cue");
        }),
        ("repeats", |g| {
            g["edges"][1]["id"] = g["edges"][0]["id"].clone()
        }),
        ("not sorted", |g| {
            g["nodes"].as_array_mut().expect("nodes").swap(0, 1)
        }),
        ("statements are not in document then text order", |g| {
            let s = g["statements"].as_array_mut().expect("statements");
            let last = s.len() - 1;
            s.swap(0, last)
        }),
        ("edges are not in document then text order", |g| {
            let e = g["edges"].as_array_mut().expect("edges");
            let last = e.len() - 1;
            e.swap(0, last)
        }),
    ];
    for (complaint, spoil) in cases {
        let mut graph = good.clone();
        spoil(&mut graph);
        let problems = contract_problems(&graph);
        assert!(
            problems.iter().any(|p| p.contains(complaint)),
            "expected a complaint containing {complaint:?}, got {problems:?}"
        );
    }
}

#[test]
fn offsets_count_characters_where_bytes_differ() {
    // Some examples have non-ASCII text (curly quotes, dashes, names) before a
    // quote; there character and byte offsets part, so this is where the contract's
    // choice of characters is actually tested.
    let graph = load_json(&built_examples().join("graph.json"));
    let mut differing = 0;
    for s in graph["statements"].as_array().expect("statements") {
        let doc = common::document(&graph, s["doc"].as_str().expect("doc"));
        let text = std::fs::read_to_string(root().join(doc["source"].as_str().expect("source")))
            .expect("source readable");
        let b = body(&text);
        let start = s["start"].as_u64().expect("start") as usize;
        let byte_start: usize = b.chars().take(start).map(char::len_utf8).sum();
        if byte_start != start {
            differing += 1;
            let end = s["end"].as_u64().expect("end") as usize;
            assert_ne!(
                b.get(start..end),
                Some(s["text"].as_str().expect("text")),
                "byte slicing must not also give the text when offsets differ"
            );
        }
    }
    assert!(
        differing >= 5,
        "only {differing} statements sit after non-ASCII text: the examples no longer test character offsets"
    );
}

#[test]
fn seed_offsets_are_those_of_the_contract_example() {
    // The contract's own example is the seed article: Lavrov's "no meeting" at
    // characters 224..234 and the first sentence's evidence from character 0.
    let graph = load_json(&built_examples().join("graph.json"));
    let seed = common::document(&graph, "seed");
    assert_eq!(seed["date"], "2025-08-22");
    let no_meeting = graph["statements"]
        .as_array()
        .expect("statements")
        .iter()
        .find(|s| s["doc"] == "seed" && s["text"] == "no meeting")
        .expect("Lavrov's \"no meeting\" in the seed");
    assert_eq!(
        (
            &no_meeting["speaker"],
            &no_meeting["start"],
            &no_meeting["end"]
        ),
        (&Value::from("lavrov"), &Value::from(224), &Value::from(234))
    );
    let ruled_out = graph["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .find(|e| e["doc"] == "seed" && e["cameo"] == "125" && e["source"] == "russia")
        .expect("Russia rules out a meeting with Zelensky (125)");
    assert_eq!(ruled_out["target"], "zelensky");
    assert_eq!(ruled_out["evidence"]["start"], 0);
    let evidence = ruled_out["evidence"]["text"].as_str().expect("text");
    assert!(
        evidence
            .starts_with("Russia on Friday ruled out an immediate meeting with Volodymyr Zelensky"),
        "{evidence}"
    );
}

/// Every file of a directory, by name.
fn files_of(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .expect("output dir")
        .map(|e| {
            let e = e.expect("entry");
            let name = e.file_name().to_string_lossy().into_owned();
            (name, std::fs::read(e.path()).expect("readable"))
        })
        .collect()
}

#[test]
fn output_is_byte_identical_across_runs() {
    let again = tempfile::tempdir().expect("temp dir");
    bin()
        .args(["build", "examples/articles", "--quiet", "--out"])
        .arg(again.path())
        .assert()
        .success();
    let (first, second) = (files_of(built_examples()), files_of(again.path()));
    assert_eq!(
        first.keys().collect::<Vec<_>>(),
        second.keys().collect::<Vec<_>>()
    );
    for (name, bytes) in &first {
        assert!(bytes == &second[name], "{name} differs between two runs");
    }
}

/// A quoted DOT string as Graphviz reads a label: `\"` is a quote, `\\` a
/// backslash, `\n`, `\l` and `\r` line breaks.
fn unescape(quoted: &str) -> String {
    let inner = quoted
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .unwrap_or(quoted);
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(ch) = chars.next() {
        if ch != '\\' {
            out.push(ch);
            continue;
        }
        match chars.next() {
            Some('"') => out.push('"'),
            Some('\\') => out.push('\\'),
            Some('n' | 'l' | 'r') => out.push('\n'),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// A drawn edge: (tail id, head id, label).
type DotEdge = (String, String, String);

/// The top-level node ids (with their labels) and edges of a parsed DOT graph.
/// Subgraphs (the legend, the invisible grid of unlinked actors) are left out.
fn dot_contents(
    graph: &graphviz_rust::dot_structures::Graph,
) -> (BTreeMap<String, String>, Vec<DotEdge>) {
    use graphviz_rust::dot_structures::{EdgeTy, Graph, Id, Stmt, Vertex};
    let unquote = |id: &Id| match id {
        Id::Escaped(s) => unescape(s),
        Id::Plain(s) | Id::Html(s) | Id::Anonymous(s) => s.clone(),
    };
    let label = |attrs: &[graphviz_rust::dot_structures::Attribute]| {
        attrs
            .iter()
            .find(|a| unquote(&a.0) == "label")
            .map(|a| unquote(&a.1))
            .unwrap_or_default()
    };
    let stmts = match graph {
        Graph::Graph { stmts, .. } | Graph::DiGraph { stmts, .. } => stmts,
    };
    let mut nodes = BTreeMap::new();
    let mut edges = Vec::new();
    for stmt in stmts {
        match stmt {
            Stmt::Node(n) => {
                nodes.insert(unquote(&n.id.0), label(&n.attributes));
            }
            Stmt::Edge(e) => match &e.ty {
                EdgeTy::Pair(Vertex::N(a), Vertex::N(b)) => {
                    edges.push((unquote(&a.0), unquote(&b.0), label(&e.attributes)))
                }
                other => panic!("unexpected edge form {other:?}"),
            },
            _ => {}
        }
    }
    (nodes, edges)
}

#[test]
fn dot_parses_and_draws_every_actor_and_relation() {
    let dir = built_examples();
    let text = std::fs::read_to_string(dir.join("graph.dot")).expect("graph.dot written");
    let parsed = graphviz_rust::parse(&text).expect("graphviz-rust parses graph.dot");
    let (nodes, edges) = dot_contents(&parsed);
    let graph = load_json(&dir.join("graph.json"));
    let json_nodes: BTreeMap<String, String> = graph["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .map(|n| {
            (
                n["id"].as_str().expect("id").into(),
                n["label"].as_str().expect("label").into(),
            )
        })
        .collect();
    assert_eq!(
        nodes, json_nodes,
        "one DOT node per actor, labelled with its label"
    );
    // Diagrams fold the mentions of one (source, target, relation) into one edge,
    // and the stances of one (actor, issue, polarity) into one line.
    let folded = |key: &str, fields: [&str; 3]| -> BTreeSet<(String, String, String)> {
        graph[key]
            .as_array()
            .map(|items| {
                items
                    .iter()
                    .map(|e| {
                        let s = |k: &str| e[k].as_str().expect("string").to_string();
                        (s(fields[0]), s(fields[1]), s(fields[2]))
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let relations = folded("edges", ["source", "target", "relation"]);
    let stances = folded("stances", ["actor", "issue", "polarity"]);
    assert_eq!(
        edges.len(),
        relations.len() + stances.len(),
        "one DOT edge per (source, target, relation) and per (actor, issue, polarity)"
    );
    let pairs: BTreeSet<(String, String)> = edges
        .iter()
        .map(|(a, b, _)| (a.clone(), b.clone()))
        .collect();
    let json_pairs: BTreeSet<(String, String)> = relations
        .iter()
        .chain(&stances)
        .map(|(a, b, _)| (a.clone(), b.clone()))
        .collect();
    assert_eq!(
        pairs, json_pairs,
        "DOT edges join the same nodes as graph.json"
    );
    assert!(
        edges.iter().all(|(_, _, label)| !label.is_empty()),
        "every edge is labelled"
    );
}

#[test]
fn dot_renders_without_warnings() {
    let probe = std::process::Command::new("dot").arg("-V").output();
    if probe.is_err() {
        eprintln!("note: Graphviz `dot` not installed, rendering check skipped");
        return;
    }
    let out = std::process::Command::new("dot")
        .arg("-Tsvg")
        .arg(built_examples().join("graph.dot"))
        .output()
        .expect("dot runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "dot failed: {stderr}");
    assert!(stderr.is_empty(), "dot warned: {stderr}");
    let svg = String::from_utf8_lossy(&out.stdout);
    assert!(svg.contains("<svg"), "dot wrote no SVG");
}

#[test]
fn body_strips_both_header_forms_and_keeps_plain_text() {
    assert_eq!(
        body(" date 2025-08-22 Russia said no.\n"),
        "Russia said no."
    );
    assert_eq!(
        body("date 2025-08-22\n\nRussia said no."),
        "Russia said no."
    );
    assert_eq!(body("Dates differ.\n"), "Dates differ.");
    assert_eq!(body("date night in Kyiv"), "date night in Kyiv");
    assert_eq!(body("\u{feff}date 2025-01-02\r\n\r\nA\r\nB"), "A\nB");
}

#[test]
fn char_slice_counts_characters() {
    assert_eq!(char_slice("Erdoğan said", 8, 12).as_deref(), Some("said"));
    assert_eq!(char_slice("abc", 1, 4), None);
    assert_eq!(char_slice("abc", 2, 1), None);
}
