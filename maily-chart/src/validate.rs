//! The checks an environment passes before anything is rendered.
//!
//! Each problem names the environment, the values path, the bad value and
//! what would be accepted:
//! ``environment `production`: api.autoscaling.minReplicas (5) is greater than maxReplicas (3)``.
//! Sources: Kubernetes "Object Names and IDs" (DNS-1123), "Labels and
//! Selectors" (label syntax), the API reference for Quantity, ContainerPort
//! (IANA_SVC_NAME) and EnvVar.

use std::collections::{BTreeMap, BTreeSet};

use crate::common::env::ENVIRONMENT_VAR;
use crate::components::ai_service::CHECKSUM_ANNOTATION;
use crate::common::probes::HTTP_PORT;
use crate::values::{
    Autoscaling, HttpWorkload, Image, ProbeTiming, ResourceList, Values, Workload,
};

/// One problem: where, and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Values path, e.g. `api.autoscaling.minReplicas`.
    pub path: String,
    /// What is wrong and what is accepted.
    pub message: String,
}

struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn fail(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem { path: path.into(), message: message.into() });
    }

    fn check(&mut self, ok: bool, path: &str, message: impl FnOnce() -> String) {
        if !ok {
            self.fail(path, message());
        }
    }

    fn range(&mut self, path: &str, value: i64, min: i64, max: i64) {
        self.check((min..=max).contains(&value), path, || format!("({value}) must be between {min} and {max}"));
    }
}

/// Whether `s` is a DNS-1123 label: at most 63 lowercase letters, digits and
/// `-`, starting and ending with a letter or digit.
pub fn is_dns1123_label(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 63
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// Whether `s` is a DNS-1123 subdomain: dot-separated labels, at most 253 characters.
pub fn is_dns1123_subdomain(s: &str) -> bool {
    s.len() <= 253 && s.split('.').all(is_dns1123_label)
}

/// Whether `s` is an IANA service name (a container port name): at most 15
/// lowercase letters, digits and `-`, with a letter, no `--`, no edge `-`.
pub fn is_port_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 15
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && s.bytes().any(|b| b.is_ascii_lowercase())
        && !s.contains("--")
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// Whether `s` is a label or annotation key: optional DNS subdomain prefix
/// and `/`, then a name of at most 63 alphanumerics, `-`, `_`, `.`.
pub fn is_qualified_name(s: &str) -> bool {
    let (prefix, name) = match s.rsplit_once('/') {
        Some((p, n)) => (Some(p), n),
        None => (None, s),
    };
    prefix.is_none_or(is_dns1123_subdomain) && is_label_value(name) && !name.is_empty()
}

/// Whether `s` is a label value: empty, or at most 63 alphanumerics, `-`,
/// `_`, `.`, starting and ending with an alphanumeric.
pub fn is_label_value(s: &str) -> bool {
    s.is_empty()
        || (s.len() <= 63
            && s.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
            && s.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric())
            && s.bytes().last().is_some_and(|b| b.is_ascii_alphanumeric()))
}

/// Whether `s` is an environment variable name we accept (C identifier
/// style, plus `.` and `-` as Kubernetes allows).
pub fn is_env_name(s: &str) -> bool {
    s.bytes().next().is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || b"_.-".contains(&b))
}

/// Whether `s` is a Secret or ConfigMap key (Kubernetes `IsConfigMapKey`):
/// 1 to 253 of `[-._a-zA-Z0-9]`, not `.` and not starting with `..`.
pub fn is_secret_key(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 253
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._".contains(&b))
        && s != "."
        && !s.starts_with("..")
}

/// Whether `s` is an image tag: 1 to 128 of `[A-Za-z0-9_.-]`, not starting
/// with `.` or `-`.
pub fn is_image_tag(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 128
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || b"_.-".contains(&b))
        && !s.starts_with(['.', '-'])
}

fn image(c: &mut Checker, path: &str, image: &Image) {
    let repo_ok = !image.repository.is_empty()
        && image.repository.split('/').all(|part| {
            !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b))
        });
    c.check(repo_ok, &format!("{path}.repository"), || {
        format!("({:?}) must be a lowercase repository path such as `maily/api`", image.repository)
    });
    c.check(is_image_tag(&image.tag), &format!("{path}.tag"), || {
        format!("({:?}) must be an image tag such as `v1.0.0`", image.tag)
    });
    c.check(image.tag != "latest", &format!("{path}.tag"), || {
        "(\"latest\") is not pinned: name a fixed version such as `v1.0.0`".to_string()
    });
    c.check(["IfNotPresent", "Always", "Never"].contains(&image.pull_policy.as_str()), &format!("{path}.pullPolicy"), || {
        format!("({:?}) must be IfNotPresent, Always or Never", image.pull_policy)
    });
}

