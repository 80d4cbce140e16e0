//! `gen diff`: what each environment would get, object by object, between a
//! base and the working tree.
//!
//! Both sides are rendered by the real `helm template <release> <chart> -n
//! <namespace> -f <chart>/values-<env>.yaml` (Helm hooks, such as the `helm
//! test` pods, included). The working side is the chart [`crate::generate`]
//! builds now, written to a temporary directory (never whatever is in
//! `out/`). The base ([`Base`]) is `out/maily` as committed at a git revision
//! (default: the merge-base of `HEAD` with `main`, else `origin/main`), a
//! chart directory, or a manifest as `helm get manifest` prints it (the
//! deploy script's live diff).
//!
//! Objects are keyed by API group, kind, namespace and name ([`Key`]); a
//! change of version inside a group (`v1beta1` to `v1`) is a change of the
//! object, not a removal and an addition. Each changed object is shown as a
//! unified diff of the two objects printed as YAML with every mapping's keys
//! sorted ([`sorted_yaml`]), so key order never shows as a change. A
//! Deployment, StatefulSet or DaemonSet (group `apps`) whose `spec.template`
//! changed rolls its pods; the summary line names it.
//!
//! Output (stdout), per environment:
//!
//! ```text
//! # production: release maily, namespace maily-production; base: main (1a2b3c4d5e6f) -> working tree
//! + ConfigMap maily-extra
//! - Service maily-old
//! ~ Deployment maily-api
//!     --- base Deployment maily-api
//!     +++ working Deployment maily-api
//!     @@ -40,7 +40,7 @@
//!     ...
//! production: 1 added, 1 removed, 1 changed; pods roll: Deployment/maily-api
//! ```
//!
//! Object lines start in column 0 with `+ `, `- ` or `~ `; diff lines are
//! indented by four spaces, so a script can tell them apart.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde::Deserialize;
use serde_json::{Map, Value};

/// Kinds whose pods roll when their `spec.template` changes (group `apps`).
pub const ROLLING_KINDS: &[&str] = &["Deployment", "StatefulSet", "DaemonSet"];

/// What the working tree is compared with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Base {
    /// `out/maily` as committed at this git revision; `None`: the merge-base
    /// of `HEAD` with `main` (else `origin/main`).
    Revision(Option<String>),
    /// A chart directory (with `Chart.yaml` and `values-<env>.yaml`).
    Dir(PathBuf),
    /// A file of multi-document YAML as `helm get manifest` prints it; an
    /// empty file is no release yet (every object added).
    Live(PathBuf),
}

/// Why `gen diff` failed; [`crate::cli`] maps each to its exit code.
#[derive(Debug, PartialEq, Eq)]
pub enum Error {
    /// Bad input: an unknown revision, a directory that is no chart, an
    /// environment without a release or namespace, a manifest that does not
    /// parse ([`crate::cli::EXIT_INVALID`]).
    Input(String),
    /// An I/O or tool failure: git, tar or helm missing or failing, a file
    /// that cannot be read or written ([`crate::cli::EXIT_IO`]).
    Io(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Input(m) | Error::Io(m) => f.write_str(m),
        }
    }
}

/// An object's identity across the two sides: API group (`""` for the core
/// group, `apps` for `apps/v1`), kind, namespace (`""` when the object names
/// none, as the chart's templates do) and name.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Key {
    /// API group: `apiVersion` without its version.
    pub group: String,
    /// `kind`.
    pub kind: String,
    /// `metadata.namespace`, or `""`.
    pub namespace: String,
    /// `metadata.name`.
    pub name: String,
}

impl Key {
    /// The key of `object` (a Kubernetes object as JSON). Missing fields are `""`.
    pub fn of(object: &Value) -> Key {
        let s = |p: &str| object.pointer(p).and_then(Value::as_str).unwrap_or_default().to_string();
        let api_version = s("/apiVersion");
        let group = api_version.rsplit_once('/').map_or("", |(group, _)| group).to_string();
        Key { group, kind: s("/kind"), namespace: s("/metadata/namespace"), name: s("/metadata/name") }
    }

