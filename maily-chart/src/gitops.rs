//! GitOps objects: one Argo CD `Application` and one Flux `HelmRelease` per
//! environment, each pointing the GitOps controller at this repository's
//! generated chart (`out/maily`) and that environment's values file.
//!
//! The choices an operator makes (repository, revision, automated sync,
//! prune, self-heal, retries, drift detection, ...) are typed in [`GitOps`];
//! `environments/gitops.rs` holds their defaults and an environment file may
//! override them with `pub fn gitops() -> GitOps`. [`Target`] is one
//! environment's settings with its name, namespace and release;
//! [`application`] and [`helm_release`] build the two objects from it with
//! the typed custom resources of `maily-chart-crds`; [`problems`] checks the
//! settings before `gen` writes anything.
//!
//! Sources: Argo CD "Declarative Setup" (Application) and "Sync Options";
//! Flux "Helm Releases" (helm.toolkit.fluxcd.io/v2) and "Helm Charts"
//! (`valuesFiles`); the CRDs in `../shared/crds`.

use std::collections::BTreeMap;
use std::time::Duration;

use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use maily_chart_crds::argo::applications::{
    ApplicationDestination, ApplicationSource, ApplicationSourceHelm, ApplicationSpec, ApplicationSyncPolicy,
    ApplicationSyncPolicyAutomated, ApplicationSyncPolicyRetry, ApplicationSyncPolicyRetryBackoff,
};
use maily_chart_crds::flux::helmreleases::{
    HelmReleaseChart, HelmReleaseChartSpec, HelmReleaseChartSpecReconcileStrategy, HelmReleaseChartSpecSourceRef,
    HelmReleaseChartSpecSourceRefKind, HelmReleaseDriftDetection, HelmReleaseDriftDetectionMode, HelmReleaseInstall,
    HelmReleaseInstallRemediation, HelmReleaseSpec, HelmReleaseTest, HelmReleaseUpgrade, HelmReleaseUpgradeRemediation,
    HelmReleaseUpgradeRemediationStrategy,
};
use maily_chart_crds::{Application, HelmRelease};

use crate::common::labels::PART_OF;
use crate::common::names::CHART_NAME;
use crate::rules::{DNS1123_LABEL, DNS1123_SUBDOMAIN};

/// The chart's directory in the Git repository: what both controllers
/// render (Argo CD `source.path`, Flux `chart.spec.chart` as `./out/maily`).
pub const CHART_PATH: &str = "out/maily";

/// The in-cluster API server as Argo CD names it (`destination.server`):
/// the cluster Argo CD itself runs in.
pub const IN_CLUSTER: &str = "https://kubernetes.default.svc";

/// What `gen` writes below `out/` for the GitOps objects (outside the chart
/// directory, so `helm package` never includes them):
/// `gitops/argocd/<env>.yaml` and `gitops/flux/<env>.yaml`.
pub const OUT_DIR: &str = "gitops";

/// An environment's GitOps settings: where the chart comes from and how each
/// controller keeps the release in line with it.
#[derive(Clone, Debug, PartialEq)]
pub struct GitOps {
    /// The Git repository holding this project (and so `out/maily`), as the
    /// controllers clone it: an `https://` or `ssh://` URL
    /// (`https://github.com/maily/maily.git`).
    pub repo_url: String,
    /// The branch, tag or commit each controller follows (`main`); Argo CD's
    /// `targetRevision`. For Flux the revision is the GitRepository's
    /// (`spec.ref`), which the operator creates (see [`Flux::git_repository`]).
    pub target_revision: String,
    /// The Argo CD `Application`.
    pub argo: Argo,
    /// The Flux `HelmRelease`.
    pub flux: Flux,
}

