//! Versions that follow from the change, through the real command line
//! (`cli::run_argv`) over a *changed* model: a default changed in the Rust
//! defaults (major), an object added to an environment (minor), an
//! environment's replicas changed (patch). Each time `gen` refuses with
//! [`EXIT_UNBUMPED`] naming the bump and writes nothing; `gen bump` records
//! the next version, its CHANGELOG entry and Chart.yaml; then `gen --check`
//! passes. The baseline is a copy of the workspace's own `releases/`.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use maily_chart_gen::cli::{EXIT_INVALID, EXIT_OK, EXIT_UNBUMPED, EXIT_USAGE};
use maily_chart_gen::{Environment, release};

use common::{Outcome, TempDir, run_in_process};

/// `gen <args>` in process over `environments` and `defaults`.
fn run(args: &[&str], environments: &[Environment], defaults: &maily_chart::Values) -> Outcome {
    run_in_process(args, environments, defaults)
}

/// Every file below `dir` with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.insert(path.clone(), fs::read(&path).expect("readable"));
            }
        }
    }
    out
}

/// A workspace-like directory: `releases/` copied from the workspace, and
/// the current chart written to `out/` by `gen` over the unchanged model.
fn workspace(label: &str) -> (TempDir, String, String) {
    let dir = TempDir::new(label);
    let releases = dir.0.join("releases");
    fs::create_dir_all(&releases).expect("writable");
    for entry in fs::read_dir(release::default_dir()).expect("the workspace has releases/") {
        let path = entry.expect("readable").path();
        fs::copy(&path, releases.join(path.file_name().expect("a file"))).expect("copyable");
    }
    let (out, releases) = (dir.0.join("out").display().to_string(), releases.display().to_string());
    let first = run(&["--out", &out, "--releases", &releases], &environments(), &defaults());
    assert_eq!(first.code, EXIT_OK, "the unchanged model needs no bump:\n{}{}", first.stdout, first.stderr);
    (dir, out, releases)
}

fn environments() -> Vec<Environment> {
    Environment::all(maily_environments::ALL)
}

fn defaults() -> maily_chart::Values {
    maily_environments::defaults::values()
}

/// The newest version in the workspace's records.
fn released() -> semver::Version {
    let records = release::load(&release::default_dir()).expect("the workspace's records load");
    semver::Version::parse(&records.last().expect("one at least").version).expect("SemVer")
}

