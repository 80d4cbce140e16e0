//! The `gen` command line: one exit code per outcome (the `EXIT_*` constants
//! of `cli.rs`), flags refused where they do not apply, and a `--help` that
//! lists the environments, what `render` prints and every exit code. Each
//! code is reached in process (`cli::run_argv`) and through the built binary.

mod common;

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use maily_chart_gen::cli::{
    self, EXIT_INVALID, EXIT_IO, EXIT_OK, EXIT_STALE, EXIT_UNACCOUNTED, EXIT_UNBUMPED, EXIT_USAGE,
};
use maily_chart_gen::{DEFAULTS, Environment};

use common::{Outcome, TempDir, run_in_process};

/// The real environments, as the `gen` binary gets them.
fn environments() -> Vec<Environment> {
    Environment::registry(maily_environments::ALL, maily_environments::gitops_target)
}

/// The real defaults.
fn defaults() -> maily_chart::Values {
    maily_environments::defaults::values()
}

/// `gen <args>` in process over `environments`.
fn run_with(args: &[&str], environments: &[Environment]) -> Outcome {
    run_in_process(args, environments, &defaults())
}

/// `gen <args>` in process over the real environments.
fn run(args: &[&str]) -> Outcome {
    run_with(args, &environments())
}

/// The built `gen` binary with `args`.
fn binary(args: &[&str]) -> Outcome {
    Outcome::of(Command::new(env!("CARGO_BIN_EXE_gen")).args(args).output().expect("gen runs"))
}

fn path(p: &Path) -> &str {
    p.to_str().expect("temp paths are UTF-8")
}

/// A regular file where `--out` expects a directory: reading or writing
/// `<file>/maily/...` fails with ENOTDIR.
fn a_file_as_out(dir: &TempDir) -> PathBuf {
    let file = dir.0.join("not-a-directory");
    fs::write(&file, "a file, not a directory\n").expect("write");
    file
}

/// The real environments with `production` made invalid.
fn broken_environments() -> Vec<Environment> {
    let mut environments = environments();
    let production = environments.iter_mut().find(|e| e.name == "production").expect("production exists");
    production.values.api.workload.image.tag = "latest".into();
    environments
}

#[test]
fn every_outcome_has_its_own_exit_code_and_usage_errors_keep_clap_s_code() {
    let codes = [EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_STALE, EXIT_IO, EXIT_UNACCOUNTED, EXIT_UNBUMPED];
    for (i, a) in codes.iter().enumerate() {
        for b in &codes[i + 1..] {
            assert_ne!(a, b, "two outcomes share an exit code");
        }
    }
    assert_eq!(EXIT_OK, 0);
    // clap exits with 2 on a usage error; gen keeps that convention.
    let usage = <cli::Args as clap::CommandFactory>::command().try_get_matches_from(["gen", "--chek"]).unwrap_err();
    assert_eq!(usage.exit_code(), EXIT_USAGE);
    // Every code is documented, once, in EXIT_CODES.
    let documented: Vec<i32> = cli::EXIT_CODES.iter().map(|(code, _)| *code).collect();
    assert_eq!(documented, codes);
}

#[test]
fn a_mistyped_flag_is_a_usage_error_not_a_stale_chart() {
    let typo = run(&["--chek"]);
    assert_eq!(typo.code, EXIT_USAGE, "{}", typo.stderr);
    assert_ne!(typo.code, EXIT_STALE);
    assert!(typo.stderr.contains("--chek"), "the message names the flag:\n{}", typo.stderr);
    assert!(typo.stdout.is_empty());

    let dir = TempDir::new("stale");
    let stale = run(&["--check", "--out", path(&dir.0)]);
    assert_eq!(stale.code, EXIT_STALE, "{}\n{}", stale.stdout, stale.stderr);
    assert!(stale.stdout.contains("Missing"), "{}", stale.stdout);
    assert!(fs::read_dir(&dir.0).expect("readable").next().is_none(), "--check wrote into {}", dir.0.display());
}

