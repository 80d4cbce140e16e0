//! Image references: `<global.imageRegistry>/<repository>:<tag>`.

use k8s_openapi::api::core::v1::LocalObjectReference;

use crate::common::non_empty;
use crate::context::Ctx;
use crate::values::Image;

/// `<global.imageRegistry>/`, or nothing when it is empty (a parent chart's
/// `global.imageRegistry: ""`): the twin of `maily.imageRegistryPrefix`.
pub fn registry_prefix(ctx: &Ctx) -> String {
    ctx.computed(r#"include "maily.imageRegistryPrefix" $"#, |_, v| {
        let registry = &v.global.image_registry;
        if registry.is_empty() { String::new() } else { format!("{registry}/") }
    })
}

/// The full image reference of `image` (Container `image`):
/// `<registry>/<repository>:<tag>`, or `<repository>:<tag>` without a
/// registry, then `@<digest>` when `image.digest` is set.
pub fn reference(ctx: &Ctx, image: &Image) -> String {
    let digest = ctx.pipe(&image.digest, r#"include "maily.digestSuffix""#, |d| {
        if d.is_empty() { String::new() } else { format!("@{d}") }
    });
    format!("{}{}:{}{digest}", registry_prefix(ctx), image.repository, image.tag)
}

/// `maily.pullSecretName`, the twin of [`crate::values::PullSecret::name`],
/// and `maily.imageRegistryPrefix`, the twin of [`registry_prefix`].
pub const HELPERS_TPL: &str = r#"
{{/*
maily.pullSecretName: the name of a global.imagePullSecrets item, given as
"regcred" or as {name: regcred}.
Usage: {{ include "maily.pullSecretName" $item }}
*/}}
{{- define "maily.pullSecretName" -}}
{{- if kindIs "string" . }}{{ . }}{{ else }}{{ .name }}{{ end }}
{{- end }}

{{/*
maily.digestSuffix: "@<digest>" for an image digest, nothing for "".
Usage: {{ $.Values.api.image.digest | include "maily.digestSuffix" }}
*/}}
{{- define "maily.digestSuffix" -}}
{{- if . }}@{{ . }}{{ end }}
{{- end }}

{{/*
maily.imageRegistryPrefix: "<global.imageRegistry>/", or nothing when it is empty.
Usage: {{ include "maily.imageRegistryPrefix" $ }}
*/}}
{{- define "maily.imageRegistryPrefix" -}}
{{- with .Values.global.imageRegistry }}{{ . }}/{{ end }}
{{- end }}
"#;

/// PodSpec `imagePullSecrets` from `global.imagePullSecrets`; `None` when empty.
pub fn pull_secrets(ctx: &Ctx) -> Option<Vec<LocalObjectReference>> {
    let secrets = &ctx.values().global.image_pull_secrets;
    non_empty(secrets.iter().map(|s| LocalObjectReference { name: s.name().to_string() }).collect())
}
