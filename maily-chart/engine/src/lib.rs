//! maily-chart-engine: one builder, two renders.
//!
//! A chart is a function from values to Kubernetes objects. The engine runs
//! that function twice: *concretely*, with real values, to get the manifests
//! an environment must produce; and *symbolically*, with a probe whose every
//! leaf is a marker, to print the Helm templates that read the same values.
//! So a template cannot drift from the Rust that builds it.
//!
//! - [`context`]: [`Ctx`], what builders read (values, release, mode);
//! - [`symbolic`]: markers, the [`symbolic::Probe`] trait, the registry;
//! - [`template`]: the printer (marked objects in, template text out);
//! - [`cond`]: conditions, evaluated in Rust and printed as `{{- if }}`;
//! - [`manifest`]: one object with its template path and condition;
//! - [`render`]: the two renders of a builder function.
//!
//! The engine knows nothing of any particular chart: it is generic over the
//! values type (`V: Serialize + Probe`).
#![warn(missing_docs)]

pub mod cond;
pub mod context;
pub mod manifest;
pub mod render;
pub mod symbolic;
pub mod template;

pub use context::{Ctx, Release};
pub use manifest::Manifest;
