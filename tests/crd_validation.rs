//! The custom-resource validator of the test support ([`crd`]) against the
//! CRDs of `../shared/crds`, and the typed custom resources of
//! `maily-chart-crds` against both:
//! - every CRD file loads and every version's schema compiles, so a CRD
//!   added there is covered without an edit here;
//! - the crate's kinds are exactly the CRDs', with their group, served
//!   version, plural and scope, and each generated module was generated from
//!   the CRD file now in `../shared/crds` (its sha256);
//! - for each CRD, an example built with the typed Rust validates, and broken
//!   ones (a wrong type, an unknown field, a missing required field, a bad
//!   enum, bad metadata, ...) are refused with a message naming the field;
//! - [`crd::validate_all`] checks the custom resources of a render and
//!   leaves the built-in objects to kubernetes-validate.

use std::collections::{BTreeMap, BTreeSet};

use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;
use maily_chart_crds::*;
use maily_chart_tests::crd;
use maily_chart_tests::workspace_root;
use serde::Serialize;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

fn meta(name: &str, namespace: Option<&str>) -> ObjectMeta {
    ObjectMeta {
        name: Some(name.into()),
        namespace: namespace.map(String::from),
        labels: Some(BTreeMap::from([("app.kubernetes.io/name".into(), "maily".into())])),
        ..Default::default()
    }
}

fn namespaced<S: Kind + Serialize>(name: &str, spec: S) -> Value {
    serde_json::to_value(CustomResource::new(meta(name, Some("maily")), spec)).expect("serializes")
}

