//! `scripts/deploy` and `scripts/rollback` on the live control plane.
//!
//! There is no kubelet, so no pod ever runs: `helm upgrade --wait`, the
//! atomic rollback and `helm test` would wait forever. A [`PodFaker`] plays
//! the kubelet's part while a scenario runs: it patches the status
//! subresource of the pods of one namespace, `Running` and `Ready` for
//! workload pods, `Succeeded` for `helm test` hook pods, except the pods whose
//! image tag contains `broken`, which stay `Pending` (an upgrade to such an
//! image never becomes ready: the failing upgrade of the scenarios).
//!
//! The scripts refuse any namespace but the environment's own, so each
//! scenario owns one environment's namespace (`maily-staging` for Helm 4's
//! lifecycle, `maily-dev` for Helm 3's; `maily-production` is never created:
//! the refusals and the dry run must leave it so).

use std::collections::BTreeSet;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::sleep;
use std::time::{Duration, Instant};

use maily_chart_tests::{HelmMajor, TempDir, ToolOutput, chart_dir, helm_home, workspace_root};
use serde_json::{Value, json};

use crate::RELEASE;
use crate::cluster::ControlPlane;
use crate::kube::{items, render};

/// How often the faker looks at the namespace's pods.
const FAKER_PERIOD: Duration = Duration::from_millis(300);

/// Whether `pod` is a `helm test` hook pod.
fn is_test_pod(pod: &Value) -> bool {
    pod.pointer("/metadata/annotations/helm.sh~1hook").and_then(Value::as_str).is_some_and(|h| h.contains("test"))
}

/// Whether a container of `pod` runs an image whose tag contains `broken`.
fn is_broken(pod: &Value) -> bool {
    pod.pointer("/spec/containers").and_then(Value::as_array).is_some_and(|cs| {
        cs.iter().any(|c| {
            let image = c["image"].as_str().unwrap_or_default();
            image.rsplit_once(':').is_some_and(|(_, tag)| tag.contains("broken"))
        })
    })
}

/// The status a kubelet would report for `pod`: `Succeeded` (a test pod)
/// or `Running` with every condition `True` (a workload pod); `None` when
/// the pod already has it, or is broken.
fn faked_status(pod: &Value, now: &str) -> Option<Value> {
    if is_broken(pod) || pod.pointer("/metadata/deletionTimestamp").is_some() {
        return None;
    }
    let test = is_test_pod(pod);
    let phase = pod.pointer("/status/phase").and_then(Value::as_str).unwrap_or_default();
    let want = if test { "Succeeded" } else { "Running" };
    let ready = pod
        .pointer("/status/conditions")
        .and_then(Value::as_array)
        .is_some_and(|cs| cs.iter().any(|c| c["type"] == "Ready" && c["status"] == "True"));
    if phase == want && (test || ready) {
        return None;
    }
    let containers = pod.pointer("/spec/containers").and_then(Value::as_array).cloned().unwrap_or_default();
    let statuses: Vec<Value> = containers
        .iter()
        .map(|c| {
            let state = if test {
                json!({"terminated": {"exitCode": 0, "reason": "Completed", "startedAt": now, "finishedAt": now}})
            } else {
                json!({"running": {"startedAt": now}})
            };
            json!({
                "name": c["name"], "image": c["image"], "imageID": "", "ready": !test, "started": !test,
                "restartCount": 0, "state": state,
            })
        })
        .collect();
    let condition = |kind: &str, status: bool| {
        let mut c = json!({"type": kind, "status": if status { "True" } else { "False" }, "lastTransitionTime": now});
        if test && !status {
            c["reason"] = json!("PodCompleted");
        }
        c
    };
    Some(json!({"status": {
        "phase": want,
        "conditions": [
            condition("PodScheduled", true),
            condition("Initialized", true),
            condition("ContainersReady", !test),
            condition("Ready", !test),
        ],
        "containerStatuses": statuses,
        "startTime": now,
    }}))
}

/// The kubelet's stand-in for one namespace (see the module documentation).
/// Stops when dropped, also when the scenario panics.
struct PodFaker<'a> {
    stop: &'a AtomicBool,
}

