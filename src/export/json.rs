//! `graph.json`: the wire graph serialized with stable key order and a final newline.

use super::wire::GraphFile;
use crate::error::WriteError;
use std::io;

/// Serialize the graph as pretty-printed JSON.
pub fn render(graph: &GraphFile) -> Result<Vec<u8>, WriteError> {
    pretty(graph, "graph.json")
}

/// Any value as pretty-printed JSON with a final newline; `what` names the file in
/// errors. Shared by the JSON-based exports.
pub fn pretty(value: &impl serde::Serialize, what: &str) -> Result<Vec<u8>, WriteError> {
    let mut bytes = Vec::with_capacity(128);
    write_pretty(&mut bytes, value).map_err(|e| WriteError::Serialize {
        what: what.into(),
        message: e.to_string(),
    })?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// Writes `value` as `serde_json::to_writer_pretty` does (the same bytes), with
/// each line's indentation written at once instead of one level at a time.
pub fn write_pretty<W: io::Write>(
    writer: W,
    value: &(impl serde::Serialize + ?Sized),
) -> serde_json::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(writer, Indented::default());
    value.serialize(&mut ser)
}

/// A line break and the most indentation [`Indented`] writes in one piece.
const BREAK_AND_SPACES: &[u8; 65] =
    b"\n                                                                ";

/// The layout of `serde_json::ser::PrettyFormatter` with its default indent of
/// two spaces, and the same state (the depth, and whether the current array or
/// object has a value): a graph is mostly line breaks and indentation, which the
/// pretty formatter writes one level (one write call) at a time.
#[derive(Debug, Default)]
struct Indented {
    level: usize,
    has_value: bool,
}

impl Indented {
    /// A line break, then two spaces per level.
    fn break_line<W: ?Sized + io::Write>(&self, w: &mut W) -> io::Result<()> {
        let mut spaces = 2 * self.level;
        let first = spaces.min(BREAK_AND_SPACES.len() - 1);
        w.write_all(&BREAK_AND_SPACES[..=first])?;
        spaces -= first;
        while spaces > 0 {
            let n = spaces.min(BREAK_AND_SPACES.len() - 1);
            w.write_all(&BREAK_AND_SPACES[1..=n])?;
            spaces -= n;
        }
        Ok(())
    }

    /// Before an array value or an object key: a comma after the first, a line break.
    fn next_item<W: ?Sized + io::Write>(&self, w: &mut W, first: bool) -> io::Result<()> {
        if !first {
            w.write_all(b",")?;
        }
        self.break_line(w)
    }

    /// The start of an array or an object, one level deeper.
    fn open<W: ?Sized + io::Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    /// The end of an array or an object: on its own line when it holds a value.
    fn close<W: ?Sized + io::Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level -= 1;
        if self.has_value {
            self.break_line(w)?;
        }
        w.write_all(bracket)
    }
}

impl serde_json::ser::Formatter for Indented {
    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"[")
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"]")
    }

    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.next_item(w, first)
    }

    fn end_array_value<W: ?Sized + io::Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"{")
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"}")
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.next_item(w, first)
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// Any value as a JSON tree; `what` names the file in errors.
pub fn value(value: &impl serde::Serialize, what: &str) -> Result<serde_json::Value, WriteError> {
    serde_json::to_value(value).map_err(|e| WriteError::Serialize {
        what: what.into(),
        message: e.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::write_pretty;

    #[test]
    fn same_bytes_as_the_pretty_printer() {
        // Nesting deeper than one piece of indentation, empty containers, and
        // values of every kind.
        let mut deep = serde_json::json!({"leaf": [1, 2.5, "x\"y\n", null, true]});
        for i in 0..40 {
            deep = serde_json::json!({ "level": i, "empty": [], "none": {}, "inner": [deep] });
        }
        for value in [
            deep,
            serde_json::json!([]),
            serde_json::json!({}),
            serde_json::json!("text"),
            serde_json::json!([[], [[]], {"a": {}}]),
        ] {
            let mut ours = Vec::new();
            write_pretty(&mut ours, &value).unwrap();
            assert_eq!(ours, serde_json::to_vec_pretty(&value).unwrap());
        }
    }
}