    /// Whether this object's pods roll when its `spec.template` changes.
    pub fn is_rolling_workload(&self) -> bool {
        self.group == "apps" && ROLLING_KINDS.contains(&self.kind.as_str())
    }
}

impl Key {
    /// `Kind name`, then ` (namespace ns)` when the object names a namespace
    /// other than `release_namespace`.
    pub fn shown(&self, release_namespace: &str) -> String {
        if self.namespace.is_empty() || self.namespace == release_namespace {
            format!("{} {}", self.kind, self.name)
        } else {
            format!("{} {} (namespace {})", self.kind, self.name, self.namespace)
        }
    }
}

impl std::fmt::Display for Key {
    /// `Kind name`, then ` (namespace ns)` when the object names a namespace.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.shown(""))
    }
}

/// `value` with every mapping's keys sorted, at every depth (lists keep their order).
pub fn sorted(value: &Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<_> = map.iter().collect();
            entries.sort_by(|a, b| a.0.cmp(b.0));
            Value::Object(entries.into_iter().map(|(k, v)| (k.clone(), sorted(v))).collect::<Map<_, _>>())
        }
        Value::Array(items) => Value::Array(items.iter().map(sorted).collect()),
        other => other.clone(),
    }
}

/// `object` as YAML with every mapping's keys sorted, multi-line strings as
/// block literals (the writer of the values files): two objects equal as
/// JSON print the same text whatever their key order.
pub fn sorted_yaml(object: &Value) -> String {
    match sorted(object) {
        Value::Object(map) => {
            let docs = BTreeMap::new();
            let mut writer = crate::values_file::Writer::new(&docs);
            writer.mapping(&map, 0, "");
            writer.finish()
        }
        other => format!("{other}\n"),
    }
}

/// The objects of a multi-document YAML stream (`helm template`, `helm get
/// manifest`); empty documents are skipped.
///
/// # Errors
/// The number of the document that does not parse, or that is no mapping.
pub fn parse_manifests(text: &str) -> Result<Vec<Value>, String> {
    let mut objects = Vec::new();
    for (i, doc) in serde_yaml::Deserializer::from_str(text).enumerate() {
        let value = Value::deserialize(doc).map_err(|e| format!("document {}: {e}", i + 1))?;
        match value {
            Value::Null => {}
            Value::Object(_) => objects.push(value),
            other => return Err(format!("document {}: not an object: {other}", i + 1)),
        }
    }
    Ok(objects)
}

/// `objects` by [`Key`].
///
/// # Errors
/// Two objects with the same key.
pub fn index(objects: Vec<Value>) -> Result<BTreeMap<Key, Value>, String> {
    let mut map = BTreeMap::new();
    for object in objects {
        let key = Key::of(&object);
        if map.contains_key(&key) {
            return Err(format!("two objects are {key}"));
        }
        map.insert(key, object);
    }
    Ok(map)
}

/// One object that differs between the base and the working tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// Only in the working tree.
    Added(Key),
    /// Only in the base.
    Removed(Key),
    /// In both, not equal: the unified diff of [`sorted_yaml`] (base, then
    /// working), and whether its pods roll.
    Changed {
        /// The object.
        key: Key,
        /// The unified diff, lines unindented.
        diff: String,
        /// A workload ([`Key::is_rolling_workload`]) whose `spec.template` changed.
        rolls: bool,
    },
}

/// The changes of one environment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EnvironmentDiff {
    /// The environment's name.
    pub environment: String,
    /// The release namespace (objects in it are shown without it).
    pub namespace: String,
    /// Every object that differs, in [`Key`] order.
    pub changes: Vec<Change>,
}

