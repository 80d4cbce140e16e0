//! Namespace guard-rails (`namespaceGuards`): one ResourceQuota and one
//! LimitRange for the release namespace, from typed values (the legacy's four
//! overlapping quotas become one). The cross-field rules keep the LimitRange
//! ordered and the chart's own containers inside it, so the guard-rails
//! never refuse the pods of the release that made them.
//!
//! Sources: Kubernetes API reference (ResourceQuota, LimitRange),
//! "Resource Quotas" and "Limit Ranges".

use std::collections::BTreeMap;

use k8s_openapi::api::core::v1::{LimitRange, LimitRangeItem, LimitRangeSpec, ResourceQuota, ResourceQuotaSpec};
use k8s_openapi::apimachinery::pkg::api::resource::Quantity as K8sQuantity;
use maily_chart_derive::Probe;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{labels, non_empty_map};
use crate::components::ALL;
use crate::cond::Cond;
use crate::context::Ctx;
use crate::manifest::Manifest;
use crate::quantity::Quantity;
use crate::values::Values;

/// The `app.kubernetes.io/component` label of the guard-rails.
pub const COMPONENT: &str = "namespace";

/// Guard-rails for the release namespace. Pod Security Admission is set on
/// the namespace itself, not by the chart: label it
/// `pod-security.kubernetes.io/enforce: restricted` (chart README, "Namespace
/// guard-rails"); every pod of the chart meets that profile.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NamespaceGuards {
    /// Render the ResourceQuota (when `quota` has entries) and the
    /// LimitRange. They bound everything in the namespace, not only this
    /// release: with several releases in one namespace, enable them in one.
    pub enabled: bool,
    /// The ResourceQuota's hard limits, by resource: `requests.cpu`,
    /// `limits.memory`, `requests.storage`, `pods`, `services`,
    /// `services.loadbalancers`, `configmaps`, `secrets`,
    /// `count/deployments.apps`, ... (`0` forbids). With `requests.*` or
    /// `limits.*` set, every container of the namespace must state them (the
    /// LimitRange's defaults fill them in). Empty: no ResourceQuota.
    #[schemars(transform = crate::rules::schema::quota)]
    pub quota: BTreeMap<String, Quantity>,
    /// What each container of the namespace may request and use
    /// (LimitRange type `Container`).
    pub container: ContainerLimits,
    /// The most one pod (all its containers) may be limited to (LimitRange
    /// type `Pod`, `max`). Empty: no bound per pod.
    pub pod_max: Limits,
}

/// A LimitRange's bounds for each container. Every map is optional: empty
/// leaves that bound out.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ContainerLimits {
    /// Limits given to a container that states none (`default`).
    pub default: Limits,
    /// Requests given to a container that states none (`defaultRequest`).
    pub default_request: Limits,
    /// The least a container may request (`min`).
    pub min: Limits,
    /// The most a container may be limited to (`max`).
    pub max: Limits,
}

/// Quantities by resource: `cpu`, `memory`, `ephemeral-storage`, each optional.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Limits(pub BTreeMap<String, Quantity>);

impl Limits {
    /// The quantities, as Kubernetes takes them (`None` when empty).
    pub fn to_k8s(&self) -> Option<BTreeMap<String, K8sQuantity>> {
        non_empty_map(self.0.iter().map(|(k, q)| (k.clone(), K8sQuantity(q.as_str().to_string()))).collect())
    }
}

impl JsonSchema for Limits {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Limits".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let properties = crate::values::resource_properties();
        schemars::json_schema!({
            "description": "Quantities by resource name: `cpu`, `memory`, `ephemeral-storage`, each optional.",
            "type": "object",
            "properties": properties,
            "additionalProperties": false
        })
    }
}

impl crate::symbolic::Probe for Limits {
    fn probe(path: &crate::symbolic::ValuesPath, registry: &mut crate::symbolic::Registry) -> Self {
        Self(BTreeMap::probe(path, registry))
    }
}

/// The ResourceQuota exists.
pub fn quota_enabled() -> Cond {
    Cond::All(vec![Cond::flag("namespaceGuards.enabled"), Cond::non_empty("namespaceGuards.quota")])
}

