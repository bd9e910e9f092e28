//! The query library on a hand-made graph of six articles (May to August 2025):
//! `tests/data/query/graph.json`, built from `tests/data/query/articles/`.

use chrono::NaiveDate;
use stancegraph::error::QueryError;
use stancegraph::query::{
    between, profile, query, resolve, subgraph, Direction, Ego, Filter, Hit, Kind, Tone,
};
use stancegraph::GraphFile;
use std::collections::BTreeSet;
use std::path::Path;

const FIXTURE: &str = "tests/data/query/graph.json";

fn fixture() -> GraphFile {
    match GraphFile::load(Path::new(FIXTURE)) {
        Ok(g) => g,
        Err(e) => panic!("{e}"),
    }
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test date")
}

/// The ids of the hits of `filter`, in answer order.
fn ids(filter: Filter) -> Vec<String> {
    let graph = fixture();
    let found = query(&graph, &filter).expect("query");
    found.hits.iter().map(|h| h.id().to_string()).collect()
}

/// `check(filter, expected ids)`: the answer, in order.
fn check(filter: Filter, expected: &[&str]) {
    assert_eq!(ids(filter.clone()), expected, "{filter:?}");
}

fn chars(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

// ---- the fixture itself ---------------------------------------------------

#[test]
fn fixture_offsets_slice_the_articles() {
    let graph = fixture();
    for doc in &graph.documents {
        assert!(Path::new(&doc.source).exists(), "{}", doc.source);
    }
    let body = |doc: &str| {
        std::fs::read_to_string(format!("tests/data/query/articles/{doc}.txt")).expect("article")
    };
    for s in &graph.statements {
        assert_eq!(chars(&body(&s.doc), s.start, s.end), s.text, "{}", s.id);
    }
    for e in &graph.edges {
        let ev = &e.evidence;
        assert_eq!(chars(&body(&e.doc), ev.start, ev.end), ev.text, "{}", e.id);
    }
}

#[test]
fn fixture_follows_the_contract() {
    let graph = fixture();
    let nodes: Vec<&str> = graph.nodes.iter().map(|n| n.id.as_str()).collect();
    let mut sorted = nodes.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(nodes, sorted, "nodes sorted by id, unique");
    assert!((15..=25).contains(&graph.nodes.len()));
    assert!(graph.edges.len() >= 30);
    let known: BTreeSet<&str> = nodes.into_iter().collect();
    for e in &graph.edges {
        assert!(known.contains(e.source.as_str()) && known.contains(e.target.as_str()));
        assert!(e.reported_by.iter().all(|r| known.contains(r.as_str())));
        assert!(["asserted", "reported", "intended", "hypothetical"].contains(&e.modality.as_str()));
    }
    for s in &graph.statements {
        assert!(s.speaker.iter().all(|r| known.contains(r.as_str())));
        assert!(s.about.iter().all(|r| known.contains(r.as_str())));
    }
    let kinds: BTreeSet<&str> = graph.nodes.iter().map(|n| n.kind.as_str()).collect();
    assert_eq!(
        kinds,
        BTreeSet::from(["issue", "media", "organization", "person", "state"])
    );
}

// ---- query ----------------------------------------------------------------

#[test]
fn statements_by_lavrov_about_zelensky_newest_first() {
    // Four on 2025-08-22 in text order, then 08-19, 08-16 and 05-16.
    let expected = ["s23", "s27", "s28", "s37", "s44", "s5", "s11"];
    check(Filter::new().speaker("lavrov").about("zelensky"), &expected);
    check(
        Filter::new().speaker("Sergei Lavrov").about("Zelenskyy"),
        &expected,
    );
    check(
        Filter::new()
            .speaker("LAVROV")
            .about("volodymyr zelenskyy")
            .kind(Kind::Statements),
        &expected,
    );
}

#[test]
fn statement_filters_leave_relations_out_and_back() {
    check(Filter::new().speaker("lavrov").cameo("12"), &[]);
    check(Filter::new().speaker("lavrov").kind(Kind::Relations), &[]);
    check(Filter::new().source("lavrov").kind(Kind::Statements), &[]);
    assert!(Filter::new()
        .source("lavrov")
        .kind(Kind::Statements)
        .contradiction()
        .is_some());
    check(Filter::new().source("lavrov"), &["e32", "e5", "e29", "e18"]);
}

#[test]
fn cameo_root_prefix_and_exact_code() {
    // Root 12 (reject): 125 and 120 twice. Same day: text order in the document.
    check(Filter::new().cameo("12"), &["e30", "e38", "e46"]);
    check(Filter::new().cameo("125"), &["e30"]);
    check(Filter::new().cameo("0841"), &["e14", "e15"]);
    check(Filter::new().cameo("08"), &["e14", "e15"]);
    check(Filter::new().cameo("20"), &[]);
}

#[test]
fn bad_cameo_is_an_error() {
    let graph = fixture();
    for bad in ["1", "12a", "rejects", "12345"] {
        let err = query(&graph, &Filter::new().cameo(bad)).unwrap_err();
        assert!(matches!(err, QueryError::BadCameo { .. }), "{bad}: {err}");
    }
}

#[test]
fn conflict_and_cooperation_split_the_relations() {
    let graph = fixture();
    let conflict = query(&graph, &Filter::new().tone(Tone::Conflict)).expect("query");
    let cooperation = query(&graph, &Filter::new().tone(Tone::Cooperation)).expect("query");
    assert!(conflict
        .relations()
        .all(|e| e.quad_class >= 3 && e.goldstein < 0.0));
    assert!(cooperation
        .relations()
        .all(|e| e.quad_class <= 2 && e.goldstein > 0.0));
    assert_eq!(
        conflict.hits.len() + cooperation.hits.len(),
        graph.edges.len()
    );
    assert_eq!(conflict.hits.len(), 18);
    check(
        Filter::new()
            .source("zelensky")
            .target("russia")
            .tone(Tone::Conflict),
        &["e35"],
    );
}

#[test]
fn dates_bound_the_answer_inclusively() {
    check(
        Filter::new()
            .speaker("trump")
            .since(day("2025-08-16"))
            .until(day("2025-08-19")),
        &["s39", "s1", "s2", "s6"],
    );
    check(Filter::new().since(day("2025-09-01")), &[]);
    // The event date counts, not the article's: Zelensky went to Ankara the day before.
    check(Filter::new().until(day("2025-05-15")), &["e12"]);
}

#[test]
fn relation_by_name_or_label_and_document() {
    check(
        Filter::new().relation("questions legitimacy of"),
        &["e32", "e5"],
    );
    check(Filter::new().relation("rejects_meeting"), &["e30"]);
    check(Filter::new().relation("Rejects Meeting"), &["e30"]);
    check(
        Filter::new().doc("nato-summit").kind(Kind::Relations),
        &["e19", "e20", "e21", "e22", "e23", "e24"],
    );
}

#[test]
fn unknown_relation_and_document_suggest_the_closest() {
    let graph = fixture();
    let err = query(&graph, &Filter::new().relation("critizises")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "no relation named \"critizises\" in the graph; closest: criticizes"
    );
    let err = query(&graph, &Filter::new().doc("washingon")).unwrap_err();
    assert!(err.to_string().ends_with("closest: washington"), "{err}");
}

#[test]
fn limit_keeps_the_newest_and_counts_the_rest() {
    let graph = fixture();
    let found = query(&graph, &Filter::new().speaker("zelensky").limit(2)).expect("query");
    let ids: Vec<&str> = found.hits.iter().map(Hit::id).collect();
    assert_eq!(ids, ["s30", "s31"]);
    assert_eq!(found.total, 9);
}

#[test]
fn statements_without_speaker_are_found_by_topic() {
    let graph = fixture();
    let found = query(&graph, &Filter::new().about("zelensky")).expect("query");
    let unattributed: Vec<&str> = found
        .statements()
        .filter(|s| s.speaker.is_none())
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(unattributed, ["s41"]);
    let by_someone = query(&graph, &Filter::new().speaker("zelensky")).expect("query");
    assert!(by_someone
        .statements()
        .all(|s| s.speaker.as_deref() == Some("zelensky")));
}

#[test]
fn reported_relations_keep_who_claims_them() {
    let graph = fixture();
    let found = query(&graph, &Filter::new().source("russia").target("Kyiv")).expect("query");
    let ids: Vec<&str> = found.hits.iter().map(Hit::id).collect();
    assert_eq!(ids, ["e36", "e37", "e28", "e9", "e14"]);
    let claimed: Vec<(&str, Option<&str>)> = found
        .relations()
        .filter(|e| e.modality == "reported")
        .map(|e| (e.id.as_str(), e.reported_by.as_deref()))
        .collect();
    assert_eq!(claimed, [("e36", Some("trump")), ("e28", None)]);
}

// ---- names ------------------------------------------------------------------

#[test]
fn names_resolve_by_id_label_or_alias() {
    let graph = fixture();
    for (name, id) in [
        ("zelensky", "zelensky"),
        ("Zelenskyy", "zelensky"),
        ("  volodymyr   ZELENSKYY ", "zelensky"),
        ("Erdogan", "erdogan"),
        ("recep tayyip erdoğan", "erdogan"),
        ("Turkiye", "turkey"),
        ("the Kremlin", "russia"),
        ("Washington", "usa"),
        ("security guarantees", "security_guarantees_for_ukraine"),
        (
            "security-guarantees-for-ukraine",
            "security_guarantees_for_ukraine",
        ),
        ("nbc", "nbc"),
        // Transliterations no article used.
        ("Zelenskiy", "zelensky"),
        ("Zelenskij", "zelensky"),
        ("Andriy Sybiha", "sybiha"),
    ] {
        let found = resolve(&graph, name).map(|n| n.id.as_str());
        assert_eq!(found.ok(), Some(id), "{name:?}");
    }
}

#[test]
fn unknown_name_suggests_the_closest_actors() {
    let graph = fixture();
    let err = resolve(&graph, "Zelenksy").unwrap_err();
    assert_eq!(
        err.to_string(),
        "no actor named \"Zelenksy\" in the graph; closest: zelensky (Volodymyr Zelensky)"
    );
    match resolve(&graph, "Lavrof") {
        Err(QueryError::UnknownActor { closest, .. }) => {
            assert_eq!(closest, ["lavrov (Sergei Lavrov)"])
        }
        other => panic!("{other:?}"),
    }
    // Nothing near: the nearest few are still offered.
    match resolve(&graph, "Xiaoping") {
        Err(QueryError::UnknownActor { closest, .. }) => assert_eq!(closest.len(), 3),
        other => panic!("{other:?}"),
    }
}

#[test]
fn shared_alias_is_ambiguous_but_an_id_is_not() {
    let mut graph = fixture();
    for node in graph
        .nodes
        .iter_mut()
        .filter(|n| n.id == "peskov" || n.id == "lavrov")
    {
        node.aliases.push("Russian official".into());
    }
    // A person whose alias is another node's id: the id wins.
    if let Some(node) = graph.nodes.iter_mut().find(|n| n.id == "merz") {
        node.aliases.push("Germany".into());
    }
    let err = resolve(&graph, "russian official").unwrap_err();
    assert_eq!(
        err.to_string(),
        "\"russian official\" could be any of lavrov (Sergei Lavrov), peskov (Dmitry Peskov): use the id"
    );
    assert_eq!(
        resolve(&graph, "germany").map(|n| n.id.as_str()).ok(),
        Some("germany")
    );
}

// ---- between ----------------------------------------------------------------

#[test]
fn between_is_a_timeline_with_a_running_sum() {
    let graph = fixture();
    let t = between(&graph, "Lavrov", "Zelenskyy").expect("between");
    let ids: Vec<&str> = t.entries.iter().map(|e| e.item.id()).collect();
    assert_eq!(
        ids,
        ["e18", "s11", "e5", "s5", "s44", "e46", "s45", "s23", "e32", "s27", "s28", "s37"]
    );
    let dates: Vec<NaiveDate> = t.entries.iter().filter_map(|e| e.item.date()).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "date order");
    let relations: Vec<(&str, Direction, f64)> = t
        .entries
        .iter()
        .filter(|e| matches!(e.item, Hit::Relation(_)))
        .map(|e| (e.item.id(), e.direction, e.running_goldstein))
        .collect();
    assert_eq!(
        relations,
        [
            ("e18", Direction::AToB, -2.0),
            ("e5", Direction::AToB, -4.0),
            ("e46", Direction::BToA, -8.0),
            ("e32", Direction::AToB, -10.0),
        ]
    );
    assert_eq!(t.net_goldstein(), -10.0);
}