fn labels(pairs: &[(&str, &str)]) -> Option<BTreeMap<String, String>> {
    Some(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
}

// ------------------------------------------------------------------ valid examples, one per kind

fn gateway_class() -> Value {
    use gateway::gatewayclasses::*;
    let spec = GatewayClassSpec {
        controller_name: "istio.io/gateway-controller".into(),
        description: Some("Istio".into()),
        ..Default::default()
    };
    serde_json::to_value(GatewayClass::new(meta("istio", None), spec)).expect("serializes")
}

fn gateway() -> Value {
    use gateway::gateways::*;
    let listener = |name: &str, port, protocol: &str| GatewayListeners {
        name: name.into(),
        port,
        protocol: protocol.into(),
        hostname: Some("maily.example.com".into()),
        allowed_routes: Some(GatewayListenersAllowedRoutes {
            namespaces: Some(GatewayListenersAllowedRoutesNamespaces {
                from: Some(GatewayListenersAllowedRoutesNamespacesFrom::Same),
                ..Default::default()
            }),
            ..Default::default()
        }),
        ..Default::default()
    };
    let https = GatewayListeners {
        tls: Some(GatewayListenersTls {
            mode: Some(GatewayListenersTlsMode::Terminate),
            certificate_refs: Some(vec![GatewayListenersTlsCertificateRefs {
                name: "maily-tls".into(),
                ..Default::default()
            }]),
            ..Default::default()
        }),
        ..listener("https", 443, "HTTPS")
    };
    let spec = GatewaySpec {
        gateway_class_name: "istio".into(),
        listeners: vec![listener("http", 80, "HTTP"), https],
        ..Default::default()
    };
    namespaced("maily", spec)
}

fn http_route() -> Value {
    use gateway::httproutes::*;
    let spec = HttpRouteSpec {
        hostnames: Some(vec!["maily.example.com".into()]),
        parent_refs: Some(vec![HttpRouteParentRefs {
            name: "maily".into(),
            section_name: Some("https".into()),
            ..Default::default()
        }]),
        rules: Some(vec![HttpRouteRules {
            matches: Some(vec![HttpRouteRulesMatches {
                path: Some(HttpRouteRulesMatchesPath {
                    r#type: Some(HttpRouteRulesMatchesPathType::PathPrefix),
                    value: Some("/api".into()),
                }),
                ..Default::default()
            }]),
            backend_refs: Some(vec![HttpRouteRulesBackendRefs {
                name: "maily-api".into(),
                port: Some(8080),
                ..Default::default()
            }]),
            ..Default::default()
        }]),
    };
    namespaced("maily-api", spec)
}

fn reference_grant() -> Value {
    use gateway::referencegrants::*;
    let spec = ReferenceGrantSpec {
        from: vec![ReferenceGrantFrom {
            group: "gateway.networking.k8s.io".into(),
            kind: "HTTPRoute".into(),
            namespace: "edge".into(),
        }],
        to: vec![ReferenceGrantTo { group: String::new(), kind: "Service".into(), name: Some("maily-api".into()) }],
    };
    namespaced("maily-edge-routes", spec)
}

fn peer_authentication() -> Value {
    use istio::peerauthentications::*;
    let spec = PeerAuthenticationSpec {
        mtls: Some(PeerAuthenticationMtls { mode: Some(PeerAuthenticationMtlsMode::Strict) }),
        selector: Some(PeerAuthenticationSelector { match_labels: labels(&[("app.kubernetes.io/name", "maily")]) }),
        ..Default::default()
    };
    namespaced("maily", spec)
}

fn authorization_policy() -> Value {
    use istio::authorizationpolicies::*;
    let spec = AuthorizationPolicySpec {
        action: Some(AuthorizationPolicyAction::Allow),
        selector: Some(AuthorizationPolicySelector { match_labels: labels(&[("app.kubernetes.io/component", "api")]) }),
        rules: Some(vec![AuthorizationPolicyRules {
            from: Some(vec![AuthorizationPolicyRulesFrom {
                source: Some(AuthorizationPolicyRulesFromSource {
                    principals: Some(vec!["cluster.local/ns/maily/sa/maily-web".into()]),
                    ..Default::default()
                }),
            }]),
            to: Some(vec![AuthorizationPolicyRulesTo {
                operation: Some(AuthorizationPolicyRulesToOperation {
                    ports: Some(vec!["8080".into()]),
                    ..Default::default()
                }),
            }]),
            ..Default::default()
        }]),
        ..Default::default()
    };
    namespaced("maily-api", spec)
}

fn service_monitor() -> Value {
    use monitoring::servicemonitors::*;
    let spec = ServiceMonitorSpec {
        endpoints: vec![ServiceMonitorEndpoints {
            port: Some("http".into()),
            path: Some("/metrics".into()),
            interval: Some("30s".into()),
            scheme: Some(ServiceMonitorEndpointsScheme::Http),
            ..Default::default()
        }],
        selector: ServiceMonitorSelector {
            match_labels: labels(&[("app.kubernetes.io/component", "api")]),
            ..Default::default()
        },
        ..Default::default()
    };
    namespaced("maily-api", spec)
}

fn pod_monitor() -> Value {
    use monitoring::podmonitors::*;
    let spec = PodMonitorSpec {
        pod_metrics_endpoints: Some(vec![PodMonitorPodMetricsEndpoints {
            port: Some("metrics".into()),
            interval: Some("1m".into()),
            ..Default::default()
        }]),
        selector: PodMonitorSelector {
            match_labels: labels(&[("app.kubernetes.io/component", "workers")]),
            ..Default::default()
        },
        ..Default::default()
    };
    namespaced("maily-workers", spec)
}

fn prometheus_rule() -> Value {
    use monitoring::prometheusrules::*;
    let spec = PrometheusRuleSpec {
        groups: Some(vec![PrometheusRuleGroups {
            name: "maily".into(),
            rules: Some(vec![PrometheusRuleGroupsRules {
                alert: Some("MailyApiDown".into()),
                expr: IntOrString::String("up{job=\"maily-api\"} == 0".into()),
                r#for: Some("5m".into()),
                labels: labels(&[("severity", "page")]),
                ..Default::default()
            }]),
            ..Default::default()
        }]),
    };
    namespaced("maily", spec)
}

fn external_secret() -> Value {
    use external_secrets::externalsecrets::*;
    let spec = ExternalSecretSpec {
        refresh_interval: Some("1h".into()),
        secret_store_ref: Some(ExternalSecretSecretStoreRef {
            kind: Some(ExternalSecretSecretStoreRefKind::SecretStore),
            name: Some("maily".into()),
        }),
        target: Some(ExternalSecretTarget {
            name: Some("maily-secrets".into()),
            creation_policy: Some(ExternalSecretTargetCreationPolicy::Owner),
            ..Default::default()
        }),
        data: Some(vec![ExternalSecretData {
            secret_key: "database-url".into(),
            remote_ref: ExternalSecretDataRemoteRef { key: "maily/database".into(), ..Default::default() },
            ..Default::default()
        }]),
        ..Default::default()
    };
    namespaced("maily", spec)
}

fn kubernetes_provider() -> external_secrets::secretstores::SecretStoreSpec {
    use external_secrets::secretstores::*;
    SecretStoreSpec {
        provider: SecretStoreProvider {
            kubernetes: Some(SecretStoreProviderKubernetes {
                remote_namespace: Some("maily-secrets".into()),
                auth: Some(SecretStoreProviderKubernetesAuth {
                    service_account: Some(SecretStoreProviderKubernetesAuthServiceAccount {
                        name: "maily-external-secrets".into(),
                        ..Default::default()
                    }),
                    ..Default::default()
                }),
                server: Some(SecretStoreProviderKubernetesServer {
                    ca_bundle: Some("LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==".into()),
                    ..Default::default()
                }),
                ..Default::default()
            }),
            ..Default::default()
        },
        ..Default::default()
    }
}

fn secret_store() -> Value {
    namespaced("maily", kubernetes_provider())
}

fn cluster_secret_store() -> Value {
    use external_secrets::clustersecretstores::*;
    let spec = ClusterSecretStoreSpec(kubernetes_provider());
    serde_json::to_value(ClusterSecretStore::new(meta("maily", None), spec)).expect("serializes")
}

fn application() -> Value {
    use argo::applications::*;
    let spec = ApplicationSpec {
        project: "default".into(),
        destination: ApplicationDestination {
            server: Some("https://kubernetes.default.svc".into()),
            namespace: Some("maily-production".into()),
            ..Default::default()
        },
        source: Some(ApplicationSource {
            repo_url: "https://git.example.com/maily/maily-chart.git".into(),
            path: Some("out/maily".into()),
            target_revision: Some("main".into()),
            helm: Some(ApplicationSourceHelm {
                value_files: Some(vec!["values-production.yaml".into()]),
                values_object: Some(BTreeMap::from([("api".into(), json!({"replicaCount": 3}))])),
                ..Default::default()
            }),
            ..Default::default()
        }),
        sync_policy: Some(ApplicationSyncPolicy {
            automated: Some(ApplicationSyncPolicyAutomated {
                prune: Some(true),
                self_heal: Some(true),
                ..Default::default()
            }),
            sync_options: Some(vec!["CreateNamespace=true".into()]),
            ..Default::default()
        }),
        ..Default::default()
    };
    namespaced("maily-production", spec)
}

fn helm_release() -> Value {
    use flux::helmreleases::*;
    let spec = HelmReleaseSpec {
        interval: "10m".into(),
        release_name: Some("maily".into()),
        chart: Some(HelmReleaseChart {
            spec: HelmReleaseChartSpec {
                chart: "./out/maily".into(),
                source_ref: HelmReleaseChartSpecSourceRef {
                    kind: HelmReleaseChartSpecSourceRefKind::GitRepository,
                    name: "maily-chart".into(),
                    api_version: None,
                    namespace: None,
                },
                values_files: Some(vec!["./out/maily/values-production.yaml".into()]),
                ignore_missing_values_files: None,
                interval: None,
                reconcile_strategy: None,
                verify: None,
                version: None,
            },
            metadata: None,
        }),
        install: Some(HelmReleaseInstall { create_namespace: Some(true), ..Default::default() }),
        values: Some(json!({"api": {"replicaCount": 3}})),
        ..Default::default()
    };
    namespaced("maily", spec)
}

/// One valid object per kind, each built with the typed Rust.
fn examples() -> Vec<Value> {
    vec![
        gateway_class(),
        gateway(),
        http_route(),
        reference_grant(),
        peer_authentication(),
        authorization_policy(),
        service_monitor(),
        pod_monitor(),
        prometheus_rule(),
        external_secret(),
        secret_store(),
        cluster_secret_store(),
        application(),
        helm_release(),
    ]
}

// ------------------------------------------------------------------ helpers

/// `object` with the value at `pointer` set (or, for `None`, removed).
fn with(object: &Value, pointer: &str, value: Option<Value>) -> Value {
    let mut object = object.clone();
    let (parent, key) = pointer.rsplit_once('/').expect("a pointer");
    let parent = object.pointer_mut(parent).unwrap_or_else(|| panic!("no {parent}"));
    match (parent, value) {
        (Value::Object(map), Some(v)) => {
            map.insert(key.replace("~1", "/"), v);
        }
        (Value::Object(map), None) => {
            map.remove(&key.replace("~1", "/")).unwrap_or_else(|| panic!("no {pointer} to remove"));
        }
        (Value::Array(items), Some(v)) => items[key.parse::<usize>().expect("an index")] = v,
        (Value::Array(items), None) => {
            items.remove(key.parse::<usize>().expect("an index"));
        }
        _ => panic!("{pointer}: not in an object or a list"),
    }
    object
}

/// Panics unless `object` is refused with a message holding every fragment.
fn assert_refused(object: &Value, fragments: &[&str]) {
    let problems = crd::validate(object).expect_err(&format!("accepted:\n{object:#}"));
    assert!(
        problems.iter().any(|p| fragments.iter().all(|f| p.contains(f))),
        "no message holds {fragments:?}:\n{}",
        problems.join("\n")
    );
}

// ------------------------------------------------------------------ the CRDs

#[test]
fn every_crd_file_loads_and_every_version_schema_compiles() {
    let dir = crd::crds_dir();
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).expect("the CRD directory") {
        let file = entry.expect("an entry").path();
        if file.extension().is_none_or(|e| e != "yaml" && e != "yml") {
            continue;
        }
        files += 1;
        let crds = crd::read_crds(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for c in crds {
            assert!(c.versions.iter().any(|v| v.served), "{}: no served version", file.display());
            for v in &c.versions {
                v.compiled().unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            }
        }
    }
    assert!(files >= 14, "{} holds {files} CRD files", dir.display());
    assert_eq!(crd::crds().len(), files, "one CRD per file");
}

#[test]
fn the_typed_kinds_are_the_crds_with_their_group_served_version_plural_and_scope() {
    let typed: BTreeSet<(&str, &str)> = KINDS.iter().map(|k| (k.group, k.kind)).collect();
    let crds: BTreeSet<(&str, &str)> = crd::crds().iter().map(|c| (c.group.as_str(), c.kind.as_str())).collect();
    assert_eq!(
        typed, crds,
        "maily-chart-crds and ../shared/crds differ: add the CRD's row to scripts/gen-crd-types and its kind to \
         maily-chart/crds/src/lib.rs"
    );
    for k in KINDS {
        let c = crd::find(k.group, k.kind).expect("checked above");
        let version = c.version(k.version).unwrap_or_else(|| panic!("{}: no version {}", k.kind, k.version));
        assert!(version.served, "{}: version {} is not served", k.kind, k.version);
        assert_eq!((k.plural, k.namespaced), (c.plural.as_str(), c.namespaced), "{}", k.kind);
    }
}

#[test]
fn every_generated_module_was_generated_from_the_crd_file_now_in_shared_crds() {
    let src = workspace_root().join("maily-chart/crds/src");
    let mut named = BTreeSet::new();
    for group in std::fs::read_dir(&src).expect("the crate's sources") {
        let group = group.expect("an entry").path();
        if !group.is_dir() {
            continue;
        }
        for module in std::fs::read_dir(&group).expect("a group") {
            let module = module.expect("an entry").path();
            let text = std::fs::read_to_string(&module).expect("a module");
            let header = text.lines().find_map(|l| l.strip_prefix("// CRD: ../shared/crds/"));
            let header = header.unwrap_or_else(|| panic!("{}: no `// CRD:` header line", module.display()));
            let (file, rest) = header.split_once(", ").expect("`<file>, version <v>, sha256 <hex>`");
            let sha = rest.rsplit_once("sha256 ").expect("a sha256").1;
            let bytes = std::fs::read(crd::crds_dir().join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
            let now = format!("{:x}", Sha256::digest(&bytes));
            assert_eq!(sha, now, "{} was generated from another {file}: run scripts/gen-crd-types", module.display());
            named.insert(file.to_string());
        }
    }
    let files: BTreeSet<String> =
        crd::crds().iter().map(|c| c.file.file_name().unwrap().to_string_lossy().into()).collect();
    assert_eq!(named, files, "every CRD file has one generated module");
}

// ------------------------------------------------------------------ valid and broken objects

#[test]
fn an_example_of_every_kind_built_with_the_typed_rust_validates() {
    let examples = examples();
    let kinds: BTreeSet<&str> = examples.iter().map(|e| e["kind"].as_str().expect("a kind")).collect();
    let all: BTreeSet<&str> = KINDS.iter().map(|k| k.kind).collect();
    assert_eq!(kinds, all, "one example per kind");
    for example in &examples {
        if let Err(problems) = crd::validate(example) {
            panic!("{}\n{example:#}", problems.join("\n"));
        }
    }
    crd::validate_all(&examples).expect("every example");
}

#[test]
fn a_wrong_type_is_refused_with_its_field_path() {
    let listeners = gateway();
    assert_refused(
        &with(&listeners, "/spec/listeners/0/port", Some(json!("80"))),
        &["Gateway/maily: spec.listeners[0].port:", "\"80\" is not of type \"integer\""],
    );
    assert_refused(
        &with(&prometheus_rule(), "/spec/groups/0/rules/0/for", Some(json!(300))),
        &["PrometheusRule/maily: spec.groups[0].rules[0].for:", "not of type"],
    );
    // int-or-string: an integer or a string, nothing else.
    assert_refused(
        &with(&prometheus_rule(), "/spec/groups/0/rules/0/expr", Some(json!(true))),
        &["spec.groups[0].rules[0].expr:"],
    );
    assert_refused(
        &with(&reference_grant(), "/spec/to", Some(json!({"kind": "Service"}))),
        &["ReferenceGrant/maily-edge-routes: spec.to:", "not of type \"array\""],
    );
    // null where the schema is not nullable (the API server would prune it).
    assert_refused(&with(&http_route(), "/spec/hostnames", Some(Value::Null)), &["spec.hostnames:", "null"]);
}

#[test]
fn an_unknown_field_is_refused_where_kubernetes_would_drop_it() {
    assert_refused(
        &with(&http_route(), "/spec/rules/0/backendRef", Some(json!([{"name": "maily-api"}]))),
        &["HTTPRoute/maily-api: spec.rules[0].backendRef: unknown field", "the API server would drop it"],
    );
    assert_refused(
        &with(&secret_store(), "/spec/provider/kubernetes/remoteNamespaces", Some(json!("x"))),
        &["SecretStore/maily: spec.provider.kubernetes.remoteNamespaces: unknown field"],
    );
    // At the root, next to spec.
    assert_refused(&with(&helm_release(), "/values", Some(json!({}))), &["HelmRelease/maily: values: unknown field"]);
    // Istio's root schema declares neither apiVersion, kind nor metadata: they are always allowed.
    assert_refused(
        &with(&peer_authentication(), "/spec/mtls/mod", Some(json!("STRICT"))),
        &["PeerAuthentication/maily: spec.mtls.mod: unknown field"],
    );
    // In metadata, against ObjectMeta.
    assert_refused(&with(&service_monitor(), "/metadata/label", Some(json!({}))), &["metadata.label: unknown field"]);
}

#[test]
fn fields_the_crd_leaves_open_take_anything() {
    // x-kubernetes-preserve-unknown-fields: Flux's values, Argo CD's valuesObject.
    let free = json!({"anything": [1, "two", {"three": null}]});
    crd::validate(&with(&helm_release(), "/spec/values", Some(free.clone()))).expect("values are free");
    crd::validate(&with(&application(), "/spec/source/helm/valuesObject", Some(free))).expect("valuesObject is free");
    // A string map: any key.
    crd::validate(&with(&prometheus_rule(), "/spec/groups/0/rules/0/labels/team", Some(json!("mail"))))
        .expect("labels are a map");
}

#[test]
fn a_missing_required_field_is_refused_with_its_path() {
    assert_refused(
        &with(&gateway_class(), "/spec/controllerName", None),
        &["GatewayClass/istio: spec.controllerName: required field missing"],
    );
    assert_refused(
        &with(&pod_monitor(), "/spec/selector", None),
        &["PodMonitor/maily-workers: spec.selector: required field missing"],
    );
    assert_refused(&with(&application(), "/spec/project", None), &["spec.project: required field missing"]);
    assert_refused(
        &with(&http_route(), "/spec/rules/0/backendRefs/0/name", None),
        &["spec.rules[0].backendRefs[0].name: required field missing"],
    );
    assert_refused(
        &with(&external_secret(), "/spec/data/0/secretKey", None),
        &["ExternalSecret/maily: spec.data[0].secretKey: required field missing"],
    );
}

#[test]
fn a_bad_enum_value_or_pattern_is_refused_with_its_path() {
    assert_refused(
        &with(&peer_authentication(), "/spec/mtls/mode", Some(json!("STRICTLY"))),
        &[
            "PeerAuthentication/maily: spec.mtls.mode:",
            "\"STRICTLY\" is not one of \"UNSET\", \"DISABLE\", \"PERMISSIVE\", \"STRICT\"",
        ],
    );
    assert_refused(
        &with(&authorization_policy(), "/spec/action", Some(json!("PERMIT"))),
        &["AuthorizationPolicy/maily-api: spec.action:", "is not one of"],
    );
    assert_refused(
        &with(&external_secret(), "/spec/secretStoreRef/kind", Some(json!("Vault"))),
        &["spec.secretStoreRef.kind:", "is not one of"],
    );
    assert_refused(
        &with(&helm_release(), "/spec/chart/spec/sourceRef/kind", Some(json!("OCIRepository"))),
        &["spec.chart.spec.sourceRef.kind:"],
    );
    // Patterns: a Prometheus duration, a Gateway API hostname.
    assert_refused(
        &with(&service_monitor(), "/spec/endpoints/0/interval", Some(json!("30 seconds"))),
        &["ServiceMonitor/maily-api: spec.endpoints[0].interval: \"30 seconds\" does not match the pattern ^(0|"],
    );
    assert_refused(
        &with(&http_route(), "/spec/hostnames/0", Some(json!("Maily.example.com"))),
        &["spec.hostnames[0]: \"Maily.example.com\" does not match the pattern"],
    );
    // Bounds.
    assert_refused(
        &with(&gateway(), "/spec/listeners/0/port", Some(json!(70000))),
        &["spec.listeners[0].port:", "70000"],
    );
    // format: byte.
    assert_refused(
        &with(&secret_store(), "/spec/provider/kubernetes/server/caBundle", Some(json!("not base64!"))),
        &["spec.provider.kubernetes.server.caBundle:", "byte"],
    );
}

#[test]
fn duplicate_keys_of_a_list_map_and_a_set_are_refused() {
    // Gateway listeners: a list-map keyed by name.
    let twice = with(&gateway(), "/spec/listeners/1/name", Some(json!("http")));
    assert_refused(&twice, &["spec.listeners:", "[0] and [1] have the same key (name=\"http\")"]);
    // ServiceMonitor scrapeProtocols: a set.
    let protocols = with(&service_monitor(), "/spec/scrapeProtocols", Some(json!(["PrometheusProto"])));
    crd::validate(&protocols).expect("once");
    let twice = with(&protocols, "/spec/scrapeProtocols", Some(json!(["PrometheusProto", "PrometheusProto"])));
    assert_refused(&twice, &["ServiceMonitor/maily-api: spec.scrapeProtocols:", "non-unique"]);
}

#[test]
fn bad_metadata_and_api_versions_are_refused() {
    assert_refused(
        &with(&http_route(), "/metadata/name", Some(json!("Maily_API"))),
        &["metadata.name: \"Maily_API\" is not a DNS-1123 subdomain"],
    );
    assert_refused(&with(&http_route(), "/metadata/name", None), &["metadata.name: required field missing"]);
    assert_refused(
        &with(&http_route(), "/metadata/labels", Some(json!({"a": 1}))),
        &["metadata.labels.a: 1 is not a string"],
    );
    assert_refused(&with(&http_route(), "/metadata/finalizers", Some(json!("x"))), &["metadata: invalid type"]);
    assert_refused(
        &with(&http_route(), "/metadata/namespace", Some(json!("Maily"))),
        &["metadata.namespace: \"Maily\" is not a DNS-1123 label"],
    );
    assert_refused(
        &with(&cluster_secret_store(), "/metadata/namespace", Some(json!("maily"))),
        &["ClusterSecretStore/maily: metadata.namespace: set on ClusterSecretStore, which is cluster-scoped"],
    );
    assert_refused(&with(&http_route(), "/status", Some(json!({"parents": []}))), &["status: set"]);
    // A version the CRD does not serve (external-secrets v1beta1), or does not have.
    assert_refused(
        &with(&external_secret(), "/apiVersion", Some(json!("external-secrets.io/v1beta1"))),
        &["apiVersion: external-secrets.io/v1beta1 is not a served version of ExternalSecret (served: v1)"],
    );
    assert_refused(
        &with(&http_route(), "/apiVersion", Some(json!("gateway.networking.k8s.io/v2"))),
        &["is not a served version of HTTPRoute (served: v1, v1beta1)"],
    );
    // A served older version is checked against its own schema.
    crd::validate(&with(&http_route(), "/apiVersion", Some(json!("gateway.networking.k8s.io/v1beta1"))))
        .expect("HTTPRoute v1beta1 is served");
    assert_refused(&with(&http_route(), "/kind", Some(json!("HttpRoute"))), &["no CRD of kind HttpRoute"]);
}

#[test]
fn validate_all_checks_every_custom_resource_and_skips_built_in_objects() {
    let deployment =
        json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "x"}, "spec": {"bad": 1}});
    let service = json!({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "x"}});
    let policy = json!({"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy", "metadata": {"name": "x"}});
    let mut objects = vec![deployment, service, policy];
    objects.extend(examples());
    crd::validate_all(&objects).expect("built-in objects are kubernetes-validate's; the examples are valid");
    assert_eq!(crd::custom_resource_kinds(&objects).values().sum::<usize>(), 14);

    let certificate =
        json!({"apiVersion": "cert-manager.io/v1", "kind": "Certificate", "metadata": {"name": "tls"}, "spec": {}});
    objects.push(certificate);
    objects.push(with(&gateway(), "/spec/listeners/0/port", Some(json!("80"))));
    let report = crd::validate_all(&objects).expect_err("a CRD we do not have, and a broken Gateway");
    assert!(report.starts_with("2 problem(s) in custom resources:"), "{report}");
    assert!(report.contains("Certificate/tls: no CRD of kind Certificate in group \"cert-manager.io\""), "{report}");
    assert!(report.contains("Gateway/maily: spec.listeners[0].port:"), "{report}");
}

