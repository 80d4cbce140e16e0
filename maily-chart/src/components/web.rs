//! `web`: the web front end (health at `/api/health`).

use crate::components::Def;
use crate::components::http::Http;
use crate::context::Ctx;
use crate::manifest::Manifest;
use crate::network::{Call, External};

/// The registry entry.
pub const DEF: Def = Def {
    key: "web",
    name: "web",
    summary: "the web front end",
    resources,
    calls: &[Call::Component("api"), Call::External(External::Postgres), Call::External(External::Https)],
    metrics_path: None,
};

/// The web's fixed facts.
pub fn http<'a>(ctx: &Ctx<'a>) -> Http<'a> {
    Http { def: &DEF, health_path: "/api/health", values: &ctx.values().web }
}

/// Deployment, Service, ServiceAccount, HPA, PDB, NetworkPolicy and test pod.
pub fn resources(ctx: &Ctx) -> Vec<Manifest> {
    let http = http(ctx);
    http.resources(ctx, http.spec(ctx), Vec::new())
}
