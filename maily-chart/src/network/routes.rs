//! Routes in from outside the cluster: one typed route per HTTP component
//! (its `route`: hosts, path prefixes, timeout, TLS Secret) rendered as an
//! HTTPRoute, an Ingress, or both, so the two kinds cannot disagree; the
//! chart's own Gateway and the HTTP-to-HTTPS redirect come from the same
//! host lists.
//!
//! Sources: Gateway API v1.6.1 reference (HTTPRoute, Gateway); Kubernetes
//! API reference (Ingress); cert-manager annotations
//! (`cert-manager.io/cluster-issuer`); external-dns annotations
//! (`external-dns.alpha.kubernetes.io/hostname`, `/ttl`).

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};

use k8s_openapi::api::networking::v1::{
    HTTPIngressPath, HTTPIngressRuleValue, Ingress, IngressBackend, IngressRule, IngressServiceBackend, IngressSpec,
    IngressTLS, ServiceBackendPort,
};

use maily_chart_crds::gateway::gateways::{
    GatewayListeners, GatewayListenersAllowedRoutes, GatewayListenersAllowedRoutesNamespaces,
    GatewayListenersAllowedRoutesNamespacesFrom, GatewayListenersTls, GatewayListenersTlsCertificateRefs,
    GatewayListenersTlsMode, GatewaySpec,
};
use maily_chart_crds::gateway::httproutes::{
    HttpRouteParentRefs, HttpRouteRules, HttpRouteRulesBackendRefs, HttpRouteRulesFilters, HttpRouteRulesFiltersCors,
    HttpRouteRulesFiltersRequestRedirect, HttpRouteRulesFiltersRequestRedirectScheme,
    HttpRouteRulesFiltersResponseHeaderModifier, HttpRouteRulesFiltersResponseHeaderModifierSet,
    HttpRouteRulesFiltersType, HttpRouteRulesMatches, HttpRouteRulesMatchesPath, HttpRouteRulesMatchesPathType,
    HttpRouteRulesTimeouts, HttpRouteSpec,
};
use maily_chart_crds::{Gateway, HttpRoute};

use crate::common::{labels, names, non_empty};
use crate::components::{ALL, Registered};
use crate::cond::Cond;
use crate::context::Ctx;
use crate::manifest::Manifest;
use crate::values::HttpWorkload;

/// cert-manager's annotation naming the ClusterIssuer.
pub const CLUSTER_ISSUER: &str = "cert-manager.io/cluster-issuer";
/// external-dns' annotation listing the host names to publish.
pub const DNS_HOSTNAME: &str = "external-dns.alpha.kubernetes.io/hostname";
/// external-dns' annotation with the records' TTL in seconds.
pub const DNS_TTL: &str = "external-dns.alpha.kubernetes.io/ttl";
/// Every annotation key the chart sets on routes, Ingresses and the Gateway
/// itself (the values' annotation maps may not repeat them).
pub const OWNED_ANNOTATIONS: [&str; 3] = [CLUSTER_ISSUER, DNS_HOSTNAME, DNS_TTL];

/// A routed component: its registry entry and HTTP values.
pub struct Routed<'a> {
    /// The component.
    pub r: &'static Registered,
    /// Its values.
    pub http: &'a HttpWorkload,
}

/// Every HTTP component with its values (routed or not: whether it has
/// hosts is a values fact, decided by the objects' conditions).
pub fn http_components<'a>(ctx: &Ctx<'a>) -> Vec<Routed<'a>> {
    ALL.iter().filter_map(|r| Some(Routed { r, http: (r.values)(ctx.values()).http()? })).collect()
}

