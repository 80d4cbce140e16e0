//! Security contexts: the restricted Pod Security Standard, by construction.
//!
//! Non-root, no privilege escalation, all capabilities dropped, seccomp
//! `RuntimeDefault`, read-only root filesystem (writable `/tmp` from an
//! emptyDir). Source: Kubernetes "Pod Security Standards" (restricted).
//! Only the UID/GID are values; the rest has no opt-out in values on purpose.

use k8s_openapi::api::core::v1::{
    Capabilities, EmptyDirVolumeSource, PodSecurityContext, SeccompProfile, SecurityContext, Volume, VolumeMount,
};

use crate::values;

/// Name of the emptyDir volume mounted at `/tmp`.
pub const TMP_VOLUME: &str = "tmp";

/// The pod security context: non-root with the given IDs, seccomp RuntimeDefault.
pub fn pod_security_context(ids: &values::PodSecurityContext) -> PodSecurityContext {
    PodSecurityContext {
        run_as_non_root: Some(true),
        run_as_user: Some(ids.run_as_user),
        run_as_group: Some(ids.run_as_group),
        fs_group: Some(ids.fs_group),
        seccomp_profile: Some(SeccompProfile { type_: "RuntimeDefault".to_string(), localhost_profile: None }),
        ..Default::default()
    }
}

/// The container security context of every container in the chart.
pub fn container_security_context() -> SecurityContext {
    SecurityContext {
        allow_privilege_escalation: Some(false),
        read_only_root_filesystem: Some(true),
        run_as_non_root: Some(true),
        privileged: Some(false),
        capabilities: Some(Capabilities { drop: Some(vec!["ALL".to_string()]), add: None }),
        seccomp_profile: Some(SeccompProfile { type_: "RuntimeDefault".to_string(), localhost_profile: None }),
        ..Default::default()
    }
}

/// The emptyDir volume behind the writable `/tmp`.
pub fn tmp_volume(size_limit: &crate::quantity::Quantity) -> Volume {
    Volume {
        name: TMP_VOLUME.to_string(),
        empty_dir: Some(EmptyDirVolumeSource {
            size_limit: Some(k8s_openapi::apimachinery::pkg::api::resource::Quantity(size_limit.as_str().to_string())),
            ..Default::default()
        }),
        ..Default::default()
    }
}

/// Mounts [`tmp_volume`] at `/tmp`.
pub fn tmp_mount() -> VolumeMount {
    VolumeMount { name: TMP_VOLUME.to_string(), mount_path: "/tmp".to_string(), ..Default::default() }
}
