//! The chart on a real API server (issue 9): a control plane of its own
//! (`cluster.rs`: etcd, kube-apiserver and kube-controller-manager on
//! loopback, started once for this test binary and stopped by process id at
//! the end, even when a scenario fails), the CRDs of `../shared/crds`, and
//! for every environment under Helm 4 (under Helm 3, each scenario in one
//! environment, the environments in turn; see `scenarios`):
//! - `install`: `helm install` into a namespace that enforces the
//!   `restricted` Pod Security level; every object is admitted and is the
//!   render; every Deployment gets its ReplicaSet and all its pods (admitted,
//!   never run: there is no kubelet); `helm uninstall` leaves nothing;
//! - `dry_run`: `kubectl apply --dry-run=server` of the render (test hooks
//!   included) is admitted and creates nothing; its custom resources, if
//!   any, are created and accepted;
//! - `upgrade_rollback`: an upgrade with changed values changes the live
//!   objects; `helm rollback` to revision 1 brings back exactly the objects
//!   of revision 1 (and its ReplicaSets);
//! - `previous_version`: each released 0.1.0 chart (`tests/fixtures/maily-0.1.0-*.tgz`)
//!   upgrades to the current one without `--force`; then an upgrade whose
//!   only change is the chart's version replaces no ReplicaSet;
//! - `immutable_selector`: a copy of the chart whose api selector differs
//!   fails `helm upgrade` with the immutable-field error (the tests' teeth);
//! - `deploy`: `scripts/deploy` and `scripts/rollback` (see `deploy.rs`):
//!   a release's life (first deploy, a diffed upgrade, a broken upgrade that
//!   rolls itself back, a rollback), the refusals and a dry run;
//! - `migration`: the legacy core objects of `../shared/legacy-manifests`
//!   handed over to the chart by `scripts/migrate-legacy` (see `migration.rs`);
//!
//! and once: `gitops`, every environment's Argo CD Application and Flux
//! HelmRelease of `out/gitops` applied server-side and read back (`gitops.rs`).
//!
//! Not a libtest binary (`harness = false`): `main` owns the control plane,
//! runs the scenarios on a few threads, each caught on panic, then stops it.
//! It takes libtest's filter arguments (`cargo test --test live -- install`,
//! `--exact`, `--list`, `--test-threads N`) and prints libtest's lines.

mod cluster;
mod deploy;
mod gitops;
mod kube;
mod migration;

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use maily_chart_tests::*;
use serde_json::{Value, json};

use cluster::ControlPlane;
use kube::{is_hook, kind_name, render};

/// The release name of every scenario.
const RELEASE: &str = "maily";

/// The environments under test (each has `out/maily/values-<env>.yaml`).
const ENVIRONMENTS: [&str; 3] = ["development", "staging", "production"];

/// The released charts an upgrade must start from: `helm package` of
/// `out/maily` at each commit, in `tests/fixtures/`. 60e63a8 is the last
/// 0.1.0 (the commit before the version became 0.2.0); 5bb71c3 is the 0.1.0
/// that users outside the repository installed (issue 5; its values are in
/// `tests/fixtures/chart-5bb71c3/`).
const RELEASED: [&str; 2] = ["maily-0.1.0-60e63a8.tgz", "maily-0.1.0-5bb71c3.tgz"];

/// A scenario: its name and its body.
struct Scenario {
    name: String,
    run: Box<dyn Fn(&ControlPlane) + Send + Sync>,
}