fn resources(c: &mut Checker, path: &str, requests: &ResourceList, limits: &ResourceList) {
    let mut parsed = BTreeMap::new();
    for (which, list) in [("requests", requests), ("limits", limits)] {
        for (resource, q) in [("cpu", &list.cpu), ("memory", &list.memory)] {
            let field = format!("{path}.{which}.{resource}");
            match q.value() {
                Ok(v) if v > 0.0 => {
                    parsed.insert((which, resource), v);
                }
                Ok(_) => c.fail(field, format!("({:?}) must be greater than zero", q.as_str())),
                Err(e) => c.fail(field, e.0),
            }
        }
    }
    for resource in ["cpu", "memory"] {
        if let (Some(req), Some(lim)) = (parsed.get(&("requests", resource)), parsed.get(&("limits", resource))) {
            c.check(req <= lim, &format!("{path}.requests.{resource}"), || {
                let q = |l: &ResourceList| if resource == "cpu" { l.cpu.0.clone() } else { l.memory.0.clone() };
                format!("({}) is greater than limits.{resource} ({})", q(requests), q(limits))
            });
        }
    }
}

fn autoscaling(c: &mut Checker, path: &str, a: &Autoscaling) {
    c.range(&format!("{path}.minReplicas"), a.min_replicas.into(), 1, 1_000_000);
    c.range(&format!("{path}.maxReplicas"), a.max_replicas.into(), 1, 1_000_000);
    c.check(a.min_replicas <= a.max_replicas, &format!("{path}.minReplicas"), || {
        format!("({}) is greater than maxReplicas ({})", a.min_replicas, a.max_replicas)
    });
    c.range(&format!("{path}.targetCPUUtilizationPercentage"), a.target_cpu_utilization_percentage.into(), 1, 100);
    c.range(&format!("{path}.targetMemoryUtilizationPercentage"), a.target_memory_utilization_percentage.into(), 1, 100);
}

fn probe(c: &mut Checker, path: &str, p: &ProbeTiming) {
    c.range(&format!("{path}.initialDelaySeconds"), p.initial_delay_seconds.into(), 0, i32::MAX.into());
    c.range(&format!("{path}.periodSeconds"), p.period_seconds.into(), 1, i32::MAX.into());
    c.range(&format!("{path}.timeoutSeconds"), p.timeout_seconds.into(), 1, i32::MAX.into());
    c.range(&format!("{path}.failureThreshold"), p.failure_threshold.into(), 1, i32::MAX.into());
}

fn string_map(
    c: &mut Checker,
    path: &str,
    map: &BTreeMap<String, String>,
    key_ok: fn(&str) -> bool,
    value_ok: fn(&str) -> bool,
    what: &str,
) {
    for (k, v) in map {
        c.check(key_ok(k), &format!("{path}.{k}"), || format!("key {k:?} is not a valid {what} key"));
        c.check(value_ok(v), &format!("{path}.{k}"), || format!("({v:?}) is not a valid {what} value"));
    }
}

fn workload(c: &mut Checker, key: &str, w: &Workload) {
    c.range(&format!("{key}.replicaCount"), w.replica_count.into(), 0, 1_000_000);
    image(c, &format!("{key}.image"), &w.image);
    resources(c, &format!("{key}.resources"), &w.resources.requests, &w.resources.limits);
    autoscaling(c, &format!("{key}.autoscaling"), &w.autoscaling);
    c.range(&format!("{key}.podDisruptionBudget.maxUnavailable"), w.pod_disruption_budget.max_unavailable.into(), 1, 1_000_000);
    probe(c, &format!("{key}.livenessProbe"), &w.liveness_probe);
    probe(c, &format!("{key}.readinessProbe"), &w.readiness_probe);

    let mut names = BTreeSet::from([ENVIRONMENT_VAR.to_string()]);
    for (field, map) in [("env", &w.env), ("secretEnv", &w.secret_env)] {
        for name in map.keys() {
            let path = format!("{key}.{field}.{name}");
            c.check(is_env_name(name), &path, || {
                format!("{name:?} is not an environment variable name (letters, digits, `_`, `.`, `-`)")
            });
            c.check(names.insert(name.clone()), &path, || {
                format!("{name:?} is already set (by `ENVIRONMENT`, `env` or `secretEnv`)")
            });
        }
    }
    for (name, secret_key) in &w.secret_env {
        c.check(is_secret_key(secret_key), &format!("{key}.secretEnv.{name}"), || {
            format!("({secret_key:?}) is not a Secret key (at most 253 letters, digits, `-`, `_`, `.`; not `.` or `..`)")
        });
    }
    string_map(c, &format!("{key}.podAnnotations"), &w.pod_annotations, is_qualified_name, |_| true, "annotation");
    c.check(!w.pod_annotations.contains_key(CHECKSUM_ANNOTATION), &format!("{key}.podAnnotations"), || {
        format!("{CHECKSUM_ANNOTATION:?} is set by the chart")
    });
    string_map(c, &format!("{key}.nodeSelector"), &w.node_selector, is_qualified_name, is_label_value, "label");
    let ids = &w.pod_security_context;
    c.range(&format!("{key}.podSecurityContext.runAsUser"), ids.run_as_user, 1, i64::from(i32::MAX));
    c.range(&format!("{key}.podSecurityContext.runAsGroup"), ids.run_as_group, 0, i64::from(i32::MAX));
    c.range(&format!("{key}.podSecurityContext.fsGroup"), ids.fs_group, 0, i64::from(i32::MAX));
}

