//! Secrets delivery, one convention: every credential is a key of the Secret
//! `global.existingSecret`, read by `secretKeyRef` (or, see
//! [`crate::common::env`]), and the chart never holds a secret value.
//!
//! - [`external_secret`]: with `externalSecret.enabled`, the ExternalSecret
//!   that writes that Secret from a store. Its `data` is derived from the
//!   components ([`secret_keys`]: the keys the deployed components read), so
//!   a key can be neither missing nor unused; the template computes the same
//!   list in `maily.externalSecretData` ([`helpers_tpl`]).
//! - [`secret_store`] and [`service_account`]: with `externalSecret.vault.create`,
//!   a Vault SecretStore and the ServiceAccount it logs in as.
//! - [`reload_annotation`]: the Stakater Reloader opt-in on Deployments.
//! - [`rules`]: the cross-field rules, with their Helm twins.
//!
//! Sources: External Secrets Operator API reference (ExternalSecret,
//! SecretStore, Vault provider); Stakater Reloader README.

pub mod rules;
pub mod values;

use std::collections::{BTreeMap, BTreeSet};

use k8s_openapi::api::core::v1::ServiceAccount;
use maily_chart_crds::external_secrets::externalsecrets::{
    ExternalSecretData, ExternalSecretDataRemoteRef, ExternalSecretSecretStoreRef, ExternalSecretSpec,
    ExternalSecretTarget, ExternalSecretTargetCreationPolicy,
};
use maily_chart_crds::external_secrets::secretstores::{
    SecretStoreProvider, SecretStoreProviderVault, SecretStoreProviderVaultAuth,
    SecretStoreProviderVaultAuthKubernetes, SecretStoreProviderVaultAuthKubernetesServiceAccountRef, SecretStoreSpec,
};
use maily_chart_crds::{ExternalSecret, SecretStore};
use serde_json::Value;

use crate::common::{labels, names};
use crate::components::{ALL, Def};
use crate::cond::Cond;
use crate::context::Ctx;
use crate::manifest::Manifest;
use crate::values::Values;

/// The `app.kubernetes.io/component` label of the secrets objects.
pub const COMPONENT: &str = "secrets";
/// The name suffix of the ServiceAccount that the Vault SecretStore logs in as.
pub const STORE_ACCOUNT: &str = "secret-store";
/// Stakater Reloader's annotation: roll the Deployment when these Secrets change.
pub const RELOAD_ANNOTATION: &str = "secret.reloader.stakater.com/reload";

/// The Secret keys that the deployed components read, each once, in order:
/// the values of their `secretEnv`, those of their `optionalSecretEnv`
/// that `externalSecret.remoteRefs` names, and the data tier's keys
/// ([`crate::data_tier::secret_keys`]). An optional key is fetched only
/// when named, because the External Secrets Operator fails the whole
/// ExternalSecret when one remote key is missing.
pub fn secret_keys(values: &Values) -> BTreeSet<String> {
    let refs = &values.external_secret.remote_refs;
    ALL.iter()
        .map(|r| (r.values)(values).workload())
        .filter(|w| w.enabled)
        .flat_map(|w| {
            w.secret_env.values().chain(w.optional_secret_env.values().filter(|key| refs.contains_key(*key))).cloned()
        })
        .chain(crate::data_tier::secret_keys(values).into_iter().map(String::from))
        .collect()
}

/// Where the value of Secret key `key` lives: its `remoteRefs` entry, else
/// the property `key` of `remoteKey`.
pub fn remote_ref(values: &Values, key: &str) -> ExternalSecretDataRemoteRef {
    let es = &values.external_secret;
    match es.remote_refs.get(key) {
        Some(r) => ExternalSecretDataRemoteRef {
            key: r.key.clone(),
            property: (!r.property.is_empty()).then(|| r.property.clone()),
            ..Default::default()
        },
        None => ExternalSecretDataRemoteRef {
            key: es.remote_key.clone(),
            property: Some(key.to_string()),
            ..Default::default()
        },
    }
}

