//! maily-chart: the typed model of the Maily Helm chart.
//!
//! - [`values`]: the values types (the environment struct).
//! - [`components`]: one module per component, plain functions per kind.
//! - [`common`], [`workload`]: shared builders (names, labels, probes, ...).
//! - [`symbolic`], [`template`], [`render`]: the same builders rendered
//!   concretely (the manifests) and symbolically (the templates).
//! - [`network`], [`monitoring`]: NetworkPolicies, routes and the mesh from the
//!   traffic graph; ServiceMonitors, rules and dashboards from the components.
//! - [`secrets`], [`guards`]: the ExternalSecret (and Vault SecretStore) that
//!   writes the Secret, the Reloader opt-in; the namespace's quota and limits.
//! - [`gitops`]: the Argo CD Application and Flux HelmRelease of each
//!   environment, from its typed GitOps settings.
//! - [`validate`]: the checks an environment must pass before rendering.
//!
//! This crate does no I/O; `maily-chart-gen` writes the chart.
#![warn(missing_docs)]

pub mod common;
pub mod components;
pub mod context;
pub mod cross;
pub mod data_tier;
pub mod gitops;
pub mod guards;
pub mod migration;
pub mod monitoring;
pub mod network;
pub mod passthrough;
pub mod quantity;
pub mod render;
pub mod rules;
pub mod schema;
pub mod secrets;
pub mod validate;
pub mod values;
pub mod workload;

/// The engine's modules, re-exported: the model is built on them.
pub use maily_chart_engine::{cond, manifest, symbolic, template};

pub use context::Release;
pub use manifest::Manifest;
pub use values::Values;

/// Text read from a file, as the chart must see it whatever the checkout
/// gave: CRLF and lone CR line ends become LF, and a leading UTF-8 BOM is
/// dropped. A Windows checkout of `agents.json` would otherwise change its
/// sha256 (the AI service's `checksum/config` pod annotation) and roll every
/// AI-service pod for no change.
///
/// The one normaliser of the workspace: the environments read their files
/// through it (`maily_environments::include_text!`, which re-exports it as
/// `maily_environments::text_file`) and `gen compare` the legacy manifests.
/// It lives here, not in `environments/`, because `maily-chart-gen` does not
/// depend on the environments (an environment edit would recompile it).
pub fn text_file(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.replace("\r\n", "\n").replace('\r', "\n")
}
