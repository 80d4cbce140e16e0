//! The heart of the product: `helm template` of the generated chart prints,
//! object by object and field by field, what the typed Rust render produces,
//! under Helm 3 and under Helm 4 (each test runs once per major: `helm3::`,
//! `helm4::`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use clap::Parser;
use maily_chart::Values;
use maily_chart_gen::cli::{self, Args};
use maily_chart_tests::*;
use serde_json::Value;

const OTHER_RELEASE: &str = "maily-eu";
const OTHER_NAMESPACE: &str = "tenant-a";

helm_tests!(
    production_renders_the_same_objects_as_helm,
    staging_renders_the_same_objects_as_helm,
    development_renders_the_same_objects_as_helm,
    the_defaults_alone_render_the_same_objects_as_helm,
    every_environment_in_the_registry_renders_the_same_objects_as_helm,
    the_environments_differ_from_each_other_in_what_helm_renders,
    helm_refuses_release_names_over_53_characters,
    a_53_character_release_name_renders_equal_with_valid_unique_names,
    a_60_character_fullname_override_renders_equal_with_valid_unique_names,
    a_70_character_fullname_override_is_cut_to_valid_unique_names,
    gen_render_prints_what_helm_template_prints_for_production,
    release_names_that_make_invalid_service_names_are_refused_by_helm_and_by_rust,
    helm_3_refuses_values_with_del_c1_controls_or_u_fffe_that_helm_4_renders,
);

/// Helm template of environment `name` (values.yaml alone for `default`)
/// equals the Rust render, for the default release and for another one.
fn assert_environment_matches_helm(helm_major: HelmMajor, name: &str) {
    let values = values_of(name);
    let files: Vec<PathBuf> = values_files_of(name);
    let files: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    for (release, namespace) in [("release-name", "default"), (OTHER_RELEASE, OTHER_NAMESPACE)] {
        let helm = helm_major
            .template(release, namespace, &files, &[])
            .unwrap_or_else(|e| panic!("{helm_major}: helm template of `{name}` failed: {e}"));
        let rust = render_objects(&values, release, namespace);
        if let Err(report) = compare_objects(&helm, &rust) {
            panic!("{helm_major}: environment `{name}`, release {release} in {namespace}:\n{report}");
        }
        for object in &helm {
            assert_eq!(
                object.pointer("/metadata/namespace").and_then(Value::as_str),
                Some(namespace),
                "{helm_major}: {:?} is not in the release namespace",
                key_of(object)
            );
            assert_eq!(
                object.pointer("/metadata/labels/app.kubernetes.io~1instance").and_then(Value::as_str),
                Some(release),
                "{helm_major}: {:?} does not carry the release name",
                key_of(object)
            );
        }
    }
}

fn production_renders_the_same_objects_as_helm(helm: HelmMajor) {
    assert_environment_matches_helm(helm, "production");
}

fn staging_renders_the_same_objects_as_helm(helm: HelmMajor) {
    assert_environment_matches_helm(helm, "staging");
}

fn development_renders_the_same_objects_as_helm(helm: HelmMajor) {
    assert_environment_matches_helm(helm, "development");
}

fn the_defaults_alone_render_the_same_objects_as_helm(helm: HelmMajor) {
    assert_environment_matches_helm(helm, DEFAULTS);
}

fn every_environment_in_the_registry_renders_the_same_objects_as_helm(helm: HelmMajor) {
    let environments = environments();
    assert!(environments.len() >= 3, "development, staging and production at least");
    for env in environments {
        assert_environment_matches_helm(helm, &env.name);
    }
}

