//! Shared test support for the integration tests of the generated chart.
//!
//! - the pinned tools: the Helm majors under test, [`HelmMajor::V3`] and
//!   [`HelmMajor::V4`] (from `MAILY_HELM3` / `MAILY_HELM`, else
//!   `<root>/.tools/bin/helm3` / `helm`), and [`kubernetes_validate`]
//!   (`MAILY_KUBERNETES_VALIDATE`); a missing tool, or a helm of another
//!   major, is a loud panic, never a skipped test;
//! - [`helm_tests!`]: one `#[test]` per Helm major (`helm3::name`,
//!   `helm4::name`) for each test body `fn name(helm: HelmMajor)`;
//! - [`HelmMajor::template`]: the real `helm template` of `out/maily`, parsed
//!   into one `serde_json::Value` per object, after checking that Helm's
//!   output reads the same under YAML 1.1 (what Helm and kubectl parse it
//!   with) as under YAML 1.2 (what serde_yaml parses it with): see
//!   [`yaml11_problems`];
//! - [`render_objects`]: the typed Rust render of the same values;
//! - [`compare_objects`] / [`assert_same_objects`] /
//!   [`assert_helm_prints_the_same_objects`]: the two sets of objects,
//!   indexed by (kind, metadata.name), compared object by object with a
//!   readable YAML diff;
//! - [`TempDir`], [`write_values_file`], [`copy_tree`], [`snapshot`]: files;
//! - [`Rng`]: a small seeded PRNG (SplitMix64) for the generated environments;
//! - [`crd`]: custom resources checked against their CRDs in `../shared/crds`
//!   ([`crd::validate`], [`crd::validate_all`]);
//! - [`promtool`]: the pinned promtool (`MAILY_PROMTOOL`): `check rules`,
//!   and `test rules` over unit tests generated for every alert;
//! - [`monitoring`]: checks of the monitors and dashboards of a render.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use maily_chart::{Release, Values};
use serde::Deserialize;
use serde_json::Value;

pub use maily_chart_gen::{DEFAULTS, Environment};

pub mod crd;
pub mod monitoring;
pub mod promtool;
pub mod security;

// ------------------------------------------------------------------ paths

/// The workspace root (the parent of this crate's directory).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the tests crate lives in the workspace").to_path_buf()
}

/// `<root>/out`, the directory `gen` writes.
pub fn out_dir() -> PathBuf {
    workspace_root().join("out")
}

/// `<root>/out/maily`, the generated chart.
pub fn chart_dir() -> PathBuf {
    out_dir().join(maily_chart_gen::CHART_DIR)
}

/// The legacy manifests: `$MAILY_LEGACY`, else `<workspace>/../shared/legacy-manifests`
/// (read-only, next to the repository). A missing directory is a loud panic:
/// these tests never skip.
pub fn legacy_dir() -> PathBuf {
    let dir = match std::env::var_os("MAILY_LEGACY") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => workspace_root().join("..").join("shared").join("legacy-manifests"),
    };
    assert!(
        dir.is_dir(),
        "\n\n*** the legacy manifests are not at {} ($MAILY_LEGACY or <workspace>/../shared/legacy-manifests). These tests never skip. ***\n\n",
        dir.display()
    );
    dir
}

/// `out/maily/values-<name>.yaml`, or nothing for [`DEFAULTS`] (values.yaml alone).
pub fn values_files_of(name: &str) -> Vec<PathBuf> {
    if name == DEFAULTS { Vec::new() } else { vec![chart_dir().join(format!("values-{name}.yaml"))] }
}

/// A pinned tool: `$env_var` when set and not empty, else
/// `<workspace>/.tools/bin/<name>`. Panics (loudly, never a skip) when it is
/// not a file.
pub fn tool(env_var: &str, name: &str) -> PathBuf {
    let path = match std::env::var_os(env_var) {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => workspace_root().join(".tools").join("bin").join(name),
    };
    assert!(
        path.is_file(),
        "\n\n*** {name} not found at {} (from ${env_var} or <workspace>/.tools/bin/{name}).\n\
         *** run scripts/test, which installs the pinned tools. These tests never skip. ***\n\n",
        path.display()
    );
    path
}

/// The pinned kubernetes-validate.
pub fn kubernetes_validate() -> PathBuf {
    tool("MAILY_KUBERNETES_VALIDATE", "kubernetes-validate")
}

