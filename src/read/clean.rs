//! Cleaning a document's text before any stage sees it.
//!
//! The cleaned text *is* the document body: every offset in `graph.json` points
//! into it, not into the bytes of the file. Cleaning does three things, in one pass:
//!
//! - **Characters.** Line ends become `\n` (CRLF and a lone CR alike); NUL and
//!   other control characters become a space; no-break and other wide spaces
//!   (U+00A0, U+2000 to U+200A, U+202F, U+3000, ...) become a space; invisible
//!   characters (zero-width space and joiners, word joiner, byte-order mark, soft
//!   hyphen, bidirectional controls) are removed; U+2028 is a line break and
//!   U+2029 a paragraph break.
//! - **HTML tags** left by a scraper. Only tags of real HTML elements are
//!   recognised (`<p>`, `<br/>`, `<a href="..">`, `</div>`), so `a <b` or `<3` in
//!   prose stays text. Block tags (`<p>`, `<div>`, `<li>`, headings, ...) become a
//!   paragraph break, `<br>` a line break, table cells a space, inline tags
//!   nothing. The content of `<script>`, `<style>`, `<noscript>`, `<template>`,
//!   `<iframe>` and `<svg>` is removed up to the closing tag; when there is no
//!   closing tag only the opening tag goes, so an unclosed `<script>` never
//!   swallows the rest of an article. Comments (`<!-- -->`), doctypes and
//!   processing instructions are removed.
//! - **Entities.** `&amp;`, `&quot;`, `&nbsp;`, `&rsquo;`, the Latin-1 letters and
//!   other common names, and numeric references (`&#8220;`, `&#x201C;`) are
//!   decoded; the numbers 128 to 159 are read as Windows-1252, as browsers do
//!   (`&#147;` is `“`). Decoded text is never parsed again: `&lt;p&gt;` gives the
//!   text `<p>`, not a tag. An unknown name (`&foo;`) is left as it is.
//!
//!
//! Then [`strip_boilerplate`] removes whole lines of page furniture (`Advertisement`,
//! `Read more: ...`, bylines, the agency trailer), which are not part of the story.
//!
//! The pass reads each byte a bounded number of times (a `<` looks at most
//! [`MAX_TAG`] bytes ahead), so hostile markup cannot make it quadratic.

/// Longest stretch from `<` to `>` read as one tag; longer is text.
const MAX_TAG: usize = 2048;

/// What a tag does to the text around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Effect {
    /// Nothing: the tag is removed (`<b>`, `<a>`, `<span>`).
    Inline,
    /// A line break (`<br>`).
    Line,
    /// A paragraph break (`<p>`, `<div>`, `<li>`, `<h1>`).
    Paragraph,
    /// A space (`<td>`, `<th>`).
    Space,
    /// The element's content is not text and is removed (`<script>`, `<style>`).
    Drop,
}

/// The effect of an HTML element, by lower-case name; `None` when `name` is not an
/// HTML element, so the `<` is text.
fn effect(name: &str) -> Option<Effect> {
    use Effect::*;
    Some(match name {
        "br" => Line,
        "td" | "th" => Space,
        "script" | "style" | "noscript" | "template" | "iframe" | "svg" => Drop,
        "address" | "article" | "aside" | "blockquote" | "caption" | "center" | "dd"
        | "details" | "dialog" | "div" | "dl" | "dt" | "fieldset" | "figcaption" | "figure"
        | "footer" | "form" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "header" | "hgroup"
        | "hr" | "legend" | "li" | "main" | "menu" | "nav" | "ol" | "p" | "pre" | "section"
        | "summary" | "table" | "tbody" | "tfoot" | "thead" | "title" | "tr" | "ul" => Paragraph,
        "a" | "abbr" | "acronym" | "area" | "b" | "base" | "bdi" | "bdo" | "big" | "body"
        | "button" | "cite" | "code" | "col" | "colgroup" | "data" | "del" | "dfn" | "em"
        | "embed" | "font" | "head" | "html" | "i" | "img" | "input" | "ins" | "kbd" | "label"
        | "link" | "map" | "mark" | "meta" | "nobr" | "object" | "picture" | "q" | "rp" | "rt"
        | "ruby" | "s" | "samp" | "small" | "source" | "span" | "strike" | "strong" | "sub"
        | "sup" | "time" | "tt" | "u" | "var" | "video" | "audio" | "wbr" => Inline,
        _ => return None,
    })
}

