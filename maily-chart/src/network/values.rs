//! The values of north-south routing (`httpRoute`, `gateway`, `ingress`,
//! `tls`, `externalDns`, each component's `route`) and of the network rules
//! (`networkPolicy`). Re-exported by [`crate::values`].
//!
//! Sources: Gateway API v1.6.1 reference (HTTPRoute, Gateway, ParentReference,
//! HTTPCORSFilter); Kubernetes API reference (Ingress, NetworkPolicy);
//! cert-manager "Securing Ingress Resources" and "Gateway" annotations;
//! external-dns annotations.

use std::collections::BTreeMap;

use k8s_openapi::api::networking::v1::NetworkPolicyPeer;
use maily_chart_derive::Probe;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::passthrough::Passed;

/// How requests from outside the cluster reach one HTTP component: for each
/// host and path prefix, an HTTPRoute rule (`httpRoute.enabled`) and an
/// Ingress rule (`ingress.enabled`) to the component's Service, port `http`.
/// No hosts: the component is not reachable from outside the cluster.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Route {
    /// Host names served (lower-case DNS names such as `api.justmaily.com`;
    /// no wildcards). A host and path may belong to one component only. Also
    /// the TLS hosts of `tlsSecretName` and, with `externalDns.enabled`, the
    /// DNS records.
    #[schemars(transform = crate::rules::schema::hosts)]
    pub hosts: Vec<String>,
    /// Path prefixes, each starting with `/` (`/` matches every path):
    /// HTTPRoute `PathPrefix` matches, Ingress `pathType: Prefix`. Paths are
    /// passed on unchanged (no prefix is stripped).
    #[schemars(transform = crate::rules::schema::paths)]
    pub paths: Vec<String>,
    /// Longest a request may take end to end, a Gateway API duration (`60s`,
    /// `5m`, `1h30m`). Empty: the Gateway's default. HTTPRoute only: an
    /// Ingress controller takes its timeouts from `ingress.annotations`.
    #[schemars(transform = crate::rules::schema::optional_duration)]
    pub request_timeout: String,
    /// The Secret holding these hosts' TLS certificate (the Gateway listener's
    /// `certificateRefs`, the Ingress `tls` entry). cert-manager writes it when
    /// `tls.clusterIssuer` is set; otherwise it must exist.
    #[schemars(transform = crate::rules::schema::dns1123_subdomain)]
    pub tls_secret_name: String,
}

/// A Gateway listener that routes attach to (Gateway API `ParentReference`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ParentRef {
    /// Name of the Gateway.
    #[schemars(transform = crate::rules::schema::dns1123_subdomain)]
    pub name: String,
    /// Namespace of the Gateway. Its listener must admit routes from the
    /// release namespace (`allowedRoutes.namespaces`).
    #[schemars(transform = crate::rules::schema::dns1123_label)]
    pub namespace: String,
    /// Name of the listener (`https` for the routes, the plain-HTTP one for
    /// the redirect).
    #[schemars(transform = crate::rules::schema::dns1123_subdomain)]
    pub section_name: String,
}

/// HTTPRoutes (`gateway.networking.k8s.io/v1`), one per routed component,
/// attached to a Gateway that the platform team owns (`parentRefs`) or to the
/// chart's own (`gateway.enabled`). Needs the Gateway API CRDs (v1.2 or later, for `timeouts` and 16 path matches;
/// CORS needs v1.5).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HttpRoute {
    /// Render the HTTPRoutes.
    pub enabled: bool,
    /// The HTTPS listeners the routes attach to, each once (at most 32,
    /// with the chart Gateway's listeners). May be empty only while
    /// `gateway.enabled` (the routes then attach to the chart's Gateway).
    #[schemars(extend("uniqueItems" = true, "maxItems" = 32))]
    pub parent_refs: Vec<ParentRef>,
    /// Annotations of every HTTPRoute.
    #[schemars(transform = crate::rules::schema::annotations)]
    pub annotations: BTreeMap<String, String>,
    /// Redirect plain HTTP to HTTPS (301) for every routed host.
    pub https_redirect: HttpsRedirect,
    /// Response headers set on every response (`ResponseHeaderModifier`
    /// `set`), such as `X-Frame-Options: DENY`. Empty: none.
    #[schemars(transform = crate::rules::schema::header_map)]
    pub response_headers: BTreeMap<String, String>,
    /// Cross-origin requests (the `CORS` filter).
    pub cors: Cors,
}

