//! The GitOps objects of `out/gitops` on the live API server, once the CRDs
//! of `../shared/crds` are established: every environment's Argo CD
//! `Application` (namespace `argocd`) and Flux `HelmRelease` (namespace
//! `flux-system`) is applied with `kubectl apply --server-side`, accepted
//! (the CRD's schema and its CEL rules, which the offline validator of
//! `tests/support/crd.rs` leaves out) and read back with every field it was
//! written with. No Argo CD or Flux controller runs: this proves the objects,
//! not a sync.

use std::fs;
use std::path::Path;

use maily_chart_tests::*;
use serde_json::{Value, json};

use crate::cluster::ControlPlane;

/// Each GitOps folder of `out/gitops`: (folder, namespace of its objects,
/// the resource kubectl names them by).
const FOLDERS: [(&str, &str, &str); 2] =
    [("argocd", "argocd", "applications.argoproj.io"), ("flux", "flux-system", "helmreleases.helm.toolkit.fluxcd.io")];

/// Every field of `expected` that `actual` lacks or holds with another value,
/// as `path: expected ≠ actual` (fields the server adds, such as defaults,
/// are not differences).
fn differences(expected: &Value, actual: &Value, path: &str, out: &mut Vec<String>) {
    match (expected, actual) {
        (Value::Object(want), Value::Object(have)) => {
            for (key, value) in want {
                differences(value, have.get(key).unwrap_or(&Value::Null), &format!("{path}.{key}"), out);
            }
        }
        _ if expected == actual => {}
        _ => out.push(format!("{path}: {expected} ≠ {actual}")),
    }
}

/// The one object of a GitOps file.
fn object_of(file: &Path) -> Value {
    let text = fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let mut objects = parse_manifests(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    assert_eq!(objects.len(), 1, "{}: one object", file.display());
    objects.remove(0)
}

pub fn apply_and_read_back(plane: &ControlPlane) {
    let environments = maily_environments::ALL.len();
    for (folder, namespace, resource) in FOLDERS {
        plane.create_namespace(namespace, false);
        let dir = out_dir().join("gitops").join(folder);
        plane.kubectl_ok(&[
            "apply",
            "--server-side",
            "--field-manager=maily-live-tests",
            "-f",
            &dir.display().to_string(),
        ]);
        let mut files: Vec<_> =
            fs::read_dir(&dir).expect("a GitOps folder").map(|e| e.expect("an entry").path()).collect();
        files.sort();
        assert_eq!(files.len(), environments, "{}: one file per environment", dir.display());
        for file in &files {
            let object = object_of(file);
            assert_eq!(object["metadata"]["namespace"], namespace, "{}", file.display());
            let name = object["metadata"]["name"].as_str().expect("a name");
            let live = plane
                .get(namespace, &format!("{resource}/{name}"))
                .unwrap_or_else(|| panic!("{}: {resource}/{name} is not in the cluster", file.display()));
            let mut problems = Vec::new();
            differences(&object, &live, "", &mut problems);
            assert!(problems.is_empty(), "{} read back differs:\n{}", file.display(), problems.join("\n"));
        }
        let listed = plane.list(namespace, resource, Some("app.kubernetes.io/part-of=maily"));
        assert_eq!(listed.len(), environments, "{resource} in {namespace}");
        println!("gitops: {environments} {resource} applied in {namespace} and read back");
    }

    // Applied server-side: the server records the test as the fields' manager.
    let staging: Value = serde_json::from_str(&plane.kubectl_ok(&[
        "get",
        "helmreleases.helm.toolkit.fluxcd.io/maily-staging",
        "-n",
        "flux-system",
        "-o",
        "json",
        "--show-managed-fields",
    ]))
    .expect("kubectl prints JSON");
    let managers = staging.pointer("/metadata/managedFields").and_then(Value::as_array).expect("managed fields");
    assert!(managers.iter().any(|m| m["manager"] == "maily-live-tests" && m["operation"] == "Apply"), "{managers:#?}");
    // The server has teeth the offline validator has not: the HelmRelease
    // CRD's CEL rule refuses a chart and a chartRef together.
    let mut both = object_of(&out_dir().join("gitops/flux/staging.yaml"));
    both["metadata"]["name"] = json!("maily-both");
    both["spec"]["chartRef"] = json!({"kind": "OCIRepository", "name": "maily"});
    crd::validate(&both).expect("the offline validator leaves CEL rules to the server");
    let out = plane.kubectl_with_input(
        ["apply", "--server-side", "--field-manager=maily-live-tests", "-f", "-"],
        Some(&both.to_string()),
    );
    assert!(!out.success() && out.stderr.contains("either chart or chartRef must be set"), "{}", out.stderr);

    for (_, namespace, _) in FOLDERS {
        plane.delete_namespace(namespace);
    }
}
