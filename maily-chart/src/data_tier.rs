//! The data tier: PostgreSQL, Redis and RabbitMQ, and how the components
//! reach them — one typed setting, `dataTier.enabled`.
//!
//! - On (development): the release runs each server as a StatefulSet with a
//!   headless Service (its pods' stable names) and a client Service, and each
//!   component that calls it ([`crate::network::Call::External`]) gets its URL
//!   built from the in-cluster Service and the credentials of the existing
//!   Secret (`$(VAR)` expansion of variables read with `secretKeyRef`, so no
//!   password is ever in values or in the rendered objects).
//! - Off (staging, production): the servers are outside the release and each
//!   component reads its URL from the Secret (`database-url`, `redis-url`,
//!   `rabbitmq-url`).
//!
//! Sources: Kubernetes API reference (StatefulSet `volumeClaimTemplates`,
//! `persistentVolumeClaimRetentionPolicy`; EnvVar `$(VAR_NAME)` expansion),
//! the official images' documentation (postgres: `POSTGRES_*`, `PGDATA`,
//! arbitrary `--user`; redis: `redis-server` options; rabbitmq:
//! `RABBITMQ_DEFAULT_*`, `rabbitmq-diagnostics`).

use std::collections::BTreeMap;

use k8s_openapi::api::apps::v1::{StatefulSet, StatefulSetPersistentVolumeClaimRetentionPolicy, StatefulSetSpec};
use k8s_openapi::api::core::v1::{
    Container, ContainerPort, EnvVar, PersistentVolumeClaim, PersistentVolumeClaimSpec, PodSpec, PodTemplateSpec,
    Service, ServicePort, ServiceSpec, VolumeMount, VolumeResourceRequirements,
};
use k8s_openapi::apimachinery::pkg::api::resource::Quantity as K8sQuantity;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::{LabelSelector, ObjectMeta};
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;
use maily_chart_derive::Probe;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::env::secret_var;
use crate::common::{images, labels, names, non_empty_map, security};
use crate::components::Def;
use crate::cond::Cond;
use crate::context::Ctx;
use crate::manifest::Manifest;
use crate::network::{Call, External};
use crate::quantity::Quantity;
use crate::values::{Image, PodSecurityContext, ProbeTiming, Resources};

/// The data servers: in the release (development) or outside it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DataTier {
    /// Run PostgreSQL, Redis and RabbitMQ in the release (for development
    /// only: one pod each, no replication, no backups) and point every
    /// component's `DATABASE_URL`, `REDIS_URL` and `RABBITMQ_URL` at them,
    /// with the credentials of `global.existingSecret` (keys
    /// `postgres-user`, `postgres-password`, `redis-password`,
    /// `rabbitmq-user`, `rabbitmq-password`). False: the servers are outside
    /// the release and the components read those URLs from the Secret's keys
    /// `database-url`, `redis-url` and `rabbitmq-url`. A development Secret
    /// with random values: `kubectl -n <namespace> create secret generic
    /// maily-secrets --from-literal=postgres-user=maily
    /// --from-literal=postgres-password=$(openssl rand -hex 24)
    /// --from-literal=redis-password=$(openssl rand -hex 24)
    /// --from-literal=rabbitmq-user=maily --from-literal=rabbitmq-password=$(openssl
    /// rand -hex 24) --from-literal=jwt-secret=$(openssl rand -hex 32)
    /// --from-literal=nextauth-secret=$(openssl rand -hex 32)` (the provider
    /// keys are optional).
    pub enabled: bool,
    /// The environments (`global.environment`) where `enabled` may be true.
    /// The in-cluster servers are for development only: one pod each, no
    /// replication, no backups, and their claims are deleted with the release
    /// (`helm uninstall` deletes the data). Elsewhere the chart refuses
    /// `enabled` (rule `dataTierInDevelopment`); add an environment here to
    /// accept that for it.
    #[schemars(transform = crate::rules::schema::dns1123_labels)]
    pub allowed_environments: Vec<String>,
    /// PostgreSQL 15 (`<release>-maily-postgres:5432`, database `maily`).
    pub postgres: DataServer,
    /// Redis 7 (`<release>-maily-redis:6379`), with a password and an
    /// append-only file.
    pub redis: DataServer,
    /// RabbitMQ 3.12 with the management plugin (`<release>-maily-rabbitmq`,
    /// AMQP 5672, management 15672).
    pub rabbitmq: DataServer,
    /// Redis outside the release, for the AI service's `REDIS_HOST` and
    /// `REDIS_PORT` while `enabled` is false (its password is the Secret's
    /// `redis-password`). Empty `host`: the variables are not set.
    pub external_redis: ExternalRedis,
}