#[test]
fn flags_that_do_not_apply_to_render_are_refused_and_named() {
    for (args, flag) in [
        (&["--check", "render", "--env", "staging"][..], "--check"),
        (&["--out", "elsewhere", "render", "--env", "staging"][..], "--out"),
        (&["render", "--env", "staging", "--check"][..], "--check"),
        (&["render", "--env", "staging", "--out", "elsewhere"][..], "--out"),
        (&["--releases", "elsewhere", "render", "--env", "staging"][..], "--releases"),
    ] {
        let outcome = run(args);
        assert_eq!(outcome.code, EXIT_USAGE, "gen {}:\n{}", args.join(" "), outcome.stderr);
        assert!(outcome.stderr.contains(flag), "gen {}: the message names {flag}:\n{}", args.join(" "), outcome.stderr);
        assert!(outcome.stdout.is_empty(), "gen {}: nothing is rendered:\n{}", args.join(" "), outcome.stdout);
    }
    // The same refusal for Args built in code rather than parsed.
    let args = cli::Args {
        check: true,
        out: None,
        releases: None,
        command: Some(cli::Command::Render {
            env: "staging".into(),
            release: "maily".into(),
            namespace: "default".into(),
        }),
    };
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let code = cli::run(args, &environments(), &defaults(), &mut stdout, &mut stderr);
    assert_eq!(code, EXIT_USAGE);
    assert!(String::from_utf8_lossy(&stderr).contains("--check"));
    assert!(stdout.is_empty());
}

#[test]
fn bad_render_arguments_are_usage_errors() {
    let unknown = run(&["render", "--env", "nowhere"]);
    assert_eq!(unknown.code, EXIT_USAGE, "{}", unknown.stderr);
    assert!(unknown.stderr.contains("nowhere"), "{}", unknown.stderr);
    for (name, _) in maily_environments::ALL {
        assert!(unknown.stderr.contains(name), "the message lists `{name}`:\n{}", unknown.stderr);
    }
    // Helm refuses this release name (not a DNS-1123 subdomain).
    let release = run(&["render", "--env", "staging", "--release", "Maily_EU"]);
    assert_eq!(release.code, EXIT_USAGE, "{}", release.stderr);
    assert!(release.stderr.contains("Maily_EU") && release.stderr.contains("--release"), "{}", release.stderr);
    let missing = run(&["render"]);
    assert_eq!(missing.code, EXIT_USAGE, "{}", missing.stderr);
    assert!(missing.stderr.contains("--env"), "{}", missing.stderr);
}

/// `gen environments`: one `<environment> <namespace>` line per
/// environment, the registry's namespaces (what scripts/deploy reads).
#[test]
fn environments_prints_each_environment_with_its_namespace() {
    let installed =
        Environment::installed(maily_environments::ALL, maily_environments::RELEASE, maily_environments::namespace);
    let listed = run_with(&["environments"], &installed);
    assert_eq!(listed.code, EXIT_OK, "{}", listed.stderr);
    assert_eq!(listed.stdout, "development maily-dev\nproduction maily-production\nstaging maily-staging\n");
    let built = binary(&["environments"]);
    assert_eq!((built.code, built.stdout), (EXIT_OK, listed.stdout));
    // Without the registry's namespaces, nothing to print: exit 1, named.
    let unknown = run(&["environments"]);
    assert_eq!(unknown.code, EXIT_INVALID, "{}", unknown.stderr);
    assert!(unknown.stderr.contains("`development` has no namespace"), "{}", unknown.stderr);
    assert!(unknown.stdout.is_empty(), "{}", unknown.stdout);
    let check = run_with(&["--check", "environments"], &installed);
    assert_eq!(check.code, EXIT_USAGE, "{}", check.stderr);
}

#[test]
fn an_invalid_environment_exits_with_the_invalid_input_code() {
    let dir = TempDir::new("invalid");
    let out = dir.0.join("out");
    let written = run_with(&["--out", path(&out)], &broken_environments());
    assert_eq!(written.code, EXIT_INVALID, "{}", written.stderr);
    assert!(written.stderr.contains("api.image.tag"), "{}", written.stderr);
    assert!(!out.exists(), "nothing is written");
    let checked = run_with(&["--check", "--out", path(&out)], &broken_environments());
    assert_eq!(checked.code, EXIT_INVALID, "{}", checked.stderr);
    let rendered = run_with(&["render", "--env", "production"], &broken_environments());
    assert_eq!(rendered.code, EXIT_INVALID, "{}", rendered.stderr);
    assert!(rendered.stdout.is_empty());
    // A release name Helm accepts, but whose Service names are no DNS-1035 label.
    let release = run(&["render", "--env", "production", "--release", "0777"]);
    assert_eq!(release.code, EXIT_INVALID, "{}", release.stderr);
}