#[test]
fn between_swapped_reverses_directions_only() {
    let graph = fixture();
    let ab = between(&graph, "lavrov", "zelensky").expect("between");
    let ba = between(&graph, "zelensky", "lavrov").expect("between");
    let ids = |t: &stancegraph::query::Timeline| -> Vec<String> {
        t.entries.iter().map(|e| e.item.id().to_string()).collect()
    };
    assert_eq!(ids(&ab), ids(&ba));
    assert!(ab
        .entries
        .iter()
        .zip(&ba.entries)
        .all(|(x, y)| x.direction != y.direction));
}

#[test]
fn between_sums_cooperation_too() {
    let graph = fixture();
    let t = between(&graph, "russia", "ukraine").expect("between");
    let sums: Vec<(&str, f64)> = t
        .entries
        .iter()
        .filter(|e| matches!(e.item, Hit::Relation(_)))
        .map(|e| (e.item.id(), e.running_goldstein))
        .collect();
    // Talks and a prisoner swap both ways (+7 each), a drone strike (-10), guarantees
    // claimed by Trump (+4) and the assault (-10).
    assert_eq!(
        sums,
        [
            ("e9", 7.0),
            ("e10", 14.0),
            ("e14", 21.0),
            ("e15", 28.0),
            ("e28", 18.0),
            ("e36", 22.0),
            ("e37", 12.0),
        ]
    );
}

