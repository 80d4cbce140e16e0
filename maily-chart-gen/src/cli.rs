//! The `gen` command line (clap).
//!
//! - `gen`: writes `out/maily` and prints what changed.
//! - `gen --check`: writes nothing; one status word per file, unified diffs
//!   of stale files, a summary; exit code [`EXIT_STALE`] when regeneration
//!   is needed.
//! - `gen render --env <name> [--release R] [--namespace N]`: prints the
//!   typed render of an environment as multi-document YAML, exactly what
//!   `helm template R out/maily -n N -f out/maily/values-<name>.yaml` must
//!   produce (`--env default`: values.yaml alone).
//!
//! - `gen compare --legacy <dir> [--env <name>]... [--format json] [--json <file>]`:
//!   the migration report (see [`crate::compare`]): every legacy object
//!   accounted for, every covered workload and Service compared fact by
//!   fact; exit code [`EXIT_UNACCOUNTED`] when something in scope is
//!   unaccounted or unexplained. `--write <file>` writes the Markdown report
//!   there, `--check <file>` compares it ([`EXIT_STALE`] when it differs).
//!
//! - `gen environments`: one line `<environment> <namespace>` per
//!   environment, for `scripts/deploy` and `scripts/rollback` (which refuse
//!   any other environment, or another namespace than its own).
//!
//! Without `--out`, `gen` also rewrites the checked-in migration report
//! (`docs/MIGRATION.md`) from `../shared/legacy-manifests`, and `gen --check`
//! checks it, whenever that directory exists.
//!
//! `--check` and `--out` belong to writing the chart; given with `render`
//! (before or after it) they are a usage error. Every outcome has its own
//! exit code ([`EXIT_CODES`], printed by `gen --help`).

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

use clap::builder::{PossibleValue, PossibleValuesParser};
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use maily_chart::Release;

use crate::output::{self, Status};
use crate::{DEFAULTS, Environment};

/// Exit code: success; with `--check`, `out/maily` is fresh.
pub const EXIT_OK: i32 = 0;
/// Exit code: invalid input. An environment or the defaults fail validation
/// (nothing is written), or `render` fails for the given values and release.
pub const EXIT_INVALID: i32 = 1;
/// Exit code: command-line usage error (clap's own code): an unknown flag or
/// command, a missing or invalid value, a flag that does not apply to the
/// command.
pub const EXIT_USAGE: i32 = 2;
/// Exit code: `--check` found `out/maily` stale (a file stale, missing or
/// orphan); nothing is written.
pub const EXIT_STALE: i32 = 3;
/// Exit code: an I/O error reading or writing `out/`, or writing what
/// `render` prints; with `compare`, reading the legacy directory or writing
/// the report.
pub const EXIT_IO: i32 = 4;
/// Exit code: `compare` found a legacy object that no entry of the migration
/// table accounts for, a difference no recorded reason explains, or a table
/// entry that disagrees with the legacy files or the chart.
pub const EXIT_UNACCOUNTED: i32 = 5;

/// Every exit code and its meaning, as `gen --help` prints them.
pub const EXIT_CODES: &[(i32, &str)] = &[
    (
        EXIT_OK,
        "success; with --check: out/maily and the migration report are fresh; compare: nothing unaccounted or unexplained",
    ),
    (EXIT_INVALID, "invalid input: an environment or the defaults fail validation, or `render` cannot render them"),
    (EXIT_USAGE, "usage error: unknown flag, missing or invalid value, or a flag the command does not take"),
    (EXIT_STALE, "--check: out/maily (or the migration report) is stale; compare --check: the report file differs"),
    (EXIT_IO, "I/O error reading or writing out/, writing the output of `render`, or reading the legacy directory"),
    (
        EXIT_UNACCOUNTED,
        "compare: a legacy object is unaccounted for, a difference is unexplained, or the migration table disagrees with the legacy files or the chart",
    ),
];

