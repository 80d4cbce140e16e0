//! The values model: the environment struct *is* the chart's values.
//!
//! Its serde form is `values.yaml` / `values-<env>.yaml`, its schemars schema is
//! `values.schema.json`, and every doc comment below becomes a schema
//! `description` and a line of the chart README. Write them for operators.
//!
//! Keys follow the Helm values conventions
//! (<https://helm.sh/docs/chart_best_practices/values/>): camelCase, maps keyed
//! by name where operators will `--set` them, images as
//! `repository` + `tag` + `pullPolicy`.
//!
//! There is deliberately no `Default` impl: every environment spells out what
//! it is (see `environments/`).
//!
//! Unknown keys: values are only ever built in Rust, so the compiler refuses
//! them there; for operators, every struct's schema has
//! `additionalProperties: false` (`deny_unknown_fields`, or
//! `#[schemars(deny_unknown_fields)]` where `#[serde(flatten)]` merges the
//! shared workload keys in, since serde cannot deny through a flatten).

use std::collections::BTreeMap;

use k8s_openapi::api::autoscaling::v2::HorizontalPodAutoscalerBehavior;
use k8s_openapi::api::core::v1::{
    Affinity, Container, EnvFromSource, Toleration, TopologySpreadConstraint, Volume, VolumeMount,
};
use maily_chart_derive::Probe;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use crate::guards::{ContainerLimits, Limits, NamespaceGuards};
pub use crate::monitoring::values::{
    Dashboards, Decimal, EmailDelivery, Monitoring, PrometheusRule, ServiceMonitor, Slo,
};
pub use crate::network::values::{
    Cors, Destination, Egress, ExternalDns, Gateway, HttpRoute, HttpsRedirect, Ingress, Istio, Mesh, NetworkPolicy,
    ParentRef, PeerPods, Route, Tls,
};
use crate::passthrough::{Passed, PassedObject};
use crate::quantity::Quantity;
pub use crate::secrets::values::{ExternalSecret, Reloader, RemoteRef, SecretStoreRef, VaultStore};

/// Values of the Maily chart.
// The component keys (`api`, `web`, ...) come from the component registry
// (`components::Components`, flattened in here); `Values` derefs to them, so
// `values.api` reads the api's values.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct Values {
    /// The umbrella-chart switch: a parent chart that lists this chart as a
    /// dependency with `condition: maily.enabled` installs it only while this
    /// is true. The chart itself does not read it.
    pub enabled: bool,
    /// Replaces the chart name (`maily`) in object names and in the
    /// `app.kubernetes.io/name` label. Empty keeps `maily`. At most 63 characters,
    /// DNS-1035 label. Part of every selector: changing it on an installed
    /// release breaks upgrades (selectors are immutable).
    #[schemars(transform = crate::rules::schema::name_override)]
    pub name_override: String,
    /// Replaces the whole `<release>-maily` prefix of object names. Empty derives
    /// it from the release name. Starts with a lowercase letter; cut so that every
    /// name fits 63 characters.
    #[schemars(transform = crate::rules::schema::fullname_override)]
    pub fullname_override: String,
    /// Settings shared by every component.
    pub global: Global,
    #[serde(flatten)]
    #[allow(missing_docs)]
    pub components: crate::components::Components,
    /// The data servers (PostgreSQL, Redis, RabbitMQ) and how the components
    /// connect to them: in the release (development) or outside it, through
    /// the Secret's URLs (staging, production).
    pub data_tier: crate::data_tier::DataTier,
    /// The pods that `helm test <release>` runs against each Service.
    pub tests: ChartTests,
    /// HTTPRoutes to the routed components (each component's `route`).
    pub http_route: HttpRoute,
    /// The chart's own Gateway, for the HTTPRoutes.
    pub gateway: Gateway,
    /// Ingresses to the routed components, for clusters without the Gateway API.
    pub ingress: Ingress,
    /// TLS of the chart's Gateway and Ingresses.
    pub tls: Tls,
    /// DNS records of the routed hosts, through external-dns.
    pub external_dns: ExternalDns,
    /// NetworkPolicies from the traffic graph: default deny, then exactly
    /// the calls the chart declares.
    pub network_policy: NetworkPolicy,
    /// Service mesh: Istio mutual TLS and authorization from the traffic graph.
    pub mesh: Mesh,
    /// Monitoring from the components: ServiceMonitors, alert and recording
    /// rules, Grafana dashboards. HTTP metrics are read as the counter
    /// `http_requests_total` and the histogram `http_request_duration_seconds`
    /// with the status label **`code`** (the HTTP status code, `503`, or its
    /// class, `5xx`): the one status label the chart reads, not `status` or
    /// `status_code`. Series are selected by the release namespace and the
    /// component's container name (one release per namespace).
    pub monitoring: Monitoring,
    /// An ExternalSecret that writes `global.existingSecret` from a secret
    /// store (External Secrets Operator), its keys derived from what the
    /// components read; optionally the Vault SecretStore it reads.
    pub external_secret: ExternalSecret,
    /// Roll pods when `global.existingSecret` changes (Stakater Reloader), for
    /// every component or per component (`reloadOnSecretChange`).
    pub reloader: Reloader,
    /// A ResourceQuota and a LimitRange for the release namespace.
    pub namespace_guards: NamespaceGuards,
}

