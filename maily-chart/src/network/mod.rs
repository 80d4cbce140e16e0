//! The traffic graph — who calls whom, declared once per component in
//! [`Def::calls`] — and what is made from it: the NetworkPolicies (ingress
//! *and* egress), the Mermaid diagram of the chart README, and the routes in
//! from outside ([`routes`]).
//!
//! Edges of the graph ([`Graph::of_chart`]):
//! - each call of a component: to another component's pods on a named port,
//!   or to a destination outside the release (`networkPolicy.egress.<key>`,
//!   only while it lists addresses);
//! - each HTTP component's `helm test` pod to the component's `http` port;
//! - the Gateway or ingress controller to each routed component's `http`
//!   port (while it has hosts and a route kind is on);
//! - Prometheus to the metrics port of the components with metrics.
//!
//! Every pod of the release also gets DNS (UDP and TCP 53 to the cluster DNS)
//! and nothing else by default (`default-deny`). A policy is built per pod
//! set from the edges alone, so an edge is admitted at both ends or at
//! neither, and no rule exists without an edge (`tests/network_graph.rs`).
//!
//! Sources: Kubernetes API reference (NetworkPolicy; named ports in egress
//! rules resolve on the destination pods) and "Network Policies" concepts.

pub mod mermaid;
pub mod mesh;
pub mod routes;
pub mod rules;
pub mod values;

use std::collections::BTreeMap;

use k8s_openapi::api::networking::v1::{
    NetworkPolicy, NetworkPolicyEgressRule, NetworkPolicyIngressRule, NetworkPolicyPeer, NetworkPolicyPort,
    NetworkPolicySpec,
};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::{LabelSelector, LabelSelectorRequirement};
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;

use crate::common::{labels, names, non_empty};
use crate::components::{ALL, Def};
use crate::cond::Cond;
use crate::context::Ctx;
use crate::manifest::Manifest;
use crate::values::{Destination, Egress, PeerPods, Values};

/// Something a component opens connections to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Call {
    /// A component of the chart (its name, `api`), on every port its Service
    /// exposes (`http` and its `extraPorts`).
    Component(&'static str),
    /// A destination outside the release.
    External(External),
}

/// A destination outside the release, located by `networkPolicy.egress.<key>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum External {
    /// PostgreSQL.
    Postgres,
    /// Redis.
    Redis,
    /// RabbitMQ.
    Rabbitmq,
    /// HTTPS APIs (AI and email providers).
    Https,
    /// SMTP relays.
    Smtp,
}

impl External {
    /// Every destination, in values order.
    pub const ALL: [External; 5] =
        [External::Postgres, External::Redis, External::Rabbitmq, External::Https, External::Smtp];

    /// Its key below `networkPolicy.egress`.
    pub fn key(self) -> &'static str {
        match self {
            External::Postgres => "postgres",
            External::Redis => "redis",
            External::Rabbitmq => "rabbitmq",
            External::Https => "https",
            External::Smtp => "smtp",
        }
    }

    /// Its values.
    pub fn destination(self, egress: &Egress) -> &Destination {
        match self {
            External::Postgres => &egress.postgres,
            External::Redis => &egress.redis,
            External::Rabbitmq => &egress.rabbitmq,
            External::Https => &egress.https,
            External::Smtp => &egress.smtp,
        }
    }

    /// The values path of its addresses.
    pub fn to_path(self) -> String {
        format!("networkPolicy.egress.{}.to", self.key())
    }
}

/// One end of an edge.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Node {
    /// Pods of the release with this `app.kubernetes.io/component` label: a
    /// component (`api`) or its `helm test` pod (`api-test`).
    Pods(String),
    /// The Gateway or ingress controller (`networkPolicy.ingressController`).
    IngressController,
    /// Prometheus (`networkPolicy.monitoring`).
    Monitoring,
    /// A destination outside the release.
    External(External),
}

/// The port of an edge.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Port {
    /// A named container port of the destination pods (`http`).
    Named(String),
    /// Every port the destination component's Service exposes, by name:
    /// `http` and its `extraPorts`.
    Service,
    /// The TCP ports of the destination's values (`networkPolicy.egress.<key>.ports`).
    Listed,
}

/// One allowed connection: `from` opens TCP connections to `to` on `port`,
/// while `when` holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Edge {
    /// Who connects.
    pub from: Node,
    /// Who is connected to.
    pub to: Node,
    /// On which port.
    pub port: Port,
    /// When the edge exists (besides both ends being deployed); `None`: always.
    pub when: Option<Cond>,
}

/// The traffic graph.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Graph {
    /// Every edge.
    pub edges: Vec<Edge>,
}

