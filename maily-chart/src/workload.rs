//! The objects every component is made of: Deployment, ServiceAccount,
//! Service, HorizontalPodAutoscaler and PodDisruptionBudget, built from a
//! [`Spec`] that each component module fills in.

use std::collections::BTreeMap;

use k8s_openapi::api::apps::v1::{Deployment, DeploymentSpec, DeploymentStrategy, RollingUpdateDeployment};
use k8s_openapi::api::autoscaling::v2::{
    CrossVersionObjectReference, HorizontalPodAutoscaler, HorizontalPodAutoscalerSpec, MetricSpec, MetricTarget,
    ResourceMetricSource,
};
use k8s_openapi::api::core::v1::{
    Container, Lifecycle, LifecycleHandler, PodSpec, PodTemplateSpec, ResourceRequirements, Service, ServiceAccount,
    ServicePort, ServiceSpec, SleepAction, TopologySpreadConstraint, Volume,
};
use k8s_openapi::api::policy::v1::{PodDisruptionBudget, PodDisruptionBudgetSpec};
use k8s_openapi::apimachinery::pkg::api::resource::Quantity as K8sQuantity;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::{LabelSelector, ObjectMeta};
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;

use crate::common::{env, images, labels, names, non_empty, non_empty_map, security};
use crate::components::Def;
use crate::cond::Cond;
use crate::context::Ctx;
use crate::values::{Resources, Workload};

/// What a component adds to the shared workload shape.
pub struct Spec<'a> {
    /// The component's registry entry (name, values key, callers).
    pub def: &'static Def,
    /// The component's common values.
    pub workload: &'a Workload,
    /// The container, with what only this component knows (ports, probes,
    /// command, mounts); the common fields are filled in by [`deployment`].
    pub container: Container,
    /// Volumes beyond `/tmp`.
    pub volumes: Vec<Volume>,
    /// Pod annotations beyond `podAnnotations` (e.g. config checksums).
    pub annotations: BTreeMap<String, String>,
    /// Environment variables only this component has, after the common ones
    /// (the AI service's `REDIS_HOST`, the web front end's `API_URL`).
    pub env: Vec<k8s_openapi::api::core::v1::EnvVar>,
}

impl Spec<'_> {
    /// The values path of a key of this component (`api.autoscaling.enabled`).
    pub fn path(&self, rest: &str) -> String {
        format!("{}.{rest}", self.def.key)
    }

    /// The component is deployed.
    pub fn enabled(&self) -> Cond {
        enabled(self.def)
    }

    /// The HorizontalPodAutoscaler exists.
    pub fn autoscaled(&self) -> Cond {
        autoscaled(self.def)
    }

    /// The ServiceAccount is created.
    pub fn service_account_created(&self) -> Cond {
        Cond::All(vec![self.enabled(), Cond::flag(self.path("serviceAccount.create"))])
    }

    /// The PodDisruptionBudget exists: enabled, and more than one replica runs.
    pub fn disruption_budgeted(&self) -> Cond {
        disruption_budgeted(self.def)
    }
}

/// The component is deployed (its Deployment exists).
pub fn enabled(def: &Def) -> Cond {
    Cond::flag(format!("{}.enabled", def.key))
}

/// The component's HorizontalPodAutoscaler exists.
pub fn autoscaled(def: &Def) -> Cond {
    Cond::All(vec![enabled(def), Cond::flag(format!("{}.autoscaling.enabled", def.key))])
}

/// The component's PodDisruptionBudget exists: enabled, and more than one
/// replica runs.
pub fn disruption_budgeted(def: &Def) -> Cond {
    let path = |rest: &str| format!("{}.{rest}", def.key);
    let autoscaling = Cond::flag(path("autoscaling.enabled"));
    Cond::All(vec![
        enabled(def),
        Cond::flag(path("podDisruptionBudget.enabled")),
        Cond::Any(vec![
            Cond::All(vec![autoscaling.clone(), Cond::gt(path("autoscaling.minReplicas"), 1)]),
            Cond::All(vec![!autoscaling, Cond::gt(path("replicaCount"), 1)]),
        ]),
    ])
}

fn resource_list(list: &crate::values::ResourceList) -> BTreeMap<String, K8sQuantity> {
    list.0.iter().map(|(name, q)| (name.clone(), K8sQuantity(q.as_str().to_string()))).collect()
}

