//! The migration table: every logical legacy object, what it became and why;
//! the legacy copy each covered object is compared with per environment; and
//! the reason for every difference those comparisons find.
//!
//! Re-derived from the legacy accounting (its ACCOUNTING.md, measured at an
//! older chart commit) against the chart as it is now: routes (HTTPRoute and
//! Ingress per component), NetworkPolicies from the traffic graph with egress,
//! Istio objects. What other issues will add is recorded as MISSING with the
//! issue that plans it, not as covered.

use super::Change::{Added, Changed, Removed};
use super::{
    Category as C, Change, ChartObject, Entry, Explained, Name, Place, Reason, ReasonKind as K, Source, Status as S,
};

// ------------------------------------------------------------------ reasons

/// A chart object plays the same role; its facts are compared per environment.
pub const SAME_ROLE: Reason = Reason {
    code: "same-role",
    kind: K::Decision,
    text: "A chart object plays the same role; for workloads and Services every fact is compared environment by \
           environment, and each difference has its own reason.",
};
/// NetworkPolicies from the traffic graph.
pub const POLICIES_FROM_GRAPH: Reason = Reason {
    code: "policies-from-graph",
    kind: K::Decision,
    text: "NetworkPolicies come from the chart's traffic graph (each component's declared calls): default deny and \
           DNS for every pod of the release, then per component exactly its callers and destinations, selected by \
           the chart's own labels. The legacy policies selected `app=` labels that matched no pod.",
};
/// Routes instead of nginx Ingresses.
pub const ROUTES: Reason = Reason {
    code: "ingress-to-routes",
    kind: K::Decision,
    text: "Each HTTP component's route (hosts, path prefixes, TLS Secret, request timeout) is rendered as a Gateway \
           API HTTPRoute (staging, production, with an HTTP-to-HTTPS redirect route) or an Ingress (development, \
           host maily.local). ingress-nginx, which the legacy Ingresses were written for, was retired in March \
           2026; its annotations become route fields (timeouts, response headers, CORS).",
};
/// The worker has no Service.
pub const WORKER_NO_SERVICE: Reason = Reason {
    code: "worker-no-service",
    kind: K::LegacyDefect,
    text: "The email worker serves no traffic, so it has no Service; the legacy `workers` Service targeted port \
           3000 on pods that listen on no port.",
};
/// Staging and production use an external data tier.
pub const EXTERNAL_DATA: Reason = Reason {
    code: "external-data",
    kind: K::Decision,
    text: "Staging and production use a database, Redis and RabbitMQ outside the cluster, at private addresses: \
           the components read their URLs from the Secret and reach them through `networkPolicy.egress`. The \
           release's own data servers (`dataTier`) are single pods for development, so replicas, poolers, \
           sentinels, their configuration, budgets, credentials, exporters, monitors and policies belong to the \
           data platform.",
};
/// One pre-existing Secret.
pub const ONE_SECRET: Reason = Reason {
    code: "one-existing-secret",
    kind: K::Decision,
    text: "Credentials come from one pre-existing Secret, `global.existingSecret` (default `maily-secrets`), \
           with kebab-case keys, referenced with `secretKeyRef`; the chart never creates a Secret and holds no \
           secret value (the legacy had plaintext and placeholder Secrets and per-environment names such as \
           `staging-secrets`).",
};
/// No Vault agent injection.
pub const NO_VAULT_AGENT: Reason = Reason {
    code: "no-vault-agent",
    kind: K::Decision,
    text: "Secrets reach the pods as `secretKeyRef`s into the existing Secret, not through Vault agent \
           injection, so the agent's configuration and templates have nothing to configure.",
};
/// No RBAC.
pub const NO_RBAC: Reason = Reason {
    code: "no-rbac",
    kind: K::Decision,
    text: "No component talks to the Kubernetes API: the chart renders no Role and keeps every ServiceAccount \
           token unmounted. The legacy Role let the Vault-injected api read Secrets, which `secretKeyRef`s replace.",
};
/// Namespaces come from helm.
pub const NAMESPACE_BY_HELM: Reason = Reason {
    code: "namespace-by-helm",
    kind: K::Decision,
    text: "The release namespace (`maily-dev`, `maily-staging`, `maily-production`) is created by `helm install \
           --create-namespace`, not by the chart; the legacy's several spellings per environment (`staging` and \
           `maily-staging`; `maily`, `maily-production` and `production`) become one.",
};
/// The partial chart's values are superseded.
pub const PARTIAL_CHART_VALUES: Reason = Reason {
    code: "partial-chart-values",
    kind: K::Decision,
    text: "The abandoned partial chart's values are superseded by the typed values of `environments/*.rs`; their \
           facts were taken where the Kubernetes copies had none (staging sizes of web and workers, HPA bounds).",
};
/// The chart's own Chart.yaml.
pub const CHART_METADATA: Reason = Reason {
    code: "chart-metadata",
    kind: K::Decision,
    text: "The generated chart has its own `Chart.yaml` (name `maily`, its own version and changelog, \
           `kubeVersion` ≥ 1.33); the partial chart's metadata goes with it.",
};

/// The Argo CD Application, generated per environment.
pub const GITOPS: Reason = Reason {
    code: "gitops",
    kind: K::Decision,
    text: "The chart generates the GitOps objects from its environment registry: an Argo CD `Application` per \
           environment (`out/gitops/argocd/<env>.yaml`: the chart from `out/maily` with that environment's values \
           file, its namespace, automated sync with prune and self-heal as typed choices, production synced by \
           hand) and a Flux `HelmRelease` per environment (`out/gitops/flux/`). The legacy single Application \
           synced a directory of plain manifests into one namespace for every environment.",
};

