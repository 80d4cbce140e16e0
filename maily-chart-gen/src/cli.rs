//! The `gen` command line (clap).
//!
//! - `gen`: writes `out/maily` (and the GitOps objects, `out/gitops`) and prints what changed.
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
//! - `gen bump [--amend] [--level L] [--version V] [--note "kind: text"]...`:
//!   records the next chart version (see [`crate::release`]): `gen` and
//!   `gen --check` refuse, with [`EXIT_UNBUMPED`], a chart whose content
//!   changed since the newest record in `releases/`.
//!
//! - `gen diff [--base <rev> | --base-dir <chart> | --live <manifest>] [--env <name>]...`:
//!   per environment, the objects added, removed and changed between the base
//!   and the chart `gen` would write now, both rendered by `helm template`
//!   (see [`crate::diff`]); `--exit-code` exits [`EXIT_STALE`] when anything
//!   differs.
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
/// (nothing is written), or `render` fails for the given values and release;
/// with `diff`, an unknown environment or revision, a base directory that is
/// no chart, or a live manifest that does not parse.
pub const EXIT_INVALID: i32 = 1;
/// Exit code: command-line usage error (clap's own code): an unknown flag or
/// command, a missing or invalid value, a flag that does not apply to the
/// command.
pub const EXIT_USAGE: i32 = 2;
/// Exit code: `--check` found `out/maily` stale (a file stale, missing or
/// orphan); nothing is written. With `diff --exit-code`: an environment's
/// objects differ.
pub const EXIT_STALE: i32 = 3;
/// Exit code: an I/O error reading or writing `out/`, or writing what
/// `render` prints; with `compare`, reading the legacy directory or writing
/// the report; with `diff`, git, tar or helm missing or failing.
pub const EXIT_IO: i32 = 4;
/// Exit code: `compare` found a legacy object that no entry of the migration
/// table accounts for, a difference no recorded reason explains, or a table
/// entry that disagrees with the legacy files or the chart.
pub const EXIT_UNACCOUNTED: i32 = 5;

/// Exit code: the chart's content changed since the newest release record
/// (`releases/<version>.json`) and no version bump records it; nothing is
/// written. `gen bump` computes and applies the bump.
pub const EXIT_UNBUMPED: i32 = 6;

/// Every exit code and its meaning, as `gen --help` prints them.
pub const EXIT_CODES: &[(i32, &str)] = &[
    (
        EXIT_OK,
        "success; with --check: out/maily and the migration report are fresh; compare: nothing unaccounted or unexplained",
    ),
    (
        EXIT_INVALID,
        "invalid input: an environment or the defaults fail validation, or `render` cannot render them; diff: unknown environment or revision, bad --base-dir or --live file",
    ),
    (EXIT_USAGE, "usage error: unknown flag, missing or invalid value, or a flag the command does not take"),
    (
        EXIT_STALE,
        "--check: out/maily (or the migration report) is stale; compare --check: the report file differs; diff --exit-code: objects differ",
    ),
    (
        EXIT_IO,
        "I/O error reading or writing out/, writing the output of `render`, or reading the legacy directory; diff: git, tar or helm missing or failing",
    ),
    (
        EXIT_UNACCOUNTED,
        "compare: a legacy object is unaccounted for, a difference is unexplained, or the migration table disagrees with the legacy files or the chart",
    ),
    (
        EXIT_UNBUMPED,
        "the chart changed since the newest release record (releases/) without a version bump; run `gen bump`",
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
         `gen diff [--base <rev> | --base-dir <chart> | --live <manifest>] [--env <env>]...` prints, per environment,\n\
         the objects added (+), removed (-) and changed (~, with a unified diff) between the base and the chart gen\n\
         would write now, both rendered by helm template, and a summary naming the workloads whose pods roll.\n\n\
         Exit codes:\n",
        names.join(", ")
    );
    for (code, meaning) in EXIT_CODES {
        text += &format!("  {code}  {meaning}\n");
    }
    text += "\nThe chart version follows from the change: gen compares the chart with the newest record in releases/\n\
             and refuses (exit 6) a change no record names; `gen bump` writes the next record, CHANGELOG.md and the chart.\n\
             \nA failed run leaves out/ as it was; --check, render and compare (without --write) never write.\n\
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
    /// The output directory that holds the chart directory `maily/` and `gitops/`
    /// [default: `out/` at the workspace root].
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// The release records, one `<version>.json` per released chart version;
    /// CHANGELOG.md is written beside this directory [default: `releases/`
    /// at the workspace root].
    #[arg(long)]
    pub releases: Option<PathBuf>,
    #[command(subcommand)]
    /// Another action than writing the chart.
    pub command: Option<Command>,
}

