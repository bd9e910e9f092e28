//! Reading input: files, directories, JSON Lines streams and standard input, turned
//! into [`Document`]s.
//!
//! Text files come in three forms: the one-line form (`date YYYY-MM-DD` and the
//! first paragraph on the first line, leading spaces allowed), the header form
//! (`date YYYY-MM-DD` alone on the first line, then the text), and plain text with
//! no date. JSON Lines files (`.jsonl`, `.ndjson`) hold one article per line:
//! `{"id", "date", "title", "text", "url"}`, only `text` required.
//!
//! Reading is lazy: [`Inputs`] yields one document (or one error) at a time, so a
//! stream of any length is never held in memory whole.

use crate::config::Config;
use crate::error::ReadError;
use crate::model::Document;
use chrono::NaiveDate;
use std::collections::VecDeque;
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
            collect_dir(p, &mut files);
            files.sort();
            out.extend(files.into_iter().map(classify));
        } else {
            out.push(classify(p.clone()));
        }
    }
    out
}

fn collect_dir(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
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
            collect_dir(&path, out);
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
    current: Option<JsonlReader>,
    config: Config,
}

struct JsonlReader {
    path: String,
    stem: String,
    reader: Box<dyn BufRead + Send>,
    line: usize,
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
            if let Some(reader) = self.current.as_mut() {
                match next_jsonl(reader, &self.config) {
                    Some(item) => return Some(item),
                    None => self.current = None,
                }
            }
            let source = self.sources.pop_front()?;
            match source {
                Source::Text(path) => return Some(read_text_file(&path, &self.config)),
                Source::Jsonl(path) => match File::open(&path) {
                    Ok(f) => {
                        self.current = Some(JsonlReader {
                            path: path.display().to_string(),
                            stem: stem_of(&path),
                            reader: Box::new(BufReader::new(f)),
                            line: 0,
                        })
                    }
                    Err(source) => return Some(Err(ReadError::Io { path, source })),
                },
                Source::Stdin => match read_stdin(&self.config) {
                    Ok(StdinInput::Text(doc)) => return Some(Ok(doc)),
                    Ok(StdinInput::Jsonl(reader)) => self.current = Some(reader),
                    Err(e) => return Some(Err(e)),
                },
            }
        }
    }
}

enum StdinInput {
    Text(Document),
    Jsonl(JsonlReader),
}

fn read_stdin(config: &Config) -> Result<StdinInput, ReadError> {
    let mut reader = BufReader::new(std::io::stdin());
    let peek = reader.fill_buf().map_err(|source| ReadError::Io {
        path: PathBuf::from("-"),
        source,
    })?;
    let first = peek.iter().find(|b| !b.is_ascii_whitespace()).copied();
    if first == Some(b'{') {
        return Ok(StdinInput::Jsonl(JsonlReader {
            path: "-".into(),
            stem: "stdin".into(),
            reader: Box::new(reader),
            line: 0,
        }));
    }
    let mut bytes = Vec::new();
    let limit = config.max_doc_bytes;
    reader
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| ReadError::Io {
            path: PathBuf::from("-"),
            source,
        })?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            path: "-".into(),
            size: bytes.len() as u64,
            limit,
        });
    }
    let text = decode(bytes, Path::new("-"), config)?;
    parse_text_document("stdin", "-", &text, config).map(StdinInput::Text)
}

fn stem_of(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "doc".to_string())
}

fn read_text_file(path: &Path, config: &Config) -> Result<Document, ReadError> {
    let io = |source| ReadError::Io {
        path: path.to_path_buf(),
        source,
    };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > config.max_doc_bytes {
        return Err(ReadError::TooLarge {
            path: path.display().to_string(),
            size,
            limit: config.max_doc_bytes,
        });
    }
    let bytes = std::fs::read(path).map_err(io)?;
    let text = decode(bytes, path, config)?;
    parse_text_document(&stem_of(path), &path.display().to_string(), &text, config)
}

/// Bytes to text: UTF-8 (an error naming the first bad byte, or replacement with
/// `--lossy`), without a byte-order mark, with CRLF line ends made LF.
fn decode(bytes: Vec<u8>, path: &Path, config: &Config) -> Result<String, ReadError> {
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) if config.lossy => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        Err(e) => {
            return Err(ReadError::Utf8 {
                path: path.to_path_buf(),
                offset: e.utf8_error().valid_up_to(),
            })
        }
    };
    Ok(normalize_text(&text))
}

/// Strip a byte-order mark, make line ends LF and turn NUL bytes into spaces.
pub fn normalize_text(text: &str) -> String {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    text.replace("\r\n", "\n").replace(['\r', '\0'], " ")
}

