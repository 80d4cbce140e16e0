//! The Maily environments.
//!
//! - `defaults.rs`: the chart defaults (`values.yaml`) and the shared
//!   building blocks the environments use.
//! - one file per environment (`development.rs`, `staging.rs`,
//!   `production.rs`), each with `pub fn environment() -> Values`: the
//!   environment is written as what it changes from the defaults, which is
//!   exactly what its `values-<name>.yaml` holds.
//!
//! `build.rs` lists the environment files, so a new environment is one new
//! file.

pub mod defaults;

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

include!(concat!(env!("OUT_DIR"), "/registry.rs"));

/// The release name every environment is installed as (`helm install maily`).
pub const RELEASE: &str = "maily";

/// The namespace the environment called `name` is installed in: its file's
/// `pub const NAMESPACE`, or `maily-<name>`; `None` for an unknown environment.
pub fn namespace(name: &str) -> Option<&'static str> {
    NAMESPACES.iter().find(|(n, _)| *n == name).map(|(_, ns)| *ns)
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
}