impl std::ops::Deref for Values {
    type Target = crate::components::Components;

    /// The component values: `values.api` is `values.components.api`.
    fn deref(&self) -> &Self::Target {
        &self.components
    }
}

impl std::ops::DerefMut for Values {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.components
    }
}

/// Settings shared by every component. Open to other keys: when this chart is
/// a subchart, Helm copies the parent's `global` values in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase")]
pub struct Global {
    /// Name of the environment (`development`, `staging`, `production`, ...).
    /// Passed to every container as the `ENVIRONMENT` variable.
    #[schemars(transform = crate::rules::schema::dns1123_label)]
    pub environment: String,
    /// Registry that prefixes every image: a host (`docker.io`, `ghcr.io`), a
    /// host and port (`localhost:5000`), or either with the path of a mirror or
    /// pull-through cache (`harbor.example.com/dockerhub-proxy`). The image
    /// reference is `<imageRegistry>/<repository>:<tag>`; empty (what umbrella
    /// charts often pass down for "no override"): `<repository>:<tag>`, which the
    /// container runtime resolves against its default registry (Docker Hub).
    #[schemars(transform = crate::rules::schema::registry)]
    pub image_registry: String,
    /// Existing `kubernetes.io/dockerconfigjson` Secrets used to pull images
    /// (PodSpec `imagePullSecrets`), each a name (`regcred`) or an object
    /// (`{name: regcred}`, the form a parent chart's `global` often uses);
    /// both render the same. Empty: none.
    #[schemars(transform = crate::rules::schema::pull_secrets)]
    pub image_pull_secrets: Vec<PullSecret>,
    /// Name of the Secret that holds every credential; `secretEnv` entries read
    /// keys from it with `secretKeyRef`. The chart never holds a secret value:
    /// the Secret exists, or, with `externalSecret.enabled`, the chart's
    /// ExternalSecret has the External Secrets Operator write it from a store.
    #[schemars(transform = crate::rules::schema::dns1123_subdomain)]
    pub existing_secret: String,
    /// Labels added to every object and pod of the release (never to
    /// selectors, which cannot change). Not the chart's own labels.
    #[schemars(transform = crate::rules::schema::extra_labels)]
    pub common_labels: BTreeMap<String, String>,
    /// Annotations added to every object of the release, the `helm test` pods
    /// included, but not to the pods of the Deployments (use each component's
    /// `podAnnotations`). Not Helm's `helm.sh/hook*` or `helm.sh/resource-policy`.
    #[schemars(transform = crate::rules::schema::common_annotations)]
    pub common_annotations: BTreeMap<String, String>,
}

/// One image pull secret: `regcred` or `{name: regcred}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum PullSecret {
    /// The Secret's name.
    Name(String),
    /// A reference to the Secret (LocalObjectReference).
    Reference {
        /// The Secret's name.
        name: String,
    },
}

