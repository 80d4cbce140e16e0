//! checkov (pinned by scripts/install-tools) over every environment's `helm
//! template` output and over the chart directory: no check fails, and every
//! check that is skipped is skipped by one of the chart's own annotations
//! (`common::checkov::SKIPS`, listed in the chart README) with its reason. A
//! new failing check fails this test.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use maily_chart::common::checkov::SKIPS;
use maily_chart_tests::*;
use serde_json::Value;

/// The checkov binary (`MAILY_CHECKOV`, else `.tools/bin/checkov`); fails loudly when missing.
fn checkov() -> PathBuf {
    let path = std::env::var_os("MAILY_CHECKOV")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join(".tools/bin/checkov"));
    assert!(path.is_file(), "checkov not found at {} (run scripts/install-tools)", path.display());
    path
}

/// The check that checkov's helm framework fails only because it renders the
/// chart without `-n` (into `default`); the chart puts every object in the
/// release namespace.
const RENDERED_INTO_DEFAULT: &str = "CKV_K8S_21";

/// checkov's JSON report of `args`.
fn run(args: &[&str]) -> Value {
    let tools = workspace_root().join(".tools/bin");
    let path = format!("{}:{}", tools.display(), std::env::var("PATH").unwrap_or_default());
    let out = Command::new(checkov())
        .args(args)
        .args(["--compact", "-o", "json"])
        .env("PATH", path)
        .output()
        .expect("checkov runs");
    let report: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("checkov printed no JSON ({e}):\n{}", String::from_utf8_lossy(&out.stderr)));
    match report {
        Value::Array(mut reports) => reports.remove(0),
        report => report,
    }
}

fn results<'r>(report: &'r Value, which: &str) -> Vec<&'r Value> {
    report.pointer(&format!("/results/{which}")).and_then(Value::as_array).into_iter().flatten().collect()
}

/// Asserts no failure, and that every skip is one of the chart's, with its reason.
fn assert_clean(report: &Value, what: &str, min_passed: usize) -> Vec<String> {
    let failed: Vec<String> = results(report, "failed_checks")
        .iter()
        .map(|c| format!("{} {} ({})", c["check_id"], c["resource"], c["check_name"]))
        .collect();
    assert!(failed.is_empty(), "{what}: checkov failed {} check(s):\n{}", failed.len(), failed.join("\n"));
    let skipped = results(report, "skipped_checks");
    for check in &skipped {
        let id = check["check_id"].as_str().unwrap_or_default();
        let reason = check.pointer("/check_result/suppress_comment").and_then(Value::as_str).unwrap_or_default();
        assert!(
            SKIPS.iter().any(|s| s.check == id && s.reason == reason),
            "{what}: {id} on {} is skipped without one of the chart's reasons: {reason:?}",
            check["resource"]
        );
    }
    let passed = report.pointer("/summary/passed").and_then(Value::as_u64).unwrap_or(0) as usize;
    assert!(passed >= min_passed, "{what}: checkov passed only {passed} checks: did it read the objects?");
    skipped.iter().filter_map(|c| c["check_id"].as_str().map(String::from)).collect()
}

fn render_to(dir: &Path, name: &str, files: &[&Path], set: &[&str]) -> PathBuf {
    let text = HelmMajor::V4
        .template_text("maily", &format!("maily-{name}"), files, set)
        .unwrap_or_else(|e| panic!("helm template `{name}`: {e}"));
    let file = dir.join(format!("{name}.yaml"));
    std::fs::write(&file, text).expect("temp dir");
    file
}

#[test]
fn no_check_fails_for_any_environment_and_every_skip_is_the_charts() {
    let dir = TempDir::new("checkov");
    let mut skipped = BTreeMap::new();
    for (name, _) in all_environments() {
        let files: Vec<PathBuf> = values_files_of(&name);
        let files: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
        let file = render_to(dir.path(), &name, &files, &[]);
        let report = run(&["-f", file.to_str().unwrap(), "--framework", "kubernetes"]);
        let ids = assert_clean(&report, &name, 100);
        skipped.insert(name, ids);
    }
    // Where a skip is not needed, it is not there: production has its
    // NetworkPolicies, so CKV2_K8S_6 is skipped in development only.
    let policy_skips = |env: &str| skipped[env].iter().filter(|id| *id == "CKV2_K8S_6").count();
    assert_eq!(policy_skips("production"), 0, "{skipped:?}");
    assert!(policy_skips("development") > 0, "{skipped:?}");
}

