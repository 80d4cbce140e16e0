//! The chart passes `helm lint --strict`, installs (client-side dry run) for
//! every environment, and its values schema rejects misspelt keys, wrong
//! types and values outside an enum, in `helm lint` and `helm template` alike,
//! under Helm 3 and under Helm 4 (`helm3::`, `helm4::`).
//!
//! The two majors validate the schema with different libraries and word
//! their refusals differently; each test states each major's wording (the
//! list for operators: `maily_chart_gen::helm_majors`).

use std::path::Path;

use maily_chart_tests::*;

helm_tests!(
    helm_lint_strict_passes_for_the_defaults,
    helm_lint_strict_passes_for_every_environment,
    a_misspelt_key_is_rejected_naming_the_key,
    a_misspelt_top_level_key_is_rejected_naming_the_key,
    a_string_replica_count_is_rejected_naming_its_path,
    a_memory_quantity_that_is_no_quantity_is_rejected_naming_its_path,
    a_null_that_removes_a_required_key_is_rejected_naming_the_key,
    an_unknown_pull_policy_is_rejected_by_the_enum,
    an_unknown_service_type_is_rejected_by_the_enum,
    helm_install_client_dry_run_for_every_environment,
    the_chart_requires_kubernetes_1_33_or_later,
    helm_template_assumes_a_kubernetes_version_the_chart_supports,
    json_schema_2020_12_keywords_bind_under_helm_4_only,
    the_schema_and_gen_refuse_the_same_single_field_mistakes,
    a_list_item_missing_a_key_and_an_empty_peer_are_refused,
);

fn chart() -> String {
    chart_dir().display().to_string()
}

fn lint(helm: HelmMajor, values_files: &[&Path], set: &[&str]) -> ToolOutput {
    let mut args = vec!["lint".to_string(), "--strict".to_string(), chart()];
    for f in values_files {
        args.extend(["-f".to_string(), f.display().to_string()]);
    }
    for s in set {
        args.extend(["--set".to_string(), s.to_string()]);
    }
    helm.run(args)
}

fn assert_lint_passes(helm: HelmMajor, values_files: &[&Path], what: &str) {
    let out = lint(helm, values_files, &[]);
    assert!(out.success(), "{helm}: helm lint --strict failed for {what}:\n{}\n{}", out.stdout, out.stderr);
    assert!(out.stdout.contains("1 chart(s) linted, 0 chart(s) failed"), "{helm}, {what}:\n{}", out.stdout);
    for level in ["[ERROR]", "[WARNING]"] {
        assert!(!out.stdout.contains(level), "{helm}: helm lint reported {level} for {what}:\n{}", out.stdout);
    }
}

fn helm_lint_strict_passes_for_the_defaults(helm: HelmMajor) {
    assert_lint_passes(helm, &[], "values.yaml alone");
}

fn helm_lint_strict_passes_for_every_environment(helm: HelmMajor) {
    for env in environments() {
        let file = chart_dir().join(format!("values-{}.yaml", env.name));
        assert!(file.is_file(), "{} is missing", file.display());
        assert_lint_passes(helm, &[&file], &format!("values-{}.yaml", env.name));
    }
}

/// Values (a file with `text`, then `--set` each of `set`) that `helm lint
/// --strict` and `helm template` both refuse, both messages containing `says`.
fn assert_rejected(helm: HelmMajor, text: &str, set: &[&str], says: &str) {
    let dir = TempDir::new("schema");
    let file = dir.path().join("values-bad.yaml");
    std::fs::write(&file, text).expect("temp dir");

    let out = lint(helm, &[&file], set);
    assert!(!out.success(), "{helm}: helm lint --strict accepted {set:?} over:\n{text}\n{}", out.stdout);
    let lint_message = format!("{}{}", out.stdout, out.stderr);
    assert!(lint_message.contains(says), "{helm}: helm lint's message should say\n{says}\nbut said:\n{lint_message}");

    let template_error = helm
        .template("release-name", "default", &[&file], set)
        .expect_err(&format!("{helm}: helm template must refuse {set:?} over:\n{text}"));
    assert!(
        template_error.contains(says),
        "{helm}: helm template's message should say\n{says}\nbut said:\n{template_error}"
    );
}

