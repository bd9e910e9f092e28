//! Reading input: files, directories, JSON Lines streams and standard input, turned
//! into [`Document`]s.
//!
//! Text files come in three forms: the one-line form (`date YYYY-MM-DD` and the
//! first paragraph on the first line, leading spaces allowed), the header form
//! (`date YYYY-MM-DD` alone on the first line, then the text), and plain text with
//! no date. JSON Lines files (`.jsonl`, `.ndjson`) hold one article per line:
//! `{"id", "date", "title", "text", "url"}`, only `text` required.
//!
//! Every text is cleaned before any stage sees it ([`clean_text`]: line ends,
//! invisible and odd space characters, HTML tags and entities left by scrapers).
//! The document body, the text every offset points into, is the cleaned text
//! after the date header, without leading and trailing white space.
//!
//! Reading is lazy and bounded: [`Inputs`] yields one document (or one error) at a
//! time, so a stream of any length is never held in memory whole, and no more than
//! `max_doc_bytes` (plus one) bytes of a single document are ever read: a larger
//! file or JSON Lines line is refused, and the rest of it skipped without keeping it.
//! Errors name the file, and the line for JSON Lines; the caller reports them and
//! goes on with the next input.

mod clean;

pub use clean::{clean_text, normalize_chars, strip_boilerplate};

use crate::config::Config;
use crate::error::ReadError;
use crate::model::Document;
use chrono::NaiveDate;
use std::collections::{HashSet, VecDeque};
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// Where a document comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Source {
    /// A text file.
    Text(PathBuf),
    /// A JSON Lines file.
    Jsonl(PathBuf),
    /// Standard input.
    Stdin,
}

/// Expand the command-line inputs: directories recursively, in sorted order.
/// A path that does not exist is reported when it is read.
fn expand(paths: &[PathBuf]) -> Vec<Source> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Source::Stdin);
        } else if p.is_dir() {
            let mut files = Vec::new();
            let mut seen = HashSet::new();
            collect_dir(p, &mut files, &mut seen);
            files.sort();
            out.extend(files.into_iter().map(classify));
        } else {
            out.push(classify(p.clone()));
        }
    }
    out
}

/// Collect the article files under `dir`. A directory reached twice (through a
/// symbolic link) is walked once, so a link loop cannot recurse forever.
fn collect_dir(dir: &Path, out: &mut Vec<PathBuf>, seen: &mut HashSet<PathBuf>) {
    let real = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    if !seen.insert(real) {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        // Reported as unreadable when it is read.
        out.push(dir.to_path_buf());
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        if path.is_dir() {
            collect_dir(&path, out, seen);
        } else if is_article_file(&path) {
            out.push(path);
        }
    }
}

/// Files a directory walk picks up: text and JSON Lines.
fn is_article_file(path: &Path) -> bool {
    matches!(
        path.extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Some("txt" | "text" | "md" | "jsonl" | "ndjson")
    )
}

fn classify(path: PathBuf) -> Source {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("jsonl" | "ndjson") => Source::Jsonl(path),
        _ => Source::Text(path),
    }
}

/// A lazy iterator over the documents of all inputs.
pub struct Inputs {
    sources: VecDeque<Source>,
    current: Option<JsonlRecords>,
    config: Config,
}

/// Read every input lazily. Errors come out as items, so the caller reports them and
/// goes on with the other inputs.
pub fn read_inputs(paths: &[PathBuf], config: &Config) -> Inputs {
    Inputs {
        sources: expand(paths).into(),
        current: None,
        config: config.clone(),
    }
}

impl Iterator for Inputs {
    type Item = Result<Document, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(records) = self.current.as_mut() {
                match records.next() {
                    Some(item) => return Some(item),
                    None => self.current = None,
                }
            }
            let source = self.sources.pop_front()?;
            match source {
                Source::Text(path) => return Some(read_text_file(&path, &self.config)),
                Source::Jsonl(path) => match File::open(&path) {
                    Ok(f) => {
                        let name = path.display().to_string();
                        let mut records = read_jsonl(BufReader::new(f), &name, &self.config);
                        records.stem = stem_of(&path);
                        self.current = Some(records);
                    }
                    Err(source) => return Some(Err(ReadError::Io { path, source })),
                },
                Source::Stdin => match read_stdin(&self.config) {
                    Ok(StdinInput::Text(doc)) => return Some(Ok(doc)),
                    Ok(StdinInput::Jsonl(records)) => self.current = Some(records),
                    Err(e) => return Some(Err(e)),
                },
            }
        }
    }
}

