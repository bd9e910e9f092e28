//! Checks shared by `tests/hostile.rs` and `tests/props.rs`: every export format
//! parsed back by a real parser, and every offset checked against the body.
//!
//! Included with `#[path]`, so each test crate uses only part of it.
#![allow(dead_code)]

use quick_xml::events::Event;
use quick_xml::Reader;
use stancegraph::export::Format;
use stancegraph::GraphFile;
use std::collections::BTreeMap;

/// The formats that need nothing installed.
pub const OFFLINE: &[Format] = &[
    Format::Json,
    Format::Dot,
    Format::Graphml,
    Format::Gexf,
    Format::NodeLink,
    Format::Cytoscape,
    Format::Csv,
    Format::Html,
];

/// True for the characters XML 1.0 allows.
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Resolve one reference (`amp`, `#60`, `#x3C`) as XML 1.0 defines them.
fn xml_reference(name: &str) -> Result<char, String> {
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        _ => {
            let num = name
                .strip_prefix('#')
                .ok_or_else(|| format!("undefined entity &{name};"))?;
            let code = match num.strip_prefix('x') {
                Some(hex) => u32::from_str_radix(hex, 16),
                None => num.parse(),
            }
            .map_err(|_| format!("bad character reference &{name};"))?;
            char::from_u32(code).ok_or_else(|| format!("bad character reference &{name};"))?
        }
    };
    if xml_char(c) {
        Ok(c)
    } else {
        Err(format!("&{name}; is a character XML forbids"))
    }
}

/// Unescape an attribute value by hand, refusing what XML forbids: a raw `<`, an
/// `&` that starts no reference, undefined entities, forbidden characters.
fn attr_value(raw: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = raw;
    while let Some(c) = rest.chars().next() {
        match c {
            '<' => return Err(format!("raw < in attribute value {raw:?}")),
            '&' => {
                let end = rest
                    .find(';')
                    .ok_or_else(|| format!("bare & in attribute value {raw:?}"))?;
                out.push(xml_reference(&rest[1..end])?);
                rest = &rest[end + 1..];
                continue;
            }
            c if !xml_char(c) => return Err(format!("forbidden character {c:?}")),
            c => out.push(c),
        }
        rest = &rest[c.len_utf8()..];
    }
    Ok(out)
}

/// Parse an XML document strictly: well-formed (one root, every element closed,
/// names matching), only predefined entities, only allowed characters. Returns
/// every attribute value and text run, unescaped, in document order.
pub fn parse_xml(text: &str) -> Result<Vec<String>, String> {
    if let Some(c) = text.chars().find(|c| !xml_char(*c)) {
        return Err(format!("forbidden character {c:?} in the document"));
    }
    let mut reader = Reader::from_str(text);
    reader.config_mut().check_end_names = true;
    let mut stack: Vec<Vec<u8>> = Vec::new();
    let mut roots = 0;
    let mut values = Vec::new();
    let mut run = String::new();
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("at byte {}: {e}", reader.buffer_position()))?;
        if !matches!(event, Event::Text(_) | Event::GeneralRef(_)) && !run.is_empty() {
            values.push(std::mem::take(&mut run));
        }
        match event {
            Event::Start(e) | Event::Empty(e) if stack.is_empty() && roots > 0 => {
                return Err(format!(
                    "second root element {:?}",
                    String::from_utf8_lossy(e.name().as_ref())
                ));
            }
            Event::Start(e) => {
                if stack.is_empty() {
                    roots += 1;
                }
                for a in e.attributes() {
                    let a = a.map_err(|e| e.to_string())?;
                    values.push(attr_value(&String::from_utf8_lossy(&a.value))?);
                }
                stack.push(e.name().as_ref().to_vec());
            }
            Event::Empty(e) => {
                if stack.is_empty() {
                    roots += 1;
                }
                for a in e.attributes() {
                    let a = a.map_err(|e| e.to_string())?;
                    values.push(attr_value(&String::from_utf8_lossy(&a.value))?);
                }
            }
            Event::End(e) => {
                let open = stack.pop().ok_or("closing tag with nothing open")?;
                if open != e.name().as_ref() {
                    return Err("mismatched closing tag".into());
                }
            }
            Event::Text(t) => {
                let raw = t.decode().map_err(|e| e.to_string())?;
                if stack.is_empty() && !raw.trim().is_empty() {
                    return Err(format!("text outside the root: {raw:?}"));
                }
                if raw.contains(['<', '&']) {
                    return Err(format!("raw markup character in text {raw:?}"));
                }
                run.push_str(&raw);
            }
            Event::GeneralRef(r) => {
                let name = r.decode().map_err(|e| e.to_string())?;
                run.push(xml_reference(&name)?);
            }
            Event::CData(c) => values.push(String::from_utf8_lossy(&c).into_owned()),
            Event::Eof => break,
            _ => {}
        }
    }
    if !stack.is_empty() {
        return Err(format!("{} elements never closed", stack.len()));
    }
    if roots != 1 {
        return Err(format!("{roots} root elements"));
    }
    Ok(values)
}

