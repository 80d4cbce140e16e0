//! The chart defaults (`values.yaml`): one small, safe install of every core
//! component, and the building blocks the environments use.
//!
//! Facts come from the pre-migration manifests (the team's read-only
//! `shared/legacy-manifests`, outside this repository: its INVENTORY.md
//! §1.3, §9 and §11.3); where copies disagreed, the choice is recorded in a
//! comment here.

use std::collections::BTreeMap;

use k8s_openapi::api::networking::v1::{IPBlock, NetworkPolicyPeer};
use maily_chart::components::Components;
use maily_chart::components::ai_service::{Agent, OctotoolsConfig, Step, Workflow};
use maily_chart::components::blockchain::{self, AbiItem, Blockchain, event, event_param, function, param, tuple};
use maily_chart::components::ip_warming::{Compliance, IpWarming, Stage};
use maily_chart::components::mailydocs::{DocumentVolume, Mailydocs};
use maily_chart::data_tier::{DataServer, DataTier, ExternalRedis, Persistence};
use maily_chart::passthrough::Passed;
use maily_chart::quantity::Quantity;
use maily_chart::values::{
    AiService, Autoscaling, ChartTests, ContainerLimits, Cors, Dashboards, Decimal, Destination, Egress, EmailDelivery,
    ExternalDns, ExternalSecret, Gateway, Global, HttpRoute, HttpWorkload, HttpsRedirect, Image, Ingress, Istio,
    Limits, Mesh, Monitoring, NamespaceGuards, NetworkPolicy, ParentRef, PeerPods, PodAffinity, PodDisruptionBudget,
    PodSecurityContext, ProbeTiming, PrometheusRule, Reloader, RemoteRef, ResourceList, Resources, Route,
    SecretStoreRef, ServiceAccountValues, ServiceMonitor, ServiceValues, Slo, Tls, Tolerations, Values, VaultStore,
    Workers, Workload,
};

/// The image tag every Maily image uses by default.
pub const MAILY_TAG: &str = "v1.0.0";

/// An image `repository:tag`, pulled if not present.
pub fn image(repository: &str, tag: &str) -> Image {
    Image { repository: repository.into(), tag: tag.into(), pull_policy: "IfNotPresent".into(), digest: String::new() }
}

/// Requests and limits: CPU in cores (`"500m"`), memory in bytes (`"512Mi"`).
pub fn resources(request_cpu: &str, request_memory: &str, limit_cpu: &str, limit_memory: &str) -> Resources {
    Resources {
        requests: ResourceList::new(request_cpu, request_memory),
        limits: ResourceList::new(limit_cpu, limit_memory),
    }
}

/// An enabled HPA between `min` and `max` replicas at the given CPU and
/// memory utilization targets (percent of requests).
pub fn autoscaling(min: i32, max: i32, cpu_percent: i32, memory_percent: i32) -> Autoscaling {
    Autoscaling {
        behavior: Default::default(),
        enabled: true,
        min_replicas: min,
        max_replicas: max,
        target_cpu_utilization_percentage: cpu_percent,
        target_memory_utilization_percentage: memory_percent,
    }
}

/// The same bounds with the HPA switched off.
pub fn no_autoscaling(min: i32, max: i32) -> Autoscaling {
    Autoscaling { enabled: false, ..autoscaling(min, max, 70, 80) }
}

/// Probe timings in seconds: initial delay, period, timeout; then the failure threshold.
pub fn probe(initial_delay: i32, period: i32, timeout: i32, failure_threshold: i32) -> ProbeTiming {
    ProbeTiming {
        initial_delay_seconds: initial_delay,
        period_seconds: period,
        timeout_seconds: timeout,
        failure_threshold,
    }
}

/// A string map from pairs.
pub fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