#[test]
fn no_check_fails_with_every_security_object_on() {
    let dir = TempDir::new("checkov-security");
    for (name, _) in all_environments() {
        let files: Vec<PathBuf> = values_files_of(&name);
        let files: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
        let file = render_to(dir.path(), &name, &files, &[security::SECURITY_SET]);
        let text = std::fs::read_to_string(&file).expect("render");
        for kind in ["ExternalSecret", "SecretStore", "ResourceQuota", "LimitRange"] {
            assert!(text.contains(&format!("kind: {kind}\n")), "`{name}` with {}: no {kind}", security::SECURITY_SET);
        }
        let report = run(&["-f", file.to_str().unwrap(), "--framework", "kubernetes"]);
        assert_clean(&report, &format!("{name} with {}", security::SECURITY_SET), 100);
        // Credentials as files (the api and the workers here): CKV_K8S_35
        // passes, unskipped, where no credential stays a variable; with the
        // in-cluster tier (development: URLs built from credential
        // variables) or optional keys, the chart keeps its skip.
        let of = |kind: &str| -> Vec<String> {
            results(&report, kind)
                .iter()
                .filter(|c| c["check_id"] == "CKV_K8S_35")
                .filter_map(|c| c["resource"].as_str().map(String::from))
                .collect()
        };
        let (passed, skipped) = (of("passed_checks"), of("skipped_checks"));
        let values = values_of(&name);
        for (component, key) in [("api", "api"), ("workers", "workers")] {
            let resource = format!("Deployment.maily-{name}.maily-{component}");
            let registered = maily_chart::components::by_key(key).expect("registered");
            let left_in_env =
                values.data_tier.enabled || !(registered.values)(&values).workload().optional_secret_env.is_empty();
            if left_in_env {
                assert!(
                    skipped.contains(&resource),
                    "`{name}`: CKV_K8S_35 should be skipped on {resource}: {skipped:?}"
                );
            } else {
                assert!(passed.contains(&resource), "`{name}`: CKV_K8S_35 should pass on {resource}: {passed:?}");
            }
        }
        assert!(passed.iter().chain(&skipped).count() > 0, "`{name}`: CKV_K8S_35 ran");
    }
}

#[test]
fn no_check_fails_for_the_chart_directory() {
    let chart = out_dir().join("maily");
    let report = run(&["-d", chart.to_str().unwrap(), "--framework", "helm", "--skip-check", RENDERED_INTO_DEFAULT]);
    assert_clean(&report, "the chart directory", 100);
}

#[test]
fn a_digest_removes_the_digest_skip_and_passes_the_check() {
    let dir = TempDir::new("checkov-digest");
    let files = values_files_of("production");
    let files: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let digest = format!("sha256:{}", "a".repeat(64));
    let set = format!("api.image.digest={digest}");
    let file = render_to(dir.path(), "production", &files, &[&set]);
    let report = run(&["-f", file.to_str().unwrap(), "--framework", "kubernetes", "--check", "CKV_K8S_43"]);
    assert_clean(&report, "production with an api digest", 1);
    let passed: Vec<&str> = results(&report, "passed_checks").iter().filter_map(|c| c["resource"].as_str()).collect();
    assert!(passed.contains(&"Deployment.maily-production.maily-api"), "CKV_K8S_43 passed on {passed:?}");
    let text = std::fs::read_to_string(&file).expect("render");
    assert!(text.contains(&format!("maily/api:v1.0.0@{digest}")), "the api image is referenced by digest");
}

#[test]
fn checkov_has_teeth_without_the_skips() {
    let dir = TempDir::new("checkov-teeth");
    let files = values_files_of("production");
    let files: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let file = render_to(dir.path(), "production", &files, &[]);
    let stripped: String = std::fs::read_to_string(&file)
        .expect("render")
        .lines()
        .filter(|l| !l.trim_start().starts_with("checkov.io/skip"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&file, stripped).expect("write");
    let report = run(&["-f", file.to_str().unwrap(), "--framework", "kubernetes"]);
    let failed: Vec<&str> = results(&report, "failed_checks").iter().filter_map(|c| c["check_id"].as_str()).collect();
    for check in ["CKV_K8S_15", "CKV_K8S_43", "CKV_K8S_8"] {
        assert!(failed.contains(&check), "without its skips, production should fail {check}: {failed:?}");
    }
}