/// Requests and limits of the container.
pub fn resources(values: &Resources) -> ResourceRequirements {
    ResourceRequirements {
        requests: Some(resource_list(&values.requests)),
        limits: Some(resource_list(&values.limits)),
        ..Default::default()
    }
}

/// The component's Deployment: a rolling update that never drops below the
/// desired count (`maxUnavailable: 0`); no `replicas` while an HPA owns it.
pub fn deployment(ctx: &Ctx, spec: &Spec) -> Deployment {
    let w = spec.workload;

    let mut annotations = w.pod_annotations.clone();
    annotations.extend(spec.annotations.clone());

    let mut volume_mounts = vec![security::tmp_mount()];
    volume_mounts.extend(env::secret_files_mount(ctx, spec.def));
    volume_mounts.extend(spec.container.volume_mounts.clone().unwrap_or_default());
    volume_mounts.extend(w.extra_volume_mounts.0.clone());
    let container = Container {
        name: spec.def.name.to_string(),
        image: Some(images::reference(ctx, &w.image)),
        image_pull_policy: Some(w.image.pull_policy.clone()),
        env: Some(env::env_vars(ctx, spec.def, w, spec.env.clone())),
        env_from: non_empty(w.extra_env_from.0.clone()),
        resources: Some(resources(&w.resources)),
        security_context: Some(security::container_security_context()),
        volume_mounts: Some(volume_mounts),
        // The pod leaves its Service's endpoints while it sleeps, then stops.
        lifecycle: Some(Lifecycle {
            pre_stop: Some(LifecycleHandler {
                sleep: Some(SleepAction { seconds: w.pre_stop_sleep_seconds }),
                ..Default::default()
            }),
            ..Default::default()
        }),
        ..spec.container.clone()
    };
    let mut volumes = vec![security::tmp_volume(&w.tmp_size_limit)];
    volumes.extend(env::secret_files_volume(ctx, spec.def));
    volumes.extend(spec.volumes.clone());
    volumes.extend(w.extra_volumes.0.clone());
    let mut containers = vec![container];
    containers.extend(w.sidecars.0.clone());
    let mut pod_labels = labels::pod_labels(ctx, spec.def.name);
    pod_labels.extend(w.pod_labels.clone());
    pod_labels.extend(crate::network::mesh::inject_label(ctx));
    // The chart selects the pods it spreads: this release's, this component's.
    let mut spread: Vec<TopologySpreadConstraint> = w
        .topology_spread
        .iter()
        .map(|t| TopologySpreadConstraint {
            topology_key: t.topology_key.clone(),
            max_skew: t.max_skew,
            when_unsatisfiable: t.when_unsatisfiable.clone(),
            label_selector: Some(LabelSelector {
                match_labels: Some(labels::selector_labels(ctx, spec.def.name)),
                ..Default::default()
            }),
            match_label_keys: Some(vec!["pod-template-hash".to_string()]),
            ..Default::default()
        })
        .collect();
    spread.extend(w.topology_spread_constraints.0.clone());

    Deployment {
        metadata: labels::metadata_with(ctx, spec.def.name, spec.def.name, {
            let mut annotations = crate::common::checkov::workload_annotations(ctx, spec.def);
            annotations.extend(crate::secrets::reload_annotation(ctx, spec.def));
            annotations
        }),
        spec: Some(DeploymentSpec {
            replicas: ctx.when(!Cond::flag(spec.path("autoscaling.enabled")), w.replica_count),
            revision_history_limit: Some(w.revision_history_limit),
            selector: LabelSelector {
                match_labels: Some(labels::selector_labels(ctx, spec.def.name)),
                ..Default::default()
            },
            strategy: Some(DeploymentStrategy {
                type_: Some("RollingUpdate".to_string()),
                rolling_update: Some(RollingUpdateDeployment {
                    max_surge: Some(IntOrString::Int(1)),
                    max_unavailable: Some(IntOrString::Int(0)),
                }),
            }),
            template: PodTemplateSpec {
                metadata: Some(ObjectMeta {
                    labels: Some(pod_labels),
                    annotations: non_empty_map(annotations),
                    ..Default::default()
                }),
                spec: Some(PodSpec {
                    service_account_name: Some(names::service_account_name(ctx, spec.def)),
                    priority_class_name: ctx
                        .when_str(Cond::non_empty(spec.path("priorityClassName")), &w.priority_class_name),
                    termination_grace_period_seconds: Some(w.termination_grace_period_seconds),
                    automount_service_account_token: Some(false),
                    security_context: Some(security::pod_security_context(&w.pod_security_context)),
                    image_pull_secrets: images::pull_secrets(ctx),
                    init_containers: non_empty(w.init_containers.0.clone()),
                    containers,
                    volumes: Some(volumes),
                    topology_spread_constraints: non_empty(spread),
                    node_selector: non_empty_map(w.node_selector.clone()),
                    tolerations: non_empty(w.tolerations.0.clone()),
                    affinity: w.affinity.non_empty(),
                    ..Default::default()
                }),
            },
            ..Default::default()
        }),
        ..Default::default()
    }
}