/// The text after the options in `gen --help`: the environments known at
/// build time, what `render` prints, the exit codes.
fn after_help(names: &[&str]) -> String {
    let mut text = format!(
        "Environments (environments/*.rs when gen was built): {}; `{DEFAULTS}` is values.yaml alone.\n\n\
         `gen render --env <env> --release <release> --namespace <namespace>` prints, as multi-document YAML,\n\
         the objects that `helm template <release> out/maily -n <namespace> -f out/maily/values-<env>.yaml`\n\
         must print (without -f for `{DEFAULTS}`).\n\n\
         Exit codes:\n",
        names.join(", ")
    );
    for (code, meaning) in EXIT_CODES {
        text += &format!("  {code}  {meaning}\n");
    }
    text += "\nA failed run leaves out/ as it was; --check, render and compare (without --write) never write.\n\
             Without --out, gen also writes (or with --check, checks) the migration report docs/MIGRATION.md from\n\
             ../shared/legacy-manifests, when that directory exists.";
    text
}

/// `--env`: an environment known at build time, or [`DEFAULTS`].
fn environment_names(names: &[&str]) -> PossibleValuesParser {
    PossibleValuesParser::new(
        std::iter::once(PossibleValue::new(DEFAULTS).help("values.yaml alone")).chain(
            names
                .iter()
                .map(|name| PossibleValue::new(name.to_string()).help(format!("values.yaml, then values-{name}.yaml"))),
        ),
    )
}

/// The `gen` command over `environments`: [`Args`], with `--help` listing
/// them, `render --env` taking exactly them (or [`DEFAULTS`]) and `compare
/// --env` exactly them. They come in at run time because this library does
/// not depend on the environments crate (an environment edit then recompiles
/// only that crate and the binary).
pub fn command(environments: &[Environment]) -> clap::Command {
    let names: Vec<&str> = environments.iter().map(|e| e.name.as_str()).collect();
    let compared = PossibleValuesParser::new(names.iter().map(|name| PossibleValue::new(name.to_string())));
    Args::command()
        .after_help(after_help(&names))
        .mut_subcommand("render", |render| render.mut_arg("env", |env| env.value_parser(environment_names(&names))))
        .mut_subcommand("compare", |compare| compare.mut_arg("envs", |env| env.value_parser(compared)))
}

/// `--release`: a name Helm accepts (at most 53 characters, DNS-1123
/// subdomain); a render for another name would promise what helm never prints.
fn release_name(name: &str) -> Result<String, String> {
    if name.len() > 53 || !maily_chart::rules::DNS1123_SUBDOMAIN.accepts(name) {
        return Err("Helm refuses it: at most 53 characters, lowercase letters, digits, `-` and `.`".into());
    }
    Ok(name.to_string())
}

/// Generates the Maily Helm chart from the typed Rust model.
#[derive(Debug, Parser)]
#[command(name = "gen", version, about, args_conflicts_with_subcommands = true)]
pub struct Args {
    /// Write nothing; report stale, missing and orphan files; exit with 3 if any.
    #[arg(long)]
    pub check: bool,
    /// The output directory that holds the chart directory `maily/`
    /// [default: `out/` at the workspace root].
    #[arg(long)]
    pub out: Option<PathBuf>,
    #[command(subcommand)]
    /// Another action than writing the chart.
    pub command: Option<Command>,
}

/// Actions other than writing the chart.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the objects an environment renders to, as multi-document YAML.
    ///
    /// The objects that `helm template <release> out/maily -n <namespace> -f out/maily/values-<env>.yaml`
    /// must print (without -f for `default`). Writes nothing.
    Render {
        /// Environment name, or `default` for values.yaml alone.
        #[arg(long)]
        env: String,
        /// Release name (as `helm template <release>`).
        #[arg(long, default_value = "release-name", value_parser = release_name)]
        release: String,
        /// Release namespace (as `helm template -n`).
        #[arg(long, default_value = "default")]
        namespace: String,
    },
    /// Compare the chart with a directory of legacy manifests: every legacy
    /// object accounted for, every covered workload and Service fact by fact.
    ///
    /// Prints the migration report (Markdown, or JSON with --format json).
    /// Exits 5 when a legacy object is unaccounted for, a difference is
    /// unexplained, or the migration table disagrees with the files or the chart.
    Compare {
        /// The directory of legacy manifests (every .yaml, .yml and .json below it).
        #[arg(long)]
        legacy: PathBuf,
        /// Compare fact by fact only in this environment (repeatable) [default: every environment].
        // Its possible values, the environments, are known at run time: see `command`.
        #[arg(long = "env")]
        envs: Vec<String>,
        /// What to print.
        #[arg(long, value_enum, default_value_t = Format::Markdown)]
        format: Format,
        /// Also write the report as JSON to this file.
        #[arg(long)]
        json: Option<PathBuf>,
        /// Write the Markdown report to this file instead of printing it.
        #[arg(long, conflicts_with = "check")]
        write: Option<PathBuf>,
        /// Compare the Markdown report with this file; exit 3 when it differs.
        #[arg(long)]
        check: Option<PathBuf>,
    },
    /// Print each environment and the namespace it is installed in.
    ///
    /// One line `<environment> <namespace>` per environment (`staging maily-staging`),
    /// sorted by name: what scripts/deploy and scripts/rollback accept. Writes nothing.
    Environments,
}

