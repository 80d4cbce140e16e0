//! The checks an environment passes before anything is rendered.
//!
//! Each problem names the environment, the values path, the bad value and
//! what would be accepted:
//! ``environment `production`: api.autoscaling.minReplicas (5) is greater than maxReplicas (3)``.
//!
//! Three sources, none of which a component can opt out of:
//! 1. `values.schema.json` ([`crate::schema`]): the environment's values are
//!    checked against the very schema Helm uses, so every single-field rule
//!    of every key (ranges, patterns, enums, closed objects) applies to every
//!    component, registered now or later, in `gen` and in Helm alike;
//! 2. the cross-field rules ([`crate::cross`]), each with a Helm twin (JSON
//!    text, pod annotations the chart owns, min ≤ max, requests ≤ limits, ...).
//!
//! Plus one rule of `gen` alone: `global.environment` names the environment.

use std::sync::LazyLock;

use jsonschema::error::ValidationErrorKind;
use serde_json::Value;

use crate::rules::{self, StringRule};
use crate::values::Values;

/// The compiled `values.schema.json`.
static SCHEMA: LazyLock<(&Value, jsonschema::Validator)> = LazyLock::new(|| {
    let schema = crate::schema::values_schema_ref();
    let validator = jsonschema::draft7::new(schema).expect("values.schema.json is a valid draft-07 schema");
    (schema, validator)
});

/// A JSON pointer (`/api/extraPorts/0/name`) as a values path (`api.extraPorts[0].name`).
fn dotted(pointer: &str, value: &Value) -> String {
    let mut path = String::new();
    let mut node = Some(value);
    for segment in pointer.split('/').skip(1) {
        let segment = segment.replace("~1", "/").replace("~0", "~");
        match node {
            Some(Value::Array(items)) => {
                path += &format!("[{segment}]");
                node = segment.parse::<usize>().ok().and_then(|i| items.get(i));
            }
            _ => {
                if !path.is_empty() {
                    path.push('.');
                }
                path += &segment;
                node = node.and_then(|n| n.get(&segment));
            }
        }
    }
    path
}

/// The schema object at `pointer` (a keyword location, `$ref`s followed).
fn schema_at<'s>(schema: &'s Value, pointer: &str) -> Option<&'s Value> {
    let mut node = schema;
    for segment in pointer.split('/').skip(1) {
        let segment = segment.replace("~1", "/").replace("~0", "~");
        if segment == "$ref" {
            let target = node.get("$ref")?.as_str()?.strip_prefix('#')?;
            node = schema.pointer(target)?;
            continue;
        }
        node = match node {
            Value::Array(items) => items.get(segment.parse::<usize>().ok()?)?,
            _ => node.get(&segment)?,
        };
    }
    Some(node)
}

/// The [`StringRule`] whose keywords the schema object carries, if any.
fn rule_of(node: &Value) -> Option<&'static StringRule> {
    let Value::Object(map) = node else { return None };
    rules::STRING_RULES.iter().copied().find(|rule| {
        let keywords = rule.keywords();
        keywords.iter().all(|(k, v)| map.get(k) == Some(v))
    })
}

fn text(value: &Value) -> String {
    match value {
        Value::String(s) => format!("{s:?}"),
        other => other.to_string(),
    }
}

/// What is wrong, said for operators, from one schema error.
fn message(schema: &Value, error: &jsonschema::ValidationError) -> String {
    let value = error.instance();
    let keyword_location = error.schema_path().as_str();
    // The object holding the failing keyword.
    let parent = keyword_location.rsplit_once('/').map_or("", |(p, _)| p);
    let node = schema_at(schema, parent);
    // A string rule says what it wants: the nearest schema object around the
    // failing keyword (its `not`, `allOf` parts included) that carries one.
    let rule = enclosing_rule(schema, parent);
    match error.kind() {
        ValidationErrorKind::PropertyNames { error } => match rule_of_key(schema, parent) {
            Some(rule) => format!("key {} must be {}", text(error.instance()), rule.what),
            None => format!("key {} is not allowed", text(error.instance())),
        },
        ValidationErrorKind::Pattern { .. }
        | ValidationErrorKind::Not { .. }
        | ValidationErrorKind::MaxLength { .. }
        | ValidationErrorKind::MinLength { .. }
            if rule.is_some() =>
        {
            format!("({}) must be {}", text(value), rule.expect("checked").what)
        }
        ValidationErrorKind::Minimum { .. } | ValidationErrorKind::Maximum { .. } => {
            let bound = |k: &str| node.and_then(|n| n.get(k)).map_or("…".to_string(), Value::to_string);
            format!("({}) must be between {} and {}", text(value), bound("minimum"), bound("maximum"))
        }
        ValidationErrorKind::AnyOf { .. } => {
            // A quantity: its string rule, or a positive number.
            let node = schema_at(schema, keyword_location);
            let rule = node.and_then(Value::as_array).into_iter().flatten().find_map(rule_of);
            // A decimal's number branch has bounds of its own.
            let bounded = node.and_then(Value::as_array).into_iter().flatten().any(|n| n.get("minimum").is_some());
            match rule {
                Some(rule) if bounded => format!("({}) must be {}, as a string or a number", text(value), rule.what),
                Some(rule) => format!("({}) must be {}, or a positive number", text(value), rule.what),
                None => format!("({}) is refused by values.schema.json: {error}", text(value)),
            }
        }
        ValidationErrorKind::Enum { options } => {
            let options: Vec<String> = options
                .as_array()
                .into_iter()
                .flatten()
                .map(|o| o.as_str().map_or(o.to_string(), String::from))
                .collect();
            format!("({}) must be one of {}", text(value), options.join(", "))
        }
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            format!("has unknown key(s) {}", unexpected.join(", "))
        }
        ValidationErrorKind::MinItems { .. } => "must not be empty".to_string(),
        ValidationErrorKind::MinLength { .. } => "must not be empty".to_string(),
        _ => format!("({}) is refused by values.schema.json: {error}", text(value)),
    }
}