/// Named character references that are decoded. Names are case-sensitive, as in
/// HTML.
const ENTITIES: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{A0}'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("thinsp", '\u{2009}'),
    ("zwsp", '\u{200B}'),
    ("zwnj", '\u{200C}'),
    ("zwj", '\u{200D}'),
    ("shy", '\u{AD}'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("horbar", '―'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("bdquo", '„'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("lsaquo", '‹'),
    ("rsaquo", '›'),
    ("prime", '′'),
    ("Prime", '″'),
    ("hellip", '…'),
    ("middot", '·'),
    ("bull", '•'),
    ("dagger", '†'),
    ("Dagger", '‡'),
    ("permil", '‰'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("deg", '°'),
    ("plusmn", '±'),
    ("times", '×'),
    ("divide", '÷'),
    ("minus", '−'),
    ("frac12", '½'),
    ("frac14", '¼'),
    ("frac34", '¾'),
    ("sup1", '¹'),
    ("sup2", '²'),
    ("sup3", '³'),
    ("micro", 'µ'),
    ("para", '¶'),
    ("sect", '§'),
    ("euro", '€'),
    ("pound", '£'),
    ("yen", '¥'),
    ("cent", '¢'),
    ("curren", '¤'),
    ("iexcl", '¡'),
    ("iquest", '¿'),
    ("ordf", 'ª'),
    ("ordm", 'º'),
    ("not", '¬'),
    ("macr", '¯'),
    ("acute", '´'),
    ("cedil", '¸'),
    ("uml", '¨'),
    ("brvbar", '¦'),
    ("larr", '←'),
    ("rarr", '→'),
    ("uarr", '↑'),
    ("darr", '↓'),
    ("Agrave", 'À'),
    ("Aacute", 'Á'),
    ("Acirc", 'Â'),
    ("Atilde", 'Ã'),
    ("Auml", 'Ä'),
    ("Aring", 'Å'),
    ("AElig", 'Æ'),
    ("Ccedil", 'Ç'),
    ("Egrave", 'È'),
    ("Eacute", 'É'),
    ("Ecirc", 'Ê'),
    ("Euml", 'Ë'),
    ("Igrave", 'Ì'),
    ("Iacute", 'Í'),
    ("Icirc", 'Î'),
    ("Iuml", 'Ï'),
    ("ETH", 'Ð'),
    ("Ntilde", 'Ñ'),
    ("Ograve", 'Ò'),
    ("Oacute", 'Ó'),
    ("Ocirc", 'Ô'),
    ("Otilde", 'Õ'),
    ("Ouml", 'Ö'),
    ("Oslash", 'Ø'),
    ("Ugrave", 'Ù'),
    ("Uacute", 'Ú'),
    ("Ucirc", 'Û'),
    ("Uuml", 'Ü'),
    ("Yacute", 'Ý'),
    ("THORN", 'Þ'),
    ("szlig", 'ß'),
    ("agrave", 'à'),
    ("aacute", 'á'),
    ("acirc", 'â'),
    ("atilde", 'ã'),
    ("auml", 'ä'),
    ("aring", 'å'),
    ("aelig", 'æ'),
    ("ccedil", 'ç'),
    ("egrave", 'è'),
    ("eacute", 'é'),
    ("ecirc", 'ê'),
    ("euml", 'ë'),
    ("igrave", 'ì'),
    ("iacute", 'í'),
    ("icirc", 'î'),
    ("iuml", 'ï'),
    ("eth", 'ð'),
    ("ntilde", 'ñ'),
    ("ograve", 'ò'),
    ("oacute", 'ó'),
    ("ocirc", 'ô'),
    ("otilde", 'õ'),
    ("ouml", 'ö'),
    ("oslash", 'ø'),
    ("ugrave", 'ù'),
    ("uacute", 'ú'),
    ("ucirc", 'û'),
    ("uuml", 'ü'),
    ("yacute", 'ý'),
    ("thorn", 'þ'),
    ("yuml", 'ÿ'),
    ("Scaron", 'Š'),
    ("scaron", 'š'),
    ("Zcaron", 'Ž'),
    ("zcaron", 'ž'),
    ("Ccaron", 'Č'),
    ("ccaron", 'č'),
    ("OElig", 'Œ'),
    ("oelig", 'œ'),
    ("Yuml", 'Ÿ'),
    ("fnof", 'ƒ'),
    ("circ", 'ˆ'),
    ("tilde", '˜'),
];

/// Windows-1252 characters for the numeric references 128 to 159, which HTML
/// reads as that code page (`&#147;` is a left double quote). `None` for the
/// five numbers it leaves undefined.
const CP1252: [Option<char>; 32] = [
    Some('€'),
    None,
    Some('‚'),
    Some('ƒ'),
    Some('„'),
    Some('…'),
    Some('†'),
    Some('‡'),
    Some('ˆ'),
    Some('‰'),
    Some('Š'),
    Some('‹'),
    Some('Œ'),
    None,
    Some('Ž'),
    None,
    None,
    Some('‘'),
    Some('’'),
    Some('“'),
    Some('”'),
    Some('•'),
    Some('–'),
    Some('—'),
    Some('˜'),
    Some('™'),
    Some('š'),
    Some('›'),
    Some('œ'),
    None,
    Some('ž'),
    Some('Ÿ'),
];

/// The character of a numeric reference: NUL, surrogates and numbers past
/// U+10FFFF give U+FFFD; 128 to 159 are read as Windows-1252.
fn numeric_char(code: u32) -> char {
    match code {
        0x80..=0x9F => CP1252[(code - 0x80) as usize].unwrap_or('\u{FFFD}'),
        0 => '\u{FFFD}',
        _ => char::from_u32(code).unwrap_or('\u{FFFD}'),
    }
}

/// Clean a document's text: see the module documentation for every rule.
pub fn clean_text(text: &str) -> String {
    let mut cleaner = Cleaner::new(text);
    cleaner.run();
    cleaner.out.text
}

/// Character normalization only (line ends, controls, spaces, invisible
/// characters), without reading HTML.
pub fn normalize_chars(text: &str) -> String {
    let mut out = Out::with_capacity(text.len());
    for c in text.chars() {
        out.push(c);
    }
    out.text
}

/// The cleaned text being written, with a pending break from a block tag.
struct Out {
    text: String,
    /// The last character pushed was a CR, so a following LF is part of it.
    after_cr: bool,
    /// Line breaks a tag asked for (1 line, 2 paragraph), written before the next
    /// visible character.
    pending: usize,
    /// Line breaks of the source met while a break was pending.
    newlines: usize,
}

impl Out {
    fn with_capacity(n: usize) -> Self {
        Out {
            text: String::with_capacity(n),
            after_cr: false,
            pending: 0,
            newlines: 0,
        }
    }

    /// Push one source (or decoded) character, normalized.
    fn push(&mut self, c: char) {
        if c == '\n' && self.after_cr {
            self.after_cr = false;
            return;
        }
        self.after_cr = c == '\r';
        match c {
            '\r' | '\n' | '\u{2028}' => self.emit('\n'),
            '\u{2029}' => {
                self.emit('\n');
                self.emit('\n');
            }
            '\t' => self.emit('\t'),
            '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
            | '\u{AD}' => {}
            c if c.is_control() => self.emit(' '),
            '\u{A0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200A}'
            | '\u{202F}'
            | '\u{205F}'
            | '\u{3000}' => self.emit(' '),
            c => self.emit(c),
        }
    }

    /// Ask for `n` line breaks before the next visible character.
    fn brk(&mut self, n: usize) {
        self.pending = self.pending.max(n);
    }

    fn emit(&mut self, c: char) {
        if self.pending > 0 {
            match c {
                ' ' | '\t' => return,
                '\n' => {
                    self.newlines += 1;
                    return;
                }
                _ => {}
            }
            let want = self.pending.max(self.newlines).min(2);
            self.pending = 0;
            self.newlines = 0;
            if !self.text.is_empty() {
                let kept = self.text.trim_end_matches([' ', '\t']).len();
                self.text.truncate(kept);
                let have = self.text.len() - self.text.trim_end_matches('\n').len();
                for _ in have..want {
                    self.text.push('\n');
                }
            }
        }
        self.text.push(c);
    }
}

/// A tag found at some `<`.
struct Tag {
    /// Byte just after its `>`.
    end: usize,
    /// Lower-case element name.
    name: String,
    /// `</name>`.
    closing: bool,
    /// `<name/>`.
    self_closing: bool,
    effect: Effect,
}

struct Cleaner<'t> {
    text: &'t str,
    out: Out,
    /// Searches that found nothing: no `-->` after some point, no `</script` after
    /// some point. Later searches from further on cannot succeed either.
    no_comment_end: bool,
    no_close: Vec<String>,
}

impl<'t> Cleaner<'t> {
    fn new(text: &'t str) -> Self {
        Cleaner {
            text,
            out: Out::with_capacity(text.len()),
            no_comment_end: false,
            no_close: Vec::new(),
        }
    }

    fn run(&mut self) {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < text.len() {
            // Printable ASCII but markup and entities (most of any text) goes to the
            // output in one copy when no line break is pending: `Out::push` would
            // copy it unchanged, one character at a time.
            if self.out.pending == 0 {
                let plain = bytes[i..]
                    .iter()
                    .position(|&b| !(b' '..=b'~').contains(&b) || b == b'<' || b == b'&')
                    .unwrap_or(bytes.len() - i);
                if plain > 0 {
                    self.out.text.push_str(&text[i..i + plain]);
                    self.out.after_cr = false;
                    i += plain;
                    continue;
                }
            }
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            let next = match c {
                '<' => self.markup(i),
                '&' => self.entity(i),
                _ => None,
            };
            match next {
                Some(j) => i = j,
                None => {
                    self.out.push(c);
                    i += c.len_utf8();
                }
            }
        }
    }

    /// Handle markup starting at the `<` at `i`; the position after it, or `None`
    /// when the `<` is text.
    fn markup(&mut self, i: usize) -> Option<usize> {
        let rest = &self.text[i..];
        if rest.starts_with("<!--") {
            return Some(self.comment(i));
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            let bytes = self.text.as_bytes();
            let follows = bytes.get(i + 2).is_some_and(|b| b.is_ascii_alphabetic())
                || (rest.starts_with("<?") && rest[2..].starts_with("xml"));
            if !follows {
                return None;
            }
            return self.tag_end(i, i + 2);
        }
        let tag = self.tag(i)?;
        match tag.effect {
            Effect::Inline => {}
            Effect::Line => self.out.brk(1),
            Effect::Paragraph => self.out.brk(2),
            Effect::Space => self.out.push(' '),
            Effect::Drop => {
                if !tag.closing && !tag.self_closing {
                    if let Some(end) = self.close_of(&tag.name, tag.end) {
                        return Some(end);
                    }
                }
            }
        }
        Some(tag.end)
    }

    /// The byte after the `>` that closes markup opened at `i`, scanning from
    /// `from`: quoted values may hold `>` and `<`; a bare `<` first, an unclosed
    /// quote, or no `>` within [`MAX_TAG`] bytes means it is not markup.
    fn tag_end(&self, i: usize, from: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let limit = (i + MAX_TAG).min(bytes.len());
        let mut j = from;
        while j < limit {
            match bytes[j] {
                b'>' => return Some(j + 1),
                b'<' => return None,
                q @ (b'"' | b'\'') => {
                    let close = bytes.get(j + 1..limit)?.iter().position(|&b| b == q)?;
                    j += close + 2;
                }
                _ => j += 1,
            }
        }
        None
    }

    /// A tag of a known HTML element at `i`.
    fn tag(&self, i: usize) -> Option<Tag> {
        let bytes = self.text.as_bytes();
        let mut j = i + 1;
        let closing = bytes.get(j) == Some(&b'/');
        if closing {
            j += 1;
        }
        let start = j;
        if !bytes.get(j).is_some_and(|b| b.is_ascii_alphabetic()) {
            return None;
        }
        while bytes.get(j).is_some_and(|b| b.is_ascii_alphanumeric()) && j - start < 16 {
            j += 1;
        }
        if !matches!(
            bytes.get(j),
            Some(b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0C')
        ) {
            return None;
        }
        let name = self.text[start..j].to_ascii_lowercase();
        let effect = effect(&name)?;
        let end = self.tag_end(i, j)?;
        let self_closing = end >= 2 && bytes[end - 2] == b'/';
        Some(Tag {
            end,
            name,
            closing,
            self_closing,
            effect,
        })
    }

    /// Skip a comment at `i`; an unclosed one loses only its `<!--`.
    fn comment(&mut self, i: usize) -> usize {
        let from = i + 4;
        if !self.no_comment_end {
            if let Some(p) = self.text[from..].find("-->") {
                return from + p + 3;
            }
            self.no_comment_end = true;
        }
        from
    }

    /// The byte after the closing tag of `name` at or after `from`, when there is
    /// one.
    fn close_of(&mut self, name: &str, from: usize) -> Option<usize> {
        if self.no_close.iter().any(|n| n == name) {
            return None;
        }
        let bytes = self.text.as_bytes();
        let mut at = from;
        while let Some(p) = self.text[at..].find("</") {
            let start = at + p + 2;
            let end = start + name.len();
            let same = bytes
                .get(start..end)
                .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()));
            let ends = !bytes.get(end).is_some_and(|b| b.is_ascii_alphanumeric());
            if same && ends {
                let close = bytes[end..]
                    .iter()
                    .position(|&b| b == b'>')
                    .map_or(self.text.len(), |q| end + q + 1);
                return Some(close);
            }
            at = start;
        }
        self.no_close.push(name.to_string());
        None
    }

    /// Decode a character reference at the `&` at `i`; the position after it, or
    /// `None` when it is not one.
    fn entity(&mut self, i: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let semi = bytes
            .get(i + 1..)?
            .iter()
            .take(34)
            .position(|&b| b == b';')?
            + i
            + 1;
        let body = &self.text[i + 1..semi];
        let c = if let Some(num) = body.strip_prefix('#') {
            let (digits, radix) = match num.strip_prefix(['x', 'X']) {
                Some(hex) => (hex, 16),
                None => (num, 10),
            };
            let ok = !digits.is_empty()
                && digits.len() <= 8
                && digits.chars().all(|c| c.is_digit(radix));
            if !ok {
                return None;
            }
            numeric_char(u32::from_str_radix(digits, radix).ok()?)
        } else {
            if !body.bytes().all(|b| b.is_ascii_alphanumeric()) {
                return None;
            }
            ENTITIES.iter().find(|(n, _)| *n == body)?.1
        };
        self.out.push(c);
        Some(semi + 1)
    }
}

/// Lines a news page prints around the story that are not part of it, whole
/// (compared in lower case, without closing punctuation).
const BOILERPLATE_LINES: &[&str] = &[
    "advertisement",
    "story continues below advertisement",
    "skip advertisement",
    "skip to main content",
    "share this article",
    "share this story",
    "share",
    "listen to this article",
    "continue reading",
    "related",
    "related articles",
    "related stories",
    "more on this story",
    "most read",
    "top stories",
];

/// Openings of lines that point elsewhere or credit the staff: teasers of other
/// stories, calls to subscribe, and the agency trailer (`(Reporting by ...)`).
const BOILERPLATE_OPENINGS: &[&str] = &[
    "read more:",
    "read more -",
    "read more \u{2013}",
    "also read:",
    "related:",
    "see also:",
    "watch:",
    "sign up for ",
    "sign up to ",
    "subscribe to ",
    "click here ",
    "follow us on ",
    "(reporting by ",
    "reporting by ",
    "(additional reporting ",
    "additional reporting by ",
    "(editing by ",
    "editing by ",
    "(writing by ",
    "writing by ",
];

/// Longest line checked as boilerplate: page furniture is short.
const MAX_BOILERPLATE_LINE: usize = 200;

/// Remove the page furniture a scraped news page leaves around the story: whole
/// lines such as `Advertisement`, `Share this article`, `Read more: <another
/// story>`, `(Reporting by ...; Editing by ...)` and bylines (`By Jane Roe and
/// John Doe`). Their sentences would otherwise become statements and stances
/// (`Read more: Egypt and Qatar push for a ceasefire`) and their names actors.
/// Only whole lines go; text inside a paragraph is never touched.
pub fn strip_boilerplate(text: String) -> String {
    if !text.lines().any(is_boilerplate_line) {
        return text;
    }
    text.split_inclusive('\n')
        .filter(|line| !is_boilerplate_line(line))
        .collect()
}

fn is_boilerplate_line(line: &str) -> bool {
    let line = line.trim();
    if line.is_empty() || line.len() > MAX_BOILERPLATE_LINE {
        return false;
    }
    let lower = line.to_lowercase();
    let bare = lower.trim_end_matches(['.', ':', '!', '|']).trim_end();
    BOILERPLATE_LINES.contains(&bare)
        || BOILERPLATE_OPENINGS.iter().any(|o| lower.starts_with(o))
        || is_byline(line)
}

/// Name particles that stay lower case inside a byline (`By Ana de la Cruz`).
const NAME_PARTICLES: &[&str] = &[
    "and", "in", "de", "la", "del", "da", "do", "dos", "van", "von", "der", "den", "al", "el",
    "bin", "ibn", "le", "di",
];

/// `By Selin Demir and Mark Holloway`, `By Ana de la Cruz in Lima`: `By` and
/// capitalized names (with particles and commas), no closing full stop, so that
/// `By Monday, the talks had collapsed.` stays text.
fn is_byline(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("By ") else {
        return false;
    };
    let words: Vec<&str> = rest
        .split_whitespace()
        .map(|w| w.trim_end_matches(','))
        .filter(|w| !w.is_empty())
        .collect();
    !line.ends_with('.')
        && (2..=12).contains(&words.len())
        && words.iter().all(|w| {
            NAME_PARTICLES.contains(w)
                || w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || "-'.\u{2019}".contains(c))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        assert_eq!(clean_text(input), expected, "input: {input:?}");
    }

    #[test]
    fn leaves_plain_text_alone() {
        check(
            "Putin said \"no\".\n\nKyiv & Moscow.",
            "Putin said \"no\".\n\nKyiv & Moscow.",
        );
        check("a < b and c > d, <3, x<y>z", "a < b and c > d, <3, x<y>z");
        check("R&D; AT&T; &foo; & ;", "R&D; AT&T; &foo; & ;");
    }

    #[test]
    fn normalizes_line_ends_spaces_and_invisible_characters() {
        check("\u{FEFF}a\r\nb\rc\0d", "a\nb\nc d");
        check(
            "Zel\u{200B}ensky\u{00A0}met\u{202F}Trump",
            "Zelensky met Trump",
        );
        check("a\u{2029}b\u{2028}c", "a\n\nb\nc");
        check("x\u{202E}y\u{2066}z\u{AD}", "xyz");
        check("bell\u{7}tab\tC1\u{85}", "bell tab\tC1 ");
    }

    #[test]
    fn decodes_entities() {
        check("&quot;No&quot; &amp; &#8220;yes&#8221;", "\"No\" & “yes”");
        check("&#x201C;a&#X201d; &#147;b&#148; &rsquo;", "“a” “b” ’");
        check("Zelensk&yacute; &Eacute;lys&eacute;e", "Zelenský Élysée");
        check(
            "&#0; &#xD800; &#99999999; &#129;",
            "\u{FFFD} \u{FFFD} \u{FFFD} \u{FFFD}",
        );
        check("a&nbsp;b&shy;c &#8203;d", "a bc d");
        check("&#13;&#10;x", "\nx");
        // Decoded text is text: never parsed as markup again.
        check("&lt;p&gt;&lt;script&gt;", "<p><script>");
        check("&amp;quot;", "&quot;");
    }

    #[test]
    fn strips_tags_with_breaks() {
        check("<p>One.</p><p>Two <b>bold</b>.</p>", "One.\n\nTwo bold.");
        check("a<br>b<br/>c<BR />d", "a\nb\nc\nd");
        check("<div>\n  <p>A</p>\n\n\n  <p>B</p>\n</div>", "A\n\nB");
        check(
            "<a href=\"x.html\" title='a > b'>link</a> text",
            "link text",
        );
        check("<td>a</td><td>b</td>", " a  b ");
        check("<!DOCTYPE html><html><body>Hi</body></html>", "Hi");
        check("x<!-- hidden <p> -->y", "xy");
        check("<?xml version=\"1.0\"?>z", "z");
    }

    #[test]
    fn drops_script_and_style_content() {
        check("a<script>alert(\"x\")</script>b", "ab");
        check("a<SCRIPT type=x>1<2</Script >b", "ab");
        check("a<style>p{}</style><p>b", "a\n\nb");
        check("a<script/>b", "ab");
    }

    #[test]
    fn never_swallows_the_rest() {
        check("a<script>b c d", "ab c d");
        check("a<!-- b c", "a b c");
        check("a<p class=\"x b c", "a<p class=\"x b c");
        check("a<p <b>c", "a<p c");
        let long = format!("<p {}>", "x".repeat(MAX_TAG + 10));
        assert_eq!(clean_text(&long), long);
    }

    #[test]
    fn stays_fast_on_hostile_markup() {
        // Unclosed scripts and comments would be quadratic if each searched to the
        // end of the text again; open tags and quotes look at most MAX_TAG ahead.
        for unit in ["<script>", "<!--", "<p ", "<a \"", "<a x='", "&#", "&amp"] {
            let text = unit.repeat(50_000);
            let start = std::time::Instant::now();
            let _ = clean_text(&text);
            assert!(start.elapsed().as_secs() < 10, "{unit}");
        }
    }

    #[test]
    fn page_furniture_lines_go_and_the_story_stays() {
        let page = "Kenya and Somalia agree border plan\n\
                    By Amina Yusuf and Tom de la Cruz\n\
                    \n\
                    NAIROBI - The two governments signed the plan on Monday.\n\
                    \n\
                    Advertisement\n\
                    \n\
                    Read more: Ethiopia and Egypt trade barbs over dam\n\
                    By Monday, the crossing had reopened.\n\
                    Share this article\n\
                    (Reporting by Amina Yusuf; Editing by Tom de la Cruz)";
        assert_eq!(
            strip_boilerplate(page.to_string()),
            "Kenya and Somalia agree border plan\n\
             \n\
             NAIROBI - The two governments signed the plan on Monday.\n\
             \n\
             \n\
             By Monday, the crossing had reopened.\n"
        );
        let story = "The minister said Advertisement rules would change.";
        assert_eq!(strip_boilerplate(story.to_string()), story);
    }
}
