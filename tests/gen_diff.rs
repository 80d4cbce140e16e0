//! `gen diff`: per environment, the objects added, removed and changed
//! between a base and the chart `gen` would write now, rendered by the real
//! `helm template` (`$MAILY_HELM`, else `.tools/bin/helm`: a missing helm
//! fails these tests, exit 4, never skips them).
//!
//! The command runs in process (`cli::run_argv`), over the environments with
//! the registry's release and namespaces, as the `gen` binary gives them
//! (`maily-chart-gen/gen/tests/cli.rs` runs the binary itself).

use std::fs;
use std::path::Path;
use std::process::Command;

use maily_chart_gen::cli::{self, EXIT_INVALID, EXIT_OK, EXIT_STALE, EXIT_USAGE};
use maily_chart_tests::*;

/// The environments as the `gen` binary passes them: with release and namespace.
fn installed() -> Vec<Environment> {
    Environment::installed(maily_environments::ALL, maily_environments::RELEASE, maily_environments::namespace)
}

/// `gen diff <args>`: (exit code, stdout, stderr).
fn diff(args: &[&str]) -> (i32, String, String) {
    let mut argv = vec!["gen", "diff"];
    argv.extend_from_slice(args);
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let code = cli::run_argv(argv, &installed(), &defaults(), &mut stdout, &mut stderr);
    (code, String::from_utf8(stdout).expect("UTF-8"), String::from_utf8(stderr).expect("UTF-8"))
}

/// The object lines (`+ `, `- `, `~ ` in column 0) of the section of `env`.
fn object_lines(stdout: &str, env: &str) -> Vec<String> {
    section(stdout, env)
        .lines()
        .filter(|l| l.starts_with("+ ") || l.starts_with("- ") || l.starts_with("~ "))
        .map(String::from)
        .collect()
}

/// The text of `env`'s section: from its `# <env>:` header to its summary line.
fn section<'a>(stdout: &'a str, env: &str) -> &'a str {
    let start = stdout.find(&format!("# {env}: ")).unwrap_or_else(|| panic!("no section for {env}:\n{stdout}"));
    let rest = &stdout[start..];
    let end = rest.find(&format!("\n{env}: ")).unwrap_or_else(|| panic!("no summary for {env}:\n{rest}"));
    let summary_end = rest[end + 1..].find('\n').map_or(rest.len(), |i| end + 1 + i + 1);
    &rest[..summary_end]
}

/// The summary line of `env`.
fn summary(stdout: &str, env: &str) -> String {
    section(stdout, env).lines().last().expect("a summary line").to_string()
}

/// `from`'s first occurrence of `old` replaced by `new` (which must be there).
fn replace_first(path: &Path, old: &str, new: &str) {
    let text = fs::read_to_string(path).expect("readable");
    assert!(text.contains(old), "{} holds no {old:?}", path.display());
    fs::write(path, text.replacen(old, new, 1)).expect("writable");
}

/// A copy of out/maily with known changes, as the base:
/// - production's api: `maxReplicas` 10 → 12 (HPA only) and `maxSkew` 1 → 2
///   (the pod template: its pods roll);
/// - no `templates/api/pdb.yaml` (so the working tree adds the PDB);
/// - an extra ConfigMap `maily-extra` (so the working tree removes it).
fn changed_base(dir: &Path) -> std::path::PathBuf {
    let chart = dir.join("maily");
    copy_tree(&chart_dir(), &chart);
    let production = chart.join("values-production.yaml");
    replace_first(&production, "    maxReplicas: 10\n", "    maxReplicas: 12\n");
    replace_first(&production, "      maxSkew: 1\n", "      maxSkew: 2\n");
    fs::remove_file(chart.join("templates/api/pdb.yaml")).expect("the api PDB template exists");
    fs::write(
        chart.join("templates/extra.yaml"),
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-extra\ndata:\n  a: \"1\"\n",
    )
    .expect("writable");
    chart
}

const PRODUCTION_LINES: [&str; 4] = [
    "- ConfigMap maily-extra",
    "~ Deployment maily-api",
    "~ HorizontalPodAutoscaler maily-api",
    "+ PodDisruptionBudget maily-api",
];

