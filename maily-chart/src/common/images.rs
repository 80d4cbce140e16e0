//! Image references: `<global.imageRegistry>/<repository>:<tag>`.

use crate::context::Ctx;
use crate::values::Image;

/// The full image reference of `image` (Container `image`).
pub fn reference(ctx: &Ctx, image: &Image) -> String {
    format!("{}/{}:{}", ctx.values().global.image_registry, image.repository, image.tag)
}