#[test]
fn io_errors_have_their_own_exit_code() {
    let dir = TempDir::new("io");
    let file = a_file_as_out(&dir);
    for args in [&["--out", path(&file)][..], &["--check", "--out", path(&file)][..]] {
        let outcome = run(args);
        assert_eq!(outcome.code, EXIT_IO, "gen {}:\n{}\n{}", args.join(" "), outcome.stdout, outcome.stderr);
        assert!(outcome.stderr.contains(path(&file)), "the message names the directory:\n{}", outcome.stderr);
    }
    assert_eq!(fs::read_to_string(&file).expect("still a file"), "a file, not a directory\n");

    // `render` whose output cannot be written (a closed pipe, a full disk).
    struct Broken;
    impl Write for Broken {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::Error::new(io::ErrorKind::BrokenPipe, "closed"))
        }
        fn flush(&mut self) -> io::Result<()> {
            Err(io::Error::new(io::ErrorKind::BrokenPipe, "closed"))
        }
    }
    let mut stderr = Vec::new();
    let code =
        cli::run_argv(["gen", "render", "--env", "staging"], &environments(), &defaults(), &mut Broken, &mut stderr);
    assert_eq!(code, EXIT_IO, "{}", String::from_utf8_lossy(&stderr));
}

/// What `--help` must say: every environment known at build time, what
/// `render` prints, every exit code with its meaning.
fn assert_help_is_complete(help: &str) {
    for (name, _) in maily_environments::ALL {
        assert!(help.contains(name), "--help lists the environment `{name}`:\n{help}");
    }
    assert!(help.contains(DEFAULTS) && help.contains("values.yaml alone"), "{help}");
    assert!(
        help.contains("helm template <release> out/maily -n <namespace> -f out/maily/values-<env>.yaml"),
        "--help says what render prints:\n{help}"
    );
    for (code, meaning) in cli::EXIT_CODES {
        let line = format!("{code}  {meaning}");
        assert!(help.contains(&line), "--help documents exit code {code} as `{line}`:\n{help}");
    }
}

#[test]
fn help_lists_environments_render_and_exit_codes() {
    let help = run(&["--help"]);
    assert_eq!(help.code, EXIT_OK, "{}", help.stderr);
    assert_help_is_complete(&help.stdout);
    let short = run(&["-h"]);
    assert_eq!(short.code, EXIT_OK);
    assert_help_is_complete(&short.stdout);
    let render = run(&["render", "--help"]);
    assert_eq!(render.code, EXIT_OK, "{}", render.stderr);
    for (name, _) in maily_environments::ALL {
        assert!(render.stdout.contains(name), "render --help lists `{name}`:\n{}", render.stdout);
    }
    assert!(render.stdout.contains("helm template"), "{}", render.stdout);
    let version = run(&["--version"]);
    assert_eq!(version.code, EXIT_OK);
    assert!(version.stdout.contains(env!("CARGO_PKG_VERSION")), "{}", version.stdout);
}

#[test]
fn the_built_binary_exits_with_each_documented_code() {
    let help = binary(&["--help"]);
    assert_eq!(help.code, EXIT_OK, "{}", help.stderr);
    assert_help_is_complete(&help.stdout);

    let fresh = binary(&["--check"]);
    assert_eq!(fresh.code, EXIT_OK, "out/ is stale: run `cargo run --bin gen`\n{}", fresh.stdout);

    let invalid = binary(&["render", "--env", "production", "--release", "0777"]);
    assert_eq!(invalid.code, EXIT_INVALID, "{}", invalid.stderr);

    let typo = binary(&["--chek"]);
    assert_eq!(typo.code, EXIT_USAGE, "{}", typo.stderr);
    assert!(typo.stderr.contains("--chek"), "{}", typo.stderr);
    let not_for_render = binary(&["--check", "render", "--env", "staging"]);
    assert_eq!(not_for_render.code, EXIT_USAGE, "{}", not_for_render.stderr);
    assert!(not_for_render.stdout.is_empty());

    let dir = TempDir::new("binary");
    let empty = dir.0.join("empty");
    let stale = binary(&["--check", "--out", path(&empty)]);
    assert_eq!(stale.code, EXIT_STALE, "{}\n{}", stale.stdout, stale.stderr);
    assert_ne!(stale.code, typo.code);

    let io = binary(&["--out", path(&a_file_as_out(&dir))]);
    assert_eq!(io.code, EXIT_IO, "{}", io.stderr);
}

#[test]
fn the_readme_documents_every_exit_code() {
    let readme = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../README.md")).expect("README.md");
    for (code, _) in cli::EXIT_CODES {
        assert!(readme.contains(&format!("\n| {code} | ")), "README.md's exit-code table lacks {code}");
    }
    assert!(readme.contains(&format!("exit {EXIT_STALE} if stale")), "README.md gives --check's code");
}

