//! The traffic graph of one environment as a Mermaid flowchart, for the
//! chart README: what the NetworkPolicies of that environment admit, drawn.

use crate::cond::Cond;
use crate::network::{Edge, External, Graph, Node, Port, enabled};
use crate::values::Values;

fn node_id(node: &Node) -> String {
    match node {
        Node::Pods(name) => name.replace('-', "_"),
        Node::IngressController => "ingress_controller".to_string(),
        Node::Monitoring => "prometheus".to_string(),
        Node::External(e) => format!("ext_{}", e.key()),
    }
}

fn node_shape(node: &Node) -> String {
    let id = node_id(node);
    match node {
        Node::Pods(name) => format!("{id}[\"{name}\"]"),
        Node::IngressController => format!("{id}{{{{\"Gateway / ingress controller\"}}}}"),
        Node::Monitoring => format!("{id}{{{{\"Prometheus\"}}}}"),
        Node::External(e) => {
            let label = match e {
                External::Postgres => "PostgreSQL",
                External::Redis => "Redis",
                External::Rabbitmq => "RabbitMQ",
                External::Https => "HTTPS APIs",
                External::Smtp => "SMTP relays",
            };
            format!("{id}[(\"{label}\")]")
        }
    }
}

/// Whether the edge's condition holds for the values (`json`: serialized once per diagram).
fn holds(json: &serde_json::Value, cond: &Option<Cond>) -> bool {
    cond.as_ref().is_none_or(|c| c.eval(json).unwrap_or(false))
}

fn deployed(values: &Values, node: &Node) -> bool {
    match node {
        Node::Pods(set) => enabled(values, set),
        _ => true,
    }
}

/// The edges of `graph` that exist in `values` (both ends deployed, the
/// edge's condition true), without the `helm test` pods.
pub fn live_edges<'g>(graph: &'g Graph, values: &Values) -> Vec<&'g Edge> {
    let json = serde_json::to_value(values).expect("values serialize");
    graph
        .edges
        .iter()
        .filter(|e| deployed(values, &e.from) && deployed(values, &e.to) && holds(&json, &e.when))
        .filter(|e| !matches!(&e.from, Node::Pods(p) if p.ends_with("-test")))
        .collect()
}

/// The Mermaid `flowchart LR` of the environment's traffic: one node per
/// deployed component and per reachable outside party, one arrow per edge,
/// labelled with its port (DNS, which every pod may reach, is left out).
pub fn diagram(graph: &Graph, values: &Values) -> String {
    let edges = live_edges(graph, values);
    let mut nodes: Vec<&Node> = Vec::new();
    for e in &edges {
        for n in [&e.from, &e.to] {
            if !nodes.contains(&n) {
                nodes.push(n);
            }
        }
    }
    let mut out = String::from("flowchart LR\n");
    for n in &nodes {
        out += &format!("  {}\n", node_shape(n));
    }
    for e in &edges {
        let port = match (&e.port, &e.to) {
            (Port::Named(name), _) => name.clone(),
            (Port::Service, Node::Pods(component)) => {
                let extra: Vec<String> = crate::components::by_name(component)
                    .and_then(|r| (r.values)(values).http())
                    .map(|h| h.extra_ports.iter().map(|p| p.name.clone()).collect())
                    .unwrap_or_default();
                std::iter::once("http".to_string()).chain(extra).collect::<Vec<_>>().join(", ")
            }
            (Port::Service, _) => String::new(),
            (Port::Listed, Node::External(x)) => {
                let ports: Vec<String> =
                    x.destination(&values.network_policy.egress).ports.iter().map(i32::to_string).collect();
                ports.join(", ")
            }
            (Port::Listed, _) => String::new(),
        };
        out += &format!("  {} -->|{}| {}\n", node_id(&e.from), port, node_id(&e.to));
    }
    out
}