impl EnvironmentDiff {
    /// Compares `base` with `working` object by object.
    ///
    /// # Errors
    /// Two objects of one side with the same key (the message names the side).
    pub fn of(environment: &str, namespace: &str, base: Vec<Value>, working: Vec<Value>) -> Result<Self, String> {
        let base = index(base).map_err(|e| format!("the base: {e}"))?;
        let working = index(working).map_err(|e| format!("the working tree: {e}"))?;
        let mut keys: Vec<&Key> = base.keys().chain(working.keys()).collect();
        keys.sort();
        keys.dedup();
        let mut changes = Vec::new();
        for key in keys {
            match (base.get(key), working.get(key)) {
                (None, Some(_)) => changes.push(Change::Added(key.clone())),
                (Some(_), None) => changes.push(Change::Removed(key.clone())),
                (Some(old), Some(new)) if old != new => {
                    let (old_text, new_text) = (sorted_yaml(old), sorted_yaml(new));
                    let diff = similar::TextDiff::from_lines(&old_text, &new_text)
                        .unified_diff()
                        .context_radius(3)
                        .header(&format!("base {}", key.shown(namespace)), &format!("working {}", key.shown(namespace)))
                        .to_string();
                    let rolls =
                        key.is_rolling_workload() && old.pointer("/spec/template") != new.pointer("/spec/template");
                    changes.push(Change::Changed { key: key.clone(), diff, rolls });
                }
                _ => {}
            }
        }
        Ok(Self { environment: environment.to_string(), namespace: namespace.to_string(), changes })
    }

    fn count(&self, f: fn(&Change) -> bool) -> usize {
        self.changes.iter().filter(|c| f(c)).count()
    }

    /// The workloads whose pods roll, as `Kind/name`.
    pub fn rolling(&self) -> Vec<String> {
        self.changes
            .iter()
            .filter_map(|c| match c {
                Change::Changed { key, rolls: true, .. } => Some(format!("{}/{}", key.kind, key.name)),
                _ => None,
            })
            .collect()
    }

    /// `production: 2 added, 1 removed, 3 changed; pods roll: Deployment/maily-api` (or `pods roll: none`).
    pub fn summary(&self) -> String {
        let rolling = self.rolling();
        format!(
            "{}: {} added, {} removed, {} changed; pods roll: {}",
            self.environment,
            self.count(|c| matches!(c, Change::Added(_))),
            self.count(|c| matches!(c, Change::Removed(_))),
            self.count(|c| matches!(c, Change::Changed { .. })),
            if rolling.is_empty() { "none".to_string() } else { rolling.join(", ") }
        )
    }

    /// The object lines, each changed object's diff (indented by four
    /// spaces), then [`EnvironmentDiff::summary`].
    pub fn text(&self) -> String {
        let mut text = String::new();
        for change in &self.changes {
            match change {
                Change::Added(key) => writeln!(text, "+ {}", key.shown(&self.namespace)),
                Change::Removed(key) => writeln!(text, "- {}", key.shown(&self.namespace)),
                Change::Changed { key, diff, .. } => {
                    let _ = writeln!(text, "~ {}", key.shown(&self.namespace));
                    for line in diff.lines() {
                        let _ = writeln!(text, "    {line}");
                    }
                    Ok(())
                }
            }
            .expect("writing to a String");
        }
        text + &self.summary() + "\n"
    }
}

/// What to render for one environment: its name, release and namespace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    /// The environment (`values-<name>.yaml`).
    pub environment: String,
    /// `helm template <release>`.
    pub release: String,
    /// `helm template -n <namespace>`.
    pub namespace: String,
}