impl Drop for PodFaker<'_> {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

/// One pass of the faker: patches the status of every pod of `namespace`
/// that needs it; returns how many it patched.
fn fake_pod_statuses(plane: &ControlPlane, namespace: &str) -> usize {
    let out = plane.kubectl(["get", "pods", "-n", namespace, "-o", "json"]);
    if !out.success() {
        return 0;
    }
    let now = utc_now();
    let mut patched = 0;
    for pod in items(&out.stdout) {
        let Some(status) = faked_status(&pod, &now) else { continue };
        let name = pod["metadata"]["name"].as_str().unwrap_or_default();
        let patch = status.to_string();
        let out = plane.kubectl([
            "patch",
            "pod",
            name,
            "-n",
            namespace,
            "--subresource=status",
            "--type=merge",
            "-p",
            patch.as_str(),
        ]);
        // A pod deleted in between is no failure; anything else is shown.
        if out.success() {
            patched += 1;
        } else if !out.stderr.contains("NotFound") && !out.stderr.contains("not found") {
            eprintln!("pod faker: kubectl patch pod {name} -n {namespace}: {}", out.stderr);
        }
    }
    patched
}

/// The current UTC time as RFC 3339 (`2026-12-01T06:30:00Z`), from the
/// system clock (the API server runs on the same machine).
fn utc_now() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("after 1970").as_secs();
    let rem = secs % 86_400;
    let day = maily_chart_gen::release::civil_date(secs as i64);
    format!("{day}T{:02}:{:02}:{:02}Z", rem / 3600, rem % 3600 / 60, rem % 60)
}

/// Runs `body` while a [`PodFaker`] fakes the pods of `namespace`.
fn with_pod_faker<T>(plane: &ControlPlane, namespace: &str, body: impl FnOnce() -> T) -> T {
    let stop = AtomicBool::new(false);
    std::thread::scope(|scope| {
        scope.spawn(|| {
            while !stop.load(Ordering::SeqCst) {
                fake_pod_statuses(plane, namespace);
                sleep(FAKER_PERIOD);
            }
        });
        let _faker = PodFaker { stop: &stop };
        body()
    })
}

/// `scripts/<script> <args>` against the control plane with helm `helm`
/// (`$MAILY_HELM`), the tests' Helm homes and the cluster's kubeconfig.
fn script(plane: &ControlPlane, helm: HelmMajor, name: &str, args: &[&str]) -> ToolOutput {
    script_with(plane, helm, name, args, &[])
}

/// [`script`] with more environment variables.
fn script_with(plane: &ControlPlane, helm: HelmMajor, name: &str, args: &[&str], env: &[(&str, &Path)]) -> ToolOutput {
    let home = helm_home();
    let path = workspace_root().join("scripts").join(name);
    let out = Command::new(&path)
        .args(args)
        .envs(env.iter().map(|(k, v)| (*k, *v)))
        .current_dir(workspace_root())
        .env("MAILY_HELM", helm.binary())
        .env("HELM_CACHE_HOME", home.join("cache"))
        .env("HELM_CONFIG_HOME", home.join("config"))
        .env("HELM_DATA_HOME", home.join("data"))
        .env("KUBECONFIG", plane.kubeconfig())
        .env_remove("HELM_NAMESPACE")
        .env_remove("HELM_KUBECONTEXT")
        .output()
        .unwrap_or_else(|e| panic!("{} does not run: {e}", path.display()));
    let out = ToolOutput::from(out);
    let prefix = format!("{name}: ");
    let summary = out.stdout.lines().chain(out.stderr.lines()).rfind(|l| l.starts_with(&prefix));
    println!("{helm}: scripts/{name} {} exited with {}: {}", args.join(" "), out.code, summary.unwrap_or_default());
    out
}

/// [`script`] that must exit with `code`.
fn script_exits(plane: &ControlPlane, helm: HelmMajor, name: &str, args: &[&str], code: i32) -> ToolOutput {
    let out = script(plane, helm, name, args);
    assert_eq!(
        out.code,
        code,
        "{helm}: scripts/{name} {} exited with {} (want {code}):\nstdout:\n{}\nstderr:\n{}",
        args.join(" "),
        out.code,
        out.stdout,
        out.stderr
    );
    out
}

