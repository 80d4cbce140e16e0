//! `--set` on top of an environment's values file behaves as the same change
//! made to the environment in Rust, under Helm 3 and under Helm 4.

use maily_chart_tests::*;
use serde_json::Value;

helm_tests!(
    set_replica_count_and_disabling_autoscaling_gives_the_api_seven_replicas_and_no_hpa,
    set_web_image_tag_changes_only_the_web_image,
    set_after_a_values_file_wins_over_it,
    a_second_values_file_deletes_a_default_map_key_with_null,
    set_ai_service_container_port_moves_every_port_that_names_it,
);

fn production_file() -> std::path::PathBuf {
    chart_dir().join("values-production.yaml")
}

fn find<'a>(objects: &'a [Value], kind: &str, name: &str) -> Option<&'a Value> {
    objects.iter().find(|o| key_of(o) == (kind.to_string(), name.to_string()))
}

fn set_replica_count_and_disabling_autoscaling_gives_the_api_seven_replicas_and_no_hpa(helm_major: HelmMajor) {
    let file = production_file();
    let helm = helm_major
        .template("maily", "maily-production", &[&file], &["api.replicaCount=7", "api.autoscaling.enabled=false"])
        .unwrap_or_else(|e| panic!("{e}"));

    let deployment = find(&helm, "Deployment", "maily-api").expect("the api Deployment");
    assert_eq!(deployment.pointer("/spec/replicas"), Some(&Value::from(7)), "{helm_major}");
    assert!(
        find(&helm, "HorizontalPodAutoscaler", "maily-api").is_none(),
        "{helm_major}: no api HPA once autoscaling is off"
    );
    // Only the api changed: the web keeps its HPA and omits replicas.
    assert!(find(&helm, "HorizontalPodAutoscaler", "maily-web").is_some(), "{helm_major}");
    assert_eq!(find(&helm, "Deployment", "maily-web").and_then(|d| d.pointer("/spec/replicas")), None, "{helm_major}");
    // Seven replicas keep the PDB.
    assert!(find(&helm, "PodDisruptionBudget", "maily-api").is_some(), "{helm_major}");

    let mut values = values_of("production");
    values.api.workload.replica_count = 7;
    values.api.workload.autoscaling.enabled = false;
    assert_helm_prints_the_same_objects(helm_major, &helm, &render_objects(&values, "maily", "maily-production"));
}

fn set_web_image_tag_changes_only_the_web_image(helm_major: HelmMajor) {
    let file = production_file();
    let helm = helm_major
        .template("maily", "maily-production", &[&file], &["web.image.tag=v9"])
        .unwrap_or_else(|e| panic!("{e}"));

    let image = |name: &str| {
        find(&helm, "Deployment", name)
            .and_then(|d| d.pointer("/spec/template/spec/containers/0/image"))
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("{helm_major}: {name} has an image"))
            .to_string()
    };
    assert_eq!(image("maily-web"), "docker.io/maily/web:v9", "{helm_major}");
    assert!(image("maily-web").ends_with(":v9"));
    assert_eq!(image("maily-api"), "docker.io/maily/api:v1.0.0", "{helm_major}");

    let mut values = values_of("production");
    values.web.workload.image.tag = "v9".to_string();
    assert_helm_prints_the_same_objects(helm_major, &helm, &render_objects(&values, "maily", "maily-production"));
}

fn set_after_a_values_file_wins_over_it(helm_major: HelmMajor) {
    let file = production_file();
    let helm = helm_major
        .template("maily", "maily-production", &[&file], &["workers.autoscaling.minReplicas=4"])
        .unwrap_or_else(|e| panic!("{e}"));
    let hpa = find(&helm, "HorizontalPodAutoscaler", "maily-workers").expect("workers HPA");
    assert_eq!(hpa.pointer("/spec/minReplicas"), Some(&Value::from(4)), "{helm_major}");

    let mut values = values_of("production");
    values.workers.workload.autoscaling.min_replicas = 4;
    assert_helm_prints_the_same_objects(helm_major, &helm, &render_objects(&values, "maily", "maily-production"));
}

fn a_second_values_file_deletes_a_default_map_key_with_null(helm_major: HelmMajor) {
    let dir = TempDir::new("overrides");
    let extra = dir.path().join("extra.yaml");
    std::fs::write(&extra, "aiService:\n  env:\n    LOG_LEVEL: null\napi:\n  env:\n    PYTHON_ENV: null\n")
        .expect("temp dir");
    let file = production_file();
    let helm =
        helm_major.template("maily", "maily-production", &[&file, &extra], &[]).unwrap_or_else(|e| panic!("{e}"));

    let env_names = |name: &str| -> Vec<Value> {
        let deployment = find(&helm, "Deployment", name).expect("Deployment");
        let env = deployment.pointer("/spec/template/spec/containers/0/env").expect("env");
        env.as_array().expect("a list").iter().map(|e| e["name"].clone()).collect()
    };
    assert!(!env_names("maily-ai-service").contains(&Value::from("LOG_LEVEL")));
    assert!(!env_names("maily-api").contains(&Value::from("PYTHON_ENV")));
    assert!(env_names("maily-api").contains(&Value::from("DATABASE_URL")), "other keys stay");

    let mut values = values_of("production");
    values.ai_service.http.workload.env.remove("LOG_LEVEL");
    values.api.workload.env.remove("PYTHON_ENV");
    assert_helm_prints_the_same_objects(helm_major, &helm, &render_objects(&values, "maily", "maily-production"));
}

fn set_ai_service_container_port_moves_every_port_that_names_it(helm_major: HelmMajor) {
    let file = production_file();
    let helm = helm_major
        .template("maily", "maily-production", &[&file], &["aiService.containerPort=9000"])
        .unwrap_or_else(|e| panic!("{e}"));
    let deployment = find(&helm, "Deployment", "maily-ai-service").expect("ai-service Deployment");
    let pod = deployment.pointer("/spec/template").expect("pod template");
    assert_eq!(pod.pointer("/metadata/annotations/prometheus.io~1port"), Some(&Value::from("9000")));
    assert_eq!(pod.pointer("/spec/containers/0/ports/0/containerPort"), Some(&Value::from(9000)));
    // Probes, the Service and the NetworkPolicy name the port; they follow it.
    assert_eq!(pod.pointer("/spec/containers/0/readinessProbe/httpGet/port"), Some(&Value::from("http")));
    let service = find(&helm, "Service", "maily-ai-service").expect("ai-service Service");
    assert_eq!(service.pointer("/spec/ports/0/targetPort"), Some(&Value::from("http")));
    let policy = find(&helm, "NetworkPolicy", "maily-ai-service").expect("ai-service NetworkPolicy");
    assert_eq!(policy.pointer("/spec/ingress/0/ports/0/port"), Some(&Value::from("http")));

    let mut values = values_of("production");
    values.ai_service.http.container_port = 9000;
    assert_helm_prints_the_same_objects(helm_major, &helm, &render_objects(&values, "maily", "maily-production"));
}
