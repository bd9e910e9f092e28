//! Every export format of the hand-written fixture: parsed back, counted, escaped,
//! deterministic. (graph.dot has its own file, exports_dot.rs.)

mod common;

use quick_xml::events::Event;
use quick_xml::Reader;
use serde_json::Value;
use stancegraph::export::{self, html, Aggregation, Format, FORMATS};
use stancegraph::GraphFile;
use std::collections::BTreeMap;
use std::path::Path;

const FIXTURE: &str = "tests/data/exports/sample_graph.json";
const NODES: usize = 9;
const EDGES: usize = 14;
/// Stances, exported as actor -> issue edges after the relation edges.
const STANCES: usize = 3;
/// (source, target, relation) groups among the 14 mentions.
const GROUPS: usize = 10;

fn sample() -> GraphFile {
    GraphFile::load(Path::new(FIXTURE)).expect("fixture loads")
}

fn hostile_label(g: &GraphFile) -> String {
    g.node("graph").expect("hostile node").label.clone()
}

fn text_of(format: Format) -> String {
    let bytes = format.render(&sample()).expect("renders");
    String::from_utf8(bytes).expect("UTF-8")
}

/// Formats that do not need Graphviz installed.
fn offline_formats() -> Vec<Format> {
    FORMATS
        .iter()
        .map(|s| s.format)
        .filter(|f| !f.needs_graphviz())
        .collect()
}

// ---- XML ----

/// Parse a whole XML document; return element counts by name and, for each element
/// named `probe`, its attributes and text.
struct Xml {
    counts: BTreeMap<String, usize>,
    texts: Vec<(BTreeMap<String, String>, String)>,
    attrs: Vec<BTreeMap<String, String>>,
}

fn parse_xml(text: &str, probe: &str) -> Xml {
    let mut reader = Reader::from_str(text);
    let mut out = Xml {
        counts: BTreeMap::new(),
        texts: Vec::new(),
        attrs: Vec::new(),
    };
    let mut open: Option<(BTreeMap<String, String>, String)> = None;
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => {
                let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                *out.counts.entry(name.clone()).or_default() += 1;
                let attrs: BTreeMap<String, String> = e
                    .attributes()
                    .map(|a| {
                        let a = a.expect("attribute");
                        let key = String::from_utf8_lossy(a.key.as_ref()).into_owned();
                        let value = a.unescape_value().expect("escaped value").into_owned();
                        (key, value)
                    })
                    .collect();
                out.attrs.push(attrs.clone());
                if name == probe {
                    open = Some((attrs, String::new()));
                }
            }
            Event::Text(t) => {
                if let Some((_, text)) = open.as_mut() {
                    text.push_str(&t.decode().expect("text"));
                }
            }
            // quick-xml reports entity and character references on their own.
            Event::GeneralRef(r) => {
                if let Some((_, text)) = open.as_mut() {
                    let name = r.decode().expect("reference").into_owned();
                    text.push_str(&unescape(&format!("&{name};")));
                }
            }
            Event::End(e) if e.name().as_ref() == probe.as_bytes() => {
                out.texts.extend(open.take());
            }
            _ => {}
        }
    }
    out
}

fn unescape(text: &str) -> String {
    quick_xml::escape::unescape(text)
        .expect("unescape")
        .into_owned()
}

#[test]
fn graphml_is_well_formed_with_typed_keys() {
    let text = text_of(Format::Graphml);
    let xml = parse_xml(&text, "data");
    assert_eq!(xml.counts["node"], NODES);
    assert_eq!(xml.counts["edge"], EDGES + STANCES);
    let declared: Vec<&str> = xml
        .attrs
        .iter()
        .filter_map(|a| a.get("attr.name").map(|s| s.as_str()))
        .collect();
    for name in [
        "kind",
        "label",
        "aliases",
        "affiliation",
        "mentions",
        "relation",
        "cameo",
    ] {
        assert!(declared.contains(&name), "no key for {name}");
    }
    for name in [
        "goldstein",
        "quad_class",
        "modality",
        "reported_by",
        "date",
        "doc",
        "evidence",
    ] {
        assert!(declared.contains(&name), "no key for {name}");
    }
    assert!(text.contains("attr.name=\"goldstein\" attr.type=\"double\""));
    assert!(text.contains("attr.name=\"mentions\" attr.type=\"int\""));
}

