//! What the live scenarios ask of the cluster, through the pinned kubectl
//! and helm: namespaces, objects as JSON, waits, the objects a release left
//! behind, and the comparison of a render with the live objects.

use std::collections::BTreeMap;
use std::path::Path;
use std::thread::sleep;
use std::time::{Duration, Instant};

use maily_chart_tests::{HelmMajor, ToolOutput, parse_manifests, template_args, to_yaml};
use serde_json::{Value, json};

use crate::cluster::ControlPlane;

/// How long a wait for the controllers (ReplicaSets, pods, garbage
/// collection) may take before the scenario fails.
pub const SETTLE_TIMEOUT: Duration = Duration::from_secs(120);

/// The Pod Security labels of a namespace that enforces (and warns about,
/// and audits) the `restricted` level of the running release.
pub const RESTRICTED_LABELS: [&str; 4] = [
    "pod-security.kubernetes.io/enforce=restricted",
    "pod-security.kubernetes.io/enforce-version=latest",
    "pod-security.kubernetes.io/warn=restricted",
    "pod-security.kubernetes.io/audit=restricted",
];

/// What a poll says: done, not yet (why), or never (fail now).
pub enum Poll<T> {
    /// Done, with the result.
    Done(T),
    /// Not yet; the reason is shown if the wait times out.
    NotYet(String),
    /// A state the wait cannot leave (an admission refusal): fail at once.
    Never(String),
}

/// `(kind, name)` of an object.
pub fn kind_name(object: &Value) -> (String, String) {
    let s = |p: &str| object.pointer(p).and_then(Value::as_str).unwrap_or_default().to_string();
    (s("/kind"), s("/metadata/name"))
}

/// `kind.group/name` (`deployment.apps/maily-api`, `service/maily-api`): how
/// kubectl names an object unambiguously.
pub fn resource_ref(object: &Value) -> String {
    let (kind, name) = kind_name(object);
    let api_version = object["apiVersion"].as_str().unwrap_or_default();
    match api_version.split_once('/') {
        Some((group, _)) => format!("{}.{group}/{name}", kind.to_lowercase()),
        None => format!("{}/{name}", kind.to_lowercase()),
    }
}

/// Whether the object is a Helm hook (`helm.sh/hook`: tests, ...), which
/// `helm install` does not create.
pub fn is_hook(object: &Value) -> bool {
    object.pointer("/metadata/annotations/helm.sh~1hook").is_some()
}

/// `object` without what the server changes on its own (resourceVersion,
/// generation, managedFields, status, the Deployment revision and kubectl's
/// last-applied annotation) and without uid and creationTimestamp (an
/// object deleted and created again compares equal).
pub fn normalized(object: &Value) -> Value {
    let mut o = object.clone();
    if let Some(map) = o.as_object_mut() {
        map.remove("status");
    }
    if let Some(meta) = o.get_mut("metadata").and_then(Value::as_object_mut) {
        for key in ["resourceVersion", "generation", "managedFields", "uid", "creationTimestamp"] {
            meta.remove(key);
        }
        if let Some(annotations) = meta.get_mut("annotations").and_then(Value::as_object_mut) {
            annotations.remove("kubectl.kubernetes.io/last-applied-configuration");
            annotations.remove("deployment.kubernetes.io/revision");
            if annotations.is_empty() {
                meta.remove("annotations");
            }
        }
    }
    o
}

/// Items of what `kubectl get -o json` printed (a List or one object).
pub fn items(json_text: &str) -> Vec<Value> {
    let v: Value =
        serde_json::from_str(json_text).unwrap_or_else(|e| panic!("kubectl printed no JSON: {e}\n{json_text}"));
    match v.get("items").and_then(Value::as_array) {
        Some(items) if v["kind"].as_str().is_some_and(|k| k.ends_with("List")) => items.clone(),
        _ => vec![v],
    }
}