/// What is left of the optional apps: path routing on the API host.
pub const PATH_ROUTING: Reason = Reason {
    code: "path-routing",
    kind: K::Decision,
    text: "Production routes the API host's prefixes to the optional apps through each app's own `route` (the \
           API host, its path prefixes; the Gateway picks the longest match, so every other path stays the \
           API's): `/api/v1/emails` and `/api/v1/templates` to emailProcessing, `/api/v1/metrics` to analytics, \
           `/api/v1/verify` to blockchain. Not kept: `/api/v1/contacts` and `/api/v1/segments` \
           (contactManagement is off in production), `/api/v1/campaigns` (its backend `canvas-service` was \
           never defined), `/octotools` (the AI service has its own host), and the second host `api.maily.com` \
           (the production hosts are the justmaily.com ones). With the chart's own Gateway a host belongs to \
           one component (one listener per host), so this sharing needs an outside Gateway or Ingress.",
};
/// The optional apps, as components.
pub const OPTIONAL_APPS: Reason = Reason {
    code: "optional-apps",
    kind: K::Decision,
    text: "Every optional app is a component of the chart (values key, Deployment, Service, ServiceAccount, HPA, \
           PDB, `helm test` pod, NetworkPolicy from its calls), off by default and on where INVENTORY §11.1 puts it: \
           aiMesh, emailProcessing (staging, production), contactManagement (staging), analytics, blockchain, \
           mailydocs (production); apiEdgeCaching, waf, ipWarming available, off everywhere. Each keeps its \
           legacy port and its readiness path (`/ready` for ai-mesh, `/health/ready` for email processing and \
           contact management, `/health` elsewhere); images come from `maily/` on one registry; the apps read the \
           platform's `DATABASE_URL`/`REDIS_URL` (the one Secret's URLs, or the development servers) instead of \
           per-service database Secrets and ConfigMaps that did not exist; the HPA bounds are the legacy's, \
           on CPU and memory; a PDB keeps all but one pod.",
};
/// email processing's port and probes.
pub const EMAIL_PORT: Reason = Reason {
    code: "email-port-3000",
    kind: K::Decision,
    text: "Email processing listens on 3000, live at `/health` and ready at `/health/ready`: the staging copy, \
           the only Deployment in a namespace, and the port production's Service targeted; the unified `email` \
           copy's port 4000 and readiness at `/health` go.",
};
/// Optional apps' configuration from typed Rust.
pub const TYPED_APP_CONFIG: Reason = Reason {
    code: "typed-app-config",
    kind: K::Decision,
    text: "Each optional app's configuration is a chart ConfigMap rendered from typed Rust: the blockchain \
           contracts' ABIs (`blockchain.contractAbis`, typed `AbiItem`), the edge cache's `nginx.conf` (its zone, \
           paths and durations, upstream the chart's api Service, for an unprivileged nginx on 8080), the WAF's \
           settings and rules (the OWASP Core Rule Set's maintained rules in place of hand-written patterns, \
           Maily's per-client limit as a rule file), IP warming's compliance settings (`ipWarming.complianceConfig`, \
           typed `Compliance`: retention, opt-in and opt-out, the warming ramp).",
};
/// No Role for the blockchain service.
pub const BLOCKCHAIN_NO_ROLE: Reason = Reason {
    code: "blockchain-no-role",
    kind: K::Decision,
    text: "The blockchain service gets its own ServiceAccount without a token and no Role: it reads its contract \
           ABIs from the mounted ConfigMap and its keys through `secretKeyRef`s, so it never calls the Kubernetes \
           API; the legacy Role's get/list on ConfigMaps and Secrets granted read access to every Secret of the \
           namespace for nothing.",
};
/// Routes of the optional apps.
pub const APP_ROUTES: Reason = Reason {
    code: "app-routes",
    kind: K::Decision,
    text: "An optional app is reached from outside through its own `route` (hosts and paths), rendered like the \
           core's: ai-mesh on `ai-mesh(-staging).justmaily.com` with a 300 s timeout. MailyDocs keeps the legacy's \
           path `/api/mailydocs`, on the production API host (the legacy served it on another domain, \
           `api.mailyapp.com`); contact management is off in \
           development, whose legacy copy was an nginx placeholder behind `maily.local`.",
};
/// The development data tier and the connection setting.
pub const DEV_DATA_TIER: Reason = Reason {
    code: "dev-data-tier",
    kind: K::Decision,
    text: "One setting, `dataTier.enabled`, says where PostgreSQL, Redis and RabbitMQ are. On in development: the \
           release runs each as a StatefulSet of one pod (pinned postgres 15, redis 7, rabbitmq 3.12-management \
           images, a claim from `volumeClaimTemplates`, its own probe command) with a headless and a client \
           Service, and every component gets the URL of each server it calls (`DATABASE_URL`, `REDIS_URL`, \
           `RABBITMQ_URL`: the api publishes to the queues, so it gets all three), built from the in-cluster \
           Service and the Secret's credentials. Off in staging and production: the same variables come from the \
           Secret's `database-url`, `redis-url` and `rabbitmq-url`. The legacy's development literals (a DSN with \
           inline credentials) and its passwordless Redis go.",
};
/// The web front end's URLs.
pub const WEB_URLS: Reason = Reason {
    code: "web-urls",
    kind: K::Decision,
    text: "The web front end knows where the API is in every environment: `API_URL` (its server side) is the api's \
           Service, named by the chart; `NEXTAUTH_URL` and `NEXT_PUBLIC_API_URL` (and in production \
           `NEXT_PUBLIC_CDN_URL`) are the environment's public URLs, from the infrastructure and Argo CD copies \
           (production's API URL is `api.justmaily.com`, not the edge cache's host, which is off by default).",
};
/// Which Secret keys may be missing.
pub const OPTIONAL_KEYS: Reason = Reason {
    code: "optional-keys",
    kind: K::Decision,
    text: "Per key, whether a missing Secret key stops the pod: each AI provider's key and the Redis password \
           stay optional (`optionalSecretEnv`), as the legacy had them; the database URL, without which the \
           service cannot run, is required (the legacy marked it optional too, so a missing key started a pod \
           that could not work).",
};
/// Monitoring: issue 7.
pub const DERIVED_MONITORING: Reason = Reason {
    code: "derived-monitoring",
    kind: K::Decision,
    text: "Replaced by monitoring derived from the component registry (`monitoring.*`, on in staging and \
           production): one PrometheusRule with platform alerts for every deployed component, optional apps \
           included (the legacy's CPU, memory and crash-loop alerts, from kube-state-metrics and cAdvisor), SLO \
           recording and alerting rules for each component that serves metrics (the legacy's SLA alerts) and the \
           email delivery rules, each threshold a value; and Grafana dashboards as sidecar ConfigMaps. The \
           legacy's rules and panels on the API's and mailydocs' own metrics are not kept: those components \
           declare no metrics endpoint (`Def::metrics_path`), so the rules would select no series; declaring one \
           gives the component its SLO rules and dashboard.",
};
/// The ExternalSecret and its store: optional, the legacy's mapping as defaults.
pub const EXTERNAL_SECRET: Reason = Reason {
    code: "external-secret",
    kind: K::Decision,
    text: "Optional (`externalSecret.enabled`, off in every environment): the chart's ExternalSecret \
           `<release>-maily-secrets` builds `global.existingSecret` from a SecretStore or ClusterSecretStore, with \
           exactly the keys the deployed components read; `externalSecret.vault.create` adds the Vault SecretStore \
           and the ServiceAccount it logs in as. The defaults restate the legacy's: store `vault-backend`, KV v2 at \
           `secret`, Kubernetes auth role `maily-role`, refresh 1h, the `maily/<group>` keys.",
};
/// Rotation by refresh.
pub const ROTATION_BY_REFRESH: Reason = Reason {
    code: "rotation-by-refresh",
    kind: K::Decision,
    text: "Replaced by the ExternalSecret's refresh (`externalSecret.refreshInterval`): a value rotated in the store \
           reaches the Secret without a job, and pods roll where `reloader` asks. The legacy CronJob ran a \
           placeholder script with a token from a Secret that existed only in `default`; its ServiceAccount, \
           Role, scripts and log volume served only it.",
};
/// Namespace guard-rails.
pub const GUARDS: Reason = Reason {
    code: "namespace-guards",
    kind: K::Decision,
    text: "Optional (`namespaceGuards.enabled`, off in every environment): one ResourceQuota holding each limit of the \
           legacy's four overlapping quotas once, and one LimitRange (the legacy's, with a container minimum of 32Mi \
           so that the helm test pods fit); cross-field rules keep the chart's own containers inside it.",
};

/// Platform software.
pub const OOS_PLATFORM: Reason = Reason {
    code: "platform",
    kind: K::OutOfScope,
    text: "Platform software run by the platform team in its own namespace or cluster (Prometheus and Grafana \
           servers, Alertmanager, the ELK and Loki/Tempo/OpenTelemetry stacks, Datadog, Velero, Argo CD) and its \
           configuration; not part of the Maily release.",
};
/// Vault itself.
pub const OOS_VAULT: Reason = Reason {
    code: "vault-platform",
    kind: K::OutOfScope,
    text: "HashiCorp Vault itself (server, agent injector, setup and rotation jobs, demo clients and their \
           permissions, its alerts): platform software. The chart reads the Secret that Vault may feed.",
};
/// Policy engines.
pub const OOS_POLICY: Reason = Reason {
    code: "policy-engines",
    kind: K::OutOfScope,
    text: "Admission control and policy engines (Kyverno policies, Gatekeeper and its constraints, the OPA \
           server): cluster software; the chart meets the restricted Pod Security Standard by construction.",
};
/// Cluster-scoped objects.
pub const OOS_CLUSTER: Reason = Reason {
    code: "cluster-scoped",
    kind: K::OutOfScope,
    text: "Cluster-scoped objects (ClusterRoles and their bindings, admission webhooks, CRDs) of platform \
           software: a release in one namespace does not own them, and the chart needs none.",
};
/// PodSecurityPolicy.
pub const OOS_PSP: Reason = Reason {
    code: "removed-api",
    kind: K::OutOfScope,
    text: "PodSecurityPolicy was removed in Kubernetes 1.25; the chart requires 1.33 and gives every pod a \
           restricted security context instead.",
};
/// Security agents.
pub const OOS_AGENTS: Reason = Reason {
    code: "security-agents",
    kind: K::OutOfScope,
    text: "Security and audit agents (a Prometheus, Alertmanager and privileged Falco pod; a fluentd audit \
           shipper) and their configuration and policy: node and cluster tooling, not the Maily release.",
};
/// Chaos experiments.
pub const OOS_CHAOS: Reason = Reason {
    code: "chaos-experiments",
    kind: K::OutOfScope,
    text: "Chaos Mesh experiments (paused, selecting no pod): test tooling that needs the Chaos Mesh operator, \
           not part of the release.",
};
/// Dead in the legacy.
pub const OOS_DEAD: Reason = Reason {
    code: "dead-in-legacy",
    kind: K::OutOfScope,
    text: "Dead in the legacy itself: it selects, serves or configures nothing that exists anywhere in the legacy \
           manifests.",
};
/// Documentation.
pub const OOS_DOCS: Reason = Reason {
    code: "documentation",
    kind: K::OutOfScope,
    text: "Documentation, not deployable (a catalogue of metric names).",
};

