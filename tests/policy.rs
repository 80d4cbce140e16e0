//! The chart's policies, checked on every object that every environment (and
//! the defaults) renders: names, labels, selectors, resources, probes, the
//! restricted security profile, credentials only through the existing
//! Secret, and the replica counts the inventory asks for. No helm needed:
//! the equivalence tests prove helm prints the same objects.

use std::collections::BTreeMap;

use maily_chart::Values;
use maily_chart::common::names::{APP_VERSION, CHART_NAME, CHART_VERSION};
use maily_chart_tests::*;
use serde_json::{Value, json};

const RELEASES: &[(&str, &str)] = &[("release-name", "default"), ("maily", "maily-production")];

struct Case {
    what: String,
    values: Values,
    release: String,
    objects: Vec<Value>,
}

fn cases() -> Vec<Case> {
    let mut cases = Vec::new();
    for (name, values) in all_environments() {
        for (release, namespace) in RELEASES {
            let objects = render_objects(&values, release, namespace);
            cases.push(Case {
                what: format!("`{name}` (release {release})"),
                values: values.clone(),
                release: release.to_string(),
                objects,
            });
        }
    }
    cases
}

fn str_at<'a>(v: &'a Value, pointer: &str) -> Option<&'a str> {
    v.pointer(pointer).and_then(Value::as_str)
}

fn kind(v: &Value) -> &str {
    str_at(v, "/kind").unwrap_or_default()
}

fn name(v: &Value) -> &str {
    str_at(v, "/metadata/name").unwrap_or_default()
}

fn of_kind<'a>(objects: &'a [Value], k: &str) -> Vec<&'a Value> {
    objects.iter().filter(|o| kind(o) == k).collect()
}

fn find<'a>(objects: &'a [Value], k: &str, n: &str) -> Option<&'a Value> {
    objects.iter().find(|o| kind(o) == k && name(o) == n)
}

/// The pod spec of a Deployment, a StatefulSet or a Pod.
fn pod_spec(object: &Value) -> Option<&Value> {
    match kind(object) {
        "Deployment" | "StatefulSet" => object.pointer("/spec/template/spec"),
        "Pod" => object.pointer("/spec"),
        _ => None,
    }
}

fn containers(pod: &Value) -> Vec<&Value> {
    pod.get("containers").and_then(Value::as_array).map(|c| c.iter().collect()).unwrap_or_default()
}

/// Calls `f(case, object, pod spec, container)` for every container of every
/// Deployment and Pod of every case.
fn for_each_container(cases: &[Case], mut f: impl FnMut(&Case, &Value, &Value, &Value)) {
    for case in cases {
        for o in &case.objects {
            let Some(pod) = pod_spec(o) else { continue };
            for c in containers(pod) {
                f(case, o, pod, c);
            }
        }
    }
}

/// The workload values of a Deployment, found in the component registry by its component label.
fn workload_of<'a>(values: &'a Values, object: &Value) -> &'a maily_chart::values::Workload {
    let name = str_at(object, "/metadata/labels/app.kubernetes.io~1component");
    let registered = name.and_then(maily_chart::components::by_name);
    let registered = registered.unwrap_or_else(|| panic!("component {name:?} is not in the registry"));
    (registered.values)(values).workload()
}

/// Replicas that run at least: the HPA's minimum, else the Deployment's count.
fn min_running(objects: &[Value], deployment: &Value) -> i64 {
    match find(objects, "HorizontalPodAutoscaler", name(deployment)) {
        Some(hpa) => hpa.pointer("/spec/minReplicas").and_then(Value::as_i64).expect("HPA minReplicas"),
        None => deployment.pointer("/spec/replicas").and_then(Value::as_i64).expect("Deployment replicas"),
    }
}

fn is_label_value(s: &str) -> bool {
    s.len() <= 63
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
        && (s.is_empty()
            || (s.as_bytes()[0].is_ascii_alphanumeric() && s.as_bytes()[s.len() - 1].is_ascii_alphanumeric()))
}