/// The image of the live api Deployment's first container.
fn live_api_image(plane: &ControlPlane, namespace: &str) -> String {
    let d = plane.get(namespace, "deployment.apps/maily-api").expect("the api Deployment exists");
    d.pointer("/spec/template/spec/containers/0/image").and_then(Value::as_str).unwrap_or_default().to_string()
}

/// The release's history: `(revision, status, description)`, oldest first.
fn history(plane: &ControlPlane, helm: HelmMajor, namespace: &str) -> Vec<(i64, String, String)> {
    let out = plane.helm_ok(helm, &["history", RELEASE, "-n", namespace, "-o", "json"]).stdout;
    let entries: Vec<Value> = serde_json::from_str(&out).expect("helm history prints JSON");
    entries
        .iter()
        .map(|e| {
            let s = |k: &str| e[k].as_str().unwrap_or_default().to_string();
            (e["revision"].as_i64().unwrap_or_default(), s("status"), s("description"))
        })
        .collect()
}

/// The objects `helm template` gives for `env` with `set` in `namespace`.
fn rendered(helm: HelmMajor, env: &str, namespace: &str, set: &[&str]) -> Vec<Value> {
    let values = chart_dir().join(format!("values-{env}.yaml"));
    render(helm, &chart_dir(), RELEASE, namespace, &[values.as_path() as &Path], set)
}

