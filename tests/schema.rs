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

    let template_error = helm_template("release-name", "default", &[&file], &[]).expect_err("helm template must refuse");
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
        .map(|e| (e.name.clone(), vec!["-f".to_string(), chart_dir().join(format!("values-{}.yaml", e.name)).display().to_string()]))
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
