//! `analytics`: usage analytics (port 5000, health at `/health`). Optional:
//! on in production.

use crate::components::Def;
use crate::components::http::Http;
use crate::context::Ctx;
use crate::manifest::Manifest;
use crate::network::{Call, External};

/// The registry entry.
pub const DEF: Def = Def {
    key: "analytics",
    name: "analytics",
    summary: "the analytics service (optional)",
    resources,
    calls: &[Call::External(External::Postgres), Call::External(External::Redis)],
    metrics_path: None,
};

/// Deployment, Service, ServiceAccount, HPA, PDB and test pod.
pub fn resources(ctx: &Ctx) -> Vec<Manifest> {
    let http = Http { def: &DEF, health_path: "/health", values: &ctx.values().analytics };
    http.resources(ctx, http.spec(ctx), Vec::new())
}
