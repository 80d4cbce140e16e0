//! The values files: `values.yaml` (the defaults, every key documented) and
//! `values-<env>.yaml` (only what the environment changes).
//!
//! The generator owns quoting. Helm reads values with YAML 1.1 rules and
//! float64 numbers, so every string is written double-quoted (or as a `|`
//! block when it is multi-line and plain), integers are written as digits,
//! and map keys are quoted unless they cannot be misread.
//!
//! Overlays follow Helm's merge rules: maps merge, lists replace, and a key
//! the environment drops from a default map is written as `null`, which
//! deletes it (helm#10569).

use std::collections::BTreeMap;

use maily_chart::template::{quote, yaml_string};
use serde_json::{Map, Value};

/// The changes that turn `base` into `target` under Helm's merge rules, or
/// `None` when they are equal.
pub fn overlay(base: &Value, target: &Value) -> Option<Value> {
    match (base, target) {
        (Value::Object(b), Value::Object(t)) => {
            let mut changes = Map::new();
            for (key, value) in t {
                let change = match b.get(key) {
                    Some(old) => overlay(old, value),
                    None => Some(value.clone()),
                };
                if let Some(change) = change {
                    changes.insert(key.clone(), change);
                }
            }
            for key in b.keys().filter(|k| !t.contains_key(*k)) {
                changes.insert(key.clone(), Value::Null);
            }
            (!changes.is_empty()).then_some(Value::Object(changes))
        }
        _ if base == target => None,
        _ => Some(target.clone()),
    }
}

/// Whether a multi-line string can be written as a literal block (`|`, `|-`)
/// and read back unchanged by YAML 1.1 and 1.2 parsers.
fn block_literal_ok(s: &str) -> bool {
    let body = s.strip_suffix('\n').unwrap_or(s);
    body.contains('\n')
        && !body.ends_with('\n')
        && !body.starts_with([' ', '\n'])
        && body.lines().all(|l| !l.ends_with(' '))
        && s.chars().all(|c| matches!(c, '\n' | ' '..='~'))
}

/// Writes values as YAML, with a `## @param` comment above each documented key.
pub struct Writer<'d> {
    docs: &'d BTreeMap<String, String>,
    out: String,
}

impl<'d> Writer<'d> {
    /// A writer using `docs` (dotted path to description); an empty map writes no comments.
    pub fn new(docs: &'d BTreeMap<String, String>) -> Self {
        Self { docs, out: String::new() }
    }

    /// The text written so far.
    pub fn finish(self) -> String {
        self.out
    }

    fn comment(&mut self, path: &str, indent: usize) {
        if let Some(description) = self.docs.get(path).filter(|d| !d.is_empty()) {
            self.out += &format!("{}## @param {path} {description}\n", " ".repeat(indent));
        }
    }

    fn scalar(&self, value: &Value, indent: usize) -> String {
        match value {
            Value::String(s) if block_literal_ok(s) => {
                let chomp = if s.ends_with('\n') { "|" } else { "|-" };
                let pad = " ".repeat(indent + 2);
                let body: Vec<String> = s
                    .trim_end_matches('\n')
                    .split('\n')
                    .map(|l| if l.is_empty() { String::new() } else { format!("{pad}{l}") })
                    .collect();
                format!("{chomp}\n{}", body.join("\n"))
            }
            Value::String(s) => quote(s),
            Value::Number(n) => n.to_string(),
            Value::Bool(b) => b.to_string(),
            Value::Null => "null".to_string(),
            Value::Object(m) if m.is_empty() => "{}".to_string(),
            Value::Array(a) if a.is_empty() => "[]".to_string(),
            _ => unreachable!("scalar() is only called on scalars and empty collections"),
        }
    }

    /// Writes the entries of `map` at `indent`; `prefix` is their dotted path.
    pub fn mapping(&mut self, map: &Map<String, Value>, indent: usize, prefix: &str) {
        let pad = " ".repeat(indent);
        for (key, value) in map {
            let path = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
            self.comment(&path, indent);
            let k = yaml_string(key);
            match value {
                Value::Object(m) if !m.is_empty() => {
                    self.out += &format!("{pad}{k}:\n");
                    self.mapping(m, indent + 2, &path);
                }
                Value::Array(items) if !items.is_empty() => {
                    self.out += &format!("{pad}{k}:\n");
                    self.sequence(items, indent + 2, &path);
                }
                scalar => {
                    let text = self.scalar(scalar, indent);
                    self.out += &format!("{pad}{k}: {text}\n");
                }
            }
        }
    }

    fn sequence(&mut self, items: &[Value], indent: usize, path: &str) {
        let pad = " ".repeat(indent);
        for item in items {
            match item {
                Value::Object(m) if !m.is_empty() => {
                    // Items are written without comments: list elements have no paths of their own.
                    let mut inner = Writer { docs: &EMPTY_DOCS, out: String::new() };
                    inner.mapping(m, indent + 2, path);
                    let text = inner.finish();
                    self.out += &format!("{pad}- {}", &text[indent + 2..]);
                }
                Value::Array(_) => {
                    let mut inner = Writer { docs: &EMPTY_DOCS, out: String::new() };
                    inner.sequence(std::slice::from_ref(item), indent + 2, path);
                    self.out += &format!("{pad}-\n{}", inner.finish());
                }
                scalar => {
                    let text = self.scalar(scalar, indent);
                    self.out += &format!("{pad}- {text}\n");
                }
            }
        }
    }
}

static EMPTY_DOCS: BTreeMap<String, String> = BTreeMap::new();

/// `items` as a YAML block sequence at column 0, without comments: the
/// text of Chart.yaml annotations that hold a YAML list.
pub fn sequence_text(items: &[Value]) -> String {
    let mut writer = Writer::new(&EMPTY_DOCS);
    writer.sequence(items, 0, "");
    writer.finish()
}

/// A complete values file: `header` comment lines, then the values.
pub fn values_file(header: &str, values: &Value, docs: &BTreeMap<String, String>) -> String {
    let mut text: String = header.lines().map(|l| format!("# {l}\n").replace("# \n", "#\n")).collect();
    match values {
        Value::Object(map) if !map.is_empty() => {
            let mut writer = Writer::new(docs);
            writer.mapping(map, 0, "");
            text += &writer.finish();
        }
        _ => text += "{}\n",
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn overlays_keep_only_changes_and_delete_dropped_map_keys() {
        let base = json!({"a": {"x": 1, "y": [1, 2]}, "env": {"KEEP": "1", "DROP": "2"}});
        let target = json!({"a": {"x": 1, "y": [3]}, "env": {"KEEP": "1"}});
        assert_eq!(overlay(&base, &target), Some(json!({"a": {"y": [3]}, "env": {"DROP": null}})));
        assert_eq!(overlay(&base, &base), None);
    }

    #[test]
    fn yaml_1_1_traps_are_quoted() {
        let values = json!({"s": {"on": "yes", "n": "0777", "big": 1000000, "e": "", "t": "~"}});
        let text = values_file("h", &values, &BTreeMap::new());
        assert_eq!(text, "# h\ns:\n  \"on\": \"yes\"\n  \"n\": \"0777\"\n  big: 1000000\n  e: \"\"\n  t: \"~\"\n");
    }

    #[test]
    fn multi_line_text_becomes_a_literal_block() {
        let values = json!({"c": "{\n  \"a\": 1\n}\n"});
        let text = values_file("h", &values, &BTreeMap::new());
        assert_eq!(text, "# h\nc: |\n  {\n    \"a\": 1\n  }\n");
    }
}