#[test]
fn a_base_directory_shows_each_added_removed_and_changed_object_and_the_pods_that_roll() {
    let dir = TempDir::new("gen-diff-base");
    let base = changed_base(dir.path());
    let (code, stdout, stderr) =
        diff(&["--base-dir", base.to_str().expect("UTF-8"), "--env", "production", "--env", "staging"]);
    assert_eq!(code, EXIT_OK, "{stderr}\n{stdout}");
    assert!(!stdout.contains("# development:"), "only the environments asked for:\n{stdout}");
    // Keys sort by group (core "", apps, autoscaling, policy), then kind and name.
    assert_eq!(object_lines(&stdout, "production"), PRODUCTION_LINES, "{stdout}");
    assert_eq!(
        summary(&stdout, "production"),
        "production: 1 added, 1 removed, 2 changed; pods roll: Deployment/maily-api"
    );
    assert!(
        section(&stdout, "production").starts_with(&format!(
            "# production: release maily, namespace maily-production; base: {} -> working tree\n",
            base.display()
        )),
        "{stdout}"
    );
    let production = section(&stdout, "production");
    // Each changed object's unified diff (base -, working +), indented, with the changed field.
    assert!(
        production.contains("    --- base Deployment maily-api\n    +++ working Deployment maily-api\n"),
        "{production}"
    );
    assert!(production.contains("\n    -          maxSkew: 2\n    +          maxSkew: 1\n"), "{production}");
    assert!(production.contains("\n    -  maxReplicas: 12\n    +  maxReplicas: 10\n"), "{production}");
    // Staging has its own values: only the templates changed for it.
    let staging = object_lines(&stdout, "staging");
    assert!(staging.contains(&"- ConfigMap maily-extra".to_string()), "{stdout}");
    assert!(!staging.iter().any(|l| l.starts_with("~ ")), "staging's values did not change:\n{stdout}");
    assert_eq!(
        summary(&stdout, "staging"),
        format!("staging: {} added, 1 removed, 0 changed; pods roll: none", staging.len() - 1)
    );

    // --exit-code: 3 when anything differs.
    let (code, _, stderr) = diff(&["--base-dir", base.to_str().expect("UTF-8"), "--env", "production", "--exit-code"]);
    assert_eq!(code, EXIT_STALE, "{stderr}");
}

#[test]
fn the_base_directory_of_the_working_chart_shows_nothing() {
    // A copy of the chart gen writes now (written with --out), so the test does not depend on out/.
    let dir = TempDir::new("gen-diff-same");
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let written = cli::run_argv(
        ["gen", "--out", dir.path().to_str().expect("UTF-8")],
        &installed(),
        &defaults(),
        &mut stdout,
        &mut stderr,
    );
    assert_eq!(written, EXIT_OK, "{}", String::from_utf8_lossy(&stderr));
    let chart = dir.path().join("maily");
    let (code, stdout, stderr) = diff(&["--base-dir", chart.to_str().expect("UTF-8"), "--exit-code"]);
    assert_eq!(code, EXIT_OK, "--exit-code with no change exits 0:\n{stderr}\n{stdout}");
    for (env, _) in maily_environments::ALL {
        assert_eq!(object_lines(&stdout, env), Vec::<String>::new(), "{stdout}");
        assert_eq!(summary(&stdout, env), format!("{env}: 0 added, 0 removed, 0 changed; pods roll: none"));
    }
}

/// `helm template maily <chart> -n maily-production -f <chart>/values-production.yaml`.
fn production_manifest(chart: &Path) -> String {
    let out = run_helm([
        "template".as_ref(),
        "maily".as_ref(),
        chart.as_os_str(),
        "-n".as_ref(),
        "maily-production".as_ref(),
        "-f".as_ref(),
        chart.join("values-production.yaml").as_os_str(),
    ]);
    assert!(out.success(), "helm template failed:\n{}", out.stderr);
    out.stdout
}