#[test]
fn every_object_name_is_a_dns_1123_label_of_at_most_63_characters_unique_per_kind() {
    for case in cases() {
        index(&case.objects).unwrap_or_else(|e| panic!("{}: {e}", case.what));
        for o in &case.objects {
            assert!(name(o).len() <= 63 && is_dns1123_label(name(o)), "{}: {} {:?}", case.what, kind(o), name(o));
        }
    }
}

#[test]
fn every_service_name_is_a_dns_1035_label() {
    for case in cases() {
        for service in of_kind(&case.objects, "Service") {
            assert!(
                is_dns1035_label(name(service)),
                "{}: Service {:?} must start with a letter",
                case.what,
                name(service)
            );
        }
    }
}

#[test]
fn every_fullname_override_that_validate_accepts_gives_service_names_kubernetes_accepts() {
    // Kubernetes requires Service names to be DNS-1035 labels (starting with a
    // letter); Deployments and ServiceAccounts only DNS-1123. A valid
    // environment must not produce a Service the API server rejects.
    for fullname in ["maily-eu", "0777", "1e3", "9-lives"] {
        let mut values = values_of("production");
        values.fullname_override = fullname.to_string();
        let accepted = maily_chart::validate::validate("production", &values).is_ok();
        let starts_with_letter = fullname.starts_with(|c: char| c.is_ascii_lowercase());
        assert_eq!(accepted, starts_with_letter, "validate and fullnameOverride {fullname:?}");
        if !accepted {
            continue;
        }
        let objects = render_objects(&values, "maily", "maily-production");
        let services: Vec<&str> = of_kind(&objects, "Service").into_iter().map(name).collect();
        let valid = services.iter().all(|s| is_dns1035_label(s));
        assert!(
            valid,
            "validate accepts fullnameOverride {fullname:?}, but the Services {services:?} are not DNS-1035 labels: \
             the API server rejects them (a DNS-1035 label must start with an alphabetic character)"
        );
    }
}

#[test]
fn every_object_carries_the_seven_recommended_labels() {
    for case in cases() {
        let expected_name = maily_chart::common::names::name_of(&case.values);
        for o in &case.objects {
            let labels = o
                .pointer("/metadata/labels")
                .and_then(Value::as_object)
                .unwrap_or_else(|| panic!("{}: {} {} has no labels", case.what, kind(o), name(o)));
            let label = |k: &str| {
                labels
                    .get(k)
                    .and_then(Value::as_str)
                    .unwrap_or_else(|| panic!("{}: {} {} lacks {k}", case.what, kind(o), name(o)))
            };
            assert_eq!(label("app.kubernetes.io/name"), expected_name);
            assert_eq!(label("app.kubernetes.io/instance"), case.release);
            assert_eq!(label("app.kubernetes.io/version"), APP_VERSION);
            assert!(!label("app.kubernetes.io/component").is_empty());
            assert_eq!(label("app.kubernetes.io/part-of"), "maily");
            assert_eq!(label("app.kubernetes.io/managed-by"), "Helm");
            assert_eq!(label("helm.sh/chart"), format!("{CHART_NAME}-{CHART_VERSION}"));
            for (k, v) in labels {
                assert!(
                    is_label_value(v.as_str().unwrap_or("<not a string>")),
                    "{}: label {k}={v} is not a valid label value",
                    case.what
                );
            }
        }
    }
}

#[test]
fn the_chart_label_matches_chart_yaml() {
    let chart = std::fs::read_to_string(chart_dir().join("Chart.yaml")).expect("Chart.yaml");
    let chart: Value = serde_yaml::from_str(&chart).expect("Chart.yaml parses");
    assert_eq!(chart["name"], json!(CHART_NAME));
    assert_eq!(chart["version"], json!(CHART_VERSION));
    assert_eq!(chart["appVersion"], json!(APP_VERSION));
}

