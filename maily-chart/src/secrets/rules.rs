//! Cross-field rules of secrets delivery, each with its Helm twin (see
//! [`crate::cross`]).

use crate::components::ALL;
use crate::values::Values;

/// `externalSecretRefsUsed`: while `externalSecret.enabled`, every key of
/// `externalSecret.remoteRefs` is a key that some component of the chart
/// reads, deployed or not (a reference to nothing is a mistake: a misspelt or
/// renamed key). The entries of a disabled component's keys stay, unused, so
/// that switching a component off needs no other edit.
pub fn refs_used(values: &Values) -> Vec<(String, String)> {
    let es = &values.external_secret;
    if !es.enabled {
        return Vec::new();
    }
    let read: std::collections::BTreeSet<&String> = ALL
        .iter()
        .map(|r| (r.values)(values).workload())
        .flat_map(|w| w.secret_env.values().chain(w.optional_secret_env.values()))
        .collect();
    // The data tier's keys are read in one mode or the other, deployed or not.
    let tier: std::collections::BTreeSet<&str> = crate::data_tier::CREDENTIAL_KEYS
        .into_iter()
        .chain(ALL.iter().flat_map(|r| crate::data_tier::url_keys(r.def)))
        .collect();
    es.remote_refs
        .keys()
        .filter(|key| !read.contains(key) && !tier.contains(key.as_str()))
        .map(|key| {
            (
                format!("externalSecret.remoteRefs.{key}"),
                "names a Secret key that no component reads (no secretEnv or optionalSecretEnv value of any component, nor a data tier key): remove it, or read the key"
                    .to_string(),
            )
        })
        .collect()
}

/// The data tier's Secret keys, credentials and URLs, as a Helm list's items.
fn tier_keys() -> String {
    let urls = ALL.iter().flat_map(|r| crate::data_tier::url_keys(r.def));
    let keys: std::collections::BTreeSet<&str> = crate::data_tier::CREDENTIAL_KEYS.into_iter().chain(urls).collect();
    keys.iter().map(|k| format!("{k:?}")).collect::<Vec<_>>().join(" ")
}

fn refs_used_tpl() -> String {
    let components: Vec<String> = ALL.iter().map(|r| format!("{:?}", r.def.key)).collect();
    format!(
        r#"{{{{- $es := $root.Values.externalSecret }}}}
{{{{- if $es.enabled }}}}
{{{{- $read := dict }}}}
{{{{- range $component := list {} }}}}
{{{{- $v := index $root.Values $component }}}}
{{{{- range $name, $key := concat (values $v.secretEnv) (values $v.optionalSecretEnv) }}}}
{{{{- $_ := set $read $key true }}}}
{{{{- end }}}}
{{{{- end }}}}
{{{{- range $key := list {} }}}}
{{{{- $_ := set $read $key true }}}}
{{{{- end }}}}
{{{{- range $key, $_ := $es.remoteRefs }}}}
{{{{- if not (hasKey $read $key) }}}}
{{{{- fail (printf "externalSecret.remoteRefs.%s names a Secret key that no component reads (no secretEnv or optionalSecretEnv value of any component, nor a data tier key): remove it, or read the key" $key) }}}}
{{{{- end }}}}
{{{{- end }}}}
{{{{- end }}}}"#,
        components.join(" "),
        tier_keys()
    )
}

/// `externalSecretVaultKind`: the chart's Vault store is a `SecretStore`, so
/// while `externalSecret.vault.create` the reference's kind says so.
pub fn vault_kind(values: &Values) -> Vec<(String, String)> {
    let es = &values.external_secret;
    if es.enabled && es.vault.create && es.secret_store_ref.kind != "SecretStore" {
        vec![(
            "externalSecret.secretStoreRef.kind".to_string(),
            format!(
                "({}) must be SecretStore while externalSecret.vault.create is true: the chart makes a SecretStore",
                es.secret_store_ref.kind
            ),
        )]
    } else {
        Vec::new()
    }
}

const VAULT_KIND_TPL: &str = r#"{{- $es := $root.Values.externalSecret }}
{{- if and $es.enabled $es.vault.create (ne $es.secretStoreRef.kind "SecretStore") }}
{{- fail (printf "externalSecret.secretStoreRef.kind (%s) must be SecretStore while externalSecret.vault.create is true: the chart makes a SecretStore" $es.secretStoreRef.kind) }}
{{- end }}"#;

/// The chart-wide secrets rules, for [`crate::cross::CHART_RULES`].
pub const RULES: [crate::cross::ChartRule; 2] = [
    crate::cross::ChartRule {
        name: "externalSecretRefsUsed",
        doc: "while `externalSecret.enabled`, each key of `externalSecret.remoteRefs` is read by some component, deployed or not (a `secretEnv` or `optionalSecretEnv` value)",
        check: refs_used,
        template: refs_used_tpl,
    },
    crate::cross::ChartRule {
        name: "externalSecretVaultKind",
        doc: "while `externalSecret.vault.create`, `externalSecret.secretStoreRef.kind` is `SecretStore`",
        check: vault_kind,
        template: || VAULT_KIND_TPL.to_string(),
    },
];
