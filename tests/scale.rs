//! Scale features, checked for what they promise rather than how fast they are
//! (timings live in `benches/` and `scripts/bench.sh`):
//!
//! - the output is byte-identical whatever the thread count and batch size;
//! - `merge` of graphs built on shards equals one run over all the shards
//!   (per mention and aggregated, with duplicate document ids and affiliations
//!   that only the union can show);
//! - `--jsonl-out` streams exactly the records of `graph.json`, in order;
//! - `--aggregate` adds up to the per-mention graph and stays bounded;
//! - no progress bar when standard error is not a terminal, nothing with `--quiet`.

use assert_cmd::Command;
use serde_json::Value;
use stancegraph::config::Config;
use stancegraph::corpus::{build_graph, BuildOptions};
use stancegraph::read::read_inputs;
use stancegraph::Lexicon;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/articles")
}

fn bin() -> Command {
    Command::cargo_bin("stancegraph").expect("binary built")
}

/// Run `stancegraph build` with these arguments (and `--quiet`), which must succeed.
fn build(args: &[&str]) {
    bin()
        .arg("build")
        .args(args)
        .arg("--quiet")
        .assert()
        .success();
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn json(path: &Path) -> Value {
    serde_json::from_slice(&read(path)).expect("valid JSON")
}

fn s(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

/// The example articles split into two shard directories (first half, second half).
fn shards(dir: &Path) -> (PathBuf, PathBuf) {
    let mut files: Vec<PathBuf> = std::fs::read_dir(examples())
        .expect("examples")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    let (a, b) = (dir.join("a"), dir.join("b"));
    for (i, f) in files.iter().enumerate() {
        let shard = if i < files.len() / 2 { &a } else { &b };
        std::fs::create_dir_all(shard).expect("mkdir");
        std::fs::copy(f, shard.join(f.file_name().expect("name"))).expect("copy");
    }
    (a, b)
}

#[test]
fn output_is_byte_identical_across_thread_counts() {
    let dir = TempDir::new().expect("temp dir");
    let ex = examples();
    let mut outputs = Vec::new();
    for threads in ["1", "2", "3"] {
        let out = dir.path().join(format!("t{threads}"));
        let jsonl = out.join("stream.jsonl");
        std::fs::create_dir_all(&out).expect("mkdir");
        build(&[
            s(&ex),
            "--out",
            s(&out),
            "--format",
            "json,dot",
            "--threads",
            threads,
            "--jsonl-out",
            s(&jsonl),
        ]);
        outputs.push(["graph.json", "graph.dot", "stream.jsonl"].map(|f| (f, read(&out.join(f)))));
    }
    for other in &outputs[1..] {
        for ((name, one), (_, many)) in outputs[0].iter().zip(other) {
            assert!(one == many, "{name} differs between thread counts");
        }
    }
}

#[test]
fn batch_size_and_pool_size_do_not_change_the_graph() {
    let lexicon = Lexicon::builtin().expect("lexicon");
    let run = |threads: usize, batch_docs: usize| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("pool");
        pool.install(|| {
            let inputs = read_inputs(&[examples()], &Config::default());
            let options = BuildOptions {
                batch_docs,
                ..BuildOptions::default()
            };
            let (graph, summary) = build_graph(inputs, &lexicon, &options, &mut ());
            assert!(summary.skipped.is_empty());
            graph.to_wire()
        })
    };
    let reference = run(1, 256);
    assert!(reference.documents.len() >= 10 && !reference.edges.is_empty());
    for (threads, batch) in [(1, 1), (2, 1), (2, 5), (3, 256)] {
        assert!(
            run(threads, batch) == reference,
            "{threads} threads, batches of {batch}: graph differs"
        );
    }
}

/// Build shard `a` into `dir/ga`, shard `b` into `dir/gb` and both into
/// `dir/all`, merge the two shard graphs, and require the merge to equal the
/// single run byte for byte.
fn merge_equals_single_run(dir: &Path, a: &Path, b: &Path) {
    let out = |name: &str| dir.join(name);
    build(&[s(a), "--out", s(&out("ga")), "--format", "json"]);
    build(&[s(b), "--out", s(&out("gb")), "--format", "json"]);
    build(&[s(a), s(b), "--out", s(&out("all")), "--format", "json"]);
    let merged = out("merged.json");
    bin()
        .args(["merge", "--quiet", "--out", s(&merged)])
        .arg(out("ga").join("graph.json"))
        .arg(out("gb").join("graph.json"))
        .assert()
        .success();
    assert!(
        read(&merged) == read(&out("all").join("graph.json")),
        "merge differs from a single run"
    );
}

#[test]
fn merging_shards_equals_one_run_over_all() {
    let dir = TempDir::new().expect("temp dir");
    let (a, b) = shards(dir.path());
    merge_equals_single_run(dir.path(), &a, &b);
    // The shards really are partial: each misses documents and edges.
    let whole = json(&dir.path().join("all/graph.json"));
    let part = json(&dir.path().join("ga/graph.json"));
    assert!(
        part["documents"].as_array().map(Vec::len) < whole["documents"].as_array().map(Vec::len)
    );
}

#[test]
fn merging_aggregated_shards_equals_one_aggregated_run() {
    let dir = TempDir::new().expect("temp dir");
    let (a, b) = shards(dir.path());
    let out = |name: &str| dir.path().join(name);
    let agg = ["--format", "json", "--aggregate", "--samples", "2"];
    fn with<'a>(extra: &[&'a str], first: &[&'a str]) -> Vec<&'a str> {
        [first, extra].concat()
    }
    build(&with(&agg, &[s(&a), "--out", s(&out("ga"))]));
    build(&with(&agg, &[s(&b), "--out", s(&out("gb"))]));
    build(&[s(&a), "--out", s(&out("pa")), "--format", "json"]);
    build(&[s(&b), "--out", s(&out("pb")), "--format", "json"]);
    build(&with(&agg, &[s(&a), s(&b), "--out", s(&out("all"))]));
    let single = read(&out("all").join("graph.json"));
    // Aggregated shards, and per-mention shards aggregated by the merge.
    for (x, y, flags) in [
        ("ga", "gb", vec![]),
        ("pa", "pb", vec!["--aggregate", "--samples", "2"]),
    ] {
        let merged = dir.path().join(format!("{x}{y}.json"));
        bin()
            .args(["merge", "--quiet", "--out", s(&merged)])
            .args(&flags)
            .arg(out(x).join("graph.json"))
            .arg(out(y).join("graph.json"))
            .assert()
            .success();
        assert!(
            read(&merged) == single,
            "merge of {x}+{y} differs from a single run"
        );
    }
    // An aggregated graph cannot be merged back into one edge per mention.
    bin()
        .args(["merge", "--out", s(&out("bad.json"))])
        .arg(out("pa").join("graph.json"))
        .arg(out("gb").join("graph.json"))
        .assert()
        .failure();
}

#[test]
fn merge_renames_documents_and_resolves_affiliations_like_a_single_run() {
    let dir = TempDir::new().expect("temp dir");
    let line = |id: &str, text: &str| {
        serde_json::json!({"id": id, "date": "2025-08-22", "text": text}).to_string() + "\n"
    };
    // Shard a names Lavrov but not Russia; shard b names Russia: only the union
    // shows Lavrov's affiliation. Ids repeat inside and across the shards.
    let a = dir.path().join("a.jsonl");
    let b = dir.path().join("b.jsonl");
    std::fs::write(
        &a,
        line(
            "report",
            "Sergei Lavrov met Marco Rubio in Istanbul on Friday.",
        ) + &line("report", "Sergei Lavrov said the talks were useful."),
    )
    .expect("write");
    std::fs::write(
        &b,
        line("report", "Russia rejected the proposal on Friday.")
            + &line("report-2", "Ukraine criticized Russia on Thursday.")
            + &line("report", "The United States welcomed the talks."),
    )
    .expect("write");
    merge_equals_single_run(dir.path(), &a, &b);
    let out = |name: &str| dir.path().join(name);
    let whole = json(&out("all").join("graph.json"));
    let ids: Vec<&str> = whole["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|d| d["id"].as_str().expect("id"))
        .collect();
    assert_eq!(
        ids,
        ["report", "report-2", "report-3", "report-2-2", "report-4"]
    );
    let part = json(&out("ga").join("graph.json"));
    let lavrov = |g: &Value| {
        g["nodes"]
            .as_array()
            .expect("nodes")
            .iter()
            .find(|n| n["id"] == "lavrov")
            .map(|n| n["affiliation"].clone())
    };
    assert_eq!(lavrov(&part), Some(Value::Null));
    assert_eq!(part["pending_affiliations"]["lavrov"], "russia");
    assert_eq!(lavrov(&whole), Some(Value::from("russia")));
}

#[test]
fn jsonl_stream_holds_the_records_of_graph_json_in_order() {
    let dir = TempDir::new().expect("temp dir");
    let out = dir.path().join("out");
    let stream = dir.path().join("stream.jsonl");
    build(&[
        s(&examples()),
        "--out",
        s(&out),
        "--format",
        "json",
        "--jsonl-out",
        s(&stream),
    ]);
    let graph = json(&out.join("graph.json"));
    let text = String::from_utf8(read(&stream)).expect("UTF-8");
    let mut by_type: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    let mut docs_seen = Vec::new();
    for line in text.lines() {
        let mut v: Value = serde_json::from_str(line).expect("one JSON value per line");
        let kind = v["type"].as_str().expect("type").to_string();
        v.as_object_mut().expect("object").remove("type");
        if kind != "document" {
            // Records come after their document's line.
            assert_eq!(Some(&v["doc"]), docs_seen.last(), "{line}");
        } else {
            docs_seen.push(v["id"].clone());
        }
        by_type.entry(kind).or_default().push(v);
    }
    for (kind, list) in [
        ("document", "documents"),
        ("relation", "edges"),
        ("statement", "statements"),
        ("stance", "stances"),
    ] {
        let expected = graph[list].as_array().cloned().unwrap_or_default();
        let got = by_type.remove(kind).unwrap_or_default();
        assert!(
            got == expected,
            "{kind} lines differ from graph.json {list}"
        );
    }
    assert!(by_type.is_empty(), "unexpected line types: {by_type:?}");
    // `-` streams to standard output.
    let piped = bin()
        .args([
            "build",
            "--quiet",
            "--format",
            "json",
            "--jsonl-out",
            "-",
            "--out",
        ])
        .arg(dir.path().join("out2"))
        .arg(examples())
        .output()
        .expect("run");
    assert!(piped.status.success());
    assert!(
        piped.stdout == read(&stream),
        "stdout stream differs from the file"
    );
}

#[test]
fn aggregated_edges_add_up_to_the_mentions() {
    let dir = TempDir::new().expect("temp dir");
    let (full, agg) = (dir.path().join("full"), dir.path().join("agg"));
    build(&[s(&examples()), "--out", s(&full), "--format", "json"]);
    let samples = 2;
    build(&[
        s(&examples()),
        "--out",
        s(&agg),
        "--format",
        "json",
        "--aggregate",
        "--samples",
        "2",
    ]);
    let full = json(&full.join("graph.json"));
    let agg = json(&agg.join("graph.json"));
    let key = |e: &Value| {
        (
            e["source"].as_str().unwrap_or("").to_string(),
            e["target"].as_str().unwrap_or("").to_string(),
            e["relation"].as_str().unwrap_or("").to_string(),
        )
    };
    let mut expected: BTreeMap<_, (usize, f64)> = BTreeMap::new();
    for e in full["edges"].as_array().expect("edges") {
        let entry = expected.entry(key(e)).or_default();
        entry.0 += 1;
        entry.1 += e["goldstein"].as_f64().expect("goldstein");
    }
    let edges = agg["edges"].as_array().expect("edges");
    assert_eq!(
        edges.len(),
        expected.len(),
        "one edge per (source, target, relation)"
    );
    for e in edges {
        let a = &e["aggregate"];
        let (count, sum) = expected[&key(e)];
        assert_eq!(a["count"].as_u64(), Some(count as u64), "{e}");
        assert!(
            (a["goldstein_sum"].as_f64().expect("sum") - sum).abs() < 1e-6,
            "{e}"
        );
        // The edge is the first mention; its samples are the next ones.
        let kept = a["samples"].as_array().expect("samples").len();
        assert_eq!(kept + 1, count.min(samples), "{e}");
        assert!(a["first_date"].as_str() <= a["last_date"].as_str());
    }
    let info = &agg["aggregate"];
    assert_eq!(
        info["edge_mentions"].as_u64(),
        full["edges"].as_array().map(|v| v.len() as u64)
    );
    assert_eq!(
        info["statements"].as_u64(),
        full["statements"].as_array().map(|v| v.len() as u64)
    );
    let full_nodes = full["nodes"].as_array().expect("nodes");
    for (n, whole) in agg["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .zip(full_nodes)
    {
        assert_eq!(n["id"], whole["id"]);
        let docs = n["docs"].as_array().expect("docs").len();
        let all = whole["docs"].as_array().expect("docs").len();
        assert_eq!(n["doc_count"].as_u64(), Some(all as u64), "{n}");
        assert_eq!(docs, all.min(samples), "{n}");
    }
    let mut per_speaker: BTreeMap<String, usize> = BTreeMap::new();
    for st in agg["statements"].as_array().expect("statements") {
        *per_speaker.entry(st["speaker"].to_string()).or_default() += 1;
    }
    assert!(per_speaker.values().all(|&n| n <= samples));
}

#[test]
fn no_progress_bar_in_pipes_and_nothing_with_quiet() {
    let dir = TempDir::new().expect("temp dir");
    let run = |quiet: bool| {
        let mut cmd = bin();
        cmd.args(["build", "--format", "json", "--out"])
            .arg(dir.path().join("o"))
            .arg(examples());
        if quiet {
            cmd.arg("--quiet");
        }
        cmd.output().expect("run")
    };
    let loud = run(false);
    assert!(loud.status.success());
    let err = String::from_utf8_lossy(&loud.stderr);
    assert!(err.contains("documents"), "{err}");
    assert!(
        !err.contains('\r') && !err.contains('\u{1b}') && !err.contains("ETA"),
        "progress output in a pipe: {err:?}"
    );
    let quiet = run(true);
    assert!(quiet.status.success());
    assert!(
        quiet.stderr.is_empty(),
        "{:?}",
        String::from_utf8_lossy(&quiet.stderr)
    );
    assert!(quiet.stdout.is_empty());
}
