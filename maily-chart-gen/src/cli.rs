//! The `gen` command line (clap).
//!
//! - `gen`: writes `out/maily` and prints what changed.
//! - `gen --check`: writes nothing; one status word per file, unified diffs
//!   of stale files, a summary; exit code 2 when regeneration is needed.
//! - `gen render --env <name> [--release R] [--namespace N]`: prints the
//!   typed render of an environment as multi-document YAML, exactly what
//!   `helm template R out/maily -n N -f out/maily/values-<name>.yaml` must
//!   produce (`--env default`: values.yaml alone).

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand};
use maily_chart::Release;

use crate::output::{self, Status};
use crate::{DEFAULTS, Environment};

/// Exit code: `out/` needs regeneration (`--check`).
pub const EXIT_STALE: i32 = 2;
/// Exit code: invalid input or an I/O error.
pub const EXIT_ERROR: i32 = 1;

/// Generates the Maily Helm chart from the typed Rust model.
#[derive(Debug, Parser)]
#[command(name = "gen", version, about)]
pub struct Args {
    /// Write nothing; report stale, missing and orphan files and exit with 2 if any.
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
    Render {
        /// Environment name, or `default` for values.yaml alone.
        #[arg(long)]
        env: String,
        /// Release name (as `helm template <release>`).
        #[arg(long, default_value = "release-name")]
        release: String,
        /// Release namespace (as `helm template -n`).
        #[arg(long, default_value = "default")]
        namespace: String,
    },
}

/// `out/` at the workspace root, wherever `gen` is run from.
pub fn default_out() -> PathBuf {
    let crate_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    crate_dir.parent().map_or_else(|| PathBuf::from("out"), |root| root.join("out"))
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
        Some(Command::Render { env, release, namespace }) => {
            let values = if env == DEFAULTS {
                Some(defaults.clone())
            } else {
                environments.iter().find(|e| e.name == *env).map(|e| e.values.clone())
            };
            let Some(values) = values else {
                let known: Vec<&str> = environments.iter().map(|e| e.name.as_str()).collect();
                let _ = writeln!(stderr, "gen: no environment `{env}` (known: {}, or `{DEFAULTS}`)", known.join(", "));
                return EXIT_ERROR;
            };
            // Helm refuses these names (at most 53 characters, DNS-1123
            // subdomain); a render for them would promise what helm never prints.
            if release.len() > 53 || !maily_chart::rules::DNS1123_SUBDOMAIN.accepts(release) {
                let _ = writeln!(
                    stderr,
                    "gen: release name {release:?} is refused by Helm: at most 53 characters, lowercase letters, digits, `-` and `.`"
                );
                return EXIT_ERROR;
            }
            if let Err(errors) = maily_chart::validate::validate(env, &values) {
                for e in errors {
                    let _ = writeln!(stderr, "gen: {e}");
                }
                return EXIT_ERROR;
            }
            match maily_chart::render::render(&values, &Release::new(release, namespace)) {
                Ok(manifests) => {
                    let _ = write!(stdout, "{}", crate::manifests_yaml(&manifests));
                    0
                }
                Err(errors) => {
                    for e in errors {
                        let _ = writeln!(stderr, "gen: environment `{env}`: {e}");
                    }
                    EXIT_ERROR
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
                    return EXIT_ERROR;
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
                    return EXIT_ERROR;
                }
            };
            if args.check {
                for (path, status) in &report.files {
                    let _ = writeln!(stdout, "{:<8} {}", format!("{status:?}"), show(path));
                }
                for diff in report.diffs.values() {
                    let _ = write!(stdout, "{diff}");
                }
                let _ = writeln!(stdout, "{}", report.summary());
                if report.needs_regeneration() {
                    let fix = match &args.out {
                        None => "cargo run --bin gen".to_string(),
                        Some(dir) => format!("cargo run --bin gen -- --out {}", dir.display()),
                    };
                    let _ = writeln!(stdout, "{} is out of date: run `{fix}`", shown.display());
                    return EXIT_STALE;
                }
            } else {
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
            0
        }
    }
}
