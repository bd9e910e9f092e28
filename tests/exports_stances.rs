//! Stances and aggregated edges in every export: stances as actor -> issue edges of
//! relation `stance` (type `STANCE` in Neo4j) with polarity and basis; edges of a
//! `build --aggregate` graph with their count, date range and mean weight. A graph
//! with neither is written as before.

mod common;

use quick_xml::events::Event;
use quick_xml::Reader;
use serde_json::Value;
use stancegraph::export::{self, aggregate, csv, dot, html, Aggregation, Format};
use stancegraph::GraphFile;
use std::collections::BTreeMap;
use std::path::Path;

const FIXTURE: &str = "tests/data/exports/sample_graph.json";
/// The fixture as `build --aggregate` would write it: 14 mentions folded into 10
/// edges with counts (2, 2, 1, 1, 3, 1, ...), date ranges and two samples each.
const AGGREGATED: &str = "tests/data/exports/aggregated_graph.json";
const EDGES: usize = 14;
const AGGREGATED_EDGES: usize = 10;
const STANCES: usize = 3;

fn load(path: &str) -> GraphFile {
    GraphFile::load(Path::new(path)).expect("fixture loads")
}

fn without_stances(path: &str) -> GraphFile {
    let mut g = load(path);
    g.stances.clear();
    g
}

fn render(format: Format, graph: &GraphFile) -> String {
    String::from_utf8(format.render(graph).expect("renders")).expect("UTF-8")
}

/// One `<edge>` of GraphML or GEXF: its XML attributes, and its values by name
/// (GraphML `<data key>` text with the `e_` prefix dropped, GEXF `<attvalue>`s).
#[derive(Debug, Default)]
struct XmlEdge {
    attrs: BTreeMap<String, String>,
    values: BTreeMap<String, String>,
}

fn attributes(e: &quick_xml::events::BytesStart) -> BTreeMap<String, String> {
    e.attributes()
        .map(|a| {
            let a = a.expect("attribute");
            let key = String::from_utf8_lossy(a.key.as_ref()).into_owned();
            (key, a.unescape_value().expect("value").into_owned())
        })
        .collect()
}

/// Every edge of the document, in order, and every declared key or attribute name.
fn xml_edges(text: &str) -> (Vec<XmlEdge>, Vec<String>) {
    let mut reader = Reader::from_str(text);
    let mut edges = Vec::new();
    let mut declared = Vec::new();
    let mut current: Option<XmlEdge> = None;
    let mut data_key: Option<String> = None;
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => {
                let attrs = attributes(&e);
                match e.name().as_ref() {
                    b"edge" => {
                        current = Some(XmlEdge {
                            attrs,
                            values: BTreeMap::new(),
                        });
                    }
                    b"key" => declared.extend(attrs.get("attr.name").cloned()),
                    b"attribute" => declared.extend(attrs.get("title").cloned()),
                    b"data" => data_key = attrs.get("key").cloned(),
                    b"attvalue" => {
                        if let (Some(edge), Some(k), Some(v)) =
                            (current.as_mut(), attrs.get("for"), attrs.get("value"))
                        {
                            edge.values.insert(k.clone(), v.clone());
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(t) => {
                if let (Some(edge), Some(key)) = (current.as_mut(), data_key.as_ref()) {
                    let name = key.trim_start_matches("e_").to_string();
                    let text = t.decode().expect("text").into_owned();
                    edge.values.entry(name).or_default().push_str(&text);
                }
            }
            Event::GeneralRef(r) => {
                if let (Some(edge), Some(key)) = (current.as_mut(), data_key.as_ref()) {
                    let name = key.trim_start_matches("e_").to_string();
                    let entity = format!("&{};", r.decode().expect("reference"));
                    let text = quick_xml::escape::unescape(&entity).expect("entity");
                    edge.values.entry(name).or_default().push_str(&text);
                }
            }
            Event::End(e) => match e.name().as_ref() {
                b"edge" => edges.extend(current.take()),
                b"data" => data_key = None,
                _ => {}
            },
            _ => {}
        }
    }
    (edges, declared)
}

fn edge<'a>(edges: &'a [XmlEdge], id: &str) -> &'a XmlEdge {
    edges
        .iter()
        .find(|e| e.attrs.get("id").map(String::as_str) == Some(id))
        .unwrap_or_else(|| panic!("edge {id} missing"))
}

/// `relationships.csv` as maps from header name to field.
fn relationships(graph: &GraphFile) -> (Vec<String>, Vec<BTreeMap<String, String>>) {
    let text = String::from_utf8(csv::render_relationships(graph)).expect("UTF-8");
    let mut rows = common::parse_csv(&text).into_iter();
    let header = rows.next().expect("header");
    assert!(rows.clone().all(|r| r.len() == header.len()), "ragged rows");
    let records = rows
        .map(|r| header.iter().cloned().zip(r).collect())
        .collect();
    (header, records)
}

