//! The `stancegraph` binary as a user runs it: `build` on every input form the
//! README names (files in the three text forms, JSON Lines, standard input,
//! directories), bad inputs reported by name while the others are still processed,
//! `eval` on the shared dev set, and `--help` for every subcommand.

mod common;

use common::{bin, doc_ids, document, load_json, repo, seed_path};
use predicates::prelude::PredicateBooleanExt;
use predicates::str::contains;
use serde_json::Value;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// A short article of our own, in the header form.
const KYIV: &str = "date 2025-08-20\n\nNATO chief Mark Rutte met Ukrainian President \
Volodymyr Zelensky in Kyiv on Tuesday. \"We stand with Ukraine,\" Rutte said.\n";

/// Plain text with no date.
const PLAIN: &str = "Russian Foreign Minister Sergei Lavrov said Moscow was ready to \
meet Ukrainian officials in Istanbul.\n";

/// Files written into a fresh temporary directory: (relative path, bytes).
fn files(list: &[(&str, &[u8])]) -> TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, bytes) in list {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, bytes).expect("write");
    }
    dir
}

/// Run `stancegraph build ARGS... --out OUT` and return (exit code, stderr, graph
/// or Null when none was written).
fn build(args: &[&Path], extra: &[&str], out: &Path) -> (i32, String, Value) {
    let output = bin()
        .arg("build")
        .args(args)
        .args(extra)
        .arg("--out")
        .arg(out)
        .output()
        .expect("stancegraph runs");
    let graph_path = out.join("graph.json");
    let graph = if graph_path.exists() {
        load_json(&graph_path)
    } else {
        Value::Null
    };
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    (output.status.code().unwrap_or(-1), stderr, graph)
}

/// `build` that must succeed; returns the graph.
fn build_ok(args: &[&Path], extra: &[&str]) -> Value {
    let out = tempfile::tempdir().expect("temp dir");
    let (code, stderr, graph) = build(args, extra, out.path());
    assert_eq!(code, 0, "build failed: {stderr}");
    graph
}

fn date_of(graph: &Value, id: &str) -> Value {
    document(graph, id)["date"].clone()
}

#[test]
fn build_accounts_for_every_example_article() {
    let graph = load_json(&common::built_examples().join("graph.json"));
    let mut expected: Vec<(String, String)> = std::fs::read_dir(repo("examples/articles"))
        .expect("examples")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".txt"))
        .map(|name| {
            let stem = name.trim_end_matches(".txt").to_string();
            (stem, format!("examples/articles/{name}"))
        })
        .collect();
    expected.sort();
    let found: Vec<(String, String)> = graph["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|d| {
            let s = |k: &str| d[k].as_str().expect("string").to_string();
            (s("id"), s("source"))
        })
        .collect();
    assert!(expected.len() >= 8, "issue 2 asks for at least 8 examples");
    assert_eq!(found, expected, "one document per article, in sorted order");
    for d in graph["documents"].as_array().expect("documents") {
        assert!(d["date"].is_string(), "every example is dated: {d}");
    }
    assert!(graph["edges"].as_array().is_some_and(|e| !e.is_empty()));
    for name in ["graph.json", "graph.dot"] {
        assert!(
            common::built_examples().join(name).is_file(),
            "{name} written"
        );
    }
}

#[test]
fn build_reads_the_seed_one_line_form() {
    let graph = build_ok(&[&seed_path()], &[]);
    assert_eq!(doc_ids(&graph), ["seed_one_line"]);
    assert_eq!(date_of(&graph, "seed_one_line"), "2025-08-22");
    let lavrov = graph["statements"]
        .as_array()
        .expect("statements")
        .iter()
        .find(|s| s["text"] == "no meeting")
        .expect("Lavrov's \"no meeting\"");
    assert_eq!(lavrov["speaker"], "lavrov");
}