impl PullSecret {
    /// The Secret's name, whichever form.
    pub fn name(&self) -> &str {
        match self {
            PullSecret::Name(name) | PullSecret::Reference { name } => name,
        }
    }
}

impl From<&str> for PullSecret {
    fn from(name: &str) -> Self {
        PullSecret::Name(name.to_string())
    }
}

impl crate::symbolic::Probe for PullSecret {
    /// A name that the template reads through `maily.pullSecretName`,
    /// the twin of [`PullSecret::name`].
    fn probe(path: &crate::symbolic::ValuesPath, registry: &mut crate::symbolic::Registry) -> Self {
        PullSecret::Name(crate::symbolic::string_through(path, registry, |item| {
            format!(r#"include "maily.pullSecretName" {item}"#)
        }))
    }
}

/// Container image (Kubernetes API reference: Container `image`, `imagePullPolicy`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Image {
    /// Repository path below `global.imageRegistry`, e.g. `maily/api` or
    /// `library/busybox`.
    #[schemars(transform = crate::rules::schema::repository)]
    pub repository: String,
    /// Image tag. Pinned: `latest` and empty tags are rejected.
    #[schemars(transform = crate::rules::schema::image_tag)]
    pub tag: String,
    /// When the kubelet pulls the image.
    #[schemars(extend("enum" = ["IfNotPresent", "Always", "Never"]))]
    pub pull_policy: String,
    /// The image's digest (`sha256:<64 hex digits>`). Set: the image is
    /// referenced as `<repository>:<tag>@<digest>`, and the runtime pulls
    /// exactly that content whatever the tag now points to. Empty: by tag.
    #[schemars(transform = crate::rules::schema::optional_digest)]
    pub digest: String,
}

/// CPU, memory and (optionally) ephemeral storage for one container
/// (Kubernetes API reference: ResourceRequirements).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Resources {
    /// What the scheduler reserves for the container.
    pub requests: ResourceList,
    /// The most the container may use: CPU above it is throttled, memory above
    /// it is OOM-killed. Must be at least the requests.
    pub limits: ResourceList,
}

/// Quantities by resource name: `cpu` and `memory` always, `ephemeral-storage`
/// when set. A map, so that Helm merges an operator's
/// `--set api.resources.limits.ephemeral-storage=1Gi` into the defaults.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ResourceList(pub BTreeMap<String, Quantity>);

/// The resources a [`ResourceList`] may name, with the rule of each.
pub const RESOURCES: [(&str, &crate::rules::StringRule, &str); 3] = [
    ("cpu", &crate::rules::CPU, "CPU in cores, a quantity (`500m` is half a core) or a number (`0.5`, `2`)."),
    (
        "memory",
        &crate::rules::MEMORY,
        "Memory in bytes: `512Mi` (binary, 2^20) or `1G` (decimal, 10^9), or a number of bytes. `1Gb` is not a quantity.",
    ),
    (
        "ephemeral-storage",
        &crate::rules::MEMORY,
        "Local ephemeral storage in bytes (container writable layer, logs and emptyDir volumes such as `/tmp`), like memory. Optional.",
    ),
];

impl ResourceList {
    /// `cpu` and `memory`.
    pub fn new(cpu: &str, memory: &str) -> Self {
        Self(BTreeMap::from([("cpu".into(), Quantity::new(cpu)), ("memory".into(), Quantity::new(memory))]))
    }

    /// The quantity of `resource` (`cpu`), if set.
    pub fn get(&self, resource: &str) -> Option<&Quantity> {
        self.0.get(resource)
    }

    /// Sets the quantity of `resource`.
    pub fn set(&mut self, resource: &str, quantity: impl Into<String>) {
        self.0.insert(resource.to_string(), Quantity::new(quantity));
    }

    /// The quantities by resource name, as Kubernetes names them.
    pub fn entries(&self) -> BTreeMap<&str, &Quantity> {
        self.0.iter().map(|(k, v)| (k.as_str(), v)).collect()
    }
}

