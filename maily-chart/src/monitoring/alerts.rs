//! The PrometheusRule: recording and alerting rules generated from the
//! components, in three kinds of group:
//! - `maily.platform`: for every deployed component, from kube-state-metrics
//!   and cAdvisor (what the legacy's HighCPUUsage, HighMemoryUsage and
//!   PodCrashLooping meant, and replicas, HPA and PDB health);
//! - `maily.<component>`, for each component with metrics while it is
//!   scraped (`monitoring.serviceMonitor.enabled`): `MailyServiceDown`, and
//!   from its typed [`Slo`] the `maily:sla:*` recording rules and the
//!   availability, error-ratio and latency alerts (the legacy's SLA and api
//!   alerts);
//! - `maily.email`: the email delivery rules (the legacy's business SLAs).
//!
//! Every threshold comes from values (`monitoring.prometheusRule`, each
//! component's `slo`), every selector from the release (namespace, object
//! and container names): no environment has a copy of the rules.
//!
//! Sources: Prometheus "Alerting rules", "Recording rules" (naming
//! `level:metric:operations`), PromQL reference; kube-state-metrics v2
//! metrics (pods, deployments, horizontalpodautoscalers,
//! poddisruptionbudgets); cAdvisor container metrics; the Google SRE
//! workbook, "Alerting on SLOs" (burn rates 14.4 over 1h/5m, 6 over 6h/30m).

use std::collections::BTreeMap;

use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;
use maily_chart_crds::PrometheusRule;
use maily_chart_crds::monitoring::prometheusrules::{
    PrometheusRuleGroups, PrometheusRuleGroupsRules, PrometheusRuleSpec,
};

use super::container_matchers;
use super::scrape::{scraped, with_metrics};
use super::values::Slo;
use crate::common::{names, non_empty};
use crate::components::{ALL, Def, Registered};
use crate::cond::Cond;
use crate::context::Ctx;
use crate::manifest::Manifest;
use crate::workload;

/// How urgent an alert is (its `severity` label).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// Needs attention soon (a ticket).
    Warning,
    /// Needs someone now (a page).
    Critical,
}

impl Severity {
    /// The label value.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Critical => "critical",
        }
    }
}

/// Which group an alert belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// `maily.platform`: every deployed component.
    Platform,
    /// `maily.<component>`: each component with metrics.
    Service,
    /// `maily.email`: email delivery.
    Email,
}

/// An alert's fixed facts.
#[derive(Clone, Copy, Debug)]
pub struct Alert {
    /// The alert name.
    pub name: &'static str,
    /// Its severity.
    pub severity: Severity,
    /// How long the condition must hold before it fires (`for`).
    pub for_: &'static str,
    /// Its group.
    pub scope: Scope,
    /// What it means, for the chart README.
    pub meaning: &'static str,
}

