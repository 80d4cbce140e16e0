//! Cross-field rules of monitoring, each with its Helm twin (see
//! [`crate::cross`]).

use std::collections::BTreeMap;

use crate::values::{ComponentValues, Values};

/// `monitoringScrape`: a scrape may not take longer than the interval
/// between two (Prometheus refuses such a scrape configuration).
pub fn scrape(values: &Values) -> Vec<(String, String)> {
    let sm = &values.monitoring.service_monitor;
    if sm.scrape_timeout_seconds > sm.interval_seconds {
        vec![(
            "monitoring.serviceMonitor.scrapeTimeoutSeconds".to_string(),
            format!(
                "({}) is greater than intervalSeconds ({}): Prometheus refuses a scrape timeout longer than the interval",
                sm.scrape_timeout_seconds, sm.interval_seconds
            ),
        )]
    } else {
        Vec::new()
    }
}

const SCRAPE_TPL: &str = r#"{{- $sm := $root.Values.monitoring.serviceMonitor }}
{{- if gt (int64 $sm.scrapeTimeoutSeconds) (int64 $sm.intervalSeconds) }}
{{- fail (printf "monitoring.serviceMonitor.scrapeTimeoutSeconds (%d) is greater than intervalSeconds (%d): Prometheus refuses a scrape timeout longer than the interval" (int64 $sm.scrapeTimeoutSeconds) (int64 $sm.intervalSeconds)) }}
{{- end }}"#;

/// The label maps of the monitoring objects, with their values paths.
fn label_maps(values: &Values) -> [(&'static str, &BTreeMap<String, String>); 3] {
    let m = &values.monitoring;
    [
        ("monitoring.serviceMonitor.labels", &m.service_monitor.labels),
        ("monitoring.prometheusRule.labels", &m.prometheus_rule.labels),
        ("monitoring.dashboards.labels", &m.dashboards.labels),
    ]
}

/// `monitoringKeysApart`: the monitoring objects' labels share no key with
/// `global.commonLabels`, the dashboards' annotations none with
/// `global.commonAnnotations` (one object would get the key twice).
pub fn keys_apart(values: &Values) -> Vec<(String, String)> {
    let g = &values.global;
    let mut problems = Vec::new();
    for (path, map) in label_maps(values) {
        for key in map.keys().filter(|k| g.common_labels.contains_key(*k)) {
            problems.push((format!("{path}.{key}"), "is also in global.commonLabels".to_string()));
        }
    }
    for key in values.monitoring.dashboards.annotations.keys().filter(|k| g.common_annotations.contains_key(*k)) {
        problems.push((
            format!("monitoring.dashboards.annotations.{key}"),
            "is also in global.commonAnnotations".to_string(),
        ));
    }
    problems
}

const KEYS_APART_TPL: &str = r#"{{- $g := $root.Values.global }}
{{- range $path := list "serviceMonitor" "prometheusRule" "dashboards" }}
{{- range $k, $_ := (index $root.Values.monitoring $path).labels }}
{{- if hasKey $g.commonLabels $k }}
{{- fail (printf "monitoring.%s.labels.%s is also in global.commonLabels" $path $k) }}
{{- end }}
{{- end }}
{{- end }}
{{- range $k, $_ := $root.Values.monitoring.dashboards.annotations }}
{{- if hasKey $g.commonAnnotations $k }}
{{- fail (printf "monitoring.dashboards.annotations.%s is also in global.commonAnnotations" $k) }}
{{- end }}
{{- end }}"#;

/// The chart-wide monitoring rules, for [`crate::cross::CHART_RULES`].
pub const RULES: [crate::cross::ChartRule; 2] = [
    crate::cross::ChartRule {
        name: "monitoringScrape",
        doc: "`monitoring.serviceMonitor.scrapeTimeoutSeconds` is at most `intervalSeconds`",
        check: scrape,
        template: || SCRAPE_TPL.to_string(),
    },
    crate::cross::ChartRule {
        name: "monitoringKeysApart",
        doc: "the `labels` of `monitoring.serviceMonitor`, `prometheusRule` and `dashboards` share no key with `global.commonLabels`, `monitoring.dashboards.annotations` none with `global.commonAnnotations`",
        check: keys_apart,
        template: || KEYS_APART_TPL.to_string(),
    },
];

/// `sloOrdered` (a rule per component with an `slo`): the warning error
/// percentage is at most the critical one.
pub fn slo_ordered(_: &Values, c: &dyn ComponentValues, _: &[String]) -> Vec<(String, String)> {
    let Some(slo) = c.slo() else { return Vec::new() };
    let (warning, critical) = (&slo.error_percent_warning, &slo.error_percent_critical);
    if warning.value() > critical.value() {
        vec![(
            "slo.errorPercentWarning".to_string(),
            format!("({}) is greater than errorPercentCritical ({})", warning.as_str(), critical.as_str()),
        )]
    } else {
        Vec::new()
    }
}

/// The Helm twin of [`slo_ordered`].
pub const SLO_ORDERED_TPL: &str = r#"{{- $warning := include "maily.quantityText" $v.slo.errorPercentWarning }}
{{- $critical := include "maily.quantityText" $v.slo.errorPercentCritical }}
{{- if gt (float64 $warning) (float64 $critical) }}
{{- fail (printf "%s.slo.errorPercentWarning (%s) is greater than errorPercentCritical (%s)" $key $warning $critical) }}
{{- end }}"#;