/// The ResourceQuota of the namespace.
pub fn resource_quota(ctx: &Ctx) -> ResourceQuota {
    let g = &ctx.values().namespace_guards;
    ResourceQuota {
        metadata: labels::metadata(ctx, COMPONENT, "quota"),
        spec: Some(ResourceQuotaSpec {
            hard: Some(g.quota.iter().map(|(k, q)| (k.clone(), K8sQuantity(q.as_str().to_string()))).collect()),
            ..Default::default()
        }),
        ..Default::default()
    }
}

/// The LimitRange of the namespace: a `Container` item, and a `Pod` item
/// while `podMax` has entries.
pub fn limit_range(ctx: &Ctx) -> LimitRange {
    let g = &ctx.values().namespace_guards;
    let c = &g.container;
    let mut limits = vec![LimitRangeItem {
        type_: "Container".to_string(),
        default: c.default.to_k8s(),
        default_request: c.default_request.to_k8s(),
        min: c.min.to_k8s(),
        max: c.max.to_k8s(),
        ..Default::default()
    }];
    limits.extend(ctx.when_item(
        Cond::non_empty("namespaceGuards.podMax"),
        LimitRangeItem { type_: "Pod".to_string(), max: g.pod_max.to_k8s(), ..Default::default() },
    ));
    LimitRange { metadata: labels::metadata(ctx, COMPONENT, "limits"), spec: Some(LimitRangeSpec { limits }) }
}

/// The guard-rails.
pub fn resources(ctx: &Ctx) -> Vec<Manifest> {
    vec![
        Manifest::new("namespace/resourcequota.yaml", quota_enabled(), &resource_quota(ctx)),
        Manifest::new("namespace/limitrange.yaml", Cond::flag("namespaceGuards.enabled"), &limit_range(ctx)),
    ]
}

/// The bounds of the LimitRange that must be ordered, lower first, with
/// their paths below `namespaceGuards`: every pair of the container's
/// `min`, `defaultRequest`, `default`, `max` (as the API server checks
/// them), then the container's `max` against `podMax`.
fn ordered_pairs(g: &NamespaceGuards) -> Vec<(&'static str, &Limits, &'static str, &Limits)> {
    let c = &g.container;
    let chain = [
        ("container.min", &c.min),
        ("container.defaultRequest", &c.default_request),
        ("container.default", &c.default),
        ("container.max", &c.max),
    ];
    let mut pairs = Vec::new();
    for (i, (low_path, low)) in chain.iter().enumerate() {
        for (high_path, high) in &chain[i + 1..] {
            pairs.push((*low_path, *low, *high_path, *high));
        }
    }
    pairs.push(("container.max", &c.max, "podMax", &g.pod_max));
    pairs
}

/// `limitRangeOrdered`: per resource, `container.min` ≤ `defaultRequest` ≤
/// `default` ≤ `max` ≤ `podMax`, each pair compared where both are set (the
/// API server refuses a LimitRange out of order).
pub fn ordered(values: &Values) -> Vec<(String, String)> {
    let g = &values.namespace_guards;
    if !g.enabled {
        return Vec::new();
    }
    let mut problems = Vec::new();
    for (low_path, low, high_path, high) in ordered_pairs(g) {
        for (resource, a) in &low.0 {
            let Some(b) = high.0.get(resource) else { continue };
            if let (Ok(x), Ok(y)) = (a.value(), b.value())
                && x > y
            {
                problems.push((
                    format!("namespaceGuards.{low_path}.{resource}"),
                    format!("({}) is greater than {high_path}.{resource} ({})", a.as_str(), b.as_str()),
                ));
            }
        }
    }
    problems
}

