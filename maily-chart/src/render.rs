//! The two renders of the same builders (see [`crate::symbolic`]).

use std::collections::BTreeMap;

use crate::components;
use crate::context::{Ctx, Release};
use crate::manifest::Manifest;
use crate::rules;
use crate::symbolic::{Probe, Registry, ValuesPath};
use crate::template::print_template;
use crate::values::Values;

/// The objects `values` produce for `release`: what `helm template` must print.
///
/// # Errors
/// The builder errors met (a condition naming a missing values path, ...).
pub fn render(values: &Values, release: &Release) -> Result<Vec<Manifest>, Vec<String>> {
    let ctx = Ctx::concrete(values, release.clone());
    let manifests: Vec<Manifest> =
        components::resources(&ctx).into_iter().filter(|m| ctx.holds(&m.condition)).collect();
    let (_, mut errors) = ctx.finish();
    // The twin of the `fail` in `maily.componentName`.
    if let Some(bad) = manifests.iter().map(Manifest::name).find(|n| !rules::DNS1035_LABEL.accepts(n)) {
        errors.push(format!(
            "object name {bad:?} is not a DNS-1035 label: use a release name (or fullnameOverride) that starts with a lowercase letter and holds only lowercase letters, digits and '-'"
        ));
    }
    if errors.is_empty() { Ok(manifests) } else { Err(errors) }
}

/// The probe values and the registry of their markers.
///
/// # Errors
/// When a probe marker does not serialize at its own values path (the
/// `Probe` derive and serde disagree on a key).
pub fn probe() -> Result<(Values, Registry), String> {
    let mut registry = Registry::new();
    let probe = Values::probe(&ValuesPath::root(), &mut registry);
    let json = serde_json::to_value(&probe).map_err(|e| e.to_string())?;
    registry.check_probe(&json)?;
    Ok((probe, registry))
}

/// Every template file: path below `templates/` to its text.
///
/// # Errors
/// A builder that produced something the printer cannot express.
pub fn templates() -> Result<BTreeMap<String, String>, Vec<String>> {
    let (probe, registry) = probe().map_err(|e| vec![e])?;
    let ctx = Ctx::symbolic(&probe, registry);
    let manifests = components::resources(&ctx);
    let (registry, mut errors) = ctx.finish();
    let registry = registry.expect("symbolic render has a registry");
    let mut files = BTreeMap::new();
    for manifest in &manifests {
        match print_template(manifest, &registry) {
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
