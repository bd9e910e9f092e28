//! A thin layer over quick-xml for the XML exports (GraphML, GEXF).
//!
//! quick-xml escapes `&<>"'` but lets through characters XML 1.0 forbids (U+0001 and
//! friends), which makes a file every parser rejects; and attribute values keep raw
//! line breaks, which parsers turn into spaces. So values are cleaned and escaped
//! here, once, and handed to quick-xml as already escaped.

use crate::error::WriteError;
use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;

/// True for the characters XML 1.0 allows in a document.
fn xml_allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Escape text content: markup characters, and `\r` so it is not normalised away.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().filter(|c| xml_allowed(*c)) {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
    out
}

/// Escape an attribute value: markup characters, both quotes, and whitespace other
/// than space as character references so parsers keep line breaks.
pub fn escape_attr(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().filter(|c| xml_allowed(*c)) {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c => out.push(c),
        }
    }
    out
}

/// An indented XML document being written to memory.
pub struct XmlOut {
    writer: Writer<Vec<u8>>,
    what: &'static str,
}

impl XmlOut {
    /// A new document with the XML declaration; `what` names it in errors.
    pub fn new(what: &'static str) -> Result<XmlOut, WriteError> {
        let mut out = XmlOut {
            writer: Writer::new_with_indent(Vec::new(), b' ', 2),
            what,
        };
        out.event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        Ok(out)
    }

    fn event(&mut self, event: Event<'_>) -> Result<(), WriteError> {
        self.writer
            .write_event(event)
            .map_err(|e| WriteError::Serialize {
                what: self.what.to_string(),
                message: e.to_string(),
            })
    }

    fn tag<'a>(
        name: &'a str,
        attrs: &[(&str, &str)],
        escaped: &'a mut Vec<String>,
    ) -> BytesStart<'a> {
        escaped.extend(attrs.iter().map(|(_, v)| escape_attr(v)));
        let mut start = BytesStart::new(name);
        for ((key, _), value) in attrs.iter().zip(escaped.iter()) {
            start.push_attribute(Attribute::from((key.as_bytes(), value.as_bytes())));
        }
        start
    }

    /// Open an element.
    pub fn start(&mut self, name: &str, attrs: &[(&str, &str)]) -> Result<(), WriteError> {
        let mut escaped = Vec::new();
        let tag = Self::tag(name, attrs, &mut escaped);
        self.event(Event::Start(tag))
    }

    /// Write an element with no content.
    pub fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) -> Result<(), WriteError> {
        let mut escaped = Vec::new();
        let tag = Self::tag(name, attrs, &mut escaped);
        self.event(Event::Empty(tag))
    }

    /// Close an element.
    pub fn end(&mut self, name: &str) -> Result<(), WriteError> {
        self.event(Event::End(BytesEnd::new(name)))
    }

    /// Write `<name attrs>text</name>`.
    pub fn text_element(
        &mut self,
        name: &str,
        attrs: &[(&str, &str)],
        text: &str,
    ) -> Result<(), WriteError> {
        self.start(name, attrs)?;
        let escaped = escape_text(text);
        self.event(Event::Text(BytesText::from_escaped(escaped)))?;
        self.end(name)
    }

    /// The finished document, ending with a newline.
    pub fn finish(self) -> Vec<u8> {
        let mut bytes = self.writer.into_inner();
        bytes.push(b'\n');
        bytes
    }
}