const ORDERED_TPL: &str = r#"{{- $g := $root.Values.namespaceGuards }}
{{- if $g.enabled }}
{{- $c := $g.container }}
{{- $chain := list (list "container.min" $c.min) (list "container.defaultRequest" $c.defaultRequest) (list "container.default" $c.default) (list "container.max" $c.max) }}
{{- $pairs := list }}
{{- range $i, $low := $chain }}
{{- range $high := slice $chain (add1 $i) }}
{{- $pairs = append $pairs (list (index $low 0) (index $low 1) (index $high 0) (index $high 1)) }}
{{- end }}
{{- end }}
{{- $pairs = append $pairs (list "container.max" $c.max "podMax" $g.podMax) }}
{{- range $pair := $pairs }}
{{- $high := index $pair 3 }}
{{- range $resource, $a := index $pair 1 }}
{{- $b := index $high $resource }}
{{- if and (not (kindIs "invalid" $b)) (gt (float64 (include "maily.quantity" $a)) (float64 (include "maily.quantity" $b))) }}
{{- fail (printf "namespaceGuards.%s.%s (%s) is greater than %s.%s (%s)" (index $pair 0) $resource (include "maily.quantityText" $a) (index $pair 2) $resource (include "maily.quantityText" $b)) }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}"#;

/// The requests and limits of the `helm test` pods' container: fixed, and
/// inside the LimitRange too.
pub const TEST_POD_RESOURCES: [(&str, &str); 2] = [("cpu", "50m"), ("memory", "32Mi")];

/// `withinLimitRange`: while `namespaceGuards.enabled`, each deployed
/// component's requests are at least `container.min` and its limits at most
/// `container.max`, and so are the in-cluster data servers' (while
/// `dataTier.enabled`) and the `helm test` pods' (`50m`, `32Mi`): the
/// API server would refuse the chart's own pods otherwise.
pub fn within(values: &Values) -> Vec<(String, String)> {
    let g = &values.namespace_guards;
    if !g.enabled {
        return Vec::new();
    }
    let c = &g.container;
    let mut problems = Vec::new();
    let mut check = |path: String, q: &Quantity, bound: Option<&Quantity>, low: bool, bound_path: String| {
        let Some(bound) = bound else { return };
        if let (Ok(x), Ok(y)) = (q.value(), bound.value())
            && (if low { x < y } else { x > y })
        {
            let word = if low { "less" } else { "greater" };
            problems.push((
                path,
                format!(
                    "({}) is {word} than namespaceGuards.{bound_path} ({}): the API server would refuse the pods",
                    q.as_str(),
                    bound.as_str()
                ),
            ));
        }
    };
    let components = ALL
        .iter()
        .map(|r| (r.def.key.to_string(), (r.values)(values).workload()))
        .filter(|(_, w)| w.enabled)
        .map(|(key, w)| (key, &w.resources));
    let tier = &values.data_tier;
    let servers = crate::data_tier::SERVERS
        .iter()
        .filter(|_| tier.enabled)
        .map(|s| (format!("dataTier.{}", s.key), &s.values(tier).resources));
    for (key, resources) in components.chain(servers) {
        for (resource, q) in &resources.requests.0 {
            let path = format!("{key}.resources.requests.{resource}");
            check(path, q, c.min.0.get(resource), true, format!("container.min.{resource}"));
        }
        for (resource, q) in &resources.limits.0 {
            let path = format!("{key}.resources.limits.{resource}");
            check(path, q, c.max.0.get(resource), false, format!("container.max.{resource}"));
        }
    }
    for (resource, text) in TEST_POD_RESOURCES {
        let q = Quantity::new(text);
        let path = format!("namespaceGuards.container.min.{resource}");
        if let (Some(min), Ok(x)) = (c.min.0.get(resource), q.value())
            && min.value().is_ok_and(|m| m > x)
        {
            problems
                .push((path, format!("({}) is greater than the helm test pods' {resource} ({text})", min.as_str())));
        }
        let path = format!("namespaceGuards.container.max.{resource}");
        if let (Some(max), Ok(x)) = (c.max.0.get(resource), q.value())
            && max.value().is_ok_and(|m| m < x)
        {
            problems.push((path, format!("({}) is less than the helm test pods' {resource} ({text})", max.as_str())));
        }
    }
    problems
}

