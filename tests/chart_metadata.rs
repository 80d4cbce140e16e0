//! Chart.yaml carries real metadata: `home`, `maintainers`, an `icon`, and
//! the Artifact Hub annotations (license, changes, links, images,
//! prerelease, containsSecurityUpdates). It parses, Helm reads it alike
//! (`helm show chart`), `helm lint --strict` reports nothing about it, and
//! the images annotation lists exactly the images `values.yaml` makes Helm
//! print.

use std::collections::BTreeSet;

use maily_chart_tests::*;
use serde_json::Value;

/// The Artifact Hub annotation keys (its "Helm annotations" page).
const ARTIFACT_HUB_KEYS: &[&str] = &[
    "artifacthub.io/alternativeName",
    "artifacthub.io/category",
    "artifacthub.io/changes",
    "artifacthub.io/containsSecurityUpdates",
    "artifacthub.io/crds",
    "artifacthub.io/crdsExamples",
    "artifacthub.io/images",
    "artifacthub.io/license",
    "artifacthub.io/links",
    "artifacthub.io/maintainers",
    "artifacthub.io/operator",
    "artifacthub.io/operatorCapabilities",
    "artifacthub.io/prerelease",
    "artifacthub.io/recommendations",
    "artifacthub.io/screenshots",
    "artifacthub.io/signKey",
];

fn chart_yaml() -> Value {
    let text = std::fs::read_to_string(chart_dir().join("Chart.yaml")).expect("Chart.yaml");
    serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("Chart.yaml does not parse: {e}\n{text}"))
}

/// An annotation's value: a string (Helm's annotations are map[string]string).
fn annotation(chart: &Value, key: &str) -> String {
    chart["annotations"][key]
        .as_str()
        .unwrap_or_else(|| panic!("Chart.yaml has no string annotation {key}:\n{}", to_yaml(chart)))
        .to_string()
}

/// An annotation that holds YAML (a list, for Artifact Hub), parsed.
fn yaml_annotation(chart: &Value, key: &str) -> Vec<Value> {
    let text = annotation(chart, key);
    let value: Value = serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{key} is not YAML: {e}\n{text}"));
    value.as_array().unwrap_or_else(|| panic!("{key} is not a YAML list:\n{text}")).clone()
}

fn str_of<'v>(value: &'v Value, key: &str) -> &'v str {
    value[key].as_str().unwrap_or_else(|| panic!("no string `{key}` in {value}"))
}

fn is_https_url(s: &str) -> bool {
    s.strip_prefix("https://").is_some_and(|rest| {
        let host = rest.split('/').next().unwrap_or_default();
        host.contains('.') && !host.contains(' ') && !host.ends_with("example.com")
    })
}

/// RFC 4648 base64, as data: URLs use it.
fn base64_decode(text: &str) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut bits = 0u32;
    let mut count = 0;
    let mut out = Vec::new();
    for c in text.bytes().filter(|c| *c != b'=') {
        let v = ALPHABET.iter().position(|a| *a == c).unwrap_or_else(|| panic!("not base64: {:?}", c as char));
        bits = (bits << 6) | v as u32;
        count += 6;
        if count >= 8 {
            count -= 8;
            out.push((bits >> count) as u8);
        }
    }
    out
}

#[test]
fn helm_reads_chart_yaml_as_written() {
    let chart = chart_yaml();
    let shown = run_helm(["show".to_string(), "chart".to_string(), chart_dir().display().to_string()]);
    assert!(shown.success(), "helm show chart failed:\n{}", shown.stderr);
    let helm: Value = serde_yaml::from_str(&shown.stdout).expect("helm show chart prints YAML");
    assert_eq!(sorted(&helm), sorted(&chart), "Helm reads Chart.yaml otherwise than it is written");
}

#[test]
fn helm_lint_strict_has_nothing_to_say_about_chart_yaml() {
    let out = run_helm(["lint".to_string(), "--strict".to_string(), chart_dir().display().to_string()]);
    assert!(out.success(), "helm lint --strict failed:\n{}\n{}", out.stdout, out.stderr);
    let remarks: Vec<&str> = out.stdout.lines().filter(|l| l.starts_with('[')).collect();
    assert!(remarks.is_empty(), "helm lint --strict remarks (INFO included):\n{}", remarks.join("\n"));
}

#[test]
fn home_maintainers_icon_and_sources_are_real() {
    let chart = chart_yaml();
    assert_eq!(chart["home"], "https://justmaily.com", "home is the product site (legacy manifests)");

    let maintainers = chart["maintainers"].as_array().expect("maintainers is a list");
    assert!(!maintainers.is_empty(), "at least one maintainer");
    for m in maintainers {
        assert!(!str_of(m, "name").trim().is_empty(), "{m}");
        if let Some(url) = m.get("url") {
            assert!(is_https_url(url.as_str().unwrap_or_default()), "maintainer url: {m}");
        }
        if let Some(email) = m.get("email") {
            let email = email.as_str().unwrap_or_default();
            assert!(email.contains('@') && !email.ends_with("example.com"), "maintainer email: {m}");
        }
    }

    // A self-contained SVG, so the chart needs no hosting for its icon.
    let icon = chart["icon"].as_str().expect("icon");
    let encoded = icon.strip_prefix("data:image/svg+xml;base64,").expect("icon is a base64 SVG data URL");
    let svg = String::from_utf8(base64_decode(encoded)).expect("the icon is UTF-8 SVG");
    assert!(svg.starts_with("<svg ") && svg.ends_with("</svg>"), "{svg}");
    assert!(svg.contains("xmlns=\"http://www.w3.org/2000/svg\"") && svg.contains("viewBox="), "{svg}");

    // No public source repository is known: every listed source is the constant's.
    let sources: Vec<&str> = chart
        .get("sources")
        .and_then(Value::as_array)
        .map_or_else(Vec::new, |s| s.iter().map(|v| v.as_str().expect("source is a string")).collect());
    assert_eq!(sources, maily_chart_gen::chart_files::SOURCES);
    assert!(sources.iter().all(|s| is_https_url(s)), "{sources:?}");
}

