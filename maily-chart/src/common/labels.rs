//! Labels: the recommended set on every object, and the selector subset.
//!
//! Selectors use name + instance + component and nothing else, ever: a
//! Deployment's `spec.selector` is immutable, so a label that changes between
//! chart versions (version, chart) would break upgrades.
//! Sources: Helm "Labels and Annotations" best practices; Kubernetes
//! "Recommended Labels".

use std::collections::BTreeMap;

use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;

use crate::common::names;
use crate::context::Ctx;

/// The value of `app.kubernetes.io/part-of`.
pub const PART_OF: &str = "maily";

/// The labels that select a component's pods.
pub fn selector_labels(ctx: &Ctx, component: &str) -> BTreeMap<String, String> {
    BTreeMap::from([
        ("app.kubernetes.io/name".to_string(), names::name(ctx)),
        ("app.kubernetes.io/instance".to_string(), ctx.release_name()),
        ("app.kubernetes.io/component".to_string(), component.to_string()),
    ])
}

/// The recommended labels of every object (and pod) of a component, and
/// `global.commonLabels`.
pub fn labels(ctx: &Ctx, component: &str) -> BTreeMap<String, String> {
    let mut labels = selector_labels(ctx, component);
    labels.extend([
        ("app.kubernetes.io/version".to_string(), names::app_version(ctx)),
        ("app.kubernetes.io/part-of".to_string(), PART_OF.to_string()),
        ("app.kubernetes.io/managed-by".to_string(), ctx.computed("$.Release.Service", |_, _| "Helm".to_string())),
        ("helm.sh/chart".to_string(), names::chart(ctx)),
    ]);
    labels.extend(ctx.values().global.common_labels.clone());
    labels
}

/// The labels of a component's pods: [`labels`] without `helm.sh/chart`.
/// A pod template that named the chart's version would change with every
/// chart release, and with it every ReplicaSet: an upgrade whose only change
/// is the chart's version would roll every pod (`tests/live`, the
/// `previous_version` scenarios, hold the chart to this).
pub fn pod_labels(ctx: &Ctx, component: &str) -> BTreeMap<String, String> {
    let mut labels = labels(ctx, component);
    labels.remove("helm.sh/chart");
    labels
}

/// Metadata of an object of `component` named `<fullname>-<suffix>`, in the
/// release namespace, with the recommended labels and `global.commonAnnotations`.
pub fn metadata(ctx: &Ctx, component: &str, suffix: &str) -> ObjectMeta {
    metadata_with(ctx, component, suffix, BTreeMap::new())
}

/// [`metadata`] with the object's own `annotations` besides the common ones
/// (the cross-field rules keep their keys apart).
pub fn metadata_with(ctx: &Ctx, component: &str, suffix: &str, annotations: BTreeMap<String, String>) -> ObjectMeta {
    let mut all = ctx.values().global.common_annotations.clone();
    all.extend(annotations);
    ObjectMeta {
        name: Some(names::component_name(ctx, suffix)),
        namespace: Some(ctx.release_namespace()),
        labels: Some(labels(ctx, component)),
        annotations: crate::common::non_empty_map(all),
        ..Default::default()
    }
}