/// The workload values every component starts from: one replica, no HPA, a
/// PDB once more than one replica runs, UID/GID 1000.
fn workload(repository: &str, resources: Resources, liveness: ProbeTiming, readiness: ProbeTiming) -> Workload {
    Workload {
        enabled: true,
        replica_count: 1,
        image: image(repository, MAILY_TAG),
        resources,
        autoscaling: no_autoscaling(2, 5),
        pod_disruption_budget: PodDisruptionBudget { enabled: true, max_unavailable: 1 },
        liveness_probe: liveness,
        readiness_probe: readiness,
        env: BTreeMap::new(),
        secret_env: BTreeMap::new(),
        // Rolling on Secret changes is opt-in (`reloader`).
        reload_on_secret_change: false,
        // The Maily images read their credentials from variables.
        secrets_as_files: false,
        optional_secret_env: BTreeMap::new(),
        pod_annotations: BTreeMap::new(),
        // Above 10000: no clash with a UID of the node (checkov CKV_K8S_40).
        // The legacy ran as 1000; images must not depend on a fixed UID.
        pod_security_context: PodSecurityContext { run_as_user: 10001, run_as_group: 10001, fs_group: 10001 },
        // Scratch space only; nothing in the legacy wrote large files to /tmp.
        tmp_size_limit: maily_chart::quantity::Quantity::new("256Mi"),
        node_selector: BTreeMap::new(),
        tolerations: Tolerations::default(),
        affinity: PodAffinity::default(),
        pod_labels: BTreeMap::new(),
        service_account: ServiceAccountValues { create: true, name: String::new(), annotations: BTreeMap::new() },
        topology_spread: Vec::new(),
        topology_spread_constraints: Passed::default(),
        priority_class_name: String::new(),
        // Kubernetes' default grace period; the 5 s pause lets endpoints and
        // the ingress controller drop the pod before it gets SIGTERM.
        termination_grace_period_seconds: 30,
        pre_stop_sleep_seconds: 5,
        extra_env_from: Passed::default(),
        extra_volumes: Passed::default(),
        extra_volume_mounts: Passed::default(),
        init_containers: Passed::default(),
        sidecars: Passed::default(),
        revision_history_limit: 10,
    }
}

fn http(component: &str, workload: Workload, container_port: i32) -> HttpWorkload {
    HttpWorkload {
        workload,
        container_port,
        service: ServiceValues { type_: "ClusterIP".into(), port: 80, annotations: BTreeMap::new() },
        extra_ports: Vec::new(),
        route: Route {
            hosts: Vec::new(),
            paths: vec!["/".into()],
            request_timeout: String::new(),
            tls_secret_name: format!("maily-{component}-tls"),
        },
    }
}

/// The private address ranges of RFC 1918.
pub const PRIVATE_RANGES: [&str; 3] = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"];

/// Peers: the given address ranges.
pub fn cidrs(ranges: &[&str]) -> Passed<NetworkPolicyPeer> {
    Passed(
        ranges
            .iter()
            .map(|cidr| NetworkPolicyPeer {
                ip_block: Some(IPBlock { cidr: (*cidr).into(), except: None }),
                ..Default::default()
            })
            .collect(),
    )
}

/// Peers: the internet, without the private ranges.
pub fn internet() -> Passed<NetworkPolicyPeer> {
    Passed(vec![NetworkPolicyPeer {
        ip_block: Some(IPBlock {
            cidr: "0.0.0.0/0".into(),
            except: Some(PRIVATE_RANGES.iter().map(|r| (*r).into()).collect()),
        }),
        ..Default::default()
    }])
}

/// Pods selected by their namespace's name and their own labels.
pub fn pods(namespace: &str, labels: &[(&str, &str)]) -> PeerPods {
    PeerPods { namespace_labels: map(&[("kubernetes.io/metadata.name", namespace)]), pod_labels: map(labels) }
}

/// A Gateway listener.
pub fn listener(gateway: &str, namespace: &str, section: &str) -> ParentRef {
    ParentRef { name: gateway.into(), namespace: namespace.into(), section_name: section.into() }
}

/// The Prometheus release label that kube-prometheus-stack's selectors
/// match: the legacy installed it as release `prometheus-operator`.
pub const PROMETHEUS_RELEASE: &str = "prometheus-operator";

/// Service-level objectives: availability (percent), then the error
/// percentages (warning, critical) and latency thresholds in seconds (p95
/// warning, p99 critical).
pub fn slo(availability: &str, errors: (&str, &str), latency: (&str, &str)) -> Slo {
    Slo {
        availability: Decimal::new(availability),
        error_percent_warning: Decimal::new(errors.0),
        error_percent_critical: Decimal::new(errors.1),
        latency_p95_seconds: Decimal::new(latency.0),
        latency_p99_seconds: Decimal::new(latency.1),
    }
}

/// Monitoring switched on: ServiceMonitors, the PrometheusRule and the
/// dashboards (the environments that run kube-prometheus-stack).
pub fn monitoring_on(m: &mut Monitoring) {
    m.service_monitor.enabled = true;
    m.prometheus_rule.enabled = true;
    m.dashboards.enabled = true;
}

/// An agent of the AI service.
fn agent(provider: &str, model: &str, system_prompt: &str, max_iterations: u32) -> Agent {
    Agent { provider: provider.into(), model: model.into(), system_prompt: system_prompt.into(), max_iterations }
}

