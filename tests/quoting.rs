//! Hostile strings and big integers, written into a values file by the
//! generator, reach the manifests that helm prints unchanged: asserted
//! against the literal expected values, not only against the Rust render.
//! Helm 4 prints them here; the equivalence tests (with the generated
//! environments) prove Helm 3 prints the same objects.

use std::collections::BTreeMap;
use std::path::PathBuf;

use maily_chart::Values;
use maily_chart_tests::*;
use serde_json::{Value, json};

const ENV: &str = "on";
const RELEASE: &str = "maily";
const NAMESPACE: &str = "maily-production";

/// Production, with every hostile string and big integer set somewhere.
fn hostile_production() -> Values {
    let mut v = values_of("production");
    v.global.environment = ENV.to_string();
    let api = &mut v.api.workload;
    for (i, s) in HOSTILE_STRINGS.iter().enumerate() {
        api.env.insert(format!("HOSTILE_{i:02}"), s.to_string());
        api.pod_annotations.insert(format!("maily.io/h{i:02}"), s.to_string());
    }
    api.image.tag = "0777".into();
    api.pod_security_context.run_as_user = 2_147_483_647;
    api.pod_security_context.fs_group = 1_000_000;
    api.liveness_probe.timeout_seconds = 2_147_483_647;
    api.readiness_probe.initial_delay_seconds = 1_000_000;
    api.autoscaling.min_replicas = 1_000_000;
    api.autoscaling.max_replicas = 1_000_000;
    api.pod_disruption_budget.max_unavailable = 1_000_000;
    api.node_selector =
        BTreeMap::from([("on".into(), "yes".into()), ("0777".into(), "1e3".into()), ("n".into(), "".into())]);

    let web = &mut v.web.workload;
    web.image.tag = "1e3".into();
    web.autoscaling.enabled = false;
    web.replica_count = 1_000_000;

    v.workers.workload.image.tag = "on".into();
    v.workers.command = HOSTILE_STRINGS.iter().map(|s| s.to_string()).collect();
    v.ai_service.http.workload.image.tag = "1_000".into();
    v.ai_service.agents_config = agents_config();
    v.tests.image.tag = "0x1F".into();
    v
}

/// An OctoTools configuration whose every string is hostile.
fn agents_config() -> String {
    let agents: BTreeMap<String, Value> = HOSTILE_STRINGS
        .iter()
        .enumerate()
        .map(|(i, s)| {
            (format!("s{i:02}{s}"), json!({"model": s, "provider": s, "system_prompt": s, "max_iterations": 1_000_000}))
        })
        .collect();
    let first = agents.keys().next().expect("hostile strings").clone();
    let steps = vec![json!({"agent": first, "output": HOSTILE_STRINGS[0]})];
    serde_json::to_string_pretty(&json!({"agents": agents, "workflows": {HOSTILE_STRINGS[1]: {"steps": steps}}}))
        .expect("JSON")
        + "\n"
}

fn rendered() -> (Values, Vec<Value>) {
    let values = hostile_production();
    maily_chart::validate::validate(ENV, &values).unwrap_or_else(|e| panic!("the test values must be valid: {e:?}"));
    let dir = TempDir::new("quoting");
    let file: PathBuf = write_values_file(dir.path(), ENV, &values);
    let text = HelmMajor::V4.template_text(RELEASE, NAMESPACE, &[&file], &[]).expect("helm template");
    assert!(!text.contains("e+0"), "an integer was printed as a float:\n{text}");
    let problems = yaml11_problems(&text);
    assert!(problems.is_empty(), "helm printed YAML 1.1 traps:\n{}", problems.join("\n"));
    (values, parse_manifests(&text).expect("helm prints YAML"))
}

fn object<'a>(objects: &'a [Value], kind: &str, name: &str) -> &'a Value {
    objects
        .iter()
        .find(|o| key_of(o) == (kind.to_string(), name.to_string()))
        .unwrap_or_else(|| panic!("no {kind} {name}"))
}

fn at<'a>(object: &'a Value, pointer: &str) -> &'a Value {
    object.pointer(pointer).unwrap_or_else(|| panic!("no {pointer} in {}", to_yaml(object)))
}