#[test]
fn between_one_actor_and_itself_is_an_error() {
    let graph = fixture();
    let err = between(&graph, "zelensky", "Zelenskyy").unwrap_err();
    assert!(matches!(err, QueryError::SameActor { .. }), "{err}");
}

// ---- profile ------------------------------------------------------------------

#[test]
fn profile_of_lavrov() {
    let graph = fixture();
    let p = profile(&graph, "lavrov", 3).expect("profile");
    assert_eq!(p.node.label, "Sergei Lavrov");
    assert_eq!(p.affiliation.map(|a| a.id), Some("russia"));
    assert_eq!(
        (
            p.statements_made,
            p.statements_about,
            p.relations_out,
            p.relations_in,
            p.relations_reported
        ),
        (10, 1, 4, 1, 1)
    );
    let top = &p.counterparts[0];
    assert_eq!(
        (
            top.actor.id,
            top.addresses,
            top.addressed_by,
            top.goldstein_toward,
            top.goldstein_from
        ),
        ("zelensky", 10, 2, -6.0, -4.0)
    );
    let latest: Vec<&str> = p.latest.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(latest, ["s23", "s27", "s28"]);
}

#[test]
fn profile_of_a_state_lists_its_members() {
    let graph = fixture();
    let p = profile(&graph, "Russia", 5).expect("profile");
    let members: Vec<&str> = p.members.iter().map(|m| m.id).collect();
    assert_eq!(members, ["lavrov", "peskov", "putin"]);
    let ukraine = p.counterparts.iter().find(|c| c.actor.id == "ukraine");
    assert_eq!(
        ukraine.map(|c| (c.goldstein_toward, c.goldstein_from)),
        Some((-2.0, 14.0))
    );
}