fn cypher(graph: &GraphFile) -> String {
    String::from_utf8(csv::render_cypher(graph)).expect("UTF-8")
}

// ---- stances ----

#[test]
fn exported_stances_keep_those_between_nodes() {
    let mut g = load(FIXTURE);
    assert_eq!(export::exported_stances(&g).len(), STANCES);
    g.stances[0].issue = "nowhere".into();
    let kept: Vec<&str> = export::exported_stances(&g)
        .iter()
        .map(|t| t.id.as_str())
        .collect();
    assert_eq!(kept, ["t2", "t3"]);
    // Every format still renders, without the dangling stance.
    let (edges, _) = xml_edges(&render(Format::Graphml, &g));
    assert_eq!(edges.len(), EDGES + 2);
    assert!(edges.iter().all(|e| e.attrs["target"] != "nowhere"));
}

#[test]
fn graphml_stances_are_edges_with_declared_keys() {
    let g = load(FIXTURE);
    let (edges, declared) = xml_edges(&render(Format::Graphml, &g));
    assert_eq!(edges.len(), EDGES + STANCES);
    assert!(declared.contains(&"polarity".to_string()));
    assert!(declared.contains(&"basis".to_string()));
    // After the relation edges, in graph.json order.
    let ids: Vec<&str> = edges[EDGES..]
        .iter()
        .map(|e| e.attrs["id"].as_str())
        .collect();
    assert_eq!(ids, ["t1", "t2", "t3"]);
    let t2 = edge(&edges, "t2");
    assert_eq!(
        (t2.attrs["source"].as_str(), t2.attrs["target"].as_str()),
        ("graph", "sanctions")
    );
    assert_eq!(t2.values["relation"], "stance");
    assert_eq!(t2.values["label"], "supports");
    assert_eq!(t2.values["polarity"], "supports");
    assert_eq!(t2.values["basis"], "attributed");
    assert_eq!(t2.values["reported_by"], "tass");
    assert_eq!(t2.values["date"], "2025-08-22");
    assert_eq!(t2.values["doc"], "seed");
    // The hostile evidence comes back as it was, and never as markup.
    assert_eq!(t2.values["evidence"], g.stances[1].evidence.text);
    assert!(!t2.values.contains_key("cameo") && !t2.values.contains_key("goldstein"));
}

#[test]
fn gexf_stances_live_on_their_date_and_are_drawn_dotted() {
    let g = load(FIXTURE);
    let text = render(Format::Gexf, &g);
    let (edges, declared) = xml_edges(&text);
    assert_eq!(edges.len(), EDGES + STANCES);
    assert!(declared.contains(&"polarity".to_string()));
    let t3 = edge(&edges, "t3");
    assert_eq!(t3.attrs["kind"], "stance");
    assert_eq!(t3.attrs["label"], "supports");
    assert_eq!(
        (t3.attrs["start"].as_str(), t3.attrs["end"].as_str()),
        ("2025-08-25", "2025-08-25")
    );
    assert_eq!(t3.values["relation"], "stance");
    assert_eq!(t3.values["basis"], "action");
    assert_eq!(t3.values["evidence"], g.stances[2].evidence.text);
    assert_eq!(
        text.matches("<viz:shape value=\"dotted\"/>").count(),
        STANCES
    );
}

#[test]
fn gexf_issue_nodes_live_while_stances_are_taken() {
    let g = load(FIXTURE);
    let text = render(Format::Gexf, &g);
    // `sanctions` is in no document list of its own: its span comes from the
    // stances on it (2025-08-22 and 2025-08-25).
    let line = text
        .lines()
        .find(|l| l.contains("<node id=\"sanctions\""))
        .expect("issue node");
    assert!(
        line.contains("start=\"2025-08-22\"") && line.contains("end=\"2025-08-25\""),
        "{line}"
    );
}

#[test]
fn cytoscape_stances_and_issues_have_classes() {
    let g = load(FIXTURE);
    let v: Value = serde_json::from_str(&render(Format::Cytoscape, &g)).expect("JSON");
    let edges = v["elements"]["edges"].as_array().expect("edges");
    assert_eq!(edges.len(), EDGES + STANCES);
    let t1 = edges
        .iter()
        .find(|e| e["data"]["id"] == "t1")
        .expect("stance t1");
    assert_eq!(t1["classes"], "stance opposes");
    let d = t1["data"].as_object().expect("data");
    assert_eq!(d["source"], "lavrov");
    assert_eq!(d["target"], "sanctions");
    assert_eq!(d["interaction"], "stance");
    assert_eq!(d["polarity"], "opposes");
    assert_eq!(d["basis"], "stated");
    assert_eq!(d["evidence"], g.stances[0].evidence.text.as_str());
    assert!(d.values().all(|v| !v.is_object() && !v.is_null()));
    let nodes = v["elements"]["nodes"].as_array().expect("nodes");
    for n in nodes {
        let is_issue = n["data"]["kind"] == "issue";
        assert_eq!(n.get("classes").is_some(), is_issue, "{n}");
    }
    assert!(edges[..EDGES].iter().all(|e| e.get("classes").is_none()));
}