fn scenarios() -> Vec<Scenario> {
    let mut all = Vec::new();
    let mut add = |name: String, run: Box<dyn Fn(&ControlPlane) + Send + Sync>| all.push(Scenario { name, run });
    add("crds::every_crd_of_shared_is_established_and_validates".into(), Box::new(crds));
    add("pod_security::a_restricted_namespace_refuses_an_unrestricted_pod".into(), Box::new(pod_security_has_teeth));
    add("loopback::every_server_listens_on_127_0_0_1_only".into(), Box::new(loopback_only));
    add(
        "tools::the_build_module_replaces_every_staging_module_with_the_same_release".into(),
        Box::new(build_module_is_one_release),
    );
    add(
        "gitops::every_application_and_helm_release_is_accepted_and_read_back".into(),
        Box::new(gitops::apply_and_read_back),
    );
    add(
        "migration::the_chart_readme_documents_the_procedure_the_test_runs".into(),
        Box::new(migration::readme_documents_the_script),
    );
    add("deploy::the_pod_faker_fakes_what_a_kubelet_would_report".into(), Box::new(deploy::faker_rules));
    // scripts/deploy and scripts/rollback: each scenario owns its environment's
    // namespace (the scripts refuse any other), so one environment per scenario.
    add("helm4::deploy::lifecycle::staging".into(), Box::new(|p| deploy::lifecycle(p, HelmMajor::V4, "staging")));
    add(
        "helm4::deploy::refusals_and_dry_run::production".into(),
        Box::new(|p| deploy::refusals_and_dry_run(p, HelmMajor::V4, "production")),
    );
    add(
        "helm3::deploy::lifecycle::development".into(),
        Box::new(|p| deploy::lifecycle(p, HelmMajor::V3, "development")),
    );
    for helm in HelmMajor::ALL {
        let h = format!("helm{}", helm.number());
        // Helm 4 runs every scenario in every environment; Helm 3 each
        // scenario once, in the environment `helm3_env` gives it (the three
        // take turns): what differs between the majors is the client, not the
        // environment, and the equivalence tests render every environment
        // under both. This halves the live tests' time.
        let envs = |scenario: usize| -> Vec<&'static str> {
            match helm {
                HelmMajor::V4 => ENVIRONMENTS.to_vec(),
                HelmMajor::V3 => vec![helm3_env(scenario)],
            }
        };
        for env in envs(0) {
            add(format!("{h}::install::{env}"), Box::new(move |p| install(p, helm, env)));
        }
        for env in envs(1) {
            add(format!("{h}::dry_run::{env}"), Box::new(move |p| dry_run(p, helm, env)));
        }
        for env in envs(2) {
            add(format!("{h}::security::{env}"), Box::new(move |p| security_objects(p, helm, env)));
        }
        for env in envs(3) {
            add(format!("{h}::upgrade_rollback::{env}"), Box::new(move |p| upgrade_rollback(p, helm, env)));
        }
        // Both released 0.1.0 charts in one environment each (the newest in
        // every environment under Helm 4).
        for (i, released) in RELEASED.iter().copied().enumerate() {
            let commit = released.trim_end_matches(".tgz").rsplit('-').next().unwrap_or_default().to_string();
            let in_envs = match (helm, i) {
                (HelmMajor::V4, 0) => ENVIRONMENTS.to_vec(),
                _ => vec![helm3_env(4 + i)],
            };
            for env in in_envs {
                add(
                    format!("{h}::previous_version::{env}::from_{commit}"),
                    Box::new(move |p| previous_version(p, helm, env, released)),
                );
            }
        }
        for env in envs(6) {
            add(format!("{h}::immutable_selector::{env}"), Box::new(move |p| immutable_selector(p, helm, env)));
        }
        for env in envs(7) {
            add(format!("{h}::migration::{env}"), Box::new(move |p| migration::migrate(p, helm, env)));
        }
    }
    all
}

/// The environment the `n`th kind of scenario runs in under Helm 3 (and a
/// second released chart under Helm 4): the environments in turn.
fn helm3_env(n: usize) -> &'static str {
    ENVIRONMENTS[n % ENVIRONMENTS.len()]
}

// ------------------------------------------------------------------ harness

/// libtest's arguments, as far as this harness takes them.
#[derive(Default)]
struct Args {
    filters: Vec<String>,
    exact: bool,
    list: bool,
    ignored: bool,
    threads: Option<usize>,
}

fn parse_args() -> Args {
    let mut args = Args::default();
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--exact" => args.exact = true,
            "--list" => args.list = true,
            "--ignored" => args.ignored = true,
            "--test-threads" => args.threads = it.next().and_then(|n| n.parse().ok()),
            _ if a.starts_with("--test-threads=") => args.threads = a["--test-threads=".len()..].parse().ok(),
            // --nocapture, --quiet, --format ..., --color ...: nothing to do.
            "--format" | "--color" | "-Z" | "--logfile" | "--skip" => {
                let _ = it.next();
            }
            _ if a.starts_with('-') => {}
            _ => args.filters.push(a),
        }
    }
    args
}