/// Images from one registry.
pub const REGISTRY: Reason = Reason {
    code: "one-registry",
    kind: K::Decision,
    text: "The chart names one registry explicitly (`global.imageRegistry`, docker.io) and fully qualifies every \
           image, all from the `maily/` organisation; the legacy mixed maily/, justmaily/, ghcr.io and ECR.",
};
/// Named ports.
pub const NAMED_PORTS: Reason = Reason {
    code: "named-ports",
    kind: K::Decision,
    text: "The container port is named `http`; Services, probes, routes and policies refer to it by name.",
};
/// Selector labels.
pub const CHART_LABELS: Reason = Reason {
    code: "chart-labels",
    kind: K::Decision,
    text: "Selectors are `app.kubernetes.io/name`, `instance` and `component`, nothing else, so they never \
           change between chart versions; the legacy `app=` labels go, and with them every legacy selector on them.",
};
/// Object names.
pub const CHART_NAMES: Reason = Reason {
    code: "chart-names",
    kind: K::Decision,
    text: "Objects are named `<release>-<component>` (`maily-api` for release `maily`), so two releases never \
           clash; clients reach the Services by those names.",
};
/// Service port 80.
pub const SERVICE_PORT: Reason = Reason {
    code: "service-port-80",
    kind: K::Decision,
    text: "Every HTTP Service listens on port 80 (`<component>.service.port`) and targets the container's `http` \
           port, in every environment.",
};
/// ENVIRONMENT from global.environment.
pub const ENVIRONMENT_VAR: Reason = Reason {
    code: "environment-variable",
    kind: K::Decision,
    text: "`ENVIRONMENT` is set in every container from `global.environment`.",
};
/// Read-only root, /tmp.
pub const TMP_VOLUME: Reason = Reason {
    code: "read-only-root",
    kind: K::Decision,
    text: "Root filesystems are read-only (restricted Pod Security Standard); `/tmp` is a size-limited emptyDir.",
};
/// HPAs in staging and production.
pub const HPA_BOUNDS: Reason = Reason {
    code: "hpa-bounds",
    kind: K::Decision,
    text: "Staging and production scale api, web and workers with HPAs at CPU 70 % and memory 80 % (2–5 replicas \
           in staging, 3–10 in production): the bounds of the partial chart's values, where the Kubernetes copies \
           ran fixed replica counts. While an HPA owns a Deployment the chart leaves `replicas` out.",
};
/// One probe timing.
pub const PROBE_TIMINGS: Reason = Reason {
    code: "probe-timings",
    kind: K::Decision,
    text: "One probe timing per component in every environment, the production copy's: the api's liveness every \
           30 s with a 5 s timeout and readiness with a 3 s timeout; development and staging copies had Kubernetes' \
           1 s default timeout.",
};
/// api port 8000.
pub const API_PORT: Reason = Reason {
    code: "api-port-8000",
    kind: K::Decision,
    text: "The api listens on 8000 in every environment, as six of its seven legacy copies did (development's used 3000).",
};
/// AI service port 8080.
pub const AI_PORT: Reason = Reason {
    code: "ai-port-8080",
    kind: K::Decision,
    text: "The AI service listens on 8080 with a startup probe in every environment, from the staging copy, the \
           only fully specified one (production's unified copy used 6000 and had no startup probe).",
};
/// The worker's command.
pub const WORKER_COMMAND: Reason = Reason {
    code: "worker-command",
    kind: K::Decision,
    text: "The worker runs `python -m workers.email_worker` (the infrastructure copy's command) and is live and \
           ready while that process runs.",
};
/// Development's literal credentials.
pub const DEV_CREDENTIALS: Reason = Reason {
    code: "dev-credentials",
    kind: K::Decision,
    text: "Development reads its credentials from the Secret like every environment; the legacy development api \
           had a literal database URL with inline credentials (`SUPABASE_URL`, now `DATABASE_URL`) and a literal \
           Redis URL, and no JWT secret.",
};
/// The api's runtime variable.
pub const PYTHON_ENV: Reason = Reason {
    code: "python-env",
    kind: K::Decision,
    text: "The api is a Python service: its runtime variable is `PYTHON_ENV`; the legacy's `NODE_ENV` on it goes.",
};
/// Web gets probes everywhere.
pub const WEB_PROBES: Reason = Reason {
    code: "web-probes",
    kind: K::Decision,
    text: "The web front end is probed at `/api/health` in every environment, with the production copy's timings \
           (development's copy had no probes).",
};
/// Web's secrets in every environment.
pub const WEB_SECRETS: Reason = Reason {
    code: "web-secrets",
    kind: K::Decision,
    text: "The web front end reads `DATABASE_URL` and `NEXTAUTH_SECRET` from the Secret in every environment, as \
           the Argo CD copy of production did.",
};
/// Every core component in every environment.
pub const EVERY_ENVIRONMENT: Reason = Reason {
    code: "core-everywhere",
    kind: K::Decision,
    text: "api, web and workers run in every environment (the AI service wherever it is on): where the legacy had \
           no Kubernetes copy (web and workers in staging, workers in development), the sizes come from the \
           partial chart's staging values or the infrastructure copy.",
};
/// The AI service has a Service wherever it runs.
pub const AI_SERVICE_EVERYWHERE: Reason = Reason {
    code: "ai-service-reachable",
    kind: K::LegacyDefect,
    text: "The AI service has a Service wherever it runs: production's unified copy had none, so nothing could \
           reach it there.",
};
/// The AI service's configuration.
pub const AI_CONFIG: Reason = Reason {
    code: "ai-config",
    kind: K::Decision,
    text: "The AI service's agents and workflows are the chart's ConfigMap `<release>-ai-service` (values \
           `aiService.agentsConfig`), mounted read-only at `/app/config` in every environment where it runs, its \
           checksum a pod annotation.",
};
/// AI env from the staging copy.
pub const AI_ENV: Reason = Reason {
    code: "ai-env",
    kind: K::Decision,
    text: "The AI service's variables are the staging copy's (`LOG_LEVEL`, the provider keys, `REDIS_PASSWORD`, \
           `DATABASE_URL`) in every environment where it runs; production's unified copy had none.",
};
/// The api's secrets in every environment.
pub const API_SECRETS: Reason = Reason {
    code: "api-secrets",
    kind: K::Decision,
    text: "The api reads `DATABASE_URL`, `REDIS_URL` and `JWT_SECRET` from the Secret in every environment, as the \
           staging and infrastructure copies did (production's unified copy listed none).",
};
/// The worker's secrets in every environment.
pub const WORKER_SECRETS: Reason = Reason {
    code: "worker-secrets",
    kind: K::Decision,
    text: "The worker reads its database, Redis and RabbitMQ URLs and its OpenAI, Anthropic and Google keys from \
           the Secret in every environment (the infrastructure copy's six variables; the unified copy listed none).",
};
/// The legacy's wrong port.
pub const WRONG_TARGET: Reason = Reason {
    code: "legacy-target-port",
    kind: K::LegacyDefect,
    text: "The legacy production Services (`kubernetes/services/`, generated by a script) all targeted port 3000, \
           where the api listened on 8000; the chart targets the container's `http` port.",
};

