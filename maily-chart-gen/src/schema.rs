//! `values.schema.json`, from the values types, and the per-key descriptions
//! that the values files and the chart README reuse.
//!
//! Draft-07 (schemars `SchemaSettings::draft07`) so that Helm 3 and 4 both
//! validate it (helm#31136, helm#13069); self-contained (`definitions`, no
//! remote `$ref`); `additionalProperties: false` on every values struct, so a
//! misspelt key fails at `helm lint`/`install` time.

use std::collections::BTreeMap;

use serde_json::Value;

use maily_chart::schema::resolve;
pub use maily_chart::schema::{GENERATED_COMMENT, values_schema, values_schema_text};

/// One documented values key.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyDoc {
    /// Dotted path (`api.autoscaling.enabled`).
    pub path: String,
    /// The JSON type, as the README shows it (`integer`, `object`, ...).
    pub type_name: String,
    /// The doc comment of the field.
    pub description: String,
    /// Whether the key holds a struct whose own keys are documented too.
    pub is_section: bool,
}

/// Every documented key of the values, depth first, in declaration order.
pub fn key_docs() -> Vec<KeyDoc> {
    let schema = maily_chart::schema::values_schema_ref();
    let mut out = Vec::new();
    walk(schema, schema, "", &mut out);
    out
}

/// Descriptions by dotted path.
pub fn descriptions() -> BTreeMap<String, String> {
    key_docs().into_iter().map(|k| (k.path, k.description)).collect()
}

/// Whether `schema` leads (through `$ref`s) to a Kubernetes API type.
fn references_kubernetes(schema: &Value, definitions: &Value) -> bool {
    let reference = schema
        .get("$ref")
        .or_else(|| schema.get("allOf").and_then(|a| a.get(0)).and_then(|s| s.get("$ref")))
        .or_else(|| schema.get("items").and_then(|s| s.get("$ref")))
        .and_then(Value::as_str);
    match reference.and_then(|r| r.strip_prefix("#/definitions/")) {
        Some(name) if name.starts_with("io.k8s.") => true,
        Some(name) => definitions.get(name).is_some_and(|d| references_kubernetes(d, definitions)),
        None => false,
    }
}

fn type_name(schema: &Value) -> String {
    match schema.get("type") {
        Some(Value::String(t)) => t.clone(),
        Some(Value::Array(types)) => types.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(" or "),
        // A quantity: a string or a number.
        _ => match schema.get("anyOf").and_then(Value::as_array) {
            Some(options) => options.iter().map(type_name).collect::<Vec<_>>().join(" or "),
            None => "object".to_string(),
        },
    }
}

/// The keys below `schema`; `root` holds the `definitions` that `$ref`s name.
fn walk(schema: &Value, root: &Value, prefix: &str, out: &mut Vec<KeyDoc>) {
    let (schema, _) = resolve(schema, root);
    let definitions = root.get("definitions").unwrap_or(&Value::Null);
    let Some(properties) = schema.get("properties").and_then(Value::as_object) else { return };
    for (key, property) in properties {
        let path = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
        let (target, _) = resolve(property, root);
        let kubernetes_type = references_kubernetes(property, definitions);
        let description = property
            .get("description")
            .or_else(|| target.get("description"))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        // Pass-through Kubernetes types (affinity, tolerations) are not
        // expanded: their fields are the Kubernetes API's, not ours.
        // Open sections (`global`) are expanded too: their own keys are ours.
        let is_section = !kubernetes_type && target.get("properties").is_some();
        out.push(KeyDoc { path: path.clone(), type_name: type_name(target), description, is_section });
        if is_section {
            walk(target, root, &path, out);
        }
    }
}