#[test]
fn graphml_escapes_hostile_text() {
    let text = text_of(Format::Graphml);
    assert!(!text.contains("<script"), "raw markup in GraphML");
    assert!(text.contains("&lt;script&gt;"));
    assert!(text.contains("Сергей Лавров"));
    let xml = parse_xml(&text, "data");
    let label = xml
        .texts
        .iter()
        .find(|(attrs, text)| attrs["key"] == "n_label" && text.contains("Graph"))
        .map(|(_, text)| text.clone());
    assert_eq!(label, Some(hostile_label(&sample())));
    let evidence = xml
        .texts
        .iter()
        .find(|(attrs, text)| attrs["key"] == "e_evidence" && text.contains("onerror"));
    assert_eq!(
        evidence.map(|(_, t)| t.as_str()),
        Some(sample().edges[5].evidence.text.as_str())
    );
}

#[test]
fn gexf_is_dynamic_with_intervals() {
    let text = text_of(Format::Gexf);
    let xml = parse_xml(&text, "none");
    assert_eq!(xml.counts["node"], NODES);
    assert_eq!(xml.counts["edge"], EDGES + STANCES);
    let graph = xml
        .attrs
        .iter()
        .find(|a| a.contains_key("mode"))
        .expect("graph");
    assert_eq!(graph["mode"], "dynamic");
    assert_eq!(graph["timeformat"], "date");
    let e1 = xml
        .attrs
        .iter()
        .find(|a| a.get("id").map(String::as_str) == Some("e1"));
    let e1 = e1.expect("edge e1");
    assert_eq!(
        (e1["start"].as_str(), e1["end"].as_str()),
        ("2025-08-22", "2025-08-22")
    );
    assert_eq!(e1["kind"], "rejects_meeting");
    // The hostile label survives as an attribute value, line break included.
    let node = xml
        .attrs
        .iter()
        .find(|a| a.get("id").map(String::as_str) == Some("graph") && a.contains_key("label"))
        .expect("hostile node");
    assert_eq!(node["label"], hostile_label(&sample()));
    assert!(text.contains("&#10;"), "line break not kept as a reference");
}

#[test]
fn xml_strips_characters_xml_forbids() {
    let mut g = sample();
    g.nodes[0].label = "bell\u{7}and\u{1}null\u{0}".into();
    for format in [Format::Graphml, Format::Gexf] {
        let text = String::from_utf8(format.render(&g).expect("renders")).expect("UTF-8");
        assert!(text.contains("bellandnull"), "{format:?}");
        parse_xml(&text, "none");
    }
}

// ---- JSON ----

fn json_of(format: Format) -> Value {
    serde_json::from_str(&text_of(format)).expect("valid JSON")
}

#[test]
fn nodelink_has_links_and_edges_with_keys() {
    let v = json_of(Format::NodeLink);
    assert_eq!(v["directed"], true);
    assert_eq!(v["multigraph"], true);
    assert_eq!(v["nodes"].as_array().expect("nodes").len(), NODES);
    assert_eq!(v["links"], v["edges"]);
    assert_eq!(v["graph"]["stances"].as_array().expect("stances").len(), 3);
    let links = v["links"].as_array().expect("links");
    assert_eq!(links.len(), EDGES);
    for l in links {
        assert_eq!(l["key"], l["id"]);
        assert!(l["source"].is_string() && l["target"].is_string());
    }
    let hostile = v["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .find(|n| n["id"] == "graph");
    assert_eq!(hostile.expect("hostile")["label"], hostile_label(&sample()));
}

#[test]
fn cytoscape_elements_are_flat_data_objects() {
    let v = json_of(Format::Cytoscape);
    let nodes = v["elements"]["nodes"].as_array().expect("nodes");
    let edges = v["elements"]["edges"].as_array().expect("edges");
    assert_eq!((nodes.len(), edges.len()), (NODES, EDGES + STANCES));
    for e in edges {
        let d = e["data"].as_object().expect("data");
        for key in ["id", "source", "target", "interaction", "evidence"] {
            assert!(d.contains_key(key), "edge data lacks {key}");
        }
        assert!(d.values().all(|v| !v.is_object() && !v.is_null()));
    }
    assert!(nodes.iter().all(|n| n["data"]["name"].is_string()));
}

// ---- CSV ----

fn csv_files() -> BTreeMap<&'static str, String> {
    Format::Csv
        .outputs(&sample())
        .expect("renders")
        .into_iter()
        .map(|o| (o.file_name, String::from_utf8(o.bytes).expect("UTF-8")))
        .collect()
}

