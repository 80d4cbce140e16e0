//! The GitOps settings every environment gets unless its file defines
//! `pub fn gitops() -> GitOps` (production does): what `gen` writes as
//! `out/gitops/argocd/<env>.yaml` (an Argo CD Application) and
//! `out/gitops/flux/<env>.yaml` (a Flux HelmRelease).
//!
//! The defaults follow what the legacy Argo CD Application did (the same
//! repository, project `default`, the in-cluster destination, automated sync
//! with prune and self-heal, the namespace created by the sync), with what a
//! platform engineer expects on top: server-side apply, retries with backoff,
//! a bounded history, and Flux's equivalent of each choice.

use std::time::Duration;

pub use maily_chart::gitops::{Argo, Automated, DriftDetection, Flux, GitOps, Retry};

/// The project's Git repository, which holds `out/maily` (the legacy Argo CD
/// Application's `repoURL`).
pub const REPO_URL: &str = "https://github.com/maily/maily.git";

/// The branch every environment follows by default.
pub const TARGET_REVISION: &str = "main";

/// The default settings: automated sync with prune and self-heal, the
/// namespace created by the sync, server-side apply, five retries (5 s
/// doubling up to 3 min), ten past syncs kept; Flux every 10 min with a
/// 10 min Helm timeout, three install and upgrade retries, the last failed
/// upgrade rolled back, drift corrected, the chart's `helm test` run after
/// each install and upgrade.
pub fn defaults() -> GitOps {
    GitOps {
        repo_url: REPO_URL.into(),
        target_revision: TARGET_REVISION.into(),
        argo: Argo {
            namespace: "argocd".into(),
            project: "default".into(),
            automated: Some(Automated { prune: true, self_heal: true }),
            create_namespace: true,
            server_side_apply: true,
            prune_last: true,
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
            interval: Duration::from_secs(10 * 60),
            timeout: Duration::from_secs(10 * 60),
            install_retries: 3,
            upgrade_retries: 3,
            remediate_last_failure: true,
            drift_detection: DriftDetection::Enabled,
            helm_tests: true,
        },
    }
}