/// Parse a text document in any of the three forms.
pub fn parse_text_document(
    id: &str,
    source: &str,
    text: &str,
    config: &Config,
) -> Result<Document, ReadError> {
    let (date, body) = split_date_header(text).map_err(|value| ReadError::Date {
        path: source.to_string(),
        line: 1,
        value,
    })?;
    let body = body.trim_start().trim_end();
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
/// date and the body; `Err(value)` when the header's date is malformed.
fn split_date_header(text: &str) -> Result<(Option<NaiveDate>, &str), String> {
    let trimmed = text.trim_start();
    let Some(rest) = trimmed.strip_prefix("date") else {
        return Ok((None, text));
    };
    if !rest.starts_with([' ', '\t']) {
        return Ok((None, text));
    }
    let rest = rest.trim_start_matches([' ', '\t']);
    let value: String = rest.chars().take_while(|c| !c.is_whitespace()).collect();
    let date = NaiveDate::parse_from_str(&value, "%Y-%m-%d").map_err(|_| value.clone())?;
    Ok((Some(date), &rest[value.len()..]))
}

#[derive(serde::Deserialize)]
struct JsonRecord {
    id: Option<serde_json::Value>,
    date: Option<String>,
    title: Option<String>,
    text: Option<String>,
    url: Option<String>,
}

fn next_jsonl(reader: &mut JsonlReader, config: &Config) -> Option<Result<Document, ReadError>> {
    loop {
        let mut buf = Vec::new();
        let limit = config.max_doc_bytes;
        let read = (&mut reader.reader)
            .take(limit + 2)
            .read_until(b'\n', &mut buf);
        reader.line += 1;
        match read {
            Ok(0) => return None,
            Ok(_) => {}
            Err(source) => {
                return Some(Err(ReadError::Io {
                    path: PathBuf::from(&reader.path),
                    source,
                }))
            }
        }
        if buf.len() as u64 > limit && !buf.ends_with(b"\n") {
            let size = skip_rest_of_line(&mut reader.reader) + buf.len() as u64;
            return Some(Err(ReadError::TooLarge {
                path: format!("{}:{}", reader.path, reader.line),
                size,
                limit,
            }));
        }
        if buf.iter().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        return Some(parse_jsonl_record(&buf, reader, config));
    }
}

fn skip_rest_of_line(reader: &mut Box<dyn BufRead + Send>) -> u64 {
    let mut skipped = 0u64;
    loop {
        let (done, used) = match reader.fill_buf() {
            Ok([]) | Err(_) => return skipped,
            Ok(buf) => match buf.iter().position(|&b| b == b'\n') {
                Some(i) => (true, i + 1),
                None => (false, buf.len()),
            },
        };
        reader.consume(used);
        skipped += used as u64;
        if done {
            return skipped;
        }
    }
}

fn parse_jsonl_record(
    bytes: &[u8],
    reader: &JsonlReader,
    config: &Config,
) -> Result<Document, ReadError> {
    let json_err = |message: String| ReadError::Json {
        path: reader.path.clone(),
        line: reader.line,
        message,
    };
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
    let record: JsonRecord =
        serde_json::from_str(text.trim()).map_err(|e| json_err(e.to_string()))?;
    let body = record
        .text
        .map(|t| normalize_text(&t))
        .ok_or_else(|| json_err("missing \"text\" field".into()))?;
    let body = body.trim();
    if body.is_empty() {
        return Err(ReadError::Empty {
            path: format!("{}:{}", reader.path, reader.line),
        });
    }
    let date = match record.date.as_deref().map(str::trim) {
        None | Some("") => config.default_date,
        Some(d) => Some(parse_record_date(d).ok_or_else(|| ReadError::Date {
            path: reader.path.clone(),
            line: reader.line,
            value: d.to_string(),
        })?),
    };
    let id = match record.id {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => format!("{}-{}", reader.stem, reader.line),
    };
    Ok(Document {
        id,
        title: record.title.filter(|t| !t.trim().is_empty()),
        date,
        source: format!("{}:{}", reader.path, reader.line),
        url: record.url,
        text: body.to_string(),
    })
}

/// `YYYY-MM-DD`, or the date part of an RFC 3339 timestamp.
fn parse_record_date(value: &str) -> Option<NaiveDate> {
    let head = value.get(..10).unwrap_or(value);
    let date = NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()?;
    let rest = &value[head.len()..];
    (rest.is_empty() || rest.starts_with(['T', ' ', 't'])).then_some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Result<Document, ReadError> {
        parse_text_document("d", "d.txt", text, &Config::default())
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
    }

    #[test]
    fn normalizes_bom_and_crlf() {
        assert_eq!(normalize_text("\u{FEFF}a\r\nb\0c"), "a\nb c");
    }

    #[test]
    fn record_dates_accept_timestamps() {
        assert_eq!(
            parse_record_date("2025-08-22T10:00:00Z"),
            NaiveDate::from_ymd_opt(2025, 8, 22)
        );
        assert_eq!(parse_record_date("2025-08-22x"), None);
    }
}