#[test]
fn deployment_selectors_are_exactly_name_instance_component_and_select_their_pods() {
    for case in cases() {
        for d in of_kind(&case.objects, "Deployment") {
            let selector = d.pointer("/spec/selector/matchLabels").and_then(Value::as_object).expect("matchLabels");
            let keys: Vec<&str> =
                selector.keys().map(String::as_str).collect::<std::collections::BTreeSet<_>>().into_iter().collect();
            assert_eq!(
                keys,
                ["app.kubernetes.io/component", "app.kubernetes.io/instance", "app.kubernetes.io/name"],
                "{}: {}",
                case.what,
                name(d)
            );
            let pod_labels =
                d.pointer("/spec/template/metadata/labels").and_then(Value::as_object).expect("pod labels");
            for (k, v) in selector {
                assert_eq!(pod_labels.get(k), Some(v), "{}: {} selects {k}={v} that its pods lack", case.what, name(d));
            }
            assert_eq!(d.pointer("/spec/selector/matchExpressions"), None);
        }
    }
}

#[test]
fn every_service_selects_exactly_its_deployments_pods_on_named_ports() {
    for case in cases() {
        for s in of_kind(&case.objects, "Service") {
            // A data server's Services (client and headless) select its StatefulSet's pods.
            let d = find(&case.objects, "Deployment", name(s))
                .or_else(|| find(&case.objects, "StatefulSet", name(s).trim_end_matches("-headless")))
                .unwrap_or_else(|| panic!("{}: Service {} has no Deployment or StatefulSet", case.what, name(s)));
            assert_eq!(
                s.pointer("/spec/selector"),
                d.pointer("/spec/selector/matchLabels"),
                "{}: {}",
                case.what,
                name(s)
            );
            let port_names: Vec<&str> = containers(pod_spec(d).expect("pod spec"))
                .iter()
                .flat_map(|c| c.get("ports").and_then(Value::as_array).into_iter().flatten())
                .filter_map(|p| str_at(p, "/name"))
                .collect();
            for port in s.pointer("/spec/ports").and_then(Value::as_array).expect("ports") {
                let target = str_at(port, "/targetPort")
                    .unwrap_or_else(|| panic!("{}: {} targets a port by number", case.what, name(s)));
                assert!(
                    port_names.contains(&target),
                    "{}: {} targets {target}, not a container port",
                    case.what,
                    name(s)
                );
            }
        }
        // No test pod is selected by a Service (it carries its own component label).
        for pod in of_kind(&case.objects, "Pod") {
            for s in of_kind(&case.objects, "Service") {
                let selector = s.pointer("/spec/selector").and_then(Value::as_object).expect("selector");
                let labels = pod.pointer("/metadata/labels").and_then(Value::as_object).expect("labels");
                assert!(
                    selector.iter().any(|(k, v)| labels.get(k) != Some(v)),
                    "{}: Service {} routes to test pod {}",
                    case.what,
                    name(s),
                    name(pod)
                );
            }
        }
    }
}

#[test]
fn every_container_has_requests_and_limits_for_cpu_and_memory() {
    for_each_container(&cases(), |case, o, _, c| {
        for which in ["requests", "limits"] {
            for resource in ["cpu", "memory"] {
                let q = c.pointer(&format!("/resources/{which}/{resource}")).and_then(Value::as_str);
                assert!(
                    q.is_some_and(|q| !q.is_empty()),
                    "{}: {} {} lacks {which}.{resource}",
                    case.what,
                    kind(o),
                    name(o)
                );
            }
        }
    });
}

#[test]
fn every_deployment_container_has_readiness_and_liveness_probes() {
    for case in cases() {
        for d in of_kind(&case.objects, "Deployment") {
            for c in containers(pod_spec(d).expect("pod spec")) {
                for probe in ["readinessProbe", "livenessProbe"] {
                    let p = c.get(probe).unwrap_or_else(|| panic!("{}: {} lacks a {probe}", case.what, name(d)));
                    assert!(
                        p.get("httpGet").is_some() || p.get("exec").is_some(),
                        "{}: {} {probe} does nothing",
                        case.what,
                        name(d)
                    );
                }
            }
        }
    }
}

