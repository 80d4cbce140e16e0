//! One module per Maily component. Each exposes plain functions named after
//! the kinds it builds and one `resources` that lists them for the renderer.

pub mod ai_service;
pub mod api;
pub mod http;
pub mod web;
pub mod workers;

use crate::context::Ctx;
use crate::manifest::Manifest;

/// Every manifest of the chart, in template order.
pub fn resources(ctx: &Ctx) -> Vec<Manifest> {
    [api::resources(ctx), web::resources(ctx), workers::resources(ctx), ai_service::resources(ctx)].concat()
}