/// The schema of each resource name's quantity (`cpu`, `memory`,
/// `ephemeral-storage`), with its description.
pub fn resource_properties() -> serde_json::Map<String, serde_json::Value> {
    let mut properties = serde_json::Map::new();
    for (name, rule, description) in RESOURCES {
        let mut property = crate::rules::schema::quantity(rule);
        property.insert("description".into(), description.into());
        properties.insert(name.into(), serde_json::Value::Object(property));
    }
    properties
}

impl JsonSchema for ResourceList {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ResourceList".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let properties = resource_properties();
        schemars::json_schema!({
            "description": "Quantities by resource name: `cpu` and `memory`, and `ephemeral-storage` if needed.",
            "type": "object",
            "properties": properties,
            "required": ["cpu", "memory"],
            "additionalProperties": false
        })
    }
}

impl crate::symbolic::Probe for ResourceList {
    fn probe(path: &crate::symbolic::ValuesPath, registry: &mut crate::symbolic::Registry) -> Self {
        Self(BTreeMap::probe(path, registry))
    }
}

/// HorizontalPodAutoscaler `autoscaling/v2` settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Autoscaling {
    /// Create an HPA. The Deployment then omits `replicas`, so upgrades do not
    /// reset what the HPA chose.
    pub enabled: bool,
    /// Fewest replicas the HPA keeps (at least 1).
    #[schemars(range(min = crate::rules::HPA_REPLICAS.0, max = crate::rules::HPA_REPLICAS.1))]
    pub min_replicas: i32,
    /// Most replicas the HPA creates (at least `minReplicas`).
    #[schemars(range(min = crate::rules::HPA_REPLICAS.0, max = crate::rules::HPA_REPLICAS.1))]
    pub max_replicas: i32,
    /// Average CPU use, in percent of the CPU request, that the HPA aims for.
    #[serde(rename = "targetCPUUtilizationPercentage")]
    #[schemars(range(min = crate::rules::PERCENT.0, max = crate::rules::PERCENT.1))]
    pub target_cpu_utilization_percentage: i32,
    /// Average memory use, in percent of the memory request, that the HPA aims for.
    #[schemars(range(min = crate::rules::PERCENT.0, max = crate::rules::PERCENT.1))]
    pub target_memory_utilization_percentage: i32,
    /// How fast the HPA scales up and down (HorizontalPodAutoscaler `behavior`:
    /// stabilization windows and policies), passed through as written. `{}`:
    /// the Kubernetes defaults. The schema holds the API server's bounds:
    /// `stabilizationWindowSeconds` 0 to 3600, a policy's `value` above 0
    /// and `periodSeconds` 1 to 1800.
    #[schemars(transform = crate::rules::schema::hpa_behavior)]
    pub behavior: PassedObject<HorizontalPodAutoscalerBehavior>,
}

/// PodDisruptionBudget `policy/v1` settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PodDisruptionBudget {
    /// Create a PDB. It is only rendered while more than one replica runs
    /// (`replicaCount`, or `autoscaling.minReplicas` when autoscaling is on), since
    /// a PDB over a single pod blocks node drains.
    pub enabled: bool,
    /// Pods that a voluntary disruption (a node drain) may take down at once.
    #[schemars(range(min = crate::rules::MAX_UNAVAILABLE.0, max = crate::rules::MAX_UNAVAILABLE.1))]
    pub max_unavailable: i32,
}

/// Timings of a probe (Kubernetes API reference: Probe). All in seconds,
/// except the threshold, which counts probes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ProbeTiming {
    /// Seconds after the container starts before the first probe.
    #[schemars(range(min = crate::rules::DELAY_SECONDS.0, max = crate::rules::DELAY_SECONDS.1))]
    pub initial_delay_seconds: i32,
    /// Seconds between probes.
    #[schemars(range(min = crate::rules::POSITIVE_I32.0, max = crate::rules::POSITIVE_I32.1))]
    pub period_seconds: i32,
    /// Seconds after which one probe counts as failed.
    #[schemars(range(min = crate::rules::POSITIVE_I32.0, max = crate::rules::POSITIVE_I32.1))]
    pub timeout_seconds: i32,
    /// Consecutive failures after which the probe counts as failed: liveness
    /// and startup restart the container, readiness takes the pod out of its
    /// Service.
    #[schemars(range(min = crate::rules::POSITIVE_I32.0, max = crate::rules::POSITIVE_I32.1))]
    pub failure_threshold: i32,
}

