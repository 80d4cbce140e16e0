//! Object names: `<fullname>-<component>`, derived from the release, DNS-1123,
//! at most 63 characters.
//!
//! Each Rust function here has a twin in `_helpers.tpl` ([`HELPERS_TPL`]);
//! Helm applies the 63-character rule at render time, Rust the same way.
//! Source: Helm "Templates" best practices and the `helm create` scaffold;
//! Kubernetes "Object Names and IDs" (DNS-1123 labels, 63 characters).

use crate::context::{Ctx, Release};
use crate::values::Values;

/// The chart's name (`Chart.yaml` `name`).
pub const CHART_NAME: &str = "maily";
/// The chart's version (`Chart.yaml` `version`, SemVer 2): the newest
/// release record in `releases/` when this crate was built (`build.rs`).
pub const CHART_VERSION: &str = env!("MAILY_CHART_VERSION");
/// The version of Maily the chart deploys by default (`Chart.yaml` `appVersion`).
pub const APP_VERSION: &str = "1.0.0";
/// The longest Kubernetes object name this chart produces (DNS-1123 label).
pub const MAX_NAME: usize = 63;

/// `trunc n | trimSuffix "-"` as sprig does it (bytes; one trailing dash).
fn trunc_trim(s: &str, n: usize) -> String {
    let cut = if s.len() > n { &s[..n] } else { s };
    cut.strip_suffix('-').unwrap_or(cut).to_string()
}

/// `maily.name`: the chart name or `nameOverride`.
pub fn name_of(values: &Values) -> String {
    let name = if values.name_override.is_empty() { CHART_NAME } else { &values.name_override };
    trunc_trim(name, MAX_NAME)
}

/// `maily.fullname`: `fullnameOverride`, or the release name, suffixed with
/// the chart name unless it already contains it.
pub fn fullname_of(release: &Release, values: &Values) -> String {
    if !values.fullname_override.is_empty() {
        return trunc_trim(&values.fullname_override, MAX_NAME);
    }
    let name = name_of(values);
    if release.name.contains(&name) {
        trunc_trim(&release.name, MAX_NAME)
    } else {
        trunc_trim(&format!("{}-{}", release.name, name), MAX_NAME)
    }
}

/// `maily.componentName`: `<fullname>-<component>`. The fullname is cut first
/// so that the component suffix survives and names stay unique.
pub fn component_name_of(fullname: &str, component: &str) -> String {
    let room = MAX_NAME - 1 - component.len();
    format!("{}-{component}", trunc_trim(fullname, room))
}

/// `maily.chart`: `<name>-<version>` for the `helm.sh/chart` label.
pub fn chart_label() -> String {
    trunc_trim(&format!("{CHART_NAME}-{CHART_VERSION}").replace('+', "_"), MAX_NAME)
}

