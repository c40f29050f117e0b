//! CSV files (RFC 4180) → [`Source`].
//!
//! Reading:
//! * UTF-8 (a leading byte-order mark is skipped); fields separated by `,`; records end with
//!   CRLF, LF or a lone CR; the last line ending is optional; blank lines are skipped (as
//!   pyarrow does, so a one-column file cannot hold a null as a blank line).
//! * A field in double quotes may hold `,`, line breaks and `""` (one `"`); after the closing
//!   quote only a separator or a line ending may follow. A `"` inside an unquoted field is
//!   kept as it is (lenient, as most readers).
//! * The first record is the header; every other record must have as many fields (an error
//!   names the first that has not). Data rows are counted from 1 without the header, and the
//!   line where the record starts is given too (quoted line breaks make them differ).
//! * An empty unquoted field is null; a quoted empty field (`""`) is the empty string in a
//!   string column and null in any other (PostgreSQL's `COPY … CSV` convention).
//!
//! Type inference, per column over its non-empty cells: all `true`/`false` (any case) →
//! boolean; all integers fitting 64 bits → long; all numbers (integers, decimals, exponents,
//! with at least one finite; `NaN`/`Infinity` allowed among them) → double; all dates
//! `YYYY-MM-DD` → date; all times `HH:MM[:SS[.ffffff]]` → time; all timestamps without zone
//! (`T` or a space) → timestamp; all with `Z` or `±HH:MM` → timestamptz; otherwise (or no
//! value at all) string. A number with a leading zero (`007`, `01.5`) makes the column a
//! string: it is usually a code whose zeros matter. Each candidate is checked by converting
//! the cells as [`values`] would and then with `rows::convert` itself, so an inferred type
//! always converts.
//!
//! Cells typed by a table column ([`values`]): int/long → a JSON integer (`'abc' is not
//! an integer`; the range is `rows::convert`'s check); float/double → a JSON number, or
//! `"NaN"`, `"Infinity"`, `"-Infinity"` (from `NaN`, `inf`, `Infinity` in any case, signed);
//! boolean → `true`/`false` from `true`, `false`, `1`, `0` (any case: a boolean column makes
//! 1/0 unambiguous, and many exports write them); decimal, date, time, timestamp,
//! timestamptz, uuid, string, binary and fixed (base64) → the text unchanged, for
//! `rows::convert`'s strict rules; struct, list and map columns → an error.

use super::{ImportError, Problems, Rows, Source, SourceColumn};
use crate::write::rows::{self, Field, Primitive, Type};
use serde_json::{json, Number, Value};
use std::num::IntErrorKind;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// One data record.
#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    /// The line where the record starts (from 1, the header's being 1 unless blank lines
    /// precede it).
    pub line: usize,
    /// `None` for an empty unquoted field, `Some("")` for `""`.
    pub cells: Vec<Option<String>>,
}

/// `data row 3 (line 4)` for the record at 0-based `index`.
pub(super) fn label(index: usize, line: usize) -> String {
    format!("data row {} (line {line})", index + 1)
}

/// Reads a whole CSV file: the header, every record (at most `max_rows`), the inferred types.
pub fn read_csv(bytes: &[u8], max_rows: usize) -> Result<Source, ImportError> {
    let mut stream = CsvStream::new(max_rows);
    let mut records = Vec::new();
    stream.push(bytes, &mut records)?;
    stream.finish(&mut records)?;
    let header = stream.header().ok_or(ImportError::Empty)?.to_vec();
    let mut inference = Inference::new(header.len());
    inference.add(&records);
    Ok(Source {
        columns: stream.columns(&inference),
        rows: Rows::Csv(records),
        first: 0,
    })
}

/// CSV text given in pieces (the ranges of a file, in order), read into complete records: a
/// record, a quoted field or a UTF-8 character cut by a piece's end waits for the next piece.
/// The rules are [`read_csv`]'s, errors included (the same lines and data rows).
#[derive(Debug)]
pub struct CsvStream {
    /// Bytes not read yet: the end of the last piece that did not complete a record.
    pending: Vec<u8>,
    /// The line `pending` starts on.
    line: usize,
    /// Bytes before `pending`, for the byte-order mark (only at the very start).
    seen: u64,
    header: Option<Vec<Option<String>>>,
    /// Data records read so far.
    records: usize,
    max_rows: usize,
}