#[test]
fn a_live_manifest_is_a_base_and_an_empty_one_means_everything_is_added() {
    let dir = TempDir::new("gen-diff-live");
    let base = changed_base(dir.path());
    let live = dir.path().join("live.yaml");
    fs::write(&live, production_manifest(&base)).expect("writable");
    let (code, stdout, stderr) = diff(&["--env", "production", "--live", live.to_str().expect("UTF-8")]);
    assert_eq!(code, EXIT_OK, "{stderr}\n{stdout}");
    assert_eq!(object_lines(&stdout, "production"), PRODUCTION_LINES, "the same as with --base-dir:\n{stdout}");
    assert!(stdout.contains(&format!("base: live manifest {} -> working tree", live.display())), "{stdout}");
    assert!(section(&stdout, "production").contains("\n    -          maxSkew: 2\n    +          maxSkew: 1\n"));

    // Another release and namespace: every object is keyed and named differently.
    let (code, stdout, stderr) = diff(&[
        "--env",
        "production",
        "--live",
        live.to_str().expect("UTF-8"),
        "--release",
        "other",
        "--namespace",
        "elsewhere",
    ]);
    assert_eq!(code, EXIT_OK, "{stderr}");
    assert!(stdout.starts_with("# production: release other, namespace elsewhere;"), "{stdout}");
    assert!(
        stdout.contains("\n+ Deployment other-maily-api\n")
            && stdout.contains("\n- Deployment maily-api (namespace maily-production)\n"),
        "{stdout}"
    );

    // No release yet: every object helm prints is added.
    let empty = dir.path().join("empty.yaml");
    fs::write(&empty, "").expect("writable");
    let (code, stdout, stderr) = diff(&["--env", "production", "--live", empty.to_str().expect("UTF-8")]);
    assert_eq!(code, EXIT_OK, "{stderr}");
    let objects = parse_manifests(&production_manifest(&chart_dir())).expect("helm prints YAML");
    let lines = object_lines(&stdout, "production");
    assert_eq!(lines.len(), objects.len(), "{stdout}");
    assert!(lines.iter().all(|l| l.starts_with("+ ")), "{stdout}");
    assert!(lines.contains(&"+ Pod maily-api-test".to_string()), "helm test pods (hooks) are included:\n{stdout}");
    assert_eq!(
        summary(&stdout, "production"),
        format!("production: {} added, 0 removed, 0 changed; pods roll: none", objects.len())
    );
}

#[test]
fn bad_input_is_refused_with_its_exit_code_and_a_message_naming_it() {
    let (code, stdout, stderr) = diff(&["--env", "nowhere", "--base-dir", "."]);
    assert_eq!(code, EXIT_INVALID, "{stderr}");
    assert!(stderr.contains("`nowhere`") && stderr.contains("production"), "{stderr}");
    assert!(stdout.is_empty());
    let (code, _, stderr) = diff(&["--base", "no-such-revision-xyz"]);
    assert_eq!(code, EXIT_INVALID, "{stderr}");
    assert!(stderr.contains("`no-such-revision-xyz` names no commit"), "{stderr}");
    let dir = TempDir::new("gen-diff-bad");
    let (code, _, stderr) = diff(&["--base-dir", dir.path().to_str().expect("UTF-8")]);
    assert_eq!(code, EXIT_INVALID, "{stderr}");
    assert!(stderr.contains("no Chart.yaml"), "{stderr}");
    let bad = dir.path().join("bad.yaml");
    fs::write(&bad, "kind: [\n").expect("writable");
    let (code, _, stderr) = diff(&["--env", "staging", "--live", bad.to_str().expect("UTF-8")]);
    assert_eq!(code, EXIT_INVALID, "{stderr}");
    assert!(stderr.contains("bad.yaml") && stderr.contains("document 1"), "{stderr}");
    let missing = dir.path().join("missing.yaml");
    let (code, _, stderr) = diff(&["--env", "staging", "--live", missing.to_str().expect("UTF-8")]);
    assert_eq!(code, cli::EXIT_IO, "{stderr}");
    assert!(stderr.contains("missing.yaml"), "{stderr}");
    // Usage: --live takes exactly one --env; one base at a time; no --check.
    for args in [
        &["--live", "x.yaml"][..],
        &["--live", "x.yaml", "--env", "staging", "--env", "production"],
        &["--base", "HEAD", "--base-dir", "."],
        &["--base-dir", ".", "--live", "x.yaml", "--env", "staging"],
    ] {
        let (code, _, stderr) = diff(args);
        assert_eq!(code, EXIT_USAGE, "gen diff {args:?}: {stderr}");
    }
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let code = cli::run_argv(
        ["gen", "--check", "diff", "--base", "HEAD"],
        &installed(),
        &defaults(),
        &mut stdout,
        &mut stderr,
    );
    assert_eq!(code, EXIT_USAGE, "{}", String::from_utf8_lossy(&stderr));
}