/// The Argo CD `Application` of an environment (argoproj.io/v1alpha1).
#[derive(Clone, Debug, PartialEq)]
pub struct Argo {
    /// The namespace Argo CD watches for Applications (`argocd`).
    pub namespace: String,
    /// The AppProject the Application belongs to (`default`); the operator
    /// creates any other project, allowing this repository, the in-cluster
    /// destination and the environment's namespace.
    pub project: String,
    /// Automated sync, or `None`: a person syncs from the UI or `argocd app
    /// sync` after reading the diff.
    pub automated: Option<Automated>,
    /// `CreateNamespace=true`: Argo CD creates the environment's namespace.
    pub create_namespace: bool,
    /// `ServerSideApply=true`: server-side apply, so no
    /// `last-applied-configuration` annotation (which would break at 256 KiB on
    /// the dashboard ConfigMaps) and field ownership shared cleanly with the
    /// HPA and other controllers.
    pub server_side_apply: bool,
    /// `PruneLast=true`: objects gone from the chart are deleted only after
    /// every other object of the sync is applied and healthy.
    pub prune_last: bool,
    /// `FailOnSharedResource=true`: a sync fails rather than take over an
    /// object another Application manages.
    pub fail_on_shared_resource: bool,
    /// Retries of a failed sync (`syncPolicy.retry`).
    pub retry: Retry,
    /// How many past syncs Argo CD keeps for rollback (`revisionHistoryLimit`).
    pub revision_history_limit: u32,
}

/// Argo CD automated sync (`syncPolicy.automated`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Automated {
    /// Delete live objects that the chart no longer renders.
    pub prune: bool,
    /// Undo changes made to live objects outside Git (drift).
    pub self_heal: bool,
}

/// Retries of a failed Argo CD sync, with exponential backoff.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Retry {
    /// How many retries (`limit`), at least 1.
    pub limit: u32,
    /// The first wait (`backoff.duration`), whole seconds, at least 1 s.
    pub backoff: Duration,
    /// Each wait is the previous one times this (`backoff.factor`), at least 1.
    pub factor: u32,
    /// The longest wait (`backoff.maxDuration`), at least `backoff`.
    pub max_backoff: Duration,
}

/// The Flux `HelmRelease` of an environment (helm.toolkit.fluxcd.io/v2).
#[derive(Clone, Debug, PartialEq)]
pub struct Flux {
    /// The namespace of the HelmRelease and of its GitRepository (`flux-system`).
    pub namespace: String,
    /// The name of the `GitRepository` (source.toolkit.fluxcd.io) that
    /// clones [`GitOps::repo_url`] at [`GitOps::target_revision`]. The
    /// operator creates it in [`Flux::namespace`]: its CRD is Flux's
    /// source-controller's, not part of what this repository generates.
    pub git_repository: String,
    /// How often the release is reconciled (`interval`), whole seconds.
    pub interval: Duration,
    /// The Helm action timeout (`timeout`), whole seconds.
    pub timeout: Duration,
    /// Install retries before giving up (`install.remediation.retries`);
    /// after each failed install the release is uninstalled.
    pub install_retries: u32,
    /// Upgrade retries (`upgrade.remediation.retries`); each failed upgrade
    /// is rolled back before the next try.
    pub upgrade_retries: u32,
    /// Roll back the last failed upgrade too, once the retries are spent
    /// (`upgrade.remediation.remediateLastFailure`), so the release is left
    /// on its last good revision rather than a failed one.
    pub remediate_last_failure: bool,
    /// What Flux does when the live objects differ from the release
    /// (`driftDetection.mode`).
    pub drift_detection: DriftDetection,
    /// Run the chart's `helm test` pods after each install and upgrade
    /// (`test.enable`); a failing test counts as a failed action, so the
    /// remediation above rolls the upgrade back.
    pub helm_tests: bool,
}

/// Flux drift detection (`driftDetection.mode`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DriftDetection {
    /// Correct drift: live objects are put back to the release's.
    Enabled,
    /// Report drift in events and conditions, change nothing.
    Warn,
    /// Do not look.
    Disabled,
}

/// One environment's GitOps target: its name, the namespace the chart is
/// installed in, the release name, and its settings.
#[derive(Clone, Debug, PartialEq)]
pub struct Target {
    /// The environment (`production`); its values file is `values-<name>.yaml`.
    pub environment: String,
    /// The namespace the release is installed in (`maily-production`).
    pub namespace: String,
    /// The Helm release name (`maily`).
    pub release: String,
    /// Its settings.
    pub settings: GitOps,
}

impl Target {
    /// The name of both objects: `<release>-<environment>` (`maily-production`),
    /// unique in the controller's namespace that holds every environment's.
    pub fn object_name(&self) -> String {
        format!("{}-{}", self.release, self.environment)
    }

