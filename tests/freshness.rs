//! `out/` is what `gen` writes now (the staleness test), and so is the
//! migration report `docs/MIGRATION.md` (`gen compare` over
//! `../shared/legacy-manifests`); `gen --check`
//! reports stale, missing and orphan files without touching anything; it
//! exits with `cli::EXIT_STALE` (3) then, a code no other outcome uses (a
//! mistyped flag is clap's usage error, 2: see maily-chart-gen/gen/tests/cli.rs).

use std::fs;
use std::path::Path;

use clap::Parser;
use maily_chart_gen::Environment;
use maily_chart_gen::cli::{self, Args};
use maily_chart_tests::*;

/// `gen <args>` over the real environments: (exit code, stdout, stderr).
fn run_gen(args: &[&std::ffi::OsStr]) -> (i32, String, String) {
    run_gen_with(&environments(), args)
}

/// `gen <args>` over `environments`: (exit code, stdout, stderr).
fn run_gen_with(environments: &[Environment], args: &[&std::ffi::OsStr]) -> (i32, String, String) {
    let mut argv = vec![std::ffi::OsStr::new("gen")];
    argv.extend_from_slice(args);
    let args = Args::try_parse_from(argv).expect("arguments parse");
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let code = cli::run(args, environments, &defaults(), &mut stdout, &mut stderr);
    (code, String::from_utf8(stdout).expect("UTF-8"), String::from_utf8(stderr).expect("UTF-8"))
}

fn check(out: &Path) -> (i32, String, String) {
    run_gen(&["--check".as_ref(), "--out".as_ref(), out.as_os_str()])
}

/// The status `gen --check` prints for `out/<path>` (`Fresh`, `Stale`, `Missing`, `Orphan`).
fn status_in(stdout: &str, path: &str) -> String {
    stdout
        .lines()
        .find(|l| l.ends_with(&format!("out/{path}")))
        .map(|l| l.split_whitespace().next().unwrap_or_default().to_string())
        .unwrap_or_else(|| panic!("--check does not list {path}:\n{stdout}"))
}

#[test]
fn out_is_exactly_what_gen_writes_now() {
    let (code, stdout, stderr) = check(&out_dir());
    assert_eq!(code, 0, "out/ is stale: run `cargo run --bin gen` and commit out/\n{stdout}\n{stderr}");
    assert!(stdout.contains("fresh"), "{stdout}");
    for word in ["Stale", "Missing", "Orphan"] {
        assert!(!stdout.contains(word), "{stdout}");
    }
}

#[test]
fn check_reports_stale_missing_and_orphan_files_and_changes_nothing() {
    let dir = TempDir::new("freshness");
    let out = dir.path().join("out");
    copy_tree(&out_dir(), &out);
    let fresh = snapshot(&out);

    let edited = out.join("maily/values-production.yaml");
    let text = fs::read_to_string(&edited).expect("values-production.yaml");
    fs::write(&edited, text.replacen("replicaCount: 3", "replicaCount: 4", 1)).expect("write");
    fs::remove_file(out.join("maily/templates/api/hpa.yaml")).expect("remove");
    fs::write(out.join("maily/templates/orphan.yaml"), "kind: Orphan\n").expect("write");
    let broken = snapshot(&out);

    let (code, stdout, stderr) = check(&out);
    assert_eq!(code, cli::EXIT_STALE, "--check must exit {} on a stale out/\n{stdout}\n{stderr}", cli::EXIT_STALE);
    let status_of = |path: &str| status_in(&stdout, path);
    assert_eq!(status_of("maily/values-production.yaml"), "Stale");
    assert_eq!(status_of("maily/templates/api/hpa.yaml"), "Missing");
    assert_eq!(status_of("maily/templates/orphan.yaml"), "Orphan");
    assert_eq!(status_of("maily/values.yaml"), "Fresh");
    // A unified diff of the stale file, from what is on disk to what gen writes.
    // Diff headers name the directory as given (`a/<dir>/maily/...`).
    let header =
        |prefix: &str| stdout.lines().any(|l| l.starts_with(prefix) && l.ends_with("out/maily/values-production.yaml"));
    assert!(header("--- a/") && header("+++ b/"), "{stdout}");
    assert!(stdout.contains("@@ "), "{stdout}");
    assert!(stdout.contains("-  replicaCount: 4") && stdout.contains("+  replicaCount: 3"), "{stdout}");
    assert!(stdout.contains("1 stale") && stdout.contains("1 missing") && stdout.contains("1 orphan"), "{stdout}");
    assert_same_tree(&broken, &snapshot(&out), "gen --check");

    // gen repairs it: the copy is again exactly out/.
    let (code, stdout, stderr) = run_gen(&["--out".as_ref(), out.as_os_str()]);
    assert_eq!(code, 0, "{stdout}\n{stderr}");
    assert!(
        stdout.lines().any(|l| l.starts_with("updated ") && l.ends_with("out/maily/values-production.yaml")),
        "{stdout}"
    );
    assert!(
        stdout.lines().any(|l| l.starts_with("created ") && l.ends_with("out/maily/templates/api/hpa.yaml")),
        "{stdout}"
    );
    assert!(
        stdout.lines().any(|l| l.starts_with("removed ") && l.ends_with("out/maily/templates/orphan.yaml")),
        "{stdout}"
    );
    let (code, stdout, _) = check(&out);
    assert_eq!(code, 0, "after gen, --check passes:\n{stdout}");
    assert_same_tree(&fresh, &snapshot(&out), "gen after repair");
}

