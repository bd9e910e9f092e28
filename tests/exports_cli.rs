//! `stancegraph export` on the command line.

use assert_cmd::Command;
use predicates::str::contains;

const FIXTURE: &str = "tests/data/exports/sample_graph.json";

fn stancegraph() -> Command {
    Command::cargo_bin("stancegraph").expect("binary built")
}

#[test]
fn export_writes_the_files_of_each_format_and_lists_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = stancegraph()
        .args(["export", FIXTURE, "--format", "graphml,csv", "--out"])
        .arg(dir.path())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let listed = String::from_utf8(out).expect("UTF-8");
    let names: Vec<&str> = listed
        .lines()
        .filter_map(|l| l.rsplit('/').next())
        .collect();
    assert_eq!(
        names,
        [
            "graph.graphml",
            "nodes.csv",
            "relationships.csv",
            "load.cypher"
        ]
    );
}

#[test]
fn export_aggregation_flags_shrink_the_graph() {
    let dir = tempfile::tempdir().expect("temp dir");
    stancegraph()
        .args(["export", FIXTURE, "--format", "nodelink", "--top", "2"])
        .args(["--collapse-persons", "--min-count", "1", "--out"])
        .arg(dir.path())
        .assert()
        .success();
    let text = std::fs::read_to_string(dir.path().join("graph.nodelink.json")).expect("written");
    let v: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(v["nodes"].as_array().expect("nodes").len(), 2);
}

#[test]
fn unknown_format_is_named() {
    stancegraph()
        .args([
            "export",
            FIXTURE,
            "--format",
            "xlsx",
            "--out",
            "/nonexistent",
        ])
        .assert()
        .failure()
        .stderr(contains("unknown format \"xlsx\""));
}

#[test]
fn missing_graph_names_the_file() {
    stancegraph()
        .args(["export", "no/such/graph.json", "--format", "json"])
        .assert()
        .failure()
        .stderr(contains("no/such/graph.json"));
}

#[test]
fn export_refuses_to_overwrite_its_input() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("graph.json");
    std::fs::copy(FIXTURE, &input).expect("copy");
    stancegraph()
        .arg("export")
        .arg(&input)
        .args(["--format", "json", "--top", "2", "--out"])
        .arg(dir.path())
        .assert()
        .failure()
        .stderr(contains("refusing to overwrite"));
    let after = std::fs::read_to_string(&input).expect("still there");
    assert_eq!(after, std::fs::read_to_string(FIXTURE).expect("fixture"));
}

#[test]
fn svg_without_graphviz_says_how_to_install_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    // An empty PATH: no `dot` to be found.
    stancegraph()
        .env("PATH", dir.path())
        .args(["export", FIXTURE, "--format", "graphml,svg", "--out"])
        .arg(dir.path().join("out"))
        .assert()
        .failure()
        .stderr(contains("apt-get install graphviz"));
    // Nothing was written: every format renders before any file is.
    assert!(!dir.path().join("out").join("graph.graphml").exists());
}

#[test]
fn all_without_graphviz_skips_the_images_with_a_note() {
    let dir = tempfile::tempdir().expect("temp dir");
    stancegraph()
        .env("PATH", dir.path())
        .args(["export", FIXTURE, "--out"])
        .arg(dir.path().join("out"))
        .assert()
        .success()
        .stderr(contains("skipping svg and png"));
    assert!(dir.path().join("out").join("graph.html").exists());
    assert!(!dir.path().join("out").join("graph.svg").exists());
}
