//! The facts of a workload or a Service that the migration must keep, read
//! the same way from a legacy object and from a chart object, with
//! Kubernetes' own defaults and equivalences applied first (a named port is
//! its number, `1000m` is `1`, an omitted probe timeout is 1 s), so only
//! real differences remain.
//!
//! Workload facts: `image`, `command`, `ports`, `<probe>.action` and
//! `<probe>.timing` for liveness, readiness and startup, `replicas`,
//! `autoscaling.metrics`, `autoscaling.behavior`, `resources.requests`,
//! `resources.limits`, `env` (names, and where a variable's value comes
//! from), `selector` (the labels other objects select the pods by),
//! `volumes` (mount path and source). Service facts: `name`, `type`,
//! `ports` (named target ports resolved against the pods the Service
//! selects), `selector`.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde_json::Value;

/// One fact: a single value, or a set of items compared item by item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Fact {
    /// A single value (`docker.io/maily/api:v1.0.0`).
    One(String),
    /// Items (`PYTHON_ENV`, `DATABASE_URL ← secret:maily-secrets/database-url`).
    Set(BTreeSet<String>),
}

/// Facts by name.
pub type Facts = BTreeMap<String, Fact>;

/// A difference between a legacy fact and the chart's.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Delta {
    /// Changed from the legacy value to the chart's.
    Changed {
        /// The legacy value.
        legacy: String,
        /// The chart's.
        chart: String,
    },
    /// Only the chart has the item.
    Added(String),
    /// Only the legacy had it.
    Removed(String),
}

impl Delta {
    /// As the migration table's [`maily_chart::migration::Change`].
    pub fn change(&self) -> maily_chart::migration::Change<'_> {
        use maily_chart::migration::Change;
        match self {
            Delta::Changed { legacy, chart } => Change::Changed(legacy, chart),
            Delta::Added(item) => Change::Added(item),
            Delta::Removed(item) => Change::Removed(item),
        }
    }

    /// `3000 → 8000`, `+ ENVIRONMENT`, `− NODE_ENV`.
    pub fn text(&self) -> String {
        match self {
            Delta::Changed { legacy, chart } => format!("{legacy} → {chart}"),
            Delta::Added(item) => format!("+ {item}"),
            Delta::Removed(item) => format!("− {item}"),
        }
    }
}

/// Every difference of `chart` from `legacy`, fact by fact (a fact one side
/// lacks counts as `none`, or as an empty set).
pub fn diff(legacy: &Facts, chart: &Facts) -> Vec<(String, Delta)> {
    let keys: BTreeSet<&String> = legacy.keys().chain(chart.keys()).collect();
    let mut out = Vec::new();
    for key in keys {
        match (legacy.get(key), chart.get(key)) {
            (Some(Fact::Set(a)), Some(Fact::Set(b))) => {
                out.extend(a.difference(b).map(|i| (key.clone(), Delta::Removed(i.clone()))));
                out.extend(b.difference(a).map(|i| (key.clone(), Delta::Added(i.clone()))));
            }
            (Some(Fact::Set(a)), None) => out.extend(a.iter().map(|i| (key.clone(), Delta::Removed(i.clone())))),
            (None, Some(Fact::Set(b))) => out.extend(b.iter().map(|i| (key.clone(), Delta::Added(i.clone())))),
            (a, b) => {
                let text = |f: Option<&Fact>| match f {
                    Some(Fact::One(s)) => s.clone(),
                    Some(Fact::Set(items)) => items.iter().cloned().collect::<Vec<_>>().join(", "),
                    None => "none".to_string(),
                };
                let (a, b) = (text(a), text(b));
                if a != b {
                    out.push((key.clone(), Delta::Changed { legacy: a, chart: b }));
                }
            }
        }
    }
    out
}

fn one(s: impl Into<String>) -> Fact {
    Fact::One(s.into())
}

fn str_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// `k=v, k=v`, sorted; `none` when empty.
fn labels(map: &Value) -> String {
    let pairs: BTreeMap<String, String> = map
        .as_object()
        .map(|m| m.iter().map(|(k, v)| (k.clone(), str_of(v).unwrap_or_default())).collect())
        .unwrap_or_default();
    if pairs.is_empty() {
        return "none".into();
    }
    pairs.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(", ")
}