/// Runs the whole cycle for a changed model: refusal naming `level` and
/// `reason`, nothing written, `gen bump` to `expected`, a CHANGELOG entry
/// holding `reason`, Chart.yaml at `expected`, then `gen --check` clean.
fn cycle(label: &str, environments: &[Environment], defaults: &maily_chart::Values, level: &str, reason: &str) {
    let (dir, out, releases) = workspace(label);
    let expected = match level {
        "major" => release::Level::Major,
        "minor" => release::Level::Minor,
        _ => release::Level::Patch,
    }
    .bump(&released())
    .to_string();
    let before = snapshot(&dir.0);

    let refused = run(&["--out", &out, "--releases", &releases], environments, defaults);
    assert_eq!(refused.code, EXIT_UNBUMPED, "{}{}", refused.stdout, refused.stderr);
    let head = format!("needs a {level} version bump (to {expected})");
    assert!(refused.stderr.contains(&head), "the refusal names the bump `{head}`:\n{}", refused.stderr);
    assert!(refused.stderr.contains(reason), "the refusal names `{reason}`:\n{}", refused.stderr);
    assert!(refused.stderr.contains("gen -- bump"), "the refusal says how to fix it:\n{}", refused.stderr);
    assert_eq!(snapshot(&dir.0), before, "a refused gen writes nothing");
    let check = run(&["--check", "--out", &out, "--releases", &releases], environments, defaults);
    assert_eq!(check.code, EXIT_UNBUMPED, "--check refuses the same way:\n{}", check.stderr);

    let bumped = run(&["bump", "--out", &out, "--releases", &releases], environments, defaults);
    assert_eq!(bumped.code, EXIT_OK, "{}{}", bumped.stdout, bumped.stderr);
    assert!(bumped.stdout.contains(&format!("-> {expected} ({level})")), "{}", bumped.stdout);
    let record = release::load(Path::new(&releases)).expect("the records load").pop().expect("the new one");
    assert_eq!(record.version, expected);
    assert_eq!(record.level.map(|l| l.to_string()).as_deref(), Some(level));

    let changelog = fs::read_to_string(dir.0.join("CHANGELOG.md")).expect("bump writes CHANGELOG.md");
    let heading = format!("\n## {expected} ({level}) - ");
    let entry_start = changelog.find(&heading).unwrap_or_else(|| panic!("no `{heading}` in:\n{changelog}"));
    let entry = &changelog[entry_start..];
    let entry = &entry[..entry[1..].find("\n## ").map_or(entry.len(), |i| i + 1)];
    assert!(entry.contains(reason), "the {expected} entry names `{reason}`:\n{entry}");
    assert!(changelog.find(&format!("\n## {}", released())).expect("the older version stays listed") > entry_start);

    let chart = fs::read_to_string(Path::new(&out).join("maily/Chart.yaml")).expect("the chart is written");
    assert!(chart.contains(&format!("\nversion: \"{expected}\"\n")), "{chart}");
    assert!(chart.contains(reason), "artifacthub.io/changes holds the same entries:\n{chart}");

    let fixed = run(&["--check", "--out", &out, "--releases", &releases], environments, defaults);
    assert_eq!(fixed.code, EXIT_OK, "after the bump the chart is fresh:\n{}{}", fixed.stdout, fixed.stderr);
    let again = run(&["bump", "--out", &out, "--releases", &releases], environments, defaults);
    assert_eq!(again.code, EXIT_OK);
    assert!(again.stdout.contains("has not changed since release"), "{}", again.stdout);
}

#[test]
fn a_changed_default_needs_a_major_bump() {
    let mut defaults = defaults();
    let old = defaults.api.workload.termination_grace_period_seconds;
    defaults.api.workload.termination_grace_period_seconds = old + 15;
    let reason = format!("default of `api.terminationGracePeriodSeconds`: {old} -> {}", old + 15);
    cycle("major", &environments(), &defaults, "major", &reason);
}

#[test]
fn an_object_added_needs_a_minor_bump() {
    let mut environments = environments();
    let production = environments.iter_mut().find(|e| e.name == "production").expect("production");
    assert!(!production.values.ip_warming.http.workload.enabled, "the test turns IP warming on in production");
    production.values.ip_warming.http.workload.enabled = true;
    cycle("minor", &environments, &defaults(), "minor", "production: objects added: ");
}

#[test]
fn a_changed_environment_needs_a_patch_bump() {
    let mut environments = environments();
    let staging = environments.iter_mut().find(|e| e.name == "staging").expect("staging");
    staging.values.web.workload.termination_grace_period_seconds += 7;
    cycle("patch", &environments, &defaults(), "patch", "staging: objects changed: Deployment/maily-web");
}

#[test]
fn amend_folds_a_later_change_into_an_unreleased_version() {
    let (dir, out, releases) = workspace("amend");
    let mut environments = environments();
    let staging = environments.iter_mut().find(|e| e.name == "staging").expect("staging");
    staging.values.web.workload.termination_grace_period_seconds += 7;
    let patch = release::Level::Patch.bump(&released()).to_string();
    let major = release::Level::Major.bump(&released()).to_string();
    assert_eq!(run(&["bump", "--out", &out, "--releases", &releases], &environments, &defaults()).code, EXIT_OK);
    assert!(Path::new(&releases).join(format!("{patch}.json")).is_file());

    // A further change, a default this time: amending makes the unreleased patch a major.
    let mut defaults = defaults();
    defaults.api.workload.termination_grace_period_seconds += 15;
    let amended = run(&["bump", "--amend", "--out", &out, "--releases", &releases], &environments, &defaults);
    assert_eq!(amended.code, EXIT_OK, "{}{}", amended.stdout, amended.stderr);
    assert!(amended.stdout.contains(&format!("-> {major} (major), amended")), "{}", amended.stdout);
    assert!(!Path::new(&releases).join(format!("{patch}.json")).exists(), "the amended record is replaced");
    let record = release::load(Path::new(&releases)).expect("loads").pop().expect("newest");
    assert_eq!(record.version, major);
    assert!(record.changes.iter().any(|e| e.description == "staging: objects changed: Deployment/maily-web"));
    let changelog = fs::read_to_string(dir.0.join("CHANGELOG.md")).expect("written");
    assert!(!changelog.contains(&format!("## {patch}")), "{changelog}");
    assert_eq!(run(&["--check", "--out", &out, "--releases", &releases], &environments, &defaults).code, EXIT_OK);
}

