//! Monitoring (issue 7): for every environment with `monitoring.*` switched
//! on through Helm, `helm template` equals the Rust render under both Helm
//! majors, every custom resource passes its CRD, every ServiceMonitor selects
//! exactly one Service of the release on a port it exposes (the pods'
//! `prometheus.io/port`, admitted by the NetworkPolicy), `promtool check
//! rules` accepts the PrometheusRule, and every dashboard is valid JSON with
//! a stable uid and the datasource variable, whose every PromQL expression
//! promtool accepts. `promtool test rules` runs unit tests with a firing and
//! a silent case for every alert of every environment. A component with
//! metrics and no Service gets a PodMonitor, proven equal under Helm on a
//! copy of the chart.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use maily_chart::common::names;
use maily_chart::components::Def;
use maily_chart::monitoring::{alerts, dashboards};
use maily_chart::{Release, Values};
use maily_chart_tests::*;
use serde_json::Value;

/// Every monitoring object on, as Helm flags.
const MONITORING_ON: &str =
    "monitoring.serviceMonitor.enabled=true,monitoring.prometheusRule.enabled=true,monitoring.dashboards.enabled=true";

fn with_monitoring(values: &mut Values) {
    let m = &mut values.monitoring;
    m.service_monitor.enabled = true;
    m.prometheus_rule.enabled = true;
    m.dashboards.enabled = true;
}

fn namespace_of(env: &str) -> String {
    format!("maily-{env}")
}

/// Checks one render's monitoring; the dashboards' count.
fn check_render(objects: &[Value], release: &Release, values: &Values, dir: &Path, what: &str) -> usize {
    crd::validate_all(objects).unwrap_or_else(|e| panic!("{what}: {e}"));
    let monitors = monitoring::check_monitors(objects).unwrap_or_else(|e| panic!("{what}: {e}"));
    let with_metrics = maily_chart::components::ALL
        .iter()
        .filter(|r| r.def.metrics_path.is_some() && (r.values)(values).workload().enabled)
        .count();
    assert_eq!(monitors, with_metrics, "{what}: one monitor per deployed component with metrics");
    let groups = promtool::rule_groups(objects).unwrap_or_else(|| panic!("{what}: no PrometheusRule"));
    promtool::check_rules(dir, "rules.yaml", groups).unwrap_or_else(|e| panic!("{what}: {e}"));
    let found = monitoring::dashboards(objects).unwrap_or_else(|e| panic!("{what}: {e}"));
    let fullname = names::fullname_of(release, values);
    monitoring::check_dashboards(&found, |d| dashboards::uid_of(&release.namespace, &fullname, d))
        .unwrap_or_else(|e| panic!("{what}: {e}"));
    let exprs = monitoring::dashboard_expressions(&found).unwrap_or_else(|e| panic!("{what}: {e}"));
    assert!(!exprs.is_empty(), "{what}: dashboards without queries");
    promtool::check_expressions(dir, "dashboards.yaml", &exprs).unwrap_or_else(|e| panic!("{what}: dashboards: {e}"));
    found.len()
}

helm_tests!(
    every_environment_with_monitoring_renders_the_same_objects_as_helm,
    a_component_without_a_service_gets_an_equal_pod_monitor,
    thresholds_given_as_numbers_render_as_their_text,
    thresholds_out_of_bounds_are_refused_by_gen_and_helm
);

fn every_environment_with_monitoring_renders_the_same_objects_as_helm(helm: HelmMajor) {
    let dir = TempDir::new("monitoring-envs");
    let mut kinds = BTreeSet::new();
    for (name, mut values) in all_environments() {
        with_monitoring(&mut values);
        let namespace = namespace_of(&name);
        let files: Vec<PathBuf> = values_files_of(&name);
        let files: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
        let printed = helm
            .template("maily", &namespace, &files, &[MONITORING_ON])
            .unwrap_or_else(|e| panic!("{helm}: `{name}` with monitoring: {e}"));
        let rust = render_objects(&values, "maily", &namespace);
        if let Err(report) = compare_objects(&printed, &rust) {
            panic!("{helm}: `{name}` with monitoring:\n{report}");
        }
        let release = Release::new("maily", &namespace);
        let deployed = maily_chart::components::ALL.iter().filter(|r| (r.values)(&values).workload().enabled).count();
        let count = check_render(&printed, &release, &values, dir.path(), &format!("{helm}: `{name}`"));
        assert_eq!(count, deployed + 1, "{helm}: `{name}`: the overview and one dashboard per deployed component");
        kinds.extend(printed.iter().filter_map(|o| o["kind"].as_str().map(String::from)));
    }
    for kind in ["ServiceMonitor", "PrometheusRule", "ConfigMap"] {
        assert!(kinds.contains(kind), "{helm}: no environment rendered a {kind}");
    }
}