/// Every reason, in the order the chart README lists them.
pub const REASONS: &[Reason] = &[
    SAME_ROLE,
    POLICIES_FROM_GRAPH,
    ROUTES,
    WORKER_NO_SERVICE,
    EXTERNAL_DATA,
    ONE_SECRET,
    NO_VAULT_AGENT,
    NO_RBAC,
    NAMESPACE_BY_HELM,
    PARTIAL_CHART_VALUES,
    CHART_METADATA,
    GITOPS,
    REGISTRY,
    NAMED_PORTS,
    CHART_LABELS,
    CHART_NAMES,
    SERVICE_PORT,
    ENVIRONMENT_VAR,
    TMP_VOLUME,
    HPA_BOUNDS,
    PROBE_TIMINGS,
    API_PORT,
    AI_PORT,
    WORKER_COMMAND,
    DEV_CREDENTIALS,
    PYTHON_ENV,
    WEB_PROBES,
    WEB_SECRETS,
    API_SECRETS,
    WORKER_SECRETS,
    EVERY_ENVIRONMENT,
    AI_SERVICE_EVERYWHERE,
    AI_CONFIG,
    AI_ENV,
    WRONG_TARGET,
    OPTIONAL_APPS,
    EMAIL_PORT,
    TYPED_APP_CONFIG,
    BLOCKCHAIN_NO_ROLE,
    APP_ROUTES,
    PATH_ROUTING,
    DEV_DATA_TIER,
    WEB_URLS,
    OPTIONAL_KEYS,
    DERIVED_MONITORING,
    EXTERNAL_SECRET,
    ROTATION_BY_REFRESH,
    GUARDS,
    OOS_PLATFORM,
    OOS_VAULT,
    OOS_POLICY,
    OOS_CLUSTER,
    OOS_PSP,
    OOS_AGENTS,
    OOS_CHAOS,
    OOS_DEAD,
    OOS_DOCS,
];

// ------------------------------------------------------------------ namespaces

/// Where each legacy namespace deployed to. An object with no namespace is
/// production-like (the values in those files are production's); a
/// namespace not listed here is reported.
pub const NAMESPACES: &[(&str, Place)] = &[
    ("maily-dev", Place::Env("development")),
    ("development", Place::Env("development")),
    ("staging", Place::Env("staging")),
    ("maily-staging", Place::Env("staging")),
    ("maily", Place::Env("production")),
    ("maily-production", Place::Env("production")),
    ("production", Place::Env("production")),
    ("default", Place::ProductionLike),
    ("monitoring", Place::Platform),
    ("vault", Place::Platform),
    ("kyverno", Place::Platform),
    ("gatekeeper-system", Place::Platform),
    ("velero", Place::Platform),
    ("argocd", Place::Platform),
];

/// The namespace each environment is installed in (the environments' doc comments).
pub const TARGET_NAMESPACES: &[(&str, &str)] =
    &[("development", "maily-dev"), ("staging", "maily-staging"), ("production", "maily-production")];

// ------------------------------------------------------------------ entries

const fn any(name: &'static str) -> Name {
    Name { name, namespace: None }
}

const fn at(name: &'static str, namespace: &'static str) -> Name {
    Name { name, namespace: Some(namespace) }
}

const fn to(kind: &'static str, suffix: &'static str) -> ChartObject {
    ChartObject { kind, suffix }
}

/// One logical object.
const fn one(
    id: &'static str,
    kinds: &'static [&'static str],
    names: &'static [Name],
    category: C,
    status: S,
    reason: &'static Reason,
    became: &'static [ChartObject],
) -> Entry {
    Entry { id, kinds, names, category, status, reason, became, each: false }
}

/// One logical object per kind and name, same status and reason.
const fn each(
    id: &'static str,
    kinds: &'static [&'static str],
    names: &'static [Name],
    category: C,
    status: S,
    reason: &'static Reason,
) -> Entry {
    Entry { id, kinds, names, category, status, reason, became: &[], each: true }
}

const D: &[&str] = &["Deployment"];
const SVC: &[&str] = &["Service"];
const CM: &[&str] = &["ConfigMap"];
const NP: &[&str] = &["NetworkPolicy"];
const HPA: &[&str] = &["HorizontalPodAutoscaler"];
const PDB: &[&str] = &["PodDisruptionBudget"];
const ING: &[&str] = &["Ingress"];
const SA: &[&str] = &["ServiceAccount"];
const DOC: &[&str] = &["Document"];