impl Routed<'_> {
    fn path(&self, rest: &str) -> String {
        format!("{}.{rest}", self.r.def.key)
    }

    /// The component is deployed and has hosts.
    fn has_hosts(&self) -> Cond {
        Cond::All(vec![Cond::flag(self.path("enabled")), Cond::non_empty(self.path("route.hosts"))])
    }

    /// The external-dns annotations (while `externalDns.enabled`).
    fn dns_annotations(&self, ctx: &Ctx) -> BTreeMap<String, String> {
        let on = Cond::flag("externalDns.enabled");
        let hosts = self.http.route.hosts.clone();
        let joined =
            ctx.computed(&format!(r#"join "," $.Values.{}"#, self.path("route.hosts")), |_, _| hosts.join(","));
        let ttl = ctx.values().external_dns.ttl;
        let mut out = BTreeMap::new();
        if let Some(hosts) = ctx.when_str(on.clone(), &joined) {
            out.insert(DNS_HOSTNAME.to_string(), hosts);
        }
        if let Some(ttl) = ctx.when_str(on, &ctx.int_string(ttl)) {
            out.insert(DNS_TTL.to_string(), ttl);
        }
        out
    }
}

/// The cert-manager annotation (while `tls.enabled` and an issuer is named).
fn issuer_annotation(ctx: &Ctx) -> BTreeMap<String, String> {
    let tls = &ctx.values().tls;
    let cond = Cond::All(vec![Cond::flag("tls.enabled"), Cond::non_empty("tls.clusterIssuer")]);
    ctx.when_str(cond, &tls.cluster_issuer)
        .map(|i| BTreeMap::from([(CLUSTER_ISSUER.to_string(), i)]))
        .unwrap_or_default()
}

/// The component's Ingress: one rule per host, one `Prefix` path per path
/// prefix, all to the Service's `http` port; TLS for exactly its hosts.
pub fn ingress(ctx: &Ctx, c: &Routed) -> Ingress {
    let def = c.r.def;
    let route = &c.http.route;
    let mut annotations = ctx.values().ingress.annotations.clone();
    annotations.extend(issuer_annotation(ctx));
    annotations.extend(c.dns_annotations(ctx));
    let service = names::component_name(ctx, def.name);
    let paths: Vec<HTTPIngressPath> = route
        .paths
        .iter()
        .map(|path| HTTPIngressPath {
            path: Some(path.clone()),
            path_type: "Prefix".to_string(),
            backend: IngressBackend {
                service: Some(IngressServiceBackend {
                    name: service.clone(),
                    port: Some(ServiceBackendPort {
                        name: Some(crate::common::probes::HTTP_PORT.to_string()),
                        number: None,
                    }),
                }),
                resource: None,
            },
        })
        .collect();
    let rules = route
        .hosts
        .iter()
        .map(|host| IngressRule { host: Some(host.clone()), http: Some(HTTPIngressRuleValue { paths: paths.clone() }) })
        .collect();
    let tls = ctx.when_item(
        Cond::flag("tls.enabled"),
        IngressTLS { hosts: Some(route.hosts.clone()), secret_name: Some(route.tls_secret_name.clone()) },
    );
    Ingress {
        metadata: labels::metadata_with(ctx, def.name, def.name, annotations),
        spec: Some(IngressSpec {
            ingress_class_name: ctx.when_str(Cond::non_empty("ingress.className"), &ctx.values().ingress.class_name),
            rules: Some(rules),
            tls: non_empty(tls.into_iter().collect()),
            ..Default::default()
        }),
        ..Default::default()
    }
}

/// The name of the chart's Gateway (`<fullname>-gateway`).
pub fn gateway_name(ctx: &Ctx) -> String {
    names::component_name(ctx, GATEWAY)
}

/// The chart's Gateway's component name and name suffix.
pub const GATEWAY: &str = "gateway";
/// Its plain-HTTP listener (the redirect attaches there).
pub const HTTP_LISTENER: &str = "http";

/// The name of the chart Gateway's HTTPS listener for `host`: `https-` and
/// the first 9 hex digits of the host's SHA-256 (Helm's `sha256sum | trunc
/// 9`), 15 characters whatever the host. Controllers such as Istio name the
/// ports of the Service they generate after the listeners, and a port name
/// is a DNS label of at most 15 characters (IANA service name) with no dots.
pub fn listener_name(ctx: &Ctx, host: &str) -> String {
    let digest = ctx.pipe(host, "sha256sum | trunc 9", |host| {
        let hex: String = Sha256::digest(host.as_bytes()).iter().take(5).map(|b| format!("{b:02x}")).collect();
        hex[..9].to_string()
    });
    format!("https-{digest}")
}

/// A filter of `kind` with no settings yet.
fn filter(kind: HttpRouteRulesFiltersType) -> HttpRouteRulesFilters {
    HttpRouteRulesFilters {
        r#type: kind,
        cors: None,
        extension_ref: None,
        request_header_modifier: None,
        request_mirror: None,
        request_redirect: None,
        response_header_modifier: None,
        url_rewrite: None,
    }
}

fn parent(name: String, namespace: Option<String>, section: String) -> HttpRouteParentRefs {
    HttpRouteParentRefs { name, namespace, section_name: Some(section), ..Default::default() }
}

/// `httpRoute.parentRefs`-like values as ParentReferences.
fn parents_of(refs: &[crate::values::ParentRef]) -> Vec<HttpRouteParentRefs> {
    refs.iter().map(|p| parent(p.name.clone(), Some(p.namespace.clone()), p.section_name.clone())).collect()
}

/// The component's HTTPRoute: its hosts, one `PathPrefix` match per path, to
/// the Service's `http` port, with the response headers, CORS and timeout of
/// the values; attached to the chart Gateway's listener of each host (while
/// `gateway.enabled`) and to `httpRoute.parentRefs`.
pub fn http_route(ctx: &Ctx, c: &Routed) -> HttpRoute {
    let def = c.r.def;
    let route = &c.http.route;
    let values = &ctx.values().http_route;
    let on_gateway = Cond::flag("gateway.enabled");
    let mut parent_refs: Vec<HttpRouteParentRefs> = route
        .hosts
        .iter()
        .filter_map(|host| ctx.when_item(on_gateway.clone(), parent(gateway_name(ctx), None, listener_name(ctx, host))))
        .collect();
    parent_refs.extend(parents_of(&values.parent_refs));
    let headers = ctx.when_item(
        Cond::non_empty("httpRoute.responseHeaders"),
        HttpRouteRulesFilters {
            response_header_modifier: Some(HttpRouteRulesFiltersResponseHeaderModifier {
                set: Some(
                    values
                        .response_headers
                        .iter()
                        .map(|(name, value)| HttpRouteRulesFiltersResponseHeaderModifierSet {
                            name: name.clone(),
                            value: value.clone(),
                        })
                        .collect(),
                ),
                ..Default::default()
            }),
            ..filter(HttpRouteRulesFiltersType::ResponseHeaderModifier)
        },
    );
    let cors = &values.cors;
    let cors = ctx.when_item(
        Cond::non_empty("httpRoute.cors.allowOrigins"),
        HttpRouteRulesFilters {
            cors: Some(HttpRouteRulesFiltersCors {
                allow_origins: Some(cors.allow_origins.clone()),
                allow_methods: non_empty(cors.allow_methods.clone()),
                allow_headers: non_empty(cors.allow_headers.clone()),
                max_age: Some(cors.max_age),
                ..Default::default()
            }),
            ..filter(HttpRouteRulesFiltersType::Cors)
        },
    );
    let timeout = ctx.when_str(Cond::non_empty(format!("{}.route.requestTimeout", def.key)), &route.request_timeout);
    let rule = HttpRouteRules {
        matches: Some(
            route
                .paths
                .iter()
                .map(|path| HttpRouteRulesMatches {
                    path: Some(HttpRouteRulesMatchesPath {
                        r#type: Some(HttpRouteRulesMatchesPathType::PathPrefix),
                        value: Some(path.clone()),
                    }),
                    ..Default::default()
                })
                .collect(),
        ),
        filters: non_empty(headers.into_iter().chain(cors).collect()),
        backend_refs: Some(vec![HttpRouteRulesBackendRefs {
            name: names::component_name(ctx, def.name),
            port: Some(c.http.service.port),
            ..Default::default()
        }]),
        timeouts: timeout.map(|t| HttpRouteRulesTimeouts { request: Some(t), ..Default::default() }),
        ..Default::default()
    };
    let mut annotations = values.annotations.clone();
    annotations.extend(c.dns_annotations(ctx));
    HttpRoute {
        metadata: labels::metadata_with(ctx, def.name, def.name, annotations),
        spec: HttpRouteSpec {
            parent_refs: Some(parent_refs),
            hostnames: Some(route.hosts.clone()),
            rules: Some(vec![rule]),
        },
    }
}

/// The hosts of every HTTP component's route, each once, in the order of
/// the registry (a host may be shared by path, as production's API host is).
/// Twin: `maily.redirectHosts`.
pub fn redirect_hosts(values: &crate::values::Values) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for r in crate::components::ALL {
        for host in (r.values)(values).http().map(|h| h.route.hosts.as_slice()).unwrap_or_default() {
            if !out.contains(host) {
                out.push(host.clone());
            }
        }
    }
    out
}

