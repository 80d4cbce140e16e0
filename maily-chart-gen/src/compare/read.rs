//! Reading a directory of legacy manifests as an operator has it: every
//! `.yaml`, `.yml` and `.json` file, leniently.
//!
//! A file is first parsed whole (serde_yaml, or serde_json for `.json`). When
//! that fails, it is read again document by document (split on `---` lines),
//! and a document the parser refuses is repaired one line at a time, at the
//! line the parser names: a `key: value` line gets its value read as quoted
//! text (a stray `{{ … }}` or `>=`), any other line is skipped (a stray `}`).
//! Every repair and every document that stays unreadable is recorded with its
//! line, so nothing is silently dropped. A leading BOM is dropped and CRLF
//! or lone CR line ends read as LF before anything else.

use std::path::Path;

use serde::Serialize;
use serde_json::Value;

/// At most this many repairs per document before it is given up as unreadable.
const MAX_REPAIRS: usize = 20;

/// The extensions read (others, such as `.md`, are not manifests).
pub const EXTENSIONS: [&str; 3] = ["yaml", "yml", "json"];

/// Why the whole file did not parse: the parser's message and line (1-based).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ParseError {
    /// The line the parser stopped at (1-based), when it says.
    pub line: Option<usize>,
    /// The parser's message.
    pub message: String,
}

/// A line changed so that the rest of its document could be read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Repair {
    /// The line (1-based, in the file).
    pub line: usize,
    /// What was done: [`Repair::QUOTED`] or [`Repair::SKIPPED`].
    pub action: &'static str,
}

impl Repair {
    /// The value of a `key: value` line was read as quoted text.
    pub const QUOTED: &'static str = "value read as text";
    /// The line was left out.
    pub const SKIPPED: &'static str = "line skipped";
}

/// One document of a file, as read.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Document {
    /// The line the document starts on (1-based).
    pub line: usize,
    /// Its content, as JSON (YAML keys that are not strings become strings).
    pub value: Value,
    /// The lines repaired to read it (none when the file parsed).
    pub repairs: Vec<Repair>,
}

/// A document that no repair made readable.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Unreadable {
    /// Its first line (1-based).
    pub line: usize,
    /// Its last line.
    pub end_line: usize,
    /// The parser's last word on it.
    pub error: ParseError,
}

/// One file of the legacy directory, as read.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct File {
    /// Path relative to the legacy directory, with `/` separators.
    pub path: String,
    /// Lines in the file.
    pub lines: usize,
    /// Why the file did not parse as a whole; `None` when it did.
    pub error: Option<ParseError>,
    /// The documents read (empty documents left out).
    pub documents: Vec<Document>,
    /// Documents that could not be read even leniently.
    pub unreadable: Vec<Unreadable>,
}

impl File {
    /// Whether the file parsed as a whole.
    pub fn parses(&self) -> bool {
        self.error.is_none()
    }
}

/// Text as the parsers must see it: no BOM, LF line ends (the build's own
/// normaliser, [`maily_chart::text_file`]).
pub fn normalize(text: &str) -> String {
    maily_chart::text_file(text)
}

/// Every manifest file below `dir` ([`EXTENSIONS`]), read and parsed,
/// sorted by path.
///
/// # Errors
/// When the directory or a file cannot be read.
pub fn read_dir(dir: &Path) -> std::io::Result<Vec<File>> {
    let mut paths = Vec::new();
    collect(dir, dir, &mut paths)?;
    paths.sort();
    paths
        .into_iter()
        .map(|rel| {
            // Through `normalize` (the build's normaliser) in `read_text`.
            let bytes = std::fs::read(dir.join(&rel))?;
            Ok(read_text(&rel, &String::from_utf8_lossy(&bytes)))
        })
        .collect()
}

/// Every manifest file below `dir` ([`EXTENSIONS`]) as its path and bytes,
/// unparsed, sorted by path: what [`read_dir`] reads, for a fingerprint.
///
/// # Errors
/// When the directory or a file cannot be read.
pub fn raw_dir(dir: &Path) -> std::io::Result<Vec<(String, Vec<u8>)>> {
    let mut paths = Vec::new();
    collect(dir, dir, &mut paths)?;
    paths.sort();
    paths.into_iter().map(|rel| std::fs::read(dir.join(&rel)).map(|bytes| (rel, bytes))).collect()
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<String>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(root, &path, out)?;
        } else if path.extension().and_then(|e| e.to_str()).is_some_and(|e| EXTENSIONS.contains(&e)) {
            let rel = path.strip_prefix(root).expect("below the root");
            out.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
    Ok(())
}