/// A workflow step: `agent` reads `input` (none for the first step) and writes `output`.
fn step(agent: &str, input: Option<&str>, output: &str) -> Step {
    Step { agent: agent.into(), input: input.map(Into::into), output: output.into() }
}

/// The agents and workflows of the AI service: the legacy ConfigMap
/// `ai-service-config` (its `octotools-config.json`), restated as typed Rust.
/// The legacy named the Anthropic model `claude-3-sonnet-20240229` in
/// staging; that snapshot is the one kept.
pub fn octotools_config() -> OctotoolsConfig {
    OctotoolsConfig {
        agents: BTreeMap::from([
            (
                "email_composer".into(),
                agent(
                    "openai",
                    "gpt-4o",
                    "You are an expert email composer who creates high-quality, engaging emails.",
                    5,
                ),
            ),
            (
                "content_analyzer".into(),
                agent(
                    "anthropic",
                    "claude-3-sonnet-20240229",
                    "You are an expert content analyzer who helps identify key topics and sentiment in text.",
                    3,
                ),
            ),
            (
                "trust_verifier".into(),
                agent(
                    "openai",
                    "gpt-4o",
                    "You are a trust verification agent who validates email authenticity and blockchain verification.",
                    2,
                ),
            ),
            (
                "conversation_manager".into(),
                agent(
                    "google",
                    "gemini-pro",
                    "You are a conversation manager who helps maintain context and coherence in email threads.",
                    3,
                ),
            ),
        ]),
        workflows: BTreeMap::from([
            (
                "email_creation".into(),
                Workflow {
                    steps: vec![
                        step("content_analyzer", None, "content_analysis"),
                        step("email_composer", Some("content_analysis"), "email_draft"),
                        step("trust_verifier", Some("email_draft"), "verified_email"),
                    ],
                },
            ),
            (
                "email_response".into(),
                Workflow {
                    steps: vec![
                        step("conversation_manager", None, "conversation_context"),
                        step("content_analyzer", Some("conversation_context"), "response_analysis"),
                        step("email_composer", Some("response_analysis"), "email_draft"),
                        step("trust_verifier", Some("email_draft"), "verified_response"),
                    ],
                },
            ),
        ]),
    }
}

/// The AI service's configuration as the file's text (`aiService.agentsConfig`).
pub fn agents_config() -> String {
    octotools_config().to_json()
}

/// An optional app: off, one replica, the given image, resources, port and
/// probe timings (liveness, readiness).
fn optional_app(
    component: &str,
    repository: &str,
    resources: Resources,
    port: i32,
    liveness: ProbeTiming,
    readiness: ProbeTiming,
) -> HttpWorkload {
    let mut app = http(component, workload(repository, resources, liveness, readiness), port);
    app.workload.enabled = false;
    app
}