#[test]
fn every_container_runs_with_the_restricted_security_profile() {
    let at = |c: &Value, field: &str| c.pointer(&format!("/securityContext/{field}")).cloned();
    for_each_container(&cases(), |case, o, pod, c| {
        let what = format!("{}: {} {}", case.what, kind(o), name(o));
        let non_root = at(c, "runAsNonRoot").or_else(|| at(pod, "runAsNonRoot"));
        assert_eq!(non_root, Some(json!(true)), "{what}: runAsNonRoot");
        assert_eq!(at(c, "readOnlyRootFilesystem"), Some(json!(true)), "{what}: readOnlyRootFilesystem");
        assert_eq!(at(c, "allowPrivilegeEscalation"), Some(json!(false)), "{what}: allowPrivilegeEscalation");
        assert_eq!(at(c, "capabilities/drop"), Some(json!(["ALL"])), "{what}: capabilities.drop");
        assert_eq!(at(c, "capabilities/add"), None, "{what}: capabilities.add");
        assert_ne!(at(c, "privileged"), Some(json!(true)), "{what}: privileged");
        let seccomp = at(c, "seccompProfile/type").or_else(|| at(pod, "seccompProfile/type"));
        assert_eq!(seccomp, Some(json!("RuntimeDefault")), "{what}: seccompProfile");
        let uid = at(c, "runAsUser").or_else(|| at(pod, "runAsUser"));
        assert!(uid.and_then(|u| u.as_i64()).is_some_and(|u| u > 0), "{what}: runs as a non-zero UID");
    });
}

#[test]
fn every_deployment_container_mounts_an_empty_dir_at_tmp() {
    for case in cases() {
        for d in of_kind(&case.objects, "Deployment") {
            let pod = pod_spec(d).expect("pod spec");
            for c in containers(pod) {
                let mount = c
                    .get("volumeMounts")
                    .and_then(Value::as_array)
                    .and_then(|m| m.iter().find(|m| str_at(m, "/mountPath") == Some("/tmp")))
                    .unwrap_or_else(|| panic!("{}: {} mounts nothing at /tmp", case.what, name(d)));
                let volume = str_at(mount, "/name").expect("mount name");
                let source = pod
                    .get("volumes")
                    .and_then(Value::as_array)
                    .and_then(|v| v.iter().find(|v| str_at(v, "/name") == Some(volume)))
                    .unwrap_or_else(|| panic!("{}: {} has no volume {volume}", case.what, name(d)));
                assert!(source.get("emptyDir").is_some(), "{}: /tmp of {} is not an emptyDir", case.what, name(d));
            }
        }
    }
}

#[test]
fn service_accounts_and_pods_do_not_mount_api_tokens() {
    for case in cases() {
        for sa in of_kind(&case.objects, "ServiceAccount") {
            assert_eq!(sa.get("automountServiceAccountToken"), Some(&json!(false)), "{}: {}", case.what, name(sa));
        }
        for o in &case.objects {
            let Some(pod) = pod_spec(o) else { continue };
            assert_eq!(
                pod.get("automountServiceAccountToken"),
                Some(&json!(false)),
                "{}: {} {}",
                case.what,
                kind(o),
                name(o)
            );
            if kind(o) == "Deployment" {
                let sa = str_at(pod, "/serviceAccountName").expect("serviceAccountName");
                assert!(
                    find(&case.objects, "ServiceAccount", sa).is_some(),
                    "{}: {} uses a missing ServiceAccount {sa}",
                    case.what,
                    name(o)
                );
            }
        }
    }
}

#[test]
fn no_image_is_tagged_latest_or_untagged() {
    for_each_container(&cases(), |case, _, _, c| {
        let image = str_at(c, "/image").expect("image");
        let last = image.rsplit('/').next().unwrap_or_default();
        let (_, tag) = last.split_once(':').unwrap_or_else(|| panic!("{}: image {image} has no tag", case.what));
        assert!(!tag.is_empty() && tag != "latest", "{}: image {image}", case.what);
    });
}

