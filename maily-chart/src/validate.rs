//! The checks an environment passes before anything is rendered.
//!
//! Each problem names the environment, the values path, the bad value and
//! what would be accepted:
//! ``environment `production`: api.autoscaling.minReplicas (5) is greater than maxReplicas (3)``.
//!
//! Single-field rules come from [`crate::rules`], which also writes them into
//! `values.schema.json`, so Helm refuses the same operator values. The
//! cross-field checks here (min ≤ max, requests ≤ limits, unique names,
//! `tolerationSeconds` only with `NoExecute`) and the JSON check of
//! `agentsConfig` are Rust-only; for operator overrides the API server
//! enforces the cross-field ones at install time (it rejects an HPA with
//! min > max, requests above limits and duplicate port names).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::common::env::ENVIRONMENT_VAR;
use crate::rules::{self, Bounds, StringRule};
use crate::values::{Autoscaling, HttpWorkload, Image, ProbeTiming, ResourceList, Values, Workload};

struct Checker {
    problems: Vec<(String, String)>,
}

impl Checker {
    fn fail(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push((path.into(), message.into()));
    }

    fn check(&mut self, ok: bool, path: &str, message: impl FnOnce() -> String) {
        if !ok {
            self.fail(path, message());
        }
    }

    fn int(&mut self, path: &str, value: i64, bounds: Bounds) {
        self.check(rules::within(value, bounds), path, || {
            format!("({value}) must be between {} and {}", bounds.0, bounds.1)
        });
    }

    fn string(&mut self, path: &str, value: &str, rule: &StringRule) {
        self.check(rule.accepts(value), path, || format!("({value:?}) must be {}", rule.what));
    }
}

fn image(c: &mut Checker, path: &str, image: &Image) {
    c.string(&format!("{path}.repository"), &image.repository, &rules::REPOSITORY);
    c.string(&format!("{path}.tag"), &image.tag, &rules::IMAGE_TAG);
    c.check(
        ["IfNotPresent", "Always", "Never"].contains(&image.pull_policy.as_str()),
        &format!("{path}.pullPolicy"),
        || format!("({:?}) must be IfNotPresent, Always or Never", image.pull_policy),
    );
}

