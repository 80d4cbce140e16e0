//! Grafana dashboards, generated from the components: an overview of the
//! release and one per component, each a ConfigMap that Grafana's dashboard
//! sidecar loads (`monitoring.dashboards.labels`, default
//! `grafana_dashboard: "1"`).
//!
//! Every dashboard has a stable `uid` (`maily.dashboardUid`: a hash of the
//! release namespace, the release's full name and the dashboard, so two
//! releases never share one), a `datasource` variable that every panel and
//! query uses (no data source is named), and PromQL that selects the
//! release's series by namespace and container or object name. The panels
//! are laid out in rows on Grafana's 24-column grid; [`grid`] draws the
//! overview's for the chart README.
//!
//! Sources: Grafana dashboard JSON model (schemaVersion 39: `gridPos`,
//! `templating`, `datasource` variables, `$__rate_interval`); the
//! kube-prometheus-stack Grafana sidecar (label, folder annotation).

use std::collections::BTreeMap;

use k8s_openapi::api::core::v1::ConfigMap;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::container_matchers;
use super::scrape::with_metrics;
use crate::common::names;
use crate::components::{ALL, Def, Registered};
use crate::cond::Cond;
use crate::context::Ctx;
use crate::manifest::Manifest;

/// Grafana's grid width.
pub const GRID_COLUMNS: u32 = 24;
/// The Grafana variable that names the data source of every panel.
pub const DATASOURCE_VARIABLE: &str = "datasource";
/// What every panel's and query's `datasource` is.
pub const DATASOURCE_UID: &str = "${datasource}";

/// How a panel shows its queries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A time series graph.
    Timeseries,
    /// One big number.
    Stat,
    /// A table of the current series (instant queries).
    Table,
}

impl Kind {
    /// Grafana's panel `type`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Timeseries => "timeseries",
            Kind::Stat => "stat",
            Kind::Table => "table",
        }
    }
}

/// One query of a panel.
#[derive(Clone, Debug, PartialEq)]
pub struct Target {
    /// PromQL (may use Grafana's `$__rate_interval`).
    pub expr: String,
    /// The legend (`{{pod}}`).
    pub legend: String,
}

/// One panel.
#[derive(Clone, Debug, PartialEq)]
pub struct Panel {
    /// Its title.
    pub title: String,
    /// How it shows its queries.
    pub kind: Kind,
    /// Grafana's unit of the values (`reqps`, `percentunit`, `s`, `short`).
    pub unit: &'static str,
    /// Its queries.
    pub targets: Vec<Target>,
    /// Its width, in grid columns.
    pub width: u32,
}

/// A row of panels of one height; the widths add up to [`GRID_COLUMNS`].
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Height in grid units.
    pub height: u32,
    /// The panels, left to right.
    pub panels: Vec<Panel>,
}

/// A dashboard: its name (the ConfigMap key is `maily-<name>.json`, the
/// uid's seed), title and rows.
#[derive(Clone, Debug, PartialEq)]
pub struct Dashboard {
    /// `overview`, or the component's name.
    pub name: String,
    /// What the title says after `Maily / <namespace> / `.
    pub title: String,
    /// Its rows, top to bottom.
    pub rows: Vec<Row>,
}

fn target(expr: String, legend: &str) -> Target {
    Target { expr, legend: legend.to_string() }
}

fn panel(title: impl Into<String>, kind: Kind, unit: &'static str, width: u32, targets: Vec<Target>) -> Panel {
    Panel { title: title.into(), kind, unit, targets, width }
}

/// `n` panels side by side over the 24 columns (the last one takes what is
/// left).
fn widths(n: usize) -> Vec<u32> {
    let n = n.max(1) as u32;
    let each = GRID_COLUMNS / n;
    (0..n).map(|i| if i + 1 == n { GRID_COLUMNS - each * (n - 1) } else { each }).collect()
}

