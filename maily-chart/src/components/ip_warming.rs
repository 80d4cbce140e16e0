//! `ipWarming`: the IP warming service, which ramps a new sending IP's
//! volume up while watching bounces and complaints (port 8080, health at
//! `/health`), with its compliance settings as a ConfigMap mounted at
//! `/app/config/compliance`. Optional: off everywhere, available for production.

use std::collections::BTreeMap;

use k8s_openapi::api::core::v1::{ConfigMap, ConfigMapVolumeSource, Volume, VolumeMount};
use maily_chart_derive::Probe;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::common::{labels, names};
use crate::components::Def;
use crate::components::http::Http;
use crate::context::Ctx;
use crate::manifest::Manifest;
use crate::network::{Call, External};
use crate::values::{ComponentValues, HttpWorkload, Workload};

/// The component name.
pub const COMPONENT: &str = "ip-warming";
/// The settings' key and file name.
pub const CONFIG_FILE: &str = "compliance.json";
/// Where the settings are mounted.
pub const CONFIG_DIR: &str = "/app/config/compliance";

/// The registry entry.
pub const DEF: Def = Def {
    key: "ipWarming",
    name: COMPONENT,
    summary: "the IP warming service (optional)",
    resources,
    calls: &[
        Call::External(External::Postgres),
        Call::External(External::Redis),
        Call::External(External::Rabbitmq),
        Call::External(External::Https),
        Call::External(External::Smtp),
    ],
    metrics_path: None,
};

/// The IP warming service: an HTTP component with its compliance settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct IpWarming {
    #[serde(flatten)]
    #[allow(missing_docs)]
    pub http: HttpWorkload,
    /// The compliance settings, as JSON text: the file
    /// `/app/config/compliance/compliance.json` (retention days per kind of
    /// data, consent and opt-out rules, the warming stages with their volume
    /// and the bounce, complaint and spam thresholds that stop a ramp). It
    /// must read as the typed settings (`Compliance`), from which the
    /// default is rendered; a change rolls the pods (checksum annotation).
    #[schemars(transform = crate::rules::schema::non_empty_string)]
    pub compliance_config: String,
}

impl ComponentValues for IpWarming {
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
    fn json_objects(&self) -> Vec<(&'static str, &str)> {
        vec![("complianceConfig", &self.compliance_config)]
    }
}

/// The compliance settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Compliance {
    /// Days each kind of data is kept (GDPR storage limitation).
    pub retention_days: BTreeMap<String, u32>,
    /// Marketing mail needs an explicit, confirmed opt-in.
    pub double_opt_in: bool,
    /// Days within which an opt-out is honoured (CAN-SPAM: at most 10).
    pub opt_out_within_days: u32,
    /// Every message carries the sender's physical address.
    pub physical_address_required: bool,
    /// The warming ramp, by day.
    pub stages: Vec<Stage>,
}

/// One stage of the warming ramp.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    /// From this day of the ramp.
    pub day: u32,
    /// Messages per send.
    pub volume: u32,
    /// Sends per day.
    pub frequency: u32,
    /// Bounce percentage that stops the ramp.
    pub bounce_threshold: f64,
    /// Complaint percentage that stops the ramp.
    pub complaint_threshold: f64,
    /// Spam-report percentage that stops the ramp.
    pub spam_threshold: f64,
}

impl Compliance {
    /// The file's text: pretty JSON, a final newline.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("the settings serialize") + "\n"
    }

    /// What is wrong: stages out of day order, an opt-out later than 10 days.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.opt_out_within_days > 10 {
            out.push(format!("optOutWithinDays ({}) is above CAN-SPAM's 10 days", self.opt_out_within_days));
        }
        if self.stages.windows(2).any(|w| w[0].day >= w[1].day) {
            out.push("stages are not in increasing day order".to_string());
        }
        out
    }
}

/// What is wrong with `ipWarming.complianceConfig` (text that is no JSON
/// object is left to the `jsonObjects` rule).
pub fn problems(values: &IpWarming) -> Vec<(String, String)> {
    let path = "ipWarming.complianceConfig".to_string();
    let text = &values.compliance_config;
    if !matches!(serde_json::from_str::<serde_json::Value>(text), Ok(serde_json::Value::Object(_))) {
        return Vec::new();
    }
    match serde_json::from_str::<Compliance>(text) {
        Err(e) => vec![(path, format!("is not the compliance settings: {e}"))],
        Ok(c) => c.problems().into_iter().map(|p| (path.clone(), p)).collect(),
    }
}

/// The settings ConfigMap.
pub fn config_map(ctx: &Ctx) -> ConfigMap {
    ConfigMap {
        metadata: labels::metadata(ctx, COMPONENT, COMPONENT),
        data: Some(BTreeMap::from([(CONFIG_FILE.to_string(), ctx.values().ip_warming.compliance_config.clone())])),
        ..Default::default()
    }
}

/// Deployment, Service, ServiceAccount, HPA, PDB, ConfigMap and test pod.
pub fn resources(ctx: &Ctx) -> Vec<Manifest> {
    let values = &ctx.values().ip_warming;
    let http = Http { def: &DEF, health_path: "/health", values: &values.http };
    let mut spec = http.spec(ctx);
    spec.container.volume_mounts = Some(vec![VolumeMount {
        name: "compliance".into(),
        mount_path: CONFIG_DIR.into(),
        read_only: Some(true),
        ..Default::default()
    }]);
    spec.volumes = vec![Volume {
        name: "compliance".into(),
        config_map: Some(ConfigMapVolumeSource { name: names::component_name(ctx, COMPONENT), ..Default::default() }),
        ..Default::default()
    }];
    let checksum = ctx.pipe(&values.compliance_config, "sha256sum", |text| {
        Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
    });
    spec.annotations.insert(super::ai_service::CHECKSUM_ANNOTATION.to_string(), checksum);
    let config = Manifest::new(format!("{COMPONENT}/configmap.yaml"), spec.enabled(), &config_map(ctx));
    http.resources(ctx, spec, vec![config])
}
