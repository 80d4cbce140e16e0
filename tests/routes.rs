//! Routes in from outside: for every environment, with each route kind (and
//! the mesh) switched on through Helm (`--set`), `helm template` equals the Rust render,
//! every custom resource passes its CRD, and the HTTPRoute and the Ingress of
//! a component serve exactly the same hosts, paths and backend (one typed
//! route feeds both). Refusals of part 1 of the networking issue that a schema
//! can check are in `schema.rs`; the cross-field ones in `cross_rules.rs`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use maily_chart::Values;
use maily_chart_tests::*;
use serde_json::{Value, json};

fn of_kind<'a>(objects: &'a [Value], kind: &str) -> Vec<&'a Value> {
    objects.iter().filter(|o| o["kind"] == json!(kind)).collect()
}

fn find<'a>(objects: &'a [Value], kind: &str, name: &str) -> Option<&'a Value> {
    objects.iter().find(|o| o["kind"] == json!(kind) && o["metadata"]["name"] == json!(name))
}

/// Every route kind on: HTTPRoutes (and their redirect), Ingresses, and
/// the chart's Gateway where the environment's hosts allow it (one
/// component per host).
const ALL_KINDS: &[&str] = &[
    "httpRoute.enabled=true,ingress.enabled=true,httpRoute.httpsRedirect.enabled=true,tls.enabled=true,externalDns.enabled=true,mesh.istio.enabled=true,networkPolicy.enabled=true",
    "httpRoute.parentRefs[0].name=gw,httpRoute.parentRefs[0].namespace=edge,httpRoute.parentRefs[0].sectionName=https",
    "httpRoute.httpsRedirect.parentRefs[0].name=gw,httpRoute.httpsRedirect.parentRefs[0].namespace=edge,httpRoute.httpsRedirect.parentRefs[0].sectionName=http",
];

fn with_all_kinds(values: &mut Values, gateway: bool) {
    use maily_chart::values::ParentRef;
    let gw = |section: &str| ParentRef { name: "gw".into(), namespace: "edge".into(), section_name: section.into() };
    values.http_route.enabled = true;
    values.ingress.enabled = true;
    values.http_route.https_redirect.enabled = true;
    values.tls.enabled = true;
    values.external_dns.enabled = true;
    values.mesh.istio.enabled = true;
    values.network_policy.enabled = true;
    values.http_route.parent_refs = vec![gw("https")];
    values.http_route.https_redirect.parent_refs = vec![gw("http")];
    if gateway {
        values.gateway.enabled = true;
        values.gateway.class_name = "istio".into();
    }
}

/// Whether no host belongs to two components (the chart's Gateway needs it).
fn hosts_apart(values: &Values) -> bool {
    let mut seen = BTreeSet::new();
    maily_chart::components::ALL
        .iter()
        .filter_map(|r| (r.values)(values).http())
        .all(|h| !h.workload.enabled || h.route.hosts.iter().all(|host| seen.insert(host.clone())))
}

helm_tests!(every_environment_with_every_route_kind_renders_the_same_objects_as_helm);

fn every_environment_with_every_route_kind_renders_the_same_objects_as_helm(helm: HelmMajor) {
    let mut rendered = BTreeSet::new();
    for (name, mut values) in all_environments() {
        let gateway = hosts_apart(&values);
        with_all_kinds(&mut values, gateway);
        let files: Vec<PathBuf> = values_files_of(&name);
        let files: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
        let mut set: Vec<&str> = ALL_KINDS.to_vec();
        if gateway {
            set.push("gateway.enabled=true,gateway.className=istio");
        }
        let printed = helm
            .template("maily", "maily-test", &files, &set)
            .unwrap_or_else(|e| panic!("{helm}: `{name}` with every route kind: {e}"));
        let rust = render_objects(&values, "maily", "maily-test");
        if let Err(report) = compare_objects(&printed, &rust) {
            panic!("{helm}: `{name}` with every route kind:\n{report}");
        }
        crd::validate_all(&printed).unwrap_or_else(|e| panic!("{helm}: `{name}`: {e}"));
        rendered.extend(crd::custom_resource_kinds(&printed).into_keys());
    }
    for kind in ["HTTPRoute", "Gateway", "PeerAuthentication", "AuthorizationPolicy"] {
        assert!(rendered.contains(kind), "{helm}: no environment rendered a {kind}: {rendered:?}");
    }
}

