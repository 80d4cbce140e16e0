//! `aiService`: agents and workflows (port 8080, health at `/health`), with a
//! startup probe for slow model loading and its agents ConfigMap.

use std::collections::BTreeMap;

use k8s_openapi::api::core::v1::{ConfigMap, ConfigMapVolumeSource, Volume, VolumeMount};
use serde::{Deserialize, Serialize};
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
/// The key of the agents configuration in the ConfigMap, and its file name:
/// the file the AI service (OctoTools) reads.
pub const CONFIG_FILE: &str = "octotools-config.json";

/// The AI service's agents and workflows: the typed form of
/// `aiService.agentsConfig` (the file [`CONFIG_FILE`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OctotoolsConfig {
    /// The agents by name.
    pub agents: BTreeMap<String, Agent>,
    /// The workflows by name.
    pub workflows: BTreeMap<String, Workflow>,
}

/// One agent: which model answers, how it is instructed, how long it may loop.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agent {
    /// The model (`gpt-4o`).
    pub model: String,
    /// Its provider (`openai`, `anthropic`, `google`, ...): the API key the
    /// agent needs.
    pub provider: String,
    /// The system prompt.
    pub system_prompt: String,
    /// Most tool-use iterations per request (at least 1).
    pub max_iterations: u32,
}

/// A workflow: agents run in order, each reading an earlier step's output.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Workflow {
    /// The steps, in order.
    pub steps: Vec<Step>,
}

/// One step of a workflow.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// The agent that runs (a key of `agents`).
    pub agent: String,
    /// The earlier output it reads; none for the first step.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<String>,
    /// The name of its output.
    pub output: String,
}

impl OctotoolsConfig {
    /// The file's text: pretty JSON (two-space indents), LF line ends, a final newline.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("the config serializes") + "\n"
    }

    /// What is wrong with the configuration: a step that names an unknown
    /// agent or reads an output no earlier step wrote, an agent with
    /// `max_iterations` 0, a workflow without steps.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        for (name, agent) in &self.agents {
            if agent.max_iterations == 0 {
                problems.push(format!("agent {name}: max_iterations is 0"));
            }
        }
        for (name, workflow) in &self.workflows {
            if workflow.steps.is_empty() {
                problems.push(format!("workflow {name} has no steps"));
            }
            let mut outputs = std::collections::BTreeSet::new();
            for (i, step) in workflow.steps.iter().enumerate() {
                if !self.agents.contains_key(&step.agent) {
                    problems.push(format!("workflow {name}, step {}: unknown agent {}", i + 1, step.agent));
                }
                if let Some(input) = &step.input
                    && !outputs.contains(input)
                {
                    problems.push(format!("workflow {name}, step {}: no earlier step writes {input}", i + 1));
                }
                outputs.insert(step.output.clone());
            }
        }
        problems
    }
}
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
        data: Some(BTreeMap::from([(CONFIG_FILE.to_string(), ctx.values().ai_service.agents_config.clone())])),
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
    // The legacy's Redis settings (host and port besides the password).
    spec.env = crate::data_tier::redis_host_port(ctx);
    let config_map = Manifest::new("ai-service/configmap.yaml", spec.enabled(), &config_map(ctx));
    http.resources(ctx, spec, vec![config_map])
}