/// The HTTP-to-HTTPS redirect route.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HttpsRedirect {
    /// Render one HTTPRoute that answers every routed host on plain HTTP
    /// with a 301 to `https://`.
    pub enabled: bool,
    /// The plain-HTTP listeners it attaches to, each once (at most 31
    /// besides the chart Gateway's). May be empty only while
    /// `gateway.enabled` (it then attaches to the chart Gateway's `http`
    /// listener).
    #[schemars(extend("uniqueItems" = true, "maxItems" = 32))]
    pub parent_refs: Vec<ParentRef>,
}

/// Cross-origin resource sharing for every route (Gateway API
/// `HTTPCORSFilter`). Credentials are never allowed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Cors {
    /// Origins allowed (`https://app.justmaily.com`), or `["*"]` for any
    /// origin. Empty: no CORS filter.
    #[schemars(transform = crate::rules::schema::cors_origins)]
    pub allow_origins: Vec<String>,
    /// Methods allowed besides the CORS-safelisted ones (`PUT`, `DELETE`,
    /// ...), or `["*"]` for any method.
    #[schemars(transform = crate::rules::schema::cors_methods)]
    pub allow_methods: Vec<String>,
    /// Request headers allowed besides the safelisted ones (`Authorization`),
    /// or `["*"]` for any header.
    #[schemars(transform = crate::rules::schema::header_names)]
    pub allow_headers: Vec<String>,
    /// How long a browser may cache the answer to a preflight request, in
    /// seconds.
    #[schemars(range(min = 1, max = 86_400))]
    pub max_age: i32,
}

/// The chart's own Gateway (`gateway.networking.k8s.io/v1`): a plain-HTTP
/// listener `http` and one HTTPS listener per routed host (named `https-`
/// and 9 hex digits of the host's SHA-256, since controllers name Service
/// ports after listeners), terminating TLS with the host's
/// `route.tlsSecretName`. For clusters where the application team owns its
/// Gateway; needs `tls.enabled`. With `networkPolicy.enabled`, the pods the
/// controller runs for it (label `gateway.networking.k8s.io/gateway-name`,
/// as Istio sets) are admitted to the routed components and left outside the
/// release's default deny; with `mesh.istio.enabled`, their ServiceAccount
/// `<gateway>-<className>` (Istio's naming) is admitted too.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Gateway {
    /// Render the Gateway (`<release>-maily-gateway`) and attach the routes to it.
    pub enabled: bool,
    /// The GatewayClass (the controller): `istio`, `eg` (Envoy Gateway),
    /// `cilium`, ... Required while `enabled`.
    #[schemars(transform = crate::rules::schema::optional_subdomain)]
    pub class_name: String,
    /// Annotations of the Gateway.
    #[schemars(transform = crate::rules::schema::annotations)]
    pub annotations: BTreeMap<String, String>,
}

/// Ingresses (`networking.k8s.io/v1`), one per routed component, for clusters
/// without the Gateway API. Only standard fields: controller-specific
/// settings (timeouts, redirects, headers) go in `annotations`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Ingress {
    /// Render the Ingresses.
    pub enabled: bool,
    /// The IngressClass. Empty: the cluster's default class.
    #[schemars(transform = crate::rules::schema::optional_subdomain)]
    pub class_name: String,
    /// Annotations of every Ingress, for the controller's own settings.
    #[schemars(transform = crate::rules::schema::annotations)]
    pub annotations: BTreeMap<String, String>,
}

/// TLS for the chart's own Gateway (`gateway.enabled`) and for Ingresses
/// only: HTTPRoutes attached to another team's Gateway (`httpRoute.parentRefs`)
/// are served with that Gateway's certificates, and these settings do not
/// apply to them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Tls {
    /// Serve the routed hosts over HTTPS with each component's
    /// `route.tlsSecretName`.
    pub enabled: bool,
    /// cert-manager ClusterIssuer that issues the certificates
    /// (`cert-manager.io/cluster-issuer` on the Gateway and Ingresses), such
    /// as `letsencrypt-prod`. Empty: the Secrets are provided otherwise.
    #[schemars(transform = crate::rules::schema::optional_subdomain)]
    pub cluster_issuer: String,
}

/// DNS records through external-dns: its `hostname` and `ttl` annotations on
/// the HTTPRoutes and Ingresses.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExternalDns {
    /// Annotate the routes for external-dns.
    pub enabled: bool,
    /// Record TTL, in seconds.
    #[schemars(range(min = 1, max = 86_400))]
    pub ttl: i32,
}