#[test]
fn cytoscape_classes_cannot_be_smuggled_in_a_polarity() {
    let mut g = load(FIXTURE);
    g.stances[0].polarity = "opposes strongly\"} x".into();
    let v: Value = serde_json::from_str(&render(Format::Cytoscape, &g)).expect("JSON");
    let edges = v["elements"]["edges"].as_array().expect("edges");
    let t1 = edges.iter().find(|e| e["data"]["id"] == "t1").expect("t1");
    assert_eq!(t1["classes"], "stance opposesstronglyx");
}

#[test]
fn csv_stances_are_stance_relationships_with_two_more_columns() {
    let g = load(FIXTURE);
    let (header, rows) = relationships(&g);
    assert_eq!(
        header.join(","),
        format!("{},{}", csv::RELATIONSHIP_HEADER, csv::STANCE_COLUMNS)
    );
    assert_eq!(rows.len(), EDGES + STANCES);
    let stances: Vec<&BTreeMap<String, String>> =
        rows.iter().filter(|r| r[":TYPE"] == "STANCE").collect();
    assert_eq!(stances.len(), STANCES);
    let t2 = stances[1];
    assert_eq!(
        (
            t2[":START_ID"].as_str(),
            t2[":END_ID"].as_str(),
            t2["id"].as_str()
        ),
        ("graph", "sanctions", "t2")
    );
    assert_eq!(
        (t2["polarity"].as_str(), t2["basis"].as_str()),
        ("supports", "attributed")
    );
    assert_eq!(t2["reported_by"], "tass");
    assert_eq!(t2["evidence"], g.stances[1].evidence.text);
    assert_eq!(t2["cameo"], "");
    // Relation rows leave the stance columns empty.
    assert!(rows[..EDGES].iter().all(|r| r["polarity"].is_empty()));
    let script = cypher(&g);
    assert_eq!(script.matches("CREATE (s)-[r:`STANCE`]->(t)").count(), 1);
    assert!(script.contains("r.polarity = row.polarity"));
}

#[test]
fn a_graph_without_stances_exports_as_before() {
    let g = without_stances(FIXTURE);
    let graphml = render(Format::Graphml, &g);
    let (edges, declared) = xml_edges(&graphml);
    assert_eq!(edges.len(), EDGES);
    assert!(!declared.contains(&"polarity".to_string()));
    assert!(edges.iter().all(|e| e.values["relation"] != "stance"));
    let gexf = render(Format::Gexf, &g);
    assert!(!gexf.contains("polarity") && !gexf.contains("viz:shape"));
    let (header, rows) = relationships(&g);
    assert_eq!(header.join(","), csv::RELATIONSHIP_HEADER);
    assert_eq!(rows.len(), EDGES);
    assert!(!cypher(&g).contains("STANCE"));
    let v: Value = serde_json::from_str(&render(Format::Cytoscape, &g)).expect("JSON");
    assert_eq!(
        v["elements"]["edges"].as_array().expect("edges").len(),
        EDGES
    );
}

#[test]
fn stance_exports_are_deterministic() {
    let g = load(AGGREGATED);
    for format in [
        Format::Graphml,
        Format::Gexf,
        Format::Cytoscape,
        Format::Csv,
    ] {
        let a = format.outputs(&g).expect("renders");
        assert_eq!(a, format.outputs(&g).expect("renders"), "{format:?}");
    }
}

// ---- aggregated graphs ----

#[test]
fn groups_count_the_mentions_of_aggregated_edges() {
    let plain = aggregate::group_edges(&load(FIXTURE));
    let folded = aggregate::group_edges(&load(AGGREGATED));
    assert_eq!(plain.len(), folded.len());
    for (p, f) in plain.iter().zip(&folded) {
        assert_eq!(
            (&p.source, &p.target, &p.relation),
            (&f.source, &f.target, &f.relation)
        );
        assert_eq!(p.count(), f.count(), "{}", p.relation);
        assert!((p.mean_goldstein - f.mean_goldstein).abs() < 1e-9);
        assert_eq!(p.asserted, f.asserted);
        assert_eq!(p.dates, f.dates);
    }
    assert_eq!(folded.iter().map(|g| g.count()).sum::<usize>(), EDGES);
}

#[test]
fn dot_draws_an_aggregated_graph_like_the_mentions_it_counts() {
    let plain = without_stances(FIXTURE);
    let folded = without_stances(AGGREGATED);
    assert_eq!(dot::render(&plain), dot::render(&folded));
    assert!(dot::render(&folded).contains("label=\"praises ×3\""));
}