/// Parses the text of the file at `path` (relative; its extension chooses
/// JSON or YAML), leniently when it does not parse whole.
pub fn read_text(path: &str, text: &str) -> File {
    let text = normalize(text);
    let lines = text.lines().count();
    if path.ends_with(".json") {
        return match serde_json::from_str::<Value>(&text) {
            Ok(value) => File {
                path: path.into(),
                lines,
                error: None,
                documents: vec![Document { line: 1, value, repairs: Vec::new() }],
                unreadable: Vec::new(),
            },
            Err(e) => {
                let error = ParseError { line: Some(e.line()), message: e.to_string() };
                File {
                    path: path.into(),
                    lines,
                    error: Some(error.clone()),
                    documents: Vec::new(),
                    unreadable: vec![Unreadable { line: 1, end_line: lines.max(1), error }],
                }
            }
        };
    }
    match parse_all(&text) {
        Ok(values) => File {
            path: path.into(),
            lines,
            error: None,
            documents: values
                .into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(line, value)| Document { line, value, repairs: Vec::new() })
                .collect(),
            unreadable: Vec::new(),
        },
        Err(error) => {
            let mut file =
                File { path: path.into(), lines, error: Some(error), documents: Vec::new(), unreadable: Vec::new() };
            for (start, chunk) in split_documents(&text) {
                match read_leniently(start, &chunk) {
                    Ok((value, repairs)) if !value.is_null() => {
                        file.documents.push(Document { line: start, value, repairs })
                    }
                    Ok(_) => {}
                    Err(error) => file.unreadable.push(Unreadable {
                        line: start,
                        end_line: start + chunk.lines().count().saturating_sub(1),
                        error,
                    }),
                }
            }
            file
        }
    }
}

fn parse_error(e: &serde_yaml::Error, offset: usize) -> ParseError {
    ParseError { line: e.location().map(|l| l.line() + offset), message: e.to_string() }
}

/// Every document of a YAML stream with the line it starts on, or the first error.
fn parse_all(text: &str) -> Result<Vec<(usize, Value)>, ParseError> {
    use serde::Deserialize;
    let starts: Vec<usize> = split_documents(text).into_iter().map(|(line, _)| line).collect();
    let mut values = Vec::new();
    for (i, document) in serde_yaml::Deserializer::from_str(text).enumerate() {
        let value = serde_yaml::Value::deserialize(document).map_err(|e| parse_error(&e, 0))?;
        // Document starts from the `---` lines; a stream split otherwise
        // (a `...` end marker) falls back to the first line.
        values.push((starts.get(i).copied().unwrap_or(1), to_json(value)));
    }
    Ok(values)
}

/// The documents of a stream split on `---` lines: (first line, text).
/// The text keeps its line count, so parser lines map back to the file.
fn split_documents(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut start = 1;
    let mut current = String::new();
    for (i, line) in text.lines().enumerate() {
        let marker = line == "---" || line.starts_with("--- ") || line.starts_with("---\t");
        if marker {
            if !current.trim().is_empty() {
                out.push((start, std::mem::take(&mut current)));
            }
            current.clear();
            start = i + 2;
            // What follows the marker on its line (`--- # comment`) is kept as
            // an empty line, so line numbers stay right.
            continue;
        }
        current.push_str(line);
        current.push('\n');
    }
    if !current.trim().is_empty() {
        out.push((start, current));
    }
    out
}

/// One document, repaired line by line where the parser stops.
fn read_leniently(start: usize, chunk: &str) -> Result<(Value, Vec<Repair>), ParseError> {
    use serde::Deserialize;
    let mut lines: Vec<String> = chunk.lines().map(str::to_string).collect();
    let mut repairs: Vec<Repair> = Vec::new();
    loop {
        let text = lines.join("\n") + "\n";
        let error = match serde_yaml::Value::deserialize(serde_yaml::Deserializer::from_str(&text)) {
            Ok(value) => return Ok((to_json(value), repairs)),
            Err(e) => parse_error(&e, start - 1),
        };
        let Some(line) = error.line else { return Err(error) };
        let index = line - start;
        if repairs.len() >= MAX_REPAIRS || index >= lines.len() {
            return Err(error);
        }
        let already_quoted = repairs.iter().any(|r| r.line == line);
        match quote_value(&lines[index]).filter(|_| !already_quoted) {
            Some(quoted) => {
                lines[index] = quoted;
                repairs.push(Repair { line, action: Repair::QUOTED });
            }
            None if lines[index].trim().is_empty() => return Err(error),
            None => {
                lines[index] = String::new();
                repairs.retain(|r| r.line != line);
                repairs.push(Repair { line, action: Repair::SKIPPED });
            }
        }
    }
}

/// `  key: value` with the value as a double-quoted YAML string, when the
/// line is a plain `key: value` (optionally a list item) whose value is not
/// already quoted.
fn quote_value(line: &str) -> Option<String> {
    let indent = line.len() - line.trim_start().len();
    let rest = &line[indent..];
    let (item, rest) = match rest.strip_prefix("- ") {
        Some(after) => ("- ", after),
        None => ("", rest),
    };
    let (key, value) = rest.split_once(": ")?;
    let plain_key = !key.is_empty()
        && key.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/' | '$' | '@'));
    let value = value.trim();
    if !plain_key || value.is_empty() || value.starts_with(['"', '\'']) {
        return None;
    }
    let escaped = value.replace('\\', "\\\\").replace('"', "\\\"");
    Some(format!("{}{item}{key}: \"{escaped}\"", &line[..indent]))
}

