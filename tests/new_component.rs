//! Adding a component takes exactly the steps of ARCHITECTURE.md, "Adding a
//! component", and nothing else.
//!
//! A component is a values field plus code, so this test works on a copy of
//! the workspace (its git-tracked and untracked-but-not-ignored files, and
//! `out/`) in `<target>/new-component/`: it applies the documented steps for
//! an HTTP component `reporting` (port 5000, health `/health`, a `secretEnv`
//! key `reporting-token`, calling `ai-service` through its own `Def::calls`),
//! checks that the files it changed are the ones the section lists (parsed
//! from ARCHITECTURE.md, so the two cannot drift), then runs the copy's `gen`
//! and shows the component validated, rendered, documented and equivalent
//! under helm, and the copy's own policy and adversarial tests passing.
//!
//! Nested cargo runs share this build's target directory (the outer `cargo
//! test` holds no build lock while tests run), so only the copy's workspace
//! crates compile. Cargo hashes workspace crates by their path *relative to
//! the workspace root*, so the copy's crates would get the very artifact
//! names of this workspace's and overwrite them (this workspace's next build
//! would then find them fresh and run the copy's code): every nested cargo
//! gets a profile override for the workspace crates (`codegen-units = 255`),
//! which gives them their own hashes while the dependencies stay shared, and
//! [`ArtifactGuard`] fails the test if a nested run changed any artifact that
//! is not the copy's. The files cargo uplifts (`<target>/debug/gen`, ...) are
//! put back afterwards, so `CARGO_BIN_EXE_gen` keeps naming this workspace's `gen`.
//!
//! Needs cargo, git, helm and kubernetes-validate; a missing one is a loud
//! failure, never a skip.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use maily_chart_gen::cli::{EXIT_INVALID, EXIT_UNBUMPED};
use maily_chart_tests::*;
use serde_json::Value;

/// The component's module name, values key and component name.
const NAME: &str = "reporting";

/// Step 1: the module.
const MODULE: &str = r#"//! `reporting`: usage reporting (HTTP, health at `/health`); calls the AI service.

use crate::components::Def;
use crate::components::http::Http;
use crate::network::Call;
use crate::context::Ctx;
use crate::manifest::Manifest;

/// The registry entry.
pub const DEF: Def = Def {
    key: "reporting",
    name: "reporting",
    summary: "usage reporting",
    resources,
    calls: &[Call::Component("ai-service")],
    metrics_path: None,
};

/// Deployment, Service, ServiceAccount, HPA, PDB, NetworkPolicy and test pod.
pub fn resources(ctx: &Ctx) -> Vec<Manifest> {
    let http = Http { def: &DEF, health_path: "/health", values: &ctx.values().reporting };
    http.resources(ctx, http.spec(ctx), Vec::new())
}
"#;

/// Step 2: `pub mod` (after this line) and the registry line (last in `registry!`).
const MOD_ANCHOR: &str = "pub mod ai_service;\n";
const REGISTRY_LINE: &str =
    "    /// Usage reporting (port 5000, health at `/health`).\n    reporting: HttpWorkload => reporting::DEF,\n";

/// Step 3: the defaults, first in the `Components` literal, with the
/// helpers of `defaults.rs`.
const DEFAULTS_ANCHOR: &str = "components: Components {\n";
const DEFAULTS_FIELD: &str = r#"            reporting: http(
                "reporting",
                Workload {
                    secret_env: map(&[("REPORTING_TOKEN", "reporting-token")]),
                    ..workload(
                        "maily/reporting",
                        resources("100m", "128Mi", "500m", "256Mi"),
                        probe(10, 30, 5, 3),
                        probe(5, 10, 3, 3),
                    )
                },
                5000,
            ),
"#;

/// The environment change that validation must refuse, appended to staging.
const INVALID_ENV_FILE: &str = "environments/staging.rs";
const INVALID_CHANGE: &str = "    v.reporting.workload.image.tag = \"latest\".into();\n    \
     v.reporting.workload.autoscaling.min_replicas = 9;\n    \
     v.reporting.workload.autoscaling.max_replicas = 3;\n";

/// The release and namespace of every render here.
const RELEASE: &str = "maily";
const NAMESPACE: &str = "maily";

// ------------------------------------------------------------------ the documented steps

