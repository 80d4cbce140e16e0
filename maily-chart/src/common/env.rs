//! Container environment: `ENVIRONMENT`, then `env` (literal), then
//! `secretEnv` (`secretKeyRef` into `global.existingSecret`), each map in
//! key order, the order in which Helm's `range` walks a map.

use k8s_openapi::api::core::v1::{EnvVar, EnvVarSource, SecretKeySelector};

use crate::context::Ctx;
use crate::values::Workload;

/// The variable that carries `global.environment` into every container.
pub const ENVIRONMENT_VAR: &str = "ENVIRONMENT";

/// The environment variables of a component's container.
pub fn env_vars(ctx: &Ctx, workload: &Workload) -> Vec<EnvVar> {
    let global = &ctx.values().global;
    let literal = workload.env.iter().map(|(name, value)| EnvVar {
        name: name.clone(),
        value: Some(value.clone()),
        value_from: None,
    });
    let secret = workload.secret_env.iter().map(|(name, key)| EnvVar {
        name: name.clone(),
        value: None,
        value_from: Some(EnvVarSource {
            secret_key_ref: Some(SecretKeySelector {
                name: global.existing_secret.clone(),
                key: key.clone(),
                optional: None,
            }),
            ..Default::default()
        }),
    });
    std::iter::once(EnvVar {
        name: ENVIRONMENT_VAR.to_string(),
        value: Some(global.environment.clone()),
        value_from: None,
    })
    .chain(literal)
    .chain(secret)
    .collect()
}