enum StdinInput {
    Text(Document),
    Jsonl(JsonlRecords),
}

/// Standard input is JSON Lines when its first visible character is `{`, else one
/// text document. Leading blank lines are skipped (and counted, so JSON Lines line
/// numbers stay right) until a visible byte shows which it is, however the pipe
/// delivers its bytes.
fn read_stdin(config: &Config) -> Result<StdinInput, ReadError> {
    let io = |source| ReadError::Io {
        path: PathBuf::from("-"),
        source,
    };
    let mut reader = BufReader::new(std::io::stdin());
    let mut newlines = 0;
    let mut skipped = 0u64;
    let mut start = true;
    let first = loop {
        let buf = reader.fill_buf().map_err(io)?;
        if buf.is_empty() {
            break None;
        }
        let skip = if start && buf.starts_with(b"\xEF\xBB\xBF") {
            3
        } else {
            0
        };
        start = false;
        match buf[skip..].iter().position(|b| !b.is_ascii_whitespace()) {
            Some(i) => break Some(buf[skip + i]),
            None => {
                let used = buf.len();
                newlines += buf.iter().filter(|&&b| b == b'\n').count();
                skipped += used as u64;
                reader.consume(used);
                if skipped > config.max_doc_bytes {
                    return Err(ReadError::TooLarge {
                        path: "-".into(),
                        size: None,
                        limit: config.max_doc_bytes,
                    });
                }
            }
        }
    };
    if first == Some(b'{') {
        let mut records = read_jsonl(reader, "-", config);
        records.stem = "stdin".into();
        records.line = newlines;
        return Ok(StdinInput::Jsonl(records));
    }
    read_limited(reader, Path::new("-"), None, config)
        .and_then(|bytes| read_text_bytes(bytes, "stdin", "-", config))
        .map(StdinInput::Text)
}

fn stem_of(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "doc".to_string())
}

/// Read at most `max_doc_bytes` bytes; more is [`ReadError::TooLarge`], found
/// without reading the rest. `known` is the size when the file system tells it.
fn read_limited(
    reader: impl Read,
    path: &Path,
    known: Option<u64>,
    config: &Config,
) -> Result<Vec<u8>, ReadError> {
    let limit = config.max_doc_bytes;
    let too_large = |size| ReadError::TooLarge {
        path: path.display().to_string(),
        size,
        limit,
    };
    if let Some(size) = known.filter(|&n| n > limit) {
        return Err(too_large(Some(size)));
    }
    let mut bytes = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|source| ReadError::Io {
            path: path.to_path_buf(),
            source,
        })?;
    if bytes.len() as u64 > limit {
        return Err(too_large(None));
    }
    Ok(bytes)
}

fn read_text_file(path: &Path, config: &Config) -> Result<Document, ReadError> {
    let io = |source| ReadError::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = File::open(path).map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    if meta.is_dir() {
        return Err(io(std::io::Error::other("is a directory")));
    }
    // Only a regular file's size is known in advance; a pipe or a device is read
    // up to the limit.
    let known = meta.is_file().then_some(meta.len());
    let bytes = read_limited(file, path, known, config)?;
    read_text_bytes(bytes, &stem_of(path), &path.display().to_string(), config)
}

/// Read one text document from its bytes: decode ([`ReadError::Utf8`] naming the
/// line and byte of the first bad byte, or replacement with `config.lossy`), clean,
/// and parse its date header. `source` names it in errors and in the output.
pub fn read_text_bytes(
    bytes: Vec<u8>,
    id: &str,
    source: &str,
    config: &Config,
) -> Result<Document, ReadError> {
    let text = decode(bytes, Path::new(source), config)?;
    parse_text_document(id, source, &text, config)
}