/// Pod-level security settings (Kubernetes API reference: PodSecurityContext).
/// The chart always sets `runAsNonRoot: true` and seccomp `RuntimeDefault`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PodSecurityContext {
    /// UID the containers run as (not 0: pods never run as root).
    #[schemars(range(min = crate::rules::NON_ROOT_UID.0, max = crate::rules::NON_ROOT_UID.1))]
    pub run_as_user: i64,
    /// Primary GID of the container processes.
    #[schemars(range(min = crate::rules::GID.0, max = crate::rules::GID.1))]
    pub run_as_group: i64,
    /// GID that owns mounted volumes.
    #[schemars(range(min = crate::rules::GID.0, max = crate::rules::GID.1))]
    pub fs_group: i64,
}

/// An extra container port, also exposed by the component's Service.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExtraPort {
    /// Port name (IANA service name: at most 15 lowercase letters, digits and
    /// dashes). Must differ from `http` and from the other ports.
    #[schemars(transform = crate::rules::schema::port_name)]
    pub name: String,
    /// Port the container listens on.
    #[schemars(range(min = crate::rules::PORT.0, max = crate::rules::PORT.1))]
    pub container_port: i32,
    /// Port the Service exposes it on.
    #[schemars(range(min = crate::rules::PORT.0, max = crate::rules::PORT.1))]
    pub service_port: i32,
}

/// The component's Service.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ServiceValues {
    /// Service type.
    #[serde(rename = "type")]
    #[schemars(extend("enum" = ["ClusterIP", "NodePort", "LoadBalancer"]))]
    pub type_: String,
    /// Port the Service exposes the `http` container port on.
    #[schemars(range(min = crate::rules::PORT.0, max = crate::rules::PORT.1))]
    pub port: i32,
    /// Annotations of the Service, e.g. an internal load balancer
    /// (`service.beta.kubernetes.io/aws-load-balancer-internal: "true"`).
    #[schemars(transform = crate::rules::schema::annotations)]
    pub annotations: BTreeMap<String, String>,
}

/// Tolerations of the pods (Kubernetes API reference: Toleration), passed
/// through as written.
pub type Tolerations = Passed<Toleration>;

/// Affinity of the pods (Kubernetes API reference: Affinity), passed through as
/// written. `{}`: none.
pub type PodAffinity = PassedObject<Affinity>;