fn a_misspelt_key_is_rejected_naming_the_key(helm: HelmMajor) {
    let says = helm.pick(
        "- api: Additional property replicaCont is not allowed",
        "- at '/api': additional properties 'replicaCont' not allowed",
    );
    assert_rejected(helm, "api:\n  replicaCont: 2\n", &[], says);
}

fn a_misspelt_top_level_key_is_rejected_naming_the_key(helm: HelmMajor) {
    let says = helm.pick(
        "- (root): Additional property globl is not allowed",
        "- at '': additional properties 'globl' not allowed",
    );
    assert_rejected(helm, "globl:\n  environment: production\n", &[], says);
}

fn a_string_replica_count_is_rejected_naming_its_path(helm: HelmMajor) {
    let says = helm.pick(
        "- api.replicaCount: Invalid type. Expected: integer, given: string",
        "- at '/api/replicaCount': got string, want integer",
    );
    assert_rejected(helm, "api:\n  replicaCount: \"three\"\n", &[], says);
}

fn a_memory_quantity_that_is_no_quantity_is_rejected_naming_its_path(helm: HelmMajor) {
    let says = helm.pick(
        "- web.resources.limits.memory: Does not match pattern '^(",
        "- at '/web/resources/limits/memory': '1Gb' does not match pattern '^(",
    );
    assert_rejected(helm, "web:\n  resources:\n    limits:\n      memory: 1Gb\n", &[], says);
}

/// `null` deletes a key from the merged values (the chart README says to
/// empty a map with `{}`); a required key deleted is refused.
/// The schema requires no key (`--reuse-values` upgrades would meet a schema
/// error that cannot say what to do); `maily.checks` fails instead, naming
/// the key and the way out, in every major alike. `helm lint` runs templates
/// in lint mode, where Helm only logs a template's `fail`: lint passes, and
/// `helm template`, `install` and `upgrade` refuse (the chart README says so).
fn a_null_that_removes_a_required_key_is_rejected_naming_the_key(helm: HelmMajor) {
    let out = lint(helm, &[], &["api.image.tag=null"]);
    assert!(out.success(), "{helm}: Helm's lint mode no longer swallows `fail`: make this test assert the refusal");
    let error = helm
        .template("release-name", "default", &[], &["api.image.tag=null"])
        .expect_err("helm template refuses a null that removes a key");
    assert!(error.contains("values key api.image.tag is missing"), "{helm}: {error}");
    assert!(error.contains("--reset-then-reuse-values"), "{helm}: {error}");
}

