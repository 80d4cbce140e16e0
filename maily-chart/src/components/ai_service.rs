//! `aiService`: agents and workflows (port 8080, health at `/health`), with a
//! startup probe for slow model loading and its agents ConfigMap.

use std::collections::BTreeMap;

use k8s_openapi::api::core::v1::{ConfigMap, ConfigMapVolumeSource, Volume, VolumeMount};
use sha2::{Digest, Sha256};

use crate::common::{labels, probes};
use crate::components::Def;
use crate::components::http::Http;
use crate::context::Ctx;
use crate::manifest::Manifest;
use crate::network::{Call, External};

/// The component name.
pub const COMPONENT: &str = "ai-service";

/// The registry entry.
pub const DEF: Def = Def {
    key: "aiService",
    name: COMPONENT,
    summary: "the AI service for agents and workflows",
    resources,
    calls: &[
        Call::Component("api"),
        Call::External(External::Postgres),
        Call::External(External::Redis),
        Call::External(External::Https),
    ],
    metrics_path: Some("/metrics"),
};
/// The key of the agents configuration in the ConfigMap, and its file name.
pub const AGENTS_FILE: &str = "agents.json";
/// Where the ConfigMap is mounted.
pub const CONFIG_DIR: &str = "/app/config";
/// The pod annotation that rolls the pods when the configuration changes.
pub const CHECKSUM_ANNOTATION: &str = "checksum/config";

/// The AI service's fixed facts.
pub fn http<'a>(ctx: &Ctx<'a>) -> Http<'a> {
    Http { def: &DEF, health_path: "/health", values: &ctx.values().ai_service.http }
}

/// The agents ConfigMap.
pub fn config_map(ctx: &Ctx) -> ConfigMap {
    ConfigMap {
        metadata: labels::metadata(ctx, COMPONENT, COMPONENT),
        data: Some(BTreeMap::from([(AGENTS_FILE.to_string(), ctx.values().ai_service.agents_config.clone())])),
        ..Default::default()
    }
}

/// SHA-256 (hex) of the agents configuration: Helm's `sha256sum` of the same value.
pub fn config_checksum(ctx: &Ctx) -> String {
    ctx.pipe(&ctx.values().ai_service.agents_config, "sha256sum", |config| {
        Sha256::digest(config.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
    })
}

/// Deployment, Service, ServiceAccount, HPA, PDB, ConfigMap and test pod.
pub fn resources(ctx: &Ctx) -> Vec<Manifest> {
    let values = &ctx.values().ai_service;
    let http = http(ctx);
    let mut spec = http.spec(ctx);
    spec.container.startup_probe = Some(probes::http_get(http.health_path, &values.startup_probe));
    spec.container.volume_mounts = Some(vec![VolumeMount {
        name: "config".to_string(),
        mount_path: CONFIG_DIR.to_string(),
        read_only: Some(true),
        ..Default::default()
    }]);
    spec.volumes = vec![Volume {
        name: "config".to_string(),
        config_map: Some(ConfigMapVolumeSource {
            name: crate::common::names::component_name(ctx, COMPONENT),
            ..Default::default()
        }),
        ..Default::default()
    }];
    spec.annotations.insert(CHECKSUM_ANNOTATION.to_string(), config_checksum(ctx));
    let config_map = Manifest::new("ai-service/configmap.yaml", spec.enabled(), &config_map(ctx));
    http.resources(ctx, spec, vec![config_map])
}