/// Every logical legacy object. Named entries are matched first (an object
/// two of them take is reported), then wildcard entries in order.
#[rustfmt::skip]
pub const ENTRIES: &[Entry] = &[
    // ---- core workloads
    one("Deployment api", D, &[any("api"), any("maily-api"), any("maily-backend")], C::CoreWorkload, S::Covered, &SAME_ROLE, &[to("Deployment", "api")]),
    one("Service api", SVC, &[any("api"), any("maily-api"), any("maily-backend")], C::CoreWorkload, S::Covered, &SAME_ROLE, &[to("Service", "api")]),
    one("Deployment web", D, &[any("web"), any("maily-web"), any("maily-frontend")], C::CoreWorkload, S::Covered, &SAME_ROLE, &[to("Deployment", "web")]),
    one("Service web", SVC, &[any("web"), any("maily-web"), any("maily-frontend")], C::CoreWorkload, S::Covered, &SAME_ROLE, &[to("Service", "web")]),
    one("Deployment workers", D, &[any("workers"), any("maily-worker")], C::CoreWorkload, S::Covered, &SAME_ROLE, &[to("Deployment", "workers")]),
    one("Service workers", SVC, &[any("workers")], C::CoreWorkload, S::Changed, &WORKER_NO_SERVICE, &[]),
    one("Deployment ai-service", D, &[any("ai-service"), any("maily-ai-service")], C::CoreWorkload, S::Covered, &SAME_ROLE, &[to("Deployment", "ai-service")]),
    one("Service ai-service", SVC, &[any("maily-ai-service")], C::CoreWorkload, S::Covered, &SAME_ROLE, &[to("Service", "ai-service")]),
    // ---- optional apps (issue 11)
    one("Deployment email-processing", D, &[any("email"), any("email-processing-service")], C::OptionalApp, S::Changed, &EMAIL_PORT, &[to("Deployment", "email-processing")]),
    one("Service email-processing", SVC, &[any("email-processing-service"), any("email-service")], C::OptionalApp, S::Changed, &EMAIL_PORT, &[to("Service", "email-processing")]),
    one("Deployment contact-management", D, &[any("contact-management-service")], C::OptionalApp, S::Changed, &OPTIONAL_APPS, &[to("Deployment", "contact-management")]),
    one("Service contact-management", SVC, &[any("contact-management-service")], C::OptionalApp, S::Changed, &OPTIONAL_APPS, &[to("Service", "contact-management")]),
    one("Deployment analytics", D, &[any("analytics")], C::OptionalApp, S::Changed, &OPTIONAL_APPS, &[to("Deployment", "analytics")]),
    one("Service analytics", SVC, &[any("analytics-service")], C::OptionalApp, S::Changed, &OPTIONAL_APPS, &[to("Service", "analytics")]),
    one("Deployment blockchain", D, &[any("blockchain-service")], C::OptionalApp, S::Changed, &OPTIONAL_APPS, &[to("Deployment", "blockchain")]),
    one("Service blockchain", SVC, &[any("blockchain-service")], C::OptionalApp, S::Changed, &OPTIONAL_APPS, &[to("Service", "blockchain")]),
    one("Deployment mailydocs", D, &[any("mailydocs")], C::OptionalApp, S::Changed, &OPTIONAL_APPS, &[to("Deployment", "mailydocs")]),
    one("Service mailydocs", SVC, &[any("mailydocs")], C::OptionalApp, S::Changed, &OPTIONAL_APPS, &[to("Service", "mailydocs")]),
    one("Deployment api-edge-caching", D, &[any("api-edge-caching")], C::OptionalApp, S::Changed, &OPTIONAL_APPS, &[]),
    one("Service api-edge-caching", SVC, &[any("api-edge-caching")], C::OptionalApp, S::Changed, &OPTIONAL_APPS, &[]),
    one("Deployment waf", D, &[any("maily-waf")], C::OptionalApp, S::Changed, &OPTIONAL_APPS, &[]),
    one("Service waf", SVC, &[any("maily-waf")], C::OptionalApp, S::Changed, &OPTIONAL_APPS, &[]),
    one("Deployment ip-warming", D, &[any("ip-warming-service")], C::OptionalApp, S::Changed, &OPTIONAL_APPS, &[]),
    one("Service ip-warming", SVC, &[any("ip-warming-service")], C::OptionalApp, S::Changed, &OPTIONAL_APPS, &[]),
    one("Deployment ai-mesh", D, &[any("ai-mesh"), any("ai-mesh-network")], C::OptionalApp, S::Changed, &OPTIONAL_APPS, &[to("Deployment", "ai-mesh")]),
    one("Service ai-mesh", SVC, &[any("ai-mesh"), any("ai-mesh-network")], C::OptionalApp, S::Changed, &OPTIONAL_APPS, &[to("Service", "ai-mesh")]),
    one("Service campaign", SVC, &[any("campaign-service")], C::OptionalApp, S::OutOfScope, &OOS_DEAD, &[]),
    // ---- data tier
    one("StatefulSet postgres", &["StatefulSet"], &[any("maily-postgres"), any("postgres-primary")], C::DataTier, S::Changed, &DEV_DATA_TIER, &[to("StatefulSet", "postgres")]),
    one("Service postgres", SVC, &[any("maily-postgres"), any("postgres-primary")], C::DataTier, S::Changed, &DEV_DATA_TIER, &[to("Service", "postgres"), to("Service", "postgres-headless")]),
    one("StatefulSet postgres-replica", &["StatefulSet"], &[any("postgres-replica")], C::DataTier, S::Changed, &EXTERNAL_DATA, &[]),
    one("Service postgres-read", SVC, &[any("postgres-replica"), any("postgres-read")], C::DataTier, S::Changed, &EXTERNAL_DATA, &[]),
    one("ConfigMap postgres-config", CM, &[any("postgres-config")], C::DataTier, S::Changed, &EXTERNAL_DATA, &[]),
    one("ConfigMap pgbouncer-config", CM, &[any("pgbouncer-config")], C::DataTier, S::Changed, &EXTERNAL_DATA, &[]),
    one("Deployment pgbouncer", D, &[any("pgbouncer")], C::DataTier, S::Changed, &EXTERNAL_DATA, &[]),
    one("Service pgbouncer", SVC, &[any("pgbouncer")], C::DataTier, S::Changed, &EXTERNAL_DATA, &[]),
    one("StatefulSet rabbitmq", &["StatefulSet"], &[any("maily-rabbitmq")], C::DataTier, S::Changed, &DEV_DATA_TIER, &[to("StatefulSet", "rabbitmq")]),
    one("Service rabbitmq", SVC, &[any("maily-rabbitmq")], C::DataTier, S::Changed, &DEV_DATA_TIER, &[to("Service", "rabbitmq"), to("Service", "rabbitmq-headless")]),
    one("Redis server", &["Deployment", "StatefulSet"], &[any("redis"), any("redis-master"), any("maily-redis")], C::DataTier, S::Changed, &DEV_DATA_TIER, &[to("StatefulSet", "redis")]),
    one("Service redis", SVC, &[any("redis"), any("redis-master"), any("maily-redis")], C::DataTier, S::Changed, &DEV_DATA_TIER, &[to("Service", "redis"), to("Service", "redis-headless")]),
    one("Service redis-headless", SVC, &[any("redis-headless")], C::DataTier, S::Changed, &EXTERNAL_DATA, &[]),
    one("ConfigMap redis-config", CM, &[any("redis-config"), any("redis-cluster-config")], C::DataTier, S::Changed, &EXTERNAL_DATA, &[]),
    one("PersistentVolumeClaim redis-data", &["PersistentVolumeClaim"], &[any("redis-data-pvc")], C::DataTier, S::Changed, &EXTERNAL_DATA, &[]),
    one("PersistentVolumeClaim mailydocs-documents", &["PersistentVolumeClaim"], &[any("document-storage-pvc")], C::DataTier, S::Changed, &OPTIONAL_APPS, &[to("PersistentVolumeClaim", "mailydocs-documents")]),
    // ---- ingress and routes
    one("Ingress api and web", ING, &[any("maily-api-ingress"), at("maily-ingress", "development"), at("maily-ingress", "")], C::Ingress, S::Changed, &ROUTES, &[to("HTTPRoute", "api"), to("HTTPRoute", "web"), to("HTTPRoute", "https-redirect"), to("Ingress", "api"), to("Ingress", "web")]),
    one("Ingress web front door", ING, &[any("justmaily-frontend"), at("maily-web", "maily")], C::Ingress, S::Changed, &ROUTES, &[to("HTTPRoute", "web")]),
    one("Ingress ai-service", ING, &[any("maily-ai-service-ingress")], C::Ingress, S::Changed, &ROUTES, &[to("HTTPRoute", "ai-service")]),
    one("Ingress api path routing", ING, &[any("justmaily-api"), at("maily-api", "maily-production")], C::Ingress, S::Changed, &PATH_ROUTING, &[]),
    one("Ingress maily.local", ING, &[at("maily-ingress", "maily-dev")], C::Ingress, S::Changed, &APP_ROUTES, &[]),
    one("Ingress mailydocs", ING, &[any("mailydocs-ingress")], C::Ingress, S::Changed, &APP_ROUTES, &[]),
    one("Ingress ai-mesh", ING, &[any("ai-mesh"), any("ai-mesh-network")], C::Ingress, S::Changed, &APP_ROUTES, &[to("HTTPRoute", "ai-mesh")]),
    each("staging monitoring UIs", ING, &[any("grafana-staging"), any("monitoring")], C::Monitoring, S::OutOfScope, &OOS_PLATFORM),
    // ---- network policies
    one("NetworkPolicy api", NP, &[any("api-policy"), any("api-service-policy")], C::NetworkPolicy, S::Covered, &POLICIES_FROM_GRAPH, &[to("NetworkPolicy", "api")]),
    one("NetworkPolicy web", NP, &[any("frontend-policy")], C::NetworkPolicy, S::Covered, &POLICIES_FROM_GRAPH, &[to("NetworkPolicy", "web")]),
    one("NetworkPolicy workers", NP, &[any("worker-policy")], C::NetworkPolicy, S::Covered, &POLICIES_FROM_GRAPH, &[to("NetworkPolicy", "workers")]),
    one("NetworkPolicy ai-service", NP, &[any("ai-service-policy")], C::NetworkPolicy, S::Covered, &POLICIES_FROM_GRAPH, &[to("NetworkPolicy", "ai-service")]),
    one("NetworkPolicy default-deny", NP, &[any("default-deny-all")], C::NetworkPolicy, S::Covered, &POLICIES_FROM_GRAPH, &[to("NetworkPolicy", "default-deny")]),
    one("NetworkPolicy allow-dns", NP, &[any("allow-dns")], C::NetworkPolicy, S::Covered, &POLICIES_FROM_GRAPH, &[to("NetworkPolicy", "allow-dns")]),
    each("data tier policies", NP, &[any("db-policy"), any("redis-policy"), any("rabbitmq-policy")], C::NetworkPolicy, S::Changed, &EXTERNAL_DATA),
    each("optional app policies", NP, &[any("email-service-policy"), any("api-edge-cache-policy")], C::NetworkPolicy, S::Changed, &POLICIES_FROM_GRAPH),
    each("dead policies", NP, &[any("trust-verification-worker-policy"), any("blockchain-integration-worker-policy")], C::NetworkPolicy, S::OutOfScope, &OOS_DEAD),
    one("NetworkPolicy security-monitoring", NP, &[any("security-policy")], C::NetworkPolicy, S::OutOfScope, &OOS_AGENTS, &[]),
    // ---- monitoring
    each("data tier monitors", &["ServiceMonitor"], &[any("postgres-monitor"), any("pgbouncer-monitor"), any("redis-monitor"), any("redis-exporter-monitor")], C::Monitoring, S::Changed, &EXTERNAL_DATA),
    each("redis exporter", &["Deployment", "Service", "ConfigMap"], &[any("redis-exporter"), any("redis-exporter-config")], C::Monitoring, S::Changed, &EXTERNAL_DATA),
    one("Maily alert rules", &["PrometheusRule", "ConfigMap"], &[any("maily-alerts"), any("prometheus-rules"), any("prometheus-rules-staging")], C::Monitoring, S::Changed, &DERIVED_MONITORING, &[]),
    one("PrometheusRule maily-sla-rules", &["PrometheusRule"], &[any("maily-sla-rules")], C::Monitoring, S::Changed, &DERIVED_MONITORING, &[]),
    one("ConfigMap mailydocs rules", CM, &[any("prometheus-mailydocs-rules")], C::Monitoring, S::Changed, &DERIVED_MONITORING, &[]),
    one("ConfigMap Grafana dashboards", CM, &[any("grafana-dashboards"), any("grafana-dashboards-staging")], C::Monitoring, S::Changed, &DERIVED_MONITORING, &[]),
    each("staging Prometheus and Grafana", &["Deployment", "Service", "ServiceAccount", "ConfigMap"], &[any("prometheus-staging"), any("prometheus-config-staging"), any("grafana-staging"), any("grafana-datasources-staging"), any("grafana-dashboard-config-staging")], C::Monitoring, S::OutOfScope, &OOS_PLATFORM),
    // ---- security and RBAC
    one("ServiceAccount api", SA, &[any("maily-api"), any("maily-api-sa"), any("maily-backend")], C::Security, S::Covered, &SAME_ROLE, &[to("ServiceAccount", "api")]),
    one("ServiceAccount web", SA, &[any("maily-frontend")], C::Security, S::Covered, &SAME_ROLE, &[to("ServiceAccount", "web")]),
    one("ServiceAccount workers", SA, &[any("maily-worker")], C::Security, S::Covered, &SAME_ROLE, &[to("ServiceAccount", "workers")]),
    one("ServiceAccount ai-service", SA, &[any("maily-ai-service")], C::Security, S::Covered, &SAME_ROLE, &[to("ServiceAccount", "ai-service")]),
    each("api Role", &["Role", "RoleBinding"], &[any("maily-backend")], C::Security, S::Changed, &NO_RBAC),
    each("blockchain RBAC", &["ServiceAccount", "Role", "RoleBinding"], &[any("blockchain-service"), any("blockchain-service-role"), any("blockchain-service-role-binding")], C::Security, S::Changed, &BLOCKCHAIN_NO_ROLE),
    each("secret rotation RBAC", &["ServiceAccount", "Role", "RoleBinding"], &[at("vault-auth", "maily-production"), any("secret-manager"), any("vault-auth-secret-manager")], C::Security, S::Changed, &ROTATION_BY_REFRESH),
    each("audit logging", &["Deployment", "Service", "ConfigMap"], &[any("audit-logging"), any("audit-logging-config")], C::Security, S::OutOfScope, &OOS_AGENTS),
    each("security monitoring", &["Deployment", "Service", "ConfigMap"], &[any("security-monitoring"), any("security-scanning-config")], C::Security, S::OutOfScope, &OOS_AGENTS),
    each("OPA server", &["Deployment", "Service", "ConfigMap", "NetworkPolicy", "HorizontalPodAutoscaler"], &[any("opa"), any("opa-default-policies"), any("opa-network-policy"), any("opa-hpa")], C::Security, S::OutOfScope, &OOS_POLICY),
    each("PodSecurityPolicy", &["PodSecurityPolicy", "ClusterRole", "ClusterRoleBinding"], &[any("maily-restricted"), any("maily-psp-role"), any("maily-psp-rolebinding")], C::Security, S::OutOfScope, &OOS_PSP),
    // ---- secrets and Vault
    one("Secret maily-secrets", &["Secret"], &[any("maily-secrets")], C::Secrets, S::Changed, &ONE_SECRET, &[]),
    each("data tier credentials", &["Secret"], &[any("postgres-secrets"), any("postgres-credentials"), any("redis-secret")], C::Secrets, S::Changed, &EXTERNAL_DATA),
    each("ExternalSecret and its store", &["ExternalSecret", "SecretStore"], &[any("maily-external-secrets"), any("vault-backend")], C::Secrets, S::Changed, &EXTERNAL_SECRET),
    each("Vault agent configuration", CM, &[any("vault-agent-config"), any("vault-templates")], C::Secrets, S::Changed, &NO_VAULT_AGENT),
    one("Secret blockchain-secrets", &["Secret"], &[any("blockchain-secrets")], C::Secrets, S::Changed, &ONE_SECRET, &[]),
    each("Vault server, injector and clients", &["ServiceAccount", "Service", "Deployment", "ConfigMap", "Job", "Secret"], &[any("vault-agent-injector"), any("vault-agent-injector-cfg"), any("vault-agent-injector-svc"), at("vault-auth", "default"), any("maily-app"), any("vault"), any("vault-client"), any("vault-setup"), any("vault-token"), any("vault-policies")], C::Secrets, S::OutOfScope, &OOS_VAULT),
    each("Vault demo client", &["ServiceAccount", "Role", "RoleBinding", "Pod"], &[any("maily-vault"), any("maily-vault-role"), any("maily-vault-rolebinding"), any("maily-vault-example")], C::Secrets, S::OutOfScope, &OOS_VAULT),
    // ---- autoscaling and budgets
    one("HorizontalPodAutoscaler ai-service", HPA, &[any("maily-ai-service")], C::Autoscaling, S::Covered, &SAME_ROLE, &[to("HorizontalPodAutoscaler", "ai-service")]),
    each("data tier budgets and autoscaler", &["PodDisruptionBudget", "HorizontalPodAutoscaler"], &[any("postgres-primary-pdb"), any("postgres-replica-pdb"), any("pgbouncer-pdb"), any("pgbouncer-hpa"), any("redis-pdb")], C::Autoscaling, S::Changed, &EXTERNAL_DATA),
    each("optional app autoscalers", HPA, &[any("email-processing-service"), any("blockchain-service-hpa"), any("mailydocs-hpa")], C::Autoscaling, S::Changed, &OPTIONAL_APPS),
    one("HorizontalPodAutoscaler ai-mesh", HPA, &[any("ai-mesh"), any("ai-mesh-network")], C::Autoscaling, S::Changed, &OPTIONAL_APPS, &[to("HorizontalPodAutoscaler", "ai-mesh")]),
    one("PodDisruptionBudget ai-mesh", PDB, &[any("ai-mesh-network")], C::Autoscaling, S::Changed, &OPTIONAL_APPS, &[to("PodDisruptionBudget", "ai-mesh")]),
    // ---- jobs
    each("secret rotation", &["CronJob", "PersistentVolumeClaim", "ConfigMap"], &[any("secret-rotation"), any("secret-rotation-logs-pvc"), any("secret-rotation-scripts")], C::Jobs, S::Changed, &ROTATION_BY_REFRESH),
    // ---- config
    one("ConfigMap ai-service", CM, &[any("ai-service-config")], C::Config, S::Covered, &SAME_ROLE, &[to("ConfigMap", "ai-service")]),
    each("optional app configuration", CM, &[any("blockchain-contracts"), any("api-edge-caching-config"), any("modsecurity-rules"), any("compliance-config")], C::Config, S::Changed, &TYPED_APP_CONFIG),
    each("dead configuration", CM, &[any("maily-app-config"), any("maily-prometheus-config"), any("fluentd-config")], C::Config, S::OutOfScope, &OOS_DEAD),
    // ---- namespaces
    one("Namespace development", &["Namespace"], &[any("maily-dev")], C::Namespaces, S::Changed, &NAMESPACE_BY_HELM, &[]),
    one("Namespace staging", &["Namespace"], &[any("maily-staging"), any("staging")], C::Namespaces, S::Changed, &NAMESPACE_BY_HELM, &[]),
    one("Namespace production", &["Namespace"], &[any("maily"), any("maily-production")], C::Namespaces, S::Changed, &NAMESPACE_BY_HELM, &[]),
    each("platform namespaces", &["Namespace"], &[any("monitoring"), any("vault"), any("kyverno"), any("gatekeeper-system")], C::Namespaces, S::OutOfScope, &OOS_PLATFORM),
    // ---- other
    one("ResourceQuota maily", &["ResourceQuota"], &[any("maily-resource-quota"), any("maily-compute-resources"), any("maily-storage-resources"), any("maily-object-counts")], C::Other, S::Changed, &GUARDS, &[]),
    one("LimitRange maily", &["LimitRange"], &[any("maily-limit-range")], C::Other, S::Changed, &GUARDS, &[]),
    // ---- documents that are not Kubernetes objects
    one("Document partial chart metadata", DOC, &[any("infrastructure/helm/maily/Chart.yaml")], C::Documents, S::Changed, &CHART_METADATA, &[]),
    each("partial chart values", DOC, &[any("infrastructure/helm/maily/values.yaml"), any("infrastructure/helm/maily/values-staging.yaml"), any("infrastructure/helm/maily/values-production.yaml")], C::Documents, S::Changed, &PARTIAL_CHART_VALUES),
    each("Maily rules and dashboards", DOC, &[any("kubernetes/monitoring/prometheus/rules/api-alerts.yml"), any("kubernetes/monitoring/prometheus/api-metrics-dashboard.json"), any("kubernetes/grafana-mailydocs-dashboard.json")], C::Documents, S::Changed, &DERIVED_MONITORING),
    each("platform monitoring documents", DOC, &[any("kubernetes/monitoring/datadog-values.yaml"), any("kubernetes/monitoring/datadog-enhanced-values.yaml"), any("kubernetes/monitoring/prometheus/maily-monitoring.yml"), any("kubernetes/monitoring/prometheus/vault-monitoring.yml"), any("kubernetes/monitoring/prometheus/api-metrics-baseline.yml"), any("kubernetes/monitoring/prometheus/rules/infrastructure-alerts.yml"), any("kubernetes/monitoring/grafana-infrastructure-dashboard.json")], C::Documents, S::OutOfScope, &OOS_PLATFORM),
    each("Vault alerts", DOC, &[any("kubernetes/monitoring/prometheus/vault-alerts.yml")], C::Documents, S::OutOfScope, &OOS_VAULT),
    each("metric catalogue", DOC, &[any("kubernetes/monitoring/prometheus/metrics.yml")], C::Documents, S::OutOfScope, &OOS_DOCS),
    one("Application maily", &["Application"], &[at("maily", "argocd")], C::Other, S::Changed, &GITOPS, &[]),
    // ---- wildcards, matched after every named entry
    each("chaos experiments", &["NetworkChaos", "PodChaos", "StressChaos"], &[any("*")], C::Other, S::OutOfScope, &OOS_CHAOS),
    each("admission policies", &["ClusterPolicy", "ConstraintTemplate", "K8sSecurityPolicy", "K8sGdprPolicy", "K8sCanSpamPolicy"], &[any("*")], C::Security, S::OutOfScope, &OOS_POLICY),
    each("cluster-scoped platform objects", &["ClusterRole", "ClusterRoleBinding", "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration", "CustomResourceDefinition"], &[any("*")], C::Security, S::OutOfScope, &OOS_CLUSTER),
    each("monitoring namespace", &["*"], &[at("*", "monitoring")], C::Monitoring, S::OutOfScope, &OOS_PLATFORM),
    each("vault namespace", &["*"], &[at("*", "vault")], C::Secrets, S::OutOfScope, &OOS_VAULT),
    each("kyverno namespace", &["*"], &[at("*", "kyverno")], C::Security, S::OutOfScope, &OOS_POLICY),
    each("gatekeeper namespace", &["*"], &[at("*", "gatekeeper-system")], C::Security, S::OutOfScope, &OOS_POLICY),
    each("velero namespace", &["*"], &[at("*", "velero")], C::Other, S::OutOfScope, &OOS_PLATFORM),
    each("argocd namespace", &["*"], &[at("*", "argocd")], C::Other, S::OutOfScope, &OOS_PLATFORM),
];