    /// `out/` path of the Argo CD Application (`gitops/argocd/<env>.yaml`).
    pub fn argo_path(&self) -> String {
        format!("{OUT_DIR}/argocd/{}.yaml", self.environment)
    }

    /// `out/` path of the Flux HelmRelease (`gitops/flux/<env>.yaml`).
    pub fn flux_path(&self) -> String {
        format!("{OUT_DIR}/flux/{}.yaml", self.environment)
    }

    fn metadata(&self, namespace: &str) -> ObjectMeta {
        ObjectMeta {
            name: Some(self.object_name()),
            namespace: Some(namespace.to_string()),
            labels: Some(BTreeMap::from([
                ("app.kubernetes.io/name".to_string(), CHART_NAME.to_string()),
                ("app.kubernetes.io/instance".to_string(), self.release.clone()),
                ("app.kubernetes.io/part-of".to_string(), PART_OF.to_string()),
                // The key the legacy namespaces and the alerts use.
                ("environment".to_string(), self.environment.clone()),
            ])),
            ..Default::default()
        }
    }
}

/// A duration as Kubernetes' `metav1.Duration` (Go's `time.Duration`)
/// writes it: hours, minutes and seconds, the zero parts left out (`90s` →
/// `1m30s`, `3600s` → `1h`, zero → `0s`). Whole seconds only.
pub fn go_duration(d: Duration) -> String {
    let secs = d.as_secs();
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    let mut text = String::new();
    if h > 0 {
        text += &format!("{h}h");
    }
    if m > 0 {
        text += &format!("{m}m");
    }
    if s > 0 || text.is_empty() {
        text += &format!("{s}s");
    }
    text
}

/// The Argo CD `Application` of `target`: the chart at [`CHART_PATH`] of
/// the repository at the target revision, released as `target.release` with
/// `values-<env>.yaml` (relative to the chart; Helm reads the chart's
/// `values.yaml` first), into `target.namespace` of the in-cluster API server.
pub fn application(target: &Target) -> Application {
    let GitOps { repo_url, target_revision, argo, .. } = &target.settings;
    let options = [
        (argo.create_namespace, "CreateNamespace=true"),
        (argo.server_side_apply, "ServerSideApply=true"),
        (argo.prune_last, "PruneLast=true"),
        (argo.fail_on_shared_resource, "FailOnSharedResource=true"),
    ];
    let sync_options: Vec<String> = options.iter().filter(|(on, _)| *on).map(|(_, o)| o.to_string()).collect();
    let spec = ApplicationSpec {
        project: argo.project.clone(),
        source: Some(ApplicationSource {
            repo_url: repo_url.clone(),
            target_revision: Some(target_revision.clone()),
            path: Some(CHART_PATH.to_string()),
            helm: Some(ApplicationSourceHelm {
                release_name: Some(target.release.clone()),
                value_files: Some(vec![format!("values-{}.yaml", target.environment)]),
                // Argo CD never runs `helm test`: without this its test pods
                // would be rendered as hooks it does not support.
                skip_tests: Some(true),
                ..Default::default()
            }),
            ..Default::default()
        }),
        destination: ApplicationDestination {
            server: Some(IN_CLUSTER.to_string()),
            namespace: Some(target.namespace.clone()),
            name: None,
        },
        sync_policy: Some(ApplicationSyncPolicy {
            automated: argo.automated.map(|a| ApplicationSyncPolicyAutomated {
                prune: Some(a.prune),
                self_heal: Some(a.self_heal),
                ..Default::default()
            }),
            sync_options: (!sync_options.is_empty()).then_some(sync_options),
            retry: Some(ApplicationSyncPolicyRetry {
                limit: Some(argo.retry.limit.into()),
                backoff: Some(ApplicationSyncPolicyRetryBackoff {
                    duration: Some(go_duration(argo.retry.backoff)),
                    factor: Some(argo.retry.factor.into()),
                    max_duration: Some(go_duration(argo.retry.max_backoff)),
                }),
                refresh: None,
            }),
            managed_namespace_metadata: None,
        }),
        revision_history_limit: Some(argo.revision_history_limit.into()),
        ..Default::default()
    };
    Application::new(target.metadata(&argo.namespace), spec)
}

