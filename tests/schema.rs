//! The chart passes `helm lint --strict`, installs (client-side dry run) for
//! every environment, and its values schema rejects misspelt keys, wrong
//! types and values outside an enum, in `helm lint` and `helm template` alike.

use std::path::Path;

use maily_chart_tests::*;

fn chart() -> String {
    chart_dir().display().to_string()
}

fn lint(values_files: &[&Path], set: &[&str]) -> ToolOutput {
    let mut args = vec!["lint".to_string(), "--strict".to_string(), chart()];
    for f in values_files {
        args.extend(["-f".to_string(), f.display().to_string()]);
    }
    for s in set {
        args.extend(["--set".to_string(), s.to_string()]);
    }
    run_helm(args)
}

fn assert_lint_passes(values_files: &[&Path], what: &str) {
    let out = lint(values_files, &[]);
    assert!(out.success(), "helm lint --strict failed for {what}:\n{}\n{}", out.stdout, out.stderr);
    assert!(out.stdout.contains("1 chart(s) linted, 0 chart(s) failed"), "{what}:\n{}", out.stdout);
    for level in ["[ERROR]", "[WARNING]"] {
        assert!(!out.stdout.contains(level), "helm lint reported {level} for {what}:\n{}", out.stdout);
    }
}

#[test]
fn helm_lint_strict_passes_for_the_defaults() {
    assert_lint_passes(&[], "values.yaml alone");
}

#[test]
fn helm_lint_strict_passes_for_every_environment() {
    for env in maily_chart_gen::environments() {
        let file = chart_dir().join(format!("values-{}.yaml", env.name));
        assert!(file.is_file(), "{} is missing", file.display());
        assert_lint_passes(&[&file], &format!("values-{}.yaml", env.name));
    }
}

/// A values file with `text` is rejected by `helm lint --strict` and by
/// `helm template`, and both messages contain every one of `expected`.
fn assert_rejected(text: &str, expected: &[&str]) {
    let dir = TempDir::new("schema");
    let file = dir.path().join("values-bad.yaml");
    std::fs::write(&file, text).expect("temp dir");

    let out = lint(&[&file], &[]);
    assert!(!out.success(), "helm lint --strict accepted:\n{text}\n{}", out.stdout);
    let lint_message = format!("{}{}", out.stdout, out.stderr);

    let template_error =
        helm_template("release-name", "default", &[&file], &[]).expect_err("helm template must refuse");
    for needle in expected {
        assert!(lint_message.contains(needle), "helm lint's message should name {needle:?}:\n{lint_message}");
        assert!(template_error.contains(needle), "helm template's message should name {needle:?}:\n{template_error}");
    }
}

#[test]
fn a_misspelt_key_is_rejected_naming_the_key() {
    assert_rejected("api:\n  replicaCont: 2\n", &["replicaCont", "not allowed"]);
}

#[test]
fn a_misspelt_top_level_key_is_rejected_naming_the_key() {
    assert_rejected("globl:\n  environment: production\n", &["globl"]);
}

#[test]
fn a_string_replica_count_is_rejected_naming_its_path() {
    assert_rejected("api:\n  replicaCount: \"three\"\n", &["/api/replicaCount"]);
}

#[test]
fn a_memory_quantity_that_is_no_quantity_is_rejected_naming_its_path() {
    assert_rejected("web:\n  resources:\n    limits:\n      memory: 1Gb\n", &["/web/resources/limits/memory"]);
}

#[test]
fn an_unknown_pull_policy_is_rejected_by_the_enum() {
    let err = helm_template("release-name", "default", &[], &["api.image.pullPolicy=Sometimes"])
        .expect_err("helm template must refuse pullPolicy=Sometimes");
    assert!(err.contains("/api/image/pullPolicy"), "{err}");
    assert!(err.contains("IfNotPresent"), "the message should list the allowed values:\n{err}");
    let out = lint(&[], &["api.image.pullPolicy=Sometimes"]);
    assert!(!out.success(), "helm lint accepted pullPolicy=Sometimes:\n{}", out.stdout);
}

#[test]
fn an_unknown_service_type_is_rejected_by_the_enum() {
    let err = helm_template("release-name", "default", &[], &["web.service.type=ExternalName"])
        .expect_err("helm template must refuse service.type=ExternalName");
    assert!(err.contains("/web/service/type"), "{err}");
}

