//! Chart versions that follow from the change: release records, the
//! comparison that names the required bump, and the changelog.
//!
//! Every released version has a record, `releases/<version>.json`
//! ([`Record`]): its version, bump level, date, changes, and the
//! [`Facts`] of its chart — what the comparison needs of it:
//! - `keys`: every values key of `values.schema.json` with its JSON types,
//!   `enum`, validation keywords (`maximum`, `pattern`, ...) and whether it
//!   is required; maps as `<key>.*`, list items as `<key>[]`;
//! - `defaults`: every leaf of `values.yaml` (a list is one leaf);
//! - `objects`: per environment (and `default`, values.yaml alone), every
//!   rendered object as `Kind/name`, with the sha256 of its content and the
//!   fields Kubernetes will not update (a workload's `spec.selector`, a
//!   StatefulSet's spec but its mutable fields, a claim's spec);
//! - `files`: the sha256 of every chart file (Chart.yaml and the README
//!   without the version and what the records write into them).
//!
//! [`compare`] turns two facts into [`Change`]s, each with its [`Level`]
//! (SemVer 2, <https://semver.org>):
//! - major: a values key removed (or renamed), a type narrowed (fewer JSON
//!   types, or a smaller `enum`), a constraint tightened (a lower `maximum`,
//!   a new `pattern`, a key now required), a default changed, added or
//!   removed under an existing key (an install that relied on it behaves
//!   differently), a default image tag whose leading version number changed
//!   (PostgreSQL 15 to 16), an object removed or renamed, an immutable field
//!   changed (a selector, a StatefulSet's `serviceName`: Kubernetes refuses
//!   the upgrade);
//! - minor: a values key added, an object added;
//! - patch: anything else that changes the chart's files or objects,
//!   including a default image tag within its major version (the
//!   application rolling forward).
//!
//! A record's facts are only comparable with facts of the same shape: when
//! this module records more of a chart, the newest record is rewritten
//! with `gen bump --amend` before it is released.
//!
//! `gen` refuses to write a chart whose facts differ from the newest
//! record's ([`crate::cli::EXIT_UNBUMPED`]); `gen bump` writes the record
//! of the next version. `CHANGELOG.md` and Chart.yaml's
//! `artifacthub.io/changes` are written from the records.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use maily_chart::{Release, Values};
use semver::Version;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::Environment;
use crate::chart_files::ChangeKind;

/// The directory of release records below the workspace root.
pub const RELEASES_DIR: &str = "releases";
/// The changelog below the workspace root, written from the records.
pub const CHANGELOG_PATH: &str = "CHANGELOG.md";
/// The release name and namespace the facts' objects are rendered for.
const FACTS_RELEASE: &str = "maily";

/// A SemVer bump level, weakest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Output changed, nothing an install relies on.
    Patch,
    /// Something new, compatible with existing installs.
    Minor,
    /// Existing installs may break or behave differently.
    Major,
}

impl Level {
    /// The next version of `version` at this level, build metadata dropped.
    ///
    /// A pre-release is promoted when it already is a bump of this level
    /// (as `npm version` and `semver inc` do): `1.0.0-rc.1` → `1.0.0` for
    /// any level, `1.2.0-rc.1` → `1.2.0` for minor and patch but `2.0.0`
    /// for major, `1.2.3-rc.1` → `1.2.3` for patch only.
    pub fn bump(self, version: &Version) -> Version {
        let (major, minor, patch) = (version.major, version.minor, version.patch);
        let pre = !version.pre.is_empty();
        match self {
            Level::Major if pre && minor == 0 && patch == 0 => Version::new(major, 0, 0),
            Level::Major => Version::new(major + 1, 0, 0),
            Level::Minor if pre && patch == 0 => Version::new(major, minor, 0),
            Level::Minor => Version::new(major, minor + 1, 0),
            Level::Patch if pre => Version::new(major, minor, patch),
            Level::Patch => Version::new(major, minor, patch + 1),
        }
    }

    /// The level of the step from `from` to `to`: the first of major, minor
    /// and patch that grew, else patch (a pre-release promoted).
    pub fn of_step(from: &Version, to: &Version) -> Level {
        if to.major > from.major {
            Level::Major
        } else if to.minor > from.minor {
            Level::Minor
        } else {
            Level::Patch
        }
    }
}

/// The validation keywords of a values key that can refuse a value its
/// type accepts (JSON Schema 2020-12, "Validation" vocabulary): recorded per
/// key, so that a tightened constraint counts as major.
const CONSTRAINTS: &[&str] = &[
    "minimum",
    "exclusiveMinimum",
    "maximum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "pattern",
    "format",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
    "const",
];

/// Whether `new` accepts fewer values than `old` for `keyword` (absent:
/// no constraint). Bounds compare by number; any other keyword added or
/// changed counts as narrower, as no general proof of the contrary exists.
fn constraint_tightened(keyword: &str, old: Option<&Value>, new: Option<&Value>) -> bool {
    let Some(new) = new else { return false };
    let Some(old) = old else { return true };
    let (o, n) = (old.as_f64(), new.as_f64());
    match (keyword, o, n) {
        ("minimum" | "exclusiveMinimum" | "minLength" | "minItems" | "minProperties", Some(o), Some(n)) => n > o,
        ("maximum" | "exclusiveMaximum" | "maxLength" | "maxItems" | "maxProperties", Some(o), Some(n)) => n < o,
        ("uniqueItems", _, _) => new == &Value::Bool(true) && old != &Value::Bool(true),
        _ => old != new,
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Level::Patch => "patch",
            Level::Minor => "minor",
            Level::Major => "major",
        })
    }
}

/// A values key as the schema declares it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyFacts {
    /// The JSON types it accepts (`integer` is also accepted by `number`).
    pub types: BTreeSet<String>,
    /// Its `enum`, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none", rename = "enum")]
    pub enumeration: Option<Vec<Value>>,
    /// Its validation keywords ([`CONSTRAINTS`]: `maximum`, `pattern`, ...).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub constraints: BTreeMap<String, Value>,
    /// Whether its parent object requires it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub required: bool,
}

/// A rendered object: a digest of its content, and what Kubernetes will not
/// change in place.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObjectFacts {
    /// sha256 of the object's canonical JSON (keys sorted, the chart version
    /// taken out of the `helm.sh/chart` label).
    pub digest: String,
    /// The fields of `spec` that Kubernetes refuses to update: the
    /// `selector` of a workload; every field of a StatefulSet's spec but
    /// those its API lets change (see [`STATEFULSET_MUTABLE`]); a
    /// PersistentVolumeClaim's spec but `resources`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub immutable: Option<Value>,
}