#[test]
fn hostile_strings_reach_env_values_unchanged() {
    let (_, helm) = rendered();
    let env = at(object(&helm, "Deployment", "maily-api"), "/spec/template/spec/containers/0/env")
        .as_array()
        .expect("env list");
    let literal: BTreeMap<&str, &Value> =
        env.iter().filter_map(|e| Some((e.get("name")?.as_str()?, e.get("value")?))).collect();
    assert_eq!(literal.get("ENVIRONMENT"), Some(&&Value::from("on")), "ENVIRONMENT is the string \"on\"");
    for (i, s) in HOSTILE_STRINGS.iter().enumerate() {
        let name = format!("HOSTILE_{i:02}");
        assert_eq!(literal.get(name.as_str()), Some(&&Value::from(*s)), "env {name} should be exactly {s:?}");
    }
}

#[test]
fn hostile_strings_reach_pod_annotations_unchanged() {
    let (_, helm) = rendered();
    let annotations = at(object(&helm, "Deployment", "maily-api"), "/spec/template/metadata/annotations");
    for (i, s) in HOSTILE_STRINGS.iter().enumerate() {
        let key = format!("maily.io/h{i:02}");
        assert_eq!(annotations.get(&key), Some(&Value::from(*s)), "annotation {key} should be exactly {s:?}");
    }
}

#[test]
fn hostile_strings_reach_command_and_config_unchanged() {
    let (_, helm) = rendered();
    let command = at(object(&helm, "Deployment", "maily-workers"), "/spec/template/spec/containers/0/command");
    let expected: Vec<Value> = HOSTILE_STRINGS.iter().map(|s| Value::from(*s)).collect();
    assert_eq!(command, &Value::Array(expected));
    let config = at(object(&helm, "ConfigMap", "maily-ai-service"), "/data/octotools-config.json");
    assert_eq!(config, &Value::from(agents_config()));
}

#[test]
fn yaml_1_1_look_alikes_stay_strings_in_image_tags_and_node_selectors() {
    let (_, helm) = rendered();
    let image = |kind: &str, name: &str, pointer: &str| at(object(&helm, kind, name), pointer).clone();
    let container = "/spec/template/spec/containers/0/image";
    assert_eq!(image("Deployment", "maily-api", container), json!("docker.io/maily/api:0777"));
    assert_eq!(image("Deployment", "maily-web", container), json!("docker.io/maily/web:1e3"));
    assert_eq!(image("Deployment", "maily-workers", container), json!("docker.io/maily/workers:on"));
    assert_eq!(image("Deployment", "maily-ai-service", container), json!("docker.io/maily/ai-service:1_000"));
    assert_eq!(image("Pod", "maily-api-test", "/spec/containers/0/image"), json!("docker.io/library/busybox:0x1F"));
    let selector = at(object(&helm, "Deployment", "maily-api"), "/spec/template/spec/nodeSelector");
    assert_eq!(selector, &json!({"on": "yes", "0777": "1e3", "n": ""}));
}

#[test]
fn big_integers_stay_exact_integers() {
    let (_, helm) = rendered();
    let api = object(&helm, "Deployment", "maily-api");
    let int = |v: &Value| v.as_u64().unwrap_or_else(|| panic!("{v} is not an integer"));
    assert_eq!(int(at(api, "/spec/template/spec/securityContext/runAsUser")), 2_147_483_647);
    assert_eq!(int(at(api, "/spec/template/spec/securityContext/fsGroup")), 1_000_000);
    assert_eq!(int(at(api, "/spec/template/spec/containers/0/livenessProbe/timeoutSeconds")), 2_147_483_647);
    assert_eq!(int(at(api, "/spec/template/spec/containers/0/readinessProbe/initialDelaySeconds")), 1_000_000);
    let hpa = object(&helm, "HorizontalPodAutoscaler", "maily-api");
    assert_eq!(int(at(hpa, "/spec/minReplicas")), 1_000_000);
    assert_eq!(int(at(hpa, "/spec/maxReplicas")), 1_000_000);
    assert_eq!(int(at(object(&helm, "PodDisruptionBudget", "maily-api"), "/spec/maxUnavailable")), 1_000_000);
    assert_eq!(int(at(object(&helm, "Deployment", "maily-web"), "/spec/replicas")), 1_000_000);
}

#[test]
fn the_hostile_production_values_render_the_same_objects_as_helm() {
    let (values, helm) = rendered();
    assert_same_objects(&helm, &render_objects(&values, RELEASE, NAMESPACE));
}