impl CsvStream {
    /// A stream that refuses more than `max_rows` data records.
    pub fn new(max_rows: usize) -> Self {
        CsvStream {
            pending: Vec::new(),
            line: 1,
            seen: 0,
            header: None,
            records: 0,
            max_rows,
        }
    }

    /// The header's fields, once read (`None` for an empty field).
    pub fn header(&self) -> Option<&[Option<String>]> {
        self.header.as_deref()
    }

    /// Data records read so far.
    pub fn records(&self) -> usize {
        self.records
    }

    /// The file's columns with the types `inference` found (after the header is read).
    pub fn columns(&self, inference: &Inference) -> Vec<SourceColumn> {
        self.header
            .iter()
            .flatten()
            .enumerate()
            .map(|(i, name)| SourceColumn {
                name: name.clone().unwrap_or_default(),
                iceberg_type: json!(type_name(inference.column_type(i))),
            })
            .collect()
    }

    /// Reads `piece`: the records it completes are appended to `out`.
    pub fn push(&mut self, piece: &[u8], out: &mut Vec<Record>) -> Result<(), ImportError> {
        self.pending.extend_from_slice(piece);
        self.read(false, out)
    }

    /// The end of the file: the records left (the last one may lack its line ending).
    pub fn finish(&mut self, out: &mut Vec<Record>) -> Result<(), ImportError> {
        self.read(true, out)?;
        if self.header.is_none() {
            return Err(ImportError::Empty);
        }
        Ok(())
    }

    fn read(&mut self, last: bool, out: &mut Vec<Record>) -> Result<(), ImportError> {
        let mut skip = 0;
        if self.seen == 0 {
            if self.pending.len() < BOM.len() && BOM.starts_with(&self.pending) && !last {
                return Ok(());
            }
            if self.pending.starts_with(BOM) {
                skip = BOM.len();
            }
        }
        let pending = std::mem::take(&mut self.pending);
        let bytes = &pending[skip..];
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => text,
            // A character cut at the piece's end: read up to it, the rest comes with the next.
            Err(e) if e.error_len().is_none() && !last => {
                std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default()
            }
            Err(e) => {
                return Err(ImportError::NotUtf8 {
                    line: self.line + line_breaks_bytes(&bytes[..e.valid_up_to()]),
                })
            }
        };
        let mut parser = Parser {
            text,
            pos: 0,
            line: self.line,
            last,
        };
        let result = self.records_from(&mut parser, out);
        let (read, line) = (skip + parser.pos, parser.line);
        self.pending = pending;
        self.pending.drain(..read);
        self.seen += read as u64;
        self.line = line;
        result
    }

    /// Complete records from `parser`; it is left after the last complete one.
    fn records_from(&mut self, parser: &mut Parser, out: &mut Vec<Record>) -> Result<(), ImportError> {
        loop {
            let (pos, line) = (parser.pos, parser.line);
            if !parser.skip_blank_lines() {
                // Blank lines at the end of a piece may be the first half of a CRLF.
                if !parser.last {
                    (parser.pos, parser.line) = (pos, line);
                }
                return Ok(());
            }
            let line = parser.line;
            let start = parser.pos;
            let Some(cells) = parser.record()? else {
                (parser.pos, parser.line) = (start, line);
                return Ok(());
            };
            let Some(header) = &self.header else {
                self.header = Some(cells);
                continue;
            };
            if cells.len() != header.len() {
                return Err(ImportError::Ragged {
                    record: self.records + 1,
                    line,
                    found: cells.len(),
                    expected: header.len(),
                });
            }
            if self.records == self.max_rows {
                return Err(ImportError::TooManyRows { max: self.max_rows });
            }
            self.records += 1;
            out.push(Record { line, cells });
        }
    }
}

