//! Generated environments: each real environment (and the defaults),
//! mutated with YAML traps, template syntax, unicode, control characters,
//! big integers, empty and full maps, toggled components and long names.
//! Every generated environment must pass `validate` (so the generator stays
//! honest), and then `helm template` of the values file that the generator
//! writes for it must equal the Rust render, object by object, under Helm 4
//! and under Helm 3 (each case is rendered by both; the Rust render once).
//! Helm 3 must refuse, instead, the cases whose values hold a character it
//! cannot take (`helm3_refuses_char`: DEL, C1 controls, U+FFFE), and render
//! every other hostile string.
//!
//! Every case also checks its monitors (each ServiceMonitor selects one
//! Service of the release on a port it exposes) and dashboards (valid JSON,
//! stable uid, the datasource variable); the kubernetes-validate sample also
//! runs promtool over the rules and every dashboard query.
//!
//! Deterministic: the seed is printed, and `MAILY_ADVERSARIAL_SEED` /
//! `MAILY_ADVERSARIAL_CASES` reproduce or widen a run;
//! `MAILY_ADVERSARIAL_VALIDATE_EVERY=1` sends every case through
//! kubernetes-validate (slow), not one in eight (Helm 4's output: Helm 3's
//! objects are proven equal to it); `MAILY_ADVERSARIAL_HELM3_EVERY=N` renders
//! only every Nth case with Helm 3 (default: every case).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use k8s_openapi::api::autoscaling::v2::{HPAScalingPolicy, HPAScalingRules, HorizontalPodAutoscalerBehavior};
use k8s_openapi::api::core::v1::{
    Affinity, ConfigMapEnvSource, Container, EmptyDirVolumeSource, EnvFromSource, NodeAffinity, NodeSelector,
    NodeSelectorRequirement, NodeSelectorTerm, PodAffinityTerm, PodAntiAffinity, Toleration, TopologySpreadConstraint,
    Volume, VolumeMount, WeightedPodAffinityTerm,
};
use k8s_openapi::api::networking::v1::{IPBlock, NetworkPolicyPeer};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::LabelSelector;
use maily_chart::Values;
use maily_chart::passthrough::{Passed, PassedObject};
use maily_chart::values::{
    ExtraPort, HttpWorkload, ParentRef, PeerPods, PodAffinity, ProbeTiming, PullSecret, Tolerations, TopologySpread,
    Workload,
};
use maily_chart_tests::*;
use serde_json::json;

const DEFAULT_SEED: u64 = 0x6d61_696c_7921;
const DEFAULT_CASES: usize = 240;
const THREADS: usize = 2;
/// Every this many cases, the helm output also goes through kubernetes-validate.
const VALIDATE_EVERY: usize = 8;
/// Every this many cases are also rendered by Helm 3 (Helm 4 renders all).
const HELM3_EVERY: usize = 1;

/// More traps beyond the list: YAML 1.1 words and numbers, line
/// breaks, escapes.
const MORE_HOSTILE: &[&str] = &[
    "true",
    "False",
    ".inf",
    "1:20",
    "2001-12-14",
    "trailing space ",
    "multi\nline\n",
    "\n",
    "=",
    "<<",
    "'single'",
    "a: b",
    "- item",
    "key: value\nother: x",
    "crlf\r\n",
    "nel\u{85}",
    "ls\u{2028}",
    "bom\u{feff}",
    "nbsp\u{a0}",
    "esc\u{1b}",
    "del\u{7f}",
    "{{- fail \"boom\" }}",
    "%q %s",
    "$HOME",
    "`backtick`",
    "emoji 🦀",
    "nul\u{0}",
    "bell\u{7}",
    "nonchar\u{fffe}",
    "\u{e000}0\u{e001}",
    "soft\u{ad}hyphen",
    "zw\u{200b}j",
];

/// Valid environment variable names.
const ENV_NAMES: &[&str] = &[
    "on", "off", "yes", "no", "y", "n", "Y", "NO", "null", "true", "False", "_", "_1e3", "e1_000", "x0777", "a.b",
    "a-b", "A__B", "null.x", "ON",
];

/// Every hostile string the generator draws from.
fn hostile() -> Vec<&'static str> {
    [HOSTILE_STRINGS, MORE_HOSTILE].concat()
}

/// Valid annotation and label keys (qualified names).
const QUALIFIED_NAMES: &[&str] = &[
    "on",
    "off",
    "yes",
    "no",
    "y",
    "n",
    "Y",
    "NO",
    "null",
    "0777",
    "1_000",
    "1e3",
    "0x1F",
    "true",
    "example.com/on",
    "a.b/0777",
    "maily.io/1e3",
    "x/y",
    "1e3.io/n",
    "on/off",
];

/// Valid label values.
const LABEL_VALUES: &[&str] = &[
    "on", "off", "yes", "no", "y", "n", "Y", "NO", "null", "0777", "1_000", "1e3", "0x1F", "", "true", "a-b_c.d", "1.5",
];

/// Valid image tags (never `latest`).
const TAGS: &[&str] =
    &["0777", "1e3", "on", "1_000", "0x1F", "NO", "y", "n", "null", "true", "v1.2.3", "1.0", "1", "_x", "2001-12-14"];

/// Valid Secret keys.
const SECRET_KEYS: &[&str] = &["on", "0777", "1e3", "1_000", "yes", "a.b", "-dash", "NO", "_x", "0x1F", "null", "y"];

/// DNS-1123 labels (environment names, overrides).
const DNS_LABELS: &[&str] =
    &["on", "off", "yes", "no", "y", "n", "null", "true", "false", "0777", "1e3", "0x1f", "nan", "inf", "a-b", "maily"];

/// DNS-1035 labels (name overrides: they start Service names, which must
/// start with a letter).
const DNS1035_LABELS: &[&str] =
    &["on", "off", "yes", "no", "y", "n", "null", "true", "false", "nan", "inf", "a-b", "maily", "x0777"];

/// DNS-1123 subdomains (Secret names).
const DNS_SUBDOMAINS: &[&str] = &[
    "on",
    "no",
    "y",
    "n",
    "null",
    "true",
    "0777",
    "1e3",
    "0x1f",
    "a.b",
    "0777.on",
    "secrets.maily.io",
    "maily-secrets",
];

/// Port names (IANA service names).
const PORT_NAMES: &[&str] =
    &["on", "off", "yes", "no", "y", "n", "null", "true", "metrics", "grpc", "a-1", "x0777", "0x1f"];

/// Plain alphanumeric strings for the pass-through fields (toYaml is not in
/// the hostile scope).
/// Keys of `podLabels` and of `global.commonLabels`: disjoint, since one pod
/// would get a shared key twice (the `keysApart` rule).
const POD_LABEL_KEYS: &[&str] = &["pod.example.com/tier", "on", "0777", "track"];
const COMMON_LABEL_KEYS: &[&str] = &["common.example.com/team", "y", "null", "cost-center"];
/// Keys of object annotations and of `global.commonAnnotations`: disjoint.
const OBJECT_ANNOTATION_KEYS: &[&str] =
    &["eks.amazonaws.com/role-arn", "service.beta.kubernetes.io/aws-load-balancer-internal", "yes"];
