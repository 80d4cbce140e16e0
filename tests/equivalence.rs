//! The heart of the product: `helm template` of the generated chart prints,
//! object by object and field by field, what the typed Rust render produces.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use clap::Parser;
use maily_chart::Values;
use maily_chart_gen::cli::{self, Args};
use maily_chart_tests::*;
use serde_json::Value;

const OTHER_RELEASE: &str = "maily-eu";
const OTHER_NAMESPACE: &str = "tenant-a";

/// Helm template of environment `name` (values.yaml alone for `default`)
/// equals the Rust render, for the default release and for another one.
fn assert_environment_matches_helm(name: &str) {
    let values = values_of(name);
    let files: Vec<PathBuf> = values_files_of(name);
    let files: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    for (release, namespace) in [("release-name", "default"), (OTHER_RELEASE, OTHER_NAMESPACE)] {
        let helm = helm_template(release, namespace, &files, &[])
            .unwrap_or_else(|e| panic!("helm template of `{name}` failed: {e}"));
        let rust = render_objects(&values, release, namespace);
        if let Err(report) = compare_objects(&helm, &rust) {
            panic!("environment `{name}`, release {release} in {namespace}:\n{report}");
        }
        for object in &helm {
            assert_eq!(
                object.pointer("/metadata/namespace").and_then(Value::as_str),
                Some(namespace),
                "{:?} is not in the release namespace",
                key_of(object)
            );
            assert_eq!(
                object.pointer("/metadata/labels/app.kubernetes.io~1instance").and_then(Value::as_str),
                Some(release),
                "{:?} does not carry the release name",
                key_of(object)
            );
        }
    }
}

#[test]
fn production_renders_the_same_objects_as_helm() {
    assert_environment_matches_helm("production");
}

#[test]
fn staging_renders_the_same_objects_as_helm() {
    assert_environment_matches_helm("staging");
}

#[test]
fn development_renders_the_same_objects_as_helm() {
    assert_environment_matches_helm("development");
}

#[test]
fn the_defaults_alone_render_the_same_objects_as_helm() {
    assert_environment_matches_helm(DEFAULTS);
}

#[test]
fn every_environment_in_the_registry_renders_the_same_objects_as_helm() {
    let environments = maily_chart_gen::environments();
    assert!(environments.len() >= 3, "development, staging and production at least");
    for env in environments {
        assert_environment_matches_helm(&env.name);
    }
}

#[test]
fn the_environments_differ_from_each_other_in_what_helm_renders() {
    // Guards against a values file that silently does nothing.
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for (name, _) in all_environments() {
        let files = values_files_of(&name);
        let files: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
        let text = helm_template_text("release-name", "default", &files, &[]).expect("helm template");
        if let Some(other) = seen.insert(text, name.clone()) {
            panic!("`{name}` and `{other}` render the same objects");
        }
    }
}

/// Every metadata.name is a DNS-1123 label of at most 63 characters, and
/// unique per kind.
fn assert_valid_unique_names(objects: &[Value], what: &str) {
    index(objects).unwrap_or_else(|e| panic!("{what}: {e}"));
    for object in objects {
        let (kind, name) = key_of(object);
        assert!(name.len() <= 63, "{what}: {kind} {name} is {} characters long", name.len());
        assert!(is_dns1123_label(&name), "{what}: {kind} {name:?} is not a DNS-1123 label");
    }
}

/// Every environment with `values` changed by `change`, rendered by helm
/// (from a values file written by the generator) and by Rust for `release`.
fn assert_long_names_render_equal(release: &str, change: impl Fn(&mut Values), what: &str) {
    let dir = TempDir::new("long-names");
    for (name, mut values) in all_environments() {
        change(&mut values);
        maily_chart::validate::validate(&name, &values)
            .unwrap_or_else(|e| panic!("{what}: `{name}` should be valid: {e:?}"));
        let file = write_values_file(dir.path(), &name, &values);
        let helm = helm_template(release, "default", &[&file], &[])
            .unwrap_or_else(|e| panic!("{what}: helm template of `{name}` failed: {e}"));
        let rust = render_objects(&values, release, "default");
        if let Err(report) = compare_objects(&helm, &rust) {
            panic!("{what}, environment `{name}`:\n{report}");
        }
        assert_valid_unique_names(&helm, &format!("{what}, environment `{name}`"));
        let longest = helm.iter().map(|o| key_of(o).1.len()).max().unwrap_or(0);
        assert_eq!(longest, 63, "{what}: the longest name should be cut to exactly 63 characters");
    }
}