#[test]
fn build_reads_the_header_form() {
    let dir = files(&[("kyiv.txt", KYIV.as_bytes())]);
    let graph = build_ok(&[&dir.path().join("kyiv.txt")], &[]);
    assert_eq!(doc_ids(&graph), ["kyiv"]);
    assert_eq!(date_of(&graph, "kyiv"), "2025-08-20");
    let said = graph["statements"][0]["text"]
        .as_str()
        .expect("a statement");
    assert_eq!(said, "We stand with Ukraine,");
}

#[test]
fn plain_text_is_undated_unless_date_is_given() {
    let dir = files(&[("plain.txt", PLAIN.as_bytes())]);
    let plain = dir.path().join("plain.txt");
    let graph = build_ok(&[&plain], &[]);
    assert_eq!(date_of(&graph, "plain"), Value::Null);
    let graph = build_ok(&[&plain], &["--date", "2025-05-16"]);
    assert_eq!(date_of(&graph, "plain"), "2025-05-16");
    // A file's own date wins over --date.
    let dir = files(&[("kyiv.txt", KYIV.as_bytes())]);
    let graph = build_ok(&[&dir.path().join("kyiv.txt")], &["--date", "2025-05-16"]);
    assert_eq!(date_of(&graph, "kyiv"), "2025-08-20");
}

#[test]
fn bad_date_flag_is_refused() {
    let dir = files(&[("plain.txt", PLAIN.as_bytes())]);
    bin()
        .args(["build", "--date", "16/05/2025", "--out"])
        .arg(dir.path().join("out"))
        .arg(dir.path().join("plain.txt"))
        .assert()
        .failure()
        .stderr(contains("16/05/2025"));
    assert!(!dir.path().join("out").exists(), "nothing written");
}

#[test]
fn build_reads_json_lines() {
    let records = concat!(
        r#"{"id": "talks", "title": "Talks in Istanbul", "date": "2025-05-16", "#,
        r#""url": "https://example.org/talks", "text": "Russian and Ukrainian delegations met in Istanbul."}"#,
        "\n",
        r#"{"text": "Ukrainian President Volodymyr Zelensky said Kyiv was ready for a ceasefire."}"#,
        "\n\n",
        r#"{"id": "third", "text": "Turkey hosted the talks."}"#,
        "\n"
    );
    let dir = files(&[("wire.jsonl", records.as_bytes())]);
    let path = dir.path().join("wire.jsonl");
    let graph = build_ok(&[&path], &[]);
    // The record without an id is named after the file and its line.
    assert_eq!(doc_ids(&graph), ["talks", "wire-2", "third"]);
    let talks = document(&graph, "talks");
    assert_eq!(talks["title"], "Talks in Istanbul");
    assert_eq!(talks["date"], "2025-05-16");
    assert_eq!(talks["url"], "https://example.org/talks");
    assert_eq!(talks["source"], format!("{}:1", path.display()));
    assert_eq!(date_of(&graph, "wire-2"), Value::Null);
    assert_eq!(
        document(&graph, "third")["source"],
        format!("{}:4", path.display())
    );
    // --date fills in the dates the records lack, and only those.
    let graph = build_ok(&[&path], &["--date", "2025-05-20"]);
    let dates: Vec<Value> = ["talks", "wire-2", "third"]
        .iter()
        .map(|id| date_of(&graph, id))
        .collect();
    assert_eq!(dates, ["2025-05-16", "2025-05-20", "2025-05-20"]);
}

#[test]
fn build_reads_standard_input() {
    let out = tempfile::tempdir().expect("temp dir");
    bin()
        .args(["build", "-", "--out"])
        .arg(out.path())
        .write_stdin(KYIV)
        .assert()
        .success();
    let graph = load_json(&out.path().join("graph.json"));
    assert_eq!(doc_ids(&graph), ["stdin"]);
    assert_eq!(document(&graph, "stdin")["source"], "-");
    assert_eq!(date_of(&graph, "stdin"), "2025-08-20");
}