#[test]
fn profile_of_an_isolated_actor_and_an_unknown_affiliation() {
    let graph = fixture();
    let welker = profile(&graph, "Kristen Welker", 5).expect("profile");
    assert!(welker.counterparts.is_empty() && welker.latest.is_empty());
    // Macron acts for France, which no article names: the id stands in for the label.
    let macron = profile(&graph, "macron", 5).expect("profile");
    assert_eq!(
        macron.affiliation.map(|a| (a.id, a.label)),
        Some(("france", "france"))
    );
}

// ---- subgraph -----------------------------------------------------------------

fn node_ids(g: &GraphFile) -> Vec<&str> {
    g.nodes.iter().map(|n| n.id.as_str()).collect()
}

fn ego(name: &str, depth: usize) -> Ego {
    Ego {
        name: name.into(),
        depth,
    }
}

#[test]
fn ego_subgraph_at_depth_one_holds_exactly_the_neighbours() {
    let graph = fixture();
    let sub = subgraph(&graph, &Filter::new(), Some(&ego("Zelenskyy", 1))).expect("subgraph");
    assert_eq!(
        node_ids(&sub),
        [
            "erdogan",
            "eu",
            "lavrov",
            "putin",
            "russia",
            "rutte",
            "security_guarantees_for_ukraine",
            "trump",
            "ukraine",
            "usa",
            "zelensky"
        ]
    );
    let kept: BTreeSet<&str> = node_ids(&sub).into_iter().collect();
    assert!(sub
        .edges
        .iter()
        .all(|e| kept.contains(e.source.as_str()) && kept.contains(e.target.as_str())));
    assert!(sub
        .statements
        .iter()
        .all(|s| s.about.iter().all(|a| kept.contains(a.as_str()))));
    // Lavrov's "no meeting" stays; Putin is kept, so its `about` is whole.
    let s23 = sub
        .statements
        .iter()
        .find(|s| s.id == "s23")
        .map(|s| s.about.clone());
    assert_eq!(s23, Some(vec!["putin".to_string(), "zelensky".to_string()]));
    // An unattributed statement about Zelensky stays too.
    assert!(sub.statements.iter().any(|s| s.id == "s41"));
}

