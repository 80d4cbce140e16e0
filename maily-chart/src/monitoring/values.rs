//! The values of monitoring (`monitoring`) and of a component's
//! service-level objectives (`aiService.slo`). Re-exported by
//! [`crate::values`].
//!
//! Sources: prometheus-operator API reference (ServiceMonitor, PodMonitor,
//! PrometheusRule, v0.8x); kube-prometheus-stack's default selectors (the
//! `release` label) and Grafana dashboard sidecar (`grafana_dashboard`
//! label, folder annotation); the Google SRE workbook, "Alerting on SLOs"
//! (multiwindow, multi-burn-rate alerts).

use std::collections::BTreeMap;

use maily_chart_derive::Probe;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Monitoring for the prometheus-operator (kube-prometheus-stack) and
/// Grafana, derived from the components: what serves metrics, on which
/// port, and what each component's health looks like.
///
/// HTTP metrics follow one convention: a counter `http_requests_total` and
/// a histogram `http_request_duration_seconds`, each with the label **`code`**
/// holding the HTTP status code (`200`, `503`; grouped classes such as
/// `5xx` also match the error selector `code=~"5.."`). `code` is the one
/// status label the chart reads (not `status` or `status_code`).
/// Series are selected by `namespace` (the release namespace) and
/// `container` (the component's container, named after the component), so
/// one release per namespace is assumed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Monitoring {
    /// Scraping: one ServiceMonitor per component with metrics and a
    /// Service (a PodMonitor for one without a Service).
    pub service_monitor: ServiceMonitor,
    /// Alert and recording rules: one PrometheusRule.
    pub prometheus_rule: PrometheusRule,
    /// Grafana dashboards, as ConfigMaps for Grafana's dashboard sidecar.
    pub dashboards: Dashboards,
}

/// ServiceMonitors (`monitoring.coreos.com/v1`), one per component that
/// serves metrics, selecting its Service by the selector labels in the
/// release namespace and scraping the port named `http` at the component's
/// metrics path: the same port as its `prometheus.io/*` pod annotations,
/// which stay for annotation-driven Prometheus setups. A component with
/// metrics but no Service gets a PodMonitor instead (none today: the workers
/// serve no metrics). With `mesh.istio.enabled` the pods accept mutual TLS
/// only: Prometheus then needs Istio's workload certificates to scrape them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ServiceMonitor {
    /// Render the monitors. Needs the prometheus-operator CRDs.
    pub enabled: bool,
    /// Labels of the monitors, besides the chart's own: those the
    /// Prometheus' `serviceMonitorSelector` (`podMonitorSelector`) selects.
    /// kube-prometheus-stack selects `release: <its release name>`.
    #[schemars(transform = crate::rules::schema::extra_labels)]
    pub labels: BTreeMap<String, String>,
    /// Seconds between scrapes.
    #[schemars(range(min = crate::rules::SCRAPE_SECONDS.0, max = crate::rules::SCRAPE_SECONDS.1))]
    pub interval_seconds: i32,
    /// Seconds a scrape may take: at most `intervalSeconds`.
    #[schemars(range(min = crate::rules::SCRAPE_SECONDS.0, max = crate::rules::SCRAPE_SECONDS.1))]
    pub scrape_timeout_seconds: i32,
}

/// One PrometheusRule (`monitoring.coreos.com/v1`) in the release
/// namespace, its rules generated from the components:
/// - for each component with metrics (while `serviceMonitor.enabled`, whose
///   labels the rules read): `MailyServiceDown`, and from its `slo`
///   recording rules (`maily:sla:*`) with availability (error-budget burn
///   rate), error-ratio and p95/p99 latency alerts;
/// - for every deployed component, from kube-state-metrics and cAdvisor:
///   crash looping, CPU and memory near the limit, replicas unavailable,
///   no replica available, the HPA at its maximum (while autoscaling) and
///   the PDB allowing no disruption (while it exists);
/// - email delivery: success ratio and p95 delivery time (`emailDelivery`).
///
/// Every alert carries `severity` (`warning` or `critical`), `component`
/// and `environment` (`global.environment`) labels for routing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PrometheusRule {
    /// Render the PrometheusRule. Needs the prometheus-operator CRDs and,
    /// for the platform alerts, kube-state-metrics and the kubelet's cAdvisor
    /// metrics (both part of kube-prometheus-stack).
    pub enabled: bool,
    /// Labels of the PrometheusRule, besides the chart's own: those the
    /// Prometheus' `ruleSelector` selects (kube-prometheus-stack: `release`).
    #[schemars(transform = crate::rules::schema::extra_labels)]
    pub labels: BTreeMap<String, String>,
    /// `MailyContainerCpuNearLimit` fires when a container uses more than
    /// this percentage of its CPU limit for 15 minutes.
    #[schemars(range(min = crate::rules::LIMIT_PERCENT.0, max = crate::rules::LIMIT_PERCENT.1))]
    pub cpu_limit_percent: i32,
    /// `MailyContainerMemoryNearLimit` fires when a container's working set
    /// is above this percentage of its memory limit for 15 minutes (at the
    /// limit it is OOM-killed).
    #[schemars(range(min = crate::rules::LIMIT_PERCENT.0, max = crate::rules::LIMIT_PERCENT.1))]
    pub memory_limit_percent: i32,
    /// Email delivery objectives.
    pub email_delivery: EmailDelivery,
}