/// A position in the text; `line` is the line `pos` is on. Unless the text is the `last` of
/// the file, reaching its end inside a record means "wait for more" (`Ok(None)`).
struct Parser<'t> {
    text: &'t str,
    pos: usize,
    line: usize,
    last: bool,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    /// Skips blank lines; `false` at the end of the text.
    fn skip_blank_lines(&mut self) -> bool {
        while matches!(self.peek(), Some(b'\r' | b'\n')) {
            self.line_end();
        }
        self.peek().is_some()
    }

    /// Steps over a CRLF, LF or CR (nothing at the end of the text).
    fn line_end(&mut self) {
        match self.peek() {
            Some(b'\r') => {
                self.pos += 1;
                if self.peek() == Some(b'\n') {
                    self.pos += 1;
                }
            }
            Some(b'\n') => self.pos += 1,
            _ => return,
        }
        self.line += 1;
    }

    /// Whether the record ends here for sure: a line ending that cannot be half of a CRLF,
    /// or the end of the last text.
    fn complete_end(&self) -> bool {
        match self.peek() {
            None => self.last,
            Some(b'\r') => self.pos + 1 < self.text.len() || self.last,
            _ => true,
        }
    }

    /// One record and its line ending; `None` if the text ends first (and is not the last).
    fn record(&mut self) -> Result<Option<Vec<Option<String>>>, ImportError> {
        let mut cells = Vec::new();
        loop {
            let cell = if self.peek() == Some(b'"') {
                match self.quoted()? {
                    Some(cell) => Some(cell),
                    None => return Ok(None),
                }
            } else {
                self.unquoted()
            };
            cells.push(cell);
            // A field ends only at a separator, a line ending or the end of the text.
            if self.peek() == Some(b',') {
                self.pos += 1;
            } else if !self.complete_end() {
                return Ok(None);
            } else {
                self.line_end();
                return Ok(Some(cells));
            }
        }
    }

    fn unquoted(&mut self) -> Option<String> {
        let rest = &self.text[self.pos..];
        // The delimiters are ASCII, so the cut is on a character boundary.
        let len = rest
            .bytes()
            .position(|b| matches!(b, b',' | b'\r' | b'\n'))
            .unwrap_or(rest.len());
        self.pos += len;
        (len > 0).then(|| rest[..len].to_string())
    }

    /// A quoted field, `pos` at its opening quote; `None` if the text ends inside it (or
    /// right after a quote, which may be the first of `""`).
    fn quoted(&mut self) -> Result<Option<String>, ImportError> {
        let opened = self.line;
        self.pos += 1;
        let mut out = String::new();
        loop {
            let rest = &self.text[self.pos..];
            let Some(close) = rest.find('"') else {
                if !self.last {
                    return Ok(None);
                }
                return Err(ImportError::Syntax {
                    line: opened,
                    message: "a quoted field is not closed".into(),
                });
            };
            let chunk = &rest[..close];
            self.line += line_breaks(chunk);
            out.push_str(chunk);
            self.pos += close + 1;
            if self.peek().is_none() && !self.last {
                return Ok(None);
            }
            if self.peek() != Some(b'"') {
                break;
            }
            out.push('"');
            self.pos += 1;
        }
        match self.peek() {
            None | Some(b',' | b'\r' | b'\n') => Ok(Some(out)),
            Some(_) => Err(ImportError::Syntax {
                line: self.line,
                message: "text after the closing quote of a field (a quote inside a quoted field is written twice: \"\")".into(),
            }),
        }
    }
}

/// Line breaks in bytes that are not all UTF-8 (for the line of an encoding error).
fn line_breaks_bytes(b: &[u8]) -> usize {
    b.iter().filter(|c| **c == b'\n').count()
}

/// Line breaks (CRLF, LF or CR) in `s`.
fn line_breaks(s: &str) -> usize {
    let b = s.as_bytes();
    b.iter()
        .enumerate()
        .filter(|&(i, &c)| c == b'\n' || (c == b'\r' && b.get(i + 1) != Some(&b'\n')))
        .count()
}

// ---------------------------------------------------------------------------------------------
// Type inference

/// The types a column may be inferred as, in order of preference (string otherwise).
const CANDIDATES: [Primitive; 7] = [
    Primitive::Boolean,
    Primitive::Long,
    Primitive::Double,
    Primitive::Date,
    Primitive::Time,
    Primitive::Timestamp,
    Primitive::TimestampTz,
];

/// Column types inferred over records read a batch at a time: a candidate stays while every
/// non-empty cell so far fits it, so the result is the same whatever the batches.
#[derive(Clone, Debug)]
pub struct Inference {
    columns: Vec<ColumnInference>,
}

#[derive(Clone, Debug)]
struct ColumnInference {
    /// Whether each of [`CANDIDATES`] still fits every cell seen.
    fits: [bool; CANDIDATES.len()],
    /// A non-empty cell was seen.
    any: bool,
    /// A finite number was seen (a double column needs one).
    finite: bool,
}

