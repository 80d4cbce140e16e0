//! The two renders of the Maily builders (the engine's
//! [`maily_chart_engine::render`] applied to [`components::resources`]).

use std::collections::BTreeMap;

use maily_chart_engine::render as engine;

use crate::components;
use crate::context::Release;
use crate::manifest::Manifest;
use crate::rules;
use crate::symbolic::Registry;
use crate::values::Values;

/// The objects `values` produce for `release`: what `helm template` must print.
///
/// # Errors
/// The builder errors met (a condition naming a missing values path, ...),
/// and object names that are not DNS-1035 labels.
pub fn render(values: &Values, release: &Release) -> Result<Vec<Manifest>, Vec<String>> {
    let manifests = engine::concrete(values, release, components::resources)?;
    // The twin of the `fail` in `maily.componentName`. A ServiceAccount may
    // carry an operator's `serviceAccount.name`, the Vault SecretStore is
    // named `externalSecret.secretStoreRef.name` (DNS-1123 subdomains, which
    // the schema checks); a ServiceAccount's derived name is also its
    // Deployment's, or another derived name's (`secret-store`).
    let named_by_values = ["ServiceAccount", "SecretStore"];
    let derived = manifests.iter().filter(|m| !named_by_values.contains(&m.kind())).map(Manifest::name);
    // The twin of Helm's refusal to install two objects of one kind and name
    // (a ServiceAccount named like another component's, say).
    let mut seen = std::collections::BTreeSet::new();
    if let Some(twice) = manifests.iter().find(|m| !seen.insert((m.kind().to_string(), m.name().to_string()))) {
        return Err(vec![format!("two objects are {} {:?}: give them different names", twice.kind(), twice.name())]);
    }
    if let Some(bad) = derived.into_iter().find(|n| !rules::DNS1035_LABEL.accepts(n)) {
        return Err(vec![format!(
            "object name {bad:?} is not a DNS-1035 label: use a release name (or fullnameOverride) that starts with a lowercase letter and holds only lowercase letters, digits and '-'"
        )]);
    }
    Ok(manifests)
}

/// The objects that `build` (part of the chart's builders, or builders fed
/// other inputs, such as a test's traffic graph) makes from `values`,
/// keeping those whose condition holds.
///
/// # Errors
/// The builder errors met.
pub fn concrete_with(
    values: &Values,
    release: &Release,
    build: impl FnOnce(&crate::context::Ctx) -> Vec<Manifest>,
) -> Result<Vec<Manifest>, Vec<String>> {
    engine::concrete(values, release, build)
}

/// The template files that `build` (builders fed other inputs, such as a
/// test's component) prints: path below `templates/` to its text, each
/// starting with [`PRELUDE`].
///
/// # Errors
/// A builder that produced something the printer cannot express.
pub fn templates_with(
    build: impl FnOnce(&crate::context::Ctx) -> Vec<Manifest>,
) -> Result<BTreeMap<String, String>, Vec<String>> {
    engine::templates::<Values>(build, PRELUDE)
}

/// The probe values and the registry of their markers.
///
/// # Errors
/// When a probe marker does not serialize at its own values path.
pub fn probe() -> Result<(Values, Registry), String> {
    engine::probe::<Values>()
}

/// The first line of every object template: the checks of
/// `templates/_checks.tpl` ([`crate::cross`]), so a missing key or a
/// cross-field mistake fails with its own message before any template reads
/// the values (Helm renders templates in an order of its own).
pub const PRELUDE: &str = "{{- include \"maily.checks\" $ }}\n";

/// The probe values alone, built once: what a component's values type and
/// builders are, whatever the environment (which components serve HTTP, the
/// names and annotations the chart gives their pods).
pub fn probe_values() -> &'static Values {
    static PROBE: std::sync::LazyLock<Values> = std::sync::LazyLock::new(|| probe().expect("the values probe").0);
    &PROBE
}

/// Every template file: path below `templates/` to its text.
///
/// # Errors
/// A builder that produced something the printer cannot express.
pub fn templates() -> Result<BTreeMap<String, String>, Vec<String>> {
    engine::templates::<Values>(components::resources, PRELUDE)
}