/// The helm binary: `$MAILY_HELM` when set and not empty, else
/// `<workspace>/.tools/bin/helm` when it is a file, else `helm` on `PATH`.
///
/// # Errors
/// [`Error::Io`] when none is found.
pub fn helm_binary(workspace: &Path) -> Result<PathBuf, Error> {
    if let Some(path) = std::env::var_os("MAILY_HELM").filter(|p| !p.is_empty()) {
        let path = PathBuf::from(path);
        return if path.is_file() {
            Ok(path)
        } else {
            Err(Error::Io(format!("$MAILY_HELM is {}, which is no file", path.display())))
        };
    }
    let pinned = workspace.join(".tools").join("bin").join("helm");
    if pinned.is_file() {
        return Ok(pinned);
    }
    std::env::var_os("PATH")
        .iter()
        .flat_map(std::env::split_paths)
        .map(|dir| dir.join("helm"))
        .find(|p| p.is_file())
        .ok_or_else(|| {
            Error::Io(format!(
                "no helm: $MAILY_HELM is not set, {} is missing (scripts/install-tools installs it) and no helm is on PATH",
                pinned.display()
            ))
        })
}

/// The objects `helm template <release> <chart> -n <namespace> -f
/// <chart>/values-<env>.yaml` prints; `side` names the chart in messages.
fn helm_template(helm: &Path, chart: &Path, target: &Target, side: &str) -> Result<Vec<Value>, Error> {
    let values = chart.join(format!("values-{}.yaml", target.environment));
    let output = Command::new(helm)
        .arg("template")
        .arg(&target.release)
        .arg(chart)
        .arg("-n")
        .arg(&target.namespace)
        .arg("-f")
        .arg(&values)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| {
            Error::Io(format!("environment `{}`, {side}: running {}: {e}", target.environment, helm.display()))
        })?;
    if !output.status.success() {
        return Err(Error::Io(format!(
            "environment `{}`, {side}: `helm template {} {} -n {} -f {}` failed ({}):\n{}",
            target.environment,
            target.release,
            chart.display(),
            target.namespace,
            values.display(),
            output.status,
            String::from_utf8_lossy(&output.stderr).trim_end()
        )));
    }
    let text = String::from_utf8_lossy(&output.stdout);
    parse_manifests(&text).map_err(|e| {
        Error::Io(format!("environment `{}`, {side}: helm printed YAML that does not parse: {e}", target.environment))
    })
}

/// A directory below the system temp dir, removed on drop.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Result<Self, Error> {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
        let path = std::env::temp_dir().join(format!(
            "maily-gen-diff-{}-{}-{nanos}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        ));
        std::fs::create_dir_all(&path).map_err(|e| Error::Io(format!("creating {}: {e}", path.display())))?;
        Ok(Self(path))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Writes `files` (paths relative to `out/`, as [`crate::generate`] keys
/// them) below `dir`; returns the chart directory `dir/maily`.
fn write_chart(dir: &Path, files: &BTreeMap<String, String>) -> Result<PathBuf, Error> {
    for (path, text) in files {
        let target = dir.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::Io(format!("creating {}: {e}", parent.display())))?;
        }
        std::fs::write(&target, text).map_err(|e| Error::Io(format!("writing {}: {e}", target.display())))?;
    }
    Ok(dir.join(crate::CHART_DIR))
}

/// `git <args>` in `workspace`: its trimmed stdout, or its stderr.
fn git(workspace: &Path, args: &[&str]) -> Result<Result<String, String>, Error> {
    let output = Command::new("git")
        .args(args)
        .current_dir(workspace)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| Error::Io(format!("running git: {e}")))?;
    Ok(if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).trim().to_string())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).trim().to_string())
    })
}

