//! What differs between Helm 3 and Helm 4 for this chart, written for chart
//! operators and printed in the chart README ("## Helm 3 and Helm 4").
//!
//! Every item is asserted by the integration tests against the pinned
//! binaries (helm v3.18.0 and v4.1.4, see `scripts/install-tools`):
//! `tests/equivalence.rs`, `tests/adversarial.rs`, `tests/schema.rs`,
//! `tests/overrides.rs` run under both majors and state each major's wording.

/// The differences between the Helm majors the chart is tested with, as a
/// markdown bullet list.
pub const HELM_MAJOR_DIFFERENCES: &str = r#"- **The same objects.** Helm 3.18.0 and Helm 4.1.4 render the same objects for every environment,
  with or without `--set` overrides, and `helm lint --strict` passes under both. Both refuse a
  Kubernetes version below 1.33 with the same message, and a release name over 53 characters.
- **Values holding DEL, a C1 control character or U+FFFE/U+FFFF** (U+007F, U+0080 to U+009F but
  U+0085, U+FFFE, U+FFFF), anywhere in the values: Helm 3 refuses them all, saying
  `yaml: control characters are not allowed` below `values don't meet the specifications of the schema(s)`,
  whatever the schema says (it turns the values into JSON and reads them back as YAML before
  checking them); Helm 4 renders them. Other control characters (tab, NUL, ESC, ...) work under both.
- **Schema errors are worded differently.** Helm 3 names a value by its dotted path, the top level
  as `(root)`: `- api.replicaCount: Invalid type. Expected: integer, given: string`. Helm 4 names it
  by JSON pointer, below one `'allOf' failed` line per enclosing object, the top level as `''`:
  `- at '/api/replicaCount': got string, want integer`. Likewise (Helm 3, then Helm 4):
  `Additional property replicaCont is not allowed` and `additional properties 'replicaCont' not allowed`;
  `tag is required` and `missing property 'tag'`;
  `api.image.pullPolicy must be one of the following: "IfNotPresent", "Always", "Never"` and
  `value must be one of 'IfNotPresent', 'Always', 'Never'`;
  `Does not match pattern '...'` and `'1Gb' does not match pattern '...'`;
  `Must not validate the schema (not)` and `'not' failed`.
- **A refused map key** (an environment variable name, an annotation key): Helm 3 names the map and
  the key (`- api.env: Property name of "1BAD" does not match`), Helm 4 only the key
  (`- at '': invalid propertyName '1BAD'`).
- **JSON Schema drafts.** `values.schema.json` is draft-07, which both check alike. Helm 3 knows no
  later draft: under a 2019-09 or 2020-12 `$schema` it ignores the newer keywords (such as
  `dependentSchemas`), which Helm 4 enforces.
- **`helm install --dry-run=client` needs a cluster under Helm 3**, which first checks that the
  cluster is reachable (`Kubernetes cluster unreachable`); Helm 4 renders the release and its notes
  offline. Without a cluster, use `helm template` and `helm lint` with Helm 3.
- **The Kubernetes version without a cluster.** `helm template` assumes Kubernetes v1.33.0 under
  Helm 3.18.0 and v1.35.0 under Helm 4.1.4; both meet the chart's `kubeVersion` (>=1.33.0-0). A Helm
  built for an older Kubernetes assumes that one and needs `--kube-version 1.33.0`.
- **Release name errors.** Helm 4 puts `release name check failed: ` before Helm 3's message
  (`release name "...": invalid release name, must match regex ... and the length must not be longer than 53`)
  and also logs it as a `level=ERROR` line.
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_differences_are_a_markdown_bullet_list() {
        assert!(HELM_MAJOR_DIFFERENCES.starts_with("- **"));
        for line in HELM_MAJOR_DIFFERENCES.lines() {
            assert!(line.starts_with("- **") || line.starts_with("  ") && !line[2..].starts_with(' '), "{line:?}");
            assert!(!line.ends_with(' '), "trailing space: {line:?}");
        }
    }

    #[test]
    fn the_chart_readme_prints_them_and_both_tested_versions() {
        let files = crate::generate(
            &crate::tests::environments(),
            &crate::tests::defaults(),
            &crate::ChartRelease::unreleased(),
        )
        .expect("valid environments");
        let readme = &files["maily/README.md"];
        assert!(readme.contains(&format!("\n## Helm 3 and Helm 4\n\n{HELM_MAJOR_DIFFERENCES}\n")), "{readme}");
        assert!(readme.contains("tested with 4.1.4") && readme.contains("tested with 3.18.0"), "{readme}");
    }
}
