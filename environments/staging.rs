//! `staging` (namespace `maily-staging`): two replicas behind HPAs of 2–5,
//! the AI service on with an HPA of 2–10.

use maily_chart::Values;

use crate::defaults::{self, autoscaling, map, resources};

/// The staging environment.
pub fn environment() -> Values {
    let mut v = defaults::values();
    v.global.environment = "staging".into();
    v.network_policy.enabled = true;
    v.global.image_pull_secrets = vec!["registry-credentials".into()];

    let api = &mut v.api.workload;
    api.replica_count = 2;
    api.autoscaling = autoscaling(2, 5, 70, 80);
    api.resources = resources("250m", "512Mi", "500m", "1Gi");
    api.env = map(&[("PYTHON_ENV", "staging")]);

    let web = &mut v.web.workload;
    web.replica_count = 2;
    web.autoscaling = autoscaling(2, 5, 70, 80);
    web.resources = resources("100m", "256Mi", "300m", "512Mi");
    web.env = map(&[("NODE_ENV", "production")]);

    let workers = &mut v.workers.workload;
    workers.replica_count = 2;
    workers.autoscaling = autoscaling(2, 5, 70, 80);
    workers.resources = resources("200m", "512Mi", "500m", "1Gi");

    let ai = &mut v.ai_service.http.workload;
    ai.replica_count = 2;
    ai.autoscaling = autoscaling(2, 10, 70, 75);
    ai.resources = resources("100m", "256Mi", "500m", "512Mi");
    v
}