/// A YAML value as JSON: keys as strings, tags dropped, NaN as null.
pub fn to_json(value: serde_yaml::Value) -> Value {
    use serde_yaml::Value as Y;
    match value {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(b),
        Y::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else {
                n.as_f64().and_then(serde_json::Number::from_f64).map_or(Value::Null, Value::Number)
            }
        }
        Y::String(s) => Value::String(s),
        Y::Sequence(items) => Value::Array(items.into_iter().map(to_json).collect()),
        Y::Mapping(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| {
                    let key = match to_json(k) {
                        Value::String(s) => s,
                        other => other.to_string(),
                    };
                    (key, to_json(v))
                })
                .collect(),
        ),
        Y::Tagged(tagged) => to_json(tagged.value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(file: &File) -> Vec<String> {
        file.documents.iter().map(|d| d.value["metadata"]["name"].as_str().unwrap_or("-").to_string()).collect()
    }

    #[test]
    fn a_clean_stream_parses_whole_with_the_line_of_each_document() {
        let file = read_text("a.yaml", "kind: A\nmetadata: {name: a}\n---\nkind: B\nmetadata:\n  name: b\n---\n");
        assert!(file.parses());
        assert_eq!(names(&file), ["a", "b"]);
        assert_eq!(file.documents.iter().map(|d| d.line).collect::<Vec<_>>(), [1, 4]);
    }

    #[test]
    fn a_stray_closing_brace_is_skipped_and_reported_at_its_line() {
        let text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: edge\ndata:\n  nginx.conf: |\n    server {\n    }\n}\n";
        let file = read_text("edge.yaml", text);
        let error = file.error.as_ref().expect("does not parse whole");
        assert_eq!(error.line, Some(9), "{error:?}");
        assert_eq!(names(&file), ["edge"]);
        assert_eq!(file.documents[0].repairs, [Repair { line: 9, action: Repair::SKIPPED }]);
        assert_eq!(file.documents[0].value["data"]["nginx.conf"], "server {\n}\n");
        assert!(file.unreadable.is_empty());
    }

    #[test]
    fn one_bad_document_among_good_ones_loses_only_its_broken_value() {
        let text = "kind: A\nmetadata: {name: a}\n---\nkind: Secret\nmetadata:\n  name: s\ndata:\n  url: {{ TOKEN }}abc=\n  key: eHl6\n---\nkind: C\nmetadata: {name: c}\n";
        let file = read_text("s.yaml", text);
        assert_eq!(file.error.as_ref().and_then(|e| e.line), Some(8));
        assert_eq!(names(&file), ["a", "s", "c"]);
        let secret = &file.documents[1];
        assert_eq!(secret.line, 4);
        assert_eq!(secret.repairs, [Repair { line: 8, action: Repair::QUOTED }]);
        assert_eq!(secret.value["data"]["url"], "{{ TOKEN }}abc=");
        assert_eq!(secret.value["data"]["key"], "eHl6");
    }

    #[test]
    fn a_document_nothing_repairs_is_reported_unreadable_with_its_lines() {
        let text = "kind: A\nmetadata: {name: a}\n---\n[[[\n---\nkind: C\nmetadata: {name: c}\n";
        let file = read_text("u.yaml", text);
        assert_eq!(names(&file), ["a", "c"]);
        assert_eq!(file.unreadable.len(), 1);
        assert_eq!((file.unreadable[0].line, file.unreadable[0].end_line), (4, 4));
    }

    #[test]
    fn crlf_and_a_bom_read_as_plain_lf_text() {
        let plain = read_text("p.yaml", "kind: A\nmetadata:\n  name: a\ndata:\n  x: |\n    one\n    two\n");
        let windows = read_text(
            "w.yaml",
            "\u{feff}kind: A\r\nmetadata:\r\n  name: a\r\ndata:\r\n  x: |\r\n    one\r\n    two\r\n",
        );
        assert!(windows.parses());
        assert_eq!(plain.documents, windows.documents);
        assert_eq!(windows.documents[0].value["data"]["x"], "one\ntwo\n");
        let bom_json = read_text("d.json", "\u{feff}{\"a\": 1}\r\n");
        assert!(bom_json.parses());
    }

    #[test]
    fn quoting_keeps_the_key_and_escapes_the_value() {
        assert_eq!(quote_value("  - comparator: >=").as_deref(), Some("  - comparator: \">=\""));
        assert_eq!(quote_value("    expr: a:b: > 0.8").as_deref(), Some("    expr: \"a:b: > 0.8\""));
        assert_eq!(quote_value("  {{ X }}e: 80"), None);
        assert_eq!(quote_value("  name: \"quoted\""), None);
    }
}
