//! The benchmark-only chart of `maily-chart-bench` (N copies of one
//! component, which `scripts/bench` times at N = 10, 100 and 1000) is a real
//! chart: `helm template` prints exactly the objects of its concrete render,
//! under Helm 3 and Helm 4, with its default values and with values that turn
//! parts off. So the scaling figures measure working templates.

use std::fs;

use maily_chart_bench::{CHART_DIR, Scale, render, write_chart};
use maily_chart_engine::Release;
use maily_chart_tests::*;
use serde_json::Value;

helm_tests!(
    helm_template_prints_the_objects_of_the_rust_render,
    values_that_turn_parts_off_render_the_same_in_helm_and_rust,
);

const COPIES: usize = 3;

fn rust_objects(values: &Scale, release: &str, namespace: &str) -> Vec<Value> {
    render(values, &Release::new(release, namespace))
        .unwrap_or_else(|e| panic!("the scale chart renders: {e:?}"))
        .into_iter()
        .map(|m| m.object)
        .collect()
}

fn helm_objects(helm: HelmMajor, dir: &TempDir, release: &str, namespace: &str, values: Option<&Scale>) -> Vec<Value> {
    let chart = dir.path().join(CHART_DIR);
    let file = dir.path().join("values-test.yaml");
    let mut files = Vec::new();
    if let Some(values) = values {
        fs::write(&file, serde_json::to_string(values).expect("values serialize")).expect("temp dir is writable");
        files.push(file.as_path());
    }
    let out = helm.run(template_args(&chart, release, namespace, &files, &[]));
    assert!(out.success(), "{helm}: helm template of the scale chart failed:\n{}", out.stderr);
    parse_manifests(&out.stdout).unwrap_or_else(|e| panic!("{helm}: {e}"))
}

fn helm_template_prints_the_objects_of_the_rust_render(helm: HelmMajor) {
    let dir = TempDir::new("scale-chart");
    let written = write_chart(dir.path(), COPIES).expect("the scale chart is written");
    assert_eq!(written.templates, 4 * COPIES, "four objects per copy");
    for (release, namespace) in [("release-name", "default"), ("bench", "scale")] {
        let printed = helm_objects(helm, &dir, release, namespace, None);
        assert_eq!(printed.len(), 4 * COPIES, "{helm}: every template renders one object");
        assert_helm_prints_the_same_objects(helm, &printed, &rust_objects(&Scale::new(COPIES), release, namespace));
    }
}

fn values_that_turn_parts_off_render_the_same_in_helm_and_rust(helm: HelmMajor) {
    let dir = TempDir::new("scale-chart-values");
    write_chart(dir.path(), COPIES).expect("the scale chart is written");
    let mut values = Scale::new(COPIES);
    values.copies[0].1.enabled = false;
    values.copies[1].1.autoscaling.enabled = false;
    values.copies[1].1.replica_count = 7;
    values.copies[2].1.env.insert("MODE".into(), "batch".into());
    values.copies[2].1.image.tag = "2.0.0".into();
    let printed = helm_objects(helm, &dir, "bench", "scale", Some(&values));
    let rust = rust_objects(&values, "bench", "scale");
    assert_eq!(rust.len(), 4 * COPIES - 4 - 1, "copy 1 off, copy 2 without its HPA");
    assert_helm_prints_the_same_objects(helm, &printed, &rust);
    let deployment = rust.iter().find(|o| o["kind"] == "Deployment" && o["metadata"]["name"] == "bench-c0002");
    assert_eq!(deployment.expect("copy 2's Deployment")["spec"]["replicas"], 7);
}