/// One in-cluster data server (a StatefulSet of one pod).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DataServer {
    /// Container image, pinned.
    pub image: Image,
    /// CPU and memory requests and limits of the server.
    pub resources: Resources,
    /// Liveness probe timings (the server's own health command).
    pub liveness_probe: ProbeTiming,
    /// Readiness probe timings.
    pub readiness_probe: ProbeTiming,
    /// The server's data volume, a PersistentVolumeClaim per pod from the
    /// StatefulSet's `volumeClaimTemplates`. Kubernetes never changes those
    /// templates: a new `size` or `storageClass` needs the StatefulSet
    /// deleted with `--cascade=orphan` and the release upgraded (the claim
    /// itself keeps its size unless its class allows expansion). The claim is
    /// deleted with the StatefulSet (`helm uninstall`): development data
    /// only, whose password the next install's Secret would not match.
    pub persistence: Persistence,
    /// Pod security context (the user the server runs as; not 0).
    pub pod_security_context: PodSecurityContext,
}

/// A data server's volume.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Persistence {
    /// Size of the claim, e.g. `8Gi`.
    #[schemars(transform = crate::rules::schema::memory_quantity)]
    pub size: Quantity,
    /// StorageClass of the claim. Empty: the cluster's default class.
    #[schemars(transform = crate::rules::schema::optional_subdomain)]
    pub storage_class: String,
}

/// Redis outside the release.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExternalRedis {
    /// Host name of the Redis server (`REDIS_HOST`). Empty: not set.
    pub host: String,
    /// Its port (`REDIS_PORT`).
    #[schemars(range(min = crate::rules::PORT.0, max = crate::rules::PORT.1))]
    pub port: i32,
}

/// A data server's fixed facts.
#[derive(Clone, Copy, Debug)]
pub struct Server {
    /// The outside destination the components call it as.
    pub external: External,
    /// Component label and object name suffix.
    pub name: &'static str,
    /// Values key below `dataTier`.
    pub key: &'static str,
    /// The container's main port: name and number.
    pub port: (&'static str, i32),
    /// Further ports (RabbitMQ's management UI).
    pub extra_ports: &'static [(&'static str, i32)],
    /// Where the data volume is mounted.
    pub data_dir: &'static str,
    /// Further writable directories (emptyDirs: the root filesystem is read-only).
    pub scratch_dirs: &'static [(&'static str, &'static str)],
    /// The connection variable the components get, and its Secret key outside the release.
    pub url_var: (&'static str, &'static str),
}

/// PostgreSQL.
pub const POSTGRES: Server = Server {
    external: External::Postgres,
    name: "postgres",
    key: "postgres",
    port: ("postgres", 5432),
    extra_ports: &[],
    data_dir: "/var/lib/postgresql/data",
    scratch_dirs: &[("run", "/var/run/postgresql")],
    url_var: ("DATABASE_URL", "database-url"),
};
/// Redis.
pub const REDIS: Server = Server {
    external: External::Redis,
    name: "redis",
    key: "redis",
    port: ("redis", 6379),
    extra_ports: &[],
    data_dir: "/data",
    scratch_dirs: &[],
    url_var: ("REDIS_URL", "redis-url"),
};
/// RabbitMQ.
pub const RABBITMQ: Server = Server {
    external: External::Rabbitmq,
    name: "rabbitmq",
    key: "rabbitmq",
    port: ("amqp", 5672),
    extra_ports: &[("management", 15672)],
    data_dir: "/var/lib/rabbitmq",
    scratch_dirs: &[("log", "/var/log/rabbitmq")],
    url_var: ("RABBITMQ_URL", "rabbitmq-url"),
};
/// Every data server, in template order.
pub const SERVERS: [Server; 3] = [POSTGRES, REDIS, RABBITMQ];

/// The database the in-cluster PostgreSQL creates and the components use.
pub const DATABASE: &str = "maily";
/// The Secret keys of the in-cluster servers' credentials.
pub const CREDENTIAL_KEYS: [&str; 5] =
    ["postgres-user", "postgres-password", "redis-password", "rabbitmq-user", "rabbitmq-password"];

/// The in-cluster tier is on.
pub fn in_cluster() -> Cond {
    Cond::flag("dataTier.enabled")
}

