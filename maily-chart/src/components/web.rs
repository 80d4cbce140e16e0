//! `web`: the web front end (health at `/api/health`).

use k8s_openapi::api::core::v1::EnvVar;

use crate::common::names;
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

/// The variable that tells the server side of the front end where the API is.
pub const API_URL: &str = "API_URL";

/// `API_URL`: the api's Service inside the cluster
/// (`http://<release>-maily-api:<api.service.port>`), named by the chart so it
/// cannot drift from the Service.
pub fn api_url(ctx: &Ctx) -> EnvVar {
    let url = format!(
        "http://{}:{}",
        names::component_name(ctx, super::api::DEF.name),
        ctx.int_string(ctx.values().api.service.port)
    );
    EnvVar { name: API_URL.to_string(), value: Some(url), value_from: None }
}

/// Deployment, Service, ServiceAccount, HPA, PDB, NetworkPolicy and test pod.
pub fn resources(ctx: &Ctx) -> Vec<Manifest> {
    let http = http(ctx);
    let mut spec = http.spec(ctx);
    spec.env = vec![api_url(ctx)];
    http.resources(ctx, spec, Vec::new())
}
