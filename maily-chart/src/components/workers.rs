//! `workers`: the email worker. It serves no traffic, so it has no Service
//! and no `helm test`; its probes run `workers.healthCommand`.

use std::collections::BTreeMap;

use k8s_openapi::api::core::v1::Container;

use crate::common::{non_empty, probes};
use crate::components::Def;
use crate::context::Ctx;
use crate::manifest::Manifest;
use crate::network::{Call, External};
use crate::workload::{self, Spec};

/// The registry entry.
pub const DEF: Def = Def {
    key: "workers",
    name: "workers",
    summary: "the email worker",
    resources,
    calls: &[
        Call::Component("api"),
        Call::Component("ai-service"),
        Call::External(External::Postgres),
        Call::External(External::Redis),
        Call::External(External::Rabbitmq),
        Call::External(External::Https),
        Call::External(External::Smtp),
    ],
    metrics_path: None,
};

/// The worker's workload spec.
pub fn spec<'a>(ctx: &Ctx<'a>) -> Spec<'a> {
    let values = &ctx.values().workers;
    let w = &values.workload;
    Spec {
        def: &DEF,
        workload: w,
        container: Container {
            command: non_empty(values.command.clone()),
            liveness_probe: Some(probes::exec(&values.health_command, &w.liveness_probe)),
            readiness_probe: Some(probes::exec(&values.health_command, &w.readiness_probe)),
            ..Default::default()
        },
        volumes: Vec::new(),
        annotations: BTreeMap::new(),
        env: Vec::new(),
    }
}

/// Deployment, ServiceAccount, HPA and PDB of the worker.
pub fn resources(ctx: &Ctx) -> Vec<Manifest> {
    let spec = spec(ctx);
    let deployment = workload::deployment(ctx, &spec);
    vec![
        Manifest::new("workers/deployment.yaml", spec.enabled(), &deployment),
        Manifest::new(
            "workers/serviceaccount.yaml",
            spec.service_account_created(),
            &workload::service_account(ctx, &spec),
        ),
        Manifest::new("workers/hpa.yaml", spec.autoscaled(), &workload::horizontal_pod_autoscaler(ctx, &spec)),
        Manifest::new("workers/pdb.yaml", spec.disruption_budgeted(), &workload::pod_disruption_budget(ctx, &spec)),
        // No caller: the worker only makes outgoing connections.
    ]
}