impl Server {
    /// Its values.
    pub fn values<'a>(&self, tier: &'a DataTier) -> &'a DataServer {
        match self.external {
            External::Postgres => &tier.postgres,
            External::Redis => &tier.redis,
            _ => &tier.rabbitmq,
        }
    }

    /// The server for an outside destination, if it is one.
    pub fn of(external: External) -> Option<Server> {
        SERVERS.into_iter().find(|s| s.external == external)
    }

    fn path(&self, rest: &str) -> String {
        format!("dataTier.{}.{rest}", self.key)
    }
}

fn literal(name: &str, value: String) -> EnvVar {
    EnvVar { name: name.to_string(), value: Some(value), value_from: None }
}

/// The variables that hold a server's credentials, read from the Secret, in
/// the server's pod and in each component that builds a URL from them.
fn credentials(ctx: &Ctx, server: &Server, prefix: &str) -> Vec<EnvVar> {
    match server.external {
        External::Postgres => vec![
            secret_var(ctx, &format!("{prefix}POSTGRES_USER"), "postgres-user", false),
            secret_var(ctx, &format!("{prefix}POSTGRES_PASSWORD"), "postgres-password", false),
        ],
        External::Redis => vec![secret_var(ctx, &format!("{prefix}REDIS_PASSWORD"), "redis-password", false)],
        _ => vec![
            secret_var(ctx, &format!("{prefix}RABBITMQ_DEFAULT_USER"), "rabbitmq-user", false),
            secret_var(ctx, &format!("{prefix}RABBITMQ_DEFAULT_PASS"), "rabbitmq-password", false),
        ],
    }
}

/// The prefix of the credential variables in the components' containers.
pub const CREDENTIAL_PREFIX: &str = "MAILY_";

/// The in-cluster URL of a server, from the credential variables (`$(VAR)`).
fn in_cluster_url(ctx: &Ctx, server: &Server) -> String {
    let host = names::component_name(ctx, server.name);
    let p = CREDENTIAL_PREFIX;
    match server.external {
        External::Postgres => {
            format!("postgresql://$({p}POSTGRES_USER):$({p}POSTGRES_PASSWORD)@{host}:5432/{DATABASE}")
        }
        External::Redis => format!("redis://:$({p}REDIS_PASSWORD)@{host}:6379/0"),
        _ => format!("amqp://$({p}RABBITMQ_DEFAULT_USER):$({p}RABBITMQ_DEFAULT_PASS)@{host}:5672/"),
    }
}

/// The connection variables of a component, one per data server it calls:
/// in the release, the URL of the in-cluster server (after the credential
/// variables it expands); outside, the Secret's URL, or with the component's
/// `secretsAsFiles` `<VAR>_FILE` naming the mounted URL key.
pub fn connection_env(ctx: &Ctx, def: &Def) -> Vec<EnvVar> {
    let mut out = Vec::new();
    for call in def.calls {
        let Call::External(e) = call else { continue };
        let Some(server) = Server::of(*e) else { continue };
        let mut inside = credentials(ctx, &server, CREDENTIAL_PREFIX);
        inside.push(literal(server.url_var.0, in_cluster_url(ctx, &server)));
        out.extend(inside.into_iter().filter_map(|v| ctx.when_item_fresh(in_cluster(), v)));
        let outside = |files: Cond| Cond::All(vec![!in_cluster(), files]);
        let as_files = crate::common::env::as_files(def);
        out.extend(
            ctx.when_item_fresh(outside(!as_files.clone()), secret_var(ctx, server.url_var.0, server.url_var.1, false)),
        );
        // A computed value: a guarded item needs a marker in the symbolic render.
        let path = format!("{}/{}", crate::common::env::SECRET_FILES_DIR, server.url_var.1);
        let path = ctx.computed(&format!("{path:?}"), move |_, _| path.clone());
        let file = literal(&format!("{}{}", server.url_var.0, crate::common::env::FILE_SUFFIX), path);
        out.extend(ctx.when_item_fresh(outside(as_files), file));
    }
    out
}

/// The Secret keys of the URLs that `def` reads while the tier is off (one
/// per data server it calls: `database-url`, `redis-url`, `rabbitmq-url`).
pub fn url_keys(def: &Def) -> Vec<&'static str> {
    def.calls
        .iter()
        .filter_map(|call| match call {
            Call::External(e) => Server::of(*e).map(|s| s.url_var.1),
            _ => None,
        })
        .collect()
}