/// One step of "Adding a component": the file it edits, and the files it may
/// also edit (`environments/<env>.rs`), as path patterns.
#[derive(Debug)]
struct Step {
    required: String,
    optional: Vec<String>,
}

/// The numbered steps of ARCHITECTURE.md's "## Adding a component": each
/// item names its files, in backticks, before its first `: `.
fn documented_steps(architecture: &str) -> Vec<Step> {
    let start = architecture.find("\n## Adding a component\n").expect("ARCHITECTURE.md has `## Adding a component`");
    let section = &architecture[start + 1..];
    let section = &section[..section[3..].find("\n## ").map_or(section.len(), |i| i + 3)];
    let mut items: Vec<String> = Vec::new();
    for line in section.lines() {
        let numbered = line.split_once(". ").filter(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        match numbered {
            Some((_, rest)) => items.push(rest.to_string()),
            None if line.starts_with("   ") && !items.is_empty() => {
                let last = items.last_mut().expect("an item");
                last.push(' ');
                last.push_str(line.trim());
            }
            None => {}
        }
    }
    items
        .iter()
        .map(|item| {
            let head = item.split_once(": ").map_or(item.as_str(), |(head, _)| head);
            let mut files =
                head.split('`').skip(1).step_by(2).filter(|p| p.contains('/') && p.ends_with(".rs")).map(String::from);
            let required = files.next().unwrap_or_else(|| panic!("step {item:?} names no file before its `: `"));
            Step { required, optional: files.collect() }
        })
        .collect()
}

/// Whether `path` is `pattern`, `<name>` being the component's module and
/// `<env>` any environment file name.
fn matches(pattern: &str, path: &str) -> bool {
    let pattern = pattern.replace("<name>", NAME);
    match pattern.split_once("<env>") {
        None => pattern == path,
        Some((before, after)) => path.strip_prefix(before).and_then(|p| p.strip_suffix(after)).is_some_and(|env| {
            !env.is_empty() && env.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        }),
    }
}

/// Panics unless every changed file is one that a documented step lists.
fn assert_documented(steps: &[Step], changed: &BTreeSet<String>) {
    for path in changed {
        let listed = steps.iter().any(|s| std::iter::once(&s.required).chain(&s.optional).any(|p| matches(p, path)));
        assert!(listed, "adding the component changed `{path}`, which ARCHITECTURE.md's steps do not list: {steps:#?}");
    }
}

/// Replaces the one occurrence of `anchor` in `<copy>/<path>` with `replacement`.
fn edit(copy: &Path, path: &str, anchor: &str, replacement: &str) {
    let file = copy.join(path);
    let text = fs::read_to_string(&file).unwrap_or_else(|e| panic!("{path}: {e}"));
    assert_eq!(text.matches(anchor).count(), 1, "{path}: the anchor {anchor:?} is not there exactly once");
    fs::write(&file, text.replacen(anchor, replacement, 1)).expect("the copy is writable");
}

// ------------------------------------------------------------------ the copy and cargo

/// The cargo running this test (`$CARGO`, which cargo sets).
fn cargo() -> PathBuf {
    let path = std::env::var_os("CARGO").map(PathBuf::from).unwrap_or_else(|| PathBuf::from(env!("CARGO")));
    assert!(
        path.is_file(),
        "\n\n*** cargo not found at {} ($CARGO). This test runs cargo in a copy of the workspace; it never skips. ***\n\n",
        path.display()
    );
    path
}

/// The target directory of this build: `<target>/<profile>/deps/<this test>`.
fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the test binary's path");
    exe.ancestors().nth(3).expect("the test binary lives in <target>/<profile>/deps").to_path_buf()
}