#[test]
fn helm_install_dry_run_succeeds_for_every_environment() {
    let mut cases: Vec<(String, Vec<String>)> = maily_chart_gen::environments()
        .into_iter()
        .map(|e| {
            (
                e.name.clone(),
                vec!["-f".to_string(), chart_dir().join(format!("values-{}.yaml", e.name)).display().to_string()],
            )
        })
        .collect();
    cases.push((DEFAULTS.to_string(), Vec::new()));
    for (name, files) in cases {
        let namespace = format!("maily-{name}");
        let mut args = vec!["install".to_string(), "maily".to_string(), chart()];
        args.extend(files);
        args.extend(["--dry-run=client".to_string(), "-n".to_string(), namespace.clone()]);
        let out = run_helm(&args);
        assert!(out.success(), "helm {} failed:\n{}\n{}", args.join(" "), out.stdout, out.stderr);
        assert!(out.stdout.contains("STATUS: pending-install"), "{name}:\n{}", out.stdout);
        assert!(out.stdout.contains(&format!("NAMESPACE: {namespace}")), "{name}:\n{}", out.stdout);
        let environment = values_of(&name).global.environment;
        assert!(
            out.stdout.contains(&format!("(environment: {environment})")),
            "the NOTES should name the environment `{environment}`:\n{}",
            out.stdout
        );
    }
}

#[test]
fn the_chart_requires_kubernetes_1_33_or_later() {
    let ok = run_helm(["template", "r", &chart(), "--kube-version", "1.33.0"]);
    assert!(ok.success(), "Kubernetes 1.33 is supported:\n{}", ok.stderr);
    let old = run_helm(["template", "r", &chart(), "--kube-version", "1.32.0"]);
    assert!(!old.success(), "Kubernetes 1.32 must be refused");
    assert!(old.stderr.contains("kubeVersion"), "{}", old.stderr);
}

/// One single-field rule, broken once through Helm (`--set` on top of
/// values-production.yaml) and once in Rust (the production environment).
struct Broken {
    set: &'static str,
    /// What Helm's error must say: `at '<json pointer>` or, for map keys,
    /// `invalid propertyName '<key>'`.
    helm_says: &'static str,
    rust_path: &'static str,
    change: fn(&mut maily_chart::Values),
}

