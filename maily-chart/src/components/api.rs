//! `api`: the public HTTP API (port 8000, health at `/health`).

use crate::components::http::Http;
use crate::context::Ctx;
use crate::manifest::Manifest;
use crate::workload::Callers;

/// The component name.
pub const COMPONENT: &str = "api";

/// The api's fixed facts.
pub fn http<'a>(ctx: &Ctx<'a>) -> Http<'a> {
    Http {
        component: COMPONENT,
        key: "api",
        health_path: "/health",
        callers: Callers { components: &["web"], ingress_controller: true, monitoring: false },
        values: &ctx.values().api,
    }
}

/// Deployment, Service, ServiceAccount, HPA, PDB and test pod of the api.
pub fn resources(ctx: &Ctx) -> Vec<Manifest> {
    let http = http(ctx);
    http.resources(ctx, http.spec(), Vec::new())
}
