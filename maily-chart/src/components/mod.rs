//! The component registry: every Maily component, declared once.
//!
//! A component is a module here (its builders and its [`Def`]), its values
//! type (in `values.rs`, or an existing one such as [`HttpWorkload`]), and one
//! line in the [`registry!`] below, which gives it its values key (a field of
//! [`Components`], flattened into [`Values`]) and its entry in [`ALL`].
//! Everything else iterates [`ALL`]: the renders, validation and the
//! cross-field rules (Rust and Helm), NOTES.txt, the chart README, the
//! NetworkPolicy callers, the generated test environments and the policy
//! tests. See ARCHITECTURE.md, "Adding a component".

pub mod ai_mesh;
pub mod ai_service;
pub mod analytics;
pub mod api;
pub mod api_edge_caching;
pub mod blockchain;
pub mod contact_management;
pub mod email_processing;
pub mod http;
pub mod ip_warming;
pub mod mailydocs;
pub mod waf;
pub mod web;
pub mod workers;

use maily_chart_derive::Probe;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::context::Ctx;
use crate::manifest::Manifest;
use crate::network::Call;
#[allow(unused_imports)] // named in the docs above
use crate::values::{AiService, ComponentValues, HttpWorkload, Values, Workers};

/// A component's fixed facts: what Rust knows and values cannot change.
#[derive(Clone, Copy, Debug)]
pub struct Def {
    /// The values key (`aiService`): camelCase of the field in [`registry!`].
    pub key: &'static str,
    /// The component name (`ai-service`): the `app.kubernetes.io/component`
    /// label, the object name suffix and the template folder. DNS-1035 label.
    pub name: &'static str,
    /// What it is, for operators (NOTES.txt and the chart README).
    pub summary: &'static str,
    /// Every manifest of the component, in template order.
    pub resources: fn(&Ctx) -> Vec<Manifest>,
    /// What it opens connections to: other components (by name; every port
    /// their Service exposes) and destinations outside the release. The traffic graph
    /// ([`crate::network::Graph`]) and so every NetworkPolicy come from these.
    pub calls: &'static [Call],
    /// Path of its Prometheus metrics on the container port `http`, if it
    /// has any: the chart sets the `prometheus.io/*` pod annotations (port
    /// taken from `containerPort`), its NetworkPolicy admits Prometheus
    /// (`networkPolicy.monitoring`) on that port, and with `monitoring.*` it
    /// gets a ServiceMonitor (a PodMonitor without a Service), the
    /// `MailyServiceDown` alert, its values' `slo` rules and the request
    /// panels of the dashboards. Its values type then has an `slo`
    /// ([`ComponentValues::slo`]).
    pub metrics_path: Option<&'static str>,
}

/// A registered component: its facts and where its values live.
pub struct Registered {
    /// The component's facts.
    pub def: &'static Def,
    /// Its values.
    pub values: fn(&Values) -> &dyn ComponentValues,
    /// Its values, to change them (tests and generated environments).
    pub values_mut: fn(&mut Values) -> &mut dyn ComponentValues,
}

impl Registered {
    /// Whether the component serves HTTP (then it has a Service and a `helm
    /// test` pod): a fact of its values type, read off the probe values.
    pub fn serves_http(&self) -> bool {
        (self.values)(crate::render::probe_values()).http().is_some()
    }
}