#[test]
fn an_hpa_exists_exactly_when_the_deployment_omits_replicas() {
    for case in cases() {
        for d in of_kind(&case.objects, "Deployment") {
            let hpa = find(&case.objects, "HorizontalPodAutoscaler", name(d));
            let replicas = d.pointer("/spec/replicas");
            assert_eq!(
                hpa.is_some(),
                replicas.is_none(),
                "{}: {} has replicas {replicas:?} and HPA {}",
                case.what,
                name(d),
                hpa.is_some()
            );
            if let Some(hpa) = hpa {
                assert_eq!(
                    hpa.pointer("/spec/scaleTargetRef"),
                    Some(&json!({"apiVersion": "apps/v1", "kind": "Deployment", "name": name(d)}))
                );
                let (min, max) = (
                    hpa.pointer("/spec/minReplicas").and_then(Value::as_i64),
                    hpa.pointer("/spec/maxReplicas").and_then(Value::as_i64),
                );
                assert!(
                    min.zip(max).is_some_and(|(a, b)| 1 <= a && a <= b),
                    "{}: {} HPA {min:?}..{max:?}",
                    case.what,
                    name(d)
                );
            }
        }
        for hpa in of_kind(&case.objects, "HorizontalPodAutoscaler") {
            assert!(
                find(&case.objects, "Deployment", name(hpa)).is_some(),
                "{}: HPA {} scales nothing",
                case.what,
                name(hpa)
            );
        }
    }
}

#[test]
fn a_pdb_exists_exactly_when_enabled_and_more_than_one_replica_runs() {
    for case in cases() {
        for d in of_kind(&case.objects, "Deployment") {
            let pdb = find(&case.objects, "PodDisruptionBudget", name(d));
            let running = min_running(&case.objects, d);
            let enabled = workload_of(&case.values, d).pod_disruption_budget.enabled;
            assert_eq!(
                pdb.is_some(),
                enabled && running > 1,
                "{}: {} runs {running}, PDB enabled {enabled}",
                case.what,
                name(d)
            );
            if let Some(pdb) = pdb {
                assert_eq!(pdb.pointer("/spec/selector/matchLabels"), d.pointer("/spec/selector/matchLabels"));
            }
        }
        for pdb in of_kind(&case.objects, "PodDisruptionBudget") {
            assert!(
                find(&case.objects, "Deployment", name(pdb)).is_some(),
                "{}: PDB {} guards nothing",
                case.what,
                name(pdb)
            );
        }
    }
}

/// The variables the chart sets itself in a component's container: its
/// connection variables (from `dataTier`) and its own (`API_URL` of the web
/// front end, `REDIS_HOST`/`REDIS_PORT` of the AI service, the WAF's settings, ...).
fn chart_vars(component: &str) -> Vec<String> {
    let def = maily_chart::components::by_name(component).expect("registered").def;
    let mut out = maily_chart::data_tier::connection_var_names(def);
    let own: &[&str] = match component {
        "web" => &["API_URL"],
        "ai-service" => &["REDIS_HOST", "REDIS_PORT"],
        "contact-management" => &["POSTGRES_URI"],
        "blockchain" => &["API_BASE_URL"],
        "waf" => &[
            "BACKEND",
            "PORT",
            "MODSEC_RULE_ENGINE",
            "PARANOIA",
            "ANOMALY_INBOUND",
            "ANOMALY_OUTBOUND",
            "MODSEC_AUDIT_LOG_FORMAT",
            "MODSEC_AUDIT_LOG_TYPE",
            "MODSEC_AUDIT_LOG",
        ],
        _ => &[],
    };
    out.extend(own.iter().map(|v| v.to_string()));
    out
}