#[test]
fn staging_and_production_monitor_and_the_others_do_not() {
    for (name, values) in all_environments() {
        let m = &values.monitoring;
        let on = [m.service_monitor.enabled, m.prometheus_rule.enabled, m.dashboards.enabled];
        let expected = matches!(name.as_str(), "staging" | "production");
        assert_eq!(on, [expected; 3], "`{name}`: monitoring switches");
        if expected {
            let objects = render_objects(&values, "maily", &namespace_of(&name));
            let dir = TempDir::new("monitoring-defaults");
            check_render(&objects, &Release::new("maily", namespace_of(&name)), &values, dir.path(), &name);
        }
    }
}

#[test]
fn promtool_unit_tests_fire_and_stay_silent_for_every_alert_of_every_environment() {
    let mut covered: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for (name, mut values) in all_environments() {
        with_monitoring(&mut values);
        let release = Release::new("maily", namespace_of(&name));
        let objects = render_objects(&values, &release.name, &release.namespace);
        let groups = promtool::rule_groups(&objects).expect("a PrometheusRule");
        let dir = TempDir::new("monitoring-unit");
        let counts = promtool::test_rules(dir.path(), groups, &values, &release)
            .unwrap_or_else(|e| panic!("`{name}`: promtool test rules:\n{e}"));
        for (alert, (firing, silent)) in counts {
            assert!(firing >= 1 && silent >= 1, "`{name}`: {alert} lacks a firing or a silent case");
            let entry = covered.entry(alert).or_default();
            entry.0 += firing;
            entry.1 += silent;
        }
    }
    for alert in alerts::ALERTS {
        let (firing, silent) = covered.get(alert.name).copied().unwrap_or_default();
        assert!(firing >= 1 && silent >= 1, "{}: no environment tests it firing and silent", alert.name);
    }
    let unknown: Vec<&String> =
        covered.keys().filter(|name| !alerts::ALERTS.iter().any(|a| a.name == name.as_str())).collect();
    assert!(unknown.is_empty(), "alerts outside alerts::ALERTS: {unknown:?}");
}

#[test]
fn promtool_unit_tests_catch_a_broken_threshold() {
    // The tests are not vacuous: with the rule's threshold moved, the firing
    // case of the CPU alert no longer fires and promtool says so.
    let mut values = values_of("production");
    with_monitoring(&mut values);
    let release = Release::new("maily", "maily-production");
    let objects = render_objects(&values, &release.name, &release.namespace);
    let mut groups = promtool::rule_groups(&objects).expect("a PrometheusRule").clone();
    let rule = groups[0]["rules"][1].as_object_mut().expect("the api's CPU alert");
    assert_eq!(rule["alert"], "MailyContainerCpuNearLimit");
    let expr = rule["expr"].as_str().expect("an expression").replace("> 90", "> 95");
    rule.insert("expr".into(), Value::String(expr));
    let dir = TempDir::new("monitoring-broken");
    let err = promtool::test_rules(dir.path(), &groups, &values, &release).expect_err("the broken rule fails");
    assert!(err.contains("MailyContainerCpuNearLimit"), "{err}");
}

#[test]
fn dashboard_uids_are_stable_per_release_and_differ_between_releases() {
    let mut values = values_of("production");
    with_monitoring(&mut values);
    let uids = |release: &str, namespace: &str| -> Vec<String> {
        let objects = render_objects(&values, release, namespace);
        monitoring::dashboards(&objects)
            .expect("dashboards")
            .into_iter()
            .map(|(_, _, d)| d["uid"].as_str().expect("a uid").to_string())
            .collect()
    };
    let first = uids("maily", "maily-production");
    let enabled = maily_chart::components::ALL.iter().filter(|r| (r.values)(&values).workload().enabled).count();
    assert_eq!(first.len(), 1 + enabled, "the overview and one per deployed component: {first:?}");
    assert_eq!(first, uids("maily", "maily-production"), "the same release keeps its uids");
    let other_namespace = uids("maily", "maily-staging");
    let other_release = uids("mail", "maily-production");
    for uid in &first {
        assert!(!other_namespace.contains(uid) && !other_release.contains(uid), "{uid} is shared by two releases");
        assert!(uid.starts_with("maily-") && uid.len() == 22, "{uid}");
    }
    assert_eq!(first[0], dashboards::uid_of("maily-production", "maily", "overview"));
}