/// Every file of the workspace that git knows or would add (tracked, or
/// untracked and not ignored), relative to the root.
fn workspace_files(root: &Path) -> Vec<String> {
    let output = Command::new("git")
        .args(["ls-files", "-z", "--cached", "--others", "--exclude-standard"])
        .current_dir(root)
        .output()
        .unwrap_or_else(|e| {
            panic!("\n\n*** git ls-files cannot run ({e}): this test needs git; it never skips. ***\n\n")
        });
    assert!(output.status.success(), "git ls-files: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout)
        .expect("UTF-8 paths")
        .split('\0')
        .filter(|p| !p.is_empty() && root.join(p).is_file())
        .map(String::from)
        .collect()
}

/// Copies the workspace's sources and `out/maily` to `copy` (emptied first).
fn copy_workspace(root: &Path, copy: &Path) {
    if copy.exists() {
        fs::remove_dir_all(copy).expect("the old copy is removable");
    }
    for path in workspace_files(root) {
        let target = copy.join(&path);
        fs::create_dir_all(target.parent().expect("a parent")).expect("the copy is writable");
        fs::copy(root.join(&path), &target).unwrap_or_else(|e| panic!("{path}: {e}"));
    }
    let chart = root.join("out").join(maily_chart_gen::CHART_DIR);
    copy_tree(&chart, &copy.join("out").join(maily_chart_gen::CHART_DIR));
}

/// The copy's files outside `out/`, with their bytes.
fn sources(copy: &Path) -> std::collections::BTreeMap<String, Option<Vec<u8>>> {
    let mut all = snapshot(copy);
    all.retain(|path, _| !path.starts_with("out/") && path != "out/");
    all
}

/// The files that differ between two snapshots.
fn changed(
    before: &std::collections::BTreeMap<String, Option<Vec<u8>>>,
    after: &std::collections::BTreeMap<String, Option<Vec<u8>>>,
) -> BTreeSet<String> {
    let paths: BTreeSet<&String> = before.keys().chain(after.keys()).collect();
    paths.into_iter().filter(|p| before.get(*p) != after.get(*p)).cloned().collect()
}

/// `--config` arguments that give the copy's workspace crates artifact
/// hashes of their own: a profile override on each of them (any profile
/// setting enters the hash; 255 codegen units instead of 256 changes nothing
/// else). Dependencies keep theirs, so they are shared.
fn isolation(copy: &Path) -> Vec<String> {
    let out = Command::new(cargo())
        .args(["metadata", "--offline", "--no-deps", "--format-version", "1"])
        .current_dir(copy)
        .output()
        .expect("cargo metadata runs");
    assert!(out.status.success(), "cargo metadata: {}", String::from_utf8_lossy(&out.stderr));
    let metadata: Value = serde_json::from_slice(&out.stdout).expect("cargo metadata prints JSON");
    let packages = metadata["packages"].as_array().expect("packages");
    assert!(packages.len() >= 5, "the copy's workspace members: {packages:?}");
    packages
        .iter()
        .flat_map(|p| {
            let name = p["name"].as_str().expect("a package name").to_string();
            ["dev", "test"].map(|profile| format!("profile.{profile}.package.{name}.codegen-units=255"))
        })
        .flat_map(|config| ["--config".to_string(), config])
        .collect()
}

/// Runs cargo in the copy, on this build's target directory, isolated.
fn run_cargo(copy: &Path, args: &[&str]) -> ToolOutput {
    static ISOLATION: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let isolation = ISOLATION.get_or_init(|| isolation(copy));
    let tools = [
        ("MAILY_HELM", HelmMajor::V4.binary()),
        ("MAILY_HELM3", HelmMajor::V3.binary()),
        ("MAILY_KUBERNETES_VALIDATE", kubernetes_validate()),
        // The copy is not next to ../shared/crds.
        ("MAILY_CRDS", crd::crds_dir()),
    ];
    let output = Command::new(cargo())
        .args(isolation)
        .args(args)
        .current_dir(copy)
        .env("CARGO_TARGET_DIR", target_dir())
        .envs(tools)
        .output()
        .unwrap_or_else(|e| panic!("cargo {args:?} cannot run: {e}"));
    ToolOutput::from(output)
}

/// `cargo run --bin gen -- <args>` in the copy.
fn gen_in(copy: &Path, args: &[&str]) -> ToolOutput {
    let mut all = vec!["run", "--offline", "--locked", "-q", "--bin", "gen", "--"];
    all.extend_from_slice(args);
    run_cargo(copy, &all)
}

fn expect_success(what: &str, out: &ToolOutput) {
    assert!(out.success(), "{what} exited with {}:\n{}\n{}", out.code, out.stdout, out.stderr);
}

/// Puts back the files that cargo uplifts into `<target>/debug/` (`gen`,
/// `libmaily_chart.rlib`, ...) as this workspace's build left them: nested
/// cargo runs on the copy replace them with the copy's.
struct UpliftGuard {
    dir: PathBuf,
    saved: PathBuf,
    names: Vec<std::ffi::OsString>,
}

impl UpliftGuard {
    fn new(target: &Path) -> Self {
        let dir = target.join("debug");
        let saved = target.join("new-component").join("uplifted");
        if saved.exists() {
            fs::remove_dir_all(&saved).expect("removable");
        }
        fs::create_dir_all(&saved).expect("target dir is writable");
        let mut names = Vec::new();
        for entry in fs::read_dir(&dir).into_iter().flatten() {
            let entry = entry.expect("readable entry");
            let dotfile = entry.file_name().to_string_lossy().starts_with('.');
            if entry.file_type().is_ok_and(|t| t.is_file()) && !dotfile {
                fs::hard_link(entry.path(), saved.join(entry.file_name()))
                    .or_else(|_| fs::copy(entry.path(), saved.join(entry.file_name())).map(|_| ()))
                    .expect("the uplifted file is saved");
                names.push(entry.file_name());
            }
        }
        Self { dir, saved, names }
    }
}

impl Drop for UpliftGuard {
    fn drop(&mut self) {
        for entry in fs::read_dir(&self.dir).into_iter().flatten().flatten() {
            let name = entry.file_name();
            let dotfile = name.to_string_lossy().starts_with('.');
            if entry.file_type().is_ok_and(|t| t.is_file()) && !dotfile && !self.names.contains(&name) {
                // The copy's, where this workspace had none: cargo uplifts its own again when it builds it.
                let _ = fs::remove_file(entry.path());
            }
        }
        for name in &self.names {
            let _ = fs::rename(self.saved.join(name), self.dir.join(name));
        }
    }
}

/// The 16-hex-digit cargo hashes in a path.
fn hashes_in(path: &str) -> Vec<String> {
    path.split(['/', '-', '.'])
        .filter(|p| p.len() == 16 && p.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)))
        .map(String::from)
        .collect()
}