/// The string rule carried by the schema object at `location` or by the
/// nearest one above it.
fn enclosing_rule(schema: &Value, location: &str) -> Option<&'static StringRule> {
    let mut here = location;
    loop {
        if let Some(rule) = schema_at(schema, here).and_then(rule_of) {
            return Some(rule);
        }
        here = here.rsplit_once('/')?.0;
    }
}

/// The rule on the keys of a map whose `propertyNames` failed.
fn rule_of_key(schema: &Value, parent: &str) -> Option<&'static StringRule> {
    schema_at(schema, parent).and_then(|n| n.get("propertyNames")).and_then(rule_of)
}

/// The schema's problems with `values`: `(values path, message)`, the first
/// one per path (a quantity that breaks its rule also breaks the quantity
/// grammar: one message says it).
pub fn schema_problems(values: &Value) -> Vec<(String, String)> {
    let (schema, validator) = &*SCHEMA;
    let mut seen = std::collections::BTreeSet::new();
    validator
        .iter_errors(values)
        .map(|error| {
            let mut path = dotted(error.instance_path().as_str(), values);
            if let ValidationErrorKind::PropertyNames { error: inner } = error.kind() {
                let key = inner.instance().as_str().unwrap_or_default().to_string();
                path = if path.is_empty() { key } else { format!("{path}.{key}") };
            }
            (path, message(schema, &error))
        })
        .filter(|(path, _)| seen.insert(path.clone()))
        .collect()
}

/// `aiService.agentsConfig` read as the typed configuration
/// ([`crate::components::ai_service::OctotoolsConfig`]); Helm checks only
/// that it is a JSON object (the `jsonObjects` rule), so text that is not
/// a JSON object is left to that rule here too.
fn agents_config_problems(values: &Values) -> Vec<(String, String)> {
    use crate::components::ai_service::OctotoolsConfig;
    let path = "aiService.agentsConfig".to_string();
    let text = &values.ai_service.agents_config;
    if !matches!(serde_json::from_str::<serde_json::Value>(text), Ok(serde_json::Value::Object(_))) {
        return Vec::new();
    }
    match serde_json::from_str::<OctotoolsConfig>(text) {
        Err(e) => vec![(path, format!("is not an OctoTools configuration: {e}"))],
        Ok(config) => config.problems().into_iter().map(|p| (path.clone(), p)).collect(),
    }
}

/// Checks one environment's values.
///
/// # Errors
/// Every problem found, each rendered as
/// ``environment `<name>`: <path> <message>``.
pub fn validate(environment: &str, values: &Values) -> Result<(), Vec<String>> {
    let mut problems = Vec::new();
    if !rules::DNS1123_LABEL.accepts(environment) {
        problems.push((
            "global.environment".to_string(),
            format!("({environment:?}) must be {}", rules::DNS1123_LABEL.what),
        ));
    }
    if values.global.environment != environment {
        problems.push((
            "global.environment".to_string(),
            format!("({:?}) must equal the environment's name ({environment:?})", values.global.environment),
        ));
    }
    let json = serde_json::to_value(values).expect("values serialize to JSON");
    problems.extend(schema_problems(&json));
    problems.extend(crate::cross::problems(values));
    problems.extend(agents_config_problems(values));
    problems.extend(crate::components::blockchain::problems(&values.blockchain));
    problems.extend(crate::components::ip_warming::problems(&values.ip_warming));
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems
            .into_iter()
            .map(|(path, message)| format!("environment `{environment}`: {path} {message}"))
            .collect())
    }
}