thread_local! {
    /// The scenario this thread runs (for the panic message).
    static CURRENT: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Whether a panic on this thread is expected (see [`expect_panic`]).
    static EXPECTED: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f`, which must panic; returns its message. The panic is not
/// reported (the harness's hook stays quiet for it).
///
/// # Panics
/// With `otherwise` when `f` returns.
fn expect_panic<T>(otherwise: &str, f: impl FnOnce() -> T) -> String {
    EXPECTED.with(|e| e.set(true));
    let result = catch_unwind(AssertUnwindSafe(f));
    EXPECTED.with(|e| e.set(false));
    match result {
        Ok(_) => panic!("{otherwise}"),
        Err(payload) => payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default(),
    }
}

fn main() {
    let args = parse_args();
    let selected: Vec<Scenario> = scenarios()
        .into_iter()
        .filter(|s| {
            !args.ignored
                && (args.filters.is_empty()
                    || args.filters.iter().any(|f| if args.exact { s.name == *f } else { s.name.contains(f.as_str()) }))
        })
        .collect();
    let total = scenarios().len();
    if args.list {
        for s in &selected {
            println!("{}: test", s.name);
        }
        return;
    }
    println!("\nrunning {} tests", selected.len());
    if selected.is_empty() {
        println!(
            "\ntest result: ok. 0 passed; 0 failed; 0 ignored; 0 measured; {total} filtered out; finished in 0.00s\n"
        );
        return;
    }
    let began = Instant::now();
    let plane = match ControlPlane::start() {
        Ok(plane) => plane,
        Err(e) => {
            eprintln!("\n*** the control plane did not start; every live test fails (never skipped):\n{e}\n");
            println!(
                "\ntest result: FAILED. 0 passed; {} failed; 0 ignored; 0 measured; {} filtered out; finished in {:.2}s\n",
                selected.len(),
                total - selected.len(),
                began.elapsed().as_secs_f64()
            );
            std::process::exit(101);
        }
    };
    let pids: Vec<String> = plane.pids().iter().map(|(n, p)| format!("{n} {p}")).collect();
    println!("control plane: {} ready in {:.1}s ({})", plane.server_url, plane.startup.as_secs_f64(), pids.join(", "));
    let crds_began = Instant::now();
    install_crds(&plane);
    println!(
        "control plane: CRDs of {} established in {:.1}s",
        shared_dir().join("crds").display(),
        crds_began.elapsed().as_secs_f64()
    );

    std::panic::set_hook(Box::new(|info| {
        if EXPECTED.with(Cell::get) {
            return;
        }
        let name = CURRENT.with(|c| c.borrow().clone()).unwrap_or_else(|| "<harness>".into());
        eprintln!("\n---- {name} failed ----\n{info}\n");
    }));
    let threads = args.threads.unwrap_or(4).max(1);
    let next = AtomicUsize::new(0);
    let failures: Mutex<Vec<String>> = Mutex::new(Vec::new());
    let passed = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..threads.min(selected.len()) {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some(s) = selected.get(i) else { break };
                    CURRENT.with(|c| *c.borrow_mut() = Some(s.name.clone()));
                    let start = Instant::now();
                    let ok = catch_unwind(AssertUnwindSafe(|| (s.run)(&plane))).is_ok();
                    let secs = start.elapsed().as_secs_f64();
                    if ok {
                        passed.fetch_add(1, Ordering::SeqCst);
                        println!("test {} ... ok ({secs:.1}s)", s.name);
                    } else {
                        failures.lock().expect("not poisoned").push(s.name.clone());
                        println!("test {} ... FAILED ({secs:.1}s)", s.name);
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().expect("not poisoned");
    if !failures.is_empty() {
        eprintln!("{}", plane.logs());
    }
    let stop = Instant::now();
    drop(plane);
    println!("control plane: stopped in {:.1}s", stop.elapsed().as_secs_f64());
    let passed = passed.into_inner();
    if !failures.is_empty() {
        println!("\nfailures:");
        for f in &failures {
            println!("    {f}");
        }
    }
    println!(
        "\ntest result: {}. {passed} passed; {} failed; 0 ignored; 0 measured; {} filtered out; finished in {:.2}s\n",
        if failures.is_empty() { "ok" } else { "FAILED" },
        failures.len(),
        total - selected.len(),
        began.elapsed().as_secs_f64()
    );
    if !failures.is_empty() {
        std::process::exit(101);
    }
}

// ------------------------------------------------------------------ shared files

/// `../shared` beside the workspace (`$MAILY_SHARED` overrides it): the
/// read-only CRDs and legacy manifests. Missing is a loud failure.
pub fn shared_dir() -> PathBuf {
    let dir = match std::env::var_os("MAILY_SHARED") {
        Some(d) if !d.is_empty() => PathBuf::from(d),
        _ => workspace_root().join("..").join("shared"),
    };
    assert!(
        dir.join("crds").is_dir() && dir.join("legacy-manifests").is_dir(),
        "\n\n*** {} has no crds/ and legacy-manifests/: the live tests read them from ../shared beside the \
         workspace (or $MAILY_SHARED). These tests never skip. ***\n\n",
        dir.display()
    );
    dir
}

/// `out/maily/values-<env>.yaml`.
fn values_file(env: &str) -> PathBuf {
    chart_dir().join(format!("values-{env}.yaml"))
}

/// A namespace name for a scenario (`install-production-h4`).
fn namespace(what: &str, env: &str, helm: HelmMajor) -> String {
    format!("{what}-{env}-h{}", helm.number())
}

/// The kinds of `renders` as kubectl takes them (`deployment.apps,service`).
fn kinds_of(renders: &[&[Value]]) -> String {
    let kinds: BTreeSet<String> = renders
        .iter()
        .flat_map(|r| r.iter())
        .filter(|o| !is_hook(o))
        .map(|o| {
            let kind = o["kind"].as_str().unwrap_or_default().to_lowercase();
            match o["apiVersion"].as_str().unwrap_or_default().split_once('/') {
                Some((group, _)) => format!("{kind}.{group}"),
                None => kind,
            }
        })
        .collect();
    kinds.into_iter().collect::<Vec<_>>().join(",")
}

/// The names of the Deployments of a render.
fn deployments_of(render: &[Value]) -> BTreeSet<String> {
    render.iter().filter(|o| o["kind"] == "Deployment").map(|o| kind_name(o).1).collect()
}

/// Panics if helm printed a Pod Security warning (the namespaces warn at
/// `restricted`: a pod template that would be refused is reported on create).
fn assert_no_pod_security_warning(helm: HelmMajor, out: &ToolOutput) {
    assert!(!out.stderr.contains("PodSecurity"), "{helm}: the API server warned about Pod Security:\n{}", out.stderr);
}

// ------------------------------------------------------------------ CRDs

/// Applies every CRD of `../shared/crds` (server-side: some are too large for
/// kubectl's last-applied annotation) and waits until each is Established.
fn install_crds(plane: &ControlPlane) {
    let dir = shared_dir().join("crds");
    plane.kubectl_ok(&["apply", "--server-side", "--field-manager=maily-live-tests", "-f", &dir.display().to_string()]);
    plane.kubectl_ok(&["wait", "--for=condition=Established", "--timeout=120s", "crd", "--all"]);
}

/// The CRD names (`servicemonitors.monitoring.coreos.com`) of the files in
/// `../shared/crds`.
fn shared_crd_names() -> BTreeSet<String> {
    let dir = shared_dir().join("crds");
    let mut names = BTreeSet::new();
    for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("readable entry").path();
        if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            let text = fs::read_to_string(&path).expect("readable CRD file");
            for object in parse_manifests(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display())) {
                if object["kind"] == "CustomResourceDefinition" {
                    names.insert(kind_name(&object).1);
                }
            }
        }
    }
    names
}

/// The (group, kind) pairs the cluster's CRDs serve.
fn served_custom_kinds(plane: &ControlPlane) -> BTreeSet<(String, String)> {
    let template = r#"{range .items[*]}{.spec.group}{" "}{.spec.names.kind}{"\n"}{end}"#;
    plane
        .kubectl_ok(&["get", "crd", "-o", &format!("jsonpath={template}")])
        .lines()
        .filter_map(|l| l.split_once(' '))
        .map(|(g, k)| (g.to_string(), k.to_string()))
        .collect()
}

/// The custom resources of a render: the objects whose kind one of the
/// cluster's CRDs serves.
pub fn custom_resources<'a>(plane: &ControlPlane, render: &'a [Value]) -> Vec<&'a Value> {
    let served = served_custom_kinds(plane);
    render
        .iter()
        .filter(|o| {
            let group = o["apiVersion"].as_str().unwrap_or_default().split_once('/').map(|(g, _)| g).unwrap_or("");
            served.contains(&(group.to_string(), o["kind"].as_str().unwrap_or_default().to_string()))
        })
        .collect()
}

/// Creates every custom resource of `render` in `namespace` (server-side
/// apply) and checks each is then in the cluster: the server accepted it
/// (its CRD's schema, its validation rules). Returns how many there were.
///
/// # Panics
/// When the server refuses one (with its message) or one is missing after.
pub fn apply_custom_resources(plane: &ControlPlane, namespace: &str, render: &[Value]) -> usize {
    let resources = custom_resources(plane, render);
    if resources.is_empty() {
        return 0;
    }
    let list = json!({"apiVersion": "v1", "kind": "List", "items": resources});
    let out = plane.kubectl_with_input(
        ["apply", "--server-side", "--field-manager=maily-live-tests", "-n", namespace, "-f", "-"],
        Some(&list.to_string()),
    );
    assert!(out.success(), "the server refused custom resources of the render:\n{}", out.stderr);
    for r in &resources {
        assert!(
            plane.get(namespace, &kube::resource_ref(r)).is_some(),
            "{} is not in the cluster",
            kube::resource_ref(r)
        );
    }
    resources.len()
}

fn crds(plane: &ControlPlane) {
    let want = shared_crd_names();
    assert!(want.len() >= 10, "../shared/crds holds {} CRDs: {want:?}", want.len());
    let established: BTreeSet<String> = kube::items(&plane.kubectl_ok(&["get", "crd", "-o", "json"]))
        .iter()
        .filter(|c| {
            c.pointer("/status/conditions")
                .and_then(Value::as_array)
                .is_some_and(|cs| cs.iter().any(|c| c["type"] == "Established" && c["status"] == "True"))
        })
        .map(|c| kind_name(c).1)
        .collect();
    let missing: Vec<&String> = want.difference(&established).collect();
    assert!(missing.is_empty(), "CRDs not established: {missing:?}");

    // The helper has teeth: a ServiceMonitor the CRD accepts and one whose
    // endpoints are not a list, which its schema refuses.
    let ns = "crds";
    plane.create_namespace(ns, true);
    let monitor = |endpoints: Value| {
        json!({
            "apiVersion": "monitoring.coreos.com/v1",
            "kind": "ServiceMonitor",
            "metadata": {"name": "maily-api", "namespace": ns},
            "spec": {"selector": {"matchLabels": {"app.kubernetes.io/component": "api"}}, "endpoints": endpoints},
        })
    };
    let good =
        [monitor(json!([{"port": "http", "path": "/metrics"}])), json!({"kind": "ConfigMap", "apiVersion": "v1"})];
    assert_eq!(custom_resources(plane, &good).len(), 1, "a ServiceMonitor is a custom resource, a ConfigMap is not");
    assert_eq!(apply_custom_resources(plane, ns, &good), 1);
    let bad = [monitor(json!("http"))];
    let message = expect_panic("a ServiceMonitor with endpoints: \"http\" was accepted", || {
        apply_custom_resources(plane, ns, &bad)
    });
    assert!(message.contains("spec.endpoints"), "{message}");

    // Every environment's custom resources (none until the chart renders
    // monitors, mesh or secret objects) are accepted.
    for env in ENVIRONMENTS {
        let objects = render(HelmMajor::V4, &chart_dir(), RELEASE, ns, &[&values_file(env)], &[]);
        let n = apply_custom_resources(plane, ns, &objects);
        println!("crds: {env} renders {n} custom resources, all accepted");
    }
    plane.delete_namespace(ns);
}

// ------------------------------------------------------------------ loopback

/// The listening TCP sockets of process `pid`: `(local address, port)` as
/// `/proc/net/tcp` and `tcp6` print them (hex), for the socket inodes among
/// its open files.
fn listening_sockets(pid: u32) -> Vec<(String, u16)> {
    let inodes: BTreeSet<String> = fs::read_dir(format!("/proc/{pid}/fd"))
        .unwrap_or_else(|e| panic!("/proc/{pid}/fd: {e}"))
        .filter_map(|fd| fs::read_link(fd.ok()?.path()).ok())
        .filter_map(|target| {
            let t = target.to_string_lossy().into_owned();
            t.strip_prefix("socket:[").and_then(|r| r.strip_suffix(']')).map(str::to_string)
        })
        .collect();
    let mut out = Vec::new();
    for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
        let text = fs::read_to_string(table).unwrap_or_default();
        for row in text.lines().skip(1) {
            let cols: Vec<&str> = row.split_whitespace().collect();
            // local_address rem_address st ... inode (10th column)
            if cols.len() > 9 && cols[3] == "0A" && inodes.contains(cols[9]) {
                let (addr, port) = cols[1].split_once(':').expect("addr:port");
                out.push((addr.to_string(), u16::from_str_radix(port, 16).expect("hex port")));
            }
        }
    }
    out
}

/// Each server listens, and only on 127.0.0.1 (`0100007F` in
/// `/proc/net/tcp`; no IPv6 socket at all); the controller manager on
/// nothing.
fn loopback_only(plane: &ControlPlane) {
    for (name, pid) in plane.pids() {
        let sockets = listening_sockets(pid);
        let wanted = match name {
            "etcd" => 2,
            "kube-apiserver" => 1,
            _ => 0,
        };
        assert_eq!(sockets.len(), wanted, "{name} (pid {pid}) listens on {sockets:?}");
        for (addr, port) in &sockets {
            assert_eq!(addr, "0100007F", "{name} (pid {pid}) listens on {addr}:{port}, not 127.0.0.1");
        }
    }
    let port: u16 = plane.server_url.rsplit(':').next().and_then(|p| p.parse().ok()).expect("a port");
    let apiserver = plane.pids().into_iter().find(|(n, _)| *n == "kube-apiserver").expect("the API server").1;
    assert_eq!(listening_sockets(apiserver), [("0100007F".to_string(), port)]);
}

// ------------------------------------------------------------------ the build module

/// `tools/kube/go.mod` builds one release: the server reports the version
/// of its `k8s.io/kubernetes` line, and each staging module it replaces
/// (k8s.io/api, ...) is replaced with the `v0.<minor>.<patch>` of that
/// release, never a local path or another release.
fn build_module_is_one_release(plane: &ControlPlane) {
    let version = cluster::kube_version();
    let staging = format!("v0.{}", version.trim_start_matches("v1."));
    let go_mod = fs::read_to_string(cluster::build_module().join("go.mod")).expect("go.mod");
    let replaces: Vec<&str> = go_mod.lines().filter(|l| l.contains("=>")).collect();
    assert!(replaces.len() >= 30, "k8s.io/kubernetes replaces about 30 staging modules: {replaces:?}");
    for line in &replaces {
        let words: Vec<&str> = line.split_whitespace().collect();
        assert!(
            words.len() == 4 && words[0].starts_with("k8s.io/") && words[2] == words[0] && words[3] == staging,
            "not `<k8s.io/module> => <k8s.io/module> {staging}`: {line}"
        );
    }
    let server = plane.kubectl_ok(&["version", "-o", "json"]);
    let server: Value = serde_json::from_str(&server).expect("kubectl version prints JSON");
    assert_eq!(server["serverVersion"]["gitVersion"], json!(version), "{server}");
    assert!(fs::read_to_string(cluster::build_module().join("go.sum")).is_ok_and(|s| s.contains("k8s.io/kubernetes")));
}

// ------------------------------------------------------------------ pod security

/// The harness sees a Pod Security refusal: a Deployment whose container
/// sets no securityContext (root allowed, privilege escalation, every
/// capability, no seccomp profile) is created in a restricted namespace with
/// a warning, and its ReplicaSet cannot create its pod
/// ([`ControlPlane::wait_for_workloads`] fails at once).
fn pod_security_has_teeth(plane: &ControlPlane) {
    let ns = "pod-security";
    plane.create_namespace(ns, true);
    let deployment = json!({
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": "unrestricted", "namespace": ns, "labels": {"app.kubernetes.io/instance": "bad"}},
        "spec": {
            "replicas": 1,
            "selector": {"matchLabels": {"app.kubernetes.io/instance": "bad"}},
            "template": {
                "metadata": {"labels": {"app.kubernetes.io/instance": "bad"}},
                "spec": {"containers": [{"name": "c", "image": "busybox:1.36.1"}]},
            },
        },
    });
    let out = plane.kubectl_with_input(["apply", "-f", "-"], Some(&deployment.to_string()));
    assert!(out.success(), "{}", out.stderr);
    assert!(out.stderr.contains("would violate PodSecurity \"restricted:latest\""), "no warning: {}", out.stderr);
    let message = expect_panic("the unrestricted pod was admitted", || plane.wait_for_workloads(ns, "bad"));
    assert!(message.contains("violates PodSecurity"), "{message}");
    plane.delete_namespace(ns);
}

// ------------------------------------------------------------------ lifecycle

fn install(plane: &ControlPlane, helm: HelmMajor, env: &str) {
    let ns = namespace("install", env, helm);
    plane.create_namespace(&ns, true);
    let values = values_file(env);
    let chart = chart_dir().display().to_string();
    let out = plane.helm_ok(helm, &["install", RELEASE, &chart, "-n", &ns, "-f", &values.display().to_string()]);
    assert_no_pod_security_warning(helm, &out);
    let objects = render(helm, &chart_dir(), RELEASE, &ns, &[&values], &[]);
    let workloads = plane.wait_for_workloads(&ns, RELEASE);
    plane.assert_render_is_live(&ns, &objects);
    assert_eq!(workloads.keys().cloned().collect::<BTreeSet<_>>(), deployments_of(&objects));
    plane.uninstall_leaves_nothing(helm, &ns, RELEASE);
    plane.delete_namespace(&ns);
}

/// With every optional security object on (the ExternalSecret, the Vault
/// SecretStore and its ServiceAccount, Reloader's annotations, the
/// ResourceQuota and the LimitRange), the release installs into a namespace
/// that enforces `restricted`: the API server takes the custom resources,
/// and admits every pod under the chart's own LimitRange and quota.
fn security_objects(plane: &ControlPlane, helm: HelmMajor, env: &str) {
    let ns = namespace("security", env, helm);
    plane.create_namespace(&ns, true);
    let values = values_file(env);
    let chart = chart_dir().display().to_string();
    let out = plane.helm_ok(
        helm,
        &["install", RELEASE, &chart, "-n", &ns, "-f", &values.display().to_string(), "--set", security::SECURITY_SET],
    );
    assert_no_pod_security_warning(helm, &out);
    let objects = render(helm, &chart_dir(), RELEASE, &ns, &[&values], &[security::SECURITY_SET]);
    for kind in ["ExternalSecret", "SecretStore", "ResourceQuota", "LimitRange"] {
        assert!(objects.iter().any(|o| o["kind"] == kind), "{helm}: {env} renders no {kind}");
    }
    let workloads = plane.wait_for_workloads(&ns, RELEASE);
    plane.assert_render_is_live(&ns, &objects);
    assert_eq!(workloads.keys().cloned().collect::<BTreeSet<_>>(), deployments_of(&objects));
    plane.uninstall_leaves_nothing(helm, &ns, RELEASE);
    plane.delete_namespace(&ns);
}

fn dry_run(plane: &ControlPlane, helm: HelmMajor, env: &str) {
    let ns = namespace("dry-run", env, helm);
    plane.create_namespace(&ns, true);
    let values = values_file(env);
    let text = helm.template_text(RELEASE, &ns, &[&values], &[]).unwrap_or_else(|e| panic!("helm template {env}: {e}"));
    let objects = parse_manifests(&text).expect("helm prints YAML");
    let hooks = objects.iter().filter(|o| is_hook(o)).count();
    assert!(hooks > 0, "the render holds the test hooks (pods), which the dry run must admit too");
    let out = plane.kubectl_with_input(["apply", "--dry-run=server", "-n", &ns, "-f", "-"], Some(&text));
    assert!(out.success(), "{helm}: kubectl apply --dry-run=server of {env} failed:\n{}", out.stderr);
    assert!(!out.stderr.contains("PodSecurity"), "Pod Security warnings:\n{}", out.stderr);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), objects.len(), "one line per object:\n{}", out.stdout);
    assert!(lines.iter().all(|l| l.ends_with("(server dry run)")), "{}", out.stdout);
    let kinds = kinds_of(&[&objects]) + ",pods";
    let every_namespace_has = [("ServiceAccount", "default"), ("ConfigMap", "kube-root-ca.crt")];
    let created: Vec<(String, String)> = plane
        .list(&ns, &kinds, None)
        .iter()
        .map(kind_name)
        .filter(|(k, n)| !every_namespace_has.contains(&(k.as_str(), n.as_str())))
        .collect();
    assert!(created.is_empty(), "a dry run created {created:?}");
    let n = apply_custom_resources(plane, &ns, &objects);
    println!("{helm} dry_run {env}: {} objects admitted, {n} custom resources accepted", objects.len());
    plane.delete_namespace(&ns);
}

/// The values an upgrade changes in `env`: the api image tag (a new
/// ReplicaSet), an api variable, the web PodDisruptionBudget (deleted),
/// the NetworkPolicies (switched) and the workers' replicas.
fn upgrade_changes(env: &str) -> Vec<String> {
    let policies = values_of(env).network_policy.enabled;
    vec![
        "api.image.tag=v1.0.1".into(),
        "api.env.MAILY_LIVE_TEST=upgraded".into(),
        "web.podDisruptionBudget.enabled=false".into(),
        format!("networkPolicy.enabled={}", !policies),
        "workers.replicaCount=2".into(),
    ]
}

fn upgrade_rollback(plane: &ControlPlane, helm: HelmMajor, env: &str) {
    let ns = namespace("rollback", env, helm);
    plane.create_namespace(&ns, true);
    let values = values_file(env);
    let (chart, values_arg) = (chart_dir().display().to_string(), values.display().to_string());
    plane.helm_ok(helm, &["install", RELEASE, &chart, "-n", &ns, "-f", &values_arg]);
    let first = render(helm, &chart_dir(), RELEASE, &ns, &[&values], &[]);
    let changes = upgrade_changes(env);
    let set: Vec<&str> = changes.iter().map(String::as_str).collect();
    let second = render(helm, &chart_dir(), RELEASE, &ns, &[&values], &set);
    let kinds = kinds_of(&[&first, &second]);
    let replica_sets_1 = plane.wait_for_workloads(&ns, RELEASE);
    let snapshot_1 = plane.release_snapshot(&ns, RELEASE, &kinds);
    plane.assert_render_is_live(&ns, &first);

    let mut args = vec!["upgrade", RELEASE, chart.as_str(), "-n", &ns, "-f", &values_arg];
    for s in &set {
        args.extend(["--set", s]);
    }
    let out = plane.helm_ok(helm, &args);
    assert_no_pod_security_warning(helm, &out);
    let replica_sets_2 = plane.wait_for_workloads(&ns, RELEASE);
    plane.assert_render_is_live(&ns, &second);
    assert_ne!(replica_sets_1["maily-api"], replica_sets_2["maily-api"], "the api image changed: a new ReplicaSet");
    let snapshot_2 = plane.release_snapshot(&ns, RELEASE, &kinds);
    assert_ne!(snapshot_1, snapshot_2, "the upgrade changed nothing");
    assert!(!snapshot_2.contains_key("PodDisruptionBudget/maily-web"), "the upgrade deletes the web PDB");

    plane.helm_ok(helm, &["rollback", RELEASE, "1", "-n", &ns]);
    let replica_sets_3 = plane.wait_for_workloads(&ns, RELEASE);
    let snapshot_3 = plane.release_snapshot(&ns, RELEASE, &kinds);
    if snapshot_3 != snapshot_1 {
        let show =
            |s: &BTreeMap<String, Value>| s.iter().map(|(k, v)| format!("# {k}\n{}", to_yaml(v))).collect::<String>();
        panic!(
            "{helm}: after the rollback the live objects of {env} are not those of revision 1 \
             (left: revision 1, right: after the rollback):\n{}",
            pretty_assertions::StrComparison::new(&show(&snapshot_1), &show(&snapshot_3))
        );
    }
    plane.assert_render_is_live(&ns, &first);
    assert_eq!(replica_sets_3, replica_sets_1, "the rollback brings back revision 1's ReplicaSets");
    let history = plane.helm_ok(helm, &["history", RELEASE, "-n", &ns, "-o", "json"]).stdout;
    let history: Vec<Value> = serde_json::from_str(&history).expect("helm history prints JSON");
    assert_eq!(history.len(), 3, "{history:?}");
    assert_eq!(history[2]["description"], "Rollback to 1", "{history:?}");
    plane.uninstall_leaves_nothing(helm, &ns, RELEASE);
    plane.delete_namespace(&ns);
}

/// `tar -xzf` of a packaged chart into `into`; the chart's directory.
fn unpack(package: &Path, into: &Path) -> PathBuf {
    let out = Command::new("tar")
        .args(["-xzf", &package.display().to_string(), "-C", &into.display().to_string()])
        .output()
        .expect("tar runs");
    assert!(out.status.success(), "tar -xzf {}: {}", package.display(), String::from_utf8_lossy(&out.stderr));
    into.join("maily")
}

/// A copy of `out/maily` in `dir` with `edit` applied to one file; panics if
/// `edit` leaves it unchanged (the copy must differ as intended).
fn edited_chart(dir: &Path, file: &str, edit: impl Fn(&str) -> String) -> PathBuf {
    let copy = dir.join("maily");
    copy_tree(&chart_dir(), &copy);
    let path = copy.join(file);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let edited = edit(&text);
    assert_ne!(edited, text, "the edit of {file} changed nothing");
    fs::write(&path, edited).expect("temp dir");
    copy
}

fn previous_version(plane: &ControlPlane, helm: HelmMajor, env: &str, released: &str) {
    let commit = released.trim_end_matches(".tgz").rsplit('-').next().unwrap_or_default();
    let ns = format!("{}-{commit}", namespace("previous", env, helm));
    plane.create_namespace(&ns, true);
    let dir = TempDir::new("previous-version");
    let old = unpack(&workspace_root().join("tests/fixtures").join(released), dir.path());
    let old_values = old.join(format!("values-{env}.yaml"));
    let old_chart = fs::read_to_string(old.join("Chart.yaml")).expect("Chart.yaml");
    assert!(old_chart.contains("version: 0.1.0") || old_chart.contains("version: \"0.1.0\""), "{old_chart}");
    let out = plane.helm_ok(
        helm,
        &["install", RELEASE, &old.display().to_string(), "-n", &ns, "-f", &old_values.display().to_string()],
    );
    assert_no_pod_security_warning(helm, &out);
    plane.wait_for_workloads(&ns, RELEASE);

    let values = values_file(env);
    let values_arg = values.display().to_string();
    let out =
        plane.helm_ok(helm, &["upgrade", RELEASE, &chart_dir().display().to_string(), "-n", &ns, "-f", &values_arg]);
    assert_no_pod_security_warning(helm, &out);
    let current = render(helm, &chart_dir(), RELEASE, &ns, &[&values], &[]);
    let before = plane.wait_for_workloads(&ns, RELEASE);
    plane.assert_render_is_live(&ns, &current);
    let wanted: BTreeSet<String> =
        current.iter().filter(|o| !is_hook(o)).map(|o| format!("{}/{}", kind_name(o).0, kind_name(o).1)).collect();
    let kinds = kinds_of(&[&current]);
    let live: BTreeSet<String> = plane.release_snapshot(&ns, RELEASE, &kinds).into_keys().collect();
    assert_eq!(live, wanted, "after the upgrade from {released}, the release holds exactly the current render");
    let replica_sets = |plane: &ControlPlane| -> BTreeSet<(String, String)> {
        plane
            .list(&ns, "replicasets", Some(&format!("app.kubernetes.io/instance={RELEASE}")))
            .iter()
            .map(|rs| (kind_name(rs).1, rs["metadata"]["uid"].as_str().unwrap_or_default().to_string()))
            .collect()
    };
    let all_before = replica_sets(plane);

    // Only the chart's version changes: no pod template may change.
    let bumped_dir = TempDir::new("bumped");
    let version = maily_chart::common::names::CHART_VERSION;
    let bumped = edited_chart(bumped_dir.path(), "Chart.yaml", |t| {
        t.replace(&format!("version: \"{version}\""), &format!("version: \"{version}-live.1\""))
    });
    plane.helm_ok(helm, &["upgrade", RELEASE, &bumped.display().to_string(), "-n", &ns, "-f", &values_arg]);
    let deployment = plane.get(&ns, "deployment.apps/maily-api").expect("api Deployment");
    assert_eq!(
        deployment.pointer("/metadata/labels/helm.sh~1chart"),
        Some(&json!(format!("maily-{version}-live.1"))),
        "the upgrade to the bumped chart happened"
    );
    let after = plane.wait_for_workloads(&ns, RELEASE);
    assert_eq!(after, before, "a chart-version-only upgrade replaced a ReplicaSet");
    assert_eq!(replica_sets(plane), all_before, "a chart-version-only upgrade made a ReplicaSet");
    plane.uninstall_leaves_nothing(helm, &ns, RELEASE);
    plane.delete_namespace(&ns);
}

fn immutable_selector(plane: &ControlPlane, helm: HelmMajor, env: &str) {
    let ns = namespace("selector", env, helm);
    plane.create_namespace(&ns, true);
    let values_arg = values_file(env).display().to_string();
    plane.helm_ok(helm, &["install", RELEASE, &chart_dir().display().to_string(), "-n", &ns, "-f", &values_arg]);
    let dir = TempDir::new("selector");
    // The selector and the pod labels both get one more label: a valid
    // Deployment, but not one an existing Deployment can become.
    let changed = edited_chart(dir.path(), "templates/api/deployment.yaml", |t| {
        let extra = "maily.example/selector: changed";
        let selector = "    matchLabels:\n      app.kubernetes.io/component: api\n";
        let pod = "      labels:\n        app.kubernetes.io/component: api\n";
        assert!(t.contains(selector) && t.contains(pod), "the api template no longer reads as this test expects");
        t.replacen(selector, &format!("{selector}      {extra}\n"), 1).replacen(
            pod,
            &format!("{pod}        {extra}\n"),
            1,
        )
    });
    let out = plane.helm(helm, &["upgrade", RELEASE, &changed.display().to_string(), "-n", &ns, "-f", &values_arg]);
    assert!(!out.success(), "{helm}: an upgrade that changes the api selector succeeded:\n{}", out.stdout);
    assert!(
        out.stderr.contains("field is immutable") && out.stderr.contains("spec.selector"),
        "{helm}: not the immutable-field error:\n{}",
        out.stderr
    );
    let live = plane.get(&ns, "deployment.apps/maily-api").expect("the api Deployment is still there");
    assert!(live.pointer("/spec/selector/matchLabels/maily.example~1selector").is_none());
    plane.uninstall_leaves_nothing(helm, &ns, RELEASE);
    plane.delete_namespace(&ns);
}