/// The Maily contracts' ABIs (the legacy ConfigMap `blockchain-contracts`,
/// restated as typed Rust), by file name.
pub fn contract_abis() -> BTreeMap<String, Vec<AbiItem>> {
    let s = |name: &str| param(name, "string");
    let email_record = tuple(
        "EmailVerification.EmailRecord",
        vec![
            s("sender"),
            s("recipient"),
            s("subject"),
            s("contentHash"),
            param("timestamp", "uint256"),
            param("verifier", "address"),
            param("verificationTimestamp", "uint256"),
        ],
    );
    let certificate = tuple(
        "Certificate.CertificateData",
        vec![
            param("certificateType", "uint8"),
            param("issuer", "address"),
            s("subject"),
            param("issuedAt", "uint256"),
            param("expiresAt", "uint256"),
            param("status", "uint8"),
            s("metadataURI"),
            s("signature"),
        ],
    );
    let record = tuple(
        "ContentVerification.VerificationRecord",
        vec![s("metadataHash"), s("userId"), param("verifier", "address"), param("timestamp", "uint256")],
    );
    let unnamed = |kind: &str| param("", kind);
    BTreeMap::from([
        (
            "EmailVerificationABI.json".into(),
            vec![
                event(
                    "EmailVerified",
                    vec![
                        event_param("emailId", "string", true),
                        event_param("verifier", "address", true),
                        event_param("timestamp", "uint256", false),
                    ],
                ),
                function("getEmailVerification", vec![s("emailId")], vec![email_record], "view"),
                function("owner", vec![], vec![unnamed("address")], "view"),
                function("isEmailVerified", vec![s("emailId")], vec![unnamed("bool")], "view"),
                function(
                    "verifyEmail",
                    vec![
                        s("emailId"),
                        s("sender"),
                        s("recipient"),
                        s("subject"),
                        s("contentHash"),
                        param("timestamp", "uint256"),
                    ],
                    vec![],
                    "nonpayable",
                ),
            ],
        ),
        (
            "CertificateABI.json".into(),
            vec![
                event(
                    "CertificateIssued",
                    vec![
                        event_param("certificateId", "string", true),
                        event_param("issuer", "address", true),
                        event_param("certificateType", "uint8", true),
                    ],
                ),
                function("getCertificate", vec![s("certificateId")], vec![certificate], "view"),
                function("getCertificatesBySubject", vec![s("subject")], vec![unnamed("string[]")], "view"),
                function(
                    "issueCertificate",
                    vec![
                        param("certificateType", "uint8"),
                        param("issuer", "address"),
                        s("subject"),
                        param("issuedAt", "uint256"),
                        param("expiresAt", "uint256"),
                        s("metadataURI"),
                        s("signature"),
                    ],
                    vec![unnamed("string")],
                    "nonpayable",
                ),
                function("verifyCertificate", vec![s("certificateId")], vec![unnamed("bool")], "view"),
            ],
        ),
        (
            "VerificationABI.json".into(),
            vec![
                event(
                    "ContentVerified",
                    vec![
                        event_param("contentHash", "string", true),
                        event_param("verifier", "address", true),
                        event_param("metadataHash", "string", false),
                        event_param("timestamp", "uint256", false),
                    ],
                ),
                function("getVerification", vec![s("contentHash")], vec![record], "view"),
                function("isContentVerified", vec![s("contentHash")], vec![unnamed("bool")], "view"),
                function("verifyContent", vec![s("contentHash"), s("metadataHash"), s("userId")], vec![], "nonpayable"),
            ],
        ),
    ])
}

/// The IP warming service's compliance settings (the legacy ConfigMap
/// `compliance-config`, restated: retention, consent, opt-out and the ramp).
pub fn compliance() -> Compliance {
    let stage = |day, volume, frequency, bounce| Stage {
        day,
        volume,
        frequency,
        bounce_threshold: bounce,
        complaint_threshold: 0.1,
        spam_threshold: 0.1,
    };
    Compliance {
        retention_days: BTreeMap::from([
            ("user_data".into(), 730),
            ("tracking_data".into(), 90),
            ("consent_records".into(), 1825),
            ("email_activity".into(), 365),
        ]),
        double_opt_in: true,
        opt_out_within_days: 10,
        physical_address_required: true,
        stages: vec![
            stage(1, 50, 1, 5.0),
            stage(2, 100, 1, 5.0),
            stage(3, 500, 2, 5.0),
            stage(7, 1000, 2, 4.0),
            stage(14, 5000, 2, 3.0),
            stage(21, 10000, 2, 2.0),
            stage(30, 50000, 2, 2.0),
        ],
    }
}

/// An in-cluster data server of the development data tier: one pod, the
/// given image, a claim of `size` on the default StorageClass, UID/GID 10001.
fn data_server(repository: &str, tag: &str, resources: Resources, size: &str) -> DataServer {
    DataServer {
        image: image(repository, tag),
        resources,
        liveness_probe: probe(30, 10, 5, 6),
        readiness_probe: probe(5, 10, 5, 3),
        persistence: Persistence { size: maily_chart::quantity::Quantity::new(size), storage_class: String::new() },
        pod_security_context: PodSecurityContext { run_as_user: 10001, run_as_group: 10001, fs_group: 10001 },
    }
}

