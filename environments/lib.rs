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

/// The definition of the environment called `name`, if there is one.
pub fn find(name: &str) -> Option<maily_chart::Values> {
    ALL.iter().find(|(n, _)| *n == name).map(|(_, f)| f())
}