/// Actions other than writing the chart.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Record the next chart version: compare the chart with the newest
    /// release record, write `releases/<version>.json`, CHANGELOG.md and the
    /// chart with that version.
    ///
    /// The level follows from the change (major, minor, patch; see CHANGELOG.md).
    /// Nothing is written when the chart has not changed.
    Bump {
        /// Replace the newest record instead of adding one (it was not released
        /// yet): compare with the record before it.
        #[arg(long)]
        amend: bool,
        /// Bump at least this level (never less than the change requires).
        #[arg(long, value_enum)]
        level: Option<crate::release::Level>,
        /// This exact version (greater than the previous one, and at least the
        /// bump the change requires); with no record yet, the first version.
        #[arg(long)]
        version: Option<semver::Version>,
        /// A changelog line written before the computed ones, `<kind>: <text>`
        /// (kind: added, changed, deprecated, removed, fixed, security; a text
        /// without a kind is `changed`); one line; repeatable.
        #[arg(long = "note")]
        notes: Vec<String>,
        /// As `gen --out`: where the chart is written [default: `out/`].
        #[arg(long)]
        out: Option<PathBuf>,
        /// As `gen --releases` [default: `releases/`].
        #[arg(long)]
        releases: Option<PathBuf>,
    },
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
    /// Show, per environment, the objects added, removed and changed between a
    /// base and the chart gen would write now, and which pods would roll.
    ///
    /// Both sides are rendered with `helm template <release> <chart> -n <namespace>
    /// -f values-<env>.yaml` (helm: $MAILY_HELM, else .tools/bin/helm, else PATH).
    /// Lines `+ Kind name`, `- Kind name`, `~ Kind name` (then a unified diff of the
    /// object as YAML with sorted keys, indented by four spaces), and a summary per
    /// environment: `<env>: A added, R removed, C changed; pods roll: Deployment/x, ...`.
    Diff {
        /// The base: out/maily as committed at this git revision [default: the
        /// merge-base of HEAD with main, else origin/main].
        #[arg(long, conflicts_with_all = ["base_dir", "live"])]
        base: Option<String>,
        /// The base: this chart directory instead of a git revision.
        #[arg(long, conflicts_with = "live")]
        base_dir: Option<PathBuf>,
        /// The base: this manifest, as `helm get manifest` prints it, followed by
        /// `helm get hooks` (the manifest alone has no hooks, which would all show as
        /// added); an empty file: no release yet. Takes exactly one --env.
        #[arg(long)]
        live: Option<PathBuf>,
        /// Only this environment (repeatable) [default: every environment].
        #[arg(long = "env")]
        envs: Vec<String>,
        /// Release name for both renders [default: the environment registry's].
        #[arg(long, value_parser = release_name)]
        release: Option<String>,
        /// Namespace for both renders [default: the environment registry's].
        #[arg(long)]
        namespace: Option<String>,
        /// Exit with 3 when any object differs (as `git diff --exit-code`).
        #[arg(long)]
        exit_code: bool,
    },
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

/// The workspace root (the parent of this crate's directory): where `gen
/// diff` runs git and looks for `.tools/bin/helm`.
pub fn workspace_root() -> PathBuf {
    let crate_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    crate_dir.parent().map_or_else(|| PathBuf::from("."), std::path::Path::to_path_buf)
}

