//! The census of actors the lexicon does not know (`tests/census/actors.tsv`):
//! people introduced by a title, an apposition or a verb, bodies of a state,
//! named bodies, parties, armed groups, companies and acronyms, and names that
//! are no actor. Each expected id is looked for as `eval` looks for it, so a
//! probe passes when the extraction would score that gold actor.

mod common;

use stancegraph::eval::{score_document, Gold};

/// The number of expectations met when the census was last measured.
const ACTORS_CENSUS_FLOOR: usize = 191;

/// Does the extraction give the gold actor `id`, as `eval` maps ids?
fn finds(ex: &stancegraph::Extraction, doc: &str, id: &str) -> bool {
    let gold: Gold = serde_json::from_value(serde_json::json!({"doc": doc, "actors": [id]}))
        .expect("a gold of one actor");
    score_document(&gold, ex).0.actors.found_gold == 1
}

#[test]
fn the_actors_census_holds_its_floor() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/census/actors.tsv");
    let body = std::fs::read_to_string(path).expect("the census file is there");
    let mut census = common::Census::default();
    for line in body
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("class\t") && !l.trim().is_empty())
    {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 4, "four columns in {line:?}");
        let text = cols[2].replace("\\n", "\n");
        let ex = common::extract_on(cols[1], &text);
        for want in cols[3].split(";;") {
            let negative = want.starts_with('!');
            let found = want
                .trim_start_matches('!')
                .split('/')
                .any(|id| finds(&ex, &ex.doc.id, id));
            census.record(cols[0], found != negative, || {
                let ids: Vec<&str> = ex.actors.iter().map(|a| a.id.as_str()).collect();
                format!("[{}] {text:?} wanted {want}, actors {ids:?}", cols[0])
            });
        }
    }
    census.assert_floor("actors", ACTORS_CENSUS_FLOOR);
}