#[test]
fn the_readme_draws_the_overview_and_lists_every_alert() {
    let readme = std::fs::read_to_string(chart_dir().join("README.md")).expect("the chart README");
    let overview = dashboards::overview(&maily_chart::context::Ctx::concrete(&values_of(DEFAULTS), Release::default()));
    let grid = dashboards::grid(&overview);
    assert!(readme.contains(&grid), "the README lacks the overview grid:\n{grid}");
    for panel in overview.rows.iter().flat_map(|r| &r.panels) {
        assert!(panel.title.split(' ').all(|word| grid.contains(word)), "the grid lacks {}", panel.title);
    }
    let widths: BTreeSet<usize> = grid.lines().map(|l| l.chars().count()).collect();
    assert_eq!(widths.len(), 1, "the grid's lines differ in width:\n{grid}");
    for alert in alerts::ALERTS {
        assert!(readme.contains(&format!("`{}`", alert.name)), "the README lacks {}", alert.name);
    }
    assert!(readme.contains("`code`"), "the README names the status label");
}

/// The workers, as if they served metrics: a component with metrics and no Service.
const WORKERS_WITH_METRICS: Def = Def { metrics_path: Some("/metrics"), ..maily_chart::components::workers::DEF };

/// A PodMonitor for a component without a Service: its template, printed
/// from the same builder into a copy of the chart, renders under Helm what
/// Rust renders; it passes its CRD and selects exactly the workers' pods.
fn a_component_without_a_service_gets_an_equal_pod_monitor(helm: HelmMajor) {
    use maily_chart::monitoring::scrape;
    let build = |ctx: &maily_chart::context::Ctx| {
        vec![maily_chart::Manifest::new(
            "workers/podmonitor.yaml",
            scrape::scraped(&WORKERS_WITH_METRICS),
            &scrape::pod_monitor(ctx, &WORKERS_WITH_METRICS),
        )]
    };
    let templates = maily_chart::render::templates_with(build).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    let dir = TempDir::new("podmonitor");
    copy_tree(&chart_dir(), dir.path());
    for (path, text) in &templates {
        std::fs::write(dir.path().join("templates").join(path), text).expect("temp dir");
    }
    let mut values = values_of("production");
    with_monitoring(&mut values);
    let production = chart_dir().join("values-production.yaml");
    let out = helm.run(
        template_args(dir.path(), "maily", "maily-production", &[&production], &[MONITORING_ON])
            .into_iter()
            .chain(["--show-only".to_string(), "templates/workers/podmonitor.yaml".to_string()]),
    );
    assert!(out.success(), "{helm}: {}", out.stderr);
    let printed = parse_manifests(&out.stdout).expect("YAML");
    let rust: Vec<Value> =
        maily_chart::render::concrete_with(&values, &Release::new("maily", "maily-production"), build)
            .expect("renders")
            .into_iter()
            .map(|m| m.object)
            .collect();
    compare_objects(&printed, &rust).unwrap_or_else(|report| panic!("{helm}: the PodMonitor:\n{report}"));
    crd::validate_all(&printed).unwrap_or_else(|e| panic!("{helm}: {e}"));
    let [monitor] = printed.as_slice() else { panic!("{helm}: one PodMonitor, got {printed:?}") };
    assert_eq!(monitor["kind"], "PodMonitor");
    // The registry's workers serve no metrics: their NetworkPolicy does not
    // admit Prometheus (the traffic graph would, from the same Def).
    let mut all: Vec<Value> = render_objects(&values, "maily", "maily-production")
        .into_iter()
        .filter(|o| o["kind"] != "NetworkPolicy")
        .collect();
    // The workers' pods get the port the monitor names, as they would.
    let workers = all.iter_mut().find(|o| o["kind"] == "Deployment" && o["metadata"]["name"] == "maily-workers");
    workers.expect("the workers' Deployment")["spec"]["template"]["spec"]["containers"][0]["ports"] =
        serde_json::json!([{"name": "http", "containerPort": 9090}]);
    all.push(monitor.clone());
    monitoring::check_monitors(&all).unwrap_or_else(|e| panic!("{helm}: {e}"));
}