/// NetworkPolicies (`networking.k8s.io/v1`) from the chart's traffic graph
/// (each component declares what it calls): a default deny of all ingress
/// and egress for every pod of the release, DNS for every pod, then per
/// component ingress from exactly its callers and egress to exactly what it
/// calls (the chart README draws the graph). Needs a CNI that enforces
/// NetworkPolicy.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NetworkPolicy {
    /// Render the NetworkPolicies.
    pub enabled: bool,
    /// The Gateway or ingress controller's pods, admitted to the routed
    /// components' `http` port. Pods only: a load balancer that sends
    /// traffic straight to pod IPs (AWS ALB in IP mode, GKE NEGs) or a
    /// host-network controller is not selected by these labels.
    pub ingress_controller: PeerPods,
    /// The Prometheus pods, admitted to the metrics port of the components
    /// with metrics.
    pub monitoring: PeerPods,
    /// The cluster DNS pods, which every pod may reach on port 53 (UDP and TCP).
    pub dns: PeerPods,
    /// istiod's pods, which every pod may reach on TCP 15012 while
    /// `mesh.istio.enabled` (its sidecar's configuration and certificate).
    pub istiod: PeerPods,
    /// Destinations outside the release that components call.
    pub egress: Egress,
}

/// Pods in other namespaces, selected by both label sets (either alone
/// would admit too much).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PeerPods {
    /// Labels of their namespace, such as
    /// `kubernetes.io/metadata.name: monitoring` (set by Kubernetes on every
    /// namespace).
    #[schemars(transform = crate::rules::schema::selector_labels)]
    pub namespace_labels: BTreeMap<String, String>,
    /// Labels of the pods, such as `app.kubernetes.io/name: prometheus`.
    #[schemars(transform = crate::rules::schema::selector_labels)]
    pub pod_labels: BTreeMap<String, String>,
}

/// Each destination outside the release that a component may call (which
/// component calls which is fixed by the chart: the README's graph).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Egress {
    /// PostgreSQL (the `database-url` of the Secret).
    pub postgres: Destination,
    /// Redis (`redis-url`).
    pub redis: Destination,
    /// RabbitMQ (`rabbitmq-url`).
    pub rabbitmq: Destination,
    /// HTTPS APIs: AI providers (OpenAI, Anthropic, Google, ...) and email
    /// providers (SendGrid, Mailgun, Resend).
    pub https: Destination,
    /// SMTP relays (email delivery).
    pub smtp: Destination,
}

/// Where a destination is and on which TCP ports.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Destination {
    /// Its addresses, as NetworkPolicy peers written as Kubernetes does
    /// (`- ipBlock: {cidr: 10.20.0.0/16}`, or namespace and pod selectors for
    /// a service in the cluster). Empty: no egress to it is opened.
    pub to: Passed<NetworkPolicyPeer>,
    /// Its TCP ports.
    #[schemars(transform = crate::rules::schema::ports)]
    pub ports: Vec<i32>,
}

/// Service-mesh integration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Mesh {
    /// Istio (`security.istio.io/v1`, Istio 1.22 or later).
    pub istio: Istio,
}

/// The release's pods in an Istio mesh: the sidecar injection label on every
/// pod, mutual TLS required between them (a `PeerAuthentication` in `STRICT`
/// mode), and one `AuthorizationPolicy` per component admitting exactly the
/// callers of the traffic graph, by ServiceAccount. Every caller must be in
/// the mesh: an Ingress controller or a Gateway outside it (ingress-nginx,
/// Envoy Gateway) is refused by `STRICT` mTLS. Prometheus must scrape
/// through Istio's metrics merging (the pods' `prometheus.io` annotations,
/// port 15020, which `networkPolicy` opens) or with Istio's certificates: a
/// plain-text scrape of a component's own port, as the ServiceMonitors do,
/// is refused. `helm test` pods join the mesh as the namespace's `default`
/// ServiceAccount (admitted to the HTTP components); they end only where
/// Istio runs sidecars as native sidecars.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Istio {
    /// Render the mesh objects and label the pods for injection.
    pub enabled: bool,
    /// The mesh's trust domain (`meshConfig.trustDomain`): a caller's
    /// principal is `<trustDomain>/ns/<namespace>/sa/<serviceAccount>`.
    #[schemars(transform = crate::rules::schema::dns1123_subdomain)]
    pub trust_domain: String,
    /// Principals of the ingress gateway's pods, admitted to the routed
    /// components (`cluster.local/ns/gateway-system/sa/maily-istio`; give
    /// your own trust domain when it is not `cluster.local`). Empty: no
    /// platform gateway is admitted. The chart's own Gateway
    /// (`gateway.enabled`) is admitted without being listed.
    #[schemars(transform = crate::rules::schema::principals)]
    pub ingress_gateway_principals: Vec<String>,
}
