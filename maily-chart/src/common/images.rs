//! Image references: `<global.imageRegistry>/<repository>:<tag>`.

use k8s_openapi::api::core::v1::LocalObjectReference;

use crate::common::non_empty;
use crate::context::Ctx;
use crate::values::Image;

/// The full image reference of `image` (Container `image`).
pub fn reference(ctx: &Ctx, image: &Image) -> String {
    format!("{}/{}:{}", ctx.values().global.image_registry, image.repository, image.tag)
}

/// `maily.pullSecretName`: the twin of [`crate::values::PullSecret::name`].
pub const HELPERS_TPL: &str = r#"
{{/*
maily.pullSecretName: the name of a global.imagePullSecrets item, given as
"regcred" or as {name: regcred}.
Usage: {{ include "maily.pullSecretName" $item }}
*/}}
{{- define "maily.pullSecretName" -}}
{{- if kindIs "string" . }}{{ . }}{{ else }}{{ .name }}{{ end }}
{{- end }}
"#;

/// PodSpec `imagePullSecrets` from `global.imagePullSecrets`; `None` when empty.
pub fn pull_secrets(ctx: &Ctx) -> Option<Vec<LocalObjectReference>> {
    let secrets = &ctx.values().global.image_pull_secrets;
    non_empty(secrets.iter().map(|s| LocalObjectReference { name: s.name().to_string() }).collect())
}
