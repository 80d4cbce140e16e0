//! `api`: the public HTTP API (health at `/health`).

use crate::components::Def;
use crate::components::http::Http;
use crate::context::Ctx;
use crate::manifest::Manifest;
use crate::network::{Call, External};

/// The registry entry.
pub const DEF: Def = Def {
    key: "api",
    name: "api",
    summary: "the public HTTP API",
    resources,
    calls: &[
        Call::Component("ai-service"),
        Call::Component("email-processing"),
        Call::Component("contact-management"),
        Call::Component("analytics"),
        Call::External(External::Postgres),
        Call::External(External::Redis),
        Call::External(External::Rabbitmq),
        Call::External(External::Https),
    ],
    metrics_path: None,
};

/// The api's fixed facts.
pub fn http<'a>(ctx: &Ctx<'a>) -> Http<'a> {
    Http { def: &DEF, health_path: "/health", values: &ctx.values().api }
}

/// Deployment, Service, ServiceAccount, HPA, PDB, NetworkPolicy and test pod.
pub fn resources(ctx: &Ctx) -> Vec<Manifest> {
    let http = http(ctx);
    http.resources(ctx, http.spec(ctx), Vec::new())
}
