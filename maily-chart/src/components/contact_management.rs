//! `contactManagement`: contacts and segments (port 8000, live at `/health`,
//! ready at `/health/ready`). Optional: on in staging.

use k8s_openapi::api::core::v1::EnvVar;

use crate::components::Def;
use crate::components::http::Http;
use crate::cond::Cond;
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
/// reads its database as `POSTGRES_URI`: the chart's `DATABASE_URL`; with
/// `secretsAsFiles` and the data tier outside, `POSTGRES_URI_FILE`, the
/// path `DATABASE_URL_FILE` names (there is no `DATABASE_URL` to expand).
pub fn resources(ctx: &Ctx) -> Vec<Manifest> {
    let http = Http { def: &DEF, health_path: "/health", values: &ctx.values().contact_management };
    let mut spec = http.ready_at(http.spec(ctx), "/health/ready");
    let files = Cond::All(vec![crate::common::env::as_files(&DEF), !crate::data_tier::in_cluster()]);
    let var = |name: &str, value: &str| {
        let value = value.to_string();
        let value = ctx.computed(&format!("{value:?}"), move |_, _| value.clone());
        EnvVar { name: name.into(), value: Some(value), value_from: None }
    };
    let file = format!("{}/{}", crate::common::env::SECRET_FILES_DIR, crate::data_tier::POSTGRES.url_var.1);
    spec.env = ctx
        .when_item_fresh(!files.clone(), var("POSTGRES_URI", "$(DATABASE_URL)"))
        .into_iter()
        .chain(ctx.when_item_fresh(files, var("POSTGRES_URI_FILE", &file)))
        .collect();
    http.resources(ctx, spec, Vec::new())
}