/// The commit `revision` names (or the merge-base of `HEAD` with `main`,
/// else `origin/main`) and how to show it: `main (1a2b3c4d5e6f)`.
fn resolve(workspace: &Path, revision: Option<&str>) -> Result<(String, String), Error> {
    let (shown, commit) = match revision {
        Some(rev) => {
            let spec = format!("{rev}^{{commit}}");
            match git(workspace, &["rev-parse", "--verify", "--quiet", &spec])? {
                Ok(commit) => (rev.to_string(), commit),
                Err(_) => {
                    return Err(Error::Input(format!("--base: `{rev}` names no commit in {}", workspace.display())));
                }
            }
        }
        None => {
            let mut found = None;
            for branch in ["main", "origin/main"] {
                if let Ok(commit) = git(workspace, &["merge-base", "HEAD", branch])? {
                    found = Some((format!("merge-base of HEAD and {branch}"), commit));
                    break;
                }
            }
            found.ok_or_else(|| {
                Error::Input(format!(
                    "no --base given and HEAD has no merge-base with `main` or `origin/main` in {}: pass --base <revision>",
                    workspace.display()
                ))
            })?
        }
    };
    let short: String = commit.chars().take(12).collect();
    Ok((format!("{shown} ({short})"), commit))
}

/// Extracts `out/maily` as committed at `commit` below `dir` (`git archive
/// | tar -x`); returns the chart directory, or `None` when that commit has
/// no `out/maily`.
fn checkout_chart(workspace: &Path, commit: &str, shown: &str, dir: &Path) -> Result<Option<PathBuf>, Error> {
    let chart_path = format!("out/{}", crate::CHART_DIR);
    if git(workspace, &["cat-file", "-e", &format!("{commit}:{chart_path}")])?.is_err() {
        return Ok(None);
    }
    let mut archive = Command::new("git")
        .args(["archive", "--format=tar", commit, "--", &chart_path])
        .current_dir(workspace)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| Error::Io(format!("running git archive: {e}")))?;
    let stdout = archive.stdout.take().expect("piped");
    let tar = Command::new("tar")
        .arg("-x")
        .arg("-C")
        .arg(dir)
        .stdin(stdout)
        .output()
        .map_err(|e| Error::Io(format!("running tar: {e}")))?;
    let archived = archive.wait_with_output().map_err(|e| Error::Io(format!("running git archive: {e}")))?;
    if !archived.status.success() {
        return Err(Error::Io(format!(
            "base {shown}: `git archive {commit} -- {chart_path}` failed: {}",
            String::from_utf8_lossy(&archived.stderr).trim()
        )));
    }
    if !tar.status.success() {
        return Err(Error::Io(format!(
            "base {shown}: extracting {chart_path} with tar failed: {}",
            String::from_utf8_lossy(&tar.stderr).trim()
        )));
    }
    Ok(Some(dir.join(chart_path)))
}

/// Where the base's objects come from, once prepared.
enum Prepared {
    /// A chart directory (absent: the base has no chart, every object added).
    Chart(Option<PathBuf>),
    /// The live manifest's objects.
    Objects(Vec<Value>),
}

