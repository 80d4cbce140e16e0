//! checkov skips: the checks the chart fails on purpose, each with its
//! reason, as `checkov.io/skip<N>: <check>=<reason>` annotations on the
//! object that fails it (checkov reads them there). The chart README lists
//! [`SKIPS`]; `tests/checkov.rs` fails on any check that fails without one.
//!
//! Source: checkov documentation, "Suppressing and skipping policies"
//! (Kubernetes annotations).

use std::collections::BTreeMap;

use crate::components::Def;
use crate::cond::Cond;
use crate::context::Ctx;

/// Which objects a skip is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// Every component's Deployment.
    Workload,
    /// Every `helm test` Pod.
    TestPod,
    /// The StatefulSets of the in-cluster data tier (`dataTier.enabled`).
    DataServer,
}

/// When a skip is on the object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unless {
    /// Always.
    Never,
    /// Unless the image of the object sets `image.digest`.
    Digest,
    /// Unless `networkPolicy.enabled`.
    NetworkPolicies,
    /// Unless the component's `secretsAsFiles` leaves no credential in a
    /// variable ([`crate::common::env::secrets_left_in_env`]).
    SecretFiles,
}

/// One deliberate failure.
#[derive(Clone, Copy, Debug)]
pub struct Skip {
    /// The annotation's number (`checkov.io/skip<n>`), unique per object.
    pub n: u8,
    /// The check id.
    pub check: &'static str,
    /// What it checks, in short, for the README.
    pub what: &'static str,
    /// Why the chart fails it.
    pub reason: &'static str,
    /// Where.
    pub target: Target,
    /// When the skip is not needed (the object then passes).
    pub unless: Unless,
}

const PULL_POLICY: &str = "images are pinned to a tag (latest is refused), so IfNotPresent pulls what Always would; Always adds a registry round trip to every pod start and makes restarts depend on the registry";
const DIGEST: &str = "images are referenced by a pinned tag; set image.digest to reference them by digest";
const NO_POLICY: &str = "networkPolicy.enabled is false in this environment (a cluster without a NetworkPolicy-enforcing CNI); with it on, the chart's policies select every pod";

/// Every skip of the chart.
pub const SKIPS: &[Skip] = &[
    Skip {
        n: 1,
        check: "CKV_K8S_15",
        what: "image pull policy is Always",
        reason: PULL_POLICY,
        target: Target::Workload,
        unless: Unless::Never,
    },
    Skip {
        n: 2,
        check: "CKV_K8S_43",
        what: "images are referenced by digest",
        reason: DIGEST,
        target: Target::Workload,
        unless: Unless::Digest,
    },
    Skip {
        n: 3,
        check: "CKV_K8S_35",
        what: "secrets are mounted as files, not environment variables",
        reason: "the Maily services read their credentials from environment variables (secretKeyRef into global.existingSecret, never a literal value); set secretsAsFiles where the application reads *_FILE variables (optionalSecretEnv keys, and the in-cluster data tier's credentials, stay variables)",
        target: Target::Workload,
        unless: Unless::SecretFiles,
    },
    Skip {
        n: 4,
        check: "CKV2_K8S_6",
        what: "a NetworkPolicy selects the pod",
        reason: NO_POLICY,
        target: Target::Workload,
        unless: Unless::NetworkPolicies,
    },
    Skip {
        n: 1,
        check: "CKV_K8S_15",
        what: "image pull policy is Always",
        reason: PULL_POLICY,
        target: Target::TestPod,
        unless: Unless::Never,
    },
    Skip {
        n: 2,
        check: "CKV_K8S_43",
        what: "images are referenced by digest",
        reason: DIGEST,
        target: Target::TestPod,
        unless: Unless::Digest,
    },
    Skip {
        n: 3,
        check: "CKV_K8S_8",
        what: "liveness probe configured",
        reason: "a helm test pod runs one wget and exits; there is nothing to probe",
        target: Target::TestPod,
        unless: Unless::Never,
    },
    Skip {
        n: 4,
        check: "CKV_K8S_9",
        what: "readiness probe configured",
        reason: "a helm test pod runs one wget and exits; nothing routes to it",
        target: Target::TestPod,
        unless: Unless::Never,
    },
    Skip {
        n: 5,
        check: "CKV2_K8S_6",
        what: "a NetworkPolicy selects the pod",
        reason: NO_POLICY,
        target: Target::TestPod,
        unless: Unless::NetworkPolicies,
    },
    Skip {
        n: 1,
        check: "CKV_K8S_15",
        what: "image pull policy is Always",
        reason: PULL_POLICY,
        target: Target::DataServer,
        unless: Unless::Never,
    },
    Skip {
        n: 2,
        check: "CKV_K8S_43",
        what: "images are referenced by digest",
        reason: DIGEST,
        target: Target::DataServer,
        unless: Unless::Digest,
    },
    Skip {
        n: 3,
        check: "CKV_K8S_35",
        what: "secrets are mounted as files, not environment variables",
        reason: "the official postgres, redis and rabbitmq images read their initial credentials from environment variables (POSTGRES_PASSWORD, RABBITMQ_DEFAULT_PASS; redis-server's --requirepass from REDIS_PASSWORD), read with secretKeyRef from global.existingSecret",
        target: Target::DataServer,
        unless: Unless::Never,
    },
    Skip {
        n: 4,
        check: "CKV2_K8S_6",
        what: "a NetworkPolicy selects the pod",
        reason: NO_POLICY,
        target: Target::DataServer,
        unless: Unless::NetworkPolicies,
    },
];

/// The skip annotations of an object of `target` whose values live at `key`
/// (`api`, `tests`: its image at `<key>.image`).
pub fn annotations(ctx: &Ctx, target: Target, key: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for skip in SKIPS.iter().filter(|s| s.target == target) {
        let annotation = format!("checkov.io/skip{}", skip.n);
        let text = format!("{}={}", skip.check, skip.reason);
        let cond = match skip.unless {
            Unless::Never => {
                out.insert(annotation, text);
                continue;
            }
            Unless::Digest => !Cond::non_empty(format!("{key}.image.digest")),
            Unless::NetworkPolicies => !Cond::flag("networkPolicy.enabled"),
            Unless::SecretFiles => {
                let def = crate::components::by_key(key).expect("a registered component").def;
                Cond::Any(vec![!crate::common::env::as_files(def), crate::common::env::secrets_left_in_env(def)])
            }
        };
        let value = ctx.computed(&format!("{text:?}"), |_, _| text.clone());
        if let Some(value) = ctx.when_str(cond, &value) {
            out.insert(annotation, value);
        }
    }
    out
}

/// The skip annotations of a component's Deployment.
pub fn workload_annotations(ctx: &Ctx, def: &Def) -> BTreeMap<String, String> {
    annotations(ctx, Target::Workload, def.key)
}