/// The component label of a component's `helm test` pod.
pub fn test_pods(component: &str) -> String {
    format!("{component}-test")
}

/// While the component has hosts and some route kind is rendered.
pub fn routed(def: &Def) -> Cond {
    Cond::All(vec![
        Cond::Any(vec![Cond::flag("httpRoute.enabled"), Cond::flag("ingress.enabled")]),
        Cond::non_empty(format!("{}.route.hosts", def.key)),
    ])
}

impl Graph {
    /// The chart's graph, from the component registry.
    pub fn of_chart() -> Graph {
        let mut edges = Vec::new();
        for r in ALL {
            let me = Node::Pods(r.def.name.to_string());
            for call in r.def.calls {
                let edge = match *call {
                    Call::Component(callee) => {
                        Edge { from: me.clone(), to: Node::Pods(callee.to_string()), port: Port::Service, when: None }
                    }
                    Call::External(e) => match crate::data_tier::Server::of(e) {
                        // A data server: its pods while the tier is in the
                        // release, the outside destination otherwise.
                        Some(server) => {
                            edges.push(Edge {
                                from: me.clone(),
                                to: Node::Pods(server.name.to_string()),
                                port: Port::Named(server.port.0.to_string()),
                                when: Some(crate::data_tier::in_cluster()),
                            });
                            Edge {
                                from: me.clone(),
                                to: Node::External(e),
                                port: Port::Listed,
                                when: Some(Cond::All(vec![
                                    !crate::data_tier::in_cluster(),
                                    Cond::non_empty(e.to_path()),
                                ])),
                            }
                        }
                        None => Edge {
                            from: me.clone(),
                            to: Node::External(e),
                            port: Port::Listed,
                            when: Some(Cond::non_empty(e.to_path())),
                        },
                    },
                };
                edges.push(edge);
            }
            if r.serves_http() {
                let http = Port::Named(crate::common::probes::HTTP_PORT.to_string());
                edges.push(Edge {
                    from: Node::Pods(test_pods(r.def.name)),
                    to: me.clone(),
                    port: http.clone(),
                    when: None,
                });
                edges.push(Edge {
                    from: Node::IngressController,
                    to: me.clone(),
                    port: http.clone(),
                    when: Some(routed(r.def)),
                });
            }
            // Prometheus scrapes the port its monitor and pod annotations name.
            if r.def.metrics_path.is_some() {
                let port = Port::Named(crate::monitoring::scrape::METRICS_PORT.to_string());
                edges.push(Edge { from: Node::Monitoring, to: me.clone(), port, when: None });
            }
        }
        Graph { edges }
    }

    /// The pod sets of the release that the graph names, each once, in order.
    pub fn pod_sets(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for e in &self.edges {
            for node in [&e.from, &e.to] {
                if let Node::Pods(name) = node
                    && !out.contains(name)
                {
                    out.push(name.clone());
                }
            }
        }
        out
    }
}

fn selector(labels: BTreeMap<String, String>) -> Option<LabelSelector> {
    Some(LabelSelector { match_labels: Some(labels), ..Default::default() })
}

/// The peer of pods in other namespaces, selected by both label sets.
fn pods_peer(pods: &PeerPods) -> NetworkPolicyPeer {
    NetworkPolicyPeer {
        namespace_selector: selector(pods.namespace_labels.clone()),
        pod_selector: selector(pods.pod_labels.clone()),
        ..Default::default()
    }
}

/// The label Gateway API controllers (Istio among them) put on the pods
/// they run for a Gateway, with the Gateway's name.
pub const GATEWAY_NAME_LABEL: &str = "gateway.networking.k8s.io/gateway-name";

/// The peers that select `node`'s pods (none for an outside destination,
/// whose peers come from values). The ingress controller is
/// `networkPolicy.ingressController` and, while `gateway.enabled`, the pods
/// run for the chart's own Gateway in the release namespace.
fn peers(ctx: &Ctx, node: &Node) -> Vec<NetworkPolicyPeer> {
    let np = &ctx.values().network_policy;
    match node {
        Node::Pods(name) => {
            vec![NetworkPolicyPeer { pod_selector: selector(labels::selector_labels(ctx, name)), ..Default::default() }]
        }
        Node::IngressController => {
            let own = NetworkPolicyPeer {
                pod_selector: selector(BTreeMap::from([(GATEWAY_NAME_LABEL.to_string(), routes::gateway_name(ctx))])),
                ..Default::default()
            };
            std::iter::once(pods_peer(&np.ingress_controller))
                .chain(ctx.when_item_fresh(Cond::flag("gateway.enabled"), own))
                .collect()
        }
        Node::Monitoring => vec![pods_peer(&np.monitoring)],
        Node::External(_) => Vec::new(),
    }
}