/// The whole life of a release through the scripts, in `env`'s namespace:
/// 1. first deploy (tag `live-1`): installed, tested, revision 1;
/// 2. deploy of the chart as it is: the diff names the api Deployment
///    (`~`) and its pods rolling; the live api image is the values file's;
/// 3. a broken upgrade with a short timeout: exit 1, the release rolled
///    itself back (revision 4, "Rollback to 2"), the live objects are
///    revision 2's;
/// 4. `scripts/rollback` with no revision: the previous deployed state that
///    differs from the current one (revision 1, not 2 which the current
///    copies), shown as a diff; the live objects are revision 1's.
pub fn lifecycle(plane: &ControlPlane, helm: HelmMajor, env: &str) {
    let ns = maily_environments::namespace(env).expect("a known environment").to_string();
    plane.create_namespace(&ns, true);
    let began = Instant::now();
    with_pod_faker(plane, &ns, || {
        // 1. The first deploy.
        let first =
            script_exits(plane, helm, "deploy", &[env, "--timeout", "3m", "--", "--set", "api.image.tag=live-1"], 0);
        assert!(first.stdout.contains("no release yet"), "{}", first.stdout);
        assert!(
            first.stdout.contains("+ Deployment maily-api"),
            "the diff shows the new api Deployment:\n{}",
            first.stdout
        );
        assert!(first.stdout.contains("note: the diff does not include the extra helm arguments"), "{}", first.stdout);
        assert!(first.stdout.contains("deployed: revision 1  deployed"), "{}", first.stdout);
        assert!(live_api_image(plane, &ns).ends_with(":live-1"), "{}", live_api_image(plane, &ns));
        let tag_1 = ["api.image.tag=live-1"];
        plane.assert_render_is_live(&ns, &rendered(helm, env, &ns, &tag_1));
        println!("{helm} deploy {env}: first deploy after {:.1}s", began.elapsed().as_secs_f64());

        // 2. The chart as it is: the api Deployment changes, its pods roll.
        let second = script_exits(plane, helm, "deploy", &[env, "--timeout", "3m"], 0);
        assert!(second.stdout.contains("the live release"), "{}", second.stdout);
        assert!(second.stdout.contains("~ Deployment maily-api"), "{}", second.stdout);
        let summary = second.stdout.lines().find(|l| l.starts_with(&format!("{env}:"))).unwrap_or_default();
        assert!(summary.contains("pods roll:") && summary.contains("Deployment/maily-api"), "{}", second.stdout);
        assert!(
            second.stdout.lines().any(|l| {
                let l = l.trim_start();
                l.starts_with('-') && !l.starts_with("---") && l.contains("live-1")
            }),
            "the diff shows the old tag going:\n{}",
            second.stdout
        );
        assert!(!live_api_image(plane, &ns).contains("live-1"));
        let current = rendered(helm, env, &ns, &[]);
        plane.assert_render_is_live(&ns, &current);
        println!("{helm} deploy {env}: second deploy after {:.1}s", began.elapsed().as_secs_f64());

        // An upgrade the chart refuses (a `latest` tag) changes nothing.
        let refused = script_exits(plane, helm, "deploy", &[env, "--", "--set", "api.image.tag=latest"], 1);
        assert!(
            refused.stderr.contains("failed before changing anything")
                && refused.stderr.contains("stays at revision 2"),
            "{}",
            refused.stderr
        );
        assert_eq!(history(plane, helm, &ns).len(), 2, "a refused upgrade makes no revision");

        // 3. A broken image never becomes ready: the upgrade rolls back.
        let broken =
            script_exits(plane, helm, "deploy", &[env, "--timeout", "20s", "--", "--set", "api.image.tag=broken-3"], 1);
        assert!(
            broken.stderr.contains("the upgrade failed") && broken.stderr.contains("back at revision 4"),
            "{}",
            broken.stderr
        );
        let h = history(plane, helm, &ns);
        let statuses: Vec<(i64, &str)> = h.iter().map(|(r, s, _)| (*r, s.as_str())).collect();
        assert_eq!(statuses, [(1, "superseded"), (2, "superseded"), (3, "failed"), (4, "deployed")], "{h:?}");
        assert_eq!(h[3].2, "Rollback to 2", "{h:?}");
        assert!(!live_api_image(plane, &ns).contains("broken"), "{}", live_api_image(plane, &ns));
        plane.assert_render_is_live(&ns, &current);
        println!("{helm} deploy {env}: failed upgrade rolled back after {:.1}s", began.elapsed().as_secs_f64());

        // 4. Back to the previous deployed state (revision 1).
        let back = script_exits(plane, helm, "rollback", &[env, "--timeout", "3m"], 0);
        assert!(back.stdout.contains("~ Deployment maily-api"), "{}", back.stdout);
        assert!(
            back.stdout.contains("revision 4 -> 1") && back.stdout.contains("Deployment/maily-api"),
            "{}",
            back.stdout
        );
        assert!(back.stdout.contains("rolled back: revision 5  deployed"), "{}", back.stdout);
        let h = history(plane, helm, &ns);
        assert_eq!(h.last().map(|e| (e.0, e.2.as_str())), Some((5, "Rollback to 1")), "{h:?}");
        assert!(live_api_image(plane, &ns).ends_with(":live-1"), "{}", live_api_image(plane, &ns));
        plane.assert_render_is_live(&ns, &rendered(helm, env, &ns, &tag_1));

        // An explicit revision that the history does not hold is refused.
        let missing = script_exits(plane, helm, "rollback", &[env, "99"], 2);
        assert!(missing.stderr.contains("has no revision 99"), "{}", missing.stderr);
        println!("{helm} deploy {env}: rolled back after {:.1}s", began.elapsed().as_secs_f64());
    });
    plane.uninstall_leaves_nothing(helm, &ns, RELEASE);
    plane.delete_namespace(&ns);
}

