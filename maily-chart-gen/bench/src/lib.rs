//! A benchmark-only chart on the maily-chart engine: N copies of one HTTP
//! component, to measure how the cost of `gen` and of `helm template` grows
//! with the size of a chart (`scripts/bench --only scaling`).
//!
//! Nothing of the Maily chart depends on this crate. It uses the engine the
//! way `maily-chart` does (the same [`Ctx`], the same two renders, the same
//! template printer), with its own values type, [`Scale`]: one key per copy
//! (`c0001`, `c0002`, ...), each a [`Copy`] with the fields a component's
//! values typically have (an image, replicas, a port, an environment map,
//! resources, an autoscaling section). Each copy renders a Deployment, a
//! Service, a ServiceAccount and, while autoscaled, a HorizontalPodAutoscaler
//! (four objects with the defaults), each under `{{- if .Values.cNNNN.enabled }}`.
//!
//! `tests/scale_chart.rs` holds the synthetic chart to the same standard as
//! the real one: `helm template` (Helm 3 and 4) prints exactly the objects of
//! the concrete render.

use std::cell::Cell;
use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::Path;

use k8s_openapi::api::apps::v1::{Deployment, DeploymentSpec};
use k8s_openapi::api::autoscaling::v2::{
    CrossVersionObjectReference, HorizontalPodAutoscaler, HorizontalPodAutoscalerSpec, MetricSpec, MetricTarget,
    ResourceMetricSource,
};
use k8s_openapi::api::core::v1::{
    Container, ContainerPort, EnvVar, HTTPGetAction, PodSpec, PodTemplateSpec, Probe as K8sProbe, ResourceRequirements,
    Service, ServiceAccount, ServicePort, ServiceSpec,
};
use k8s_openapi::apimachinery::pkg::api::resource::Quantity;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::{LabelSelector, ObjectMeta};
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;
use maily_chart_derive::Probe;
use maily_chart_engine::cond::Cond;
use maily_chart_engine::render;
use maily_chart_engine::symbolic::{Probe, Registry, ValuesPath};
use maily_chart_engine::{Ctx, Manifest, Release};
use serde::Serialize;
use serde::ser::SerializeMap;

/// The chart directory that [`write_chart`] writes below its output directory.
pub const CHART_DIR: &str = "scale";

/// The container image of a copy.
#[derive(Clone, Debug, PartialEq, Serialize, Probe)]
#[serde(rename_all = "camelCase")]
pub struct Image {
    /// Repository (`registry.example/app`).
    pub repository: String,
    /// Tag.
    pub tag: String,
}

/// CPU and memory of a copy's container (requests and limits alike).
#[derive(Clone, Debug, PartialEq, Serialize, Probe)]
#[serde(rename_all = "camelCase")]
pub struct Resources {
    /// CPU (`100m`).
    pub cpu: String,
    /// Memory (`128Mi`).
    pub memory: String,
}

/// The HorizontalPodAutoscaler of a copy.
#[derive(Clone, Debug, PartialEq, Serialize, Probe)]
#[serde(rename_all = "camelCase")]
pub struct Autoscaling {
    /// Whether the HPA exists (then the Deployment has no `replicas`).
    pub enabled: bool,
    /// Lower bound.
    pub min_replicas: i32,
    /// Upper bound.
    pub max_replicas: i32,
    /// Target average CPU utilization, percent.
    pub target_cpu: i32,
}

/// The values of one copy of the component.
#[derive(Clone, Debug, PartialEq, Serialize, Probe)]
#[serde(rename_all = "camelCase")]
pub struct Copy {
    /// Whether the copy is deployed.
    pub enabled: bool,
    /// Replicas while not autoscaled.
    pub replica_count: i32,
    /// The image.
    pub image: Image,
    /// The HTTP port.
    pub port: i32,
    /// The readiness probe's path.
    pub health_path: String,
    /// Environment variables.
    pub env: BTreeMap<String, String>,
    /// Requests and limits.
    pub resources: Resources,
    /// The HPA.
    pub autoscaling: Autoscaling,
}

impl Copy {
    /// The defaults of every copy.
    pub fn defaults() -> Self {
        Copy {
            enabled: true,
            replica_count: 2,
            image: Image { repository: "registry.example/app".into(), tag: "1.0.0".into() },
            port: 8080,
            health_path: "/health".into(),
            env: BTreeMap::from([("LOG_LEVEL".into(), "info".into()), ("MODE".into(), "serve".into())]),
            resources: Resources { cpu: "100m".into(), memory: "128Mi".into() },
            autoscaling: Autoscaling { enabled: true, min_replicas: 2, max_replicas: 5, target_cpu: 70 },
        }
    }
}