/// What every component's pods have in common.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Workload {
    /// Deploy this component.
    pub enabled: bool,
    /// Replicas of the Deployment while `autoscaling.enabled` is false.
    #[schemars(range(min = crate::rules::REPLICAS.0, max = crate::rules::REPLICAS.1))]
    pub replica_count: i32,
    /// Container image.
    pub image: Image,
    /// CPU and memory requests and limits of the container.
    pub resources: Resources,
    /// HorizontalPodAutoscaler.
    pub autoscaling: Autoscaling,
    /// PodDisruptionBudget.
    pub pod_disruption_budget: PodDisruptionBudget,
    /// Liveness probe timings: a failing container is restarted.
    pub liveness_probe: ProbeTiming,
    /// Readiness probe timings: a failing pod is taken out of its Service.
    pub readiness_probe: ProbeTiming,
    /// Plain environment variables, name to value. `ENVIRONMENT` is set by the
    /// chart. Never put credentials here: use `secretEnv`.
    #[schemars(transform = crate::rules::schema::env)]
    pub env: BTreeMap<String, String>,
    /// Environment variables read from `global.existingSecret`: variable name
    /// to the Secret's key (kebab-case, e.g. `DATABASE_URL: database-url`).
    #[schemars(transform = crate::rules::schema::secret_env)]
    pub secret_env: BTreeMap<String, String>,
    /// Roll the pods when `global.existingSecret` changes: Stakater Reloader's
    /// `secret.reloader.stakater.com/reload` annotation on the Deployment
    /// (needs Reloader in the cluster). `reloader.enabled` does it for every
    /// component. False: the pods keep the values they started with until they
    /// restart for another reason.
    pub reload_on_secret_change: bool,
    /// Deliver the `secretEnv` credentials as files instead of variables: the
    /// Secret's keys that this component reads are mounted read-only (mode
    /// 0440, group `podSecurityContext.fsGroup`) at `/var/run/secrets/maily/<key>`,
    /// and each variable becomes `<NAME>_FILE` holding that path
    /// (`DATABASE_URL_FILE=/var/run/secrets/maily/database-url`). Needs an
    /// application that reads `*_FILE` variables. With the data tier outside
    /// the release the data servers' URLs are files too (`DATABASE_URL_FILE`,
    /// ...); `optionalSecretEnv` keys and the in-cluster tier's credentials
    /// stay variables. A credential in a file stays out of the process
    /// environment (`/proc/<pid>/environ`, crash dumps, child processes).
    pub secrets_as_files: bool,
    /// Environment variables read from `global.existingSecret` whose key may
    /// be missing (`secretKeyRef` with `optional: true`): the pod starts
    /// without the variable instead of failing. For keys the component can
    /// run without, such as one AI provider's API key among several. Variable
    /// name to the Secret's key, like `secretEnv`.
    #[schemars(transform = crate::rules::schema::secret_env)]
    pub optional_secret_env: BTreeMap<String, String>,
    /// Extra annotations on the pods. Not the ones the chart sets on this
    /// component: `checksum/config` on the AI service, and `prometheus.io/scrape`,
    /// `prometheus.io/port` (its `containerPort`) and `prometheus.io/path` on a
    /// component with metrics (the AI service).
    #[schemars(transform = crate::rules::schema::pod_annotations)]
    pub pod_annotations: BTreeMap<String, String>,
    /// Pod security context.
    pub pod_security_context: PodSecurityContext,
    /// Most bytes the writable `/tmp` (an emptyDir; the root filesystem is
    /// read-only) may hold, e.g. `256Mi`: the kubelet evicts a pod that writes
    /// more (emptyDir `sizeLimit`). Counts towards `ephemeral-storage`.
    #[schemars(transform = crate::rules::schema::memory_quantity)]
    pub tmp_size_limit: Quantity,
    /// Node labels the pods must match (PodSpec `nodeSelector`).
    #[schemars(transform = crate::rules::schema::node_selector)]
    pub node_selector: BTreeMap<String, String>,
    /// Tolerations of the pods.
    pub tolerations: Tolerations,
    /// Affinity and anti-affinity rules of the pods.
    pub affinity: PodAffinity,
    /// Extra labels on the pods (never in selectors). The chart's own
    /// `app.kubernetes.io/*` and `helm.sh/chart` labels cannot be replaced.
    #[schemars(transform = crate::rules::schema::extra_labels)]
    pub pod_labels: BTreeMap<String, String>,
    /// The pods' ServiceAccount.
    pub service_account: ServiceAccountValues,
    /// How the pods spread across nodes or zones: one TopologySpreadConstraint
    /// each, whose `labelSelector` the chart fills in with this release's pods
    /// of this component (and `matchLabelKeys: [pod-template-hash]`, so a
    /// rollout spreads the new pods). E.g. `[{topologyKey: kubernetes.io/hostname,
    /// maxSkew: 1, whenUnsatisfiable: ScheduleAnyway}]`.
    pub topology_spread: Vec<TopologySpread>,
    /// Further TopologySpreadConstraints (PodSpec `topologySpreadConstraints`,
    /// after those of `topologySpread`), passed through as written: their
    /// label selectors are yours to write.
    pub topology_spread_constraints: Passed<TopologySpreadConstraint>,
    /// PriorityClass of the pods. Empty: the cluster default.
    #[schemars(transform = crate::rules::schema::optional_subdomain)]
    pub priority_class_name: String,
    /// Seconds a pod has to stop after it is asked to (SIGTERM, then SIGKILL).
    /// Must be longer than `preStopSleepSeconds`.
    #[schemars(range(min = crate::rules::GRACE_SECONDS.0, max = crate::rules::GRACE_SECONDS.1))]
    pub termination_grace_period_seconds: i64,
    /// Seconds the container waits (a `preStop` sleep) before it gets SIGTERM:
    /// time for its Service and the ingress controller, if it has them, to stop
    /// sending it traffic, or for a worker to hand back what it holds.
    #[schemars(range(min = crate::rules::PRE_STOP_SECONDS.0, max = crate::rules::PRE_STOP_SECONDS.1))]
    pub pre_stop_sleep_seconds: i64,
    /// Extra sources of environment variables (Container `envFrom`: ConfigMaps,
    /// Secrets), passed through as written.
    pub extra_env_from: Passed<EnvFromSource>,
    /// Extra volumes of the pods (after the chart's own), passed through as written.
    pub extra_volumes: Passed<Volume>,
    /// Extra volume mounts of the container (after the chart's own), passed
    /// through as written.
    pub extra_volume_mounts: Passed<VolumeMount>,
    /// Init containers of the pods (Container objects), passed through as written.
    pub init_containers: Passed<Container>,
    /// Further containers in the pods, after the component's own (Container
    /// objects), passed through as written.
    pub sidecars: Passed<Container>,
    /// Old ReplicaSets the Deployment keeps for `kubectl rollout undo`.
    #[schemars(range(min = crate::rules::REVISION_HISTORY.0, max = crate::rules::REVISION_HISTORY.1))]
    pub revision_history_limit: i32,
}

