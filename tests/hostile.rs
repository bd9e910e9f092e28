//! Hostile and broken input, end to end through the binary: every file in
//! `tests/hostile/` (see its README) with the messages and outputs it must give.
//!
//! Runs happen inside `tests/hostile/`, so messages name files as a user typed them.

#[path = "hostile/check.rs"]
mod check;

use stancegraph::read::read_inputs;
use stancegraph::{Config, GraphFile};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile")
}

/// One finished run of `stancegraph build`.
struct Run {
    code: Option<i32>,
    stderr: String,
    out: PathBuf,
    _tmp: Option<tempfile::TempDir>,
}

impl Run {
    fn graph(&self) -> GraphFile {
        GraphFile::load(&self.out.join("graph.json")).expect("graph.json loads")
    }

    fn file(&self, name: &str) -> String {
        std::fs::read_to_string(self.out.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
    }

    /// Assert stderr holds `line` (RUST_BACKTRACE may add more around it).
    fn says(&self, line: &str) -> &Self {
        assert!(
            self.stderr.contains(line),
            "stderr lacks {line:?}:\n{}",
            self.stderr
        );
        self
    }
}

fn command() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_stancegraph"));
    cmd.current_dir(dir());
    cmd
}

/// `stancegraph build ARGS --out OUT` in `tests/hostile/`, with `stdin` piped in.
fn build_into(out: &Path, args: &[&str], stdin: Option<&[u8]>) -> Run {
    let mut cmd = command();
    cmd.arg("build").args(args).arg("--out").arg(out);
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("binary starts");
    if let Some(bytes) = stdin {
        let mut pipe = child.stdin.take().expect("stdin");
        pipe.write_all(bytes).expect("stdin written");
    }
    let output = child.wait_with_output().expect("binary runs");
    Run {
        code: output.status.code(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        out: out.to_path_buf(),
        _tmp: None,
    }
}

fn build(args: &[&str]) -> Run {
    let tmp = tempfile::tempdir().expect("temp dir");
    let mut run = build_into(tmp.path(), args, None);
    run._tmp = Some(tmp);
    run
}

/// The bodies of the documents in `inputs`, read the way the binary reads them.
fn bodies(inputs: &[&str], config: &Config) -> BTreeMap<String, String> {
    let paths: Vec<PathBuf> = inputs.iter().map(|p| dir().join(p)).collect();
    read_inputs(&paths, config)
        .filter_map(Result::ok)
        .map(|d| (d.id, d.text))
        .collect()
}

fn statements(g: &GraphFile) -> Vec<(Option<&str>, &str)> {
    g.statements
        .iter()
        .map(|s| (s.speaker.as_deref(), s.text.as_str()))
        .collect()
}

fn has_edge(g: &GraphFile, source: &str, cameo: &str, target: &str) -> bool {
    g.edges
        .iter()
        .any(|e| e.source == source && e.cameo == cameo && e.target == target)
}

#[test]
fn scraped_html_is_cleaned_and_offsets_point_into_the_cleaned_body() {
    let run = build(&["scraped_html.txt", "--format", "json"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let g = run.graph();
    assert_eq!(g.documents[0].date.as_deref(), Some("2025-08-19"));
    let st = statements(&g);
    assert!(
        st.contains(&(Some("lavrov"), "no meeting is planned")),
        "{st:?}"
    );
    assert!(
        st.contains(&(Some("zelensky"), "Moscow wants more time to attack.")),
        "{st:?}"
    );
    assert!(has_edge(&g, "zelensky", "112", "russia"));
    // Script, style, comment and noscript content is not text.
    let json = run.file("graph.json");
    for gone in [
        "tracker",
        "document.write",
        "color",
        "praised",
        "JavaScript",
    ] {
        assert!(!json.contains(gone), "{gone} leaked into graph.json");
    }
    assert!(!g.edges.iter().any(|e| e.source == "trump"));
    let bodies = bodies(&["scraped_html.txt"], &Config::default());
    let body = &bodies["scraped_html"];
    assert!(body.starts_with("Talks & tensions\n\nSergei Lavrov said on Tuesday that \"no meeting is planned\" with Volodymyr Zelensky.\n\nZelensky accused"), "{body}");
    assert!(
        body.ends_with("ready to host the next round — nothing more."),
        "{body}"
    );
    assert!(!body.contains(['<', '>', '\u{A0}']), "{body}");
    assert!(!body.contains("&amp;") && !body.contains("&#"), "{body}");
    check::check_offsets(&g, &bodies).unwrap();
}

#[test]
fn bom_crlf_and_odd_spaces_do_not_hide_the_header_or_names() {
    let run = build(&["bom_crlf_spaces.txt", "--format", "json"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let g = run.graph();
    assert_eq!(g.documents[0].date.as_deref(), Some("2025-08-18"));
    assert!(has_edge(&g, "zelensky", "040", "trump"));
    assert!(statements(&g).contains(&(Some("zelensky"), "very good")));
    let bodies = bodies(&["bom_crlf_spaces.txt"], &Config::default());
    let body = &bodies["bom_crlf_spaces"];
    assert!(
        !body.contains(['\r', '\u{A0}', '\u{200B}', '\u{FEFF}']),
        "{body:?}"
    );
    assert!(body.starts_with("Volodymyr Zelensky met Donald Trump at the White House"));
    check::check_offsets(&g, &bodies).unwrap();
}

#[test]
fn control_characters_become_spaces_and_every_format_stays_valid() {
    let run = build(&[
        "controls.txt",
        "--format",
        "json,dot,graphml,gexf,nodelink,cytoscape,csv,html",
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let g = run.graph();
    assert!(has_edge(&g, "russia", "125", "zelensky"));
    assert!(statements(&g).contains(&(Some("lavrov"), "no meeting is planned")));
    let bodies = bodies(&["controls.txt"], &Config::default());
    assert!(!bodies["controls"]
        .chars()
        .any(|c| c.is_control() && c != '\n'));
    check::check_offsets(&g, &bodies).unwrap();
    check::parse_xml(&run.file("graph.graphml")).unwrap();
    check::parse_xml(&run.file("graph.gexf")).unwrap();
    check::parse_dot(&run.file("graph.dot")).unwrap();
}

#[test]
fn an_unclosed_quote_does_not_swallow_the_rest_of_the_article() {
    let run = build(&["unbalanced_quotes.txt", "--format", "json"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let g = run.graph();
    let st = statements(&g);
    // The paragraphs after the unclosed quote are read as usual...
    assert!(
        st.contains(&(Some("lavrov"), "no meeting is planned")),
        "{st:?}"
    );
    assert!(has_edge(&g, "russia", "125", "zelensky"));
    // ...and no statement runs over a paragraph break.
    for s in &g.statements {
        assert!(!s.text.contains('\n'), "{:?}", s.text);
        assert!(!s.text.contains("Lavrov"), "{:?}", s.text);
    }
    check::check_offsets(&g, &bodies(&["unbalanced_quotes.txt"], &Config::default())).unwrap();
}

#[test]
fn bad_inputs_are_named_and_skipped_and_the_run_ends_with_a_summary() {
    let run = build(&[
        "invalid_utf8.txt",
        "empty.txt",
        "only_markup.txt",
        "bad_date.txt",
        "missing.txt",
        "scraped_html.txt",
        "--format",
        "json",
    ]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    run.says(
        "stancegraph: skipped: invalid_utf8.txt:4: invalid UTF-8 at byte 83 (use --lossy to replace bad bytes)",
    )
    .says("stancegraph: skipped: empty.txt: empty document")
    .says("stancegraph: skipped: only_markup.txt: empty document")
    .says("stancegraph: skipped: bad_date.txt:1: bad date \"2025-02-30\" (expected YYYY-MM-DD)")
    .says("stancegraph: skipped: missing.txt: cannot read: No such file or directory")
    .says("stancegraph: 1 processed, 5 skipped (1 bad date, 2 empty, 1 invalid UTF-8, 1 unreadable)");
    let g = run.graph();
    let ids: Vec<&str> = g.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["scraped_html"]);
}

#[test]
fn lossy_replaces_bad_bytes_and_goes_on() {
    let run = build(&["invalid_utf8.txt", "--lossy", "--format", "json"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let g = run.graph();
    assert!(has_edge(&g, "russia", "125", "zelensky"));
    let bodies = bodies(
        &["invalid_utf8.txt"],
        &Config {
            lossy: true,
            ..Config::default()
        },
    );
    assert!(bodies["invalid_utf8"].contains("it was \u{FFFD}( not ready"));
    check::check_offsets(&g, &bodies).unwrap();
}

/// An output directory holding a previous good `graph.json`; its bytes.
fn previous_output() -> (tempfile::TempDir, Vec<u8>) {
    let tmp = tempfile::tempdir().unwrap();
    let run = build_into(
        tmp.path(),
        &["bom_crlf_spaces.txt", "--format", "json"],
        None,
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let bytes = std::fs::read(tmp.path().join("graph.json")).unwrap();
    (tmp, bytes)
}

fn assert_kept(out: &Path, before: &[u8]) {
    let now = std::fs::read(out.join("graph.json")).unwrap();
    assert!(now == before, "the previous graph.json was replaced");
    let names: Vec<String> = std::fs::read_dir(out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["graph.json"], "no stray files");
}

#[test]
fn strict_stops_at_the_first_error_and_keeps_the_previous_output() {
    let (tmp, before) = previous_output();
    let run = build_into(
        tmp.path(),
        &[
            "scraped_html.txt",
            "bad_date.txt",
            "empty.txt",
            "--strict",
            "--format",
            "json",
        ],
        None,
    );
    assert_eq!(run.code, Some(1));
    run.says("bad_date.txt:1: bad date")
        .says("stopped at the first error (--strict); nothing written");
    assert!(!run.stderr.contains("empty.txt"), "went on after the error");
    assert_kept(tmp.path(), &before);
}

#[test]
fn failed_runs_keep_the_previous_output() {
    let (tmp, before) = previous_output();
    // Nothing could be read.
    let run = build_into(
        tmp.path(),
        &["empty.txt", "bad_date.txt", "--format", "json"],
        None,
    );
    assert_eq!(run.code, Some(1));
    run.says("stancegraph: 0 processed, 2 skipped (1 bad date, 1 empty); nothing written");
    assert_kept(tmp.path(), &before);
    // A bad user lexicon: line and column of the bad cell.
    let run = build_into(
        tmp.path(),
        &["scraped_html.txt", "--actors", "bad_actors.tsv"],
        None,
    );
    assert_eq!(run.code, Some(2));
    run.says("bad_actors.tsv:4:2: unknown kind \"banana\"");
    assert_kept(tmp.path(), &before);
    // An unknown format.
    let run = build_into(
        tmp.path(),
        &["scraped_html.txt", "--format", "json,pdf"],
        None,
    );
    assert_eq!(run.code, Some(2));
    run.says("unknown format \"pdf\"");
    assert_kept(tmp.path(), &before);
}

#[test]
fn a_lexicon_saved_on_windows_loads() {
    let run = build(&[
        "windows_lexicon_article.txt",
        "--actors",
        "windows_actors.tsv",
        "--format",
        "json",
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let g = run.graph();
    assert_eq!(g.node("foo_org").map(|n| n.label.as_str()), Some("Foo Org"));
    assert!(has_edge(&g, "foo_org", "112", "russia"));
}

const JSONL_ERRORS: &[&str] = &[
    "records.jsonl:2: bad JSON Lines record: EOF while parsing a string (column 46)",
    "records.jsonl:4: bad JSON Lines record: a record must be a JSON object like {\"text\": \"...\"}, not an array",
    "records.jsonl:5: bad JSON Lines record: missing \"text\" field",
    "records.jsonl:6: bad date \"22/08/2025\" (expected YYYY-MM-DD)",
    "records.jsonl:7: bad JSON Lines record: invalid UTF-8 at byte 32 of the line (use --lossy to replace bad bytes)",
    "records.jsonl:8: empty document",
    "records.jsonl:10: bad JSON Lines record: recursion limit exceeded",
    "records.jsonl:12: bad JSON Lines record: field \"date\" must be a string, not a number",
];

fn check_jsonl_graph(g: &GraphFile) {
    let docs: Vec<(&str, Option<&str>, Option<&str>)> = g
        .documents
        .iter()
        .map(|d| (d.id.as_str(), d.title.as_deref(), d.date.as_deref()))
        .collect();
    assert_eq!(
        docs,
        [
            (
                "../../escape/passwd",
                Some("Kremlin & Kyiv"),
                Some("2025-08-22")
            ),
            ("/tmp/stancegraph-hostile-id", None, Some("2025-09-01")),
            ("7", None, Some("2025-08-26")),
        ]
    );
    assert_eq!(
        g.documents[0].url.as_deref(),
        Some("https://example.org/a?b=1&c=2")
    );
    assert!(has_edge(g, "russia", "125", "zelensky"));
    assert!(has_edge(g, "putin", "040", "xi"));
    assert!(has_edge(g, "starmer", "051", "zelensky"));
    assert!(statements(g).contains(&(Some("lavrov"), "no meeting is planned")));
}

#[test]
fn jsonl_errors_name_their_lines_and_ids_never_become_paths() {
    let run = build(&["records.jsonl", "--format", "json,dot,csv,html"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    for line in JSONL_ERRORS {
        run.says(&format!("stancegraph: skipped: {line}"));
    }
    run.says("stancegraph: 3 processed, 8 skipped (6 bad JSON Lines record, 1 bad date, 1 empty)");
    let g = run.graph();
    check_jsonl_graph(&g);
    check::check_offsets(&g, &bodies(&["records.jsonl"], &Config::default())).unwrap();
    // Only the format's fixed file names are written, whatever the ids say.
    let mut names: Vec<String> = std::fs::read_dir(&run.out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "graph.dot",
            "graph.html",
            "graph.json",
            "load.cypher",
            "nodes.csv",
            "relationships.csv"
        ]
    );
    assert!(!Path::new("/tmp/stancegraph-hostile-id").exists());
    assert!(!dir().join("../../escape").exists());
    assert!(!run.out.join("../../escape").exists());
}

#[test]
fn standard_input_takes_json_lines_and_text() {
    let tmp = tempfile::tempdir().unwrap();
    let records = std::fs::read(dir().join("records.jsonl")).unwrap();
    let run = build_into(tmp.path(), &["-", "--format", "json"], Some(&records));
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    run.says("stancegraph: skipped: -:4: bad JSON Lines record: a record must be a JSON object");
    run.says("stancegraph: 3 processed, 8 skipped");
    check_jsonl_graph(&run.graph());
    // Blank lines before the first record count as lines.
    let padded = [b"\n \n".as_slice(), &records].concat();
    let run = build_into(tmp.path(), &["-", "--format", "json"], Some(&padded));
    run.says("stancegraph: skipped: -:6: bad JSON Lines record: a record must be a JSON object");
    check_jsonl_graph(&run.graph());

    let text = std::fs::read(dir().join("bom_crlf_spaces.txt")).unwrap();
    let run = build_into(tmp.path(), &["-", "--format", "json"], Some(&text));
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let g = run.graph();
    assert_eq!(g.documents[0].id, "stdin");
    assert_eq!(g.documents[0].date.as_deref(), Some("2025-08-18"));
    assert!(has_edge(&g, "zelensky", "040", "trump"));
}

#[test]
fn documents_over_the_limit_are_refused() {
    let size = std::fs::metadata(dir().join("scraped_html.txt"))
        .unwrap()
        .len();
    let run = build(&[
        "scraped_html.txt",
        "bom_crlf_spaces.txt",
        "records.jsonl",
        "--max-doc-bytes",
        "200",
        "--format",
        "json",
    ]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    run.says(&format!(
        "scraped_html.txt: document of {size} bytes is over the limit of 200 bytes (see --max-doc-bytes)"
    ));
    run.says("records.jsonl:1: document of ");
    run.says("records.jsonl:10: document of 10038 bytes is over the limit of 200 bytes");
    // The other lines and files are read as usual.
    run.says("records.jsonl:2: bad JSON Lines record");
    let ids: Vec<String> = run.graph().documents.into_iter().map(|d| d.id).collect();
    assert_eq!(ids, ["bom_crlf_spaces", "/tmp/stancegraph-hostile-id", "7"]);
}

/// Run with a deadline: an endless input must be refused, not read forever.
fn finishes_within(mut cmd: Command, limit: Duration) -> std::process::Output {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > limit {
            child.kill().unwrap();
            panic!("still running after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

#[test]
fn an_endless_input_is_refused_at_the_limit() {
    if !Path::new("/dev/zero").exists() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    // A device as a file...
    let mut cmd = command();
    cmd.args(["build", "/dev/zero", "--max-doc-bytes", "100000", "--out"])
        .arg(tmp.path());
    let out = finishes_within(cmd, Duration::from_secs(60));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains(
        "/dev/zero: document of more than 100000 bytes is over the limit of 100000 bytes"
    ));
    // ...and as standard input.
    let mut cmd = command();
    cmd.args(["build", "-", "--max-doc-bytes", "100000", "--out"])
        .arg(tmp.path())
        .stdin(std::fs::File::open("/dev/zero").unwrap());
    let out = finishes_within(cmd, Duration::from_secs(60));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("-: document of more than 100000 bytes"),
        "{stderr}"
    );
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_in_a_directory_is_walked_once() {
    let tmp = tempfile::tempdir().unwrap();
    let articles = tmp.path().join("articles");
    std::fs::create_dir_all(articles.join("sub")).unwrap();
    std::fs::copy(
        dir().join("bom_crlf_spaces.txt"),
        articles.join("sub/a.txt"),
    )
    .unwrap();
    std::os::unix::fs::symlink("..", articles.join("sub/loop")).unwrap();
    let out = tmp.path().join("out");
    let run = build_into(
        &out,
        &[articles.to_str().unwrap(), "--format", "json"],
        None,
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(run.graph().documents.len(), 1);
}

#[test]
fn a_very_long_line_stays_bounded() {
    // 100 kB without a sentence end, with a speech verb every few words: each
    // statement once ran to the end of the line, so the output grew quadratically.
    let words = [
        "Putin",
        "said",
        "Russia",
        "would",
        "meet",
        "Zelensky",
        "in",
        "Moscow",
        "and",
        "Trump",
        "told",
        "reporters",
        "the",
        "talks",
        "were",
        "useful",
    ];
    let mut text = String::from("date 2025-08-22\n\n");
    let mut i = 7u64;
    while text.len() < 100_000 {
        i = i
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        text.push_str(words[(i >> 33) as usize % words.len()]);
        text.push(' ');
    }
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("long.txt");
    std::fs::write(&input, &text).unwrap();
    let out = tmp.path().join("out");
    let run = build_into(&out, &[input.to_str().unwrap(), "--format", "json"], None);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let size = std::fs::metadata(out.join("graph.json")).unwrap().len();
    // Unbounded statements made this about 60 MB; bounded ones keep it linear.
    assert!(size < 30_000_000, "graph.json of {size} bytes");
    let g = run.graph();
    assert!(!g.statements.is_empty());
    for s in &g.statements {
        assert!(s.text.len() < 8_000, "statement of {} bytes", s.text.len());
    }
    for e in &g.edges {
        let n = e.evidence.text.len();
        assert!(n < 8_000, "evidence of {n} bytes");
    }
    let mut bodies = BTreeMap::new();
    bodies.insert(
        "long".to_string(),
        text["date 2025-08-22\n\n".len()..].trim().to_string(),
    );
    check::check_offsets(&g, &bodies).unwrap();
}

// ---- exports cannot be broken by content -----------------------------------

const EVIL_LABEL: &str =
    "Evil \"Corp\" \\ <script>alert('x')</script> & {digraph} -> node [edge]; -- ]]> <!-- &amp; %s";
const EVIL_RELATION_LABEL: &str =
    "denounces \"loudly\" <b>&amp;</b> {x} \\n ]]> --> </script><script>alert(3)</script>";
const EVIL_QUOTE: &str = "We reject </script><script>alert(1)</script> and back\\slashes \\n \\\\, {braces} -> edge; node [shape=box] ]]> --> &amp; <!-- x -->";

#[test]
fn hostile_names_and_quotes_survive_every_export_format() {
    let run = build(&[
        "injection.txt",
        "--actors",
        "evil_actors.tsv",
        "--relations",
        "evil_relations.tsv",
        "--format",
        "json,dot,graphml,gexf,nodelink,cytoscape,csv,html",
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let g = run.graph();
    check::check_offsets(&g, &bodies(&["injection.txt"], &Config::default())).unwrap();
    let ids: Vec<&str> = g.nodes.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(ids, ["evil_corp", "node", "russia", "subgraph"]);
    assert_eq!(g.node("evil_corp").unwrap().label, EVIL_LABEL);
    let evil_edge = g.edges.iter().find(|e| e.source == "evil_corp").unwrap();
    assert_eq!(evil_edge.label, EVIL_RELATION_LABEL);
    assert_eq!(evil_edge.relation, "denounces\"];evil->x[label=\"");
    assert!(statements(&g).contains(&(Some("evil_corp"), EVIL_QUOTE)));

    // DOT: parses, and has exactly the graph's nodes and edges at the top level.
    let dot = check::parse_dot(&run.file("graph.dot")).unwrap();
    let graphviz_rust::dot_structures::Graph::DiGraph { stmts, .. } = dot else {
        panic!("not a digraph");
    };
    use graphviz_rust::dot_structures::{Id, Stmt};
    let mut nodes = Vec::new();
    let mut edges = 0;
    for s in &stmts {
        match s {
            Stmt::Node(n) => match &n.id.0 {
                Id::Escaped(id) => nodes.push(id.clone()),
                other => panic!("unquoted node id {other:?}"),
            },
            Stmt::Edge(_) => edges += 1,
            _ => {}
        }
    }
    assert_eq!(
        nodes,
        ["\"evil_corp\"", "\"node\"", "\"russia\"", "\"subgraph\""]
    );
    assert_eq!(edges, 3);

    // XML: well-formed, and the names come back exactly.
    for name in ["graph.graphml", "graph.gexf"] {
        let values = check::parse_xml(&run.file(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(values.iter().any(|v| v == EVIL_LABEL), "{name}: label lost");
        assert!(
            values.iter().any(|v| v.contains(EVIL_RELATION_LABEL)),
            "{name}: relation label lost"
        );
    }

    // CSV: strict RFC 4180, and the fields come back exactly.
    let nodes_csv = check::parse_csv(&run.file("nodes.csv")).unwrap();
    assert!(nodes_csv.iter().any(|r| r.iter().any(|f| f == EVIL_LABEL)));
    let rels = check::parse_csv(&run.file("relationships.csv")).unwrap();
    assert!(rels
        .iter()
        .any(|r| r.iter().any(|f| f == EVIL_RELATION_LABEL)));

    // JSON formats parse and keep the text.
    for name in ["graph.nodelink.json", "graph.cytoscape.json"] {
        let text = run.file(name);
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert!(value.to_string().contains("alert('x')"), "{name}");
    }

    // HTML: no script element but the page's own; the text shows escaped.
    let page = run.file("graph.html");
    let empty = stancegraph::export::html::render(&GraphFile::empty()).unwrap();
    let template = String::from_utf8(empty).unwrap().matches("<script").count();
    check::check_html(&page, template).unwrap();
    assert!(!page.contains("<script>alert"));
    assert!(!page.contains("<b>&amp;</b>"));
    assert!(page.contains("&lt;script&gt;alert("));

    // The same holds for the rendered diagram, where Graphviz is installed.
    render_svg_if_possible(&run.file("graph.dot"));
}

fn render_svg_if_possible(dot: &str) {
    let child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        eprintln!("note: Graphviz `dot` is not installed; SVG check skipped");
        return;
    };
    child
        .stdin
        .take()
        .unwrap()
        .write_all(dot.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "dot failed: {stderr}");
    let svg = String::from_utf8_lossy(&out.stdout);
    assert!(!svg.contains("<script"), "script element in the SVG");
    // `&amp;` in a name shows as written, not decoded to `&` by Graphviz.
    assert!(svg.contains("&lt;!&#45;&#45; &amp;amp; %s"), "{svg}");
    check::parse_xml(&svg).unwrap();
}

#[test]
fn dot_quote_keeps_entities_literal() {
    // Regression: Graphviz decodes entities in every string, so `&amp;` in a name
    // was drawn as `&` and `&#8238;` as a right-to-left override.
    let quoted = |s: &str| match stancegraph::export::dot::quote(s) {
        graphviz_rust::dot_structures::Id::Escaped(q) => q,
        other => panic!("{other:?}"),
    };
    assert_eq!(quoted("AT&amp;T"), "\"AT&amp;amp;T\"");
    assert_eq!(quoted("a &#8238; b"), "\"a &amp;#8238; b\"");
}

#[test]
fn many_documents_with_one_id_are_added_in_linear_time() {
    // Regression: each repeated id tried -2, -3, ... from the start, so a feed of
    // n records sharing an id took n²/2 lookups (20 000 records: two minutes).
    let lexicon = stancegraph::Lexicon::builtin().unwrap();
    let doc = stancegraph::Document {
        id: "x".into(),
        title: None,
        date: None,
        source: "feed.jsonl".into(),
        url: None,
        text: "Putin met Trump.".into(),
    };
    let ex = stancegraph::extract(&doc, &lexicon);
    let mut graph = stancegraph::graph::Graph::new();
    let start = Instant::now();
    for _ in 0..20_000 {
        graph.add(&ex);
    }
    assert!(
        start.elapsed() < Duration::from_secs(10),
        "{:?}",
        start.elapsed()
    );
    let wire = graph.to_wire();
    assert_eq!(wire.documents[0].id, "x");
    assert_eq!(wire.documents[1].id, "x-2");
    assert_eq!(wire.documents[19_999].id, "x-20000");
}

/// A JSON Lines feed made up as it is read, never held whole anywhere.
struct Feed {
    left: usize,
    line: Vec<u8>,
    at: usize,
}

impl std::io::Read for Feed {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        if self.at == self.line.len() {
            if self.left == 0 {
                return Ok(0);
            }
            self.left -= 1;
            let text = "Sergei Lavrov said &quot;no meeting is planned&quot;. ".repeat(40);
            self.line =
                format!("{{\"id\": \"r{}\", \"text\": \"{text}\"}}\n", self.left).into_bytes();
            self.at = 0;
        }
        let n = out.len().min(self.line.len() - self.at);
        out[..n].copy_from_slice(&self.line[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// Peak resident memory of this process, in kB (Linux only).
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn a_json_lines_stream_is_read_in_constant_memory() {
    let Some(before) = peak_rss_kb() else {
        return;
    };
    let records = 30_000;
    let feed = Feed {
        left: records,
        line: Vec::new(),
        at: 0,
    };
    let mut read = 0usize;
    let mut bytes = 0usize;
    let reader = std::io::BufReader::new(feed);
    for doc in stancegraph::read::read_jsonl(reader, "feed.jsonl", &Config::default()) {
        let doc = doc.expect("every record reads");
        bytes += doc.text.len();
        read += 1;
    }
    assert_eq!(read, records);
    assert!(bytes > 50_000_000, "{bytes}");
    let grown = peak_rss_kb().unwrap_or(0).saturating_sub(before);
    // 50 MB of text went through; memory grew by a small fraction of it at most.
    assert!(grown < 20_000, "peak memory grew by {grown} kB");
}

#[test]
fn user_occupations_and_given_names_extend_the_builtin_lists() {
    let speaker = |extra: &[&str]| {
        let mut args = vec!["user_occupation_article.txt", "--format", "json"];
        args.extend_from_slice(extra);
        let run = build(&args);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        let g = run.graph();
        statements(&g)
            .first()
            .and_then(|(s, _)| s.map(str::to_string))
    };
    // The built-in list lacks `falconer`: the word stays in the new name.
    assert_eq!(speaker(&[]).as_deref(), Some("falconer_anwar_qadri"));
    assert_eq!(
        speaker(&["--occupations", "user_occupations.tsv"]).as_deref(),
        Some("anwar_qadri")
    );
    let run = build(&[
        "user_occupation_article.txt",
        "--given-names",
        "bad_given_names.tsv",
    ]);
    assert_eq!(run.code, Some(2));
    run.says("bad_given_names.tsv:3:2: gender \"x\" is not m, f or empty");
}

#[test]
fn user_family_names_extend_the_builtin_list() {
    let people = |extra: &[&str]| {
        let mut args = vec!["family_name_article.txt", "--format", "json"];
        args.extend_from_slice(extra);
        let run = build(&args);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        let g = run.graph();
        let mut ids: Vec<String> = g
            .nodes
            .iter()
            .filter(|n| n.kind == "person")
            .map(|n| n.id.clone())
            .collect();
        ids.sort();
        ids
    };
    assert!(people(&[]).is_empty(), "{:?}", people(&[]));
    assert_eq!(
        people(&["--family-names", "user_family_names.tsv"]),
        ["kim_seong_ho", "ri_chol_ung"]
    );
}