/// Operators may give a threshold as a YAML number (`--set`): the rules
/// carry its text as Rust writes the same decimal given as a string.
fn thresholds_given_as_numbers_render_as_their_text(helm: HelmMajor) {
    use maily_chart::values::Decimal;
    let production = chart_dir().join("values-production.yaml");
    let set = "aiService.slo.availability=99.95,aiService.slo.errorPercentWarning=0.5,aiService.slo.latencyP95Seconds=0.25,\
               aiService.slo.latencyP99Seconds=3,monitoring.prometheusRule.emailDelivery.successPercent=97.5,\
               monitoring.prometheusRule.emailDelivery.p95Seconds=90";
    let printed =
        helm.template("maily", "maily-production", &[&production], &[set]).unwrap_or_else(|e| panic!("{helm}: {e}"));
    let mut values = values_of("production");
    let slo = &mut values.ai_service.slo;
    slo.availability = Decimal::new("99.95");
    slo.error_percent_warning = Decimal::new("0.5");
    slo.latency_p95_seconds = Decimal::new("0.25");
    slo.latency_p99_seconds = Decimal::new("3");
    values.monitoring.prometheus_rule.email_delivery.success_percent = Decimal::new("97.5");
    values.monitoring.prometheus_rule.email_delivery.p95_seconds = Decimal::new("90");
    maily_chart::validate::validate("production", &values).expect("valid");
    let rust = render_objects(&values, "maily", "maily-production");
    compare_objects(&printed, &rust).unwrap_or_else(|report| panic!("{helm}:\n{report}"));
    let rules = serde_json::to_string(promtool::rule_groups(&printed).expect("rules")).expect("JSON");
    for text in ["(100 - 99.95)", "* 100 > 0.5", "> 0.25", "> 3\"", "< 97.5", "> 90\""] {
        assert!(rules.contains(text), "{helm}: the rules lack {text:?}");
    }
}

/// Sets a threshold.
type SetDecimal = fn(&mut Values, maily_chart::values::Decimal);

/// The schema's bounds, for strings and numbers alike, in `gen` and in Helm.
fn thresholds_out_of_bounds_are_refused_by_gen_and_helm(helm: HelmMajor) {
    use maily_chart::values::Decimal;
    let production = chart_dir().join("values-production.yaml");
    let cases: &[(&str, &str, SetDecimal)] = &[
        ("aiService.slo.availability", "94.9", |v, d| v.ai_service.slo.availability = d),
        ("aiService.slo.availability", "100", |v, d| v.ai_service.slo.availability = d),
        ("aiService.slo.errorPercentWarning", "0", |v, d| v.ai_service.slo.error_percent_warning = d),
        ("aiService.slo.errorPercentCritical", "100", |v, d| v.ai_service.slo.error_percent_critical = d),
        ("aiService.slo.latencyP95Seconds", "0.0001", |v, d| v.ai_service.slo.latency_p95_seconds = d),
        ("monitoring.prometheusRule.emailDelivery.successPercent", "49", |v, d| {
            v.monitoring.prometheus_rule.email_delivery.success_percent = d
        }),
    ];
    for (path, bad, set) in cases {
        let mut values = values_of("production");
        set(&mut values, Decimal::new(*bad));
        let errors = maily_chart::validate::validate("production", &values).expect_err(path);
        assert!(errors.iter().any(|e| e.contains(path)), "gen: {path}={bad}: {errors:?}");
        for flag in ["--set", "--set-string"] {
            let out = helm.run(
                template_args(&chart_dir(), "maily", "maily-production", &[&production], &[])
                    .into_iter()
                    .chain([flag.to_string(), format!("{path}={bad}")]),
            );
            assert!(!out.success(), "{helm} {flag} {path}={bad} was accepted");
            assert!(
                out.stderr.contains("values don't meet the specifications of the schema"),
                "{helm}: {}",
                out.stderr
            );
        }
    }
}