/// One way a component's pods spread (Kubernetes API reference:
/// TopologySpreadConstraint; the chart selects the pods).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TopologySpread {
    /// The node label whose values are the domains: `kubernetes.io/hostname`
    /// (nodes) or `topology.kubernetes.io/zone` (zones).
    #[schemars(transform = crate::rules::schema::qualified_name)]
    pub topology_key: String,
    /// How many more pods one domain may hold than the emptiest one.
    #[schemars(range(min = crate::rules::POSITIVE_I32.0, max = crate::rules::POSITIVE_I32.1))]
    pub max_skew: i32,
    /// `ScheduleAnyway`: a preference; `DoNotSchedule`: a rule (pods stay
    /// Pending rather than break it).
    #[schemars(extend("enum" = ["ScheduleAnyway", "DoNotSchedule"]))]
    pub when_unsatisfiable: String,
}

/// The pods' ServiceAccount (Kubernetes API reference: ServiceAccount).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ServiceAccountValues {
    /// Create the ServiceAccount. False: the pods use `name`, which must exist
    /// (empty `name`: the namespace's `default`).
    pub create: bool,
    /// Its name. Empty: the name of the component's other objects (its
    /// Deployment's, e.g. `<release>-maily-api`).
    #[schemars(transform = crate::rules::schema::optional_subdomain)]
    pub name: String,
    /// Annotations of the created ServiceAccount, e.g. the cloud workload
    /// identity: `eks.amazonaws.com/role-arn`, `iam.gke.io/gcp-service-account`,
    /// `azure.workload.identity/client-id`.
    #[schemars(transform = crate::rules::schema::annotations)]
    pub annotations: BTreeMap<String, String>,
}

/// A component that serves HTTP on its container port `http`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct HttpWorkload {
    #[serde(flatten)]
    #[allow(missing_docs)]
    pub workload: Workload,
    /// Port the container serves HTTP on (named `http`; the probes use it).
    #[schemars(range(min = crate::rules::PORT.0, max = crate::rules::PORT.1))]
    pub container_port: i32,
    /// The component's Service.
    pub service: ServiceValues,
    /// Further container ports, each also exposed by the Service.
    pub extra_ports: Vec<ExtraPort>,
    /// Requests from outside the cluster: hosts and paths routed to the
    /// Service's `http` port.
    pub route: Route,
}