/// The output format of `compare`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The Markdown report.
    Markdown,
    /// The same content as JSON.
    Json,
}

/// The legacy manifests next to the workspace (`../shared/legacy-manifests`).
pub fn default_legacy() -> PathBuf {
    let crate_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    crate_dir
        .parent()
        .map_or_else(|| PathBuf::from(crate::compare::DEFAULT_LEGACY), |root| root.join(crate::compare::DEFAULT_LEGACY))
}

/// The checked-in migration report (`docs/MIGRATION.md` at the workspace root).
pub fn default_report() -> PathBuf {
    let crate_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    crate_dir
        .parent()
        .map_or_else(|| PathBuf::from(crate::compare::REPORT_PATH), |root| root.join(crate::compare::REPORT_PATH))
}

/// The default migration report, as `gen` and `gen --check` see it.
enum Migration {
    /// The checked-in report is what the comparison would give: its inputs
    /// key and its text's hash are the ones of the last comparison.
    Fresh,
    /// Compared now: the Markdown, and the inputs key to stamp once the
    /// report is written or found equal.
    Computed(String, String),
}

/// Where `gen` keeps the inputs key of the last report it wrote or checked
/// (a line `<key> <sha256 of the report>`): beside its own executable, in
/// the build directory, never in the repository.
fn report_stamp() -> Option<PathBuf> {
    std::env::current_exe().ok().map(|exe| exe.with_file_name("maily-migration-report.stamp"))
}

fn sha256_hex(text: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    format!("{:x}", Sha256::digest(text))
}

/// Records that the checked-in report `markdown` is the one of `key`. A
/// stamp that cannot be written only costs the next run a comparison.
fn stamp_report(key: &str, markdown: &str) {
    if let Some(stamp) = report_stamp() {
        let _ = std::fs::write(stamp, format!("{key} {}\n", sha256_hex(markdown.as_bytes())));
    }
}

/// The migration report of the default legacy directory, for `gen` and
/// `gen --check` (`files`: the generated chart); `None` when that directory
/// does not exist. The comparison (about half of a warm `gen`) is skipped
/// when the inputs key ([`crate::compare::inputs_key`]) and the checked-in
/// report's hash equal the stamp's. `gen compare` always compares, and the
/// test suite checks the checked-in report with it.
fn default_migration_report(
    environments: &[Environment],
    files: &std::collections::BTreeMap<String, String>,
) -> Option<Result<Migration, String>> {
    let legacy = default_legacy();
    if !legacy.is_dir() {
        return None;
    }
    let key = match crate::compare::inputs_key(&legacy, files) {
        Ok(key) => key,
        Err(e) => return Some(Err(format!("{}: {e}", legacy.display()))),
    };
    let stamped = report_stamp().and_then(|stamp| std::fs::read_to_string(stamp).ok());
    if let (Some(stamped), Ok(checked_in)) = (stamped, std::fs::read(default_report()))
        && stamped.trim_end() == format!("{key} {}", sha256_hex(&checked_in))
    {
        return Some(Ok(Migration::Fresh));
    }
    Some(
        crate::compare::compare(&legacy, crate::compare::DEFAULT_LEGACY, environments, &[])
            .map(|r| Migration::Computed(r.markdown(), key)),
    )
}