// ------------------------------------------------------------------ environments

/// The environments defined in `environments/`, sorted by name: what `gen`
/// writes a `values-<name>.yaml` for.
pub fn environments() -> Vec<Environment> {
    Environment::registry(maily_environments::ALL, maily_environments::gitops_target)
}

/// The chart defaults (`values.yaml`).
pub fn defaults() -> Values {
    maily_environments::defaults::values()
}

/// Every environment by name, then the defaults as [`DEFAULTS`].
pub fn all_environments() -> Vec<(String, Values)> {
    let mut all: Vec<(String, Values)> = environments().into_iter().map(|e| (e.name, e.values)).collect();
    all.push((DEFAULTS.to_string(), defaults()));
    all
}

/// The values of an environment (or of [`DEFAULTS`]).
pub fn values_of(name: &str) -> Values {
    if name == DEFAULTS {
        return defaults();
    }
    maily_environments::find(name).unwrap_or_else(|| panic!("no environment `{name}`"))
}

// ------------------------------------------------------------------ helm

/// What a tool printed.
#[derive(Debug)]
pub struct ToolOutput {
    /// Exit code (-1 when killed by a signal).
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

impl ToolOutput {
    /// Whether the tool exited with 0.
    pub fn success(&self) -> bool {
        self.code == 0
    }
}

/// A private HELM_*_HOME, so the tests neither read nor write the user's Helm
/// configuration, and a KUBECONFIG whose only cluster is `https://127.0.0.1:1`
/// (nothing listens there), so no cluster is ever reached: without one,
/// Helm would try `localhost:8080`, and Helm 3's `install --dry-run=client`
/// does try to reach its cluster.
pub fn helm_home() -> &'static Path {
    static HOME: OnceLock<PathBuf> = OnceLock::new();
    HOME.get_or_init(|| {
        let dir = std::env::temp_dir().join("maily-tests-helm-home");
        for sub in ["cache", "config", "data"] {
            fs::create_dir_all(dir.join(sub)).expect("temp dir is writable");
        }
        // Written aside and renamed in: test processes share the directory.
        let part = dir.join(format!("kubeconfig.{}", std::process::id()));
        fs::write(&part, KUBECONFIG_NOWHERE).expect("temp dir is writable");
        // Helm warns about a group- or world-readable kubeconfig.
        fs::set_permissions(&part, fs::Permissions::from_mode(0o600)).expect("temp dir is writable");
        fs::rename(&part, dir.join("kubeconfig")).expect("temp dir is writable");
        dir
    })
}

/// A kubeconfig whose cluster is a closed port.
const KUBECONFIG_NOWHERE: &str = "apiVersion: v1\nkind: Config\nclusters:\n  - name: nowhere\n    cluster:\n      \
    server: https://127.0.0.1:1\ncontexts:\n  - name: nowhere\n    context:\n      cluster: nowhere\n      \
    user: nobody\ncurrent-context: nowhere\nusers:\n  - name: nobody\n    user: {}\n";

/// A Helm major version under test, with its pinned binary. The chart must
/// render the same objects under each; where they word a refusal
/// differently, the tests say each major's wording (see
/// `maily_chart_gen::helm_majors`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum HelmMajor {
    /// Helm 3: `$MAILY_HELM3`, else `<root>/.tools/bin/helm3`.
    V3,
    /// Helm 4: `$MAILY_HELM`, else `<root>/.tools/bin/helm`.
    V4,
}

/// Every Helm major under test, each checked once: its binary exists and
/// reports that major (a loud panic otherwise, never a skip).
pub fn helms() -> [HelmMajor; 2] {
    for helm in HelmMajor::ALL {
        helm.binary();
    }
    HelmMajor::ALL
}

impl HelmMajor {
    /// Both majors, oldest first.
    pub const ALL: [HelmMajor; 2] = [HelmMajor::V3, HelmMajor::V4];

    /// 3 or 4.
    pub fn number(self) -> u32 {
        match self {
            HelmMajor::V3 => 3,
            HelmMajor::V4 => 4,
        }
    }

    /// `v3` for Helm 3, `v4` for Helm 4: the one that applies to this major.
    pub fn pick<T>(self, v3: T, v4: T) -> T {
        match self {
            HelmMajor::V3 => v3,
            HelmMajor::V4 => v4,
        }
    }

