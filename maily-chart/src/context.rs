//! The render context of the Maily builders: the engine's
//! [`maily_chart_engine::Ctx`] over [`Values`].

use crate::values::Values;

pub use maily_chart_engine::context::Release;

/// What every Maily builder reads: the values, the release, and the render mode.
pub type Ctx<'a> = maily_chart_engine::Ctx<'a, Values>;
