//! `blockchain`: email verification and certificates on chain (port 8000,
//! health at `/health`), with its contracts' ABIs as a ConfigMap mounted at
//! `/app/contracts`. Optional: on in production.
//!
//! No Role: the legacy bound the service to a Role that could get and list
//! ConfigMaps and Secrets, but it reads its ABIs from the mounted ConfigMap
//! and its keys from `secretKeyRef`s, so it never calls the Kubernetes API;
//! like every component it runs with no ServiceAccount token.

use std::collections::BTreeMap;

use k8s_openapi::api::core::v1::{ConfigMap, ConfigMapVolumeSource, EnvVar, Volume, VolumeMount};
use maily_chart_derive::Probe;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{labels, names};
use crate::components::Def;
use crate::components::http::Http;
use crate::context::Ctx;
use crate::manifest::Manifest;
use crate::network::{Call, External};
use crate::values::{ComponentValues, HttpWorkload, Workload};

/// The component name.
pub const COMPONENT: &str = "blockchain";
/// Where the ABIs are mounted.
pub const CONTRACTS_DIR: &str = "/app/contracts";

/// The registry entry.
pub const DEF: Def = Def {
    key: "blockchain",
    name: COMPONENT,
    summary: "the blockchain verification service (optional)",
    resources,
    calls: &[Call::Component("api"), Call::External(External::Redis), Call::External(External::Https)],
    metrics_path: None,
};

/// The blockchain service: an HTTP component with its contracts' ABIs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct Blockchain {
    #[serde(flatten)]
    #[allow(missing_docs)]
    pub http: HttpWorkload,
    /// The contracts' ABIs: file name (`EmailVerificationABI.json`) to the
    /// ABI as JSON text (an array of Solidity ABI items), mounted read-only
    /// in `/app/contracts`. The defaults are rendered from typed Rust
    /// (`AbiItem`); `gen` refuses text that does not read as one.
    pub contract_abis: BTreeMap<String, String>,
}

impl ComponentValues for Blockchain {
    fn workload(&self) -> &Workload {
        &self.http.workload
    }
    fn workload_mut(&mut self) -> &mut Workload {
        &mut self.http.workload
    }
    fn http(&self) -> Option<&HttpWorkload> {
        Some(&self.http)
    }
    fn http_mut(&mut self) -> Option<&mut HttpWorkload> {
        Some(&mut self.http)
    }
}

/// One item of a Solidity ABI: a function or an event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AbiItem {
    /// `function` or `event`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Its name.
    pub name: String,
    /// Its parameters.
    pub inputs: Vec<AbiParam>,
    /// A function's results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outputs: Option<Vec<AbiParam>>,
    /// A function's `view`, `pure`, `nonpayable` or `payable`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state_mutability: Option<String>,
    /// An event's `anonymous`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anonymous: Option<bool>,
}

/// A parameter of an ABI item.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AbiParam {
    /// The Solidity type as declared (`struct EmailVerification.EmailRecord`).
    pub internal_type: String,
    /// Its name (empty for an unnamed result).
    pub name: String,
    /// The ABI type (`string`, `uint256`, `tuple`).
    #[serde(rename = "type")]
    pub kind: String,
    /// An event parameter's `indexed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indexed: Option<bool>,
    /// A tuple's fields.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub components: Option<Vec<AbiParam>>,
}

/// A parameter of an elementary type.
pub fn param(name: &str, kind: &str) -> AbiParam {
    AbiParam { internal_type: kind.into(), name: name.into(), kind: kind.into(), indexed: None, components: None }
}

/// An event parameter (`indexed` as given).
pub fn event_param(name: &str, kind: &str, indexed: bool) -> AbiParam {
    AbiParam { indexed: Some(indexed), ..param(name, kind) }
}

/// An unnamed tuple result of the struct `internal`.
pub fn tuple(internal: &str, fields: Vec<AbiParam>) -> AbiParam {
    AbiParam {
        internal_type: format!("struct {internal}"),
        name: String::new(),
        kind: "tuple".into(),
        indexed: None,
        components: Some(fields),
    }
}

/// A function.
pub fn function(name: &str, inputs: Vec<AbiParam>, outputs: Vec<AbiParam>, mutability: &str) -> AbiItem {
    AbiItem {
        kind: "function".into(),
        name: name.into(),
        inputs,
        outputs: Some(outputs),
        state_mutability: Some(mutability.into()),
        anonymous: None,
    }
}

/// A (non-anonymous) event.
pub fn event(name: &str, inputs: Vec<AbiParam>) -> AbiItem {
    AbiItem {
        kind: "event".into(),
        name: name.into(),
        inputs,
        outputs: None,
        state_mutability: None,
        anonymous: Some(false),
    }
}

/// An ABI as its file's text: pretty JSON, a final newline.
pub fn abi_json(items: &[AbiItem]) -> String {
    serde_json::to_string_pretty(items).expect("the ABI serializes") + "\n"
}

/// What is wrong with `blockchain.contractAbis`: a file name that is no
/// ConfigMap key, text that is no ABI.
pub fn problems(values: &Blockchain) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (file, text) in &values.contract_abis {
        let path = format!("blockchain.contractAbis.{file}");
        let key_ok = !file.is_empty()
            && file.len() <= 253
            && file.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
        if !key_ok {
            out.push((path.clone(), "is not a file name (letters, digits, `-`, `_`, `.`)".to_string()));
        }
        if let Err(e) = serde_json::from_str::<Vec<AbiItem>>(text) {
            out.push((path, format!("is not a contract ABI: {e}")));
        }
    }
    out
}

/// The contracts ConfigMap.
pub fn config_map(ctx: &Ctx) -> ConfigMap {
    ConfigMap {
        metadata: labels::metadata(ctx, COMPONENT, &format!("{COMPONENT}-contracts")),
        data: crate::common::non_empty_map(ctx.values().blockchain.contract_abis.clone()),
        ..Default::default()
    }
}

/// Deployment, Service, ServiceAccount, HPA, PDB, contracts ConfigMap and test pod.
pub fn resources(ctx: &Ctx) -> Vec<Manifest> {
    let values = &ctx.values().blockchain;
    let http = Http { def: &DEF, health_path: "/health", values: &values.http };
    let mut spec = http.spec(ctx);
    spec.container.volume_mounts = Some(vec![VolumeMount {
        name: "contracts".into(),
        mount_path: CONTRACTS_DIR.into(),
        read_only: Some(true),
        ..Default::default()
    }]);
    spec.volumes = vec![Volume {
        name: "contracts".into(),
        config_map: Some(ConfigMapVolumeSource {
            name: names::component_name(ctx, &format!("{COMPONENT}-contracts")),
            ..Default::default()
        }),
        ..Default::default()
    }];
    // The API the service reports to: the chart's api Service (the legacy
    // named `api-service:8000`, which did not exist).
    let api = format!(
        "http://{}:{}",
        names::component_name(ctx, super::api::DEF.name),
        ctx.int_string(ctx.values().api.service.port)
    );
    spec.env = vec![EnvVar { name: "API_BASE_URL".into(), value: Some(api), value_from: None }];
    let contracts = Manifest::new(format!("{COMPONENT}/configmap.yaml"), spec.enabled(), &config_map(ctx));
    http.resources(ctx, spec, vec![contracts])
}
