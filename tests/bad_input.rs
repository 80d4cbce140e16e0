//! An invalid environment stops `gen`: exit code 1 (`cli::EXIT_INVALID`), a message that names the
//! environment and the exact values path, and `out/` left byte for byte as
//! it was (no file changed, removed or added).

use clap::Parser;
use maily_chart::Values;
use maily_chart::values::ExtraPort;
use maily_chart_gen::Environment;
use maily_chart_gen::cli::{self, Args};
use maily_chart_tests::*;

/// Runs `gen --out <copy of out/>` over the real environments with
/// `environment` changed by `break_it`; asserts the failure and that the
/// copy is untouched; returns stderr.
fn assert_gen_refuses(environment: &str, break_it: impl Fn(&mut Values), path: &str) -> String {
    let dir = TempDir::new("bad-input");
    let out = dir.path().join("out");
    copy_tree(&out_dir(), &out);
    let before = snapshot(dir.path());

    let mut environments = environments();
    let env: &mut Environment = environments
        .iter_mut()
        .find(|e| e.name == environment)
        .unwrap_or_else(|| panic!("no environment `{environment}`"));
    break_it(&mut env.values);

    let args = Args::try_parse_from(["gen".as_ref(), "--out".as_ref(), out.as_os_str()]).expect("arguments parse");
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let code = cli::run(args, &environments, &defaults(), &mut stdout, &mut stderr);
    let stderr = String::from_utf8(stderr).expect("UTF-8");
    let stdout = String::from_utf8(stdout).expect("UTF-8");

    assert_eq!(
        code,
        cli::EXIT_INVALID,
        "gen should fail with {} for {path}\nstdout:\n{stdout}\nstderr:\n{stderr}",
        cli::EXIT_INVALID
    );
    assert!(
        stderr.contains(&format!("environment `{environment}`")),
        "stderr should name the environment `{environment}`:\n{stderr}"
    );
    let line =
        stderr.lines().find(|l| l.contains(&format!("environment `{environment}`: {path} "))).unwrap_or_else(|| {
            panic!("stderr should name the field path `{path}` of environment `{environment}`:\n{stderr}")
        });
    assert!(
        line.len() > format!("gen: environment `{environment}`: {path} ").len(),
        "the message says what is wrong: {line}"
    );
    assert!(stderr.contains("nothing was written"), "{stderr}");
    assert_same_tree(&before, &snapshot(dir.path()), &format!("gen with an invalid `{environment}` ({path})"));
    stderr
}

#[test]
fn min_replicas_above_max_replicas_is_refused() {
    let stderr = assert_gen_refuses(
        "production",
        |v| {
            v.api.workload.autoscaling.min_replicas = 5;
            v.api.workload.autoscaling.max_replicas = 3;
        },
        "api.autoscaling.minReplicas",
    );
    assert!(stderr.contains('5') && stderr.contains('3'), "the message quotes both numbers:\n{stderr}");
}

#[test]
fn a_memory_quantity_of_1gb_is_refused() {
    let stderr = assert_gen_refuses(
        "production",
        |v| v.web.workload.resources.limits.set("memory", "1Gb"),
        "web.resources.limits.memory",
    );
    assert!(stderr.contains("1Gb"), "{stderr}");
}

#[test]
fn a_secret_name_that_is_not_dns_1123_is_refused() {
    let stderr =
        assert_gen_refuses("staging", |v| v.global.existing_secret = "Maily_Secrets".into(), "global.existingSecret");
    assert!(stderr.contains("Maily_Secrets"), "{stderr}");
}

#[test]
fn a_duplicate_extra_port_name_is_refused() {
    let port = |name: &str, n: i32| ExtraPort { name: name.into(), container_port: 9000 + n, service_port: 9000 + n };
    assert_gen_refuses(
        "production",
        |v| v.ai_service.http.extra_ports = vec![port("metrics", 1), port("metrics", 2)],
        "aiService.extraPorts[1].name",
    );
}

#[test]
fn an_extra_port_named_http_is_refused() {
    let port = ExtraPort { name: "http".into(), container_port: 9001, service_port: 9001 };
    assert_gen_refuses(
        "production",
        |v| v.ai_service.http.extra_ports = vec![port.clone()],
        "aiService.extraPorts[0].name",
    );
}

#[test]
fn the_image_tag_latest_is_refused() {
    let stderr = assert_gen_refuses("development", |v| v.api.workload.image.tag = "latest".into(), "api.image.tag");
    assert!(stderr.contains("latest"), "{stderr}");
}

#[test]
fn an_environment_value_that_differs_from_the_name_is_refused() {
    assert_gen_refuses("staging", |v| v.global.environment = "production".into(), "global.environment");
}

#[test]
fn every_problem_is_reported_not_only_the_first() {
    let stderr = assert_gen_refuses(
        "production",
        |v| {
            v.api.workload.image.tag = "latest".into();
            v.web.workload.resources.limits.set("memory", "1Gb");
        },
        "api.image.tag",
    );
    assert!(stderr.contains("web.resources.limits.memory"), "{stderr}");
    assert!(stderr.contains("2 problem(s)"), "{stderr}");
}

#[test]
fn a_secret_key_that_kubernetes_rejects_is_refused() {
    // Kubernetes validates secretKeyRef.key as a ConfigMap key
    // (IsConfigMapKey): `[-._a-zA-Z0-9]+`, at most 253 characters, and not
    // `.`, `..` or starting with `..`. The API server rejects the Deployment
    // otherwise, so gen must refuse it first.
    for key in ["..", ".", "..data", &"k".repeat(254)] {
        assert_gen_refuses(
            "production",
            |v| {
                v.api.workload.secret_env.insert("DATABASE_URL".into(), key.to_string());
            },
            "api.secretEnv.DATABASE_URL",
        );
    }
}

#[test]
fn a_toleration_kubernetes_rejects_is_refused() {
    use k8s_openapi::api::core::v1::Toleration;
    assert_gen_refuses(
        "production",
        |v| {
            v.api.workload.tolerations.0 =
                vec![Toleration { key: Some("dedicated".into()), operator: Some("Bogus".into()), ..Default::default() }]
        },
        "api.tolerations[0].operator",
    );
}

#[test]
fn an_affinity_label_key_that_helm_would_print_as_yaml_syntax_is_refused() {
    use k8s_openapi::api::core::v1::{Affinity, PodAffinityTerm, PodAntiAffinity, WeightedPodAffinityTerm};
    use k8s_openapi::apimachinery::pkg::apis::meta::v1::LabelSelector;
    // Helm's toYaml prints the key `<<` unquoted, and YAML reads it as a merge key.
    assert_gen_refuses(
        "production",
        |v| {
            let term = PodAffinityTerm {
                topology_key: "kubernetes.io/hostname".into(),
                label_selector: Some(LabelSelector {
                    match_labels: Some([("<<".to_string(), "x".to_string())].into()),
                    ..Default::default()
                }),
                ..Default::default()
            };
            v.api.workload.affinity.0 = Affinity {
                pod_anti_affinity: Some(PodAntiAffinity {
                    preferred_during_scheduling_ignored_during_execution: Some(vec![WeightedPodAffinityTerm {
                        weight: 100,
                        pod_affinity_term: term,
                    }]),
                    ..Default::default()
                }),
                ..Default::default()
            };
        },
        "api.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.labelSelector.matchLabels.<<",
    );
}
