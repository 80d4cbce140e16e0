//! Line endings never change the chart. A Windows checkout (CRLF), or one
//! stray CR, in a file the build reads (`environments/agents.json`, whose
//! sha256 is the AI service's `checksum/config` pod annotation) gives
//! byte-identical generated files, because every file input goes through
//! `maily_environments::text_file` (`include_text!`). `.gitattributes` keeps
//! the checkout itself LF.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::Command;

use maily_chart_gen::Environment;
use maily_chart_tests::*;

/// The agents config as checked in (LF).
fn agents_json() -> String {
    fs::read_to_string(workspace_root().join("environments/agents.json")).expect("environments/agents.json")
}

/// `generate()` over the real environments and defaults, with every agents
/// config that came from agents.json replaced by `config`.
fn generate_with_agents_config(config: &str) -> BTreeMap<String, String> {
    let original = maily_environments::defaults::agents_config();
    let replace = |values: &mut maily_chart::Values| {
        if values.ai_service.agents_config == original {
            values.ai_service.agents_config = config.to_string();
        }
    };
    let mut defaults = defaults();
    replace(&mut defaults);
    let environments: Vec<Environment> = environments()
        .into_iter()
        .map(|mut e| {
            replace(&mut e.values);
            e
        })
        .collect();
    maily_chart_gen::generate(&environments, &defaults).expect("valid")
}

/// The files that differ between two file maps.
fn differing(a: &BTreeMap<String, String>, b: &BTreeMap<String, String>) -> Vec<String> {
    let keys: std::collections::BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    keys.into_iter().filter(|k| a.get(*k) != b.get(*k)).cloned().collect()
}

#[test]
fn the_checked_in_agents_config_has_lf_line_ends() {
    let text = agents_json();
    assert!(!text.contains('\r'), "environments/agents.json has a CR: see .gitattributes");
    assert_eq!(maily_environments::defaults::agents_config(), text);
}

#[test]
fn crlf_or_a_stray_cr_in_agents_json_gives_byte_identical_output() {
    let lf = agents_json();
    let expected = maily_chart_gen::generate(&environments(), &defaults()).expect("the environments are valid");
    assert_eq!(generate_with_agents_config(&lf), expected, "the harness changes nothing by itself");

    let crlf = lf.replace('\n', "\r\n");
    let one_cr = lf.replacen('\n', "\r\n", 1);
    let old_mac = lf.replace('\n', "\r");
    let bom = format!("\u{feff}{crlf}");
    // Unnormalised, a CR changes the config checksum, so the test can fail.
    let raw = generate_with_agents_config(&one_cr);
    assert!(
        differing(&expected, &raw).iter().any(|p| p.starts_with("maily/values")),
        "a raw CR should show in the values files"
    );
    for (what, text) in [("CRLF", &crlf), ("one CRLF", &one_cr), ("CR only", &old_mac), ("BOM and CRLF", &bom)] {
        let normalised = maily_environments::text_file(text);
        let files = generate_with_agents_config(&normalised);
        assert!(files == expected, "{what} in agents.json changes {:?}", differing(&expected, &files));
        assert_eq!(normalised, lf, "{what}");
    }
}

#[test]
fn the_checksum_of_a_crlf_agents_config_is_the_lf_checksum() {
    let lf = agents_json();
    let release = "maily";
    let render = |config: &str| {
        let mut values = values_of("production");
        values.ai_service.agents_config = config.to_string();
        render_objects(&values, release, "default")
    };
    let annotation = |objects: &[serde_json::Value]| {
        objects
            .iter()
            .find(|o| o["kind"] == "Deployment" && o["metadata"]["name"] == "maily-ai-service")
            .and_then(|d| d.pointer("/spec/template/metadata/annotations/checksum~1config").cloned())
            .expect("the AI service pods carry checksum/config")
    };
    let expected = annotation(&render(&lf));
    assert_ne!(annotation(&render(&lf.replace('\n', "\r\n"))), expected, "the checksum sees a raw CR");
    assert_eq!(annotation(&render(&maily_environments::text_file(&lf.replace('\n', "\r\n")))), expected);
}

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
                "maily-chart-gen/src/output.rs" => {
                    code.contains("fs::read(out.join(path))") || code.contains("fs::read(path)")
                }
                "maily-chart-gen/src/compare/read.rs" => code.contains("fs::read(dir.join(&rel))"),
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