/// The Secret keys that the data tier makes the release read, for the
/// ExternalSecret: on, the servers' credentials ([`CREDENTIAL_KEYS`], read
/// by the servers and by the components that build URLs from them); off,
/// the URL keys ([`url_keys`]) of the enabled components.
pub fn secret_keys(values: &crate::values::Values) -> Vec<&'static str> {
    if values.data_tier.enabled {
        return CREDENTIAL_KEYS.to_vec();
    }
    crate::components::ALL
        .iter()
        .filter(|r| (r.values)(values).workload().enabled)
        .flat_map(|r| url_keys(r.def))
        .collect()
}

/// The Helm twin of [`secret_keys`]: template lines that `set` each key in
/// the dict `$keys`, reading the values from `$.Values`.
pub fn secret_keys_tpl() -> String {
    let mut out = String::from("{{- if $.Values.dataTier.enabled }}\n");
    for key in CREDENTIAL_KEYS {
        out.push_str(&format!("{{{{- $_ := set $keys {key:?} true }}}}\n"));
    }
    out.push_str("{{- else }}\n");
    for r in crate::components::ALL {
        let keys = url_keys(r.def);
        if keys.is_empty() {
            continue;
        }
        out.push_str(&format!("{{{{- if (index $.Values {:?}).enabled }}}}\n", r.def.key));
        for key in keys {
            out.push_str(&format!("{{{{- $_ := set $keys {key:?} true }}}}\n"));
        }
        out.push_str("{{- end }}\n");
    }
    out.push_str("{{- end }}\n");
    out
}

/// The names of the connection variables `def` gets in either mode.
pub fn connection_var_names(def: &Def) -> Vec<String> {
    let mut out = Vec::new();
    for call in def.calls {
        let Call::External(e) = call else { continue };
        let Some(server) = Server::of(*e) else { continue };
        let prefix = CREDENTIAL_PREFIX;
        out.extend(match server.external {
            External::Postgres => vec![format!("{prefix}POSTGRES_USER"), format!("{prefix}POSTGRES_PASSWORD")],
            External::Redis => vec![format!("{prefix}REDIS_PASSWORD")],
            _ => vec![format!("{prefix}RABBITMQ_DEFAULT_USER"), format!("{prefix}RABBITMQ_DEFAULT_PASS")],
        });
        out.push(server.url_var.0.to_string());
    }
    out
}

/// `REDIS_HOST` and `REDIS_PORT` (the AI service's Redis settings): the
/// in-cluster Redis, or `dataTier.externalRedis` while it names a host.
pub fn redis_host_port(ctx: &Ctx) -> Vec<EnvVar> {
    let tier = &ctx.values().data_tier;
    let outside = Cond::All(vec![!in_cluster(), Cond::non_empty("dataTier.externalRedis.host")]);
    let mut out = Vec::new();
    out.extend(ctx.when_item_fresh(in_cluster(), literal("REDIS_HOST", names::component_name(ctx, REDIS.name))));
    let port = ctx.computed("\"6379\"", |_, _| "6379".to_string());
    out.extend(ctx.when_item_fresh(in_cluster(), literal("REDIS_PORT", port)));
    out.extend(ctx.when_item_fresh(outside.clone(), literal("REDIS_HOST", tier.external_redis.host.clone())));
    out.extend(ctx.when_item_fresh(outside, literal("REDIS_PORT", ctx.int_string(tier.external_redis.port))));
    out
}

fn exec(command: &str, timing: &ProbeTiming) -> k8s_openapi::api::core::v1::Probe {
    crate::common::probes::exec(&["/bin/sh".to_string(), "-c".to_string(), command.to_string()], timing)
}