#[test]
fn build_walks_nested_directories_in_sorted_order() {
    // Written in an order that is not the sorted one.
    let text = PLAIN.as_bytes();
    let dir = files(&[
        ("c_last.txt", text),
        ("b_middle/z_inner.txt", text),
        ("a_first/deeper/deepest.txt", text),
        ("b_middle/a_inner.txt", text),
        ("a_first/top.txt", text),
    ]);
    let graph = build_ok(&[dir.path()], &[]);
    assert_eq!(
        doc_ids(&graph),
        ["deepest", "top", "a_inner", "z_inner", "c_last"]
    );
}

// ---- bad inputs --------------------------------------------------------------

/// Build a good article together with one bad input: the run must name the bad one
/// (with `expected` in the message), still process the good one, and exit non-zero.
fn check_bad_input(bad: &str, bytes: Option<&[u8]>, expected: &[&str]) {
    let dir = files(&[("good.txt", KYIV.as_bytes())]);
    let bad_path: PathBuf = dir.path().join(bad);
    if let Some(bytes) = bytes {
        std::fs::write(&bad_path, bytes).expect("write");
    }
    let out = dir.path().join("out");
    let (code, stderr, graph) = build(&[&dir.path().join("good.txt"), &bad_path], &[], &out);
    assert_ne!(code, 0, "a bad input must make the exit code non-zero");
    assert!(
        stderr.contains(&bad_path.display().to_string()),
        "the message names {}: {stderr}",
        bad_path.display()
    );
    for word in expected {
        assert!(stderr.contains(word), "{word:?} is not in: {stderr}");
    }
    assert!(graph.is_object(), "the good input still gives a graph.json");
    assert!(
        doc_ids(&graph).contains(&"good".to_string()),
        "the good input is still processed"
    );
}

#[test]
fn missing_file_is_reported() {
    check_bad_input("missing.txt", None, &["cannot read"]);
}

#[test]
fn invalid_utf8_is_reported() {
    check_bad_input(
        "latin1.txt",
        Some(b"date 2025-08-20\n\nTalks at the caf\xe9 in Kyiv.\n"),
        &["UTF-8"],
    );
}

#[test]
fn empty_file_is_reported() {
    check_bad_input("empty.txt", Some(b""), &["empty"]);
}

#[test]
fn bad_date_header_is_reported_with_its_line() {
    check_bad_input(
        "bad_date.txt",
        Some(b"date 2025-02-30\n\nKyiv said no.\n"),
        &["bad_date.txt:1", "2025-02-30"],
    );
}

#[test]
fn bad_date_in_json_lines_is_reported_with_its_line() {
    let records = b"{\"text\": \"Kyiv said yes.\"}\n{\"date\": \"22/08/2025\", \"text\": \"Kyiv said no.\"}\n";
    check_bad_input(
        "dates.jsonl",
        Some(records),
        &["dates.jsonl:2", "22/08/2025"],
    );
}

#[test]
fn malformed_json_lines_record_is_reported_and_the_others_read() {
    let records = concat!(
        r#"{"id": "one", "text": "Kyiv said yes."}"#,
        "\n",
        r#"{"id": "two", "text": "Kyiv said"#,
        "\n",
        r#"{"id": "three", "text": "Moscow said no."}"#,
        "\n",
        r#"{"id": "four"}"#,
        "\n"
    );
    let dir = files(&[("records.jsonl", records.as_bytes())]);
    let path = dir.path().join("records.jsonl");
    let (code, stderr, graph) = build(&[&path], &[], &dir.path().join("out"));
    assert_ne!(code, 0);
    let at = |line: usize| format!("{}:{line}", path.display());
    assert!(stderr.contains(&at(2)), "line 2 named: {stderr}");
    assert!(
        stderr.contains(&at(4)) && stderr.contains("text"),
        "line 4 lacks text: {stderr}"
    );
    assert_eq!(doc_ids(&graph), ["one", "three"]);
}

