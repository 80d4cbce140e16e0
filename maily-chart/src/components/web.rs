//! `web`: the web front end (port 3000, health at `/api/health`).

use crate::components::http::Http;
use crate::context::Ctx;
use crate::manifest::Manifest;
use crate::workload::Callers;

/// The component name.
pub const COMPONENT: &str = "web";

/// The web front end's fixed facts.
pub fn http<'a>(ctx: &Ctx<'a>) -> Http<'a> {
    Http {
        component: COMPONENT,
        key: "web",
        health_path: "/api/health",
        callers: Callers { components: &[], ingress_controller: true, monitoring: false },
        values: &ctx.values().web,
    }
}

/// Deployment, Service, ServiceAccount, HPA, PDB and test pod of the web front end.
pub fn resources(ctx: &Ctx) -> Vec<Manifest> {
    let http = http(ctx);
    http.resources(ctx, http.spec(), Vec::new())
}
