//! What the `gen` tests share: a temporary directory and the in-process
//! command line.

use std::ffi::OsString;
use std::fs;
use std::path::PathBuf;

use maily_chart_gen::Environment;
use maily_chart_gen::cli;

/// A fresh, empty directory under the system temporary directory, removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    /// `<tmp>/maily-gen-<label>-<pid>-<n>`, empty.
    pub fn new(label: &str) -> Self {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let path = std::env::temp_dir().join(format!(
            "maily-gen-{label}-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = fs::remove_dir_all(&path);
        fs::create_dir_all(&path).expect("temp dir is writable");
        Self(path)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// What a run of `gen` gave: its exit code and its output.
pub struct Outcome {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Outcome {
    /// From a finished process.
    #[allow(dead_code)] // versioning.rs runs gen in process only
    pub fn of(output: std::process::Output) -> Self {
        Outcome {
            code: output.status.code().expect("gen exits, not killed"),
            stdout: String::from_utf8(output.stdout).expect("UTF-8"),
            stderr: String::from_utf8(output.stderr).expect("UTF-8"),
        }
    }
}

/// `gen <args>` in process (`cli::run_argv`) over `environments` and `defaults`.
pub fn run_in_process(args: &[&str], environments: &[Environment], defaults: &maily_chart::Values) -> Outcome {
    let argv: Vec<OsString> = std::iter::once("gen").chain(args.iter().copied()).map(OsString::from).collect();
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let code = cli::run_argv(argv, environments, defaults, &mut stdout, &mut stderr);
    Outcome {
        code,
        stdout: String::from_utf8(stdout).expect("UTF-8"),
        stderr: String::from_utf8(stderr).expect("UTF-8"),
    }
}
