//! Scraping: a ServiceMonitor for each component with metrics and a Service,
//! a PodMonitor for one without a Service. Both scrape the container port
//! named `http` at [`Def::metrics_path`]: the port whose number the
//! `prometheus.io/port` pod annotation gives (`containerPort`), and which the
//! NetworkPolicy opens to Prometheus (`networkPolicy.monitoring`).
//!
//! Source: prometheus-operator API reference (ServiceMonitorSpec,
//! PodMonitorSpec, Endpoint, PodMetricsEndpoint).

use std::collections::BTreeMap;

use maily_chart_crds::monitoring::podmonitors::{
    PodMonitorNamespaceSelector, PodMonitorPodMetricsEndpoints, PodMonitorSelector, PodMonitorSpec,
};
use maily_chart_crds::monitoring::servicemonitors::{
    ServiceMonitorEndpoints, ServiceMonitorNamespaceSelector, ServiceMonitorSelector, ServiceMonitorSpec,
};
use maily_chart_crds::{PodMonitor, ServiceMonitor};

use crate::common::{labels, probes};
use crate::components::{ALL, Def, Registered};
use crate::cond::Cond;
use crate::context::Ctx;
use crate::manifest::Manifest;

/// The port every monitor scrapes: the container's (and Service's) `http`.
pub const METRICS_PORT: &str = probes::HTTP_PORT;

/// The components that serve metrics.
pub fn with_metrics() -> impl Iterator<Item = &'static Registered> {
    ALL.iter().filter(|r| r.def.metrics_path.is_some())
}

/// While the component is deployed and `monitoring.serviceMonitor.enabled`.
pub fn scraped(def: &Def) -> Cond {
    Cond::All(vec![Cond::flag(format!("{}.enabled", def.key)), Cond::flag("monitoring.serviceMonitor.enabled")])
}

fn interval(ctx: &Ctx, seconds: i32) -> String {
    format!("{}s", ctx.int_string(seconds))
}

fn metadata(ctx: &Ctx, def: &Def) -> k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta {
    super::metadata(ctx, def.name, def.name, &ctx.values().monitoring.service_monitor.labels, BTreeMap::new())
}

/// The component's ServiceMonitor: its Service (by the selector labels, in
/// the release namespace), port `http`, its metrics path.
pub fn service_monitor(ctx: &Ctx, def: &Def) -> ServiceMonitor {
    let sm = &ctx.values().monitoring.service_monitor;
    ServiceMonitor::new(
        metadata(ctx, def),
        ServiceMonitorSpec {
            selector: ServiceMonitorSelector {
                match_labels: Some(labels::selector_labels(ctx, def.name)),
                ..Default::default()
            },
            namespace_selector: Some(ServiceMonitorNamespaceSelector {
                match_names: Some(vec![ctx.release_namespace()]),
                ..Default::default()
            }),
            endpoints: vec![ServiceMonitorEndpoints {
                port: Some(METRICS_PORT.to_string()),
                path: def.metrics_path.map(str::to_string),
                interval: Some(interval(ctx, sm.interval_seconds)),
                scrape_timeout: Some(interval(ctx, sm.scrape_timeout_seconds)),
                ..Default::default()
            }],
            ..Default::default()
        },
    )
}

/// The component's PodMonitor (for a component without a Service): its pods
/// (by the selector labels, in the release namespace), port `http`, its
/// metrics path.
pub fn pod_monitor(ctx: &Ctx, def: &Def) -> PodMonitor {
    let sm = &ctx.values().monitoring.service_monitor;
    PodMonitor::new(
        metadata(ctx, def),
        PodMonitorSpec {
            selector: PodMonitorSelector {
                match_labels: Some(labels::selector_labels(ctx, def.name)),
                ..Default::default()
            },
            namespace_selector: Some(PodMonitorNamespaceSelector {
                match_names: Some(vec![ctx.release_namespace()]),
                ..Default::default()
            }),
            pod_metrics_endpoints: Some(vec![PodMonitorPodMetricsEndpoints {
                port: Some(METRICS_PORT.to_string()),
                path: def.metrics_path.map(str::to_string),
                interval: Some(interval(ctx, sm.interval_seconds)),
                scrape_timeout: Some(interval(ctx, sm.scrape_timeout_seconds)),
                ..Default::default()
            }]),
            ..Default::default()
        },
    )
}

/// The monitor of one registered component with metrics: a ServiceMonitor
/// if it has a Service, else a PodMonitor.
pub fn monitor(ctx: &Ctx, r: &Registered) -> Manifest {
    let def = r.def;
    if r.serves_http() {
        Manifest::new(format!("{}/servicemonitor.yaml", def.name), scraped(def), &service_monitor(ctx, def))
    } else {
        Manifest::new(format!("{}/podmonitor.yaml", def.name), scraped(def), &pod_monitor(ctx, def))
    }
}

/// The monitor of every component with metrics.
pub fn resources(ctx: &Ctx) -> Vec<Manifest> {
    with_metrics().map(|r| monitor(ctx, r)).collect()
}