type Stamps = std::collections::BTreeMap<String, (u64, std::time::SystemTime)>;

/// Fails when a nested cargo run changed an artifact that is not the
/// copy's: every file below `<target>/debug/{deps,build,.fingerprint}`
/// without a hash of the copy's crates must stay as it was. The copy's
/// hashes are those of the files its runs added, recorded in
/// `<target>/new-component/unit-hashes.txt` for the runs to come.
struct ArtifactGuard {
    debug: PathBuf,
    record: PathBuf,
    copy: BTreeSet<String>,
    before: Stamps,
}

impl ArtifactGuard {
    fn new(target: &Path, base: &Path) -> Self {
        let record = base.join("unit-hashes.txt");
        let copy: BTreeSet<String> =
            fs::read_to_string(&record).unwrap_or_default().lines().map(String::from).collect();
        let debug = target.join("debug");
        let mut before = Self::files(&debug);
        before.retain(|path, _| !hashes_in(path).iter().any(|h| copy.contains(h)));
        Self { debug, record, copy, before }
    }

    fn files(debug: &Path) -> Stamps {
        fn walk(root: &Path, dir: &Path, out: &mut Stamps) {
            for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
                let path = entry.path();
                let Ok(meta) = entry.metadata() else { continue };
                if meta.is_dir() {
                    walk(root, &path, out);
                } else {
                    let rel = path.strip_prefix(root).expect("below root").to_string_lossy().into_owned();
                    out.insert(rel, (meta.len(), meta.modified().expect("mtime")));
                }
            }
        }
        let mut out = Stamps::new();
        for sub in ["deps", "build", ".fingerprint"] {
            walk(debug, &debug.join(sub), &mut out);
        }
        out
    }

    /// After a nested cargo run: checks, then records the hashes of the
    /// files it added (the copy's).
    fn after_cargo(&mut self) {
        let now = self.check();
        let added = now.keys().filter(|p| !self.before.contains_key(*p));
        self.copy.extend(added.flat_map(|p| hashes_in(p)));
        let text: String = self.copy.iter().map(|h| format!("{h}\n")).collect();
        fs::write(&self.record, text).expect("the record is writable");
    }

    /// Panics if an artifact that is not the copy's has changed; returns
    /// every artifact file.
    fn check(&self) -> Stamps {
        let now = Self::files(&self.debug);
        let changed: Vec<&String> =
            self.before.iter().filter(|(p, m)| now.get(*p) != Some(m)).map(|(p, _)| p).collect();
        assert!(
            changed.is_empty(),
            "a cargo run on the copy changed artifacts that are not the copy's (if the copy's crates share this \
             workspace's artifact names, its next build runs the copy's code: run `cargo clean`):\n{changed:#?}"
        );
        now
    }
}