const COMMON_ANNOTATION_KEYS: &[&str] = &["common.example.com/owner", "n", "1e3"];
const PLAIN: &[&str] = &["dedicated", "maily", "gpu", "pool1", "zoneA", "tier2"];
/// Host names (each has a letter), YAML traps among them.
const HOSTS: &[&str] =
    &["on", "yes", "y", "n", "null", "true", "1e3", "0x1f", "a.b", "maily.local", "api.justmaily.com"];
/// Path prefixes.
const PATHS: &[&str] = &["/", "/api", "/on", "/0777", "/1e3", "/%41", "/~x", "/$x", "/a:b@c", "/'q'", "/x*y", "/a/b/"];
/// Gateway API durations, and empty.
const DURATIONS: &[&str] = &["", "60s", "1h30m", "500ms", "0s", "99999h", "1h1m1s1ms"];
/// HTTP header names.
const HEADER_NAMES: &[&str] = &["X-Frame-Options", "on", "y", "0777", "1e3", "X_Y", "a~b", "null"];
/// CORS origins.
const ORIGINS: &[&str] =
    &["https://on", "http://1e3:8080", "https://*.example.com", "https://app.justmaily.com", "http://y"];
/// Istio principals.
const PRINCIPALS: &[&str] =
    &["cluster.local/ns/on/sa/y", "td.example/ns/gateway-system/sa/maily-istio", "a/ns/0777/sa/1e3"];
/// Owned annotation-free keys for routing objects.
const ROUTE_ANNOTATION_KEYS: &[&str] = &["nginx.ingress.kubernetes.io/proxy-body-size", "on", "0777", "x/y"];
/// Address ranges (IPv4 and IPv6) with ranges inside them.
const CIDRS: &[(&str, &[&str])] = &[
    ("10.0.0.0/8", &[]),
    ("0.0.0.0/0", &["10.0.0.0/8", "192.168.0.0/16"]),
    ("192.168.1.0/24", &["192.168.1.128/25"]),
    ("fd00::/8", &[]),
    ("172.16.0.0/12", &[]),
];

/// Keys of the monitoring objects' labels: disjoint from `COMMON_LABEL_KEYS`
/// (the `monitoringKeysApart` rule).
const MONITOR_LABEL_KEYS: &[&str] = &["release", "prometheus", "grafana_dashboard", "on", "0777", "x/y", "1e3.io/n"];
/// Keys of the dashboards' annotations: disjoint from `COMMON_ANNOTATION_KEYS`.
const DASHBOARD_ANNOTATION_KEYS: &[&str] = &["grafana_folder", "yes", "example.com/team", "0x1F"];
/// Availability objectives (95 to below 100), as strings in every form the schema takes.
const AVAILABILITIES: &[&str] = &["95", "99", "99.5", "99.95", "99.999999", "97.0"];
/// Percentages of requests (above 0, below 100), ascending.
const RATIO_PERCENTS: &[&str] = &["0.001", "0.5", "1", "1.0", "5", "10.25", "99.999"];
/// Success objectives (50 to below 100).
const OBJECTIVE_PERCENTS: &[&str] = &["50", "75.25", "98", "99.5", "99.999999"];
/// Seconds (above 0, at most 86400).
const SECONDS: &[&str] = &["0.001", "0.5", "1", "2.5", "60", "3600.125", "86400"];

/// (request, limit) pairs of valid quantities, request ≤ limit.
const CPU: &[(&str, &str)] =
    &[("100m", "1"), ("0.5", "1e3"), (".5", "2"), ("0777m", "1"), ("1", "1E3"), ("250m", "250m")];
const MEMORY: &[(&str, &str)] =
    &[("1Ki", "1e9"), ("128Mi", "1G"), ("1e6", "1Gi"), ("0777Mi", "1Gi"), ("512Mi", "512Mi"), ("1", "1k")];

const RELEASES: &[&str] =
    &["release-name", "maily", "maily-eu", "on", "n", "y", "yes", "off", "tenant-a-maily-production-release-name-53-x"];
const NAMESPACES: &[&str] = &["default", "tenant-a", "on", "0777", "n", "null"];

struct Gen {
    rng: Rng,
    used: BTreeSet<&'static str>,
}

impl Gen {
    fn hostile(&mut self) -> String {
        let s = *self.rng.pick(&hostile());
        self.used.insert(s);
        s.to_string()
    }

    /// A hostile string that YAML can carry as written: pass-through objects
    /// refuse the others (Helm's toYaml would drop or fold them).
    fn printable_hostile(&mut self) -> String {
        let printable = |c: char| !matches!(c as u32, 0x00..=0x08 | 0x0B | 0x0C | 0x0E..=0x1F | 0x7F..=0x9F | 0x2028 | 0x2029 | 0xFFFE | 0xFFFF);
        let candidates: Vec<&'static str> =
            hostile().into_iter().filter(|s| *s != "<<" && s.chars().all(printable)).collect();
        self.rng.pick(&candidates).to_string()
    }

    /// A hostile string of one line, not empty: an HTTP header value.
    fn hostile_line(&mut self) -> String {
        let candidates: Vec<&'static str> =
            hostile().into_iter().filter(|s| !s.is_empty() && !s.contains(['\r', '\n'])).collect();
        let s = *self.rng.pick(&candidates);
        self.used.insert(s);
        s.to_string()
    }