#[test]
fn the_images_annotation_lists_exactly_the_images_of_values_yaml() {
    let chart = chart_yaml();
    let listed = yaml_annotation(&chart, "artifacthub.io/images");
    let images: BTreeSet<String> = listed.iter().map(|i| str_of(i, "image").to_string()).collect();
    let names: BTreeSet<&str> = listed.iter().map(|i| str_of(i, "name")).collect();
    assert_eq!(images.len(), listed.len(), "each image once: {listed:?}");
    assert_eq!(names.len(), listed.len(), "each name once: {listed:?}");

    // What values.yaml holds: the registry, then every image's repository:tag.
    let values_text = std::fs::read_to_string(chart_dir().join("values.yaml")).expect("values.yaml");
    let values: Value = serde_yaml::from_str(&values_text).expect("values.yaml parses");
    let registry = values["global"]["imageRegistry"].as_str().expect("global.imageRegistry");
    fn collect(value: &Value, registry: &str, out: &mut BTreeSet<String>) {
        match value {
            Value::Object(map) => {
                if let (Some(Value::String(repository)), Some(Value::String(tag))) =
                    (map.get("repository"), map.get("tag"))
                {
                    out.insert(format!("{registry}/{repository}:{tag}"));
                }
                map.values().for_each(|v| collect(v, registry, out));
            }
            Value::Array(items) => items.iter().for_each(|v| collect(v, registry, out)),
            _ => {}
        }
    }
    let mut from_values = BTreeSet::new();
    collect(&values, registry, &mut from_values);
    assert!(from_values.len() >= 5, "api, web, workers, aiService and the test image: {from_values:?}");
    assert_eq!(images, from_values, "artifacthub.io/images vs the images of values.yaml");

    // What Helm prints for values.yaml alone (test pods included).
    // With every component and the development data tier on: every image the chart may run.
    let mut set: Vec<String> = vec!["dataTier.enabled=true".into(), "global.environment=development".into()];
    set.extend(maily_chart::components::ALL.iter().map(|r| format!("{}.enabled=true", r.def.key)));
    let set = set.join(",");
    let objects = helm_template("maily", "default", &[], &[&set]).expect("helm template");
    let mut printed = BTreeSet::new();
    fn containers(value: &Value, out: &mut BTreeSet<String>) {
        match value {
            Value::Object(map) => {
                for (key, v) in map {
                    if matches!(key.as_str(), "containers" | "initContainers") {
                        for c in v.as_array().into_iter().flatten() {
                            out.insert(c["image"].as_str().expect("container image").to_string());
                        }
                    } else {
                        containers(v, out);
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|v| containers(v, out)),
            _ => {}
        }
    }
    objects.iter().for_each(|o| containers(o, &mut printed));
    assert_eq!(
        images, printed,
        "artifacthub.io/images vs the images helm template prints for values.yaml with everything on"
    );
    assert!(images.iter().all(|i| !i.ends_with(":latest")), "Artifact Hub does not scan `latest`: {images:?}");
}

#[test]
fn the_artifact_hub_annotations_are_well_formed_and_true() {
    let chart = chart_yaml();
    let annotations = chart["annotations"].as_object().expect("annotations is a map");
    for (key, value) in annotations {
        assert!(ARTIFACT_HUB_KEYS.contains(&key.as_str()), "unknown annotation {key}");
        assert!(value.is_string(), "annotation {key} is not a string (Helm requires strings): {value}");
    }

    assert_eq!(annotation(&chart, "artifacthub.io/license"), env!("CARGO_PKG_LICENSE"), "the workspace license");

    let version = chart["version"].as_str().expect("version");
    let prerelease = version.split('+').next().unwrap_or_default().contains('-');
    assert_eq!(annotation(&chart, "artifacthub.io/prerelease"), prerelease.to_string(), "version {version}");

    let changes = yaml_annotation(&chart, "artifacthub.io/changes");
    assert!(!changes.is_empty(), "the changes of version {version}");
    for change in &changes {
        let kind = str_of(change, "kind");
        assert!(
            ["added", "changed", "deprecated", "removed", "fixed", "security"].contains(&kind),
            "change kind {kind:?}"
        );
        assert!(str_of(change, "description").len() > 10, "{change}");
    }
    let security = changes.iter().any(|c| c["kind"] == "security");
    assert_eq!(annotation(&chart, "artifacthub.io/containsSecurityUpdates"), security.to_string());

    let links = yaml_annotation(&chart, "artifacthub.io/links");
    assert!(!links.is_empty());
    for link in &links {
        assert!(!str_of(link, "name").is_empty() && is_https_url(str_of(link, "url")), "{link}");
    }
    assert!(links.iter().any(|l| l["url"] == chart["home"]), "the links name the home page");
}
