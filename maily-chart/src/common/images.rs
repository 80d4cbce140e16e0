//! Image references: `<global.imageRegistry>/<repository>:<tag>`.

use k8s_openapi::api::core::v1::LocalObjectReference;

use crate::common::non_empty;
use crate::context::Ctx;
use crate::values::Image;

/// The full image reference of `image` (Container `image`).
pub fn reference(ctx: &Ctx, image: &Image) -> String {
    format!("{}/{}:{}", ctx.values().global.image_registry, image.repository, image.tag)
}

/// PodSpec `imagePullSecrets` from `global.imagePullSecrets`; `None` when empty.
pub fn pull_secrets(ctx: &Ctx) -> Option<Vec<LocalObjectReference>> {
    let names = &ctx.values().global.image_pull_secrets;
    non_empty(names.iter().map(|name| LocalObjectReference { name: name.clone() }).collect())
}
