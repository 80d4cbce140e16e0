//! What the HTTP components (api, web, aiService) share: the `http` port and
//! its extra ports, HTTP probes, the Service, and the `helm test` pod that
//! calls the health endpoint through the Service.

use k8s_openapi::api::core::v1::{Container, ContainerPort, Pod, PodSpec, ServicePort};
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;
use std::collections::BTreeMap;

use crate::common::{images, labels, names, non_empty, non_empty_map, probes, security};
use crate::components::Def;
use crate::context::Ctx;
use crate::manifest::Manifest;
use crate::values::HttpWorkload;
use crate::workload::{self, Spec};

/// The Prometheus scrape annotations of a pod (the `prometheus.io/*`
/// convention that Prometheus' Kubernetes service discovery examples use).
pub const PROMETHEUS_ANNOTATIONS: [&str; 3] = ["prometheus.io/scrape", "prometheus.io/port", "prometheus.io/path"];

/// An HTTP component's fixed facts.
pub struct Http<'a> {
    /// The component's registry entry.
    pub def: &'static Def,
    /// Path that answers 200 when the component is healthy.
    pub health_path: &'static str,
    /// The component's values.
    pub values: &'a HttpWorkload,
}

impl<'a> Http<'a> {
    /// The container's ports: `http`, then `extraPorts`.
    pub fn container_ports(&self) -> Vec<ContainerPort> {
        let http = ContainerPort {
            name: Some(probes::HTTP_PORT.to_string()),
            container_port: self.values.container_port,
            protocol: Some("TCP".to_string()),
            ..Default::default()
        };
        let extra = self.values.extra_ports.iter().map(|p| ContainerPort {
            name: Some(p.name.clone()),
            container_port: p.container_port,
            protocol: Some("TCP".to_string()),
            ..Default::default()
        });
        std::iter::once(http).chain(extra).collect()
    }

    /// The Service's ports, each targeting a container port by name.
    pub fn service_ports(&self) -> Vec<ServicePort> {
        let http = ServicePort {
            name: Some(probes::HTTP_PORT.to_string()),
            port: self.values.service.port,
            target_port: Some(IntOrString::String(probes::HTTP_PORT.to_string())),
            protocol: Some("TCP".to_string()),
            ..Default::default()
        };
        let extra = self.values.extra_ports.iter().map(|p| ServicePort {
            name: Some(p.name.clone()),
            port: p.service_port,
            target_port: Some(IntOrString::String(p.name.clone())),
            protocol: Some("TCP".to_string()),
            ..Default::default()
        });
        std::iter::once(http).chain(extra).collect()
    }