#[test]
fn gen_on_a_fresh_out_writes_nothing() {
    let dir = TempDir::new("freshness-noop");
    let out = dir.path().join("out");
    copy_tree(&out_dir(), &out);
    let before = snapshot(dir.path());
    let (code, stdout, stderr) = run_gen(&["--out".as_ref(), out.as_os_str()]);
    assert_eq!(code, 0, "{stdout}\n{stderr}");
    for verb in ["updated ", "created ", "removed "] {
        assert!(!stdout.lines().any(|l| l.starts_with(verb)), "nothing to do, yet gen says:\n{stdout}");
    }
    assert_same_tree(&before, &snapshot(dir.path()), "gen on a fresh out/");
}

#[test]
fn gen_into_an_empty_directory_writes_the_whole_chart() {
    let dir = TempDir::new("freshness-empty");
    let out = dir.path().join("out");
    let (code, stdout, stderr) = run_gen(&["--out".as_ref(), out.as_os_str()]);
    assert_eq!(code, 0, "{stdout}\n{stderr}");
    let expected = snapshot(&out_dir());
    assert_same_tree(&expected, &snapshot(&out), "gen into an empty directory");
}

/// The GitOps files beside the chart are gen's like the chart's own: stale,
/// missing and orphan files are reported and repaired, and invalid GitOps
/// settings make gen exit 1 naming the environment and the field, writing
/// nothing.
#[test]
fn the_gitops_files_are_checked_and_repaired_like_the_chart_and_bad_settings_write_nothing() {
    let dir = TempDir::new("freshness-gitops");
    let out = dir.path().join("out");
    copy_tree(&out_dir(), &out);
    let fresh = snapshot(&out);

    let edited = out.join("gitops/flux/staging.yaml");
    let text = fs::read_to_string(&edited).expect("the staging HelmRelease");
    assert!(text.contains("interval: \"10m\""), "{text}");
    fs::write(&edited, text.replacen("interval: \"10m\"", "interval: \"1m\"", 1)).expect("write");
    fs::remove_file(out.join("gitops/argocd/production.yaml")).expect("remove");
    fs::write(out.join("gitops/argocd/qa.yaml"), "kind: Application\n").expect("write");
    let broken = snapshot(&out);

    let (code, stdout, stderr) = check(&out);
    assert_eq!(code, cli::EXIT_STALE, "{stdout}\n{stderr}");
    let status_of = |path: &str| status_in(&stdout, path);
    assert_eq!(status_of("gitops/flux/staging.yaml"), "Stale");
    assert_eq!(status_of("gitops/argocd/production.yaml"), "Missing");
    assert_eq!(status_of("gitops/argocd/qa.yaml"), "Orphan");
    assert_eq!(status_of("gitops/flux/production.yaml"), "Fresh");
    assert!(stdout.contains("-  interval: \"1m\"") && stdout.contains("+  interval: \"10m\""), "{stdout}");
    assert_same_tree(&broken, &snapshot(&out), "gen --check");

    // Invalid settings: exit 1, each problem named, out/ untouched.
    let mut environments = environments();
    let staging = environments.iter_mut().find(|e| e.name == "staging").expect("staging");
    let target = staging.gitops.as_mut().expect("the registry gives every environment its GitOps target");
    target.settings.repo_url = "git.example.com/maily.git".into();
    target.settings.flux.interval = std::time::Duration::ZERO;
    let (code, stdout, stderr) = run_gen_with(&environments, &["--out".as_ref(), out.as_os_str()]);
    assert_eq!(code, cli::EXIT_INVALID, "{stdout}\n{stderr}");
    assert!(stderr.contains("environment `staging`: gitops.repoUrl is \"git.example.com/maily.git\""), "{stderr}");
    assert!(stderr.contains("environment `staging`: gitops.flux.interval is 0ns"), "{stderr}");
    assert_same_tree(&broken, &snapshot(&out), "a failed gen");

    // gen repairs the files.
    let (code, stdout, stderr) = run_gen(&["--out".as_ref(), out.as_os_str()]);
    assert_eq!(code, 0, "{stdout}\n{stderr}");
    for (verb, path) in [
        ("updated ", "gitops/flux/staging.yaml"),
        ("created ", "gitops/argocd/production.yaml"),
        ("removed ", "gitops/argocd/qa.yaml"),
    ] {
        assert!(stdout.lines().any(|l| l.starts_with(verb) && l.ends_with(&format!("out/{path}"))), "{stdout}");
    }
    assert_same_tree(&fresh, &snapshot(&out), "gen after repair");
}