/// The name label value (`app.kubernetes.io/name`).
pub fn name(ctx: &Ctx) -> String {
    ctx.computed(r#"include "maily.name" $"#, |_, v| name_of(v))
}

/// The release's full name prefix.
pub fn fullname(ctx: &Ctx) -> String {
    ctx.computed(r#"include "maily.fullname" $"#, fullname_of)
}

/// The name of every object of `component` (`<fullname>-<component>`).
pub fn component_name(ctx: &Ctx, component: &str) -> String {
    ctx.computed(&format!(r#"include "maily.componentName" (list $ "{component}")"#), |r, v| {
        component_name_of(&fullname_of(r, v), component)
    })
}

/// `maily.serviceAccountName`: `serviceAccount.name`, else the component's
/// object name when the chart creates it, else `default`.
pub fn service_account_name_of(release: &Release, values: &Values, def: &crate::components::Def) -> String {
    let registered = crate::components::by_key(def.key).expect("a registered component");
    let sa = &(registered.values)(values).workload().service_account;
    if !sa.name.is_empty() {
        sa.name.clone()
    } else if sa.create {
        component_name_of(&fullname_of(release, values), def.name)
    } else {
        "default".to_string()
    }
}

/// The name of the ServiceAccount the pods of `def` run as.
pub fn service_account_name(ctx: &Ctx, def: &crate::components::Def) -> String {
    ctx.computed(&format!(r#"include "maily.serviceAccountName" (list $ "{}" "{}")"#, def.key, def.name), |r, v| {
        service_account_name_of(r, v, def)
    })
}

/// `helm.sh/chart` label value.
pub fn chart(ctx: &Ctx) -> String {
    ctx.computed(r#"include "maily.chart" $"#, |_, _| chart_label())
}

/// `app.kubernetes.io/version` label value.
pub fn app_version(ctx: &Ctx) -> String {
    ctx.computed("$.Chart.AppVersion", |_, _| APP_VERSION.to_string())
}

/// The named templates that the generated templates include: the twins of
/// the functions above.
pub const HELPERS_TPL: &str = r#"{{/*
maily.name: the chart name, or .Values.nameOverride; at most 63 characters.
Usage: {{ include "maily.name" $ }}
*/}}
{{- define "maily.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
maily.fullname: the prefix of every object name. .Values.fullnameOverride, or
the release name suffixed with the chart name unless it already contains it.
At most 63 characters.
Usage: {{ include "maily.fullname" $ }}
*/}}
{{- define "maily.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := include "maily.name" . }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
maily.componentName: "<fullname>-<component>", the name of every object of a
component. The fullname is cut first, so the suffix survives and the names of
two components never collide. At most 63 characters. Fails unless the name is
a DNS-1035 label (Service names must be), e.g. for a release named "0777".
Usage: {{ include "maily.componentName" (list $ "api") }}
*/}}
{{- define "maily.componentName" -}}
{{- $component := index . 1 }}
{{- $base := include "maily.fullname" (index . 0) | trunc (int (sub 62 (len $component))) | trimSuffix "-" }}
{{- $name := printf "%s-%s" $base $component }}
{{- if not (regexMatch "^[a-z]([-a-z0-9]*[a-z0-9])?$" $name) }}
{{- fail (printf "object name %q is not a DNS-1035 label: use a release name (or fullnameOverride) that starts with a lowercase letter and holds only lowercase letters, digits and '-'" $name) }}
{{- end }}
{{- $name }}
{{- end }}

{{/*
maily.serviceAccountName: the ServiceAccount of a component's pods:
serviceAccount.name, else "<fullname>-<component>" when the chart creates it,
else "default".
Usage: {{ include "maily.serviceAccountName" (list $ "aiService" "ai-service") }}
*/}}
{{- define "maily.serviceAccountName" -}}
{{- $root := index . 0 }}
{{- $sa := (index $root.Values (index . 1)).serviceAccount }}
{{- if $sa.name }}{{ $sa.name }}
{{- else if $sa.create }}{{ include "maily.componentName" (list $root (index . 2)) }}
{{- else }}default
{{- end }}
{{- end }}

{{/*
maily.chart: "<chart>-<version>" for the helm.sh/chart label.
Usage: {{ include "maily.chart" $ }}
*/}}
{{- define "maily.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn component_names_keep_their_suffix_and_stay_unique_at_63() {
        let fullname = "a".repeat(70);
        let api = component_name_of(&trunc_trim(&fullname, MAX_NAME), "api");
        let ai = component_name_of(&trunc_trim(&fullname, MAX_NAME), "ai-service");
        assert_eq!(api.len(), 63);
        assert!(api.ends_with("-api") && ai.ends_with("-ai-service"));
        assert!(ai.len() <= 63);
    }

    #[test]
    fn the_helper_fails_on_the_same_names_as_the_rust_render() {
        // `maily.componentName` checks names with the DNS-1035 rule's pattern.
        let pattern = crate::rules::DNS1035_LABEL.patterns[0];
        assert!(HELPERS_TPL.contains(&format!("regexMatch \"{pattern}\"")), "{HELPERS_TPL}");
    }

    #[test]
    fn a_cut_that_ends_in_a_dash_is_trimmed_once() {
        assert_eq!(trunc_trim("abc-def", 4), "abc");
        assert_eq!(trunc_trim("ab--x", 4), "ab-");
    }
}