/// A kubectl or helm failure, with what it printed.
fn failed(what: &str, out: &ToolOutput) -> String {
    format!("{what} exited with {}:\nstdout:\n{}\nstderr:\n{}", out.code, out.stdout, out.stderr)
}

impl ControlPlane {
    /// kubectl `args`; its standard output.
    ///
    /// # Panics
    /// When kubectl fails (with what it printed).
    pub fn kubectl_ok(&self, args: &[&str]) -> String {
        let out = self.kubectl(args);
        assert!(out.success(), "{}", failed(&format!("kubectl {}", args.join(" ")), &out));
        out.stdout
    }

    /// `helm` (that major) `args` against the cluster.
    pub fn helm(&self, helm: HelmMajor, args: &[&str]) -> ToolOutput {
        helm.run_against(self.kubeconfig(), args)
    }

    /// [`ControlPlane::helm`] that must succeed; what it printed.
    ///
    /// # Panics
    /// When helm fails.
    pub fn helm_ok(&self, helm: HelmMajor, args: &[&str]) -> ToolOutput {
        let out = self.helm(helm, args);
        assert!(out.success(), "{}", failed(&format!("{helm}: helm {}", args.join(" ")), &out));
        out
    }

    /// Creates namespace `name`, labelled with [`RESTRICTED_LABELS`] when
    /// `restricted`.
    pub fn create_namespace(&self, name: &str, restricted: bool) {
        self.kubectl_ok(&["create", "namespace", name]);
        if restricted {
            let mut args = vec!["label", "namespace", name];
            args.extend(RESTRICTED_LABELS);
            self.kubectl_ok(&args);
        }
    }

    /// Deletes namespace `name` without waiting for it to go.
    pub fn delete_namespace(&self, name: &str) {
        self.kubectl_ok(&["delete", "namespace", name, "--wait=false"]);
    }

    /// The object `reference` (`deployment.apps/x`) in `namespace`, if it exists.
    pub fn get(&self, namespace: &str, reference: &str) -> Option<Value> {
        let out = self.kubectl(["get", reference, "-n", namespace, "-o", "json"]);
        if out.success() {
            return Some(serde_json::from_str(&out.stdout).expect("kubectl prints JSON"));
        }
        assert!(out.stderr.contains("NotFound") || out.stderr.contains("not found"), "{}", failed("kubectl get", &out));
        None
    }

    /// Every object of `kinds` (`deployments,replicasets`) in `namespace`,
    /// with `selector` (`-l`) if any.
    pub fn list(&self, namespace: &str, kinds: &str, selector: Option<&str>) -> Vec<Value> {
        let mut args = vec!["get", kinds, "-n", namespace, "-o", "json"];
        if let Some(s) = selector {
            args.extend(["-l", s]);
        }
        items(&self.kubectl_ok(&args))
    }

    /// Polls `check` every 250 ms until it is done; panics with `what` and
    /// the last reason after `timeout`, or at once on [`Poll::Never`].
    pub fn wait_for<T>(&self, what: &str, timeout: Duration, mut check: impl FnMut() -> Poll<T>) -> T {
        let deadline = Instant::now() + timeout;
        loop {
            match check() {
                Poll::Done(t) => return t,
                Poll::Never(why) => panic!("{what}: {why}"),
                Poll::NotYet(why) if Instant::now() > deadline => panic!("{what}: not after {timeout:?}: {why}"),
                Poll::NotYet(_) => sleep(Duration::from_millis(250)),
            }
        }
    }

    /// Every Deployment of `release` in `namespace` is as far as it can get
    /// without a kubelet, and no pod creation was refused: it wants as many
    /// replicas as it should (its HPA's `minReplicas` when an HPA scales it),
    /// it has a ReplicaSet of its current revision, and every ReplicaSet of
    /// it has all the pods it wants. The current ReplicaSet wants them all,
    /// unless an older one still has pods: pods never become available here,
    /// so a rolling update stops after its first surge pod (`maxSurge` 1,
    /// `maxUnavailable` 0), and the old pods stay. Returns, per Deployment,
    /// its current ReplicaSet's name and uid.
    ///
    /// # Panics
    /// On a refused pod creation (Pod Security, quota, ...): at once, with
    /// the refusal; on anything else not settled after [`SETTLE_TIMEOUT`].
    pub fn wait_for_workloads(&self, namespace: &str, release: &str) -> BTreeMap<String, (String, String)> {
        self.wait_for_deployments(namespace, Some(&format!("app.kubernetes.io/instance={release}")))
    }

