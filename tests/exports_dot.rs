//! graph.dot and the Graphviz renderings of the hand-written fixture.

use graphviz_rust::dot_structures::{Graph, Stmt};
use stancegraph::export::dot;
use stancegraph::GraphFile;
use std::path::Path;
use std::process::{Command, Stdio};

const FIXTURE: &str = "tests/data/exports/sample_graph.json";

fn sample() -> GraphFile {
    GraphFile::load(Path::new(FIXTURE)).expect("fixture loads")
}

fn stmts(graph: &Graph) -> &[Stmt] {
    match graph {
        Graph::Graph { stmts, .. } | Graph::DiGraph { stmts, .. } => stmts,
    }
}

/// Top-level (actor) nodes and edges; the legend lives in a subgraph.
fn count_top_level(graph: &Graph) -> (usize, usize) {
    let s = stmts(graph);
    let nodes = s.iter().filter(|s| matches!(s, Stmt::Node(_))).count();
    let edges = s.iter().filter(|s| matches!(s, Stmt::Edge(_))).count();
    (nodes, edges)
}

#[test]
fn dot_parses_with_one_node_per_actor_and_one_edge_per_relation() {
    let text = dot::render(&sample());
    let parsed = graphviz_rust::parse(&text).expect("graphviz-rust parses our DOT");
    // 9 actors; 14 mentions fold into 10 (source, target, relation) groups, and
    // 3 stances make 3 (actor, issue, polarity) lines.
    assert_eq!(count_top_level(&parsed), (9, 10 + 3));
}

#[test]
fn dot_labels_carry_counts_and_tones() {
    let text = dot::render(&sample());
    assert!(text.contains("label=\"praises ×3\""), "{text}");
    assert!(text.contains("label=\"rules out meeting with ×2\""));
    // An empty human label falls back to the relation name.
    assert!(text.contains("label=\"makes_statement\""));
    // The hypothetical sanctions edge is dashed and red.
    let line = text
        .lines()
        .find(|l| l.contains("could impose sanctions on"))
        .expect("sanctions edge");
    assert!(
        line.contains("style=\"dashed\"") && line.contains("#c62828"),
        "{line}"
    );
    let stance = text
        .lines()
        .find(|l| l.starts_with("  \"lavrov\" -> \"sanctions\""))
        .expect("stance line");
    assert!(stance.contains("label=\"opposes\"") && stance.contains("style=\"dotted\""));
}

#[test]
fn dot_escapes_hostile_labels_and_keywords() {
    let text = dot::render(&sample());
    // The node whose id is the keyword `graph` is quoted.
    assert!(text.contains("\"graph\"[label="));
    assert!(
        text.contains(r#"The \"Graph\" \\ Party\n<script>"#),
        "{text}"
    );
    assert!(text.contains("{strict} node"));
    assert!(text.contains("Сергей") || text.contains("Sergei Lavrov"));
    assert!(text.contains("Erdoğan"));
    // No raw newline inside any quoted value: every line is a whole statement.
    for line in text.lines() {
        let quotes = line
            .replace("\\\\", "")
            .replace("\\\"", "")
            .matches('"')
            .count();
        assert_eq!(quotes % 2, 0, "unbalanced quotes on {line:?}");
    }
}

#[test]
fn quote_escapes_backslash_quote_and_newlines() {
    let check = |input: &str, expected: &str| match dot::quote(input) {
        graphviz_rust::dot_structures::Id::Escaped(s) => assert_eq!(s, expected),
        other => panic!("not escaped: {other:?}"),
    };
    check(r#"a"b"#, r#""a\"b""#);
    check(r"a\", r#""a\\""#);
    check("a\r\nb\nc", r#""a\nb\nc""#);
    check("bell\u{7}", r#""bell""#);
    check("{strict}", r#""{strict}""#);
}

#[test]
fn dot_is_deterministic() {
    let g = sample();
    assert_eq!(dot::render(&g), dot::render(&g));
}

#[test]
fn empty_graph_is_valid_dot() {
    let text = dot::render(&GraphFile::empty());
    let parsed = graphviz_rust::parse(&text).expect("parses");
    assert_eq!(count_top_level(&parsed), (0, 0));
}

/// Run `dot -Tsvg` on the text; `None` when Graphviz is absent.
fn run_dot(text: &str) -> Option<std::process::Output> {
    use std::io::Write;
    let mut child = match Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(_) => return None,
    };
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(text.as_bytes())
        .expect("write dot input");
    Some(child.wait_with_output().expect("dot runs"))
}

#[test]
fn real_dot_renders_without_warnings() {
    let Some(out) = run_dot(&dot::render(&sample())) else {
        eprintln!("note: Graphviz `dot` is not on PATH; skipping the rendering check");
        return;
    };
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "dot failed: {stderr}");
    assert!(stderr.trim().is_empty(), "dot warned: {stderr}");
    let svg = String::from_utf8_lossy(&out.stdout);
    // Graphviz escapes label text itself; the planted script stays text.
    assert!(!svg.contains("<script"), "raw script in SVG");
    assert!(svg.contains("&lt;script&gt;"));
    assert_eq!(
        svg.matches("class=\"node\"").count(),
        9 + legend_nodes(&sample())
    );
}

/// Drawn legend nodes: one per kind present (the sample edges end in invisible points).
fn legend_nodes(g: &GraphFile) -> usize {
    let kinds: std::collections::BTreeSet<&str> = g.nodes.iter().map(|n| n.kind.as_str()).collect();
    kinds.len()
}

#[test]
fn render_svg_matches_graphviz_presence() {
    let svg = dot::render_svg(&sample()).expect("no graphviz error");
    match svg {
        Some(bytes) => assert!(String::from_utf8_lossy(&bytes).contains("<svg")),
        None => {
            assert!(!dot::graphviz_available());
            eprintln!("note: Graphviz is not installed; render_svg returned None as designed");
        }
    }
}

#[test]
fn big_graphs_use_sfdp_without_a_cluster_legend() {
    let mut g = sample();
    let template = g.nodes[0].clone();
    for i in 0..dot::SFDP_THRESHOLD {
        let mut n = template.clone();
        n.id = format!("zz{i:04}");
        g.nodes.push(n);
    }
    let text = dot::render(&g);
    assert!(text.contains("layout=\"sfdp\""));
    assert!(text.contains("splines=\"false\""));
    assert!(!text.contains("cluster_legend"));
    let small = dot::render(&sample());
    assert!(small.contains("layout=\"dot\"") && small.contains("cluster_legend"));
}