/// The diff of every target, in their order: renders the working chart
/// `files` ([`crate::generate`]'s output) and the base with `helm`, one
/// thread per environment and side. Returns the text to print, its header
/// lines included, and the diffs.
///
/// # Errors
/// [`Error::Input`] for a bad revision, base directory or live manifest;
/// [`Error::Io`] when git, tar or helm fail or a file cannot be read or
/// written. Messages name the environment and the revision or path.
pub fn diff(
    workspace: &Path,
    files: &BTreeMap<String, String>,
    base: &Base,
    targets: &[Target],
) -> Result<(String, Vec<EnvironmentDiff>), Error> {
    let helm = helm_binary(workspace)?;
    let scratch = Scratch::new()?;
    let working_chart = write_chart(&scratch.0.join("working"), files)?;
    let (shown, prepared) = match base {
        Base::Dir(dir) => {
            if !dir.join("Chart.yaml").is_file() {
                return Err(Error::Input(format!(
                    "--base-dir {}: no Chart.yaml there, not a chart directory",
                    dir.display()
                )));
            }
            (dir.display().to_string(), Prepared::Chart(Some(dir.clone())))
        }
        Base::Revision(revision) => {
            let (shown, commit) = resolve(workspace, revision.as_deref())?;
            let dir = scratch.0.join("base");
            std::fs::create_dir_all(&dir).map_err(|e| Error::Io(format!("creating {}: {e}", dir.display())))?;
            let chart = checkout_chart(workspace, &commit, &shown, &dir)?;
            (shown, Prepared::Chart(chart))
        }
        Base::Live(live) => {
            let bytes = std::fs::read(live).map_err(|e| Error::Io(format!("--live {}: {e}", live.display())))?;
            let text = maily_chart::text_file(&String::from_utf8_lossy(&bytes));
            let objects =
                parse_manifests(&text).map_err(|e| Error::Input(format!("--live {}: {e}", live.display())))?;
            (format!("live manifest {}", live.display()), Prepared::Objects(objects))
        }
    };
    let base_has = |target: &Target| match &prepared {
        Prepared::Chart(Some(chart)) => chart.join(format!("values-{}.yaml", target.environment)).is_file(),
        Prepared::Chart(None) => false,
        Prepared::Objects(_) => true,
    };
    let renders: Vec<(Result<Vec<Value>, Error>, Result<Vec<Value>, Error>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = targets
            .iter()
            .map(|target| {
                let working = scope.spawn(|| helm_template(&helm, &working_chart, target, "working tree"));
                let base = scope.spawn(|| match &prepared {
                    Prepared::Chart(Some(chart)) if base_has(target) => {
                        helm_template(&helm, chart, target, &format!("base {shown}"))
                    }
                    Prepared::Chart(_) => Ok(Vec::new()),
                    Prepared::Objects(objects) => Ok(objects.clone()),
                });
                (base, working)
            })
            .collect();
        handles
            .into_iter()
            .map(|(base, working)| {
                let join =
                    |h: std::thread::ScopedJoinHandle<'_, _>| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p));
                (join(base), join(working))
            })
            .collect()
    });
    let mut text = String::new();
    let mut diffs = Vec::new();
    for (target, (base_objects, working_objects)) in targets.iter().zip(renders) {
        let (base_objects, working_objects) = (base_objects?, working_objects?);
        let diff = EnvironmentDiff::of(&target.environment, &target.namespace, base_objects, working_objects)
            .map_err(|e| Error::Input(format!("environment `{}`: {e}", target.environment)))?;
        let absent = match &prepared {
            Prepared::Chart(None) => " (the base has no out/maily: every object added)",
            Prepared::Chart(Some(_)) if !base_has(target) => " (the base has no such environment: every object added)",
            _ => "",
        };
        let _ = writeln!(
            text,
            "# {}: release {}, namespace {}; base: {shown}{absent} -> working tree",
            target.environment, target.release, target.namespace
        );
        text += &diff.text();
        diffs.push(diff);
    }
    Ok((text, diffs))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn objects_are_keyed_by_group_kind_namespace_and_name() {
        let deployment = json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "maily-api"}});
        let key = Key::of(&deployment);
        assert_eq!(
            key,
            Key { group: "apps".into(), kind: "Deployment".into(), namespace: String::new(), name: "maily-api".into() }
        );
        assert!(key.is_rolling_workload());
        assert_eq!(key.to_string(), "Deployment maily-api");
        // The core group is "", and the version is not part of the key.
        let service = json!({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "a", "namespace": "ns"}});
        assert_eq!(Key::of(&service).group, "");
        assert_eq!(Key::of(&service).to_string(), "Service a (namespace ns)");
        assert_eq!(Key::of(&service).shown("ns"), "Service a", "the release namespace goes without saying");
        assert_eq!(Key::of(&service).shown("other"), "Service a (namespace ns)");
        let beta = json!({"apiVersion": "policy/v1beta1", "kind": "PodDisruptionBudget", "metadata": {"name": "p"}});
        let stable = json!({"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": {"name": "p"}});
        assert_eq!(Key::of(&beta), Key::of(&stable));
        // A Deployment of another group does not roll pods.
        let other = json!({"apiVersion": "example.com/v1", "kind": "Deployment", "metadata": {"name": "x"}});
        assert!(!Key::of(&other).is_rolling_workload());
        // Two objects with one key are refused.
        assert_eq!(index(vec![beta, stable]).unwrap_err(), "two objects are PodDisruptionBudget p");
    }

    #[test]
    fn sorted_yaml_ignores_key_order_and_prints_block_literals() {
        let a = json!({"metadata": {"name": "n", "labels": {"z": "1", "a": "2"}}, "kind": "ConfigMap", "data": {"f": "x\ny\n"}});
        let b: Value = serde_json::from_str(
            r#"{"kind": "ConfigMap", "data": {"f": "x\ny\n"}, "metadata": {"labels": {"a": "2", "z": "1"}, "name": "n"}}"#,
        )
        .expect("JSON");
        assert_eq!(sorted_yaml(&a), sorted_yaml(&b));
        assert_eq!(
            sorted_yaml(&b),
            "data:\n  f: |\n    x\n    y\nkind: \"ConfigMap\"\nmetadata:\n  labels:\n    a: \"2\"\n    z: \"1\"\n  name: \"n\"\n"
        );
        // Lists keep their order.
        assert_eq!(sorted_yaml(&json!({"l": [2, 1]})), "l:\n  - 2\n  - 1\n");
    }

    #[test]
    fn the_diff_lists_added_removed_and_changed_objects_and_rolling_workloads() {
        let deployment = |image: &str, replicas: u32| {
            json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "d", "labels": {"helm.sh/chart": "maily-0.1.0"}},
                   "spec": {"replicas": replicas, "template": {"spec": {"containers": [{"name": "c", "image": image}]}}}})
        };
        let cm = |name: &str| json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": name}});
        let base = vec![deployment("a:1", 1), cm("old"), cm("same")];
        let working = vec![cm("same"), deployment("a:2", 1), cm("new")];
        let diff = EnvironmentDiff::of("staging", "ns", base, working).expect("distinct keys");
        assert_eq!(diff.summary(), "staging: 1 added, 1 removed, 1 changed; pods roll: Deployment/d");
        let text = diff.text();
        let lines: Vec<&str> = text.lines().filter(|l| l.starts_with(['+', '-', '~'])).collect();
        assert_eq!(lines, ["+ ConfigMap new", "- ConfigMap old", "~ Deployment d"]);
        assert!(text.contains("    -        - image: \"a:1\"\n    +        - image: \"a:2\"\n"), "{text}");
        // Replicas and labels change no pod template.
        let base = vec![deployment("a:1", 1)];
        let mut working = deployment("a:1", 3);
        working["metadata"]["labels"]["helm.sh/chart"] = json!("maily-0.2.0");
        let diff = EnvironmentDiff::of("production", "ns", base, vec![working]).expect("distinct keys");
        assert_eq!(diff.summary(), "production: 0 added, 0 removed, 1 changed; pods roll: none");
        assert!(diff.text().contains("-    helm.sh/chart: \"maily-0.1.0\""), "{}", diff.text());
        let same = EnvironmentDiff::of("x", "ns", vec![cm("a")], vec![cm("a")]).expect("distinct keys");
        assert_eq!(same.text(), "x: 0 added, 0 removed, 0 changed; pods roll: none\n");
    }

    #[test]
    fn manifests_parse_document_by_document() {
        let text = "---\n# Source: maily/templates/a.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\n---\n# empty\n";
        assert_eq!(parse_manifests(text).expect("parses").len(), 1);
        assert_eq!(parse_manifests("").expect("parses"), Vec::<Value>::new());
        assert!(parse_manifests("a: 1\n---\n- x\n").unwrap_err().starts_with("document 2: not an object"));
        assert!(parse_manifests("a: [\n").unwrap_err().starts_with("document 1:"));
    }
}