fn resources(c: &mut Checker, path: &str, requests: &ResourceList, limits: &ResourceList) {
    let mut parsed = BTreeMap::new();
    for (which, list) in [("requests", requests), ("limits", limits)] {
        for (resource, q) in [("cpu", &list.cpu), ("memory", &list.memory)] {
            let field = format!("{path}.{which}.{resource}");
            let rule = if resource == "cpu" { &rules::CPU } else { &rules::MEMORY };
            if !rule.accepts(q.as_str()) {
                c.string(&field, q.as_str(), rule);
                continue;
            }
            match q.value() {
                Ok(v) => {
                    parsed.insert((which, resource), v);
                }
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
    c.int(&format!("{path}.minReplicas"), a.min_replicas.into(), rules::HPA_REPLICAS);
    c.int(&format!("{path}.maxReplicas"), a.max_replicas.into(), rules::HPA_REPLICAS);
    c.check(a.min_replicas <= a.max_replicas, &format!("{path}.minReplicas"), || {
        format!("({}) is greater than maxReplicas ({})", a.min_replicas, a.max_replicas)
    });
    c.int(
        &format!("{path}.targetCPUUtilizationPercentage"),
        a.target_cpu_utilization_percentage.into(),
        rules::PERCENT,
    );
    c.int(
        &format!("{path}.targetMemoryUtilizationPercentage"),
        a.target_memory_utilization_percentage.into(),
        rules::PERCENT,
    );
}

fn probe(c: &mut Checker, path: &str, p: &ProbeTiming) {
    c.int(&format!("{path}.initialDelaySeconds"), p.initial_delay_seconds.into(), rules::DELAY_SECONDS);
    c.int(&format!("{path}.periodSeconds"), p.period_seconds.into(), rules::POSITIVE_I32);
    c.int(&format!("{path}.timeoutSeconds"), p.timeout_seconds.into(), rules::POSITIVE_I32);
    c.int(&format!("{path}.failureThreshold"), p.failure_threshold.into(), rules::POSITIVE_I32);
}

/// Label selectors, topology keys and weights inside a pass-through
/// affinity or toleration (as JSON): what the API server checks, so that `gen`
/// refuses it first, and so that no key can turn into YAML syntax (`<<`)
/// when Helm's `toYaml` prints it.
fn pass_through(c: &mut Checker, path: &str, node: &Value) {
    match node {
        Value::Object(map) => {
            for (key, value) in map {
                let here = format!("{path}.{key}");
                match (key.as_str(), value) {
                    ("matchLabels", Value::Object(labels)) => {
                        for (k, v) in labels {
                            c.string(&format!("{here}.{k}"), k, &rules::QUALIFIED_NAME);
                            c.string(
                                &format!("{here}.{k}"),
                                v.as_str().unwrap_or("<not a string>"),
                                &rules::LABEL_VALUE,
                            );
                        }
                    }
                    ("key", Value::String(k)) if !k.is_empty() => c.string(&here, k, &rules::QUALIFIED_NAME),
                    ("topologyKey", Value::String(k)) => c.string(&here, k, &rules::QUALIFIED_NAME),
                    ("weight", Value::Number(n)) => c.int(&here, n.as_i64().unwrap_or(0), (1, 100)),
                    ("values", Value::Array(values)) => {
                        for (i, v) in values.iter().enumerate() {
                            c.string(
                                &format!("{here}[{i}]"),
                                v.as_str().unwrap_or("<not a string>"),
                                &rules::LABEL_VALUE,
                            );
                        }
                    }
                    _ => pass_through(c, &here, value),
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                pass_through(c, &format!("{path}[{i}]"), item);
            }
        }
        _ => {}
    }
}

fn tolerations(c: &mut Checker, path: &str, w: &Workload) {
    for (i, t) in w.tolerations.0.iter().enumerate() {
        let here = format!("{path}[{i}]");
        let operator = t.operator.as_deref().unwrap_or("Equal");
        c.check(["Equal", "Exists"].contains(&operator), &format!("{here}.operator"), || {
            format!("({operator:?}) must be Equal or Exists")
        });
        let effect = t.effect.as_deref().unwrap_or("");
        c.check(
            ["", "NoSchedule", "PreferNoSchedule", "NoExecute"].contains(&effect),
            &format!("{here}.effect"),
            || format!("({effect:?}) must be NoSchedule, PreferNoSchedule or NoExecute"),
        );
        if let Some(seconds) = t.toleration_seconds {
            c.check(effect == "NoExecute" && seconds >= 0, &format!("{here}.tolerationSeconds"), || {
                format!("({seconds}) needs effect NoExecute and may not be negative")
            });
        }
        if let Some(value) = &t.value {
            c.string(&format!("{here}.value"), value, &rules::LABEL_VALUE);
        }
    }
    pass_through(c, path, &serde_json::to_value(&w.tolerations).unwrap_or_default());
}

fn string_map(
    c: &mut Checker,
    path: &str,
    map: &BTreeMap<String, String>,
    keys: &StringRule,
    values: Option<&StringRule>,
) {
    for (k, v) in map {
        let here = format!("{path}.{k}");
        c.check(keys.accepts(k), &here, || format!("key {k:?} must be {}", keys.what));
        if let Some(values) = values {
            c.string(&here, v, values);
        }
    }
}

fn workload(c: &mut Checker, key: &str, w: &Workload) {
    c.int(&format!("{key}.replicaCount"), w.replica_count.into(), rules::REPLICAS);
    image(c, &format!("{key}.image"), &w.image);
    resources(c, &format!("{key}.resources"), &w.resources.requests, &w.resources.limits);
    autoscaling(c, &format!("{key}.autoscaling"), &w.autoscaling);
    c.int(
        &format!("{key}.podDisruptionBudget.maxUnavailable"),
        w.pod_disruption_budget.max_unavailable.into(),
        rules::MAX_UNAVAILABLE,
    );
    probe(c, &format!("{key}.livenessProbe"), &w.liveness_probe);
    probe(c, &format!("{key}.readinessProbe"), &w.readiness_probe);

    string_map(c, &format!("{key}.env"), &w.env, &rules::ENV_NAME, None);
    string_map(c, &format!("{key}.secretEnv"), &w.secret_env, &rules::ENV_NAME, Some(&rules::SECRET_KEY));
    let mut names = BTreeSet::from([ENVIRONMENT_VAR.to_string()]);
    for name in w.env.keys() {
        names.insert(name.clone());
    }
    for name in w.secret_env.keys() {
        c.check(names.insert(name.clone()), &format!("{key}.secretEnv.{name}"), || {
            format!("{name:?} is already set by `env`")
        });
    }
    string_map(c, &format!("{key}.podAnnotations"), &w.pod_annotations, &rules::POD_ANNOTATION_KEY, None);
    string_map(c, &format!("{key}.nodeSelector"), &w.node_selector, &rules::QUALIFIED_NAME, Some(&rules::LABEL_VALUE));
    tolerations(c, &format!("{key}.tolerations"), w);
    pass_through(c, &format!("{key}.affinity"), &serde_json::to_value(&w.affinity).unwrap_or_default());
    let ids = &w.pod_security_context;
    c.int(&format!("{key}.podSecurityContext.runAsUser"), ids.run_as_user, rules::NON_ROOT_UID);
    c.int(&format!("{key}.podSecurityContext.runAsGroup"), ids.run_as_group, rules::GID);
    c.int(&format!("{key}.podSecurityContext.fsGroup"), ids.fs_group, rules::GID);
}

fn http(c: &mut Checker, key: &str, h: &HttpWorkload) {
    workload(c, key, &h.workload);
    c.int(&format!("{key}.containerPort"), h.container_port.into(), rules::PORT);
    c.int(&format!("{key}.service.port"), h.service.port.into(), rules::PORT);
    c.check(
        ["ClusterIP", "NodePort", "LoadBalancer"].contains(&h.service.type_.as_str()),
        &format!("{key}.service.type"),
        || format!("({:?}) must be ClusterIP, NodePort or LoadBalancer", h.service.type_),
    );
    let mut names = BTreeSet::new();
    let mut container_ports = BTreeSet::from([h.container_port]);
    let mut service_ports = BTreeSet::from([h.service.port]);
    for (i, p) in h.extra_ports.iter().enumerate() {
        let path = format!("{key}.extraPorts[{i}]");
        c.string(&format!("{path}.name"), &p.name, &rules::PORT_NAME);
        c.check(names.insert(p.name.clone()), &format!("{path}.name"), || {
            format!("({:?}) is a duplicate port name", p.name)
        });
        c.int(&format!("{path}.containerPort"), p.container_port.into(), rules::PORT);
        c.int(&format!("{path}.servicePort"), p.service_port.into(), rules::PORT);
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
    c.string("global.environment", environment, &rules::DNS1123_LABEL);
    c.check(g.environment == environment, "global.environment", || {
        format!("({:?}) must equal the environment's name ({environment:?})", g.environment)
    });
    c.string("nameOverride", &values.name_override, &rules::NAME_OVERRIDE);
    c.string("fullnameOverride", &values.fullname_override, &rules::FULLNAME_OVERRIDE);
    c.string("global.imageRegistry", &g.image_registry, &rules::REGISTRY);
    c.string("global.existingSecret", &g.existing_secret, &rules::DNS1123_SUBDOMAIN);
    for (i, name) in g.image_pull_secrets.iter().enumerate() {
        c.string(&format!("global.imagePullSecrets[{i}]"), name, &rules::DNS1123_SUBDOMAIN);
    }
    http(&mut c, "api", &values.api);
    http(&mut c, "web", &values.web);
    http(&mut c, "aiService", &values.ai_service.http);
    probe(&mut c, "aiService.startupProbe", &values.ai_service.startup_probe);
    if let Err(e) = serde_json::from_str::<Value>(&values.ai_service.agents_config) {
        c.fail("aiService.agentsConfig", format!("is not valid JSON: {e}"));
    }
    workload(&mut c, "workers", &values.workers.workload);
    c.check(!values.workers.health_command.is_empty(), "workers.healthCommand", || {
        "is empty: the probes need a command to run".to_string()
    });
    image(&mut c, "tests.image", &values.tests.image);
    c.string(
        "networkPolicy.ingressControllerNamespace",
        &values.network_policy.ingress_controller_namespace,
        &rules::DNS1123_LABEL,
    );
    c.string("networkPolicy.monitoringNamespace", &values.network_policy.monitoring_namespace, &rules::DNS1123_LABEL);

    if c.problems.is_empty() {
        Ok(())
    } else {
        Err(c
            .problems
            .into_iter()
            .map(|(path, message)| format!("environment `{environment}`: {path} {message}"))
            .collect())
    }
}
