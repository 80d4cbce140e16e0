//! The values of secrets delivery (`externalSecret`) and of pod restarts on
//! Secret changes (`reloader`). Re-exported by [`crate::values`].
//!
//! Sources: External Secrets Operator API reference (ExternalSecret v1,
//! SecretStore v1, the Vault provider and its Kubernetes auth); Stakater
//! Reloader README (annotations).

use std::collections::BTreeMap;

use maily_chart_derive::Probe;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// An `ExternalSecret` (External Secrets Operator, `external-secrets.io/v1`)
/// that writes `global.existingSecret` from a secret store, instead of an
/// operator creating that Secret by hand. Its keys are exactly the Secret
/// keys that the deployed components read (their `secretEnv` values), so none
/// is missing and none is unused; each is read from `remoteKey`, property
/// the key's own name, unless `remoteRefs` says otherwise. The operator
/// re-reads the store every `refreshInterval`: a rotated credential reaches
/// the Secret without a rotation job (pods pick it up when they restart; see
/// `reloader`). Needs the External Secrets Operator and its CRDs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExternalSecret {
    /// Render the ExternalSecret. The Secret it writes is owned by it
    /// (`creationPolicy: Owner`): uninstalling the release deletes the Secret
    /// too. Off: `global.existingSecret` must exist.
    pub enabled: bool,
    /// How often the operator reads the store again and updates the Secret,
    /// a duration such as `1h` or `15m`.
    #[schemars(transform = crate::rules::schema::refresh_interval)]
    pub refresh_interval: String,
    /// The store the values are read from.
    pub secret_store_ref: SecretStoreRef,
    /// The remote key (for Vault, the secret's path below the KV mount, such
    /// as `maily/production`) of every Secret key that `remoteRefs` does not
    /// name: the value is its property named like the Secret key
    /// (`database-url`).
    #[schemars(transform = crate::rules::schema::store_path)]
    pub remote_key: String,
    /// Where the value of a Secret key lives, by Secret key, for keys that are
    /// not the property of that name in `remoteKey`
    /// (`database-url: {key: maily/database, property: url}`). Each key must be
    /// one that some component reads (the cross-field rule
    /// `externalSecretRefsUsed`); entries of a disabled component's keys are
    /// kept and not fetched.
    #[schemars(transform = crate::rules::schema::remote_refs)]
    pub remote_refs: BTreeMap<String, RemoteRef>,
    /// A Vault `SecretStore` made by the chart, for clusters without a store
    /// of their own.
    pub vault: VaultStore,
}

/// Which store an ExternalSecret reads (its `secretStoreRef`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SecretStoreRef {
    /// `SecretStore` (in the release namespace) or `ClusterSecretStore`
    /// (cluster-wide). `SecretStore` while `vault.create` is true.
    #[schemars(extend("enum" = ["SecretStore", "ClusterSecretStore"]))]
    pub kind: String,
    /// The store's name; with `vault.create`, the name of the SecretStore the
    /// chart makes.
    #[schemars(transform = crate::rules::schema::dns1123_subdomain)]
    pub name: String,
}

/// Where one Secret key's value lives in the store (ExternalSecret `remoteRef`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RemoteRef {
    /// The remote key (for Vault, the secret's path below the KV mount).
    #[schemars(transform = crate::rules::schema::store_path)]
    pub key: String,
    /// The property of the remote secret that holds the value (`url`). Empty:
    /// the whole remote secret (for Vault, its data as JSON).
    #[schemars(transform = crate::rules::schema::optional_property)]
    pub property: String,
}

/// A Vault `SecretStore` in the release namespace, logging in with Vault's
/// Kubernetes auth method as a ServiceAccount the chart creates
/// (`<release>-maily-secret-store`, its token never mounted in a pod: the
/// operator requests short-lived tokens for it). The Vault role must be bound
/// to that ServiceAccount in the release namespace.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct VaultStore {
    /// Create the SecretStore (named `secretStoreRef.name`) and its
    /// ServiceAccount, while `externalSecret.enabled`.
    pub create: bool,
    /// Vault's address (`https://vault.example.com:8200`).
    #[schemars(transform = crate::rules::schema::server_url)]
    pub server: String,
    /// The mount path of the KV secrets engine (`secret`).
    #[schemars(transform = crate::rules::schema::store_path)]
    pub path: String,
    /// The KV secrets engine's version: `v2` (versioned) or `v1`.
    #[schemars(extend("enum" = ["v1", "v2"]))]
    pub version: String,
    /// The mount path of Vault's Kubernetes auth method (`kubernetes`).
    #[schemars(transform = crate::rules::schema::store_path)]
    pub auth_mount_path: String,
    /// The Vault role the ServiceAccount logs in as (bound in Vault to the
    /// ServiceAccount's name and the release namespace).
    #[schemars(transform = crate::rules::schema::store_path)]
    pub role: String,
}

/// Rolling restarts on Secret changes through Stakater Reloader: a component
/// whose pods should restart when `global.existingSecret` changes (a rotated
/// credential, an ExternalSecret refresh) gets the annotation
/// `secret.reloader.stakater.com/reload: <global.existingSecret>` on its
/// Deployment, and Reloader rolls it. Nothing rolls unless asked: the
/// components read their credentials once, at start, so a component left out
/// keeps the old values until its pods restart for another reason. Needs
/// Reloader in the cluster.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Reloader {
    /// Annotate every deployed component. False: only the components whose
    /// `reloadOnSecretChange` is true.
    pub enabled: bool,
}