/// A quantity in canonical form: CPU as cores or millicores, memory with the
/// largest binary suffix that divides it; text that is not a quantity as written.
pub fn quantity(resource: &str, text: &str) -> String {
    let Ok(value) = maily_chart::quantity::Quantity::new(text).value() else { return text.to_string() };
    if resource == "cpu" {
        let milli = (value * 1000.0).round() as i64;
        return if milli % 1000 == 0 { format!("{}", milli / 1000) } else { format!("{milli}m") };
    }
    let bytes = value.round() as i64;
    for (suffix, size) in [("Ti", 1_i64 << 40), ("Gi", 1 << 30), ("Mi", 1 << 20), ("Ki", 1 << 10)] {
        if bytes != 0 && bytes % size == 0 {
            return format!("{}{suffix}", bytes / size);
        }
    }
    bytes.to_string()
}

fn resource_list(list: &Value) -> String {
    let Some(map) = list.as_object().filter(|m| !m.is_empty()) else { return "none".into() };
    let mut items: Vec<String> =
        map.iter().map(|(name, q)| format!("{name} {}", quantity(name, &str_of(q).unwrap_or_default()))).collect();
    items.sort();
    items.join(", ")
}

/// The container's port named `name`, as a number.
fn port_number(container: &Value, port: &Value) -> String {
    match port {
        Value::String(name) => container["ports"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|p| p["name"].as_str() == Some(name))
            .and_then(|p| str_of(&p["containerPort"]))
            .unwrap_or_else(|| name.clone()),
        other => str_of(other).unwrap_or_else(|| "?".into()),
    }
}

fn probe_facts(facts: &mut Facts, container: &Value, key: &str) {
    let probe = &container[key];
    if !probe.is_object() {
        facts.insert(format!("{key}.action"), one("none"));
        return;
    }
    let action = if let Some(get) = probe["httpGet"].as_object() {
        format!(
            "GET {} :{}",
            get.get("path").and_then(Value::as_str).unwrap_or("/"),
            port_number(container, get.get("port").unwrap_or(&Value::Null))
        )
    } else if let Some(exec) = probe["exec"]["command"].as_array() {
        format!("exec {}", exec.iter().filter_map(str_of).collect::<Vec<_>>().join(" "))
    } else if let Some(tcp) = probe["tcpSocket"].as_object() {
        format!("TCP :{}", port_number(container, tcp.get("port").unwrap_or(&Value::Null)))
    } else if probe["grpc"].is_object() {
        format!("gRPC :{}", str_of(&probe["grpc"]["port"]).unwrap_or_default())
    } else {
        "unknown".into()
    };
    facts.insert(format!("{key}.action"), one(action));
    // Kubernetes' defaults for what is not written.
    let field = |name: &str, default: i64| probe[name].as_i64().unwrap_or(default);
    facts.insert(
        format!("{key}.timing"),
        one(format!(
            "delay {}s, period {}s, timeout {}s, failures {}",
            field("initialDelaySeconds", 0),
            field("periodSeconds", 10),
            field("timeoutSeconds", 1),
            field("failureThreshold", 3),
        )),
    );
}

/// Where a variable's value comes from: nothing for a literal (its name is
/// the fact), else ` ← secret:<name>/<key>` and so on.
fn env_item(var: &Value) -> String {
    let name = var["name"].as_str().unwrap_or("?");
    let from = &var["valueFrom"];
    let optional = |r: &Value| if r["optional"].as_bool() == Some(true) { " (optional)" } else { "" };
    if let Some(r) = from.get("secretKeyRef") {
        format!(
            "{name} ← secret:{}/{}{}",
            r["name"].as_str().unwrap_or("?"),
            r["key"].as_str().unwrap_or("?"),
            optional(r)
        )
    } else if let Some(r) = from.get("configMapKeyRef") {
        format!(
            "{name} ← configmap:{}/{}{}",
            r["name"].as_str().unwrap_or("?"),
            r["key"].as_str().unwrap_or("?"),
            optional(r)
        )
    } else if let Some(r) = from.get("fieldRef") {
        format!("{name} ← field:{}", r["fieldPath"].as_str().unwrap_or("?"))
    } else if let Some(r) = from.get("resourceFieldRef") {
        format!("{name} ← resource:{}", r["resource"].as_str().unwrap_or("?"))
    } else {
        name.to_string()
    }
}