#[test]
fn helm_refuses_release_names_over_53_characters() {
    let release = "r".repeat(60);
    let err = helm_template(&release, "default", &[], &[]).expect_err("helm must refuse a 60-character release name");
    assert!(err.contains("53"), "the error should name the 53-character limit:\n{err}");
}

#[test]
fn a_53_character_release_name_renders_equal_with_valid_unique_names() {
    let release = format!("{}-eu", "tenant".repeat(9).chars().take(50).collect::<String>());
    assert_eq!(release.len(), 53);
    assert_long_names_render_equal(&release, |_| {}, "53-character release name");
}

#[test]
fn a_60_character_fullname_override_renders_equal_with_valid_unique_names() {
    let fullname: String = "maily-".repeat(10).chars().take(59).collect::<String>() + "x";
    assert_eq!(fullname.len(), 60);
    assert_long_names_render_equal(
        "maily",
        |v| v.fullname_override = fullname.clone(),
        "60-character fullnameOverride",
    );
}

#[test]
fn a_70_character_fullname_override_is_cut_to_valid_unique_names() {
    // The cut at 63 ends in a dash, which both renders must trim.
    let fullname = format!("{}-{}", "a".repeat(62), "b".repeat(7));
    assert_eq!(fullname.len(), 70);
    assert_eq!(&fullname[62..63], "-");
    assert_long_names_render_equal(
        "maily",
        |v| v.fullname_override = fullname.clone(),
        "70-character fullnameOverride",
    );
}

#[test]
fn gen_render_prints_what_helm_template_prints_for_production() {
    let args = Args::try_parse_from([
        "gen",
        "render",
        "--env",
        "production",
        "--release",
        "maily",
        "--namespace",
        "maily-production",
    ])
    .expect("gen render arguments parse");
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let code = cli::run(args, &maily_chart_gen::environments(), &maily_chart_gen::defaults(), &mut stdout, &mut stderr);
    let stderr = String::from_utf8(stderr).expect("UTF-8");
    assert_eq!(code, 0, "gen render failed:\n{stderr}");
    let printed = String::from_utf8(stdout).expect("UTF-8");
    let problems = yaml11_problems(&printed);
    assert!(problems.is_empty(), "gen render printed YAML 1.1 traps:\n{}", problems.join("\n"));
    let rendered = parse_manifests(&printed).expect("gen render prints YAML");

    let production = chart_dir().join("values-production.yaml");
    let helm = helm_template("maily", "maily-production", &[&production], &[]).expect("helm template");
    assert_same_objects(&helm, &rendered);
    assert_eq!(rendered.len(), helm.len());
    assert!(
        rendered.iter().any(|o| key_of(o) == ("Deployment".to_string(), "maily-api".to_string())),
        "the release `maily` names the api Deployment `maily-api`"
    );
}

#[test]
fn gen_render_refuses_an_unknown_environment() {
    let argv = ["gen", "render", "--env", "nowhere"];
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let code =
        cli::run_argv(argv, &maily_chart_gen::environments(), &maily_chart_gen::defaults(), &mut stdout, &mut stderr);
    assert_eq!(code, cli::EXIT_USAGE);
    let stderr = String::from_utf8(stderr).expect("UTF-8");
    assert!(stderr.contains("nowhere") && stderr.contains("production"), "{stderr}");
    assert!(stdout.is_empty());
}

#[test]
fn release_names_that_make_invalid_service_names_are_refused_by_helm_and_by_rust() {
    // Helm accepts these release names, but Services named `0777-maily-api` or
    // `maily.eu-api` would be rejected by the API server (DNS-1035), so the
    // chart fails the render, and so does the Rust twin.
    let production = values_files_of("production");
    let files: Vec<&Path> = production.iter().map(PathBuf::as_path).collect();
    for release in ["0777", "9-lives", "maily.eu"] {
        let helm = helm_template_text(release, "default", &files, &[]);
        let err = helm.expect_err(&format!("helm must refuse release {release}"));
        assert!(err.contains("is not a DNS-1035 label"), "release {release}: {err}");
        let rust =
            maily_chart::render::render(&values_of("production"), &maily_chart::Release::new(release, "default"));
        let errors = rust.expect_err(&format!("Rust must refuse release {release}"));
        assert!(errors.iter().any(|e| e.contains("is not a DNS-1035 label")), "release {release}: {errors:?}");
    }
}