impl Inference {
    pub fn new(columns: usize) -> Self {
        let column = ColumnInference {
            fits: [true; CANDIDATES.len()],
            any: false,
            finite: false,
        };
        Inference {
            columns: vec![column; columns],
        }
    }

    /// Narrows the candidates by `records`' cells.
    pub fn add(&mut self, records: &[Record]) {
        for (i, column) in self.columns.iter_mut().enumerate() {
            let cells: Vec<&str> = records
                .iter()
                .filter_map(|r| r.cells.get(i)?.as_deref())
                .filter(|c| !c.is_empty())
                .collect();
            if cells.is_empty() {
                continue;
            }
            column.any = true;
            column.finite = column.finite
                || cells
                    .iter()
                    .any(|c| c.parse::<f64>().is_ok_and(f64::is_finite));
            for (fits, p) in column.fits.iter_mut().zip(CANDIDATES) {
                // The first cell alone rules most candidates out cheaply.
                *fits = *fits
                    && plausible(p, &cells)
                    && converts(p, &cells[..1])
                    && converts(p, &cells);
            }
        }
    }

    /// The type of column `i`: the first candidate every cell fits, else string (also for a
    /// column with no value at all).
    pub fn column_type(&self, i: usize) -> Primitive {
        let Some(column) = self.columns.get(i).filter(|c| c.any) else {
            return Primitive::String;
        };
        CANDIDATES
            .into_iter()
            .zip(column.fits)
            .find(|(p, fits)| *fits && (*p != Primitive::Double || column.finite))
            .map_or(Primitive::String, |(p, _)| p)
    }
}

/// The inference rules beyond "converts": booleans only as words, numbers without leading
/// zeros (a double column also needs one finite number: [`Inference`] keeps track).
fn plausible(p: Primitive, cells: &[&str]) -> bool {
    match p {
        Primitive::Boolean => cells
            .iter()
            .all(|c| c.eq_ignore_ascii_case("true") || c.eq_ignore_ascii_case("false")),
        Primitive::Long | Primitive::Double => !cells.iter().any(|c| leading_zero(c)),
        _ => true,
    }
}

/// `007`, `-01.5`: a zero followed by a digit at the start (after a sign).
fn leading_zero(cell: &str) -> bool {
    let b = cell.trim_start_matches(['+', '-']).as_bytes();
    b.first() == Some(&b'0') && b.get(1).is_some_and(u8::is_ascii_digit)
}

/// Would every cell convert to `p`, by [`text_value`] and then `rows::convert`?
fn converts(p: Primitive, cells: &[&str]) -> bool {
    let schema = json!({"type": "struct", "fields": [
        {"id": 1, "name": "c", "required": true, "type": type_name(p)}]});
    let rows: Result<Vec<Value>, String> = cells
        .iter()
        .map(|c| text_value(p, c).map(|v| json!({ "c": v })))
        .collect();
    rows.is_ok_and(|rows| rows::convert(&schema, &rows).is_ok())
}

/// The Iceberg name of a primitive type.
fn type_name(p: Primitive) -> String {
    match p {
        Primitive::Boolean => "boolean".into(),
        Primitive::Int => "int".into(),
        Primitive::Long => "long".into(),
        Primitive::Float => "float".into(),
        Primitive::Double => "double".into(),
        Primitive::Decimal { precision, scale } => format!("decimal({precision}, {scale})"),
        Primitive::Date => "date".into(),
        Primitive::Time => "time".into(),
        Primitive::Timestamp => "timestamp".into(),
        Primitive::TimestampTz => "timestamptz".into(),
        Primitive::String => "string".into(),
        Primitive::Uuid => "uuid".into(),
        Primitive::Fixed(len) => format!("fixed[{len}]"),
        Primitive::Binary => "binary".into(),
    }
}

// ---------------------------------------------------------------------------------------------
// Cells → JSON by the table's column types