/// What the comparison needs of a chart (see the module docs).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facts {
    /// Values key (dotted path) to its schema facts.
    pub keys: BTreeMap<String, KeyFacts>,
    /// Leaf of values.yaml (dotted path) to its default.
    pub defaults: BTreeMap<String, Value>,
    /// Environment (`default`: values.yaml alone) to `Kind/name` to facts.
    pub objects: BTreeMap<String, BTreeMap<String, ObjectFacts>>,
    /// Chart file (relative to the chart directory) to its sha256.
    pub files: BTreeMap<String, String>,
}

/// One change, as the changelog and `artifacthub.io/changes` show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Artifact Hub's kind: `added`, `changed`, `removed`, `fixed`, ...
    pub kind: String,
    /// One line, plain text.
    pub description: String,
}

/// The record of a released version (`releases/<version>.json`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// The chart version (SemVer 2).
    pub version: String,
    /// The bump that made it (`None`: the first record).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// The day of the bump (`YYYY-MM-DD`, UTC).
    pub date: String,
    /// What changed since the previous version (a final version after
    /// pre-releases: since the last final version, see [`comparison_base`]).
    pub changes: Vec<Entry>,
    /// Made on purpose (`gen bump --level` or `--version`): `--amend` keeps
    /// it when the change folded into it is undone.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub pinned: bool,
    /// The chart as released.
    pub facts: Facts,
}

/// A difference between two facts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// The bump it requires.
    pub level: Level,
    /// How the changelog files it.
    pub kind: ChangeKind,
    /// One line.
    pub description: String,
}

// ------------------------------------------------------------------ facts

/// sha256 of `bytes`, hex.
fn sha256(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    format!("{:x}", Sha256::digest(bytes))
}

/// `value` with every object's keys sorted (serde_json keeps insertion
/// order here), as compact JSON.
fn canonical(value: &Value) -> String {
    fn sorted(value: &Value) -> Value {
        match value {
            Value::Object(map) => {
                let mut keys: Vec<&String> = map.keys().collect();
                keys.sort();
                Value::Object(keys.into_iter().map(|k| (k.clone(), sorted(&map[k]))).collect())
            }
            Value::Array(items) => Value::Array(items.iter().map(sorted).collect()),
            other => other.clone(),
        }
    }
    serde_json::to_string(&sorted(value)).expect("JSON serializes")
}

/// Removes the chart version from every `helm.sh/chart` label: a version
/// bump alone is not a change of content.
fn without_chart_version(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, item) in map.iter_mut() {
                if key == "helm.sh/chart" {
                    *item = Value::String(maily_chart::common::names::CHART_NAME.into());
                } else {
                    without_chart_version(item);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(without_chart_version),
        _ => {}
    }
}

/// The StatefulSet spec fields an update may change; the API server refuses
/// a change to any other ("updates to statefulset spec for fields other
/// than ... are forbidden", `ValidateStatefulSetUpdate`, Kubernetes 1.35).
const STATEFULSET_MUTABLE: &[&str] = &[
    "replicas",
    "ordinals",
    "template",
    "updateStrategy",
    "revisionHistoryLimit",
    "persistentVolumeClaimRetentionPolicy",
    "minReadySeconds",
];

/// The facts of one render.
fn object_facts(values: &Values) -> Result<BTreeMap<String, ObjectFacts>, Vec<String>> {
    let manifests = maily_chart::render::render(values, &Release::new(FACTS_RELEASE, FACTS_RELEASE))?;
    let mut out = BTreeMap::new();
    for manifest in manifests {
        let mut object = manifest.object;
        without_chart_version(&mut object);
        let kind = object["kind"].as_str().unwrap_or_default();
        let name = object["metadata"]["name"].as_str().unwrap_or_default();
        let spec = &object["spec"];
        let mut immutable = serde_json::Map::new();
        let fields = spec.as_object().into_iter().flatten();
        match kind {
            "StatefulSet" => immutable.extend(
                fields.filter(|(k, _)| !STATEFULSET_MUTABLE.contains(&k.as_str())).map(|(k, v)| (k.clone(), v.clone())),
            ),
            "PersistentVolumeClaim" => {
                immutable.extend(fields.filter(|(k, _)| *k != "resources").map(|(k, v)| (k.clone(), v.clone())))
            }
            "Deployment" | "DaemonSet" | "ReplicaSet" | "Job" => {
                if let Some(selector) = spec.get("selector") {
                    immutable.insert("selector".into(), selector.clone());
                }
            }
            _ => {}
        }
        let facts = ObjectFacts {
            digest: sha256(canonical(&object).as_bytes()),
            immutable: (!immutable.is_empty()).then_some(Value::Object(immutable)),
        };
        out.insert(format!("{kind}/{name}"), facts);
    }
    Ok(out)
}

/// Every key below `schema` (resolving `$ref`, `allOf`, `anyOf`, `oneOf`),
/// into `out`. Kubernetes API types are one key each: their fields are the
/// API's, not the chart's.
fn schema_keys(schema: &Value, root: &Value, path: &str, out: &mut BTreeMap<String, KeyFacts>, depth: usize) {
    let (node, name) = maily_chart::schema::resolve(schema, root);
    let facts = out.entry(path.to_string()).or_default();
    match node.get("type") {
        Some(Value::String(t)) => {
            facts.types.insert(t.clone());
        }
        Some(Value::Array(types)) => facts.types.extend(types.iter().filter_map(Value::as_str).map(String::from)),
        _ => {}
    }
    if let Some(values) = node.get("enum").and_then(Value::as_array) {
        facts.enumeration.get_or_insert_with(Vec::new).extend(values.iter().cloned());
    }
    for keyword in CONSTRAINTS {
        if let Some(value) = node.get(*keyword) {
            facts.constraints.insert((*keyword).to_string(), value.clone());
        }
    }
    if name.is_some_and(|n| n.starts_with("io.k8s.")) || depth > 40 {
        if facts.types.is_empty() {
            facts.types.insert("object".into());
        }
        return;
    }
    for branch in ["allOf", "anyOf", "oneOf"] {
        for option in node.get(branch).and_then(Value::as_array).into_iter().flatten() {
            schema_keys(option, root, path, out, depth + 1);
        }
    }
    let join = |key: &str| if path.is_empty() { key.to_string() } else { format!("{path}.{key}") };
    if let Some(properties) = node.get("properties").and_then(Value::as_object) {
        let required: Vec<&str> =
            node.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
        for (key, property) in properties {
            schema_keys(property, root, &join(key), out, depth + 1);
            if required.contains(&key.as_str()) {
                out.entry(join(key)).or_default().required = true;
            }
        }
    }
    if let Some(additional) = node.get("additionalProperties").filter(|a| a.is_object()) {
        schema_keys(additional, root, &join("*"), out, depth + 1);
    }
    if let Some(items) = node.get("items").filter(|i| i.is_object()) {
        schema_keys(items, root, &format!("{path}[]"), out, depth + 1);
    }
}

