//! A reader for the lexicons' tab-separated format: one header line, `#` comments,
//! and errors that name `file:line:column`.

use crate::error::LexiconError;

/// One data row: its 1-based line number and its cells.
#[derive(Debug, Clone)]
pub struct Row<'a> {
    /// 1-based line number in the file.
    pub line: usize,
    /// The cells, trimmed.
    pub cells: Vec<&'a str>,
}

/// A parsed TSV file: the file name (for errors) and its rows.
#[derive(Debug, Clone)]
pub struct Table<'a> {
    /// The file name, as shown in errors.
    pub file: String,
    /// The header cells.
    pub header: Vec<&'a str>,
    /// The data rows.
    pub rows: Vec<Row<'a>>,
}

impl<'a> Table<'a> {
    /// Parse `text`, checking the header starts with `expected` columns (extra
    /// trailing columns are allowed and ignored). Short rows are padded with empty
    /// cells; a row with more cells than the header is an error.
    pub fn parse(file: &str, text: &'a str, expected: &[&str]) -> Result<Table<'a>, LexiconError> {
        let err = |line: usize, column: usize, message: String| LexiconError {
            file: file.to_string(),
            line,
            column,
            message,
        };
        let mut lines = text
            .lines()
            .enumerate()
            .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
            .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
        let (header_line, header_text) = lines
            .next()
            .ok_or_else(|| err(1, 1, "empty file: expected a header line".into()))?;
        let header: Vec<&str> = header_text.split('\t').map(str::trim).collect();
        for (i, want) in expected.iter().enumerate() {
            match header.get(i) {
                Some(got) if got == want => {}
                Some(got) => {
                    return Err(err(
                        header_line,
                        i + 1,
                        format!("header column {} is {got:?}, expected {want:?}", i + 1),
                    ))
                }
                None => {
                    return Err(err(
                        header_line,
                        i + 1,
                        format!("header lacks column {want:?}"),
                    ))
                }
            }
        }
        let mut rows = Vec::new();
        for (line, l) in lines {
            let mut cells: Vec<&str> = l.split('\t').map(str::trim).collect();
            if cells.len() > header.len() {
                return Err(err(
                    line,
                    header.len() + 1,
                    format!(
                        "{} cells, but the header has {} columns",
                        cells.len(),
                        header.len()
                    ),
                ));
            }
            cells.resize(header.len(), "");
            rows.push(Row { line, cells });
        }
        Ok(Table {
            file: file.to_string(),
            header,
            rows,
        })
    }

    /// An error at a row's cell.
    pub fn error(&self, row: &Row, column: usize, message: impl Into<String>) -> LexiconError {
        LexiconError {
            file: self.file.clone(),
            line: row.line,
            column: column + 1,
            message: message.into(),
        }
    }
}

/// Split a `|`-separated list cell into its non-empty trimmed items.
pub fn list(cell: &str) -> Vec<String> {
    cell.split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_file_line_and_column() {
        let text = "# comment\na\tb\n1\t2\n1\t2\t3\n";
        let err = Table::parse("x.tsv", text, &["a", "b"]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "x.tsv:4:3: 3 cells, but the header has 2 columns"
        );
        let err = Table::parse("x.tsv", "a\tc\n", &["a", "b"]).unwrap_err();
        assert_eq!(err.line, 1);
        assert_eq!(err.column, 2);
    }

    #[test]
    fn pads_short_rows_and_splits_lists() {
        let t = Table::parse("x.tsv", "a\tb\nx\n", &["a", "b"]).unwrap();
        assert_eq!(t.rows[0].cells, ["x", ""]);
        assert_eq!(list(" a | b ||c"), ["a", "b", "c"]);
    }
}
