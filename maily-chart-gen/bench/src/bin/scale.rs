//! `scale`: the benchmark-only synthetic chart (see `maily_chart_bench`).
//!
//! - `scale --copies N --out DIR`: writes `DIR/scale` (the symbolic render
//!   and the files, as `gen` does for the real chart) and prints one JSON
//!   line: copies, templates, files, bytes;
//! - `scale --copies N --render [--release R] [--namespace NS]`: prints the
//!   concrete render (what `helm template R DIR/scale -n NS` must print), one
//!   JSON object per line.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use maily_chart_bench::{Scale, render, write_chart};
use maily_chart_engine::Release;

const USAGE: &str = "usage: scale --copies N (--out DIR | --render [--release R] [--namespace NS])";

fn main() -> ExitCode {
    let mut copies = None;
    let mut out = None;
    let mut concrete = false;
    let mut release = Release::default();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{arg} needs a value"));
        let parsed: Result<(), String> = match arg.as_str() {
            "--copies" => value().and_then(|v| v.parse().map_err(|e| format!("--copies {v}: {e}"))).map(|n| {
                copies = Some(n);
            }),
            "--out" => value().map(|v| out = Some(PathBuf::from(v))),
            "--render" => {
                concrete = true;
                Ok(())
            }
            "--release" => value().map(|v| release.name = v),
            "--namespace" => value().map(|v| release.namespace = v),
            _ => Err(format!("unknown argument {arg}")),
        };
        if let Err(e) = parsed {
            eprintln!("scale: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    }
    let Some(copies) = copies.filter(|n| (1..=9999).contains(n)) else {
        eprintln!("scale: --copies between 1 and 9999 is required\n{USAGE}");
        return ExitCode::from(2);
    };
    let mut stdout = std::io::stdout().lock();
    if concrete {
        match render(&Scale::new(copies), &release) {
            Ok(manifests) => {
                for m in manifests {
                    writeln!(stdout, "{}", m.object).expect("stdout");
                }
                ExitCode::SUCCESS
            }
            Err(errors) => {
                eprintln!("scale: {}", errors.join("\n"));
                ExitCode::from(1)
            }
        }
    } else {
        let Some(out) = out else {
            eprintln!("scale: --out or --render\n{USAGE}");
            return ExitCode::from(2);
        };
        match write_chart(&out, copies) {
            Ok(written) => {
                writeln!(stdout, "{}", serde_json::to_string(&written).expect("serializes")).expect("stdout");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("scale: {}: {e}", out.display());
                ExitCode::from(4)
            }
        }
    }
}