macro_rules! alerts {
    ($( $(#[$doc:meta])* $id:ident = $name:literal, $severity:ident, $for_:literal, $scope:ident, $meaning:literal; )*) => {
        $( $(#[$doc])* pub const $id: Alert = Alert {
            name: $name, severity: Severity::$severity, for_: $for_, scope: Scope::$scope, meaning: $meaning,
        }; )*
        /// Every alert the chart may render, in rule order.
        pub const ALERTS: &[Alert] = &[$($id),*];
    };
}

alerts! {
    /// A container keeps crashing.
    CRASH_LOOPING = "MailyPodCrashLooping", Warning, "15m", Platform,
        "a container of the component has been waiting in `CrashLoopBackOff` (kube-state-metrics)";
    /// CPU near the limit.
    CPU_NEAR_LIMIT = "MailyContainerCpuNearLimit", Warning, "15m", Platform,
        "a container uses more than `cpuLimitPercent` of its CPU limit (cAdvisor over kube-state-metrics' limit)";
    /// Memory near the limit.
    MEMORY_NEAR_LIMIT = "MailyContainerMemoryNearLimit", Warning, "15m", Platform,
        "a container's working set is above `memoryLimitPercent` of its memory limit (it is OOM-killed at the limit)";
    /// Some replicas unavailable.
    REPLICAS_UNAVAILABLE = "MailyReplicasUnavailable", Warning, "15m", Platform,
        "the Deployment has unavailable replicas";
    /// No replica available.
    NO_REPLICA_AVAILABLE = "MailyNoReplicaAvailable", Critical, "5m", Platform,
        "the Deployment wants replicas but none is available";
    /// The HPA cannot scale further.
    HPA_MAXED_OUT = "MailyHpaMaxedOut", Warning, "15m", Platform,
        "the HPA runs its `maxReplicas` (while `autoscaling.enabled`)";
    /// The PDB blocks drains.
    PDB_NO_DISRUPTION = "MailyPdbAllowsNoDisruption", Warning, "30m", Platform,
        "the PodDisruptionBudget allows no disruption: node drains are blocked (while the PDB exists)";
    /// No target up.
    SERVICE_DOWN = "MailyServiceDown", Critical, "5m", Service,
        "the Deployment wants replicas but Prometheus scrapes no target of the component that is up (none found, or all down)";
    /// Fast error-budget burn.
    AVAILABILITY_CRITICAL = "MailyServiceAvailabilityCritical", Critical, "2m", Service,
        "5xx responses burn the error budget of `slo.availability` 14.4 times too fast over 1 hour and over 5 minutes (2% of a 30-day budget per hour)";
    /// Slow error-budget burn.
    AVAILABILITY_LOW = "MailyServiceAvailabilityLow", Warning, "15m", Service,
        "5xx responses burn the error budget 6 times too fast over 6 hours and over 30 minutes";
    /// Error ratio above the warning threshold.
    ERROR_RATE_HIGH = "MailyServiceErrorRateHigh", Warning, "5m", Service,
        "more than `slo.errorPercentWarning` of requests fail with a 5xx over 5 minutes";
    /// Error ratio above the critical threshold.
    ERROR_RATE_CRITICAL = "MailyServiceErrorRateCritical", Critical, "5m", Service,
        "more than `slo.errorPercentCritical` of requests fail with a 5xx over 5 minutes";
    /// p95 latency above its threshold.
    LATENCY_HIGH = "MailyServiceLatencyHigh", Warning, "5m", Service,
        "the 95th percentile request duration over 5 minutes is above `slo.latencyP95Seconds`";
    /// p99 latency above its threshold.
    LATENCY_CRITICAL = "MailyServiceLatencyCritical", Critical, "5m", Service,
        "the 99th percentile request duration over 5 minutes is above `slo.latencyP99Seconds`";
    /// Too few emails delivered.
    EMAIL_DELIVERY_LOW = "MailyEmailDeliveryRateLow", Warning, "15m", Email,
        "fewer than `emailDelivery.successPercent` of the emails sent over 5 minutes were delivered";
    /// Email delivery slow.
    EMAIL_DELIVERY_SLOW = "MailyEmailDeliveryTimeSlow", Warning, "15m", Email,
        "the 95th percentile email delivery time over 5 minutes is above `emailDelivery.p95Seconds`";
}

/// The burn-rate alerts: (alert, factor, long window, short window).
pub const BURN_RATES: [(Alert, &str, &str, &str); 2] =
    [(AVAILABILITY_CRITICAL, "14.4", "1h", "5m"), (AVAILABILITY_LOW, "6", "6h", "30m")];

/// The windows of the `maily:sla:error_rate:<window>` recording rules.
pub const ERROR_RATE_WINDOWS: [&str; 4] = ["5m", "30m", "1h", "6h"];

/// The file of the PrometheusRule's template.
pub const TEMPLATE: &str = "monitoring/prometheusrule.yaml";

/// The name of the group of a component with metrics.
pub fn service_group_name(def: &Def) -> String {
    format!("maily.{}", def.name)
}

/// The static labels of an alert: its severity, the release namespace and
/// environment, and the component it is about.
fn alert_labels(ctx: &Ctx, alert: &Alert, component: Option<&str>) -> BTreeMap<String, String> {
    let mut labels = BTreeMap::from([
        ("severity".to_string(), alert.severity.as_str().to_string()),
        ("namespace".to_string(), ctx.release_namespace()),
        ("environment".to_string(), ctx.values().global.environment.clone()),
    ]);
    if let Some(component) = component {
        labels.insert("component".to_string(), component.to_string());
    }
    labels
}

/// An alerting rule. `summary` and `description` may name the series'
/// labels (`{{ $labels.pod }}`), never `$value`: the unit tests state the
/// annotations they expect.
fn alerting(
    ctx: &Ctx,
    alert: &Alert,
    component: Option<&str>,
    expr: String,
    summary: String,
    description: String,
) -> PrometheusRuleGroupsRules {
    PrometheusRuleGroupsRules {
        alert: Some(alert.name.to_string()),
        expr: IntOrString::String(expr),
        r#for: Some(alert.for_.to_string()),
        labels: Some(alert_labels(ctx, alert, component)),
        annotations: Some(BTreeMap::from([("summary".to_string(), summary), ("description".to_string(), description)])),
        ..Default::default()
    }
}

/// A recording rule.
fn recording(record: &str, expr: String) -> PrometheusRuleGroupsRules {
    PrometheusRuleGroupsRules {
        record: Some(record.to_string()),
        expr: IntOrString::String(expr),
        ..Default::default()
    }
}

/// The platform alerts of one component, each under the condition of the
/// objects it watches.
fn platform_rules(ctx: &Ctx, r: &Registered) -> Vec<PrometheusRuleGroupsRules> {
    let def = r.def;
    let name = def.name;
    let ns = ctx.release_namespace();
    let object = names::component_name(ctx, name);
    let c = container_matchers(ctx, def);
    let pr = &ctx.values().monitoring.prometheus_rule;
    let cpu = ctx.int_string(pr.cpu_limit_percent);
    let memory = ctx.int_string(pr.memory_limit_percent);
    let deployment = format!(r#"namespace="{ns}",deployment="{object}""#);
    let hpa = format!(r#"namespace="{ns}",horizontalpodautoscaler="{object}""#);
    let pdb = format!(r#"namespace="{ns}",poddisruptionbudget="{object}""#);
    let per_container = "sum by (namespace, pod, container)";
    let enabled = workload::enabled(def);
    let rules = [
        (
            enabled.clone(),
            alerting(
                ctx,
                &CRASH_LOOPING,
                Some(name),
                format!(
                    r#"max_over_time(kube_pod_container_status_waiting_reason{{{c},reason="CrashLoopBackOff"}}[5m]) >= 1"#
                ),
                format!("{name} pod {{{{ $labels.pod }}}} is crash looping"),
                format!(
                    "Container {name} of pod {{{{ $labels.pod }}}} in {ns} has been waiting in CrashLoopBackOff for 15 minutes."
                ),
            ),
        ),
        (
            enabled.clone(),
            alerting(
                ctx,
                &CPU_NEAR_LIMIT,
                Some(name),
                format!(
                    r#"{per_container} (rate(container_cpu_usage_seconds_total{{{c}}}[5m])) / {per_container} (kube_pod_container_resource_limits{{{c},resource="cpu"}}) * 100 > {cpu}"#
                ),
                format!("{name} pod {{{{ $labels.pod }}}} is near its CPU limit"),
                format!(
                    "Container {name} of pod {{{{ $labels.pod }}}} in {ns} has used more than {cpu}% of its CPU limit for 15 minutes: it is throttled."
                ),
            ),
        ),
        (
            enabled.clone(),
            alerting(
                ctx,
                &MEMORY_NEAR_LIMIT,
                Some(name),
                format!(
                    r#"{per_container} (container_memory_working_set_bytes{{{c}}}) / {per_container} (kube_pod_container_resource_limits{{{c},resource="memory"}}) * 100 > {memory}"#
                ),
                format!("{name} pod {{{{ $labels.pod }}}} is near its memory limit"),
                format!(
                    "The working set of container {name} of pod {{{{ $labels.pod }}}} in {ns} has been above {memory}% of its memory limit for 15 minutes: at the limit it is OOM-killed."
                ),
            ),
        ),
        (
            enabled.clone(),
            alerting(
                ctx,
                &REPLICAS_UNAVAILABLE,
                Some(name),
                format!("kube_deployment_status_replicas_unavailable{{{deployment}}} > 0"),
                format!("{name} has unavailable replicas"),
                format!("Deployment {object} in {ns} has had unavailable replicas for 15 minutes."),
            ),
        ),
        (
            enabled,
            alerting(
                ctx,
                &NO_REPLICA_AVAILABLE,
                Some(name),
                format!(
                    "kube_deployment_status_replicas_available{{{deployment}}} == 0 and on (namespace, deployment) kube_deployment_spec_replicas{{{deployment}}} > 0"
                ),
                format!("{name} has no replica available"),
                format!("Deployment {object} in {ns} wants replicas but has had none available for 5 minutes."),
            ),
        ),
        (
            workload::autoscaled(def),
            alerting(
                ctx,
                &HPA_MAXED_OUT,
                Some(name),
                format!(
                    "kube_horizontalpodautoscaler_status_current_replicas{{{hpa}}} == on (namespace, horizontalpodautoscaler) kube_horizontalpodautoscaler_spec_max_replicas{{{hpa}}}"
                ),
                format!("{name} runs its HPA's maximum of replicas"),
                format!(
                    "HorizontalPodAutoscaler {object} in {ns} has run its maxReplicas for 15 minutes: it cannot scale out further."
                ),
            ),
        ),
        (
            workload::disruption_budgeted(def),
            alerting(
                ctx,
                &PDB_NO_DISRUPTION,
                Some(name),
                format!("kube_poddisruptionbudget_status_pod_disruptions_allowed{{{pdb}}} == 0"),
                format!("{name} allows no voluntary disruption"),
                format!(
                    "PodDisruptionBudget {object} in {ns} has allowed no disruption for 30 minutes: node drains are blocked."
                ),
            ),
        ),
    ];
    rules.into_iter().filter_map(|(cond, rule)| ctx.when_item(cond, rule)).collect()
}

/// The recording rules of a component's service-level indicators: the 5xx
/// ratio over each window, availability and the p95/p99 request duration,
/// per namespace and container. A window without a 5xx has ratio 0, not
/// no data.
pub fn sli_records(ctx: &Ctx, def: &Def) -> Vec<PrometheusRuleGroupsRules> {
    let c = container_matchers(ctx, def);
    let by = "sum by (namespace, container)";
    let mut out: Vec<PrometheusRuleGroupsRules> = ERROR_RATE_WINDOWS
        .iter()
        .map(|w| {
            let all = format!("{by} (rate(http_requests_total{{{c}}}[{w}]))");
            recording(
                &format!("maily:sla:error_rate:{w}"),
                format!(r#"({by} (rate(http_requests_total{{{c},code=~"5.."}}[{w}])) or {all} * 0) / {all}"#),
            )
        })
        .collect();
    out.push(recording("maily:sla:availability:5m", format!("1 - maily:sla:error_rate:5m{{{c}}}")));
    for (quantile, record) in [("0.95", "maily:sla:latency_p95:5m"), ("0.99", "maily:sla:latency_p99:5m")] {
        out.push(recording(
            record,
            format!(
                "histogram_quantile({quantile}, sum by (namespace, container, le) (rate(http_request_duration_seconds_bucket{{{c}}}[5m])))"
            ),
        ));
    }
    out
}

/// The alerts of a component's service-level objectives.
fn slo_alerts(ctx: &Ctx, def: &Def, slo: &Slo) -> Vec<PrometheusRuleGroupsRules> {
    let name = def.name;
    let ns = ctx.release_namespace();
    let c = container_matchers(ctx, def);
    let availability = slo.availability.as_str();
    let mut out: Vec<PrometheusRuleGroupsRules> = BURN_RATES
        .iter()
        .map(|(alert, factor, long, short)| {
            let budget = format!("({factor} * (100 - {availability}) / 100)");
            alerting(
                ctx,
                alert,
                Some(name),
                format!(
                    "maily:sla:error_rate:{long}{{{c}}} > {budget} and maily:sla:error_rate:{short}{{{c}}} > {budget}"
                ),
                format!("{name} is burning its error budget {factor} times too fast"),
                format!(
                    "5xx responses of {name} in {ns} over the last {long} and {short} use up the error budget of its {availability}% availability objective {factor} times faster than it allows."
                ),
            )
        })
        .collect();
    for (alert, threshold) in
        [(ERROR_RATE_HIGH, &slo.error_percent_warning), (ERROR_RATE_CRITICAL, &slo.error_percent_critical)]
    {
        let threshold = threshold.as_str();
        out.push(alerting(
            ctx,
            &alert,
            Some(name),
            format!("maily:sla:error_rate:5m{{{c}}} * 100 > {threshold}"),
            format!("{name} answers more than {threshold}% of requests with a 5xx"),
            format!("More than {threshold}% of the requests to {name} in {ns} have failed with a 5xx over 5 minutes, for 5 minutes."),
        ));
    }
    for (alert, record, quantile, threshold) in [
        (LATENCY_HIGH, "maily:sla:latency_p95:5m", "95th", &slo.latency_p95_seconds),
        (LATENCY_CRITICAL, "maily:sla:latency_p99:5m", "99th", &slo.latency_p99_seconds),
    ] {
        let threshold = threshold.as_str();
        out.push(alerting(
            ctx,
            &alert,
            Some(name),
            format!("{record}{{{c}}} > {threshold}"),
            format!("{name} is slow: {quantile} percentile above {threshold}s"),
            format!(
                "The {quantile} percentile of the request duration of {name} in {ns} has been above {threshold} seconds for 5 minutes."
            ),
        ));
    }
    out
}

/// The group of a component with metrics: `MailyServiceDown`, then its
/// SLO's records and alerts.
fn service_group(ctx: &Ctx, r: &Registered) -> PrometheusRuleGroups {
    let def = r.def;
    let name = def.name;
    let ns = ctx.release_namespace();
    let c = container_matchers(ctx, def);
    let object = names::component_name(ctx, name);
    let mut rules = vec![alerting(
        ctx,
        &SERVICE_DOWN,
        Some(name),
        format!(
            r#"absent(up{{{c}}} == 1) and on () kube_deployment_spec_replicas{{namespace="{ns}",deployment="{object}"}} > 0"#
        ),
        format!("{name} is down or not scraped"),
        format!(
            "No target of {name} in {ns} has been up for 5 minutes: its pods are down, or its ServiceMonitor selects nothing."
        ),
    )];
    if let Some(slo) = (r.values)(ctx.values()).slo() {
        rules.extend(sli_records(ctx, def));
        rules.extend(slo_alerts(ctx, def, slo));
    }
    PrometheusRuleGroups { name: service_group_name(def), rules: Some(rules), ..Default::default() }
}

/// The email delivery group.
fn email_group(ctx: &Ctx) -> PrometheusRuleGroups {
    let ns = ctx.release_namespace();
    let email = &ctx.values().monitoring.prometheus_rule.email_delivery;
    let success = email.success_percent.as_str();
    let p95 = email.p95_seconds.as_str();
    let n = format!(r#"namespace="{ns}""#);
    let all = format!("sum by (namespace) (rate(email_delivery_total{{{n}}}[5m]))");
    PrometheusRuleGroups {
        name: "maily.email".to_string(),
        rules: Some(vec![
            recording(
                "maily:sla:email_delivery_success:5m",
                format!(
                    r#"(sum by (namespace) (rate(email_delivery_total{{{n},status="delivered"}}[5m])) or {all} * 0) / {all}"#
                ),
            ),
            recording(
                "maily:sla:email_delivery_time:5m",
                format!(
                    "histogram_quantile(0.95, sum by (namespace, le) (rate(email_delivery_duration_seconds_bucket{{{n}}}[5m])))"
                ),
            ),
            alerting(
                ctx,
                &EMAIL_DELIVERY_LOW,
                None,
                format!("maily:sla:email_delivery_success:5m{{{n}}} * 100 < {success}"),
                format!("Fewer than {success}% of emails are delivered"),
                format!(
                    "Fewer than {success}% of the emails sent in {ns} over 5 minutes were delivered, for 15 minutes."
                ),
            ),
            alerting(
                ctx,
                &EMAIL_DELIVERY_SLOW,
                None,
                format!("maily:sla:email_delivery_time:5m{{{n}}} > {p95}"),
                format!("Email delivery is slow: 95th percentile above {p95}s"),
                format!(
                    "The 95th percentile of the email delivery time in {ns} has been above {p95} seconds for 15 minutes."
                ),
            ),
        ]),
        ..Default::default()
    }
}

/// The PrometheusRule's groups.
pub fn groups(ctx: &Ctx) -> Vec<PrometheusRuleGroups> {
    let platform: Vec<PrometheusRuleGroupsRules> = ALL.iter().flat_map(|r| platform_rules(ctx, r)).collect();
    let mut groups = vec![PrometheusRuleGroups {
        name: "maily.platform".to_string(),
        rules: non_empty(platform),
        ..Default::default()
    }];
    groups.extend(with_metrics().filter_map(|r| ctx.when_item(scraped(r.def), service_group(ctx, r))));
    groups.push(email_group(ctx));
    groups
}

/// The PrometheusRule (`<fullname>-rules`).
pub fn prometheus_rule(ctx: &Ctx) -> PrometheusRule {
    let pr = &ctx.values().monitoring.prometheus_rule;
    PrometheusRule::new(
        super::metadata(ctx, super::COMPONENT, "rules", &pr.labels, BTreeMap::new()),
        PrometheusRuleSpec { groups: Some(groups(ctx)) },
    )
}

/// The PrometheusRule, while `monitoring.prometheusRule.enabled`.
pub fn resources(ctx: &Ctx) -> Vec<Manifest> {
    vec![Manifest::new(TEMPLATE, Cond::flag("monitoring.prometheusRule.enabled"), &prometheus_rule(ctx))]
}