#[test]
fn html_draws_an_aggregated_graph_like_the_mentions_it_counts() {
    let svg_of = |g: &GraphFile| {
        let page = render(Format::Html, g);
        let start = page.find("<svg id=\"graph\"").expect("svg");
        let end = page.find("</svg>").expect("svg end");
        page[start..end].to_string()
    };
    assert_eq!(svg_of(&load(FIXTURE)), svg_of(&load(AGGREGATED)));
    let page = render(Format::Html, &load(AGGREGATED));
    let start = page.find("id=\"sg-data\">").expect("data") + "id=\"sg-data\">".len();
    let end = start + page[start..].find("</script>").expect("end");
    let data: Value = serde_json::from_str(&page[start..end]).expect("JSON");
    let mentions: u64 = data["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .map(|g| g["mentions"].as_u64().expect("mentions"))
        .sum();
    assert_eq!(mentions, EDGES as u64);
    let _ = html::script_json(&data).expect("re-serializes");
}

#[test]
fn top_ranks_actors_by_mentions_in_aggregated_graphs() {
    let options = Aggregation {
        top: Some(3),
        ..Aggregation::default()
    };
    let ids = |g: GraphFile| -> Vec<String> {
        g.aggregate(&options)
            .nodes
            .into_iter()
            .map(|n| n.id)
            .collect()
    };
    assert_eq!(ids(load(FIXTURE)), ids(load(AGGREGATED)));
    let min = Aggregation {
        min_count: 2,
        ..Aggregation::default()
    };
    // criticizes ×2, rules out meeting ×2, praises ×3: three edges standing for 7.
    let kept = load(AGGREGATED).aggregate(&min);
    assert_eq!(kept.edges.len(), 3);
    assert_eq!(kept.edges.iter().map(|e| e.mentions()).sum::<usize>(), 7);
}

#[test]
fn graphml_and_gexf_carry_count_dates_and_mean_weight() {
    let g = load(AGGREGATED);
    assert_eq!(g.edges.len(), AGGREGATED_EDGES);
    let (edges, declared) = xml_edges(&render(Format::Graphml, &g));
    for name in [
        "count",
        "documents",
        "first_date",
        "last_date",
        "goldstein_mean",
    ] {
        assert!(declared.contains(&name.to_string()), "no key {name}");
    }
    let e1 = edge(&edges, "e1");
    assert_eq!(e1.values["count"], "2");
    assert_eq!(e1.values["first_date"], "2025-08-22");
    assert_eq!(e1.values["last_date"], "2025-08-25");
    assert_eq!(e1.values["goldstein_mean"], "-5");
    let (edges, declared) = xml_edges(&render(Format::Gexf, &g));
    assert!(declared.contains(&"count".to_string()));
    let e1 = edge(&edges, "e1");
    assert_eq!(e1.attrs["weight"], "2");
    assert_eq!(
        (e1.attrs["start"].as_str(), e1.attrs["end"].as_str()),
        ("2025-08-22", "2025-08-25")
    );
    assert_eq!(e1.values["count"], "2");
    // Plain graphs declare none of it.
    let (_, declared) = xml_edges(&render(Format::Graphml, &load(FIXTURE)));
    assert!(!declared.contains(&"count".to_string()));
}

#[test]
fn csv_and_cytoscape_carry_count_dates_and_mean_weight() {
    let g = load(AGGREGATED);
    let (header, rows) = relationships(&g);
    assert_eq!(
        header.join(","),
        format!(
            "{},{},{}",
            csv::RELATIONSHIP_HEADER,
            csv::AGGREGATE_COLUMNS,
            csv::STANCE_COLUMNS
        )
    );
    assert_eq!(rows.len(), AGGREGATED_EDGES + STANCES);
    let praises = rows
        .iter()
        .find(|r| r["relation"] == "praises")
        .expect("praises");
    assert_eq!(praises["count:int"], "3");
    assert!(rows[AGGREGATED_EDGES..]
        .iter()
        .all(|r| r["count:int"].is_empty()));
    let script = cypher(&g);
    assert!(script.contains("r.count = toInteger(row.`count:int`)"));
    let v: Value = serde_json::from_str(&render(Format::Cytoscape, &g)).expect("JSON");
    let edges = v["elements"]["edges"].as_array().expect("edges");
    let e1 = &edges[0]["data"];
    assert_eq!(e1["count"], 2);
    assert_eq!(e1["last_date"], "2025-08-25");
    assert_eq!(e1["goldstein_mean"], -5.0);
    assert!(e1
        .as_object()
        .expect("data")
        .values()
        .all(|v| !v.is_object()));
    assert_eq!(e1["sample_evidence"].as_array().expect("samples").len(), 2);
}