/// The server's container: image, credentials, command, probes, mounts.
fn container(ctx: &Ctx, server: &Server) -> Container {
    let v = server.values(&ctx.values().data_tier);
    let mut env = credentials(ctx, server, "");
    let (command, args, liveness, readiness) = match server.external {
        External::Postgres => {
            env.push(literal("POSTGRES_DB", DATABASE.to_string()));
            // A subdirectory: the volume's root holds `lost+found`, which initdb refuses.
            env.push(literal("PGDATA", format!("{}/pgdata", server.data_dir)));
            let ready = r#"pg_isready -h 127.0.0.1 -U "$POSTGRES_USER" -d "$POSTGRES_DB""#;
            (None, None, exec(ready, &v.liveness_probe), exec(ready, &v.readiness_probe))
        }
        External::Redis => {
            // The password reaches redis-server as an argument (`$(VAR)`
            // expansion): visible to whoever can exec into this pod, which
            // can read the variable anyway.
            let args = ["--requirepass", "$(REDIS_PASSWORD)", "--appendonly", "yes", "--dir", server.data_dir];
            let ping = r#"REDISCLI_AUTH="$REDIS_PASSWORD" redis-cli -h 127.0.0.1 ping | grep -q PONG"#;
            (
                Some(vec!["redis-server".to_string()]),
                Some(args.map(String::from).to_vec()),
                exec(ping, &v.liveness_probe),
                exec(ping, &v.readiness_probe),
            )
        }
        _ => {
            // The Erlang cookie is written to HOME, the data volume.
            env.push(literal("HOME", server.data_dir.to_string()));
            (
                None,
                None,
                exec("rabbitmq-diagnostics -q ping", &v.liveness_probe),
                exec("rabbitmq-diagnostics -q check_port_connectivity", &v.readiness_probe),
            )
        }
    };
    let mut mounts = vec![
        security::tmp_mount(),
        VolumeMount { name: "data".to_string(), mount_path: server.data_dir.to_string(), ..Default::default() },
    ];
    mounts.extend(server.scratch_dirs.iter().map(|(name, path)| VolumeMount {
        name: (*name).to_string(),
        mount_path: (*path).to_string(),
        ..Default::default()
    }));
    let ports = std::iter::once(&server.port)
        .chain(server.extra_ports)
        .map(|(name, port)| ContainerPort {
            name: Some((*name).to_string()),
            container_port: *port,
            protocol: Some("TCP".to_string()),
            ..Default::default()
        })
        .collect();
    Container {
        name: server.name.to_string(),
        image: Some(images::reference(ctx, &v.image)),
        image_pull_policy: Some(v.image.pull_policy.clone()),
        command,
        args,
        env: Some(env),
        ports: Some(ports),
        liveness_probe: Some(liveness),
        readiness_probe: Some(readiness),
        resources: Some(crate::workload::resources(&v.resources)),
        security_context: Some(security::container_security_context()),
        volume_mounts: Some(mounts),
        ..Default::default()
    }
}

/// The server's StatefulSet: one pod, its claim from `volumeClaimTemplates`
/// (labelled with the selector labels only, which never change between chart
/// versions, since Kubernetes refuses any change to the templates).
pub fn stateful_set(ctx: &Ctx, server: &Server) -> StatefulSet {
    let v = server.values(&ctx.values().data_tier);
    let selector = labels::selector_labels(ctx, server.name);
    let mut volumes = vec![security::tmp_volume(&Quantity::new("64Mi"))];
    volumes.extend(server.scratch_dirs.iter().map(|(name, _)| k8s_openapi::api::core::v1::Volume {
        name: (*name).to_string(),
        empty_dir: Some(k8s_openapi::api::core::v1::EmptyDirVolumeSource {
            size_limit: Some(K8sQuantity("64Mi".to_string())),
            ..Default::default()
        }),
        ..Default::default()
    }));
    let claim = PersistentVolumeClaim {
        metadata: ObjectMeta { name: Some("data".to_string()), labels: Some(selector.clone()), ..Default::default() },
        spec: Some(PersistentVolumeClaimSpec {
            access_modes: Some(vec!["ReadWriteOnce".to_string()]),
            storage_class_name: ctx
                .when_str(Cond::non_empty(server.path("persistence.storageClass")), &v.persistence.storage_class),
            resources: Some(VolumeResourceRequirements {
                requests: Some(BTreeMap::from([(
                    "storage".to_string(),
                    K8sQuantity(v.persistence.size.as_str().to_string()),
                )])),
                ..Default::default()
            }),
            ..Default::default()
        }),
        ..Default::default()
    };
    let mut pod_labels = labels::pod_labels(ctx, server.name);
    pod_labels.extend(crate::network::mesh::inject_label(ctx));
    StatefulSet {
        metadata: labels::metadata_with(
            ctx,
            server.name,
            server.name,
            crate::common::checkov::annotations(
                ctx,
                crate::common::checkov::Target::DataServer,
                &format!("dataTier.{}", server.key),
            ),
        ),
        spec: Some(StatefulSetSpec {
            replicas: Some(1),
            service_name: Some(names::component_name(ctx, &format!("{}-headless", server.name))),
            selector: LabelSelector { match_labels: Some(selector), ..Default::default() },
            persistent_volume_claim_retention_policy: Some(StatefulSetPersistentVolumeClaimRetentionPolicy {
                when_deleted: Some("Delete".to_string()),
                when_scaled: Some("Retain".to_string()),
            }),
            template: PodTemplateSpec {
                metadata: Some(ObjectMeta { labels: Some(pod_labels), ..Default::default() }),
                spec: Some(PodSpec {
                    automount_service_account_token: Some(false),
                    enable_service_links: Some(false),
                    security_context: Some(security::pod_security_context(&v.pod_security_context)),
                    image_pull_secrets: images::pull_secrets(ctx),
                    containers: vec![container(ctx, server)],
                    volumes: Some(volumes),
                    ..Default::default()
                }),
            },
            volume_claim_templates: Some(vec![claim]),
            ..Default::default()
        }),
        ..Default::default()
    }
}