/// The records as values of the table's `fields` (`positions[i]` is the field source
/// column `i` fills), each cell typed by its table field.
pub(super) fn values(
    columns: &[SourceColumn],
    targets: &[&Field],
    positions: &[usize],
    fields: usize,
    records: &[Record],
    first: usize,
) -> Result<Vec<Vec<Option<Value>>>, ImportError> {
    let types = targets
        .iter()
        .map(|f| match &f.ty {
            Type::Primitive(p) => Ok(*p),
            nested => Err(ImportError::NestedFromCsv {
                column: f.name.clone(),
                kind: match nested {
                    Type::Struct(_) => "struct",
                    Type::List(_) => "list",
                    _ => "map",
                },
            }),
        })
        .collect::<Result<Vec<Primitive>, _>>()?;
    let mut problems = Problems(Vec::new());
    let mut out = Vec::with_capacity(records.len());
    for (index, record) in records.iter().enumerate() {
        let mut row = vec![None; fields];
        for (((column, &at), p), cell) in columns
            .iter()
            .zip(positions)
            .zip(&types)
            .zip(&record.cells)
        {
            match cell_value(*p, cell.as_deref()) {
                Ok(v) => row[at] = Some(v),
                Err(why) => problems.push(format!(
                    "{}, column `{}`: {why}",
                    label(first + index, record.line),
                    column.name
                )),
            }
        }
        if problems.full() {
            break;
        }
        out.push(row);
    }
    problems.finish(out)
}

/// A cell (`None` when empty and unquoted) as a JSON value for a column of type `p`.
fn cell_value(p: Primitive, cell: Option<&str>) -> Result<Value, String> {
    match cell {
        None => Ok(Value::Null),
        Some("") if p == Primitive::String => Ok(json!("")),
        Some("") => Ok(Value::Null),
        Some(text) => text_value(p, text),
    }
}

/// A non-empty cell's text as a JSON value for a column of type `p`.
fn text_value(p: Primitive, text: &str) -> Result<Value, String> {
    match p {
        Primitive::Int | Primitive::Long => integer(text),
        Primitive::Float | Primitive::Double => float(text),
        Primitive::Boolean => boolean(text),
        _ => Ok(json!(text)),
    }
}

fn integer(text: &str) -> Result<Value, String> {
    text.parse::<i64>()
        .map(Value::from)
        .map_err(|e| match e.kind() {
            IntErrorKind::PosOverflow | IntErrorKind::NegOverflow => {
                format!("{} is out of range for a 64-bit integer", quote(text))
            }
            _ => format!("{} is not an integer", quote(text)),
        })
}

fn float(text: &str) -> Result<Value, String> {
    let f: f64 = text
        .parse()
        .map_err(|_| format!("{} is not a number", quote(text)))?;
    if f.is_nan() {
        return Ok(json!("NaN"));
    }
    if f.is_infinite() {
        // `inf` / `infinity` as written; `1e999` overflowed.
        let word = text.trim_start_matches(['+', '-']).to_ascii_lowercase();
        if word == "inf" || word == "infinity" {
            return Ok(json!(if f > 0.0 { "Infinity" } else { "-Infinity" }));
        }
        return Err(format!("{} is out of range for a double", quote(text)));
    }
    Number::from_f64(f)
        .map(Value::Number)
        .ok_or_else(|| format!("{} is not a number", quote(text)))
}

fn boolean(text: &str) -> Result<Value, String> {
    let is = |word: &str| text.eq_ignore_ascii_case(word);
    if is("true") || text == "1" {
        Ok(json!(true))
    } else if is("false") || text == "0" {
        Ok(json!(false))
    } else {
        Err(format!(
            "{} is not a boolean (true, false, 1 or 0)",
            quote(text)
        ))
    }
}

/// `'text'` for messages, cut to 40 characters.
fn quote(text: &str) -> String {
    let short: String = text.chars().take(40).collect();
    let dots = if short.len() < text.len() { "…" } else { "" };
    format!("'{short}{dots}'")
}

#[cfg(test)]
mod tests {
    use super::super::{column_names, inferred_schema, json_rows as rows_for};
    use super::*;
    use crate::write::Datum;

    fn cells(source: &Source) -> Vec<Vec<Option<String>>> {
        match &source.rows {
            Rows::Csv(records) => records.iter().map(|r| r.cells.clone()).collect(),
            Rows::Parquet(_) => unreachable!(),
        }
    }

    fn some(values: &[&str]) -> Vec<Option<String>> {
        values.iter().map(|v| Some(v.to_string())).collect()
    }

    fn types(source: &Source) -> Vec<String> {
        source
            .columns
            .iter()
            .map(|c| c.iceberg_type.as_str().unwrap_or_default().to_string())
            .collect()
    }