#[test]
fn the_schema_and_gen_refuse_the_same_single_field_mistakes() {
    use maily_chart::values::ExtraPort;
    let cases = [
        Broken {
            set: "api.replicaCount=-1",
            helm_says: "at '/api/replicaCount'",
            rust_path: "api.replicaCount",
            change: |v| v.api.workload.replica_count = -1,
        },
        Broken {
            set: "api.image.tag=latest",
            helm_says: "at '/api/image/tag'",
            rust_path: "api.image.tag",
            change: |v| v.api.workload.image.tag = "latest".into(),
        },
        Broken {
            set: "web.containerPort=70000",
            helm_says: "at '/web/containerPort'",
            rust_path: "web.containerPort",
            change: |v| v.web.container_port = 70000,
        },
        Broken {
            set: "api.podSecurityContext.runAsUser=0",
            helm_says: "at '/api/podSecurityContext/runAsUser'",
            rust_path: "api.podSecurityContext.runAsUser",
            change: |v| v.api.workload.pod_security_context.run_as_user = 0,
        },
        Broken {
            set: "api.autoscaling.targetCPUUtilizationPercentage=0",
            helm_says: "at '/api/autoscaling/targetCPUUtilizationPercentage'",
            rust_path: "api.autoscaling.targetCPUUtilizationPercentage",
            change: |v| v.api.workload.autoscaling.target_cpu_utilization_percentage = 0,
        },
        Broken {
            set: "api.livenessProbe.periodSeconds=0",
            helm_says: "at '/api/livenessProbe/periodSeconds'",
            rust_path: "api.livenessProbe.periodSeconds",
            change: |v| v.api.workload.liveness_probe.period_seconds = 0,
        },
        Broken {
            set: "workers.podDisruptionBudget.maxUnavailable=0",
            helm_says: "at '/workers/podDisruptionBudget/maxUnavailable'",
            rust_path: "workers.podDisruptionBudget.maxUnavailable",
            change: |v| v.workers.workload.pod_disruption_budget.max_unavailable = 0,
        },
        Broken {
            set: "global.existingSecret=Bad_Name",
            helm_says: "at '/global/existingSecret'",
            rust_path: "global.existingSecret",
            change: |v| v.global.existing_secret = "Bad_Name".into(),
        },
        Broken {
            set: "nameOverride=-x",
            helm_says: "at '/nameOverride'",
            rust_path: "nameOverride",
            change: |v| v.name_override = "-x".into(),
        },
        Broken {
            set: "api.env.1BAD=x",
            helm_says: "invalid propertyName '1BAD'",
            rust_path: "api.env.1BAD",
            change: |v| {
                v.api.workload.env.insert("1BAD".into(), "x".into());
            },
        },
        Broken {
            set: "api.env.ENVIRONMENT=x",
            helm_says: "invalid propertyName 'ENVIRONMENT'",
            rust_path: "api.env.ENVIRONMENT",
            change: |v| {
                v.api.workload.env.insert("ENVIRONMENT".into(), "x".into());
            },
        },
        Broken {
            set: "api.secretEnv.X=..",
            helm_says: "at '/api/secretEnv/X'",
            rust_path: "api.secretEnv.X",
            change: |v| {
                v.api.workload.secret_env.insert("X".into(), "..".into());
            },
        },
        Broken {
            set: "aiService.podAnnotations.checksum/config=x",
            helm_says: "invalid propertyName 'checksum/config'",
            rust_path: "aiService.podAnnotations.checksum/config",
            change: |v| {
                v.ai_service.http.workload.pod_annotations.insert("checksum/config".into(), "x".into());
            },
        },
        Broken {
            set: "api.resources.limits.memory=500m",
            helm_says: "at '/api/resources/limits/memory'",
            rust_path: "api.resources.limits.memory",
            change: |v| v.api.workload.resources.limits.set("memory", "500m"),
        },
        Broken {
            set: "api.resources.requests.cpu=1Gi",
            helm_says: "at '/api/resources/requests/cpu'",
            rust_path: "api.resources.requests.cpu",
            change: |v| v.api.workload.resources.requests.set("cpu", "1Gi"),
        },
        Broken {
            set: "web.resources.requests.cpu=0m",
            helm_says: "at '/web/resources/requests/cpu'",
            rust_path: "web.resources.requests.cpu",
            change: |v| v.web.workload.resources.requests.set("cpu", "0m"),
        },
        Broken {
            set: "global.imageRegistry=a..b",
            helm_says: "at '/global/imageRegistry'",
            rust_path: "global.imageRegistry",
            change: |v| v.global.image_registry = "a..b".into(),
        },
        Broken {
            set: "api.tolerations[0].key=dedicated,api.tolerations[0].value=a b",
            helm_says: "at '/api/tolerations/0/value'",
            rust_path: "api.tolerations[0].value",
            change: |v| {
                v.api.workload.tolerations.0 = vec![k8s_openapi::api::core::v1::Toleration {
                    key: Some("dedicated".into()),
                    value: Some("a b".into()),
                    ..Default::default()
                }]
            },
        },
        Broken {
            set: "api.nodeSelector.a=b c",
            helm_says: "at '/api/nodeSelector/a'",
            rust_path: "api.nodeSelector.a",
            change: |v| {
                v.api.workload.node_selector.insert("a".into(), "b c".into());
            },
        },
        Broken {
            set: "api.extraPorts[0].name=http,api.extraPorts[0].containerPort=9000,api.extraPorts[0].servicePort=9000",
            helm_says: "at '/api/extraPorts/0/name'",
            rust_path: "api.extraPorts[0].name",
            change: |v| {
                v.api.extra_ports = vec![ExtraPort { name: "http".into(), container_port: 9000, service_port: 9000 }]
            },
        },
        Broken {
            set: "api.tolerations[0].operator=Bogus",
            helm_says: "at '/api/tolerations/0/operator'",
            rust_path: "api.tolerations[0].operator",
            change: |v| {
                v.api.workload.tolerations.0 = vec![k8s_openapi::api::core::v1::Toleration {
                    operator: Some("Bogus".into()),
                    ..Default::default()
                }]
            },
        },
    ];
    let production = values_files_of("production");
    let files: Vec<&Path> = production.iter().map(|p| p.as_path()).collect();
    for case in &cases {
        let helm = helm_template_text("maily", "maily-production", &files, &[case.set]);
        let err = helm.expect_err(&format!("the schema must refuse --set {}", case.set));
        assert!(err.contains(case.helm_says), "--set {}: helm should say {}:\n{err}", case.set, case.helm_says);

        let mut values = values_of("production");
        (case.change)(&mut values);
        let errors = maily_chart::validate::validate("production", &values)
            .expect_err(&format!("gen must refuse {}", case.rust_path));
        assert!(
            errors.iter().any(|e| e.starts_with(&format!("environment `production`: {} ", case.rust_path))),
            "gen should name {}: {errors:?}",
            case.rust_path
        );
    }
}
