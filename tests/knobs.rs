//! The knobs every workload has (issue 5, part 4), all set at once on
//! production, through both renders and both Helm majors, with what each
//! must do to the objects.

use std::collections::BTreeMap;

use k8s_openapi::api::autoscaling::v2::{HPAScalingRules, HorizontalPodAutoscalerBehavior};
use k8s_openapi::api::core::v1::{
    ConfigMapEnvSource, ConfigMapVolumeSource, Container, EnvFromSource, TopologySpreadConstraint, Volume, VolumeMount,
};
use maily_chart::Values;
use maily_chart::passthrough::{Passed, PassedObject};
use maily_chart::values::TopologySpread;
use maily_chart_tests::*;
use serde_json::{Value, json};

helm_tests!(every_knob_renders_the_same_in_both_renders_and_does_what_it_says);

fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

/// Production with every knob set: on the api all of them, on the workers
/// a ServiceAccount the chart does not create.
fn knobs() -> Values {
    let mut v = values_of("production");
    v.global.common_labels = map(&[("example.com/team", "mail")]);
    v.global.common_annotations = map(&[("example.com/owner", "platform")]);
    let api = &mut v.components.api;
    api.service.annotations = map(&[("service.beta.kubernetes.io/aws-load-balancer-internal", "true")]);
    let w = &mut api.workload;
    w.pod_labels = map(&[("example.com/tier", "edge")]);
    w.service_account.name = "maily-api-identity".into();
    w.service_account.annotations = map(&[("eks.amazonaws.com/role-arn", "arn:aws:iam::1:role/maily-api")]);
    w.priority_class_name = "maily-critical".into();
    w.termination_grace_period_seconds = 45;
    w.pre_stop_sleep_seconds = 10;
    w.revision_history_limit = 3;
    w.topology_spread.push(TopologySpread {
        topology_key: "topology.kubernetes.io/zone".into(),
        max_skew: 2,
        when_unsatisfiable: "DoNotSchedule".into(),
    });
    w.topology_spread_constraints = Passed(vec![TopologySpreadConstraint {
        topology_key: "example.com/rack".into(),
        max_skew: 3,
        when_unsatisfiable: "ScheduleAnyway".into(),
        ..Default::default()
    }]);
    w.extra_env_from = Passed(vec![EnvFromSource {
        config_map_ref: Some(ConfigMapEnvSource { name: "maily-flags".into(), optional: Some(true) }),
        ..Default::default()
    }]);
    w.extra_volumes = Passed(vec![Volume {
        name: "flags".into(),
        config_map: Some(ConfigMapVolumeSource { name: "maily-flags".into(), ..Default::default() }),
        ..Default::default()
    }]);
    w.extra_volume_mounts =
        Passed(vec![VolumeMount { name: "flags".into(), mount_path: "/etc/flags".into(), ..Default::default() }]);
    let container = |name: &str| Container {
        name: name.into(),
        image: Some("docker.io/library/busybox:1.36.1".into()),
        ..Default::default()
    };
    w.init_containers = Passed(vec![container("wait-for-db")]);
    w.sidecars = Passed(vec![container("log-shipper")]);
    w.autoscaling.behavior = PassedObject(HorizontalPodAutoscalerBehavior {
        scale_down: Some(HPAScalingRules { stabilization_window_seconds: Some(600), ..Default::default() }),
        ..Default::default()
    });
    v.workers.workload.service_account.create = false;
    v
}

fn find<'a>(objects: &'a [Value], kind: &str, name: &str) -> &'a Value {
    objects
        .iter()
        .find(|o| o["kind"] == kind && o["metadata"]["name"] == name)
        .unwrap_or_else(|| panic!("{kind} {name}"))
}