/// `(host, path, backend Service, port)` of an HTTPRoute or an Ingress.
fn routes_of(object: &Value, services: &[Value]) -> BTreeSet<(String, String, String, i64)> {
    let s = |v: &Value| v.as_str().unwrap_or_default().to_string();
    let mut out = BTreeSet::new();
    match object["kind"].as_str() {
        Some("HTTPRoute") => {
            for rule in object["spec"]["rules"].as_array().into_iter().flatten() {
                let backend = &rule["backendRefs"][0];
                for host in object["spec"]["hostnames"].as_array().into_iter().flatten() {
                    for m in rule["matches"].as_array().into_iter().flatten() {
                        assert_eq!(m["path"]["type"], json!("PathPrefix"));
                        out.insert((
                            s(host),
                            s(&m["path"]["value"]),
                            s(&backend["name"]),
                            backend["port"].as_i64().unwrap(),
                        ));
                    }
                }
            }
        }
        Some("Ingress") => {
            for rule in object["spec"]["rules"].as_array().into_iter().flatten() {
                for path in rule["http"]["paths"].as_array().into_iter().flatten() {
                    assert_eq!(path["pathType"], json!("Prefix"));
                    let service = &path["backend"]["service"];
                    // The Ingress names the port; the HTTPRoute gives its number.
                    let port = services
                        .iter()
                        .find(|svc| svc["metadata"]["name"] == service["name"])
                        .and_then(|svc| {
                            svc["spec"]["ports"].as_array()?.iter().find(|p| p["name"] == service["port"]["name"])
                        })
                        .and_then(|p| p["port"].as_i64())
                        .expect("the Ingress backend is a port of a Service of the chart");
                    out.insert((s(&rule["host"]), s(&path["path"]), s(&service["name"]), port));
                }
            }
        }
        _ => {}
    }
    out
}

#[test]
fn the_httproute_and_the_ingress_of_each_component_serve_the_same_routes() {
    let mut compared = 0;
    for (name, mut values) in all_environments() {
        with_all_kinds(&mut values, false);
        let objects = render_objects(&values, "maily", "maily-test");
        let services: Vec<Value> = of_kind(&objects, "Service").into_iter().cloned().collect();
        for route in of_kind(&objects, "HTTPRoute") {
            if route["metadata"]["name"] == json!("maily-https-redirect") {
                continue;
            }
            let ingress = find(&objects, "Ingress", route["metadata"]["name"].as_str().unwrap())
                .unwrap_or_else(|| panic!("`{name}`: no Ingress beside HTTPRoute {}", route["metadata"]["name"]));
            let routes = routes_of(route, &services);
            assert!(!routes.is_empty(), "`{name}`: an HTTPRoute that routes nothing");
            assert_eq!(routes, routes_of(ingress, &services), "`{name}`: HTTPRoute and Ingress disagree");
            // TLS for exactly the hosts served.
            let strings = |v: &Value| -> BTreeSet<String> {
                v.as_array().unwrap().iter().map(|h| h.as_str().unwrap().to_string()).collect()
            };
            let hosts = strings(&route["spec"]["hostnames"]);
            let tls = strings(&ingress["spec"]["tls"][0]["hosts"]);
            assert_eq!(hosts, tls, "`{name}`: the Ingress TLS hosts are not the hosts it serves");
            compared += 1;
        }
        let ingresses = of_kind(&objects, "Ingress").len();
        let redirect = usize::from(ingresses > 0);
        assert_eq!(
            of_kind(&objects, "HTTPRoute").len(),
            ingresses + redirect,
            "`{name}`: one HTTPRoute per Ingress, and the redirect"
        );
    }
    assert!(compared >= 5, "only {compared} route pairs compared");
}

