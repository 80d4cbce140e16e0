//! maily-chart-gen: writes the Maily Helm chart under `out/maily`.
//!
//! One engine serves `gen` and the tests: [`generate`] builds every file in
//! memory (nothing is written if anything fails), [`output::write`] replaces
//! `out/maily` atomically, [`output::check`] compares without writing.
#![warn(missing_docs)]

pub mod chart_files;
pub mod cli;
pub mod compare;
pub mod diff;
pub mod helm_majors;
pub mod output;
pub mod release;
pub mod schema;
pub mod values_file;

use std::collections::BTreeMap;

use maily_chart::{Manifest, Values, render, validate};
use serde_json::Value;

/// The chart directory below `out/`.
pub const CHART_DIR: &str = "maily";

/// The name under which `gen render` and the tests refer to the defaults
/// (`values.yaml` alone). No environment may take it.
pub const DEFAULTS: &str = "default";

/// The chart version `gen` writes and its changes (`artifacthub.io/changes`):
/// the newest release record's ([`release::Record`]).
#[derive(Clone, Debug, PartialEq)]
pub struct ChartRelease {
    /// SemVer 2 (`Chart.yaml` `version`).
    pub version: String,
    /// What changed since the previous version.
    pub changes: Vec<release::Entry>,
}

impl ChartRelease {
    /// The version and changes of `record`.
    pub fn of(record: &release::Record) -> Self {
        ChartRelease { version: record.version.clone(), changes: record.changes.clone() }
    }

    /// The chart version the model was built with
    /// ([`maily_chart::common::names::CHART_VERSION`], the newest record in
    /// `releases/` at build time), without changes: for code that needs the
    /// chart files but not their release (the facts hash neither).
    pub fn unreleased() -> Self {
        ChartRelease { version: maily_chart::common::names::CHART_VERSION.to_string(), changes: Vec::new() }
    }
}

/// An environment: its name and its values.
#[derive(Clone, Debug, PartialEq)]
pub struct Environment {
    /// Name (`production`); the values file is `values-<name>.yaml`.
    pub name: String,
    /// Its values.
    pub values: Values,
    /// The release and namespace it is installed as (`gen diff` renders it
    /// so); `None` when the caller gave none ([`Environment::all`]).
    pub install: Option<Install>,
}

/// Where an environment is installed: `helm install <release> -n <namespace>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Install {
    /// The Helm release name (`maily_environments::RELEASE`).
    pub release: String,
    /// The namespace (`maily_environments::namespace(name)`).
    pub namespace: String,
}