/// Every leaf of `value` (objects entered, a list or scalar is one leaf,
/// an empty object too) by dotted path.
fn leaves(value: &Value, path: &str, out: &mut BTreeMap<String, Value>) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            for (key, item) in map {
                let path = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                leaves(item, &path, out);
            }
        }
        other => {
            out.insert(path.to_string(), other.clone());
        }
    }
}

/// What Chart.yaml says of the release rather than of the chart: the
/// version and the annotations written from the release records.
const CHART_YAML_RELEASE_FIELDS: &[&str] =
    &["artifacthub.io/changes", "artifacthub.io/containsSecurityUpdates", "artifacthub.io/prerelease"];

/// The text of a chart file as the facts hash it: the README names the
/// chart version, and Chart.yaml holds the version and its changes
/// ([`CHART_YAML_RELEASE_FIELDS`]), which are not content. The rest of
/// Chart.yaml (description, keywords, maintainers, images, `kubeVersion`)
/// is, as JSON with sorted keys.
fn file_content<'a>(path: &str, text: &'a str, version: &str) -> std::borrow::Cow<'a, str> {
    match path {
        "README.md" => text.replace(&format!("Chart version {version},"), "Chart version,").into(),
        "Chart.yaml" => match serde_yaml::from_str::<Value>(text) {
            Ok(mut chart) => {
                if let Some(map) = chart.as_object_mut() {
                    map.remove("version");
                    if let Some(annotations) = map.get_mut("annotations").and_then(Value::as_object_mut) {
                        annotations.retain(|k, _| !CHART_YAML_RELEASE_FIELDS.contains(&k.as_str()));
                    }
                }
                canonical(&chart).into()
            }
            // Not YAML (never written so): hashed as it is.
            Err(_) => text.into(),
        },
        _ => text.into(),
    }
}

/// The facts of the chart `files` (as [`crate::generate`] returns them,
/// written for chart version `version`) built from `environments` and
/// `defaults`.
///
/// # Errors
/// A render that fails, naming its environment.
pub fn facts(
    files: &BTreeMap<String, String>,
    version: &str,
    environments: &[Environment],
    defaults: &Values,
) -> Result<Facts, Vec<String>> {
    let schema = maily_chart::schema::values_schema_ref();
    let mut keys = BTreeMap::new();
    schema_keys(schema, schema, "", &mut keys, 0);
    keys.remove("");
    let mut default_leaves = BTreeMap::new();
    leaves(&serde_json::to_value(defaults).expect("values serialize"), "", &mut default_leaves);
    let mut objects = BTreeMap::new();
    let named =
        std::iter::once((crate::DEFAULTS, defaults)).chain(environments.iter().map(|e| (e.name.as_str(), &e.values)));
    for (name, values) in named {
        let rendered = object_facts(values)
            .map_err(|errors| errors.into_iter().map(|e| format!("environment `{name}`: {e}")).collect::<Vec<_>>())?;
        objects.insert(name.to_string(), rendered);
    }
    let prefix = format!("{}/", crate::CHART_DIR);
    let files = files
        .iter()
        .filter_map(|(path, text)| path.strip_prefix(&prefix).map(|p| (p, text)))
        .map(|(path, text)| (path.to_string(), sha256(file_content(path, text, version).as_bytes())))
        .collect();
    Ok(Facts { keys, defaults: default_leaves, objects, files })
}

// ------------------------------------------------------------------ comparison

/// `value` as a changelog shows it: compact JSON, cut at 80 characters.
fn shown(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 80 { format!("{}...", text.chars().take(77).collect::<String>()) } else { text }
}

/// Whether `path` is a default image tag or digest: the application
/// version, which rolls forward in patch releases.
fn is_image_version(path: &str) -> bool {
    path.ends_with(".image.tag") || path.ends_with(".image.digest") || path == "global.imageTag"
}

/// The series of an image tag: its leading version number (`15` of
/// `15.8-alpine`, `1` of `v1.0.0`), and the second one too below 1 (`0.9`
/// and `0.10` are two series, as SemVer 0.x versions are), when it starts
/// with a number.
fn tag_major(tag: &Value) -> Option<(u64, u64)> {
    let tag = tag.as_str()?;
    let tag = tag.strip_prefix('v').unwrap_or(tag);
    let mut numbers = tag.split(|c: char| !c.is_ascii_digit());
    let major: u64 = numbers.next()?.parse().ok()?;
    let minor = if major == 0 { numbers.next().and_then(|n| n.parse().ok()).unwrap_or(0) } else { 0 };
    Some((major, minor))
}

/// Whether a key of types `new` accepts every value of types `old`.
fn types_widen(old: &BTreeSet<String>, new: &BTreeSet<String>) -> bool {
    old.iter().all(|t| new.contains(t) || (t == "integer" && new.contains("number")))
}

/// Names, at most `n` of them, then how many more.
fn listed(names: &[&String], n: usize) -> String {
    let mut text = names.iter().take(n).map(|s| s.as_str()).collect::<Vec<_>>().join(", ");
    if names.len() > n {
        text += &format!(" and {} more", names.len() - n);
    }
    text
}

/// Whether a key above `path` (`a` for `a.b`, `a.b` for `a.b[]`) is in
/// `mine` and not in `other`: then that key, not `path`, is the change.
fn has_ancestor_only_in(path: &str, mine: &BTreeMap<String, KeyFacts>, other: &BTreeMap<String, KeyFacts>) -> bool {
    let boundaries = path.char_indices().map(|(i, _)| i).filter(|&i| i > 0);
    boundaries.filter(|&i| path[i..].starts_with('.') || path[i..].starts_with("[]")).any(|i| {
        let ancestor = &path[..i];
        mine.contains_key(ancestor) && !other.contains_key(ancestor)
    })
}