/// The component's own ServiceAccount (when `serviceAccount.create`), named
/// `serviceAccount.name` or after the component; its token is not mounted,
/// since no Maily component calls the Kubernetes API.
pub fn service_account(ctx: &Ctx, spec: &Spec) -> ServiceAccount {
    let sa = &spec.workload.service_account;
    let mut metadata = labels::metadata_with(ctx, spec.def.name, spec.def.name, sa.annotations.clone());
    metadata.name = Some(names::service_account_name(ctx, spec.def));
    ServiceAccount { metadata, automount_service_account_token: Some(false), ..Default::default() }
}

/// The component's Service: selector and target ports taken from the
/// Deployment already built, so the two cannot drift apart.
pub fn service(
    ctx: &Ctx,
    spec: &Spec,
    deployment: &Deployment,
    values: &crate::values::ServiceValues,
    ports: Vec<ServicePort>,
) -> Service {
    let selector = deployment.spec.as_ref().and_then(|s| s.selector.match_labels.clone());
    Service {
        metadata: labels::metadata_with(ctx, spec.def.name, spec.def.name, values.annotations.clone()),
        spec: Some(ServiceSpec {
            type_: Some(values.type_.clone()),
            selector,
            ports: Some(ports),
            ..Default::default()
        }),
        ..Default::default()
    }
}

fn utilization(resource: &str, percent: i32) -> MetricSpec {
    MetricSpec {
        type_: "Resource".to_string(),
        resource: Some(ResourceMetricSource {
            name: resource.to_string(),
            target: MetricTarget {
                type_: "Utilization".to_string(),
                average_utilization: Some(percent),
                ..Default::default()
            },
        }),
        ..Default::default()
    }
}

/// The component's HorizontalPodAutoscaler (`autoscaling/v2`), on CPU and
/// memory utilization.
pub fn horizontal_pod_autoscaler(ctx: &Ctx, spec: &Spec) -> HorizontalPodAutoscaler {
    let a = &spec.workload.autoscaling;
    HorizontalPodAutoscaler {
        metadata: labels::metadata(ctx, spec.def.name, spec.def.name),
        spec: Some(HorizontalPodAutoscalerSpec {
            scale_target_ref: CrossVersionObjectReference {
                api_version: Some("apps/v1".to_string()),
                kind: "Deployment".to_string(),
                name: names::component_name(ctx, spec.def.name),
            },
            min_replicas: Some(a.min_replicas),
            max_replicas: a.max_replicas,
            metrics: Some(vec![
                utilization("cpu", a.target_cpu_utilization_percentage),
                utilization("memory", a.target_memory_utilization_percentage),
            ]),
            behavior: a.behavior.non_empty(),
        }),
        ..Default::default()
    }
}

/// The component's PodDisruptionBudget (`policy/v1`), letting a drain evict
/// pods that are not Ready (`unhealthyPodEvictionPolicy: AlwaysAllow`).
pub fn pod_disruption_budget(ctx: &Ctx, spec: &Spec) -> PodDisruptionBudget {
    PodDisruptionBudget {
        metadata: labels::metadata(ctx, spec.def.name, spec.def.name),
        spec: Some(PodDisruptionBudgetSpec {
            max_unavailable: Some(IntOrString::Int(spec.workload.pod_disruption_budget.max_unavailable)),
            // A pod that is not Ready protects nothing: a drain may evict it
            // (Kubernetes' recommendation for most workloads).
            unhealthy_pod_eviction_policy: Some("AlwaysAllow".to_string()),
            selector: Some(LabelSelector {
                match_labels: Some(labels::selector_labels(ctx, spec.def.name)),
                ..Default::default()
            }),
            ..Default::default()
        }),
        ..Default::default()
    }
}
