//! Faults that users of the chart outside this repository met (issue 5,
//! part 2), each as the user met it: through `helm`, then against the Rust
//! render.

use std::fs;
use std::path::Path;

use maily_chart::values::PullSecret;
use maily_chart_tests::*;
use serde_json::Value;

helm_tests!(
    an_umbrella_chart_switches_the_chart_with_maily_enabled,
    pull_secrets_as_names_or_as_objects_render_the_same,
    an_umbrella_chart_passes_its_global_pull_secrets_down,
    a_pull_secret_object_with_a_bad_name_or_an_unknown_key_is_refused,
    an_upgrade_with_reuse_values_fails_pointing_to_reset_then_reuse_values_which_works,
    a_missing_key_fails_the_render_naming_it_before_any_template_reads_it,
    the_readme_says_how_to_drop_a_map_key_and_helm_does_exactly_that,
    tmp_is_bounded_from_values_and_ephemeral_storage_is_accepted,
    numeric_quantities_are_accepted_and_printed_exactly_in_both_renders,
    a_registry_with_a_path_prefixes_every_image,
    an_umbrella_charts_empty_global_image_registry_means_no_prefix,
    a_service_account_named_like_another_components_is_refused_by_both,
);

fn template(helm: HelmMajor, chart: &Path, release: &str, files: &[&Path], extra: &[&str]) -> ToolOutput {
    let mut args = template_args(chart, release, "maily", files, &[]);
    args.extend(extra.iter().map(|s| s.to_string()));
    helm.run(args)
}

fn objects(out: &ToolOutput) -> Vec<Value> {
    assert!(out.success(), "helm failed:\n{}", out.stderr);
    parse_manifests(&out.stdout).expect("helm prints YAML")
}

/// An umbrella chart `parent` with this chart as the dependency `maily`
/// (condition `maily.enabled`) and the given parent values.
fn umbrella(dir: &Path, parent_values: &str) -> std::path::PathBuf {
    let parent = dir.join("parent");
    copy_tree(&chart_dir(), &parent.join("charts").join("maily"));
    let version = maily_chart::common::names::CHART_VERSION;
    fs::write(
        parent.join("Chart.yaml"),
        format!(
            "apiVersion: v2\nname: parent\nversion: 1.0.0\ndependencies:\n  - name: maily\n    version: {version}\n    condition: maily.enabled\n"
        ),
    )
    .expect("temp dir");
    fs::write(parent.join("values.yaml"), parent_values).expect("temp dir");
    parent
}

// (a) A parent's `condition: maily.enabled` needs a top-level `enabled`.
fn an_umbrella_chart_switches_the_chart_with_maily_enabled(helm: HelmMajor) {
    let dir = TempDir::new("umbrella");
    let parent = umbrella(dir.path(), "maily:\n  enabled: true\n");
    let on = objects(&template(helm, &parent, "shop", &[], &[]));
    assert_same_objects(&on, &render_objects(&values_of(DEFAULTS), "shop", "maily"));

    let off = template(helm, &parent, "shop", &[], &["--set", "maily.enabled=false"]);
    assert_eq!(objects(&off), Vec::<Value>::new(), "maily.enabled=false installs nothing of the chart");
}