/// The changes from `old` to `new`, strongest first; empty when the charts
/// are the same.
pub fn compare(old: &Facts, new: &Facts) -> Vec<Change> {
    let mut changes = Vec::new();
    let mut push = |level, kind, description: String| changes.push(Change { level, kind, description });
    // Keys.
    for (path, facts) in &old.keys {
        match new.keys.get(path) {
            None => {
                // Report the outermost removed key only.
                if !has_ancestor_only_in(path, &old.keys, &new.keys) {
                    push(Level::Major, ChangeKind::Removed, format!("values key `{path}` (removed or renamed)"));
                }
            }
            Some(now) => {
                if !types_widen(&facts.types, &now.types) {
                    let types = |t: &BTreeSet<String>| t.iter().cloned().collect::<Vec<_>>().join(" or ");
                    push(
                        Level::Major,
                        ChangeKind::Changed,
                        format!(
                            "values key `{path}`: type narrowed from {} to {}",
                            types(&facts.types),
                            types(&now.types)
                        ),
                    );
                }
                let narrowed_enum = match (&facts.enumeration, &now.enumeration) {
                    (_, None) => false,
                    (None, Some(_)) => true,
                    (Some(before), Some(after)) => before.iter().any(|v| !after.contains(v)),
                };
                if narrowed_enum {
                    push(Level::Major, ChangeKind::Changed, format!("values key `{path}`: fewer allowed values"));
                }
                for keyword in CONSTRAINTS {
                    let (before, after) = (facts.constraints.get(*keyword), now.constraints.get(*keyword));
                    if constraint_tightened(keyword, before, after) {
                        let shown_or = |v: Option<&Value>| v.map_or_else(|| "none".to_string(), shown);
                        push(
                            Level::Major,
                            ChangeKind::Changed,
                            format!(
                                "values key `{path}`: `{keyword}` tightened from {} to {}",
                                shown_or(before),
                                shown_or(after)
                            ),
                        );
                    }
                }
                if now.required && !facts.required {
                    push(Level::Major, ChangeKind::Changed, format!("values key `{path}`: now required"));
                }
            }
        }
    }
    let added: Vec<&String> = new
        .keys
        .keys()
        .filter(|p| !old.keys.contains_key(*p))
        // The outermost added key only.
        .filter(|p| !has_ancestor_only_in(p, &new.keys, &old.keys))
        .collect();
    for path in added {
        let default = new.defaults.get(path).map(|v| format!(" (default {})", shown(v))).unwrap_or_default();
        push(Level::Minor, ChangeKind::Added, format!("values key `{path}`{default}"));
    }
    // Defaults of keys that exist on both sides.
    let kept = |path: &str| {
        let mut prefix = path;
        loop {
            if old.keys.contains_key(prefix) && new.keys.contains_key(prefix) {
                return true;
            }
            match prefix.rfind('.') {
                Some(i) => prefix = &prefix[..i],
                None => return false,
            }
        }
    };
    for path in old.defaults.keys().chain(new.defaults.keys()).collect::<BTreeSet<_>>() {
        let (before, after) = (old.defaults.get(path), new.defaults.get(path));
        if before == after || !kept(path) || (new.keys.contains_key(path) && !old.keys.contains_key(path)) {
            continue;
        }
        let what = match (before, after) {
            (Some(b), Some(a)) => format!("default of `{path}`: {} -> {}", shown(b), shown(a)),
            (Some(b), None) => format!("default of `{path}` ({}) removed", shown(b)),
            (None, Some(a)) => format!("default `{path}`: {} added", shown(a)),
            (None, None) => unreachable!("the two differ"),
        };
        let image_major = |v: Option<&Value>| v.and_then(tag_major);
        if is_image_version(path) && image_major(before) != image_major(after) && image_major(before).is_some() {
            // PostgreSQL 15 -> 16 needs its data upgraded; an application's v1 -> v2 may break its clients.
            push(Level::Major, ChangeKind::Changed, format!("{what} (the image's major version)"));
        } else if is_image_version(path) {
            push(Level::Patch, ChangeKind::Changed, what);
        } else {
            push(Level::Major, ChangeKind::Changed, what);
        }
    }
    // Objects, per environment.
    for env in old.objects.keys().chain(new.objects.keys()).collect::<BTreeSet<_>>() {
        let empty = BTreeMap::new();
        let (before, after) = (old.objects.get(env).unwrap_or(&empty), new.objects.get(env).unwrap_or(&empty));
        let env = if env.as_str() == crate::DEFAULTS { "values.yaml alone" } else { env.as_str() };
        let removed: Vec<&String> = before.keys().filter(|k| !after.contains_key(*k)).collect();
        let added: Vec<&String> = after.keys().filter(|k| !before.contains_key(*k)).collect();
        let mut immutable = Vec::new();
        let mut changed = Vec::new();
        for (key, facts) in before {
            if let Some(now) = after.get(key) {
                if facts.immutable != now.immutable {
                    immutable.push(key);
                } else if facts.digest != now.digest {
                    changed.push(key);
                }
            }
        }
        if !removed.is_empty() {
            push(
                Level::Major,
                ChangeKind::Removed,
                format!("{env}: objects removed or renamed: {}", listed(&removed, 8)),
            );
        }
        if !immutable.is_empty() {
            push(
                Level::Major,
                ChangeKind::Changed,
                format!(
                    "{env}: immutable fields changed (Kubernetes refuses the upgrade in place): {}",
                    listed(&immutable, 8)
                ),
            );
        }
        if !added.is_empty() {
            push(Level::Minor, ChangeKind::Added, format!("{env}: objects added: {}", listed(&added, 8)));
        }
        if !changed.is_empty() {
            push(Level::Patch, ChangeKind::Changed, format!("{env}: objects changed: {}", listed(&changed, 8)));
        }
    }
    // Chart files (templates, values files, schema, README).
    let files: Vec<&String> = old
        .files
        .keys()
        .chain(new.files.keys())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .filter(|f| old.files.get(*f) != new.files.get(*f))
        .collect();
    if !files.is_empty() {
        push(Level::Patch, ChangeKind::Changed, format!("chart files changed: {}", listed(&files, 8)));
    }
    changes.sort_by_key(|c| std::cmp::Reverse(c.level));
    changes
}

/// The bump `changes` require: the strongest level among them.
pub fn required(changes: &[Change]) -> Option<Level> {
    changes.iter().map(|c| c.level).max()
}

// ------------------------------------------------------------------ records