#[test]
fn every_env_var_is_a_literal_from_values_or_a_secret_key_ref_into_the_existing_secret() {
    assert_eq!(defaults().global.existing_secret, "maily-secrets");
    for case in cases() {
        let secret = &case.values.global.existing_secret;
        for d in of_kind(&case.objects, "Deployment") {
            let w = workload_of(&case.values, d);
            let component = str_at(d, "/metadata/labels/app.kubernetes.io~1component").expect("component");
            let chart = chart_vars(component);
            let main = containers(pod_spec(d).expect("pod spec"))
                .into_iter()
                .find(|c| str_at(c, "/name") == Some(component))
                .expect("the component's container");
            let env = main.get("env").and_then(Value::as_array).cloned().unwrap_or_default();
            let mut seen = BTreeMap::new();
            for var in &env {
                let var_name = str_at(var, "/name").expect("env name");
                assert!(
                    seen.insert(var_name.to_string(), ()).is_none(),
                    "{}: {} sets {var_name} twice",
                    case.what,
                    name(d)
                );
                let by_chart = chart.iter().any(|c| c == var_name);
                match (var.get("value"), var.get("valueFrom")) {
                    (Some(value), None) => {
                        let expected = if var_name == "ENVIRONMENT" {
                            Some(&case.values.global.environment)
                        } else {
                            w.env.get(var_name)
                        };
                        assert!(
                            by_chart || value.as_str() == expected.map(String::as_str),
                            "{}: {} {var_name} is no literal from values",
                            case.what,
                            name(d)
                        );
                    }
                    (None, Some(from)) => {
                        let expected = if let Some(key) = w.secret_env.get(var_name) {
                            json!({"secretKeyRef": {"name": secret, "key": key}})
                        } else if let Some(key) = w.optional_secret_env.get(var_name) {
                            json!({"secretKeyRef": {"name": secret, "key": key, "optional": true}})
                        } else {
                            assert!(by_chart, "{}: {} {var_name} is in no secretEnv", case.what, name(d));
                            assert_eq!(
                                from.pointer("/secretKeyRef/name"),
                                Some(&json!(secret)),
                                "{}: {var_name}",
                                case.what
                            );
                            assert!(from.pointer("/secretKeyRef/optional").is_none(), "{}: {var_name}", case.what);
                            continue;
                        };
                        assert_eq!(from, &expected, "{}: {} {var_name}", case.what, name(d));
                    }
                    other => panic!("{}: {} {var_name}: {other:?}", case.what, name(d)),
                }
            }
            for var in w.env.keys().chain(w.secret_env.keys()).chain(w.optional_secret_env.keys()) {
                assert!(seen.contains_key(var), "{}: {} lacks {var}", case.what, name(d));
            }
        }
        for pod in of_kind(&case.objects, "Pod") {
            for c in containers(pod_spec(pod).expect("pod spec")) {
                assert!(c.get("env").is_none(), "{}: test pod {} has env", case.what, name(pod));
            }
        }
    }
}

#[test]
fn no_literal_env_value_looks_like_a_credential() {
    let cases = cases();
    for_each_container(&cases, |case, _, _, c| {
        for var in c.get("env").and_then(Value::as_array).into_iter().flatten() {
            let (Some(var_name), Some(value)) = (str_at(var, "/name"), str_at(var, "/value")) else {
                continue;
            };
            // Credentials in a URL only as `$(VAR)` references to variables
            // read from the Secret (the in-cluster data tier's URLs).
            if let Some((_, rest)) = value.split_once("://")
                && let Some((userinfo, _)) = rest.split_once('@')
            {
                let literal: String = userinfo
                    .split("$(")
                    .enumerate()
                    .map(|(i, part)| if i == 0 { part } else { part.split_once(')').map_or(part, |(_, after)| after) })
                    .collect::<String>()
                    .replace(':', "");
                assert!(literal.is_empty(), "{}: {var_name} holds a URL with literal credentials", case.what);
            }
            let upper = var_name.to_ascii_uppercase();
            for word in ["SECRET", "PASSWORD", "KEY", "TOKEN"] {
                assert!(!upper.contains(word), "{}: {var_name} has a literal value; use secretEnv", case.what);
            }
        }
    });
    for case in &cases {
        // Nor does any ConfigMap carry one.
        for cm in of_kind(&case.objects, "ConfigMap") {
            let text = cm.get("data").map(Value::to_string).unwrap_or_default();
            assert!(
                !(text.contains("://") && text.contains('@')),
                "{}: ConfigMap {} holds a URL with credentials",
                case.what,
                name(cm)
            );
        }
    }
}

/// Minimum running replicas of a component of an environment.
fn min_replicas_of(env: &str, component: &str) -> i64 {
    let objects = render_objects(&values_of(env), "maily", &format!("maily-{env}"));
    let d =
        find(&objects, "Deployment", &format!("maily-{component}")).unwrap_or_else(|| panic!("{env}: no {component}"));
    min_running(&objects, d)
}

