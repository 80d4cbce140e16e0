//! Line endings never change the chart. The build reads no data file today
//! (the AI service's configuration, whose sha256 is a pod annotation, is
//! typed Rust rendered to JSON); any file input must go through
//! `maily_environments::text_file` (`include_text!`), so that a Windows
//! checkout (CRLF), or one stray CR, gives byte-identical generated files.
//! `.gitattributes` keeps the checkout itself LF.

use std::fs;
use std::path::Path;
use std::process::Command;

use maily_chart_tests::*;

#[test]
fn the_normaliser_turns_every_line_end_into_lf_and_keeps_the_rest() {
    let text_file = maily_environments::text_file;
    assert_eq!(text_file("a\r\nb\rc\nd\r\n\r\ne\r"), "a\nb\nc\nd\n\ne\n");
    assert_eq!(text_file("\r\r\n\n"), "\n\n\n", "CR, CRLF, LF: three line ends");
    assert_eq!(text_file("\u{feff}{\"a\": 1}\r\n"), "{\"a\": 1}\n", "a leading BOM is dropped");
    assert_eq!(text_file("x\u{feff}y"), "x\u{feff}y", "only a leading BOM");
    assert_eq!(text_file("tab\there, \"quotes\", é, \\r literal\n"), "tab\there, \"quotes\", é, \\r literal\n");
    assert_eq!(text_file(""), "");
}

/// Every file the build reads goes through `include_text!`: no
/// `include_str!`, `include_bytes!` or file reads in the library sources,
/// except `output.rs`, which compares out/ and the migration report byte for
/// byte on purpose (a CRLF file in out/ is not what gen writes, so it is
/// stale), and `compare/read.rs`, whose legacy files go through the same
/// normaliser (`text_file`) before they are parsed.
#[test]
fn every_file_input_goes_through_the_normaliser() {
    let root = workspace_root();
    let mut sources = Vec::new();
    for dir in ["maily-chart/src", "maily-chart/derive/src", "maily-chart-gen/src", "environments"] {
        collect_rs(&root.join(dir), &mut sources);
    }
    assert!(sources.len() > 20, "found the sources: {sources:?}");
    let mut offenders = Vec::new();
    for path in &sources {
        let rel = path.strip_prefix(&root).expect("below root").to_string_lossy().replace('\\', "/");
        let text = fs::read_to_string(path).expect("source");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            let allowed = match rel.as_str() {
                "environments/lib.rs" => code.contains("include_str!($path)"),
                // The build script looks for `pub const NAMESPACE: &str` and
                // `pub fn gitops() -> GitOps` in each environment file: a
                // substring search that a CR cannot change.
                "environments/build.rs" => {
                    code.contains(".map(|name| fs::read_to_string(dir.join(format!(\"{name}.rs\")))")
                }
                "maily-chart-gen/src/output.rs" => {
                    code.contains("fs::read(out.join(path))") || code.contains("fs::read(path)")
                }
                "maily-chart-gen/src/compare/read.rs" => code.contains("fs::read(dir.join(&rel))"),
                // `gen diff --live`: the manifest goes through `text_file` before it is parsed.
                "maily-chart-gen/src/diff.rs" => code.contains("std::fs::read(live)"),
                // A release record is JSON: a CR falls between tokens, where
                // JSON takes it as whitespace (strings escape their own).
                "maily-chart-gen/src/release.rs" => code.contains("std::fs::read_to_string(&path)"),
                // Hashed, never printed: a CR only makes gen compare the
                // legacy manifests again (the migration report's inputs key).
                "maily-chart/src/migration.rs" => code.contains("pub const SOURCE_TEXT"),
                "maily-chart-gen/src/compare/mod.rs" => code.contains("const CODE_TEXT"),
                "maily-chart-gen/src/cli.rs" => {
                    code.contains("read_to_string(stamp)")
                        || code.contains("std::fs::read(default_report())")
                        // Bytes kept to put a file back after a failed write, never parsed.
                        || code.contains("std::fs::read(path).ok()")
                }
                _ => false,
            };
            if !allowed
                && ["include_str!", "include_bytes!", "read_to_string", "fs::read("].iter().any(|w| code.contains(w))
            {
                offenders.push(format!("{rel}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    assert!(offenders.is_empty(), "read files with include_text! (environments/lib.rs):\n{}", offenders.join("\n"));
}

fn collect_rs(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("readable") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            collect_rs(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `.gitattributes` makes every tracked text file LF in the index and in
/// every checkout (Windows included), so `gen --check` compares out/ with
/// what gen writes, byte for byte.
#[test]
fn git_stores_and_checks_out_every_text_file_with_lf() {
    let output = Command::new("git")
        .args(["ls-files", "--eol", "-z"])
        .current_dir(workspace_root())
        .output()
        .expect("git runs (the tests run in a git checkout)");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let listing = String::from_utf8(output.stdout).expect("UTF-8");
    let mut problems = Vec::new();
    let mut count = 0;
    for entry in listing.split('\0').filter(|e| !e.is_empty()) {
        count += 1;
        // "i/lf    w/lf    attr/text=auto eol=lf \tpath"
        let (info, path) = entry.split_once('\t').expect("ls-files --eol format");
        let fields: Vec<&str> = info.split_whitespace().collect();
        let index = fields[0];
        let attr = info[info.find("attr/").expect("attr field")..].trim_end();
        let binary = attr.contains("-text") || attr.contains("binary");
        let lf = matches!(index, "i/lf" | "i/none") && attr.contains("eol=lf");
        if !(binary || lf) {
            problems.push(format!("{path}: {info}"));
        }
    }
    assert!(count > 50, "git lists the tracked files ({count})");
    assert!(problems.is_empty(), "text files not stored and checked out as LF:\n{}", problems.join("\n"));
}