    fn pick(&mut self, items: &[&'static str]) -> String {
        self.rng.pick(items).to_string()
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.rng.chance(percent)
    }

    fn count(&mut self) -> i32 {
        *self.rng.pick(&[0, 1, 2, 3, 999_999, 1_000_000])
    }

    fn at_least_one(&mut self) -> i32 {
        *self.rng.pick(&[1, 2, 3, 10, 999_999, 1_000_000])
    }

    fn seconds(&mut self, min: i32) -> i32 {
        (*self.rng.pick(&[0, 1, 5, 30, 1_000_000, 2_147_483_647])).max(min)
    }

    fn id(&mut self, min: i64) -> i64 {
        (*self.rng.pick(&[0, 1, 1000, 65_534, 1_000_000, 2_147_483_647])).max(min)
    }

    fn probe(&mut self) -> ProbeTiming {
        ProbeTiming {
            initial_delay_seconds: self.seconds(0),
            period_seconds: self.seconds(1),
            timeout_seconds: self.seconds(1),
            failure_threshold: self.seconds(1),
        }
    }

    fn tolerations(&mut self) -> Tolerations {
        let n = self.rng.below(3);
        Passed(
            (0..n)
                .map(|_| {
                    let exists = self.chance(30);
                    Toleration {
                        key: Some(self.pick(PLAIN)),
                        operator: Some(if exists { "Exists" } else { "Equal" }.to_string()),
                        value: (!exists).then(|| self.pick(PLAIN)),
                        effect: Some(self.pick(&["NoSchedule", "PreferNoSchedule", "NoExecute"])),
                        toleration_seconds: None,
                    }
                })
                .collect(),
        )
    }

    fn affinity(&mut self) -> PodAffinity {
        match self.rng.below(3) {
            0 => PassedObject::default(),
            1 => PassedObject(Affinity {
                node_affinity: Some(NodeAffinity {
                    required_during_scheduling_ignored_during_execution: Some(NodeSelector {
                        node_selector_terms: vec![NodeSelectorTerm {
                            match_expressions: Some(vec![NodeSelectorRequirement {
                                key: self.pick(PLAIN),
                                operator: "In".to_string(),
                                values: Some(vec![self.pick(PLAIN), self.pick(PLAIN)]),
                            }]),
                            match_fields: None,
                        }],
                    }),
                    preferred_during_scheduling_ignored_during_execution: None,
                }),
                ..Default::default()
            }),
            _ => PassedObject(Affinity {
                pod_anti_affinity: Some(PodAntiAffinity {
                    preferred_during_scheduling_ignored_during_execution: Some(vec![WeightedPodAffinityTerm {
                        weight: self.rng.between(1, 100) as i32,
                        pod_affinity_term: PodAffinityTerm {
                            topology_key: "kubernetes.io/hostname".to_string(),
                            label_selector: Some(LabelSelector {
                                match_labels: Some([("app".to_string(), self.pick(PLAIN))].into()),
                                ..Default::default()
                            }),
                            ..Default::default()
                        },
                    }]),
                    ..Default::default()
                }),
                ..Default::default()
            }),
        }
    }

    fn workload(&mut self, w: &mut Workload) {
        if self.chance(20) {
            w.enabled = !w.enabled;
        }
        if self.chance(50) {
            w.replica_count = self.count();
        }
        if self.chance(50) {
            w.image.tag = self.pick(TAGS);
        }
        if self.chance(30) {
            w.image.pull_policy = self.pick(&["IfNotPresent", "Always", "Never"]);
        }
        if self.chance(20) {
            w.image.digest = format!("sha256:{:064x}", self.rng.next_u64());
        }
        if self.chance(30) {
            let (rc, lc) = *self.rng.pick(CPU);
            let (rm, lm) = *self.rng.pick(MEMORY);
            w.resources.requests.set("cpu", rc);
            w.resources.limits.set("cpu", lc);
            w.resources.requests.set("memory", rm);
            w.resources.limits.set("memory", lm);
        }
        if self.chance(50) {
            w.autoscaling.enabled = self.chance(50);
            let a = self.at_least_one();
            let b = self.at_least_one();
            w.autoscaling.min_replicas = a.min(b);
            w.autoscaling.max_replicas = a.max(b);
            w.autoscaling.target_cpu_utilization_percentage = self.rng.between(1, 100) as i32;
            w.autoscaling.target_memory_utilization_percentage = self.rng.between(1, 100) as i32;
        }
        if self.chance(40) {
            w.pod_disruption_budget.enabled = self.chance(50);
            w.pod_disruption_budget.max_unavailable = self.at_least_one();
        }
        if self.chance(40) {
            w.liveness_probe = self.probe();
        }
        if self.chance(40) {
            w.readiness_probe = self.probe();
        }
        self.mutate_map(&mut w.env, (60, 30, 5), |g| (g.pick(ENV_NAMES), g.hostile()));
        self.mutate_map(&mut w.secret_env, (40, 30, 4), |g| (g.pick(ENV_NAMES), g.pick(SECRET_KEYS)));
        self.mutate_map(&mut w.optional_secret_env, (40, 30, 4), |g| (g.pick(ENV_NAMES), g.pick(SECRET_KEYS)));
        // A variable is set once: by `env`, `secretEnv` or `optionalSecretEnv`.
        w.env.retain(|k, _| !w.secret_env.contains_key(k));
        w.optional_secret_env.retain(|k, _| !w.secret_env.contains_key(k) && !w.env.contains_key(k));
        self.mutate_map(&mut w.pod_annotations, (60, 40, 4), |g| (g.pick(QUALIFIED_NAMES), g.hostile()));
        self.mutate_map(&mut w.node_selector, (40, 30, 4), |g| (g.pick(QUALIFIED_NAMES), g.pick(LABEL_VALUES)));
        if self.chance(30) {
            let ids = &mut w.pod_security_context;
            ids.run_as_user = self.id(1);
            ids.run_as_group = self.id(0);
            ids.fs_group = self.id(0);
        }
        if self.chance(30) {
            w.tolerations = self.tolerations();
        }
        if self.chance(30) {
            w.affinity = self.affinity();
        }
        self.knobs(w);
    }

    /// The production knobs every workload has (issue 5, part 4).
    fn knobs(&mut self, w: &mut Workload) {
        self.mutate_map(&mut w.pod_labels, (40, 30, 3), |g| (g.pick(POD_LABEL_KEYS), g.pick(LABEL_VALUES)));
        if self.chance(40) {
            let sa = &mut w.service_account;
            sa.create = self.chance(60);
            sa.name = if self.chance(50) { String::new() } else { self.pick(DNS_SUBDOMAINS) };
        }
        self.mutate_map(&mut w.service_account.annotations, (40, 30, 3), |g| {
            (g.pick(OBJECT_ANNOTATION_KEYS), g.hostile())
        });
        if self.chance(30) {
            w.priority_class_name = if self.chance(30) { String::new() } else { self.pick(DNS_SUBDOMAINS) };
        }
        if self.chance(40) {
            w.pre_stop_sleep_seconds = *self.rng.pick(&[1, 5, 3600]);
            let grace: i64 = *self.rng.pick(&[0, 30, 86_400]);
            w.termination_grace_period_seconds = grace.max(w.pre_stop_sleep_seconds + 1);
        }
        if self.chance(30) {
            w.revision_history_limit = *self.rng.pick(&[0, 1, 10, 100]);
        }
        if self.chance(30) {
            w.extra_env_from = Passed(vec![EnvFromSource {
                // Pass-through objects print with Helm's toYaml: names that a
                // Kubernetes API server would accept, so they validate too.
                config_map_ref: Some(ConfigMapEnvSource {
                    name: self.pick(PLAIN).to_lowercase(),
                    optional: Some(true),
                }),
                prefix: Some("EXTRA_".to_string()),
                ..Default::default()
            }]);
        }
        if self.chance(30) {
            let n = 1 + self.rng.below(2);
            w.extra_volumes = Passed(
                (0..n)
                    .map(|i| Volume {
                        name: format!("extra-{i}"),
                        empty_dir: Some(EmptyDirVolumeSource::default()),
                        ..Default::default()
                    })
                    .collect(),
            );
            w.extra_volume_mounts = Passed(
                (0..n)
                    .map(|i| VolumeMount {
                        name: format!("extra-{i}"),
                        mount_path: format!("/extra/{i}"),
                        ..Default::default()
                    })
                    .collect(),
            );
        }
        let container = |g: &mut Self, name: &str| Container {
            name: name.to_string(),
            image: Some(format!("docker.io/library/busybox:{}", g.pick(&["1.36.1", "1.37"]))),
            command: Some(vec!["sh".to_string(), "-c".to_string(), g.printable_hostile()]),
            ..Default::default()
        };
        if self.chance(25) {
            w.init_containers = Passed(vec![container(self, "init-wait")]);
        }
        if self.chance(25) {
            w.sidecars = Passed(vec![container(self, "log-shipper")]);
        }
        if self.chance(30) {
            w.topology_spread = (0..self.rng.below(3))
                .map(|_| TopologySpread {
                    topology_key: self.pick(&["kubernetes.io/hostname", "topology.kubernetes.io/zone", "on"]),
                    max_skew: *self.rng.pick(&[1, 2, 2_147_483_647]),
                    when_unsatisfiable: self.pick(&["ScheduleAnyway", "DoNotSchedule"]),
                })
                .collect();
        }
        if self.chance(25) {
            w.topology_spread_constraints = Passed(vec![TopologySpreadConstraint {
                max_skew: 1,
                topology_key: self.pick(&["topology.kubernetes.io/zone", "kubernetes.io/hostname"]),
                when_unsatisfiable: self.pick(&["ScheduleAnyway", "DoNotSchedule"]),
                label_selector: Some(LabelSelector {
                    match_labels: Some([("app.kubernetes.io/component".to_string(), self.pick(PLAIN))].into()),
                    ..Default::default()
                }),
                ..Default::default()
            }]);
        }
        if self.chance(25) {
            w.autoscaling.behavior = PassedObject(HorizontalPodAutoscalerBehavior {
                scale_down: Some(HPAScalingRules {
                    stabilization_window_seconds: Some(*self.rng.pick(&[0, 300, 3600])),
                    policies: Some(vec![HPAScalingPolicy { type_: "Pods".to_string(), value: 1, period_seconds: 60 }]),
                    select_policy: Some(self.pick(&["Max", "Min"])),
                    ..Default::default()
                }),
                ..Default::default()
            });
        }
    }

    fn http(&mut self, h: &mut HttpWorkload) {
        self.workload(&mut h.workload);
        if self.chance(30) {
            h.container_port = *self.rng.pick(&[1, 80, 3000, 8000, 8080, 65535]);
            h.service.port = *self.rng.pick(&[1, 80, 443, 8080, 65535]);
        }
        if self.chance(30) {
            h.service.type_ = self.pick(&["ClusterIP", "NodePort", "LoadBalancer"]);
        }
        self.mutate_map(&mut h.service.annotations, (40, 30, 3), |g| (g.pick(OBJECT_ANNOTATION_KEYS), g.hostile()));
        if self.chance(50) {
            h.extra_ports.clear();
            let mut names = BTreeSet::from(["http".to_string()]);
            let mut container_ports = BTreeSet::from([h.container_port]);
            let mut service_ports = BTreeSet::from([h.service.port]);
            for _ in 0..self.rng.below(3) {
                let name = self.pick(PORT_NAMES);
                let container_port = self.rng.between(1, 65535) as i32;
                let service_port = self.rng.between(1, 65535) as i32;
                if names.insert(name.clone())
                    && container_ports.insert(container_port)
                    && service_ports.insert(service_port)
                {
                    h.extra_ports.push(ExtraPort { name, container_port, service_port });
                }
            }
        }
    }

    fn parent_refs(&mut self) -> Vec<ParentRef> {
        (0..self.rng.below(3))
            .map(|_| ParentRef {
                name: self.pick(DNS_SUBDOMAINS),
                namespace: self.pick(DNS_LABELS),
                section_name: self.pick(DNS_SUBDOMAINS),
            })
            .collect()
    }

    fn some(&mut self, pool: &[&'static str], most: usize) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for _ in 0..self.rng.below(most + 1) {
            let item = self.pick(pool);
            if !out.contains(&item) {
                out.push(item);
            }
        }
        out
    }

    /// Routes of every HTTP component and the route kinds, kept valid: a host
    /// and path (with the chart's Gateway, a host) belongs to one deployed
    /// component; hosts only on deployed components while a kind is on.
    fn routing(&mut self, v: &mut Values) {
        v.http_route.enabled = self.chance(50);
        v.ingress.enabled = self.chance(40);
        v.gateway.enabled = v.http_route.enabled && self.chance(30);
        v.tls.enabled = v.gateway.enabled || self.chance(50);
        v.tls.cluster_issuer = if self.chance(50) { self.pick(DNS_SUBDOMAINS) } else { String::new() };
        v.gateway.class_name = self.pick(DNS_SUBDOMAINS);
        v.ingress.class_name = if self.chance(50) { self.pick(DNS_SUBDOMAINS) } else { String::new() };
        v.external_dns.enabled = self.chance(50);
        v.external_dns.ttl = *self.rng.pick(&[1, 60, 300, 86_400]);
        v.http_route.parent_refs = self.parent_refs();
        v.http_route.https_redirect.enabled = self.chance(50);
        v.http_route.https_redirect.parent_refs = self.parent_refs();
        if !v.gateway.enabled {
            for refs in [&mut v.http_route.parent_refs, &mut v.http_route.https_redirect.parent_refs] {
                if refs.is_empty() {
                    refs.push(ParentRef { name: "gw".into(), namespace: "on".into(), section_name: "y".into() });
                }
            }
        }
        let common: BTreeSet<String> = v.global.common_annotations.keys().cloned().collect();
        for map in [&mut v.http_route.annotations, &mut v.gateway.annotations, &mut v.ingress.annotations] {
            self.mutate_map(map, (50, 50, 3), |g| (g.pick(ROUTE_ANNOTATION_KEYS), g.hostile()));
            map.retain(|k, _| !common.contains(k));
        }
        self.mutate_map(&mut v.http_route.response_headers, (50, 50, 4), |g| (g.pick(HEADER_NAMES), g.hostile_line()));
        v.http_route.cors.allow_origins = self.some(ORIGINS, 3);
        v.http_route.cors.allow_headers = self.some(HEADER_NAMES, 2);
        v.http_route.cors.max_age = *self.rng.pick(&[1, 600, 86_400]);
        v.mesh.istio.enabled = self.chance(40);
        v.mesh.istio.trust_domain = self.pick(DNS_SUBDOMAINS);
        v.mesh.istio.ingress_gateway_principals = self.some(PRINCIPALS, 2);
        let routing = v.http_route.enabled || v.ingress.enabled;
        let gateway = v.gateway.enabled;
        let mut claimed: BTreeSet<(String, String)> = BTreeSet::new();
        let mut hosts_taken: BTreeMap<String, &'static str> = BTreeMap::new();
        for r in maily_chart::components::ALL {
            let Some(h) = (r.values_mut)(v).http_mut() else { continue };
            let route = &mut h.route;
            route.hosts = self.some(HOSTS, 3);
            route.paths = self.some(PATHS, 3);
            if route.paths.is_empty() {
                route.paths.push("/".into());
            }
            route.request_timeout = self.pick(DURATIONS);
            route.tls_secret_name = self.pick(DNS_SUBDOMAINS);
            if !h.workload.enabled {
                if routing {
                    route.hosts.clear();
                }
                continue;
            }
            route.hosts.retain(|host| {
                let free_host = !gateway || hosts_taken.get(host).is_none_or(|k| *k == r.def.key);
                // `/a/b/` and `/a/b` are one prefix (routesApart).
                let free_paths =
                    route.paths.iter().all(|p| !claimed.contains(&(host.clone(), p.trim_end_matches('/').to_string())));
                free_host && free_paths
            });
            for host in &route.hosts {
                hosts_taken.insert(host.clone(), r.def.key);
                for p in &route.paths {
                    claimed.insert((host.clone(), p.trim_end_matches('/').to_string()));
                }
            }
        }
    }

    fn peer_pods(&mut self) -> PeerPods {
        let mut pods = PeerPods { namespace_labels: BTreeMap::new(), pod_labels: BTreeMap::new() };
        for map in [&mut pods.namespace_labels, &mut pods.pod_labels] {
            for _ in 0..1 + self.rng.below(2) {
                map.insert(self.pick(QUALIFIED_NAMES), self.pick(LABEL_VALUES));
            }
        }
        pods
    }

    /// Monitoring: the three switches, labels, scrape timing, thresholds and
    /// the AI service's objectives, kept valid (timeout ≤ interval, warning
    /// ≤ critical, keys apart from the common ones).
    fn monitoring(&mut self, v: &mut Values) {
        use maily_chart::values::Decimal;
        let common_labels: BTreeSet<String> = v.global.common_labels.keys().cloned().collect();
        let common_annotations: BTreeSet<String> = v.global.common_annotations.keys().cloned().collect();
        let m = &mut v.monitoring;
        m.service_monitor.enabled = self.chance(60);
        m.prometheus_rule.enabled = self.chance(60);
        m.dashboards.enabled = self.chance(60);
        for map in [&mut m.service_monitor.labels, &mut m.prometheus_rule.labels, &mut m.dashboards.labels] {
            self.mutate_map(map, (60, 40, 3), |g| (g.pick(MONITOR_LABEL_KEYS), g.pick(LABEL_VALUES)));
            map.retain(|k, _| !common_labels.contains(k));
        }
        self.mutate_map(&mut m.dashboards.annotations, (60, 40, 3), |g| {
            (g.pick(DASHBOARD_ANNOTATION_KEYS), g.hostile())
        });
        m.dashboards.annotations.retain(|k, _| !common_annotations.contains(k));
        let interval = *self.rng.pick(&[1, 10, 15, 30, 60, 3600]);
        m.service_monitor.interval_seconds = interval;
        m.service_monitor.scrape_timeout_seconds = *self.rng.pick(&[1, 5, 10, 3600].map(|t: i32| t.min(interval)));
        m.prometheus_rule.cpu_limit_percent = *self.rng.pick(&[1, 50, 90, 100]);
        m.prometheus_rule.memory_limit_percent = *self.rng.pick(&[1, 50, 90, 100]);
        m.prometheus_rule.email_delivery.success_percent = Decimal::new(self.pick(OBJECTIVE_PERCENTS));
        m.prometheus_rule.email_delivery.p95_seconds = Decimal::new(self.pick(SECONDS));
        let slo = &mut v.ai_service.slo;
        slo.availability = Decimal::new(self.pick(AVAILABILITIES));
        let (a, b) = (self.rng.below(RATIO_PERCENTS.len()), self.rng.below(RATIO_PERCENTS.len()));
        slo.error_percent_warning = Decimal::new(RATIO_PERCENTS[a.min(b)]);
        slo.error_percent_critical = Decimal::new(RATIO_PERCENTS[a.max(b)]);
        slo.latency_p95_seconds = Decimal::new(self.pick(SECONDS));
        slo.latency_p99_seconds = Decimal::new(self.pick(SECONDS));
    }

    /// Secrets delivery, Reloader and the namespace guard-rails, kept valid:
    /// `remoteRefs` only for keys the deployed components read, the Vault
    /// store a `SecretStore`, the LimitRange ordered and around the chart's
    /// own containers (otherwise its bounds are dropped).
    fn security(&mut self, v: &mut Values) {
        use maily_chart::quantity::Quantity;
        use maily_chart::values::{Limits, RemoteRef};
        let es = &mut v.external_secret;
        es.enabled = self.chance(70);
        es.vault.create = self.chance(50);
        es.secret_store_ref.kind =
            if es.vault.create || self.chance(50) { "SecretStore".into() } else { "ClusterSecretStore".into() };
        if self.chance(50) {
            es.secret_store_ref.name = self.pick(DNS_SUBDOMAINS);
        }
        es.refresh_interval = self.pick(&["1h", "15m", "1h30m", "30s", "0777s", "1000m"]);
        es.remote_key = self.pick(&["maily/app", "0777", "on", "a.b/c_d", "1e3"]);
        es.vault.server = self.pick(&["https://vault.example.com:8200", "http://vault.vault", "https://0777.example"]);
        es.vault.path = self.pick(&["secret", "kv", "on", "1e3"]);
        es.vault.version = self.pick(&["v1", "v2"]);
        es.vault.auth_mount_path = self.pick(&["kubernetes", "k8s/prod", "yes"]);
        es.vault.role = self.pick(&["maily-role", "null", "0x1F"]);
        let read = maily_chart::secrets::secret_keys(v);
        let es = &mut v.external_secret;
        for key in &read {
            if self.chance(30) {
                let key_path = self.pick(&["maily/database", "true", "1_000", "a/b/c"]);
                let property = self.pick(&["", "url", "no", "1e3", "a.b-c_d"]);
                es.remote_refs.insert(key.clone(), RemoteRef { key: key_path, property });
            }
        }
        es.remote_refs.retain(|k, _| read.contains(k));
        v.reloader.enabled = self.chance(30);
        for r in maily_chart::components::ALL {
            let (reload, files) = (self.chance(30), self.chance(30));
            let w = (r.values_mut)(v).workload_mut();
            w.reload_on_secret_change = reload;
            // As files, `<NAME>_FILE` must be free (the `secretEnvUnique` rule).
            let taken = |n: &String| {
                let file = format!("{n}_FILE");
                w.env.contains_key(&file) || w.secret_env.contains_key(&file)
            };
            w.secrets_as_files = files && !w.secret_env.keys().any(taken);
        }
        let g = &mut v.namespace_guards;
        g.enabled = self.chance(50);
        let limits =
            |pairs: &[(&str, &str)]| Limits(pairs.iter().map(|(k, q)| ((*k).to_string(), Quantity::new(*q))).collect());
        if self.chance(50) {
            g.quota.clear();
            for _ in 0..self.rng.below(4) {
                let key = self.pick(&[
                    "pods",
                    "requests.cpu",
                    "limits.memory",
                    "count/deployments.apps",
                    "requests.nvidia.com/gpu",
                ]);
                let q = self.pick(&["0", "100", "32", "64Gi", "500m", "1e3"]);
                g.quota.insert(key, Quantity::new(q));
            }
        }
        let c = &mut g.container;
        c.min = if self.chance(50) { limits(&[("cpu", "1m"), ("memory", "1Mi")]) } else { limits(&[]) };
        c.default_request = if self.chance(50) { limits(&[("cpu", "100m")]) } else { limits(&[("memory", "128Mi")]) };
        c.default = if self.chance(50) { limits(&[("cpu", "0.5"), ("memory", "512Mi")]) } else { limits(&[]) };
        c.max = if self.chance(50) { limits(&[("cpu", "1e3"), ("ephemeral-storage", "1Ti")]) } else { limits(&[]) };
        g.pod_max = if self.chance(50) { limits(&[("cpu", "2000"), ("memory", "16Ti")]) } else { limits(&[]) };
        if !maily_chart::guards::within(v).is_empty() {
            let c = &mut v.namespace_guards.container;
            c.min = limits(&[]);
            c.max = limits(&[]);
        }
    }

    /// The NetworkPolicy switch, peers and outside destinations.
    fn network(&mut self, v: &mut Values) {
        let np = &mut v.network_policy;
        np.enabled = !np.enabled;
        if self.chance(50) {
            np.ingress_controller = self.peer_pods();
            np.monitoring = self.peer_pods();
            np.dns = self.peer_pods();
            np.istiod = self.peer_pods();
        }
        let e = &mut np.egress;
        for d in [&mut e.postgres, &mut e.redis, &mut e.rabbitmq, &mut e.https, &mut e.smtp] {
            if self.chance(50) {
                d.to = Passed(
                    (0..self.rng.below(3))
                        .map(|_| {
                            let (cidr, except) = *self.rng.pick(CIDRS);
                            NetworkPolicyPeer {
                                ip_block: Some(IPBlock {
                                    cidr: cidr.into(),
                                    except: (!except.is_empty())
                                        .then(|| except.iter().map(|x| (*x).to_string()).collect()),
                                }),
                                ..Default::default()
                            }
                        })
                        .collect(),
                );
                let mut ports = BTreeSet::new();
                for _ in 0..1 + self.rng.below(3) {
                    ports.insert(*self.rng.pick(&[1, 53, 443, 5432, 65535]));
                }
                d.ports = ports.into_iter().collect();
            }
        }
    }

    /// The data tier: on or off, and hostile but valid images, sizes,
    /// classes and the outside Redis.
    fn data_tier(&mut self, v: &mut Values) {
        let tier = &mut v.data_tier;
        tier.enabled = self.rng.below(2) == 0;
        for server in [&mut tier.postgres, &mut tier.redis, &mut tier.rabbitmq] {
            if self.rng.below(2) == 0 {
                server.image.tag = self.rng.pick(TAGS).to_string();
            }
            if self.rng.below(4) == 0 {
                server.image.digest = format!("sha256:{:064x}", self.rng.next_u64());
            }
            if self.rng.below(2) == 0 {
                server.persistence.size = maily_chart::quantity::Quantity::new(self.rng.pick(MEMORY).1);
            }
            if self.rng.below(2) == 0 {
                server.persistence.storage_class = self.rng.pick(DNS_SUBDOMAINS).to_string();
            }
            if self.rng.below(3) == 0 {
                server.liveness_probe = self.probe();
            }
        }
        if self.rng.below(2) == 0 {
            tier.external_redis.host = self.hostile();
            tier.external_redis.port = self.rng.between(1, 65535) as i32;
        }
    }

    /// Valid JSON holding hostile strings, in one of several layouts
    /// (compact, pretty, tabs, CRLF, leading blanks, trailing newlines).
    fn agents_config(&mut self) -> String {
        // The typed OctoTools configuration (validation reads it as one).
        let agent = self.hostile();
        let config = json!({
            "agents": {agent.clone(): {"model": self.hostile(), "provider": self.hostile(), "system_prompt": self.hostile(), "max_iterations": 4_294_967_295u32}},
            "workflows": {self.hostile(): {"steps": [
                {"agent": agent.clone(), "output": "first"},
                {"agent": agent, "input": "first", "output": self.hostile()},
            ]}},
        });
        let pretty = serde_json::to_string_pretty(&config).expect("JSON");
        match self.rng.below(8) {
            0 => serde_json::to_string(&config).expect("JSON"),
            1 => pretty,
            2 => pretty + "\n",
            3 => pretty.replace("  ", "\t"),
            4 => pretty.replace('\n', "\r\n"),
            5 => format!("  {pretty}\n\n"),
            6 => pretty.replace(",\n", ", \n"),
            _ => format!("\n{pretty}"),
        }
    }

    fn long_label(&mut self) -> String {
        let len = *self.rng.pick(&[53, 62, 63, 64, 70]);
        let mut s: String = (0..len).map(|i| if i % 9 == 8 { '-' } else { (b'a' + (i % 26) as u8) as char }).collect();
        if s.ends_with('-') {
            s.pop();
            s.push('z');
        }
        s
    }

    /// With `chance`% likelihood: empty the map (`clear`% of those times),
    /// then add up to `most - 1` entries made by `entry`.
    fn mutate_map(
        &mut self,
        map: &mut BTreeMap<String, String>,
        (chance, clear, most): (u64, u64, usize),
        entry: fn(&mut Self) -> (String, String),
    ) {
        if self.chance(chance) {
            if self.chance(clear) {
                map.clear();
            }
            for _ in 0..self.rng.below(most) {
                let (k, v) = entry(self);
                map.insert(k, v);
            }
        }
    }

    fn environment(&mut self, base: &str) -> (String, Values) {
        let mut v = values_of(base);
        let name = if self.chance(20) && base != DEFAULTS { base.to_string() } else { self.pick(DNS_LABELS) };
        v.global.environment = name.clone();
        if self.chance(30) {
            v.global.image_registry = self.pick(&[
                "docker.io",
                "ghcr.io",
                "registry.example.com:5000",
                "0777",
                "on",
                "localhost:5000",
                "",
                "harbor.example.com/proxy",
            ]);
        }
        if self.chance(50) {
            let n = self.rng.below(4);
            let mut names: Vec<String> = (0..n).map(|_| self.pick(DNS_SUBDOMAINS)).collect();
            names.dedup();
            // Both forms: `name` and `{name: name}`.
            v.global.image_pull_secrets = names
                .into_iter()
                .map(|name| if self.chance(50) { PullSecret::Name(name) } else { PullSecret::Reference { name } })
                .collect();
        }
        self.mutate_map(&mut v.global.common_labels, (30, 30, 3), |g| {
            (g.pick(COMMON_LABEL_KEYS), g.pick(LABEL_VALUES))
        });
        self.mutate_map(&mut v.global.common_annotations, (30, 30, 3), |g| {
            (g.pick(COMMON_ANNOTATION_KEYS), g.hostile())
        });
        if self.chance(50) {
            self.network(&mut v);
        }
        if self.chance(30) {
            v.global.existing_secret = self.pick(DNS_SUBDOMAINS);
        }
        if self.chance(25) {
            // nameOverride is at most 63 characters (schema and validate); fullnameOverride is cut by the chart.
            v.name_override = if self.chance(30) {
                self.long_label().chars().take(63).collect::<String>().trim_end_matches('-').to_string()
            } else {
                self.pick(DNS1035_LABELS)
            };
        }
        if self.chance(25) {
            v.fullname_override = if self.chance(30) { self.long_label() } else { self.pick(DNS1035_LABELS) };
        }
        // Every registered component: its HTTP keys if it serves HTTP, else its workload keys.
        for r in maily_chart::components::ALL {
            let component = (r.values_mut)(&mut v);
            if let Some(http) = component.http_mut() {
                self.http(http);
            } else {
                self.workload(component.workload_mut());
            }
        }
        // A ServiceAccount name is created once (the `serviceAccountNamesUnique` rule).
        let mut created = BTreeSet::new();
        for r in maily_chart::components::ALL {
            let w = (r.values_mut)(&mut v).workload_mut();
            if w.enabled && w.service_account.create && !created.insert(w.service_account.name.clone()) {
                w.service_account.name.clear();
            }
        }
        if self.chance(40) {
            v.ai_service.startup_probe = self.probe();
        }
        if self.chance(60) {
            v.ai_service.agents_config = self.agents_config();
        }
        if self.chance(40) {
            let n = self.rng.below(4);
            v.workers.command = (0..n).map(|_| self.hostile()).collect();
        }
        if self.chance(40) {
            let n = 1 + self.rng.below(3);
            v.workers.health_command = (0..n).map(|_| self.hostile()).collect();
        }
        if self.chance(20) {
            v.tests.image.tag = self.pick(TAGS);
            v.tests.image.digest = format!("sha256:{}", "0".repeat(64));
        }
        if self.chance(60) {
            self.routing(&mut v);
        }
        if self.chance(60) {
            self.monitoring(&mut v);
        }
        if self.chance(60) {
            self.security(&mut v);
        }
        if self.chance(60) {
            self.data_tier(&mut v);
        }
        // The in-cluster tier is allowed where it is on (`dataTierInDevelopment`).
        if v.data_tier.enabled && !v.data_tier.allowed_environments.contains(&v.global.environment) {
            v.data_tier.allowed_environments.push(v.global.environment.clone());
        }
        // A disabled component keeps no hosts while a route kind is on (the
        // `routesHaveBackends` rule), whatever mutated it.
        if v.http_route.enabled || v.ingress.enabled {
            for r in maily_chart::components::ALL {
                if let Some(h) = (r.values_mut)(&mut v).http_mut()
                    && !h.workload.enabled
                {
                    h.route.hosts.clear();
                }
            }
        }
        (name, v)
    }
}

/// Runs kubernetes-validate --strict on `text` (`documents` objects).
fn kubernetes_validate_text(dir: &std::path::Path, text: &str, documents: usize) -> Result<(), String> {
    let file = dir.join("manifests.yaml");
    std::fs::write(&file, text).expect("temp dir");
    let out = std::process::Command::new(kubernetes_validate())
        .args(["--strict", "-k", "1.33.0"])
        .arg(&file)
        .output()
        .expect("kubernetes-validate runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let passed = stdout.lines().filter(|l| l.starts_with("INFO") && l.contains(" passed for resource ")).count();
    // Custom resources have no schema in kubernetes-validate: their CRDs check them.
    let objects = parse_manifests(text)?;
    let custom: usize = crd::custom_resource_kinds(&objects).values().sum();
    crd::validate_all(&objects)?;
    if out.status.success() && !stdout.contains("ERROR") && passed + custom == documents {
        Ok(())
    } else {
        Err(format!("kubernetes-validate --strict -k 1.33.0 ({passed} of {documents} passed):\n{stdout}\n{stderr}"))
    }
}

fn env_u64(var: &str) -> Option<u64> {
    std::env::var(var).ok().map(|s| s.parse().unwrap_or_else(|_| panic!("{var} must be a number, got {s:?}")))
}

/// What one Helm major did over the run.
#[derive(Default)]
struct Tally {
    cases: AtomicUsize,
    objects: AtomicUsize,
    nanos: AtomicU64,
    /// Cases refused as expected (Helm 3: control characters).
    refused: AtomicUsize,
}

impl Tally {
    fn add(&self, objects: usize, took: Duration) {
        self.cases.fetch_add(1, Ordering::SeqCst);
        self.objects.fetch_add(objects, Ordering::SeqCst);
        self.nanos.fetch_add(took.as_nanos() as u64, Ordering::SeqCst);
    }
}

#[test]
fn generated_hostile_environments_render_the_same_objects_as_helm() {
    let seed = env_u64("MAILY_ADVERSARIAL_SEED").unwrap_or(DEFAULT_SEED);
    let cases = env_u64("MAILY_ADVERSARIAL_CASES").map_or(DEFAULT_CASES, |n| n as usize);
    eprintln!("adversarial: seed {seed} ({cases} cases); reproduce with MAILY_ADVERSARIAL_SEED={seed}");
    let validate_every = env_u64("MAILY_ADVERSARIAL_VALIDATE_EVERY").map_or(VALIDATE_EVERY, |n| n.max(1) as usize);
    let helm3_every = env_u64("MAILY_ADVERSARIAL_HELM3_EVERY").map_or(HELM3_EVERY, |n| n.max(1) as usize);
    let helms = helms();
    let bases: Vec<String> = all_environments().into_iter().map(|(name, _)| name).collect();
    let dir = TempDir::new("adversarial");
    let next = AtomicUsize::new(0);
    let failures: Mutex<Vec<(usize, String)>> = Mutex::new(Vec::new());
    let used: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());
    let used_by_helm3: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());
    let tallies: [Tally; 2] = Default::default();
    let started = Instant::now();

