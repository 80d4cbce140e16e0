//! promtool (the pinned Debian `prometheus` package's, `$MAILY_PROMTOOL`):
//! `promtool check rules` over rule groups, and `promtool test rules` over
//! unit tests generated here for every alert of a rendered PrometheusRule.
//!
//! The unit tests: for each alerting rule of the rendered rules (one per
//! component where the chart writes one per component), input series that
//! make it fire (the alert is expected, with exactly its labels and
//! annotations) and series that keep it silent (no alert expected), built
//! from the same values the rules were rendered from (thresholds, namespace,
//! object names). An alert the fixtures do not know fails the test.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use maily_chart::Values;
use maily_chart::common::names;
use maily_chart::values::Decimal;
use serde_json::{Map, Value, json};

/// The pinned promtool.
pub fn promtool() -> PathBuf {
    super::tool("MAILY_PROMTOOL", "promtool")
}

/// Runs promtool with `args`; `Err` with its output unless it exits 0.
fn run(args: &[&str], dir: &Path) -> Result<String, String> {
    let out = Command::new(promtool()).args(args).current_dir(dir).output().expect("promtool runs");
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    if out.status.success() { Ok(text) } else { Err(format!("promtool {}:\n{text}", args.join(" "))) }
}

/// Writes `groups` (a PrometheusRule's `spec.groups`) as the rule file
/// `dir/<file>`.
pub fn write_rule_file(dir: &Path, file: &str, groups: &Value) -> PathBuf {
    let path = dir.join(file);
    let text = serde_yaml::to_string(&json!({ "groups": groups })).expect("rules serialize");
    std::fs::write(&path, text).expect("temp dir is writable");
    path
}

/// `promtool check rules` of `groups`: `Err` with promtool's output when it
/// refuses them, or warns (duplicate rules).
pub fn check_rules(dir: &Path, file: &str, groups: &Value) -> Result<String, String> {
    write_rule_file(dir, file, groups);
    let text = run(&["check", "rules", file], dir)?;
    if text.contains("SUCCESS") && !text.to_lowercase().contains("warning") {
        Ok(text)
    } else {
        Err(format!("promtool check rules {file}:\n{text}"))
    }
}

/// `promtool check rules` of PromQL expressions, each as a recording rule
/// `<name>` (dashboard panels).
pub fn check_expressions(dir: &Path, file: &str, exprs: &[(String, String)]) -> Result<String, String> {
    let rules: Vec<Value> = exprs.iter().map(|(record, expr)| json!({"record": record, "expr": expr})).collect();
    check_rules(dir, file, &json!([{"name": "expressions", "rules": rules}]))
}

/// The `spec.groups` of the PrometheusRule among `objects`.
pub fn rule_groups(objects: &[Value]) -> Option<&Value> {
    objects.iter().find(|o| o["kind"] == "PrometheusRule").map(|o| &o["spec"]["groups"])
}

/// One input series of a unit test: its labels and promtool's expanding
/// notation of its values (`0+60x30`).
struct Series {
    name: &'static str,
    labels: BTreeMap<String, String>,
    values: String,
}

fn series(name: &'static str, labels: &[(&str, &str)], values: impl Into<String>) -> Series {
    Series { name, labels: labels.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(), values: values.into() }
}

impl Series {
    fn notation(&self) -> String {
        let labels: Vec<String> = self.labels.iter().map(|(k, v)| format!("{k}={v:?}")).collect();
        format!("{}{{{}}}", self.name, labels.join(","))
    }
}

/// A fixture: the series that make the alert fire (and the labels of the
/// series its expression then yields), and those that keep it silent.
struct Fixture {
    firing: Vec<Series>,
    labels: BTreeMap<String, String>,
    silent: Vec<Series>,
}

/// What a fixture needs to know of the release and the rule.
struct Subject<'a> {
    namespace: &'a str,
    /// The component's container name (the rule's `component` label).
    component: Option<&'a str>,
    /// The component's object name (Deployment, HPA, PDB).
    object: Option<String>,
    values: &'a Values,
}

const POD: &str = "p-0";
/// Samples per series: enough for the longest `for` (30m) and its margin.
const SAMPLES: u32 = 60;

