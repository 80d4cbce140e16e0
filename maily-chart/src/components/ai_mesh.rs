//! `aiMesh`: the AI mesh network (port 8080, live at `/health`, ready at
//! `/ready`). Optional: on in staging and production.

use crate::components::Def;
use crate::components::http::Http;
use crate::context::Ctx;
use crate::manifest::Manifest;
use crate::network::{Call, External};

/// The registry entry.
pub const DEF: Def = Def {
    key: "aiMesh",
    name: "ai-mesh",
    summary: "the AI mesh network (optional)",
    resources,
    calls: &[
        Call::Component("ai-service"),
        Call::External(External::Postgres),
        Call::External(External::Redis),
        Call::External(External::Https),
    ],
    metrics_path: None,
};

/// Deployment, Service, ServiceAccount, HPA, PDB and test pod.
pub fn resources(ctx: &Ctx) -> Vec<Manifest> {
    let http = Http { def: &DEF, health_path: "/health", values: &ctx.values().ai_mesh };
    let spec = http.ready_at(http.spec(ctx), "/ready");
    http.resources(ctx, spec, Vec::new())
}
