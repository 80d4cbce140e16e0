//! `contactManagement`: contacts and segments (port 8000, live at `/health`,
//! ready at `/health/ready`). Optional: on in staging.

use k8s_openapi::api::core::v1::EnvVar;

use crate::components::Def;
use crate::components::http::Http;
use crate::context::Ctx;
use crate::manifest::Manifest;
use crate::network::{Call, External};

/// The registry entry.
pub const DEF: Def = Def {
    key: "contactManagement",
    name: "contact-management",
    summary: "the contact management service (optional)",
    resources,
    calls: &[Call::External(External::Postgres), Call::External(External::Https)],
    metrics_path: None,
};

/// Deployment, Service, ServiceAccount, HPA, PDB and test pod. The service
/// reads its database as `POSTGRES_URI`: the chart's `DATABASE_URL`.
pub fn resources(ctx: &Ctx) -> Vec<Manifest> {
    let http = Http { def: &DEF, health_path: "/health", values: &ctx.values().contact_management };
    let mut spec = http.ready_at(http.spec(ctx), "/health/ready");
    spec.env = vec![EnvVar { name: "POSTGRES_URI".into(), value: Some("$(DATABASE_URL)".into()), value_from: None }];
    http.resources(ctx, spec, Vec::new())
}