/// `helpers.tpl`: `maily.redirectHosts`, the twin of [`redirect_hosts`].
pub fn helpers_tpl() -> String {
    let keys: Vec<String> =
        crate::components::ALL.iter().filter(|r| r.serves_http()).map(|r| format!("{:?}", r.def.key)).collect();
    format!(
        r#"
{{{{/*
maily.redirectHosts: the hosts of every HTTP component's route, each once, in
registry order, as JSON (the HTTPS redirect's hostnames).
Usage: {{{{ include "maily.redirectHosts" $ | fromJsonArray }}}}
*/}}}}
{{{{- define "maily.redirectHosts" -}}}}
{{{{- $hosts := list }}}}
{{{{- range $component := list {keys} }}}}
{{{{- $hosts = concat $hosts (index $.Values $component).route.hosts }}}}
{{{{- end }}}}
{{{{- toJson (uniq $hosts) }}}}
{{{{- end }}}}
"#,
        keys = keys.join(" ")
    )
}

/// The HTTP-to-HTTPS redirect: one HTTPRoute on the plain-HTTP listeners
/// for every routed host, answering 301 with the `https` scheme.
pub fn https_redirect(ctx: &Ctx) -> HttpRoute {
    let values = &ctx.values().http_route;
    let mut parent_refs: Vec<HttpRouteParentRefs> = ctx
        .when_item(Cond::flag("gateway.enabled"), parent(gateway_name(ctx), None, HTTP_LISTENER.to_string()))
        .into_iter()
        .collect();
    parent_refs.extend(parents_of(&values.https_redirect.parent_refs));
    let hostnames = ctx.computed_whole(
        r#"include "maily.redirectHosts" $ | fromJsonArray"#,
        |_, values| non_empty(redirect_hosts(values)),
        |marker| Some(vec![marker]),
    );
    HttpRoute {
        metadata: labels::metadata_with(ctx, "https-redirect", "https-redirect", values.annotations.clone()),
        spec: HttpRouteSpec {
            parent_refs: Some(parent_refs),
            hostnames,
            rules: Some(vec![HttpRouteRules {
                filters: Some(vec![HttpRouteRulesFilters {
                    request_redirect: Some(HttpRouteRulesFiltersRequestRedirect {
                        scheme: Some(HttpRouteRulesFiltersRequestRedirectScheme::Https),
                        status_code: Some(301),
                        ..Default::default()
                    }),
                    ..filter(HttpRouteRulesFiltersType::RequestRedirect)
                }]),
                ..Default::default()
            }]),
        },
    }
}

