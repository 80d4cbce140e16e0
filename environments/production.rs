//! `production` (namespace `maily-production`): three replicas behind HPAs
//! of 3–10, spread across nodes; the AI service at two replicas.

use k8s_openapi::api::core::v1::{Affinity, PodAffinityTerm, PodAntiAffinity, WeightedPodAffinityTerm};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::LabelSelector;
use maily_chart::Values;
use maily_chart::values::PodAffinity;

use crate::defaults::{self, autoscaling, map};

/// Prefer to put the pods of `component` on different nodes. Preferred, not
/// required: a required rule would stop an HPA from scaling past the node count.
fn spread(component: &str) -> PodAffinity {
    PodAffinity(Affinity {
        pod_anti_affinity: Some(PodAntiAffinity {
            preferred_during_scheduling_ignored_during_execution: Some(vec![WeightedPodAffinityTerm {
                weight: 100,
                pod_affinity_term: PodAffinityTerm {
                    topology_key: "kubernetes.io/hostname".into(),
                    label_selector: Some(LabelSelector {
                        match_labels: Some(map(&[("app.kubernetes.io/component", component)])),
                        ..Default::default()
                    }),
                    ..Default::default()
                },
            }]),
            ..Default::default()
        }),
        ..Default::default()
    })
}

/// The production environment.
pub fn environment() -> Values {
    let mut v = defaults::values();
    v.global.environment = "production".into();
    v.network_policy.enabled = true;
    // The legacy pulled production images from ECR with `ecr-secret`; the chart
    // pulls every environment from one registry, with one pull secret.
    v.global.image_pull_secrets = vec!["registry-credentials".into()];

    for (workload, component) in [(&mut v.components.api.workload, "api"), (&mut v.components.web.workload, "web")] {
        workload.replica_count = 3;
        workload.autoscaling = autoscaling(3, 10, 70, 80);
        workload.affinity = spread(component);
    }

    let workers = &mut v.workers.workload;
    workers.replica_count = 3;
    workers.autoscaling = autoscaling(3, 10, 70, 80);

    v.ai_service.http.workload.replica_count = 2;
    v
}