    /// Records (cells and lines) or the error, reading `text` in pieces cut at `cuts`.
    fn in_pieces(text: &[u8], cuts: &[usize], max_rows: usize) -> Result<Vec<Record>, String> {
        let mut stream = CsvStream::new(max_rows);
        let mut out = Vec::new();
        let mut at = 0;
        for &cut in cuts.iter().chain([&text.len()]) {
            stream
                .push(&text[at..cut], &mut out)
                .map_err(|e| e.to_string())?;
            at = cut;
        }
        stream.finish(&mut out).map_err(|e| e.to_string())?;
        Ok(out)
    }

    #[test]
    fn a_file_read_in_pieces_reads_as_a_whole() {
        let texts: [&[u8]; 9] = [
            "\u{feff}a,b,c\r\n\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n5\" tall,,\"\"\n".as_bytes(),
            b"a,b\r1,2\r\r3,4\r",
            b"a,b\r\n1,2\r\n\r\n3,4",
            "h\n\u{e9}t\u{e9}\n\u{1f600}\n\"\u{e9}\"\"\"\n".as_bytes(),
            b"a,b\n1,2\n3\n",
            b"a\n\"open\n",
            b"a\n\"x\"y\n",
            b"a\n1\n\xff\n",
            b"a\n1\n2\n3\n",
        ];
        for text in texts {
            let whole = in_pieces(text, &[], 2);
            for i in 0..=text.len() {
                assert_eq!(in_pieces(text, &[i], 2), whole, "{text:?} cut at {i}");
                for j in i..=text.len() {
                    assert_eq!(in_pieces(text, &[i, j], 2), whole, "{text:?} cut at {i}, {j}");
                }
            }
        }
        // One byte at a time, and the records the whole text gives.
        let text = texts[0];
        let cuts: Vec<usize> = (1..text.len()).collect();
        let records = in_pieces(text, &cuts, 10).unwrap();
        assert_eq!(records.len(), 2);
        assert_eq!((records[0].line, records[1].line), (2, 4));
    }

    #[test]
    fn inference_over_batches_is_inference_over_the_whole() {
        let text = b"n,x,d,f\n1,1.5,2024-01-01,NaN\n2,,2024-01-02,1\n3,x,,Infinity\n";
        let whole = read_csv(text, 10).unwrap();
        let mut stream = CsvStream::new(10);
        let mut records = Vec::new();
        stream.push(text, &mut records).unwrap();
        stream.finish(&mut records).unwrap();
        let mut inference = Inference::new(4);
        for record in &records {
            inference.add(std::slice::from_ref(record));
        }
        assert_eq!(stream.columns(&inference), whole.columns);
        assert_eq!(types(&whole), ["long", "string", "date", "double"]);
    }

