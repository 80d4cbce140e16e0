//! Istio, from the same traffic graph as the NetworkPolicies
//! (`mesh.istio.enabled`): mutual TLS required for every pod of the release,
//! and one AuthorizationPolicy per component that admits exactly the callers
//! of its edges, each by the principal of its ServiceAccount, on the
//! container ports of the edge.
//!
//! Sources: Istio reference, "PeerAuthentication" and "Authorization Policy"
//! (`security.istio.io/v1`); Istio "Security" concepts (principals
//! `<trust domain>/ns/<namespace>/sa/<service account>`).

use std::collections::BTreeMap;

use maily_chart_crds::istio::authorizationpolicies::{
    AuthorizationPolicyAction, AuthorizationPolicyRules, AuthorizationPolicyRulesFrom,
    AuthorizationPolicyRulesFromSource, AuthorizationPolicyRulesTo, AuthorizationPolicyRulesToOperation,
    AuthorizationPolicySelector, AuthorizationPolicySpec,
};
use maily_chart_crds::istio::peerauthentications::{
    PeerAuthenticationMtls, PeerAuthenticationMtlsMode, PeerAuthenticationSelector, PeerAuthenticationSpec,
};
use maily_chart_crds::{AuthorizationPolicy, PeerAuthentication};

use crate::common::{labels, names};
use crate::components::{ALL, Registered};
use crate::cond::Cond;
use crate::context::Ctx;
use crate::manifest::Manifest;
use crate::network::{Graph, Node, Port, release_pods, routes};

/// The pod label that asks Istio to inject its sidecar.
pub const INJECT_LABEL: &str = "sidecar.istio.io/inject";

/// The injection label, while `mesh.istio.enabled`: merged into every pod's labels.
pub fn inject_label(ctx: &Ctx) -> BTreeMap<String, String> {
    let yes = ctx.computed(r#""true""#, |_, _| "true".to_string());
    ctx.when_str(Cond::flag("mesh.istio.enabled"), &yes)
        .map(|v| BTreeMap::from([(INJECT_LABEL.to_string(), v)]))
        .unwrap_or_default()
}

/// The principal of a ServiceAccount of the release namespace.
fn principal(ctx: &Ctx, service_account: String) -> String {
    format!("{}/ns/{}/sa/{service_account}", ctx.values().mesh.istio.trust_domain, ctx.release_namespace())
}

/// The principal of the pods Istio runs for the chart's own Gateway: their
/// ServiceAccount is `<gateway>-<gatewayClassName>`, as Istio names it.
fn own_gateway_principal(ctx: &Ctx) -> String {
    principal(ctx, format!("{}-{}", routes::gateway_name(ctx), ctx.values().gateway.class_name))
}

/// The principal a pod set runs as: a component's ServiceAccount, or the
/// namespace's `default` for a `helm test` pod.
fn principal_of(ctx: &Ctx, set: &str) -> String {
    match ALL.iter().find(|r| r.def.name == set) {
        Some(r) => principal(ctx, names::service_account_name(ctx, r.def)),
        None => principal(ctx, "default".to_string()),
    }
}

/// The container ports (as Istio wants them: decimal strings) of an edge
/// into `component`.
fn ports(ctx: &Ctx, component: &Registered, port: &Port) -> Vec<String> {
    let Some(h) = (component.values)(ctx.values()).http() else { return Vec::new() };
    let http = ctx.int_string(h.container_port);
    match port {
        Port::Service => {
            std::iter::once(http).chain(h.extra_ports.iter().map(|p| ctx.int_string(p.container_port))).collect()
        }
        Port::Named(_) | Port::Listed => vec![http],
    }
}

/// A rule: these principals, on these ports.
fn rule(principals: Vec<String>, ports: Vec<String>) -> AuthorizationPolicyRules {
    AuthorizationPolicyRules {
        from: Some(vec![AuthorizationPolicyRulesFrom {
            source: Some(AuthorizationPolicyRulesFromSource { principals: Some(principals), ..Default::default() }),
        }]),
        to: Some(vec![AuthorizationPolicyRulesTo {
            operation: Some(AuthorizationPolicyRulesToOperation { ports: Some(ports), ..Default::default() }),
        }]),
        ..Default::default()
    }
}

/// The component's AuthorizationPolicy: `ALLOW` exactly the pod-to-pod and
/// gateway edges into it (none: everything is refused).
pub fn authorization_policy(ctx: &Ctx, graph: &Graph, component: &'static Registered) -> AuthorizationPolicy {
    let me = Node::Pods(component.def.name.to_string());
    let gateway = &ctx.values().mesh.istio.ingress_gateway_principals;
    let rules: Vec<AuthorizationPolicyRules> = graph
        .edges
        .iter()
        .filter(|e| e.to == me)
        .filter_map(|e| match &e.from {
            Node::Pods(caller) => Some(vec![rule(vec![principal_of(ctx, caller)], ports(ctx, component, &e.port))]),
            Node::IngressController => {
                let mut when = vec![Cond::non_empty("mesh.istio.ingressGatewayPrincipals")];
                when.extend(e.when.clone());
                let platform = ctx.when_item(Cond::All(when), rule(gateway.clone(), ports(ctx, component, &e.port)));
                let mut when = vec![Cond::flag("gateway.enabled")];
                when.extend(e.when.clone());
                let own = ctx
                    .when_item(Cond::All(when), rule(vec![own_gateway_principal(ctx)], ports(ctx, component, &e.port)));
                Some(platform.into_iter().chain(own).collect::<Vec<_>>())
            }
            // Prometheus scrapes the sidecar's own port (metrics merging).
            Node::Monitoring | Node::External(_) => None,
        })
        .flatten()
        .collect();
    AuthorizationPolicy {
        metadata: labels::metadata(ctx, component.def.name, component.def.name),
        spec: AuthorizationPolicySpec {
            selector: Some(AuthorizationPolicySelector {
                match_labels: Some(labels::selector_labels(ctx, component.def.name)),
            }),
            action: Some(AuthorizationPolicyAction::Allow),
            rules: Some(rules),
            ..Default::default()
        },
    }
}

/// Mutual TLS required for every pod of the release.
pub fn peer_authentication(ctx: &Ctx) -> PeerAuthentication {
    PeerAuthentication {
        metadata: labels::metadata(ctx, "mesh", "mesh"),
        spec: PeerAuthenticationSpec {
            selector: Some(PeerAuthenticationSelector { match_labels: Some(release_pods(ctx)) }),
            mtls: Some(PeerAuthenticationMtls { mode: Some(PeerAuthenticationMtlsMode::Strict) }),
            ..Default::default()
        },
    }
}

/// Every mesh object: the PeerAuthentication, then one AuthorizationPolicy
/// per deployed component.
pub fn resources(ctx: &Ctx, graph: &Graph) -> Vec<Manifest> {
    let on = Cond::flag("mesh.istio.enabled");
    let mut out = vec![Manifest::new("mesh/peerauthentication.yaml", on.clone(), &peer_authentication(ctx))];
    for r in ALL {
        let enabled = Cond::All(vec![on.clone(), Cond::flag(format!("{}.enabled", r.def.key))]);
        out.push(Manifest::new(
            format!("{}/authorizationpolicy.yaml", r.def.name),
            enabled,
            &authorization_policy(ctx, graph, r),
        ));
    }
    out
}