/// `gen diff`: see [`Command::Diff`] and [`crate::diff`].
fn run_diff(
    args: &Args,
    environments: &[Environment],
    defaults: &maily_chart::Values,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> i32 {
    let Some(Command::Diff { base, base_dir, live, envs, release, namespace, exit_code }) = &args.command else {
        unreachable!("run_diff is called for `diff` only");
    };
    for (flag, given) in [("--check", args.check), ("--out", args.out.is_some())] {
        if given {
            let _ = writeln!(stderr, "gen: {flag} does not apply to `diff`, which writes nothing");
            return EXIT_USAGE;
        }
    }
    // Parsing refuses these already; `Args` built in code get the same answer.
    if [base.is_some(), base_dir.is_some(), live.is_some()].iter().filter(|given| **given).count() > 1 {
        let _ = writeln!(stderr, "gen: diff takes one of --base, --base-dir and --live");
        return EXIT_USAGE;
    }
    if live.is_some() && envs.len() != 1 {
        let _ =
            writeln!(stderr, "gen: diff --live compares one environment: give exactly one --env (got {})", envs.len());
        return EXIT_USAGE;
    }
    if let Some(release) = release
        && let Err(message) = release_name(release)
    {
        let _ = writeln!(stderr, "gen: release name {release:?}: {message}");
        return EXIT_USAGE;
    }
    let known: Vec<&str> = environments.iter().map(|e| e.name.as_str()).collect();
    if let Some(unknown) = envs.iter().find(|env| !known.contains(&env.as_str())) {
        let _ = writeln!(stderr, "gen: diff: no environment `{unknown}` (known: {})", known.join(", "));
        return EXIT_INVALID;
    }
    let mut targets = Vec::new();
    for env in environments.iter().filter(|e| envs.is_empty() || envs.contains(&e.name)) {
        let install = env.install.as_ref();
        let (Some(release), Some(namespace)) = (
            release.clone().or_else(|| install.map(|i| i.release.clone())),
            namespace.clone().or_else(|| install.map(|i| i.namespace.clone())),
        ) else {
            let _ = writeln!(
                stderr,
                "gen: diff: environment `{}` has no release or namespace in the environment registry: pass --release and --namespace",
                env.name
            );
            return EXIT_INVALID;
        };
        targets.push(crate::diff::Target { environment: env.name.clone(), release, namespace });
    }
    // The chart gen would write now: at the newest record's version.
    let chart = crate::release::load(&crate::release::default_dir())
        .ok()
        .and_then(|records| records.last().map(crate::ChartRelease::of))
        .unwrap_or_else(crate::ChartRelease::unreleased);
    let files = match crate::generate(environments, defaults, &chart) {
        Ok(files) => files,
        Err(errors) => {
            print_errors(stderr, "gen", &errors);
            let _ = writeln!(stderr, "gen: {} problem(s); nothing to compare", errors.len());
            return EXIT_INVALID;
        }
    };
    let base = match (base, base_dir, live) {
        (_, Some(dir), _) => crate::diff::Base::Dir(dir.clone()),
        (_, _, Some(file)) => crate::diff::Base::Live(file.clone()),
        (revision, None, None) => crate::diff::Base::Revision(revision.clone()),
    };
    match crate::diff::diff(&workspace_root(), &files, &base, &targets) {
        Ok((text, diffs)) => {
            if let Err(e) = stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
                let _ = writeln!(stderr, "gen: writing the diff: {e}");
                return EXIT_IO;
            }
            if *exit_code && diffs.iter().any(|d| !d.changes.is_empty()) { EXIT_STALE } else { EXIT_OK }
        }
        Err(crate::diff::Error::Input(message)) => {
            let _ = writeln!(stderr, "gen: diff: {message}");
            EXIT_INVALID
        }
        Err(crate::diff::Error::Io(message)) => {
            let _ = writeln!(stderr, "gen: diff: {message}");
            EXIT_IO
        }
    }
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
        Some(Command::Diff { .. }) => run_diff(&args, environments, defaults, stdout, stderr),
        Some(Command::Compare { legacy, envs, format, json, write, check }) => {
            for (flag, given) in
                [("--check", args.check), ("--out", args.out.is_some()), ("--releases", args.releases.is_some())]
            {
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
            for (flag, given) in
                [("--check", args.check), ("--out", args.out.is_some()), ("--releases", args.releases.is_some())]
            {
                if given {
                    let _ = writeln!(stderr, "gen: {flag} does not apply to `environments`, which writes nothing");
                    return EXIT_USAGE;
                }
            }
            let mut text = String::new();
            for e in environments {
                let Some(namespace) = e.install.as_ref().map(|i| &i.namespace) else {
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
            for (flag, given) in
                [("--check", args.check), ("--out", args.out.is_some()), ("--releases", args.releases.is_some())]
            {
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
                print_errors(stderr, "gen", &errors);
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
        Some(Command::Bump { amend, level, version, notes, out, releases }) => {
            let bump = Bump { amend: *amend, level: *level, version: version.clone(), notes };
            let target = Target { out: out.as_deref(), releases: releases.as_deref(), environments, defaults };
            bump_chart(&bump, &target, stdout, stderr)
        }
        None => {
            let target =
                Target { out: args.out.as_deref(), releases: args.releases.as_deref(), environments, defaults };
            write_chart(&target, args.check, stdout, stderr)
        }
    }
}

/// What `gen` writes, from what: `--out` and `--releases` as given (`None`:
/// the workspace's `out/` and `releases/`), the environments and defaults.
#[derive(Clone, Copy)]
struct Target<'a> {
    out: Option<&'a std::path::Path>,
    releases: Option<&'a std::path::Path>,
    environments: &'a [Environment],
    defaults: &'a maily_chart::Values,
}

/// `gen` and `gen --check`: see [`Args`]. Refuses a chart that changed
/// since the newest release record ([`EXIT_UNBUMPED`]); else writes (or
/// checks) the chart in `out_arg` (default `out/`), CHANGELOG.md beside the
/// records in `releases_arg` (default `releases/`) and, for the default
/// `out/`, the migration report.
fn write_chart(target: &Target, check: bool, stdout: &mut dyn Write, stderr: &mut dyn Write) -> i32 {
    let Target { out: out_arg, releases: releases_arg, environments, defaults } = *target;
    if !is_workspace(releases_arg, &crate::release::default_dir()) && is_workspace(out_arg, &default_out()) {
        let _ = writeln!(
            stderr,
            "gen: --releases names another directory than the workspace's releases/ while --out (or its default) \
             names the workspace's out/: that would write it from another directory's records; give --out <dir> too"
        );
        return EXIT_USAGE;
    }
    let releases = releases_arg.map_or_else(crate::release::default_dir, std::path::Path::to_path_buf);
    let records = match crate::release::load(&releases) {
        Ok(records) => records,
        Err(e) => {
            let _ = writeln!(stderr, "gen: the release records: {e}");
            return EXIT_IO;
        }
    };
    let newest = records.last().expect("load refuses an empty directory");
    let chart = crate::ChartRelease::of(newest);
    let files = match crate::generate(environments, defaults, &chart) {
        Ok(files) => files,
        Err(errors) => {
            print_errors(stderr, "gen", &errors);
            let _ = writeln!(stderr, "gen: {} problem(s); nothing was written", errors.len());
            return EXIT_INVALID;
        }
    };
    // The version follows from the change: refuse a changed chart that no record names.
    let facts = match crate::release::facts(&files, &chart.version, environments, defaults) {
        Ok(facts) => facts,
        Err(errors) => {
            print_errors(stderr, "gen", &errors);
            return EXIT_INVALID;
        }
    };
    let changes = crate::release::compare(&newest.facts, &facts);
    if let Some(level) = crate::release::required(&changes) {
        let next = semver::Version::parse(&newest.version).map(|v| level.bump(&v).to_string()).unwrap_or_default();
        let _ = writeln!(
            stderr,
            "gen: the chart changed since release {} and needs a {level} version bump (to {next}):",
            newest.version
        );
        for change in &changes {
            let _ =
                writeln!(stderr, "  {:<5}  {}: {}", change.level.to_string(), change.kind.as_str(), change.description);
        }
        let _ = writeln!(
            stderr,
            "gen: run `cargo run --bin gen -- bump` to record {next} (or `bump --amend` to fold the change into {}, \
             if {} was never released); nothing was written",
            newest.version, newest.version
        );
        return EXIT_UNBUMPED;
    }
    let changelog = changelog_path(&releases);
    let changelog_text = crate::release::changelog(&records);
    // Shown as `CHANGELOG.md` for the workspace's own, else as given.
    let changelog_shown = if releases_arg.is_none() {
        crate::release::CHANGELOG_PATH.to_string()
    } else {
        changelog.display().to_string()
    };
    let out = out_arg.map_or_else(default_out, std::path::Path::to_path_buf);
    // Paths are shown as `out/...` for the default, else below the given directory.
    let shown = if out_arg.is_none() { PathBuf::from("out") } else { out.clone() };
    let show = |path: &str| shown.join(path).display().to_string();
    let label = shown.display().to_string();
    // Checked now; written last, after the files beside it (which are put back if it fails).
    let checked = if check { Some(output::check_as(&out, label.trim_matches('/'), &files)) } else { None };
    if let Some(Err(e)) = &checked {
        let _ = writeln!(stderr, "gen: {}: {e}", out.display());
        return EXIT_IO;
    }
    // The migration report, beside out/ (only for the workspace's own out/).
    let migration = if out_arg.is_none() { default_migration_report(environments, &files) } else { None };
    if out_arg.is_none() && migration.is_none() {
        let _ = writeln!(
            stderr,
            "gen: {} not {}: no legacy manifests at {}",
            crate::compare::REPORT_PATH,
            if check { "checked" } else { "written" },
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
    if let Some(Ok(report)) = &checked {
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
        match output::file_diff(&changelog, &changelog_text) {
            Ok(None) => {
                let _ = writeln!(stdout, "Fresh    {changelog_shown}");
            }
            Ok(Some(diff)) => {
                let _ = write!(stdout, "{diff}");
                let _ = writeln!(stdout, "Stale    {changelog_shown}");
                report_stale = true;
            }
            Err(e) => {
                let _ = writeln!(stderr, "gen: {}: {e}", changelog.display());
                return EXIT_IO;
            }
        }
        if report.needs_regeneration() || report_stale {
            let fix = match out_arg {
                None => "cargo run --bin gen".to_string(),
                Some(dir) => format!("cargo run --bin gen -- --out {}", dir.display()),
            };
            let _ = writeln!(stdout, "{} is out of date: run `{fix}`", shown.display());
            return EXIT_STALE;
        }
    } else {
        let backup = [saved(&report_path), saved(&changelog)];
        if let Some(Migration::Computed(markdown, key)) = &migration {
            match output::file_diff(&report_path, markdown) {
                Ok(None) => stamp_report(key, markdown),
                Ok(Some(_)) => {
                    if let Err(e) = output::write_file(&report_path, markdown) {
                        put_back(&backup, stderr);
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
        match write_if_changed(&changelog, &changelog_text) {
            Ok(true) => {
                let _ = writeln!(stdout, "updated  {changelog_shown}");
            }
            Ok(false) => {}
            Err(e) => {
                put_back(&backup, stderr);
                let _ = writeln!(stderr, "gen: writing {}: {e}; nothing was written", changelog.display());
                return EXIT_IO;
            }
        }
        let report = match output::write(&out, &files) {
            Ok(report) => report,
            Err(e) => {
                put_back(&backup, stderr);
                let _ = writeln!(stderr, "gen: {}: {e}; nothing was written", out.display());
                return EXIT_IO;
            }
        };
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

/// CHANGELOG.md beside the records directory `releases`.
fn changelog_path(releases: &std::path::Path) -> PathBuf {
    let parent = releases.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(std::path::Path::new("."));
    parent.join(crate::release::CHANGELOG_PATH)
}

/// Writes `text` to `path` unless it already holds it; whether it wrote.
fn write_if_changed(path: &std::path::Path, text: &str) -> std::io::Result<bool> {
    if output::file_diff(path, text)?.is_none() {
        return Ok(false);
    }
    output::write_file(path, text)?;
    Ok(true)
}

/// Whether `dir` exists and holds a `.json` file (a record, or what should be one).
fn holds_records(dir: &std::path::Path) -> bool {
    std::fs::read_dir(dir)
        .is_ok_and(|mut entries| entries.any(|e| e.is_ok_and(|e| e.path().extension().is_some_and(|x| x == "json"))))
}

/// What `gen bump` was asked for.
struct Bump<'a> {
    amend: bool,
    level: Option<crate::release::Level>,
    version: Option<semver::Version>,
    notes: &'a [String],
}

/// Prints each of `errors` as `<prefix>: <error>`.
fn print_errors(stderr: &mut dyn Write, prefix: &str, errors: &[String]) {
    for e in errors {
        let _ = writeln!(stderr, "{prefix}: {e}");
    }
}

/// `version` without its pre-release and build metadata.
fn release_part(version: &semver::Version) -> semver::Version {
    semver::Version::new(version.major, version.minor, version.patch)
}

/// `gen bump`: see [`Command::Bump`]. Writes the record (replacing or
/// removing the amended one), then the chart, CHANGELOG.md and the
/// migration report as `gen` does; when that fails, the records are put
/// back as they were.
fn bump_chart(bump: &Bump, target: &Target, stdout: &mut dyn Write, stderr: &mut dyn Write) -> i32 {
    use crate::release::{self, Level, Record};
    let Target { out, releases: releases_arg, environments, defaults } = *target;
    let out_is_workspace = is_workspace(out, &default_out());
    if out_is_workspace != is_workspace(releases_arg, &release::default_dir()) {
        let _ = writeln!(
            stderr,
            "gen bump: {}; give both --out <dir> and --releases <dir> outside the workspace, or neither",
            if !out_is_workspace {
                "--out names another directory than the workspace's out/ while --releases (or its default) names the \
                 workspace's releases/: that would record a version there for a chart written elsewhere"
            } else {
                "--releases names another directory than the workspace's releases/ while --out (or its default) names \
                 the workspace's out/: that would write it from another directory's records"
            }
        );
        return EXIT_USAGE;
    }
    let notes = match bump.notes.iter().map(|n| release::note_entry(n)).collect::<Result<Vec<_>, _>>() {
        Ok(notes) => notes,
        Err(e) => {
            let _ = writeln!(stderr, "gen bump: {e}");
            return EXIT_USAGE;
        }
    };
    if let Some(v) = bump.version.as_ref().filter(|v| !v.build.is_empty()) {
        let _ = writeln!(
            stderr,
            "gen bump: --version {v}: build metadata (`+{}`) makes no chart version of its own (SemVer ignores it when \
             versions are compared, and OCI tags cannot hold `+`); give the version without it",
            v.build
        );
        return EXIT_USAGE;
    }
    let releases = releases_arg.map_or_else(release::default_dir, std::path::Path::to_path_buf);
    let mut records = match release::load(&releases) {
        Ok(records) => records,
        // The first record: only with an explicit version, into a directory without records.
        Err(_) if bump.version.is_some() && !bump.amend && !holds_records(&releases) => Vec::new(),
        Err(e) => {
            let _ = writeln!(stderr, "gen bump: the release records: {e}");
            return EXIT_IO;
        }
    };
    let amended = if bump.amend { records.pop() } else { None };
    if bump.amend && amended.is_none() {
        let _ = writeln!(stderr, "gen bump --amend: no record to amend in {}", releases.display());
        return EXIT_INVALID;
    }
    let base = records.last();
    let provisional = base.map_or_else(crate::ChartRelease::unreleased, crate::ChartRelease::of);
    let files = match crate::generate(environments, defaults, &provisional) {
        Ok(files) => files,
        Err(errors) => {
            print_errors(stderr, "gen bump", &errors);
            let _ = writeln!(stderr, "gen bump: {} problem(s); nothing was written", errors.len());
            return EXIT_INVALID;
        }
    };
    let facts = match release::facts(&files, &provisional.version, environments, defaults) {
        Ok(facts) => facts,
        Err(errors) => {
            print_errors(stderr, "gen bump", &errors);
            return EXIT_INVALID;
        }
    };
    let changes = base.map(|b| release::compare(&b.facts, &facts)).unwrap_or_default();
    // The amended record's notes stay, then the new ones (`release::entries` keeps each once).
    let mut all_notes = amended.as_ref().map(|a| release::notes_of(a, &records)).unwrap_or_default();
    all_notes.extend(notes.iter().cloned());
    // An amended record stays unless it only recorded a change that is now undone: it stays when it
    // was made on purpose (--level, --version), or never recorded a change of content.
    let amended_stays = match (&amended, base) {
        (Some(a), Some(b)) => a.pinned || release::compare(&b.facts, &a.facts).is_empty(),
        _ => false,
    };
    let amended_version = amended.as_ref().and_then(|a| semver::Version::parse(&a.version).ok());
    let (version, level) = match base {
        None => match bump.version.clone().or(amended_version) {
            Some(v) => (v, None),
            None => {
                let _ = writeln!(stderr, "gen bump: no release record yet: give the first version with --version");
                return EXIT_INVALID;
            }
        },
        Some(base) => {
            let Ok(previous) = semver::Version::parse(&base.version) else {
                let _ = writeln!(stderr, "gen bump: release {:?}: not a SemVer version", base.version);
                return EXIT_IO;
            };
            let wanted = release::required(&changes)
                .max(bump.level)
                .or(bump.version.as_ref().map(|v| Level::of_step(&previous, v)))
                // An amended record stays when new notes are given, or when it never recorded a change
                // of content (a version of its own, made with --level or --version).
                .or(amended_version
                    .as_ref()
                    .filter(|_| !notes.is_empty() || amended_stays)
                    .map(|v| Level::of_step(&previous, v)));
            let Some(wanted) = wanted else {
                return match &amended {
                    // The change it recorded was undone: the amended record goes.
                    Some(old) => undo_record(old, &records, &releases, target, stdout, stderr),
                    None if !notes.is_empty() => {
                        let _ = writeln!(
                            stderr,
                            "gen bump: the chart has not changed since release {}: a --note alone makes no version; \
                             add --level patch to release one with it, or --amend to add it to {}",
                            base.version, base.version
                        );
                        EXIT_USAGE
                    }
                    None => {
                        let promote = if previous.pre.is_empty() {
                            String::new()
                        } else {
                            format!(" (to release it as {}: `gen bump --level patch`)", release_part(&previous))
                        };
                        let _ = writeln!(
                            stdout,
                            "gen bump: the chart has not changed since release {}; nothing to bump{promote}",
                            base.version
                        );
                        EXIT_OK
                    }
                };
            };
            let least = wanted.bump(&previous);
            // A version is enough when it follows the previous one and its release part is at least
            // the bump's (a pre-release of that version included).
            let enough = |v: &semver::Version| *v > previous && release_part(v) >= least;
            let version = match &bump.version {
                Some(v) if *v <= previous => {
                    let _ = writeln!(stderr, "gen bump: --version {v} is not greater than release {previous}");
                    return EXIT_INVALID;
                }
                Some(v) if !enough(v) => {
                    let by = match bump.level {
                        Some(l) if Some(l) > release::required(&changes) => "--level asks for",
                        _ if release::required(&changes).is_none() => "--version's own step asks for",
                        _ => "the change requires",
                    };
                    let _ = writeln!(
                        stderr,
                        "gen bump: --version {v} is less than {least}, the {wanted} bump of {previous} that {by} \
                         (a pre-release of {least} or later would do)"
                    );
                    return EXIT_INVALID;
                }
                Some(v) => v.clone(),
                // An amended version stays while it is enough; an amended pre-release stays a
                // pre-release (of the version the change now requires).
                None => match amended_version {
                    Some(v) if enough(&v) => v,
                    Some(v) if !v.pre.is_empty() => semver::Version { pre: v.pre, ..least },
                    _ => least,
                },
            };
            // The level is counted from the newest final release (a pre-release's own steps are not bumps).
            let final_release = records
                .iter()
                .rev()
                .filter_map(|r| semver::Version::parse(&r.version).ok())
                .find(|v| v.pre.is_empty())
                .unwrap_or(previous);
            (version.clone(), Some(Level::of_step(&final_release, &version)))
        }
    };
    // A final version after pre-releases lists what changed since the newest final release: the
    // pre-releases' notes, then the comparison with that release (not only with the last pre-release).
    let version_text = version.to_string();
    let (changes, all_notes) = match release::comparison_base(&version_text, &records) {
        Some(final_base) if base.is_some_and(|b| b.version != final_base.version) => {
            let since: Vec<usize> =
                (0..records.len()).skip_while(|&i| records[i].version != final_base.version).skip(1).collect();
            let mut notes: Vec<release::Entry> =
                since.iter().flat_map(|&i| release::notes_of(&records[i], &records[..i])).collect();
            notes.extend(all_notes);
            (release::compare(&final_base.facts, &facts), notes)
        }
        _ => (changes, all_notes),
    };
    let record = Record {
        version: version_text,
        level,
        date: release::today(),
        changes: release::entries(&changes, &all_notes),
        facts,
        pinned: bump.level.is_some() || bump.version.is_some() || amended.as_ref().is_some_and(|a| a.pinned),
    };
    let path = releases.join(format!("{version}.json"));
    let replaced = amended.as_ref().map(|old| releases.join(format!("{}.json", old.version)));
    let restore: Vec<(PathBuf, Option<Vec<u8>>)> =
        [Some(path.clone()), replaced.clone()].into_iter().flatten().map(|p| saved(&p)).collect();
    let written = std::fs::create_dir_all(&releases)
        .and_then(|()| output::write_file(&path, &release::record_text(&record)))
        .and_then(|()| match &replaced {
            Some(old) if *old != path => std::fs::remove_file(old),
            _ => Ok(()),
        });
    if let Err(e) = written {
        put_back(&restore, stderr);
        let _ = writeln!(stderr, "gen bump: writing {}: {e}; the records are as they were", path.display());
        return EXIT_IO;
    }
    let from = base.map_or_else(|| "nothing".to_string(), |b| b.version.clone());
    let how = level.map_or_else(|| "first record".to_string(), |l| l.to_string());
    let _ =
        writeln!(stdout, "gen bump: {from} -> {version} ({how}){}", if amended.is_some() { ", amended" } else { "" });
    for entry in &record.changes {
        let _ = writeln!(stdout, "  {}: {}", entry.kind, entry.description);
    }
    let code = write_chart(target, false, stdout, stderr);
    if code != EXIT_OK {
        put_back(&restore, stderr);
        let _ = writeln!(stderr, "gen bump: the chart was not written; the records are as they were");
        return code;
    }
    let _ = writeln!(stdout, "wrote {}", path.display());
    EXIT_OK
}

/// Whether `given` (`None`: the default) is the workspace's own `default`
/// directory (compared as absolute paths, symbolic links resolved where the
/// path exists).
fn is_workspace(given: Option<&std::path::Path>, default: &std::path::Path) -> bool {
    let resolved = |p: &std::path::Path| {
        let absolute = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
        absolute.canonicalize().unwrap_or(absolute)
    };
    given.is_none_or(|p| resolved(p) == resolved(default))
}

/// `path` and its bytes now (`None`: absent or unreadable), for [`put_back`].
/// Bytes, never parsed: no line-ending normaliser applies.
fn saved(path: &std::path::Path) -> (PathBuf, Option<Vec<u8>>) {
    (path.to_path_buf(), std::fs::read(path).ok())
}

/// Puts each file of `saved` back as it was (`None`: absent).
fn put_back(saved: &[(PathBuf, Option<Vec<u8>>)], stderr: &mut dyn Write) {
    for (path, bytes) in saved {
        let result = match bytes {
            Some(bytes) => std::fs::write(path, bytes),
            // Absent before (or not a file, which nothing here writes over): remove what a run made.
            None if path.is_file() => std::fs::remove_file(path),
            None => Ok(()),
        };
        if let Err(e) = result {
            let _ = writeln!(stderr, "gen: putting back {}: {e}", path.display());
        }
    }
}

/// `gen bump --amend` when the chart equals the record before the amended
/// one again: removes the amended record and writes the chart at `base`'s
/// version.
fn undo_record(
    old: &crate::release::Record,
    before: &[crate::release::Record],
    releases: &std::path::Path,
    target: &Target,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> i32 {
    let base = before.last().expect("an amended record that is undone has one before it");
    let path = releases.join(format!("{}.json", old.version));
    let backup = [saved(&path)];
    if let Err(e) = std::fs::remove_file(&path) {
        let _ = writeln!(stderr, "gen bump --amend: removing {}: {e}", path.display());
        return EXIT_IO;
    }
    let _ = writeln!(
        stdout,
        "gen bump --amend: the chart equals release {} again: removed {} (unreleased)",
        base.version,
        path.display()
    );
    for note in crate::release::notes_of(old, before) {
        let _ = writeln!(stdout, "  its note, gone with it: {}: {}", note.kind, note.description);
    }
    let code = write_chart(target, false, stdout, stderr);
    if code != EXIT_OK {
        put_back(&backup, stderr);
        let _ = writeln!(stderr, "gen bump --amend: the chart was not written; {} is back", path.display());
    }
    code
}