#[test]
fn production_api_and_web_run_at_least_three_replicas() {
    for component in ["api", "web"] {
        assert_eq!(min_replicas_of("production", component), 3, "production {component}");
    }
}

#[test]
fn staging_api_and_web_run_at_least_two_replicas() {
    for component in ["api", "web"] {
        assert_eq!(min_replicas_of("staging", component), 2, "staging {component}");
    }
}

#[test]
fn development_runs_one_replica_and_no_ai_service() {
    let objects = render_objects(&values_of("development"), "maily", "maily-dev");
    for component in ["api", "web", "workers"] {
        let d = find(&objects, "Deployment", &format!("maily-{component}")).expect("deployment");
        assert_eq!(d.pointer("/spec/replicas"), Some(&json!(1)), "development {component}");
    }
    assert!(objects.iter().all(|o| !name(o).contains("ai-service")), "the AI service is off in development");
    assert!(
        of_kind(&objects, "PodDisruptionBudget").is_empty() && of_kind(&objects, "HorizontalPodAutoscaler").is_empty()
    );
}

#[test]
fn with_network_policies_on_every_pod_is_isolated_by_one_that_selects_exactly_it() {
    for case in cases() {
        let policies = of_kind(&case.objects, "NetworkPolicy");
        if !case.values.network_policy.enabled {
            assert!(policies.is_empty(), "{}: NetworkPolicies while networkPolicy.enabled is false", case.what);
            continue;
        }
        for deployment in of_kind(&case.objects, "Deployment") {
            let policy = find(&case.objects, "NetworkPolicy", name(deployment))
                .unwrap_or_else(|| panic!("{}: no NetworkPolicy for {}", case.what, name(deployment)));
            assert_eq!(
                policy.pointer("/spec/podSelector/matchLabels"),
                deployment.pointer("/spec/selector/matchLabels"),
                "{}: the NetworkPolicy of {} selects other pods",
                case.what,
                name(deployment)
            );
            assert_eq!(policy.pointer("/spec/policyTypes"), Some(&json!(["Ingress", "Egress"])));
        }
        // One per Deployment, one per helm test pod, default-deny and allow-dns.
        let pods = of_kind(&case.objects, "Deployment").len() + of_kind(&case.objects, "Pod").len();
        assert_eq!(policies.len(), pods + 2, "{}: one NetworkPolicy per pod set", case.what);
        let everyone = policies
            .iter()
            .filter(|p| p.pointer("/spec/podSelector/matchLabels/app.kubernetes.io~1component").is_none())
            .count();
        assert_eq!(everyone, 2, "{}: default-deny and allow-dns select every pod of the release", case.what);
    }
}

/// The peers of every ingress rule of a NetworkPolicy: `pods:<component>`,
/// `controller` or `prometheus` (by the values' labels).
fn peers(policy: &Value, values: &maily_chart::Values) -> Vec<String> {
    let np = &values.network_policy;
    let rules = policy.pointer("/spec/ingress").and_then(Value::as_array).cloned().unwrap_or_default();
    rules
        .iter()
        .flat_map(|rule| rule.get("from").and_then(Value::as_array).cloned().unwrap_or_default())
        .map(|peer| {
            let pods = |p: &maily_chart::values::PeerPods| {
                peer.pointer("/namespaceSelector/matchLabels") == Some(&json!(p.namespace_labels))
                    && peer.pointer("/podSelector/matchLabels") == Some(&json!(p.pod_labels))
            };
            if pods(&np.ingress_controller) {
                "controller".to_string()
            } else if pods(&np.monitoring) {
                "prometheus".to_string()
            } else {
                str_at(&peer, "/podSelector/matchLabels/app.kubernetes.io~1component")
                    .map(|c| format!("pods:{c}"))
                    .unwrap_or_else(|| format!("unexpected peer {peer}"))
            }
        })
        .collect()
}