/// `helm template` of the copy's chart, parsed; checked for YAML 1.1 traps.
fn helm_template_of(chart: &Path, files: &[&Path], set: &[&str]) -> Result<Vec<Value>, String> {
    let out = run_helm(template_args(chart, RELEASE, NAMESPACE, files, set));
    if !out.success() {
        return Err(out.stderr);
    }
    let problems = yaml11_problems(&out.stdout);
    assert!(problems.is_empty(), "helm printed YAML 1.1 traps:\n{}", problems.join("\n"));
    Ok(parse_manifests(&out.stdout).unwrap_or_else(|e| panic!("helm printed unparsable YAML: {e}")))
}

/// The components whose pods a NetworkPolicy admits (`podSelector` peers).
fn admitted_components(policy: &Value) -> Vec<String> {
    policy
        .pointer("/spec/ingress")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|rule| rule.get("from").and_then(Value::as_array))
        .flatten()
        .filter_map(|peer| peer.pointer("/podSelector/matchLabels/app.kubernetes.io~1component"))
        .filter_map(|c| c.as_str().map(String::from))
        .collect()
}

fn find<'a>(objects: &'a [Value], kind: &str, name: &str) -> Option<&'a Value> {
    objects.iter().find(|o| key_of(o) == (kind.to_string(), name.to_string()))
}

// ------------------------------------------------------------------ the test