/// The ExternalSecret's `data`: one entry per key of [`secret_keys`]. `None`
/// when no deployed component reads a key.
pub fn data_of(values: &Values) -> Option<Vec<ExternalSecretData>> {
    let data: Vec<ExternalSecretData> = secret_keys(values)
        .into_iter()
        .map(|key| ExternalSecretData { remote_ref: remote_ref(values, &key), secret_key: key, source_ref: None })
        .collect();
    (!data.is_empty()).then_some(data)
}

/// The ExternalSecret exists.
pub fn external_secret_enabled() -> Cond {
    Cond::flag("externalSecret.enabled")
}

/// The Vault SecretStore (and its ServiceAccount) exist.
pub fn vault_store_created() -> Cond {
    Cond::All(vec![external_secret_enabled(), Cond::flag("externalSecret.vault.create")])
}

/// The ExternalSecret that writes `global.existingSecret`.
pub fn external_secret(ctx: &Ctx) -> Value {
    let v = ctx.values();
    let es = &v.external_secret;
    let data = ctx.computed_whole(
        r#"include "maily.externalSecretData" $ | fromJsonArray"#,
        |_, values| data_of(values),
        |marker| {
            Some(vec![ExternalSecretData {
                remote_ref: ExternalSecretDataRemoteRef { key: marker.clone(), ..Default::default() },
                secret_key: marker,
                source_ref: None,
            }])
        },
    );
    let object = ExternalSecret::new(
        labels::metadata(ctx, COMPONENT, COMPONENT),
        ExternalSecretSpec {
            refresh_interval: Some(es.refresh_interval.clone()),
            secret_store_ref: Some(ExternalSecretSecretStoreRef {
                // Replaced below: the kind is a value, the typed field an enum.
                kind: None,
                name: Some(es.secret_store_ref.name.clone()),
            }),
            target: Some(ExternalSecretTarget {
                name: Some(v.global.existing_secret.clone()),
                creation_policy: Some(ExternalSecretTargetCreationPolicy::Owner),
                ..Default::default()
            }),
            data,
            ..Default::default()
        },
    );
    let mut json = serde_json::to_value(&object).expect("an ExternalSecret serializes");
    json["spec"]["secretStoreRef"]["kind"] = Value::String(es.secret_store_ref.kind.clone());
    json
}

/// The Vault SecretStore named `secretStoreRef.name`: KV at `vault.path`
/// (`vault.version`), Kubernetes auth as [`service_account`].
pub fn secret_store(ctx: &Ctx) -> Value {
    let es = &ctx.values().external_secret;
    let vault = &es.vault;
    let mut metadata = labels::metadata(ctx, COMPONENT, COMPONENT);
    metadata.name = Some(es.secret_store_ref.name.clone());
    let object = SecretStore::new(
        metadata,
        SecretStoreSpec {
            provider: SecretStoreProvider {
                vault: Some(SecretStoreProviderVault {
                    server: vault.server.clone(),
                    path: Some(vault.path.clone()),
                    // Replaced below: the version is a value, the typed field an enum.
                    version: None,
                    auth: Some(SecretStoreProviderVaultAuth {
                        kubernetes: Some(SecretStoreProviderVaultAuthKubernetes {
                            mount_path: vault.auth_mount_path.clone(),
                            role: vault.role.clone(),
                            service_account_ref: Some(SecretStoreProviderVaultAuthKubernetesServiceAccountRef {
                                name: names::component_name(ctx, STORE_ACCOUNT),
                                ..Default::default()
                            }),
                            secret_ref: None,
                        }),
                        ..Default::default()
                    }),
                    ..Default::default()
                }),
                ..Default::default()
            },
            ..Default::default()
        },
    );
    let mut json = serde_json::to_value(&object).expect("a SecretStore serializes");
    json["spec"]["provider"]["vault"]["version"] = Value::String(vault.version.clone());
    json
}