    /// The pinned binary, checked (once per process) to report this major:
    /// `helm version` must print `v<major>.`.
    pub fn binary(self) -> PathBuf {
        self.checked().0.clone()
    }

    /// The version the binary reports (`v3.18.0`).
    pub fn version(self) -> &'static str {
        &self.checked().1
    }

    fn checked(self) -> &'static (PathBuf, String) {
        static CHECKED: [OnceLock<(PathBuf, String)>; 2] = [OnceLock::new(), OnceLock::new()];
        CHECKED[self as usize].get_or_init(|| {
            let path = match self {
                HelmMajor::V3 => tool("MAILY_HELM3", "helm3"),
                HelmMajor::V4 => tool("MAILY_HELM", "helm"),
            };
            let out = Command::new(&path)
                .args(["version", "--template", "{{.Version}}"])
                .output()
                .unwrap_or_else(|e| panic!("{} does not run: {e}", path.display()));
            let version = String::from_utf8_lossy(&out.stdout).trim().to_string();
            assert!(
                out.status.success() && version.starts_with(&format!("v{}.", self.number())),
                "\n\n*** {} should be Helm {} but `helm version` says {version:?} {}\n\
                 *** run scripts/test, which installs the pinned tools. These tests never skip. ***\n\n",
                path.display(),
                self.number(),
                String::from_utf8_lossy(&out.stderr)
            );
            (path, version)
        })
    }

    /// Runs this helm with `args`, against no cluster (see [`helm_home`]).
    pub fn run<I, S>(self, args: I) -> ToolOutput
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        self.run_against(&helm_home().join("kubeconfig"), args)
    }

    /// Runs this helm with `args` and `KUBECONFIG=kubeconfig`: the cluster
    /// it names is the one Helm talks to (the live tests' control plane).
    pub fn run_against<I, S>(self, kubeconfig: &Path, args: I) -> ToolOutput
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let home = helm_home();
        let output = Command::new(self.binary())
            .args(args)
            .env("HELM_CACHE_HOME", home.join("cache"))
            .env("HELM_CONFIG_HOME", home.join("config"))
            .env("HELM_DATA_HOME", home.join("data"))
            .env("KUBECONFIG", kubeconfig)
            .env_remove("HELM_NAMESPACE")
            .env_remove("HELM_KUBECONTEXT")
            .output()
            .unwrap_or_else(|e| panic!("{self} does not run: {e}"));
        ToolOutput::from(output)
    }

    /// The text `helm template` prints for the chart in `out/maily`.
    ///
    /// # Errors
    /// Helm's standard error when it fails, after a line naming this major.
    pub fn template_text(
        self,
        release: &str,
        namespace: &str,
        values_files: &[&Path],
        set: &[&str],
    ) -> Result<String, String> {
        let out = self.run(template_args(&chart_dir(), release, namespace, values_files, set));
        if out.success() { Ok(out.stdout) } else { Err(format!("{self} exited with {}:\n{}", out.code, out.stderr)) }
    }

    /// `helm template R out/maily -n NS -f ... --set ...`, one value per
    /// object (empty documents skipped). Panics when the output is not read
    /// the same by YAML 1.1 and YAML 1.2 parsers (see [`yaml11_problems`]).
    ///
    /// # Errors
    /// Helm's standard error when it fails, after a line naming this major.
    pub fn template(
        self,
        release: &str,
        namespace: &str,
        values_files: &[&Path],
        set: &[&str],
    ) -> Result<Vec<Value>, String> {
        let text = self.template_text(release, namespace, values_files, set)?;
        let problems = yaml11_problems(&text);
        assert!(
            problems.is_empty(),
            "{self}: helm template {release} -n {namespace} printed plain scalars that YAML 1.1 (Helm, kubectl) and \
             YAML 1.2 read differently:\n{}",
            problems.join("\n")
        );
        Ok(parse_manifests(&text).unwrap_or_else(|e| panic!("{self} printed YAML that does not parse: {e}\n{text}")))
    }
}

/// The Helm 4 binary ([`HelmMajor::V4`]); kept for callers that need only
/// Helm 4. Suites that must hold under both majors take a [`HelmMajor`].
pub fn helm() -> PathBuf {
    HelmMajor::V4.binary()
}