#[test]
fn ego_subgraph_of_relations_only() {
    let graph = fixture();
    let filter = Filter::new().kind(Kind::Relations);
    let sub = subgraph(&graph, &filter, Some(&ego("zelensky", 1))).expect("subgraph");
    assert_eq!(
        node_ids(&sub),
        ["erdogan", "eu", "lavrov", "putin", "russia", "rutte", "trump", "usa", "zelensky"]
    );
    assert!(sub.statements.is_empty());
    assert_eq!(sub.edges.len(), 28);
    let alone = subgraph(&graph, &filter, Some(&ego("zelensky", 0))).expect("subgraph");
    assert_eq!(node_ids(&alone), ["zelensky"]);
    assert!(alone.edges.is_empty());
}

#[test]
fn deeper_ego_subgraphs_grow() {
    let graph = fixture();
    let sizes: Vec<usize> = (0..4)
        .map(|d| {
            subgraph(&graph, &Filter::new(), Some(&ego("welker", d)))
                .map(|g| g.nodes.len())
                .unwrap_or(0)
        })
        .collect();
    assert_eq!(sizes, [1, 1, 1, 1], "Welker has no links");
    let sizes: Vec<usize> = (0..4)
        .map(|d| {
            subgraph(&graph, &Filter::new(), Some(&ego("sybiha", d)))
                .map(|g| g.nodes.len())
                .unwrap_or(0)
        })
        .collect();
    assert!(sizes.windows(2).all(|w| w[0] <= w[1]), "{sizes:?}");
    assert_eq!(sizes[1], 2);
}

#[test]
fn subgraph_without_filter_is_the_whole_graph() {
    let graph = fixture();
    let sub = subgraph(&graph, &Filter::new(), None).expect("subgraph");
    assert_eq!(sub, graph);
}

#[test]
fn subgraph_of_a_period() {
    let graph = fixture();
    let filter = Filter::new()
        .since(day("2025-05-01"))
        .until(day("2025-05-31"));
    let sub = subgraph(&graph, &filter, None).expect("subgraph");
    let docs: Vec<&str> = sub.documents.iter().map(|d| d.id.as_str()).collect();
    assert!(docs.contains(&"ist-talks"));
    assert!(sub.edges.iter().all(|e| e.doc == "ist-talks"));
    assert_eq!(sub.edges.len(), 10);
    assert!(node_ids(&sub).contains(&"erdogan") && !node_ids(&sub).contains(&"nbc"));
}