fn http(c: &mut Checker, key: &str, h: &HttpWorkload) {
    workload(c, key, &h.workload);
    c.range(&format!("{key}.containerPort"), h.container_port.into(), 1, 65535);
    c.range(&format!("{key}.service.port"), h.service.port.into(), 1, 65535);
    c.check(["ClusterIP", "NodePort", "LoadBalancer"].contains(&h.service.type_.as_str()), &format!("{key}.service.type"), || {
        format!("({:?}) must be ClusterIP, NodePort or LoadBalancer", h.service.type_)
    });
    let mut names = BTreeSet::from([HTTP_PORT.to_string()]);
    let mut container_ports = BTreeSet::from([h.container_port]);
    let mut service_ports = BTreeSet::from([h.service.port]);
    for (i, p) in h.extra_ports.iter().enumerate() {
        let path = format!("{key}.extraPorts[{i}]");
        c.check(is_port_name(&p.name), &format!("{path}.name"), || {
            format!("({:?}) is not a port name (at most 15 lowercase letters, digits and `-`)", p.name)
        });
        c.check(names.insert(p.name.clone()), &format!("{path}.name"), || {
            format!("({:?}) is a duplicate port name", p.name)
        });
        c.range(&format!("{path}.containerPort"), p.container_port.into(), 1, 65535);
        c.range(&format!("{path}.servicePort"), p.service_port.into(), 1, 65535);
        c.check(container_ports.insert(p.container_port), &format!("{path}.containerPort"), || {
            format!("({}) is already used by another port", p.container_port)
        });
        c.check(service_ports.insert(p.service_port), &format!("{path}.servicePort"), || {
            format!("({}) is already used by another port", p.service_port)
        });
    }
}

/// Checks one environment's values.
///
/// # Errors
/// Every problem found, each rendered as
/// ``environment `<name>`: <path> <message>``.
pub fn validate(environment: &str, values: &Values) -> Result<(), Vec<String>> {
    let mut c = Checker { problems: Vec::new() };
    let g = &values.global;
    c.check(is_dns1123_label(environment), "global.environment", || {
        format!("({environment:?}) must be a DNS-1123 label (lowercase letters, digits, `-`)")
    });
    c.check(g.environment == environment, "global.environment", || {
        format!("({:?}) must equal the environment's name ({environment:?})", g.environment)
    });
    for (path, name) in [("nameOverride", &values.name_override), ("fullnameOverride", &values.fullname_override)] {
        // The chart cuts names to 63 characters and trims one trailing `-`.
        let cut = if name.is_ascii() { &name[..name.len().min(63)] } else { name.as_str() };
        let ok = name.is_empty() || is_dns1123_label(cut.strip_suffix('-').unwrap_or(cut));
        // Object names start with it, and Service names must be DNS-1035
        // labels: they start with a letter.
        let starts_with_letter = name.bytes().next().is_none_or(|b| b.is_ascii_lowercase());
        c.check(ok && starts_with_letter, path, || {
            format!("({name:?}) must be empty or a DNS-1035 name (a lowercase letter, then lowercase letters, digits, `-`)")
        });
    }
    let registry_ok = !g.image_registry.is_empty()
        && g.image_registry.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b".-:".contains(&b));
    c.check(registry_ok, "global.imageRegistry", || {
        format!("({:?}) must be a registry host such as `docker.io` or `registry.example.com:5000`", g.image_registry)
    });
    c.check(is_dns1123_subdomain(&g.existing_secret), "global.existingSecret", || {
        format!("({:?}) is not a Secret name (DNS-1123 subdomain)", g.existing_secret)
    });
    for (i, name) in g.image_pull_secrets.iter().enumerate() {
        c.check(is_dns1123_subdomain(name), &format!("global.imagePullSecrets[{i}]"), || {
            format!("({name:?}) is not a Secret name (DNS-1123 subdomain)")
        });
    }
    http(&mut c, "api", &values.api);
    http(&mut c, "web", &values.web);
    http(&mut c, "aiService", &values.ai_service.http);
    probe(&mut c, "aiService.startupProbe", &values.ai_service.startup_probe);
    if let Err(e) = serde_json::from_str::<serde_json::Value>(&values.ai_service.agents_config) {
        c.fail("aiService.agentsConfig", format!("is not valid JSON: {e}"));
    }
    workload(&mut c, "workers", &values.workers.workload);
    c.check(!values.workers.health_command.is_empty(), "workers.healthCommand", || {
        "is empty: the probes need a command to run".to_string()
    });
    image(&mut c, "tests.image", &values.tests.image);

    if c.problems.is_empty() {
        Ok(())
    } else {
        Err(c.problems.into_iter().map(|p| format!("environment `{environment}`: {} {}", p.path, p.message)).collect())
    }
}