fn num(x: f64) -> String {
    let text = format!("{x:.6}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn d(decimal: &Decimal) -> f64 {
    decimal.value()
}

/// A counter rising by `per_minute` each minute.
fn rising(per_minute: f64) -> String {
    format!("0+{}x{SAMPLES}", num(per_minute))
}

/// A gauge at `value`.
fn constant(value: f64) -> String {
    format!("{}x{SAMPLES}", num(value))
}

fn labels(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

/// Requests of `component` at 100 a minute, `errors` of them (a share)
/// answered with a 503.
fn requests(ns: &str, component: &str, errors: f64) -> Vec<Series> {
    let base = [("namespace", ns), ("container", component), ("pod", POD)];
    let with = |code: &'static str| {
        let mut l = base.to_vec();
        l.push(("code", code));
        l
    };
    vec![
        series("http_requests_total", &with("200"), rising(100.0 * (1.0 - errors))),
        series("http_requests_total", &with("503"), rising(100.0 * errors)),
    ]
}

/// A histogram whose observations (10 a minute) all lie in `(threshold/2,
/// 2·threshold]` (slow: every quantile above the threshold) or all at or
/// below `threshold/2` (fast: every quantile below it).
fn histogram(name: &'static str, base: &[(&str, &str)], threshold: f64, slow: bool) -> Vec<Series> {
    let (low, high) = (num(threshold / 2.0), num(threshold * 2.0));
    [
        (low.as_str(), if slow { constant(0.0) } else { rising(10.0) }),
        (high.as_str(), rising(10.0)),
        ("+Inf", rising(10.0)),
    ]
    .into_iter()
    .map(|(le, values)| {
        let mut l = base.to_vec();
        l.push(("le", le));
        series(name, &l, values)
    })
    .collect()
}

fn fixture(alert: &str, s: &Subject) -> Option<Fixture> {
    let ns = s.namespace;
    let pr = &s.values.monitoring.prometheus_rule;
    let container = || s.component.expect("a component alert");
    let object = || s.object.clone().expect("a component alert");
    let slo = || {
        let r = maily_chart::components::by_name(container()).expect("a registered component");
        (r.values)(s.values).slo().expect("an alert of an SLO").clone()
    };
    let c = |extra: &[(&str, &str)]| {
        let mut l = vec![("namespace", ns), ("container", container()), ("pod", POD)];
        l.extend_from_slice(extra);
        l.into_iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<Vec<_>>()
    };
    let owned =
        |pairs: &[(String, String)]| pairs.iter().map(|(k, v)| (k.clone(), v.clone())).collect::<BTreeMap<_, _>>();
    let with_pairs = |name: &'static str, pairs: Vec<(String, String)>, values: String| Series {
        name,
        labels: pairs.into_iter().collect(),
        values,
    };
    Some(match alert {
        "MailyPodCrashLooping" => {
            let l = c(&[("reason", "CrashLoopBackOff")]);
            Fixture {
                firing: vec![with_pairs("kube_pod_container_status_waiting_reason", l.clone(), constant(1.0))],
                labels: owned(&l),
                silent: vec![with_pairs("kube_pod_container_status_waiting_reason", l, constant(0.0))],
            }
        }
        "MailyContainerCpuNearLimit" | "MailyContainerMemoryNearLimit" => {
            let cpu = alert == "MailyContainerCpuNearLimit";
            let percent = f64::from(if cpu { pr.cpu_limit_percent } else { pr.memory_limit_percent });
            let (resource, unit) = if cpu { ("cpu", "core") } else { ("memory", "byte") };
            // A limit of 1 core or 1 GB; the use 1 point above, or half, the threshold.
            let limit = if cpu { 1.0 } else { 1e9 };
            let used = |share: f64| {
                if cpu {
                    series("container_cpu_usage_seconds_total", &[], rising(60.0 * share * limit))
                } else {
                    series("container_memory_working_set_bytes", &[], constant(share * limit))
                }
            };
            let build = |share: f64| {
                let mut usage = used(share);
                usage.labels = owned(&c(&[]));
                let limits = with_pairs(
                    "kube_pod_container_resource_limits",
                    c(&[("resource", resource), ("unit", unit)]),
                    constant(limit),
                );
                vec![usage, limits]
            };
            Fixture {
                firing: build((percent + 1.0) / 100.0),
                labels: labels(&[("namespace", ns), ("pod", POD), ("container", container())]),
                silent: build(percent / 200.0),
            }
        }
        "MailyReplicasUnavailable" => {
            let o = object();
            let l = [("namespace", ns), ("deployment", o.as_str())];
            Fixture {
                firing: vec![series("kube_deployment_status_replicas_unavailable", &l, constant(1.0))],
                labels: labels(&l),
                silent: vec![series("kube_deployment_status_replicas_unavailable", &l, constant(0.0))],
            }
        }
        "MailyNoReplicaAvailable" => {
            let o = object();
            let l = [("namespace", ns), ("deployment", o.as_str())];
            let build = |available: f64| {
                vec![
                    series("kube_deployment_status_replicas_available", &l, constant(available)),
                    series("kube_deployment_spec_replicas", &l, constant(2.0)),
                ]
            };
            Fixture { firing: build(0.0), labels: labels(&l), silent: build(2.0) }
        }
        "MailyHpaMaxedOut" => {
            let o = object();
            let l = [("namespace", ns), ("horizontalpodautoscaler", o.as_str())];
            let build = |current: f64| {
                vec![
                    series("kube_horizontalpodautoscaler_status_current_replicas", &l, constant(current)),
                    series("kube_horizontalpodautoscaler_spec_max_replicas", &l, constant(5.0)),
                ]
            };
            Fixture { firing: build(5.0), labels: labels(&l), silent: build(3.0) }
        }
        "MailyPdbAllowsNoDisruption" => {
            let o = object();
            let l = [("namespace", ns), ("poddisruptionbudget", o.as_str())];
            Fixture {
                firing: vec![series("kube_poddisruptionbudget_status_pod_disruptions_allowed", &l, constant(0.0))],
                labels: labels(&l),
                silent: vec![series("kube_poddisruptionbudget_status_pod_disruptions_allowed", &l, constant(1.0))],
            }
        }
        "MailyServiceDown" => {
            let l = c(&[("job", "scrape")]);
            let o = object();
            // Up or not, while the Deployment wants 2 replicas.
            let build = |up: f64| {
                vec![
                    with_pairs("up", l.clone(), constant(up)),
                    series(
                        "kube_deployment_spec_replicas",
                        &[("namespace", ns), ("deployment", o.as_str())],
                        constant(2.0),
                    ),
                ]
            };
            // absent() of an expression keeps no label of its series.
            Fixture { firing: build(0.0), labels: BTreeMap::new(), silent: build(1.0) }
        }
        "MailyServiceAvailabilityCritical" | "MailyServiceAvailabilityLow" => {
            let factor = if alert == "MailyServiceAvailabilityCritical" { 14.4 } else { 6.0 };
            let threshold = factor * (100.0 - d(&slo().availability)) / 100.0;
            Fixture {
                firing: requests(ns, container(), (threshold * 1.5).min(1.0)),
                labels: labels(&[("namespace", ns), ("container", container())]),
                silent: requests(ns, container(), threshold / 2.0),
            }
        }
        "MailyServiceErrorRateHigh" | "MailyServiceErrorRateCritical" => {
            let slo = slo();
            let percent = d(if alert == "MailyServiceErrorRateHigh" {
                &slo.error_percent_warning
            } else {
                &slo.error_percent_critical
            });
            Fixture {
                firing: requests(ns, container(), (percent + (100.0 - percent) / 2.0) / 100.0),
                labels: labels(&[("namespace", ns), ("container", container())]),
                silent: requests(ns, container(), percent / 200.0),
            }
        }
        "MailyServiceLatencyHigh" | "MailyServiceLatencyCritical" => {
            let slo = slo();
            let threshold =
                d(if alert == "MailyServiceLatencyHigh" { &slo.latency_p95_seconds } else { &slo.latency_p99_seconds });
            let base = [("namespace", ns), ("container", container()), ("pod", POD)];
            let name = "http_request_duration_seconds_bucket";
            Fixture {
                firing: histogram(name, &base, threshold, true),
                labels: labels(&[("namespace", ns), ("container", container())]),
                silent: histogram(name, &base, threshold, false),
            }
        }
        "MailyEmailDeliveryRateLow" => {
            let success = d(&pr.email_delivery.success_percent) / 100.0;
            let build = |delivered: f64| {
                vec![
                    series(
                        "email_delivery_total",
                        &[("namespace", ns), ("pod", POD), ("status", "delivered")],
                        rising(100.0 * delivered),
                    ),
                    series(
                        "email_delivery_total",
                        &[("namespace", ns), ("pod", POD), ("status", "bounced")],
                        rising(100.0 * (1.0 - delivered)),
                    ),
                ]
            };
            Fixture { firing: build(success / 2.0), labels: labels(&[("namespace", ns)]), silent: build(1.0) }
        }
        "MailyEmailDeliveryTimeSlow" => {
            let threshold = d(&pr.email_delivery.p95_seconds);
            let base = [("namespace", ns), ("pod", POD)];
            let name = "email_delivery_duration_seconds_bucket";
            Fixture {
                firing: histogram(name, &base, threshold, true),
                labels: labels(&[("namespace", ns)]),
                silent: histogram(name, &base, threshold, false),
            }
        }
        _ => return None,
    })
}