fn every_knob_renders_the_same_in_both_renders_and_does_what_it_says(helm: HelmMajor) {
    let values = knobs();
    maily_chart::validate::validate("production", &values).expect("the knobs are valid");
    let dir = TempDir::new("knobs");
    let file = write_values_file(dir.path(), "production", &values);
    let objects = helm.template("maily", "maily", &[&file], &[]).unwrap_or_else(|e| panic!("{e}"));
    assert_helm_prints_the_same_objects(helm, &objects, &render_objects(&values, "maily", "maily"));

    // Common labels and annotations on every object, never in a selector.
    for o in &objects {
        assert_eq!(o.pointer("/metadata/labels/example.com~1team"), Some(&json!("mail")), "{}", o["kind"]);
        assert_eq!(o.pointer("/metadata/annotations/example.com~1owner"), Some(&json!("platform")), "{}", o["kind"]);
    }
    let api = find(&objects, "Deployment", "maily-api");
    let selector = &api["spec"]["selector"]["matchLabels"];
    assert_eq!(selector.as_object().map(|m| m.len()), Some(3), "name, instance, component: {selector}");
    assert_eq!(find(&objects, "Service", "maily-api")["spec"]["selector"], *selector);
    let pod = &api["spec"]["template"];
    assert_eq!(pod.pointer("/metadata/labels/example.com~1tier"), Some(&json!("edge")));
    assert_eq!(pod.pointer("/metadata/labels/example.com~1team"), Some(&json!("mail")));
    assert_eq!(pod.pointer("/metadata/annotations/example.com~1owner"), None, "common annotations stay off pods");

    // ServiceAccount: created under its own name with its annotations; the
    // workers use `default`, and the chart creates none for them.
    let spec = &pod["spec"];
    assert_eq!(spec["serviceAccountName"], json!("maily-api-identity"));
    let sa = find(&objects, "ServiceAccount", "maily-api-identity");
    assert_eq!(
        sa.pointer("/metadata/annotations/eks.amazonaws.com~1role-arn"),
        Some(&json!("arn:aws:iam::1:role/maily-api"))
    );
    assert!(!objects.iter().any(|o| o["kind"] == "ServiceAccount" && o["metadata"]["name"] == "maily-workers"));
    let workers = find(&objects, "Deployment", "maily-workers");
    assert_eq!(workers.pointer("/spec/template/spec/serviceAccountName"), Some(&json!("default")));
    assert_eq!(workers.pointer("/spec/template/spec/priorityClassName"), None, "empty: left out");

    assert_eq!(
        find(&objects, "Service", "maily-api")
            .pointer("/metadata/annotations/service.beta.kubernetes.io~1aws-load-balancer-internal"),
        Some(&json!("true"))
    );
    assert_eq!(spec["priorityClassName"], json!("maily-critical"));
    assert_eq!(spec["terminationGracePeriodSeconds"], json!(45));
    assert_eq!(spec.pointer("/containers/0/lifecycle/preStop/sleep/seconds"), Some(&json!(10)));
    assert_eq!(api["spec"]["revisionHistoryLimit"], json!(3));

    // Spread: the chart's constraints select this release's api pods, then the passed-through one.
    let spread = spec["topologySpreadConstraints"].as_array().expect("constraints");
    let keys: Vec<&Value> = spread.iter().map(|c| &c["topologyKey"]).collect();
    assert_eq!(
        keys,
        [&json!("kubernetes.io/hostname"), &json!("topology.kubernetes.io/zone"), &json!("example.com/rack")]
    );
    assert_eq!(spread[0]["labelSelector"]["matchLabels"], *selector);
    assert_eq!(spread[1]["matchLabelKeys"], json!(["pod-template-hash"]));

    // Extras come after the chart's own volumes, mounts and container.
    let names =
        |list: &Value| -> Vec<Value> { list.as_array().expect("list").iter().map(|i| i["name"].clone()).collect() };
    assert_eq!(names(&spec["volumes"]), [json!("tmp"), json!("flags")]);
    assert_eq!(names(&spec["containers"]), [json!("api"), json!("log-shipper")]);
    assert_eq!(names(&spec["initContainers"]), [json!("wait-for-db")]);
    assert_eq!(names(&spec["containers"][0]["volumeMounts"]), [json!("tmp"), json!("flags")]);
    assert_eq!(spec.pointer("/containers/0/envFrom/0/configMapRef/name"), Some(&json!("maily-flags")));

    let hpa = find(&objects, "HorizontalPodAutoscaler", "maily-api");
    assert_eq!(hpa.pointer("/spec/behavior/scaleDown/stabilizationWindowSeconds"), Some(&json!(600)));
    assert_eq!(find(&objects, "HorizontalPodAutoscaler", "maily-web").pointer("/spec/behavior"), None);
}