/// An environment's definition: its name and the function that builds its
/// values (the shape of `maily_environments::ALL`).
pub type Definition = (&'static str, fn() -> Values);

impl Environment {
    /// The environments of `definitions` (`maily_environments::ALL`: each
    /// name with the function that builds its values), in their order.
    ///
    /// This library does not depend on the environments crate, so that an
    /// environment edit does not recompile it: the `gen` binary (`gen/`) and
    /// the tests pass the environments in.
    pub fn all(definitions: &[Definition]) -> Vec<Environment> {
        definitions
            .iter()
            .map(|(name, values)| Environment { name: name.to_string(), values: values(), install: None })
            .collect()
    }

    /// [`Environment::all`], each with the release `release` and the
    /// namespace `namespace(name)` (`maily_environments::RELEASE` and
    /// `maily_environments::namespace`); an environment `namespace` has no
    /// answer for gets no [`Install`].
    pub fn installed(
        definitions: &[Definition],
        release: &str,
        namespace: fn(&str) -> Option<&'static str>,
    ) -> Vec<Self> {
        let mut environments = Self::all(definitions);
        for env in &mut environments {
            env.install =
                namespace(&env.name).map(|ns| Install { release: release.to_string(), namespace: ns.to_string() });
        }
        environments
    }
}

/// The text of `values.yaml` for `defaults`, every key documented.
pub fn values_yaml(defaults: &Values) -> String {
    values_yaml_described(defaults, &schema::descriptions())
}

/// [`values_yaml`] with the descriptions (by dotted path) already at hand.
fn values_yaml_described(defaults: &Values, descriptions: &BTreeMap<String, String>) -> String {
    let json = serde_json::to_value(defaults).expect("values serialize");
    values_file::values_file(
        &format!(
            "{}\n\nDefault values of the maily chart. Each values-<environment>.yaml changes only some of them.",
            chart_files::YAML_HEADER
        ),
        &json,
        descriptions,
    )
}

/// The text of `values-<name>.yaml`: what `values` changes from `defaults`.
pub fn environment_values_yaml(name: &str, defaults: &Values, values: &Values) -> String {
    let base = serde_json::to_value(defaults).expect("values serialize");
    let target = serde_json::to_value(values).expect("values serialize");
    let changes = values_file::overlay(&base, &target).unwrap_or(Value::Object(Default::default()));
    values_file::values_file(
        &format!(
            "{}\n\nEnvironment `{name}`: only what differs from values.yaml.\nhelm install <release> . -n <namespace> -f values-{name}.yaml",
            chart_files::YAML_HEADER
        ),
        &changes,
        &BTreeMap::new(),
    )
}

static NO_DOCS: BTreeMap<String, String> = BTreeMap::new();

/// The objects as multi-document YAML, in template order: what `gen render`
/// prints and what `helm template` must equal.
pub fn manifests_yaml(manifests: &[Manifest]) -> String {
    manifests
        .iter()
        .map(|m| {
            format!(
                "---\n# Source: {CHART_DIR}/templates/{}\n{}",
                m.template,
                match &m.object {
                    Value::Object(map) => {
                        let mut writer = values_file::Writer::new(&NO_DOCS);
                        writer.mapping(map, 0, "");
                        writer.finish()
                    }
                    other => format!("{other}\n"),
                }
            )
        })
        .collect()
}

/// What the second thread of [`generate`] builds while the environments are
/// validated: what depends on no environment (the templates, i.e. the
/// symbolic render, `values.schema.json`, the key docs, the checks) and the
/// plain serializations of the values (the values files, the images), which
/// need no valid values. The README, which draws each environment's traffic,
/// waits for the validation.
struct Side {
    templates: Result<BTreeMap<String, String>, Vec<String>>,
    schema_text: String,
    key_docs: Vec<schema::KeyDoc>,
    checks: String,
    values_yaml: String,
    environment_values: Vec<(String, String)>,
    images: Result<Vec<chart_files::ChartImage>, Vec<String>>,
}

impl Side {
    /// In an order that leaves the values schema (a `LazyLock`, which the
    /// validation needs first) to the main thread: the templates, then what
    /// needs no schema, then what does.
    fn build(environments: &[Environment], defaults: &Values) -> Self {
        let templates = render::templates();
        let environment_values = environments
            .iter()
            .map(|env| (env.name.clone(), environment_values_yaml(&env.name, defaults, &env.values)))
            .collect();
        let images = chart_files::default_images(defaults);
        let checks = maily_chart::cross::checks_tpl();
        let key_docs = schema::key_docs();
        let descriptions = key_docs.iter().map(|k| (k.path.clone(), k.description.clone())).collect();
        Side {
            templates,
            schema_text: schema::values_schema_text(),
            checks,
            values_yaml: values_yaml_described(defaults, &descriptions),
            environment_values,
            images,
            key_docs,
        }
    }
}

/// What is wrong with the defaults and the environments (names, schema,
/// cross-field rules), in order: the defaults first.
fn problems(environments: &[Environment], defaults: &Values) -> Vec<String> {
    let mut errors = Vec::new();
    if let Err(mut e) = validate::validate(DEFAULTS, defaults) {
        errors.append(&mut e);
    }
    for env in environments {
        if env.name == DEFAULTS {
            errors.push(format!("environment `{DEFAULTS}`: the name is reserved for values.yaml"));
        }
        if let Err(mut e) = validate::validate(&env.name, &env.values) {
            errors.append(&mut e);
        }
    }
    errors
}

/// Validates every environment, then builds every file of the chart, keyed
/// by path relative to `out/` (`maily/values.yaml`), for the chart version
/// and changes of `chart`.
///
/// All but the README ([`Side`]) is built on a second thread while the
/// defaults and the environments are validated: on two cores a warm `gen`
/// takes about the longer of the two (see `scripts/bench`). The result,
/// errors included, is the same as in sequence.
///
/// # Errors
/// Every problem found, each naming the environment and the values path.
pub fn generate(
    environments: &[Environment],
    defaults: &Values,
    chart: &ChartRelease,
) -> Result<BTreeMap<String, String>, Vec<String>> {
    let (mut errors, side) = std::thread::scope(|scope| {
        let side = scope.spawn(|| Side::build(environments, defaults));
        let errors = problems(environments, defaults);
        (errors, side.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
    });
    if let Err(e) = &side.templates {
        errors.extend(e.iter().cloned());
    }
    if let Err(e) = &side.images {
        errors.extend(e.iter().map(|e| format!("environment `{DEFAULTS}`: {e}")));
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let mut files = BTreeMap::new();
    let mut put = |path: &str, text: String| {
        files.insert(format!("{CHART_DIR}/{path}"), text);
    };
    put("Chart.yaml", chart_files::chart_yaml(&side.images.expect("checked above"), chart));
    put(".helmignore", chart_files::helmignore());
    put("values.yaml", side.values_yaml);
    for (name, text) in side.environment_values {
        put(&format!("values-{name}.yaml"), text);
    }
    put("values.schema.json", side.schema_text);
    let named: Vec<(String, Values)> = environments.iter().map(|e| (e.name.clone(), e.values.clone())).collect();
    let defaults_json = serde_json::to_value(defaults).expect("values serialize");
    put("README.md", chart_files::readme(&chart.version, defaults, &named, &side.key_docs, &defaults_json));
    put("templates/_helpers.tpl", maily_chart::common::helpers_tpl());
    put("templates/NOTES.txt", chart_files::notes_txt());
    put("templates/_checks.tpl", side.checks);
    for (path, text) in side.templates.expect("checked above") {
        put(&format!("templates/{path}"), text);
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn environments() -> Vec<Environment> {
        Environment::all(maily_environments::ALL)
    }

    pub(crate) fn defaults() -> Values {
        maily_environments::defaults::values()
    }

    #[test]
    fn every_environment_is_valid_and_generation_is_deterministic() {
        let first =
            generate(&environments(), &defaults(), &ChartRelease::unreleased()).expect("the environments are valid");
        let second =
            generate(&environments(), &defaults(), &ChartRelease::unreleased()).expect("the environments are valid");
        assert_eq!(first, second);
        assert!(first.contains_key("maily/values-production.yaml"));
        for (path, text) in &first {
            assert!(text.ends_with('\n') && !text.contains('\r'), "{path}: LF line ends and a final newline");
        }
    }

    #[test]
    fn templates_never_name_an_environment() {
        let files = generate(&environments(), &defaults(), &ChartRelease::unreleased()).expect("valid");
        for (path, text) in files.iter().filter(|(p, _)| p.starts_with("maily/templates/")) {
            for env in environments() {
                assert!(!text.contains(&env.name), "{path} names the environment `{}`", env.name);
            }
        }
    }

    #[test]
    fn chart_yaml_helpers() {
        // RFC 4648, section 10.
        for (plain, encoded) in
            [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("foobar", "Zm9vYmFy")]
        {
            assert_eq!(chart_files::base64(plain.as_bytes()), encoded);
        }
        assert!(chart_files::is_prerelease("1.0.0-rc.1") && !chart_files::is_prerelease("1.0.0+build-7"));
    }

    #[test]
    fn each_environment_file_holds_only_its_differences() {
        let production = maily_environments::find("production").expect("production exists");
        let text = environment_values_yaml("production", &defaults(), &production);
        assert!(text.contains("environment: \"production\""));
        assert!(!text.contains("repository:"), "production uses the default images:\n{text}");
        assert_eq!(environment_values_yaml("same", &defaults(), &defaults()).lines().last(), Some("{}"));
    }
}