fn tcp(port: IntOrString) -> NetworkPolicyPort {
    NetworkPolicyPort { port: Some(port), protocol: Some("TCP".to_string()), ..Default::default() }
}

/// The ports of an edge towards `to`.
fn ports(ctx: &Ctx, to: &Node, port: &Port) -> Vec<NetworkPolicyPort> {
    match (port, to) {
        (Port::Named(name), _) => vec![tcp(IntOrString::String(name.clone()))],
        (Port::Service, Node::Pods(component)) => {
            let extra: Vec<NetworkPolicyPort> = crate::components::by_name(component)
                .and_then(|r| (r.values)(ctx.values()).http())
                .map(|h| h.extra_ports.iter().map(|p| tcp(IntOrString::String(p.name.clone()))).collect())
                .unwrap_or_default();
            std::iter::once(tcp(IntOrString::String(crate::common::probes::HTTP_PORT.to_string())))
                .chain(extra)
                .collect()
        }
        (Port::Service, _) => Vec::new(),
        (Port::Listed, Node::External(e)) => {
            e.destination(&ctx.values().network_policy.egress).ports.iter().map(|p| tcp(IntOrString::Int(*p))).collect()
        }
        (Port::Listed, _) => Vec::new(),
    }
}

fn guarded<T: serde::Serialize + serde::de::DeserializeOwned>(ctx: &Ctx, when: &Option<Cond>, rule: T) -> Option<T> {
    match when {
        Some(cond) => ctx.when_item_fresh(cond.clone(), rule),
        None => Some(rule),
    }
}

/// The NetworkPolicy of the pods labelled `component`: ingress from exactly
/// the edges that end there, egress to exactly the edges that start there.
pub fn pod_set_policy(ctx: &Ctx, graph: &Graph, component: &str) -> NetworkPolicy {
    let me = Node::Pods(component.to_string());
    let ingress: Vec<NetworkPolicyIngressRule> = graph
        .edges
        .iter()
        .filter(|e| e.to == me)
        .filter_map(|e| {
            let from = peers(ctx, &e.from);
            if from.is_empty() {
                return None;
            }
            let rule = NetworkPolicyIngressRule { from: Some(from), ports: Some(ports(ctx, &e.to, &e.port)) };
            guarded(ctx, &e.when, rule)
        })
        .collect();
    let egress: Vec<NetworkPolicyEgressRule> = graph
        .edges
        .iter()
        .filter(|e| e.from == me)
        .filter_map(|e| {
            let to = match &e.to {
                Node::External(x) => x.destination(&ctx.values().network_policy.egress).to.0.clone(),
                node => peers(ctx, node),
            };
            guarded(ctx, &e.when, NetworkPolicyEgressRule { to: Some(to), ports: Some(ports(ctx, &e.to, &e.port)) })
        })
        .collect();
    NetworkPolicy {
        metadata: labels::metadata(ctx, component, component),
        spec: Some(NetworkPolicySpec {
            pod_selector: selector(labels::selector_labels(ctx, component)),
            policy_types: Some(vec!["Ingress".to_string(), "Egress".to_string()]),
            ingress: non_empty(ingress),
            egress: non_empty(egress),
        }),
    }
}

/// The labels every pod of the release carries (name and instance).
pub fn release_pods(ctx: &Ctx) -> BTreeMap<String, String> {
    BTreeMap::from([
        ("app.kubernetes.io/name".to_string(), names::name(ctx)),
        ("app.kubernetes.io/instance".to_string(), ctx.release_name()),
    ])
}

/// Every pod of the release except those a Gateway controller runs for the
/// chart's own Gateway: Istio copies the Gateway's labels (the release's
/// among them) to those pods, which must stay open to the outside and reach
/// the control plane.
fn release_pods_selector(ctx: &Ctx) -> Option<LabelSelector> {
    Some(LabelSelector {
        match_labels: Some(release_pods(ctx)),
        match_expressions: Some(vec![LabelSelectorRequirement {
            key: GATEWAY_NAME_LABEL.to_string(),
            operator: "DoesNotExist".to_string(),
            values: None,
        }]),
    })
}

/// Denies all ingress and egress of every pod of the release; the other
/// policies add what is allowed (NetworkPolicies are additive).
pub fn default_deny(ctx: &Ctx) -> NetworkPolicy {
    NetworkPolicy {
        metadata: labels::metadata(ctx, "network", "default-deny"),
        spec: Some(NetworkPolicySpec {
            pod_selector: release_pods_selector(ctx),
            policy_types: Some(vec!["Ingress".to_string(), "Egress".to_string()]),
            ..Default::default()
        }),
    }
}