#[test]
fn production_routes_the_legacy_hosts_to_their_components() {
    let values = values_of("production");
    let objects = render_objects(&values, "maily", "maily-production");
    let services: Vec<Value> = of_kind(&objects, "Service").into_iter().cloned().collect();
    let served: BTreeSet<(String, String)> = of_kind(&objects, "HTTPRoute")
        .into_iter()
        .flat_map(|r| routes_of(r, &services))
        .map(|(host, _, service, _)| (host, service))
        .collect();
    let expected: BTreeSet<(String, String)> = [
        ("justmaily.com", "maily-web"),
        ("www.justmaily.com", "maily-web"),
        ("app.justmaily.com", "maily-web"),
        ("api.justmaily.com", "maily-api"),
        // The API host's path prefixes of the legacy's optional apps.
        ("api.justmaily.com", "maily-email-processing"),
        ("api.justmaily.com", "maily-analytics"),
        ("api.justmaily.com", "maily-blockchain"),
        ("api.justmaily.com", "maily-mailydocs"),
        ("ai-api.justmaily.com", "maily-ai-service"),
        ("ai-mesh.justmaily.com", "maily-ai-mesh"),
    ]
    .into_iter()
    .map(|(h, s)| (h.to_string(), s.to_string()))
    .collect();
    assert_eq!(served, expected);
    assert!(of_kind(&objects, "Ingress").is_empty(), "production routes through the Gateway API only");
    let redirect = find(&objects, "HTTPRoute", "maily-https-redirect").expect("the HTTPS redirect");
    assert_eq!(redirect.pointer("/spec/rules/0/filters/0/requestRedirect/scheme"), Some(&json!("https")));
    // Each host once, the shared API host too.
    assert_eq!(redirect.pointer("/spec/hostnames").and_then(Value::as_array).map(Vec::len), Some(6));
    let paths: BTreeSet<(String, String)> = of_kind(&objects, "HTTPRoute")
        .into_iter()
        .flat_map(|r| routes_of(r, &services))
        .filter(|(host, _, service, _)| host == "api.justmaily.com" && service != "maily-api")
        .map(|(_, path, service, _)| (path, service))
        .collect();
    let expected_paths: BTreeSet<(String, String)> = [
        ("/api/v1/emails", "maily-email-processing"),
        ("/api/v1/templates", "maily-email-processing"),
        ("/api/v1/metrics", "maily-analytics"),
        ("/api/v1/verify", "maily-blockchain"),
        ("/api/mailydocs", "maily-mailydocs"),
    ]
    .into_iter()
    .map(|(p, s)| (p.to_string(), s.to_string()))
    .collect();
    assert_eq!(paths, expected_paths, "the API host's prefixes of the optional apps");
    let api = find(&objects, "HTTPRoute", "maily-api").expect("api route");
    assert_eq!(api.pointer("/spec/rules/0/timeouts/request"), Some(&json!("60s")));
    assert_eq!(
        api.pointer("/metadata/annotations/external-dns.alpha.kubernetes.io~1hostname"),
        Some(&json!("api.justmaily.com"))
    );
    let staging = render_objects(&values_of("staging"), "maily", "maily-staging");
    let hosts: BTreeSet<String> = of_kind(&staging, "HTTPRoute")
        .into_iter()
        .flat_map(|r| r["spec"]["hostnames"].as_array().cloned().unwrap_or_default())
        .filter_map(|h| h.as_str().map(String::from))
        .collect();
    assert!(hosts.iter().all(|h| h.contains("staging")), "staging serves only -staging hosts: {hosts:?}");
    let development = render_objects(&values_of("development"), "maily", "maily-dev");
    let dev_hosts: BTreeSet<&str> = of_kind(&development, "Ingress")
        .into_iter()
        .flat_map(|i| i["spec"]["rules"].as_array().unwrap().iter().filter_map(|r| r["host"].as_str()))
        .collect();
    assert_eq!(dev_hosts, BTreeSet::from(["maily.local"]), "development: one local host");
}

#[test]
fn the_gateway_has_one_https_listener_per_host_with_that_components_certificate() {
    let mut values = values_of("production");
    // The chart's Gateway gives a host to one component: the API host's
    // shared prefixes go.
    values.email_processing.route.hosts.clear();
    values.analytics.route.hosts.clear();
    values.blockchain.http.route.hosts.clear();
    values.mailydocs.http.route.hosts.clear();
    with_all_kinds(&mut values, true);
    let objects = render_objects(&values, "maily", "maily-production");
    let gateway = find(&objects, "Gateway", "maily-gateway").expect("the chart's Gateway");
    let listeners = gateway.pointer("/spec/listeners").and_then(Value::as_array).expect("listeners");
    assert_eq!(listeners[0]["name"], json!("http"));
    assert_eq!(listeners.len(), 1 + 6, "http plus one per production host");
    let api = listeners.iter().find(|l| l["hostname"] == json!("api.justmaily.com")).expect("api listener");
    assert_eq!(api["tls"]["certificateRefs"][0]["name"], json!("maily-api-tls"));
    assert_eq!(
        gateway.pointer("/metadata/annotations/cert-manager.io~1cluster-issuer"),
        Some(&json!("letsencrypt-prod"))
    );
    // Listener names are DNS labels (controllers name Service ports after
    // them): `https-` and 9 hex digits of the host's SHA-256.
    assert_eq!(api["name"], json!("https-0134c5d4d"), "sha256(\"api.justmaily.com\") starts 0134c5d4d");
    for l in listeners {
        let name = l["name"].as_str().unwrap();
        assert!(
            name.len() <= 15
                && !name.contains('.')
                && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "listener name {name:?} is no DNS label of at most 15 characters"
        );
    }
    // The routes attach to the listener of each of their hosts.
    let route = find(&objects, "HTTPRoute", "maily-api").expect("api route");
    assert!(
        route["spec"]["parentRefs"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["name"] == json!("maily-gateway") && p["sectionName"] == api["name"])
    );
}