/// The AI service: an HTTP component with a startup probe and an agents
/// configuration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct AiService {
    #[serde(flatten)]
    #[allow(missing_docs)]
    pub http: HttpWorkload,
    /// Startup probe timings: liveness and readiness wait until it passes
    /// (model loading can take minutes).
    pub startup_probe: ProbeTiming,
    /// The agents and workflows configuration (OctoTools), as JSON text: the
    /// file `/app/config/octotools-config.json` that the service reads,
    /// mounted read-only; a change rolls the pods (checksum annotation). It
    /// must read as the typed configuration (`agents`: provider, model,
    /// system prompt, `max_iterations`; `workflows`: steps naming defined
    /// agents); the default is rendered from that type.
    #[schemars(transform = crate::rules::schema::non_empty_string)]
    pub agents_config: String,
    /// Service-level objectives of the AI service, measured from its own
    /// metrics (`http_requests_total` and `http_request_duration_seconds`,
    /// status label `code`; see `monitoring`).
    pub slo: Slo,
}

/// A component that serves no traffic (the email worker): no Service, no
/// `helm test`; its probes run a command.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct Workers {
    #[serde(flatten)]
    #[allow(missing_docs)]
    pub workload: Workload,
    /// Container command (overrides the image entrypoint). Empty: the image's
    /// own entrypoint.
    pub command: Vec<String>,
    /// Command that the liveness and readiness probes run in the container;
    /// exit code 0 means healthy.
    #[schemars(transform = crate::rules::schema::non_empty)]
    pub health_command: Vec<String>,
}

/// Pods run by `helm test`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ChartTests {
    /// Image with `wget` (busybox) that calls each Service's health endpoint.
    pub image: Image,
}

/// The values of one component, whatever its own extra keys are: what the
/// registry ([`crate::components::ALL`]) needs from every component.
pub trait ComponentValues {
    /// The common workload values.
    fn workload(&self) -> &Workload;
    /// The common workload values, to change them (generated environments).
    fn workload_mut(&mut self) -> &mut Workload;
    /// The HTTP values, for a component that serves HTTP (it then has a
    /// Service, a `helm test` pod and the HTTP cross-field rules).
    fn http(&self) -> Option<&HttpWorkload> {
        None
    }
    /// The HTTP values, to change them.
    fn http_mut(&mut self) -> Option<&mut HttpWorkload> {
        None
    }
    /// Its keys that hold JSON-object text, with the text (the `jsonObjects`
    /// cross-field rule checks them in `gen` and in Helm).
    fn json_objects(&self) -> Vec<(&'static str, &str)> {
        Vec::new()
    }
    /// Its service-level objectives, for a component with metrics
    /// ([`crate::components::Def::metrics_path`]): the PrometheusRule's
    /// recording rules and SLO alerts come from them.
    fn slo(&self) -> Option<&Slo> {
        None
    }
}

impl ComponentValues for HttpWorkload {
    fn workload(&self) -> &Workload {
        &self.workload
    }
    fn workload_mut(&mut self) -> &mut Workload {
        &mut self.workload
    }
    fn http(&self) -> Option<&HttpWorkload> {
        Some(self)
    }
    fn http_mut(&mut self) -> Option<&mut HttpWorkload> {
        Some(self)
    }
}

impl ComponentValues for AiService {
    fn workload(&self) -> &Workload {
        &self.http.workload
    }
    fn workload_mut(&mut self) -> &mut Workload {
        &mut self.http.workload
    }
    fn http(&self) -> Option<&HttpWorkload> {
        Some(&self.http)
    }
    fn http_mut(&mut self) -> Option<&mut HttpWorkload> {
        Some(&mut self.http)
    }
    fn json_objects(&self) -> Vec<(&'static str, &str)> {
        vec![("agentsConfig", &self.agents_config)]
    }
    fn slo(&self) -> Option<&Slo> {
        Some(&self.slo)
    }
}

impl ComponentValues for Workers {
    fn workload(&self) -> &Workload {
        &self.workload
    }
    fn workload_mut(&mut self) -> &mut Workload {
        &mut self.workload
    }
}

impl crate::symbolic::Probe for crate::quantity::Quantity {
    /// Read through `maily.quantityText`, the twin of the number-to-text
    /// rule of [`Quantity`]'s deserializer (`2` stays `2`, never `2e+00`).
    fn probe(path: &crate::symbolic::ValuesPath, registry: &mut crate::symbolic::Registry) -> Self {
        Self(crate::symbolic::string_through(path, registry, |p| format!(r#"include "maily.quantityText" {p}"#)))
    }
}