/// [`HelmMajor::run`] with Helm 4 (see [`helm`]).
pub fn run_helm<I, S>(args: I) -> ToolOutput
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    HelmMajor::V4.run(args)
}

/// [`HelmMajor::template_text`] with Helm 4 (see [`helm`]).
///
/// # Errors
/// Helm's standard error when it fails.
pub fn helm_template_text(
    release: &str,
    namespace: &str,
    values_files: &[&Path],
    set: &[&str],
) -> Result<String, String> {
    HelmMajor::V4.template_text(release, namespace, values_files, set)
}

/// [`HelmMajor::template`] with Helm 4 (see [`helm`]).
///
/// # Errors
/// Helm's standard error when it fails.
pub fn helm_template(
    release: &str,
    namespace: &str,
    values_files: &[&Path],
    set: &[&str],
) -> Result<Vec<Value>, String> {
    HelmMajor::V4.template(release, namespace, values_files, set)
}

/// Whether Helm 3 refuses values holding `c`, a character Helm 4 takes:
/// DEL (U+007F), the C1 controls but NEL (U+0080 to U+009F, but U+0085),
/// U+FFFE and U+FFFF. Before it checks the values against the chart's
/// `values.schema.json`, Helm 3 turns them into JSON (which leaves these
/// characters raw) and reads that back with a YAML parser that refuses
/// them, whatever the schema says ([`HELM3_REFUSES_CONTROL_CHARACTERS`]).
pub fn helm3_refuses_char(c: char) -> bool {
    c == '\u{7f}' || (('\u{80}'..='\u{9f}').contains(&c) && c != '\u{85}') || c == '\u{fffe}' || c == '\u{ffff}'
}

/// Whether Helm 3 refuses `values` (see [`helm3_refuses_char`]).
pub fn helm3_refuses(values: &Values) -> bool {
    serde_json::to_string(values).expect("values serialize").chars().any(helm3_refuses_char)
}

/// What Helm 3 says when it refuses values for [`helm3_refuses_char`]
/// (below `Error: values don't meet the specifications of the schema(s) in
/// the following chart(s):`).
pub const HELM3_REFUSES_CONTROL_CHARACTERS: &str = "\nmaily:\nyaml: control characters are not allowed";

/// `helm 3 (v3.18.0)`: how failure messages name the helm that failed.
impl std::fmt::Display for HelmMajor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "helm {} ({})", self.number(), self.version())
    }
}

/// One `#[test]` per Helm major for each listed test body
/// `fn name(helm: HelmMajor)`: `helm3::name` runs it under Helm 3,
/// `helm4::name` under Helm 4. A body left out of the list is dead code,
/// which clippy (`-D warnings`) refuses.
#[macro_export]
macro_rules! helm_tests {
    ($($name:ident),+ $(,)?) => {
        /// The tests under Helm 3.
        mod helm3 {
            $(
                #[test]
                fn $name() {
                    super::$name($crate::HelmMajor::V3)
                }
            )+
        }
        /// The tests under Helm 4.
        mod helm4 {
            $(
                #[test]
                fn $name() {
                    super::$name($crate::HelmMajor::V4)
                }
            )+
        }
    };
}