/// The values of the synthetic chart: one key per copy, in order.
#[derive(Clone, Debug, PartialEq)]
pub struct Scale {
    /// `(key, values)` of each copy; the key is also the component name.
    pub copies: Vec<(String, Copy)>,
}

impl Scale {
    /// `n` copies with the defaults, keyed `c0001`, `c0002`, ...
    pub fn new(n: usize) -> Self {
        Scale { copies: (1..=n).map(|i| (key(i), Copy::defaults())).collect() }
    }
}

/// The values key (and component name) of copy `i` (1-based).
pub fn key(i: usize) -> String {
    format!("c{i:04}")
}

impl Serialize for Scale {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.copies.len()))?;
        for (key, copy) in &self.copies {
            map.serialize_entry(key, copy)?;
        }
        map.end()
    }
}

thread_local! {
    /// How many copies the probe of [`Scale`] has: `Probe::probe` builds a
    /// value from its type alone, so [`templates`] says it here first.
    static PROBE_COPIES: Cell<usize> = const { Cell::new(0) };
}

impl Probe for Scale {
    fn probe(path: &ValuesPath, registry: &mut Registry) -> Self {
        let n = PROBE_COPIES.with(Cell::get);
        Scale {
            copies: (1..=n)
                .map(|i| {
                    let key = key(i);
                    let copy = Copy::probe(&path.child(&key), registry);
                    (key, copy)
                })
                .collect(),
        }
    }
}

fn labels(ctx: &Ctx<Scale>, component: &str) -> BTreeMap<String, String> {
    BTreeMap::from([
        ("app.kubernetes.io/name".to_string(), CHART_DIR.to_string()),
        ("app.kubernetes.io/instance".to_string(), ctx.release_name()),
        ("app.kubernetes.io/component".to_string(), component.to_string()),
    ])
}

fn metadata(ctx: &Ctx<Scale>, component: &str) -> ObjectMeta {
    ObjectMeta {
        name: Some(format!("{}-{component}", ctx.release_name())),
        namespace: Some(ctx.release_namespace()),
        labels: Some(labels(ctx, component)),
        ..Default::default()
    }
}

/// The objects of one copy, in template order.
fn copy_resources(ctx: &Ctx<Scale>, key: &str, copy: &Copy) -> Vec<Manifest> {
    let enabled = Cond::flag(format!("{key}.enabled"));
    let autoscaled = Cond::flag(format!("{key}.autoscaling.enabled"));
    let quantities = |r: &Resources| {
        BTreeMap::from([
            ("cpu".to_string(), Quantity(r.cpu.clone())),
            ("memory".to_string(), Quantity(r.memory.clone())),
        ])
    };
    let env: Vec<EnvVar> = copy
        .env
        .iter()
        .map(|(name, value)| EnvVar { name: name.clone(), value: Some(value.clone()), value_from: None })
        .collect();
    let container = Container {
        name: key.to_string(),
        image: Some(format!("{}:{}", copy.image.repository, copy.image.tag)),
        ports: Some(vec![ContainerPort {
            name: Some("http".into()),
            container_port: copy.port,
            protocol: Some("TCP".into()),
            ..Default::default()
        }]),
        env: (!env.is_empty()).then_some(env),
        resources: Some(ResourceRequirements {
            requests: Some(quantities(&copy.resources)),
            limits: Some(quantities(&copy.resources)),
            ..Default::default()
        }),
        readiness_probe: Some(K8sProbe {
            http_get: Some(HTTPGetAction {
                path: Some(copy.health_path.clone()),
                port: IntOrString::String("http".into()),
                ..Default::default()
            }),
            ..Default::default()
        }),
        ..Default::default()
    };
    let deployment = Deployment {
        metadata: metadata(ctx, key),
        spec: Some(DeploymentSpec {
            replicas: ctx.when(!autoscaled.clone(), copy.replica_count),
            selector: LabelSelector { match_labels: Some(labels(ctx, key)), ..Default::default() },
            template: PodTemplateSpec {
                metadata: Some(ObjectMeta { labels: Some(labels(ctx, key)), ..Default::default() }),
                spec: Some(PodSpec {
                    service_account_name: Some(format!("{}-{key}", ctx.release_name())),
                    containers: vec![container],
                    ..Default::default()
                }),
            },
            ..Default::default()
        }),
        ..Default::default()
    };
    let service = Service {
        metadata: metadata(ctx, key),
        spec: Some(ServiceSpec {
            selector: Some(labels(ctx, key)),
            ports: Some(vec![ServicePort {
                name: Some("http".into()),
                port: copy.port,
                target_port: Some(IntOrString::String("http".into())),
                protocol: Some("TCP".into()),
                ..Default::default()
            }]),
            ..Default::default()
        }),
        ..Default::default()
    };
    let service_account = ServiceAccount {
        metadata: metadata(ctx, key),
        automount_service_account_token: Some(false),
        ..Default::default()
    };
    let hpa = HorizontalPodAutoscaler {
        metadata: metadata(ctx, key),
        spec: Some(HorizontalPodAutoscalerSpec {
            scale_target_ref: CrossVersionObjectReference {
                api_version: Some("apps/v1".into()),
                kind: "Deployment".into(),
                name: format!("{}-{key}", ctx.release_name()),
            },
            min_replicas: Some(copy.autoscaling.min_replicas),
            max_replicas: copy.autoscaling.max_replicas,
            metrics: Some(vec![MetricSpec {
                type_: "Resource".into(),
                resource: Some(ResourceMetricSource {
                    name: "cpu".into(),
                    target: MetricTarget {
                        type_: "Utilization".into(),
                        average_utilization: Some(copy.autoscaling.target_cpu),
                        ..Default::default()
                    },
                }),
                ..Default::default()
            }]),
            ..Default::default()
        }),
        ..Default::default()
    };
    vec![
        Manifest::new(format!("{key}/deployment.yaml"), enabled.clone(), &deployment),
        Manifest::new(format!("{key}/service.yaml"), enabled.clone(), &service),
        Manifest::new(format!("{key}/serviceaccount.yaml"), enabled.clone(), &service_account),
        Manifest::new(format!("{key}/hpa.yaml"), Cond::All(vec![enabled, autoscaled]), &hpa),
    ]
}

