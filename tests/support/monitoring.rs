//! Checks of a render's monitoring objects, shared by the monitoring tests
//! and the generated environments:
//! - [`check_monitors`]: every ServiceMonitor selects exactly one Service of
//!   the release (by its labels, in the release namespace) and names a port
//!   that Service exposes, whose target is the container port the pods'
//!   `prometheus.io/port` annotation gives; every PodMonitor selects exactly
//!   one Deployment's pods and names a port of their container; where
//!   NetworkPolicies are rendered, the component's admits Prometheus on that
//!   port;
//! - [`dashboards`] and [`check_dashboards`]: every dashboard ConfigMap
//!   holds valid JSON with a stable uid, the datasource variable on every
//!   panel and query, panels inside the 24-column grid without overlap;
//!   [`dashboard_expressions`] gives their PromQL for promtool.

use std::collections::BTreeSet;

use serde_json::Value;

fn is(o: &Value, kind: &str) -> bool {
    o["kind"] == kind
}

/// Whether `labels` holds every pair of `selector`.
fn selects(selector: &Value, labels: &Value) -> bool {
    let Some(selector) = selector.as_object() else { return false };
    !selector.is_empty() && selector.iter().all(|(k, v)| labels.get(k) == Some(v))
}

/// The Deployments of `objects` whose pod template labels hold `selector`.
fn deployments_selected<'a>(objects: &'a [Value], selector: &Value, namespace: &str) -> Vec<&'a Value> {
    objects
        .iter()
        .filter(|o| is(o, "Deployment") && o["metadata"]["namespace"] == namespace)
        .filter(|d| selects(selector, &d["spec"]["template"]["metadata"]["labels"]))
        .collect()
}

/// The container port named `name` of a Deployment's pods.
fn container_port<'a>(deployment: &'a Value, name: &str) -> Option<&'a Value> {
    deployment["spec"]["template"]["spec"]["containers"]
        .as_array()?
        .iter()
        .flat_map(|c| c["ports"].as_array().into_iter().flatten())
        .find(|p| p["name"] == name)
}

/// Whether a rendered NetworkPolicy of the pods `selector` admits the
/// monitoring peer on port `port` (or no NetworkPolicy is rendered).
fn admits_prometheus(objects: &[Value], selector: &Value, port: &str) -> Result<(), String> {
    let policies: Vec<&Value> = objects.iter().filter(|o| is(o, "NetworkPolicy")).collect();
    if policies.is_empty() {
        return Ok(());
    }
    let own = policies
        .iter()
        .find(|p| p["spec"]["podSelector"]["matchLabels"] == *selector)
        .ok_or_else(|| format!("no NetworkPolicy selects the scraped pods {selector}"))?;
    let admitted = own["spec"]["ingress"].as_array().into_iter().flatten().any(|rule| {
        let from_other_namespace = rule["from"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|peer| peer.get("namespaceSelector").is_some() && peer.get("podSelector").is_some());
        let on_port = rule["ports"].as_array().into_iter().flatten().any(|p| p["port"] == port);
        from_other_namespace && on_port
    });
    if admitted {
        Ok(())
    } else {
        Err(format!("NetworkPolicy {} does not admit Prometheus on port {port}", own["metadata"]["name"]))
    }
}