/// The server's Services: the headless one that names its pods (the
/// StatefulSet's `serviceName`) and the client one the components use.
pub fn services(ctx: &Ctx, server: &Server) -> (Service, Service) {
    let ports: Vec<ServicePort> = std::iter::once(&server.port)
        .chain(server.extra_ports)
        .map(|(name, port)| ServicePort {
            name: Some((*name).to_string()),
            port: *port,
            target_port: Some(IntOrString::String((*name).to_string())),
            protocol: Some("TCP".to_string()),
            ..Default::default()
        })
        .collect();
    let selector = non_empty_map(labels::selector_labels(ctx, server.name));
    let client = Service {
        metadata: labels::metadata(ctx, server.name, server.name),
        spec: Some(ServiceSpec {
            type_: Some("ClusterIP".to_string()),
            selector: selector.clone(),
            ports: Some(ports.clone()),
            ..Default::default()
        }),
        ..Default::default()
    };
    let headless = Service {
        metadata: labels::metadata(ctx, server.name, &format!("{}-headless", server.name)),
        spec: Some(ServiceSpec {
            cluster_ip: Some("None".to_string()),
            selector,
            ports: Some(ports),
            // Peers find each other before they are ready.
            publish_not_ready_addresses: Some(true),
            ..Default::default()
        }),
        ..Default::default()
    };
    (headless, client)
}

/// Every object of the in-cluster data tier, while `dataTier.enabled`.
pub fn resources(ctx: &Ctx) -> Vec<Manifest> {
    let mut out = Vec::new();
    for server in SERVERS {
        let dir = server.name;
        let (headless, client) = services(ctx, &server);
        out.push(Manifest::new(format!("{dir}/statefulset.yaml"), in_cluster(), &stateful_set(ctx, &server)));
        out.push(Manifest::new(format!("{dir}/service-headless.yaml"), in_cluster(), &headless));
        out.push(Manifest::new(format!("{dir}/service.yaml"), in_cluster(), &client));
    }
    out
}

/// `dataTierInDevelopment`: the in-cluster tier only in the environments
/// `dataTier.allowedEnvironments` names (development by default).
pub fn in_development(values: &crate::values::Values) -> Vec<(String, String)> {
    let tier = &values.data_tier;
    if tier.enabled && !tier.allowed_environments.contains(&values.global.environment) {
        return vec![(
            "dataTier.enabled".to_string(),
            format!(
                "is true while global.environment is {:?}, which dataTier.allowedEnvironments does not name: the in-cluster data servers are not for real data (no replication, no backups, data deleted on uninstall); use outside servers, or name the environment",
                values.global.environment
            ),
        )];
    }
    Vec::new()
}

const IN_DEVELOPMENT_TPL: &str = r#"{{- $tier := $root.Values.dataTier }}
{{- if and $tier.enabled (not (has $root.Values.global.environment $tier.allowedEnvironments)) }}
{{- fail (printf "dataTier.enabled is true while global.environment is %q, which dataTier.allowedEnvironments does not name: the in-cluster data servers are not for real data (no replication, no backups, data deleted on uninstall); use outside servers, or name the environment" $root.Values.global.environment) }}
{{- end }}"#;

/// The data tier's chart-wide rules, for [`crate::cross::CHART_RULES`].
pub const RULES: [crate::cross::ChartRule; 1] = [crate::cross::ChartRule {
    name: "dataTierInDevelopment",
    doc: "while `dataTier.enabled`, `global.environment` is one of `dataTier.allowedEnvironments`",
    check: in_development,
    template: || IN_DEVELOPMENT_TPL.to_string(),
}];
