//! `production` (namespace `maily-production`): three replicas behind HPAs
//! of 3–10, spread across nodes; the AI service at two replicas.

use maily_chart::Values;
use maily_chart::values::TopologySpread;

use crate::defaults::{self, autoscaling};

/// Spread the pods of a component over the nodes, as evenly as the nodes
/// allow. A preference (`ScheduleAnyway`), not a rule: a rule would stop an
/// HPA from scaling past the node count. The chart selects the pods (this
/// release's, this component's), so the selector cannot drift from the labels.
fn across_nodes() -> Vec<TopologySpread> {
    vec![TopologySpread {
        topology_key: "kubernetes.io/hostname".into(),
        max_skew: 1,
        when_unsatisfiable: "ScheduleAnyway".into(),
    }]
}

/// The production environment.
pub fn environment() -> Values {
    let mut v = defaults::values();
    v.global.environment = "production".into();
    v.network_policy.enabled = true;
    // The legacy pulled production images from ECR with `ecr-secret`; the chart
    // pulls every environment from one registry, with one pull secret.
    v.global.image_pull_secrets = vec!["registry-credentials".into()];

    for workload in [&mut v.components.api.workload, &mut v.components.web.workload] {
        workload.replica_count = 3;
        workload.autoscaling = autoscaling(3, 10, 70, 80);
        workload.topology_spread = across_nodes();
    }

    let workers = &mut v.workers.workload;
    workers.replica_count = 3;
    workers.autoscaling = autoscaling(3, 10, 70, 80);

    v.ai_service.http.workload.replica_count = 2;
    v
}