    /// [`ControlPlane::wait_for_workloads`] for the Deployments (and their
    /// ReplicaSets, pods and HPAs) that `selector` selects, or for all in
    /// `namespace`.
    pub fn wait_for_deployments(&self, namespace: &str, selector: Option<&str>) -> BTreeMap<String, (String, String)> {
        let what = format!("the Deployments ({}) in {namespace} settle", selector.unwrap_or("all"));
        let settled = self.wait_for(&what, SETTLE_TIMEOUT, || self.workloads_settled(namespace, selector));
        self.assert_no_refused_pods(namespace);
        settled
    }

    fn workloads_settled(&self, namespace: &str, selector: Option<&str>) -> Poll<BTreeMap<String, (String, String)>> {
        let objects = self.list(namespace, "deployments,replicasets,pods,horizontalpodautoscalers", selector);
        let of_kind = |k: &'static str| objects.iter().filter(move |o| o["kind"] == k);
        let hpa_min: BTreeMap<&str, i64> = of_kind("HorizontalPodAutoscaler")
            .filter(|h| h.pointer("/spec/scaleTargetRef/kind") == Some(&json!("Deployment")))
            .map(|h| {
                let target = h.pointer("/spec/scaleTargetRef/name").and_then(Value::as_str).unwrap_or_default();
                (target, h.pointer("/spec/minReplicas").and_then(Value::as_i64).unwrap_or(1))
            })
            .collect();
        if of_kind("Deployment").next().is_none() {
            return Poll::NotYet("no Deployment yet".into());
        }
        for rs in of_kind("ReplicaSet") {
            let conditions = rs.pointer("/status/conditions").and_then(Value::as_array).cloned().unwrap_or_default();
            if let Some(c) = conditions.iter().find(|c| c["type"] == "ReplicaFailure" && c["status"] == "True") {
                return Poll::Never(format!(
                    "ReplicaSet {} cannot create its pods: {}",
                    rs["metadata"]["name"], c["message"]
                ));
            }
        }
        let owned_by = |o: &Value, uid: &Value| {
            o.pointer("/metadata/ownerReferences")
                .and_then(Value::as_array)
                .is_some_and(|refs| refs.iter().any(|r| &r["uid"] == uid && r["controller"] == true))
        };
        let revision = |o: &Value| o.pointer("/metadata/annotations/deployment.kubernetes.io~1revision").cloned();
        let wanted = |o: &Value| o.pointer("/spec/replicas").and_then(Value::as_i64).unwrap_or(1);
        let mut out = BTreeMap::new();
        for d in of_kind("Deployment") {
            let name = d["metadata"]["name"].as_str().unwrap_or_default();
            let want = hpa_min.get(name).copied().unwrap_or_else(|| wanted(d));
            if d.pointer("/status/observedGeneration") != d.pointer("/metadata/generation") {
                return Poll::NotYet(format!("Deployment {name}: generation not observed yet"));
            }
            if wanted(d) != want {
                return Poll::NotYet(format!("Deployment {name}: spec.replicas {} (want {want})", wanted(d)));
            }
            let sets: Vec<&Value> = of_kind("ReplicaSet").filter(|rs| owned_by(rs, &d["metadata"]["uid"])).collect();
            let Some(current) = sets.iter().find(|rs| revision(rs) == revision(d)) else {
                return Poll::NotYet(format!("Deployment {name}: no ReplicaSet of its current revision"));
            };
            for rs in &sets {
                let rs_name = rs["metadata"]["name"].as_str().unwrap_or_default();
                let pods = of_kind("Pod").filter(|p| owned_by(p, &rs["metadata"]["uid"])).count() as i64;
                if pods != wanted(rs) || rs.pointer("/status/replicas").and_then(Value::as_i64) != Some(wanted(rs)) {
                    return Poll::NotYet(format!(
                        "Deployment {name}: ReplicaSet {rs_name} has {pods} pods, wants {}",
                        wanted(rs)
                    ));
                }
            }
            let older_with_pods = sets.iter().any(|rs| revision(rs) != revision(d) && wanted(rs) > 0);
            let current_wants = wanted(current);
            if !(current_wants == want || (older_with_pods && current_wants >= 1.min(want))) {
                return Poll::NotYet(format!(
                    "Deployment {name}: its current ReplicaSet wants {current_wants} of {want} pods"
                ));
            }
            let (rs_name, rs_uid) = (&current["metadata"]["name"], &current["metadata"]["uid"]);
            out.insert(
                name.to_string(),
                (rs_name.as_str().unwrap_or_default().into(), rs_uid.as_str().unwrap_or_default().into()),
            );
        }
        Poll::Done(out)
    }