/// Minutes of a Prometheus duration (`15m`, `1h`).
fn minutes(duration: &str) -> u32 {
    let (n, unit) = duration.split_at(duration.len() - 1);
    let n: u32 = n.parse().expect("a duration");
    match unit {
        "m" => n,
        "h" => n * 60,
        _ => panic!("unexpected duration {duration}"),
    }
}

/// The rule's annotations as Prometheus expands them for series `labels`
/// (`{{ $labels.pod }}`; the chart's annotations use nothing else).
fn expand(annotations: &Map<String, Value>, labels: &BTreeMap<String, String>) -> Map<String, Value> {
    let re = regex::Regex::new(r"\{\{ \$labels\.([A-Za-z_][A-Za-z0-9_]*) \}\}").expect("regex");
    annotations
        .iter()
        .map(|(k, v)| {
            let text = v.as_str().unwrap_or_default();
            assert!(!text.contains("$value"), "annotation {k} uses $value, which the unit tests cannot state");
            let expanded = re.replace_all(text, |c: &regex::Captures| labels.get(&c[1]).cloned().unwrap_or_default());
            assert!(!expanded.contains("{{"), "annotation {k} uses a template the unit tests do not expand: {text}");
            (k.clone(), Value::String(expanded.into_owned()))
        })
        .collect()
}