/// Checks every ServiceMonitor and PodMonitor of a render (see the module
/// docs); the number checked.
pub fn check_monitors(objects: &[Value]) -> Result<usize, String> {
    let mut checked = 0;
    for monitor in objects.iter().filter(|o| is(o, "ServiceMonitor")) {
        let name = &monitor["metadata"]["name"];
        let namespace = monitor["metadata"]["namespace"].as_str().unwrap_or_default();
        let at = |what: String| format!("ServiceMonitor {name}: {what}");
        if monitor["spec"]["namespaceSelector"]["matchNames"] != serde_json::json!([namespace]) {
            return Err(at(format!("namespaceSelector is not the release namespace {namespace}")));
        }
        let selector = &monitor["spec"]["selector"]["matchLabels"];
        let services: Vec<&Value> = objects
            .iter()
            .filter(|o| is(o, "Service") && o["metadata"]["namespace"] == namespace)
            .filter(|s| selects(selector, &s["metadata"]["labels"]))
            .collect();
        let [service] = services.as_slice() else {
            return Err(at(format!("selects {} Services of the release, not one", services.len())));
        };
        let endpoints = monitor["spec"]["endpoints"].as_array().cloned().unwrap_or_default();
        if endpoints.is_empty() {
            return Err(at("has no endpoint".into()));
        }
        for endpoint in &endpoints {
            let port = endpoint["port"].as_str().unwrap_or_default();
            let service_port =
                service["spec"]["ports"].as_array().into_iter().flatten().find(|p| p["name"] == port).ok_or_else(
                    || at(format!("port {port:?} is not a port of Service {}", service["metadata"]["name"])),
                )?;
            // The Service's target, on the pods it selects: the container port
            // whose number the prometheus.io annotations give.
            let pods = &service["spec"]["selector"];
            let deployments = deployments_selected(objects, pods, namespace);
            let [deployment] = deployments.as_slice() else {
                return Err(at(format!("its Service selects {} Deployments", deployments.len())));
            };
            let target = service_port["targetPort"].as_str().unwrap_or_default();
            let container = container_port(deployment, target)
                .ok_or_else(|| at(format!("the Service's targetPort {target:?} is no container port")))?;
            let annotations = &deployment["spec"]["template"]["metadata"]["annotations"];
            if annotations.get("prometheus.io/scrape").is_some() {
                let number = container["containerPort"].as_i64().map(|n| n.to_string());
                if annotations["prometheus.io/port"].as_str().map(String::from) != number {
                    return Err(at(format!(
                        "prometheus.io/port {} is not container port {target}",
                        annotations["prometheus.io/port"]
                    )));
                }
                if annotations["prometheus.io/path"] != endpoint["path"] {
                    return Err(at(format!(
                        "prometheus.io/path {} is not the endpoint's path",
                        annotations["prometheus.io/path"]
                    )));
                }
            }
            admits_prometheus(objects, pods, target).map_err(at)?;
        }
        checked += 1;
    }
    for monitor in objects.iter().filter(|o| is(o, "PodMonitor")) {
        let name = &monitor["metadata"]["name"];
        let namespace = monitor["metadata"]["namespace"].as_str().unwrap_or_default();
        let at = |what: String| format!("PodMonitor {name}: {what}");
        let selector = &monitor["spec"]["selector"]["matchLabels"];
        let deployments = deployments_selected(objects, selector, namespace);
        let [deployment] = deployments.as_slice() else {
            return Err(at(format!("selects the pods of {} Deployments, not one", deployments.len())));
        };
        for endpoint in monitor["spec"]["podMetricsEndpoints"].as_array().into_iter().flatten() {
            let port = endpoint["port"].as_str().unwrap_or_default();
            container_port(deployment, port).ok_or_else(|| at(format!("port {port:?} is no container port")))?;
            admits_prometheus(objects, selector, port).map_err(at)?;
        }
        checked += 1;
    }
    Ok(checked)
}

/// Every dashboard of a render: (ConfigMap name, key, parsed JSON).
pub fn dashboards(objects: &[Value]) -> Result<Vec<(String, String, Value)>, String> {
    let mut out = Vec::new();
    for cm in objects.iter().filter(|o| is(o, "ConfigMap")) {
        for (key, text) in cm["data"].as_object().into_iter().flatten() {
            if !key.starts_with("maily-") || !key.ends_with(".json") {
                continue;
            }
            let name = cm["metadata"]["name"].as_str().unwrap_or_default().to_string();
            let json: Value = serde_json::from_str(text.as_str().unwrap_or_default())
                .map_err(|e| format!("ConfigMap {name} key {key}: not JSON: {e}"))?;
            out.push((name, key.clone(), json));
        }
    }
    Ok(out)
}