#[test]
fn bump_refuses_a_version_below_the_required_bump_and_keeps_notes() {
    let (_dir, out, releases) = workspace("refuse");
    let mut defaults = defaults();
    defaults.api.workload.termination_grace_period_seconds += 15;
    let patch = release::Level::Patch.bump(&released()).to_string();
    let low = run(&["bump", "--version", &patch, "--out", &out, "--releases", &releases], &environments(), &defaults);
    assert_eq!(low.code, EXIT_INVALID);
    assert!(low.stderr.contains(&format!("--version {patch} is less than")), "{}", low.stderr);
    assert!(low.stderr.contains("major bump"), "{}", low.stderr);

    let noted = run(
        &["bump", "--note", "security: the api drains for longer", "--out", &out, "--releases", &releases],
        &environments(),
        &defaults,
    );
    assert_eq!(noted.code, EXIT_OK, "{}", noted.stderr);
    let record = release::load(Path::new(&releases)).expect("loads").pop().expect("newest");
    assert_eq!(record.changes[0].kind, "security");
    assert_eq!(record.changes[0].description, "the api drains for longer");
    let chart = fs::read_to_string(Path::new(&out).join("maily/Chart.yaml")).expect("written");
    assert!(chart.contains("artifacthub.io/containsSecurityUpdates: \"true\""), "{chart}");
}

#[test]
fn the_workspace_chart_is_its_newest_record() {
    // The version compiled into the model (helm.sh/chart labels) is the newest record's.
    assert_eq!(maily_chart::common::names::CHART_VERSION, released().to_string());
    let out = run(&["--check"], &environments(), &defaults());
    assert_ne!(out.code, EXIT_UNBUMPED, "the checked-in chart needs no bump:\n{}", out.stderr);
}

/// The newest record in `releases`.
fn newest(releases: &str) -> release::Record {
    release::load(Path::new(releases)).expect("the records load").pop().expect("one at least")
}

