//! Container environment: `ENVIRONMENT`, then `env` (literal), then
//! `secretEnv` (`secretKeyRef` into `global.existingSecret`, or, with
//! `secretsAsFiles`, `<NAME>_FILE` naming the mounted file), then
//! `optionalSecretEnv` (`secretKeyRef` with `optional: true`, in both modes:
//! a file item of a missing key would block the volume), each map in key
//! order, the order in which Helm's `range` walks a map; then the connection
//! variables of the data servers the component calls
//! ([`crate::data_tier::connection_env`]), then the component's own.

use k8s_openapi::api::core::v1::{EnvVar, EnvVarSource, SecretKeySelector, SecretVolumeSource, Volume, VolumeMount};

use crate::components::Def;
use crate::cond::Cond;
use crate::context::Ctx;
use crate::values::Workload;

/// Where `secretsAsFiles` mounts the Secret's keys.
pub const SECRET_FILES_DIR: &str = "/var/run/secrets/maily";
/// The name of the volume that holds them.
pub const SECRET_FILES_VOLUME: &str = "secret-files";
/// The suffix of the variable that names a credential's file.
pub const FILE_SUFFIX: &str = "_FILE";
/// The files' mode: read by the owner (root) and the pod's `fsGroup`.
pub const SECRET_FILES_MODE: i32 = 0o440;

/// The component delivers its credentials as files.
pub fn as_files(def: &Def) -> Cond {
    Cond::flag(format!("{}.secretsAsFiles", def.key))
}

/// The component mounts the secret files: as files, and it reads a key (of
/// `secretEnv`, or a data server's URL while the data tier is outside).
pub fn files_mounted(def: &Def) -> Cond {
    let mut reads = vec![Cond::non_empty(format!("{}.secretEnv", def.key))];
    if !crate::data_tier::url_keys(def).is_empty() {
        reads.push(!crate::data_tier::in_cluster());
    }
    Cond::All(vec![as_files(def), Cond::Any(reads)])
}

/// Some of the component's credentials stay variables with `secretsAsFiles`:
/// its `optionalSecretEnv` (a file item of a missing key would block the
/// volume), and the data servers' credentials while the data tier is in the
/// release (the URL is built from them by `$(VAR)` expansion).
pub fn secrets_left_in_env(def: &Def) -> Cond {
    let mut left = vec![Cond::non_empty(format!("{}.optionalSecretEnv", def.key))];
    if !crate::data_tier::url_keys(def).is_empty() {
        left.push(crate::data_tier::in_cluster());
    }
    Cond::Any(left)
}

/// The Secret's keys that the component reads as files, each once, as volume
/// items (`key` to the path of the same name): its `secretEnv` values, and
/// its data servers' URL keys while the data tier is outside the release.
pub fn secret_file_items(
    values: &crate::values::Values,
    def: &Def,
    workload: &Workload,
) -> Option<Vec<k8s_openapi::api::core::v1::KeyToPath>> {
    let urls: Vec<String> = if values.data_tier.enabled {
        Vec::new()
    } else {
        crate::data_tier::url_keys(def).into_iter().map(String::from).collect()
    };
    let keys: std::collections::BTreeSet<&String> = workload.secret_env.values().chain(urls.iter()).collect();
    let items: Vec<_> = keys
        .into_iter()
        .map(|k| k8s_openapi::api::core::v1::KeyToPath { key: k.clone(), path: k.clone(), mode: None })
        .collect();
    (!items.is_empty()).then_some(items)
}