/// The chart defaults: `values.yaml`.
pub fn values() -> Values {
    Values {
        enabled: true,
        name_override: String::new(),
        fullname_override: String::new(),
        global: Global {
            environment: "default".into(),
            // The legacy used maily/, justmaily/, ghcr.io and ECR; the chart
            // names one registry explicitly and fully qualifies every image.
            image_registry: "docker.io".into(),
            image_pull_secrets: Vec::new(),
            existing_secret: "maily-secrets".into(),
            common_labels: BTreeMap::new(),
            common_annotations: BTreeMap::new(),
        },
        components: Components {
            // Port 8000: six of the seven legacy copies (development used 3000).
            api: http(
                "api",
                Workload {
                    env: map(&[("PYTHON_ENV", "production")]),
                    // DATABASE_URL, REDIS_URL, RABBITMQ_URL: from `dataTier`.
                    secret_env: map(&[("JWT_SECRET", "jwt-secret")]),
                    ..workload(
                        "maily/api",
                        resources("300m", "512Mi", "1000m", "1Gi"),
                        probe(15, 30, 5, 3),
                        probe(5, 10, 3, 3),
                    )
                },
                8000,
            ),
            web: http(
                "web",
                Workload {
                    env: map(&[("NODE_ENV", "production")]),
                    // DATABASE_URL: from `dataTier`; API_URL: the api's Service.
                    secret_env: map(&[("NEXTAUTH_SECRET", "nextauth-secret")]),
                    ..workload(
                        "maily/web",
                        resources("200m", "512Mi", "500m", "1Gi"),
                        probe(30, 30, 5, 3),
                        probe(10, 5, 3, 3),
                    )
                },
                3000,
            ),
            workers: Workers {
                workload: Workload {
                    // DATABASE_URL, REDIS_URL, RABBITMQ_URL: from `dataTier`.
                    // One key per AI provider: the worker runs without any one.
                    optional_secret_env: map(&[
                        ("OPENAI_API_KEY", "openai-api-key"),
                        ("ANTHROPIC_API_KEY", "anthropic-api-key"),
                        ("GOOGLE_API_KEY", "google-api-key"),
                    ]),
                    ..workload(
                        "maily/workers",
                        resources("200m", "512Mi", "800m", "1Gi"),
                        probe(60, 30, 5, 3),
                        probe(10, 30, 5, 3),
                    )
                },
                command: vec!["python".into(), "-m".into(), "workers.email_worker".into()],
                health_command: vec![
                    "/bin/sh".into(),
                    "-c".into(),
                    "ps aux | grep -v grep | grep -q workers.email_worker".into(),
                ],
            },
            ai_service: AiService {
                http: http(
                    "ai-service",
                    Workload {
                        env: map(&[("LOG_LEVEL", "info")]),
                        // DATABASE_URL, REDIS_URL (and REDIS_HOST, REDIS_PORT):
                        // from `dataTier`. The legacy marked every key optional;
                        // the provider keys stay so (an agent whose provider has
                        // no key fails alone), and so does the Redis password (a
                        // Redis without one is valid); the database URL does not.
                        optional_secret_env: map(&[
                            ("OPENAI_API_KEY", "openai-api-key"),
                            ("ANTHROPIC_API_KEY", "anthropic-api-key"),
                            ("GOOGLE_AI_API_KEY", "google-api-key"),
                            ("MISTRAL_API_KEY", "mistral-api-key"),
                            ("GROQ_API_KEY", "groq-api-key"),
                            ("REDIS_PASSWORD", "redis-password"),
                        ]),
                        ..workload(
                            "maily/ai-service",
                            resources("500m", "1Gi", "2", "4Gi"),
                            probe(30, 30, 5, 3),
                            probe(15, 10, 5, 3),
                        )
                    },
                    // Port 8080: the staging copy, the only fully specified one (the
                    // unified production copy used 6000).
                    8080,
                ),
                startup_probe: probe(10, 5, 5, 30),
                agents_config: agents_config(),
                // The legacy SLA rules: 99.5% available, 5xx above 1%
                // (warning) and 5% (critical), p95 above 0.5 s and (here
                // p99) above 1 s. Agent runs are slow: the environments
                // raise the latency thresholds.
                slo: slo("99.5", ("1", "5"), ("0.5", "1")),
            },
            // The optional apps (INVENTORY §11.1), all off here; sizes and
            // probe timings from their legacy copies.
            ai_mesh: {
                let mut app = optional_app(
                    "ai-mesh",
                    "maily/ai-mesh",
                    resources("500m", "1Gi", "2", "4Gi"),
                    8080,
                    probe(30, 30, 5, 3),
                    probe(5, 10, 3, 3),
                );
                app.workload.env = map(&[("LOG_LEVEL", "info")]);
                app.workload.optional_secret_env = map(&[
                    ("ANTHROPIC_API_KEY", "anthropic-api-key"),
                    ("OPENAI_API_KEY", "openai-api-key"),
                    ("GOOGLE_API_KEY", "google-api-key"),
                ]);
                app
            },
            // Port 3000: the staging copy, the only one with a Deployment in
            // a namespace, and the port production's Service targeted (the
            // unified `email` copy's 4000 goes).
            email_processing: {
                let mut app = optional_app(
                    "email-processing",
                    "maily/email-processing",
                    resources("200m", "256Mi", "500m", "512Mi"),
                    3000,
                    probe(30, 10, 5, 3),
                    probe(10, 5, 2, 3),
                );
                app.workload.env = map(&[("NODE_ENV", "production"), ("PORT", "3000")]);
                app.workload.optional_secret_env = map(&[
                    ("SENDGRID_API_KEY", "sendgrid-api-key"),
                    ("RESEND_API_KEY", "resend-api-key"),
                    ("MAILGUN_API_KEY", "mailgun-api-key"),
                ]);
                app
            },
            contact_management: {
                let mut app = optional_app(
                    "contact-management",
                    "maily/contact-management",
                    resources("200m", "256Mi", "500m", "512Mi"),
                    8000,
                    probe(30, 10, 5, 3),
                    probe(10, 5, 2, 3),
                );
                app.workload.optional_secret_env = map(&[
                    ("EMAIL_VALIDATION_API_KEY", "email-validation-api-key"),
                    ("DATA_ENRICHMENT_API_KEY", "data-enrichment-api-key"),
                ]);
                app
            },
            analytics: optional_app(
                "analytics",
                "maily/analytics",
                resources("200m", "512Mi", "800m", "1Gi"),
                5000,
                probe(30, 30, 5, 3),
                probe(10, 5, 3, 3),
            ),
            blockchain: {
                let mut app = optional_app(
                    "blockchain",
                    "maily/blockchain",
                    resources("500m", "512Mi", "1000m", "1Gi"),
                    8000,
                    probe(30, 30, 5, 3),
                    probe(10, 10, 5, 3),
                );
                app.workload.env = map(&[("NODE_ENV", "production"), ("PORT", "8000"), ("LOG_LEVEL", "info")]);
                // The service cannot sign or find its contracts without these.
                app.workload.secret_env = map(&[
                    ("POLYGON_RPC_URL", "polygon-rpc-url"),
                    ("BLOCKCHAIN_PRIVATE_KEY", "blockchain-private-key"),
                    ("EMAIL_VERIFICATION_CONTRACT_ADDRESS", "email-verification-contract-address"),
                    ("CERTIFICATE_CONTRACT_ADDRESS", "certificate-contract-address"),
                    ("MULTICALL_CONTRACT_ADDRESS", "multicall-contract-address"),
                ]);
                Blockchain {
                    http: app,
                    contract_abis: contract_abis()
                        .iter()
                        .map(|(f, abi)| (f.clone(), blockchain::abi_json(abi)))
                        .collect(),
                }
            },
            mailydocs: {
                let mut app = optional_app(
                    "mailydocs",
                    "maily/mailydocs",
                    resources("200m", "512Mi", "1000m", "2Gi"),
                    8000,
                    probe(30, 10, 5, 3),
                    probe(5, 5, 3, 3),
                );
                app.workload.env = map(&[
                    ("LOG_LEVEL", "INFO"),
                    ("DOCUMENT_STORAGE_PATH", "/data/documents"),
                    ("DOCUMENT_BASE_URL", "/api/documents"),
                    ("TEMP_DIRECTORY", "/tmp/mailydocs"),
                    ("BLOCKCHAIN_ENABLED", "true"),
                    ("BLOCKCHAIN_NETWORK", "mainnet"),
                ]);
                app.workload.secret_env = map(&[
                    ("BLOCKCHAIN_PROVIDER_URL", "polygon-rpc-url"),
                    ("BLOCKCHAIN_PRIVATE_KEY", "blockchain-private-key"),
                    ("BLOCKCHAIN_CONTRACT_ADDRESS", "certificate-contract-address"),
                ]);
                Mailydocs {
                    http: app,
                    documents: DocumentVolume {
                        size: maily_chart::quantity::Quantity::new("50Gi"),
                        storage_class: String::new(),
                    },
                }
            },
            // nginx as a non-root user on 8080 (the official image needs root
            // to bind 80 and write its pid file).
            api_edge_caching: {
                let mut app = optional_app(
                    "api-edge-caching",
                    "nginxinc/nginx-unprivileged",
                    resources("200m", "256Mi", "500m", "512Mi"),
                    8080,
                    probe(30, 10, 5, 3),
                    probe(5, 10, 5, 3),
                );
                app.workload.image.tag = "1.27.3-alpine".into();
                app
            },
            // The Core Rule Set image's stable tag (CRS version, server, OS,
            // build date): non-root on 8080, its configuration generated
            // from the variables the chart sets.
            waf: {
                let mut app = optional_app(
                    "waf",
                    "owasp/modsecurity-crs",
                    resources("200m", "256Mi", "500m", "512Mi"),
                    8080,
                    probe(30, 10, 5, 3),
                    probe(5, 10, 5, 3),
                );
                app.workload.image.tag = "4.18.0-nginx-alpine-202509051009".into();
                app
            },
            ip_warming: {
                let mut app = optional_app(
                    "ip-warming",
                    "maily/ip-warming",
                    resources("200m", "256Mi", "500m", "512Mi"),
                    8080,
                    probe(30, 10, 5, 3),
                    probe(5, 10, 5, 3),
                );
                app.workload.env = map(&[("LOG_LEVEL", "info")]);
                app.workload.optional_secret_env = map(&[
                    ("SENDGRID_API_KEY", "sendgrid-api-key"),
                    ("MAILGUN_API_KEY", "mailgun-api-key"),
                    ("MAILGUN_DOMAIN", "mailgun-domain"),
                ]);
                IpWarming { http: app, compliance_config: compliance().to_json() }
            },
        },
        // Off: staging and production use servers outside the cluster. The
        // images of INVENTORY §11.3, pinned; sizes from the legacy's
        // infrastructure copies.
        data_tier: DataTier {
            enabled: false,
            allowed_environments: vec!["development".into()],
            postgres: data_server("library/postgres", "15.8-alpine", resources("250m", "256Mi", "1", "1Gi"), "10Gi"),
            redis: data_server("library/redis", "7.2.5-alpine", resources("100m", "128Mi", "500m", "512Mi"), "5Gi"),
            rabbitmq: data_server(
                "library/rabbitmq",
                "3.12.14-management-alpine",
                resources("200m", "512Mi", "1", "1Gi"),
                "5Gi",
            ),
            external_redis: ExternalRedis { host: String::new(), port: 6379 },
        },
        tests: ChartTests { image: image("library/busybox", "1.36.1") },
        // Every route kind off: a plain install needs neither the Gateway
        // API CRDs nor an Ingress controller. The environments choose.
        http_route: HttpRoute {
            enabled: false,
            parent_refs: Vec::new(),
            annotations: BTreeMap::new(),
            https_redirect: HttpsRedirect { enabled: false, parent_refs: Vec::new() },
            response_headers: BTreeMap::new(),
            cors: Cors {
                allow_origins: Vec::new(),
                allow_methods: Vec::new(),
                allow_headers: Vec::new(),
                max_age: 86_400,
            },
        },
        gateway: Gateway { enabled: false, class_name: String::new(), annotations: BTreeMap::new() },
        ingress: Ingress { enabled: false, class_name: String::new(), annotations: BTreeMap::new() },
        tls: Tls { enabled: false, cluster_issuer: String::new() },
        external_dns: ExternalDns { enabled: false, ttl: 300 },
        // Off by default: a plain install should not depend on a CNI that
        // enforces NetworkPolicy. The legacy Prometheus ran in `monitoring`.
        network_policy: NetworkPolicy {
            enabled: false,
            // The Gateway the environments attach to: `maily` in
            // `gateway-system` (the label Gateway API implementations put on
            // the Gateway's pods).
            ingress_controller: pods("gateway-system", &[("gateway.networking.k8s.io/gateway-name", "maily")]),
            // kube-prometheus-stack's Prometheus pods.
            monitoring: pods("monitoring", &[("app.kubernetes.io/name", "prometheus")]),
            // CoreDNS keeps kube-dns' label in most distributions.
            dns: pods("kube-system", &[("k8s-app", "kube-dns")]),
            // istiod as Istio's charts install it.
            istiod: pods("istio-system", &[("app", "istiod")]),
            // The data tier is outside the cluster in staging and production,
            // at private addresses (narrow these to the VPC's subnets); the
            // providers are on the internet. The legacy opened the same
            // ports (INVENTORY.md §4).
            egress: Egress {
                postgres: Destination { to: cidrs(&PRIVATE_RANGES), ports: vec![5432] },
                redis: Destination { to: cidrs(&PRIVATE_RANGES), ports: vec![6379] },
                rabbitmq: Destination { to: cidrs(&PRIVATE_RANGES), ports: vec![5672] },
                https: Destination { to: internet(), ports: vec![443] },
                smtp: Destination { to: internet(), ports: vec![25, 465, 587] },
            },
        },
        // Off: most clusters run no mesh. Istio's default trust domain.
        mesh: Mesh {
            istio: Istio {
                enabled: false,
                trust_domain: "cluster.local".into(),
                ingress_gateway_principals: vec!["cluster.local/ns/gateway-system/sa/maily-istio".into()],
            },
        },
        // Off: a plain install needs no prometheus-operator CRDs. The
        // legacy's kube-prometheus-stack selected `release:
        // prometheus-operator`, scraped every 15 s (10 s timeout) and
        // provisioned dashboards into the folder `Maily`.
        monitoring: Monitoring {
            service_monitor: ServiceMonitor {
                enabled: false,
                labels: map(&[("release", PROMETHEUS_RELEASE)]),
                interval_seconds: 30,
                scrape_timeout_seconds: 10,
            },
            prometheus_rule: PrometheusRule {
                enabled: false,
                labels: map(&[("release", PROMETHEUS_RELEASE)]),
                // The legacy warned at 80% and 85%; near the limit is what matters.
                cpu_limit_percent: 90,
                memory_limit_percent: 90,
                // The legacy business SLAs: 98% delivered, p95 under 60 s.
                email_delivery: EmailDelivery { success_percent: Decimal::new("98"), p95_seconds: Decimal::new("60") },
            },
            dashboards: Dashboards {
                enabled: false,
                labels: map(&[("grafana_dashboard", "1")]),
                annotations: map(&[("grafana_folder", "Maily")]),
            },
        },
        // Off: a plain install needs no External Secrets Operator; the
        // Secret then exists (global.existingSecret). The defaults restate
        // the legacy's ExternalSecret `maily-external-secrets` (INVENTORY.md
        // §6.1): refreshed every hour from the Vault store `vault-backend`,
        // KV v2 at `secret`, Kubernetes auth role `maily-role`; its keys
        // lived under `maily/<group>`. Keys it did not map are read from
        // `maily/app`, property the key's name.
        external_secret: ExternalSecret {
            enabled: false,
            refresh_interval: "1h".into(),
            secret_store_ref: SecretStoreRef { kind: "SecretStore".into(), name: "vault-backend".into() },
            remote_key: "maily/app".into(),
            remote_refs: [
                ("database-url", "maily/database", "url"),
                ("redis-url", "maily/redis", "url"),
                ("rabbitmq-url", "maily/rabbitmq", "url"),
                ("jwt-secret", "maily/jwt", "secret"),
                ("openai-api-key", "maily/ai", "openai-key"),
                ("anthropic-api-key", "maily/ai", "anthropic-key"),
                ("google-api-key", "maily/ai", "google-key"),
                // Read (optional) by the AI service for `dataTier.externalRedis`.
                ("redis-password", "maily/redis", "password"),
            ]
            .into_iter()
            .map(|(secret_key, key, property)| {
                (secret_key.to_string(), RemoteRef { key: key.into(), property: property.into() })
            })
            .collect(),
            vault: VaultStore {
                create: false,
                server: "https://vault.maily.example.com".into(),
                path: "secret".into(),
                version: "v2".into(),
                auth_mount_path: "kubernetes".into(),
                role: "maily-role".into(),
            },
        },
        reloader: Reloader { enabled: false },
        // Off: quotas bound the whole namespace, which a platform team may
        // own. The values are the legacy's four overlapping quotas in
        // `maily` as one (INVENTORY.md §6.6) and its LimitRange, with the
        // container minimum lowered to what the helm test pods request
        // (50m, 32Mi; the legacy's 64Mi would refuse them).
        namespace_guards: NamespaceGuards {
            enabled: false,
            quota: [
                ("requests.cpu", "16"),
                ("requests.memory", "32Gi"),
                ("limits.cpu", "32"),
                ("limits.memory", "64Gi"),
                ("requests.storage", "500Gi"),
                ("persistentvolumeclaims", "50"),
                ("pods", "100"),
                ("services", "50"),
                ("services.loadbalancers", "10"),
                ("services.nodeports", "10"),
                ("configmaps", "100"),
                ("secrets", "100"),
            ]
            .into_iter()
            .map(|(k, q)| (k.to_string(), Quantity::new(q)))
            .collect(),
            container: ContainerLimits {
                default: limits("500m", "512Mi"),
                default_request: limits("100m", "256Mi"),
                min: limits("50m", "32Mi"),
                max: limits("4", "8Gi"),
            },
            pod_max: limits("8", "16Gi"),
        },
    }
}

/// CPU and memory bounds of a LimitRange.
fn limits(cpu: &str, memory: &str) -> Limits {
    Limits(BTreeMap::from([("cpu".into(), Quantity::new(cpu)), ("memory".into(), Quantity::new(memory))]))
}
