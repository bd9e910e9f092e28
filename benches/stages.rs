//! Per-stage benchmarks over the example articles (`examples/articles`), so a
//! slowdown in one stage shows up on its own line.
//!
//! Every stage is measured on the whole set of articles, with its inputs (the
//! output of the stages before it) computed once outside the timed loop. The
//! throughput is in bytes of article text, so criterion prints MB/s.
//!
//! ```text
//! cargo bench --bench stages                 # everything
//! cargo bench --bench stages -- extract      # one group
//! cargo bench --bench stages -- long_document  # one document of 0.25, 1 and 4 MB
//! ```
//!
//! `long_document` runs the stages up to quotes (segmentation, normalization,
//! actors, resolution, dates, quotes) on one document made of the example
//! articles repeated: the MB/s must stay about the same from 0.25 to 4 MB, or a
//! stage has become quadratic in the length of a document.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use stancegraph::actors::{recognise, Recognised, Tokens};
use stancegraph::config::Config;
use stancegraph::dates::{find_time_expressions, TimeExpr};
use stancegraph::export::FORMATS;
use stancegraph::graph::Graph;
use stancegraph::lexicon::patterns::normalized_words;
use stancegraph::model::{Document, Extraction, Mention, Relation, Segmented, Statement};
use stancegraph::quotes::{statements, QuoteInput};
use stancegraph::read::read_inputs;
use stancegraph::relations::{relations, RelationInput};
use stancegraph::resolve::resolve;
use stancegraph::segment::segment;
use stancegraph::stances::{stances, StanceInput};
use stancegraph::{extract, Lexicon};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

const ARTICLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/articles");

fn documents() -> Vec<Document> {
    read_inputs(&[PathBuf::from(ARTICLES)], &Config::default())
        .map(|d| d.expect("example articles read"))
        .collect()
}

/// One document with the output of every stage, computed once.
struct Staged {
    doc: Document,
    seg: Segmented,
    words: Vec<String>,
    rec: Recognised,
    resolved: Recognised,
    mentions: Vec<Mention>,
    times: Vec<TimeExpr>,
    statements: Vec<Statement>,
    relations: Vec<Relation>,
}

fn words_of(doc: &Document, seg: &Segmented) -> Vec<String> {
    normalized_words(&doc.text, &seg.tokens)
}

fn stage_all(doc: Document, lexicon: &Lexicon) -> Staged {
    let mut staged = stage_to_quotes(doc, lexicon);
    let found = relations(&relation_input(&staged, &tokens(&staged)), lexicon);
    staged.relations = found;
    staged
}

/// The stages up to quotes (no relations).
fn stage_to_quotes(doc: Document, lexicon: &Lexicon) -> Staged {
    let seg = segment(&doc.text);
    let words = words_of(&doc, &seg);
    let toks = Tokens {
        text: &doc.text,
        seg: &seg,
        words: &words,
    };
    let rec = recognise(&doc, &toks, lexicon);
    let mut resolved = rec.clone();
    let mentions = resolve(&mut resolved, &toks, lexicon, doc.date);
    let times = find_time_expressions(&toks, doc.date);
    let statements = statements(
        &QuoteInput {
            toks: &toks,
            mentions: &mentions,
            times: &times,
            date: doc.date,
            actors: &resolved.actors,
        },
        lexicon,
    );
    Staged {
        doc,
        seg,
        words,
        rec,
        resolved,
        mentions,
        times,
        statements,
        relations: Vec::new(),
    }
}

fn relation_input<'a>(s: &'a Staged, toks: &'a Tokens<'a>) -> RelationInput<'a> {
    RelationInput {
        toks,
        mentions: &s.mentions,
        statements: &s.statements,
        times: &s.times,
        date: s.doc.date,
        actors: &s.resolved.actors,
    }
}

fn bytes(docs: &[Document]) -> u64 {
    docs.iter().map(|d| d.text.len() as u64).sum()
}