#[test]
fn csv_rows_have_the_header_column_count() {
    let files = csv_files();
    let nodes = common::parse_csv(&files["nodes.csv"]);
    let rels = common::parse_csv(&files["relationships.csv"]);
    assert_eq!(nodes[0].join(","), export::csv::NODE_HEADER);
    let header = format!(
        "{},{}",
        export::csv::RELATIONSHIP_HEADER,
        export::csv::STANCE_COLUMNS
    );
    assert_eq!(rels[0].join(","), header);
    assert_eq!((nodes.len() - 1, rels.len() - 1), (NODES, EDGES + STANCES));
    assert!(nodes.iter().all(|r| r.len() == nodes[0].len()));
    assert!(rels.iter().all(|r| r.len() == rels[0].len()));
    let hostile = nodes.iter().find(|r| r[0] == "graph").expect("hostile row");
    assert_eq!(hostile[1], hostile_label(&sample()));
    assert_eq!(hostile[3], "Actor;Group");
    // `;` inside an alias would split it in Neo4j, so it becomes `,`.
    assert_eq!(hostile[4], "Graph, Party;graph");
    let e1 = &rels[1];
    assert_eq!(&e1[..4], ["russia", "zelensky", "REJECTS_MEETING", "e1"]);
    assert_eq!(e1[6], "125");
}

#[test]
fn cypher_creates_each_relation_type_once() {
    let files = csv_files();
    let cypher = &files["load.cypher"];
    let types: std::collections::BTreeSet<String> = sample()
        .edges
        .iter()
        .map(|e| export::csv::relation_type(&e.relation))
        .collect();
    for t in &types {
        assert_eq!(
            cypher
                .matches(&format!("CREATE (s)-[r:`{t}`]->(t)"))
                .count(),
            1,
            "{t}"
        );
    }
    assert!(cypher.contains("SET a:`Person`"));
    assert!(cypher.contains("MERGE (a:Actor {id: row.`id:ID`})"));
}

#[test]
fn csv_field_quoting_follows_rfc_4180() {
    use export::csv::field;
    assert_eq!(field("plain"), "plain");
    assert_eq!(field("a,b"), "\"a,b\"");
    assert_eq!(field("say \"no\""), "\"say \"\"no\"\"\"");
    assert_eq!(field("two\nlines"), "\"two\nlines\"");
}

// ---- HTML ----

fn json_block(page: &str) -> &str {
    let start = page
        .find("<script type=\"application/json\" id=\"sg-data\">")
        .expect("data block");
    let rest = &page[start..];
    let open = rest.find('>').expect("tag end") + 1;
    let close = rest.find("</script>").expect("closing tag");
    &rest[open..close]
}

#[test]
fn html_draws_every_node_and_relation() {
    let page = text_of(Format::Html);
    assert_eq!(page.matches("<g class=\"node\"").count(), NODES);
    assert_eq!(page.matches("<g class=\"edge\"").count(), GROUPS);
    // Three stances, each its own (actor, issue, polarity) line.
    assert_eq!(page.matches("<g class=\"stance\"").count(), 3);
    assert!(page.contains("Content-Security-Policy"));
    // Offline: nothing is fetched (the only URLs are XML namespace names).
    assert!(!page.contains("href=\"http") && !page.contains("url(http"));
    assert!(!page.contains("<link") && !page.contains("@import"));
}

#[test]
fn html_cannot_be_injected() {
    let page = text_of(Format::Html);
    // Only our two script elements: the data block and the view script.
    assert_eq!(page.matches("<script").count(), 2);
    assert_eq!(page.matches("</script>").count(), 2);
    assert!(!page.contains("<img"));
    assert!(!page.contains('\u{2028}') && !page.contains('\u{2029}'));
    let block = json_block(&page);
    assert!(!block.contains('<') && !block.contains('>') && !block.contains('&'));
    // The block parses back to the very text of the articles.
    let data: Value = serde_json::from_str(block).expect("data block is JSON");
    let g = sample();
    assert_eq!(
        data["edges"][5]["evidence"]["text"],
        g.edges[5].evidence.text
    );
    assert_eq!(data["statements"][1]["text"], g.statements[1].text);
    assert_eq!(data["nodes"].as_array().expect("nodes").len(), NODES);
}

#[test]
fn script_json_escapes_what_can_end_a_script() {
    let v = serde_json::json!({"t": "</script><!-- & \u{2028}\u{2029}"});
    let s = html::script_json(&v).expect("serializes");
    assert_eq!(
        s,
        r#"{"t":"\u003c/script\u003e\u003c!-- \u0026 \u2028\u2029"}"#
    );
    let back: Value = serde_json::from_str(&s).expect("still JSON");
    assert_eq!(back, v);
}

// ---- table, writing, aggregation ----