// ------------------------------------------------------------------ reference copies

const UNIFIED: &str = "kubernetes/deployments/maily-unified.yaml";
const DEV_FILE: &str = "kubernetes/development/maily-deployment.yaml";
const API_STAGING: &str = "kubernetes/deployments/maily-api-staging.yaml";
const AI_STAGING: &str = "kubernetes/deployments/ai-service.yaml";
const BY_NAMESPACE: &str = "the kubernetes/ copy in the environment's namespace";
const UNIFIED_WHY: &str =
    "the kubernetes/ unified copy in namespace maily, not its Vault-injected or infrastructure variants";
const SERVICES_WHY: &str =
    "the kubernetes/services/ copy that selects the unified copy's pods (namespace maily has no Service for them)";

/// The legacy copy each covered workload and Service is compared with, per
/// environment (an environment missing here had no Kubernetes copy).
pub const SOURCES: &[Source] = &[
    Source { object: "Deployment api", env: "development", file: DEV_FILE, name: "maily-api", why: BY_NAMESPACE },
    Source { object: "Deployment api", env: "staging", file: API_STAGING, name: "maily-api", why: BY_NAMESPACE },
    Source { object: "Deployment api", env: "production", file: UNIFIED, name: "api", why: UNIFIED_WHY },
    Source { object: "Service api", env: "development", file: DEV_FILE, name: "maily-api", why: BY_NAMESPACE },
    Source { object: "Service api", env: "staging", file: API_STAGING, name: "maily-api", why: BY_NAMESPACE },
    Source {
        object: "Service api",
        env: "production",
        file: "kubernetes/services/api-service.yaml",
        name: "api",
        why: SERVICES_WHY,
    },
    Source { object: "Deployment web", env: "development", file: DEV_FILE, name: "maily-web", why: BY_NAMESPACE },
    Source { object: "Deployment web", env: "production", file: UNIFIED, name: "web", why: UNIFIED_WHY },
    Source { object: "Service web", env: "development", file: DEV_FILE, name: "maily-web", why: BY_NAMESPACE },
    Source {
        object: "Service web",
        env: "production",
        file: "kubernetes/services/web-service.yaml",
        name: "web",
        why: SERVICES_WHY,
    },
    Source { object: "Deployment workers", env: "production", file: UNIFIED, name: "workers", why: UNIFIED_WHY },
    Source {
        object: "Deployment ai-service",
        env: "staging",
        file: AI_STAGING,
        name: "maily-ai-service",
        why: BY_NAMESPACE,
    },
    Source { object: "Deployment ai-service", env: "production", file: UNIFIED, name: "ai-service", why: UNIFIED_WHY },
    Source {
        object: "Service ai-service",
        env: "staging",
        file: AI_STAGING,
        name: "maily-ai-service",
        why: BY_NAMESPACE,
    },
];

