//! Migration from the legacy deployment (issue 9, part 3), end to end, by
//! the procedure the chart README documents (`scripts/migrate-legacy`).
//!
//! The legacy core objects of an environment (its Deployments, Services,
//! ConfigMaps, ServiceAccounts and HPAs of the api, web, workers and AI
//! service, from the files of `../shared/legacy-manifests` that parse, read
//! at test time) are applied to one namespace and their pods created. Then
//! `handover` must keep every old pod while the chart's pods are created,
//! leave no legacy field in what it adopted, and `finish` must leave only the
//! chart's objects: every legacy object is adopted by the release or gone,
//! none is duplicated, and the namespace then enforces `restricted`.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;
use std::process::Command;

use maily_chart_tests::*;
use serde_json::{Value, json};

use crate::cluster::ControlPlane;
use crate::kube::{is_hook, kind_name, render};
use crate::{RELEASE, shared_dir, values_file};

/// The legacy files of each environment, below `../shared/legacy-manifests`
/// (where the legacy deployed it: INVENTORY.md §0 and §1.2).
fn legacy_files(env: &str) -> &'static [&'static str] {
    match env {
        "development" => &["kubernetes/development/maily-deployment.yaml"],
        "staging" => &["kubernetes/deployments/maily-api-staging.yaml", "kubernetes/deployments/ai-service.yaml"],
        "production" => &[
            "kubernetes/deployments/maily-unified.yaml",
            "kubernetes/services/api-service.yaml",
            "kubernetes/services/web-service.yaml",
            "kubernetes/services/workers-service.yaml",
            "kubernetes/vault/maily-deployment-with-vault.yaml",
        ],
        other => panic!("no legacy files for {other}"),
    }
}

/// The kinds of the legacy core objects.
const CORE_KINDS: [&str; 6] =
    ["Deployment", "Service", "ServiceAccount", "ConfigMap", "HorizontalPodAutoscaler", "PodDisruptionBudget"];

/// The component a legacy object name belongs to (INVENTORY.md §1.1), if it
/// is one of the four core components.
fn component_of(name: &str) -> Option<&'static str> {
    match name {
        "api" | "maily-api" | "maily-api-sa" => Some("api"),
        "web" | "maily-web" => Some("web"),
        "workers" | "maily-worker" => Some("workers"),
        "ai-service" | "maily-ai-service" | "ai-service-config" => Some("ai-service"),
        _ => None,
    }
}

/// The legacy core objects of `env`, namespace removed, each once (the
/// first file that defines a kind and name wins). Files that do not parse
/// are left out, and said so.
fn legacy_objects(env: &str) -> Vec<Value> {
    let root = shared_dir().join("legacy-manifests");
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for file in legacy_files(env) {
        let path = root.join(file);
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let objects = match parse_manifests(&text) {
            Ok(objects) => objects,
            Err(e) => {
                println!("migration {env}: {file} does not parse, left out: {e}");
                continue;
            }
        };
        for mut o in objects {
            let (kind, name) = kind_name(&o);
            if !CORE_KINDS.contains(&kind.as_str()) || component_of(&name).is_none() || !seen.insert((kind, name)) {
                continue;
            }
            if let Some(meta) = o.get_mut("metadata").and_then(Value::as_object_mut) {
                meta.remove("namespace");
            }
            out.push(o);
        }
    }
    out
}