#[test]
fn network_policies_admit_the_callers_maily_has() {
    let values = values_of("production");
    let objects = render_objects(&values, "maily", "maily-production");
    let policy = |component: &str| {
        find(&objects, "NetworkPolicy", &format!("maily-{component}"))
            .unwrap_or_else(|| panic!("production has no NetworkPolicy for {component}"))
    };
    let admits = |component: &str, expected: &[&str]| {
        let admitted = peers(policy(component), &values);
        for peer in expected {
            assert!(admitted.contains(&peer.to_string()), "{component} does not admit {peer}: {admitted:?}");
        }
    };
    // The legacy policies' facts, and the workers -> api and AI service ->
    // api calls that ACCOUNTING.md found missing (the graph tests prove
    // that nothing else is admitted).
    admits("api", &["controller", "pods:ai-service", "pods:api-test", "pods:web", "pods:workers"]);
    admits("web", &["controller", "pods:web-test"]);
    admits("ai-service", &["controller", "pods:ai-service-test", "pods:api", "pods:workers", "prometheus"]);
    assert!(!peers(policy("web"), &values).contains(&"pods:workers".to_string()), "nothing of the workers calls web");
    assert_eq!(policy("workers").pointer("/spec/ingress"), None, "the workers admit no connection at all");
    // Egress: the workers reach SMTP relays; the web front end does not.
    let egress_ports = |component: &str| -> Vec<Value> {
        policy(component)
            .pointer("/spec/egress")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .flat_map(|r| r.get("ports").and_then(Value::as_array).cloned().unwrap_or_default())
            .filter_map(|p| p.get("port").cloned())
            .collect()
    };
    assert!(egress_ports("workers").contains(&json!(587)));
    assert!(!egress_ports("web").contains(&json!(587)));
    assert!(egress_ports("web").contains(&json!(443)));
}

#[test]
fn every_helm_test_pod_is_admitted_by_the_network_policy_of_the_component_it_tests() {
    for case in cases() {
        for pod in of_kind(&case.objects, "Pod") {
            let tested = str_at(pod, "/metadata/labels/app.kubernetes.io~1component")
                .and_then(|c| c.strip_suffix("-test"))
                .unwrap_or_else(|| panic!("{}: test pod {} has no `<component>-test` label", case.what, name(pod)));
            let Some(policy) = of_kind(&case.objects, "NetworkPolicy")
                .into_iter()
                .find(|p| str_at(p, "/spec/podSelector/matchLabels/app.kubernetes.io~1component") == Some(tested))
            else {
                continue;
            };
            assert!(
                peers(policy, &case.values).contains(&format!("pods:{tested}-test")),
                "{}: the NetworkPolicy of {tested} blocks its helm test pod {}",
                case.what,
                name(pod)
            );
        }
    }
}

#[test]
fn network_policies_open_every_port_the_service_exposes_to_callers() {
    let mut values = values_of("production");
    values.api.extra_ports =
        vec![maily_chart::values::ExtraPort { name: "grpc".into(), container_port: 50051, service_port: 50051 }];
    let objects = render_objects(&values, "maily", "maily-production");
    let ports = |v: &Value, pointer: &str| -> Vec<Value> {
        v.pointer(pointer)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|p| p.get("port").cloned())
            .collect()
    };
    let api = find(&objects, "Service", "maily-api").expect("api Service");
    let exposed: Vec<Value> =
        api.pointer("/spec/ports").and_then(Value::as_array).unwrap().iter().map(|p| p["targetPort"].clone()).collect();
    assert_eq!(exposed, [json!("http"), json!("grpc")]);
    // web calls the api: its egress and the api's ingress open both ports.
    let web = find(&objects, "NetworkPolicy", "maily-web").expect("web policy");
    assert_eq!(ports(web, "/spec/egress/0/ports"), exposed, "web's egress to the api");
    let policy = find(&objects, "NetworkPolicy", "maily-api").expect("api policy");
    let from_web = policy
        .pointer("/spec/ingress")
        .and_then(Value::as_array)
        .unwrap()
        .iter()
        .find(|r| str_at(r, "/from/0/podSelector/matchLabels/app.kubernetes.io~1component") == Some("web"))
        .expect("the api admits the web front end");
    assert_eq!(ports(from_web, "/ports"), exposed);
}