/// The legacy manifests next to the workspace; these tests never skip.
fn legacy() -> PathBuf {
    let dir = cli::default_legacy();
    assert!(dir.is_dir(), "the legacy manifests are not at {} (../shared/legacy-manifests)", dir.display());
    dir
}

#[test]
fn compare_exits_0_on_the_legacy_manifests_and_prints_the_report() {
    let legacy = legacy();
    let clean = run(&["compare", "--legacy", path(&legacy)]);
    assert_eq!(clean.code, EXIT_OK, "{}\n{}", clean.stderr, clean.stdout);
    assert!(clean.stdout.starts_with("<!-- Generated by `cargo run --bin gen`"), "{}", clean.stdout);
    for section in [
        "## Totals",
        "## Unaccounted legacy objects (0)",
        "## Unexplained differences (0)",
        "## Files that do not parse (7)",
        "## Every logical object",
        "## Fact by fact",
    ] {
        assert!(clean.stdout.contains(section), "the report has `{section}`");
    }
    // The workspace's legacy directory is labelled the same however it is given.
    assert!(clean.stdout.contains("Legacy input: `../shared/legacy-manifests`"));
    // Fact by fact for one environment only.
    let staging = run(&["compare", "--legacy", path(&legacy), "--env", "staging"]);
    assert_eq!(staging.code, EXIT_OK, "{}", staging.stderr);
    assert!(staging.stdout.contains("**staging**") && !staging.stdout.contains("**production**"));
    let unknown = run(&["compare", "--legacy", path(&legacy), "--env", "nowhere"]);
    assert_eq!(unknown.code, EXIT_USAGE, "{}", unknown.stderr);
    // `Args` parsed without the environments (`cli::command` adds them): `run` refuses the same.
    let args =
        <cli::Args as clap::Parser>::try_parse_from(["gen", "compare", "--legacy", path(&legacy), "--env", "nowhere"])
            .expect("the derived parser does not know the environments");
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let code = cli::run(args, &environments(), &defaults(), &mut stdout, &mut stderr);
    assert_eq!(code, EXIT_USAGE);
    assert!(String::from_utf8_lossy(&stderr).contains("no environment `nowhere`"));
}

#[test]
fn compare_json_has_the_same_content_as_the_markdown() {
    let dir = TempDir::new("compare-json");
    let file = dir.0.join("report.json");
    let legacy = legacy();
    let markdown = run(&["compare", "--legacy", path(&legacy), "--json", path(&file)]);
    assert_eq!(markdown.code, EXIT_OK, "{}", markdown.stderr);
    let json = run(&["compare", "--legacy", path(&legacy), "--format", "json"]);
    assert_eq!(json.code, EXIT_OK, "{}", json.stderr);
    assert_eq!(fs::read_to_string(&file).expect("--json wrote the file"), json.stdout);
    let report: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    let objects = report["objects"].as_array().expect("objects");
    let rows = markdown
        .stdout
        .lines()
        .filter(|l| l.starts_with("| ") && l.split(" | ").next().is_some_and(|c| c[2..].parse::<usize>().is_ok()))
        .count();
    assert_eq!(objects.len(), rows, "one table row per logical object");
    for o in objects {
        let id = o["id"].as_str().expect("id");
        assert!(markdown.stdout.contains(&format!(" | {id} | ")), "{id} is in the Markdown table");
    }
    let unparsed: Vec<&str> =
        report["unparsed"].as_array().expect("unparsed").iter().filter_map(|u| u["file"].as_str()).collect();
    assert_eq!(unparsed.len(), 7);
    for file in unparsed {
        assert!(markdown.stdout.contains(&format!("| `{file}`")), "{file}");
    }
    let copies: u64 = report["totals"].as_array().expect("totals").iter().filter_map(|t| t["copies"].as_u64()).sum();
    assert_eq!(
        copies,
        report["input"]["documents"].as_u64().expect("documents"),
        "every document read is a copy of one logical object"
    );
}