/// Bytes to text: UTF-8, or an error naming the first bad byte and its line, or
/// bad bytes replaced by U+FFFD with `--lossy`.
fn decode(bytes: Vec<u8>, path: &Path, config: &Config) -> Result<String, ReadError> {
    match String::from_utf8(bytes) {
        Ok(t) => Ok(t),
        Err(e) if config.lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let line = 1 + e.as_bytes()[..offset]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            Err(ReadError::Utf8 {
                path: path.to_path_buf(),
                line,
                offset,
            })
        }
    }
}

/// Character normalization only: no byte-order mark, LF line ends, no NUL or other
/// control characters, plain spaces, no invisible characters. HTML is not touched
/// (see [`clean_text`] for that).
pub fn normalize_text(text: &str) -> String {
    normalize_chars(text)
}

/// Parse a text document in any of the three forms. The text is cleaned first
/// ([`clean_text`]); the body is what follows the date header, trimmed.
pub fn parse_text_document(
    id: &str,
    source: &str,
    text: &str,
    config: &Config,
) -> Result<Document, ReadError> {
    let text = strip_boilerplate(clean_text(text));
    let (date, body) = split_date_header(&text).map_err(|value| ReadError::Date {
        path: source.to_string(),
        line: 1,
        value,
    })?;
    let body = body.trim();
    if body.is_empty() {
        return Err(ReadError::Empty {
            path: source.to_string(),
        });
    }
    Ok(Document {
        id: id.to_string(),
        title: None,
        date: date.or(config.default_date),
        source: source.to_string(),
        url: None,
        text: body.to_string(),
    })
}

/// Split off a `date YYYY-MM-DD` header (own line or one-line form). Returns the
/// date and the body; `Err(value)` when the header's date is malformed. Only
/// `date` followed by a digit is a header, so prose starting "date night" is text.
fn split_date_header(text: &str) -> Result<(Option<NaiveDate>, &str), String> {
    let trimmed = text.trim_start();
    let Some(rest) = trimmed.strip_prefix("date") else {
        return Ok((None, text));
    };
    if !rest.starts_with([' ', '\t']) {
        return Ok((None, text));
    }
    let rest = rest.trim_start_matches([' ', '\t']);
    if !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return Ok((None, text));
    }
    let value: &str = rest.split(char::is_whitespace).next().unwrap_or("");
    let date = NaiveDate::parse_from_str(value, "%Y-%m-%d").map_err(|_| value.to_string())?;
    Ok((Some(date), &rest[value.len()..]))
}

/// The records of one JSON Lines stream, read one line at a time.
pub struct JsonlRecords {
    path: String,
    stem: String,
    reader: Box<dyn BufRead + Send>,
    line: usize,
    config: Config,
    done: bool,
}

/// Read a JSON Lines stream lazily: one document or one error per non-blank line.
/// `path` names the stream in errors (`path:line`) and in documents' `source`;
/// records without an id get `stem-line` with the file stem of `path`.
pub fn read_jsonl(
    reader: impl BufRead + Send + 'static,
    path: &str,
    config: &Config,
) -> JsonlRecords {
    JsonlRecords {
        path: path.to_string(),
        stem: stem_of(Path::new(path)),
        reader: Box::new(reader),
        line: 0,
        config: config.clone(),
        done: false,
    }
}

impl Iterator for JsonlRecords {
    type Item = Result<Document, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let limit = self.config.max_doc_bytes;
            let mut buf = Vec::new();
            let read = (&mut self.reader)
                .take(limit.saturating_add(2))
                .read_until(b'\n', &mut buf);
            self.line += 1;
            match read {
                Ok(0) => self.done = true,
                Ok(_) => {}
                Err(source) => {
                    // A stream that failed once is not read again.
                    self.done = true;
                    return Some(Err(ReadError::Io {
                        path: PathBuf::from(&self.path),
                        source,
                    }));
                }
            }
            if self.done {
                break;
            }
            let ended = buf.ends_with(b"\n");
            let content = if ended { buf.len() - 1 } else { buf.len() } as u64;
            if content > limit {
                let rest = if ended {
                    0
                } else {
                    skip_line(&mut self.reader)
                };
                return Some(Err(ReadError::TooLarge {
                    path: format!("{}:{}", self.path, self.line),
                    size: Some(content + rest),
                    limit,
                }));
            }
            if buf.iter().all(|b| b.is_ascii_whitespace()) {
                continue;
            }
            return Some(self.record(&buf));
        }
        None
    }
}