/// The chart's Gateway: a plain-HTTP listener `http` (for the redirect) and
/// one HTTPS listener per routed host (named by [`listener_name`]), terminating TLS with
/// the component's `route.tlsSecretName`; routes from the release namespace
/// only.
pub fn gateway(ctx: &Ctx, components: &[Routed]) -> Gateway {
    let same = || {
        Some(GatewayListenersAllowedRoutes {
            namespaces: Some(GatewayListenersAllowedRoutesNamespaces {
                from: Some(GatewayListenersAllowedRoutesNamespacesFrom::Same),
                ..Default::default()
            }),
            ..Default::default()
        })
    };
    let mut listeners = vec![GatewayListeners {
        name: HTTP_LISTENER.to_string(),
        port: 80,
        protocol: "HTTP".to_string(),
        allowed_routes: same(),
        ..Default::default()
    }];
    for c in components {
        let route = &c.http.route;
        listeners.extend(route.hosts.iter().map(|host| GatewayListeners {
            name: listener_name(ctx, host),
            hostname: Some(host.clone()),
            port: 443,
            protocol: "HTTPS".to_string(),
            tls: Some(GatewayListenersTls {
                mode: Some(GatewayListenersTlsMode::Terminate),
                certificate_refs: Some(vec![GatewayListenersTlsCertificateRefs {
                    name: route.tls_secret_name.clone(),
                    ..Default::default()
                }]),
                ..Default::default()
            }),
            allowed_routes: same(),
        }));
    }
    let mut annotations = ctx.values().gateway.annotations.clone();
    annotations.extend(issuer_annotation(ctx));
    Gateway {
        metadata: labels::metadata_with(ctx, GATEWAY, GATEWAY, annotations),
        spec: GatewaySpec {
            gateway_class_name: ctx.values().gateway.class_name.clone(),
            listeners,
            ..Default::default()
        },
    }
}

/// Every route object of the chart: per HTTP component its HTTPRoute and
/// Ingress (while it has hosts and the kind is on), then the HTTPS redirect
/// and the chart's Gateway.
pub fn resources(ctx: &Ctx) -> Vec<Manifest> {
    let components = http_components(ctx);
    let mut out = Vec::new();
    for c in &components {
        let dir = c.r.def.name;
        let route_on = Cond::All(vec![Cond::flag("httpRoute.enabled"), c.has_hosts()]);
        out.push(Manifest::new(format!("{dir}/httproute.yaml"), route_on, &http_route(ctx, c)));
        let ingress_on = Cond::All(vec![Cond::flag("ingress.enabled"), c.has_hosts()]);
        out.push(Manifest::new(format!("{dir}/ingress.yaml"), ingress_on, &ingress(ctx, c)));
    }
    let any_hosts = Cond::Any(components.iter().map(Routed::has_hosts).collect());
    let redirect_on = Cond::All(vec![
        Cond::flag("httpRoute.enabled"),
        Cond::flag("httpRoute.httpsRedirect.enabled"),
        any_hosts.clone(),
    ]);
    out.push(Manifest::new("routing/https-redirect.yaml", redirect_on, &https_redirect(ctx)));
    let gateway_on = Cond::All(vec![Cond::flag("gateway.enabled"), Cond::flag("httpRoute.enabled"), any_hosts]);
    out.push(Manifest::new("routing/gateway.yaml", gateway_on, &gateway(ctx, &components)));
    out
}
