//! Monitoring, derived from the component registry: what each component
//! serves ([`crate::components::Def::metrics_path`], its ports and Service)
//! decides what is scraped, alerted on and drawn.
//!
//! - [`scrape`]: a ServiceMonitor per component with metrics and a Service
//!   (a PodMonitor without one), on the port its `prometheus.io/*` pod
//!   annotations name;
//! - [`alerts`]: one PrometheusRule: per-component service-level objectives
//!   (typed, [`values::Slo`]) as recording and alerting rules, platform
//!   alerts for every component, email delivery;
//! - [`dashboards`]: Grafana dashboards as ConfigMaps for the sidecar, an
//!   overview of the release and one per component, with the overview's
//!   layout drawn for the chart README;
//! - [`rules`]: the cross-field rules of `monitoring`, with their Helm twins;
//! - [`values`]: their values.
//!
//! Series are selected by the release namespace and the component's
//! container name (the component's name) or object names, so that a rule or
//! a panel cannot drift from what the chart deploys.

pub mod alerts;
pub mod dashboards;
pub mod rules;
pub mod scrape;
pub mod values;

use std::collections::BTreeMap;

use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;

use crate::common::labels;
use crate::components::Def;
use crate::context::Ctx;
use crate::manifest::Manifest;

/// The `app.kubernetes.io/component` label of the chart-wide monitoring
/// objects (the PrometheusRule, the overview dashboard).
pub const COMPONENT: &str = "monitoring";

/// Every monitoring object: the monitors, the rules, the dashboards.
pub fn resources(ctx: &Ctx) -> Vec<Manifest> {
    let mut out = scrape::resources(ctx);
    out.extend(alerts::resources(ctx));
    out.extend(dashboards::resources(ctx));
    out
}

/// Metadata of a monitoring object of `component` named
/// `<fullname>-<suffix>`: the chart's labels and `extra` labels from values
/// (the cross-field rule `monitoringKeysApart` keeps them apart from
/// `global.commonLabels`), `annotations` besides the common ones.
pub fn metadata(
    ctx: &Ctx,
    component: &str,
    suffix: &str,
    extra: &BTreeMap<String, String>,
    annotations: BTreeMap<String, String>,
) -> ObjectMeta {
    let mut metadata = labels::metadata_with(ctx, component, suffix, annotations);
    metadata.labels.get_or_insert_default().extend(extra.clone());
    metadata
}

/// The PromQL label matchers of a component's container series in the
/// release: `namespace="<ns>",container="<name>"`.
pub fn container_matchers(ctx: &Ctx, def: &Def) -> String {
    format!(r#"namespace="{}",container="{}""#, ctx.release_namespace(), def.name)
}