    #[test]
    fn quoted_fields_hold_separators_quotes_and_line_breaks() {
        let text = "\u{feff}a,b,c\r\n\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n5\" tall,,\"\"\n";
        let s = read_csv(text.as_bytes(), 10).unwrap();
        let names: Vec<&str> = s.columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["a", "b", "c"]);
        assert_eq!(
            cells(&s),
            [
                some(&["x,y", "say \"hi\"", "two\nlines"]),
                vec![Some("5\" tall".into()), None, Some(String::new())],
            ]
        );
        // Data row 1 starts on line 2, data row 2 on line 4 (after the quoted line break).
        assert_eq!(s.row_label(1), "data row 2 (line 4)");
        assert_eq!(s.row_count(), 2);
    }

    #[test]
    fn line_endings_blank_lines_and_no_final_newline() {
        for text in [
            "a,b\n1,2\n3,4",
            "a,b\r\n1,2\r\n\r\n3,4\r\n",
            "a,b\r1,2\r3,4\r",
            "\n\na,b\n1,2\n\n3,4\n\n",
        ] {
            let s = read_csv(text.as_bytes(), 10).unwrap();
            assert_eq!(
                cells(&s),
                [some(&["1", "2"]), some(&["3", "4"])],
                "{text:?}"
            );
        }
        let s = read_csv(b"a,b\n\n1,2\n", 10).unwrap();
        assert_eq!(s.row_label(0), "data row 1 (line 3)");
        // A trailing separator is an empty last field.
        let s = read_csv(b"a,b\n1,\n", 10).unwrap();
        assert_eq!(cells(&s), [vec![Some("1".into()), None]]);
    }

    #[test]
    fn malformed_files_are_errors() {
        let err = |text: &[u8]| read_csv(text, 10).unwrap_err().to_string();
        assert_eq!(
            err(b""),
            "the CSV file is empty: it needs a header row with the column names"
        );
        assert_eq!(err(b"\xEF\xBB\xBF\r\n\n"), err(b""));
        assert_eq!(
            err(b"a,b\n1,2\n\"x\ny\",2,3\n"),
            "data row 2 (line 3) has 3 fields, the header has 2"
        );
        assert_eq!(
            err(b"a,b\n1\n"),
            "data row 1 (line 2) has 1 fields, the header has 2"
        );
        assert_eq!(
            err(b"a\n1\n\"open\nstill open"),
            "CSV syntax, line 3: a quoted field is not closed"
        );
        assert!(
            err(b"a,b\n\"x\"y,2\n").starts_with("CSV syntax, line 2: text after the closing quote")
        );
        assert_eq!(
            err(b"a\nok\n\xff\n"),
            "the file is not UTF-8 text (line 3): a CSV file must be UTF-8"
        );
        assert_eq!(
            read_csv(b"a\n1\n2\n3\n", 2).unwrap_err().to_string(),
            "the file has more than 2 rows (max_rows); nothing was imported"
        );
        assert!(read_csv(b"a\n1\n2\n", 2).is_ok());
    }

    #[test]
    fn a_header_alone_is_columns_without_rows() {
        let s = read_csv(b"id,Name\n", 10).unwrap();
        assert_eq!(s.row_count(), 0);
        assert_eq!(types(&s), ["string", "string"]);
    }

    #[test]
    fn types_are_inferred_per_column() {
        let text = "\
b,l,d,day,t,ts,tz,s,empty,zip,mixed,special
TRUE,1,1.5,2024-02-29,01:02:03,2024-01-02T03:04:05,2024-01-02T03:04:05Z,x,,00501,1,NaN
false,-9223372036854775808,2,1970-01-01,23:59,2024-01-02 03:04:05.123456,2024-01-02T03:04:05+02:00,,,02134,a,2.5
,,1e3,,,,,y,,,,-inf
";
        let s = read_csv(text.as_bytes(), 10).unwrap();
        assert_eq!(
            types(&s),
            [
                "boolean",
                "long",
                "double",
                "date",
                "time",
                "timestamp",
                "timestamptz",
                "string",
                "string",
                "string",
                "string",
                "double"
            ]
        );
        let fallback = |column: &str| {
            let text = format!("c\n{column}\n");
            types(&read_csv(text.as_bytes(), 10).unwrap())[0].clone()
        };
        // Each one value away from a type: a string.
        for text in [
            "9223372036854775808\nx", // beyond i64, and not a number
            "2024-02-30",             // not a day
            "2024-01-02T03:04:05\n2024-01-02T03:04:05Z",
            "2024-01-02T03:04:05.1234567",
            "NaN\nInfinity",
            "1e999",
            "-01.5",
        ] {
            assert_eq!(fallback(text), "string", "{text:?}");
        }
        // 1/0 are numbers, not booleans.
        assert_eq!(fallback("1\n0"), "long");
        assert_eq!(fallback("9223372036854775808"), "double");
        assert_eq!(fallback("0\n-0.5\n+3"), "double");
    }

    fn table() -> Value {
        json!({"type": "struct", "schema-id": 0, "fields": [
            {"id": 1, "name": "order_id", "required": true, "type": "long"},
            {"id": 2, "name": "qty", "required": false, "type": "int"},
            {"id": 3, "name": "unit_price", "required": false, "type": "decimal(10, 2)"},
            {"id": 4, "name": "ok", "required": false, "type": "boolean"},
            {"id": 5, "name": "ratio", "required": false, "type": "float"},
            {"id": 6, "name": "note", "required": false, "type": "string"},
            {"id": 7, "name": "day", "required": false, "type": "date"},
            {"id": 8, "name": "tags", "required": false, "type": {"type": "list",
                "element-id": 9, "element-required": false, "element": "string"}}]})
    }

    #[test]
    fn cells_are_typed_by_the_table_and_accepted_by_rows_convert() {
        let text = "OrderID,Qty,Unit Price,OK,ratio,note,day\n\
                    1,5,12.30,True,0.5,\"\",2024-02-29\n\
                    2,,007.50,0,-Infinity,,\n\
                    3,-2,1e1,1,nan,\"a, b\",\"\"\n";
        let s = read_csv(text.as_bytes(), 10).unwrap();
        let names = column_names(&s, false).unwrap();
        let json = rows_for(&s, &names, &table()).unwrap();
        assert_eq!(
            json[0],
            json!({"order_id": 1, "qty": 5, "unit_price": "12.30", "ok": true, "ratio": 0.5,
                   "note": "", "day": "2024-02-29"})
        );
        assert_eq!(
            json[1],
            json!({"order_id": 2, "qty": null, "unit_price": "007.50", "ok": false,
                   "ratio": "-Infinity", "note": null, "day": null})
        );
        let rows = rows::convert(&table(), &json).unwrap();
        assert_eq!(rows[0][2], Some(Datum::Decimal(1230)));
        assert_eq!(rows[1][2], Some(Datum::Decimal(750)));
        assert_eq!(rows[2][2], Some(Datum::Decimal(1000)));
        assert_eq!(rows[2][3], Some(Datum::Boolean(true)));
        assert!(matches!(rows[2][4], Some(Datum::Float(f)) if f.is_nan()));
        assert_eq!(rows[0][7], None);
        assert_eq!(rows[0][6], Some(Datum::Date(19_782)));
        // A new table from the inferred schema takes the same rows.
        let schema = inferred_schema(&s, &names);
        assert_eq!(
            schema["fields"][2],
            json!({"id": 3, "name": "unit_price", "required": false, "type": "string"})
        );
        let own = rows_for(&s, &names, &schema).unwrap();
        assert_eq!(rows::convert(&schema, &own).unwrap().len(), 3);
    }

    #[test]
    fn cell_errors_name_the_data_row_line_and_column() {
        let text = "order_id,qty,ok,ratio\n1,abc,yes,1e999\n\"2\",99999999999999999999,true,x\n";
        let s = read_csv(text.as_bytes(), 10).unwrap();
        let names = column_names(&s, true).unwrap();
        let ImportError::Values(problems) = rows_for(&s, &names, &table()).unwrap_err() else {
            panic!("not a value error")
        };
        assert_eq!(
            problems,
            [
                "data row 1 (line 2), column `qty`: 'abc' is not an integer",
                "data row 1 (line 2), column `ok`: 'yes' is not a boolean (true, false, 1 or 0)",
                "data row 1 (line 2), column `ratio`: '1e999' is out of range for a double",
                "data row 2 (line 3), column `qty`: '99999999999999999999' is out of range for a 64-bit integer",
                "data row 2 (line 3), column `ratio`: 'x' is not a number",
            ]
        );
        // Range and format checks beyond the text are rows::convert's, by 0-based index.
        let s = read_csv(b"order_id,qty,day\n1,2,x\n2,3000000000,2024-01-01\n", 10).unwrap();
        let names = column_names(&s, true).unwrap();
        let json = rows_for(&s, &names, &table()).unwrap();
        let errors = rows::convert(&table(), &json).unwrap_err();
        let at: Vec<String> = errors.iter().map(|e| s.row_label(e.index)).collect();
        assert_eq!(at, ["data row 1 (line 2)", "data row 2 (line 3)"]);
        // A required column left empty.
        let s = read_csv(b"order_id,qty\n,1\n", 10).unwrap();
        let json = rows_for(&s, &column_names(&s, true).unwrap(), &table()).unwrap();
        assert!(rows::convert(&table(), &json).unwrap_err()[0]
            .message
            .contains("required"));
    }

    #[test]
    fn nested_table_columns_cannot_come_from_csv() {
        let s = read_csv(b"order_id,tags\n1,a\n", 10).unwrap();
        let names = column_names(&s, true).unwrap();
        assert_eq!(
            rows_for(&s, &names, &table()).unwrap_err().to_string(),
            "column `tags` is a list in the table: struct, list and map columns cannot be imported from CSV"
        );
    }

    #[test]
    fn value_errors_are_capped() {
        let mut text = String::from("qty\n");
        for _ in 0..200 {
            text.push_str("x\n");
        }
        let s = read_csv(text.as_bytes(), 1000).unwrap();
        let names = column_names(&s, true).unwrap();
        let ImportError::Values(problems) = rows_for(&s, &names, &table()).unwrap_err() else {
            panic!("not a value error")
        };
        assert_eq!(problems.len(), rows::MAX_ERRORS);
    }
}