fn stages(c: &mut Criterion) {
    let lexicon = Lexicon::builtin().expect("built-in lexicon");
    let docs = documents();
    let total = bytes(&docs);
    let staged: Vec<Staged> = docs
        .iter()
        .cloned()
        .map(|d| stage_all(d, &lexicon))
        .collect();

    let mut g = c.benchmark_group("stage");
    g.throughput(Throughput::Bytes(total));
    g.warm_up_time(Duration::from_millis(500));
    g.measurement_time(Duration::from_secs(3));

    g.bench_function("read_jsonl", |b| {
        let dir = tempdir();
        let path = dir.join("examples.jsonl");
        write_jsonl(&docs, &path);
        b.iter(|| {
            let n = read_inputs(std::slice::from_ref(&path), &Config::default())
                .filter(|d| d.is_ok())
                .count();
            black_box(n)
        });
    });
    g.bench_function("segmentation", |b| {
        b.iter(|| {
            for s in &staged {
                black_box(segment(black_box(&s.doc.text)));
            }
        })
    });
    g.bench_function("normalize_words", |b| {
        b.iter(|| {
            for s in &staged {
                black_box(words_of(&s.doc, &s.seg));
            }
        })
    });
    g.bench_function("actor_recognition", |b| {
        b.iter(|| {
            for s in &staged {
                black_box(recognise(&s.doc, &tokens(s), &lexicon));
            }
        })
    });
    g.bench_function("resolution", |b| {
        b.iter_batched(
            || staged.iter().map(|s| s.rec.clone()).collect::<Vec<_>>(),
            |mut recs| {
                for (s, rec) in staged.iter().zip(recs.iter_mut()) {
                    black_box(resolve(rec, &tokens(s), &lexicon, s.doc.date));
                }
            },
            BatchSize::SmallInput,
        )
    });
    g.bench_function("dates", |b| {
        b.iter(|| {
            for s in &staged {
                black_box(find_time_expressions(&tokens(s), s.doc.date));
            }
        })
    });
    g.bench_function("quotes", |b| {
        b.iter(|| {
            for s in &staged {
                let input = QuoteInput {
                    toks: &tokens(s),
                    mentions: &s.mentions,
                    times: &s.times,
                    date: s.doc.date,
                    actors: &s.resolved.actors,
                };
                black_box(statements(&input, &lexicon));
            }
        })
    });
    g.bench_function("relations", |b| {
        b.iter(|| {
            for s in &staged {
                black_box(relations(&relation_input(s, &tokens(s)), &lexicon));
            }
        })
    });
    g.bench_function("stances", |b| {
        b.iter(|| {
            for s in &staged {
                let input = StanceInput {
                    toks: &tokens(s),
                    mentions: &s.mentions,
                    statements: &s.statements,
                    relations: &s.relations,
                    times: &s.times,
                    date: s.doc.date,
                    actors: &s.resolved.actors,
                };
                black_box(stances(&input, &lexicon));
            }
        })
    });
    g.bench_function("extract", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(extract(d, &lexicon));
            }
        })
    });
    let extractions: Vec<Extraction> = docs.iter().map(|d| extract(d, &lexicon)).collect();
    g.bench_function("graph_build", |b| {
        b.iter(|| {
            let mut graph = Graph::new();
            for ex in &extractions {
                graph.add(ex);
            }
            black_box(graph.to_wire())
        })
    });
    g.finish();

    let mut graph = Graph::new();
    for ex in &extractions {
        graph.add(ex);
    }
    let wire = graph.to_wire();
    let mut g = c.benchmark_group("export");
    g.warm_up_time(Duration::from_millis(500));
    g.measurement_time(Duration::from_secs(3));
    for spec in FORMATS {
        if spec.format.needs_graphviz() {
            continue; // runs Graphviz: measures `dot`, not us
        }
        g.bench_function(spec.name, |b| {
            b.iter(|| black_box(spec.format.outputs(&wire).expect("export renders")))
        });
    }
    g.finish();
}

/// The stages up to quotes on one document made of the example articles
/// repeated to about 0.25, 1 and 4 MB (with a copy of the document, linear).
fn long_document(c: &mut Criterion) {
    let lexicon = Lexicon::builtin().expect("built-in lexicon");
    let articles: Vec<String> = documents().into_iter().map(|d| d.text).collect();
    let one = articles.join("\n\n");
    let mut g = c.benchmark_group("long_document");
    g.sample_size(10);
    g.warm_up_time(Duration::from_millis(500));
    g.measurement_time(Duration::from_secs(5));
    for kb in [256usize, 1024, 4096] {
        let copies = (kb * 1024).div_ceil(one.len() + 2);
        let doc = Document {
            id: format!("long-{kb}k"),
            title: None,
            date: docs_date(),
            source: String::new(),
            url: None,
            text: vec![one.as_str(); copies].join("\n\n"),
        };
        g.throughput(Throughput::Bytes(doc.text.len() as u64));
        g.bench_function(format!("{kb}k"), |b| {
            b.iter(|| black_box(stage_to_quotes(doc.clone(), &lexicon).statements.len()))
        });
    }
    g.finish();
}

fn docs_date() -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt(2025, 8, 22)
}

fn tokens(s: &Staged) -> Tokens<'_> {
    Tokens {
        text: &s.doc.text,
        seg: &s.seg,
        words: &s.words,
    }
}

fn tempdir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("stancegraph-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temporary directory");
    dir
}

fn write_jsonl(docs: &[Document], path: &Path) {
    let mut out = String::new();
    for d in docs {
        let record = serde_json::json!({
            "id": d.id,
            "date": d.date.map(|x| x.to_string()),
            "text": d.text,
        });
        out.push_str(&record.to_string());
        out.push('\n');
    }
    std::fs::write(path, out).expect("write the JSON Lines file");
}

criterion_group!(benches, stages, long_document);
criterion_main!(benches);