// ------------------------------------------------------------------ differences

const ALL: &[&str] = &[];
const DEV: &str = "development";
const STG: &str = "staging";
const PROD: &str = "production";

const fn x(
    object: &'static str,
    envs: &'static [&'static str],
    fact: &'static str,
    change: Change<'static>,
    reason: &'static Reason,
) -> Explained {
    Explained { object, envs, fact, change, reason }
}

/// The reason for every difference between a legacy copy and the chart.
#[rustfmt::skip]
pub const DIFFERENCES: &[Explained] = &[
    // ---- every workload and Service
    x("Deployment *", ALL, "image", Changed("maily/*", "docker.io/maily/*"), &REGISTRY),
    x("*", ALL, "selector", Changed("app=*", "app.kubernetes.io/component=*, app.kubernetes.io/instance=maily, app.kubernetes.io/name=maily"), &CHART_LABELS),
    x("Deployment *", ALL, "volumes", Added("/tmp ← emptyDir"), &TMP_VOLUME),
    x("Deployment *", ALL, "env", Added("ENVIRONMENT"), &ENVIRONMENT_VAR),
    x("Deployment *", &[STG, PROD], "autoscaling.metrics", Changed("none", "cpu 70%, memory 80%"), &HPA_BOUNDS),
    // ---- api
    x("Deployment api", &[STG, PROD], "ports", Removed("8000/TCP"), &NAMED_PORTS),
    x("Deployment api", &[STG, PROD], "ports", Added("http 8000/TCP"), &NAMED_PORTS),
    x("Deployment api", &[DEV], "ports", Removed("3000/TCP"), &API_PORT),
    x("Deployment api", &[DEV], "ports", Added("http 8000/TCP"), &API_PORT),
    x("Deployment api", &[DEV], "livenessProbe.action", Changed("GET /health :3000", "GET /health :8000"), &API_PORT),
    x("Deployment api", &[DEV], "readinessProbe.action", Changed("GET /health :3000", "GET /health :8000"), &API_PORT),
    x("Deployment api", &[DEV, STG], "livenessProbe.timing", Changed("delay 15s, period 20s, timeout 1s, failures 3", "delay 15s, period 30s, timeout 5s, failures 3"), &PROBE_TIMINGS),
    x("Deployment api", &[DEV, STG], "readinessProbe.timing", Changed("delay 5s, period 10s, timeout 1s, failures 3", "delay 5s, period 10s, timeout 3s, failures 3"), &PROBE_TIMINGS),
    x("Deployment api", &[STG], "replicas", Changed("2", "HPA 2-5"), &HPA_BOUNDS),
    x("Deployment api", &[PROD], "replicas", Changed("3", "HPA 3-10"), &HPA_BOUNDS),
    x("Deployment api", &[DEV, STG], "env", Removed("NODE_ENV"), &PYTHON_ENV),
    x("Deployment api", &[DEV], "env", Added("PYTHON_ENV"), &PYTHON_ENV),
    x("Deployment api", &[DEV], "env", Removed("SUPABASE_URL"), &DEV_CREDENTIALS),
    x("Deployment api", &[DEV], "env", Added("DATABASE_URL"), &DEV_DATA_TIER),
    x("Deployment api", &[DEV], "env", Added("RABBITMQ_URL"), &DEV_DATA_TIER),
    x("Deployment api", &[DEV], "env", Added("* ← secret:maily-secrets/*"), &DEV_CREDENTIALS),
    x("Deployment api", &[STG], "env", Removed("* ← secret:staging-secrets/*"), &ONE_SECRET),
    x("Deployment api", &[STG], "env", Added("* ← secret:maily-secrets/*"), &ONE_SECRET),
    x("Deployment api", &[PROD], "env", Added("* ← secret:maily-secrets/*"), &API_SECRETS),
    x("Service api", &[DEV], "ports", Removed("3000 → 3000/TCP"), &SERVICE_PORT),
    x("Service api", &[DEV], "ports", Added("http 80 → 8000/TCP"), &SERVICE_PORT),
    x("Service api", &[STG], "ports", Removed("80 → 8000/TCP"), &NAMED_PORTS),
    x("Service api", &[STG], "ports", Added("http 80 → 8000/TCP"), &NAMED_PORTS),
    x("Service api", &[PROD], "ports", Removed("http 80 → 3000/TCP"), &WRONG_TARGET),
    x("Service api", &[PROD], "ports", Added("http 80 → 8000/TCP"), &WRONG_TARGET),
    x("Service api", &[PROD], "name", Changed("api", "maily-api"), &CHART_NAMES),
    // ---- web
    x("Deployment web", &[DEV, PROD], "ports", Removed("3000/TCP"), &NAMED_PORTS),
    x("Deployment web", &[DEV, PROD], "ports", Added("http 3000/TCP"), &NAMED_PORTS),
    x("Deployment web", &[DEV], "livenessProbe.action", Changed("none", "GET /api/health :3000"), &WEB_PROBES),
    x("Deployment web", &[DEV], "livenessProbe.timing", Changed("none", "delay 30s, period 30s, timeout 5s, failures 3"), &WEB_PROBES),
    x("Deployment web", &[DEV], "readinessProbe.action", Changed("none", "GET /api/health :3000"), &WEB_PROBES),
    x("Deployment web", &[DEV], "readinessProbe.timing", Changed("none", "delay 10s, period 5s, timeout 3s, failures 3"), &WEB_PROBES),
    x("Deployment web", &[PROD], "replicas", Changed("3", "HPA 3-10"), &HPA_BOUNDS),
    x("Deployment web", &[DEV, PROD], "env", Added("* ← secret:maily-secrets/*"), &WEB_SECRETS),
    x("Deployment web", &[DEV], "env", Added("DATABASE_URL"), &DEV_DATA_TIER),
    x("Deployment web", &[DEV, PROD], "env", Added("NEXTAUTH_URL"), &WEB_URLS),
    x("Deployment web", &[DEV, PROD], "env", Added("NEXT_PUBLIC_API_URL"), &WEB_URLS),
    x("Deployment web", &[PROD], "env", Added("NEXT_PUBLIC_CDN_URL"), &WEB_URLS),
    x("Deployment web", &[PROD], "env", Added("API_URL"), &WEB_URLS),
    x("Deployment web", &[STG], "object", Changed("absent", "present"), &EVERY_ENVIRONMENT),
    x("Service web", &[DEV], "ports", Removed("3000 → 3000/TCP"), &SERVICE_PORT),
    x("Service web", &[DEV], "ports", Added("http 80 → 3000/TCP"), &SERVICE_PORT),
    x("Service web", &[PROD], "name", Changed("web", "maily-web"), &CHART_NAMES),
    x("Service web", &[STG], "object", Changed("absent", "present"), &EVERY_ENVIRONMENT),
    // ---- workers
    x("Deployment workers", &[DEV, STG], "object", Changed("absent", "present"), &EVERY_ENVIRONMENT),
    x("Deployment workers", &[PROD], "command", Changed("image default", "python -m workers.email_worker"), &WORKER_COMMAND),
    x("Deployment workers", &[PROD], "livenessProbe.action", Changed("exec *", "exec /bin/sh -c ps aux | grep -v grep | grep -q workers.email_worker"), &WORKER_COMMAND),
    x("Deployment workers", &[PROD], "readinessProbe.action", Changed("none", "exec /bin/sh -c ps aux | grep -v grep | grep -q workers.email_worker"), &WORKER_COMMAND),
    x("Deployment workers", &[PROD], "readinessProbe.timing", Changed("none", "delay 10s, period 30s, timeout 5s, failures 3"), &WORKER_COMMAND),
    x("Deployment workers", &[PROD], "replicas", Changed("2", "HPA 3-10"), &HPA_BOUNDS),
    x("Deployment workers", &[PROD], "env", Added("* ← secret:maily-secrets/*"), &WORKER_SECRETS),
    // ---- AI service
    x("Deployment ai-service", &[STG], "image", Changed("justmaily/ai-service:v1.0.0", "docker.io/maily/ai-service:v1.0.0"), &REGISTRY),
    x("Deployment ai-service", &[PROD], "ports", Removed("6000/TCP"), &AI_PORT),
    x("Deployment ai-service", &[PROD], "ports", Added("http 8080/TCP"), &AI_PORT),
    x("Deployment ai-service", &[PROD], "livenessProbe.action", Changed("GET /health :6000", "GET /health :8080"), &AI_PORT),
    x("Deployment ai-service", &[PROD], "readinessProbe.action", Changed("GET /health :6000", "GET /health :8080"), &AI_PORT),
    x("Deployment ai-service", &[PROD], "startupProbe.action", Changed("none", "GET /health :8080"), &AI_PORT),
    x("Deployment ai-service", &[PROD], "startupProbe.timing", Changed("none", "delay 10s, period 5s, timeout 5s, failures 30"), &AI_PORT),
    x("Deployment ai-service", &[PROD], "env", Added("LOG_LEVEL"), &AI_ENV),
    x("Deployment ai-service", &[PROD], "env", Added("* ← secret:maily-secrets/*"), &AI_ENV),
    x("Deployment ai-service", &[STG], "env", Removed("* ← secret:maily-secrets/* (optional)"), &OPTIONAL_KEYS),
    x("Deployment ai-service", &[STG], "env", Added("* ← secret:maily-secrets/*"), &OPTIONAL_KEYS),
    x("Deployment ai-service", &[STG], "volumes", Removed("/app/config ← configmap:ai-service-config"), &AI_CONFIG),
    x("Deployment ai-service", &[STG, PROD], "volumes", Added("/app/config ← configmap:maily-ai-service (read-only)"), &AI_CONFIG),
    x("Service ai-service", &[PROD], "object", Changed("absent", "present"), &AI_SERVICE_EVERYWHERE),
];