/// The refusals (exit 2, the message naming what is wrong; 3 for a stale
/// `out/`), and a dry run that shows the diff and changes nothing: `env`'s
/// namespace is never created.
pub fn refusals_and_dry_run(plane: &ControlPlane, helm: HelmMajor, env: &str) {
    let ns = maily_environments::namespace(env).expect("a known environment");
    let known = "(known: development, production, staging)";
    for name in ["deploy", "rollback"] {
        let unknown = script_exits(plane, helm, name, &["nowhere"], 2);
        assert!(
            unknown.stderr.contains("unknown environment `nowhere`") && unknown.stderr.contains(known),
            "{}",
            unknown.stderr
        );
        let other = maily_environments::NAMESPACES.iter().map(|(_, n)| *n).find(|n| *n != ns).expect("two namespaces");
        let wrong = script_exits(plane, helm, name, &[env, "--namespace", other], 2);
        let message = format!("environment `{env}` is installed in namespace `{ns}`, not `{other}`");
        assert!(wrong.stderr.contains(&message), "{}", wrong.stderr);
    }
    // A stale out/: the real `gen --check`, pointed (by a `$MAILY_GEN` wrapper)
    // at an empty directory, finds every file missing; the script refuses with 3.
    let dir = TempDir::new("stale-out");
    let wrapper = dir.path().join("gen");
    let empty = dir.path().join("out");
    fs::create_dir(&empty).expect("temp dir");
    fs::write(
        &wrapper,
        format!(
            "#!/bin/sh\nif [ \"$1\" = --check ]; then exec cargo run -q --bin gen -- --check --out '{}'; fi\n\
             exec cargo run -q --bin gen -- \"$@\"\n",
            empty.display()
        ),
    )
    .expect("temp dir");
    fs::set_permissions(&wrapper, fs::Permissions::from_mode(0o755)).expect("temp dir");
    let stale = script_with(plane, helm, "deploy", &[env], &[("MAILY_GEN", wrapper.as_path())]);
    assert_eq!(stale.code, 3, "a stale out/ is refused with 3:\n{}\n{}", stale.stdout, stale.stderr);
    assert!(stale.stderr.contains("refused: out/ is stale: run `cargo run --bin gen`"), "{}", stale.stderr);
    assert!(stale.stderr.contains("is out of date"), "gen's own verdict is shown:\n{}", stale.stderr);
    assert!(!stale.stdout.contains("diff:"), "nothing after the refusal:\n{}", stale.stdout);

    // No release to roll back.
    let nothing = script_exits(plane, helm, "rollback", &[env], 1);
    assert!(nothing.stderr.contains(&format!("no release {RELEASE} in namespace {ns}")), "{}", nothing.stderr);

    let dry = script_exits(plane, helm, "deploy", &[env, "--dry-run"], 0);
    assert!(dry.stdout.contains("+ Deployment maily-api"), "{}", dry.stdout);
    assert!(dry.stdout.contains("--dry-run: nothing changed"), "{}", dry.stdout);
    assert!(!dry.stdout.contains("helm upgrade"), "{}", dry.stdout);
    let namespaces: BTreeSet<String> = items(&plane.kubectl_ok(&["get", "namespaces", "-o", "json"]))
        .iter()
        .map(|n| n["metadata"]["name"].as_str().unwrap_or_default().to_string())
        .collect();
    assert!(!namespaces.contains(ns), "the dry run created namespace {ns}");
    assert!(!plane.helm(helm, &["history", RELEASE, "-n", ns]).success(), "the dry run made a release in {ns}");
}

/// The faker's rules, on pod objects: a workload pod becomes Running and
/// Ready, a test pod Succeeded, a `broken` one nothing; done pods are left.
pub fn faker_rules(_plane: &ControlPlane) {
    let pod = |image: &str, hook: Option<&str>| {
        let mut p = json!({"metadata": {"name": "p"}, "spec": {"containers": [{"name": "c", "image": image}]}});
        if let Some(h) = hook {
            p["metadata"]["annotations"] = json!({"helm.sh/hook": h});
        }
        p
    };
    let now = utc_now();
    assert!(now.len() == 20 && now.ends_with('Z') && now.as_bytes()[10] == b'T', "{now}");
    let workload = faked_status(&pod("r/api:v1.0.0", None), &now).expect("a pending workload pod is faked");
    assert_eq!(workload["status"]["phase"], "Running");
    assert!(
        workload["status"]["conditions"]
            .as_array()
            .expect("conditions")
            .iter()
            .any(|c| c["type"] == "Ready" && c["status"] == "True")
    );
    let test = faked_status(&pod("r/curl:8.0", Some("test")), &now).expect("a test pod is faked");
    assert_eq!(test["status"]["phase"], "Succeeded");
    assert!(faked_status(&pod("r/api:broken-3", None), &now).is_none(), "a broken pod stays pending");
    assert!(faked_status(&pod("broken/api:v1", None), &now).is_some(), "only the tag counts");
    let mut done = pod("r/api:v1.0.0", None);
    done["status"] = workload["status"].clone();
    assert!(faked_status(&done, &now).is_none(), "a ready pod is left alone");
}