/// The unit tests of every alerting rule in `groups`, for the rules file
/// `rules_file`: the test file's text, and per alert name the number of
/// firing and silent cases.
pub fn unit_tests(
    groups: &Value,
    rules_file: &str,
    values: &Values,
    release: &maily_chart::Release,
) -> (String, BTreeMap<String, (usize, usize)>) {
    let mut tests = Vec::new();
    let mut counts: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let fullname = names::fullname_of(release, values);
    for group in groups.as_array().into_iter().flatten() {
        for rule in group["rules"].as_array().into_iter().flatten() {
            let Some(alert) = rule["alert"].as_str() else { continue };
            let static_labels: BTreeMap<String, String> = rule["labels"]
                .as_object()
                .into_iter()
                .flatten()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string()))
                .collect();
            let component = static_labels.get("component").map(String::as_str);
            let subject = Subject {
                namespace: &release.namespace,
                component,
                object: component.map(|c| names::component_name_of(&fullname, c)),
                values,
            };
            let fixture = fixture(alert, &subject).unwrap_or_else(|| panic!("no unit-test fixture for alert {alert}"));
            let eval = minutes(rule["for"].as_str().unwrap_or("0m")) + 5;
            assert!(eval < SAMPLES, "{alert}: `for` too long for the fixtures' {SAMPLES} samples");
            let mut exp_labels = fixture.labels.clone();
            exp_labels.extend(static_labels.clone());
            let annotations = expand(rule["annotations"].as_object().unwrap_or(&Map::new()), &fixture.labels);
            let what = component.map_or(alert.to_string(), |c| format!("{alert} ({c})"));
            for (firing, input) in [(true, &fixture.firing), (false, &fixture.silent)] {
                let expected = if firing {
                    json!([{"exp_labels": exp_labels, "exp_annotations": annotations}])
                } else {
                    json!([])
                };
                tests.push(json!({
                    "name": format!("{what} {}", if firing { "fires" } else { "stays silent" }),
                    "interval": "1m",
                    "input_series": input
                        .iter()
                        .map(|s| json!({"series": s.notation(), "values": s.values}))
                        .collect::<Vec<_>>(),
                    "alert_rule_test": [{"eval_time": format!("{eval}m"), "alertname": alert, "exp_alerts": expected}],
                }));
                let entry = counts.entry(alert.to_string()).or_default();
                if firing { entry.0 += 1 } else { entry.1 += 1 }
            }
        }
    }
    let file = json!({"rule_files": [rules_file], "evaluation_interval": "1m", "tests": tests});
    (serde_yaml::to_string(&file).expect("tests serialize"), counts)
}

/// `promtool test rules` of the unit tests of `groups`, in `dir`: the
/// number of firing and silent cases per alert, or promtool's report.
pub fn test_rules(
    dir: &Path,
    groups: &Value,
    values: &Values,
    release: &maily_chart::Release,
) -> Result<BTreeMap<String, (usize, usize)>, String> {
    write_rule_file(dir, "rules.yaml", groups);
    let (text, counts) = unit_tests(groups, "rules.yaml", values, release);
    std::fs::write(dir.join("rules_test.yaml"), &text).expect("temp dir is writable");
    run(&["test", "rules", "rules_test.yaml"], dir).map_err(|e| format!("{e}\n--- rules_test.yaml ---\n{text}"))?;
    Ok(counts)
}
