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

use k8s_openapi::api::networking::v1::{
    HTTPIngressPath, HTTPIngressRuleValue, Ingress, IngressBackend, IngressRule, IngressServiceBackend, IngressSpec,
    IngressTLS, ServiceBackendPort,
};

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

/// Every route object of the chart.
pub fn resources(ctx: &Ctx) -> Vec<Manifest> {
    let mut out = Vec::new();
    for c in http_components(ctx) {
        let dir = c.r.def.name;
        let on = Cond::All(vec![Cond::flag("ingress.enabled"), c.has_hosts()]);
        out.push(Manifest::new(format!("{dir}/ingress.yaml"), on, &ingress(ctx, &c)));
    }
    out
}