/// Skip to the end of the line; the number of bytes skipped, not counting the
/// line end.
fn skip_line(reader: &mut Box<dyn BufRead + Send>) -> u64 {
    let mut skipped = 0u64;
    loop {
        let (done, used, counted) = match reader.fill_buf() {
            Ok([]) | Err(_) => return skipped,
            Ok(buf) => match buf.iter().position(|&b| b == b'\n') {
                Some(i) => (true, i + 1, i),
                None => (false, buf.len(), buf.len()),
            },
        };
        reader.consume(used);
        skipped += counted as u64;
        if done {
            return skipped;
        }
    }
}

/// Make a one-line field plain: control characters and runs of white space become
/// one space, ends trimmed.
fn one_line(text: &str) -> String {
    normalize_chars(text)
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A serde_json message with its position given as a column of the line.
fn json_message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let message = full.strip_suffix(&suffix).unwrap_or(&full);
    if e.line() == 1 && e.column() > 0 {
        format!("{message} (column {})", e.column())
    } else {
        message.to_string()
    }
}

/// One optional string field of a record: absent and `null` are `None`, any other
/// type is an error naming the field.
fn string_field(
    record: &mut serde_json::Map<String, serde_json::Value>,
    name: &str,
) -> Result<Option<String>, String> {
    match record.remove(name) {
        None | Some(serde_json::Value::Null) => Ok(None),
        Some(serde_json::Value::String(s)) => Ok(Some(s)),
        Some(other) => Err(format!(
            "field \"{name}\" must be a string, not {}",
            json_type(&other)
        )),
    }
}