/// `gen compare --legacy <legacy> <args>`: (exit code, stdout, stderr).
fn compare(args: &[&std::ffi::OsStr]) -> (i32, String, String) {
    let legacy = legacy_dir();
    let mut all = vec!["compare".as_ref(), "--legacy".as_ref(), legacy.as_os_str()];
    all.extend_from_slice(args);
    run_gen(&all)
}

#[test]
fn the_migration_report_is_exactly_what_compare_writes_now() {
    let report = workspace_root().join(maily_chart_gen::compare::REPORT_PATH);
    let (code, stdout, stderr) = compare(&["--check".as_ref(), report.as_os_str()]);
    assert_eq!(
        code, 0,
        "docs/MIGRATION.md is stale: run `cargo run --bin gen` and commit docs/MIGRATION.md\n{stdout}\n{stderr}"
    );
    // And what it reports is clean: nothing in scope unaccounted or unexplained.
    let (code, _, stderr) = compare(&[]);
    assert_eq!(code, 0, "gen compare: {stderr}");
}

#[test]
fn a_stale_migration_report_fails_the_check_and_gen_repairs_it() {
    let dir = TempDir::new("freshness-report");
    let copy = dir.path().join("MIGRATION.md");
    let report = workspace_root().join(maily_chart_gen::compare::REPORT_PATH);
    let text = fs::read_to_string(&report).expect("docs/MIGRATION.md");
    fs::write(&copy, text.replacen("| COVERED | `", "| MISSING | `", 1)).expect("write");
    let (code, stdout, _) = compare(&["--check".as_ref(), copy.as_os_str()]);
    assert_eq!(code, cli::EXIT_STALE, "{stdout}");
    assert!(stdout.contains("-| 1 | ") && stdout.contains("+| 1 | "), "a diff of the stale row:\n{stdout}");
    let (code, _, stderr) = compare(&["--write".as_ref(), copy.as_os_str()]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(fs::read_to_string(&copy).expect("written"), text);
}

/// The rows of the Markdown table that follows `heading`, as cells.
fn table(text: &str, heading: &str) -> Vec<Vec<String>> {
    let start = text.find(heading).unwrap_or_else(|| panic!("no {heading}"));
    text[start..]
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .skip(2)
        .map(|l| l.trim_matches('|').split(" | ").map(|c| c.trim().to_string()).collect())
        .collect()
}

#[test]
fn the_report_totals_are_a_count_of_its_table() {
    let report = fs::read_to_string(workspace_root().join(maily_chart_gen::compare::REPORT_PATH)).expect("report");
    let rows = table(&report, "## Every logical object");
    let mut counted: std::collections::BTreeMap<(String, String), (usize, usize)> = Default::default();
    for row in &rows {
        let (category, status, copies) = (&row[2], &row[3], &row[4]);
        let entry = counted.entry((category.clone(), status.clone())).or_default();
        entry.0 += 1;
        entry.1 += copies.split("<br>").count();
    }
    let totals = table(&report, "## Totals");
    let statuses = ["COVERED", "CHANGED", "MISSING", "OUT-OF-SCOPE"];
    let mut all = (0, 0);
    for row in totals.iter().filter(|r| !r[0].starts_with("**")) {
        for (i, status) in statuses.iter().enumerate() {
            let expected = counted.get(&(row[0].clone(), status.to_string())).copied().unwrap_or((0, 0));
            let shown = if expected.0 == 0 { "–".to_string() } else { format!("{} ({})", expected.0, expected.1) };
            assert_eq!(row[i + 1], shown, "{} / {status}", row[0]);
            all.0 += expected.0;
            all.1 += expected.1;
        }
    }
    assert_eq!(all.0, rows.len(), "every row is counted once");
    let total_row = totals.iter().find(|r| r[0] == "**total**").expect("a total row");
    assert_eq!(total_row.last().map(String::as_str), Some(format!("**{} ({})**", all.0, all.1).as_str()));
    assert!(report.contains("## Unaccounted legacy objects (0)") && report.contains("## Unexplained differences (0)"));
    // The seven files that do not parse, each with what was read.
    let unparsed = table(&report, "## Files that do not parse");
    assert_eq!(unparsed.len(), 7, "{unparsed:?}");
    for row in &unparsed {
        assert!(row[1].starts_with("line "), "{row:?}");
        assert!(row[2].starts_with("line 1: "), "what was read from {}: {}", row[0], row[2]);
    }
}
