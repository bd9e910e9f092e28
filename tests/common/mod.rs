//! Helpers shared by the integration tests: where
//! things are, how to run the binary, and how to read an article body the way the
//! output contract defines it, written here independently of `stancegraph::read`
//! so the tests do not check the reader against itself.

// Each test crate includes this module and uses a different part of it.
#![allow(dead_code)]

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use tempfile::TempDir;

/// The repository root (where `Cargo.toml` is).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A path inside the repository.
pub fn repo(relative: &str) -> PathBuf {
    root().join(relative)
}

/// The user's seed article, copied byte for byte from `shared/seeds/`.
pub fn seed_path() -> PathBuf {
    repo("tests/data/seed_one_line.txt")
}

/// The shared folder (`../shared`), when this checkout has one. Tests that need it
/// print a note and return early when it is absent.
pub fn shared() -> Option<PathBuf> {
    let dir = root().join("../shared");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "note: {} not found, test skipped (CI provides it)",
            dir.display()
        );
        None
    }
}

/// The `stancegraph` binary, run from the repository root.
pub fn bin() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(env!("CARGO_BIN_EXE_stancegraph"));
    cmd.current_dir(root());
    cmd
}

/// `stancegraph build examples/articles`, run once per test binary into a temporary
/// directory; returns that directory.
pub fn built_examples() -> &'static Path {
    static DIR: OnceLock<TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        bin()
            .args(["build", "examples/articles", "--quiet", "--out"])
            .arg(dir.path())
            .assert()
            .success();
        dir
    })
    .path()
}

/// Read and parse a JSON file, naming it when that fails.
pub fn load_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

/// The ids of `graph["documents"]`, in file order.
pub fn doc_ids(graph: &Value) -> Vec<String> {
    graph["documents"]
        .as_array()
        .expect("documents is an array")
        .iter()
        .map(|d| {
            d["id"]
                .as_str()
                .expect("document id is a string")
                .to_string()
        })
        .collect()
}

/// The document with this id.
pub fn document<'g>(graph: &'g Value, id: &str) -> &'g Value {
    graph["documents"]
        .as_array()
        .expect("documents is an array")
        .iter()
        .find(|d| d["id"] == id)
        .unwrap_or_else(|| panic!("no document {id:?} in {:?}", doc_ids(graph)))
}

/// True when `s` is a `YYYY-MM-DD` calendar date.
pub fn is_ymd(s: &str) -> bool {
    s.len() == 10 && chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok()
}

/// The body of an article file as the contract defines it: the text after any
/// `date YYYY-MM-DD` header (on its own line or followed by the text on the same
/// line), without the white space around it. A byte-order mark is dropped and
/// CRLF line ends read as LF, as `build` does with every input file.
pub fn body(file_text: &str) -> String {
    let text = file_text.strip_prefix('\u{feff}').unwrap_or(file_text);
    let text = text.replace("\r\n", "\n");
    let start = text.trim_start();
    let after_header = start
        .strip_prefix("date")
        .filter(|rest| rest.starts_with([' ', '\t']))
        .map(|rest| rest.trim_start_matches([' ', '\t']))
        .and_then(|rest| {
            let value = rest.split_whitespace().next().unwrap_or("");
            is_ymd(value).then(|| &rest[value.len()..])
        });
    after_header.unwrap_or(&text).trim().to_string()
}

/// `text` sliced at character (Unicode scalar value) offsets, or `None` when the
/// offsets are out of range or reversed.
pub fn char_slice(text: &str, start: usize, end: usize) -> Option<String> {
    if start > end {
        return None;
    }
    let mut chars = text.chars();
    let piece: String = chars.by_ref().skip(start).take(end - start).collect();
    (piece.chars().count() == end - start).then_some(piece)
}

/// A strict RFC 4180 reader: records of fields. Fails on an unterminated quoted
/// field or a missing final newline.
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(!quoted, "unterminated quoted field");
    assert!(field.is_empty() && record.is_empty(), "no final newline");
    records
}

/// The seed article read in its one-line form and extracted with the built-in
/// lexicons.
pub fn extract_seed() -> stancegraph::Extraction {
    let path = seed_path();
    let text = std::fs::read_to_string(&path).expect("seed readable");
    let doc = stancegraph::read::parse_text_document(
        "seed",
        &path.display().to_string(),
        &text,
        &stancegraph::Config::default(),
    )
    .expect("the seed's one-line form is read");
    let lexicon = stancegraph::Lexicon::builtin().expect("built-in lexicons load");
    stancegraph::extract(&doc, &lexicon)
}

/// The built-in lexicons, loaded once per test binary.
pub fn lexicon() -> &'static stancegraph::Lexicon {
    static LEXICON: OnceLock<stancegraph::Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| stancegraph::Lexicon::builtin().expect("built-in lexicons load"))
}

/// A test article dated `date` (`YYYY-MM-DD`), read as a text file with a date
/// header would be.
pub fn article(date: &str, text: &str) -> stancegraph::Document {
    stancegraph::read::parse_text_document(
        "t",
        "t.txt",
        &format!("date {date}\n\n{text}\n"),
        &stancegraph::Config::default(),
    )
    .expect("test text is read")
}

/// The extraction of a test article dated `date`.
pub fn extract_on(date: &str, text: &str) -> stancegraph::Extraction {
    stancegraph::extract(&article(date, text), lexicon())
}

/// Eval scores of a test article dated `date` against gold stances given as
/// (actor, issue, polarity, evidence).
pub fn score_stances_on(
    date: &str,
    text: &str,
    gold: &[(&str, &str, &str, &str)],
) -> stancegraph::eval::Scores {
    let ex = extract_on(date, text);
    let stances: Vec<Value> = gold
        .iter()
        .map(|(a, i, p, e)| serde_json::json!({"actor": a, "issue": i, "polarity": p, "evidence": e}))
        .collect();
    let gold: stancegraph::eval::Gold =
        serde_json::from_value(serde_json::json!({"doc": "t", "stances": stances}))
            .expect("gold parses");
    stancegraph::eval::score_document(&gold, &ex).0
}

/// A census's result: probes that fail, and per class (passed, probes).
#[derive(Default)]
pub struct Census {
    /// One line per failing probe.
    pub failures: Vec<String>,
    /// Passed and total probes by class.
    pub by_class: std::collections::BTreeMap<String, (usize, usize)>,
}

impl Census {
    /// Count one probe of `class`.
    pub fn record(&mut self, class: &str, passed: bool, failure: impl FnOnce() -> String) {
        let entry = self.by_class.entry(class.to_string()).or_default();
        entry.1 += 1;
        if passed {
            entry.0 += 1;
        } else {
            self.failures.push(failure());
        }
    }

    /// Print the failures and the score by class, and fail below `floor` (the
    /// number passing when it was last measured).
    pub fn assert_floor(&self, name: &str, floor: usize) {
        for f in &self.failures {
            println!("{f}");
        }
        for (class, (ok, n)) in &self.by_class {
            println!("census {class}: {ok}/{n}");
        }
        let passed: usize = self.by_class.values().map(|c| c.0).sum();
        let total: usize = self.by_class.values().map(|c| c.1).sum();
        println!("{name} census total: {passed}/{total}");
        assert!(
            passed >= floor,
            "{name} census {passed}/{total} below its floor {floor}"
        );
    }
}