    std::thread::scope(|scope| {
        for _ in 0..THREADS {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    if i >= cases {
                        break;
                    }
                    let mut g = Gen { rng: Rng::new(seed.wrapping_add(i as u64)), used: BTreeSet::new() };
                    let base = &bases[i % bases.len()];
                    let (name, values) = g.environment(base);
                    let release = g.pick(RELEASES);
                    let namespace = g.pick(NAMESPACES);
                    used.lock().unwrap().extend(g.used.iter().copied());
                    let text = values_file_text(&name, &values);
                    let header = format!(
                        "case #{i} (seed {seed}, from `{base}`): environment `{name}`, release {release} in {namespace}"
                    );
                    let fail = |report: String| {
                        failures
                            .lock()
                            .unwrap()
                            .push((i, format!("{header}\n{report}\n--- values-{name}.yaml ---\n{text}")));
                    };
                    if let Err(errors) = maily_chart::validate::validate(&name, &values) {
                        fail(format!("the generator produced an invalid environment:\n{}", errors.join("\n")));
                        continue;
                    }
                    let case_dir = dir.path().join(i.to_string());
                    std::fs::create_dir_all(&case_dir).expect("temp dir");
                    let file = write_values_file(&case_dir, &name, &values);
                    let rust = render_objects(&values, &release, &namespace);
                    // Every ServiceMonitor selects one Service of the release on a port it
                    // exposes; every dashboard is valid, with its stable uid.
                    if let Err(e) = monitoring::check_monitors(&rust) {
                        fail(format!("monitors: {e}"));
                    }
                    let fullname = maily_chart::common::names::fullname_of(
                        &maily_chart::Release::new(release.as_str(), namespace.as_str()),
                        &values,
                    );
                    let dashboards = monitoring::dashboards(&rust).and_then(|d| {
                        monitoring::check_dashboards(&d, |name| {
                            maily_chart::monitoring::dashboards::uid_of(&namespace, &fullname, name)
                        })
                        .map(|()| d)
                    });
                    if let Err(e) = &dashboards {
                        fail(format!("dashboards: {e}"));
                    }
                    // Every pod meets the restricted profile (the chart's containers:
                    // the pass-through init containers and sidecars are the
                    // operator's), and RBAC stays at zero.
                    let problems = security::restricted_problems_skipping(&rust, &["init-wait", "log-shipper"]);
                    if !problems.is_empty() {
                        fail(format!("restricted profile:\n{}", problems.join("\n")));
                    }
                    let problems = security::rbac_problems(&rust);
                    if !problems.is_empty() {
                        fail(format!("RBAC:\n{}", problems.join("\n")));
                    }
                    let helm3_refuses = helm3_refuses(&values);
                    for helm in helms {
                        if helm == HelmMajor::V3 && !i.is_multiple_of(helm3_every) {
                            continue;
                        }
                        let took = Instant::now();
                        let result = helm.template_text(&release, &namespace, &[&file], &[]);
                        if helm == HelmMajor::V3 && helm3_refuses {
                            match result {
                                Err(e) if e.contains(HELM3_REFUSES_CONTROL_CHARACTERS) => {
                                    tallies[helm as usize].refused.fetch_add(1, Ordering::SeqCst);
                                }
                                Err(e) => fail(format!(
                                    "{helm} should refuse values with DEL, C1 or U+FFFE/U+FFFF saying \
                                     {HELM3_REFUSES_CONTROL_CHARACTERS:?}, but said: {e}"
                                )),
                                Ok(_) => fail(format!("{helm} took values with DEL, C1 or U+FFFE/U+FFFF")),
                            }
                            continue;
                        }
                        let helm_text = match result {
                            Ok(t) => t,
                            Err(e) => {
                                fail(format!("helm template failed: {e}"));
                                continue;
                            }
                        };
                        tallies[helm as usize].add(rust.len(), took.elapsed());
                        if helm == HelmMajor::V3 {
                            used_by_helm3.lock().unwrap().extend(g.used.iter().copied());
                        }
                        let problems = yaml11_problems(&helm_text);
                        if !problems.is_empty() {
                            fail(format!("{helm} printed YAML 1.1 traps:\n{}", problems.join("\n")));
                            continue;
                        }
                        let printed = match parse_manifests(&helm_text) {
                            Ok(h) => h,
                            Err(e) => {
                                fail(format!("{helm} printed unparsable YAML: {e}\n{helm_text}"));
                                continue;
                            }
                        };
                        if let Err(report) = compare_objects(&printed, &rust) {
                            fail(format!("{helm} printed other objects than the Rust render:\n{report}"));
                        } else if helm == HelmMajor::V4 && i.is_multiple_of(validate_every) {
                            // A sample also goes through kubernetes-validate
                            // (PyYAML, so YAML 1.1, and the 1.33 schemas).
                            if let Err(report) = kubernetes_validate_text(&case_dir, &helm_text, printed.len()) {
                                fail(format!("{helm}: {report}"));
                            }
                            // And promtool: the rules, and every dashboard query.
                            if let Some(groups) = promtool::rule_groups(&printed)
                                && let Err(report) = promtool::check_rules(&case_dir, "rules.yaml", groups)
                            {
                                fail(format!("{helm}: {report}"));
                            }
                            if let Ok(d) = &dashboards
                                && !d.is_empty()
                                && let Err(report) = monitoring::dashboard_expressions(d)
                                    .and_then(|exprs| promtool::check_expressions(&case_dir, "dashboards.yaml", &exprs))
                            {
                                fail(format!("{helm}: dashboards: {report}"));
                            }
                        }
                    }
                    let _ = std::fs::remove_dir_all(&case_dir);
                }
            });
        }
    });

    let mut failures = failures.into_inner().unwrap();
    failures.sort_by_key(|(i, _)| *i);
    let tally = |helm: HelmMajor| {
        let t = &tallies[helm as usize];
        format!(
            "{helm}: {} environments rendered, {} objects, {:.1}s in helm template, {} refused as expected",
            t.cases.load(Ordering::SeqCst),
            t.objects.load(Ordering::SeqCst),
            Duration::from_nanos(t.nanos.load(Ordering::SeqCst)).as_secs_f64(),
            t.refused.load(Ordering::SeqCst)
        )
    };
    eprintln!(
        "adversarial: {cases} environments in {:.1}s, {} failed; {}; {}",
        started.elapsed().as_secs_f64(),
        failures.len(),
        tally(HelmMajor::V4),
        tally(HelmMajor::V3)
    );
    if !failures.is_empty() {
        let shown: Vec<&str> = failures.iter().take(3).map(|(_, r)| r.as_str()).collect();
        panic!(
            "{} failures over {cases} generated environments (seed {seed}; first {} shown):\n\n{}",
            failures.len(),
            shown.len(),
            shown.join("\n\n==========\n\n")
        );
    }
    let used = used.into_inner().unwrap();
    let unused: Vec<&str> = hostile().into_iter().filter(|s| !used.contains(*s)).collect();
    assert!(unused.is_empty(), "hostile strings that no generated environment used: {unused:?}");
    if helm3_every == 1 {
        let used = used_by_helm3.into_inner().unwrap();
        let unused: Vec<&str> =
            hostile().into_iter().filter(|s| !s.chars().any(helm3_refuses_char) && !used.contains(*s)).collect();
        assert!(unused.is_empty(), "hostile strings that no environment rendered by helm 3 used: {unused:?}");
    }
    assert!(cases >= 200 || env_u64("MAILY_ADVERSARIAL_CASES").is_some(), "at least 200 environments");
}