// (b) `global.imagePullSecrets` as `[{name: ...}]`, the form most charts use.
fn pull_secrets_as_names_or_as_objects_render_the_same(helm: HelmMajor) {
    let production = chart_dir().join("values-production.yaml");
    let as_objects = objects(&template(
        helm,
        &chart_dir(),
        "maily",
        &[&production],
        &["--set-json", r#"global.imagePullSecrets=[{"name":"regcred"},"mirror"]"#],
    ));
    let as_names = objects(&template(
        helm,
        &chart_dir(),
        "maily",
        &[&production],
        &["--set-json", r#"global.imagePullSecrets=["regcred","mirror"]"#],
    ));
    assert_eq!(as_objects, as_names);
    let deployment = as_names.iter().find(|o| o["kind"] == "Deployment").expect("a Deployment");
    assert_eq!(
        deployment.pointer("/spec/template/spec/imagePullSecrets"),
        Some(&serde_json::json!([{"name": "regcred"}, {"name": "mirror"}]))
    );

    let mut values = values_of("production");
    values.global.image_pull_secrets = vec![PullSecret::Reference { name: "regcred".into() }, "mirror".into()];
    assert_same_objects(&as_objects, &render_objects(&values, "maily", "maily"));
    maily_chart::validate::validate("production", &values).expect("gen accepts both forms");
}

fn an_umbrella_chart_passes_its_global_pull_secrets_down(helm: HelmMajor) {
    let dir = TempDir::new("umbrella-global");
    let parent = umbrella(dir.path(), "global:\n  imagePullSecrets:\n    - name: regcred\nmaily:\n  enabled: true\n");
    let out = objects(&template(helm, &parent, "shop", &[], &[]));
    let mut values = values_of(DEFAULTS);
    values.global.image_pull_secrets = vec![PullSecret::Reference { name: "regcred".into() }];
    assert_same_objects(&out, &render_objects(&values, "shop", "maily"));
}

fn a_pull_secret_object_with_a_bad_name_or_an_unknown_key_is_refused(helm: HelmMajor) {
    let production = chart_dir().join("values-production.yaml");
    for bad in [r#"[{"name":"Reg_Cred"}]"#, r#"[{"nam":"regcred"}]"#] {
        let out = template(
            helm,
            &chart_dir(),
            "maily",
            &[&production],
            &["--set-json", &format!("global.imagePullSecrets={bad}")],
        );
        assert!(!out.success(), "{bad} was accepted");
        assert!(out.stderr.contains("imagePullSecrets"), "{bad}: {}", out.stderr);
    }
}

// (e) `helm upgrade --reuse-values` from the chart of commit 5bb71c3, which
// had no `networkPolicy` key. Helm's upgrade with --reuse-values renders the
// new templates with the old chart's values (old defaults coalesced with
// the release's overrides) as the chart's values; --reset-then-reuse-values
// renders them with the new defaults and the release's overrides on top.
// Without a cluster, both are reproduced with `helm template`.
fn an_upgrade_with_reuse_values_fails_pointing_to_reset_then_reuse_values_which_works(helm: HelmMajor) {
    let old = workspace_root().join("tests/fixtures/chart-5bb71c3");
    let overrides = old.join("values-production.yaml");
    let old_defaults = fs::read_to_string(old.join("values.yaml")).expect("fixture");
    assert!(!old_defaults.contains("networkPolicy:"), "the fixture is the chart from before networkPolicy");

    // Those defaults also set the `prometheus.io/*` pod annotations, which the
    // chart now sets itself and the schema refuses: a --reuse-values upgrade
    // fails on them too, with a schema error. Drop them to reach the missing key.
    let mut old_defaults: serde_yaml::Value = serde_yaml::from_str(&old_defaults).expect("fixture parses");
    old_defaults["aiService"]["podAnnotations"] = serde_yaml::Value::Mapping(Default::default());
    let old_defaults = serde_yaml::to_string(&old_defaults).expect("YAML");
    let dir = TempDir::new("reuse-values");
    let reused = dir.path().join("maily");
    copy_tree(&chart_dir(), &reused);
    fs::write(reused.join("values.yaml"), &old_defaults).expect("temp dir");
    let out = template(helm, &reused, "maily", &[&overrides], &[]);
    assert!(!out.success(), "the old values render with the new templates");
    assert!(
        out.stderr.contains("is missing") && out.stderr.contains("--reset-then-reuse-values"),
        "the failure names the missing key and the way out:\n{}",
        out.stderr
    );

    let upgraded = objects(&template(helm, &chart_dir(), "maily", &[&overrides], &[]));
    let deployments = upgraded.iter().filter(|o| o["kind"] == "Deployment").count();
    let defaults = defaults();
    let on = maily_chart::components::ALL.iter().filter(|r| (r.values)(&defaults).workload().enabled).count();
    assert_eq!(deployments, on, "the upgrade renders every component on by default (the optional apps are off)");
    let api = upgraded.iter().find(|o| o["kind"] == "HorizontalPodAutoscaler" && o["metadata"]["name"] == "maily-api");
    assert_eq!(api.and_then(|o| o.pointer("/spec/minReplicas")), Some(&Value::from(3)), "the old overrides apply");
}

fn a_missing_key_fails_the_render_naming_it_before_any_template_reads_it(helm: HelmMajor) {
    let dir = TempDir::new("missing-key");
    let values = dir.path().join("drop.yaml");
    fs::write(&values, "networkPolicy: null\n").expect("temp dir");
    let out = template(helm, &chart_dir(), "maily", &[&values], &[]);
    assert!(!out.success());
    assert!(out.stderr.contains("values key networkPolicy is missing"), "{}", out.stderr);
    assert!(!out.stderr.contains("nil pointer"), "{}", out.stderr);
}

// (g) What the README says about emptying maps is what Helm does.
fn the_readme_says_how_to_drop_a_map_key_and_helm_does_exactly_that(helm: HelmMajor) {
    let readme = fs::read_to_string(chart_dir().join("README.md")).expect("README");
    assert!(readme.contains("--set api.env.PYTHON_ENV=null"), "the README shows how to drop a key");
    assert!(readme.contains("`--set-json 'api.env={}'` keeps every default variable"));
    assert!(!readme.contains("rather than `null`"), "the old, wrong advice is gone");

    let production = chart_dir().join("values-production.yaml");
    let dropped =
        objects(&template(helm, &chart_dir(), "maily", &[&production], &["--set", "api.env.PYTHON_ENV=null"]));
    let mut values = values_of("production");
    assert!(values.api.workload.env.remove("PYTHON_ENV").is_some());
    assert_same_objects(&dropped, &render_objects(&values, "maily", "maily"));

    let merged = objects(&template(helm, &chart_dir(), "maily", &[&production], &["--set-json", "api.env={}"]));
    assert_same_objects(&merged, &render_objects(&values_of("production"), "maily", "maily"));
}

// (i) Every key of the chart's values has its `## @param` line and README row.
#[test]
fn every_leaf_key_has_a_param_line_and_a_readme_row_with_its_whole_default() {
    let values_yaml = fs::read_to_string(chart_dir().join("values.yaml")).expect("values.yaml");
    let readme = fs::read_to_string(chart_dir().join("README.md")).expect("README");
    let docs = maily_chart_gen::schema::key_docs();
    let sections: Vec<&str> = docs.iter().filter(|k| k.is_section).map(|k| k.path.as_str()).collect();
    let paths = maily_chart::schema::required_paths();
    assert!(paths.iter().any(|p| p == "global.imageRegistry"));
    for path in paths.iter().filter(|p| !sections.contains(&p.as_str())) {
        assert!(values_yaml.contains(&format!("## @param {path} ")), "values.yaml has no @param line for {path}");
        assert!(readme.contains(&format!("| `{path}` |")), "the README has no row for {path}");
    }
    assert!(!readme.contains('…'), "no default is cut short");
}

// (k) Scratch space is bounded, and ephemeral storage can be requested.
fn tmp_is_bounded_from_values_and_ephemeral_storage_is_accepted(helm: HelmMajor) {
    let production = chart_dir().join("values-production.yaml");
    let out = objects(&template(
        helm,
        &chart_dir(),
        "maily",
        &[&production],
        &[
            "--set",
            "api.tmpSizeLimit=1Gi",
            "--set",
            "api.resources.requests.ephemeral-storage=1Gi,api.resources.limits.ephemeral-storage=2Gi",
        ],
    ));
    let api = out.iter().find(|o| o["kind"] == "Deployment" && o["metadata"]["name"] == "maily-api").expect("api");
    let pod = &api["spec"]["template"]["spec"];
    assert_eq!(pod.pointer("/volumes/0/emptyDir/sizeLimit"), Some(&Value::from("1Gi")));
    assert_eq!(pod.pointer("/containers/0/resources/limits/ephemeral-storage"), Some(&Value::from("2Gi")));
    let web = out.iter().find(|o| o["kind"] == "Deployment" && o["metadata"]["name"] == "maily-web").expect("web");
    assert_eq!(web.pointer("/spec/template/spec/volumes/0/emptyDir/sizeLimit"), Some(&Value::from("256Mi")));

    let mut values = values_of("production");
    values.api.workload.tmp_size_limit = maily_chart::quantity::Quantity::new("1Gi");
    values.api.workload.resources.requests.set("ephemeral-storage", "1Gi");
    values.api.workload.resources.limits.set("ephemeral-storage", "2Gi");
    assert_same_objects(&out, &render_objects(&values, "maily", "maily"));

    // A request above its limit is refused by both, like cpu and memory.
    let over = template(
        helm,
        &chart_dir(),
        "maily",
        &[&production],
        &["--set", "api.resources.requests.ephemeral-storage=3Gi,api.resources.limits.ephemeral-storage=2Gi"],
    );
    assert!(
        over.stderr
            .contains("api.resources.requests.ephemeral-storage (3Gi) is greater than limits.ephemeral-storage (2Gi)"),
        "{}",
        over.stderr
    );
    values.api.workload.resources.requests.set("ephemeral-storage", "3Gi");
    let errors = maily_chart::validate::validate("production", &values).expect_err("gen refuses it too");
    assert!(
        errors[0]
            .contains("api.resources.requests.ephemeral-storage (3Gi) is greater than limits.ephemeral-storage (2Gi)"),
        "{errors:?}"
    );
}

// (l) Numbers where Kubernetes takes numbers, printed exactly.
fn numeric_quantities_are_accepted_and_printed_exactly_in_both_renders(helm: HelmMajor) {
    let dir = TempDir::new("numbers");
    let file = dir.path().join("numbers.yaml");
    fs::write(
        &file,
        "api:\n  resources:\n    requests: {cpu: 0.5, memory: 1000000}\n    limits: {cpu: 2, memory: 2000000}\n  tmpSizeLimit: 1000000\n",
    )
    .expect("temp dir");
    let production = chart_dir().join("values-production.yaml");
    let text = helm.template_text("maily", "maily", &[&production, &file], &[]).expect("helm accepts numbers");
    assert!(!text.contains("e+06") && !text.contains("e+00"), "no float64 notation:\n{text}");
    let out = parse_manifests(&text).expect("YAML");
    let api = out.iter().find(|o| o["kind"] == "Deployment" && o["metadata"]["name"] == "maily-api").expect("api");
    let resources = &api["spec"]["template"]["spec"]["containers"][0]["resources"];
    assert_eq!(resources["requests"], serde_json::json!({"cpu": "0.5", "memory": "1000000"}));
    assert_eq!(resources["limits"], serde_json::json!({"cpu": "2", "memory": "2000000"}));

    // The Rust side reads the same file the same way.
    let overlay: serde_yaml::Value = serde_yaml::from_str(&fs::read_to_string(&file).expect("file")).expect("YAML");
    let mut json = serde_json::to_value(values_of("production")).expect("JSON");
    let api_json = &mut json["api"];
    api_json["resources"] = serde_json::to_value(&overlay["api"]["resources"]).expect("JSON");
    api_json["tmpSizeLimit"] = serde_json::to_value(&overlay["api"]["tmpSizeLimit"]).expect("JSON");
    let values: maily_chart::Values = serde_json::from_value(json).expect("values with numbers deserialize");
    assert_eq!(values.api.workload.resources.requests.get("cpu").map(|q| q.as_str()), Some("0.5"));
    maily_chart::validate::validate("production", &values).expect("gen accepts numeric quantities");
    assert_same_objects(&out, &render_objects(&values, "maily", "maily"));

    // Zero and negative numbers are refused, like `0m`.
    let zero = template(helm, &chart_dir(), "maily", &[&production], &["--set", "api.resources.requests.cpu=0"]);
    assert!(!zero.success() && zero.stderr.contains("cpu"), "{}", zero.stderr);
}

// (m) Registries with a path: mirrors and pull-through caches.
fn a_registry_with_a_path_prefixes_every_image(helm: HelmMajor) {
    let production = chart_dir().join("values-production.yaml");
    for registry in ["harbor.example.com/dockerhub-proxy", "localhost:5000/mirror"] {
        let out = objects(&template(
            helm,
            &chart_dir(),
            "maily",
            &[&production],
            &["--set", &format!("global.imageRegistry={registry}")],
        ));
        let api = out.iter().find(|o| o["kind"] == "Deployment" && o["metadata"]["name"] == "maily-api").expect("api");
        assert_eq!(
            api.pointer("/spec/template/spec/containers/0/image"),
            Some(&Value::from(format!("{registry}/maily/api:v1.0.0")))
        );
        let mut values = values_of("production");
        values.global.image_registry = registry.to_string();
        maily_chart::validate::validate("production", &values).expect("gen accepts it");
        assert_same_objects(&out, &render_objects(&values, "maily", "maily"));
    }
    let bad = template(
        helm,
        &chart_dir(),
        "maily",
        &[&production],
        &["--set", "global.imageRegistry=harbor.example.com/Proxy"],
    );
    assert!(!bad.success(), "an uppercase path component is no registry path");
}

// Umbrella charts often pass `global.imageRegistry: ""` down for "no override".
fn an_umbrella_charts_empty_global_image_registry_means_no_prefix(helm: HelmMajor) {
    let dir = TempDir::new("umbrella-registry");
    let parent = umbrella(dir.path(), "global:\n  imageRegistry: \"\"\nmaily:\n  enabled: true\n");
    let out = objects(&template(helm, &parent, "shop", &[], &[]));
    let api = out.iter().find(|o| o["kind"] == "Deployment" && o["metadata"]["name"] == "shop-maily-api").expect("api");
    assert_eq!(api.pointer("/spec/template/spec/containers/0/image"), Some(&Value::from("maily/api:v1.0.0")));
    let mut values = values_of(DEFAULTS);
    values.global.image_registry = String::new();
    maily_chart::validate::validate(DEFAULTS, &values).expect("gen accepts an empty registry");
    assert_same_objects(&out, &render_objects(&values, "shop", "maily"));
}

// Two ServiceAccounts of one name: one set by name, one the component's own.
fn a_service_account_named_like_another_components_is_refused_by_both(helm: HelmMajor) {
    let out = template(helm, &chart_dir(), "r", &[], &["--set", "api.serviceAccount.name=r-maily-web"]);
    assert!(!out.success(), "{helm} rendered two ServiceAccounts r-maily-web");
    assert!(
        out.stderr.contains(
            r#"api.serviceAccount.name and web.serviceAccount.name both name the ServiceAccount "r-maily-web""#
        ),
        "{}",
        out.stderr
    );
    let mut values = values_of(DEFAULTS);
    values.api.workload.service_account.name = "r-maily-web".into();
    let errors = maily_chart::render::render(&values, &maily_chart::Release::new("r", "maily")).expect_err("render");
    assert!(errors[0].contains(r#"two objects are ServiceAccount "r-maily-web""#), "{errors:?}");
}