fn within_tpl() -> String {
    let components: Vec<String> = ALL.iter().map(|r| format!("{:?}", r.def.key)).collect();
    let tests: Vec<String> = TEST_POD_RESOURCES.iter().map(|(r, q)| format!("{r:?} {q:?}")).collect();
    format!(
        r#"{{{{- $g := $root.Values.namespaceGuards }}}}
{{{{- if $g.enabled }}}}
{{{{- $c := $g.container }}}}
{{{{- $targets := list }}}}
{{{{- range $component := list {components} }}}}
{{{{- $v := index $root.Values $component }}}}
{{{{- if $v.enabled }}}}
{{{{- $targets = append $targets (list $component $v) }}}}
{{{{- end }}}}
{{{{- end }}}}
{{{{- if $root.Values.dataTier.enabled }}}}
{{{{- range $server := list {servers} }}}}
{{{{- $targets = append $targets (list (printf "dataTier.%s" $server) (index $root.Values.dataTier $server)) }}}}
{{{{- end }}}}
{{{{- end }}}}
{{{{- range $t := $targets }}}}
{{{{- $component := index $t 0 }}}}
{{{{- $v := index $t 1 }}}}
{{{{- range $resource, $q := $v.resources.requests }}}}
{{{{- $min := index $c.min $resource }}}}
{{{{- if and (not (kindIs "invalid" $min)) (lt (float64 (include "maily.quantity" $q)) (float64 (include "maily.quantity" $min))) }}}}
{{{{- fail (printf "%s.resources.requests.%s (%s) is less than namespaceGuards.container.min.%s (%s): the API server would refuse the pods" $component $resource (include "maily.quantityText" $q) $resource (include "maily.quantityText" $min)) }}}}
{{{{- end }}}}
{{{{- end }}}}
{{{{- range $resource, $q := $v.resources.limits }}}}
{{{{- $max := index $c.max $resource }}}}
{{{{- if and (not (kindIs "invalid" $max)) (gt (float64 (include "maily.quantity" $q)) (float64 (include "maily.quantity" $max))) }}}}
{{{{- fail (printf "%s.resources.limits.%s (%s) is greater than namespaceGuards.container.max.%s (%s): the API server would refuse the pods" $component $resource (include "maily.quantityText" $q) $resource (include "maily.quantityText" $max)) }}}}
{{{{- end }}}}
{{{{- end }}}}
{{{{- end }}}}
{{{{- $tests := dict {tests} }}}}
{{{{- range $resource, $q := $tests }}}}
{{{{- $min := index $c.min $resource }}}}
{{{{- if and (not (kindIs "invalid" $min)) (gt (float64 (include "maily.quantity" $min)) (float64 (include "maily.quantity" $q))) }}}}
{{{{- fail (printf "namespaceGuards.container.min.%s (%s) is greater than the helm test pods' %s (%s)" $resource (include "maily.quantityText" $min) $resource $q) }}}}
{{{{- end }}}}
{{{{- $max := index $c.max $resource }}}}
{{{{- if and (not (kindIs "invalid" $max)) (lt (float64 (include "maily.quantity" $max)) (float64 (include "maily.quantity" $q))) }}}}
{{{{- fail (printf "namespaceGuards.container.max.%s (%s) is less than the helm test pods' %s (%s)" $resource (include "maily.quantityText" $max) $resource $q) }}}}
{{{{- end }}}}
{{{{- end }}}}
{{{{- end }}}}"#,
        components = components.join(" "),
        servers = crate::data_tier::SERVERS.iter().map(|s| format!("{:?}", s.key)).collect::<Vec<_>>().join(" "),
        tests = tests.join(" "),
    )
}

/// The chart-wide guard-rail rules, for [`crate::cross::CHART_RULES`].
pub const RULES: [crate::cross::ChartRule; 2] = [
    crate::cross::ChartRule {
        name: "limitRangeOrdered",
        doc: "per resource, `namespaceGuards.container.min` ≤ `defaultRequest` ≤ `default` ≤ `max` ≤ `namespaceGuards.podMax`",
        check: ordered,
        template: || ORDERED_TPL.to_string(),
    },
    crate::cross::ChartRule {
        name: "withinLimitRange",
        doc: "while `namespaceGuards.enabled`, each deployed component's requests are at least `namespaceGuards.container.min` and its limits at most `container.max`, and so are the in-cluster data servers' (while `dataTier.enabled`) and the `helm test` pods' (`50m` CPU, `32Mi` memory)",
        check: within,
        template: within_tpl,
    },
];
