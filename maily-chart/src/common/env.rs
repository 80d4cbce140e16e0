//! Container environment: `ENVIRONMENT`, then `env` (literal), then
//! `secretEnv` (`secretKeyRef` into `global.existingSecret`), then
//! `optionalSecretEnv` (the same, `optional: true`), each map in key order,
//! the order in which Helm's `range` walks a map; then the connection
//! variables of the data servers the component calls
//! ([`crate::data_tier::connection_env`]), then the component's own.

use k8s_openapi::api::core::v1::{EnvVar, EnvVarSource, SecretKeySelector};

use crate::components::Def;
use crate::context::Ctx;
use crate::values::Workload;

/// The variable that carries `global.environment` into every container.
pub const ENVIRONMENT_VAR: &str = "ENVIRONMENT";

/// The environment variables of a component's container.
pub fn env_vars(ctx: &Ctx, def: &Def, workload: &Workload, own: Vec<EnvVar>) -> Vec<EnvVar> {
    let global = &ctx.values().global;
    let literal = workload.env.iter().map(|(name, value)| EnvVar {
        name: name.clone(),
        value: Some(value.clone()),
        value_from: None,
    });
    let from_secret = |optional: Option<bool>| {
        move |(name, key): (&String, &String)| EnvVar {
            name: name.clone(),
            value: None,
            value_from: Some(EnvVarSource {
                secret_key_ref: Some(SecretKeySelector {
                    name: global.existing_secret.clone(),
                    key: key.clone(),
                    optional,
                }),
                ..Default::default()
            }),
        }
    };
    let secret = workload.secret_env.iter().map(from_secret(None));
    let optional = workload.optional_secret_env.iter().map(from_secret(Some(true)));
    std::iter::once(EnvVar {
        name: ENVIRONMENT_VAR.to_string(),
        value: Some(global.environment.clone()),
        value_from: None,
    })
    .chain(literal)
    .chain(secret)
    .chain(optional)
    .chain(crate::data_tier::connection_env(ctx, def))
    .chain(own)
    .collect()
}