fn row(height: u32, panels: Vec<(String, Kind, &'static str, Vec<Target>)>) -> Row {
    let widths = widths(panels.len());
    Row {
        height,
        panels: panels
            .into_iter()
            .zip(widths)
            .map(|((title, kind, unit, targets), width)| panel(title, kind, unit, width, targets))
            .collect(),
    }
}

/// `sum by (<by>) (rate(<metric>{<matchers>}[$__rate_interval]))`.
fn rate(by: &str, metric: &str, matchers: &str) -> String {
    format!("sum by ({by}) (rate({metric}{{{matchers}}}[$__rate_interval]))")
}

/// The 5xx share of requests, 0 (not no data) while nothing failed.
fn error_ratio(by: &str, matchers: &str) -> String {
    let all = rate(by, "http_requests_total", matchers);
    format!("({} or {all} * 0) / {all}", rate(by, "http_requests_total", &format!(r#"{matchers},code=~"5..""#)))
}

/// `quantile` of the request duration.
fn latency(quantile: &str, by: &str, matchers: &str) -> String {
    format!(
        "histogram_quantile({quantile}, {})",
        rate(&format!("{by}, le"), "http_request_duration_seconds_bucket", matchers)
    )
}

/// A container resource's use over its limit, per `by`.
fn use_over_limit(resource: &str, by: &str, matchers: &str) -> String {
    let used = match resource {
        "cpu" => rate(by, "container_cpu_usage_seconds_total", matchers),
        _ => format!("sum by ({by}) (container_memory_working_set_bytes{{{matchers}}})"),
    };
    format!(r#"{used} / sum by ({by}) (kube_pod_container_resource_limits{{{matchers},resource="{resource}"}})"#)
}

/// The replica counts of Deployments and the bounds of their HPAs.
fn replica_targets(deployments: &str, hpas: &str, legend_prefix: &str) -> Vec<Target> {
    let legend = |what: &str| format!("{legend_prefix}{what}");
    vec![
        target(format!("kube_deployment_status_replicas_available{{{deployments}}}"), &legend("available")),
        target(format!("kube_deployment_spec_replicas{{{deployments}}}"), &legend("desired")),
        target(format!("kube_horizontalpodautoscaler_spec_min_replicas{{{hpas}}}"), &legend("HPA min")),
        target(format!("kube_horizontalpodautoscaler_spec_max_replicas{{{hpas}}}"), &legend("HPA max")),
    ]
}

/// The dashboard of one component: requests, errors and latency quantiles
/// (with metrics), saturation, replicas against the HPA bounds, restarts.
pub fn component(ctx: &Ctx, def: &Def) -> Dashboard {
    let c = container_matchers(ctx, def);
    let ns = ctx.release_namespace();
    let object = names::component_name(ctx, def.name);
    let mut rows = Vec::new();
    if def.metrics_path.is_some() {
        rows.push(row(
            8,
            vec![
                (
                    "Requests per second by status code".to_string(),
                    Kind::Timeseries,
                    "reqps",
                    vec![target(rate("code", "http_requests_total", &c), "{{code}}")],
                ),
                (
                    "Error ratio (5xx)".to_string(),
                    Kind::Timeseries,
                    "percentunit",
                    vec![target(error_ratio("namespace", &c), "5xx")],
                ),
                (
                    "Request duration quantiles".to_string(),
                    Kind::Timeseries,
                    "s",
                    ["0.5", "0.95", "0.99"]
                        .iter()
                        .zip(["p50", "p95", "p99"])
                        .map(|(q, legend)| target(latency(q, "namespace", &c), legend))
                        .collect(),
                ),
            ],
        ));
    }
    rows.push(row(
        8,
        vec![
            (
                "CPU use of the limit, per pod".to_string(),
                Kind::Timeseries,
                "percentunit",
                vec![target(use_over_limit("cpu", "pod", &c), "{{pod}}")],
            ),
            (
                "Memory working set of the limit, per pod".to_string(),
                Kind::Timeseries,
                "percentunit",
                vec![target(use_over_limit("memory", "pod", &c), "{{pod}}")],
            ),
        ],
    ));
    rows.push(row(
        8,
        vec![
            (
                "Replicas and HPA bounds".to_string(),
                Kind::Timeseries,
                "short",
                replica_targets(
                    &format!(r#"namespace="{ns}",deployment="{object}""#),
                    &format!(r#"namespace="{ns}",horizontalpodautoscaler="{object}""#),
                    "",
                ),
            ),
            (
                "Container restarts over 1 hour, per pod".to_string(),
                Kind::Timeseries,
                "short",
                vec![target(
                    format!("sum by (pod) (increase(kube_pod_container_status_restarts_total{{{c}}}[1h]))"),
                    "{{pod}}",
                )],
            ),
        ],
    ));
    Dashboard { name: def.name.to_string(), title: def.name.to_string(), rows }
}

/// `a|b|c`: a PromQL regular expression matching any of `names`.
fn any_of(names: &[String]) -> String {
    names.join("|")
}

/// The overview of the release: available replicas of every component;
/// requests, errors and p95 latency of the components with metrics;
/// saturation and restarts per component; replicas against the HPA bounds;
/// the firing alerts of the namespace.
pub fn overview(ctx: &Ctx) -> Dashboard {
    let ns = ctx.release_namespace();
    let objects: Vec<String> = ALL.iter().map(|r| names::component_name(ctx, r.def.name)).collect();
    let containers: Vec<String> = ALL.iter().map(|r| r.def.name.to_string()).collect();
    let all = format!(r#"namespace="{ns}",container=~"{}""#, any_of(&containers));
    // Three stats a row at most, so that every title (the longest component
    // name and its colon) fits its cell in the README grid.
    let mut stats: Vec<(String, Kind, &'static str, Vec<Target>)> = ALL
        .iter()
        .zip(&objects)
        .map(|(r, object)| {
            (
                format!("{}: available replicas", r.def.name),
                Kind::Stat,
                "short",
                vec![target(
                    format!(r#"kube_deployment_status_replicas_available{{namespace="{ns}",deployment="{object}"}}"#),
                    "available",
                )],
            )
        })
        .collect();
    let mut rows = Vec::new();
    while !stats.is_empty() {
        let rest = stats.split_off(stats.len().min(3));
        rows.push(row(4, std::mem::replace(&mut stats, rest)));
    }
    let with_metrics: Vec<String> = with_metrics().map(|r| r.def.name.to_string()).collect();
    if !with_metrics.is_empty() {
        let m = format!(r#"namespace="{ns}",container=~"{}""#, any_of(&with_metrics));
        rows.push(row(
            8,
            vec![
                (
                    "Requests per second".to_string(),
                    Kind::Timeseries,
                    "reqps",
                    vec![target(rate("container", "http_requests_total", &m), "{{container}}")],
                ),
                (
                    "Error ratio (5xx)".to_string(),
                    Kind::Timeseries,
                    "percentunit",
                    vec![target(error_ratio("container", &m), "{{container}}")],
                ),
                (
                    "p95 request duration".to_string(),
                    Kind::Timeseries,
                    "s",
                    vec![target(latency("0.95", "container", &m), "{{container}}")],
                ),
            ],
        ));
    }
    let busiest = |resource: &str| format!("max by (container) ({})", use_over_limit(resource, "pod, container", &all));
    rows.push(row(
        8,
        vec![
            (
                "CPU use of the limit (busiest pod)".to_string(),
                Kind::Timeseries,
                "percentunit",
                vec![target(busiest("cpu"), "{{container}}")],
            ),
            (
                "Memory working set of the limit (busiest pod)".to_string(),
                Kind::Timeseries,
                "percentunit",
                vec![target(busiest("memory"), "{{container}}")],
            ),
            (
                "Container restarts over 1 hour".to_string(),
                Kind::Timeseries,
                "short",
                vec![target(
                    format!("sum by (container) (increase(kube_pod_container_status_restarts_total{{{all}}}[1h]))"),
                    "{{container}}",
                )],
            ),
        ],
    ));
    let objects = any_of(&objects);
    rows.push(row(
        8,
        vec![(
            "Replicas and HPA bounds".to_string(),
            Kind::Timeseries,
            "short",
            replica_targets(
                &format!(r#"namespace="{ns}",deployment=~"{objects}""#),
                &format!(r#"namespace="{ns}",horizontalpodautoscaler=~"{objects}""#),
                "",
            )
            .into_iter()
            .zip([
                "{{deployment}} available",
                "{{deployment}} desired",
                "{{horizontalpodautoscaler}} HPA min",
                "{{horizontalpodautoscaler}} HPA max",
            ])
            .map(|(t, legend)| target(t.expr, legend))
            .collect(),
        )],
    ));
    rows.push(row(
        8,
        vec![(
            "Firing alerts".to_string(),
            Kind::Table,
            "short",
            vec![target(format!(r#"ALERTS{{namespace="{ns}",alertstate="firing"}}"#), "{{alertname}}")],
        )],
    ));
    Dashboard { name: "overview".to_string(), title: "overview".to_string(), rows }
}

fn datasource() -> Value {
    json!({"type": "prometheus", "uid": DATASOURCE_UID})
}

fn panel_json(id: usize, p: &Panel, x: u32, y: u32, height: u32) -> Value {
    let targets: Vec<Value> = p
        .targets
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let mut target = json!({
                "refId": char::from(b'A' + i as u8).to_string(),
                "datasource": datasource(),
                "expr": t.expr,
                "legendFormat": t.legend,
            });
            if p.kind == Kind::Table {
                target["instant"] = json!(true);
                target["format"] = json!("table");
            }
            target
        })
        .collect();
    let mut panel = json!({
        "id": id,
        "type": p.kind.as_str(),
        "title": p.title,
        "gridPos": {"x": x, "y": y, "w": p.width, "h": height},
        "datasource": datasource(),
        "fieldConfig": {"defaults": {"unit": p.unit}, "overrides": []},
        "targets": targets,
    });
    if p.kind == Kind::Stat {
        panel["options"] = json!({
            "reduceOptions": {"calcs": ["lastNotNull"], "fields": "", "values": false},
            "colorMode": "value",
            "graphMode": "area",
        });
    }
    panel
}

/// The dashboard's JSON model.
pub fn model(ctx: &Ctx, dashboard: &Dashboard) -> Value {
    let mut panels = Vec::new();
    let mut y = 0;
    for row in &dashboard.rows {
        let mut x = 0;
        for p in &row.panels {
            panels.push(panel_json(panels.len() + 1, p, x, y, row.height));
            x += p.width;
        }
        y += row.height;
    }
    json!({
        "uid": uid(ctx, &dashboard.name),
        "title": format!("Maily / {} / {}", ctx.release_namespace(), dashboard.title),
        "tags": ["maily"],
        "editable": true,
        "graphTooltip": 1,
        "schemaVersion": 39,
        "time": {"from": "now-6h", "to": "now"},
        "refresh": "1m",
        "timezone": "browser",
        "annotations": {"list": []},
        "links": [],
        "templating": {"list": [{
            "name": DATASOURCE_VARIABLE,
            "label": "Data source",
            "type": "datasource",
            "query": "prometheus",
            "current": {},
            "hide": 0,
            "includeAll": false,
            "multi": false,
            "options": [],
            "refresh": 1,
            "regex": "",
        }]},
        "panels": panels,
    })
}

/// `maily.dashboardUid`: `maily-` and 16 hex digits of the SHA-256 of
/// `<namespace>/<fullname>/<dashboard>`, stable for a release, different
/// between releases (Grafana's uids are at most 40 characters).
pub fn uid_of(namespace: &str, fullname: &str, dashboard: &str) -> String {
    let digest = Sha256::digest(format!("{namespace}/{fullname}/{dashboard}").as_bytes());
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("maily-{}", &hex[..16])
}

/// The dashboard's uid (see [`uid_of`]).
pub fn uid(ctx: &Ctx, dashboard: &str) -> String {
    ctx.computed(&format!(r#"include "maily.dashboardUid" (list $ "{dashboard}")"#), |r, v| {
        uid_of(&r.namespace, &names::fullname_of(r, v), dashboard)
    })
}

/// The named template of [`uid`].
pub const HELPERS_TPL: &str = r#"
{{/*
maily.dashboardUid: a Grafana dashboard's uid, "maily-" and the first 16 hex
digits of the SHA-256 of "<namespace>/<fullname>/<dashboard>".
Usage: {{ include "maily.dashboardUid" (list $ "overview") }}
*/}}
{{- define "maily.dashboardUid" -}}
{{- $root := index . 0 }}
{{- printf "%s/%s/%s" $root.Release.Namespace (include "maily.fullname" $root) (index . 1) | sha256sum | trunc 16 | printf "maily-%s" }}
{{- end }}
"#;

/// The ConfigMap key (the file the sidecar writes) of a dashboard.
pub fn file_name(dashboard: &str) -> String {
    format!("maily-{dashboard}.json")
}

/// The ConfigMap holding one dashboard as JSON.
pub fn config_map(ctx: &Ctx, component: &str, suffix: &str, dashboard: &Dashboard) -> ConfigMap {
    let d = &ctx.values().monitoring.dashboards;
    let text = serde_json::to_string(&model(ctx, dashboard)).expect("a dashboard serializes");
    ConfigMap {
        metadata: super::metadata(ctx, component, suffix, &d.labels, d.annotations.clone()),
        data: Some(BTreeMap::from([(file_name(&dashboard.name), text)])),
        ..Default::default()
    }
}

/// The overview's ConfigMap and each deployed component's, while
/// `monitoring.dashboards.enabled`.
pub fn resources(ctx: &Ctx) -> Vec<Manifest> {
    let on = Cond::flag("monitoring.dashboards.enabled");
    let mut out = vec![Manifest::new(
        "monitoring/overview-dashboard.yaml",
        on.clone(),
        &config_map(ctx, super::COMPONENT, "overview-dashboard", &overview(ctx)),
    )];
    for r in ALL {
        out.push(component_manifest(ctx, r, &on));
    }
    out
}

fn component_manifest(ctx: &Ctx, r: &Registered, on: &Cond) -> Manifest {
    let def = r.def;
    Manifest::new(
        format!("{}/dashboard.yaml", def.name),
        Cond::All(vec![crate::workload::enabled(def), on.clone()]),
        &config_map(ctx, def.name, &format!("{}-dashboard", def.name), &component(ctx, def)),
    )
}

/// Words of `text` in lines of at most `width` characters (a longer word
/// is cut).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split(' ') {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.chars().take(width).collect()),
        }
    }
    lines
}

/// A dashboard's layout as text: one box per panel (its title, then its
/// kind and unit), three characters per grid column, rows top to bottom
/// (the chart README draws the overview).
pub fn grid(dashboard: &Dashboard) -> String {
    const SCALE: usize = 3;
    let border = |row: &Row| {
        let mut line = String::from("+");
        for p in &row.panels {
            line += &"-".repeat(p.width as usize * SCALE - 1);
            line.push('+');
        }
        line
    };
    let mut lines: Vec<String> = Vec::new();
    for row in &dashboard.rows {
        // The border between two rows has the corners of both.
        let top = border(row);
        match lines.last_mut() {
            Some(above) => {
                *above =
                    above.chars().zip(top.chars()).map(|(a, b)| if a == '+' || b == '+' { '+' } else { '-' }).collect();
            }
            None => lines.push(top.clone()),
        }
        let cells: Vec<Vec<String>> = row
            .panels
            .iter()
            .map(|p| {
                let width = p.width as usize * SCALE - 2;
                let mut cell = wrap(&p.title, width);
                cell.extend(wrap(&format!("({}, {})", p.kind.as_str(), p.unit), width));
                cell
            })
            .collect();
        let height = cells.iter().map(Vec::len).max().unwrap_or(0).max(row.height as usize / 2);
        for l in 0..height {
            let mut text = String::from("|");
            for (p, cell) in row.panels.iter().zip(&cells) {
                let width = p.width as usize * SCALE - 2;
                text += &format!(" {:<width$}|", cell.get(l).map_or("", String::as_str));
            }
            lines.push(text);
        }
        lines.push(top);
    }
    lines.iter().map(|l| format!("{l}\n")).collect()
}
