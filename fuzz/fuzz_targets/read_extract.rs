//! Fuzz target: bytes in as a text file or a JSON Lines stream, through the
//! reader, the whole extraction, the graph and the JSON, DOT and GraphML exports.
//! A panic anywhere, or a broken invariant below, is a crash.
//!
//! The first byte chooses the mode: bit 0 `--lossy`, bit 1 JSON Lines instead of
//! one text document. The rest is the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stancegraph::export::Format;
use stancegraph::graph::Graph;
use stancegraph::model::{Extraction, Span};
use stancegraph::read::{read_jsonl, read_text_bytes};
use stancegraph::{extract, Config, Document, GraphFile, Lexicon};
use std::sync::OnceLock;

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| Lexicon::builtin().expect("built-in lexicon"))
}

fn in_text(text: &str, span: Span) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{span:?} out of bounds"
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{span:?} not on a character boundary"
    );
}

fn check_spans(ex: &Extraction) {
    let text = &ex.doc.text;
    for s in &ex.statements {
        in_text(text, s.content);
        if let Some(cue) = s.cue {
            in_text(text, cue);
        }
    }
    for r in &ex.relations {
        in_text(text, r.evidence);
        in_text(text, r.trigger);
    }
    for s in &ex.stances {
        in_text(text, s.evidence);
    }
}

fn chars(body: &str, start: usize, end: usize) -> String {
    assert!(
        start <= end && end <= body.chars().count(),
        "offsets {start}..{end} out of bounds"
    );
    body.chars().skip(start).take(end - start).collect()
}

fn check_wire(wire: &GraphFile, docs: &[Document]) {
    let body = |id: &str| {
        let i = wire
            .documents
            .iter()
            .position(|d| d.id == id)
            .expect("document listed");
        docs[i].text.as_str()
    };
    for s in &wire.statements {
        assert_eq!(chars(body(&s.doc), s.start, s.end), s.text);
    }
    for e in &wire.edges {
        assert_eq!(
            chars(body(&e.doc), e.evidence.start, e.evidence.end),
            e.evidence.text
        );
    }
    for s in &wire.stances {
        assert_eq!(
            chars(body(&s.doc), s.evidence.start, s.evidence.end),
            s.evidence.text
        );
    }
}

fn check_exports(wire: &GraphFile) {
    let json = Format::Json.render(wire).expect("json renders");
    let back: GraphFile = serde_json::from_slice(&json).expect("graph.json parses");
    assert_eq!(back.edges.len(), wire.edges.len());
    let dot = Format::Dot.render(wire).expect("dot renders");
    graphviz_rust::parse(std::str::from_utf8(&dot).expect("UTF-8")).expect("DOT parses");
    let graphml = Format::Graphml.render(wire).expect("graphml renders");
    let mut reader = quick_xml::Reader::from_reader(graphml.as_slice());
    let mut buf = Vec::new();
    let mut depth = 0i64;
    loop {
        match reader
            .read_event_into(&mut buf)
            .expect("GraphML is well-formed")
        {
            quick_xml::events::Event::Start(_) => depth += 1,
            quick_xml::events::Event::End(_) => depth -= 1,
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    assert_eq!(depth, 0, "GraphML elements left open");
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, input)) = data.split_first() else {
        return;
    };
    let config = Config {
        lossy: mode & 1 == 1,
        ..Config::default()
    };
    let docs: Vec<Document> = if mode & 2 == 2 {
        read_jsonl(std::io::Cursor::new(input.to_vec()), "fuzz.jsonl", &config)
            .filter_map(Result::ok)
            .collect()
    } else {
        read_text_bytes(input.to_vec(), "fuzz", "fuzz.txt", &config)
            .into_iter()
            .collect()
    };
    let mut graph = Graph::new();
    for doc in &docs {
        let ex = extract(doc, lexicon());
        check_spans(&ex);
        graph.add(&ex);
    }
    let wire = graph.to_wire();
    check_wire(&wire, &docs);
    check_exports(&wire);
});
