//! Every object that helm renders, for every environment and the defaults,
//! passes `kubernetes-validate --strict` against Kubernetes 1.33 (the lowest
//! version the chart supports). kubernetes-validate parses with PyYAML, a
//! YAML 1.1 parser, so this also checks that no string became a boolean.
//! Helm 4 renders them here; the equivalence tests prove Helm 3 renders the
//! same objects.

use std::path::{Path, PathBuf};
use std::process::Command;

use maily_chart_tests::*;

const KUBERNETES_VERSION: &str = "1.33.0";

/// Runs kubernetes-validate on `text` (multi-document YAML holding
/// `documents` objects); panics unless each one passed.
fn assert_valid(text: &str, documents: usize, what: &str) {
    let dir = TempDir::new("kubernetes-validate");
    let file = dir.path().join("manifests.yaml");
    std::fs::write(&file, text).expect("temp dir");
    let out = validate(&file);
    let report = format!("{what}: kubernetes-validate exited with {}\n{}\n{}", out.code, out.stdout, out.stderr);
    assert!(out.success(), "{report}");
    assert!(!out.stdout.contains("ERROR") && !out.stderr.contains("ERROR"), "{report}");
    let passed = out.stdout.lines().filter(|l| l.starts_with("INFO") && l.contains(" passed for resource ")).count();
    // Custom resources have no schema in kubernetes-validate: their CRDs check them.
    let objects = parse_manifests(text).expect("YAML");
    let custom: usize = crd::custom_resource_kinds(&objects).values().sum();
    assert_eq!(passed + custom, documents, "every object must be checked\n{report}");
    crd::validate_all(&objects).unwrap_or_else(|e| panic!("{what}: {e}"));
}

fn validate(file: &Path) -> ToolOutput {
    let output = Command::new(kubernetes_validate())
        .args(["--strict", "-k", KUBERNETES_VERSION])
        .arg(file)
        .output()
        .expect("kubernetes-validate runs");
    ToolOutput::from(output)
}

fn assert_helm_output_valid(values_files: &[&Path], what: &str) {
    let text = HelmMajor::V4.template_text("maily", "maily-test", values_files, &[]).expect("helm template");
    let documents = parse_manifests(&text).expect("helm prints YAML").len();
    assert!(documents > 0, "{what}: no objects");
    assert_valid(&text, documents, what);
}

#[test]
fn every_environment_passes_kubernetes_validate_strict() {
    for (name, _) in all_environments() {
        let files: Vec<PathBuf> = values_files_of(&name);
        let files: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
        assert_helm_output_valid(&files, &format!("environment `{name}`"));
    }
}

#[test]
fn the_gen_render_of_every_environment_passes_kubernetes_validate_strict() {
    for (name, values) in all_environments() {
        let manifests =
            maily_chart::render::render(&values, &maily_chart::Release::new("maily", "maily-test")).expect("render");
        let text = maily_chart_gen::manifests_yaml(&manifests);
        assert_valid(&text, manifests.len(), &format!("gen render of `{name}`"));
    }
}

#[test]
fn hostile_but_valid_values_pass_kubernetes_validate_strict() {
    let mut values = values_of("production");
    values.global.environment = "on".into();
    let api = &mut values.api.workload;
    for (i, s) in ["on", "yes", "0777", "1e3", "1_000", "~", "null", "", "multi\nline", "é ✓", "{{ .Values.x }}"]
        .iter()
        .enumerate()
    {
        api.env.insert(format!("V{i}"), s.to_string());
        api.pod_annotations.insert(format!("maily.io/a{i}"), s.to_string());
    }
    api.node_selector =
        [("on", "yes"), ("0777", "1e3"), ("n", "")].iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    api.image.tag = "0777".into();
    api.pod_security_context.run_as_user = 2_147_483_647;
    api.autoscaling.enabled = false;
    api.replica_count = 1_000_000;
    values.workers.command = vec!["on".into(), "1e3".into(), "".into()];
    maily_chart::validate::validate("on", &values).expect("valid");
    let dir = TempDir::new("kubernetes-validate-values");
    let file = write_values_file(dir.path(), "on", &values);
    assert_helm_output_valid(&[&file], "hostile production");
}

#[test]
fn kubernetes_validate_rejects_an_unknown_field() {
    // The control: the tool does reject what it should, so a pass means something.
    let text = "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: x\nautomountToken: false\n";
    let dir = TempDir::new("kubernetes-validate-control");
    let file = dir.path().join("bad.yaml");
    std::fs::write(&file, text).expect("temp dir");
    let out = validate(&file);
    assert!(!out.success(), "kubernetes-validate accepted an unknown field:\n{}", out.stdout);
    assert!(out.stdout.contains("ERROR") || out.stderr.contains("ERROR"), "{}\n{}", out.stdout, out.stderr);
    assert!(format!("{}{}", out.stdout, out.stderr).contains("automountToken"));
}