/// Checks the dashboards (see the module docs): `uid_of(dashboard)` is the
/// uid each must have (the dashboard named by its key, `maily-<name>.json`).
pub fn check_dashboards(dashboards: &[(String, String, Value)], uid_of: impl Fn(&str) -> String) -> Result<(), String> {
    let mut uids = BTreeSet::new();
    for (cm, key, d) in dashboards {
        let at = |what: String| format!("dashboard {key} (ConfigMap {cm}): {what}");
        let name = key.trim_start_matches("maily-").trim_end_matches(".json");
        let uid = d["uid"].as_str().unwrap_or_default();
        if uid != uid_of(name) || uid.len() > 40 {
            return Err(at(format!("uid {uid:?} is not the stable {:?}", uid_of(name))));
        }
        if !uids.insert(uid.to_string()) {
            return Err(at(format!("uid {uid} is also another dashboard's")));
        }
        let variables = d["templating"]["list"].as_array().cloned().unwrap_or_default();
        if !variables
            .iter()
            .any(|v| v["name"] == "datasource" && v["type"] == "datasource" && v["query"] == "prometheus")
        {
            return Err(at("has no `datasource` variable of Prometheus data sources".into()));
        }
        let datasource = serde_json::json!({"type": "prometheus", "uid": "${datasource}"});
        let mut ids = BTreeSet::new();
        let mut cells = BTreeSet::new();
        let panels = d["panels"].as_array().cloned().unwrap_or_default();
        if panels.is_empty() {
            return Err(at("has no panel".into()));
        }
        for p in &panels {
            let title = &p["title"];
            if !ids.insert(p["id"].as_i64().unwrap_or(-1)) {
                return Err(at(format!("panel {title}: its id is another panel's")));
            }
            if p["datasource"] != datasource {
                return Err(at(format!("panel {title}: datasource is not the variable")));
            }
            let g = &p["gridPos"];
            let (x, y, w, h) = (g["x"].as_u64(), g["y"].as_u64(), g["w"].as_u64(), g["h"].as_u64());
            let (Some(x), Some(y), Some(w), Some(h)) = (x, y, w, h) else {
                return Err(at(format!("panel {title}: no gridPos")));
            };
            if w == 0 || h == 0 || x + w > 24 {
                return Err(at(format!("panel {title}: gridPos outside the 24 columns")));
            }
            for cx in x..x + w {
                for cy in y..y + h {
                    if !cells.insert((cx, cy)) {
                        return Err(at(format!("panel {title} overlaps another")));
                    }
                }
            }
            let targets = p["targets"].as_array().cloned().unwrap_or_default();
            if targets.is_empty() {
                return Err(at(format!("panel {title}: no query")));
            }
            for t in &targets {
                if t["datasource"] != datasource || t["expr"].as_str().is_none_or(str::is_empty) {
                    return Err(at(format!("panel {title}: a query without the datasource variable or an expression")));
                }
            }
        }
    }
    Ok(())
}

/// The PromQL of every query of `dashboards`, as promtool can check it:
/// `(record name, expression)`, Grafana's `$__rate_interval` as `5m`.
pub fn dashboard_expressions(dashboards: &[(String, String, Value)]) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    for (_, key, d) in dashboards {
        let dashboard: String =
            key.trim_end_matches(".json").chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
        for p in d["panels"].as_array().into_iter().flatten() {
            for t in p["targets"].as_array().into_iter().flatten() {
                let expr = t["expr"].as_str().unwrap_or_default().replace("$__rate_interval", "5m");
                if expr.contains('$') {
                    return Err(format!(
                        "dashboard {key}, panel {}: a variable promtool cannot check: {expr}",
                        p["title"]
                    ));
                }
                let record =
                    format!("dashboard:{dashboard}:panel{}_{}", p["id"], t["refId"].as_str().unwrap_or_default());
                out.push((record, expr));
            }
        }
    }
    Ok(out)
}