/// Parse CSV strictly as RFC 4180 says: a quote only opens a field or doubles
/// inside a quoted one; every row has the header's number of fields.
pub fn parse_csv(text: &str) -> Result<Vec<Vec<String>>, String> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut at_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    field.push('"');
                } else {
                    quoted = false;
                    if !matches!(chars.peek(), None | Some(',' | '\n' | '\r')) {
                        return Err(format!("text after a closing quote in row {}", rows.len()));
                    }
                }
            } else {
                field.push(c);
            }
            continue;
        }
        match c {
            '"' if at_start => {
                quoted = true;
                at_start = false;
            }
            '"' => {
                return Err(format!(
                    "quote inside an unquoted field in row {}",
                    rows.len()
                ))
            }
            ',' => {
                row.push(std::mem::take(&mut field));
                at_start = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                at_start = true;
            }
            c => {
                field.push(c);
                at_start = false;
            }
        }
    }
    if quoted {
        return Err("unclosed quoted field".into());
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    let width = rows.first().map_or(0, Vec::len);
    if let Some((i, r)) = rows.iter().enumerate().find(|(_, r)| r.len() != width) {
        return Err(format!(
            "row {i} has {} fields, the header {width}",
            r.len()
        ));
    }
    Ok(rows)
}

/// Parse DOT with graphviz-rust's parser.
pub fn parse_dot(text: &str) -> Result<graphviz_rust::dot_structures::Graph, String> {
    graphviz_rust::parse(text)
}

/// The `<script type="application/json">` block of graph.html must hold no `<`,
/// and the page must have exactly as many `<script` openings as the template.
pub fn check_html(page: &str, scripts_in_template: usize) -> Result<(), String> {
    let opened = page.matches("<script").count();
    if opened != scripts_in_template {
        return Err(format!(
            "{opened} <script openings, the template has {scripts_in_template}"
        ));
    }
    let closed = page.matches("</script").count();
    if closed != scripts_in_template {
        return Err(format!("{closed} </script closings"));
    }
    Ok(())
}

/// Render every offline format and parse each file back. Returns the files.
pub fn check_all_formats(graph: &GraphFile) -> Result<BTreeMap<String, String>, String> {
    let mut files = BTreeMap::new();
    let empty_html = render(Format::Html, &GraphFile::empty())?;
    let template_scripts = empty_html
        .iter()
        .find(|(name, _)| name == "graph.html")
        .map_or(0, |(_, p)| p.matches("<script").count());
    for &format in OFFLINE {
        for (name, text) in render(format, graph)? {
            let fail = |e: String| format!("{name}: {e}");
            if name.ends_with(".json") {
                serde_json::from_str::<serde_json::Value>(&text)
                    .map_err(|e| fail(e.to_string()))?;
            } else if name.ends_with(".dot") {
                parse_dot(&text).map_err(fail)?;
            } else if name.ends_with(".graphml") || name.ends_with(".gexf") {
                parse_xml(&text).map_err(fail)?;
            } else if name.ends_with(".csv") {
                parse_csv(&text).map_err(fail)?;
            } else if name.ends_with(".html") {
                check_html(&text, template_scripts).map_err(fail)?;
            }
            files.insert(name, text);
        }
    }
    if let Some(json) = files.get("graph.json") {
        let back = GraphFile::from_json(json, std::path::Path::new("graph.json"))
            .map_err(|e| e.to_string())?;
        if &back != graph {
            return Err("graph.json does not load back to the same graph".into());
        }
    }
    Ok(files)
}

fn render(format: Format, graph: &GraphFile) -> Result<Vec<(String, String)>, String> {
    let outputs = format
        .outputs(graph)
        .map_err(|e| format!("{}: {e}", format.name()))?;
    outputs
        .into_iter()
        .map(|o| {
            String::from_utf8(o.bytes)
                .map(|t| (o.file_name.to_string(), t))
                .map_err(|_| format!("{} is not UTF-8", o.file_name))
        })
        .collect()
}

/// The characters `start..end` of `body`, or `None` when out of bounds.
pub fn chars_slice(body: &str, start: usize, end: usize) -> Option<String> {
    if start > end {
        return None;
    }
    let count = body.chars().count();
    (end <= count).then(|| body.chars().skip(start).take(end - start).collect())
}

/// Every statement and evidence in the graph is the body of its document sliced
/// at its character offsets. `bodies` maps document id to body.
pub fn check_offsets(graph: &GraphFile, bodies: &BTreeMap<String, String>) -> Result<(), String> {
    let body = |doc: &str| {
        bodies
            .get(doc)
            .ok_or_else(|| format!("no body for document {doc:?}"))
    };
    for s in &graph.statements {
        let got = chars_slice(body(&s.doc)?, s.start, s.end)
            .ok_or_else(|| format!("statement {} out of bounds", s.id))?;
        if got != s.text {
            return Err(format!(
                "statement {}: {:?} != body {:?}",
                s.id, s.text, got
            ));
        }
    }
    for e in &graph.edges {
        let ev = &e.evidence;
        let got = chars_slice(body(&e.doc)?, ev.start, ev.end)
            .ok_or_else(|| format!("edge {} evidence out of bounds", e.id))?;
        if got != ev.text {
            return Err(format!("edge {}: {:?} != body {:?}", e.id, ev.text, got));
        }
    }
    for st in &graph.stances {
        let ev = &st.evidence;
        let got = chars_slice(body(&st.doc)?, ev.start, ev.end)
            .ok_or_else(|| format!("stance {} evidence out of bounds", st.id))?;
        if got != ev.text {
            return Err(format!("stance {}: {:?} != body {:?}", st.id, ev.text, got));
        }
    }
    Ok(())
}