/// `releases/` at the workspace root.
pub fn default_dir() -> PathBuf {
    let crate_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    crate_dir.parent().map_or_else(|| PathBuf::from(RELEASES_DIR), |root| root.join(RELEASES_DIR))
}

/// `CHANGELOG.md` at the workspace root.
pub fn default_changelog() -> PathBuf {
    let crate_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    crate_dir.parent().map_or_else(|| PathBuf::from(CHANGELOG_PATH), |root| root.join(CHANGELOG_PATH))
}

/// Every record in `dir`, oldest version first.
///
/// # Errors
/// An unreadable directory or record, a file name that is not
/// `<version>.json`, a record whose `version` is not its file name's, or no
/// record at all.
pub fn load(dir: &Path) -> Result<Vec<Record>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut records = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
        let Some(stem) = path.file_name().and_then(|n| n.to_str()).and_then(|n| n.strip_suffix(".json")) else {
            continue;
        };
        let version = Version::parse(stem)
            .map_err(|e| format!("{}: the file name is not <SemVer version>.json ({e})", path.display()))?;
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let record: Record =
            serde_json::from_str(&text).map_err(|e| format!("{}: not a release record ({e})", path.display()))?;
        if record.version != stem {
            return Err(format!("{}: its version is {:?}, its file name says {stem}", path.display(), record.version));
        }
        records.push((version, record));
    }
    if records.is_empty() {
        return Err(format!("{}: no release record (<version>.json)", dir.display()));
    }
    records.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(records.into_iter().map(|(_, r)| r).collect())
}

/// The text of a record file: JSON, one line per change and per fact, so
/// that two records compare line by line.
pub fn record_text(record: &Record) -> String {
    let json = |value: &dyn erased::Json| value.compact();
    let mut text = format!("{{\n  \"version\": {},\n", json(&record.version));
    if let Some(level) = &record.level {
        text += &format!("  \"level\": {},\n", json(level));
    }
    if record.pinned {
        text += "  \"pinned\": true,\n";
    }
    text += &format!("  \"date\": {},\n  \"changes\": [", json(&record.date));
    let changes: Vec<String> = record.changes.iter().map(|c| format!("\n    {}", json(c))).collect();
    text += &changes.join(",");
    text += if record.changes.is_empty() { "],\n" } else { "\n  ],\n" };
    text += "  \"facts\": {";
    fn section<T: Serialize>(name: &str, map: &BTreeMap<String, T>, indent: &str) -> String {
        let lines: Vec<String> = map
            .iter()
            .map(|(k, v)| {
                format!(
                    "\n{indent}  {}: {}",
                    serde_json::Value::from(k.as_str()),
                    serde_json::to_string(v).expect("facts serialize")
                )
            })
            .collect();
        format!("\n{indent}{}: {{{}\n{indent}}}", serde_json::Value::from(name), lines.join(","))
    }
    let facts = &record.facts;
    let objects: Vec<String> = facts.objects.iter().map(|(env, objects)| section(env, objects, "      ")).collect();
    let parts = [
        section("keys", &facts.keys, "    "),
        section("defaults", &facts.defaults, "    "),
        format!("\n    \"objects\": {{{}\n    }}", objects.join(",")),
        section("files", &facts.files, "    "),
    ];
    text += &parts.join(",");
    text += "\n  }\n}\n";
    text
}

/// Compact JSON of any serializable value (the record writer's helper).
mod erased {
    /// A value that prints as compact JSON.
    pub trait Json {
        /// Compact JSON.
        fn compact(&self) -> String;
    }
    impl<T: serde::Serialize> Json for T {
        fn compact(&self) -> String {
            serde_json::to_string(self).expect("records serialize")
        }
    }
}

/// Today (UTC) as `YYYY-MM-DD`, from `SOURCE_DATE_EPOCH` when set (so a
/// build can be reproduced), else the clock.
pub fn today() -> String {
    let seconds = std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|s| s.parse::<i64>().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
    });
    civil_date(seconds)
}

/// The UTC day of a Unix time, `YYYY-MM-DD` (Howard Hinnant's
/// `civil_from_days`, proleptic Gregorian calendar).
pub fn civil_date(unix_seconds: i64) -> String {
    let z = unix_seconds.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// The kinds of a changelog entry (Artifact Hub's `artifacthub.io/changes`).
pub const ENTRY_KINDS: &[&str] = &["added", "changed", "deprecated", "removed", "fixed", "security"];

/// A `gen bump --note` as an entry: `<kind>: <text>` with a kind of
/// [`ENTRY_KINDS`], else the whole note as a `changed` entry.
///
/// # Errors
/// An empty text, or one with a line break or another control character
/// (an entry is one line of CHANGELOG.md and of Chart.yaml).
pub fn note_entry(note: &str) -> Result<Entry, String> {
    let kinds = ENTRY_KINDS.join(", ");
    let entry = match note.split_once(':') {
        Some((kind, text)) if ENTRY_KINDS.contains(&kind.trim()) => {
            Entry { kind: kind.trim().to_string(), description: text.trim().to_string() }
        }
        // One word before the colon is meant as a kind (`fix:`, `feat:`): say which there are.
        Some((kind, _)) if !kind.trim().is_empty() && kind.trim().chars().all(|c| c.is_ascii_alphabetic()) => {
            return Err(format!("--note {note:?}: `{}` is not a kind (one of {kinds})", kind.trim()));
        }
        _ => Entry { kind: "changed".into(), description: note.trim().to_string() },
    };
    if entry.description.is_empty() {
        return Err(format!(
            "--note {note:?}: the text is empty (give `<kind>: <text>`, kind one of {})",
            ENTRY_KINDS.join(", ")
        ));
    }
    if entry.description.chars().any(|c| c.is_control() || matches!(c, '\u{2028}' | '\u{2029}')) {
        return Err(format!("--note {note:?}: one line of text, without line breaks or control characters"));
    }
    Ok(entry)
}

/// The entries of a new record: `notes` first, each once (a note given
/// again, or kept from an amended record and a pre-release, is not
/// repeated), then the comparison's changes.
pub fn entries(changes: &[Change], notes: &[Entry]) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::with_capacity(notes.len() + changes.len());
    for note in notes {
        if !out.contains(note) {
            out.push(note.clone());
        }
    }
    out.extend(changes.iter().map(|c| Entry { kind: c.kind.as_str().to_string(), description: c.description.clone() }));
    out
}