#[test]
fn with_its_own_gateway_in_a_mesh_the_chart_admits_the_gateway_pods_and_istiod() {
    let mut values = values_of("production");
    with_all_kinds(&mut values, true);
    let objects = render_objects(&values, "maily", "maily-production");
    let policy = |name: &str| find(&objects, "NetworkPolicy", name).unwrap_or_else(|| panic!("NetworkPolicy {name}"));
    // Istio copies the Gateway's labels (the release's) to the pods it runs
    // for it: the release-wide policies leave those pods alone.
    let not_gateway = json!([{"key": "gateway.networking.k8s.io/gateway-name", "operator": "DoesNotExist"}]);
    for name in ["maily-default-deny", "maily-allow-dns", "maily-allow-mesh"] {
        assert_eq!(policy(name)["spec"]["podSelector"]["matchExpressions"], not_gateway, "{name}");
    }
    // The chart Gateway's pods reach each routed component's http port.
    let gateway_pods =
        json!({"podSelector": {"matchLabels": {"gateway.networking.k8s.io/gateway-name": "maily-gateway"}}});
    for component in ["maily-api", "maily-web", "maily-ai-service"] {
        let rules = policy(component)["spec"]["ingress"].as_array().unwrap().clone();
        assert!(
            rules.iter().any(
                |r| r["from"].as_array().unwrap().contains(&gateway_pods) && r["ports"][0]["port"] == json!("http")
            ),
            "{component}: the chart Gateway's pods are not admitted: {rules:?}"
        );
    }
    // Sidecars reach istiod; Prometheus scrapes the merged metrics.
    let mesh = policy("maily-allow-mesh");
    assert_eq!(mesh["spec"]["egress"][0]["ports"], json!([{"port": 15012, "protocol": "TCP"}]));
    assert_eq!(
        mesh["spec"]["egress"][0]["to"][0],
        json!({"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "istio-system"}}, "podSelector": {"matchLabels": {"app": "istiod"}}})
    );
    assert_eq!(mesh["spec"]["ingress"][0]["ports"], json!([{"port": 15020, "protocol": "TCP"}]));
    // Istio runs the Gateway's pods as `<gateway>-<class>`.
    let api = find(&objects, "AuthorizationPolicy", "maily-api").expect("api AuthorizationPolicy");
    let principals: Vec<&Value> = api["spec"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["from"][0]["source"]["principals"].as_array().unwrap())
        .collect();
    assert!(principals.contains(&&json!("cluster.local/ns/maily-production/sa/maily-gateway-istio")), "{principals:?}");
    // Without the chart's Gateway, neither the peer nor the principal.
    let mut values = values_of("production");
    with_all_kinds(&mut values, false);
    let objects = render_objects(&values, "maily", "maily-production");
    let text = serde_json::to_string(&objects).unwrap();
    assert!(!text.contains("maily-gateway"), "the chart's Gateway is named while gateway.enabled is false");
    // Without the mesh, no allow-mesh.
    values.mesh.istio.enabled = false;
    let objects = render_objects(&values, "maily", "maily-production");
    assert!(find(&objects, "NetworkPolicy", "maily-allow-mesh").is_none());
}

#[test]
fn wildcard_cors_lists_render_and_pass_the_httproute_crd() {
    let mut values = values_of("production");
    values.http_route.cors.allow_origins = vec!["*".into()];
    values.http_route.cors.allow_methods = vec!["*".into()];
    values.http_route.cors.allow_headers = vec!["*".into()];
    maily_chart::validate::validate("production", &values).expect("`*` alone is a valid CORS list");
    let objects = render_objects(&values, "maily", "maily-production");
    crd::validate_all(&objects).expect("the HTTPRoute CRD takes `*` alone");
    let api = find(&objects, "HTTPRoute", "maily-api").unwrap();
    let cors =
        api["spec"]["rules"][0]["filters"].as_array().unwrap().iter().find(|f| f["type"] == json!("CORS")).unwrap();
    assert_eq!(cors["cors"]["allowOrigins"], json!(["*"]));
    assert_eq!(cors["cors"]["allowMethods"], json!(["*"]));
}