/// Email delivery, from `email_delivery_total` (label `status`: the
/// delivery outcome, `delivered` when it succeeded) and the histogram
/// `email_delivery_duration_seconds`, whichever component of the release
/// exposes them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EmailDelivery {
    /// `MailyEmailDeliveryRateLow` fires when fewer than this percentage of
    /// the emails sent over 5 minutes were delivered, for 15 minutes. A
    /// decimal, such as `98` or `99.5`.
    #[schemars(transform = crate::rules::schema::objective_percent)]
    pub success_percent: Decimal,
    /// `MailyEmailDeliveryTimeSlow` fires when the 95th percentile of the
    /// delivery time over 5 minutes is above this many seconds, for 15 minutes.
    #[schemars(transform = crate::rules::schema::seconds_decimal)]
    pub p95_seconds: Decimal,
}

/// Grafana dashboards generated from the components: an overview of the
/// release and one per component (request rate, errors, latency quantiles,
/// saturation, replicas against the HPA bounds, restarts), each a ConfigMap
/// that Grafana's dashboard sidecar (kube-prometheus-stack's Grafana)
/// loads. Each dashboard has a stable `uid` (from the release namespace and
/// name) and a `datasource` variable (any Prometheus data source).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Dashboards {
    /// Render the dashboard ConfigMaps.
    pub enabled: bool,
    /// Labels of the ConfigMaps, besides the chart's own: the label the
    /// sidecar watches (kube-prometheus-stack: `grafana_dashboard: "1"`).
    #[schemars(transform = crate::rules::schema::extra_labels)]
    pub labels: BTreeMap<String, String>,
    /// Annotations of the ConfigMaps, such as the sidecar's folder annotation
    /// (`grafana_folder: Maily`, read where the sidecar sets
    /// `folderAnnotation: grafana_folder`). Releases that share a Grafana
    /// need folders of their own: the ConfigMap keys (file names) are the same.
    #[schemars(transform = crate::rules::schema::common_annotations)]
    pub annotations: BTreeMap<String, String>,
}

/// A component's service-level objectives, measured from its own metrics
/// (`http_requests_total` and `http_request_duration_seconds`, label `code`)
/// over 5-minute windows, and alerted on while `monitoring.prometheusRule`
/// and `monitoring.serviceMonitor` are enabled.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Slo {
    /// Availability objective: the percentage of requests answered without
    /// a server error (5xx) over 30 days, such as `99.5`. Its error budget
    /// (100 minus this) sets the burn-rate alerts:
    /// `MailyServiceAvailabilityCritical` (the budget burns 14.4 times too
    /// fast over 1 hour and 5 minutes) and `MailyServiceAvailabilityLow` (6
    /// times over 6 hours and 30 minutes). At least 95.
    #[schemars(transform = crate::rules::schema::availability_percent)]
    pub availability: Decimal,
    /// `MailyServiceErrorRateHigh` (warning) fires when more than this
    /// percentage of requests fail with a 5xx over 5 minutes, for 5 minutes.
    #[schemars(transform = crate::rules::schema::ratio_percent)]
    pub error_percent_warning: Decimal,
    /// `MailyServiceErrorRateCritical` fires above this percentage.
    #[schemars(transform = crate::rules::schema::ratio_percent)]
    pub error_percent_critical: Decimal,
    /// `MailyServiceLatencyHigh` (warning) fires when the 95th percentile of
    /// the request duration over 5 minutes is above this many seconds, for
    /// 5 minutes.
    #[schemars(transform = crate::rules::schema::seconds_decimal)]
    pub latency_p95_seconds: Decimal,
    /// `MailyServiceLatencyCritical` fires when the 99th percentile is above
    /// this many seconds, for 5 minutes.
    #[schemars(transform = crate::rules::schema::seconds_decimal)]
    pub latency_p99_seconds: Decimal,
}

/// A decimal number kept as written (`99.5`, `0.25`, `60`): values files may
/// give a string or a number; a number is kept as its text, a whole number
/// as digits, another as Go prints a float64 (the schema's bounds keep that
/// a plain decimal). The chart writes it into PromQL as it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Decimal(pub String);

impl Decimal {
    /// A decimal from its text; checked by the schema.
    pub fn new(text: impl Into<String>) -> Self {
        Self(text.into())
    }

    /// The text as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Its value (NaN for text the schema refuses).
    pub fn value(&self) -> f64 {
        self.0.parse().unwrap_or(f64::NAN)
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::quantity::Quantity::deserialize(deserializer).map(|q| Decimal(q.0))
    }
}

impl JsonSchema for Decimal {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Decimal".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({"type": "string"})
    }
}

impl crate::symbolic::Probe for Decimal {
    /// Read through `maily.quantityText` (a string as written, a number as
    /// its text), the twin of the deserializer.
    fn probe(path: &crate::symbolic::ValuesPath, registry: &mut crate::symbolic::Registry) -> Self {
        Self(crate::symbolic::string_through(path, registry, |p| format!(r#"include "maily.quantityText" {p}"#)))
    }
}