fn volume_source(volume: &Value) -> String {
    let v = volume.as_object();
    let get = |k: &str| v.and_then(|m| m.get(k));
    if let Some(cm) = get("configMap") {
        format!("configmap:{}", cm["name"].as_str().unwrap_or("?"))
    } else if let Some(s) = get("secret") {
        format!("secret:{}", s["secretName"].as_str().unwrap_or("?"))
    } else if let Some(p) = get("persistentVolumeClaim") {
        format!("pvc:{}", p["claimName"].as_str().unwrap_or("?"))
    } else if get("emptyDir").is_some() {
        "emptyDir".into()
    } else if let Some(h) = get("hostPath") {
        format!("hostPath:{}", h["path"].as_str().unwrap_or("?"))
    } else {
        v.and_then(|m| m.keys().find(|k| *k != "name")).cloned().unwrap_or_else(|| "?".into())
    }
}

/// The facts of a workload (its first container) and of the HPA that
/// scales it, if any.
pub fn workload(object: &Value, hpa: Option<&Value>) -> Facts {
    let mut facts = Facts::new();
    let pod = &object["spec"]["template"]["spec"];
    let container = &pod["containers"][0];
    facts.insert("image".into(), one(container["image"].as_str().unwrap_or("none")));
    let command: Vec<String> = ["command", "args"]
        .iter()
        .flat_map(|k| container[*k].as_array().into_iter().flatten().filter_map(str_of))
        .collect();
    facts.insert("command".into(), one(if command.is_empty() { "image default".into() } else { command.join(" ") }));
    let ports: BTreeSet<String> = container["ports"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| {
            let number = str_of(&p["containerPort"]).unwrap_or_default();
            let protocol = p["protocol"].as_str().unwrap_or("TCP");
            match p["name"].as_str() {
                Some(name) => format!("{name} {number}/{protocol}"),
                None => format!("{number}/{protocol}"),
            }
        })
        .collect();
    facts.insert("ports".into(), Fact::Set(ports));
    for probe in ["livenessProbe", "readinessProbe", "startupProbe"] {
        probe_facts(&mut facts, container, probe);
    }
    let replicas = object["spec"]["replicas"].as_i64().unwrap_or(1);
    match hpa {
        Some(hpa) => {
            let spec = &hpa["spec"];
            facts.insert(
                "replicas".into(),
                one(format!("HPA {}-{}", spec["minReplicas"].as_i64().unwrap_or(1), spec["maxReplicas"])),
            );
            let metrics: Vec<String> = spec["metrics"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|m| {
                    let r = &m["resource"];
                    match r["target"]["averageUtilization"].as_i64() {
                        Some(p) => format!("{} {p}%", r["name"].as_str().unwrap_or("?")),
                        None => format!("{} {}", r["name"].as_str().unwrap_or("?"), r["target"]),
                    }
                })
                .collect();
            facts.insert("autoscaling.metrics".into(), one(metrics.join(", ")));
            let behavior = &spec["behavior"];
            let mut parts = Vec::new();
            for direction in ["scaleUp", "scaleDown"] {
                if let Some(window) = behavior[direction]["stabilizationWindowSeconds"].as_i64() {
                    parts.push(format!("{direction} stabilization {window}s"));
                }
                for policy in behavior[direction]["policies"].as_array().into_iter().flatten() {
                    parts.push(format!(
                        "{direction} {} {} per {}s",
                        policy["type"].as_str().unwrap_or("?"),
                        policy["value"],
                        policy["periodSeconds"]
                    ));
                }
            }
            facts.insert(
                "autoscaling.behavior".into(),
                one(if parts.is_empty() { "none".into() } else { parts.join(", ") }),
            );
        }
        None => {
            facts.insert("replicas".into(), one(replicas.to_string()));
        }
    }
    facts.insert("resources.requests".into(), one(resource_list(&container["resources"]["requests"])));
    facts.insert("resources.limits".into(), one(resource_list(&container["resources"]["limits"])));
    let mut env: BTreeSet<String> = container["env"].as_array().into_iter().flatten().map(env_item).collect();
    for from in container["envFrom"].as_array().into_iter().flatten() {
        if let Some(s) = from["secretRef"]["name"].as_str() {
            env.insert(format!("* ← secret:{s}"));
        }
        if let Some(c) = from["configMapRef"]["name"].as_str() {
            env.insert(format!("* ← configmap:{c}"));
        }
    }
    facts.insert("env".into(), Fact::Set(env));
    facts.insert("selector".into(), one(labels(&object["spec"]["selector"]["matchLabels"])));
    let volumes: BTreeMap<String, String> = pod["volumes"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|v| (v["name"].as_str().unwrap_or("?").to_string(), volume_source(v)))
        .collect();
    let mut mounted = BTreeSet::new();
    let mut items = BTreeSet::new();
    for m in container["volumeMounts"].as_array().into_iter().flatten() {
        let name = m["name"].as_str().unwrap_or("?");
        mounted.insert(name.to_string());
        let source = volumes.get(name).cloned().unwrap_or_else(|| format!("undeclared volume {name}"));
        let ro = if m["readOnly"].as_bool() == Some(true) { " (read-only)" } else { "" };
        let sub = m["subPath"].as_str().map(|s| format!(" subPath {s}")).unwrap_or_default();
        items.insert(format!("{} ← {source}{sub}{ro}", m["mountPath"].as_str().unwrap_or("?")));
    }
    for (name, source) in &volumes {
        if !mounted.contains(name) {
            items.insert(format!("(not mounted by it) ← {source}"));
        }
    }
    facts.insert("volumes".into(), Fact::Set(items));
    facts
}