/// Helm replaces a list whole, so an item lacking a key would render `null`
/// where the API wants a value: list items keep `required` in the schema.
/// An empty NetworkPolicy peer (`{}`) is refused by the API server.
fn a_list_item_missing_a_key_and_an_empty_peer_are_refused(helm: HelmMajor) {
    let production = values_files_of("production");
    let files: Vec<&Path> = production.iter().map(|p| p.as_path()).collect();
    // `--set` would edit the values file's own item (which has a
    // sectionName); `--set-json` replaces the list.
    let mut args = template_args(&chart_dir(), "maily", "maily-production", &files, &[]);
    args.extend(["--set-json".to_string(), r#"httpRoute.parentRefs=[{"name":"gw","namespace":"edge"}]"#.to_string()]);
    let out = helm.run(args);
    assert!(!out.success(), "{helm}: a parentRef without sectionName was accepted");
    let item = out.stderr;
    let says = helm.pick(
        "- httpRoute.parentRefs.0: sectionName is required",
        "at '/httpRoute/parentRefs/0': missing property 'sectionName'",
    );
    assert!(item.contains(says), "{helm} should say {says}:\n{item}");
    let mut args = template_args(&chart_dir(), "maily", "maily-production", &files, &[]);
    args.extend(["--set-json".to_string(), "networkPolicy.egress.postgres.to=[{}]".to_string()]);
    let out = helm.run(args);
    assert!(!out.success(), "{helm}: an empty peer was accepted");
    let says = helm.pick("- networkPolicy.egress.postgres.to.0: ", "at '/networkPolicy/egress/postgres/to/0'");
    assert!(out.stderr.contains(says), "{helm} should say {says}:\n{}", out.stderr);
    let mut values = values_of("production");
    values.network_policy.egress.postgres.to.0 = vec![Default::default()];
    let errors = maily_chart::validate::validate("production", &values).expect_err("gen refuses an empty peer");
    assert!(
        errors.iter().any(|e| e.starts_with("environment `production`: networkPolicy.egress.postgres.to[0] ")),
        "{errors:?}"
    );
}

fn an_unknown_pull_policy_is_rejected_by_the_enum(helm: HelmMajor) {
    let says = helm.pick(
        "- api.image.pullPolicy: api.image.pullPolicy must be one of the following: \"IfNotPresent\", \"Always\", \"Never\"",
        "- at '/api/image/pullPolicy': value must be one of 'IfNotPresent', 'Always', 'Never'",
    );
    assert_rejected(helm, "{}\n", &["api.image.pullPolicy=Sometimes"], says);
}

fn an_unknown_service_type_is_rejected_by_the_enum(helm: HelmMajor) {
    let says = helm.pick(
        "- web.service.type: web.service.type must be one of the following: \"ClusterIP\", \"NodePort\", \"LoadBalancer\"",
        "- at '/web/service/type': value must be one of 'ClusterIP', 'NodePort', 'LoadBalancer'",
    );
    assert_rejected(helm, "{}\n", &["web.service.type=ExternalName"], says);
}

/// `helm install --dry-run=client`: Helm 4 renders every environment and its
/// NOTES without a cluster. Helm 3 (through 3.18 at least) checks that the
/// cluster is reachable first, so offline it refuses before rendering
/// anything; `helm lint` (above) still renders NOTES.txt under Helm 3.
fn helm_install_client_dry_run_for_every_environment(helm: HelmMajor) {
    let mut cases: Vec<(String, Vec<String>)> = environments()
        .into_iter()
        .map(|e| {
            (
                e.name.clone(),
                vec!["-f".to_string(), chart_dir().join(format!("values-{}.yaml", e.name)).display().to_string()],
            )
        })
        .collect();
    cases.push((DEFAULTS.to_string(), Vec::new()));
    for (name, files) in cases {
        let namespace = format!("maily-{name}");
        let mut args = vec!["install".to_string(), "maily".to_string(), chart()];
        args.extend(files);
        args.extend(["--dry-run=client".to_string(), "-n".to_string(), namespace.clone()]);
        let out = helm.run(&args);
        if helm == HelmMajor::V3 {
            let says =
                "Error: INSTALLATION FAILED: Kubernetes cluster unreachable: Get \"https://127.0.0.1:1/version\"";
            assert!(
                !out.success() && out.stderr.contains(says),
                "{helm}: helm {} should fail for want of a cluster, saying\n{says}\nbut said:\n{}\n{}",
                args.join(" "),
                out.stdout,
                out.stderr
            );
            continue;
        }
        assert!(out.success(), "{helm}: helm {} failed:\n{}\n{}", args.join(" "), out.stdout, out.stderr);
        assert!(out.stdout.contains("STATUS: pending-install"), "{helm}, {name}:\n{}", out.stdout);
        assert!(out.stdout.contains(&format!("NAMESPACE: {namespace}")), "{helm}, {name}:\n{}", out.stdout);
        let environment = values_of(&name).global.environment;
        assert!(
            out.stdout.contains(&format!("(environment: {environment})")),
            "{helm}: the NOTES should name the environment `{environment}`:\n{}",
            out.stdout
        );
    }
}

fn the_chart_requires_kubernetes_1_33_or_later(helm: HelmMajor) {
    let ok = helm.run(["template", "r", &chart(), "--kube-version", "1.33.0"]);
    assert!(ok.success(), "{helm}: Kubernetes 1.33 is supported:\n{}", ok.stderr);
    let old = helm.run(["template", "r", &chart(), "--kube-version", "1.32.0"]);
    assert!(!old.success(), "{helm}: Kubernetes 1.32 must be refused");
    let says = "Error: chart requires kubeVersion: >=1.33.0-0 which is incompatible with Kubernetes v1.32.0";
    assert!(old.stderr.contains(says), "{helm} should say\n{says}\nbut said:\n{}", old.stderr);
}

/// Without a cluster and without `--kube-version`, `helm template` assumes
/// the Kubernetes version its major was built for: v1.33.0 for Helm 3.18,
/// v1.35.0 for Helm 4.1. Both satisfy the chart's `kubeVersion`, so the
/// equivalence tests need no `--kube-version`; an older Helm 3 would
/// assume an older Kubernetes and refuse the chart.
fn helm_template_assumes_a_kubernetes_version_the_chart_supports(helm: HelmMajor) {
    let dir = TempDir::new("kube-version");
    let copy = dir.path().join("maily");
    copy_tree(&chart_dir(), &copy);
    std::fs::write(
        copy.join("templates/kube-version.yaml"),
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: kube-version\n\
         data:\n  version: {{ .Capabilities.KubeVersion.Version | quote }}\n",
    )
    .expect("temp dir");
    let version = |extra: &[&str]| {
        let mut args = vec!["template", "r", copy.to_str().expect("UTF-8 path"), "-s", "templates/kube-version.yaml"];
        args.extend(extra);
        let out = helm.run(&args);
        assert!(out.success(), "{helm}: helm {} failed:\n{}", args.join(" "), out.stderr);
        let objects = parse_manifests(&out.stdout).expect("helm prints YAML");
        objects[0].pointer("/data/version").and_then(serde_json::Value::as_str).expect("a version").to_string()
    };
    assert_eq!(version(&[]), helm.pick("v1.33.0", "v1.35.0"), "{helm}: the Kubernetes version helm template assumes");
    assert_eq!(version(&["--kube-version", "1.33.0"]), "v1.33.0", "{helm}: --kube-version sets it");
}

/// The chart's schema is draft-07, which both majors check alike. Helm 3
/// knows no later draft: under a 2020-12 `$schema` it ignores the newer
/// keywords (here `dependentSchemas`), which Helm 4 enforces.
fn json_schema_2020_12_keywords_bind_under_helm_4_only(helm: HelmMajor) {
    let text = std::fs::read_to_string(chart_dir().join("values.schema.json")).expect("values.schema.json");
    let mut schema: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");

    let dir = TempDir::new("schema-2020-12");
    let copy = dir.path().join("maily");
    copy_tree(&chart_dir(), &copy);
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema".into();
    schema["dependentSchemas"] =
        serde_json::json!({"api": {"properties": {"api": {"properties": {"replicaCount": {"maximum": 5}}}}}});
    std::fs::write(copy.join("values.schema.json"), schema.to_string()).expect("temp dir");
    let out = helm.run(["template", "r", copy.to_str().expect("UTF-8 path"), "--set", "api.replicaCount=7"]);
    match helm {
        HelmMajor::V3 => assert!(out.success(), "{helm} should ignore dependentSchemas:\n{}", out.stderr),
        HelmMajor::V4 => {
            let says = "- at '/api/replicaCount': maximum: got 7, want 5";
            assert!(!out.success() && out.stderr.contains(says), "{helm} should say {says}:\n{}", out.stderr);
        }
    }
}

/// One single-field rule, broken once through Helm (`--set` on top of
/// values-production.yaml) and once in Rust (the production environment).
struct Broken {
    set: &'static str,
    /// Where Helm's error must say the mistake is.
    helm_says: Says,
    rust_path: &'static str,
    change: fn(&mut maily_chart::Values),
}

/// Where a schema error is, as each Helm major words it.
enum Says {
    /// A value, by JSON pointer (`/api/replicaCount`): Helm 4 says
    /// `at '/api/replicaCount'`, Helm 3 `- api.replicaCount: `.
    At(&'static str),
    /// A map key refused by `propertyNames`: (the map's JSON pointer, the
    /// key). Helm 3 names both (`- api.env: Property name of "1BAD" does not
    /// match`), Helm 4 only the key (`at '': invalid propertyName '1BAD'`).
    Key(&'static str, &'static str),
}

impl Says {
    fn wording(&self, helm: HelmMajor) -> String {
        let dotted = |pointer: &str| pointer.trim_start_matches('/').replace('/', ".");
        match (self, helm) {
            (Says::At(pointer), HelmMajor::V3) => format!("- {}: ", dotted(pointer)),
            (Says::At(pointer), HelmMajor::V4) => format!("at '{pointer}'"),
            (Says::Key(map, key), HelmMajor::V3) => {
                format!("- {}: Property name of \"{key}\" does not match", dotted(map))
            }
            (Says::Key(_, key), HelmMajor::V4) => format!("- at '': invalid propertyName '{key}'"),
        }
    }
}

fn the_schema_and_gen_refuse_the_same_single_field_mistakes(helm: HelmMajor) {
    use maily_chart::values::ExtraPort;
    let cases = [
        Broken {
            set: "api.replicaCount=-1",
            helm_says: Says::At("/api/replicaCount"),
            rust_path: "api.replicaCount",
            change: |v| v.api.workload.replica_count = -1,
        },
        Broken {
            set: "api.image.tag=latest",
            helm_says: Says::At("/api/image/tag"),
            rust_path: "api.image.tag",
            change: |v| v.api.workload.image.tag = "latest".into(),
        },
        Broken {
            set: "web.containerPort=70000",
            helm_says: Says::At("/web/containerPort"),
            rust_path: "web.containerPort",
            change: |v| v.web.container_port = 70000,
        },
        Broken {
            set: "api.podSecurityContext.runAsUser=0",
            helm_says: Says::At("/api/podSecurityContext/runAsUser"),
            rust_path: "api.podSecurityContext.runAsUser",
            change: |v| v.api.workload.pod_security_context.run_as_user = 0,
        },
        Broken {
            set: "api.autoscaling.targetCPUUtilizationPercentage=0",
            helm_says: Says::At("/api/autoscaling/targetCPUUtilizationPercentage"),
            rust_path: "api.autoscaling.targetCPUUtilizationPercentage",
            change: |v| v.api.workload.autoscaling.target_cpu_utilization_percentage = 0,
        },
        Broken {
            set: "api.livenessProbe.periodSeconds=0",
            helm_says: Says::At("/api/livenessProbe/periodSeconds"),
            rust_path: "api.livenessProbe.periodSeconds",
            change: |v| v.api.workload.liveness_probe.period_seconds = 0,
        },
        Broken {
            set: "workers.podDisruptionBudget.maxUnavailable=0",
            helm_says: Says::At("/workers/podDisruptionBudget/maxUnavailable"),
            rust_path: "workers.podDisruptionBudget.maxUnavailable",
            change: |v| v.workers.workload.pod_disruption_budget.max_unavailable = 0,
        },
        Broken {
            set: "global.existingSecret=Bad_Name",
            helm_says: Says::At("/global/existingSecret"),
            rust_path: "global.existingSecret",
            change: |v| v.global.existing_secret = "Bad_Name".into(),
        },
        Broken {
            set: "nameOverride=-x",
            helm_says: Says::At("/nameOverride"),
            rust_path: "nameOverride",
            change: |v| v.name_override = "-x".into(),
        },
        Broken {
            set: "api.env.1BAD=x",
            helm_says: Says::Key("/api/env", "1BAD"),
            rust_path: "api.env.1BAD",
            change: |v| {
                v.api.workload.env.insert("1BAD".into(), "x".into());
            },
        },
        // The label that marks the chart Gateway's pods (policies admit
        // them and leave them out of default-deny) is the chart's own.
        Broken {
            set: "api.podLabels.gateway\\.networking\\.k8s\\.io/gateway-name=x",
            helm_says: Says::Key("/api/podLabels", "gateway.networking.k8s.io/gateway-name"),
            rust_path: "api.podLabels.gateway.networking.k8s.io/gateway-name",
            change: |v| {
                v.api.workload.pod_labels.insert("gateway.networking.k8s.io/gateway-name".into(), "x".into());
            },
        },
        Broken {
            set: "api.env.ENVIRONMENT=x",
            helm_says: Says::Key("/api/env", "ENVIRONMENT"),
            rust_path: "api.env.ENVIRONMENT",
            change: |v| {
                v.api.workload.env.insert("ENVIRONMENT".into(), "x".into());
            },
        },
        Broken {
            set: "api.secretEnv.X=..",
            helm_says: Says::At("/api/secretEnv/X"),
            rust_path: "api.secretEnv.X",
            change: |v| {
                v.api.workload.secret_env.insert("X".into(), "..".into());
            },
        },
        // A pod annotation the chart owns is a cross-field rule now (per
        // component): tests/cross_rules.rs.
        Broken {
            set: "aiService.podAnnotations.bad key=x",
            helm_says: Says::Key("/aiService/podAnnotations", "bad key"),
            rust_path: "aiService.podAnnotations.bad key",
            change: |v| {
                v.ai_service.http.workload.pod_annotations.insert("bad key".into(), "x".into());
            },
        },
        Broken {
            set: "api.resources.limits.memory=500m",
            helm_says: Says::At("/api/resources/limits/memory"),
            rust_path: "api.resources.limits.memory",
            change: |v| v.api.workload.resources.limits.set("memory", "500m"),
        },
        Broken {
            set: "api.resources.requests.cpu=1Gi",
            helm_says: Says::At("/api/resources/requests/cpu"),
            rust_path: "api.resources.requests.cpu",
            change: |v| v.api.workload.resources.requests.set("cpu", "1Gi"),
        },
        Broken {
            set: "web.resources.requests.cpu=0m",
            helm_says: Says::At("/web/resources/requests/cpu"),
            rust_path: "web.resources.requests.cpu",
            change: |v| v.web.workload.resources.requests.set("cpu", "0m"),
        },
        Broken {
            set: "global.imageRegistry=a..b",
            helm_says: Says::At("/global/imageRegistry"),
            rust_path: "global.imageRegistry",
            change: |v| v.global.image_registry = "a..b".into(),
        },
        Broken {
            set: "api.tolerations[0].key=dedicated,api.tolerations[0].value=a b",
            helm_says: Says::At("/api/tolerations/0/value"),
            rust_path: "api.tolerations[0].value",
            change: |v| {
                v.api.workload.tolerations.0 = vec![k8s_openapi::api::core::v1::Toleration {
                    key: Some("dedicated".into()),
                    value: Some("a b".into()),
                    ..Default::default()
                }]
            },
        },
        Broken {
            set: "api.nodeSelector.a=b c",
            helm_says: Says::At("/api/nodeSelector/a"),
            rust_path: "api.nodeSelector.a",
            change: |v| {
                v.api.workload.node_selector.insert("a".into(), "b c".into());
            },
        },
        Broken {
            set: "api.extraPorts[0].name=http,api.extraPorts[0].containerPort=9000,api.extraPorts[0].servicePort=9000",
            helm_says: Says::At("/api/extraPorts/0/name"),
            rust_path: "api.extraPorts[0].name",
            change: |v| {
                v.api.extra_ports = vec![ExtraPort { name: "http".into(), container_port: 9000, service_port: 9000 }]
            },
        },
        Broken {
            set: "api.tolerations[0].operator=Bogus",
            helm_says: Says::At("/api/tolerations/0/operator"),
            rust_path: "api.tolerations[0].operator",
            change: |v| {
                v.api.workload.tolerations.0 = vec![k8s_openapi::api::core::v1::Toleration {
                    operator: Some("Bogus".into()),
                    ..Default::default()
                }]
            },
        },
        // Routing: a host that is not a DNS name, a path without its `/`,
        // a timeout that is no Gateway API duration, an origin with a path.
        Broken {
            set: "api.route.hosts[0]=api_justmaily.com",
            helm_says: Says::At("/api/route/hosts/0"),
            rust_path: "api.route.hosts[0]",
            change: |v| v.api.route.hosts = vec!["api_justmaily.com".into()],
        },
        Broken {
            set: "web.route.hosts[0]=10.0.0.1",
            helm_says: Says::At("/web/route/hosts/0"),
            rust_path: "web.route.hosts[0]",
            change: |v| v.web.route.hosts = vec!["10.0.0.1".into()],
        },
        Broken {
            set: "api.route.paths[0]=api/v1",
            helm_says: Says::At("/api/route/paths/0"),
            rust_path: "api.route.paths[0]",
            change: |v| v.api.route.paths = vec!["api/v1".into()],
        },
        Broken {
            set: "api.route.requestTimeout=60",
            helm_says: Says::At("/api/route/requestTimeout"),
            rust_path: "api.route.requestTimeout",
            change: |v| v.api.route.request_timeout = "60".into(),
        },
        Broken {
            set: "httpRoute.cors.allowOrigins[0]=https://justmaily.com/app",
            helm_says: Says::At("/httpRoute/cors/allowOrigins/0"),
            rust_path: "httpRoute.cors.allowOrigins[0]",
            change: |v| v.http_route.cors.allow_origins = vec!["https://justmaily.com/app".into()],
        },
        // Paths the Gateway API and Ingress refuse although their characters pass.
        Broken {
            set: "api.route.paths[0]=/v1/../admin",
            helm_says: Says::At("/api/route/paths/0"),
            rust_path: "api.route.paths[0]",
            change: |v| v.api.route.paths = vec!["/v1/../admin".into()],
        },
        Broken {
            set: "api.route.paths[0]=/v1%2Fadmin",
            helm_says: Says::At("/api/route/paths/0"),
            rust_path: "api.route.paths[0]",
            change: |v| v.api.route.paths = vec!["/v1%2Fadmin".into()],
        },
        Broken {
            set: "web.route.paths[0]=/app/.",
            helm_says: Says::At("/web/route/paths/0"),
            rust_path: "web.route.paths[0]",
            change: |v| v.web.route.paths = vec!["/app/.".into()],
        },
        // An empty response header value (the HTTPRoute CRD wants 1 to 4096
        // characters) and `*` beside another allowed header.
        Broken {
            set: "httpRoute.responseHeaders.X-Empty=",
            helm_says: Says::At("/httpRoute/responseHeaders/X-Empty"),
            rust_path: "httpRoute.responseHeaders.X-Empty",
            change: |v| {
                v.http_route.response_headers.insert("X-Empty".into(), String::new());
            },
        },
        Broken {
            set: "httpRoute.cors.allowHeaders={*,Authorization}",
            helm_says: Says::At("/httpRoute/cors/allowHeaders"),
            rust_path: "httpRoute.cors.allowHeaders",
            change: |v| v.http_route.cors.allow_headers = vec!["*".into(), "Authorization".into()],
        },
        Broken {
            set: "networkPolicy.egress.smtp.ports[0]=0",
            helm_says: Says::At("/networkPolicy/egress/smtp/ports/0"),
            rust_path: "networkPolicy.egress.smtp.ports[0]",
            change: |v| v.network_policy.egress.smtp.ports = vec![0],
        },
    ];
    let production = values_files_of("production");
    let files: Vec<&Path> = production.iter().map(|p| p.as_path()).collect();
    for case in &cases {
        let err = helm
            .template_text("maily", "maily-production", &files, &[case.set])
            .expect_err(&format!("{helm}: the schema must refuse --set {}", case.set));
        let says = case.helm_says.wording(helm);
        assert!(err.contains(&says), "--set {}: {helm} should say {says}:\n{err}", case.set);

        let mut values = values_of("production");
        (case.change)(&mut values);
        let errors = maily_chart::validate::validate("production", &values)
            .expect_err(&format!("gen must refuse {}", case.rust_path));
        assert!(
            errors.iter().any(|e| e.starts_with(&format!("environment `production`: {} ", case.rust_path))),
            "gen should name {}: {errors:?}",
            case.rust_path
        );
    }
}