// ------------------------------------------------------------------ the GitOps objects of out/

/// The objects of `out/gitops/<dir>/<env>.yaml`, by environment name (one
/// document per file).
fn gitops_objects(dir: &str) -> BTreeMap<String, Value> {
    let folder = maily_chart_tests::out_dir().join("gitops").join(dir);
    let mut objects = BTreeMap::new();
    for entry in std::fs::read_dir(&folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display())) {
        let path = entry.expect("an entry").path();
        let env = path.file_stem().expect("a file name").to_string_lossy().to_string();
        let text = std::fs::read_to_string(&path).expect("a GitOps file");
        let mut docs = maily_chart_tests::parse_manifests(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(docs.len(), 1, "{}: one object", path.display());
        objects.insert(env, docs.remove(0));
    }
    objects
}

#[test]
fn out_holds_an_application_and_a_helm_release_per_environment_each_valid_against_its_crd() {
    let root = workspace_root();
    let names: BTreeSet<String> = maily_environments::ALL.iter().map(|(n, _)| n.to_string()).collect();
    assert!(names.len() >= 3, "{names:?}");
    let argo = gitops_objects("argocd");
    let flux = gitops_objects("flux");
    assert_eq!(argo.keys().cloned().collect::<BTreeSet<_>>(), names, "out/gitops/argocd: one file per environment");
    assert_eq!(flux.keys().cloned().collect::<BTreeSet<_>>(), names, "out/gitops/flux: one file per environment");
    for (env, object) in argo.iter().chain(&flux) {
        if let Err(problems) = crd::validate(object) {
            panic!("out/gitops/.../{env}.yaml:\n{}\n{object:#}", problems.join("\n"));
        }
    }
    for env in &names {
        let target = maily_environments::gitops_target(env).expect("in the registry");
        let namespace = maily_environments::namespace(env).expect("in the registry");
        let (app, release) = (&argo[env], &flux[env]);

        assert_eq!(app["kind"], "Application");
        assert_eq!(app["metadata"]["namespace"], "argocd");
        assert_eq!(app["metadata"]["name"], format!("maily-{env}"));
        let source = &app["spec"]["source"];
        assert_eq!(source["repoURL"], target.settings.repo_url);
        assert_eq!(source["path"], "out/maily");
        assert_eq!(source["helm"]["releaseName"], "maily");
        assert_eq!(source["helm"]["valueFiles"], json!([format!("values-{env}.yaml")]));
        // The files the controllers read exist in this repository.
        let chart = root.join(source["path"].as_str().expect("a path"));
        assert!(chart.join("Chart.yaml").is_file() && chart.join(format!("values-{env}.yaml")).is_file(), "{env}");
        assert_eq!(
            app["spec"]["destination"],
            json!({"namespace": namespace, "server": "https://kubernetes.default.svc"})
        );
        let options = app["spec"]["syncPolicy"]["syncOptions"].as_array().expect("sync options");
        assert!(options.contains(&json!("CreateNamespace=true")) && options.contains(&json!("ServerSideApply=true")));

        assert_eq!(release["kind"], "HelmRelease");
        assert_eq!(release["metadata"]["namespace"], "flux-system");
        assert_eq!(release["spec"]["targetNamespace"], namespace);
        assert_eq!(release["spec"]["releaseName"], "maily");
        assert_eq!(release["spec"]["install"]["createNamespace"], true);
        let chart_spec = &release["spec"]["chart"]["spec"];
        assert_eq!(chart_spec["sourceRef"]["kind"], "GitRepository");
        assert_eq!(chart_spec["sourceRef"]["name"], target.settings.flux.git_repository);
        let files = chart_spec["valuesFiles"].as_array().expect("values files");
        assert_eq!(files.last(), Some(&json!(format!("./out/maily/values-{env}.yaml"))));
        for file in files {
            let path = root.join(file.as_str().expect("a path").trim_start_matches("./"));
            assert!(path.is_file(), "{env}: {} is not a file of the repository", path.display());
        }
        assert!(root.join(chart_spec["chart"].as_str().expect("a chart path")).join("Chart.yaml").is_file());
    }
    // The typed choices, as the environments make them: production is synced
    // by a person; the others sync, prune and self-heal on their own.
    assert!(argo["production"]["spec"]["syncPolicy"].get("automated").is_none(), "{:#}", argo["production"]);
    for env in names.iter().filter(|n| *n != "production") {
        assert_eq!(argo[env]["spec"]["syncPolicy"]["automated"], json!({"prune": true, "selfHeal": true}), "{env}");
    }
    assert_eq!(flux["production"]["spec"]["upgrade"]["remediation"]["remediateLastFailure"], true);
    assert_eq!(flux["production"]["spec"]["driftDetection"]["mode"], "enabled");
}

#[test]
fn a_broken_gitops_object_is_refused_by_its_crd() {
    let app = gitops_objects("argocd").remove("staging").expect("staging");
    let release = gitops_objects("flux").remove("staging").expect("staging");
    assert_refused(
        &with(&app, "/spec/syncPolicy/automated/prune", Some(json!("yes"))),
        &["spec.syncPolicy.automated.prune"],
    );
    assert_refused(&with(&app, "/spec/source/repoURL", None), &["repoURL"]);
    assert_refused(&with(&app, "/spec/syncPolicy/autoSync", Some(json!(true))), &["autoSync"]);
    assert_refused(&with(&release, "/spec/interval", Some(json!("10 minutes"))), &["spec.interval"]);
    assert_refused(&with(&release, "/spec/driftDetection/mode", Some(json!("on"))), &["spec.driftDetection.mode"]);
    assert_refused(
        &with(&release, "/spec/chart/spec/sourceRef/kind", Some(json!("OCIRepository"))),
        &["sourceRef.kind"],
    );
}