/// Every object of the chart, in template order: each copy's, in key order.
pub fn resources(ctx: &Ctx<Scale>) -> Vec<Manifest> {
    ctx.values().copies.iter().flat_map(|(key, copy)| copy_resources(ctx, key, copy)).collect()
}

/// Every template file of the chart with `copies` copies: path below
/// `templates/` to its text (the symbolic render, as `gen` does it).
///
/// # Errors
/// What the printer cannot express.
pub fn templates(copies: usize) -> Result<BTreeMap<String, String>, Vec<String>> {
    PROBE_COPIES.with(|n| n.set(copies));
    render::templates::<Scale>(resources, "")
}

/// The objects that `values` render to for `release` (the concrete render,
/// as `gen render` and the equivalence tests do it).
///
/// # Errors
/// The builder errors met.
pub fn render(values: &Scale, release: &Release) -> Result<Vec<Manifest>, Vec<String>> {
    render::concrete(values, release, resources)
}

/// Every file of the chart with `copies` copies, by path below the chart
/// directory: `Chart.yaml`, `values.yaml` (JSON, which YAML reads as is) and
/// the templates.
///
/// # Errors
/// What the printer cannot express.
pub fn chart_files(copies: usize) -> Result<BTreeMap<String, String>, Vec<String>> {
    let mut files: BTreeMap<String, String> =
        templates(copies)?.into_iter().map(|(path, text)| (format!("templates/{path}"), text)).collect();
    files.insert(
        "Chart.yaml".into(),
        format!(
            "apiVersion: v2\nname: {CHART_DIR}\ndescription: Benchmark-only chart, {copies} copies of one component (maily-chart-bench)\nversion: 0.1.0\n"
        ),
    );
    let values = serde_json::to_string_pretty(&Scale::new(copies)).expect("values serialize");
    files.insert("values.yaml".into(), values + "\n");
    Ok(files)
}

/// What [`write_chart`] wrote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Written {
    /// Copies of the component.
    pub copies: usize,
    /// Template files (one object each).
    pub templates: usize,
    /// Files written, templates included.
    pub files: usize,
    /// Bytes written.
    pub bytes: usize,
}

/// Writes the chart with `copies` copies to `<out>/scale` (replacing it).
///
/// # Errors
/// An I/O error, or what the printer cannot express (as an I/O error).
pub fn write_chart(out: &Path, copies: usize) -> io::Result<Written> {
    let files = chart_files(copies).map_err(|e| io::Error::other(e.join("\n")))?;
    let dir = out.join(CHART_DIR);
    if dir.exists() {
        fs::remove_dir_all(&dir)?;
    }
    let mut bytes = 0;
    for (path, text) in &files {
        let path = dir.join(path);
        fs::create_dir_all(path.parent().expect("below the chart directory"))?;
        fs::write(&path, text)?;
        bytes += text.len();
    }
    let templates = files.keys().filter(|p| p.starts_with("templates/")).count();
    Ok(Written { copies, templates, files: files.len(), bytes })
}