impl From<std::process::Output> for ToolOutput {
    fn from(output: std::process::Output) -> Self {
        ToolOutput {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

/// The arguments of `helm template R <chart> -n NS -f ... --set ...`.
pub fn template_args(
    chart: &Path,
    release: &str,
    namespace: &str,
    values_files: &[&Path],
    set: &[&str],
) -> Vec<String> {
    let mut args = vec![
        "template".to_string(),
        release.to_string(),
        chart.display().to_string(),
        "-n".to_string(),
        namespace.to_string(),
    ];
    for f in values_files {
        args.push("-f".to_string());
        args.push(f.display().to_string());
    }
    for s in set {
        args.push("--set".to_string());
        args.push(s.to_string());
    }
    args
}

/// The objects of a multi-document YAML stream; empty documents are skipped.
///
/// # Errors
/// A document that does not parse.
pub fn parse_manifests(text: &str) -> Result<Vec<Value>, String> {
    let mut objects = Vec::new();
    for (i, doc) in serde_yaml::Deserializer::from_str(text).enumerate() {
        let value = Value::deserialize(doc).map_err(|e| format!("document {i}: {e}"))?;
        if !value.is_null() {
            objects.push(value);
        }
    }
    Ok(objects)
}

// ------------------------------------------------------------------ YAML 1.1

/// Whether a plain (unquoted) scalar is read alike by YAML 1.1 and 1.2: a
/// canonical integer, `true`/`false`/`null`, an empty flow collection, or a
/// string that is no YAML 1.1 boolean or null word and that neither version
/// reads as a number or a timestamp. Suspect: `on`, `0777`, `1e3`, `1_000`,
/// `~`, `.5`, `1:30`, `2024-01-01`: YAML 1.1 reads them as booleans, numbers
/// or dates.
pub fn plain_scalar_is_unambiguous(s: &str) -> bool {
    if matches!(s, "true" | "false" | "null" | "{}" | "[]") {
        return true;
    }
    let digits = s.strip_prefix('-').unwrap_or(s);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) && (digits == "0" || !digits.starts_with('0')) {
        return true;
    }
    if matches!(
        s.to_ascii_lowercase().as_str(),
        "y" | "n" | "yes" | "no" | "on" | "off" | "true" | "false" | "null" | "~" | ""
    ) {
        return false;
    }
    // Anything else is a string in both unless a YAML 1.1 or 1.2 resolver
    // reads it as a number or a timestamp (Helm's toYaml prints strings such
    // as `-c`, `$HOME` or `é` plain, rightly).
    static NUMBERISH: OnceLock<regex::Regex> = OnceLock::new();
    let numberish = NUMBERISH.get_or_init(|| {
        regex::Regex::new(concat!(
            r"^(",
            r"[-+]?0b[01_]+|[-+]?0o?[0-7_]+|[-+]?0x[0-9a-fA-F_]+", // base 2, 8, 16
            r"|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])*(\.[0-9_]*)?([eE][-+]?[0-9]+)?", // ints, floats, base 60
            r"|[-+]?\.[0-9][0-9_]*([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)",
            r"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*", // timestamps
            r")$"
        ))
        .expect("valid regex")
    });
    !numberish.is_match(s)
}

/// Splits the first scalar token off `s`: a quoted scalar (with its quotes)
/// or a plain one (up to `: `, a final `:`, or ` #`). Returns the token, whether
/// it is plain, and the rest.
fn first_token(s: &str) -> (&str, bool, &str) {
    let bytes = s.as_bytes();
    match bytes.first() {
        Some(b'"') => {
            let mut i = 1;
            while i < bytes.len() {
                match bytes[i] {
                    b'\\' => i += 2,
                    b'"' => return (&s[..=i], false, &s[i + 1..]),
                    _ => i += 1,
                }
            }
            (s, false, "")
        }
        Some(b'\'') => {
            let mut i = 1;
            while i < bytes.len() {
                if bytes[i] == b'\'' {
                    if bytes.get(i + 1) == Some(&b'\'') {
                        i += 2;
                        continue;
                    }
                    return (&s[..=i], false, &s[i + 1..]);
                }
                i += 1;
            }
            (s, false, "")
        }
        _ => {
            let mut end = s.len();
            for (i, c) in s.char_indices() {
                if c == ':' && (i + 1 == s.len() || s[i + 1..].starts_with(' ')) {
                    end = i;
                    break;
                }
                if c == '#' && i > 0 && s[..i].ends_with(' ') {
                    end = i;
                    break;
                }
            }
            (s[..end].trim_end(), true, &s[end..])
        }
    }
}

/// Lines of a YAML stream (as Helm prints it: block style) holding a plain
/// scalar, as key or value, that YAML 1.1 parsers (Go's yaml.v2 behind Helm
/// and kubectl, PyYAML) may read differently than serde_yaml (YAML 1.2).
/// Block scalars (`|`, `>`) are skipped; flow collections other than `{}`
/// and `[]` are reported.
pub fn yaml11_problems(text: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let mut block_parent: Option<usize> = None;
    for (n, line) in text.lines().enumerate() {
        let indent = line.len() - line.trim_start_matches(' ').len();
        let body = line[indent..].trim_end();
        if let Some(parent) = block_parent {
            if body.is_empty() || indent > parent {
                continue;
            }
            block_parent = None;
        }
        if body.is_empty() || body.starts_with('#') || body == "---" || body == "..." {
            continue;
        }
        let mut col = indent;
        let mut rest = body;
        loop {
            if rest == "-" {
                rest = "";
                break;
            }
            match rest.strip_prefix("- ") {
                Some(r) => {
                    let trimmed = r.trim_start_matches(' ');
                    col += 2 + (r.len() - trimmed.len());
                    rest = trimmed;
                }
                None => break,
            }
        }
        if rest.is_empty() {
            continue;
        }
        let mut report = |what: &str, token: &str| {
            problems.push(format!("line {}: {what} {token:?} in {line:?}", n + 1));
        };
        let (token, plain, after) = first_token(rest);
        let value = match after.strip_prefix(':') {
            Some(value) => {
                if plain && !plain_scalar_is_unambiguous(token) {
                    report("plain key", token);
                }
                value.trim()
            }
            None => {
                // A sequence item or a document-level scalar.
                if plain && !plain_scalar_is_unambiguous(token) {
                    report("plain scalar", token);
                }
                continue;
            }
        };
        if value.is_empty() || value.starts_with('#') {
            continue;
        }
        if value.starts_with(['|', '>']) {
            block_parent = Some(col);
            continue;
        }
        if value.starts_with(['"', '\'']) {
            continue;
        }
        if value.starts_with(['{', '[', '&', '*', '!']) && value != "{}" && value != "[]" {
            report("flow collection, anchor, alias or tag", value);
            continue;
        }
        let (token, _, _) = first_token(value);
        if !plain_scalar_is_unambiguous(token) {
            report("plain value", token);
        }
    }
    problems
}

// ------------------------------------------------------------------ rust render

/// The typed Rust render of `values` for the release, one value per object.
pub fn render_objects(values: &Values, release: &str, namespace: &str) -> Vec<Value> {
    maily_chart::render::render(values, &Release::new(release, namespace))
        .unwrap_or_else(|e| panic!("render failed for release {release} in {namespace}:\n{}", e.join("\n")))
        .into_iter()
        .map(|m| m.object)
        .collect()
}

// ------------------------------------------------------------------ comparison

/// `(kind, metadata.name)` of an object.
pub fn key_of(object: &Value) -> (String, String) {
    let s = |p: &str| object.pointer(p).and_then(Value::as_str).unwrap_or("<none>").to_string();
    (s("/kind"), s("/metadata/name"))
}

/// Objects by `(kind, metadata.name)`.
///
/// # Errors
/// When two objects share a kind and a name.
pub fn index(objects: &[Value]) -> Result<BTreeMap<(String, String), Value>, String> {
    let mut map = BTreeMap::new();
    for object in objects {
        let key = key_of(object);
        if map.insert(key.clone(), object.clone()).is_some() {
            return Err(format!("two objects are {} {}", key.0, key.1));
        }
    }
    Ok(map)
}

/// `value` with every mapping's keys sorted (for stable, readable diffs).
pub fn sorted(value: &Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<_> = map.iter().collect();
            entries.sort_by(|a, b| a.0.cmp(b.0));
            Value::Object(entries.into_iter().map(|(k, v)| (k.clone(), sorted(v))).collect())
        }
        Value::Array(items) => Value::Array(items.iter().map(sorted).collect()),
        other => other.clone(),
    }
}