/// Declares the components: each line `/// docs` + `field: ValuesType => DEF`
/// adds the values key (the field, camelCase) and the registry entry.
macro_rules! registry {
    ($( $(#[$doc:meta])* $field:ident : $ty:ty => $def:path ),* $(,)?) => {
        /// The values of every component, one key each (flattened into [`Values`]).
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
        #[serde(rename_all = "camelCase")]
        pub struct Components {
            $( $(#[$doc])* pub $field: $ty, )*
        }

        /// Every component, in template order.
        pub const ALL: &[Registered] = &[ $( Registered {
            def: &$def,
            values: |v| &v.components.$field,
            values_mut: |v| &mut v.components.$field,
        }, )* ];
    };
}

registry! {
    /// The public HTTP API (FastAPI, port 8000, health at `/health`).
    api: HttpWorkload => api::DEF,
    /// The web front end (Next.js, port 3000, health at `/api/health`).
    web: HttpWorkload => web::DEF,
    /// The email worker: consumes the queues, serves no traffic, so it has no
    /// Service.
    workers: Workers => workers::DEF,
    /// The AI service (agents and workflows, port 8080, health at `/health`).
    ai_service: AiService => ai_service::DEF,
    /// The AI mesh network (port 8080, live at `/health`, ready at `/ready`).
    /// Optional: off by default; on in staging and production.
    ai_mesh: HttpWorkload => ai_mesh::DEF,
    /// Email processing (port 3000, live at `/health`, ready at
    /// `/health/ready`). Optional: off by default; on in staging and production.
    email_processing: HttpWorkload => email_processing::DEF,
    /// Contact management (port 8000, live at `/health`, ready at
    /// `/health/ready`; `POSTGRES_URI` is set to the chart's `DATABASE_URL`).
    /// Optional: off by default; on in staging.
    contact_management: HttpWorkload => contact_management::DEF,
    /// Analytics (port 5000, health at `/health`). Optional: off by default;
    /// on in production.
    analytics: HttpWorkload => analytics::DEF,
    /// Blockchain verification (port 8000, health at `/health`), with its
    /// contracts' ABIs mounted at `/app/contracts`; `API_BASE_URL` is set to
    /// the api's Service. No Role: it never calls the Kubernetes API.
    /// Optional: off by default; on in production.
    blockchain: blockchain::Blockchain => blockchain::DEF,
    /// MailyDocs, documents (port 8000, health at `/health`), with a
    /// ReadWriteMany document volume at `/data/documents`. Optional: off by
    /// default; on in production.
    mailydocs: mailydocs::Mailydocs => mailydocs::DEF,
    /// The API edge cache (nginx, port 8080, health at `/health`): caches the
    /// api's content, report and template responses; its `nginx.conf` is
    /// rendered by the chart. Route its host to it to use it. Optional: off
    /// everywhere.
    api_edge_caching: HttpWorkload => api_edge_caching::DEF,
    /// The web application firewall (ModSecurity with the OWASP Core Rule
    /// Set, port 8080, health at `/healthz`) in front of the api; its settings
    /// and rules are rendered by the chart. Route a host to it to use it.
    /// Optional: off everywhere.
    waf: HttpWorkload => waf::DEF,
    /// IP warming (port 8080, health at `/health`), with its compliance
    /// settings mounted at `/app/config/compliance`. Optional: off everywhere.
    ip_warming: ip_warming::IpWarming => ip_warming::DEF,
}

/// The registered component named `name` (`ai-service`).
pub fn by_name(name: &str) -> Option<&'static Registered> {
    ALL.iter().find(|r| r.def.name == name)
}

/// The registered component with values key `key` (`aiService`).
pub fn by_key(key: &str) -> Option<&'static Registered> {
    ALL.iter().find(|r| r.def.key == key)
}

/// Every manifest of the chart, in template order: each component's, then
/// the routes in, the NetworkPolicies and mesh objects of the traffic graph,
/// monitoring (monitors, rules, dashboards), secrets delivery (ExternalSecret,
/// Vault SecretStore) and the namespace guard-rails.
pub fn resources(ctx: &Ctx) -> Vec<Manifest> {
    let mut all: Vec<Manifest> = ALL.iter().flat_map(|r| (r.def.resources)(ctx)).collect();
    all.extend(crate::data_tier::resources(ctx));
    let graph = crate::network::Graph::of_chart();
    all.extend(crate::network::routes::resources(ctx));
    all.extend(crate::network::policies(ctx, &graph));
    all.extend(crate::network::mesh::resources(ctx, &graph));
    all.extend(crate::monitoring::resources(ctx));
    all.extend(crate::secrets::resources(ctx));
    all.extend(crate::guards::resources(ctx));
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_key_is_where_serde_writes_the_component() {
        let (probe, registry) = crate::render::probe().expect("probe");
        for r in ALL {
            let tag = &(r.values)(&probe).workload().image.tag;
            let expr = registry.string_marker(tag).expect("the tag is a marker");
            assert_eq!(expr.pipeline, format!("$.Values.{}.image.tag", r.def.key), "{}", r.def.name);
        }
    }

    #[test]
    fn components_with_metrics_and_only_they_have_objectives() {
        for r in ALL {
            let slo = (r.values)(crate::render::probe_values()).slo().is_some();
            assert_eq!(
                r.def.metrics_path.is_some(),
                slo,
                "{}: objectives are measured from its own metrics",
                r.def.name
            );
        }
    }

    #[test]
    fn names_are_unique_dns_1035_labels_and_calls_name_components() {
        let mut names = std::collections::BTreeSet::new();
        for r in ALL {
            assert!(crate::rules::DNS1035_LABEL.accepts(r.def.name), "{}", r.def.name);
            assert!(names.insert(r.def.name), "two components are named {}", r.def.name);
            for call in r.def.calls {
                if let Call::Component(callee) = call {
                    assert!(by_name(callee).is_some(), "{} calls unknown component {callee}", r.def.name);
                }
            }
        }
    }
}
