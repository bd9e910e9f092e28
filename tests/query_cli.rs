//! `stancegraph query | actor | between | subgraph` on the hand-made graph in
//! `tests/data/query/graph.json`: exit codes, tables, and machine formats that
//! parse back.

mod common;

use assert_cmd::Command;
use predicates::prelude::*;
use predicates::str::contains;
use serde_json::Value;

const FIXTURE: &str = "tests/data/query/graph.json";

/// `stancegraph <args>` on the fixture (the graph comes right after the command).
fn run(command: &str, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_stancegraph"));
    cmd.arg(command).arg(FIXTURE).args(args);
    cmd
}

/// Standard output of a successful run.
fn stdout(command: &str, args: &[&str]) -> String {
    let output = run(command, args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(output).expect("UTF-8 output")
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).expect("valid JSON")
}

/// The ids of a JSON array of items.
fn ids(items: &Value) -> Vec<String> {
    items
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|i| i["id"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

const LAVROV_ON_ZELENSKY: [&str; 7] = ["s23", "s27", "s28", "s37", "s44", "s5", "s11"];

// ---- query ----------------------------------------------------------------

#[test]
fn query_table_lists_lavrov_on_zelensky_newest_first() {
    let out = stdout("query", &["--speaker", "lavrov", "--about", "Zelenskyy"]);
    assert!(out.starts_with("7 statements\nDATE"), "{out}");
    let positions: Vec<usize> = LAVROV_ON_ZELENSKY
        .iter()
        .map(|id| out.find(&format!("  {id}  ")).unwrap_or(usize::MAX))
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "{positions:?}\n{out}"
    );
    assert!(
        out.contains("            \"ready to meet Zelensky\"\n"),
        "{out}"
    );
    assert!(out.contains("told NBC"), "{out}");
}

#[test]
fn query_json_parses_back() {
    let out = stdout(
        "query",
        &[
            "--speaker",
            "lavrov",
            "--about",
            "zelensky",
            "--format",
            "json",
        ],
    );
    let value = json(&out);
    assert_eq!(ids(&value["statements"]), LAVROV_ON_ZELENSKY);
    assert_eq!(ids(&value["relations"]), Vec::<String>::new());
    assert_eq!(value["statements"][0]["text"], "no meeting");
    assert_eq!(value["statements"][0]["speaker"], "lavrov");
}

#[test]
fn query_jsonl_parses_back_line_by_line() {
    let out = stdout("query", &["--target", "Zelensky", "--format", "jsonl"]);
    let lines: Vec<Value> = out.lines().map(json).collect();
    let got: Vec<(&str, &str)> = lines
        .iter()
        .map(|v| {
            (
                v["type"].as_str().unwrap_or(""),
                v["id"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("relation", "e30"),
            ("relation", "e32"),
            ("relation", "e33"),
            ("relation", "e44"),
            ("relation", "e40"),
            ("relation", "e5"),
            ("relation", "e21"),
            ("relation", "e18"),
        ]
    );
    assert!(lines.iter().all(|v| v["target"] == "zelensky"));
}

#[test]
fn query_csv_parses_back() {
    let out = stdout("query", &["--cameo", "12", "--format", "csv"]);
    let rows = common::parse_csv(&out);
    assert_eq!(rows[0][..4], ["type", "id", "date", "doc"]);
    let column = |name: &str| rows[0].iter().position(|c| c == name).expect("column");
    let (id, cameo, gold, text, by) = (
        column("id"),
        column("cameo"),
        column("goldstein"),
        column("text"),
        column("reported_by"),
    );
    let got: Vec<(&str, &str, &str, &str)> = rows[1..]
        .iter()
        .map(|r| {
            (
                r[id].as_str(),
                r[cameo].as_str(),
                r[gold].as_str(),
                r[by].as_str(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("e30", "125", "-5.0", ""),
            ("e38", "120", "-4.0", "lavrov"),
            ("e46", "120", "-4.0", ""),
        ]
    );
    // Quotes inside the evidence survive the round trip.
    assert_eq!(
        rows[3][text],
        "Zelenskyy dismissed Lavrov's remarks as \"more delaying tactics\""
    );
    assert!(rows.iter().all(|r| r.len() == rows[0].len()));
}

#[test]
fn query_csv_of_statements_with_commas_and_lists() {
    let out = stdout(
        "query",
        &["--speaker", "trump", "--doc", "seed", "--format", "csv"],
    );
    let rows = common::parse_csv(&out);
    let column = |name: &str| rows[0].iter().position(|c| c == name).expect("column");
    let texts: Vec<&str> = rows[1..]
        .iter()
        .map(|r| r[column("text")].as_str())
        .collect();
    assert_eq!(
        texts,
        [
            "they had agreed to meet",
            "oil and vinegar",
            "They don't get along too well, for obvious reasons,",
            "Russia had agreed to some Western security guarantees for Kyiv",
        ]
    );
    assert_eq!(rows[1][column("about")], "putin|zelensky");
}

#[test]
fn no_match_says_so_and_exits_zero() {
    run("query", &["--speaker", "lavrov", "--since", "2026-01-01"])
        .assert()
        .success()
        .stdout("no match: no statement or relation fits these filters\n");
    run("query", &["--speaker", "lavrov", "--cameo", "12"])
        .assert()
        .success()
        .stdout(contains("no match").and(contains("--speaker and --about select statements")));
}

#[test]
fn no_match_keeps_machine_output_valid() {
    let assert = run("query", &["--about", "welker", "--format", "json"])
        .assert()
        .success()
        .stderr(contains("no match"));
    let value = json(&String::from_utf8_lossy(&assert.get_output().stdout));
    assert_eq!(value["statements"], Value::Array(Vec::new()));
    run("query", &["--about", "welker", "--format", "jsonl"])
        .assert()
        .success()
        .stdout("");
    let out = stdout("query", &["--about", "welker", "--format", "csv"]);
    assert_eq!(common::parse_csv(&out).len(), 1, "header only");
}

#[test]
fn unknown_actor_fails_with_the_closest_names() {
    run("query", &["--speaker", "Zelenksy"])
        .assert()
        .code(2)
        .stderr(
            contains("no actor named \"Zelenksy\"")
                .and(contains("closest: zelensky (Volodymyr Zelensky)")),
        );
    run("actor", &["Lavorv"])
        .assert()
        .code(2)
        .stderr(contains("closest: lavrov (Sergei Lavrov)"));
}

#[test]
fn bad_flags_fail() {
    run("query", &["--since", "22/08/2025"])
        .assert()
        .failure()
        .stderr(contains("expected YYYY-MM-DD"));
    run("query", &["--cameo", "x1"])
        .assert()
        .code(2)
        .stderr(contains("bad CAMEO code"));
    run("query", &["--conflict", "--cooperation"])
        .assert()
        .failure();
    Command::new(env!("CARGO_BIN_EXE_stancegraph"))
        .args(["query", "tests/data/query/missing.json"])
        .assert()
        .code(2)
        .stderr(contains("missing.json"));
}

#[test]
fn quotes_wrap_to_the_width() {
    let out = stdout(
        "query",
        &[
            "--speaker",
            "zelensky",
            "--kind",
            "statements",
            "--width",
            "60",
        ],
    );
    let details: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with("            "))
        .collect();
    assert!(details.len() > 9, "long quotes take several lines:\n{out}");
    assert!(details.iter().all(|l| l.chars().count() <= 60), "{out}");
}

#[test]
fn evidence_is_shortened_around_the_trigger() {
    let out = stdout(
        "query",
        &[
            "--source", "lavrov", "--target", "zelensky", "--width", "70",
        ],
    );
    // 58 columns for the evidence, centred on "questioning".
    assert!(
        out.contains("            …fourth year, by questioning the Ukrainian president's…\n"),
        "{out}"
    );
}

// ---- actor ------------------------------------------------------------------

#[test]
fn actor_profile_table() {
    let out = stdout("actor", &["Sergei Lavrov", "--top", "2", "--latest", "1"]);
    for expected in [
        "Sergei Lavrov (lavrov, person)\n",
        "  aliases      Lavrov, Russian Foreign Minister Sergei Lavrov, Sergei Lavrov\n",
        "  affiliation  Russia (russia)\n",
        "  roles        foreign minister of russia\n",
        "  statements   10 made, 1 about Sergei Lavrov\n",
        "Counterparts, most contacts first (top 2 of 7)\n",
        "  Volodymyr Zelensky         10             2        -6.0      -4.0\n",
        "  Vladimir Putin              5             0         0.0       0.0\n",
        "Latest statements\n",
        "              \"no meeting\"\n",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in\n{out}");
    }
}

#[test]
fn actor_profile_json() {
    let value = json(&stdout("actor", &["Türkiye", "--format", "json"]));
    assert_eq!(value["node"]["id"], "turkey");
    assert_eq!(value["statements_about"], 1);
    assert_eq!(value["counterparts"][0]["actor"]["id"], "erdogan");
}

// ---- between ----------------------------------------------------------------

#[test]
fn between_table_is_a_timeline_with_running_sums() {
    let out = stdout("between", &["Lavrov", "Zelenskyy"]);
    assert!(out.starts_with(
        "Sergei Lavrov and Volodymyr Zelensky: 4 relations, 8 statements, net Goldstein -10.0\n"
    ));
    let rows: Vec<&str> = out.lines().filter(|l| l.starts_with("2025-")).collect();
    let sums: Vec<&str> = rows
        .iter()
        .filter_map(|r| r.split_whitespace().rev().nth(1))
        .collect();
    assert_eq!(
        sums,
        [
            "-2.0", "-2.0", "-4.0", "-4.0", "-4.0", "-8.0", "-8.0", "-8.0", "-10.0", "-10.0",
            "-10.0", "-10.0"
        ]
    );
    let dates: Vec<&str> = rows.iter().map(|r| &r[..10]).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
    assert!(rows[5].contains("<-   e46  dismisses"), "{}", rows[5]);
}

#[test]
fn between_csv_and_jsonl() {
    let rows = common::parse_csv(&stdout(
        "between",
        &["zelensky", "lavrov", "--format", "csv"],
    ));
    assert_eq!(rows[0][..3], ["direction", "running_goldstein", "type"]);
    let relations: Vec<(&str, &str, &str)> = rows[1..]
        .iter()
        .filter(|r| r[2] == "relation")
        .map(|r| (r[0].as_str(), r[1].as_str(), r[3].as_str()))
        .collect();
    assert_eq!(
        relations,
        [
            ("b_to_a", "-2.0", "e18"),
            ("b_to_a", "-4.0", "e5"),
            ("a_to_b", "-8.0", "e46"),
            ("b_to_a", "-10.0", "e32"),
        ]
    );
    let out = stdout("between", &["zelensky", "lavrov", "--format", "jsonl"]);
    let last = out.lines().last().map(json).expect("a line");
    assert_eq!(last["running_goldstein"], -10.0);
    assert_eq!(last["item"]["type"], "statement");
}

#[test]
fn between_actors_with_nothing_in_common() {
    run("between", &["welker", "nbc"])
        .assert()
        .success()
        .stdout("no match: no statement or relation between Kristen Welker and NBC\n");
}

// ---- subgraph ---------------------------------------------------------------

#[test]
fn subgraph_ego_depth_one_to_json() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("zelensky.json");
    let out_arg = out.to_str().expect("UTF-8 path");
    run(
        "subgraph",
        &[
            "--ego",
            "Zelenskyy",
            "--depth",
            "1",
            "--kind",
            "relations",
            "--out",
            out_arg,
        ],
    )
    .assert()
    .success()
    .stderr(contains("9 nodes, 28 relations, 0 statements"));
    let value = json(&std::fs::read_to_string(&out).expect("written"));
    assert_eq!(
        ids(&value["nodes"]),
        ["erdogan", "eu", "lavrov", "putin", "russia", "rutte", "trump", "usa", "zelensky"]
    );
    assert_eq!(value["format"], "stancegraph");
}

#[test]
fn subgraph_format_follows_the_extension() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("zelensky.dot");
    let out_arg = out.to_str().expect("UTF-8 path");
    run("subgraph", &["--ego", "zelensky", "--out", out_arg])
        .assert()
        .success();
    let dot = std::fs::read_to_string(&out).expect("written");
    assert!(dot.starts_with("digraph"), "{dot}");
    // `--format` wins over the extension.
    let out = dir.path().join("sub.txt");
    let out_arg = out.to_str().expect("UTF-8 path");
    run(
        "subgraph",
        &["--cameo", "12", "--format", "json", "--out", out_arg],
    )
    .assert()
    .success();
    let value = json(&std::fs::read_to_string(&out).expect("written"));
    assert_eq!(ids(&value["edges"]), ["e30", "e38", "e46"]);
    assert_eq!(
        ids(&value["nodes"]),
        ["lavrov", "russia", "usa", "zelensky"]
    );
}

#[test]
fn subgraph_to_stdout_and_bad_extension() {
    let value = json(&stdout("subgraph", &["--ego", "welker", "--depth", "0"]));
    assert_eq!(ids(&value["nodes"]), ["welker"]);
    run("subgraph", &["--out", "graph.xyz"])
        .assert()
        .code(2)
        .stderr(contains(
            "cannot tell the format from the extension \"xyz\"",
        ));
    run("subgraph", &["--depth", "2"])
        .assert()
        .failure()
        .stderr(contains("--ego"));
}

#[test]
fn subgraph_in_every_kind_of_format() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = |name: &str| {
        dir.path()
            .join(name)
            .to_str()
            .expect("UTF-8 path")
            .to_string()
    };
    // The longest known ending wins: `.nodelink.json` is node-link, not the contract.
    run(
        "subgraph",
        &["--ego", "sybiha", "--out", &path("s.nodelink.json")],
    )
    .assert()
    .success();
    let value = json(&std::fs::read_to_string(path("s.nodelink.json")).expect("written"));
    assert_eq!(value["directed"], true);
    assert!(value.get("format").is_none());
    run(
        "subgraph",
        &["--ego", "sybiha", "--out", &path("s.graphml")],
    )
    .assert()
    .success();
    let graphml = std::fs::read_to_string(path("s.graphml")).expect("written");
    assert!(graphml.contains("<graphml") && graphml.contains("sybiha"));
    // Neo4j CSV is several files: a directory, never standard output.
    run(
        "subgraph",
        &[
            "--ego",
            "sybiha",
            "--format",
            "csv",
            "--out",
            &path("neo4j"),
        ],
    )
    .assert()
    .success();
    assert!(dir.path().join("neo4j/nodes.csv").exists());
    run("subgraph", &["--ego", "sybiha", "--format", "csv"])
        .assert()
        .code(2)
        .stderr(contains("give a directory with --out"));
}
