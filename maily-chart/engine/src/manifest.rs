//! A manifest: one object, the template file it comes from, and the
//! condition under which Helm renders it.

use serde::Serialize;
use serde_json::Value;

use crate::cond::Cond;

/// One object of the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Manifest {
    /// Path below `templates/`, e.g. `api/deployment.yaml`.
    pub template: String,
    /// When the object exists (the template's outer `{{- if }}`).
    pub condition: Cond,
    /// The object, as its Kubernetes JSON.
    pub object: Value,
}

impl Manifest {
    /// Serializes `object` (a k8s-openapi type) into a manifest.
    pub fn new<T: Serialize>(template: impl Into<String>, condition: Cond, object: &T) -> Self {
        let object = serde_json::to_value(object).expect("Kubernetes objects serialize to JSON");
        Self { template: template.into(), condition, object }
    }

    /// `kind` of the object.
    pub fn kind(&self) -> &str {
        self.object.get("kind").and_then(Value::as_str).unwrap_or_default()
    }

    /// `metadata.name` of the object.
    pub fn name(&self) -> &str {
        self.object.pointer("/metadata/name").and_then(Value::as_str).unwrap_or_default()
    }
}