    /// No `FailedCreate` event in `namespace`: no controller was refused a
    /// pod (Pod Security admission, quota, a missing ServiceAccount, ...).
    pub fn assert_no_refused_pods(&self, namespace: &str) {
        let events = items(&self.kubectl_ok(&[
            "get",
            "events",
            "-n",
            namespace,
            "--field-selector",
            "reason=FailedCreate",
            "-o",
            "json",
        ]));
        let messages: Vec<String> = events
            .iter()
            .map(|e| format!("{}: {}", e["involvedObject"]["name"], e["message"].as_str().unwrap_or_default()))
            .collect();
        assert!(messages.is_empty(), "pods were refused in {namespace}:\n{}", messages.join("\n"));
    }

    /// Every non-hook object of `render` exists in `namespace` and equals
    /// what applying it again would give (`kubectl apply --dry-run=server`
    /// of the render on top of the live objects): the live objects hold
    /// every field of the render, as the server stores it.
    ///
    /// # Panics
    /// With the objects that are missing or differ, and a YAML diff.
    pub fn assert_render_is_live(&self, namespace: &str, render: &[Value]) {
        let objects: Vec<&Value> = render.iter().filter(|o| !is_hook(o)).collect();
        let refs: Vec<String> = objects.iter().map(|o| resource_ref(o)).collect();
        let mut args = vec!["get", "-n", namespace, "-o", "json", "--ignore-not-found"];
        args.extend(refs.iter().map(String::as_str));
        let live: BTreeMap<(String, String), Value> =
            items(&self.kubectl_ok(&args)).into_iter().map(|o| (kind_name(&o), o)).collect();
        let missing: Vec<&String> =
            objects.iter().zip(&refs).filter(|(o, _)| !live.contains_key(&kind_name(o))).map(|(_, r)| r).collect();
        assert!(missing.is_empty(), "not in the cluster ({namespace}): {missing:?}");
        let list = json!({"apiVersion": "v1", "kind": "List", "items": objects});
        let out = self.kubectl_with_input(
            ["apply", "--dry-run=server", "-n", namespace, "-o", "json", "-f", "-"],
            Some(&list.to_string()),
        );
        assert!(out.success(), "{}", failed("kubectl apply --dry-run=server (of the render)", &out));
        let mut report = String::new();
        for applied in items(&out.stdout) {
            let key = kind_name(&applied);
            let now = normalized(&live[&key]);
            let again = normalized(&applied);
            if now != again {
                report += &format!(
                    "\n{} {} (left: live, right: the render applied on it):\n{}\n",
                    key.0,
                    key.1,
                    pretty_assertions::StrComparison::new(&to_yaml(&now), &to_yaml(&again))
                );
            }
        }
        assert!(report.is_empty(), "the live objects in {namespace} are not the render:{report}");
    }

