//! `waf`: a web application firewall in front of the api: ModSecurity with
//! the OWASP Core Rule Set (the `owasp/modsecurity-crs` nginx image, port
//! 8080, health at `/healthz`), configured from the typed [`WAF_POLICY`]:
//! the image's settings as variables, Maily's own rules as a ConfigMap.
//! Optional: off everywhere, available for production.
//!
//! The legacy's hand-written SQL injection, XSS, path traversal and header
//! injection patterns are what the Core Rule Set's maintained rules detect,
//! at `paranoiaLevel` 1 and an inbound anomaly threshold of 5; Maily adds the
//! per-client request limit.

use std::collections::BTreeMap;

use k8s_openapi::api::core::v1::{ConfigMap, ConfigMapVolumeSource, EnvVar, Volume, VolumeMount};

use crate::common::{labels, names};
use crate::components::Def;
use crate::components::http::Http;
use crate::context::Ctx;
use crate::manifest::Manifest;
use crate::network::Call;

/// The component name.
pub const COMPONENT: &str = "waf";
/// The rules file: its ConfigMap key, mounted among the Core Rule Set's rules.
pub const RULES_FILE: &str = "REQUEST-901-MAILY.conf";
/// Where the image reads extra rule files.
pub const RULES_DIR: &str = "/opt/owasp-crs/rules";

/// The registry entry.
pub const DEF: Def = Def {
    key: "waf",
    name: COMPONENT,
    summary: "the web application firewall, ModSecurity with the OWASP Core Rule Set (optional)",
    resources,
    calls: &[Call::Component("api")],
    metrics_path: None,
};

/// What the firewall does.
#[derive(Clone, Copy, Debug)]
pub struct WafPolicy {
    /// `On` (block), `DetectionOnly` (log only) or `Off`.
    pub rule_engine: &'static str,
    /// The Core Rule Set's paranoia level (1–4: more rules, more false positives).
    pub paranoia_level: u8,
    /// Anomaly score at which a request is blocked.
    pub inbound_anomaly_threshold: u32,
    /// Anomaly score at which a response is blocked.
    pub outbound_anomaly_threshold: u32,
    /// Requests per client address per minute; above it, 429.
    pub requests_per_minute: u32,
}

/// Maily's policy: block, paranoia 1, the Core Rule Set's default
/// thresholds, 100 requests a minute per client (the legacy's limit).
pub const WAF_POLICY: WafPolicy = WafPolicy {
    rule_engine: "On",
    paranoia_level: 1,
    inbound_anomaly_threshold: 5,
    outbound_anomaly_threshold: 4,
    requests_per_minute: 100,
};

impl WafPolicy {
    /// The image's settings (its documented variables), `backend` the upstream URL.
    pub fn env(&self, backend: String) -> Vec<EnvVar> {
        let var = |name: &str, value: String| EnvVar { name: name.into(), value: Some(value), value_from: None };
        vec![
            var("BACKEND", backend),
            var("PORT", "8080".into()),
            var("MODSEC_RULE_ENGINE", self.rule_engine.into()),
            var("PARANOIA", self.paranoia_level.to_string()),
            var("ANOMALY_INBOUND", self.inbound_anomaly_threshold.to_string()),
            var("ANOMALY_OUTBOUND", self.outbound_anomaly_threshold.to_string()),
            var("MODSEC_AUDIT_LOG_FORMAT", "JSON".into()),
            var("MODSEC_AUDIT_LOG_TYPE", "Serial".into()),
            var("MODSEC_AUDIT_LOG", "/dev/stdout".into()),
        ]
    }

    /// Maily's rules file: the per-client request limit.
    pub fn rules(&self) -> String {
        format!(
            "# Rendered by the maily chart from typed Rust (components/waf.rs).\n\
             # Count each client's requests over a minute; deny above the limit.\n\
             SecAction \"id:9001000,phase:1,nolog,pass,initcol:ip=%{{REMOTE_ADDR}},setvar:ip.requests=+1,expirevar:ip.requests=60\"\n\
             SecRule IP:REQUESTS \"@gt {limit}\" \"id:9001001,phase:1,deny,status:429,log,msg:'more than {limit} requests a minute from one client'\"\n",
            limit = self.requests_per_minute
        )
    }
}

/// The rules ConfigMap.
pub fn config_map(ctx: &Ctx) -> ConfigMap {
    ConfigMap {
        metadata: labels::metadata(ctx, COMPONENT, &format!("{COMPONENT}-rules")),
        data: Some(BTreeMap::from([(RULES_FILE.to_string(), WAF_POLICY.rules())])),
        ..Default::default()
    }
}

/// Deployment, Service, ServiceAccount, HPA, PDB, rules ConfigMap and test pod.
pub fn resources(ctx: &Ctx) -> Vec<Manifest> {
    let http = Http { def: &DEF, health_path: "/healthz", values: &ctx.values().waf };
    let mut spec = http.spec(ctx);
    // The api Service (the legacy pointed at a Service that did not exist).
    let backend = format!(
        "http://{}:{}",
        names::component_name(ctx, super::api::DEF.name),
        ctx.int_string(ctx.values().api.service.port)
    );
    spec.env = WAF_POLICY.env(backend);
    spec.container.volume_mounts = Some(vec![VolumeMount {
        name: "rules".into(),
        mount_path: format!("{RULES_DIR}/{RULES_FILE}"),
        sub_path: Some(RULES_FILE.into()),
        read_only: Some(true),
        ..Default::default()
    }]);
    spec.volumes = vec![Volume {
        name: "rules".into(),
        config_map: Some(ConfigMapVolumeSource {
            name: names::component_name(ctx, &format!("{COMPONENT}-rules")),
            ..Default::default()
        }),
        ..Default::default()
    }];
    let rules = Manifest::new(format!("{COMPONENT}/configmap.yaml"), spec.enabled(), &config_map(ctx));
    http.resources(ctx, spec, vec![rules])
}