/// `value` as YAML, keys sorted.
pub fn to_yaml(value: &Value) -> String {
    serde_yaml::to_string(&sorted(value)).expect("JSON values serialize as YAML")
}

/// Compares what helm printed with what Rust rendered: the same
/// `(kind, name)` keys, then each object equal field by field.
///
/// # Errors
/// A readable report: the keys on one side only, or a YAML diff
/// (`-` helm, `+` rust) of each object that differs.
pub fn compare_objects(helm: &[Value], rust: &[Value]) -> Result<(), String> {
    let h = index(helm).map_err(|e| format!("helm output: {e}"))?;
    let r = index(rust).map_err(|e| format!("rust render: {e}"))?;
    let show =
        |keys: Vec<&(String, String)>| keys.iter().map(|(k, n)| format!("{k}/{n}")).collect::<Vec<_>>().join("\n");
    if h.keys().ne(r.keys()) {
        let only_helm: Vec<_> = h.keys().filter(|k| !r.contains_key(*k)).collect();
        let only_rust: Vec<_> = r.keys().filter(|k| !h.contains_key(*k)).collect();
        return Err(format!(
            "helm and rust produce different objects\nonly in helm:\n{}\nonly in rust:\n{}\n{}",
            show(only_helm),
            show(only_rust),
            pretty_assertions::StrComparison::new(&show(h.keys().collect()), &show(r.keys().collect()))
        ));
    }
    let mut report = String::new();
    for (key, helm_object) in &h {
        let rust_object = &r[key];
        if helm_object != rust_object {
            report += &format!(
                "\n{} {} differs (left/-: helm template, right/+: rust render):\n{}\n",
                key.0,
                key.1,
                pretty_assertions::StrComparison::new(&to_yaml(helm_object), &to_yaml(rust_object))
            );
        }
    }
    if report.is_empty() { Ok(()) } else { Err(report) }
}

