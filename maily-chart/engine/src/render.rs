//! The two renders of one builder function (see [`crate::symbolic`]).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::context::{Ctx, Release};
use crate::manifest::Manifest;
use crate::symbolic::{Probe, Registry, ValuesPath};
use crate::template::print_template;

/// The objects `build` makes from `values` for `release`, keeping those whose
/// condition holds: what `helm template` must print.
///
/// # Errors
/// The builder errors met (a condition naming a missing values path, ...).
pub fn concrete<V: Serialize>(
    values: &V,
    release: &Release,
    build: impl FnOnce(&Ctx<V>) -> Vec<Manifest>,
) -> Result<Vec<Manifest>, Vec<String>> {
    let ctx = Ctx::concrete(values, release.clone());
    let manifests: Vec<Manifest> = build(&ctx).into_iter().filter(|m| ctx.holds(&m.condition)).collect();
    let (_, errors) = ctx.finish();
    if errors.is_empty() { Ok(manifests) } else { Err(errors) }
}

/// The probe of the values type `V` and the registry of its markers.
///
/// # Errors
/// When a probe marker does not serialize at its own values path (the
/// `Probe` impl and serde disagree on a key).
pub fn probe<V: Probe + Serialize>() -> Result<(V, Registry), String> {
    let mut registry = Registry::new();
    let probe = V::probe(&ValuesPath::root(), &mut registry);
    let json = serde_json::to_value(&probe).map_err(|e| e.to_string())?;
    registry.check_probe(&json)?;
    Ok((probe, registry))
}

/// Every template file that `build` yields: path below `templates/` to its text.
/// Each starts with `prelude` (after the generated-file header), e.g. the
/// `include` of checks that must fail before any object renders.
///
/// # Errors
/// A builder that produced something the printer cannot express, or two
/// manifests that claim the same template file.
pub fn templates<V: Probe + Serialize>(
    build: impl FnOnce(&Ctx<V>) -> Vec<Manifest>,
    prelude: &str,
) -> Result<BTreeMap<String, String>, Vec<String>> {
    let (probe, registry) = probe::<V>().map_err(|e| vec![e])?;
    let ctx = Ctx::symbolic(&probe, registry);
    let manifests = build(&ctx);
    let (registry, mut errors) = ctx.finish();
    let registry = registry.expect("symbolic render has a registry");
    let mut files = BTreeMap::new();
    for manifest in &manifests {
        match print_template(manifest, &registry, prelude) {
            Ok(text) => {
                if files.insert(manifest.template.clone(), text).is_some() {
                    errors.push(format!("two manifests write templates/{}", manifest.template));
                }
            }
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() { Ok(files) } else { Err(errors) }
}