/// What `git <args>` prints, as bytes.
fn git_raw(args: &[&str]) -> Vec<u8> {
    let out = Command::new("git")
        .args(args)
        .current_dir(workspace_root())
        // commit-tree needs an identity; the repository's may have none.
        .env("GIT_AUTHOR_NAME", "gen diff test")
        .env("GIT_AUTHOR_EMAIL", "gen-diff@example.invalid")
        .env("GIT_COMMITTER_NAME", "gen diff test")
        .env("GIT_COMMITTER_EMAIL", "gen-diff@example.invalid")
        .output()
        .expect("git runs");
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

/// What `git <args>` prints, trimmed.
fn git(args: &[&str]) -> String {
    String::from_utf8(git_raw(args)).expect("UTF-8").trim().to_string()
}

/// The output without its `# <env>: ...` header lines (they name the base).
fn without_headers(stdout: &str) -> String {
    stdout.lines().filter(|l| !l.starts_with("# ")).map(|l| format!("{l}\n")).collect()
}

#[test]
fn a_git_revision_is_its_committed_out_maily() {
    // HEAD's out/maily, extracted by the test itself, as a --base-dir: the same diff.
    let dir = TempDir::new("gen-diff-git");
    let head = git(&["rev-parse", "HEAD"]);
    for entry in git(&["ls-tree", "-r", "--name-only", "HEAD", "--", "out/maily"]).lines() {
        let target = dir.path().join(entry);
        fs::create_dir_all(target.parent().expect("a parent")).expect("writable");
        fs::write(&target, git_raw(&["show", &format!("HEAD:{entry}")])).expect("writable");
    }
    let (code, by_revision, stderr) = diff(&["--base", "HEAD"]);
    assert_eq!(code, EXIT_OK, "{stderr}");
    for (env, _) in maily_environments::ALL {
        assert!(by_revision.contains(&format!("base: HEAD ({}) -> working tree", &head[..12])), "{by_revision}");
        summary(&by_revision, env);
    }
    let chart = dir.path().join("out/maily");
    let (code, by_dir, stderr) = diff(&["--base-dir", chart.to_str().expect("UTF-8")]);
    assert_eq!(code, EXIT_OK, "{stderr}");
    assert_eq!(without_headers(&by_revision), without_headers(&by_dir));

    // A commit without out/maily (an empty tree): every object of every environment added.
    let empty_tree = git(&["hash-object", "-t", "tree", "/dev/null"]);
    let bare = git(&["commit-tree", &empty_tree, "-m", "gen diff test: no chart"]);
    let (code, stdout, stderr) = diff(&["--base", &bare, "--env", "staging"]);
    assert_eq!(code, EXIT_OK, "{stderr}");
    assert!(stdout.contains("(the base has no out/maily: every object added)"), "{stdout}");
    let lines = object_lines(&stdout, "staging");
    assert!(!lines.is_empty() && lines.iter().all(|l| l.starts_with("+ ")), "{stdout}");
}

#[test]
fn a_default_changed_in_values_yaml_rolls_a_stateful_set_only_where_it_is_rendered() {
    // The data tier runs only in development: its PostgreSQL image is a
    // default (values.yaml) that the other environments never render.
    let dir = TempDir::new("gen-diff-default");
    let chart = dir.path().join("maily");
    copy_tree(&chart_dir(), &chart);
    replace_first(&chart.join("values.yaml"), "tag: \"15.8-alpine\"\n", "tag: \"15.7-alpine\"\n");
    let (code, stdout, stderr) = diff(&["--base-dir", chart.to_str().expect("UTF-8"), "--exit-code"]);
    assert_eq!(code, EXIT_STALE, "{stderr}\n{stdout}");
    assert_eq!(object_lines(&stdout, "development"), ["~ StatefulSet maily-postgres"], "{stdout}");
    assert_eq!(
        summary(&stdout, "development"),
        "development: 0 added, 0 removed, 1 changed; pods roll: StatefulSet/maily-postgres"
    );
    assert!(
        section(&stdout, "development").contains("15.7-alpine\"\n    +") && stdout.contains("15.8-alpine"),
        "{stdout}"
    );
    for env in ["production", "staging"] {
        assert_eq!(summary(&stdout, env), format!("{env}: 0 added, 0 removed, 0 changed; pods roll: none"));
    }

    // A base that helm cannot render: a tool failure, naming the environment and the base.
    fs::write(chart.join("templates/broken.yaml"), "{{ fail \"broken on purpose\" }}\n").expect("writable");
    let (code, stdout, stderr) = diff(&["--base-dir", chart.to_str().expect("UTF-8"), "--env", "staging"]);
    assert_eq!(code, cli::EXIT_IO, "{stderr}");
    assert!(stdout.is_empty(), "{stdout}");
    assert!(
        stderr.contains(&format!("environment `staging`, base {}", chart.display()))
            && stderr.contains("broken on purpose"),
        "{stderr}"
    );
}