/// Panics with a readable diff unless helm and rust produce the same objects.
pub fn assert_same_objects(helm: &[Value], rust: &[Value]) {
    if let Err(report) = compare_objects(helm, rust) {
        panic!("{report}");
    }
    assert!(!helm.is_empty(), "no objects at all");
}

/// [`assert_same_objects`] for what `helm_major` printed; the panic names it.
pub fn assert_helm_prints_the_same_objects(helm_major: HelmMajor, helm: &[Value], rust: &[Value]) {
    if let Err(report) = compare_objects(helm, rust) {
        panic!("{helm_major} printed other objects than the Rust render:\n{report}");
    }
    assert!(!helm.is_empty(), "{helm_major} printed no objects at all");
}

// ------------------------------------------------------------------ names

/// A DNS-1123 label (RFC 1123): 1 to 63 of `[a-z0-9-]`, alphanumeric at both ends.
pub fn is_dns1123_label(s: &str) -> bool {
    (1..=63).contains(&s.len())
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// A DNS-1035 label (RFC 1035, what Service names must be): a DNS-1123
/// label that starts with a letter.
pub fn is_dns1035_label(s: &str) -> bool {
    is_dns1123_label(s) && s.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
}

// ------------------------------------------------------------------ files

/// A directory below the system temp dir, removed on drop.
#[derive(Debug)]
pub struct TempDir(PathBuf);

impl TempDir {
    /// A new, empty, uniquely named directory.
    pub fn new(label: &str) -> Self {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.subsec_nanos()).unwrap_or(0);
        let path = std::env::temp_dir().join(format!(
            "maily-tests-{label}-{}-{}-{nanos}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        ));
        fs::create_dir_all(&path).expect("temp dir is writable");
        Self(path)
    }

    /// Its path.
    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// The values file `gen` would write for an environment `name` with these
/// values: only what differs from the defaults.
pub fn values_file_text(name: &str, values: &Values) -> String {
    maily_chart_gen::environment_values_yaml(name, &defaults(), values)
}

/// Writes [`values_file_text`] to `<dir>/values-<name>.yaml`; returns its path.
pub fn write_values_file(dir: &Path, name: &str, values: &Values) -> PathBuf {
    let path = dir.join(format!("values-{name}.yaml"));
    fs::write(&path, values_file_text(name, values)).expect("temp dir is writable");
    path
}

/// Copies the tree `from` to `to` (created).
pub fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("temp dir is writable");
    for entry in fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())) {
        let entry = entry.expect("readable entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// Every file (with its bytes) and directory (`None`) below `dir`, by path
/// relative to `dir`.
pub fn snapshot(dir: &Path) -> BTreeMap<String, Option<Vec<u8>>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Option<Vec<u8>>>) {
        for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.expect("readable entry").path();
            let rel = path.strip_prefix(root).expect("below root").to_string_lossy().into_owned();
            if path.is_dir() {
                out.insert(format!("{rel}/"), None);
                walk(root, &path, out);
            } else {
                out.insert(rel, Some(fs::read(&path).expect("readable file")));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// Panics with the paths that differ unless two snapshots are equal.
pub fn assert_same_tree(
    before: &BTreeMap<String, Option<Vec<u8>>>,
    after: &BTreeMap<String, Option<Vec<u8>>>,
    what: &str,
) {
    if before == after {
        return;
    }
    let mut diffs = Vec::new();
    for (path, content) in before {
        match after.get(path) {
            None => diffs.push(format!("removed: {path}")),
            Some(c) if c != content => diffs.push(format!("changed: {path}")),
            _ => {}
        }
    }
    for path in after.keys().filter(|p| !before.contains_key(*p)) {
        diffs.push(format!("added:   {path}"));
    }
    panic!("{what}: the directory changed:\n{}", diffs.join("\n"));
}

// ------------------------------------------------------------------ prng

/// SplitMix64: small, seeded, deterministic on every platform.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator from `seed`.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// A number in `lo..=hi`.
    pub fn between(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next_u64() % ((hi - lo) as u64 + 1)) as i64
    }

    /// True with `percent` % probability.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// The strings the issue names as hostile to YAML 1.1, Go templates and
/// quoting: each must reach the manifests unchanged.
pub const HOSTILE_STRINGS: &[&str] = &[
    "on",
    "off",
    "yes",
    "no",
    "y",
    "n",
    "Y",
    "NO",
    "0777",
    "1_000",
    "1e3",
    "0x1F",
    "~",
    "null",
    "",
    " leading space",
    "trailing: colon",
    "# hash",
    "\"quoted\"",
    "back\\slash",
    "multi\nline",
    "tab\tchar",
    "{{ .Values.x }}",
    "é ünïcode ✓",
    "-dash",
    "[list]",
    "&anchor",
    "*alias",
    "!tag",
    "%percent",
    "@at",
];

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn yaml_1_1_traps_in_plain_scalars_are_reported() {
        let text = "---\n# Source: x\nkind: Pod\nmetadata:\n  name: \"on\"\n  labels:\n    a: on\n    \"b\": \"0777\"\n    c: 0777\n    d: 1e3\n    e: 12\n    f: true\n    g: ~\n  list:\n    - yes\n    - ALL\n    - key: n\n      other: {}\n  on: x\n";
        let problems = yaml11_problems(text);
        let lines: Vec<&str> = problems.iter().map(|p| p.split(':').next().unwrap()).collect();
        assert_eq!(lines, ["line 7", "line 9", "line 10", "line 13", "line 15", "line 17", "line 19"], "{problems:#?}");
    }

    #[test]
    fn plain_strings_that_no_resolver_reads_as_numbers_pass_and_numbers_do_not() {
        for safe in ["-c", "$HOME", "é ünïcode ✓", "apps/v1", "12", "0", "-3", "a1.2", "v1.0.0"] {
            assert!(plain_scalar_is_unambiguous(safe), "{safe} is a string (or a canonical int) in both");
        }
        for suspect in [".5", "1:30", "2024-01-01", "0o17", "0x1F", "+1", "1_000", "-.inf", "1.5", "1e3", "0777", "~"] {
            assert!(!plain_scalar_is_unambiguous(suspect), "{suspect} may read as a number or date");
        }
    }

    #[test]
    fn block_scalars_and_quoted_keys_are_not_misread() {
        let text = "data:\n  config: |\n    on\n    0777: yes\n  \"a: b\": \"c # d\"\n  'it''s': x\nnext: fine\n";
        assert_eq!(yaml11_problems(text), Vec::<String>::new());
    }

    #[test]
    fn differing_objects_are_reported_with_their_kind_name_and_a_diff() {
        let a = json!({"kind": "Service", "metadata": {"name": "s"}, "spec": {"port": 80}});
        let b = json!({"kind": "Service", "metadata": {"name": "s"}, "spec": {"port": 81}});
        let report = compare_objects(std::slice::from_ref(&a), &[b]).unwrap_err();
        assert!(report.contains("Service s differs") && report.contains("port: 8"), "{report}");
        let c = json!({"kind": "Pod", "metadata": {"name": "p"}});
        let report = compare_objects(std::slice::from_ref(&a), &[a.clone(), c]).unwrap_err();
        assert!(report.contains("only in rust:\nPod/p"), "{report}");
        assert!(compare_objects(std::slice::from_ref(&a), &[a.clone(), a.clone()]).is_err(), "duplicates are an error");
    }

    #[test]
    fn integers_and_floats_are_not_equal() {
        let helm = parse_manifests("kind: X\nmetadata:\n  name: x\nn: 1e+06\n").unwrap();
        let rust = vec![json!({"kind": "X", "metadata": {"name": "x"}, "n": 1_000_000})];
        assert!(compare_objects(&helm, &rust).is_err());
    }
}