#[test]
fn amend_keeps_the_notes_and_can_rewrite_the_first_record() {
    let (_dir, out, releases) = workspace("amend-notes");
    let dirs = ["--out", out.as_str(), "--releases", releases.as_str()];
    let with = |args: &[&'static str]| args.iter().copied().chain(dirs).collect::<Vec<&str>>();
    let first = newest(&releases);
    assert_eq!(first.level, None, "the workspace's newest record is its first");

    // The first record, amended over the unchanged model: its entries (every one a note) and version stay.
    let amended = run(&with(&["bump", "--amend"]), &environments(), &defaults());
    assert_eq!(amended.code, EXIT_OK, "{}{}", amended.stdout, amended.stderr);
    assert!(
        amended.stdout.contains(&format!("nothing -> {} (first record), amended", first.version)),
        "{}",
        amended.stdout
    );
    assert_eq!(newest(&releases).changes, first.changes);
    assert_eq!(newest(&releases).version, first.version);

    // A change recorded with a note, then a further change folded in: the note stays, first.
    let mut environments = environments();
    let staging = environments.iter_mut().find(|e| e.name == "staging").expect("staging");
    staging.values.web.workload.termination_grace_period_seconds += 7;
    let noted = run(&with(&["bump", "--note", "fixed: the web drains for longer"]), &environments, &defaults());
    assert_eq!(noted.code, EXIT_OK, "{}", noted.stderr);
    let mut defaults = defaults();
    defaults.api.workload.termination_grace_period_seconds += 15;
    let amended =
        run(&with(&["bump", "--amend", "--note", "changed: the api drains for longer"]), &environments, &defaults);
    assert_eq!(amended.code, EXIT_OK, "{}", amended.stderr);
    let record = newest(&releases);
    assert_eq!(record.version, release::Level::Major.bump(&released()).to_string());
    let descriptions: Vec<&str> = record.changes.iter().map(|e| e.description.as_str()).collect();
    assert_eq!(descriptions[..2], ["the web drains for longer", "the api drains for longer"], "{descriptions:#?}");
    assert!(descriptions.contains(&"staging: objects changed: Deployment/maily-web"), "{descriptions:#?}");
    assert!(descriptions.iter().any(|d| d.starts_with("default of `api.terminationGracePeriodSeconds`")));
    // The same note again is not repeated.
    let again =
        run(&with(&["bump", "--amend", "--note", "fixed: the web drains for longer"]), &environments, &defaults);
    assert_eq!(again.code, EXIT_OK, "{}", again.stderr);
    assert_eq!(newest(&releases).changes, record.changes);
}

#[test]
fn amend_after_a_revert_removes_the_unreleased_record() {
    let (dir, out, releases) = workspace("undo");
    let before = snapshot(&dir.0);
    let mut changed = environments();
    let staging = changed.iter_mut().find(|e| e.name == "staging").expect("staging");
    staging.values.web.workload.termination_grace_period_seconds += 7;
    let patch = release::Level::Patch.bump(&released()).to_string();
    let bumped = run(&["bump", "--out", &out, "--releases", &releases], &changed, &defaults());
    assert_eq!(bumped.code, EXIT_OK, "{}", bumped.stderr);
    assert!(Path::new(&releases).join(format!("{patch}.json")).is_file());

    // The change is reverted before release: amending takes the record away again.
    let undone = run(&["bump", "--amend", "--out", &out, "--releases", &releases], &environments(), &defaults());
    assert_eq!(undone.code, EXIT_OK, "{}{}", undone.stdout, undone.stderr);
    assert!(undone.stdout.contains(&format!("the chart equals release {} again", released())), "{}", undone.stdout);
    assert_eq!(snapshot(&dir.0), before, "out/, releases/ and CHANGELOG.md are as before the bump");
    assert_eq!(run(&["--check", "--out", &out, "--releases", &releases], &environments(), &defaults()).code, EXIT_OK);
}

#[test]
fn a_pre_release_is_recorded_then_promoted() {
    let (_dir, out, releases) = workspace("pre");
    let mut environments = environments();
    let production = environments.iter_mut().find(|e| e.name == "production").expect("production");
    production.values.ip_warming.http.workload.enabled = true;
    let minor = release::Level::Minor.bump(&released());
    let patch = release::Level::Patch.bump(&released());
    let chart = || fs::read_to_string(Path::new(&out).join("maily/Chart.yaml")).expect("the chart is written");

    // A pre-release of less than the change requires is refused; one of the minor bump is taken.
    let low = format!("{patch}-rc.1");
    let refused = run(&["bump", "--version", &low, "--out", &out, "--releases", &releases], &environments, &defaults());
    assert_eq!(refused.code, EXIT_INVALID, "{}", refused.stdout);
    assert!(refused.stderr.contains(&format!("--version {low} is less than {minor}")), "{}", refused.stderr);
    let rc = format!("{minor}-rc.1");
    let bumped = run(
        &[
            "bump",
            "--version",
            &rc,
            "--note",
            "added: IP warming in production",
            "--out",
            &out,
            "--releases",
            &releases,
        ],
        &environments,
        &defaults(),
    );
    assert_eq!(bumped.code, EXIT_OK, "{}", bumped.stderr);
    assert_eq!(newest(&releases).version, rc);
    assert_eq!(newest(&releases).level, Some(release::Level::Minor));
    assert!(chart().contains(&format!("\nversion: \"{rc}\"\n")), "{}", chart());
    assert!(chart().contains("artifacthub.io/prerelease: \"true\""), "{}", chart());

    // A patch-level change after it: the plain bump promotes the pre-release to its version.
    let staging = environments.iter_mut().find(|e| e.name == "staging").expect("staging");
    staging.values.web.workload.termination_grace_period_seconds += 7;
    let promoted = run(&["bump", "--out", &out, "--releases", &releases], &environments, &defaults());
    assert_eq!(promoted.code, EXIT_OK, "{}", promoted.stderr);
    assert!(promoted.stdout.contains(&format!("{rc} -> {minor} (minor)")), "{}", promoted.stdout);
    // The final version lists everything since the last final release: the pre-release's note and changes too.
    let descriptions: Vec<String> = newest(&releases).changes.into_iter().map(|e| e.description).collect();
    assert_eq!(descriptions[0], "IP warming in production", "{descriptions:#?}");
    assert!(descriptions.iter().any(|d| d.starts_with("production: objects added: ")), "{descriptions:#?}");
    assert!(descriptions.contains(&"staging: objects changed: Deployment/maily-web".to_string()), "{descriptions:#?}");
    assert!(chart().contains("IP warming in production"), "artifacthub.io/changes of the final version:\n{}", chart());
    assert!(chart().contains("artifacthub.io/prerelease: \"false\""), "{}", chart());
    assert_eq!(run(&["--check", "--out", &out, "--releases", &releases], &environments, &defaults()).code, EXIT_OK);
}

#[test]
fn bump_refuses_a_bad_note_and_an_out_without_releases() {
    let (dir, out, releases) = workspace("usage");
    let mut defaults = defaults();
    defaults.api.workload.termination_grace_period_seconds += 15;
    let before = snapshot(&dir.0);
    for note in ["", "fixed:", "fixed: one line\n## 9.9.9 (major)"] {
        let refused =
            run(&["bump", "--note", note, "--out", &out, "--releases", &releases], &environments(), &defaults);
        assert_eq!(refused.code, EXIT_USAGE, "--note {note:?}: {}", refused.stdout);
        assert!(refused.stderr.contains("--note"), "{}", refused.stderr);
    }
    let refused = run(&["bump", "--out", &out], &environments(), &defaults);
    assert_eq!(refused.code, EXIT_USAGE, "{}", refused.stdout);
    assert!(refused.stderr.contains("give both --out <dir> and --releases <dir>"), "{}", refused.stderr);
    let refused = run(&["bump", "--releases", &releases], &environments(), &defaults);
    assert_eq!(refused.code, EXIT_USAGE, "{}", refused.stdout);
    let refused = run(&["--releases", &releases], &environments(), &defaults);
    assert_eq!(refused.code, EXIT_USAGE, "gen --releases without --out: {}", refused.stdout);
    // A note alone makes no version, and says how to make one.
    let unchanged = run(
        &["bump", "--note", "fixed: nothing", "--out", &out, "--releases", &releases],
        &environments(),
        &self::defaults(),
    );
    assert_eq!(unchanged.code, EXIT_USAGE, "{}", unchanged.stdout);
    assert!(unchanged.stderr.contains("--level patch"), "{}", unchanged.stderr);
    assert_eq!(snapshot(&dir.0), before, "a refused bump writes nothing");
}

#[test]
fn a_version_of_its_own_survives_an_amend_and_a_failed_bump_writes_nothing() {
    let (dir, out, releases) = workspace("own");
    let patch = release::Level::Patch.bump(&released()).to_string();
    let own = run(
        &[
            "bump",
            "--level",
            "patch",
            "--note",
            "security: a base image rebuilt",
            "--out",
            &out,
            "--releases",
            &releases,
        ],
        &environments(),
        &defaults(),
    );
    assert_eq!(own.code, EXIT_OK, "{}", own.stderr);
    assert_eq!(newest(&releases).version, patch);
    // Nothing changed since: amending keeps the record made on purpose, and its note.
    let amended = run(&["bump", "--amend", "--out", &out, "--releases", &releases], &environments(), &defaults());
    assert_eq!(amended.code, EXIT_OK, "{}", amended.stderr);
    assert_eq!(newest(&releases).version, patch, "{}", amended.stdout);
    assert_eq!(newest(&releases).changes[0].description, "a base image rebuilt");

    // A bump whose CHANGELOG.md cannot be written leaves the records, the chart and the changelog as they were.
    let mut defaults = defaults();
    defaults.api.workload.termination_grace_period_seconds += 15;
    let changelog = dir.0.join("CHANGELOG.md");
    fs::remove_file(&changelog).expect("written by the bumps");
    fs::create_dir(&changelog).expect("a directory where the file goes");
    let before = snapshot(&dir.0);
    let failed = run(&["bump", "--out", &out, "--releases", &releases], &environments(), &defaults);
    assert_ne!(failed.code, EXIT_OK, "{}", failed.stdout);
    assert!(failed.stderr.contains("CHANGELOG.md"), "{}", failed.stderr);
    assert_eq!(snapshot(&dir.0), before, "a failed bump wrote:\n{}{}", failed.stdout, failed.stderr);
}

#[test]
fn amending_a_promoted_version_keeps_its_entries_once() {
    let (dir, out, releases) = workspace("promoted");
    let dirs = ["--out", out.as_str(), "--releases", releases.as_str()];
    let with = |args: &[&str]| args.iter().copied().chain(dirs).map(String::from).collect::<Vec<String>>();
    let go = |args: Vec<String>, environments: &[Environment]| {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let outcome = run(&args, environments, &defaults());
        assert_eq!(outcome.code, EXIT_OK, "gen {args:?}:\n{}{}", outcome.stdout, outcome.stderr);
        outcome
    };
    let mut staging_changed = environments();
    let staging = staging_changed.iter_mut().find(|e| e.name == "staging").expect("staging");
    staging.values.web.workload.termination_grace_period_seconds += 7;
    let patch = release::Level::Patch.bump(&released()).to_string();
    let rc = format!("{patch}-rc.1");
    go(with(&["bump", "--version", &rc, "--note", "fixed: one"]), &staging_changed);
    go(with(&["bump", "--level", "patch"]), &staging_changed);
    let promoted = newest(&releases);
    assert_eq!(promoted.version, patch);
    let lines = |record: &release::Record| record.changes.iter().map(|e| e.description.clone()).collect::<Vec<_>>();
    assert_eq!(lines(&promoted)[0], "one", "{:#?}", lines(&promoted));
    let file_lines =
        |record: &release::Record| lines(record).iter().filter(|l| l.starts_with("chart files changed")).count();
    assert_eq!(file_lines(&promoted), 1, "{:#?}", lines(&promoted));

    // Amending with nothing new changes nothing.
    let before = snapshot(&dir.0);
    go(with(&["bump", "--amend"]), &staging_changed);
    assert_eq!(newest(&releases).changes, promoted.changes);
    assert_eq!(snapshot(&dir.0).keys().collect::<Vec<_>>(), before.keys().collect::<Vec<_>>());

    // A further change folded in, then undone: the version made with --level stays, as it was.
    let mut both_changed = staging_changed.clone();
    let development = both_changed.iter_mut().find(|e| e.name == "development").expect("development");
    development.values.web.workload.termination_grace_period_seconds += 3;
    go(with(&["bump", "--amend"]), &both_changed);
    assert_eq!(file_lines(&newest(&releases)), 1, "{:#?}", lines(&newest(&releases)));
    go(with(&["bump", "--amend"]), &staging_changed);
    assert_eq!(newest(&releases).version, patch, "the version made on purpose was removed");
    assert_eq!(newest(&releases).changes, promoted.changes);
    assert_eq!(run(&["--check", "--out", &out, "--releases", &releases], &staging_changed, &defaults()).code, EXIT_OK);

    // The workspace's records never record a chart written elsewhere.
    let workspace_releases = release::default_dir().display().to_string();
    let refused = run(&["bump", "--out", &out, "--releases", &workspace_releases], &both_changed, &defaults());
    assert_eq!(refused.code, EXIT_USAGE, "{}", refused.stdout);
}