#[test]
fn a_component_added_by_the_documented_steps_is_validated_rendered_documented_and_equivalent_under_helm() {
    let started = Instant::now();
    let phase =
        |what: &str, since: Instant| eprintln!("new_component: {what} in {:.1}s", since.elapsed().as_secs_f64());
    let (root, target) = (workspace_root(), target_dir());
    // In the copy itself (`cargo test --workspace` there), it would delete the copy it runs in.
    assert!(!root.starts_with(&target), "this test runs on a workspace, not on its own copy in {}", root.display());
    // Fail loudly now, not halfway, if a tool is missing.
    let _ = (cargo(), helm(), kubernetes_validate());
    let base = target.join("new-component");
    fs::create_dir_all(&base).expect("target dir is writable");
    // One run at a time per target directory.
    let lock = fs::File::create(base.join("lock")).expect("lock file");
    lock.lock().expect("lock");
    let copy = base.join("workspace");
    copy_workspace(&root, &copy);
    let chart = copy.join("out").join(maily_chart_gen::CHART_DIR);
    let _uplift = UpliftGuard::new(&target);
    let mut artifacts = ArtifactGuard::new(&target, &base);

    // The documented steps, applied.
    let steps = documented_steps(&fs::read_to_string(copy.join("ARCHITECTURE.md")).expect("ARCHITECTURE.md"));
    assert!(steps.len() >= 3, "ARCHITECTURE.md lists {} steps: {steps:#?}", steps.len());
    let before = sources(&copy);
    let module = format!("maily-chart/src/components/{NAME}.rs");
    fs::write(copy.join(&module), MODULE).expect("the copy is writable");
    let registry = "maily-chart/src/components/mod.rs";
    edit(&copy, registry, MOD_ANCHOR, &format!("{MOD_ANCHOR}pub mod {NAME};\n"));
    let registry_text = fs::read_to_string(copy.join(registry)).expect("mod.rs");
    let block = registry_text.find("\nregistry! {\n").expect("the registry! block");
    let end = block + registry_text[block..].find("\n}\n").expect("the end of the registry! block") + 1;
    fs::write(copy.join(registry), format!("{}{REGISTRY_LINE}{}", &registry_text[..end], &registry_text[end..]))
        .expect("the copy is writable");
    edit(&copy, "environments/defaults.rs", DEFAULTS_ANCHOR, &format!("{DEFAULTS_ANCHOR}{DEFAULTS_FIELD}"));
    let edited = changed(&before, &sources(&copy));
    assert_eq!(
        edited,
        BTreeSet::from([module.clone(), registry.to_string(), "environments/defaults.rs".to_string()]),
        "the files the steps changed"
    );
    assert_documented(&steps, &edited);
    for step in &steps {
        assert!(
            edited.iter().any(|p| matches(&step.required, p)),
            "ARCHITECTURE.md's step for `{}` was not needed: the list is longer than what adding a component takes",
            step.required
        );
    }

    // gen writes the chart with the component in it.
    let t = Instant::now();
    let build = run_cargo(&copy, &["build", "--offline", "--locked", "--bin", "gen"]);
    artifacts.after_cargo();
    expect_success("cargo build --bin gen in the copy", &build);
    // A new component, on by default, adds objects and values keys: gen asks
    // for a minor bump and writes nothing until `gen bump` records it.
    let refused = gen_in(&copy, &[]);
    assert_eq!(refused.code, EXIT_UNBUMPED, "gen in the copy:\n{}\n{}", refused.stdout, refused.stderr);
    let released = maily_chart::common::names::CHART_VERSION;
    let next = {
        let mut parts = released.split('.').map(|p| p.parse::<u64>().expect("a plain x.y.z version"));
        let (major, minor) = (parts.next().expect("major"), parts.next().expect("minor"));
        format!("{major}.{}.0", minor + 1)
    };
    assert!(
        refused.stderr.contains(&format!("needs a minor version bump (to {next})"))
            && refused.stderr.contains("values key `reporting`"),
        "gen names the minor bump and the new key:\n{}",
        refused.stderr
    );
    let bumped = gen_in(&copy, &["bump"]);
    expect_success("gen bump in the copy", &bumped);
    assert!(bumped.stdout.contains(&format!("{released} -> {next} (minor)")), "{}", bumped.stdout);
    assert!(
        fs::read_to_string(chart.join("Chart.yaml")).expect("Chart.yaml").contains(&format!("\nversion: \"{next}\"\n")),
        "the copy's chart is {next}"
    );
    expect_success("gen --check in the copy after the bump", &gen_in(&copy, &["--check"]));
    phase("copy built, gen bumped", t);
    for kind in ["deployment", "service", "serviceaccount", "hpa", "pdb", "networkpolicy"] {
        let template = chart.join("templates").join(NAME).join(format!("{kind}.yaml"));
        assert!(template.is_file(), "{} is missing", template.display());
    }
    assert!(chart.join("templates/tests/reporting-connection.yaml").is_file(), "the helm test pod is missing");
    let text = |file: &str| fs::read_to_string(chart.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
    let readme = text("README.md");
    for row in [
        "| `reporting.enabled` | boolean | `true` |",
        "| `reporting.image.repository` | string | `\"maily/reporting\"` |",
        "| `reporting.image.tag` | string | `\"v1.0.0\"` |",
        "| `reporting.containerPort` | integer | `5000` |",
        "| `reporting.secretEnv` | object | `{\"REPORTING_TOKEN\":\"reporting-token\"}` |",
    ] {
        assert!(readme.contains(row), "the chart README lacks the row {row}");
    }
    assert!(
        readme.contains("\n| `reporting-token` | required | required | required |\n"),
        "the README does not list the Secret key reporting-token as required in every environment"
    );
    assert!(readme.contains("usage reporting (`reporting`)"), "the README's first paragraph omits reporting");
    // The traffic diagrams draw it and its call to the AI service.
    assert!(readme.contains("\n  reporting[\"reporting\"]\n"), "the README's traffic diagrams omit reporting");
    assert!(
        readme.contains("\n  reporting -->|http| ai_service\n"),
        "the README does not draw reporting -> ai-service"
    );
    let notes = text("templates/NOTES.txt");
    assert!(
        notes.contains("{{- if .Values.reporting.enabled }}\n  - reporting (usage reporting): Service"),
        "NOTES.txt:\n{notes}"
    );
    let schema: Value = serde_json::from_str(&text("values.schema.json")).expect("the schema parses");
    assert!(schema.pointer("/properties/reporting").is_some(), "values.schema.json has no `reporting` key");
    let values: Value = serde_yaml::from_str(&text("values.yaml")).expect("values.yaml parses");
    assert_eq!(values.pointer("/reporting/containerPort"), Some(&Value::from(5000)));
    assert_eq!(values.pointer("/reporting/secretEnv/REPORTING_TOKEN"), Some(&Value::from("reporting-token")));

    // Equivalent: every environment of the copy and the defaults, helm and gen render alike.
    let t = Instant::now();
    let mut environments: Vec<String> = fs::read_dir(&chart)
        .expect("the chart")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            Some(name.strip_prefix("values-")?.strip_suffix(".yaml")?.to_string())
        })
        .collect();
    environments.sort();
    assert!(environments.len() >= 3, "the copy's environments: {environments:?}");
    environments.push(DEFAULTS.to_string());
    let mut admitted_somewhere = false;
    for env in &environments {
        let out = gen_in(&copy, &["render", "--env", env, "--release", RELEASE, "--namespace", NAMESPACE]);
        expect_success(&format!("gen render --env {env} in the copy"), &out);
        let rust = parse_manifests(&out.stdout).unwrap_or_else(|e| panic!("gen render printed bad YAML: {e}"));
        let file = chart.join(format!("values-{env}.yaml"));
        let files: Vec<&Path> = if env == DEFAULTS { Vec::new() } else { vec![&file] };
        let helm = helm_template_of(&chart, &files, &[]).unwrap_or_else(|e| panic!("helm template `{env}`: {e}"));
        if let Err(report) = compare_objects(&helm, &rust) {
            panic!("environment `{env}` of the copy: helm template and gen render differ:\n{report}");
        }
        assert!(find(&rust, "Deployment", "maily-reporting").is_some(), "`{env}` renders no reporting Deployment");
        if let Some(policy) = find(&rust, "NetworkPolicy", "maily-ai-service") {
            let admitted = admitted_components(policy);
            assert!(admitted.contains(&NAME.to_string()), "`{env}`: the ai-service NetworkPolicy admits {admitted:?}");
            admitted_somewhere = true;
        }
    }
    assert!(admitted_somewhere, "no environment of the copy renders the ai-service NetworkPolicy");
    phase(&format!("{} renders compared with helm", environments.len()), t);

    // Validated by helm too: the schema and the cross-field rule refuse what gen refuses.
    for (set, expected) in [
        (&["reporting.autoscaling.maxReplicas=0"][..], "at '/reporting/autoscaling/maxReplicas': minimum"),
        (&["reporting.image.tag=latest"][..], "at '/reporting/image/tag'"),
        (
            &["reporting.autoscaling.minReplicas=9", "reporting.autoscaling.maxReplicas=3"][..],
            "reporting.autoscaling.minReplicas (9) is greater than maxReplicas (3)",
        ),
    ] {
        match helm_template_of(&chart, &[], set) {
            Ok(_) => panic!("helm accepted --set {set:?} on the copy's chart"),
            Err(stderr) => {
                assert!(stderr.contains(expected), "helm --set {set:?} failed without {expected:?}:\n{stderr}")
            }
        }
    }

    // The copy's own policy and adversarial tests, with the component in.
    let t = Instant::now();
    let tests =
        ["test", "--offline", "--locked", "-p", "maily-chart-tests", "--test", "policy", "--test", "adversarial"];
    let build = run_cargo(&copy, &[&tests[..], &["--no-run"]].concat());
    artifacts.after_cargo();
    expect_success("cargo test --no-run in the copy", &build);
    phase("the copy's tests built", t);
    let t = Instant::now();
    expect_success("the copy's policy and adversarial tests", &run_cargo(&copy, &tests));
    phase("the copy's policy and adversarial tests ran", t);

    // Validated: an environment that breaks the component's rules stops gen,
    // naming both fields, and leaves out/ as it was.
    let before = sources(&copy);
    edit(&copy, INVALID_ENV_FILE, "    v\n}\n", &format!("{INVALID_CHANGE}    v\n}}\n"));
    assert_documented(&steps, &changed(&before, &sources(&copy)));
    let out_before = snapshot(&copy.join("out"));
    let t = Instant::now();
    let out = gen_in(&copy, &[]);
    phase("gen on an invalid environment", t);
    assert_eq!(out.code, EXIT_INVALID, "gen on an invalid reporting:\n{}\n{}", out.stdout, out.stderr);
    for expected in [
        "environment `staging`: reporting.image.tag (\"latest\")",
        "environment `staging`: reporting.autoscaling.minReplicas (9) is greater than maxReplicas (3)",
    ] {
        assert!(out.stderr.contains(expected), "gen's errors lack {expected:?}:\n{}", out.stderr);
    }
    assert_same_tree(&out_before, &snapshot(&copy.join("out")), "gen refused the environment but out/ changed");
    artifacts.after_cargo();
    phase("new_component, all", started);
}