    /// The workload spec: ports, HTTP liveness/readiness probes, and the
    /// Prometheus annotations when the component has metrics (their port is
    /// `containerPort`, so it cannot drift from what the pod serves).
    pub fn spec(&self, ctx: &Ctx) -> Spec<'a> {
        let w = &self.values.workload;
        let annotations = match self.def.metrics_path {
            Some(path) => BTreeMap::from([
                (PROMETHEUS_ANNOTATIONS[0].to_string(), "true".to_string()),
                (PROMETHEUS_ANNOTATIONS[1].to_string(), ctx.int_string(self.values.container_port)),
                (PROMETHEUS_ANNOTATIONS[2].to_string(), path.to_string()),
            ]),
            None => BTreeMap::new(),
        };
        Spec {
            def: self.def,
            workload: w,
            container: Container {
                ports: Some(self.container_ports()),
                liveness_probe: Some(probes::http_get(self.health_path, &w.liveness_probe)),
                readiness_probe: Some(probes::http_get(self.health_path, &w.readiness_probe)),
                ..Default::default()
            },
            volumes: Vec::new(),
            annotations,
            env: Vec::new(),
        }
    }

    /// `spec` with its readiness probe at `path` (liveness stays at the
    /// health path): for a service whose readiness endpoint checks its
    /// dependencies.
    #[must_use]
    pub fn ready_at<'s>(&self, mut spec: Spec<'s>, path: &str) -> Spec<'s> {
        spec.container.readiness_probe = Some(probes::http_get(path, &self.values.workload.readiness_probe));
        spec
    }

    /// The `helm test` pod: fetches the health path through the Service.
    pub fn connection_test(&self, ctx: &Ctx) -> Pod {
        let tests = &ctx.values().tests;
        let url = format!(
            "http://{}:{}{}",
            names::component_name(ctx, self.def.name),
            ctx.int_string(self.values.service.port),
            self.health_path
        );
        // Its own component label: with the component's selector labels the
        // ReplicaSet would adopt the pod and the Service would route to it.
        let test = format!("{}-test", self.def.name);
        let metadata = labels::metadata_with(
            ctx,
            &test,
            &test,
            BTreeMap::from([
                ("helm.sh/hook".to_string(), "test".to_string()),
                ("helm.sh/hook-delete-policy".to_string(), "before-hook-creation,hook-succeeded".to_string()),
            ])
            .into_iter()
            .chain(crate::common::checkov::annotations(ctx, crate::common::checkov::Target::TestPod, "tests"))
            .collect(),
        );
        let w = &self.values.workload;
        let mut metadata = metadata;
        metadata.labels.get_or_insert_default().extend(crate::network::mesh::inject_label(ctx));
        Pod {
            metadata,
            spec: Some(PodSpec {
                restart_policy: Some("Never".to_string()),
                // Scheduled and pulled like the component it tests.
                image_pull_secrets: images::pull_secrets(ctx),
                node_selector: non_empty_map(w.node_selector.clone()),
                tolerations: non_empty(w.tolerations.0.clone()),
                automount_service_account_token: Some(false),
                security_context: Some(security::pod_security_context(&self.values.workload.pod_security_context)),
                containers: vec![Container {
                    name: "wget".to_string(),
                    image: Some(images::reference(ctx, &tests.image)),
                    image_pull_policy: Some(tests.image.pull_policy.clone()),
                    command: Some(vec!["wget".to_string(), "-q".to_string(), "-O".to_string(), "-".to_string(), url]),
                    resources: Some(test_resources()),
                    security_context: Some(security::container_security_context()),
                    ..Default::default()
                }],
                ..Default::default()
            }),
            ..Default::default()
        }
    }

    /// Every manifest of the component (`extra` are component-specific ones).
    pub fn resources(&self, ctx: &Ctx, spec: Spec, extra: Vec<Manifest>) -> Vec<Manifest> {
        let dir = self.def.name;
        let deployment = workload::deployment(ctx, &spec);
        let service = workload::service(ctx, &spec, &deployment, &self.values.service, self.service_ports());
        let mut all = vec![
            Manifest::new(format!("{dir}/deployment.yaml"), spec.enabled(), &deployment),
            Manifest::new(format!("{dir}/service.yaml"), spec.enabled(), &service),
            Manifest::new(
                format!("{dir}/serviceaccount.yaml"),
                spec.service_account_created(),
                &workload::service_account(ctx, &spec),
            ),
            Manifest::new(
                format!("{dir}/hpa.yaml"),
                spec.autoscaled(),
                &workload::horizontal_pod_autoscaler(ctx, &spec),
            ),
            Manifest::new(
                format!("{dir}/pdb.yaml"),
                spec.disruption_budgeted(),
                &workload::pod_disruption_budget(ctx, &spec),
            ),
            Manifest::new(format!("tests/{dir}-connection.yaml"), spec.enabled(), &self.connection_test(ctx)),
        ];
        all.extend(extra);
        all
    }
}

/// Requests and limits of the short-lived test pods.
fn test_resources() -> k8s_openapi::api::core::v1::ResourceRequirements {
    use k8s_openapi::apimachinery::pkg::api::resource::Quantity;
    let list: BTreeMap<String, Quantity> = crate::guards::TEST_POD_RESOURCES
        .iter()
        .map(|(resource, quantity)| ((*resource).to_string(), Quantity((*quantity).to_string())))
        .collect();
    k8s_openapi::api::core::v1::ResourceRequirements {
        requests: Some(list.clone()),
        limits: Some(list),
        ..Default::default()
    }
}