/// The ServiceAccount the Vault SecretStore logs in as. No pod runs as it
/// and its token is never mounted: the operator asks the API server for a
/// short-lived token of it (TokenRequest) at each login.
pub fn service_account(ctx: &Ctx) -> ServiceAccount {
    ServiceAccount {
        metadata: labels::metadata(ctx, COMPONENT, STORE_ACCOUNT),
        automount_service_account_token: Some(false),
        ..Default::default()
    }
}

/// The Reloader annotation of a component's Deployment, while
/// `reloader.enabled` or the component's `reloadOnSecretChange`.
pub fn reload_annotation(ctx: &Ctx, def: &Def) -> BTreeMap<String, String> {
    let cond = Cond::Any(vec![Cond::flag("reloader.enabled"), Cond::flag(format!("{}.reloadOnSecretChange", def.key))]);
    ctx.when_str(cond, &ctx.values().global.existing_secret)
        .map(|secret| BTreeMap::from([(RELOAD_ANNOTATION.to_string(), secret)]))
        .unwrap_or_default()
}

/// Every secrets object: the ExternalSecret, the Vault SecretStore and its
/// ServiceAccount.
pub fn resources(ctx: &Ctx) -> Vec<Manifest> {
    vec![
        Manifest::new("secrets/externalsecret.yaml", external_secret_enabled(), &external_secret(ctx)),
        Manifest::new("secrets/secretstore.yaml", vault_store_created(), &secret_store(ctx)),
        Manifest::new("secrets/serviceaccount.yaml", vault_store_created(), &service_account(ctx)),
    ]
}

/// `maily.externalSecretData`: the twin of [`data_of`], as JSON (read back
/// with `fromJsonArray`): the keys the enabled components read (from the
/// registry), each once and sorted, with its remote reference.
pub fn helpers_tpl() -> String {
    let components: Vec<String> = ALL.iter().map(|r| format!("{:?}", r.def.key)).collect();
    format!(
        r#"
{{{{/*
maily.externalSecretData: the ExternalSecret's data as JSON: one entry per Secret
key that an enabled component reads (secretEnv values, and optionalSecretEnv
values named in externalSecret.remoteRefs, and the data tier's keys: its
credentials while dataTier.enabled, else the URL keys of the enabled components), sorted, each read from
externalSecret.remoteRefs.<key>, else from externalSecret.remoteKey, property <key>.
Usage: {{{{ include "maily.externalSecretData" $ | fromJsonArray }}}}
*/}}}}
{{{{- define "maily.externalSecretData" -}}}}
{{{{- $es := .Values.externalSecret }}}}
{{{{- $keys := dict }}}}
{{{{- range $component := list {components} }}}}
{{{{- $v := index $.Values $component }}}}
{{{{- if $v.enabled }}}}
{{{{- range $name, $key := $v.secretEnv }}}}
{{{{- $_ := set $keys $key true }}}}
{{{{- end }}}}
{{{{- range $name, $key := $v.optionalSecretEnv }}}}
{{{{- if hasKey $es.remoteRefs $key }}}}
{{{{- $_ := set $keys $key true }}}}
{{{{- end }}}}
{{{{- end }}}}
{{{{- end }}}}
{{{{- end }}}}
{data_tier}{{{{- $data := list }}}}
{{{{- range $key := keys $keys | sortAlpha }}}}
{{{{- $ref := dict "key" $es.remoteKey "property" $key }}}}
{{{{- if hasKey $es.remoteRefs $key }}}}
{{{{- $r := index $es.remoteRefs $key }}}}
{{{{- $ref = dict "key" $r.key }}}}
{{{{- if $r.property }}}}
{{{{- $_ := set $ref "property" $r.property }}}}
{{{{- end }}}}
{{{{- end }}}}
{{{{- $data = append $data (dict "secretKey" $key "remoteRef" $ref) }}}}
{{{{- end }}}}
{{{{- toJson $data }}}}
{{{{- end }}}}
"#,
        components = components.join(" "),
        data_tier = crate::data_tier::secret_keys_tpl()
    )
}