/// Runs `scripts/migrate-legacy <phase>` for `helm`; what it printed.
fn migrate_legacy(
    plane: &ControlPlane,
    helm: HelmMajor,
    phase: &str,
    ns: &str,
    env: &str,
    legacy: &Path,
    extra: &[&str],
) -> ToolOutput {
    let script = workspace_root().join("scripts").join("migrate-legacy");
    let home = helm_home();
    let values = values_file(env);
    let mut args: Vec<String> = [
        phase,
        "-n",
        ns,
        "-r",
        RELEASE,
        "--chart",
        &chart_dir().display().to_string(),
        "-f",
        &values.display().to_string(),
        "--legacy",
        &legacy.display().to_string(),
        "--helm",
        &helm.binary().display().to_string(),
        "--kubectl",
        &tool("MAILY_KUBECTL", "kubectl").display().to_string(),
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    args.extend(extra.iter().map(|s| s.to_string()));
    let out = Command::new("python3")
        .arg(&script)
        .args(&args)
        .env("KUBECONFIG", plane.kubeconfig())
        .env("HELM_CACHE_HOME", home.join("cache"))
        .env("HELM_CONFIG_HOME", home.join("config"))
        .env("HELM_DATA_HOME", home.join("data"))
        .env_remove("HELM_NAMESPACE")
        .env_remove("HELM_KUBECONTEXT")
        .output()
        .unwrap_or_else(|e| panic!("python3 {} does not run: {e}", script.display()));
    let out = ToolOutput::from(out);
    assert!(
        out.success(),
        "{helm}: scripts/migrate-legacy {phase} failed ({}):\nstdout:\n{}\nstderr:\n{}",
        out.code,
        out.stdout,
        out.stderr
    );
    out
}

/// The names of the pods in `ns`.
fn pod_names(plane: &ControlPlane, ns: &str) -> BTreeSet<String> {
    plane.list(ns, "pods", None).iter().map(|p| kind_name(p).1).collect()
}

/// Whether every `key: value` of `selector` is a label of `object`.
fn selects(selector: &Value, object: &Value) -> bool {
    selector.as_object().is_some_and(|s| {
        s.iter().all(|(k, v)| object.pointer(&format!("/metadata/labels/{}", k.replace('/', "~1"))) == Some(v))
    })
}

/// The objects of the chart kinds in `ns`, by `Kind/name`, but those every
/// namespace has (the `default` ServiceAccount, the `kube-root-ca.crt`
/// ConfigMap).
fn chart_kind_objects(plane: &ControlPlane, ns: &str, kinds: &str) -> BTreeMap<String, Value> {
    plane
        .list(ns, kinds, None)
        .into_iter()
        .map(|o| {
            let (k, n) = kind_name(&o);
            (format!("{k}/{n}"), o)
        })
        .filter(|(key, _)| key != "ServiceAccount/default" && key != "ConfigMap/kube-root-ca.crt")
        .collect()
}

pub fn migrate(plane: &ControlPlane, helm: HelmMajor, env: &str) {
    let ns = crate::namespace("migrate", env, helm);
    // The legacy namespaces enforce no Pod Security level (INVENTORY.md §0):
    // the legacy pods would be refused under `restricted`.
    plane.create_namespace(&ns, false);
    let legacy = legacy_objects(env);
    let deployments = legacy.iter().filter(|o| o["kind"] == "Deployment").count();
    assert!(deployments >= 1, "{env}: no legacy Deployment parsed from {:?}", legacy_files(env));
    let dir = TempDir::new("migration");
    let legacy_file = dir.path().join("legacy.json");
    let list = |items: Vec<&Value>| json!({"apiVersion": "v1", "kind": "List", "items": items}).to_string();
    fs::write(&legacy_file, list(legacy.iter().collect())).expect("temp dir");
    // ServiceAccounts and ConfigMaps before the Deployments whose pods use them.
    let (workloads, rest): (Vec<&Value>, Vec<&Value>) = legacy.iter().partition(|o| o["kind"] == "Deployment");
    for part in [rest, workloads] {
        let out = plane.kubectl_with_input(["apply", "-n", &ns, "-f", "-"], Some(&list(part)));
        assert!(out.success(), "kubectl apply of the legacy objects: {}", out.stderr);
    }
    plane.wait_for_deployments(&ns, None);
    let old_pods = pod_names(plane, &ns);
    assert!(!old_pods.is_empty(), "the legacy Deployments made no pods");
    let legacy_keys: Vec<(String, String)> = legacy.iter().map(kind_name).collect();
    println!("{helm} migration {env}: legacy {legacy_keys:?}, {} pods", old_pods.len());

    let objects = render(helm, &chart_dir(), RELEASE, &ns, &[&values_file(env)], &[]);
    let objects: Vec<Value> = objects.into_iter().filter(|o| !is_hook(o)).collect();
    let chart_keys: BTreeSet<(String, String)> = objects.iter().map(kind_name).collect();

    // plan: says what it will do, changes nothing.
    let before: Vec<String> = plane
        .list(&ns, "deployments,replicasets,pods,services,configmaps,serviceaccounts", None)
        .iter()
        .map(|o| format!("{}/{}@{}", kind_name(o).0, kind_name(o).1, o["metadata"]["resourceVersion"]))
        .collect();
    let planned = migrate_legacy(plane, helm, "plan", &ns, env, &legacy_file, &[]).stdout;
    for (kind, name) in &legacy_keys {
        assert!(planned.contains(&format!("/{name}:")), "the plan does not name {kind} {name}:\n{planned}");
    }
    let after: Vec<String> = plane
        .list(&ns, "deployments,replicasets,pods,services,configmaps,serviceaccounts", None)
        .iter()
        .map(|o| format!("{}/{}@{}", kind_name(o).0, kind_name(o).1, o["metadata"]["resourceVersion"]))
        .collect();
    assert_eq!(before, after, "plan changed the cluster");

    // handover: the chart is installed, every old pod is still there.
    let out = migrate_legacy(plane, helm, "handover", &ns, env, &legacy_file, &[]);
    println!("{}", out.stdout);
    let status = plane.helm_ok(helm, &["status", RELEASE, "-n", &ns, "-o", "json"]).stdout;
    let status: Value = serde_json::from_str(&status).expect("helm status prints JSON");
    assert_eq!(status["info"]["status"], "deployed", "{status}");
    let workloads = plane.wait_for_workloads(&ns, RELEASE);
    assert_eq!(workloads.len(), crate::deployments_of(&objects).len());
    plane.assert_render_is_live(&ns, &objects);
    let pods = pod_names(plane, &ns);
    let gone: Vec<&String> = old_pods.difference(&pods).collect();
    assert!(gone.is_empty(), "the handover removed old pods before finish: {gone:?}");
    let live_pods = plane.list(&ns, "pods", None);
    // The pods' owners: the Deployments' ReplicaSets, and the StatefulSets
    // of the development data tier (whose pods they own directly).
    let stateful: Vec<String> = objects.iter().filter(|o| o["kind"] == "StatefulSet").map(|o| kind_name(o).1).collect();
    let chart_sets: BTreeSet<&String> = workloads.values().map(|(name, _)| name).chain(stateful.iter()).collect();
    let others: Vec<String> = live_pods
        .iter()
        .filter(|p| !old_pods.contains(&kind_name(p).1))
        .filter(|p| {
            let owner = p.pointer("/metadata/ownerReferences/0/name").and_then(Value::as_str).unwrap_or_default();
            !chart_sets.contains(&owner.to_string())
        })
        .map(|p| kind_name(p).1)
        .collect();
    assert!(others.is_empty(), "pods that are neither the old ones nor the chart's: {others:?}");
    for o in objects.iter().filter(|o| o["kind"] == "Service") {
        let name = kind_name(o).1;
        let live = plane.get(&ns, &format!("service/{name}")).expect("the chart's Service");
        // No legacy selector key or port survives an adoption.
        assert_eq!(live["spec"]["selector"], o["spec"]["selector"], "Service {name}: selector");
        let ports = |s: &Value| {
            s["spec"]["ports"].as_array().map(|ps| {
                ps.iter().map(|p| (p["name"].clone(), p["port"].clone(), p["targetPort"].clone())).collect::<Vec<_>>()
            })
        };
        assert_eq!(ports(&live), ports(o), "Service {name}: ports");
        // A Deployment of that name that was replaced: its old pods are
        // still behind the Service until finish.
        if legacy_keys.contains(&("Deployment".to_string(), name.clone())) {
            let old: Vec<&Value> = live_pods
                .iter()
                .filter(|p| old_pods.contains(&kind_name(p).1) && selects(&live["spec"]["selector"], p))
                .collect();
            assert!(!old.is_empty(), "Service {name} selects none of the old pods of Deployment {name}");
        }
    }
    for (kind, name) in &legacy_keys {
        let live = plane.get(&ns, &format!("{}/{name}", kind.to_lowercase()));
        if chart_keys.contains(&(kind.clone(), name.clone())) {
            let live = live.unwrap_or_else(|| panic!("{kind} {name} is not in the cluster after the handover"));
            let owner = live.pointer("/metadata/annotations/meta.helm.sh~1release-name");
            assert_eq!(owner, Some(&json!(RELEASE)), "{kind} {name} is not owned by the release");
        }
    }

    // finish: only the chart is left, and the namespace enforces restricted.
    migrate_legacy(plane, helm, "finish", &ns, env, &legacy_file, &["--until", "created", "--restrict"]);
    let kinds = crate::kinds_of(&[&objects]);
    plane.wait_for(
        &format!("{helm} migration {env}: only the chart's objects are left"),
        crate::kube::SETTLE_TIMEOUT,
        || {
            let left = chart_kind_objects(plane, &ns, &format!("{kinds},replicasets,pods"));
            let strays: Vec<&String> = left
                .iter()
                .filter(|(_, o)| {
                    let (k, n) = kind_name(o);
                    let chart_object = chart_keys.contains(&(k.clone(), n))
                        && o.pointer("/metadata/annotations/meta.helm.sh~1release-name") == Some(&json!(RELEASE));
                    // ReplicaSets and pods: the chart's (its instance label) only.
                    let chart_pod = (k == "ReplicaSet" || k == "Pod")
                        && o.pointer("/metadata/labels/app.kubernetes.io~1instance") == Some(&json!(RELEASE))
                        && o.pointer("/metadata/labels/migration.maily~1legacy-of").is_none()
                        && !old_pods.contains(&kind_name(o).1);
                    !(chart_object || chart_pod)
                })
                .map(|(key, _)| key)
                .collect();
            if strays.is_empty() {
                crate::kube::Poll::Done(())
            } else {
                crate::kube::Poll::NotYet(format!("not the chart's: {strays:?}"))
            }
        },
    );
    for (kind, name) in &legacy_keys {
        let left = plane.get(&ns, &format!("{}/{name}", kind.to_lowercase()));
        if let Some(o) = left {
            assert!(chart_keys.contains(&(kind.clone(), name.clone())), "legacy {kind} {name} is left");
            let owner = o.pointer("/metadata/annotations/meta.helm.sh~1release-name");
            assert_eq!(owner, Some(&json!(RELEASE)), "legacy {kind} {name} is left unowned");
        }
    }
    let namespace = plane.kubectl_ok(&["get", "namespace", &ns, "-o", "json"]);
    let namespace: Value = serde_json::from_str(&namespace).expect("JSON");
    assert_eq!(namespace.pointer("/metadata/labels/pod-security.kubernetes.io~1enforce"), Some(&json!("restricted")));
    let workloads_after = plane.wait_for_workloads(&ns, RELEASE);
    assert_eq!(workloads_after, workloads, "finish touched the chart's Deployments");
    plane.assert_render_is_live(&ns, &objects);
    plane.uninstall_leaves_nothing(helm, &ns, RELEASE);
    plane.delete_namespace(&ns);
}

/// The chart README's migration section is the procedure this test runs:
/// the script's phases, the flags the test passes and the marks the script
/// puts on objects.
pub fn readme_documents_the_script(_plane: &ControlPlane) {
    let readme = fs::read_to_string(chart_dir().join("README.md")).expect("README");
    let section = readme.split("### From the legacy manifests").nth(1).expect("the README has the migration section");
    let script = fs::read_to_string(workspace_root().join("scripts/migrate-legacy")).expect("the script");
    for phase in ["plan", "handover", "finish"] {
        assert!(section.contains(&format!("scripts/migrate-legacy {phase} ")), "the README does not run {phase}");
        assert!(script.contains(&format!("\"{phase}\"")), "the script has no phase {phase}");
    }
    for flag in ["-n", "-r", "-f", "--legacy", "--restrict", "--until", "--cascade=orphan"] {
        assert!(section.contains(flag), "the README does not say {flag}");
        assert!(script.contains(&format!("\"{flag}")), "the script does not take {flag}");
    }
    for mark in [
        "migration.maily/legacy-of",
        "migration.maily/retire",
        "meta.helm.sh/release-name",
        "meta.helm.sh/release-namespace",
    ] {
        assert!(section.contains(mark) && script.contains(mark), "{mark} is not in both the README and the script");
    }
}
