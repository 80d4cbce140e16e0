//! The Maily environments.
//!
//! - `defaults.rs`: the chart defaults (`values.yaml`) and the shared
//!   building blocks the environments use.
//! - one file per environment (`development.rs`, `staging.rs`,
//!   `production.rs`), each with `pub fn environment() -> Values`: the
//!   environment is written as what it changes from the defaults, which is
//!   exactly what its `values-<name>.yaml` holds.
//!
//! - `gitops.rs`: the GitOps settings every environment gets (its Argo CD
//!   Application and Flux HelmRelease) unless its file defines
//!   `pub fn gitops() -> GitOps`.
//!
//! `build.rs` lists the environment files, so a new environment is one new
//! file.

pub mod defaults;
pub mod gitops;

/// Text read from a file, as the chart must see it whatever the checkout
/// gave (CRLF and lone CR become LF, a leading BOM is dropped): see
/// [`maily_chart::text_file`], re-exported here for [`include_text!`].
pub use maily_chart::text_file;

/// The text of a file beside the calling source, through [`text_file`]:
/// the one way the build reads a file (`include_str!` alone keeps CRs;
/// `tests/line_endings.rs` refuses it elsewhere).
#[macro_export]
macro_rules! include_text {
    ($path:literal) => {
        $crate::text_file(include_str!($path))
    };
}

/// An environment's definition: `<name>::environment`.
pub type Definition = fn() -> maily_chart::Values;

/// An environment's GitOps settings: `<name>::gitops`, or [`gitops::defaults`].
pub type GitOpsDefinition = fn() -> maily_chart::gitops::GitOps;

include!(concat!(env!("OUT_DIR"), "/registry.rs"));

/// The release name every environment is installed as (`helm install maily`).
pub const RELEASE: &str = "maily";

/// The namespace the environment called `name` is installed in: its file's
/// `pub const NAMESPACE`, or `maily-<name>`; `None` for an unknown environment.
pub fn namespace(name: &str) -> Option<&'static str> {
    NAMESPACES.iter().find(|(n, _)| *n == name).map(|(_, ns)| *ns)
}

/// The GitOps target of the environment called `name` (its namespace, the
/// release and its settings: its file's `pub fn gitops()`, or
/// [`gitops::defaults`]); `None` for an unknown environment.
pub fn gitops_target(name: &str) -> Option<maily_chart::gitops::Target> {
    let settings = GITOPS.iter().find(|(n, _)| *n == name).map(|(_, f)| f())?;
    Some(maily_chart::gitops::Target {
        environment: name.to_string(),
        namespace: namespace(name)?.to_string(),
        release: RELEASE.to_string(),
        settings,
    })
}

/// The GitOps target of every environment, sorted by name (what `gen`
/// writes under `out/gitops/`).
pub fn gitops_targets() -> Vec<maily_chart::gitops::Target> {
    ALL.iter().filter_map(|(name, _)| gitops_target(name)).collect()
}

/// The definition of the environment called `name`, if there is one.
pub fn find(name: &str) -> Option<maily_chart::Values> {
    ALL.iter().find(|(n, _)| *n == name).map(|(_, f)| f())
}

#[cfg(test)]
mod tests {
    #[test]
    fn each_environment_has_its_namespace() {
        assert_eq!(super::namespace("development"), Some("maily-dev"));
        assert_eq!(super::namespace("staging"), Some("maily-staging"));
        assert_eq!(super::namespace("production"), Some("maily-production"));
        assert_eq!(super::namespace("nowhere"), None);
        assert_eq!(super::NAMESPACES.len(), super::ALL.len());
    }

    #[test]
    fn each_environment_has_its_gitops_target() {
        assert_eq!(super::GITOPS.len(), super::ALL.len());
        let names: Vec<String> = super::gitops_targets().into_iter().map(|t| t.environment).collect();
        assert_eq!(names, ["development", "production", "staging"]);
        let production = super::gitops_target("production").expect("production");
        assert_eq!(production.namespace, "maily-production");
        assert_eq!(production.release, "maily");
        assert_eq!(production.settings.argo.automated, None, "production is synced by a person");
        let staging = super::gitops_target("staging").expect("staging");
        assert_eq!(staging.settings, super::gitops::defaults(), "staging takes the defaults");
        assert_eq!(super::gitops_target("nowhere"), None);
    }
}