#[test]
fn compare_exits_5_on_an_unaccounted_object_and_4_on_a_missing_directory() {
    let dir = TempDir::new("compare-dirty");
    fs::copy(legacy().join("kubernetes/deployments/maily-unified.yaml"), dir.0.join("unified.yaml")).expect("copy");
    fs::write(
        dir.0.join("new.yml"),
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: brand-new, namespace: maily}\n",
    )
    .expect("write");
    let dirty = run(&["compare", "--legacy", path(&dir.0)]);
    assert_eq!(dirty.code, EXIT_UNACCOUNTED, "{}", dirty.stderr);
    assert!(
        dirty.stdout.contains("| Deployment brand-new | `new.yml:1` Deployment brand-new ns maily |"),
        "{}",
        dirty.stdout
    );
    assert!(dirty.stderr.contains("1 unaccounted object(s)"), "{}", dirty.stderr);

    let missing = run(&["compare", "--legacy", path(&dir.0.join("nowhere"))]);
    assert_eq!(missing.code, EXIT_IO, "{}", missing.stderr);
    assert!(missing.stderr.contains("nowhere"), "{}", missing.stderr);

    let not_here = run(&["--out", path(&dir.0), "compare", "--legacy", path(&dir.0)]);
    assert_eq!(not_here.code, EXIT_USAGE, "{}", not_here.stderr);
}

#[test]
fn compare_write_then_check_and_a_stale_report_exits_3() {
    let dir = TempDir::new("compare-check");
    let report = dir.0.join("docs/MIGRATION.md");
    let legacy = legacy();
    let write = run(&["compare", "--legacy", path(&legacy), "--write", path(&report)]);
    assert_eq!(write.code, EXIT_OK, "{}", write.stderr);
    assert!(write.stdout.is_empty(), "--write prints nothing:\n{}", write.stdout);
    let fresh = run(&["compare", "--legacy", path(&legacy), "--check", path(&report)]);
    assert_eq!(fresh.code, EXIT_OK, "{}\n{}", fresh.stdout, fresh.stderr);
    let text = fs::read_to_string(&report).expect("written");
    fs::write(&report, text.replacen("COVERED", "COVERD", 1)).expect("write");
    let stale = run(&["compare", "--legacy", path(&legacy), "--check", path(&report)]);
    assert_eq!(stale.code, EXIT_STALE, "{}\n{}", stale.stdout, stale.stderr);
    assert!(stale.stdout.contains("-| Category | COVERD") || stale.stdout.contains("COVERD"), "{}", stale.stdout);
    assert!(stale.stdout.contains("is stale"), "{}", stale.stdout);
}

/// The built binary with `args` and the environment variable `name` set to `value`.
fn binary_with_env(args: &[&str], name: &str, value: &str) -> Outcome {
    Outcome::of(Command::new(env!("CARGO_BIN_EXE_gen")).args(args).env(name, value).output().expect("gen runs"))
}

#[test]
fn the_built_binary_diffs_with_the_registry_s_release_and_namespace() {
    // tests/gen_diff.rs covers `gen diff` itself; this is the binary's wiring:
    // the release and namespaces of maily_environments, and helm from $MAILY_HELM.
    let dir = TempDir::new("diff");
    let empty = dir.0.join("empty.yaml");
    fs::write(&empty, "").expect("write");
    let ok = binary(&["diff", "--env", "development", "--live", path(&empty)]);
    assert_eq!(ok.code, EXIT_OK, "helm: $MAILY_HELM or .tools/bin/helm (scripts/install-tools)\n{}", ok.stderr);
    let namespace = maily_environments::namespace("development").expect("development has a namespace");
    assert!(
        ok.stdout
            .starts_with(&format!("# development: release {}, namespace {namespace};", maily_environments::RELEASE)),
        "{}",
        ok.stdout
    );
    assert!(ok.stdout.contains(&format!("\n+ Deployment {}-api\n", maily_environments::RELEASE)), "{}", ok.stdout);
    let changed = binary(&["diff", "--env", "development", "--live", path(&empty), "--exit-code"]);
    assert_eq!(changed.code, EXIT_STALE, "{}", changed.stderr);
    let no_helm =
        binary_with_env(&["diff", "--env", "development", "--live", path(&empty)], "MAILY_HELM", "/nonexistent/helm");
    assert_eq!(no_helm.code, EXIT_IO, "{}", no_helm.stderr);
    assert!(no_helm.stderr.contains("$MAILY_HELM is /nonexistent/helm"), "{}", no_helm.stderr);
    let unknown = binary(&["diff", "--env", "nowhere", "--live", path(&empty)]);
    assert_eq!(unknown.code, EXIT_INVALID, "{}", unknown.stderr);
    // Given in code without the registry, an environment has no namespace: refused, not guessed.
    let bare = run(&["diff", "--env", "development", "--live", path(&empty)]);
    assert_eq!(bare.code, EXIT_INVALID, "{}", bare.stderr);
    assert!(bare.stderr.contains("--namespace"), "{}", bare.stderr);
}