#[test]
fn every_bad_input_is_reported_in_one_run() {
    let dir = files(&[
        ("a_good.txt", KYIV.as_bytes()),
        ("b_latin1.txt", b"Caf\xe9 talks.\n"),
        ("c_empty.txt", b"\n\n"),
        ("d_bad_date.txt", b" date 2025-13-01 Text.\n"),
        (
            "e_records.jsonl",
            b"{\"text\": \"Kyiv said yes.\"}\n{oops\n",
        ),
        ("f_plain.txt", PLAIN.as_bytes()),
    ]);
    let missing = dir.path().join("missing.txt");
    let out = dir.path().join("out");
    let (code, stderr, graph) = build(&[dir.path(), &missing], &[], &out);
    assert_ne!(code, 0);
    for name in [
        "b_latin1.txt",
        "c_empty.txt",
        "d_bad_date.txt:1",
        "e_records.jsonl:2",
        "missing.txt",
    ] {
        assert!(stderr.contains(name), "{name} not reported: {stderr}");
    }
    assert_eq!(doc_ids(&graph), ["a_good", "e_records-1", "f_plain"]);
}

#[test]
fn failed_run_keeps_the_previous_graph() {
    let dir = files(&[("good.txt", KYIV.as_bytes()), ("empty.txt", b"")]);
    let out = dir.path().join("out");
    let (code, stderr, _) = build(&[&dir.path().join("good.txt")], &[], &out);
    assert_eq!(code, 0, "{stderr}");
    let before = std::fs::read(out.join("graph.json")).expect("first graph");
    let missing = dir.path().join("missing.txt");
    let (code, stderr, _) = build(&[&missing, &dir.path().join("empty.txt")], &[], &out);
    assert_ne!(code, 0, "nothing could be read: {stderr}");
    let after = std::fs::read(out.join("graph.json")).expect("graph still there");
    assert!(before == after, "the previous graph.json was replaced");
}

// ---- eval --------------------------------------------------------------------

#[test]
fn eval_scores_the_shared_dev_set() {
    let Some(shared) = common::shared() else {
        return;
    };
    let gold = shared.join("eval/dev");
    let out = bin()
        .arg("eval")
        .arg("--gold")
        .arg(&gold)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).expect("UTF-8");
    for figure in [
        "actors (doc, actor)",
        "relations (doc, src, tgt, root)",
        "relations (doc, src, tgt, quad)",
        "relations (doc, src, tgt)",
        "stances (doc, actor, issue, pol.)",
        "statements: recall",
        "attribution accuracy",
        "about-recall",
    ] {
        assert!(text.contains(figure), "{figure:?} missing from:\n{text}");
    }
    let json = bin()
        .arg("eval")
        .arg("--json")
        .arg("--gold")
        .arg(&gold)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let report: Value = serde_json::from_slice(&json).expect("eval --json is JSON");
    assert_eq!(
        report["total"]["documents"], 1,
        "the dev set has one article"
    );
}

#[test]
fn eval_floors_pass_or_fail() {
    let Some(shared) = common::shared() else {
        return;
    };
    let gold = shared.join("eval/dev");
    bin()
        .arg("eval")
        .arg("--gold")
        .arg(&gold)
        .args(["--min-relation-f1", "0", "--min-attribution", "0"])
        .assert()
        .success();
    // No score exceeds 1, so this floor always fails.
    bin()
        .arg("eval")
        .arg("--gold")
        .arg(&gold)
        .args(["--min-statement-recall", "1.01"])
        .assert()
        .code(1)
        .stderr(contains("statement recall").and(contains("below the floor")));
}

#[test]
fn eval_without_gold_files_fails() {
    let dir = tempfile::tempdir().expect("temp dir");
    bin()
        .arg("eval")
        .arg("--gold")
        .arg(dir.path())
        .assert()
        .failure();
}

// ---- help --------------------------------------------------------------------

#[test]
fn every_subcommand_has_help() {
    let out = bin()
        .arg("--help")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).expect("UTF-8");
    let commands: Vec<String> = text
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .map(str::to_string)
        .collect();
    for expected in [
        "build", "eval", "export", "query", "actor", "between", "subgraph",
    ] {
        assert!(
            commands.iter().any(|c| c == expected),
            "{expected} not listed in:\n{text}"
        );
    }
    for command in &commands {
        bin()
            .args([command.as_str(), "--help"])
            .assert()
            .success()
            .stdout(contains(format!("Usage: stancegraph {command}")));
    }
}