#[test]
fn every_format_is_found_by_name() {
    for spec in FORMATS {
        assert_eq!(Format::from_name(spec.name), Some(spec.format));
        assert_eq!(spec.format.file_name(), spec.files[0]);
    }
    assert_eq!(Format::from_name("GraphML"), Some(Format::Graphml));
    assert_eq!(Format::from_name("node-link"), Some(Format::NodeLink));
    assert_eq!(Format::from_name("xlsx"), None);
}

#[test]
fn every_format_is_deterministic() {
    let g = sample();
    for format in offline_formats() {
        let a = format.outputs(&g).expect("renders");
        let b = format.outputs(&g).expect("renders");
        assert_eq!(a, b, "{format:?} differs between runs");
    }
}

#[test]
fn write_formats_writes_every_file_of_every_format() {
    let dir = tempfile::tempdir().expect("temp dir");
    let formats = offline_formats();
    let written = export::write_formats(&sample(), &formats, dir.path()).expect("writes");
    let expected: usize = formats.iter().map(|f| f.files().len()).sum();
    assert_eq!(written.len(), expected);
    for path in &written {
        assert!(path.is_file(), "{} missing", path.display());
    }
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names.iter().all(|n| !n.starts_with('.')),
        "temp files left: {names:?}"
    );
    assert!(names.contains(&"relationships.csv".to_string()));
}

#[test]
fn write_formats_refuses_dangling_edges_and_writes_nothing() {
    let mut g = sample();
    g.edges[0].target = "nobody".into();
    let dir = tempfile::tempdir().expect("temp dir");
    let err = export::write_formats(&g, &[Format::Graphml], dir.path()).expect_err("invalid");
    assert!(err.to_string().contains("\"nobody\""), "{err}");
    assert_eq!(std::fs::read_dir(dir.path()).expect("list").count(), 0);
}

#[test]
fn min_count_keeps_frequent_relations() {
    let g = sample().aggregate(&Aggregation {
        min_count: 2,
        ..Aggregation::default()
    });
    // criticizes ×2, rules out meeting ×2, praises ×3.
    assert_eq!(g.edges.len(), 7);
    let ids: Vec<&str> = g.nodes.iter().map(|n| n.id.as_str()).collect();
    // Actors left without edges go; actors that never had one (sanctions, tass) stay.
    assert_eq!(
        ids,
        [
            "lavrov",
            "nato",
            "russia",
            "sanctions",
            "tass",
            "ukraine",
            "zelensky"
        ]
    );
}

#[test]
fn top_keeps_the_actors_with_most_relations() {
    let g = sample().aggregate(&Aggregation {
        top: Some(3),
        ..Aggregation::default()
    });
    let ids: Vec<&str> = g.nodes.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(ids, ["nato", "russia", "zelensky"]);
    assert!(g
        .edges
        .iter()
        .all(|e| ids.contains(&e.source.as_str()) && ids.contains(&e.target.as_str())));
}

#[test]
fn collapse_persons_folds_into_affiliation() {
    let g = sample().aggregate(&Aggregation {
        collapse_persons: true,
        ..Aggregation::default()
    });
    assert!(g.node("lavrov").is_none() && g.node("zelensky").is_none());
    // Erdoğan has no affiliation and stays.
    assert!(g.node("erdogan").is_some());
    let russia = g.node("russia").expect("russia");
    assert_eq!(russia.mentions, 7 + 5);
    assert!(russia.aliases.contains(&"Sergei Lavrov".to_string()));
    assert_eq!(g.edges.len(), EDGES);
    assert!(g.edges.iter().all(|e| e.source != e.target));
    assert_eq!(g.statements[0].speaker.as_deref(), Some("russia"));
    assert_eq!(g.stances[0].actor, "russia");
    export::validate(&g).expect("still valid");
}

#[test]
fn default_aggregation_changes_nothing() {
    let g = sample();
    assert!(Aggregation::default().is_identity());
    assert_eq!(g.aggregate(&Aggregation::default()), g);
}

#[test]
fn layout_is_finite_deterministic_and_spread() {
    use stancegraph::export::layout::force_layout;
    let edges = [(0, 1), (1, 2), (2, 0), (3, 4), (5, 5)];
    let a = force_layout(8, &edges);
    assert_eq!(a, force_layout(8, &edges));
    assert_eq!(a.len(), 8);
    assert!(a
        .iter()
        .all(|p| p.x.is_finite() && p.y.is_finite() && p.x >= 0.0 && p.y >= 0.0));
    for i in 0..a.len() {
        for j in (i + 1)..a.len() {
            let d = ((a[i].x - a[j].x).powi(2) + (a[i].y - a[j].y).powi(2)).sqrt();
            assert!(d > 20.0, "nodes {i} and {j} overlap: {d}");
        }
    }
    assert!(force_layout(0, &[]).is_empty());
}