fn the_environments_differ_from_each_other_in_what_helm_renders(helm: HelmMajor) {
    // Guards against a values file that silently does nothing.
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for (name, _) in all_environments() {
        let files = values_files_of(&name);
        let files: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
        let text = helm.template_text("release-name", "default", &files, &[]).unwrap_or_else(|e| panic!("{e}"));
        if let Some(other) = seen.insert(text, name.clone()) {
            panic!("{helm}: `{name}` and `{other}` render the same objects");
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
fn assert_long_names_render_equal(helm_major: HelmMajor, release: &str, change: impl Fn(&mut Values), what: &str) {
    let what = &format!("{helm_major}, {what}");
    let dir = TempDir::new("long-names");
    for (name, mut values) in all_environments() {
        change(&mut values);
        maily_chart::validate::validate(&name, &values)
            .unwrap_or_else(|e| panic!("{what}: `{name}` should be valid: {e:?}"));
        let file = write_values_file(dir.path(), &name, &values);
        let helm = helm_major
            .template(release, "default", &[&file], &[])
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

/// Both majors refuse release names over 53 characters, in the same words;
/// Helm 4 puts `release name check failed: ` before them.
fn helm_refuses_release_names_over_53_characters(helm: HelmMajor) {
    for length in [54, 60] {
        let release = "r".repeat(length);
        let err = helm
            .template(&release, "default", &[], &[])
            .expect_err(&format!("{helm} must refuse a {length}-character release name"));
        let says = format!(
            "Error: {}release name \"{release}\": invalid release name, must match regex \
             ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ and the length must not be longer than 53",
            helm.pick("", "release name check failed: ")
        );
        assert!(err.contains(&says), "{helm} should say\n{says}\nbut said:\n{err}");
    }
}

fn a_53_character_release_name_renders_equal_with_valid_unique_names(helm: HelmMajor) {
    let release = format!("{}-eu", "tenant".repeat(9).chars().take(50).collect::<String>());
    assert_eq!(release.len(), 53);
    assert_long_names_render_equal(helm, &release, |_| {}, "53-character release name");
}

fn a_60_character_fullname_override_renders_equal_with_valid_unique_names(helm: HelmMajor) {
    let fullname: String = "maily-".repeat(10).chars().take(59).collect::<String>() + "x";
    assert_eq!(fullname.len(), 60);
    assert_long_names_render_equal(
        helm,
        "maily",
        |v| v.fullname_override = fullname.clone(),
        "60-character fullnameOverride",
    );
}

fn a_70_character_fullname_override_is_cut_to_valid_unique_names(helm: HelmMajor) {
    // The cut at 63 ends in a dash, which both renders must trim.
    let fullname = format!("{}-{}", "a".repeat(62), "b".repeat(7));
    assert_eq!(fullname.len(), 70);
    assert_eq!(&fullname[62..63], "-");
    assert_long_names_render_equal(
        helm,
        "maily",
        |v| v.fullname_override = fullname.clone(),
        "70-character fullnameOverride",
    );
}

fn gen_render_prints_what_helm_template_prints_for_production(helm_major: HelmMajor) {
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
    let code = cli::run(args, &environments(), &defaults(), &mut stdout, &mut stderr);
    let stderr = String::from_utf8(stderr).expect("UTF-8");
    assert_eq!(code, 0, "gen render failed:\n{stderr}");
    let printed = String::from_utf8(stdout).expect("UTF-8");
    let problems = yaml11_problems(&printed);
    assert!(problems.is_empty(), "gen render printed YAML 1.1 traps:\n{}", problems.join("\n"));
    let rendered = parse_manifests(&printed).expect("gen render prints YAML");

    let production = chart_dir().join("values-production.yaml");
    let helm = helm_major.template("maily", "maily-production", &[&production], &[]).unwrap_or_else(|e| panic!("{e}"));
    if let Err(report) = compare_objects(&helm, &rendered) {
        panic!("{helm_major}: gen render differs from helm template:\n{report}");
    }
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
    let code = cli::run_argv(argv, &environments(), &defaults(), &mut stdout, &mut stderr);
    assert_eq!(code, cli::EXIT_USAGE);
    let stderr = String::from_utf8(stderr).expect("UTF-8");
    assert!(stderr.contains("nowhere") && stderr.contains("production"), "{stderr}");
    assert!(stdout.is_empty());
}

fn release_names_that_make_invalid_service_names_are_refused_by_helm_and_by_rust(helm_major: HelmMajor) {
    // Helm accepts these release names, but Services named `0777-maily-api` or
    // `maily.eu-api` would be rejected by the API server (DNS-1035), so the
    // chart fails the render, and so does the Rust twin.
    let production = values_files_of("production");
    let files: Vec<&Path> = production.iter().map(PathBuf::as_path).collect();
    for release in ["0777", "9-lives", "maily.eu"] {
        let helm = helm_major.template_text(release, "default", &files, &[]);
        let err = helm.expect_err(&format!("{helm_major} must refuse release {release}"));
        assert!(err.contains("is not a DNS-1035 label"), "{helm_major}, release {release}: {err}");
        let rust =
            maily_chart::render::render(&values_of("production"), &maily_chart::Release::new(release, "default"));
        let errors = rust.expect_err(&format!("Rust must refuse release {release}"));
        assert!(errors.iter().any(|e| e.contains("is not a DNS-1035 label")), "release {release}: {errors:?}");
    }
}

/// Strings with DEL, a C1 control (but NEL), U+FFFE or U+FFFF: Helm 4 renders
/// them like any other string; Helm 3 refuses the values whole, before
/// rendering (see `helm3_refuses_char`). Their neighbours render in both.
fn helm_3_refuses_values_with_del_c1_controls_or_u_fffe_that_helm_4_renders(helm: HelmMajor) {
    let dir = TempDir::new("control-characters");
    for c in [
        '\u{1}', '\u{1f}', '\u{7e}', '\u{7f}', '\u{80}', '\u{85}', '\u{9f}', '\u{a0}', '\u{fffd}', '\u{fffe}',
        '\u{ffff}',
    ] {
        let what = format!("{helm}, api.env.X = \"a{}b\"", c.escape_unicode());
        let mut values = values_of("production");
        values.api.workload.env.insert("X".into(), format!("a{c}b"));
        maily_chart::validate::validate("production", &values).unwrap_or_else(|e| panic!("{what}: {e:?}"));
        let file = write_values_file(dir.path(), &format!("u{:x}", c as u32), &values);
        let result = helm.template("maily", "maily-production", &[&file], &[]);
        if helm == HelmMajor::V3 && helm3_refuses_char(c) {
            let err = result.expect_err(&format!("{what}: should be refused"));
            assert!(err.contains(HELM3_REFUSES_CONTROL_CHARACTERS), "{what}: {err}");
        } else {
            let printed = result.unwrap_or_else(|e| panic!("{what}: {e}"));
            if let Err(report) = compare_objects(&printed, &render_objects(&values, "maily", "maily-production")) {
                panic!("{what}:\n{report}");
            }
        }
    }
}