/// DNS for every pod of the release: UDP and TCP 53 to the cluster DNS pods.
pub fn allow_dns(ctx: &Ctx) -> NetworkPolicy {
    let dns = &ctx.values().network_policy.dns;
    let port = |protocol: &str| NetworkPolicyPort {
        port: Some(IntOrString::Int(53)),
        protocol: Some(protocol.to_string()),
        ..Default::default()
    };
    NetworkPolicy {
        metadata: labels::metadata(ctx, "network", "allow-dns"),
        spec: Some(NetworkPolicySpec {
            pod_selector: release_pods_selector(ctx),
            policy_types: Some(vec!["Egress".to_string()]),
            egress: Some(vec![NetworkPolicyEgressRule {
                to: Some(vec![pods_peer(dns)]),
                ports: Some(vec![port("UDP"), port("TCP")]),
            }]),
            ..Default::default()
        }),
    }
}

/// Istio's xDS and certificate port on istiod, which every sidecar dials.
pub const ISTIOD_PORT: i32 = 15012;
/// The sidecar's merged Prometheus metrics port (`prometheus.io/port` after
/// Istio's metrics merging), which Prometheus scrapes.
pub const ISTIO_MERGED_METRICS_PORT: i32 = 15020;

/// While `mesh.istio.enabled`: every pod of the release may reach istiod
/// (`networkPolicy.istiod`, TCP 15012) and Prometheus may scrape the
/// sidecars' merged metrics (TCP 15020). Without it, a sidecar gets no
/// configuration or certificate and the pod never becomes ready.
pub fn allow_mesh(ctx: &Ctx) -> NetworkPolicy {
    let np = &ctx.values().network_policy;
    NetworkPolicy {
        metadata: labels::metadata(ctx, "network", "allow-mesh"),
        spec: Some(NetworkPolicySpec {
            pod_selector: release_pods_selector(ctx),
            policy_types: Some(vec!["Ingress".to_string(), "Egress".to_string()]),
            ingress: Some(vec![NetworkPolicyIngressRule {
                from: Some(vec![pods_peer(&np.monitoring)]),
                ports: Some(vec![tcp(IntOrString::Int(ISTIO_MERGED_METRICS_PORT))]),
            }]),
            egress: Some(vec![NetworkPolicyEgressRule {
                to: Some(vec![pods_peer(&np.istiod)]),
                ports: Some(vec![tcp(IntOrString::Int(ISTIOD_PORT))]),
            }]),
        }),
    }
}

/// Every NetworkPolicy of the chart for `graph`: the release-wide ones,
/// then one per pod set, each rendered while its component is enabled (a
/// data server's while `dataTier.enabled`).
pub fn policies(ctx: &Ctx, graph: &Graph) -> Vec<Manifest> {
    let on = Cond::flag("networkPolicy.enabled");
    let mesh = Cond::All(vec![on.clone(), Cond::flag("mesh.istio.enabled")]);
    let mut out = vec![
        Manifest::new("network/default-deny.yaml", on.clone(), &default_deny(ctx)),
        Manifest::new("network/allow-dns.yaml", on.clone(), &allow_dns(ctx)),
        Manifest::new("network/allow-mesh.yaml", mesh, &allow_mesh(ctx)),
    ];
    for set in graph.pod_sets() {
        if let Some(server) = crate::data_tier::SERVERS.iter().find(|s| s.name == set) {
            let enabled = Cond::All(vec![on.clone(), crate::data_tier::in_cluster()]);
            let template = format!("{}/networkpolicy.yaml", server.name);
            out.push(Manifest::new(template, enabled, &pod_set_policy(ctx, graph, &set)));
            continue;
        }
        // `api-test` belongs to `api`.
        let owner = ALL.iter().find(|r| set == r.def.name || set == test_pods(r.def.name));
        let Some(owner) = owner else { continue };
        let enabled = Cond::All(vec![on.clone(), Cond::flag(format!("{}.enabled", owner.def.key))]);
        let template = if set == owner.def.name {
            format!("{set}/networkpolicy.yaml")
        } else {
            format!("tests/{set}-networkpolicy.yaml")
        };
        out.push(Manifest::new(template, enabled, &pod_set_policy(ctx, graph, &set)));
    }
    out
}

/// The values path of each pod set's component toggle, for the diagram and
/// the tests: `api-test` → `api.enabled`.
pub fn enabled(values: &Values, set: &str) -> bool {
    if crate::data_tier::SERVERS.iter().any(|s| s.name == set) {
        return values.data_tier.enabled;
    }
    ALL.iter()
        .find(|r| set == r.def.name || set == test_pods(r.def.name))
        .is_some_and(|r| (r.values)(values).workload().enabled)
}
