//! JSON bodies byte-identical with botocore's: Python's `json.dumps` defaults
//! (`", "` and `": "` separators, non-ASCII escaped as `\uXXXX`). The signature covers
//! the body's hash, so the bytes matter, not just the value. Shared by the S3 Tables bodies
//! (`guest/src/aws/request.rs`) and Athena's (`s3tables_athena::wire`).

use serde_json::ser::{CharEscape, Formatter};
use serde_json::Value;
use std::io::{self, Write};

struct PythonFormatter;

impl Formatter for PythonFormatter {
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        if first {
            Ok(())
        } else {
            w.write_all(b", ")
        }
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        if first {
            Ok(())
        } else {
            w.write_all(b", ")
        }
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }

    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        for c in fragment.chars() {
            if c.is_ascii() {
                w.write_all(&[c as u8])?;
            } else {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    write!(w, "\\u{unit:04x}")?;
                }
            }
        }
        Ok(())
    }

    fn write_char_escape<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        escape: CharEscape,
    ) -> io::Result<()> {
        // Python writes control characters as \u00XX, except the short forms below.
        let s: &[u8] = match escape {
            CharEscape::Quote => b"\\\"",
            CharEscape::ReverseSolidus => b"\\\\",
            CharEscape::Backspace => b"\\b",
            CharEscape::FormFeed => b"\\f",
            CharEscape::LineFeed => b"\\n",
            CharEscape::CarriageReturn => b"\\r",
            CharEscape::Tab => b"\\t",
            CharEscape::AsciiControl(byte) => return write!(w, "\\u{byte:04x}"),
            _ => return Err(io::Error::other("unknown escape")),
        };
        w.write_all(s)
    }
}

/// Serializes like Python's `json.dumps(value)`.
pub fn to_python_json(value: &Value) -> Vec<u8> {
    let mut out = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(&mut out, PythonFormatter);
    // Writing a `Value` into a Vec cannot fail.
    let _ = serde::Serialize::serialize(value, &mut ser);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn matches_python_json_dumps() {
        // Keys in sorted order: members keep the order given only where serde_json's
        // `preserve_order` is on (the guest), and sorted order is the same either way.
        let v = json!({"list": [1, 2], "name": "é😀", "nested": {"a": "x\ny\u{1}\"\\"}});
        assert_eq!(
            String::from_utf8(to_python_json(&v)).unwrap(),
            r#"{"list": [1, 2], "name": "\u00e9\ud83d\ude00", "nested": {"a": "x\ny\u0001\"\\"}}"#
        );
        assert_eq!(to_python_json(&json!({})), b"{}");
    }
}