    /// The objects of `release` in `namespace` (annotation
    /// `meta.helm.sh/release-name`) of the given `kinds`, normalized (see
    /// [`normalized`]), by `Kind/name`.
    pub fn release_snapshot(&self, namespace: &str, release: &str, kinds: &str) -> BTreeMap<String, Value> {
        self.list(namespace, kinds, None)
            .into_iter()
            .filter(|o| o.pointer("/metadata/annotations/meta.helm.sh~1release-name") == Some(&json!(release)))
            .map(|o| {
                let (k, n) = kind_name(&o);
                (format!("{k}/{n}"), normalized(&o))
            })
            .collect()
    }

    /// What `release` left in `namespace` (and cluster-wide): every object of
    /// every listable kind (events aside) with its Helm annotation, its
    /// `app.kubernetes.io/instance` label (ReplicaSets, pods) or, for
    /// Secrets, Helm's release-record labels (`owner=helm`, `name=<release>`).
    pub fn release_leftovers(&self, namespace: &str, release: &str) -> Vec<String> {
        let mut left = Vec::new();
        for namespaced in [true, false] {
            let flag = format!("--namespaced={namespaced}");
            let kinds: Vec<String> = self
                .kubectl_ok(&["api-resources", "--verbs=list", &flag, "-o", "name"])
                .lines()
                .filter(|k| !k.is_empty() && *k != "events" && *k != "events.events.k8s.io")
                .map(str::to_string)
                .collect();
            let all = kinds.join(",");
            let mut args = vec!["get", all.as_str(), "-o", "json"];
            if namespaced {
                args.extend(["-n", namespace]);
            }
            for o in items(&self.kubectl_ok(&args)) {
                let meta = &o["metadata"];
                let is = |pointer: &str, value: &str| meta.pointer(pointer) == Some(&json!(value));
                let annotated = is("/annotations/meta.helm.sh~1release-name", release)
                    && is("/annotations/meta.helm.sh~1release-namespace", namespace);
                let labelled = namespaced && is("/labels/app.kubernetes.io~1instance", release);
                let record = namespaced && is("/labels/owner", "helm") && is("/labels/name", release);
                // What the chart marks `helm.sh/resource-policy: keep` (the
                // mailydocs documents) outlives the release by design.
                let kept = is("/annotations/helm.sh~1resource-policy", "keep");
                if (annotated || labelled || record) && !kept {
                    let (k, n) = kind_name(&o);
                    left.push(format!("{k}/{n}"));
                }
            }
        }
        left
    }

    /// `helm uninstall`, then waits until [`ControlPlane::release_leftovers`]
    /// is empty (the garbage collector removes ReplicaSets and pods); objects
    /// the chart marks `helm.sh/resource-policy: keep` are not leftovers.
    pub fn uninstall_leaves_nothing(&self, helm: HelmMajor, namespace: &str, release: &str) {
        self.helm_ok(helm, &["uninstall", release, "-n", namespace]);
        self.wait_for(&format!("{helm}: nothing of {release} is left in {namespace}"), SETTLE_TIMEOUT, || {
            let left = self.release_leftovers(namespace, release);
            if left.is_empty() { Poll::Done(()) } else { Poll::NotYet(format!("left: {left:?}")) }
        });
    }
}

/// `helm template` (that major, against no cluster) of `chart` for
/// `release` in `namespace` with `values_files` and `set` (`--set`), parsed.
///
/// # Panics
/// When helm fails or prints YAML that does not parse.
pub fn render(
    helm: HelmMajor,
    chart: &Path,
    release: &str,
    namespace: &str,
    values_files: &[&Path],
    set: &[&str],
) -> Vec<Value> {
    let out = helm.run(template_args(chart, release, namespace, values_files, set));
    assert!(out.success(), "{}", failed(&format!("{helm}: helm template {release} {}", chart.display()), &out));
    parse_manifests(&out.stdout).unwrap_or_else(|e| panic!("{helm} printed YAML that does not parse: {e}"))
}