/// The record a new record of `version` is compared with, of the records
/// `before` it (oldest first): the newest one, except for a final version
/// after pre-releases, which is compared with the newest final version
/// before them (its changelog entry tells what changed since that release).
pub fn comparison_base<'a>(version: &str, before: &'a [Record]) -> Option<&'a Record> {
    let is_final = |v: &str| Version::parse(v).is_ok_and(|v| v.pre.is_empty());
    let newest = before.last()?;
    if is_final(version) && !is_final(&newest.version) {
        before.iter().rev().find(|r| is_final(&r.version)).or(Some(newest))
    } else {
        Some(newest)
    }
}

/// The entries of `record` that its comparison does not write: the notes
/// given when it was recorded (and, for a final version after pre-releases,
/// the pre-releases' notes). `before`: the records before it, oldest first;
/// every entry of a first record is a note.
pub fn notes_of(record: &Record, before: &[Record]) -> Vec<Entry> {
    let base = comparison_base(&record.version, before);
    let computed = base.map(|b| entries(&compare(&b.facts, &record.facts), &[])).unwrap_or_default();
    record.changes.iter().filter(|e| !computed.contains(e)).cloned().collect()
}

/// `CHANGELOG.md`: every record, newest first.
pub fn changelog(records: &[Record]) -> String {
    let mut text = String::from(
        "<!-- Generated by `cargo run --bin gen` from releases/*.json. Do not edit: `cargo run --bin gen -- bump` adds a version. -->\n\
         # Changelog\n\n\
         Every version of the `maily` chart, newest first. The version follows from the change (SemVer 2), as\n\
         `gen` computes it against the previous release (see `maily-chart-gen/src/release.rs`):\n\n\
         - **major**: a values key removed or renamed, a type narrowed, a constraint tightened, a default changed\n  \
         (an image tag's major version included), an object removed or renamed, an immutable field changed\n  \
         (a selector, a StatefulSet's `serviceName`);\n\
         - **minor**: a values key or an object added;\n\
         - **patch**: any other change of the chart's files or rendered objects (a default image tag within\n  \
         its major version included).\n",
    );
    for record in records.iter().rev() {
        let level = record.level.map(|l| format!(" ({l})")).unwrap_or_default();
        text += &format!("\n## {}{level} - {}\n\n", record.version, record.date);
        if record.changes.is_empty() {
            text += "No change of content.\n";
        }
        for entry in &record.changes {
            text += &format!("- **{}**: {}\n", entry.kind, entry.description);
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts_of(environments: &[Environment], defaults: &Values) -> Facts {
        let files = crate::generate(environments, defaults, &crate::ChartRelease::unreleased()).expect("valid");
        facts(&files, crate::ChartRelease::unreleased().version.as_str(), environments, defaults).expect("renders")
    }

    fn levels(changes: &[Change]) -> Vec<Level> {
        changes.iter().map(|c| c.level).collect()
    }

    #[test]
    fn bumps_follow_semver() {
        let v = Version::parse("0.3.7").expect("valid");
        assert_eq!(Level::Major.bump(&v).to_string(), "1.0.0");
        assert_eq!(Level::Minor.bump(&v).to_string(), "0.4.0");
        assert_eq!(Level::Patch.bump(&v).to_string(), "0.3.8");
        // A pre-release is promoted when it already is a bump of that level.
        let bump = |level: Level, v: &str| level.bump(&Version::parse(v).expect("valid")).to_string();
        assert_eq!(bump(Level::Patch, "1.2.3-rc.1"), "1.2.3");
        assert_eq!(bump(Level::Minor, "1.2.3-rc.1"), "1.3.0");
        assert_eq!(bump(Level::Minor, "1.2.0-rc.1"), "1.2.0");
        assert_eq!(bump(Level::Major, "1.2.0-rc.1"), "2.0.0");
        assert_eq!(bump(Level::Major, "1.0.0-rc.1"), "1.0.0");
        assert_eq!(bump(Level::Patch, "1.0.0+build.7"), "1.0.1");
    }

    #[test]
    fn the_same_model_has_no_changes() {
        let envs = crate::tests::environments();
        let facts = facts_of(&envs, &crate::tests::defaults());
        assert!(
            facts.keys.contains_key("api.autoscaling.minReplicas"),
            "{:?}",
            facts.keys.keys().take(5).collect::<Vec<_>>()
        );
        assert!(facts.keys.contains_key("api.workload.env.*") || facts.keys.keys().any(|k| k.ends_with(".env.*")));
        assert_eq!(facts.objects.len(), envs.len() + 1);
        assert!(facts.objects["production"].contains_key("Deployment/maily-api"));
        assert!(facts.objects["production"]["Deployment/maily-api"].immutable.is_some());
        assert_eq!(compare(&facts, &facts), vec![]);
    }

    #[test]
    fn a_changed_default_is_major_and_a_changed_environment_is_patch() {
        let envs = crate::tests::environments();
        let defaults = crate::tests::defaults();
        let before = facts_of(&envs, &defaults);

        let mut changed = defaults.clone();
        changed.api.workload.termination_grace_period_seconds += 5;
        let after = facts_of(&envs, &changed);
        let changes = compare(&before, &after);
        assert_eq!(required(&changes), Some(Level::Major), "{changes:#?}");
        assert!(
            changes.iter().any(|c| c.level == Level::Major
                && c.description.starts_with("default of `api.terminationGracePeriodSeconds`")),
            "{changes:#?}"
        );

        let mut envs2 = envs.clone();
        let production = envs2.iter_mut().find(|e| e.name == "production").expect("production");
        production.values.api.workload.termination_grace_period_seconds += 5;
        let after = facts_of(&envs2, &defaults);
        let changes = compare(&before, &after);
        assert_eq!(required(&changes), Some(Level::Patch), "{changes:#?}");
        assert!(
            changes.iter().any(|c| c.description == "production: objects changed: Deployment/maily-api"),
            "{changes:#?}"
        );
        assert_eq!(levels(&changes).iter().filter(|l| **l != Level::Patch).count(), 0);
    }

    #[test]
    fn removed_and_added_keys_and_objects() {
        let mut old = Facts::default();
        old.keys
            .insert("a".into(), KeyFacts { types: ["object".into()].into(), enumeration: None, ..Default::default() });
        old.keys.insert(
            "a.b".into(),
            KeyFacts { types: ["string".into()].into(), enumeration: None, ..Default::default() },
        );
        old.keys.insert(
            "c".into(),
            KeyFacts { types: ["string".into(), "integer".into()].into(), enumeration: None, ..Default::default() },
        );
        let mut new = old.clone();
        new.keys.remove("a");
        new.keys.remove("a.b");
        new.keys
            .insert("c".into(), KeyFacts { types: ["string".into()].into(), enumeration: None, ..Default::default() });
        new.keys
            .insert("d".into(), KeyFacts { types: ["object".into()].into(), enumeration: None, ..Default::default() });
        new.keys.insert(
            "d.e".into(),
            KeyFacts { types: ["integer".into()].into(), enumeration: None, ..Default::default() },
        );
        new.defaults.insert("d.e".into(), Value::from(3));
        let changes = compare(&old, &new);
        let text: Vec<(Level, &str)> = changes.iter().map(|c| (c.level, c.description.as_str())).collect();
        assert_eq!(
            text,
            vec![
                (Level::Major, "values key `a` (removed or renamed)"),
                (Level::Major, "values key `c`: type narrowed from integer or string to string"),
                (Level::Minor, "values key `d`"),
            ]
        );
        // Widening is not a change of level.
        assert!(types_widen(&["integer".into()].into(), &["number".into()].into()));
        let mut env_old = BTreeMap::new();
        env_old.insert("Service/x".to_string(), ObjectFacts { digest: "1".into(), immutable: None });
        env_old.insert(
            "StatefulSet/db".to_string(),
            ObjectFacts { digest: "2".into(), immutable: Some(serde_json::json!({"selector": {"a": "b"}})) },
        );
        let mut env_new = env_old.clone();
        env_new.remove("Service/x");
        env_new.insert("Service/y".into(), ObjectFacts { digest: "3".into(), immutable: None });
        env_new.get_mut("StatefulSet/db").expect("there").immutable = Some(serde_json::json!({"selector": {"a": "c"}}));
        let (mut o, mut n) = (Facts::default(), Facts::default());
        o.objects.insert("staging".into(), env_old);
        n.objects.insert("staging".into(), env_new);
        let changes = compare(&o, &n);
        let text: Vec<(Level, &str)> = changes.iter().map(|c| (c.level, c.description.as_str())).collect();
        assert_eq!(
            text,
            vec![
                (Level::Major, "staging: objects removed or renamed: Service/x"),
                (
                    Level::Major,
                    "staging: immutable fields changed (Kubernetes refuses the upgrade in place): StatefulSet/db"
                ),
                (Level::Minor, "staging: objects added: Service/y"),
            ]
        );
    }

    #[test]
    fn image_tags_are_patch_and_other_defaults_major() {
        let mut old = Facts::default();
        for path in ["api.image.tag", "api.replicaCount"] {
            old.keys.insert(
                path.into(),
                KeyFacts { types: ["string".into()].into(), enumeration: None, ..Default::default() },
            );
            old.defaults.insert(path.into(), Value::from("1"));
        }
        let mut new = old.clone();
        new.defaults.insert("api.image.tag".into(), Value::from("1.1"));
        assert_eq!(required(&compare(&old, &new)), Some(Level::Patch));
        new.defaults.insert("api.replicaCount".into(), Value::from("2"));
        let changes = compare(&old, &new);
        assert_eq!(required(&changes), Some(Level::Major));
        assert_eq!(changes[0].description, "default of `api.replicaCount`: \"1\" -> \"2\"");
    }

    #[test]
    fn an_image_tag_across_its_major_version_is_major() {
        let mut old = Facts::default();
        for path in ["postgresql.image.tag", "api.image.tag", "web.image.tag"] {
            old.keys.insert(path.into(), KeyFacts { types: ["string".into()].into(), ..Default::default() });
        }
        old.defaults.insert("postgresql.image.tag".into(), Value::from("15.8-alpine"));
        old.defaults.insert("api.image.tag".into(), Value::from("v1.0.0"));
        old.defaults.insert("web.image.tag".into(), Value::from("latest"));
        let mut new = old.clone();
        new.defaults.insert("postgresql.image.tag".into(), Value::from("15.10-alpine"));
        new.defaults.insert("api.image.tag".into(), Value::from("v1.4.2"));
        new.defaults.insert("web.image.tag".into(), Value::from("2.0.0"));
        assert_eq!(required(&compare(&old, &new)), Some(Level::Patch), "{:#?}", compare(&old, &new));
        new.defaults.insert("postgresql.image.tag".into(), Value::from("16.4-alpine"));
        let changes = compare(&old, &new);
        assert_eq!(required(&changes), Some(Level::Major));
        assert_eq!(
            changes[0].description,
            "default of `postgresql.image.tag`: \"15.8-alpine\" -> \"16.4-alpine\" (the image's major version)"
        );
        assert_eq!(levels(&changes), vec![Level::Major, Level::Patch, Level::Patch]);
        // Below 1, the second number is the series.
        let mut zero = old.clone();
        zero.defaults.insert("web.image.tag".into(), Value::from("0.9.3"));
        let mut next = zero.clone();
        next.defaults.insert("web.image.tag".into(), Value::from("0.9.4"));
        assert_eq!(required(&compare(&zero, &next)), Some(Level::Patch));
        next.defaults.insert("web.image.tag".into(), Value::from("0.10.0"));
        assert_eq!(required(&compare(&zero, &next)), Some(Level::Major));
    }

    #[test]
    fn tightened_constraints_and_required_keys_are_major() {
        let key = |constraints: &[(&str, Value)], required| KeyFacts {
            types: ["integer".into()].into(),
            enumeration: None,
            constraints: constraints.iter().map(|(k, v)| (k.to_string(), v.clone())).collect(),
            required,
        };
        let mut old = Facts::default();
        old.keys.insert("a".into(), key(&[("minimum", 1.into()), ("maximum", 10.into())], false));
        old.keys.insert("b".into(), key(&[], false));
        old.keys.insert("c".into(), key(&[("pattern", "^x".into())], false));
        let changes =
            |new: &Facts| compare(&old, new).into_iter().map(|c| (c.level, c.description)).collect::<Vec<_>>();
        // Loosened: no change of level (the schema file's digest is what changes then).
        let mut new = old.clone();
        new.keys.insert("a".into(), key(&[("minimum", 0.into()), ("maximum", 20.into())], false));
        new.keys.insert("c".into(), key(&[], false));
        assert_eq!(changes(&new), vec![]);
        // Tightened, added, changed, required.
        new.keys.insert("a".into(), key(&[("minimum", 1.into()), ("maximum", 5.into())], false));
        new.keys.insert("b".into(), key(&[("maxLength", 63.into())], true));
        new.keys.insert("c".into(), key(&[("pattern", "^y".into())], false));
        assert_eq!(
            changes(&new),
            vec![
                (Level::Major, "values key `a`: `maximum` tightened from 10 to 5".to_string()),
                (Level::Major, "values key `b`: `maxLength` tightened from none to 63".to_string()),
                (Level::Major, "values key `b`: now required".to_string()),
                (Level::Major, "values key `c`: `pattern` tightened from \"^x\" to \"^y\"".to_string()),
            ]
        );
        // The real schema records them.
        let facts = facts_of(&crate::tests::environments(), &crate::tests::defaults());
        assert!(
            facts.keys.values().any(|k| k.constraints.contains_key("maximum") || k.constraints.contains_key("pattern")),
            "no key of values.schema.json has a constraint"
        );
    }

    #[test]
    fn a_statefulset_service_name_is_immutable_and_chart_metadata_is_content() {
        let envs = crate::tests::environments();
        let defaults = crate::tests::defaults();
        let before = facts_of(&envs, &defaults);
        let (env, statefulset) = before
            .objects
            .iter()
            .find_map(|(env, objects)| {
                objects.iter().find(|(k, _)| k.starts_with("StatefulSet/")).map(|(k, o)| (env, (k, o)))
            })
            .expect("some environment renders a StatefulSet");
        let immutable = statefulset.1.immutable.as_ref().expect("a StatefulSet has immutable fields");
        for field in ["selector", "serviceName"] {
            assert!(immutable.get(field).is_some(), "{field} of {} in {env}: {immutable}", statefulset.0);
        }
        for field in ["replicas", "template", "updateStrategy"] {
            assert!(immutable.get(field).is_none(), "{field} is mutable: {immutable}");
        }
        // Chart.yaml: its metadata is content, its version is not.
        let files = crate::generate(&envs, &defaults, &crate::ChartRelease::unreleased()).expect("valid");
        let chart = format!("{}/Chart.yaml", crate::CHART_DIR);
        let digest = |files: &BTreeMap<String, String>| {
            facts(files, crate::ChartRelease::unreleased().version.as_str(), &envs, &defaults).expect("renders").files
                ["Chart.yaml"]
                .clone()
        };
        let mut renamed = files.clone();
        let text = renamed[&chart].replace("\n  - \"email\"\n", "\n  - \"mail\"\n");
        assert_ne!(text, renamed[&chart], "Chart.yaml lists the keyword `email`");
        renamed.insert(chart.clone(), text);
        assert_ne!(digest(&files), digest(&renamed), "a changed keyword is not a change");
        let mut versioned = files.clone();
        let unreleased = crate::ChartRelease::unreleased().version;
        let text = versioned[&chart].replace(&format!("version: \"{unreleased}\""), "version: \"9.9.9\"");
        assert_ne!(text, versioned[&chart]);
        versioned.insert(chart, text);
        assert_eq!(digest(&files), digest(&versioned), "the version alone is a change");
    }

    #[test]
    fn notes_are_one_line_of_text_and_survive_an_amend() {
        assert_eq!(
            note_entry("security: the api drains").expect("valid"),
            Entry { kind: "security".into(), description: "the api drains".into() }
        );
        assert_eq!(note_entry("just text").expect("valid").kind, "changed");
        assert_eq!(note_entry("the api: drains longer").expect("valid").description, "the api: drains longer");
        for bad in ["", "fixed:", "  ", "fixed: one\n## 9.9.9", "a\rb", "a\u{2028}b", "fix: a typo"] {
            assert!(note_entry(bad).is_err(), "{bad:?} accepted");
        }
        let mut old = Facts::default();
        old.keys.insert("a".into(), KeyFacts { types: ["string".into()].into(), ..Default::default() });
        let mut new = old.clone();
        new.keys.insert("b".into(), KeyFacts { types: ["string".into()].into(), ..Default::default() });
        let note = Entry { kind: "fixed".into(), description: "by hand".into() };
        let record = |facts: &Facts, changes| Record {
            version: "1.0.0".into(),
            level: None,
            date: "2026-12-01".into(),
            changes,
            facts: facts.clone(),
            pinned: false,
        };
        let base = record(&old, vec![note.clone()]);
        let next = record(&new, entries(&compare(&old, &new), std::slice::from_ref(&note)));
        assert_eq!(next.changes.len(), 2, "{:?}", next.changes);
        assert_eq!(notes_of(&next, std::slice::from_ref(&base)), vec![note.clone()]);
        assert_eq!(notes_of(&base, &[]), vec![note], "every entry of a first record is a note");
    }

    #[test]
    fn a_record_reads_back_as_written() {
        let envs = crate::tests::environments();
        let record = Record {
            version: "1.2.3".into(),
            level: Some(Level::Minor),
            date: "2026-12-01".into(),
            changes: vec![Entry { kind: "added".into(), description: "values key `x` (default \"y\")".into() }],
            facts: facts_of(&envs, &crate::tests::defaults()),
            pinned: true,
        };
        let text = record_text(&record);
        let back: Record = serde_json::from_str(&text).expect("a record parses");
        assert_eq!(back, record);
        assert!(
            text.contains("\n      \"api.autoscaling.minReplicas\": {\"types\":[\"integer\"],\"constraints\":{"),
            "one line per key"
        );
    }

    #[test]
    fn dates_are_civil() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(951_782_400), "2000-02-29");
        assert_eq!(civil_date(1_764_547_199), "2025-11-30");
        assert_eq!(civil_date(1_764_547_200), "2025-12-01");
        assert_eq!(civil_date(-86_400), "1969-12-31");
    }

    #[test]
    fn the_changelog_lists_newest_first() {
        let record = |version: &str, level, kind: &str, text: &str| Record {
            version: version.into(),
            level,
            date: "2026-12-01".into(),
            changes: vec![Entry { kind: kind.into(), description: text.into() }],
            facts: Facts::default(),
            pinned: false,
        };
        let text = changelog(&[
            record("0.3.0", None, "added", "first"),
            record("1.0.0", Some(Level::Major), "removed", "values key `a` (removed or renamed)"),
        ]);
        let newer = text.find("## 1.0.0 (major) - 2026-12-01").expect("1.0.0 listed");
        let older = text.find("## 0.3.0 - 2026-12-01").expect("0.3.0 listed");
        assert!(newer < older, "{text}");
        assert!(text.contains("- **removed**: values key `a` (removed or renamed)\n"), "{text}");
    }
}