/// The Flux `HelmRelease` of `target`: the chart at `./out/maily` of the
/// operator's GitRepository [`Flux::git_repository`], with the chart's
/// `values.yaml` then `values-<env>.yaml` (Flux's `valuesFiles` replace the
/// chart's values unless `values.yaml` is listed; paths are relative to the
/// repository root), released as `target.release` into `target.namespace`.
pub fn helm_release(target: &Target) -> HelmRelease {
    let flux = &target.settings.flux;
    let spec = HelmReleaseSpec {
        release_name: Some(target.release.clone()),
        target_namespace: Some(target.namespace.clone()),
        // The release's records live with its objects, as `helm install -n` puts them.
        storage_namespace: Some(target.namespace.clone()),
        chart: Some(HelmReleaseChart {
            spec: HelmReleaseChartSpec {
                chart: format!("./{CHART_PATH}"),
                source_ref: HelmReleaseChartSpecSourceRef {
                    kind: HelmReleaseChartSpecSourceRefKind::GitRepository,
                    name: flux.git_repository.clone(),
                    namespace: Some(flux.namespace.clone()),
                    api_version: None,
                },
                values_files: Some(vec![
                    format!("./{CHART_PATH}/values.yaml"),
                    format!("./{CHART_PATH}/values-{}.yaml", target.environment),
                ]),
                ignore_missing_values_files: None,
                interval: None,
                // A new chart artifact for every commit of the repository, as
                // Argo CD renders every revision; Flux's default
                // (`ChartVersion`) would ignore a values-file change until
                // the chart's version moves.
                reconcile_strategy: Some(HelmReleaseChartSpecReconcileStrategy::Revision),
                verify: None,
                version: None,
            },
            metadata: None,
        }),
        interval: go_duration(flux.interval),
        timeout: Some(go_duration(flux.timeout)),
        install: Some(HelmReleaseInstall {
            create_namespace: Some(true),
            remediation: Some(HelmReleaseInstallRemediation {
                retries: Some(flux.install_retries.into()),
                ..Default::default()
            }),
            ..Default::default()
        }),
        upgrade: Some(HelmReleaseUpgrade {
            remediation: Some(HelmReleaseUpgradeRemediation {
                retries: Some(flux.upgrade_retries.into()),
                remediate_last_failure: Some(flux.remediate_last_failure),
                strategy: Some(HelmReleaseUpgradeRemediationStrategy::Rollback),
                ignore_test_failures: None,
            }),
            ..Default::default()
        }),
        drift_detection: Some(HelmReleaseDriftDetection {
            mode: Some(match flux.drift_detection {
                DriftDetection::Enabled => HelmReleaseDriftDetectionMode::Enabled,
                DriftDetection::Warn => HelmReleaseDriftDetectionMode::Warn,
                DriftDetection::Disabled => HelmReleaseDriftDetectionMode::Disabled,
            }),
            ignore: None,
        }),
        test: flux.helm_tests.then(|| HelmReleaseTest { enable: Some(true), ..Default::default() }),
        ..Default::default()
    };
    HelmRelease::new(target.metadata(&flux.namespace), spec)
}