/// The facts of a Service; `pods` are the workloads in its namespace, to
/// resolve a named target port against the pods it selects.
pub fn service(object: &Value, pods: &[&Value]) -> Facts {
    let mut facts = Facts::new();
    let spec = &object["spec"];
    facts.insert("name".into(), one(object["metadata"]["name"].as_str().unwrap_or("?")));
    facts.insert("type".into(), one(spec["type"].as_str().unwrap_or("ClusterIP")));
    let selector = spec["selector"].as_object();
    let selected: Vec<&Value> = pods
        .iter()
        .filter(|w| {
            let labels = &w["spec"]["template"]["metadata"]["labels"];
            selector.is_some_and(|s| !s.is_empty() && s.iter().all(|(k, v)| labels[k] == *v))
        })
        .map(|w| &w["spec"]["template"]["spec"]["containers"][0])
        .collect();
    let ports: BTreeSet<String> = spec["ports"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| {
            let port = str_of(&p["port"]).unwrap_or_default();
            let target = match &p["targetPort"] {
                Value::Null => port.clone(),
                Value::String(name) => selected
                    .iter()
                    .map(|c| port_number(c, &Value::String(name.clone())))
                    .find(|n| n != name)
                    .unwrap_or_else(|| name.clone()),
                other => str_of(other).unwrap_or_default(),
            };
            let protocol = p["protocol"].as_str().unwrap_or("TCP");
            let name = p["name"].as_str().map(|n| format!("{n} ")).unwrap_or_default();
            format!("{name}{port} → {target}/{protocol}")
        })
        .collect();
    facts.insert("ports".into(), Fact::Set(ports));
    facts.insert("selector".into(), one(labels(&spec["selector"])));
    facts
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn deployment(container: Value) -> Value {
        json!({"spec": {"replicas": 2, "selector": {"matchLabels": {"app": "x"}},
            "template": {"metadata": {"labels": {"app": "x"}}, "spec": {"containers": [container]}}}})
    }

    fn changed(facts: &[(String, Delta)], fact: &str) -> Option<(String, String)> {
        facts.iter().find(|(f, _)| f == fact).and_then(|(_, d)| match d {
            Delta::Changed { legacy, chart } => Some((legacy.clone(), chart.clone())),
            _ => None,
        })
    }

    #[test]
    fn image_and_command() {
        let a = workload(&deployment(json!({"image": "maily/api:v1"})), None);
        let b = workload(
            &deployment(json!({"image": "docker.io/maily/api:v1", "command": ["python"], "args": ["-m", "w"]})),
            None,
        );
        let d = diff(&a, &b);
        assert_eq!(changed(&d, "image"), Some(("maily/api:v1".into(), "docker.io/maily/api:v1".into())));
        assert_eq!(changed(&d, "command"), Some(("image default".into(), "python -m w".into())));
    }

    #[test]
    fn ports_and_probes_compare_named_ports_by_number_and_fill_defaults() {
        let legacy = workload(
            &deployment(json!({"ports": [{"containerPort": 8000}],
                "livenessProbe": {"httpGet": {"path": "/health", "port": 8000}, "initialDelaySeconds": 15, "periodSeconds": 20}})),
            None,
        );
        let chart = workload(
            &deployment(json!({"ports": [{"containerPort": 8000, "name": "http", "protocol": "TCP"}],
                "livenessProbe": {"httpGet": {"path": "/health", "port": "http"}, "initialDelaySeconds": 15,
                    "periodSeconds": 20, "timeoutSeconds": 1, "failureThreshold": 3}})),
            None,
        );
        let d = diff(&legacy, &chart);
        assert!(!d.iter().any(|(f, _)| f.starts_with("livenessProbe")), "{d:?}");
        assert!(d.contains(&("ports".into(), Delta::Removed("8000/TCP".into()))));
        assert!(d.contains(&("ports".into(), Delta::Added("http 8000/TCP".into()))));
        assert_eq!(changed(&d, "readinessProbe.action"), None, "none on both sides");
    }

    #[test]
    fn probe_timing_and_action_changes() {
        let legacy = workload(&deployment(json!({"readinessProbe": {"exec": {"command": ["a", "b"]}}})), None);
        let chart = workload(
            &deployment(json!({"readinessProbe": {"exec": {"command": ["a", "c"]}, "timeoutSeconds": 3}})),
            None,
        );
        let d = diff(&legacy, &chart);
        assert_eq!(changed(&d, "readinessProbe.action"), Some(("exec a b".into(), "exec a c".into())));
        assert_eq!(
            changed(&d, "readinessProbe.timing"),
            Some((
                "delay 0s, period 10s, timeout 1s, failures 3".into(),
                "delay 0s, period 10s, timeout 3s, failures 3".into()
            ))
        );
    }

    #[test]
    fn replicas_and_hpa_bounds() {
        let fixed = workload(&deployment(json!({})), None);
        let hpa = json!({"spec": {"minReplicas": 2, "maxReplicas": 10, "metrics": [
            {"type": "Resource", "resource": {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": 70}}}],
            "behavior": {"scaleDown": {"stabilizationWindowSeconds": 300}}}});
        let scaled = workload(&deployment(json!({})), Some(&hpa));
        let d = diff(&fixed, &scaled);
        assert_eq!(changed(&d, "replicas"), Some(("2".into(), "HPA 2-10".into())));
        assert_eq!(changed(&d, "autoscaling.metrics"), Some(("none".into(), "cpu 70%".into())));
        assert_eq!(changed(&d, "autoscaling.behavior"), Some(("none".into(), "scaleDown stabilization 300s".into())));
    }

    #[test]
    fn resources_compare_as_quantities() {
        let a = workload(
            &deployment(
                json!({"resources": {"limits": {"cpu": "1000m", "memory": "1024Mi"}, "requests": {"cpu": 0.5}}}),
            ),
            None,
        );
        let b = workload(
            &deployment(json!({"resources": {"limits": {"cpu": "1", "memory": "1Gi"}, "requests": {"cpu": "500m"}}})),
            None,
        );
        assert_eq!(diff(&a, &b), []);
        let c = workload(
            &deployment(json!({"resources": {"limits": {"cpu": "2", "memory": "1Gi"}, "requests": {"cpu": "500m"}}})),
            None,
        );
        assert_eq!(
            changed(&diff(&a, &c), "resources.limits"),
            Some(("cpu 1, memory 1Gi".into(), "cpu 2, memory 1Gi".into()))
        );
        assert_eq!(quantity("memory", "512Mi"), "512Mi");
        assert_eq!(quantity("cpu", "250m"), "250m");
    }

    #[test]
    fn env_names_and_secret_references() {
        let legacy = workload(
            &deployment(json!({"env": [{"name": "NODE_ENV", "value": "x"},
                {"name": "DB", "valueFrom": {"secretKeyRef": {"name": "staging-secrets", "key": "database-url"}}},
                {"name": "K", "valueFrom": {"secretKeyRef": {"name": "s", "key": "k", "optional": true}}}]})),
            None,
        );
        let chart = workload(
            &deployment(json!({"env": [{"name": "ENVIRONMENT", "value": "y"},
                {"name": "DB", "valueFrom": {"secretKeyRef": {"name": "maily-secrets", "key": "database-url"}}},
                {"name": "K", "valueFrom": {"secretKeyRef": {"name": "s", "key": "k"}}}]})),
            None,
        );
        let d: Vec<String> = diff(&legacy, &chart).iter().map(|(_, d)| d.text()).collect();
        assert_eq!(
            d,
            [
                "− DB ← secret:staging-secrets/database-url",
                "− K ← secret:s/k (optional)",
                "− NODE_ENV",
                "+ DB ← secret:maily-secrets/database-url",
                "+ ENVIRONMENT",
                "+ K ← secret:s/k",
            ]
        );
    }

    #[test]
    fn selector_labels_and_volumes() {
        let legacy = workload(
            &json!({"spec": {"selector": {"matchLabels": {"app": "api"}}, "template": {"spec": {
                "containers": [{"volumeMounts": [{"name": "c", "mountPath": "/app/config"}]}],
                "volumes": [{"name": "c", "configMap": {"name": "ai-config"}}, {"name": "spare", "emptyDir": {}}]}}}}),
            None,
        );
        let chart = workload(
            &json!({"spec": {"selector": {"matchLabels": {"app.kubernetes.io/component": "api"}}, "template": {"spec": {
                "containers": [{"volumeMounts": [{"name": "config", "mountPath": "/app/config", "readOnly": true}]}],
                "volumes": [{"name": "config", "configMap": {"name": "maily-ai-service"}}]}}}}),
            None,
        );
        let d: Vec<String> = diff(&legacy, &chart).iter().map(|(f, d)| format!("{f}: {}", d.text())).collect();
        assert_eq!(
            d,
            [
                "selector: app=api → app.kubernetes.io/component=api",
                "volumes: − (not mounted by it) ← emptyDir",
                "volumes: − /app/config ← configmap:ai-config",
                "volumes: + /app/config ← configmap:maily-ai-service (read-only)",
            ]
        );
    }

    #[test]
    fn service_ports_resolve_named_targets_against_the_selected_pods() {
        let pod = json!({"spec": {"template": {"metadata": {"labels": {"app": "api", "tier": "x"}},
            "spec": {"containers": [{"ports": [{"name": "http", "containerPort": 8000}]}]}}}});
        let legacy = service(
            &json!({"metadata": {"name": "api"}, "spec": {"selector": {"app": "api"}, "ports": [{"port": 80, "targetPort": 8000}]}}),
            &[&pod],
        );
        let chart = service(
            &json!({"metadata": {"name": "maily-api"}, "spec": {"type": "ClusterIP", "selector": {"app": "api"},
                "ports": [{"name": "http", "port": 80, "targetPort": "http", "protocol": "TCP"}]}}),
            &[&pod],
        );
        let d: Vec<String> = diff(&legacy, &chart).iter().map(|(f, d)| format!("{f}: {}", d.text())).collect();
        assert_eq!(d, ["name: api → maily-api", "ports: − 80 → 8000/TCP", "ports: + http 80 → 8000/TCP"]);
    }
}
