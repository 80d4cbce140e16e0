//! `mailydocs`: document generation and storage (port 8000, health at
//! `/health`), with a ReadWriteMany document volume shared by its pods.
//! Optional: on in production.

use k8s_openapi::api::core::v1::{
    PersistentVolumeClaim, PersistentVolumeClaimSpec, PersistentVolumeClaimVolumeSource, Volume, VolumeMount,
    VolumeResourceRequirements,
};
use k8s_openapi::apimachinery::pkg::api::resource::Quantity as K8sQuantity;
use maily_chart_derive::Probe;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::common::{labels, names};
use crate::components::Def;
use crate::components::http::Http;
use crate::cond::Cond;
use crate::context::Ctx;
use crate::manifest::Manifest;
use crate::network::{Call, External};
use crate::quantity::Quantity;
use crate::values::{ComponentValues, HttpWorkload, Workload};

/// The component name.
pub const COMPONENT: &str = "mailydocs";
/// Where the documents are stored (`DOCUMENT_STORAGE_PATH`).
pub const DOCUMENTS_DIR: &str = "/data/documents";

/// The registry entry.
pub const DEF: Def = Def {
    key: "mailydocs",
    name: COMPONENT,
    summary: "the document service, MailyDocs (optional)",
    resources,
    calls: &[Call::External(External::Postgres), Call::External(External::Redis), Call::External(External::Https)],
    metrics_path: None,
};

/// MailyDocs: an HTTP component with a shared document volume.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct Mailydocs {
    #[serde(flatten)]
    #[allow(missing_docs)]
    pub http: HttpWorkload,
    /// The document volume: one PersistentVolumeClaim (ReadWriteMany, so
    /// every replica mounts it) at `/data/documents`. Kept when the release
    /// is uninstalled (`helm.sh/resource-policy: keep`): the documents
    /// outlive it.
    pub documents: DocumentVolume,
}

/// The document volume's claim.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema, Probe)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DocumentVolume {
    /// Size of the claim, e.g. `50Gi`.
    #[schemars(transform = crate::rules::schema::memory_quantity)]
    pub size: Quantity,
    /// StorageClass of the claim; it must offer ReadWriteMany (e.g. EFS,
    /// Filestore, Azure Files, NFS). Empty: the cluster's default class.
    #[schemars(transform = crate::rules::schema::optional_subdomain)]
    pub storage_class: String,
}

impl ComponentValues for Mailydocs {
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

/// The document volume's claim.
pub fn claim(ctx: &Ctx) -> PersistentVolumeClaim {
    let v = &ctx.values().mailydocs.documents;
    let keep = BTreeMap::from([("helm.sh/resource-policy".to_string(), "keep".to_string())]);
    PersistentVolumeClaim {
        metadata: labels::metadata_with(ctx, COMPONENT, &format!("{COMPONENT}-documents"), keep),
        spec: Some(PersistentVolumeClaimSpec {
            access_modes: Some(vec!["ReadWriteMany".into()]),
            storage_class_name: ctx.when_str(Cond::non_empty("mailydocs.documents.storageClass"), &v.storage_class),
            resources: Some(VolumeResourceRequirements {
                requests: Some(BTreeMap::from([("storage".into(), K8sQuantity(v.size.as_str().to_string()))])),
                ..Default::default()
            }),
            ..Default::default()
        }),
        ..Default::default()
    }
}

/// Deployment, Service, ServiceAccount, HPA, PDB, document claim and test pod.
pub fn resources(ctx: &Ctx) -> Vec<Manifest> {
    let values = &ctx.values().mailydocs;
    let http = Http { def: &DEF, health_path: "/health", values: &values.http };
    let mut spec = http.spec(ctx);
    spec.container.volume_mounts =
        Some(vec![VolumeMount { name: "documents".into(), mount_path: DOCUMENTS_DIR.into(), ..Default::default() }]);
    spec.volumes = vec![Volume {
        name: "documents".into(),
        persistent_volume_claim: Some(PersistentVolumeClaimVolumeSource {
            claim_name: names::component_name(ctx, &format!("{COMPONENT}-documents")),
            read_only: None,
        }),
        ..Default::default()
    }];
    let claim = Manifest::new(format!("{COMPONENT}/pvc.yaml"), spec.enabled(), &claim(ctx));
    http.resources(ctx, spec, vec![claim])
}
