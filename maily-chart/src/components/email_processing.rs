//! `emailProcessing`: the email processing service (port 3000, live at
//! `/health`, ready at `/health/ready`). Optional: on in staging and production.

use crate::components::Def;
use crate::components::http::Http;
use crate::context::Ctx;
use crate::manifest::Manifest;
use crate::network::{Call, External};

/// The registry entry.
pub const DEF: Def = Def {
    key: "emailProcessing",
    name: "email-processing",
    summary: "the email processing service (optional)",
    resources,
    calls: &[Call::External(External::Postgres), Call::External(External::Https), Call::External(External::Smtp)],
    metrics_path: None,
};

/// Deployment, Service, ServiceAccount, HPA, PDB and test pod.
pub fn resources(ctx: &Ctx) -> Vec<Manifest> {
    let http = Http { def: &DEF, health_path: "/health", values: &ctx.values().email_processing };
    let spec = http.ready_at(http.spec(ctx), "/health/ready");
    http.resources(ctx, spec, Vec::new())
}