/// What is wrong with `target`'s settings, each message naming the
/// environment and the field (``environment `production`:
/// gitops.flux.interval is 0s; ...``). Empty when they are valid.
pub fn problems(target: &Target) -> Vec<String> {
    let env = &target.environment;
    let GitOps { repo_url, target_revision, argo, flux } = &target.settings;
    let mut errors = Vec::new();
    let mut fail = |field: &str, message: String| errors.push(format!("environment `{env}`: gitops.{field} {message}"));
    let url_ok = ["https://", "ssh://", "http://"].iter().any(|scheme| {
        repo_url.strip_prefix(scheme).is_some_and(|rest| rest.split('/').next().is_some_and(|host| !host.is_empty()))
    });
    if !url_ok || repo_url.chars().any(char::is_whitespace) {
        fail("repoUrl", format!("is {repo_url:?}: an https:// or ssh:// URL of a Git repository is required"));
    }
    if target_revision.is_empty() || target_revision.chars().any(char::is_whitespace) {
        fail("targetRevision", format!("is {target_revision:?}: a branch, tag or commit without spaces is required"));
    }
    for (field, value) in [("argo.namespace", &argo.namespace), ("flux.namespace", &flux.namespace)] {
        if !DNS1123_LABEL.accepts(value) {
            fail(field, format!("is {value:?}: {} is required", DNS1123_LABEL.what));
        }
    }
    for (field, value) in [("argo.project", &argo.project), ("flux.gitRepository", &flux.git_repository)] {
        if !DNS1123_SUBDOMAIN.accepts(value) {
            fail(field, format!("is {value:?}: {} is required", DNS1123_SUBDOMAIN.what));
        }
    }
    let name = target.object_name();
    if !DNS1123_SUBDOMAIN.accepts(&name) {
        fail("objectName", format!("`{name}` (release-environment) is not {}", DNS1123_SUBDOMAIN.what));
    }
    let whole = |d: Duration| d.subsec_nanos() == 0 && d.as_secs() > 0;
    let durations = [
        ("argo.retry.backoff", argo.retry.backoff),
        ("argo.retry.maxBackoff", argo.retry.max_backoff),
        ("flux.interval", flux.interval),
        ("flux.timeout", flux.timeout),
    ];
    for (field, d) in durations {
        if !whole(d) {
            fail(field, format!("is {d:?}: a whole number of seconds, at least 1 s, is required"));
        }
    }
    if argo.retry.max_backoff < argo.retry.backoff {
        fail(
            "argo.retry.maxBackoff",
            format!(
                "({}) is shorter than argo.retry.backoff ({})",
                go_duration(argo.retry.max_backoff),
                go_duration(argo.retry.backoff)
            ),
        );
    }
    if argo.retry.limit == 0 {
        fail("argo.retry.limit", "is 0: at least 1 retry is required (no retry: leave syncs to a person)".into());
    }
    if argo.retry.factor == 0 {
        fail("argo.retry.factor", "is 0: a factor of at least 1 is required".into());
    }
    if argo.automated.is_some_and(|a| !a.prune && a.self_heal) {
        // Not wrong for Argo CD, but self-heal without prune leaves objects
        // the chart dropped running forever while it undoes every other drift.
        fail("argo.automated", "has selfHeal without prune: objects the chart dropped would never go".into());
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target() -> Target {
        Target {
            environment: "staging".into(),
            namespace: "maily-staging".into(),
            release: "maily".into(),
            settings: GitOps {
                repo_url: "https://git.example.com/maily/maily.git".into(),
                target_revision: "main".into(),
                argo: Argo {
                    namespace: "argocd".into(),
                    project: "default".into(),
                    automated: Some(Automated { prune: true, self_heal: true }),
                    create_namespace: true,
                    server_side_apply: true,
                    prune_last: false,
                    fail_on_shared_resource: true,
                    retry: Retry {
                        limit: 5,
                        backoff: Duration::from_secs(5),
                        factor: 2,
                        max_backoff: Duration::from_secs(180),
                    },
                    revision_history_limit: 10,
                },
                flux: Flux {
                    namespace: "flux-system".into(),
                    git_repository: "maily".into(),
                    interval: Duration::from_secs(600),
                    timeout: Duration::from_secs(300),
                    install_retries: 3,
                    upgrade_retries: 3,
                    remediate_last_failure: true,
                    drift_detection: DriftDetection::Warn,
                    helm_tests: true,
                },
            },
        }
    }

    #[test]
    fn go_durations() {
        for (secs, text) in [(0, "0s"), (5, "5s"), (60, "1m"), (90, "1m30s"), (3600, "1h"), (3661, "1h1m1s")] {
            assert_eq!(go_duration(Duration::from_secs(secs)), text);
        }
    }

    #[test]
    fn the_application_carries_every_typed_choice() {
        let json = serde_json::to_value(application(&target())).expect("serializes");
        assert_eq!(json["apiVersion"], "argoproj.io/v1alpha1");
        assert_eq!(json["kind"], "Application");
        assert_eq!(json["metadata"]["name"], "maily-staging");
        assert_eq!(json["metadata"]["namespace"], "argocd");
        let spec = &json["spec"];
        assert_eq!(spec["source"]["path"], "out/maily");
        assert_eq!(spec["source"]["targetRevision"], "main");
        assert_eq!(spec["source"]["helm"]["valueFiles"], serde_json::json!(["values-staging.yaml"]));
        assert_eq!(spec["source"]["helm"]["releaseName"], "maily");
        assert_eq!(spec["source"]["helm"]["skipTests"], true);
        assert_eq!(spec["destination"], serde_json::json!({"server": IN_CLUSTER, "namespace": "maily-staging"}));
        assert_eq!(spec["syncPolicy"]["automated"], serde_json::json!({"prune": true, "selfHeal": true}));
        assert_eq!(
            spec["syncPolicy"]["syncOptions"],
            serde_json::json!(["CreateNamespace=true", "ServerSideApply=true", "FailOnSharedResource=true"])
        );
        assert_eq!(
            spec["syncPolicy"]["retry"],
            serde_json::json!({"limit": 5, "backoff": {"duration": "5s", "factor": 2, "maxDuration": "3m"}})
        );
        assert_eq!(spec["revisionHistoryLimit"], 10);

        let mut manual = target();
        manual.settings.argo.automated = None;
        let json = serde_json::to_value(application(&manual)).expect("serializes");
        assert!(json["spec"]["syncPolicy"].get("automated").is_none(), "{json}");
    }

    #[test]
    fn the_helm_release_carries_every_typed_choice() {
        let json = serde_json::to_value(helm_release(&target())).expect("serializes");
        assert_eq!(json["apiVersion"], "helm.toolkit.fluxcd.io/v2");
        assert_eq!(json["metadata"]["namespace"], "flux-system");
        let spec = &json["spec"];
        assert_eq!(spec["chart"]["spec"]["chart"], "./out/maily");
        assert_eq!(
            spec["chart"]["spec"]["sourceRef"],
            serde_json::json!({"kind": "GitRepository", "name": "maily", "namespace": "flux-system"})
        );
        assert_eq!(
            spec["chart"]["spec"]["valuesFiles"],
            serde_json::json!(["./out/maily/values.yaml", "./out/maily/values-staging.yaml"])
        );
        assert_eq!(spec["chart"]["spec"]["reconcileStrategy"], "Revision");
        assert_eq!(spec["releaseName"], "maily");
        assert_eq!(spec["targetNamespace"], "maily-staging");
        assert_eq!(spec["interval"], "10m");
        assert_eq!(spec["timeout"], "5m");
        assert_eq!(spec["install"]["createNamespace"], true);
        assert_eq!(spec["install"]["remediation"]["retries"], 3);
        assert_eq!(
            spec["upgrade"]["remediation"],
            serde_json::json!({"remediateLastFailure": true, "retries": 3, "strategy": "rollback"})
        );
        assert_eq!(spec["driftDetection"]["mode"], "warn");
        assert_eq!(spec["test"], serde_json::json!({"enable": true}));
        let mut untested = target();
        untested.settings.flux.helm_tests = false;
        let json = serde_json::to_value(helm_release(&untested)).expect("serializes");
        assert!(json["spec"].get("test").is_none(), "{json}");
    }

    #[test]
    fn problems_name_the_environment_and_the_field() {
        assert_eq!(problems(&target()), Vec::<String>::new());
        let mut bad = target();
        bad.settings.repo_url = "git.example.com/maily.git".into();
        bad.settings.target_revision = String::new();
        bad.settings.flux.namespace = "Flux_System".into();
        bad.settings.flux.interval = Duration::ZERO;
        bad.settings.argo.retry.max_backoff = Duration::from_secs(1);
        bad.settings.argo.automated = Some(Automated { prune: false, self_heal: true });
        let problems = problems(&bad);
        for fragment in [
            "environment `staging`: gitops.repoUrl is \"git.example.com/maily.git\"",
            "environment `staging`: gitops.targetRevision is \"\"",
            "environment `staging`: gitops.flux.namespace is \"Flux_System\"",
            "environment `staging`: gitops.flux.interval is 0ns",
            "environment `staging`: gitops.argo.retry.maxBackoff (1s) is shorter than argo.retry.backoff (5s)",
            "environment `staging`: gitops.argo.automated has selfHeal without prune",
        ] {
            assert!(problems.iter().any(|p| p.starts_with(fragment)), "no `{fragment}` in {problems:#?}");
        }
        assert_eq!(problems.len(), 6, "{problems:#?}");
    }
}