/// `out/` at the workspace root, wherever `gen` is run from.
pub fn default_out() -> PathBuf {
    let crate_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    crate_dir.parent().map_or_else(|| PathBuf::from("out"), |root| root.join("out"))
}

/// Parses `argv` (program name first) and runs `gen`; returns the exit
/// code. What `gen` prints goes to `stdout` and `stderr`: `--help` and
/// `--version` to `stdout` ([`EXIT_OK`]), usage errors to `stderr`
/// ([`EXIT_USAGE`]). The `gen` binary is this function over the real
/// environments.
pub fn run_argv<I, T>(
    argv: I,
    environments: &[Environment],
    defaults: &maily_chart::Values,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    match command(environments).try_get_matches_from(argv).and_then(|matches| Args::from_arg_matches(&matches)) {
        Ok(args) => run(args, environments, defaults, stdout, stderr),
        Err(e) => {
            // Help and version are the only "errors" clap prints to stdout.
            if e.use_stderr() {
                let _ = write!(stderr, "{}", e.render());
                EXIT_USAGE
            } else {
                let _ = write!(stdout, "{}", e.render());
                EXIT_OK
            }
        }
    }
}

/// Runs `gen` with `args` over `environments`; returns the exit code.
/// Messages go to `stdout` and `stderr`.
pub fn run(
    args: Args,
    environments: &[Environment],
    defaults: &maily_chart::Values,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> i32 {
    match &args.command {
        Some(Command::Compare { legacy, envs, format, json, write, check }) => {
            for (flag, given) in [("--check", args.check), ("--out", args.out.is_some())] {
                if given {
                    let _ = writeln!(stderr, "gen: {flag} does not apply to `compare` (it has its own --check <file>)");
                    return EXIT_USAGE;
                }
            }
            // Parsing through `command` refuses these already; `Args` built in code get the same answer.
            if let Some(unknown) = envs.iter().find(|env| !environments.iter().any(|e| e.name == **env)) {
                let known: Vec<&str> = environments.iter().map(|e| e.name.as_str()).collect();
                let _ = writeln!(stderr, "gen: no environment `{unknown}` (known: {})", known.join(", "));
                return EXIT_USAGE;
            }
            // The workspace's own legacy directory is always shown the same way,
            // so the checked-in report does not depend on where gen runs from.
            let same = |a: &std::path::Path, b: &std::path::Path| matches!((a.canonicalize(), b.canonicalize()), (Ok(a), Ok(b)) if a == b);
            let label = if same(legacy, &default_legacy()) {
                crate::compare::DEFAULT_LEGACY.to_string()
            } else {
                legacy.display().to_string()
            };
            let report = match crate::compare::compare(legacy, &label, environments, envs) {
                Ok(report) => report,
                Err(e) if e.starts_with("environment `") => {
                    let _ = writeln!(stderr, "gen: {e}");
                    return EXIT_INVALID;
                }
                Err(e) => {
                    let _ = writeln!(stderr, "gen: reading the legacy manifests: {e}");
                    return EXIT_IO;
                }
            };
            let markdown = report.markdown();
            let json_text = serde_json::to_string_pretty(&report).expect("the report serializes") + "\n";
            if let Some(path) = json
                && let Err(e) = output::write_file(path, &json_text)
            {
                let _ = writeln!(stderr, "gen: writing {}: {e}", path.display());
                return EXIT_IO;
            }
            if let Some(path) = check {
                match output::file_diff(path, &markdown) {
                    Ok(None) => {
                        let _ = writeln!(stdout, "{} is fresh", path.display());
                    }
                    Ok(Some(diff)) => {
                        let _ = write!(stdout, "{diff}");
                        let _ = writeln!(
                            stdout,
                            "{} is stale: run `cargo run --bin gen -- compare --legacy {label} --write {}`",
                            path.display(),
                            path.display()
                        );
                        return EXIT_STALE;
                    }
                    Err(e) => {
                        let _ = writeln!(stderr, "gen: reading {}: {e}", path.display());
                        return EXIT_IO;
                    }
                }
            } else if let Some(path) = write {
                if let Err(e) = output::write_file(path, &markdown) {
                    let _ = writeln!(stderr, "gen: writing {}: {e}", path.display());
                    return EXIT_IO;
                }
            } else {
                let text = if *format == Format::Json { &json_text } else { &markdown };
                if let Err(e) = stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
                    let _ = writeln!(stderr, "gen: writing the report: {e}");
                    return EXIT_IO;
                }
            }
            let unaccounted = report.unaccounted().len();
            let unexplained = report.unexplained().len();
            if report.passes() {
                EXIT_OK
            } else {
                let _ = writeln!(
                    stderr,
                    "gen compare: {unaccounted} unaccounted object(s), {unexplained} unexplained difference(s), {} table problem(s)",
                    report.problems.len()
                );
                EXIT_UNACCOUNTED
            }
        }
        Some(Command::Environments) => {
            for (flag, given) in [("--check", args.check), ("--out", args.out.is_some())] {
                if given {
                    let _ = writeln!(stderr, "gen: {flag} does not apply to `environments`, which writes nothing");
                    return EXIT_USAGE;
                }
            }
            let mut text = String::new();
            for e in environments {
                let Some(namespace) = &e.namespace else {
                    let _ = writeln!(stderr, "gen: environment `{}` has no namespace in the registry", e.name);
                    return EXIT_INVALID;
                };
                text += &format!("{} {namespace}\n", e.name);
            }
            if let Err(e) = stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
                let _ = writeln!(stderr, "gen: writing the environments: {e}");
                return EXIT_IO;
            }
            EXIT_OK
        }
        Some(Command::Render { env, release, namespace }) => {
            // Parsing refuses these already; `Args` built in code get the same answer.
            for (flag, given) in [("--check", args.check), ("--out", args.out.is_some())] {
                if given {
                    let _ = writeln!(stderr, "gen: {flag} does not apply to `render`, which writes nothing");
                    return EXIT_USAGE;
                }
            }
            let values = if env == DEFAULTS {
                Some(defaults.clone())
            } else {
                environments.iter().find(|e| e.name == *env).map(|e| e.values.clone())
            };
            let Some(values) = values else {
                let known: Vec<&str> = environments.iter().map(|e| e.name.as_str()).collect();
                let _ = writeln!(stderr, "gen: no environment `{env}` (known: {}, or `{DEFAULTS}`)", known.join(", "));
                return EXIT_USAGE;
            };
            if let Err(message) = release_name(release) {
                let _ = writeln!(stderr, "gen: release name {release:?}: {message}");
                return EXIT_USAGE;
            }
            if let Err(errors) = maily_chart::validate::validate(env, &values) {
                for e in errors {
                    let _ = writeln!(stderr, "gen: {e}");
                }
                return EXIT_INVALID;
            }
            match maily_chart::render::render(&values, &Release::new(release, namespace)) {
                Ok(manifests) => {
                    let text = crate::manifests_yaml(&manifests);
                    if let Err(e) = stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
                        let _ = writeln!(stderr, "gen: writing the render: {e}");
                        return EXIT_IO;
                    }
                    EXIT_OK
                }
                Err(errors) => {
                    for e in errors {
                        // A render fails on the release (its name) as often as on the values.
                        let _ = writeln!(stderr, "gen: environment `{env}`, release `{release}`: {e}");
                    }
                    EXIT_INVALID
                }
            }
        }
        None => {
            let files = match crate::generate(environments, defaults) {
                Ok(files) => files,
                Err(errors) => {
                    for e in &errors {
                        let _ = writeln!(stderr, "gen: {e}");
                    }
                    let _ = writeln!(stderr, "gen: {} problem(s); nothing was written", errors.len());
                    return EXIT_INVALID;
                }
            };
            let out = args.out.clone().unwrap_or_else(default_out);
            // Paths are shown as `out/...` for the default, else below the given directory.
            let shown = if args.out.is_none() { PathBuf::from("out") } else { out.clone() };
            let show = |path: &str| shown.join(path).display().to_string();
            let label = shown.display().to_string();
            let result = if args.check {
                output::check_as(&out, label.trim_matches('/'), &files)
            } else {
                output::write(&out, &files)
            };
            let report = match result {
                Ok(report) => report,
                Err(e) => {
                    let _ = writeln!(stderr, "gen: {}: {e}", out.display());
                    return EXIT_IO;
                }
            };
            // The migration report, beside out/ (only for the workspace's own out/).
            let migration = if args.out.is_none() { default_migration_report(environments, &files) } else { None };
            if args.out.is_none() && migration.is_none() {
                let _ = writeln!(
                    stderr,
                    "gen: {} not {}: no legacy manifests at {}",
                    crate::compare::REPORT_PATH,
                    if args.check { "checked" } else { "written" },
                    default_legacy().display()
                );
            }
            let migration = match migration.transpose() {
                Ok(m) => m,
                Err(e) => {
                    let _ = writeln!(stderr, "gen: the migration report: {e}");
                    return EXIT_IO;
                }
            };
            let report_path = default_report();
            if args.check {
                for (path, status) in &report.files {
                    let _ = writeln!(stdout, "{:<8} {}", format!("{status:?}"), show(path));
                }
                for diff in report.diffs.values() {
                    let _ = write!(stdout, "{diff}");
                }
                let _ = writeln!(stdout, "{}", report.summary());
                let mut report_stale = false;
                if let Some(Migration::Fresh) = &migration {
                    let _ = writeln!(stdout, "Fresh    {}", crate::compare::REPORT_PATH);
                }
                if let Some(Migration::Computed(markdown, key)) = &migration {
                    match output::file_diff(&report_path, markdown) {
                        Ok(None) => {
                            stamp_report(key, markdown);
                            let _ = writeln!(stdout, "Fresh    {}", crate::compare::REPORT_PATH);
                        }
                        Ok(Some(diff)) => {
                            let _ = write!(stdout, "{diff}");
                            let _ = writeln!(stdout, "Stale    {}", crate::compare::REPORT_PATH);
                            report_stale = true;
                        }
                        Err(e) => {
                            let _ = writeln!(stderr, "gen: {}: {e}", report_path.display());
                            return EXIT_IO;
                        }
                    }
                }
                if report.needs_regeneration() || report_stale {
                    let fix = match &args.out {
                        None => "cargo run --bin gen".to_string(),
                        Some(dir) => format!("cargo run --bin gen -- --out {}", dir.display()),
                    };
                    let _ = writeln!(stdout, "{} is out of date: run `{fix}`", shown.display());
                    return EXIT_STALE;
                }
            } else {
                if let Some(Migration::Computed(markdown, key)) = &migration {
                    match output::file_diff(&report_path, markdown) {
                        Ok(None) => stamp_report(key, markdown),
                        Ok(Some(_)) => {
                            if let Err(e) = output::write_file(&report_path, markdown) {
                                let _ = writeln!(stderr, "gen: writing {}: {e}", report_path.display());
                                return EXIT_IO;
                            }
                            stamp_report(key, markdown);
                            let _ = writeln!(stdout, "updated  {}", crate::compare::REPORT_PATH);
                        }
                        Err(e) => {
                            let _ = writeln!(stderr, "gen: {}: {e}", report_path.display());
                            return EXIT_IO;
                        }
                    }
                }
                let changed: Vec<_> = report.files.iter().filter(|(_, s)| **s != Status::Fresh).collect();
                for (path, status) in &changed {
                    let verb = match status {
                        Status::Stale => "updated",
                        Status::Missing => "created",
                        Status::Orphan => "removed",
                        Status::Fresh => unreachable!(),
                    };
                    let _ = writeln!(stdout, "{verb:<8} {}", show(path));
                }
                let count = |status| changed.iter().filter(|(_, s)| **s == status).count();
                let _ = writeln!(
                    stdout,
                    "{} files: {} unchanged, {} updated, {} created, {} removed",
                    report.files.len() - count(Status::Orphan),
                    report.files.len() - changed.len(),
                    count(Status::Stale),
                    count(Status::Missing),
                    count(Status::Orphan),
                );
            }
            EXIT_OK
        }
    }
}
