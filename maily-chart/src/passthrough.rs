//! Kubernetes objects that values pass through as written (tolerations,
//! affinity, extra volumes, init containers, sidecars, topology spread
//! constraints, HPA behavior):
//! typed by k8s-openapi, so `values.schema.json` checks them against the
//! Kubernetes API (closed: a misspelt key is refused), and printed by the
//! template with `toYaml`.
//!
//! In the symbolic render each probes as a placeholder holding a marker
//! ([`crate::symbolic::whole`]); a list's placeholder is one item, which the
//! printer splices after the chart's own items (`{{- with }}` +
//! `toYaml`), or prints as the whole field when the chart has none.

use k8s_openapi::api::autoscaling::v2::{HPAScalingRules, HorizontalPodAutoscalerBehavior};
use k8s_openapi::api::core::v1::{
    Affinity, Container, EnvFromSource, NodeAffinity, NodeSelectorRequirement, NodeSelectorTerm,
    PreferredSchedulingTerm, Toleration, TopologySpreadConstraint, Volume, VolumeMount,
};
use k8s_openapi::api::networking::v1::{IPBlock, NetworkPolicyPeer};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::symbolic::{Probe, Registry, ValuesPath, whole};

/// A Kubernetes type that can stand as a pass-through placeholder: a value
/// whose JSON holds `marker` in one string and nothing else of note.
pub trait Placeholder: Serialize {
    /// The placeholder carrying `marker`.
    fn placeholder(marker: String) -> Self;
}

impl Placeholder for Volume {
    fn placeholder(marker: String) -> Self {
        Volume { name: marker, ..Default::default() }
    }
}

impl Placeholder for VolumeMount {
    fn placeholder(marker: String) -> Self {
        VolumeMount { name: marker, ..Default::default() }
    }
}

impl Placeholder for Container {
    fn placeholder(marker: String) -> Self {
        Container { name: marker, ..Default::default() }
    }
}

impl Placeholder for EnvFromSource {
    fn placeholder(marker: String) -> Self {
        EnvFromSource { prefix: Some(marker), ..Default::default() }
    }
}

impl Placeholder for TopologySpreadConstraint {
    fn placeholder(marker: String) -> Self {
        TopologySpreadConstraint { topology_key: marker, ..Default::default() }
    }
}

impl Placeholder for Toleration {
    fn placeholder(marker: String) -> Self {
        Toleration { key: Some(marker), ..Default::default() }
    }
}

impl Placeholder for Affinity {
    fn placeholder(marker: String) -> Self {
        Affinity {
            node_affinity: Some(NodeAffinity {
                preferred_during_scheduling_ignored_during_execution: Some(vec![PreferredSchedulingTerm {
                    weight: 1,
                    preference: NodeSelectorTerm {
                        match_expressions: Some(vec![NodeSelectorRequirement {
                            key: marker,
                            operator: "Exists".to_string(),
                            values: None,
                        }]),
                        match_fields: None,
                    },
                }]),
                required_during_scheduling_ignored_during_execution: None,
            }),
            ..Default::default()
        }
    }
}

impl Placeholder for NetworkPolicyPeer {
    fn placeholder(marker: String) -> Self {
        NetworkPolicyPeer { ip_block: Some(IPBlock { cidr: marker, except: None }), ..Default::default() }
    }
}

impl Placeholder for HorizontalPodAutoscalerBehavior {
    fn placeholder(marker: String) -> Self {
        HorizontalPodAutoscalerBehavior {
            scale_up: Some(HPAScalingRules { select_policy: Some(marker), ..Default::default() }),
            ..Default::default()
        }
    }
}

/// A list of Kubernetes objects passed through as written. `[]`: none.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
#[schemars(rename = "PassedList_{T}")]
pub struct Passed<T>(pub Vec<T>);

impl<T: Placeholder> Probe for Passed<T> {
    fn probe(path: &ValuesPath, registry: &mut Registry) -> Self {
        whole(path, registry, |marker| Passed(vec![T::placeholder(marker)]))
    }
}

/// One Kubernetes object passed through as written. `{}`: none (left out).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
#[schemars(rename = "Passed_{T}")]
pub struct PassedObject<T>(pub T);

impl<T: Placeholder> Probe for PassedObject<T> {
    fn probe(path: &ValuesPath, registry: &mut Registry) -> Self {
        whole(path, registry, |marker| PassedObject(T::placeholder(marker)))
    }
}

impl<T: Default + PartialEq + Clone> PassedObject<T> {
    /// The object, or `None` when it is empty (`{}`).
    pub fn non_empty(&self) -> Option<T> {
        (self.0 != T::default()).then(|| self.0.clone())
    }
}