/// The Secret volume of `secretsAsFiles` (while it is mounted): only the keys
/// the component reads (twin: `maily.secretFileItems`).
pub fn secret_files_volume(ctx: &Ctx, def: &'static Def) -> Option<Volume> {
    let items = ctx.computed_whole(
        &format!(r#"include "maily.secretFileItems" (list $ "{}") | fromJsonArray"#, def.key),
        move |_, values| {
            let registered = crate::components::by_key(def.key).expect("a registered component");
            secret_file_items(values, def, (registered.values)(values).workload())
        },
        |marker| Some(vec![k8s_openapi::api::core::v1::KeyToPath { key: marker.clone(), path: marker, mode: None }]),
    );
    ctx.when_item(
        files_mounted(def),
        Volume {
            name: SECRET_FILES_VOLUME.to_string(),
            secret: Some(SecretVolumeSource {
                secret_name: Some(ctx.values().global.existing_secret.clone()),
                default_mode: Some(SECRET_FILES_MODE),
                items,
                optional: None,
            }),
            ..Default::default()
        },
    )
}

/// The read-only mount of [`secret_files_volume`].
pub fn secret_files_mount(ctx: &Ctx, def: &Def) -> Option<VolumeMount> {
    // A computed name: a guarded item needs a marker in the symbolic render.
    let name = ctx.computed(&format!("{SECRET_FILES_VOLUME:?}"), |_, _| SECRET_FILES_VOLUME.to_string());
    ctx.when_item(
        files_mounted(def),
        VolumeMount { name, mount_path: SECRET_FILES_DIR.to_string(), read_only: Some(true), ..Default::default() },
    )
}

/// `helpers.tpl`: `maily.secretFileItems`, the twin of [`secret_file_items`].
pub fn helpers_tpl() -> String {
    let urls: Vec<String> = crate::components::ALL
        .iter()
        .map(|r| {
            let keys: Vec<String> = crate::data_tier::url_keys(r.def).iter().map(|k| format!("{k:?}")).collect();
            format!("{:?} (list {})", r.def.key, keys.join(" "))
        })
        .collect();
    format!(
        r#"
{{{{/*
maily.secretFileItems: the Secret volume items of a component with secretsAsFiles,
as JSON: each key its secretEnv reads, and while dataTier.enabled is false the URL
keys of the data servers it calls, once, sorted, at the path of the same name.
Usage: {{{{ include "maily.secretFileItems" (list $ "api") | fromJsonArray }}}}
*/}}}}
{{{{- define "maily.secretFileItems" -}}}}
{{{{- $root := index . 0 }}}}
{{{{- $v := index $root.Values (index . 1) }}}}
{{{{- $keys := dict }}}}
{{{{- range $name, $key := $v.secretEnv }}}}
{{{{- $_ := set $keys $key true }}}}
{{{{- end }}}}
{{{{- if not $root.Values.dataTier.enabled }}}}
{{{{- range $key := index (dict {urls}) (index . 1) }}}}
{{{{- $_ := set $keys $key true }}}}
{{{{- end }}}}
{{{{- end }}}}
{{{{- $items := list }}}}
{{{{- range $key := keys $keys | sortAlpha }}}}
{{{{- $items = append $items (dict "key" $key "path" $key) }}}}
{{{{- end }}}}
{{{{- toJson $items }}}}
{{{{- end }}}}
"#,
        urls = urls.join(" ")
    )
}

/// The variable that carries `global.environment` into every container.
pub const ENVIRONMENT_VAR: &str = "ENVIRONMENT";

/// Variable `name` read from key `key` of `global.existingSecret`
/// (`secretKeyRef`; `optional: true` when `optional`).
pub fn secret_var(ctx: &Ctx, name: &str, key: &str, optional: bool) -> EnvVar {
    EnvVar {
        name: name.to_string(),
        value: None,
        value_from: Some(EnvVarSource {
            secret_key_ref: Some(SecretKeySelector {
                name: ctx.values().global.existing_secret.clone(),
                key: key.to_string(),
                optional: optional.then_some(true),
            }),
            ..Default::default()
        }),
    }
}

/// The environment variables of a component's container.
pub fn env_vars(ctx: &Ctx, def: &Def, workload: &Workload, own: Vec<EnvVar>) -> Vec<EnvVar> {
    let global = &ctx.values().global;
    let literal = workload.env.iter().map(|(name, value)| EnvVar {
        name: name.clone(),
        value: Some(value.clone()),
        value_from: None,
    });
    let referenced = workload
        .secret_env
        .iter()
        .filter_map(|(name, key)| ctx.when_item(!as_files(def), secret_var(ctx, name, key, false)));
    let files = workload.secret_env.iter().filter_map(|(name, key)| {
        ctx.when_item(
            as_files(def),
            EnvVar {
                name: format!("{name}{FILE_SUFFIX}"),
                value: Some(format!("{SECRET_FILES_DIR}/{key}")),
                value_from: None,
            },
        )
    });
    let secret: Vec<EnvVar> = referenced.chain(files).collect();
    let optional = workload.optional_secret_env.iter().map(|(name, key)| secret_var(ctx, name, key, true));
    std::iter::once(EnvVar {
        name: ENVIRONMENT_VAR.to_string(),
        value: Some(global.environment.clone()),
        value_from: None,
    })
    .chain(literal)
    .chain(secret)
    .chain(optional)
    .chain(crate::data_tier::connection_env(ctx, def))
    .chain(own)
    .collect()
}