fn json_type(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

impl JsonlRecords {
    fn record(&self, bytes: &[u8]) -> Result<Document, ReadError> {
        let config = &self.config;
        let json_err = |message: String| ReadError::Json {
            path: self.path.clone(),
            line: self.line,
            message,
        };
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let text = match std::str::from_utf8(bytes) {
            Ok(t) => std::borrow::Cow::Borrowed(t),
            Err(_) if config.lossy => String::from_utf8_lossy(bytes),
            Err(e) => {
                return Err(json_err(format!(
                    "invalid UTF-8 at byte {} of the line (use --lossy to replace bad bytes)",
                    e.valid_up_to()
                )))
            }
        };
        let value: serde_json::Value =
            serde_json::from_str(text.trim()).map_err(|e| json_err(json_message(&e)))?;
        let serde_json::Value::Object(mut record) = value else {
            return Err(json_err(format!(
                "a record must be a JSON object like {{\"text\": \"...\"}}, not {}",
                json_type(&value)
            )));
        };
        let mut field = |name| string_field(&mut record, name).map_err(json_err);
        let body = field("text")?
            .map(|t| strip_boilerplate(clean_text(&t)))
            .ok_or_else(|| json_err("missing \"text\" field".into()))?;
        let date = field("date")?;
        let title = field("title")?;
        let url = field("url")?;
        let body = body.trim();
        if body.is_empty() {
            return Err(ReadError::Empty {
                path: format!("{}:{}", self.path, self.line),
            });
        }
        let date = match date.as_deref().map(str::trim) {
            None | Some("") => config.default_date,
            Some(d) => Some(parse_record_date(d).ok_or_else(|| ReadError::Date {
                path: self.path.clone(),
                line: self.line,
                value: d.to_string(),
            })?),
        };
        let id = match record.remove("id") {
            Some(serde_json::Value::String(s)) if !one_line(&s).is_empty() => one_line(&s),
            Some(serde_json::Value::Number(n)) => n.to_string(),
            None | Some(serde_json::Value::Null) | Some(serde_json::Value::String(_)) => {
                format!("{}-{}", self.stem, self.line)
            }
            Some(other) => {
                return Err(json_err(format!(
                    "field \"id\" must be a string or a number, not {}",
                    json_type(&other)
                )))
            }
        };
        Ok(Document {
            id,
            title: title
                .map(|t| one_line(&clean_text(&t)))
                .filter(|t| !t.is_empty()),
            date,
            source: format!("{}:{}", self.path, self.line),
            url: url.map(|u| one_line(&u)).filter(|u| !u.is_empty()),
            text: body.to_string(),
        })
    }
}

/// `YYYY-MM-DD`, or the date part of an RFC 3339 timestamp.
fn parse_record_date(value: &str) -> Option<NaiveDate> {
    let head = value.get(..10)?;
    let date = NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()?;
    let rest = &value[head.len()..];
    (rest.is_empty() || rest.starts_with(['T', ' ', 't'])).then_some(date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    fn doc(text: &str) -> Result<Document, ReadError> {
        parse_text_document("d", "d.txt", text, &Config::default())
    }

    fn jsonl(input: &[u8], config: &Config) -> Vec<Result<Document, String>> {
        read_jsonl(Cursor::new(input.to_vec()), "in.jsonl", config)
            .map(|r| r.map_err(|e| e.to_string()))
            .collect()
    }

    #[test]
    fn reads_the_one_line_form() {
        let d = doc(" date 2025-08-22 Kyiv said no.\n\nSecond paragraph.").unwrap();
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2025, 8, 22));
        assert_eq!(d.text, "Kyiv said no.\n\nSecond paragraph.");
    }

    #[test]
    fn reads_the_header_form_and_plain_text() {
        let d = doc("date 2025-05-01\n\nBody here.").unwrap();
        assert_eq!((d.date.is_some(), d.text.as_str()), (true, "Body here."));
        let d = doc("Dated nothing.").unwrap();
        assert_eq!((d.date, d.text.as_str()), (None, "Dated nothing."));
        // "date" as an ordinary first word is text, not a header.
        let d = doc("Dates matter.").unwrap();
        assert_eq!(d.text, "Dates matter.");
        let d = doc("date night at the White House ended early.").unwrap();
        assert_eq!(d.date, None);
    }

    #[test]
    fn bad_dates_and_empty_bodies_are_errors() {
        let err = doc("date 2025-13-40 Text").unwrap_err().to_string();
        assert!(
            err.contains("d.txt:1") && err.contains("2025-13-40"),
            "{err}"
        );
        assert!(matches!(
            doc("date 2025-01-02\n\n  \n"),
            Err(ReadError::Empty { .. })
        ));
        // Markup and invisible characters alone are empty too.
        assert!(matches!(
            doc("<p>&nbsp;</p>\u{200B}<br>"),
            Err(ReadError::Empty { .. })
        ));
    }

    #[test]
    fn the_body_is_the_cleaned_text() {
        let d = doc("\u{FEFF}date 2025-08-22\r\n\r\n<p>Lavrov said &quot;no&quot;.</p>").unwrap();
        assert_eq!(d.text, "Lavrov said \"no\".");
        assert_eq!(normalize_text("\u{FEFF}a\r\nb\0c"), "a\nb c");
    }

    #[test]
    fn invalid_utf8_names_line_and_byte_or_is_replaced() {
        let bytes = b"date 2025-08-22\nGood line.\nBad \xFF byte.".to_vec();
        let err = read_text_bytes(bytes.clone(), "x", "x.txt", &Config::default())
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("x.txt:3: invalid UTF-8 at byte 31"),
            "{err}"
        );
        let lossy = Config {
            lossy: true,
            ..Config::default()
        };
        let d = read_text_bytes(bytes, "x", "x.txt", &lossy).unwrap();
        assert_eq!(d.text, "Good line.\nBad \u{FFFD} byte.");
    }

    #[test]
    fn record_dates_accept_timestamps() {
        assert_eq!(
            parse_record_date("2025-08-22T10:00:00Z"),
            NaiveDate::from_ymd_opt(2025, 8, 22)
        );
        assert_eq!(parse_record_date("2025-08-22x"), None);
        assert_eq!(parse_record_date("2025-8-2"), None);
        assert_eq!(parse_record_date("２０２５-08-22"), None);
    }

    #[test]
    fn jsonl_errors_name_the_line_and_the_rest_goes_on() {
        let input = b"{\"text\": \"Putin spoke.\"}\n\n[1]\n{\"text\": 5}\n{\"id\": \"x\"}\n{\"text\": \"ok\", \"date\": \"soon\"}\n{\"text\": \"  \"}\n{\"text\"\n{\"text\": \"last\"}";
        let got = jsonl(input, &Config::default());
        let errs: Vec<&str> = got
            .iter()
            .filter_map(|r| r.as_ref().err().map(String::as_str))
            .collect();
        assert_eq!(got.len(), 8);
        assert!(got[0].is_ok() && got[7].is_ok());
        assert_eq!(got[7].as_ref().unwrap().id, "in-9");
        let expected = [
            "in.jsonl:3: bad JSON Lines record: a record must be a JSON object like {\"text\": \"...\"}, not an array",
            "in.jsonl:4: bad JSON Lines record: field \"text\" must be a string, not a number",
            "in.jsonl:5: bad JSON Lines record: missing \"text\" field",
            "in.jsonl:6: bad date \"soon\"",
            "in.jsonl:7: empty document",
            "in.jsonl:8: bad JSON Lines record: EOF while parsing",
        ];
        assert_eq!(errs.len(), expected.len(), "{errs:?}");
        for (err, prefix) in errs.iter().zip(expected) {
            assert!(err.starts_with(prefix), "{err}");
        }
    }

    #[test]
    fn jsonl_fields_are_cleaned() {
        let input = "\u{FEFF}{\"id\": \"a\\nb\\u0000c\", \"title\": \"<b>Talks</b> &amp;\\n more\", \"text\": \"<p>Kyiv&#8217;s view</p>\", \"url\": \" http://x/\\n \"}\n";
        let got = jsonl(input.as_bytes(), &Config::default());
        let d = got[0].as_ref().unwrap();
        assert_eq!(d.id, "a b c");
        assert_eq!(d.title.as_deref(), Some("Talks & more"));
        assert_eq!(d.text, "Kyiv’s view");
        assert_eq!(d.url.as_deref(), Some("http://x/"));
        assert_eq!(d.source, "in.jsonl:1");
    }

    #[test]
    fn jsonl_lines_over_the_limit_are_skipped_without_keeping_them() {
        let config = Config {
            max_doc_bytes: 40,
            ..Config::default()
        };
        let big = format!("{{\"text\": \"{}\"}}", "a".repeat(100));
        let input = format!("{big}\n{{\"text\": \"small\"}}\n{big}");
        let got = jsonl(input.as_bytes(), &config);
        assert_eq!(got.len(), 3);
        assert_eq!(
            got[0].as_ref().unwrap_err(),
            "in.jsonl:1: document of 112 bytes is over the limit of 40 bytes (see --max-doc-bytes)"
        );
        assert_eq!(got[1].as_ref().unwrap().text, "small");
        assert!(got[2]
            .as_ref()
            .unwrap_err()
            .starts_with("in.jsonl:3: document of 112 bytes"));
        // A line exactly at the limit is accepted.
        let exact = format!("{{\"text\": \"{}\"}}", "b".repeat(40 - 12));
        assert_eq!(exact.len(), 40);
        assert!(jsonl(format!("{exact}\n").as_bytes(), &config)[0].is_ok());
    }

    #[test]
    fn invalid_utf8_in_a_record() {
        let input = b"{\"text\": \"caf\xE9\"}\n";
        let err = jsonl(input, &Config::default()).remove(0).unwrap_err();
        assert!(
            err.contains("in.jsonl:1:") && err.contains("invalid UTF-8 at byte 13"),
            "{err}"
        );
        let lossy = Config {
            lossy: true,
            ..Config::default()
        };
        let d = jsonl(input, &lossy).remove(0).unwrap();
        assert_eq!(d.text, "caf\u{FFFD}");
    }

    #[test]
    fn huge_limits_do_not_overflow() {
        let config = Config {
            max_doc_bytes: u64::MAX,
            ..Config::default()
        };
        assert_eq!(jsonl(b"{\"text\": \"x\"}", &config).len(), 1);
        assert!(read_limited(Cursor::new(b"x".to_vec()), Path::new("-"), None, &config).is_ok());
    }
}
